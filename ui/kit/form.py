"""One small form dialog, built in code, never blocking, its validity decided by the core.

A screen lays out its fields with :meth:`FormDialog.add_row` and hands in
``job``: called on the main thread when the person presses OK, it reads the
fields and returns the store call to make (``lambda: store.add_guest(value)``).
That call runs on the serial store worker when the dialog has one (inline
otherwise); the core either returns the stored value or raises a
:class:`CheckinError` saying what is wrong. On an error the dialog shows the
sentence under the fields and stays open; an answer that is not an error but
not the end either (the door wants the door question ticked) is named by
``problem_of``. Otherwise it emits ``submitted`` with the value and closes.
It is opened with ``open()``, never ``exec()``: scans and timers keep running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError

from ..errors import error_text
from . import style

if TYPE_CHECKING:
    from ..worker import StoreWorker

Job = Callable[[], Callable[[], object]]


class FormDialog(QDialog):
    submitted = Signal(object)  # what the store call returned

    def __init__(self, title: str, job: Job, *, worker: StoreWorker | None = None,
                 problem_of: Callable[[object], str | None] | None = None,
                 ok_text: str = "", intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._job = job
        self._worker = worker
        self._problem_of = problem_of
        self.result_value: object = None
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.problem = style.make_problem(QLabel())
        self.problem.setObjectName("formProblem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text or self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # Only now: made default before the box is in the dialog, the dialog never learns of
        # it and makes Cancel (its first auto-default button) the default, so Enter cancelled.
        self.ok_button.setDefault(True)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, label: str | QLabel, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def add_wide(self, widget: QWidget) -> QWidget:
        """A row with no label (a check box, a note)."""
        self.form.addRow(widget)
        return widget

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def try_submit(self) -> None:
        """Read the fields, make the store call; the answer closes the form or names a problem.

        With an inline worker (or none) the answer is in before this returns.
        """
        call = self._job()
        self.ok_button.setEnabled(False)  # one press, one call
        if self._worker is None:
            try:
                value = call()
            except CheckinError as exc:
                self._failed(exc)
                return
            self._answered(value)
        else:
            self._worker.submit(call, self._answered, self._failed)

    def _failed(self, exc: CheckinError) -> None:
        if not shiboken6.isValid(self):  # closed while the store was answering
            return
        self.ok_button.setEnabled(True)
        self.show_problem(error_text(exc))

    def _answered(self, value: object) -> None:
        if not shiboken6.isValid(self):
            return
        self.ok_button.setEnabled(True)
        problem = self._problem_of(value) if self._problem_of is not None else None
        if problem:
            self.show_problem(problem)
            return
        self.result_value = value
        self.problem.hide()
        self.submitted.emit(value)
        self.accept()
