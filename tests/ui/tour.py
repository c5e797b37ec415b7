"""The tour of every window of the app, and what it reads: the tools of
tests/ui/test_every_text_dutch.py.

A :class:`Tour` reads every visible text of a window (labels, buttons, titles as the title
bar shows them, tooltips, placeholders, items, headers, menus, lists, the status bar),
presses every button of it and every shortcut, triggers every menu action, and reads and
closes each window that opens. :func:`untranslated` then asks the catalogue
(:class:`Catalogue`) and the recording translator (tests/ui/translations.py) which of it
is English.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import shiboken6
from PySide6.QtGui import QGuiApplication, QShortcut
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkin import resources
from tests.ui.screens import plain, visible_texts
from tests.ui.translations import Lookups

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PLACE = re.compile(r"%(?:\d+|n)|\{\w+\}")  # Qt's %1 and a mail template's {first_name}
_QT_CLASS = re.compile(r"Q[A-Z]")
_PARTS = re.compile(r" — |\n|  ·  ")


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_PLACE.sub(" ", text))}


@dataclass
class Catalogue:
    """The Dutch catalogues: (context, source) -> translation."""

    entries: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Catalogue:
        made = cls()
        for path in sorted(resources.translations().glob("*_nl.ts")):
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for m in context.iter("message"):
                    translation = m.find("translation")
                    text = "".join(translation.itertext()) if translation is not None else ""
                    made.entries[(name, m.findtext("source") or "")] = text
        assert made.entries, "no Dutch catalogue"
        return made

    @property
    def sources(self) -> set[str]:
        return {source for _context, source in self.entries}

    def english_texts(self) -> set[str]:
        """Source texts (without mnemonics, placeholders whole) whose Dutch is different."""
        return {
            plain(s) for (_c, s), nl in self.entries.items() if plain(s) != plain(nl) and words(s)
        }

    def english_words(self) -> set[str]:
        """Words of the English source texts that no Dutch translation uses."""
        english: set[str] = set()
        dutch: set[str] = set()
        for (_context, source), nl in self.entries.items():
            english |= words(source)
            dutch |= words(nl)
        return english - dutch


def title_bar(window: QWidget) -> str:
    """The title as the window manager shows it: Qt appends the application's display name
    unless the title already ends with it (QPlatformWindow::formatWindowTitle)."""
    title = window.windowTitle().replace("[*]", "")
    name = QGuiApplication.applicationDisplayName()
    if name and not title.endswith(name):
        title = f"{title} — {name}" if title else name
    return title


@dataclass
class Tour:
    qtbot: QtBot
    seen: dict[str, str] = field(default_factory=dict)  # text -> where it was seen first
    windows: set[str] = field(default_factory=set)  # class names of the windows read

    def look(self, where: str, widget: QWidget) -> None:
        self.windows.add(type(widget).__name__)
        texts = [s.text for s in visible_texts(widget)]
        if widget.isWindow():
            texts.append(title_bar(widget))
        if isinstance(widget, QMainWindow):
            texts.append(widget.statusBar().currentMessage())
        for items in widget.findChildren(QListView):
            model = items.model()
            if items.isVisible() and model is not None:
                texts += [
                    str(model.index(row, 0).data() or "")
                    for row in range(min(model.rowCount(), 20))
                ]
        for view in widget.findChildren(QPlainTextEdit) + widget.findChildren(QTextEdit):
            if view.isVisible():
                texts += view.toPlainText().splitlines()
        for menu in widget.findChildren(QMenu):
            texts += [plain(a.text()) for a in menu.actions() if a.text()]
        for text in texts:
            if text.strip():
                self.seen.setdefault(text, f"{where} ({type(widget).__name__})")

    def top_levels(self) -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if w.isVisible()]

    def read_new(self, where: str, before: list[QWidget], depth: int) -> None:
        """Read (and press through, ``depth`` levels) each window opened since ``before``,
        then close it."""
        for window in [w for w in self.top_levels() if w not in before]:
            if not shiboken6.isValid(window) or not window.isVisible():
                continue
            name = f"{where} > {type(window).__name__}"
            self.look(name, window)
            # Qt's own dialogs (file, print, colour) are read, not pressed through: ours
            # built on them (ui/files.py's FileChooser) too, or Save would ask "replace?"
            # in a loop of Qt's own that nothing here answers.
            if (
                depth > 0
                and not type(window).__module__.startswith("PySide6")
                and not isinstance(window, (QFileDialog, QColorDialog, QPrintDialog))
            ):
                self.press_all(name, window, depth)
                # Once more with every empty field filled: what a wrong answer brings.
                if shiboken6.isValid(window) and window.isVisible() and _fill_fields(window):
                    self.press_all(f"{name} (filled in)", window, depth)
            if shiboken6.isValid(window) and window.isVisible():
                if isinstance(window, QDialog):
                    window.reject()
                else:
                    window.close()
            self.qtbot.wait(5)

    def press_all(self, where: str, root: QWidget, depth: int = 2) -> None:
        """Press every visible, enabled button of ``root`` (a dialog's Cancel last), read
        what it shows and every window it opens."""
        # A first row chosen in every list, so buttons that act on a row (edit, paper
        # check-in) are enabled and pressed too.
        for view in root.findChildren(QAbstractItemView):
            model, chosen = view.model(), view.selectionModel()
            if (
                view.isVisible()
                and model is not None
                and model.rowCount() > 0
                and chosen is not None
                and not chosen.hasSelection()
            ):
                view.setCurrentIndex(model.index(0, 0))
                if isinstance(view, QTableView):
                    view.selectRow(0)
        buttons = [
            b for b in root.findChildren(QAbstractButton) if not isinstance(b.parent(), QTabBar)
        ]
        buttons.sort(key=lambda b: _is_cancel(b))
        for button in buttons:
            if not (shiboken6.isValid(button) and button.isVisible() and button.isEnabled()):
                continue
            if getattr(button, "menu", lambda: None)() is not None:
                continue  # its menu would run a blocking loop; its actions are read
            label = plain(button.text()) or button.toolTip() or button.objectName()
            before = self.top_levels()
            button.click()
            self.qtbot.wait(10)
            if shiboken6.isValid(root) and root.isVisible():
                self.look(f"{where} after {label!r}", root)
            self.read_new(f"{where} > {label!r}", before, depth - 1)

    def press_keys(self, where: str, root: QWidget, depth: int = 2) -> None:
        """Every keyboard shortcut of ``root`` (F2, F3, F6, Esc, Ctrl+Z…), as a key would."""
        for shortcut in root.findChildren(QShortcut):
            if not (shiboken6.isValid(shortcut) and shortcut.isEnabled()):
                continue
            key = shortcut.key().toString()
            before = self.top_levels()
            shortcut.activated.emit()
            self.qtbot.wait(10)
            if shiboken6.isValid(root) and root.isVisible():
                self.look(f"{where} after {key}", root.window())
            self.read_new(f"{where} > {key}", before, depth - 1)

    def trigger(self, where: str, window: QMainWindow, depth: int = 2) -> None:
        """Trigger every action of the menu bar, reading what each opens."""
        for action in [a for m in window.menuBar().findChildren(QMenu) for a in m.actions()]:
            if not (shiboken6.isValid(action) and action.isEnabled()) or action.isSeparator():
                continue
            before = self.top_levels()
            action.trigger()
            self.qtbot.wait(10)
            self.read_new(f"{where} > menu {plain(action.text())!r}", before, depth - 1)


def _fill_fields(window: QWidget) -> bool:
    empty = [
        f
        for f in window.findChildren(QLineEdit)
        if f.isVisible() and f.isEnabled() and not f.isReadOnly() and not f.text()
    ]
    for f in empty:
        f.setText("1")
    return bool(empty)


def _is_cancel(button: QAbstractButton) -> bool:
    box = button.parent()
    return (
        isinstance(box, QDialogButtonBox)
        and box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole
    )


def untranslated(lookups: Lookups, tour: Tour, catalogue: Catalogue, data: set[str]) -> list[str]:
    """Every English text the tour met: lookups nobody answered, and visible texts that
    the catalogue knows as English."""
    ours = catalogue.sources
    visible = {plain(t) for t in tour.seen}
    found = []
    for context, source in sorted(lookups.finish()):
        if not words(source):
            continue  # "%1 + %2", "✓": nothing to translate
        qt_own = _QT_CLASS.match(context) and source not in ours
        # Qt's own texts count where they are seen (a QFileDialog's unused strings do not).
        if not qt_own or plain(source) in visible:
            found.append(f"not translated: {context} / {source!r}")
    english_texts = catalogue.english_texts()
    english_words = catalogue.english_words() - data
    dutch = {plain(a) for a in lookups.answers}
    for text, where in sorted(tour.seen.items()):
        if plain(text) in dutch:
            continue  # a translation, though it reads like English ("Type", "Scanner")
        # A title is parts joined by " — " (the event, the door, the app's name), a label
        # may be lines or "a · b": each part may be a whole English text.
        parts = {p.strip() for p in _PARTS.split(plain(text))} | {plain(text)}
        if parts & english_texts - dutch:
            found.append(f"English text in {where}: {text!r}")
        elif hits := words(text) & english_words:
            found.append(f"English words {sorted(hits)} in {where}: {text!r}")
    return found
