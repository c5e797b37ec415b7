"""The room display (ui/display): other doors' scans shown, full, stale, sealed, sized.

The display runs here with its real store worker thread on a read-only store;
every scan comes from another process (`checkin scan`), as at another door. A
file event (data_version) and a server event (LISTEN/NOTIFY) are both followed;
a private PostgreSQL cluster is stopped to make the figures stale.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from checkin import pin
from checkin.display import Look
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed
from tests.pgcluster import PgCluster
from ui.display.window import RoomDisplay
from ui.main_window import MainWindow
from ui.pin_dialog import PinDialog
from ui.settings import Settings
from ui.tasks import Tasks

ROOT = Path(__file__).resolve().parents[2]
PIN = "2468"


def scan(location: str, code: str, *extra: str) -> None:
    """A scan at another door: another process."""
    done = subprocess.run(
        [sys.executable, "-m", "checkin.cli", "scan", location, code, *extra, "--door", "Side"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr


def make_event(location: str, language: str = "nl") -> None:
    with Store.create(location, name="Party", capacity=2, language=language) as store:
        seed(
            store,
            [GuestInput(first_name=f"Gast{i}", last_name="X", code=f"C00{i}") for i in range(1, 4)],
        )
        pin.set_pin(store, PIN)


@pytest.fixture
def file_event(tmp_path: Path) -> str:
    location = str(tmp_path / "party.checkin")
    make_event(location)
    return location


def open_display(qtbot: QtBot, location: str) -> RoomDisplay:
    store = (
        Store.connect_later(location) if "://" in location else Store.open(location, read_only=True)
    )
    display = RoomDisplay(store)
    qtbot.addWidget(display)
    display.resize(1366, 768)
    display.show()
    qtbot.waitExposed(display)
    return display


@pytest.fixture
def displays() -> Iterator[list[RoomDisplay]]:
    made: list[RoomDisplay] = []
    yield made
    for display in made:
        display._closing_for_good = True
        display.close()
        display.store.close()


def shows(display: RoomDisplay, look: Look, count: str) -> bool:
    board = display.board
    return board is not None and board.look is look and board.count == count


def follow_the_doors(qtbot: QtBot, display: RoomDisplay, location: str) -> None:
    qtbot.waitUntil(lambda: shows(display, Look.ROOM, "0 / 2"), timeout=10_000)
    assert display.headline.text() == "Kom binnen"
    assert display.left.text() == "nog 2 plaatsen vrij"
    scan(location, "C001")
    qtbot.waitUntil(lambda: shows(display, Look.ROOM, "1 / 2"), timeout=5_000)
    scan(location, "C002")
    qtbot.waitUntil(lambda: shows(display, Look.FULL, "2 / 2"), timeout=5_000)
    assert display.headline.text() == "Even wachten"
    assert display.left.text() == "Geen plaatsen meer vrij"
    assert "#b71c1c" in display.page.styleSheet()  # red
    # for a screen reader: the state and the figures
    assert display.headline.accessibleName() == "Even wachten"
    assert display.count.accessibleName() == "2 / 2"
    assert "2 / 2 binnen" in display.count.accessibleDescription()
    assert display.accessibleDescription() == display.board.description  # type: ignore[union-attr]
    scan(location, "C003")  # the room is full: refused at the other door, nothing changes
    scan(location, "C001", "--exit")
    qtbot.waitUntil(lambda: shows(display, Look.ROOM, "1 / 2"), timeout=5_000)
    assert display.headline.text() == "Kom binnen"
    assert "#1b6e20" in display.page.styleSheet()  # green


def test_a_file_event_is_followed_from_another_process(
    qtbot: QtBot, file_event: str, displays: list[RoomDisplay]
) -> None:
    display = open_display(qtbot, file_event)
    displays.append(display)
    follow_the_doors(qtbot, display, file_event)


def test_a_server_event_is_followed_through_listen_notify(
    qtbot: QtBot, pg_url: str, displays: list[RoomDisplay]
) -> None:
    make_event(pg_url)
    display = open_display(qtbot, pg_url)
    displays.append(display)
    follow_the_doors(qtbot, display, pg_url)


def test_the_figures_are_said_to_be_stale_when_the_server_is_gone(
    qtbot: QtBot, pg_cluster: PgCluster, displays: list[RoomDisplay]
) -> None:
    url = pg_cluster.create_database()
    make_event(url)
    display = open_display(qtbot, url)
    displays.append(display)
    scan(url, "C001")
    qtbot.waitUntil(lambda: shows(display, Look.ROOM, "1 / 2"), timeout=10_000)
    pg_cluster.stop("fast")
    qtbot.waitUntil(lambda: shows(display, Look.STALE, "1 / 2"), timeout=10_000)
    assert display.headline.text() == "Geen verbinding met het evenement"
    assert display.note.isVisibleTo(display)
    assert display.note.text().startswith("Laatste cijfers van ")
    assert display.note.text() in display.accessibleDescription()
    assert "#37474f" in display.page.styleSheet()  # neither green nor red
    pg_cluster.start()
    qtbot.waitUntil(lambda: shows(display, Look.ROOM, "1 / 2"), timeout=15_000)


def test_no_control_is_reachable_and_closing_needs_the_pin(
    qtbot: QtBot, file_event: str, displays: list[RoomDisplay]
) -> None:
    display = open_display(qtbot, file_event)
    displays.append(display)
    qtbot.waitUntil(lambda: shows(display, Look.ROOM, "0 / 2"), timeout=10_000)
    widgets = [w for w in display.findChildren(QWidget) if w.isVisibleTo(display)]
    assert not [w for w in widgets if isinstance(w, (QAbstractButton, QLineEdit))]
    assert all(w.focusPolicy() == Qt.FocusPolicy.NoFocus for w in widgets)
    assert not display.menuBar().isVisible()
    for key, modifier in (
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier),
    ):
        QTest.keyClick(display, key, modifier)
        assert display.isVisible() and display.lock.pin_dialog is None, key
    # Esc and every close (Alt+F4 and the window manager's ✕ arrive as close) ask the PIN
    QTest.keyClick(display, Qt.Key.Key_Escape)
    dialog = display.lock.pin_dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    assert display.isVisible()
    dialog.reject()
    assert not display.close() and display.isVisible()
    dialog = display.lock.pin_dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    dialog.pin_field.setText("1111")
    dialog.try_submit()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=5_000)
    assert display.isVisible()
    # the read-only display counts the wrong try itself: the event is not written
    with Store.open(file_event, read_only=True) as check:
        assert pin.lock_state(check).failures == 0
    dialog.pin_field.setText(PIN)
    QTest.keyClick(dialog.pin_field, Qt.Key.Key_Return)  # Enter unlocks (it once cancelled)
    qtbot.waitUntil(lambda: not display.isVisible(), timeout=5_000)
    displays.clear()
    display.store.close()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_type_fills_the_screen(
    qtbot: QtBot, file_event: str, displays: list[RoomDisplay], size: tuple[int, int]
) -> None:
    display = open_display(qtbot, file_event)
    displays.append(display)
    qtbot.waitUntil(lambda: shows(display, Look.ROOM, "0 / 2"), timeout=10_000)
    display.resize(*size)
    qtbot.waitUntil(lambda: display.size().width() == size[0], timeout=3_000)
    width, height = size
    for label, at_least in ((display.headline, 0.12), (display.count, 0.15)):
        font = label.font()
        # 5 m: a capital at least ~7 cm on a 40" TV; here: a share of the screen's height
        assert font.pixelSize() >= int(height * at_least), label.objectName()
        assert QFontMetrics(font).horizontalAdvance(label.text()) <= width
    assert display.left.font().pixelSize() >= int(height * 0.07)


def _processes_with(*words: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            line = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        text = [part.decode(errors="replace") for part in line]
        if all(word in text for word in words):
            found.append(int(entry.name))
    return found


def test_the_view_menu_starts_the_display_in_a_process_of_its_own(
    qtbot: QtBot, file_event: str, app_settings: Settings, inline_tasks: Tasks
) -> None:
    """From the main window (which holds the event's one connection): another process."""
    with Store.open(file_event) as store:
        window = MainWindow(app_settings, inline_tasks, store=store)
        qtbot.addWidget(window)
        window.show()
        menus = [a.menu() for a in window.menuBar().actions()]
        view = [
            m for m in menus if isinstance(m, QMenu) and window.actions_.full_screen in m.actions()
        ]
        assert len(view) == 1 and window.display_action in view[0].actions()
        assert window.display_action.isEnabled()
        window.display_action.trigger()
        pids: list[int] = []
        qtbot.waitUntil(
            lambda: bool(pids.extend(_processes_with(file_event, "--display")) or pids),
            timeout=10_000,
        )
        try:
            (pid,) = set(pids)
            qtbot.wait(1500)
            assert Path(f"/proc/{pid}").exists()  # it runs (it would end at once on an error)
        finally:
            for pid in set(pids):
                os.kill(pid, signal.SIGTERM)
        window.lock.lock(window.tabs)  # kiosk mode: no way to start anything
        window._enable_event_actions()
        assert not window.display_action.isEnabled()
        window._closing_for_good = True
        window.close()
