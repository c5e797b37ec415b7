"""A preview of every page of a PDF, one page at a time with Previous and Next.

QtPdf renders the very file the core wrote, so what is seen is what prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .kit.text import fill


def render_page(path: Path, page: int, width: int) -> QImage | None:
    """Page ``page`` of a PDF as an image ``width`` pixels wide (QtPdf, no extra package)."""
    doc = QPdfDocument()
    try:
        if doc.load(str(path)) != QPdfDocument.Error.None_:
            return None
        return _render(doc, page, width)
    finally:
        doc.close()


def _render(doc: QPdfDocument, page: int, width: int) -> QImage | None:
    if page >= doc.pageCount():
        return None
    points = doc.pagePointSize(page)
    height = round(width * points.height() / max(points.width(), 1.0))
    image = doc.render(page, QSize(width, height))
    if image.isNull():
        return None
    # PDF pages have no background of their own: paper is white.
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


class PdfPreview(QWidget):
    page_shown = Signal(int)  # the page now shown, from 0

    def __init__(self, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.width_px = width
        self.doc: QPdfDocument | None = None
        self.page = 0
        self.image = QLabel(self.tr("Preview"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(width // 2, width // 2)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label, 1)
        bar.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        self._update_buttons()

    @property
    def pages(self) -> int:
        return self.doc.pageCount() if self.doc is not None else 0

    def show_pdf(self, path: Path) -> bool:
        """Show ``path``, staying on the same page number when it still exists."""
        doc = QPdfDocument(self)
        if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() == 0:
            doc.deleteLater()
            self.clear(self.tr("The preview could not be drawn."))
            return False
        self._drop()
        self.doc = doc
        return self.show_page(min(self.page, doc.pageCount() - 1))

    def show_page(self, page: int) -> bool:
        if self.doc is None or not 0 <= page < self.doc.pageCount():
            return False
        image = _render(self.doc, page, self.width_px)
        if image is None:
            self.clear(self.tr("The preview could not be drawn."))
            return False
        self.page = page
        self.image.setPixmap(QPixmap.fromImage(image))
        self._update_buttons()
        self.page_shown.emit(page)
        return True

    def clear(self, text: str) -> None:
        self._drop()
        self.page = 0
        self.image.setPixmap(QPixmap())
        self.image.setText(text)
        self._update_buttons()

    def _drop(self) -> None:
        if self.doc is not None:
            self.doc.close()
            self.doc.deleteLater()
            self.doc = None

    def _update_buttons(self) -> None:
        pages = self.pages
        self.previous_button.setEnabled(pages > 0 and self.page > 0)
        self.next_button.setEnabled(self.page + 1 < pages)
        self.page_label.setText(
            fill(self.tr("Page %1 of %2"), self.page + 1, pages) if pages else ""
        )
