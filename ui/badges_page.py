"""The Badges screen: choose a layout and the design, see every page, save the PDF or print it.

The PDF is the one thing printed: the preview and the printer both show pages of
the very file the core wrote (QtPdf renders it), so what is seen is what comes out.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QSize, Qt, QTemporaryDir, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.documents.files import clean_stale_folders
from checkin.documents.layouts import LAYOUTS
from checkin.errors import Cancelled, CheckinError
from checkin.store import Store

from .badge_design_box import BadgeDesignBox
from .badge_preview import PdfPreview, render_page
from .errors import error_text, show_error
from .files import print_dialog, save_dialog, suggested_name
from .kit.text import fill
from .settings import Settings
from .tasks import ProgressPanel, Tasks

if TYPE_CHECKING:
    from checkin.documents.badges import BadgeResult

__all__ = ["BadgesPage", "render_page"]
PREVIEW_WIDTH = 560
SCRATCH_PREFIX = "checkin-badges-"  # pixels for the preview of one page


class BadgesPage(QWidget):
    saved = Signal(object)  # the BadgeResult of a saved PDF
    preview_ready = Signal()
    printed = Signal(int)  # pages sent to the printer
    door_list_saved = Signal(object)  # the Path of the paper door list

    def __init__(
        self, store: Store, settings: Settings, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.tasks = tasks
        self.dialog: QFileDialog | QPrintDialog | None = None
        # Removed with the page; Qt deletes it without Python's implicit-cleanup warning.
        # Qt appends the random part of the name.
        # The pid in the name lets a later app remove the folder of one that was killed.
        clean_stale_folders(Path(QDir.tempPath()), SCRATCH_PREFIX)
        self._scratch = QTemporaryDir(f"{QDir.tempPath()}/{SCRATCH_PREFIX}{os.getpid()}-")
        self._stale = True
        self._previews = 0
        self._printing: tuple[QPdfDocument, QPainter, QPrinter, int] | None = None

        self.layout_choice = QComboBox()
        for name, geometry in LAYOUTS.items():
            self.layout_choice.addItem(self.layout_title(name, geometry.title), name)
        index = self.layout_choice.findData(settings.badge_layout)
        self.layout_choice.setCurrentIndex(max(0, index))
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.choose_file)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.choose_printer)
        self.door_list_button = QPushButton(self.tr("Door list (paper)…"))
        self.door_list_button.setToolTip(
            self.tr(
                "An alphabetical list with a tick box per guest, for when the laptop fails; "
                "type the ticks in afterwards on the Guests screen."
            )
        )
        self.door_list_button.clicked.connect(self.choose_door_list_file)
        self.design_box = BadgeDesignBox(store, settings)
        self.design_box.changed.connect(self.update_preview)
        self.pages = PdfPreview(PREVIEW_WIDTH)
        self.preview = self.pages.image
        self.progress = ProgressPanel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Layout"), self.layout_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.door_list_button)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.design_box)
        side.addWidget(self.about)
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.message)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(side, 2)
        layout.addWidget(self.pages, 3)
        self.refresh()

    def layout_title(self, name: str, fallback: str) -> str:
        titles = {
            "a4-8": self.tr("A4 sheet, 8 badges of 90 × 55 mm with cut marks"),
            "avery-l4785": self.tr("Avery L4785 labels, 10 a sheet (80 × 50 mm)"),
            "a6": self.tr("A6, one badge a page (105 × 148 mm)"),
            "label-62mm": self.tr("Brother QL 62 mm roll, one badge a label (62 × 100 mm)"),
            "card-86x54": self.tr("A card, one badge 86 × 54 mm"),
            "a4-1": self.tr("A4 sheet, one badge of 90 × 55 mm with cut marks"),
        }
        return titles.get(name, fallback)

    @property
    def layout_name(self) -> str:
        return str(self.layout_choice.currentData())

    def refresh(self) -> None:
        """The guest list changed: recount, and redraw the preview when next seen."""
        counts = self.store.counts()
        count = counts["guests"] - counts["cancelled"]
        per_page = LAYOUTS[self.layout_name].per_page
        pages = -(-count // per_page)
        self.about.setText(
            fill(
                self.tr("%1 for the guests who are expected (cancelled guests get none), on %2."),
                self.tr("%n badge(s)", "", count),
                self.tr("%n page(s)", "", pages),
            )
        )
        self._stale = True
        if self.isVisible():
            self.update_preview()

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.update_preview()

    def _layout_changed(self) -> None:
        self.settings.badge_layout = self.layout_name
        self.refresh()
        self.update_preview()

    # preview -------------------------------------------------------------------

    def update_preview(self) -> None:
        """Every page, in the event's design: the whole PDF is written off the UI thread."""
        self._stale = False
        layout = self.layout_name
        counts = self.store.counts()
        if counts["guests"] - counts["cancelled"] <= 0:
            self.pages.clear(self.tr("No guests yet: import a guest list first."))
            return
        # A new file each time: the one on show stays open in QtPdf until it is replaced.
        self._previews += 1
        out = Path(self._scratch.path()) / f"preview-{self._previews}.pdf"
        # Imported on first use: ReportLab would add ~60 ms to every start of the app.
        from checkin.documents.badges import write_badges

        self.tasks.run(
            lambda progress, cancelled: write_badges(
                self.store, out, layout=layout, progress=progress, cancelled=cancelled
            ),
            on_done=self._show_preview,
            on_error=lambda exc: self.pages.clear(error_text(exc)),
        )

    def _show_preview(self, result: BadgeResult) -> None:
        if result.path.name != f"preview-{self._previews}.pdf":
            # An older preview finished after a newer one was asked for: drop it.
            result.path.unlink(missing_ok=True)
            return
        if self.pages.show_pdf(result.path):
            for old in Path(self._scratch.path()).glob("preview-*.pdf"):
                if old != result.path:
                    old.unlink(missing_ok=True)
            self.preview_ready.emit()

    # saving --------------------------------------------------------------------

    def _file_name(self, key: str) -> str:
        event = self.store.event()
        return suggested_name(event.name, event.language, key, "pdf")

    def choose_file(self) -> QFileDialog:
        dialog = save_dialog(
            self,
            self.tr("Save badges"),
            self.settings.last_folder,
            self.tr("PDF (*.pdf)"),
            "pdf",
            self._file_name("file.badges"),
            self.save,
        )
        self.dialog = dialog
        return dialog

    def save(self, out: Path) -> None:
        self.settings.last_folder = str(out.parent)
        self._write_all(out, self._saved, self.tr("Writing badges…"))

    def _write_all(self, out: Path, then: Callable[[BadgeResult], None], what: str) -> None:
        from checkin.documents.badges import write_badges

        layout = self.layout_name
        self._busy(True)
        self.message.clear()

        def done(result: BadgeResult) -> None:
            self._busy(False)
            then(result)

        handle = self.tasks.run(
            lambda progress, cancelled: write_badges(
                self.store, out, layout=layout, progress=progress, cancelled=cancelled
            ),
            on_done=done,
            on_error=self._failed,
        )
        self.progress.follow(handle, what)

    def _saved(self, result: BadgeResult) -> None:
        self.message.setText(
            fill(
                self.tr("Saved %1 on %2 to %3."),
                self.tr("%n badge(s)", "", result.badges),
                self.tr("%n page(s)", "", result.pages),
                result.path,
            )
        )
        self.saved.emit(result)

    def _failed(self, exc: CheckinError) -> None:
        self._busy(False)
        self.message.setText(error_text(exc))
        if not isinstance(exc, Cancelled):
            show_error(self, exc)

    # the paper door list ------------------------------------------------------------

    def choose_door_list_file(self) -> QFileDialog:
        dialog = save_dialog(
            self,
            self.tr("Save the door list"),
            self.settings.last_folder,
            self.tr("PDF (*.pdf)"),
            "pdf",
            self._file_name("file.door_list"),
            self.save_door_list,
        )
        self.dialog = dialog
        return dialog

    def save_door_list(self, out: Path) -> None:
        from checkin.documents.reports import write_door_list

        self.settings.last_folder = str(out.parent)
        self._busy(True)
        self.message.clear()

        def done(path: Path) -> None:
            self._busy(False)
            self.message.setText(fill(self.tr("Saved the door list to %1."), path))
            self.door_list_saved.emit(path)

        handle = self.tasks.run(
            lambda _progress, _cancelled: write_door_list(self.store, out),
            on_done=done,
            on_error=self._failed,
        )
        self.progress.follow(handle, self.tr("Writing the door list…"))

    def _busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        self.door_list_button.setEnabled(not busy)
        self.layout_choice.setEnabled(not busy)
        self.design_box.setEnabled(not busy)

    # printing ------------------------------------------------------------------

    def choose_printer(self) -> QPrintDialog:
        dialog = print_dialog(self, self.print_to)
        self.dialog = dialog
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """Write the PDF, then send its pages to ``printer`` one event-loop turn at a time."""
        out = Path(self._scratch.path()) / "print.pdf"
        self._write_all(
            out,
            lambda result: self._start_printing(result, printer),
            self.tr("Preparing to print…"),
        )

    def _start_printing(self, result: BadgeResult, printer: QPrinter) -> None:
        doc = QPdfDocument(self)
        doc.load(str(result.path))
        if doc.pageCount() == 0:
            self.message.setText(self.tr("There is nothing to print."))
            return
        printer.setFullPage(True)
        printer.setDocName(self.store.event().name)
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(self.tr("The printer could not be started."))
            return
        self._busy(True)
        self._printing = (doc, painter, printer, 0)
        QTimer.singleShot(0, self._print_next_page)

    def _print_next_page(self) -> None:
        if self._printing is None:
            return
        doc, painter, printer, page = self._printing
        if page > 0:
            printer.newPage()
        target = painter.viewport()
        # At most 300 dpi: the QR modules stay crisp and a page stays a few MB in memory.
        dpi = min(printer.resolution(), 300)
        points = doc.pagePointSize(page)
        size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = doc.render(page, size)
        painter.drawImage(target, image)
        page += 1
        if page < doc.pageCount():
            self._printing = (doc, painter, printer, page)
            QTimer.singleShot(0, self._print_next_page)
            return
        painter.end()
        self._printing = None
        doc.close()
        self._busy(False)
        self.message.setText(self.tr("Sent %n page(s) to the printer.", "", page))
        self.printed.emit(page)
