"""Find a guest without a badge by name, organisation or email; Enter lets the chosen one in.

The search is a door call (``Door.search``) on the store worker (never the UI
thread) as the person types: the server answers while connected, the door's own
copy offline, and results from the copy say so. An answer that comes back after
the text changed again is dropped. Choosing a guest only emits ``chosen``: the
flow sends it to the door service, which decides.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from checkin.door import Door
from checkin.door.reads import Found
from checkin.errors import CheckinError
from checkin.models import Guest, GuestStatus, Presence

from ..worker import StoreWorker

SEARCH_LIMIT = 20


class GuestListModel(QAbstractListModel):
    """Search results: immutable guests, reset on every answer."""

    GuestRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guests: list[Guest] = []

    def set_guests(self, guests: list[Guest]) -> None:
        self.beginResetModel()
        self.guests = list(guests)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.guests)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.guests):
            return None
        guest = self.guests[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [guest.name, guest.organisation, status_word(guest)]
            return " · ".join(p for p in parts if p)
        if role == self.GuestRole:
            return guest
        return None


def status_word(guest: Guest) -> str:
    if guest.cancelled:
        return QCoreApplication.translate("DoorScreen", "cancelled")
    if guest.status is GuestStatus.PENDING:
        return QCoreApplication.translate("DoorScreen", "not confirmed")
    if guest.presence is Presence.INSIDE:
        return QCoreApplication.translate("DoorScreen", "inside")
    if guest.presence is Presence.LEFT:
        return QCoreApplication.translate("DoorScreen", "left")
    return ""


class DoorLineEdit(QLineEdit):
    """A field that leaves Esc and Ctrl+Z to the door's own shortcuts.

    A plain QLineEdit claims Ctrl+Z for undoing its typing; at the door the scan
    field is nearly always empty, and Ctrl+Z must undo the last scan.
    """

    moved = Signal(int)  # the arrow keys: +1 down, -1 up

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.key() == Qt.Key.Key_Escape)
        ):
            event.ignore()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    chosen = Signal(object)  # Guest
    closed = Signal()
    failed = Signal(object)  # CheckinError: the screen's one place for them

    def __init__(self, door: Door, worker: StoreWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._door = door
        self._worker = worker
        self.search_field = DoorLineEdit(self)
        self.search_field.setPlaceholderText(
            self.tr("Name, organisation or email; Enter lets the selected guest in, Esc goes back")
        )
        self.search_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results_model = GuestListModel(self)
        self.results_view = QListView(self)
        self.results_view.setModel(self.results_model)
        self.results_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_view.setMaximumHeight(160)
        self.results_view.hide()
        self.copy_label = QLabel(
            self.tr(
                "Found in this door's own copy: the server does not answer, so what other "
                "doors did since may be missing."
            ),
            self,
        )
        self.copy_label.setWordWrap(True)
        self.copy_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_field)
        layout.addWidget(self.copy_label)
        layout.addWidget(self.results_view)
        self.search_field.textChanged.connect(self._on_text)
        self.search_field.returnPressed.connect(self.choose)
        self.search_field.moved.connect(self.move_selection)
        self.results_view.clicked.connect(self._on_clicked)
        self.results_view.doubleClicked.connect(lambda _i: self.choose())

    def open(self) -> None:
        self.show()
        self.results_view.show()
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def close_search(self) -> None:
        self.search_field.clear()
        self.results_view.hide()
        self.copy_label.hide()
        self.hide()  # shown again with F2: its height is the verdict's meanwhile
        self.closed.emit()

    @property
    def active(self) -> bool:
        return self.search_field.hasFocus() or self.results_view.isVisible()

    def _on_text(self, text: str) -> None:
        if not text.strip():
            self.results_model.set_guests([])
            return
        door = self._door
        self._worker.submit(
            lambda: door.search(text, SEARCH_LIMIT),
            lambda found: self._found(text, found),
            self._failed,
        )

    def _found(self, text: str, found: Found) -> None:
        if text != self.search_field.text():
            return  # typed on meanwhile: a newer answer is on its way
        self.results_model.set_guests(list(found.guests))
        self.copy_label.setVisible(found.from_copy)
        self.results_view.show()
        if found.guests:
            self.results_view.setCurrentIndex(self.results_model.index(0, 0))

    def _failed(self, error: CheckinError) -> None:
        self.failed.emit(error)

    def move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if not rows:
            return
        row = max(0, min(rows - 1, self.results_view.currentIndex().row() + step))
        self.results_view.setCurrentIndex(self.results_model.index(row, 0))

    def _on_clicked(self, index: QModelIndex) -> None:
        self.results_view.setCurrentIndex(index)
        self.search_field.setFocus()

    def selected_guest(self) -> Guest | None:
        index = self.results_view.currentIndex()
        if not index.isValid():
            return None
        guest = self.results_model.data(index, GuestListModel.GuestRole)
        return guest if isinstance(guest, Guest) else None

    def choose(self) -> None:
        guest = self.selected_guest()
        if guest is None:
            return
        self.close_search()
        self.chosen.emit(guest)
