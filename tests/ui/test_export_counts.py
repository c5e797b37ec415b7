"""The Export screen's counts are the workbook's (its Summary sheet, same rule), and the file
names the Save dialogs suggest (export, badges, door list, who is inside) are in the event's
language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from checkin.documents.words import words_for
from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, seed
from tests.ui.doors import door_screen
from ui.badges_page import BadgesPage
from ui.export_page import ExportPage
from ui.settings import Settings
from ui.tasks import Tasks
from ui.worker import StoreWorker


def summary_of(book: Path, language: str) -> dict[str, object]:
    sheet = openpyxl.load_workbook(book)[words_for(language)("sheet.summary")]
    return {str(a): b for a, b, *_ in sheet.iter_rows(min_row=2, values_only=True) if a}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The event on a file and on a PostgreSQL server: the counts are one query on either."""
    where = (
        str(tmp_path / "event.checkin")
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    store = Store.create(where, name="Inspiratiesessie", capacity=10, event_date=T0.date(), now=T0)
    seed(
        store,
        [
            GuestInput(first_name="Anna", last_name="Berg", code="1001"),
            GuestInput(first_name="Zoë", last_name="Yılmaz", code="1002"),
            GuestInput(first_name="Jan", last_name="Vries", code="1003"),
            GuestInput(first_name="Søren", last_name="Østergaard", code="1004"),
            GuestInput(first_name="Piet", last_name="Klaassen", code="1005", cancelled=True),
            GuestInput(first_name="Lotte", last_name="Maas", code="1006", pending=True),
        ],
    )
    yield store
    store.close()


def test_the_export_screen_counts_what_the_workbook_counts(
    qtbot: QtBot, any_store: Store, app_settings: Settings, tmp_path: Path
) -> None:
    store = any_store
    door = DoorService(store, "Main")
    door.scan("1001")
    door.scan("1002")
    door.scan("1002", exit=True)
    door.override("1005", "on the speakers' list after all")  # cancelled, and yet came
    door.walk_in(GuestInput(first_name="Willem", last_name="Kok"), new=True)
    page = ExportPage(store, app_settings, Tasks(inline=True))
    qtbot.addWidget(page)
    out = tmp_path / "attendance.xlsx"
    with qtbot.waitSignal(page.exported):
        page.export(out)

    words = words_for("en")
    book = summary_of(out, "en")
    inside = store.event().inside
    assert (
        book[words("sum.invited")],
        book[words("sum.attended")],
        book[words("sum.walk_ins")],
    ) == (6, 3, 1)  # the override counts as attended
    assert page.summary.text() == (
        f"Invited: {book[words('sum.invited')]} (attended {book[words('sum.attended')]}, "
        f"no-shows {book[words('sum.no_shows')]}, cancelled {book[words('sum.cancelled')]}, "
        f"pending {book[words('sum.pending')]}). Walk-ins: {book[words('sum.walk_ins')]}. "
        f"Inside now: {book[words('sum.inside')]} (most at once: {book[words('sum.peak')]}, "
        f"capacity {book[words('sum.capacity')]})."
    )
    assert book[words("sum.inside")] == inside == 3


@pytest.mark.parametrize(
    ("language", "names"),
    [
        (
            "en",
            ["attendance", "present from 2021-06-18 00.00", "badges", "door list", "inside now"],
        ),
        (
            "nl",
            ["aanwezigheid", "aanwezig vanaf 2021-06-18 00.00", "badges", "deurlijst", "nu binnen"],
        ),
    ],
)
def test_suggested_file_names_are_in_the_events_language(
    qtbot: QtBot, tmp_path: Path, app_settings: Settings, language: str, names: list[str]
) -> None:
    store = Store.create(
        tmp_path / "feest.checkin",
        name="Feest",
        capacity=5,
        event_date=T0.date(),
        now=T0,
        language=language,
    )
    seed(store, [GuestInput(first_name="Anna", last_name="Berg", code="1001")])
    tasks = Tasks(inline=True)
    export = ExportPage(store, app_settings, tasks)
    badges = BadgesPage(store, app_settings, tasks)
    door = door_screen(store, door_name="Main", sounds=False, worker=StoreWorker(inline=True))
    for page in (export, badges, door):
        qtbot.addWidget(page)
    inside = door.open_inside()
    assert inside is not None
    dialogs = [
        export.choose_file("xlsx"),
        export.choose_present_file(),
        badges.choose_file(),
        badges.choose_door_list_file(),
        inside.choose_file(),
    ]
    suffixes = ["xlsx", "xlsx", "pdf", "pdf", "pdf"]
    assert [Path(d.selectedFiles()[0]).name for d in dialogs] == [
        f"Feest - {name}.{suffix}" for name, suffix in zip(names, suffixes, strict=True)
    ]
    for dialog in dialogs:
        dialog.reject()
    qtbot.wait(50)  # the rejected dialogs are deleted (deleteLater) before their pages go
    inside.close()
