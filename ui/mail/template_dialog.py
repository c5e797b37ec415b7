"""The ticket mail's editor: subject and text with fields, the place and times, the rate,
and a preview of the HTML part as the guest will see it (QTextBrowser, QR inline).

Empty subject or text means the shipped words in the event's language. The
preview is the core's own HTML for the first guest with an address (or a
sample), so what is shown is what is sent.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from checkin.documents.design import design_of
from checkin.errors import CheckinError
from checkin.mail import texts
from checkin.mail.message import preview
from checkin.mail.texts import FIELDS, MailSettings
from checkin.models import Guest, Presence
from checkin.store import Store

from ..errors import error_text
from ..kit.text import fill


def _sample(store: Store) -> Guest:
    for guest in store.iter_guests():
        if guest.email.strip() and not guest.cancelled:
            return guest
    return Guest(
        id=0,
        first_name="Łucja",
        middle="",
        last_name="Øberg-Şahin",
        name="Łucja Øberg-Şahin",
        organisation="",
        email="lucja@example.nl",
        code="SAMPLE",
        cancelled=False,
        presence=Presence.NOT_ARRIVED,
        walk_in=False,
        seat="4",
    )


class TemplateDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ticket mail"))
        self.store = store
        self.ticket_event = store.event()
        self.guest = _sample(store)
        kept = texts.load(store)
        default_subject, default_text = texts.defaults(self.ticket_event.language)
        self.subject = QLineEdit(kept.subject or default_subject)
        self.text = QPlainTextEdit(kept.text or default_text)
        self.text.setMinimumHeight(160)
        self.place = QLineEdit(kept.place)
        self.place.setPlaceholderText(self.tr("e.g. Tolhuistuin, IJpromenade 2, Amsterdam"))
        self.start = QLineEdit(kept.start)
        self.start.setPlaceholderText("19:30")
        self.end = QLineEdit(kept.end)
        self.end.setPlaceholderText("22:00")
        self.rate = QSpinBox()
        self.rate.setRange(1, texts.RATE_MAX)
        self.rate.setValue(kept.rate)
        self.rate.setSuffix(" " + self.tr("a minute"))
        self.fields_hint = QLabel(
            fill(self.tr("Fields: %1"), ", ".join(f"{{{f}}}" for f in FIELDS))
        )
        self.fields_hint.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setMinimumSize(420, 420)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Text"), self.text)
        form.addRow("", self.fields_hint)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Time (for the calendar)"), times)
        form.addRow(self.tr("At most"), self.rate)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.problem)
        left.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.browser, 1)
        for edit in (self.subject, self.place, self.start, self.end):
            edit.textChanged.connect(self.refresh)
        self.text.textChanged.connect(self.refresh)
        self.refresh()

    def settings(self) -> MailSettings:
        default_subject, default_text = texts.defaults(self.ticket_event.language)
        subject, text = self.subject.text(), self.text.toPlainText()
        return MailSettings(
            subject="" if subject == default_subject else subject,
            text="" if text == default_text else text,
            place=self.place.text(),
            start=self.start.text(),
            end=self.end.text(),
            rate=self.rate.value(),
        )

    def refresh(self) -> None:
        """The preview follows every keystroke; a bad field is named instead."""
        try:
            settings = texts.checked(self.settings())
        except CheckinError as exc:
            self.problem.setText(error_text(exc))
            return
        self.problem.clear()
        shown = preview(
            self.ticket_event, self.guest, settings, design_of(self.ticket_event.badge_design)
        )
        document = self.browser.document()
        document.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl(f"cid:{shown.cid}"),
            QImage.fromData(shown.png),
        )
        self.setWindowTitle(fill(self.tr("Ticket mail: %1"), shown.subject))
        self.browser.setHtml(shown.html)

    def save(self) -> None:
        try:
            texts.save(self.store, self.settings())
        except CheckinError as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()
