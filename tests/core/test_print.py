"""Badges printed on arrival, for real: through CUPS into cups-pdf, each PDF decoded.

One badge per guest admitted for the first time and none for a refusal or a
re-entry; a paused queue never holds up a verdict and its badges come out when
it is resumed; a printer that does not exist is one sentence (exit 2); printing
never lets anyone past the cap.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.door import DoorService
from checkin.printing import BadgeDesk, CupsSpooler, JobState, Ledger, PrintChoice
from checkin.printing.badge import badge_pdf, print_layout
from checkin.printing.cups import PrinterCondition, parse_state
from checkin.store import Store
from tests.printers import (
    files_of,
    not_completed,
    page_size_mm,
    pause,
    printed,
    private_queue,
    qr_codes,
    resume,
)


@pytest.fixture
def queue() -> Iterator[str]:
    yield from private_queue()


def run(*args: str, stdin: str = "") -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    try:
        code = main(list(args), stdout=out, stdin=io.StringIO(stdin))
    except SystemExit as stop:
        code = int(stop.code or 0)
    return code, [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]


def test_scan_prints_one_badge_per_admitted_guest_and_none_for_refusals(
    store: Store, event_path: Path, queue: str
) -> None:
    # 1001 in, 1005 cancelled, 9999 unknown, 1001 again (already inside), 1002 in;
    # 1002 leaves and comes back: a re-entry prints nothing.
    lines = "1001\n1005\n9999\n1001\n1002\n"
    code, said = run("scan", str(event_path), "--json", "--print", queue, stdin=lines)
    assert [s["verdict"] for s in said] == [
        "admitted",
        "cancelled",
        "unknown",
        "already_inside",
        "admitted",
    ]
    assert [s["printed"] for s in said] == [True, False, False, False, True]
    assert run("scan", str(event_path), "1002", "--exit", "--json")[0] == 0
    code, again = run("scan", str(event_path), "1002", "--json", "--print", queue)
    assert (again[0]["verdict"], again[0]["printed"]) == ("admitted", False)

    jobs = {str(s["print_job"]) for s in said if s["printed"]}
    pdfs = files_of(jobs)
    assert sorted(qr_codes(pdf)[0][0] for pdf in pdfs.values()) == ["1001", "1002"]
    assert all(len(qr_codes(pdf)) == 1 for pdf in pdfs.values())  # one page each
    assert {page_size_mm(pdf) for pdf in pdfs.values()} == {(62, 100)}


def test_print_badge_on_demand_and_the_layouts(
    store: Store, event_path: Path, queue: str, tmp_path: Path
) -> None:
    code, said = run(
        "print-badge",
        str(event_path),
        "1003",
        "1004",
        "--printer",
        queue,
        "--layout",
        "card-86x54",
        "--json",
    )
    assert code == 0 and [s["printed"] for s in said] == [True, True]
    for s in said:  # on paper of the card's own size (CUPS turns it to fit), not A4
        pdf = printed(str(s["print_job"]))
        assert qr_codes(pdf) == [[s["code"]]] and sorted(page_size_mm(pdf)) == [54, 86]
    # each print layout is one page of its own size, the QR readable on it
    event, guest = store.event(), store.guest_by_code("1001")
    assert guest is not None
    for layout, size in [
        ("label-62mm", (62, 100)),
        ("card-86x54", (86, 54)),
        ("a6", (105, 148)),
        ("a4-1", (210, 297)),
    ]:
        pdf = badge_pdf(event, guest, tmp_path / f"{layout}.pdf", layout=layout, people=2)
        assert page_size_mm(pdf) == size and qr_codes(pdf) == [["1001"]]


def test_a_companion_is_on_the_guests_badge(store: Store, tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    guest = store.guest_by_code("1002")
    assert guest is not None
    texts = []
    for people in (1, 3):
        pdf = badge_pdf(store.event(), guest, tmp_path / f"{people}.pdf", people=people)
        doc = pdfium.PdfDocument(pdf)
        texts.append(doc[0].get_textpage().get_text_range())
        doc.close()
    assert "+2" not in texts[0] and "+2" in texts[1] and "Zoë" in texts[1]


def test_a_printer_that_does_not_exist_is_one_sentence(
    store: Store, event_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (
        ["print-badge", str(event_path), "1001", "--printer", "no-such-printer"],
        ["scan", str(event_path), "1001", "--print", "no-such-printer"],
    ):
        code, said = run(*args)
        err = capsys.readouterr().err.strip()
        assert code == 2 and said == [] and len(err.splitlines()) == 1
        assert "There is no printer 'no-such-printer' on this computer" in err
    assert store.scans() == []  # nothing scanned before the printer was checked
    state = CupsSpooler().state("no-such-printer")
    assert state.condition is PrinterCondition.MISSING


def test_bad_layout_and_unknown_code_are_one_sentence(
    store: Store, event_path: Path, queue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(
        "print-badge", str(event_path), "1001", "--printer", queue, "--layout", "avery-l4785"
    )
    err = capsys.readouterr().err
    assert code == 2 and "not a layout for one badge at a time" in err
    code, _ = run("print-badge", str(event_path), "1001", "nobody", "--printer", queue)
    err = capsys.readouterr().err
    assert code == 2 and "nobody" in err and not_completed(queue) == set()
    with pytest.raises(Exception, match="choose one of label-62mm"):
        print_layout("a4-8")


def test_a_paused_queue_never_delays_a_verdict_and_prints_when_resumed(
    store: Store, event_path: Path, queue: str
) -> None:
    pause(queue)
    assert CupsSpooler().state(queue).condition is PrinterCondition.PAUSED
    started = time.monotonic()
    code, said = run("scan", str(event_path), "1001", "1002", "--json", "--print", queue)
    took = time.monotonic() - started
    assert code == 0 and [s["printed"] for s in said] == [True, True]
    assert took < 10  # a verdict per line, the jobs queued; nobody waits for paper
    jobs = {str(s["print_job"]) for s in said}
    time.sleep(1)
    assert jobs <= not_completed(queue)  # held while paused
    state = CupsSpooler().state(queue)
    assert (state.condition, state.waiting) == (PrinterCondition.PAUSED, 2)
    resume(queue)
    pdfs = files_of(jobs)
    assert sorted(qr_codes(p)[0][0] for p in pdfs.values()) == ["1001", "1002"]


def test_badges_not_printed_are_listed_until_the_print_system_has_printed_them(
    store: Store, queue: str, tmp_path: Path
) -> None:
    ledger = Ledger(tmp_path / "door")
    desk = BadgeDesk(CupsSpooler(), PrintChoice(queue, "a6"), event="ev", ledger=ledger)
    pause(queue)
    service = DoorService(store, "Noord")
    result = service.scan("1003")
    job = desk.job_for(result)
    assert job is not None and job.id == result.scan_id
    assert desk.unprinted() == []  # not listed until it is sent, or the app closes
    desk.keep([job])
    # the app closed before it was sent: the next desk (the app opened again) lists it
    again = BadgeDesk(
        CupsSpooler(), PrintChoice(queue, "a6"), event="ev", ledger=Ledger(tmp_path / "door")
    )
    assert [(j.guest_id, j.state) for j in again.unprinted()] == [(job.guest_id, JobState.WAITING)]
    guest = store.guest(job.guest_id)
    sent = again.send(job, store.event(), guest)
    assert sent.state == JobState.SENT
    assert [j.state for j in again.unprinted()] == [JobState.SENT]  # held in a paused queue
    resume(queue)
    assert qr_codes(printed(sent.job)) == [["1003"]]
    assert again.unprinted() == [] and ledger.jobs() == []


def test_a_failed_job_is_listed_with_why(store: Store, tmp_path: Path, queue: str) -> None:
    ledger = Ledger(tmp_path)
    desk = BadgeDesk(CupsSpooler(), PrintChoice(queue), event="ev", ledger=ledger)
    guest = store.guest_by_code("1001")
    assert guest is not None
    desk.choice = PrintChoice("gone-printer")  # the queue was removed after the desk started
    job = desk.print_badge(store.event(), guest)
    assert job.state == JobState.FAILED and "There is no printer 'gone-printer'" in job.detail
    assert [j.id for j in desk.unprinted()] == [job.id]
    desk.forget({job.id})
    assert desk.unprinted() == []


def test_printing_never_admits_anyone_past_the_cap(
    store: Store, event_path: Path, queue: str
) -> None:
    # capacity 3: three in, then the fourth is full and gets no badge
    code, said = run(
        "scan", str(event_path), "1001", "1002", "1003", "1004", "--json", "--print", queue
    )
    assert [s["verdict"] for s in said] == ["admitted"] * 3 + ["full"]
    assert [s["printed"] for s in said] == [True, True, True, False]
    code, more = run("print-badge", str(event_path), "1004", "--printer", queue, "--json")
    assert code == 0 and more[0]["printed"] is True  # a badge on demand admits nobody
    assert store.event().inside == 3
    assert store.guest_by_code("1004").presence.value == "not_arrived"  # type: ignore[union-attr]
    files_of({str(s["print_job"]) for s in said if s["printed"]})


@pytest.mark.parametrize(
    "text, condition",
    [
        ("printer q is idle.  enabled since Mon\n\tAlerts: none\n", PrinterCondition.READY),
        ("printer q now printing q-3.  enabled since Mon\n", PrinterCondition.PRINTING),
        ("printer q disabled since Mon -\n\tPaused\n\tAlerts: paused\n", PrinterCondition.PAUSED),
        ("printer q disabled since Mon -\n\tOut of paper\n", PrinterCondition.OUT_OF_PAPER),
        (
            "printer q is idle.  enabled since Mon\n\tAlerts: media-empty-error\n",
            PrinterCondition.OUT_OF_PAPER,
        ),
        (
            "printer q disabled since Mon -\n\t/usr/lib/cups/backend/usb failed\n",
            PrinterCondition.STOPPED,
        ),
    ],
)
def test_printer_states_from_lpstat(text: str, condition: PrinterCondition) -> None:
    assert parse_state("q", text).condition is condition


def test_a_stopped_queue_says_why(queue: str) -> None:
    import subprocess

    subprocess.run(["cupsdisable", "-r", "Out of paper", queue], check=True, timeout=10)
    state = CupsSpooler().state(queue)
    assert state.condition is PrinterCondition.OUT_OF_PAPER and "Out of paper" in state.detail


def test_a_computer_without_cups_is_one_sentence(
    store: Store,
    event_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # Windows, or a Linux without cups-client
    code, said = run("print-badge", str(event_path), "1001", "--printer", "any")
    err = capsys.readouterr().err.strip()
    assert code == 2 and said == [] and err.count("\n") == 0
    assert "no CUPS (`lp`) to print with; on Windows badges are printed from the app" in err


def test_a_damaged_list_is_set_aside_not_lost(store: Store, tmp_path: Path) -> None:
    ledger = Ledger(tmp_path)
    ledger.path.write_text("{not json", encoding="utf-8")
    assert ledger.jobs() == []
    assert (tmp_path / "badges-to-print.damaged.json").read_text(encoding="utf-8") == "{not json"
    guest = store.guest_by_code("1001")
    assert guest is not None
    desk = BadgeDesk(CupsSpooler(), PrintChoice("any"), event="ev", ledger=ledger)
    job = desk.job(guest, people=2)
    desk.keep([job])
    assert [(j.id, j.people, j.code) for j in Ledger(tmp_path).jobs("ev")] == [(job.id, 2, "1001")]
    assert Ledger(tmp_path).jobs("another event") == []
