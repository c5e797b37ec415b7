"""What a person sees: every visible text of a window, and where a text is cut off.

Shared by the Dutch-screen test and the fit test; both open the real main window
on the demo event at the size of a 1366 × 768 laptop screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

SCREEN = (1366, 768)
_TAGS = re.compile(r"<[^>]+>")
_MNEMONIC = re.compile(r"&(?=\w)")


@dataclass(frozen=True)
class Seen:
    widget: QWidget
    kind: str  # label, button, title, placeholder, item, tab, menu, header, tooltip
    text: str


def plain(text: str) -> str:
    return _MNEMONIC.sub("", _TAGS.sub(" ", text)).replace("&&", "&")


def visible_texts(root: QWidget) -> Iterator[Seen]:
    """Every text of the widgets of ``root`` that are visible now."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if w.toolTip():
            yield Seen(w, "tooltip", plain(w.toolTip()))
        if isinstance(w, QLabel) and w.text():
            yield Seen(w, "label", plain(w.text()))
        elif isinstance(w, QAbstractButton) and w.text():
            yield Seen(w, "button", plain(w.text()))
        elif isinstance(w, QGroupBox) and w.title():
            yield Seen(w, "title", plain(w.title()))
        elif isinstance(w, QLineEdit) and w.placeholderText():
            yield Seen(w, "placeholder", w.placeholderText())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield Seen(w, "item", w.itemText(i))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield Seen(w, "tab", plain(w.tabText(i)))
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                yield Seen(w, "menu", plain(action.text()))
                menu = action.menu()
                for sub in menu.actions() if isinstance(menu, QMenu) else []:
                    if sub.text():
                        yield Seen(w, "menu", plain(sub.text()))
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for col in range(model.columnCount(QModelIndex())):
                head = model.headerData(col, Qt.Orientation.Horizontal)
                if head:
                    yield Seen(w, "header", plain(str(head)))


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit their width (a word-wrapped label may
    take more lines, but no single word may be wider than the label)."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0:
            continue
        metrics = w.fontMetrics()
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            text = plain(w.text())
            room = (
                w.contentsRect().width() - 2 * w.margin() - w.indent()
                if w.indent() > 0
                else w.contentsRect().width() - 2 * w.margin()
            )
            if w.wordWrap():
                parts = text.split()
                need = max((metrics.horizontalAdvance(p) for p in parts), default=0)
            else:
                need = max(
                    (metrics.horizontalAdvance(line) for line in text.splitlines()), default=0
                )
            if need > room + 1:
                found.append(f"label {text!r}: needs {need} px, has {room}")
        elif isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint().width()
            if hint > w.width() + 1:
                found.append(f"button {plain(w.text())!r}: needs {hint} px, has {w.width()}")
        elif isinstance(w, QComboBox) and w.currentText():
            # the text plus the arrow: what the box shows must not be cut
            need = metrics.horizontalAdvance(w.currentText()) + 24
            if need > w.width():
                found.append(f"choice {w.currentText()!r}: needs {need} px, has {w.width()}")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                need = metrics.horizontalAdvance(plain(w.tabText(i)))
                if need > w.tabRect(i).width():
                    found.append(f"tab {w.tabText(i)!r}")
        elif isinstance(w, QGroupBox) and w.title():
            need = metrics.horizontalAdvance(plain(w.title()))
            if need > w.width():
                found.append(f"group {w.title()!r}")
    return found
