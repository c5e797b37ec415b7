"""Which print system the app sends badges to: CUPS on Linux and macOS, Qt's on Windows.

On Linux and macOS the app prints exactly as the command line does, through
CUPS (``lp``/``lpstat``, checkin/printing/cups.py): the job id and the queue's
state (paused, out of paper, stopped) come from CUPS itself.

Windows has no ``lp``: :class:`QtSpooler` renders the badge's PDF with QtPdf
(``QPdfDocument``) at the printer's resolution and paints it into a
``QPrinter`` for that printer, which hands the job to the Windows spooler
through the printer's own driver (a Brother QL's or a Dymo's included). Qt
tells whether the printer is there and whether it is idle, printing or in
error (``QPrinterInfo.state``), but not which jobs are still queued: a badge
the spooler took counts as printed. Painting into a QPrinter is allowed off
the UI thread, so this runs on the desk's printing thread as CUPS does.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.errors import PrinterNotFound, PrintFailed
from checkin.printing import CupsSpooler, PrinterCondition, PrinterState, Spooler


class QtSpooler:
    """Badges through Qt's printing (the Windows spooler; works with CUPS on Linux too)."""

    def submit(
        self, pdf: Path, printer: str, title: str, media: tuple[float, float] | None = None
    ) -> str:
        """``media`` is the PDF's own page size here: the page is sized from the PDF."""
        info = QPrinterInfo.printerInfo(printer)
        if info.isNull():
            raise PrinterNotFound(printer)
        document = QPdfDocument()
        if document.load(str(pdf)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise PrintFailed(printer, "the badge's PDF could not be read")
        target = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        target.setDocName(title)
        target.setFullPage(True)
        size = document.pagePointSize(0)
        target.setPageLayout(
            QPageLayout(
                QPageSize(size, QPageSize.Unit.Point, "badge"),
                QPageLayout.Orientation.Portrait,
                target.pageLayout().margins(),
            )
        )
        painter = QPainter()
        if not painter.begin(target):
            raise PrintFailed(printer, "the printer could not be opened")
        try:
            dpi = target.resolution()
            for index in range(document.pageCount()):
                if index:
                    target.newPage()
                points = document.pagePointSize(index)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                painter.drawImage(
                    QRect(0, 0, pixels.width(), pixels.height()), document.render(index, pixels)
                )
        finally:
            painter.end()
        return title  # the spooler's own job number is not told through Qt

    def state(self, printer: str) -> PrinterState:
        info = QPrinterInfo.printerInfo(printer)
        if info.isNull():
            return PrinterState(printer, PrinterCondition.MISSING)
        condition = {
            QPrinter.PrinterState.Idle: PrinterCondition.READY,
            QPrinter.PrinterState.Active: PrinterCondition.PRINTING,
        }.get(info.state(), PrinterCondition.STOPPED)
        return PrinterState(printer, condition)

    def pending(self, printer: str) -> set[str]:
        return set()  # Qt does not see the spooler's queue: a job taken counts as printed


def system_spooler(platform: str = sys.platform) -> Spooler:
    """The print system of this computer."""
    return QtSpooler() if platform == "win32" else CupsSpooler()


def printer_names() -> list[str]:
    """The system's printers, as the print dialogs list them."""
    return sorted(QPrinterInfo.availablePrinterNames())
