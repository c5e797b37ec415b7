"""Settings → E-mail: the agency's SMTP server, the sender, the test mail, and sending.

Host, port, TLS, user, sender and reply-to are kept with the event
(checkin/mail/account.py); the password goes to the operating system's
keychain (``keyring``) and nowhere else: not the event, not QSettings. A
failed test says in one sentence which step failed: the server, TLS, or the
login.
"""

from __future__ import annotations

import keyring.errors
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.mail import account as accounts
from checkin.mail import password
from checkin.mail.sender import send_test
from checkin.store import Store

from ..errors import error_text
from ..kit.text import fill
from ..tasks import TaskHandle, Tasks
from .sending import SendPanel
from .template_dialog import TemplateDialog
from .words import MailWords


class MailServerDialog(QDialog):
    """The server, the sender and the password; Save and "Send a test to me"."""

    def __init__(
        self, store: Store, tasks: Tasks, words: MailWords, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mail server"))
        self.store = store
        self.tasks = tasks
        self.words = words
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. smtp.office365.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.tls = QComboBox()
        self.tls.addItem(self.tr("STARTTLS (port 587)"), "starttls")
        self.tls.addItem(self.tr("SSL (port 465)"), "ssl")
        self.tls.addItem(self.tr("None (not encrypted)"), "none")
        self.tls.currentIndexChanged.connect(self._tls_port)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(self.tr("e.g. Bureau Nieuw-West <info@example.nl>"))
        self.reply_to = QLineEdit()
        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText(self.tr("your own address"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Send a test to me"))
        self.test_button.clicked.connect(self.send_test)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_handle: TaskHandle | None = None

        form = QFormLayout()
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(self.port)
        server_row.addWidget(self.tls)
        form.addRow(self.tr("Mail server"), server_row)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password (kept in the keychain)"), self.password)
        form.addRow(self.tr("Sender"), self.from_edit)
        form.addRow(self.tr("Reply-to"), self.reply_to)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form.addRow(self.tr("Test address"), test_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self._show(accounts.load(store))

    def _show(self, account: accounts.MailAccount) -> None:
        self.host.setText(account.host)
        self.tls.blockSignals(True)
        self.tls.setCurrentIndex(max(0, self.tls.findData(account.tls)))
        self.tls.blockSignals(False)
        self.port.setValue(account.port)
        self.user.setText(account.user)
        self.from_edit.setText(account.sender)
        self.reply_to.setText(account.reply_to)
        # The keychain is not asked here: opening Settings must never wait on its unlock.
        self.password.setPlaceholderText(
            self.tr("kept in the keychain; type to change") if account.user else ""
        )

    def _tls_port(self) -> None:
        self.port.setValue(465 if self.tls.currentData() == "ssl" else 587)

    def account(self) -> accounts.MailAccount:
        return accounts.MailAccount(
            host=self.host.text(),
            port=self.port.value(),
            tls=str(self.tls.currentData()),
            user=self.user.text(),
            sender=self.from_edit.text(),
            reply_to=self.reply_to.text(),
        )

    def save(self) -> bool:
        try:
            account = accounts.save(self.store, self.account())
            if self.password.text():
                password.keep_in_keychain(account.server, self.password.text())
        except CheckinError as exc:
            self.message.setText(error_text(exc))
            return False
        except keyring.errors.KeyringError:
            self.message.setText(
                self.tr(
                    "This computer has no keychain to keep the password in; the other settings "
                    "are saved."
                )
            )
            return False
        self.password.clear()
        self._show(account)
        self.message.setText(self.tr("Saved."))
        return True

    def send_test(self) -> TaskHandle | None:
        if not self.save():
            return None
        store = self.store
        to = self.test_to.text().strip()
        self.test_button.setEnabled(False)
        self.message.setText(fill(self.tr("Sending a test to %1…"), to or self.account().sender))

        def work(_progress: object, _cancelled: object) -> str:
            account = accounts.load(store)
            secret = password.find_password(account.server, {}, None)
            mailbox = account.sender_of()
            address = to or mailbox.address  # "to me": the sender's own mailbox
            return send_test(store, account.server, secret, mailbox, address)

        self.test_handle = self.tasks.run(work, on_done=self._tested, on_error=self._not_tested)
        return self.test_handle

    def _tested(self, answer: str) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(fill(self.tr("The test was sent; the server said: %1"), answer))

    def _not_tested(self, exc: CheckinError) -> None:
        self.test_button.setEnabled(True)
        self.message.setText(self.words.error(exc))


class MailSettingsBox(QGroupBox):
    """Settings → E-mail: what is set up, and the way to the server, the mail and sending."""

    def __init__(
        self, store: Store, tasks: Tasks, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("E-mail (tickets)"))
        self.store = store
        self.tasks = tasks
        self.words = MailWords(language, self)
        self.dialog: QDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.server_button = QPushButton(self.tr("Mail server…"))
        self.server_button.clicked.connect(self.open_server)
        self.template_button = QPushButton(self.tr("Ticket mail…"))
        self.template_button.clicked.connect(self.open_template)
        self.send_button = QPushButton(self.tr("Send tickets"))
        self.send_button.clicked.connect(self.send_tickets)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.panel = SendPanel(store, tasks, self.words, self)
        self.panel.finished.connect(self._sent)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        for b in (self.server_button, self.template_button, self.send_button):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.panel)
        layout.addWidget(self.message)
        self._summarise()

    def _summarise(self) -> None:
        account = accounts.load(self.store)
        if not account.ready:
            self.summary.setText(self.tr("Not set up: the mail server comes first."))
        else:
            self.summary.setText(
                fill(self.tr("%1 from %2"), f"{account.host}:{account.port}", account.sender)
            )
        self.send_button.setEnabled(account.ready and not self.panel.busy)

    def open_server(self) -> MailServerDialog:
        dialog = MailServerDialog(self.store, self.tasks, self.words, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._summarise())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_template(self) -> TemplateDialog:
        dialog = TemplateDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def send_tickets(self) -> TaskHandle | None:
        if not accounts.load(self.store).ready:
            self.message.setText(self.tr("Not set up: the mail server comes first."))
            return None
        self.send_button.setEnabled(False)
        self.message.clear()
        return self.panel.send()

    def _sent(self, text: str) -> None:
        self.send_button.setEnabled(True)
        self.message.setText(text)
