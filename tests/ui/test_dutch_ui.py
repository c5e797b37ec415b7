"""The whole app in Dutch: no unfinished entry in the catalogues, every ui/ string in
them, no English word on the Dutch screens, Qt's own dialogs in Dutch, real plurals."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from checkin import resources
from checkin.store import Store
from tests.ui.screens import SCREEN, visible_texts
from tests.ui.translations import installed
from ui.app import Translations
from ui.main_window import BADGES, DOOR, EXPORT, GUESTS, SETTINGS, MainWindow
from ui.settings import Settings
from ui.tasks import Tasks

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted(resources.translations().glob("*.ts"))
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PLACE = re.compile(r"%(?:\d+|n)")
# Said the same in Dutch: names of things, and words Dutch took from English.
SHARED = {
    "ok",
    "pdf",
    "csv",
    "excel",
    "xlsx",
    "qr",
    "usb",
    "pin",
    "webcam",
    "scanner",
    "badge",
    "badges",
    "check-in",
    "kiosk",
    "logo",
    "export",
    "enter",
    "esc",
    "help",
    "f",
    "s",
    "id",
    "postgresql",
    "avery",
    "brother",
    "ql",
    "mm",
    "a",
    "e-mail",
    "server",
    "online",
    "offline",
    "covid",
    "crew",
}


def messages(path: Path) -> Iterator[ET.Element]:
    yield from ET.parse(path).getroot().iter("message")


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(_PLACE.sub(" ", text))}


def english_only() -> set[str]:
    """Words of the English source texts that no Dutch translation uses."""
    english: set[str] = set()
    dutch: set[str] = set()
    for path in CATALOGUES:
        if not path.name.endswith("_nl.ts"):
            continue
        for m in messages(path):
            english |= words(m.findtext("source") or "")
            translation = m.find("translation")
            assert translation is not None
            dutch |= words("".join(translation.itertext()))
    return english - dutch - SHARED


def test_no_catalogue_has_an_unfinished_or_empty_entry() -> None:
    assert {p.name for p in CATALOGUES} >= {"checkin_nl.ts", "door_nl.ts", "checkin_en.ts"}
    for path in CATALOGUES:
        for m in messages(path):
            translation = m.find("translation")
            assert translation is not None
            source = m.findtext("source")
            assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
                f"{path.name}: {source!r} is not translated"
            )
            if m.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.findall("numerusform")]
                assert len(forms) == 2 and all(forms), f"{path.name}: {source!r} plurals"
                assert all("%n" in f for f in forms) or "%n" not in (source or "")
            else:
                assert (translation.text or "").strip(), f"{path.name}: {source!r} is empty"
        assert path.with_suffix(".qm").is_file(), f"{path.name} was never released"


@pytest.mark.skipif(
    not (Path(sys.executable).parent / "pyside6-lupdate").exists() or shutil.which("make") is None,
    reason="pyside6-lupdate or make is not installed",
)
def test_every_string_of_ui_is_in_the_catalogues(tmp_path: Path) -> None:
    """lupdate over ui/ as `make translations` runs it finds nothing new: a string added
    without a translation fails here until the catalogue is updated and translated."""
    make = subprocess.run(
        ["make", "-n", "translations", "STAMP="],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    lupdate = str(Path(sys.executable).parent / "pyside6-lupdate")
    for line in make.splitlines():
        if "pyside6-lupdate" not in line or "pluralonly" in line:
            continue
        args = line.split()[1:]
        target = Path(args[-1])
        copy = tmp_path / target.name
        shutil.copy(ROOT / target, copy)
        subprocess.run(
            [lupdate, *args[:-1], str(copy)], cwd=ROOT, check=True, capture_output=True, timeout=120
        )
        new = [
            m.findtext("source")
            for m in messages(copy)
            if m.find("translation") is not None
            and m.find("translation").get("type") == "unfinished"
        ]  # type: ignore[union-attr]
        assert new == [], f"not in {target.name}: {new}"


@pytest.fixture
def dutch() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    translations.apply("nl")
    yield
    translations.apply("en")


def test_no_english_word_on_the_dutch_screens(
    qtbot: QtBot, demo_store: Store, app_settings: Settings, inline_tasks: Tasks, dutch: None
) -> None:
    app_settings.language = "nl"
    demo_store.update_event(language="nl")
    data = words(demo_store.event().name) | words(str(demo_store.location))
    for g in demo_store.guests():
        data |= words(f"{g.name} {g.organisation} {g.email} {g.code} {g.seat} {g.notes}")
    forbidden = english_only() - data
    assert {"guests", "save", "the", "settings"} <= forbidden | {"the"}
    start = MainWindow(app_settings, inline_tasks)
    qtbot.addWidget(start)
    start.resize(*SCREEN)
    start.show()
    found = {f"start {s.kind} {s.text!r}": words(s.text) & forbidden for s in visible_texts(start)}
    window = MainWindow(app_settings, inline_tasks, store=demo_store)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    assert window.tabs is not None
    for tab in (GUESTS, DOOR, BADGES, EXPORT, SETTINGS):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(30)
        found |= {
            f"tab {tab} {s.kind} {s.text!r}": words(s.text) & forbidden
            for s in visible_texts(window)
        }
    english = {where: hits for where, hits in found.items() if hits}
    assert english == {}


def test_qt_own_buttons_and_plurals_speak_dutch(dutch: None) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert texts == {"Annuleren", "Opslaan"}
    assert QCoreApplication.translate("BadgesPage", "%n badge(s)", "", 1) == "1 badge"
    assert QCoreApplication.translate("BadgesPage", "%n page(s)", "", 3) == "3 pagina's"


def test_english_plurals_read_as_english() -> None:
    with installed("en"):
        assert QCoreApplication.translate("BadgesPage", "%n page(s)", "", 1) == "1 page"
        assert QCoreApplication.translate("BadgesPage", "%n page(s)", "", 2) == "2 pages"


def test_no_text_is_translated_through_a_helper() -> None:
    """lupdate reads only literal tr()/translate() calls: a helper such as
    ``def _tr(text): return translate("MainWindow", text)`` hides its texts from the
    catalogue, and they show in English on Dutch screens."""
    import ast

    helpers = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            params = {a.arg for a in (*fn.args.posonlyargs, *fn.args.args)}
            for node in ast.walk(fn):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute | ast.Name)
                    and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
                    in ("translate", "tr")
                    and any(isinstance(arg, ast.Name) and arg.id in params for arg in node.args[:2])
                ):
                    helpers.append(f"{path.relative_to(ROOT)}:{fn.lineno} {fn.name}")
    assert helpers == []
