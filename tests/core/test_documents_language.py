"""Every document follows the event's language: no English label in a Dutch event's
workbook, CSV and PDFs, and no Dutch label in an English one; the Dutch CSV opens in
LibreOffice as columns with real dates."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from checkin.documents.badges import write_badges
from checkin.documents.export import export_attendance
from checkin.documents.reports import write_door_list, write_inside_list, write_present
from checkin.documents.words import words_for, words_only_in
from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, Clock, seed

GUESTS = [
    GuestInput(
        first_name="Anna",
        middle="van den",
        last_name="Berg",
        organisation="Podium",
        email="anna@example.nl",
        code="1001",
        seat="4",
        ticket_type="Spreker",
    ),
    GuestInput(first_name="Zoë", last_name="Yılmaz", organisation="Studio Ğ", code="1002"),
    GuestInput(first_name="Jan", middle="de", last_name="Vries", code="1003", companions=1),
    GuestInput(first_name="Piet", last_name="Klaassen", code="1005", cancelled=True),
    GuestInput(first_name="Lotte", last_name="Maas", code="1006", pending=True),
]
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils (pdftotext, pdftoppm) is not installed",
)


def tokens(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def make_event(folder: Path, language: str) -> Store:
    store = Store.create(
        folder / f"{language}.checkin",
        name="Symposium Kunstroute",
        capacity=40,
        event_date=T0.date(),
        now=T0,
        language=language,
    )
    seed(store, GUESTS)
    door = DoorService(store, clock=Clock())
    door.scan("1001")
    door.scan("1002")
    door.count(+1)
    door.scan("1002", exit=True)
    door.scan("NOSUCHCODE")
    door.scan("1005")
    door.walk_in(GuestInput(first_name="Willem", last_name="Kok"))
    return store


def data_tokens(store: Store) -> set[str]:
    """Words that come from the guest list and the event, not from the documents."""
    found = tokens(store.event().name) | tokens(store.event().timezone)
    for g in store.guests():
        found |= tokens(" ".join([g.name, g.organisation, g.email, g.ticket_type, g.code]))
    return found


def xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        parts = [book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml")]
    texts = []
    for xml in parts:
        texts += re.findall(r"<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<", xml)
        texts += re.findall(r'<sheet [^>]*name="([^"]*)"', xml)
    return "\n".join(texts)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout


def all_documents(store: Store, folder: Path) -> Iterator[tuple[str, str]]:
    """(file name, its text) of every document the event can make."""
    start = T0
    end = T0 + timedelta(hours=1)
    makers = [
        ("export.xlsx", lambda p: export_attendance(store, p), xlsx_text),
        ("export.csv", lambda p: export_attendance(store, p), lambda p: p.read_text("utf-8-sig")),
        (
            "inside.pdf",
            lambda p: write_inside_list(store, p, now=T0 + timedelta(hours=1)),
            pdf_text,
        ),
        (
            "inside.xlsx",
            lambda p: write_inside_list(store, p, now=T0 + timedelta(hours=1)),
            xlsx_text,
        ),
        ("present.xlsx", lambda p: write_present(store, start, end, p), xlsx_text),
        (
            "present.csv",
            lambda p: write_present(store, start, end, p),
            lambda p: p.read_text("utf-8-sig"),
        ),
        ("doorlist.pdf", lambda p: write_door_list(store, p), pdf_text),
        ("badges.pdf", lambda p: write_badges(store, p), pdf_text),
    ]
    for name, make, read in makers:
        path = folder / name
        make(path)
        yield name, read(path)


@pytest.mark.parametrize("language, other", [("nl", "en"), ("en", "nl")])
def test_no_word_of_the_other_language_in_any_document(
    tmp_path: Path, language: str, other: str
) -> None:
    with make_event(tmp_path, language) as store:
        ours = words_only_in(language)
        foreign = words_only_in(other) - data_tokens(store)
        seen_ours: set[str] = set()
        for name, text in all_documents(store, tmp_path):
            found = tokens(text)
            assert not found & foreign, f"{name} ({language}) holds {sorted(found & foreign)}"
            seen_ours |= found & ours
    # and the documents really are in the language: its own words are there
    expected = {
        "nl": {
            "aanwezigheid",
            "scanlogboek",
            "overzicht",
            "aanwezig",
            "afgemeld",
            "onbevestigd",
            "deurlijst",
            "tafel",
            "juni",
            "pagina",
        },
        "en": {
            "attendance",
            "summary",
            "attended",
            "cancelled",
            "pending",
            "table",
            "june",
            "page",
        },
    }[language]
    assert not expected - seen_ours, sorted(expected - seen_ours)


def test_the_dutch_workbook_has_dutch_sheets_statuses_and_date_formats(tmp_path: Path) -> None:
    with make_event(tmp_path, "nl") as store:
        out = tmp_path / "aanwezigheid.xlsx"
        export_attendance(store, out)
    wb = openpyxl.load_workbook(out)
    try:
        assert wb.sheetnames == ["Aanwezigheid", "Scanlogboek", "Overzicht"]
        ws = wb["Aanwezigheid"]
        head = [c.value for c in ws[1]]
        assert head[:4] == ["Naam", "Voornaam", "Tussenvoegsel", "Achternaam"]
        status = head.index("Status")
        arrival = head.index("Eerste aankomst")
        statuses = {row[0].value: row[status].value for row in ws.iter_rows(min_row=2)}
        assert statuses["Anna van den Berg"] == "aanwezig"
        assert statuses["Piet Klaassen"] == "afgemeld"
        assert statuses["Lotte Maas"] == "onbevestigd"
        assert statuses["Jan de Vries"] == "niet gekomen"
        assert statuses["Willem Kok"] == "inloop"
        anna = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "Anna van den Berg")
        assert anna[arrival].value == datetime(2021, 6, 18, 19, 1)
        assert anna[arrival].number_format == "dd-mm-yyyy hh:mm:ss"
        summary = {r[0].value: r[1].value for r in wb["Overzicht"].iter_rows() if r[0].value}
        assert summary["Onbevestigd"] == 1 and summary["Afgemeld"] == 1
        chart = wb["Overzicht"]._charts[0]
        assert "Aantal mensen binnen" in xlsx_text(out)
        assert chart is not None
    finally:
        wb.close()


def test_csv_separator_dates_and_bom_follow_the_language(tmp_path: Path) -> None:
    for language, sep, arrival in (
        ("nl", ";", "18-06-2021 19:01"),
        ("en", ",", "2021-06-18 19:01:00"),
    ):
        with make_event(tmp_path, language) as store:
            out = tmp_path / f"{language}.csv"
            export_attendance(store, out)
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        lines = raw.decode("utf-8-sig").splitlines()
        assert lines[0].split(sep)[:2] == [
            words_for(language)("col.name"),
            words_for(language)("col.first_name"),
        ]
        anna = next(line for line in lines if line.startswith("Anna van den Berg"))
        assert arrival in anna.split(sep)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_the_dutch_csv_opens_in_libreoffice_as_columns_with_real_dates(tmp_path: Path) -> None:
    """LibreOffice set to Dutch (language 1043) with the semicolon Dutch spreadsheets use
    as list separator, and UTF-8: the options a Dutch Calc reads a CSV with."""
    with make_event(tmp_path, "nl") as store:
        out = tmp_path / "aanwezigheid.csv"
        export_attendance(store, out)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{profile}",
            "--infilter=CSV:59,34,76,1,,1043",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(tmp_path / "lo"),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    wb = openpyxl.load_workbook(tmp_path / "lo" / "aanwezigheid.xlsx")
    try:
        rows = [[c.value for c in r] for r in wb.active.iter_rows()]
    finally:
        wb.close()
    head = rows[0]
    assert head[:3] == ["Naam", "Voornaam", "Tussenvoegsel"]
    assert len(head) > 10  # columns, not one column of semicolons
    anna = next(r for r in rows if r[0] == "Anna van den Berg")
    assert anna[head.index("Eerste aankomst")] == datetime(2021, 6, 18, 19, 1)
    zoe = next(r for r in rows if r[0] == "Zoë Yılmaz")
    assert zoe[head.index("Organisatie")] == "Studio Ğ"


def test_the_badge_date_follows_the_language(tmp_path: Path) -> None:
    for language, expected in (("nl", "18 juni 2021"), ("en", "18 June 2021")):
        with Store.create(
            tmp_path / f"b-{language}.checkin",
            name="Gala",
            capacity=5,
            event_date=date(2021, 6, 18),
            now=T0,
            language=language,
        ) as store:
            seed(store, GUESTS[:1])
            write_badges(store, tmp_path / f"{language}.pdf")
        text = pdf_text(tmp_path / f"{language}.pdf")
        assert expected in text
        assert ("Tafel 4" if language == "nl" else "Table 4") in text


def test_the_dutch_door_list_and_roll_call_read_dutch(tmp_path: Path) -> None:
    with make_event(tmp_path, "nl") as store:
        write_door_list(store, tmp_path / "deur.pdf")
        write_inside_list(
            store, tmp_path / "binnen.pdf", now=datetime(2021, 6, 18, 18, 0, tzinfo=UTC)
        )
    door_list = " ".join(pdf_text(tmp_path / "deur.pdf").split())
    assert "Deurlijst: Symposium Kunstroute" in door_list
    assert "18-06-2021, 5 gasten, gesorteerd op achternaam" in door_list
    assert "pagina 1 van 1" in door_list
    roll = " ".join(pdf_text(tmp_path / "binnen.pdf").split())
    assert "Nu binnen: Symposium Kunstroute" in roll
    assert "Gemaakt op 18-06-2021 20:00" in roll


def test_checkin_new_takes_the_language_and_defaults_to_the_systems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from checkin.cli import main

    assert (
        main(
            [
                "new",
                str(tmp_path / "a.checkin"),
                "--name",
                "Gala",
                "--capacity",
                "9",
                "--language",
                "nl",
            ]
        )
        == 0
    )
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert main(["new", str(tmp_path / "b.checkin"), "--name", "Gala", "--capacity", "9"]) == 0
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert (
        main(["new", str(tmp_path / "c.checkin"), "--name", "Gala", "--capacity", "9", "--json"])
        == 0
    )
    assert '"language": "en"' in capsys.readouterr().out
    for name, expected in (("a", "nl"), ("b", "nl"), ("c", "en")):
        with Store.open(tmp_path / f"{name}.checkin") as store:
            assert store.event().language == expected
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "new",
                str(tmp_path / "d.checkin"),
                "--name",
                "Gala",
                "--capacity",
                "9",
                "--language",
                "de",
            ]
        )
    assert exit_.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
