"""A badge printed on arrival, from the Door screen, through a real CUPS queue (cups-pdf).

The screen scans as a door person would; the badges come out of cups-pdf as
PDFs whose QR codes are decoded. The verdict never waits for the printer, a
paused queue's badges come out when it is resumed, a printer that is not there
says so on the screen, and badges not printed when the screen closed are
listed when it opens again.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkin.printing import JobState
from checkin.store import Store
from tests.printers import (
    cups_out,
    pause,
    printed,
    private_queue,
    qr_codes,
    resume,
)
from tests.ui.doors import door_screen
from ui.desk import DeskPanel
from ui.desk.spoolers import QtSpooler
from ui.door.screen import DoorScreen
from ui.settings import Settings
from ui.worker import StoreWorker


@pytest.fixture
def queue() -> Iterator[str]:
    yield from private_queue()


def door(qtbot: QtBot, store: Store, settings: Settings) -> DoorScreen:
    screen = door_screen(
        store, door_name="Main", sounds=False, worker=StoreWorker(inline=True), settings=settings
    )
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def panel(screen: DoorScreen) -> DeskPanel:
    assert screen.desk is not None
    return screen.desk


def scan(screen: DoorScreen, code: str) -> None:
    screen.scan_code(code)


def sent_jobs(p: DeskPanel) -> dict[str, str]:
    return {j.job: j.code for j in p.jobs.values() if j.state == JobState.SENT}


def test_each_admitted_guest_gets_one_badge_and_a_refusal_none(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    app_settings.desk = (True, queue, "label-62mm")
    screen = door(qtbot, store, app_settings)
    p = panel(screen)
    for code in ("1001", "1005", "9999", "1001", "1002"):
        scan(screen, code)
    qtbot.waitUntil(lambda: len(sent_jobs(p)) == 2, timeout=20_000)
    assert len(p.jobs) == 2 and p.badges.count() == 2
    codes = sorted(qr_codes(printed(job))[0][0] for job in sent_jobs(p))
    assert codes == ["1001", "1002"]
    qtbot.waitUntil(lambda: "ready" in p.state_label.text(), timeout=10_000)


def test_printing_lets_nobody_past_the_cap(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    pause(queue)  # the jobs are only counted here
    app_settings.desk = (True, queue, "label-62mm")
    screen = door(qtbot, store, app_settings)
    p = panel(screen)
    for code in ("1001", "1002", "1003", "1004"):  # capacity 3
        scan(screen, code)
    assert "Room full" in screen.verdict_view.text
    qtbot.waitUntil(lambda: len(sent_jobs(p)) == 3, timeout=20_000)
    qtbot.wait(300)
    assert sorted(sent_jobs(p).values()) == ["1001", "1002", "1003"]
    assert store.event().inside == 3


def test_a_paused_queue_never_delays_the_verdict_and_prints_when_resumed(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    pause(queue)
    app_settings.desk = (True, queue, "card-86x54")
    screen = door(qtbot, store, app_settings)
    p = panel(screen)
    started = time.monotonic()
    scan(screen, "1003")
    assert "Welcome" in screen.verdict_view.text  # shown before any printing happened
    assert time.monotonic() - started < 1.0
    qtbot.waitUntil(lambda: len(sent_jobs(p)) == 1, timeout=20_000)
    qtbot.waitUntil(lambda: "1 badge" in p.state_label.text(), timeout=10_000)
    assert "paused" in p.state_label.text()
    resume(queue)
    (job,) = sent_jobs(p)
    assert qr_codes(printed(job)) == [["1003"]]


def test_a_printer_that_is_not_there_is_said_and_the_badge_can_be_printed_again(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    app_settings.desk = (True, "no-such-printer", "a6")
    screen = door(qtbot, store, app_settings)
    p = panel(screen)
    qtbot.waitUntil(lambda: "not on this computer" in p.state_label.text(), timeout=10_000)
    scan(screen, "1004")
    assert "Welcome" in screen.verdict_view.text
    qtbot.waitUntil(
        lambda: p.badges.count() == 1 and "not printed" in p.badges.item(0).text(), timeout=10_000
    )
    assert "Søren Østergaard" in p.badges.item(0).text()
    p.printer.set_choice(True, queue, "a6")  # the right printer chosen, then "Print again"
    p.badges.item(0).setSelected(True)
    assert p.reprint_button.isEnabled()
    p.reprint_button.click()
    qtbot.waitUntil(lambda: len(sent_jobs(p)) == 1, timeout=20_000)
    (job,) = sent_jobs(p)
    assert qr_codes(printed(job)) == [["1004"]]


def test_badges_not_printed_when_the_app_closed_are_listed_when_it_opens(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    pause(queue)
    app_settings.desk = (True, queue, "label-62mm")
    first = door(qtbot, store, app_settings)
    scan(first, "1001")
    qtbot.waitUntil(lambda: len(sent_jobs(panel(first))) == 1, timeout=20_000)
    first.close()
    again = door(qtbot, Store.open(store.location), app_settings)
    p = panel(again)
    qtbot.waitUntil(lambda: p.left_over.isVisible(), timeout=10_000)
    assert "1 badge" in p.left_over.text() and "not printed" in p.left_over.text()
    assert p.badges.count() == 1 and "sent to" in p.badges.item(0).text()
    p.badges.item(0).setSelected(True)
    p.clear_button.click()
    assert p.badges.count() == 0 and not p.left_over.isVisible()
    resume(queue)


def test_the_choice_is_kept_per_laptop_and_a_test_badge_prints(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    screen = door(qtbot, store, app_settings)
    p = panel(screen)
    assert "off" in p.state_label.text()  # off by default
    scan(screen, "1001")
    assert p.badges.count() == 0  # off: nothing printed
    dialog = p.open_choice()
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.printers.findData(queue) >= 0  # the system's printers (QPrinterInfo)
    dialog.printers.setCurrentIndex(dialog.printers.findData(queue))
    dialog.layouts.setCurrentIndex(dialog.layouts.findData("a4-1"))
    dialog.on_box.setChecked(True)
    assert app_settings.desk == (True, queue, "a4-1")
    assert Settings(app_settings.data_dir).desk == (True, queue, "a4-1")
    with qtbot.waitSignal(p.printer.test_done, timeout=20_000) as done:
        dialog.test_button.click()
    job = done.args[0]
    assert job.state == JobState.SENT and "A test badge was sent" in dialog.said.text()
    assert qr_codes(printed(job.job)) == [["TEST-BADGE"]]
    dialog.close()
    scan(screen, "1002")
    qtbot.waitUntil(lambda: len(sent_jobs(p)) == 1, timeout=20_000)


def test_the_windows_path_qt_printing_prints_a_readable_badge(
    qtbot: QtBot, store: Store, queue: str, tmp_path: Path
) -> None:
    from checkin.printing import badge_pdf

    guest = store.guest_by_code("1002")
    assert guest is not None
    pdf = badge_pdf(store.event(), guest, tmp_path / "b.pdf", layout="label-62mm")
    title = "qt-badge-" + queue[-8:]
    spooler = QtSpooler()
    assert spooler.state(queue).takes_jobs
    assert spooler.state("no-such-printer").condition.value == "missing"
    spooler.submit(pdf, queue, title)
    folder = cups_out()

    def found() -> list[Path]:
        return [f for f in folder.glob("*.pdf") if title in f.name]

    qtbot.waitUntil(lambda: bool(found()), timeout=30_000)
    time.sleep(0.5)
    assert qr_codes(found()[0]) == [["1002"]]


def test_the_strip_shows_state_in_words_and_for_screen_readers(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    app_settings.desk = (True, queue, "label-62mm")
    screen = door(qtbot, store, app_settings)
    p = panel(screen)
    qtbot.waitUntil(lambda: "ready" in p.state_label.text(), timeout=10_000)
    assert p.state_label.accessibleDescription() == p.state_label.text()
    assert p.choose_button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert screen.scan_field.hasFocus() or not screen.isActiveWindow()


def test_kiosk_mode_shows_no_names_and_no_choosing(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str
) -> None:
    pause(queue)
    app_settings.desk = (True, queue, "label-62mm")
    screen = door(qtbot, store, app_settings)
    p = panel(screen)
    screen.kiosk_mode.enter()
    scan(screen, "1002")
    qtbot.waitUntil(lambda: len(sent_jobs(p)) == 1, timeout=20_000)  # the badge still prints
    assert p.badges.count() == 1
    assert not p.badges.isVisible() and not p.choose_button.isVisible()
    assert p.state_label.isVisible()
