"""Every screen fits a 1366 × 768 laptop without maximising, in English and in Dutch:
no label or button has its text cut off, and the window needs no more room than that."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from checkin.store import Store
from tests.ui.screens import SCREEN, clipped
from ui.app import Translations
from ui.guests import GuestTableModel
from ui.main_window import BADGES, DOOR, EXPORT, GUESTS, SETTINGS, MainWindow
from ui.settings import Settings
from ui.tasks import Tasks

TABS = {"Guests": GUESTS, "Door": DOOR, "Badges": BADGES, "Export": EXPORT, "Settings": SETTINGS}


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.apply(request.param)
    yield request.param
    translations.apply("en")


def open_window(
    qtbot: QtBot, settings: Settings, tasks: Tasks, store: Store | None, language: str
) -> MainWindow:
    settings.language = language
    if store is not None:
        store.update_event(language=language)
    window = MainWindow(settings, tasks, store=store)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("tab", list(TABS))
def test_every_tab_fits_the_laptop_screen_unclipped(
    qtbot: QtBot,
    demo_store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
    language: str,
    tab: str,
) -> None:
    window = open_window(qtbot, app_settings, inline_tasks, demo_store, language)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(TABS[tab])
    qtbot.wait(50)
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], (tab, hint)
    assert (window.width(), window.height()) == SCREEN
    assert clipped(window) == [], f"{tab} ({language})"


def test_the_start_screen_fits_unclipped(
    qtbot: QtBot, app_settings: Settings, inline_tasks: Tasks, language: str
) -> None:
    window = open_window(qtbot, app_settings, inline_tasks, None, language)
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]
    assert clipped(window) == []


def test_the_verdict_keeps_half_the_door_screen(
    qtbot: QtBot,
    demo_store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
    language: str,
) -> None:
    window = open_window(qtbot, app_settings, inline_tasks, demo_store, language)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(DOOR)
    door = window.door_screen
    assert door is not None
    waiting = [g for g in demo_store.guests() if not g.cancelled and g.entries == 0]
    door.scan_code(waiting[0].code)
    qtbot.wait(50)
    verdict = door.verdict_view
    assert verdict.height() >= door.height() / 2, (verdict.height(), door.height())


def test_the_verdict_keeps_half_the_door_screen_with_banners(
    qtbot: QtBot,
    demo_store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
    language: str,
) -> None:
    window = open_window(qtbot, app_settings, inline_tasks, demo_store, language)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(DOOR)
    door = window.door_screen
    assert door is not None
    waiting = [g for g in demo_store.guests() if not g.cancelled and g.entries == 0]
    door.set_exit_mode(True)
    demo_store.update_event(capacity=demo_store.event().inside)
    door.scan_code(waiting[1].code)
    qtbot.wait(50)
    verdict = door.verdict_view
    assert verdict.height() >= door.height() / 2, (verdict.height(), door.height())


def test_the_guests_status_column_fits_every_status_word_and_dates_read_local(
    qtbot: QtBot,
    demo_store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
    language: str,
) -> None:
    window = open_window(qtbot, app_settings, inline_tasks, demo_store, language)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(GUESTS)
    page = window.guests_page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    table, model = page.table, page.model
    header = table.horizontalHeader()
    width = header.sectionSize(GuestTableModel.STATUS)
    words = model.status_texts()
    if language == "nl":
        assert "niet binnen geweest" in words
    italic = QFont(table.font())
    italic.setItalic(True)
    for word in words:
        for font in (table.font(), italic):
            # Qt keeps a few pixels of margin either side of a cell's text.
            assert QFontMetrics(font).horizontalAdvance(word) + 8 <= width, (word, width)
    title = str(model.headerData(GuestTableModel.STATUS, Qt.Orientation.Horizontal))
    assert QFontMetrics(header.font()).horizontalAdvance(title) + 20 <= width
    # The arrival times: 24-12-2026 14:05 on Dutch screens, ISO on English ones.
    shown = [model.data(model.index(r, GuestTableModel.ARRIVED)) for r in range(model.rowCount())]
    arrived = [text for text in shown if text]
    assert arrived
    pattern = r"\d\d-\d\d-\d{4} \d\d:\d\d" if language == "nl" else r"\d{4}-\d\d-\d\d \d\d:\d\d"
    assert all(re.fullmatch(pattern, text) for text in arrived), arrived[:3]


def test_a_cut_off_label_or_button_is_found(qtbot: QtBot) -> None:
    """The check itself: a text wider than its widget is reported, one that fits is not."""
    page = QWidget()
    qtbot.addWidget(page)
    short = QLabel("OK", page)
    long = QLabel("Persoonsgegevens nu verwijderen", page)
    long.setGeometry(0, 30, 60, 20)
    button = QPushButton("Lijst van aanwezigen opslaan…", page)
    button.setGeometry(0, 60, 50, 25)
    short.adjustSize()
    page.show()
    found = clipped(page)
    assert len(found) == 2
    assert "Persoonsgegevens" in found[0] and "aanwezigen" in found[1]
