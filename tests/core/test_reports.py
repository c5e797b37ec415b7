"""Roll call, contact tracing and the paper door list, against a real store and real PDFs."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pypdfium2 as pdfium
import pytest

from checkin.documents.reports import (
    inside_now,
    present_between,
    write_door_list,
    write_inside_list,
    write_present,
)
from checkin.door import DoorService, Verdict
from checkin.errors import InvalidValue, OutputError
from checkin.models import GuestInput, Presence
from checkin.store import Store
from checkin.text import fold
from tests.conftest import T0, Clock, seed

AMS = ZoneInfo("Europe/Amsterdam")


def pdf_pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def door_at(store: Store, when: datetime, name: str = "") -> DoorService:
    """A door whose clock reads ``when``: what it does happens then."""
    return DoorService(store, name, clock=lambda: when)


def session(store: Store, clock: Clock) -> None:
    door_at(store, clock()).scan("1001")  # Anna in
    door_at(store, clock()).scan("1002")  # Zoë in
    door_at(store, clock()).count(+1)  # crew: room full
    door_at(store, clock()).scan("1001", exit=True)  # Anna out
    door_at(store, clock()).scan("1004")  # Søren in


def test_inside_now_matches_the_store(store: Store, clock: Clock) -> None:
    session(store, clock)
    rows, counter = inside_now(store)
    inside = [g for g in store.guests() if g.presence == Presence.INSIDE]
    assert [r.guest_id for r in rows] == [g.id for g in inside]
    assert [r.name for r in rows] == ["Søren Østergaard", "Zoë Yılmaz"]
    assert counter == store.event().counter == 1
    assert rows[1].organisation == "Studio Ğ" and rows[1].people == 1
    assert rows[1].arrived == T0 + timedelta(minutes=2)
    assert rows[1].arrived.utcoffset() == timedelta(hours=2)  # shown in Amsterdam time
    assert sum(r.people for r in rows) + counter == store.event().inside


def test_inside_list_pdf(store: Store, clock: Clock, tmp_path: Path) -> None:
    session(store, clock)
    out = write_inside_list(
        store, tmp_path / "inside.pdf", now=datetime(2021, 6, 18, 17, 30, tzinfo=UTC)
    )
    assert out == tmp_path / "inside.pdf"
    pages = pdf_pages(out)
    assert len(pages) == 1
    text = pages[0]
    assert "Made 2021-06-18 19:30" in text
    assert "3 people inside: 2 guests and 1 counted in without a name" in text
    assert "Zoë Yılmaz" in text and "Studio Ğ" in text and "Søren Østergaard" in text
    assert "19:02" in text
    assert text.index("Østergaard") < text.index("Yılmaz")
    assert "Anna" not in text
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["inside.pdf"]


def test_inside_list_of_a_big_room_uses_few_pages(tmp_path: Path) -> None:
    with Store.create(tmp_path / "e.checkin", name="Big", capacity=500, now=T0) as s:
        seed(
            s,
            [
                GuestInput(
                    first_name=f"F{i}",
                    last_name=f"L{i:03d}",
                    code=f"{5000 + i}",
                    companions=1 if i % 10 == 0 else 0,
                )
                for i in range(300)
            ],
        )
        for i in range(300):
            # a group comes in whole, not asked how many came along (the CLI's way)
            door_at(s, T0 + timedelta(seconds=i)).scan(f"{5000 + i}", ask_companions=False)
        out = write_inside_list(s, tmp_path / "inside.pdf")
    pages = pdf_pages(out)
    assert len(pages) <= 5
    text = "".join(pages)
    assert all(f"F{i} L{i:03d}" in text for i in range(300))
    assert "330 people inside: 300 guests (330 with their companions)" in text


def test_inside_list_xlsx(store: Store, clock: Clock, tmp_path: Path) -> None:
    session(store, clock)
    out = write_inside_list(
        store, tmp_path / "inside.xlsx", now=datetime(2021, 6, 18, 17, 30, tzinfo=UTC)
    )
    wb = openpyxl.load_workbook(out)
    ws = wb["Inside"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    wb.close()
    assert values[1][:2] == ["Made", datetime(2021, 6, 18, 19, 30)]
    assert "1 counted in without a name" in values[2][0]
    assert values[3] == ["Name", "Organisation", "Arrived", "People", "Guest id"]
    assert [r[0] for r in values[4:]] == ["Søren Østergaard", "Zoë Yılmaz"]
    assert values[5][2] == datetime(2021, 6, 18, 19, 2)


def test_other_suffixes_are_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue):
        write_inside_list(store, tmp_path / "inside.docx")
    with pytest.raises(InvalidValue):
        write_door_list(store, tmp_path / "door.xlsx")
    with pytest.raises(InvalidValue):
        write_present(store, T0, T0, tmp_path / "p.pdf")
    with pytest.raises(OutputError):
        write_door_list(store, tmp_path / "missing" / "door.pdf")
    assert list(tmp_path.glob("*.*x")) == []


# --- contact tracing ----------------------------------------------------------

START = T0 + timedelta(minutes=20)  # window 19:20-19:40 local
END = T0 + timedelta(minutes=40)
SECOND = timedelta(seconds=1)


@pytest.fixture
def traced(tmp_path: Path) -> Store:
    """Guests whose visits sit right at the edges of the window [START, END]."""
    s = Store.create(tmp_path / "trace.checkin", name="Trace", capacity=50, now=T0)
    names = [
        "Before Left-inside",
        "Entered Stayed",
        "Left Justbefore",
        "Entered Justafter",
        "Undone Admission",
        "On Endedge",
        "Out Startedge",
        "Undone Exit",
        "Twice Visited",
        "Never Came",
    ]
    seed(
        s,
        [
            GuestInput(
                first_name=n.split()[0],
                last_name=n.split()[1],
                code=f"{7000 + i}",
                email=f"g{i}@example.nl",
                extra={"Phone": f"06-{i}"},
            )
            for i, n in enumerate(names)
        ],
    )
    code = {n.split()[1]: f"{7000 + i}" for i, n in enumerate(names)}

    def at(minutes: float) -> datetime:
        return T0 + timedelta(minutes=minutes)

    door_at(s, at(0)).scan(code["Left-inside"])
    door_at(s, at(1)).scan(code["Justbefore"])
    door_at(s, at(2)).scan(code["Startedge"])
    door_at(s, at(3)).scan(code["Exit"])
    door_at(s, at(4)).scan(code["Visited"])
    door_at(s, at(10)).scan(code["Exit"], exit=True)
    # the exit was a mistake: still inside (the door's own last scan, taken back)
    assert door_at(s, at(11)).undo("mistake").verdict is Verdict.UNDONE
    door_at(s, at(12)).scan(code["Visited"], exit=True)  # first visit ends before the window
    door_at(s, START - SECOND).scan(code["Justbefore"], exit=True)
    door_at(s, START).scan(code["Startedge"], exit=True)
    door_at(s, at(25), "Zuid").scan(code["Admission"])
    # another door's free undo: this one's was used at 11, within the window
    assert door_at(s, at(26), "Zuid").undo("mistake").verdict is Verdict.UNDONE
    door_at(s, at(30)).scan(code["Left-inside"], exit=True)
    door_at(s, at(35)).scan(code["Stayed"])
    door_at(s, at(38)).scan(code["Visited"])  # second visit inside the window
    door_at(s, END).scan(code["Endedge"])
    door_at(s, END + SECOND).scan(code["Justafter"])
    door_at(s, at(50)).scan(code["Visited"], exit=True)
    return s


def test_present_between_edges(traced: Store) -> None:
    rows = present_between(traced, START, END)
    # Door-list order (last names: Endedge, Exit, Left-inside, Startedge, Stayed, Visited).
    assert [r.name for r in rows] == [
        "On Endedge",
        "Undone Exit",
        "Before Left-inside",
        "Out Startedge",
        "Entered Stayed",
        "Twice Visited",
    ]
    by_name = {r.name: r for r in rows}
    left_inside = by_name["Before Left-inside"]
    assert [(s.entered, s.left) for s in left_inside.intervals] == [
        (T0, T0 + timedelta(minutes=30))
    ]
    assert left_inside.email == "g0@example.nl" and left_inside.extra == {"Phone": "06-0"}
    assert by_name["Entered Stayed"].intervals[0].left is None
    assert by_name["Undone Exit"].intervals[0].left is None
    assert [(s.entered, s.left) for s in by_name["Twice Visited"].intervals] == [
        (T0 + timedelta(minutes=38), T0 + timedelta(minutes=50))
    ]
    traced.close()


def test_window_in_local_time_and_backwards(traced: Store) -> None:
    local_rows = present_between(
        traced, datetime(2021, 6, 18, 19, 20), datetime(2021, 6, 18, 19, 40)
    )
    assert [r.guest_id for r in local_rows] == [
        r.guest_id for r in present_between(traced, START, END)
    ]
    # A window after everyone left holds only those never scanned out.
    late = present_between(traced, END + timedelta(hours=1), END + timedelta(hours=2))
    assert {r.name for r in late} == {
        "Entered Stayed",
        "Undone Exit",
        "On Endedge",
        "Entered Justafter",
    }
    with pytest.raises(InvalidValue, match="ends before it starts"):
        present_between(traced, END, START)
    traced.close()


def test_write_present_xlsx_and_csv(traced: Store, tmp_path: Path) -> None:
    out = write_present(traced, START, END, tmp_path / "present.xlsx")
    wb = openpyxl.load_workbook(out)
    rows = [[c.value for c in row] for row in wb["Present"].iter_rows()]
    assert wb["Present"].freeze_panes == "A2"
    wb.close()
    assert rows[0] == [
        "Name",
        "Organisation",
        "Email",
        "Seat",
        "Entered",
        "Left",
        "People",
        "Guest id",
        "Phone",
    ]
    assert len(rows) == 1 + 6
    left_inside = next(r for r in rows if r[0] == "Before Left-inside")
    assert left_inside[4:6] == [datetime(2021, 6, 18, 19, 0), datetime(2021, 6, 18, 19, 30)]
    assert left_inside[8] == "06-0"

    out_csv = write_present(traced, START, END, tmp_path / "present.csv")
    raw = out_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["Name"] for r in table] == [r[0] for r in rows[1:]]
    left = next(r for r in table if r["Name"] == "Before Left-inside")
    assert left["Entered"] == "2021-06-18 19:00:00" and left["Phone"] == "06-0"
    stayed = next(r for r in table if r["Name"] == "Entered Stayed")
    assert stayed["Left"] == ""
    traced.close()


# --- the paper door list ------------------------------------------------------


def test_door_list_is_alphabetical_without_cancelled(tmp_path: Path) -> None:
    with Store.create(
        tmp_path / "e.checkin", name="Gala", capacity=500, now=T0, event_date=T0.date()
    ) as s:
        last_names = [f"{chr(ord('A') + i % 26)}{'x' * (i // 26)}name" for i in range(150)]
        guests = [
            GuestInput(
                first_name="Pat",
                last_name=ln,
                code=f"{8000 + i}",
                organisation=f"Org {i}",
                seat=f"T{i % 12}",
            )
            for i, ln in enumerate(reversed(last_names))
        ]
        guests += [
            GuestInput(
                first_name="Anna", middle="van den", last_name="Berg", code="9001", companions=2
            ),
            GuestInput(first_name="Zoë", last_name="Yılmaz", code="9002"),
            GuestInput(first_name="Piet", last_name="Klaassen", code="9003", cancelled=True),
        ]
        seed(s, guests)
        out = write_door_list(s, tmp_path / "door.pdf")
        expected = [g.last_name for g in s.guests(include_cancelled=False)]
    pages = pdf_pages(out)
    assert 2 <= len(pages) <= 3  # 152 names
    text = "\n".join(pages)
    assert "Klaassen" not in text
    assert "Berg, Anna van den" in text and "+2" in text and "Yılmaz, Zoë" in text
    assert "2021-06-18, 152 guests" in text
    assert expected == sorted(expected, key=fold)
    positions = [text.index(f"{ln}, ") for ln in expected]
    assert positions == sorted(positions)
    assert expected.index("Berg") < expected.index("Bname") < expected.index("Yılmaz")
    assert f"page 1 of {len(pages)}" in pages[0]
