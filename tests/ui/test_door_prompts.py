"""Issue 9 at the Door screen: the door question, companions, the party and the seat.

The store fixture: capacity 3, guests 1001..1005 (1005 cancelled). Tests add a
guest with two companions (code 2001, seat 4) where they need one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkin.door import DoorService
from checkin.models import GuestInput, Presence
from checkin.store import Store
from tests.ui.doors import door_screen
from tests.ui.scanner_keys import typed
from ui.door.screen import DoorScreen
from ui.door.words import describe
from ui.worker import StoreWorker

QUESTION = "Heeft u klachten als hoesten, koorts of benauwdheid?"


@pytest.fixture
def group_guest(store: Store) -> int:
    return store.add_guest(
        GuestInput(first_name="Anna", last_name="Groen", code="2001", companions=2, seat="4")
    ).id


def scan(qtbot: QtBot, screen: DoorScreen, code: str) -> None:
    """Type as a USB scanner does: the characters, then Enter, wherever the focus is."""
    target = QApplication.focusWidget()
    assert target is screen.scan_field
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_the_door_question_is_asked_and_yes_admits_with_the_fact_logged(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    scan(qtbot, screen, "1001")
    assert screen.verdict.currentWidget() is screen.verdict.question_panel
    assert screen.verdict.question_panel.question_label.text() == QUESTION
    assert "Anna van den Berg" in screen.verdict.question_panel.guest_label.text()
    assert store.scans() == []
    assert store.event().inside == 0
    assert screen.scan_field.hasFocus()
    with qtbot.waitSignal(screen.changed):
        qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)  # a bare Enter: yes
    assert screen.verdict.currentWidget() is screen.verdict_view
    assert "Welcome" in screen.verdict_view.text
    last = store.scans()[-1]
    assert (last.verdict, last.confirmed, last.door) == ("admitted", True, "Main")
    assert store.event().inside == 1


def test_no_to_the_door_question_lets_nobody_in_and_logs_nothing(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    scan(qtbot, screen, "1002")
    qtbot.mouseClick(screen.verdict.question_panel.no_button, Qt.MouseButton.LeftButton)
    assert screen.verdict.currentWidget() is screen.verdict_view
    assert "Not let in" in screen.verdict_view.text
    assert store.scans() == []
    assert store.guest_by_code("1002").presence is Presence.NOT_ARRIVED  # type: ignore[union-attr]
    assert screen.scan_field.hasFocus()
    # Esc says no as well.
    scan(qtbot, screen, "1003")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Escape)
    assert screen.pending is None
    assert store.scans() == []


def test_a_scanners_enter_never_answers_the_question_the_badge_waits_in_line(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    scan(qtbot, screen, "1001")
    # The next guest's badge arrives, code and Enter: it waits behind Anna, unanswered.
    scan(qtbot, screen, "1002")
    assert "Anna van den Berg" in screen.verdict.question_panel.guest_label.text()
    assert store.scans() == []
    qtbot.mouseClick(screen.verdict.question_panel.yes_button, Qt.MouseButton.LeftButton)
    assert "Zoë Yılmaz" in screen.verdict.question_panel.guest_label.text()
    qtbot.mouseClick(screen.verdict.question_panel.yes_button, Qt.MouseButton.LeftButton)
    assert [(s.guest_id, s.confirmed) for s in store.scans()] == [
        (store.guest_by_code("1001").id, True),  # type: ignore[union-attr]
        (store.guest_by_code("1002").id, True),
    ]  # type: ignore[union-attr]


def test_search_and_walk_ins_are_asked_the_question_too(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    screen.focus_search()
    typed("vries")
    qtbot.keyClick(screen.search.search_field, Qt.Key.Key_Return)
    assert screen.verdict.currentWidget() is screen.verdict.question_panel
    assert store.scans() == []
    screen.answer_question(True)
    assert store.scans()[-1].action == "manual"
    assert store.scans()[-1].confirmed
    dialog = screen.open_walk_in()
    dialog.name_field.setText("Fatma Sahin")
    dialog.buttons.accepted.emit()
    assert screen.verdict.currentWidget() is screen.verdict.question_panel
    assert "Fatma Sahin" in screen.verdict.question_panel.guest_label.text()
    assert not any(g.walk_in for g in store.guests())  # not even added before the yes
    screen.answer_question(True)
    walk_ins = [(g.name, g.presence) for g in store.guests() if g.walk_in]
    assert walk_ins == [("Fatma Sahin", Presence.INSIDE)]
    assert store.scans()[-1].confirmed


def test_a_group_is_asked_how_many_came_and_fills_the_room_by_that_many(
    qtbot: QtBot, screen: DoorScreen, store: Store, group_guest: int
) -> None:
    scan(qtbot, screen, "2001")
    panel = screen.verdict.companions_panel
    assert screen.verdict.currentWidget() is panel
    assert panel.question_label.text() == "How many came with Anna Groen?"
    assert [b.text() for b in panel.buttons] == ["0", "1", "2"]
    assert panel.selected == 2  # all of them, preselected: one key confirms
    assert store.scans() == []
    with qtbot.waitSignal(screen.changed):
        qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    assert store.event().inside == 3
    assert store.guest(group_guest).party == 3
    assert "Anna Groen + 2" in screen.verdict_view.text
    assert "Table 4" in screen.verdict_view.text
    assert screen.headcount.headcount_label.text() == "3 / 3 inside"
    # Exit counts the whole group out.
    screen.set_exit_mode(True)
    scan(qtbot, screen, "2001")
    assert store.event().inside == 0
    assert "Anna Groen + 2" in screen.verdict_view.text
    assert "Goodbye" in screen.verdict_view.text
    assert screen.verdict.currentWidget() is screen.verdict_view  # no question on the way out


def test_a_group_that_does_not_fit_is_refused_with_the_reason(
    qtbot: QtBot, screen: DoorScreen, store: Store, group_guest: int
) -> None:
    scan(qtbot, screen, "1001")
    scan(qtbot, screen, "2001")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)  # all three
    assert "Room for 2, this group is 3" in screen.verdict_view.text
    assert "Anna Groen + 2" in screen.verdict_view.text
    assert store.guest(group_guest).presence is Presence.NOT_ARRIVED
    assert (store.scans()[-1].verdict, store.scans()[-1].people) == ("full", 3)
    # One companion went home: the arrow key picks a smaller party, which fits.
    scan(qtbot, screen, "2001")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Down)
    assert screen.verdict.companions_panel.selected == 1
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    assert store.event().inside == 3
    assert store.guest(group_guest).party == 2
    assert "Anna Groen + 1" in screen.verdict_view.text


def test_a_click_on_a_number_admits_that_party_and_cancel_admits_nobody(
    qtbot: QtBot, screen: DoorScreen, store: Store, group_guest: int
) -> None:
    scan(qtbot, screen, "2001")
    qtbot.mouseClick(screen.verdict.companions_panel.cancel_button, Qt.MouseButton.LeftButton)
    assert screen.pending is None
    assert store.scans() == []
    scan(qtbot, screen, "2001")
    qtbot.mouseClick(screen.verdict.companions_panel.buttons[0], Qt.MouseButton.LeftButton)
    assert store.guest(group_guest).party == 1
    assert store.event().inside == 1
    assert screen.scan_field.hasFocus()


def test_companions_then_the_question_keep_the_party(
    qtbot: QtBot, screen: DoorScreen, store: Store, group_guest: int
) -> None:
    store.update_event(door_question=QUESTION)
    screen.focus_search()
    typed("groen")
    qtbot.keyClick(screen.search.search_field, Qt.Key.Key_Return)
    # The door question is asked in the same breath as how many came along.
    assert screen.verdict.currentWidget() is screen.verdict.companions_panel
    assert screen.verdict.companions_panel.door_question_label.text() == QUESTION
    screen.choose_companions(1)
    last = store.scans()[-1]
    assert (last.verdict, last.people, last.confirmed, last.action) == (
        "admitted",
        2,
        True,
        "manual",
    )


def test_a_numeric_seat_reads_as_a_table_and_a_named_one_as_written(store: Store) -> None:
    store.add_guest(GuestInput(name="Tafelgast", code="3001", seat="12"))
    store.add_guest(GuestInput(name="Balkon", code="3002", seat="Balkon rij B"))
    door = DoorService(store)
    assert "Table 12" in describe(door.scan("3001")).details
    assert "Balkon rij B" in describe(door.scan("3002")).details
    assert not any("Table" in d for d in describe(door.scan("1001")).details)


def test_the_new_door_texts_speak_dutch(qtbot: QtBot, store: Store, group_guest: int) -> None:
    qm = Path(__file__).resolve().parents[2] / "resources" / "translations" / "door_nl.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        store.update_event(door_question=QUESTION)
        screen = door_screen(store, worker=StoreWorker(inline=True), sounds=False)
        qtbot.addWidget(screen)
        assert screen.tools.inside_button.text() == "Wie is er binnen (F6)"
        screen.scan_code("2001")
        assert screen.verdict.companions_panel.question_label.text() == (
            "Hoeveel mensen zijn er met Anna Groen meegekomen?"
        )
        screen.choose_companions(2)
        assert screen.verdict.question_panel.yes_button.text() == "✓ Ja, binnenlaten"
        screen.answer_question(True)
        assert "Tafel 4" in screen.verdict_view.text
        for code in ("1001", "1002"):
            screen.scan_code(code)
            screen.answer_question(True)
        assert screen.headcount.queue_label.text() == "2 weggestuurd sinds de zaal vol is"
        screen.set_exit_mode(True)
        screen.scan_code("2001")
        assert "PLAATS VOOR 3" in screen.room_banner.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_switching_to_exit_mode_never_drops_a_waiting_guest(
    qtbot: QtBot, screen: DoorScreen, store: Store, group_guest: int
) -> None:
    scan(qtbot, screen, "2001")
    assert screen.pending is not None
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F4)
    assert screen.exit_mode
    assert screen.pending is not None  # Anna Groen was scanned in: she is still asked
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)  # a bare Enter answers for her
    assert store.guest(group_guest).party == 3
    assert screen.verdict.currentWidget() is screen.verdict_view


def test_the_question_makes_no_sound_and_the_admission_after_it_does(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    screen.set_sounds_enabled(True)
    scan(qtbot, screen, "1001")
    assert screen.verdict.sounds.last_played is None
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    assert screen.verdict.sounds.last_played is True


def test_a_walk_in_asked_the_door_question_leaves_the_dialog_for_the_question(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    dialog = screen.open_walk_in()
    dialog.name_field.setText("Fatma Sahin")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()  # nothing modal in front of the Yes button
    assert screen.verdict.currentWidget() is screen.verdict.question_panel
    qtbot.mouseClick(screen.verdict.question_panel.yes_button, Qt.MouseButton.LeftButton)
    assert [(g.name, g.presence) for g in store.guests() if g.walk_in] == [
        ("Fatma Sahin", Presence.INSIDE)
    ]


def test_no_walk_in_dialog_in_front_of_a_waiting_question(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    scan(qtbot, screen, "1001")
    assert screen.open_walk_in() is None
    assert "door question" in screen.message_label.text()
    screen.answer_question(True)
    dialog = screen.open_walk_in()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
