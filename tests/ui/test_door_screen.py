"""The Door screen driven as a USB scanner and a door person would, on a real event file.

The store fixture: capacity 3, guests 1001..1005 (Anna van den Berg, Zoë Yılmaz,
Jan de Vries, Søren Østergaard, and Piet Klaassen who cancelled).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from checkin.door import DoorService, Verdict
from checkin.models import GuestInput, Presence
from checkin.store import Store
from tests.ui.doors import door_screen
from tests.ui.scanner_keys import burst, typed
from ui.door.dialogs import ReasonDialog
from ui.door.screen import DoorScreen
from ui.door.search import GuestListModel
from ui.worker import StoreWorker


def scan(qtbot: QtBot, screen: DoorScreen, code: str) -> None:
    """Type as a USB scanner does: the characters, then Enter, wherever the focus is."""
    target = QApplication.focusWidget()
    assert target is screen.scan_field
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def verdict(screen: DoorScreen) -> str:
    return screen.verdict_view.text


def test_a_scanned_badge_admits_the_guest(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    with qtbot.waitSignal(screen.changed):
        scan(qtbot, screen, "1001")
    assert "Welcome" in verdict(screen)
    assert "Anna van den Berg" in verdict(screen)
    assert "Podium Mozaïek" in verdict(screen)
    assert "✓" in verdict(screen)
    assert screen.headcount.headcount_label.text() == "1 / 3 inside"
    assert store.guest_by_code("1001").presence is Presence.INSIDE  # type: ignore[union-attr]
    last = store.scans(newest_first=True, limit=1)[0]
    assert (last.door, last.action, last.verdict) == ("Main", "scan", "admitted")
    assert screen.scan_field.text() == ""
    assert screen.scan_field.hasFocus()


def test_a_second_scan_says_already_inside_since_when(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    scan(qtbot, screen, "1002")
    scan(qtbot, screen, "1002")
    assert "Already inside" in verdict(screen)
    assert "since" in verdict(screen)
    assert "!" in verdict(screen)
    assert store.event().inside == 1
    assert screen.headcount.headcount_label.text() == "1 / 3 inside"


def test_a_full_room_turns_the_next_guest_away(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    for code in ("1001", "1002", "1003"):
        scan(qtbot, screen, code)
    scan(qtbot, screen, "1004")
    assert "Room full (3 / 3)" in verdict(screen)
    assert "✗" in verdict(screen)
    assert store.event().inside == 3
    assert store.guest_by_code("1004").presence is Presence.NOT_ARRIVED  # type: ignore[union-attr]
    assert screen.headcount.room_label.text() == "Room full"


def test_cancelled_unknown_and_another_events_badge_are_refused(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    scan(qtbot, screen, "1005")
    assert "Cancelled" in verdict(screen)
    assert "Piet Klaassen" in verdict(screen)
    scan(qtbot, screen, "9999")
    assert "Unknown badge" in verdict(screen)
    assert "9999" in verdict(screen)
    other_tag = "BBBB" if store.event().tag != "BBBB" else "CCCC"
    scan(qtbot, screen, other_tag + "B" * 24)
    assert "Badge of another event" in verdict(screen)
    assert store.event().inside == 0
    assert [s.verdict for s in store.scans()] == ["cancelled", "unknown", "wrong_event"]


def test_the_next_badge_while_a_verdict_shows_is_taken(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    scan(qtbot, screen, "1001")
    assert "Welcome" in verdict(screen)
    burst("1002")  # the next badge arrives while the verdict is still on screen
    assert "Zoë Yılmaz" in verdict(screen)
    assert screen.scan_field.text() == ""
    assert store.event().inside == 2


def test_the_focus_returns_to_the_scan_field_after_a_click_elsewhere(
    qtbot: QtBot, screen: DoorScreen
) -> None:
    qtbot.mouseClick(screen.verdict_view, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.tools.plus_button, Qt.MouseButton.LeftButton)
    assert screen.scan_field.hasFocus()
    screen.search.results_view.show()
    screen.search.results_view.setFocus()  # a list that would keep it is handed back
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())


def test_find_a_guest_by_name_and_admit_with_enter(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F2)
    assert screen.search.search_field.hasFocus()
    typed("yilmaz")
    assert screen.search.results_model.rowCount() == 1
    assert "Zoë Yılmaz" in screen.search.results_model.data(screen.search.results_model.index(0, 0))
    with qtbot.waitSignal(screen.changed):
        qtbot.keyClick(screen.search.search_field, Qt.Key.Key_Return)
    assert "Zoë Yılmaz" in verdict(screen)
    assert store.event().inside == 1
    assert store.scans()[-1].action == "manual"
    assert screen.scan_field.hasFocus()
    assert screen.search.search_field.text() == ""


def test_arrow_keys_choose_among_the_results(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    screen.focus_search()
    typed("example.nl")  # Anna and Zoë by email
    assert screen.search.results_model.rowCount() == 2
    qtbot.keyClick(screen.search.search_field, Qt.Key.Key_Down)
    chosen = screen.search.selected_guest()
    assert chosen is not None and chosen.name == "Zoë Yılmaz"
    qtbot.keyClick(screen.search.search_field, Qt.Key.Key_Return)
    assert store.guest(chosen.id).presence is Presence.INSIDE


def test_escape_leaves_the_search(qtbot: QtBot, screen: DoorScreen) -> None:
    screen.focus_search()
    qtbot.keyClicks(screen.search.search_field, "anna")
    qtbot.keyClick(screen.search.search_field, Qt.Key.Key_Escape)
    assert screen.scan_field.hasFocus()
    assert screen.search.search_field.text() == ""
    assert not screen.search.results_view.isVisible()


def test_undo_takes_back_the_last_scan_with_a_reason(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    scan(qtbot, screen, "1003")
    assert store.event().inside == 1
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    dialog = screen.dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.buttons.accepted.emit()  # no reason: the service refuses, nothing changes
    assert dialog.isVisible() and "reason" in dialog.problem.text()
    assert store.event().inside == 1
    dialog.reason_field.setText("scanned the wrong badge")
    with qtbot.waitSignal(screen.changed):
        dialog.buttons.accepted.emit()
    assert "Undone" in verdict(screen)
    assert store.event().inside == 0
    assert store.guest_by_code("1003").presence is Presence.NOT_ARRIVED  # type: ignore[union-attr]
    assert screen.headcount.headcount_label.text() == "0 / 3 inside"
    assert store.scans()[-1].reason == "scanned the wrong badge"
    qtbot.waitUntil(screen.scan_field.hasFocus)


def test_undo_with_nothing_scanned_says_so(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    dialog = screen.undo_last()
    dialog.reason_field.setText("testing")
    dialog.buttons.accepted.emit()
    assert "Nothing to undo" in verdict(screen)
    assert store.event().inside == 0


def test_exit_mode_scans_guests_out(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    scan(qtbot, screen, "1001")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F4)
    assert screen.exit_mode
    assert screen.exit_banner.isVisible()
    assert "EXIT MODE" in screen.exit_banner.text()
    scan(qtbot, screen, "1001")
    assert "Goodbye" in verdict(screen)
    assert store.event().inside == 0
    scan(qtbot, screen, "1002")
    assert "Not inside" in verdict(screen)
    assert [s.action for s in store.scans()] == ["scan", "scan_out", "scan_out"]
    qtbot.mouseClick(screen.tools.exit_button, Qt.MouseButton.LeftButton)
    assert not screen.exit_mode
    assert not screen.exit_banner.isVisible()
    assert screen.scan_field.hasFocus()


def test_the_counter_counts_people_without_a_badge(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    qtbot.mouseClick(screen.tools.plus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.tools.plus_button, Qt.MouseButton.LeftButton)
    assert store.event().counter == 2
    assert screen.headcount.headcount_label.text() == "2 / 3 inside"
    qtbot.mouseClick(screen.tools.minus_button, Qt.MouseButton.LeftButton)
    assert store.event().inside == 1
    assert screen.headcount.headcount_label.text() == "1 / 3 inside"
    assert "One person out" in verdict(screen)
    qtbot.mouseClick(screen.tools.minus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.tools.minus_button, Qt.MouseButton.LeftButton)
    assert "Nobody counted in with +1" in verdict(screen)
    assert store.event().inside == 0
    for _ in range(4):
        qtbot.mouseClick(screen.tools.plus_button, Qt.MouseButton.LeftButton)
    assert "Room full (3 / 3)" in verdict(screen)
    assert store.event().inside == 3
    assert screen.scan_field.hasFocus()


def test_a_walk_in_is_added_and_admitted(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F3)
    dialog = screen.walk_in_dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.ok_button
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no name yet: the core refuses
    assert dialog.isVisible()
    assert "name" in dialog.problem.text()
    # (typing into the dialog at a person's pace: tests/ui/test_scanner_door.py)
    dialog.name_field.setText("Fatma Sahin")
    dialog.organisation_field.setText("Stadsdeel Nieuw-West")
    with qtbot.waitSignal(screen.changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Fatma Sahin" in verdict(screen)
    assert "Welcome" in verdict(screen)
    walk_ins = [g for g in store.guests() if g.walk_in]
    assert [(g.name, g.organisation, g.presence) for g in walk_ins] == [
        ("Fatma Sahin", "Stadsdeel Nieuw-West", Presence.INSIDE)
    ]
    assert store.event().inside == 1
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())


def test_the_capacity_is_changed_in_a_dialog_and_logged(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    for code in ("1001", "1002", "1003"):
        scan(qtbot, screen, code)
    dialog = screen.open_capacity()
    assert dialog.old_label.text() == "3"
    dialog.new_field.setText("0")
    dialog.buttons.accepted.emit()  # out of range: the service's sentence, nothing changed
    assert dialog.isVisible() and "capacity" in dialog.problem.text()
    dialog.new_field.setText("4")
    with qtbot.waitSignal(screen.changed):
        dialog.buttons.accepted.emit()
    assert store.event().capacity == 4
    assert screen.headcount.headcount_label.text() == "3 / 4 inside"
    assert "Capacity is now 4" in verdict(screen)
    last = store.scans()[-1]
    assert (last.action, last.door, last.people) == ("capacity", "Main", 4)
    qtbot.waitUntil(screen.scan_field.hasFocus)
    scan(qtbot, screen, "1004")
    assert "Welcome" in verdict(screen)


def test_the_door_name_is_shown_and_logged(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    assert screen.tools.door_button.text() == "Door: Main"
    scan(qtbot, screen, "1001")
    assert store.scans()[-1].door == "Main"
    screen.set_door_name("Back door")
    assert screen.tools.door_button.text() == "Door: Back door"
    scan(qtbot, screen, "1002")
    assert store.scans()[-1].door == "Back door"


def test_another_door_changes_the_headcount_on_refresh(screen: DoorScreen, store: Store) -> None:
    DoorService(store, "Other").scan("1004")
    screen.refresh()
    assert screen.headcount.headcount_label.text() == "1 / 3 inside"
    assert screen.headcount.chart.points[-1][1] == 1


def test_the_chart_follows_the_scans_incrementally(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    scan(qtbot, screen, "1001")
    scan(qtbot, screen, "1002")
    scan(qtbot, screen, "1002")  # refused: no new point
    assert [inside for _, inside in screen.headcount.chart.points] == [1, 2]
    assert screen.headcount.chart.last_scan_id == store.scans()[-1].id
    assert screen.headcount.chart.capacity == 3
    screen.headcount.chart.repaint()


def test_a_lost_store_shows_not_connected_and_the_field_keeps_working(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    folder = Path(store.location).parent
    aside = folder.with_name(folder.name + "-unplugged")
    # The event's folder goes away under the app's feet (a pulled USB stick).
    store.engine.dispose()
    folder.rename(aside)
    try:
        scan(qtbot, screen, "1001")
        assert not screen.connected
        assert screen.connection_banner.isVisible()
        assert "NOT CONNECTED" in screen.connection_banner.text()
        assert "✗" in verdict(screen)  # answered in red, never the last guest's verdict
        assert screen.scan_field.hasFocus()
        typed("1002")
        assert screen.scan_field.text() == "1002"
    finally:
        store.engine.dispose()
        aside.rename(folder)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    assert screen.connected
    assert not screen.connection_banner.isVisible()
    assert "Zoë Yılmaz" in verdict(screen)
    assert [s.verdict for s in store.scans()] == ["admitted"]


def test_a_message_never_blocks_the_door(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    screen.walk_in_dialog  # noqa: B018 - none open
    screen.flow.walk_in(GuestInput(name=""))  # refused: a note under the verdict
    assert "name" in screen.message_label.text()
    assert screen.message_label.isVisible()
    assert QApplication.activeModalWidget() is None
    scan(qtbot, screen, "1001")
    assert store.event().inside == 1


def test_f11_toggles_full_screen_and_escape_asks_before_leaving_kiosk(
    qtbot: QtBot, store: Store
) -> None:
    screen = door_screen(store, worker=StoreWorker(inline=True), kiosk=True, sounds=False)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: screen.window().isFullScreen())
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Escape)
    box = screen.kiosk_mode.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert screen.kiosk
    # The question does not block the door: a scan typed now still goes through.
    screen.scan_code("1001")
    assert store.event().inside == 1
    box.button(QMessageBox.StandardButton.Yes).click()
    assert not screen.kiosk
    qtbot.waitUntil(lambda: not screen.window().isFullScreen())


def test_sounds_follow_the_verdict(qtbot: QtBot, screen: DoorScreen) -> None:
    screen.set_sounds_enabled(True)
    assert screen.tools.sound_button.isChecked()
    scan(qtbot, screen, "1001")
    assert screen.verdict.sounds.last_played is True
    scan(qtbot, screen, "9999")
    assert screen.verdict.sounds.last_played is False
    screen.set_sounds_enabled(False)
    scan(qtbot, screen, "1002")
    assert screen.verdict.sounds.last_played is False  # silent: nothing played


def test_the_search_model_is_a_sound_qt_model(qtmodeltester: object, store: Store) -> None:
    model = GuestListModel()
    model.set_guests(store.search("e"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() > 0


def test_verdicts_for_every_outcome_have_distinct_icons(store: Store) -> None:
    from ui.door.words import ICONS, describe
    from ui.kit.style import Tone

    assert len(set(ICONS.values())) == len(ICONS)
    door = DoorService(store)
    admitted = door.scan("1001")
    assert describe(admitted).tone is Tone.GO
    assert describe(door.scan("1001")).tone is Tone.LOOK
    assert describe(door.scan("1001", exit=True)).tone is Tone.OUT
    assert describe(door.scan("1005")).tone is Tone.STOP
    assert admitted.verdict is Verdict.ADMITTED


def test_the_door_speaks_dutch(qtbot: QtBot, store: Store) -> None:
    qm = Path(__file__).resolve().parents[2] / "resources" / "translations" / "door_nl.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        screen = door_screen(store, worker=StoreWorker(inline=True), sounds=False)
        qtbot.addWidget(screen)
        screen.scan_code("1001")
        assert "Welkom" in verdict(screen)
        assert screen.headcount.headcount_label.text() == "1 / 3 binnen"
        screen.scan_code("1001")
        assert "Al binnen" in verdict(screen)
        assert "sinds" in verdict(screen)
        screen.set_exit_mode(True)
        assert "UITGANG" in screen.exit_banner.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_reopened_event_shows_its_headcount_and_recent_history(
    qtbot: QtBot, store: Store
) -> None:
    for code in ("1001", "1002", "1003"):
        DoorService(store, "Earlier").scan(code)
    DoorService(store, "Earlier").scan("1002", exit=True)
    screen = door_screen(store, worker=StoreWorker(inline=True), sounds=False)
    qtbot.addWidget(screen)
    assert screen.headcount.headcount_label.text() == "2 / 3 inside"
    assert [inside for _, inside in screen.headcount.chart.points] == [1, 2, 3, 2]
    assert screen.tools.capacity_button.text() == "Capacity 3…"
