"""Every window and dialog of the app in Dutch: no text that Qt's translator did not translate.

Not a list of words: the catalogues decide. A recording translator, asked before the app's
own, notes every (context, source text) lookup that no installed catalogue answers (a text
filed by lupdate under another context than the one Qt asks for is such a miss). On top of
that every visible text of every window (titles, labels, buttons, tooltips, placeholders,
items, headers, menus, the status bar) is compared with the catalogue: the English source
text of an entry whose Dutch differs from it, or a word only the English side of the
catalogue uses, is English on a Dutch screen. Guest data and proper names are no alarm.

The tour (tests/ui/tour.py) is generic, so a window added later is found without changing
this file: every menu action is triggered, every button and key of every tab and of every
window that opens is pressed (two levels deep), and whatever new top-level window appears
is read and closed.
Only what needs data or a state to show (the door's verdicts, a PIN set, kiosk mode, an
import, an error, a crash) is set up by hand.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkin import resources
from checkin.errors import DamagedStore
from checkin.models import GuestInput, Presence
from checkin.pin import set_pin
from checkin.store import Store
from tests.conftest import seed
from tests.pgcluster import PgCluster
from tests.ui.screens import SCREEN, plain
from tests.ui.tour import Catalogue, Tour, untranslated, words
from tests.ui.translations import Lookups, recorded
from ui.app import Translations
from ui.crash import CRASH_LOG, CrashDialog
from ui.errors import show_error
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import Tasks

PIN = "482913"
# What only an event on a server shows (its outage, its journal): the last test here.
SERVER_ONLY = {"ConnectionBanner", "DoorNotices"}


@pytest.fixture
def dutch_lookups(qapp: QApplication) -> Iterator[Lookups]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.apply("nl")
    translators: list[QTranslator] = list(translations.installed)
    with recorded(translators) as lookups:
        yield lookups
    translations.apply("en")


@pytest.fixture
def dutch_demo(demo_store: Store, app_settings: Settings) -> Store:
    app_settings.language = "nl"
    app_settings.door_name = "Hoofdingang"
    demo_store.update_event(language="nl")
    return demo_store


def _window(
    qtbot: QtBot, settings: Settings, store: Store | None = None, **options: bool
) -> MainWindow:
    window = MainWindow(settings, Tasks(inline=True), store=store, **options)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


def door_inside(store: Store) -> int:
    return store.event().inside


def _guest_data(store: Store) -> set[str]:
    data = words(store.event().name) | words(str(store.location))
    for g in store.guests():
        data |= words(f"{g.name} {g.organisation} {g.email} {g.code} {g.seat} {g.notes}")
    return data


def test_every_window_of_the_app_shows_only_dutch(
    qtbot: QtBot, dutch_lookups: Lookups, dutch_demo: Store, app_settings: Settings, tmp_path: Path
) -> None:
    catalogue = Catalogue.load()
    tour = Tour(qtbot)
    store = dutch_demo
    data = _guest_data(store) | words(str(tmp_path)) | words(CRASH_LOG)

    # The start screen, its buttons and the menus without an event.
    start = _window(qtbot, app_settings)
    tour.look("start", start)
    tour.trigger("start", start)
    tour.press_all("start", start.start_screen)
    start.close()

    # The event: each tab, each button, each menu action.
    window = _window(qtbot, app_settings, store)
    assert window.tabs is not None
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        name = f"tab {plain(window.tabs.tabText(index))}"
        tour.look(name, window)
        tour.press_all(name, window.tabs.widget(index))
        window.tabs.setCurrentIndex(index)
    tour.trigger("event", window)
    window.close()

    # The Door screen in its states, with a PIN set: each verdict, and every button then
    # (override, undo, capacity, door name... and the PIN prompts they bring).
    set_pin(store, PIN)
    window = _window(qtbot, app_settings, store, door_first=True)
    door = window.door_screen
    assert door is not None
    guests = store.guests()
    cancelled = next(g for g in guests if g.cancelled)
    welcome = next(g for g in guests if not g.cancelled and g.code)
    for code in (welcome.code, welcome.code, "NOSUCHCODE", cancelled.code):
        door.scan_code(code)
        qtbot.wait(20)
        tour.look(f"door after scanning {code}", window)
    before = tour.top_levels()
    assert door.open_override() is not None  # the cancelled guest: let in anyway?
    tour.read_new("door, override", before, 2)
    tour.press_all("door with a PIN", door)
    tour.press_keys("door with a PIN", door)
    # The door question and the companions; a walk-in who is on the list; the search.
    store.update_event(door_question="Heeft u zich vandaag gezond gevoeld?")
    seed(store, [GuestInput(first_name="Kees", last_name="Bos", code="KB2", companions=2)])
    data |= words("Heeft u zich vandaag gezond gevoeld Kees Bos KB2")
    door.refresh()
    door.scan_code("KB2")
    qtbot.wait(20)
    tour.look("door, the door question", window)
    door.answer_question(True)
    qtbot.wait(20)
    tour.look("door, the companions", window)
    door.cancel_prompt()
    walk_in = door.open_walk_in()
    assert walk_in is not None
    walk_in.name_field.setText(cancelled.name)
    before = tour.top_levels()
    walk_in.buttons.accepted.emit()
    qtbot.wait(20)
    tour.look("door, a walk-in on the list", walk_in)
    tour.press_all("door, a walk-in on the list", walk_in, 1)
    tour.read_new("door, a walk-in on the list", before, 1)
    door.focus_search()
    door.search.search_field.setText(welcome.name[:4])
    qtbot.wait(50)
    tour.look("door, search", window)
    door.close_search()
    # Full, someone turned away, then one leaves: room for the next.
    store.update_event(capacity=door_inside(store), door_question="")
    door.set_exit_mode(False)
    door.refresh()
    door.scan_code(
        next(g for g in store.guests() if not g.cancelled and g.entries == 0 and g.code).code
    )
    qtbot.wait(20)
    tour.look("door when full", window)
    door.set_exit_mode(True)
    door.scan_code(next(g for g in store.guests() if g.presence is Presence.INSIDE and g.code).code)
    qtbot.wait(20)
    tour.look("door, room again", window)
    door.set_exit_mode(False)
    window.close()

    # Settings with a PIN set: unlocking asks for it.
    window = _window(qtbot, app_settings, store)
    assert window.tabs is not None and window.settings_page is not None
    window.tabs.setCurrentWidget(window.settings_page)
    tour.press_all("settings with a PIN", window.settings_page)
    window.close()

    # Kiosk mode: Esc/F11 and closing ask for the PIN; without one, a yes/no question.
    window = _window(qtbot, app_settings, store, kiosk=True)
    assert window.door_screen is not None
    tour.press_keys("kiosk", window.door_screen)
    for way_out in (
        window.door_screen.kiosk_mode.ask_leave,
        window.toggle_full_screen,
        window.close,
    ):
        before = tour.top_levels()
        way_out()
        qtbot.wait(20)
        tour.read_new("kiosk", before, 1)
    set_pin(store, None)
    before = tour.top_levels()
    window.door_screen.kiosk_mode.ask_leave()
    qtbot.wait(20)
    tour.read_new("kiosk without a PIN", before, 1)
    window.close()

    # An import and its report, an error, a missing file, a crash.
    window = _window(qtbot, app_settings, store)
    guest_list = tmp_path / "gastenlijst.csv"
    # A row of each note the report can make: a name missing, no name at all, a duplicate.
    guest_list.write_text(
        "Voornaam;Achternaam;E-mailadres;Code;Organisatie\n"
        "Lotte;Jansen;lotte@example.nl;X1;\n"
        ";;;X2;\n"
        ";;;;Bedrijf\n"
        "Kees;Bos;lotte@example.nl;X3;\n",
        encoding="utf-8",
    )
    data |= words("gastenlijst Lotte Jansen lotte example nl Kees Bos Bedrijf")
    before = tour.top_levels()
    window.open_import(guest_list)
    qtbot.wait(50)
    tour.read_new("import", before, 2)
    before = tour.top_levels()
    show_error(window, DamagedStore(str(tmp_path / "feest.checkin"), "b-tree", None))
    CrashDialog("Traceback: ZeroDivisionError", tmp_path / "crash.log", window).show()
    tour.read_new("errors", before, 1)
    window.close_store()
    window.start_screen.open_location(str(tmp_path / "weg.checkin"))
    qtbot.wait(50)
    tour.look("start screen, a missing file", window)
    tour.read_new("a missing file", before, 1)
    window.close()

    # Self check-in: the guest's kiosk (its guest-facing words are the event's, its PIN
    # prompt and title the app's).
    from tests.ui.test_self_checkin import kiosk_door
    from ui.selfcheckin import SelfCheckin

    store.update_event(language="nl")  # the guest reads the event's language
    kiosk = SelfCheckin(kiosk_door(store, app_settings), store.location, app_settings, camera=False)
    qtbot.addWidget(kiosk)
    kiosk.resize(*SCREEN)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    # the event's words come with the event, read off the UI thread
    qtbot.waitUntil(lambda: "Houd" in kiosk.headline.text(), timeout=5_000)
    tour.look("self check-in", kiosk)
    before = tour.top_levels()
    kiosk.close()  # a PIN is set: asked for
    qtbot.wait(50)
    tour.read_new("self check-in, leaving", before, 0)
    kiosk._closing_for_good = True
    kiosk.close()
    kiosk.worker.stop()

    assert {
        "MainWindow",
        "ReasonDialog",
        "PinDialog",
        "WalkInDialog",
        "CapacityDialog",
        "DoorNameDialog",
        "InsideWindow",
        "ImportDialog",
        "CrashDialog",
        "QMessageBox",
    } <= tour.windows, tour.windows
    report = "\n".join(t for t in tour.seen if ", regel " in t)
    assert "naam ontbreekt" in report and "geen naam" in report, report  # the report was read
    # Every context of the catalogues was asked for, but those only a server event shows.
    asked = {context for context, _source in dutch_lookups.asked}
    assert {c for c, _s in catalogue.entries} - asked <= SERVER_ONLY, sorted(
        {c for c, _s in catalogue.entries} - asked
    )
    problems = untranslated(dutch_lookups, tour, catalogue, data)
    assert problems == [], "\n".join(problems)


def test_every_context_of_the_catalogues_is_one_qt_asks_for() -> None:
    """lupdate files a ``tr`` it cannot place (``tr = self.screen.tr``, ``self.screen.tr(…)``)
    under the context "" or "self.screen", which Qt never asks for; and a text in both
    catalogues (ui/ is split in two by the Makefile, both are loaded) says the same in each."""
    seen: dict[tuple[str, str], str] = {}
    for path in sorted(resources.translations().glob("*_nl.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            assert re.fullmatch(r"[A-Za-z_]\w*", name), f"{path.name}: context {name!r}"
            for m in context.iter("message"):
                key = (name, m.findtext("source") or "")
                translation = m.find("translation")
                text = "".join(translation.itertext()) if translation is not None else ""
                assert seen.setdefault(key, text) == text, f"{key} differs between catalogues"


@pytest.mark.postgres
@pytest.mark.slow
def test_a_server_events_door_speaks_dutch_through_an_outage(
    qtbot: QtBot, pg_cluster: PgCluster, dutch_lookups: Lookups, app_settings: Settings
) -> None:
    """What only a server event shows: its link, its outage, its journal sent afterwards."""
    url = pg_cluster.create_database()
    with Store.create(url, name="Zaal", capacity=20, language="nl") as server:
        for i in range(3):
            server.add_guest(GuestInput(name=f"Gast {i}", code=f"C{i:03d}"))
    app_settings.language, app_settings.door_name = "nl", "Hal"
    tour = Tour(qtbot)
    window = MainWindow(app_settings, Tasks(inline=True), door_first=True)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    window.start_screen.open_location(url)
    door, notices = window.door_screen, window.door_notices
    assert door is not None and notices is not None and window.opened is not None
    offline = window.opened.door
    assert offline is not None
    door.scan_code("C000")
    door.refresh()
    tour.look("server door", window)
    pg_cluster.stop("immediate")
    door.scan_code("C001")
    door.refresh()
    tour.look("server door, offline", window)
    pg_cluster.start()
    qtbot.waitUntil(lambda: offline.online and offline.link().waiting == 0, timeout=20000)
    qtbot.waitUntil(lambda: len(notices.said) > 0, timeout=5000)
    door.refresh()
    tour.look("server door, back", window)
    for said in notices.said:
        tour.seen.setdefault(said, "the door's notices")
    data = words(f"Zaal Gast Hal {url} C000 C001 C002")
    problems = untranslated(dutch_lookups, tour, Catalogue.load(), data)
    assert problems == [], "\n".join(problems)
    assert "DoorNotices" in {context for context, _source in dutch_lookups.asked}
    window.close()


def test_a_refused_value_is_said_in_dutch_field_and_reason(dutch_lookups: Lookups) -> None:
    """The core says why in English (InvalidValue.why); the screens say it in Dutch."""
    from checkin.errors import InvalidValue
    from checkin.event_settings import check_capacity
    from ui.errors import error_text

    with pytest.raises(InvalidValue) as refused:
        check_capacity(0)
    said = error_text(refused.value)
    assert said.startswith("capaciteit: 0 wordt niet geaccepteerd (moet een heel getal van 1 tot ")
    assert not words(said) & Catalogue.load().english_words()


def test_every_note_on_an_imported_row_has_dutch_words(
    qtbot: QtBot, dutch_lookups: Lookups, store: Store, app_settings: Settings
) -> None:
    """A note the core may make on a row (NOTE_KINDS) is said in the interface language."""
    from checkin.guestlist.report import NOTE_KINDS, RowNote
    from ui.import_dialog import ImportDialog

    dialog = ImportDialog(store, app_settings, Tasks(inline=True))
    qtbot.addWidget(dialog)
    for kind in NOTE_KINDS:
        note = RowNote.of(3, kind, "7")
        said = dialog.note_text(note)
        assert said != note.reason and ("7" in said or kind == "no_name"), kind
    assert not {miss for miss in dutch_lookups.finish() if miss[0] == "ImportDialog"}


def test_no_plural_through_translate() -> None:
    """pyside6-lupdate files ``QCoreApplication.translate(ctx, "%n …", "", n)`` without its
    plural forms (and skips it when n is an expression): such a text reads "60 second(s)".
    Plurals go through ``self.tr("%n …", "", n)``, or two texts for one and more."""
    import ast

    found = []
    for path in sorted(Path(__file__).resolve().parents[2].joinpath("ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 4
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
