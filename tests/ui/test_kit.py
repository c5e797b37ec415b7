"""The UI kit: filling translated strings, the form dialog, the style's colours."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from checkin.errors import InvalidValue
from checkin.models import Guest, GuestInput
from checkin.store import Store
from ui.kit import placing, style
from ui.kit.form import FormDialog
from ui.kit.text import fill
from ui.settings import Settings
from ui.worker import StoreWorker


def test_fill_fills_each_place_once() -> None:
    assert fill("%1 of %2 shown", 3, 26) == "3 of 26 shown"
    assert fill("%2, %1", "a", "b") == "b, a"
    # A value holding a place is not filled again (chained replace() did that).
    assert fill("%1 paid %2", "50%2 Ltd", "€10") == "50%2 Ltd paid €10"
    assert fill("%1 and %3", "x") == "x and %3"
    assert fill("%1", Path("/tmp/badge.pdf")) == "/tmp/badge.pdf"


def test_every_verdict_colour_pair_reads_on_its_background() -> None:
    def luminance(hex_rgb: str) -> float:
        channels = [int(hex_rgb[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    for palette in (style.VERDICT, style.VERDICT_COLOUR_BLIND):
        assert set(palette) == set(style.Tone)
        for pair in palette.values():
            light, dark = sorted((luminance(pair.background), luminance(pair.text)))
            assert (dark + 0.05) / (light + 0.05) >= 4.5, pair
    assert style.verdict_colours(style.Tone.GO, colour_blind=True).background == "#0072b2"


def test_the_colour_blind_choice_is_kept(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    assert not settings.colour_blind
    settings.colour_blind = True
    settings.sync()
    assert Settings(tmp_path).colour_blind


def test_the_form_shows_the_cores_sentence_and_stays_open(qtbot: QtBot, store: Store) -> None:
    field = QLineEdit()
    saved: list[Guest] = []

    def job() -> Callable[[], object]:
        value = GuestInput(last_name=field.text())
        return lambda: store.add_guest(value)

    dialog = FormDialog("Add guest", job, worker=StoreWorker(inline=True))
    qtbot.addWidget(dialog)
    dialog.add_row("Last name", field)
    dialog.submitted.connect(saved.append)
    dialog.open()
    dialog.ok_button.click()  # no name: the store refuses
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "name" in dialog.problem.text() and dialog.ok_button.isEnabled()
    field.setText("Bakker")
    dialog.ok_button.click()
    assert [g.name for g in saved] == ["Bakker"] and not dialog.isVisible()


def test_a_not_yet_answer_keeps_the_form_open(qtbot: QtBot) -> None:
    dialog = FormDialog(
        "Door question",
        lambda: lambda: "confirm",
        problem_of=lambda v: "Tick the question first." if v == "confirm" else None,
    )
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.try_submit()
    assert dialog.isVisible() and dialog.problem.text() == "Tick the question first."


def test_an_invalid_value_is_named(qtbot: QtBot) -> None:
    def job() -> Callable[[], object]:
        def call() -> None:
            raise InvalidValue("capacity", "abc", "must be a whole number")

        return call

    dialog = FormDialog("Capacity", job)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.try_submit()
    assert "capacity" in dialog.problem.text().lower()


def test_a_door_window_stands_beside_the_verdict_when_the_screen_has_room() -> None:
    area = QRect(0, 0, 2560, 1440)
    main = QRect(690, 320, 1180, 800)
    verdict = QRect(700, 550, 1160, 450)
    spot = placing.choose(area, QSize(420, 170), verdict, main)
    assert area.contains(spot) and not spot.intersects(verdict) and not spot.intersects(main)
    assert spot.size() == QSize(420, 170)


def test_without_room_a_door_window_stays_on_the_screen_over_as_little_as_it_can() -> None:
    area = QRect(0, 0, 1366, 768)  # a laptop; the main window fills it
    main = QRect(0, 0, 1366, 768)
    verdict = QRect(9, 159, 1348, 531)
    spot = placing.choose(area, QSize(422, 600), verdict, main, QSize(422, 300))
    assert area.contains(spot)
    assert spot.size() == QSize(422, 300)  # the least it can be, rather than over more
    covered = spot.intersected(verdict)
    assert covered.height() <= 300 - (verdict.top() - area.top())
    huge = placing.choose(area, QSize(3000, 2000), verdict, main)
    assert huge == area  # never larger than the screen


def test_enter_is_ok_and_the_typing_starts_in_the_first_field(qtbot: QtBot) -> None:
    sent: list[object] = []
    dialog = FormDialog(
        "Door name", send=lambda value, done, _failed: (sent.append(value), done(value))
    )
    field = QLineEdit()
    dialog.add_row("Name", field)
    dialog.value = field.text  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is field
    field.setText("Zij-ingang")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert sent == ["Zij-ingang"] and dialog.result_value == "Zij-ingang"
