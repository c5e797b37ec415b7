"""The import report in the event's language: `checkin import` on a Dutch event says what it
did, and what it noted on each row, in Dutch; on an English event as before."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.documents.words import words_only_in
from checkin.guestlist.report import NOTE_KINDS, RowNote
from checkin.store import Store
from tests.conftest import T0

LIST = (
    "Voornaam;Achternaam;E-mailadres;Code;Organisatie;Begeleiders\n"
    "Lotte;Jansen;lotte@example.nl;X1;;twee\n"
    ";;;X2;;\n"
    ";;;;Bedrijf;\n"
    "Kees;Bos;lotte@example.nl;X3;;\n"
)


def run_import(tmp_path: Path, language: str) -> list[str]:
    event = tmp_path / f"{language}.checkin"
    Store.create(
        event, name="Feest", capacity=10, event_date=T0.date(), now=T0, language=language
    ).close()
    guest_list = tmp_path / "gasten.csv"
    guest_list.write_text(LIST, encoding="utf-8")
    out = io.StringIO()
    assert main(["import", str(event), str(guest_list)], stdout=out) == 0
    return out.getvalue().splitlines()


def test_a_dutch_events_import_report_is_dutch_to_the_last_line(tmp_path: Path) -> None:
    lines = run_import(tmp_path, "nl")
    assert lines[0].startswith("gasten.csv geïmporteerd: 2 nieuw, 0 bijgewerkt")
    assert any(line.startswith("  rij 3: naam ontbreekt; geïmporteerd als ") for line in lines)
    assert "  rij 4: geen naam" in lines
    assert "  rij 5: hetzelfde e-mailadres als rij 2" in lines
    assert "  rij 2: begeleiders 'twee' is geen getal; geïmporteerd zonder begeleiders" in lines
    english = words_only_in("en")
    for line in lines:
        words = re.sub(r"'[^']*'", " ", line).replace(";", " ").split()  # not the guest data
        said = {w.lower().strip(".:;,()") for w in words}
        assert not said & english, line


def test_an_english_events_report_reads_as_before(tmp_path: Path) -> None:
    lines = run_import(tmp_path, "en")
    assert lines[0].startswith("Imported gasten.csv: 2 new, 0 updated, 0 cancelled")
    assert "  row 4: no name" in lines


@pytest.mark.parametrize("kind", NOTE_KINDS)
def test_every_note_is_said_in_both_languages(kind: str) -> None:
    note = RowNote.of(7, kind, "x")
    assert note.reason == note.said_in("en") != note.said_in("nl")
