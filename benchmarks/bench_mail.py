"""1,000 tickets by e-mail to a local SMTP server, against a bare smtplib loop of 1,000 short
messages to the same server in the same run (target: at most 4x), and the memory it takes.

The server is aiosmtpd's sink in its own process (`python -m aiosmtpd -c Sink`), so the
sender and the server do not share one interpreter's lock. The event is a SQLite file with
1,000 guests; the rate limit is lifted (--rate 100000) to measure the sender itself.
"""

from __future__ import annotations

import resource
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _common import Figure  # noqa: E402

from checkin.documents.design import design_of  # noqa: E402
from checkin.mail import texts  # noqa: E402
from checkin.mail.message import parse_sender, ticket_mail  # noqa: E402
from checkin.mail.sender import send_tickets  # noqa: E402
from checkin.mail.smtp import Server  # noqa: E402
from checkin.mail.ticket import ticket_pdf  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.store import Store, outbox_t  # noqa: E402
from tests.guestlists import import_guests  # noqa: E402

TICKETS = 1_000
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SENDER = parse_sender("Bureau Nieuw-West <info@bureau.example>", "vragen@bureau.example")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _start_server(port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{port}",
            "-c",
            "aiosmtpd.handlers.Sink",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("the local SMTP server did not start")


def _build(path: Path) -> None:
    with Store.create(
        path,
        name="Relatiedag Ministerie van Binnenlandse Zaken",
        capacity=TICKETS,
        event_date=date(2026, 12, 18),
        language="nl",
        now=T0,
    ) as store:
        records = [
            GuestInput(
                first_name=f"Voornaam{i}",
                middle="van der" if i % 3 else "",
                last_name=f"Achternaam-Dubbel{i:04d}",
                organisation=f"Organisatie {i % 40}",
                email=f"gast{i}@example.nl",
                seat=str(i % 60 + 1),
            )
            for i in range(TICKETS)
        ]
        import_guests(store, records, file_name="bench.csv", now=T0)
        texts.save(
            store, texts.MailSettings(place="Nieuwe Kerk, Den Haag", start="14:00", end="17:30")
        )


def _bare(port: int) -> float:
    body = b"From: info@bureau.example\r\nTo: gast@example.nl\r\nSubject: test\r\n\r\nHallo.\r\n"
    start = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", port, timeout=30)
    for i in range(TICKETS):
        smtp.sendmail("info@bureau.example", [f"gast{i}@example.nl"], body)
    smtp.quit()
    return time.perf_counter() - start


def _prebuilt(event: Path, port: int) -> tuple[float, int]:
    """The same loop sending one real ticket mail, built beforehand: the cost of the bytes."""
    with Store.open(event, read_only=True) as store:
        guest = store.guests()[0]
        with tempfile.TemporaryDirectory() as folder:
            design = design_of({})
            data = ticket_mail(
                store.event(),
                guest,
                settings=texts.load(store),
                sender=SENDER,
                design=design,
                pdf=ticket_pdf(store.event(), guest, design, Path(folder)),
                now=T0,
            ).as_bytes()
    start = time.perf_counter()
    smtp = smtplib.SMTP("127.0.0.1", port, timeout=30)
    for _ in range(TICKETS):
        smtp.sendmail("info@bureau.example", [guest.email], data)
    smtp.quit()
    return (time.perf_counter() - start), len(data)


def _tickets(event: Path, port: int) -> tuple[float, int]:
    with Store.open(event) as store:
        with store.write() as tx:
            tx.conn.execute(outbox_t.delete())  # every ticket due again
        start = time.perf_counter()
        report = send_tickets(store, Server("127.0.0.1", port, "none"), "", SENDER, rate=100_000)
        elapsed = time.perf_counter() - start
    assert report.sent == TICKETS, report
    return elapsed, report.sent


def measure() -> list[Figure]:
    port = _free_port()
    server = _start_server(port)
    try:
        with tempfile.TemporaryDirectory() as folder:
            event = Path(folder) / "bench.checkin"
            _build(event)
            _bare(port)  # warm the server up
            rows = []
            for _ in range(3):  # alternate, so both see the same machine
                bare = _bare(port)
                ours, _ = _tickets(event, port)
                rows.append((bare, ours))
            prebuilt, size = _prebuilt(event, port)
            rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            tracemalloc.start()
            _tickets(event, port)
            _, traced_peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    finally:
        server.terminate()
        server.wait(10)
    rows.sort(key=lambda r: r[1] / r[0])
    bare, ours = rows[1]
    ratios = ", ".join(f"{o / b:.1f}" for b, o in rows)
    return [
        Figure(
            f"{TICKETS:,} ticket mails (HTML + inline QR + A6 PDF + .ics, outbox "
            "committed twice each) to a local aiosmtpd, one connection",
            f"{ours:.1f} s ({ours / TICKETS * 1000:.1f} ms a ticket); "
            f"{ours / bare:.1f} x the bare loop (runs: {ratios})",
            "at most 4 x the bare loop",
        ),
        Figure(
            f"bare smtplib loop: {TICKETS:,} short messages, same server, same run",
            f"{bare:.2f} s ({bare / TICKETS * 1000:.2f} ms a message)",
            "floor",
        ),
        Figure(
            f"the same loop sending one real ticket mail ({size / 1024:.0f} KiB) "
            f"{TICKETS:,} times, built beforehand",
            f"{prebuilt:.2f} s ({prebuilt / TICKETS * 1000:.2f} ms a message; "
            f"{prebuilt / bare:.1f} x the bare loop)",
            "the floor for mails this size",
        ),
        Figure(
            f"peak memory while sending {TICKETS:,} tickets",
            f"{traced_peak / 1e6:.1f} MB traced by Python; process peak RSS "
            f"{rss_after / 1024:.0f} MB ({rss_before / 1024:.0f} MB before)",
            "bounded (one mail at a time)",
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure)
