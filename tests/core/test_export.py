"""The attendance export, read back by openpyxl and, independently, by calamine."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from checkin import cli
from checkin.documents.export import export_attendance
from checkin.documents.words import words_for
from checkin.door import DoorService, ScanResult, Verdict
from checkin.errors import Cancelled, InvalidValue, OutputError
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, Clock, seed

NASTY = ['=HYPERLINK("http://x","y")', "+SUM(1,2)", "-2+3", "@cmd"]

EN = words_for("en")


def local(minutes: int) -> datetime:
    """T0 (17:00 UTC) is 19:00 in Amsterdam in June; the export writes local time."""
    return datetime(2021, 6, 18, 19, 0) + timedelta(minutes=minutes)


def run_session(store: Store, clock: Clock) -> None:
    """A door session with every kind of attempt, through the door service; clock() moves
    one minute before each, and the door reads that time."""
    d = DoorService(store, clock=lambda: clock.now)

    def at_next_minute(action: Callable[[], ScanResult]) -> ScanResult:
        clock()
        return action()

    at_next_minute(lambda: d.scan("1001"))  # 19:01 admitted, 1 inside
    at_next_minute(lambda: d.scan("1002"))  # 19:02 admitted, 2
    at_next_minute(lambda: d.count(+1))  # 19:03 crew member, 3
    at_next_minute(lambda: d.scan("1003"))  # 19:04 full
    at_next_minute(lambda: d.scan("1005"))  # 19:05 cancelled
    at_next_minute(lambda: d.scan("1001", exit=True))  # 19:06 exited, 2
    jan = at_next_minute(lambda: d.scan("1003"))  # 19:07 admitted, 3
    at_next_minute(lambda: d.walk_in(GuestInput(name="Walk Full"), new=True))  # 19:08 full
    at_next_minute(lambda: d.scan("1002", exit=True))  # 19:09 exited, 2
    at_next_minute(
        lambda: d.walk_in(GuestInput(first_name="Willem", last_name="Inloop"), new=True)
    )  # 19:10 admitted, 3
    at_next_minute(lambda: d.scan("NOSUCHCODE"))  # 19:11 unknown
    at_next_minute(lambda: d.scan("1001"))  # 19:12 full
    at_next_minute(lambda: d.count(-1))  # 19:13 crew member out, 2
    at_next_minute(lambda: d.scan("1001"))  # 19:14 re-entry, 3
    undone = at_next_minute(lambda: d.undo("wrong badge", scan=jan.record_id))
    assert undone.verdict is Verdict.UNDONE  # 19:15 Jan's entry undone, 2
    at_next_minute(lambda: d.scan("1002"))  # 19:16 re-entry, 3


def sheet_rows(path: Path, name: str) -> list[list[Any]]:
    wb = openpyxl.load_workbook(path)
    try:
        return [[c.value for c in row] for row in wb[name].iter_rows()]
    finally:
        wb.close()


def by_header(rows: list[list[Any]]) -> list[dict[str, Any]]:
    head = rows[0]
    return [dict(zip(head, r, strict=False)) for r in rows[1:]]


def test_workbook_after_a_door_session(store: Store, clock: Clock, tmp_path: Path) -> None:
    run_session(store, clock)
    out = tmp_path / "attendance.xlsx"
    result = export_attendance(store, out)

    assert result.path == out and result.guests == 6 and result.scans == len(store.scans())
    assert out.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "attendance.xlsx",
        "event.checkin",
        "event.checkin-shm",
        "event.checkin-wal",
    ]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Attendance", "Scan log", "Summary"]
    att = wb["Attendance"]
    assert att.freeze_panes == "A2"
    assert att.auto_filter.ref == "A1:P7"
    assert all(c.font.b for c in att[1])
    assert att.column_dimensions["A"].width == 28
    assert att["J2"].number_format == "yyyy-mm-dd hh:mm:ss"
    wb.close()

    rows = {r["Code"]: r for r in by_header(sheet_rows(out, "Attendance"))}
    walk_in = next(r for r in rows.values() if r["Last name"] == "Inloop")
    assert {code: r["Status"] for code, r in rows.items() if r is not walk_in} == {
        "1001": "attended",
        "1002": "attended",
        "1003": "no-show",
        "1004": "no-show",
        "1005": "cancelled",
    }
    assert walk_in["Status"] == "walk-in"
    anna = rows["1001"]
    assert (anna["Name"], anna["First name"], anna["Name prefix"], anna["Last name"]) == (
        "Anna van den Berg",
        "Anna",
        "van den",
        "Berg",
    )
    assert anna["Organisation"] == "Podium Mozaïek" and anna["Email"] == "anna@example.nl"
    assert anna["First arrival"] == local(1) and anna["Last departure"] == local(6)
    assert anna["Entries"] == 2
    assert rows["1002"]["Entries"] == 2 and rows["1002"]["Last departure"] == local(9)
    assert rows["1003"]["Entries"] == 0 and rows["1003"]["First arrival"] is None
    assert walk_in["First arrival"] == local(10) and walk_in["Entries"] == 1
    # Door-list order: last name, the tussenvoegsel ignored.
    assert [r["Last name"] for r in by_header(sheet_rows(out, "Attendance"))] == [
        "Berg",
        "Inloop",
        "Klaassen",
        "Østergaard",
        "Vries",
        "Yılmaz",
    ]


def test_scan_log_matches_the_store(store: Store, clock: Clock, tmp_path: Path) -> None:
    run_session(store, clock)
    out = tmp_path / "a.xlsx"
    export_attendance(store, out)
    log = by_header(sheet_rows(out, "Scan log"))
    scans = store.scans()
    assert len(log) == len(scans) == 16
    names = {g.id: g.name for g in store.guests()}
    for row, scan in zip(log, scans, strict=True):
        assert row["Time"] == local(scans.index(scan) + 1)
        assert (row["Code as scanned"] or "") == scan.raw
        assert row["Guest id"] == scan.guest_id
        assert (row["Guest"] or "") == (names[scan.guest_id] if scan.guest_id else "")
        assert (row["Action"], row["Verdict"]) == (EN.code(scan.action), EN.code(scan.verdict))
        assert (row["People"], row["Inside after"]) == (scan.people, scan.inside_after)
        assert row["Undone"] == ("yes" if scan.undone else "no")
    assert [r["Verdict"] for r in log].count("full") == 3
    assert sum(r["Undone"] == "yes" for r in log) == 1
    undone = next(r for r in log if r["Undone"] == "yes")
    assert (undone["Guest"], undone["Time"]) == ("Jan de Vries", local(7))


def test_summary_and_chart(store: Store, clock: Clock, tmp_path: Path) -> None:
    run_session(store, clock)
    out = tmp_path / "a.xlsx"
    export_attendance(store, out)
    rows = sheet_rows(out, "Summary")
    facts = {r[0]: r[1] for r in rows[1:] if r[0]}
    assert facts["Event"] == "Inspiratiesessie Nieuw-West"
    assert facts["Capacity"] == 3
    assert (
        facts["Invited"],
        facts["Attended"],
        facts["No-shows"],
        facts["Cancelled"],
        facts["Walk-ins"],
    ) == (5, 2, 2, 1, 1)
    assert facts["Peak headcount"] == 3 and facts["Peak at"] == local(3)
    points = [(r[3], r[4]) for r in rows[1:] if r[3] is not None]
    assert rows[0][3:5] == ["Time", "Most inside"]
    # One point a minute from 19:01 to 19:16, each the most people inside in that minute.
    assert points == [
        (local(m), n)
        for m, n in zip(range(1, 17), [1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], strict=True)
    ]
    with zipfile.ZipFile(out) as z:
        chart = z.read("xl/charts/chart1.xml").decode()
    assert "<lineChart>" in chart
    assert "'Summary'!$E$2:$E$17" in chart and "'Summary'!$D$2:$D$17" in chart


def test_long_event_chart_is_downsampled_and_keeps_the_peak(tmp_path: Path) -> None:
    with Store.create(tmp_path / "e.checkin", name="Three days", capacity=10, now=T0) as s:
        seed(s, [GuestInput(name=f"G{i}", code=f"{2000 + i}") for i in range(3)])
        clock = Clock()
        d = DoorService(s, clock=lambda: clock.now)
        for minutes, code, exit in (
            (1, "2000", False),
            (60 * 24, "2001", False),
            (1, "2002", False),  # 3 inside for just one minute
            (1, "2002", True),
            (60 * 48, "2001", True),
        ):
            clock(minutes)
            d.scan(code, exit=exit)
        out = tmp_path / "a.xlsx"
        export_attendance(s, out)
    points = [r[4] for r in sheet_rows(out, "Summary")[1:] if r[3] is not None]
    assert 100 < len(points) <= 500
    # The last step holds the last exit: 2 inside at its start, 1 after it.
    assert max(points) == 3 and points[-1] == 2


def test_calamine_reads_the_same_workbook(store: Store, clock: Clock, tmp_path: Path) -> None:
    run_session(store, clock)
    out = tmp_path / "a.xlsx"
    export_attendance(store, out)
    book = CalamineWorkbook.from_path(str(out))
    assert book.sheet_names == ["Attendance", "Scan log", "Summary"]
    att = book.get_sheet_by_name("Attendance").to_python()
    head = att[0]
    rows = {r[head.index("Code")]: r for r in att[1:]}
    assert rows["1001"][head.index("First arrival")] == local(1)
    assert rows["1001"][head.index("Status")] == "attended"
    assert rows["1005"][head.index("Status")] == "cancelled"
    log = book.get_sheet_by_name("Scan log").to_python()
    assert len(log) == 1 + len(store.scans())
    assert [r[6] for r in log[1:]] == [EN.code(s.verdict) for s in store.scans()]
    assert log[1][0] == local(1)


@pytest.fixture
def nasty_store(tmp_path: Path) -> Store:
    s = Store.create(tmp_path / "nasty.checkin", name="=cmd|' /C calc'!A0", capacity=10, now=T0)
    # Added one by one as the Guests screen's "add guest" dialog does (store.add_guest), not
    # imported: the import reads a list's cells as a person typed them (a name split into
    # first and last, whitespace trimmed, extra cells as text), and this test needs the
    # formula-like values, tabs and typed extras stored exactly, to see the export keep them.
    for i, n in enumerate(NASTY):
        s.add_guest(
            GuestInput(
                name=n,
                code=f"{3000 + i}",
                organisation=n,
                extra={
                    "Note": "\tleading tab",
                    "Other": "\rcarriage return",
                    "Phone": "+31 6 1234",
                    "Markup": "<b>Tom & Jerry</b>\x01 ok ",
                    "Tickets": 2,
                    "Paid": True,
                },
            ),
            now=T0,
        )
    return s


def test_formula_like_text_stays_text_in_xlsx(
    nasty_store: Store, clock: Clock, tmp_path: Path
) -> None:
    DoorService(nasty_store, clock=clock).scan("3000")
    out = tmp_path / "a.xlsx"
    export_attendance(nasty_store, out)
    nasty_store.close()
    wb = openpyxl.load_workbook(out)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"
    wb.close()
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode() and "<f " not in z.read(name).decode()
    rows = by_header(sheet_rows(out, "Attendance"))
    assert sorted(r["Name"] for r in rows) == sorted(NASTY)
    assert sorted(r["Organisation"] for r in rows) == sorted(NASTY)
    assert {r["Note"] for r in rows} == {"\tleading tab"}
    assert {r["Other"] for r in rows} == {"\rcarriage return"}
    assert {r["Phone"] for r in rows} == {"+31 6 1234"}
    # Markup escaped, a control character Excel refuses dropped, spaces kept; numbers stay numbers.
    assert {r["Markup"] for r in rows} == {"<b>Tom & Jerry</b> ok "}
    assert {r["Tickets"] for r in rows} == {2} and {r["Paid"] for r in rows} == {True}
    assert sheet_rows(out, "Scan log")[1][4] == NASTY[0]
    assert sheet_rows(out, "Summary")[1][1] == "=cmd|' /C calc'!A0"
    calamine = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Attendance").to_python()
    assert sorted(r[0] for r in calamine[1:]) == sorted(NASTY)


def test_csv_is_the_attendance_sheet_with_bom_and_quoted_formulas(
    nasty_store: Store, clock: Clock, tmp_path: Path
) -> None:
    DoorService(nasty_store, clock=clock).scan("3001")
    out = tmp_path / "a.csv"
    result = export_attendance(nasty_store, out)
    nasty_store.close()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert result.guests == len(rows) == 4
    assert sorted(r["Name"] for r in rows) == sorted("'" + n for n in NASTY)
    assert sorted(r["Organisation"] for r in rows) == sorted("'" + n for n in NASTY)
    assert {r["Note"] for r in rows} == {"'\tleading tab"}
    assert {r["Other"] for r in rows} == {"'\rcarriage return"}
    sum_row = next(r for r in rows if r["Code"] == "3001")
    assert sum_row["Status"] == "attended"
    assert sum_row["First arrival"] == "2021-06-18 19:01:00"
    assert sum_row["Last departure"] == "" and sum_row["Entries"] == "1"


def test_csv_of_the_session_has_local_times(store: Store, clock: Clock, tmp_path: Path) -> None:
    run_session(store, clock)
    out = tmp_path / "a.csv"
    export_attendance(store, out)
    rows = {
        r["Code"]: r
        for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline=""))
    }
    assert rows["1001"]["First arrival"] == "2021-06-18 19:01:00"
    assert rows["1001"]["Last departure"] == "2021-06-18 19:06:00"
    assert rows["1002"]["Name"] == "Zoë Yılmaz"
    assert [r["Status"] for r in rows.values()].count("no-show") == 2


def test_other_suffix_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="must end in .xlsx or .csv"):
        export_attendance(store, tmp_path / "a.ods")
    assert not (tmp_path / "a.ods").exists()


def test_cancelled_export_leaves_no_file(store: Store, clock: Clock, tmp_path: Path) -> None:
    run_session(store, clock)
    out = tmp_path / "out" / "a.xlsx"
    out.parent.mkdir()
    out.write_bytes(b"the previous export")
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        export_attendance(
            store, out, progress=lambda d, t: calls.append((d, t)), cancelled=lambda: len(calls) > 0
        )
    assert [p.name for p in out.parent.iterdir()] == ["a.xlsx"]
    assert out.read_bytes() == b"the previous export"


def test_progress_reaches_the_total(store: Store, clock: Clock, tmp_path: Path) -> None:
    run_session(store, clock)
    calls: list[tuple[int, int]] = []
    export_attendance(store, tmp_path / "a.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 6 + 16) and calls[-1] == (6 + 16, 6 + 16)


def test_an_event_without_scans_exports_without_a_chart(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "a.xlsx"
    result = export_attendance(store, out)
    assert (result.guests, result.scans) == (5, 0)
    facts = {r[0]: r[1] for r in sheet_rows(out, "Summary")[1:] if r[0]}
    assert (facts["Attended"], facts["No-shows"], facts["Peak headcount"]) == (0, 4, 0)
    with zipfile.ZipFile(out) as z:
        assert not any(n.startswith("xl/charts/") for n in z.namelist())


def test_unwritable_output_is_one_error_and_no_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="folder does not exist"):
        export_attendance(store, tmp_path / "missing" / "a.xlsx")
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    with pytest.raises(OutputError, match="is a folder"):
        export_attendance(store, folder)
    assert list(folder.iterdir()) == []


def test_cli_export(
    store: Store, clock: Clock, event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_session(store, clock)
    out = tmp_path / "cli.xlsx"
    assert cli.main(["export", str(event_path), "-o", str(out)]) == 0
    assert len(by_header(sheet_rows(out, "Attendance"))) == 6
    csv_out = tmp_path / "cli.csv"
    assert cli.main(["export", str(event_path), "-o", str(csv_out)]) == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfName,")
    capsys.readouterr()

    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    for bad, why in (
        (tmp_path / "nowhere" / "x.xlsx", "folder does not exist"),
        (folder, "is a folder"),
        (tmp_path, "must end in .xlsx or .csv"),
    ):
        before = sorted(p.name for p in tmp_path.iterdir())
        assert cli.main(["export", str(event_path), "-o", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and why in err
        assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not (tmp_path / "nowhere").exists() and list(folder.iterdir()) == []


def test_door_question_confirmation_is_in_the_scan_log(
    store: Store, clock: Clock, tmp_path: Path
) -> None:
    store.update_event(door_question="Heeft u klachten die op COVID-19 wijzen?")
    d = DoorService(store, clock=clock)
    assert d.scan("1001").verdict == "confirm"  # asked, not logged
    d.scan("1001", confirmed=True)
    d.scan("1002", exit=True)
    out = tmp_path / "vraag.xlsx"
    export_attendance(store, out)
    log = by_header(sheet_rows(out, "Scan log"))
    assert [(r["Verdict"], r["Door question confirmed"]) for r in log] == [
        ("admitted", "yes"),
        ("not inside", None),
    ]
