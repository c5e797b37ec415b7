"""The start screen: create an event, open one (file or server URL), or a recent one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.location import SUFFIX, is_server_url

from .dates import qt_format
from .door_link import OpenedEvent, open_event, with_door
from .errors import error_text
from .files import FileChooser
from .kit import style
from .kit.text import fill
from .settings import Settings
from .tasks import Tasks

if TYPE_CHECKING:
    from checkin.store import Store


class StartScreen(QWidget):
    opened = Signal(object)  # an open Store, or an OpenedEvent (a server event and its door)

    def __init__(self, settings: Settings, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self.dialog: QFileDialog | None = None

        title = style.make_title(QLabel(self.tr("Door check-in")))
        intro = QLabel(
            self.tr(
                "Import the guest list, print QR badges, and keep the room to its capacity at "
                "the door. Every change is saved the moment it is made."
            )
        )
        intro.setWordWrap(True)

        # create
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Inspiration session Nieuw-West"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(qt_format(settings.language, time=False))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 100_000)
        self.capacity.setValue(50)
        self.capacity.setSuffix(" " + self.tr("people at once"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("where the event file is kept"))
        browse_new = QPushButton(self.tr("Choose…"))
        browse_new.clicked.connect(self.choose_new_location)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse_new)
        self.create_button = QPushButton(self.tr("Create event"))
        self.create_button.clicked.connect(self.create_event)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("File"), where)
        form.addRow("", self.create_button)
        new_box = QGroupBox(self.tr("New event"))
        new_box.setLayout(form)

        # open
        self.open_text = QLineEdit()
        self.open_text.setPlaceholderText(
            self.tr("an event file, or postgresql://user@server/database")
        )
        self.open_text.returnPressed.connect(self.open_typed)
        browse_open = QPushButton(self.tr("Browse…"))
        browse_open.clicked.connect(self.choose_existing)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_typed)
        row = QHBoxLayout()
        row.addWidget(self.open_text, 1)
        row.addWidget(browse_open)
        row.addWidget(self.open_button)
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._open_recent)
        self.demo_button = QPushButton(self.tr("Try the demo event"))
        self.demo_button.clicked.connect(self.open_demo)
        open_layout = QVBoxLayout()
        open_layout.addLayout(row)
        open_layout.addWidget(QLabel(self.tr("Recent events")))
        open_layout.addWidget(self.recent, 1)
        open_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        open_box = QGroupBox(self.tr("Open an event"))
        open_box.setLayout(open_layout)

        self.problem = style.make_problem(QLabel())
        self.problem.setObjectName("startProblem")

        columns = QHBoxLayout()
        columns.addWidget(new_box, 1)
        columns.addWidget(open_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        self._recent_filled = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._recent_filled:
            # Naming a server in the list needs SQLAlchemy's URL parser: after the first paint.
            QTimer.singleShot(0, self.fill_recent)

    def fill_recent(self) -> None:
        from checkin.store import display_location

        self._recent_filled = True
        self.recent.clear()
        for location in self.settings.recent:
            item = QListWidgetItem(f"{display_location(location)}  —  {location}")
            item.setData(Qt.ItemDataRole.UserRole, location)
            self.recent.addItem(item)

    # choosing files ------------------------------------------------------------

    def _file_dialog(self, title: str, save: bool) -> QFileDialog:
        dialog = FileChooser(
            self, title, self.settings.last_folder, fill(self.tr("Events (*%1)"), SUFFIX)
        )
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setDefaultSuffix(SUFFIX.lstrip("."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        return dialog

    def choose_new_location(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Where to keep the event"), save=True)
        if self.name.text().strip():
            dialog.selectFile(self.name.text().strip() + SUFFIX)
        dialog.fileSelected.connect(self.location.setText)
        dialog.open()
        return dialog

    def choose_existing(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Open an event"), save=False)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.open_location)
        dialog.open()
        return dialog

    # doing it ------------------------------------------------------------------
    # Opening or creating runs off the UI thread (a server that does not answer makes
    # the window wait for its connect timeout otherwise); the buttons are off meanwhile.

    def create_event(self) -> None:
        text = self.location.text().strip()
        if not text:
            self._problem(self.tr("Choose where to keep the event file first."))
            return
        location = text
        if not is_server_url(text) and not text.endswith(SUFFIX):
            location = text + SUFFIX
        qdate = self.date.date()
        when = date(qdate.year(), qdate.month(), qdate.day())
        name, capacity = self.name.text(), self.capacity.value()

        data_dir, door = self.settings.data_dir, self.settings.door_name
        language = self.settings.language  # the event's documents follow the app by default

        def create() -> OpenedEvent:
            from checkin.store import Store

            store = Store.create(
                location, name=name, capacity=capacity, event_date=when, language=language
            )
            return with_door(store, data_dir, door)  # a server event: the door's first copy

        self._run(create, location)

    def open_typed(self) -> None:
        self.open_location(self.open_text.text().strip())

    def open_location(self, location: str) -> None:
        if not location:
            self._problem(self.tr("Type the path of an event file or a postgresql:// address."))
            return

        data_dir, door = self.settings.data_dir, self.settings.door_name

        def open_store() -> OpenedEvent:
            # A server event with its door: offline when the server is down, if it was
            # connected before (ui/door_link.py).
            return open_event(location, data_dir, door)

        self._run(open_store, location)

    def open_demo(self) -> None:
        demo_path = self.settings.demo_path

        def build() -> Store:
            from checkin.demo import open_demo

            return open_demo(demo_path)

        self._run(build, None)

    def _run(self, work: Callable[[], Store | OpenedEvent], location: str | None) -> None:
        """``work`` on a pool thread; ``opened`` (or the problem's sentence) after it."""
        self._set_busy(True)
        self.problem.clear()
        self.tasks.run(
            lambda _progress, _cancelled: work(),
            on_done=lambda store: self._done(store, location),
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        for button in (self.create_button, self.open_button, self.demo_button):
            button.setEnabled(not busy)
        self.recent.setEnabled(not busy)

    def _failed(self, exc: CheckinError) -> None:
        if shiboken6.isValid(self):
            self._set_busy(False)
            self._problem(error_text(exc))

    def _done(self, store: Store | OpenedEvent, location: str | None) -> None:
        if not shiboken6.isValid(self):
            store.close()  # the window went away meanwhile
            return
        self._set_busy(False)
        if isinstance(store, OpenedEvent) and store.door is None:
            store = store.store  # a file: the store alone, as before
        if location is None:
            self.opened.emit(store)
        else:
            self._opened(store, location)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.open_location(str(item.data(Qt.ItemDataRole.UserRole)))

    def _opened(self, store: Store | OpenedEvent, location: str) -> None:
        self.problem.clear()
        if not is_server_url(location):
            self.settings.last_folder = str(Path(location).resolve().parent)
            location = str(Path(location).resolve())
        self.settings.add_recent(location)
        self.fill_recent()
        self.opened.emit(store)

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
