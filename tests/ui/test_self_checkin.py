"""Self check-in (ui/selfcheckin.py): guests scan themselves in, the badge prints.

The kiosk runs with its real store worker thread and prints through a real
cups-pdf queue (tests/printers.py); codes arrive as a desk scanner types them
(a key burst through the scanner filter). A greeting names the guest by first
name and one badge comes out, whose QR code is decoded; refusals print nothing
and show one friendly sentence, never a reason or anyone's data; a room filled
by another door (another process) refuses the guest here too; leaving needs the
PIN.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from checkin import pin
from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0
from tests.guestlists import import_guests
from tests.pgcluster import PgCluster
from tests.printers import not_completed, printed, private_queue, qr_codes
from tests.ui.scanner_keys import burst
from ui.pin_dialog import PinDialog
from ui.selfcheckin import DOOR_NAME, SelfCheckin
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DESK = "Please see the registration desk"


@pytest.fixture
def queue() -> Iterator[str]:
    yield from private_queue()


@pytest.fixture
def kiosks() -> Iterator[list[SelfCheckin]]:
    made: list[SelfCheckin] = []
    yield made
    close_all(made)


def kiosk_door(store: Store, settings: Settings) -> DoorService:
    """The kiosk's door on a file event, as run_self_checkin makes it."""
    return DoorService(store, door=settings.door_name or DOOR_NAME)


def close_all(kiosks: list[SelfCheckin]) -> None:
    for kiosk in kiosks:
        kiosk._closing_for_good = True
        kiosk.close()
        kiosk.worker.stop()
    kiosks.clear()


def open_kiosk(
    qtbot: QtBot, store: Store, settings: Settings, kiosks: list[SelfCheckin]
) -> SelfCheckin:
    kiosk = SelfCheckin(kiosk_door(store, settings), store.location, settings, camera=False)
    kiosks.append(kiosk)
    qtbot.addWidget(kiosk)
    kiosk.resize(1366, 768)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk


def show(qtbot: QtBot, kiosk: SelfCheckin, code: str) -> str:
    """The guest holds their code to the desk scanner; the look that follows."""
    with qtbot.waitSignal(
        kiosk.shown, timeout=10_000, check_params_cb=lambda look, _r: look in ("welcome", "desk")
    ) as got:
        burst(code, target=kiosk)
    return str(got.args[0])


def screen_text(kiosk: SelfCheckin) -> str:
    return " | ".join(label.text() for label in kiosk.findChildren(QLabel) if label.isVisible())


def jobs_of(queue_name: str) -> list[Path]:
    """The PDFs of the queue's printed jobs (each test has a queue of its own)."""
    out = subprocess.run(
        ["lpstat", "-W", "completed", "-o", queue_name],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    ).stdout
    return [printed(line.split()[0]) for line in out.splitlines() if line.strip()]


def test_a_guest_is_greeted_by_first_name_and_one_badge_prints(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str, kiosks: list[SelfCheckin]
) -> None:
    app_settings.desk = (True, queue, "label-62mm")
    kiosk = open_kiosk(qtbot, store, app_settings, kiosks)
    assert "QR code" in kiosk.headline.text()
    assert show(qtbot, kiosk, "1001") == "welcome"
    assert kiosk.headline.text() == "Welcome, Anna!"
    assert kiosk.detail.text() == "Your badge is being printed."
    assert kiosk.accessibleName() == "Welcome, Anna!"
    assert store.event().inside == 1
    qtbot.waitUntil(lambda: not not_completed(queue) and bool(jobs_of(queue)), timeout=30_000)
    pdfs = jobs_of(queue)
    assert len(pdfs) == 1
    assert qr_codes(pdfs[0])[0] == ["1001"]


def test_refusals_print_nothing_and_say_only_see_the_desk(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str, kiosks: list[SelfCheckin]
) -> None:
    app_settings.desk = (True, queue, "label-62mm")
    kiosk = open_kiosk(qtbot, store, app_settings, kiosks)
    assert show(qtbot, kiosk, "1001") == "welcome"
    qtbot.waitUntil(lambda: len(jobs_of(queue)) == 1, timeout=30_000)
    # unknown, cancelled (Piet), already inside (Anna again)
    for code in ("9999", "1005", "1001"):
        assert show(qtbot, kiosk, code) == "desk", code
        text = screen_text(kiosk)
        assert text == DESK, text
        for private in ("Anna", "Piet", "Klaassen", "cancel", "inside", "unknown", "1005"):
            assert private.lower() not in text.lower()
    time.sleep(2)  # a badge that should not print has had its time
    assert len(jobs_of(queue)) == 1 and not not_completed(queue)
    assert store.event().inside == 1


def test_a_full_room_refuses_at_the_kiosk_too(
    qtbot: QtBot, store: Store, app_settings: Settings, queue: str, kiosks: list[SelfCheckin]
) -> None:
    """The cap (3) filled by another door, another process: the kiosk cannot pass it."""
    app_settings.desk = (True, queue, "label-62mm")
    kiosk = open_kiosk(qtbot, store, app_settings, kiosks)
    for code in ("1001", "1002", "1003"):
        done = subprocess.run(
            [sys.executable, "-m", "checkin.cli", "scan", store.location, code, "--door", "Main"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    assert show(qtbot, kiosk, "1004") == "desk"
    assert screen_text(kiosk) == DESK
    assert store.event().inside == 3
    time.sleep(2)
    assert jobs_of(queue) == [] and not not_completed(queue)


def test_a_guest_with_companions_is_sent_to_the_desk_with_nothing_logged(
    qtbot: QtBot, tmp_path: Path, app_settings: Settings, kiosks: list[SelfCheckin]
) -> None:
    store = Store.create(tmp_path / "plus.checkin", name="Plus", capacity=10, language="nl")
    try:
        store.add_guest(GuestInput(first_name="Eva", last_name="Jansen", code="7001", companions=2))
        kiosk = open_kiosk(qtbot, store, app_settings, kiosks)
        qtbot.waitUntil(lambda: kiosk.headline.text().startswith("Houd"), timeout=5_000)
        assert show(qtbot, kiosk, "7001") == "desk"
        assert kiosk.headline.text() == "Meld u bij de registratiebalie"
        assert store.event().inside == 0
        qtbot.waitUntil(lambda: not kiosk.flow.busy and kiosk.flow.question is None, timeout=5_000)
    finally:
        close_all(kiosks)
        store.close()


def test_leaving_needs_the_pin(
    qtbot: QtBot, store: Store, app_settings: Settings, kiosks: list[SelfCheckin]
) -> None:
    pin.set_pin(store, "4821")
    kiosk = open_kiosk(qtbot, store, app_settings, kiosks)
    assert not kiosk.menuBar().isVisible()
    assert not kiosk.close() and kiosk.isVisible()
    dialog = kiosk.lock.pin_dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    dialog.pin_field.setText("0000")
    dialog.try_submit()
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=5_000)
    assert kiosk.isVisible()
    dialog.pin_field.setText("4821")
    dialog.try_submit()
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=5_000)


def test_guests_reach_no_control_not_even_the_camera_choice(
    qtbot: QtBot, store: Store, app_settings: Settings, kiosks: list[SelfCheckin]
) -> None:
    kiosk = SelfCheckin(kiosk_door(store, app_settings), store.location, app_settings, camera=True)
    kiosks.append(kiosk)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    assert kiosk.camera.panel is not None and kiosk.camera.panel.isVisibleTo(kiosk)
    controls = [
        w
        for w in kiosk.findChildren(QWidget)
        if w.isVisibleTo(kiosk) and isinstance(w, (QAbstractButton, QComboBox, QLineEdit))
    ]
    assert controls == []
    assert not kiosk.menuBar().isVisible()


def test_a_guest_listed_with_one_name_column_is_greeted_by_the_first_word(
    qtbot: QtBot, tmp_path: Path, app_settings: Settings, kiosks: list[SelfCheckin]
) -> None:
    store = Store.create(tmp_path / "one.checkin", name="One", capacity=10)
    try:
        store.add_guest(GuestInput(name="Marie-Louise van Dijk", code="8001"))
        kiosk = open_kiosk(qtbot, store, app_settings, kiosks)
        assert show(qtbot, kiosk, "8001") == "welcome"
        assert kiosk.headline.text() == "Welcome, Marie-Louise!"
        assert kiosk.detail.text() == ""  # no badge printer on this laptop: no promise of one
    finally:
        close_all(kiosks)
        store.close()


FIRST = [
    "Anna",
    "Bram",
    "Cas",
    "Daan",
    "Eva",
    "Fenna",
    "Gijs",
    "Hanna",
    "Ilse",
    "Joep",
    "Kim",
    "Lotte",
]


def test_self_checkin_on_a_server_event_keeps_the_cap_and_prints_offline_too(
    qtbot: QtBot, pg_cluster: PgCluster, app_settings: Settings, queue: str
) -> None:
    """A kiosk on a server event, opened as `checkin-app URL --self-checkin` opens it (its
    door is the offline-capable door): a guest in with the server up, then the server
    stopped hard: guests are still let in within the door's share and their badges print
    from the door's copy, the share is never passed, and leaving asks for the PIN, checked
    against the copy."""
    from ui.door_link import open_event

    url = pg_cluster.create_database()
    with Store.create(url, name="Zomerfeest", capacity=6, event_date=T0.date()) as server:
        import_guests(
            server,
            [GuestInput(name=f"{first} Jansen", code=f"K{i:03d}") for i, first in enumerate(FIRST)],
            file_name="gasten.csv",
        )
        pin.set_pin(server, "480517")
    app_settings.desk = (True, queue, "label-62mm")
    opened = open_event(url, app_settings.data_dir, "Kiosk")
    assert opened.door is not None and opened.door.online
    kiosk = SelfCheckin(opened.door, url, app_settings, camera=False)
    qtbot.addWidget(kiosk)
    kiosk.resize(1366, 768)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        assert show(qtbot, kiosk, "K000") == "welcome" and kiosk.headline.text() == "Welcome, Anna!"
        qtbot.waitUntil(lambda: len(jobs_of(queue)) == 1, timeout=30_000)
        share = opened.door.link().share
        assert share is not None and 0 < share < 5
        pg_cluster.stop("immediate")
        looks = [show(qtbot, kiosk, f"K{i:03d}") for i in range(1, 8)]
        assert looks.count("welcome") == share  # the door's share, never more
        assert looks[share:] == ["desk"] * (7 - share)
        assert screen_text(kiosk) == DESK
        qtbot.waitUntil(lambda: len(jobs_of(queue)) == 1 + share, timeout=30_000)
        codes = sorted(qr_codes(pdf)[0][0] for pdf in jobs_of(queue))
        assert codes == [f"K{i:03d}" for i in range(share + 1)]  # printed from the copy
        assert not kiosk.close() and kiosk.isVisible()  # the server is away: still shut
        dialog = kiosk.lock.pin_dialog
        assert isinstance(dialog, PinDialog)
        dialog.pin_field.setText("111111")
        dialog.try_submit()
        qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=5_000)
        assert kiosk.isVisible()
        dialog.pin_field.setText("480517")  # checked against the door's copy
        dialog.try_submit()
        qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=5_000)
        pg_cluster.start()
        assert opened.door.flush(15)
        with Store.open(url) as server:
            assert server.event().inside == 1 + share  # every guest let in is counted
            # the right PIN after the wrong one ended the streak, as it would on the server
            assert pin.lock_state(server).failures == 0
    finally:
        kiosk._closing_for_good = True
        kiosk.close()
        kiosk.worker.stop()
        opened.close()
