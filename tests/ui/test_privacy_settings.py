"""Settings for the event (issue 9): door question, retention, the supervisor PIN, the purge."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from checkin import pin, privacy
from checkin.door import DoorService
from checkin.store import Store
from tests.conftest import Clock
from tests.ui.translations import installed
from ui.kit.form import FormDialog
from ui.main_window import GUESTS, SETTINGS, MainWindow
from ui.pin_dialog import PinDialog
from ui.settings import Settings
from ui.settings_page import NewPinDialog, SettingsPage
from ui.tasks import Tasks


@pytest.fixture(autouse=True)
def english_plurals() -> Iterator[None]:
    with installed("en"):
        yield


def submitted(dialog: FormDialog) -> bool:
    """OK pressed; True once the dialog's answer came (an inline worker: at once)."""
    dialog.try_submit()
    return dialog.result_value is not None


def make_page(qtbot: QtBot, store: Store, settings: Settings) -> SettingsPage:
    page = SettingsPage(store, settings, Tasks(inline=True))
    qtbot.addWidget(page)
    return page


def test_door_question_and_retention_are_saved_for_the_event(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    page = make_page(qtbot, store, app_settings)
    assert not page.locked and page.event_form.isEnabled()
    assert page.retention.value() == 14
    assert "2021-07-02" in page.privacy_state.text()
    page.door_question.setText("  Geen klachten en niet positief getest (COVID-19)?  ")
    page.retention.setValue(28)
    assert page.retention_ends.text() == "until 2021-07-16"  # shown before it is applied
    assert store.event().retention_days == 14
    with qtbot.waitSignal(page.event_changed):
        page.apply_button.click()
    event = store.event()
    assert event.door_question == "Geen klachten en niet positief getest (COVID-19)?"
    assert event.retention_days == 28
    assert "2021-07-16" in page.privacy_state.text()
    # An empty question means none.
    page.door_question.clear()
    page.apply_event()
    assert store.event().door_question == ""


def test_the_pin_is_typed_twice_and_stored_only_as_a_scrypt_hash(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    page = make_page(qtbot, store, app_settings)
    assert page.set_pin_button.text() == "Set PIN…" and not page.remove_pin_button.isEnabled()
    dialog = page.open_new_pin()
    assert isinstance(dialog, NewPinDialog) and dialog.isVisible()
    dialog.pin_field.setText("582913")
    dialog.again_field.setText("582931")
    assert not submitted(dialog)
    assert "differ" in dialog.problem.text()
    dialog.pin_field.setText("1234")  # a 4-digit PIN falls to a copy of the file: too short
    dialog.again_field.setText("1234")
    assert not submitted(dialog)
    assert dialog.problem.text() == "A PIN is 6 to 12 digits; nothing was changed."
    dialog.pin_field.setText("123456")  # the first PIN anyone tries
    dialog.again_field.setText("123456")
    assert not submitted(dialog)
    assert "among the first anyone tries" in dialog.problem.text()
    assert not submitted(dialog)  # both fields empty now: refused too, no PIN removed or set
    assert store.event().pin_hash == ""
    dialog.pin_field.setText("246810")
    dialog.again_field.setText("246810")
    assert submitted(dialog)
    stored = store.event().pin_hash
    assert stored.startswith("scrypt$") and "246810" not in stored
    assert pin.verify_pin("246810", stored) and not pin.verify_pin("246811", stored)
    # Whoever just set it may go on; the section offers change and removal now.
    assert not page.locked
    assert page.set_pin_button.text() == "Change PIN…" and page.remove_pin_button.isEnabled()
    assert page.event_message.text() == "The supervisor PIN is set."


def test_without_the_pin_the_event_settings_do_not_change(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    pin.set_pin(store, "2468")
    page = make_page(qtbot, store, app_settings)
    page.show()
    assert page.locked and not page.event_form.isEnabled() and page.lock_row.isVisible()
    page.event_name.setText("Iets anders")
    page.door_question.setText("Gezond?")
    page.retention.setValue(3)
    page.apply_event()
    assert page.event_message.text() == "Unlock with the supervisor PIN first."
    page.remove_pin()
    assert page.open_new_pin() is None
    event = store.event()
    assert (event.name, event.door_question, event.retention_days) == (
        "Inspiratiesessie Nieuw-West",
        "",
        14,
    )
    assert pin.verify_pin("2468", event.pin_hash) and event.pin_hash

    prompt = page.unlock()
    assert isinstance(prompt, PinDialog) and prompt.isVisible()
    prompt.pin_field.setText("1357")
    assert not submitted(prompt)
    assert page.locked and not page.event_form.isEnabled()
    prompt.pin_field.setText("2468")
    assert submitted(prompt)
    assert not page.locked and page.event_form.isEnabled() and not page.lock_row.isVisible()
    page.door_question.setText("Gezond?")
    page.apply_event()
    assert store.event().door_question == "Gezond?"

    # Leaving the screen locks it again.
    page.hide()
    assert page.locked and not page.event_form.isEnabled()
    page.show()
    again = page.unlock()
    assert again is not None
    again.pin_field.setText("2468")
    assert submitted(again)
    page.remove_pin()
    assert store.event().pin_hash == ""
    assert "removed" in page.event_message.text()


def test_the_purge_names_what_goes_and_needs_the_pin(
    qtbot: QtBot, store: Store, app_settings: Settings, clock: Clock
) -> None:
    DoorService(store, clock=clock).scan("1001")
    DoorService(store, clock=clock).scan("1002")
    pin.set_pin(store, "2468")
    before = store.event()
    page = make_page(qtbot, store, app_settings)
    box = page.ask_purge()
    assert box.isVisible()
    said = box.informativeText()
    for thing in (
        "names",
        "organisations",
        "email addresses",
        "notes",
        "seats",
        "extra columns",
        "imported ticket codes",
        "raw text of every scan",
        "counts",
        "scan times",
        "verdicts",
        "peak",
    ):
        assert thing in said, thing
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.pin_prompt is None
    assert store.guest_by_code("1001") is not None

    purges: list[object] = []
    page.purged.connect(purges.append)
    page.ask_purge()
    page.purge_confirm_button.click()
    prompt = page.pin_prompt
    assert isinstance(prompt, PinDialog)
    prompt.pin_field.setText("0000")
    assert not submitted(prompt)
    prompt.reject()
    assert purges == []
    assert {g.name for g in store.guests()} >= {"Anna van den Berg", "Zoë Yılmaz"}

    page.ask_purge()
    page.purge_confirm_button.click()
    assert page.pin_prompt is not None
    page.pin_prompt.pin_field.setText("2468")
    with qtbot.waitSignal(page.purged) as purged:
        assert submitted(page.pin_prompt)
    assert purged.args[0].guests == 5
    guests = store.guests()
    assert all(g.name == f"Guest {g.id}" and not g.email and not g.organisation for g in guests)
    after = store.event()
    assert after.purged_at is not None
    assert (after.inside, after.peak) == (before.inside, before.peak) == (2, 2)
    assert [s.verdict for s in store.scans()] == ["admitted", "admitted"]
    assert page.privacy_message.text() == "Removed the personal data of 5 guests and 2 scans."
    assert not page.purge_button.isEnabled()
    assert "was removed on" in page.privacy_state.text()


def old_event(tmp_path: Path, days_ago: int, name: str = "old.checkin") -> Store:
    today = datetime.now(ZoneInfo("Europe/Amsterdam")).date()
    return Store.create(
        tmp_path / name, name="Symposium", capacity=10, event_date=today - timedelta(days=days_ago)
    )


def test_the_reminder_appears_once_the_retention_period_has_passed(
    qtbot: QtBot, tmp_path: Path, app_settings: Settings, inline_tasks: Tasks
) -> None:
    store = old_event(tmp_path, 30)
    window = MainWindow(app_settings, inline_tasks, store=store)
    qtbot.addWidget(window)
    window.show()
    box = window.reminder
    assert isinstance(box, QMessageBox) and box.isVisible()
    ends = (date.today() - timedelta(days=30) + timedelta(days=14)).isoformat()
    assert ends in box.text()
    window.go_to_settings_button.click()
    assert window.tabs is not None and window.tabs.currentIndex() == SETTINGS


def test_the_reminder_writes_the_date_the_dutch_way_in_dutch(
    qtbot: QtBot, tmp_path: Path, app_settings: Settings, inline_tasks: Tasks
) -> None:
    app_settings.language = "nl"
    window = MainWindow(app_settings, inline_tasks, store=old_event(tmp_path, 30))
    qtbot.addWidget(window)
    window.show()
    box = window.reminder
    assert isinstance(box, QMessageBox)
    ends = date.today() - timedelta(days=30) + timedelta(days=14)
    assert ends.strftime("%d-%m-%Y") in box.text()
    assert ends.isoformat() not in box.text()


def test_no_reminder_for_an_event_of_today_or_at_the_door(
    qtbot: QtBot, tmp_path: Path, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = MainWindow(app_settings, inline_tasks, store=old_event(tmp_path, 0))
    qtbot.addWidget(window)
    assert window.reminder is None
    assert window.remind_retention() is None
    # The door laptop opens on the Door screen: no box over the scanner's field.
    door_window = MainWindow(
        app_settings, inline_tasks, door_first=True, store=old_event(tmp_path, 30, "door.checkin")
    )
    qtbot.addWidget(door_window)
    assert door_window.reminder is None


def test_after_a_purge_the_window_shows_anonymous_guests_and_no_reminder(
    qtbot: QtBot, tmp_path: Path, app_settings: Settings, inline_tasks: Tasks
) -> None:
    from checkin.models import GuestInput

    store = old_event(tmp_path, 30)
    store.add_guest(GuestInput(first_name="Fatima", last_name="El Amrani", email="f@example.nl"))
    window = MainWindow(app_settings, inline_tasks, store=store)
    qtbot.addWidget(window)
    window.show()
    assert window.reminder is not None
    window.reminder.reject()
    assert window.guests_page is not None and window.settings_page is not None
    assert window.guests_page.model.guest_at(0).name == "Fatima El Amrani"
    assert window.tabs is not None
    window.tabs.setCurrentIndex(SETTINGS)
    window.settings_page.ask_purge()
    window.settings_page.purge_confirm_button.click()  # no PIN on this event: straight on
    window.tabs.setCurrentIndex(GUESTS)
    row = window.guests_page.model.guest_at(0)
    assert row.name == f"Guest {row.id}" and row.email == ""
    assert privacy.purge_due(store.event(), date.today() + timedelta(days=1)) is False
    assert window.remind_retention() is None
