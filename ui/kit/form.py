"""The one form dialog: built in code, never blocking, its validity decided by the core.

Every small form of the app is one of these (a guest, a paper tick, the door's
walk-in, undo, override, capacity, door name and scanner settings, every PIN). A
form lays out its fields with :meth:`FormDialog.add_row`; OK (Enter, the default
button) sends what was typed one of two ways:

- ``job``: called on the main thread, it reads the fields and returns the store
  call to make (``lambda: store.add_guest(value)``); the call runs on the serial
  store worker when the dialog has one (inline otherwise);
- ``send``: the dialog reads its fields with ``value()`` (a ``ValueError`` is
  its own sentence) and hands the value to ``send(value, done, failed)``: the
  door's flow, which goes through the door service.

The core either answers or raises a :class:`CheckinError` saying what is wrong:
the form shows the sentence under the fields and stays open (``fail``); an
answer that is not an error but not the end either (the door wants the door
question ticked) is named by ``problem_of``. Otherwise it emits ``submitted``
with the answer and closes. One press, one call. It is opened with ``open()``,
never ``exec()``: scans and timers keep running; Esc is Cancel. A door form is
opened with :meth:`open_beside`, which places it by ui/kit/placing.py.
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
from . import placing, style

if TYPE_CHECKING:
    from ..worker import StoreWorker

Job = Callable[[], Callable[[], object]]
Done = Callable[[object], None]
Failed = Callable[[CheckinError], None]
Send = Callable[[object, Done, Failed], None]


class FormDialog(QDialog):
    submitted = Signal(object)  # what the store (or the door) answered
    # A ``send`` form reads its own fields: what OK sends on, or ValueError with the sentence.
    value: Callable[[], object]

    def __init__(
        self,
        title: str,
        job: Job | None = None,
        *,
        send: Send | None = None,
        worker: StoreWorker | None = None,
        problem_of: Callable[[object], str | None] | None = None,
        ok_text: str = "",
        intro: str = "",
        what: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Wide enough that wrapped sentences never squeeze the fields (Qt would size the
        # dialog from a label's one-line width otherwise).
        self.setMinimumWidth(420)
        self.what = what  # "the capacity change": for "Scan not taken: finish … first"
        self._job = job
        self._send = send
        self._worker = worker
        self._problem_of = problem_of
        self.sending = False
        self.placed_by: tuple[QWidget, QWidget | None] | None = None  # see open_beside
        self.result_value: object = None
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.problem = style.make_problem(QLabel(), bold=True)
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        # In the dialog from the start: a default button outside it would not be its default.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button: QPushButton = self.buttons.addButton(
            ok_text or self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.try_submit)
        self.buttons.rejected.connect(self.reject)
        layout = self.main_layout = QVBoxLayout(self)
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

    def first_field(self) -> QWidget | None:
        """Where the typing starts: the first field of the form."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole) or self.form.itemAt(
                row, QFormLayout.ItemRole.SpanningRole
            )
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return widget
        return None

    def open_beside(self, anchor: QWidget, avoid: QWidget | None = None) -> None:
        """Open on the screen that holds ``anchor``'s window, beside ``avoid`` (the door's
        verdict) when there is room, with the typing in the first field."""
        self.placed_by = (anchor, avoid)
        placing.keep_placed(self, anchor, avoid)
        self.open()

    def open(self) -> None:
        super().open()
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.ok_button.isEnabled():
            self.ok_button.setDefault(True)  # Enter is OK, whatever had the focus first

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        if self.placed_by is not None:  # a longer form must not grow past the screen's edge
            placing.refit(self, *self.placed_by)

    def say(self, text: str) -> None:
        self.show_problem(text)

    def fail(self, error: CheckinError) -> None:
        """The core's sentence for ``error``, under the fields; the form stays open."""
        self.show_problem(error_text(error))

    def try_submit(self) -> None:
        """Read the fields, send them on; the answer closes the form or names a problem.

        With an inline worker (or none) the answer is in before this returns.
        """
        if self.sending:
            return
        if self._send is not None:
            try:
                value = self.value()
            except ValueError as exc:
                self.show_problem(str(exc))
                return
            self._sending(True)
            self._send(value, self._answered, self._failed)
            return
        assert self._job is not None, "a form sends by job or by send"
        call = self._job()
        self._sending(True)
        if self._worker is None:
            try:
                answer = call()
            except CheckinError as exc:
                self._failed(exc)
                return
            self._answered(answer)
        else:
            self._worker.submit(call, self._answered, self._failed)

    def _sending(self, on: bool) -> None:
        self.sending = on
        self.ok_button.setEnabled(not on)

    def _failed(self, exc: CheckinError) -> None:
        if not shiboken6.isValid(self):  # closed while the store was answering
            return
        self._sending(False)
        self.fail(exc)

    def _answered(self, value: object) -> None:
        if not shiboken6.isValid(self):
            return
        self._sending(False)
        problem = self._problem_of(value) if self._problem_of is not None else None
        if problem:
            self.show_problem(problem)
            return
        self.result_value = value
        self.problem.hide()
        self.submitted.emit(value)
        if shiboken6.isValid(self):
            self.accept()
