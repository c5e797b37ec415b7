"""Issue 14 at the Door screen: a scanner's burst reaches the door wherever the focus is.

Bursts are sent at scanner speed (4 ms a key, by the events' timestamps) to whatever
has the focus; typing at a person's pace (150 ms a key). The store fixture:
capacity 3, guests 1001..1005 (1005 cancelled).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from checkin.store import Store
from tests.ui.scanner_keys import burst, typed
from ui.door.screen import DoorScreen
from ui.door.search import DoorLineEdit
from ui.settings import Settings
from ui.tasks import Tasks

QUESTION = "Heeft u klachten als hoesten, koorts of benauwdheid?"
CODES = ("1001", "1002", "1003")


def texts_of(screen: QWidget) -> list[str]:
    return [w.text() for w in screen.findChildren(QLineEdit) if w.text()]


def test_a_burst_into_every_focusable_widget_of_the_door_gets_its_verdict(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    focusable = [
        w
        for w in screen.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.isEnabled()
    ]
    screen.focus_search()  # the search field shows only while searching
    focusable.append(screen.search.search_field)
    assert screen.scan_field in focusable
    for widget in focusable:
        store.update_event(capacity=3)
        widget.setFocus()
        burst("9999")
        assert "Unknown badge" in screen.verdict_view.text, widget
        assert "9999" in screen.verdict_view.text
        assert texts_of(screen) == [], widget
    burst("100234")  # a numeric ticket-shop code: never a capacity
    assert store.event().capacity == 3
    assert "100234" in screen.verdict_view.text
    burst("1001")
    assert "Welcome" in screen.verdict_view.text
    assert store.event().inside == 1


def test_slow_typing_still_works_in_the_doors_own_fields(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    screen.focus_search()
    typed("yilmaz")
    assert screen.search.search_field.text() == "yilmaz"
    assert screen.search.results_model.rowCount() == 1
    typed("\n", settle=False)
    assert "Zoë Yılmaz" in screen.verdict_view.text
    assert store.scans()[-1].action == "manual"
    qtbot.waitUntil(screen.scan_field.hasFocus)
    typed("1003\n", settle=False)  # a code typed by hand in the scan field
    assert "Jan de Vries" in screen.verdict_view.text
    assert store.event().inside == 2


def test_a_burst_while_a_message_box_or_file_dialog_is_open_is_taken(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    arrived: list[bool] = []
    screen.scan_arrived.connect(lambda: arrived.append(True))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Leave?",
        "Leave kiosk mode?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        screen,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    burst("1001")
    assert box.isVisible()  # the scanner's Enter did not answer it
    assert "Welcome" in screen.verdict_view.text
    box.reject()
    files = QFileDialog(screen, "Save as")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is files)
    name = files.findChild(QLineEdit)
    assert name is not None
    name.setFocus()
    burst("1002")
    assert files.isVisible() and name.text() == ""  # never a PDF's file name
    assert "Zoë Yılmaz" in screen.verdict_view.text
    files.reject()
    assert arrived == [True, True]  # the window brings the door to the front
    assert store.event().inside == 2


def test_a_burst_on_another_tab_reaches_the_door(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    other = QLineEdit()  # the Guests tab's search field, in a window of its own
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    burst("1003")
    assert other.text() == ""
    assert "Jan de Vries" in screen.verdict_view.text
    typed("vries")  # typing there still works
    assert other.text() == "vries"


def test_a_scan_during_a_door_dialog_is_answered_not_taken(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    dialog = screen.open_walk_in()
    qtbot.waitUntil(dialog.name_field.hasFocus)
    assert "paused" in screen.light.text()
    burst("1001")
    assert "Scan not taken: finish the walk-in first" in screen.verdict_view.text
    assert dialog.name_field.text() == ""
    assert store.scans() == []
    typed("Fatma Sahin")
    assert dialog.name_field.text() == "Fatma Sahin"
    dialog.reject()
    qtbot.waitUntil(lambda: "ready" in screen.light.text())
    capacity = screen.open_capacity()
    burst("100234")
    assert capacity.new_field.text() == "3"
    assert "Scan not taken" in screen.verdict_view.text
    capacity.reject()
    assert store.event().capacity == 3


def test_the_door_question_waits_and_two_more_badges_wait_behind(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(door_question=QUESTION)
    for code in CODES:
        burst(code)
    assert screen.verdict.currentWidget() is screen.verdict.question_panel
    assert "Anna van den Berg" in screen.verdict.question_panel.guest_label.text()
    assert "2 badge" in screen.light.text() and "waiting" in screen.light.text()
    names = []
    for _ in CODES:
        names.append(screen.verdict.question_panel.guest_label.text())
        qtbot.mouseClick(screen.verdict.question_panel.yes_button, Qt.MouseButton.LeftButton)
    assert names == ["Anna van den Berg", "Zoë Yılmaz", "Jan de Vries"]
    assert [s.verdict for s in store.scans()] == ["admitted"] * 3
    assert "Jan de Vries" in screen.verdict_view.text
    assert "waiting" not in screen.light.text()


def test_a_verdict_fades_to_ready_for_the_next_badge(qtbot: QtBot, screen: DoorScreen) -> None:
    screen.verdict.fade_ms = 200
    burst("1001")
    assert "Welcome" in screen.verdict_view.text
    qtbot.waitUntil(lambda: "Ready for the next badge" in screen.verdict_view.text, timeout=2000)


def test_exit_mode_is_unmistakable_and_ends_after_a_quiet_period(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    burst("1001")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F4)
    assert screen.exit_mode and screen.exit_banner.isVisible()
    assert "EXIT MODE" in screen.exit_banner.text()
    assert "background" in screen.styleSheet()  # the whole screen is tinted
    burst("1001")
    assert "Goodbye" in screen.verdict_view.text
    screen.flow.set_exit_quiet(1000)
    qtbot.waitUntil(lambda: not screen.exit_mode, timeout=3000)
    assert not screen.exit_banner.isVisible()
    assert screen.styleSheet() == ""


def test_the_door_name_is_a_dialog_and_a_setting(
    qtbot: QtBot, screen: DoorScreen, store: Store, app_settings: object
) -> None:
    dialog = screen.open_door_name()
    assert dialog.old_label.text() == "Main"
    burst("1001")  # taken as a scan? no: the door dialog is open
    assert dialog.new_field.text() == "Main"
    dialog.new_field.setText("Side entrance")
    dialog.buttons.accepted.emit()
    assert screen.door_name == "Side entrance"
    assert "Side entrance" in screen.tools.door_button.text()
    burst("1002")
    assert store.scans()[-1].door == "Side entrance"
    assert not [w for w in screen.findChildren(DoorLineEdit) if w.text()]


def test_a_prefix_key_set_in_the_scanner_dialog(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    dialog = screen.open_scanner()
    assert dialog.quiet_field.value() == 10
    dialog.prefix_field.setKeySequence("F12")
    dialog.quiet_field.setValue(5)
    dialog.buttons.accepted.emit()
    assert screen.scanner.prefix == "F12"
    assert screen.flow.exit_quiet_ms == 5 * 60_000
    qtbot.waitUntil(screen.scan_field.hasFocus)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F12)
    typed("1001\n", settle=False)  # at any pace after the prefix
    assert "Welcome" in screen.verdict_view.text
    assert screen.scan_field.text() == ""


def test_a_burst_into_a_modal_dialog_over_the_guests_tab_reaches_the_door(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    from ui.main_window import DOOR, GUESTS, MainWindow

    window = MainWindow(app_settings, inline_tasks, store=store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.tabs is not None and window.tabs.currentIndex() == GUESTS
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "Personal data",
        "Remove it?",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        window,
    )
    field = QLineEdit(box)  # a modal dialog with a text field of its own
    box.open()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    burst("1004")
    assert box.isVisible() and field.text() == ""
    assert window.tabs.currentIndex() == DOOR
    assert window.door_screen is not None
    assert "Søren Østergaard" in window.door_screen.verdict_view.text
    assert store.event().inside == 1
    box.reject()


def test_door_dialogs_never_cover_the_verdict(qtbot: QtBot, screen: DoorScreen) -> None:
    screen.resize(640, 480)  # the offscreen screen is 800×800: room below the door
    screen.move(0, 0)
    verdict = screen.verdict_view
    area = verdict.rect().translated(verdict.mapToGlobal(verdict.rect().topLeft()))
    for dialog in (
        screen.open_walk_in(),
        screen.open_capacity(),
        screen.open_door_name(),
        screen.undo_last(),
        screen.open_scanner(),
    ):
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert not dialog.frameGeometry().intersects(area), dialog
        assert screen.screen().availableGeometry().contains(dialog.frameGeometry()), dialog
        burst("1001")
        assert "Scan not taken" in verdict.text  # readable beside the dialog
        dialog.reject()


def test_the_light_says_when_another_program_has_the_keyboard(screen: DoorScreen) -> None:
    assert "Scanner ready" in screen.light.text()
    screen._update_light(Qt.ApplicationState.ApplicationInactive)
    assert "paused: another program has the keyboard" in screen.light.text()
    screen._update_light(Qt.ApplicationState.ApplicationActive)
    assert "Scanner ready" in screen.light.text()
