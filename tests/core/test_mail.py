"""Tickets by e-mail, sent to a real SMTP server (aiosmtpd on localhost) and read back as a
mail client reads them: the email parser, the QR decoded from the inline image and from the
PDF (zxing-cpp), the calendar file parsed (icalendar)."""

from __future__ import annotations

import io
import re
import ssl
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

import icalendar
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from checkin import privacy
from checkin.door.service import DoorService
from checkin.errors import InvalidValue
from checkin.mail import outbox, texts
from checkin.mail.errors import MailLoginRefused, MailServerUnreachable, MailTlsFailed
from checkin.mail.message import parse_sender
from checkin.mail.outbox import Ticket
from checkin.mail.sender import send_tickets
from checkin.mail.smtp import Server, parse_server
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed
from tests.smtp_server import Behaviour, MailServer, make_certificate

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
SENDER = parse_sender("Bureau Nieuw-West <info@bureau.example>", "vragen@bureau.example")
LUCJA = "Łucja Øberg-Şahin"


class FakeTime:
    """The run's clock and sleep: sleeping moves the clock, nothing waits for real."""

    def __init__(self) -> None:
        self.now = NOW
        self.slept: list[float] = []

    def clock(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def event(tmp_path: Path) -> Iterator[Store]:
    store = Store.create(
        tmp_path / "tickets.checkin",
        name="Inspiratiesessie Nieuw-West",
        capacity=25,
        event_date=date(2026, 12, 18),
        language="nl",
        now=NOW,
    )
    seed(
        store,
        [
            GuestInput(
                first_name="Łucja",
                last_name="Øberg-Şahin",
                name=LUCJA,
                email="lucja@example.nl",
                code="T1001",
                seat="4",
            ),
            GuestInput(
                first_name="Anna",
                middle="van den",
                last_name="Berg",
                email="anna@example.nl",
                code="T1002",
                organisation="Podium Mozaïek",
            ),
            GuestInput(first_name="Jan", last_name="Vries", code="T1003"),  # no address
            GuestInput(
                first_name="Piet",
                last_name="Klaassen",
                email="piet@example.nl",
                code="T1004",
                cancelled=True,
            ),
            GuestInput(first_name="Kees", last_name="Bad", email="kees@@example", code="T1005"),
        ],
    )
    texts.save(
        store, texts.MailSettings(place="Tolhuistuin, Amsterdam", start="19:30", end="22:00")
    )
    yield store
    store.close()


def plain(server: MailServer) -> Server:
    return Server(host="127.0.0.1", port=server.port, tls="none")


def send(store: Store, server: Server, time: FakeTime | None = None, **kw: object) -> object:
    time = time or FakeTime()
    return send_tickets(
        store,
        server,
        kw.pop("password", ""),
        SENDER,
        rate=6000,  # type: ignore[arg-type]
        clock=time.clock,
        sleep=time.sleep,
        **kw,
    )  # type: ignore[arg-type]


def qr_codes(image: Image.Image) -> list[str]:
    return [
        b.text
        for b in zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    ]


def pdf_pages(data: bytes) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(data)
    try:
        images = []
        for index in range(len(pdf)):
            page = pdf[index]
            bitmap = page.render(scale=2)
            images.append(bitmap.to_pil())
            bitmap.close()
            page.close()
        return images
    finally:
        pdf.close()


def by_to(messages: list[EmailMessage]) -> dict[str, EmailMessage]:
    return {m["To"].addresses[0].addr_spec: m for m in messages}


def test_each_guest_gets_one_mail_that_reads_right_in_a_mail_client(event: Store) -> None:
    with MailServer() as server:
        report = send(event, plain(server))
        mails = by_to(server.messages())
    assert set(mails) == {"lucja@example.nl", "anna@example.nl"}  # not Jan, Piet, Kees
    assert report.sent == 2 and not report.refused  # type: ignore[attr-defined]
    assert [r.email for r in report.invalid] == ["kees@@example"]  # type: ignore[attr-defined]

    mail = mails["lucja@example.nl"]
    assert str(mail["To"]) == f"{LUCJA} <lucja@example.nl>"  # UTF-8 name decoded right
    assert mail["To"].addresses[0].display_name == LUCJA
    assert str(mail["From"]) == "Bureau Nieuw-West <info@bureau.example>"
    assert str(mail["Reply-To"]) == "vragen@bureau.example"
    assert mail["Subject"] == "Je toegangsbewijs voor Inspiratiesessie Nieuw-West"
    assert parsedate_to_datetime(mail["Date"]) == NOW
    assert re.fullmatch(r"<ticket\.[0-9a-f]{32}@bureau\.example>", mail["Message-ID"])
    assert mail["Message-ID"] != mails["anna@example.nl"]["Message-ID"]
    assert "T1001" not in mail["Message-ID"]

    assert mail.get_content_type() == "multipart/mixed"
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.startswith("Beste Łucja,") and "Je code: T1001" in text
    assert "Tolhuistuin, Amsterdam" in text and "18 december 2026, 19:30" in text
    assert "Je plaats: Tafel 4" in text
    html = mail.get_body(("html",))
    assert html is not None and html.get_content_type() == "text/html"
    body = html.get_content()
    assert "Beste Łucja," in body and "<table" in body and "T1001" in body
    cid = re.search(r'src="cid:([^"]+)"', body)
    assert cid is not None
    images = [p for p in mail.walk() if p.get_content_type() == "image/png"]
    assert len(images) == 1 and images[0]["Content-ID"] == f"<{cid.group(1)}>"
    png = Image.open(io.BytesIO(images[0].get_content()))
    assert png.width >= 250  # big enough to scan off a phone
    assert qr_codes(png) == ["T1001"]

    attachments = {p.get_filename(): p for p in mail.iter_attachments()}
    assert set(attachments) == {"toegangsbewijs.pdf", "event.ics"}
    pages = pdf_pages(attachments["toegangsbewijs.pdf"].get_content())
    assert len(pages) == 1 and qr_codes(pages[0]) == ["T1001"]
    cal = icalendar.Calendar.from_ical(attachments["event.ics"].get_content())
    (entry,) = cal.walk("VEVENT")
    assert str(entry["SUMMARY"]) == "Inspiratiesessie Nieuw-West"
    assert str(entry["LOCATION"]) == "Tolhuistuin, Amsterdam"
    start, end = entry.decoded("DTSTART"), entry.decoded("DTEND")
    assert start.isoformat() == "2026-12-18T19:30:00+01:00"
    assert end - start == timedelta(hours=2, minutes=30)

    # nothing of any other guest in Łucja's mail
    raw = server.received[[r.rcpt_tos for r in server.received].index(["lucja@example.nl"])].data
    for other in ("Anna", "anna@example.nl", "T1002", "Berg", "Podium", "Jan", "T1003"):
        assert other.encode() not in raw
        assert other not in text and other not in body


def test_a_second_run_sends_nothing_and_the_outbox_says_what_went(event: Store) -> None:
    with MailServer() as server:
        send(event, plain(server))
        again = send(event, plain(server))
        assert len(server.received) == 2
    assert again.sent == 0  # type: ignore[attr-defined]
    states = outbox.states(event, event.guests())
    by_name = {g.first_name: states[g.id] for g in event.guests()}
    sent_at = by_name["Łucja"].at
    assert by_name["Łucja"].ticket is Ticket.SENT and sent_at is not None
    assert abs(sent_at - NOW) < timedelta(seconds=1)
    assert by_name["Łucja"].answer.startswith("250 2.0.0 Ok: queued as")
    assert by_name["Jan"].ticket is Ticket.NO_ADDRESS
    assert by_name["Piet"].ticket is Ticket.CANCELLED
    assert by_name["Kees"].ticket is Ticket.INVALID_ADDRESS
    counts = outbox.counts(event)
    assert (counts["sent"], counts["due"], counts["invalid_address"]) == (2, 0, 1)


def test_a_new_badge_is_due_again_and_a_resend_is_a_new_copy(event: Store) -> None:
    with MailServer() as server:
        send(event, plain(server))
        first = by_to(server.messages())["anna@example.nl"]["Message-ID"]
        DoorService(event, door="Balie").reissue("T1002")  # "New badge"
        new_code = event.guest(2).code
        assert new_code != "T1002" and outbox.counts(event)["due"] == 1
        send(event, plain(server))
        send(event, plain(server), only=["T1001"])  # Łucja lost hers: sent again on purpose
        ids = [(m["To"].addresses[0].addr_spec, m["Message-ID"]) for m in server.messages()]
    assert len(ids) == 4
    assert ids[2][0] == "anna@example.nl" and ids[2][1] != first
    lucja_first = next(mid for to, mid in ids[:2] if to == "lucja@example.nl")
    assert ids[3][0] == "lucja@example.nl" and ids[3][1] != lucja_first
    assert qr_codes(
        Image.open(
            io.BytesIO(
                next(
                    p for p in server.messages()[2].walk() if p.get_content_type() == "image/png"
                ).get_content()
            )
        )
    ) == [new_code]


def test_a_refused_address_is_recorded_with_the_servers_words_and_not_retried(event: Store) -> None:
    refusal = "550 5.1.1 <anna@example.nl>: Recipient address rejected: User unknown"
    with MailServer(behaviour=Behaviour(refuse={"anna@example.nl": refusal})) as server:
        report = send(event, plain(server))
        assert [(r.name, r.answer) for r in report.refused] == [  # type: ignore[attr-defined]
            ("Anna van den Berg", refusal)
        ]
        again = send(event, plain(server))
        assert again.refused == () and len(server.received) == 1  # type: ignore[attr-defined]
    anna = event.guest_by_code("T1002")
    assert anna is not None
    state = outbox.states(event, [anna])[anna.id]
    assert state.ticket is Ticket.REFUSED and state.answer == refusal


def test_a_temporary_failure_and_a_dropped_connection_are_retried_with_back_off(
    event: Store,
) -> None:
    time = FakeTime()
    behaviour = Behaviour(temporary={"lucja@example.nl": 2}, drop_at={4})
    with MailServer(behaviour=behaviour) as server:
        report = send(event, plain(server), time)
        mails = server.messages()
    assert report.sent == 2  # type: ignore[attr-defined]
    assert sorted(m["To"].addresses[0].addr_spec for m in mails) == [
        "anna@example.nl",
        "lucja@example.nl",
    ]  # each once
    backoffs = [s for s in time.slept if s >= 0.5]
    assert sum(backoffs) >= 1 + 2 + 1  # two 451s, then the dropped connection


def test_a_server_that_keeps_failing_stops_the_run_past_the_deadline(event: Store) -> None:
    time = FakeTime()
    with MailServer(behaviour=Behaviour(temporary={"anna@example.nl": 99})) as server:
        report = send(event, plain(server), time, retry_seconds=20)
        assert server.received == []  # Anna comes first; the run stops there
    assert report.stopped == "451 4.3.0 Try again later"  # type: ignore[attr-defined]
    assert report.left == 2  # type: ignore[attr-defined]
    anna = event.guest_by_code("T1002")
    assert anna is not None
    assert outbox.states(event, [anna])[anna.id].ticket is Ticket.FAILED
    assert outbox.counts(event)["due"] == 2  # the next run tries again, and goes on


def test_an_unreachable_server_marks_nothing(event: Store) -> None:
    with MailServer() as server:
        port = server.port
    with pytest.raises(MailServerUnreachable, match="could not be reached"):
        send(event, Server(host="127.0.0.1", port=port, tls="none"))
    assert outbox.rows(event) == {}


@pytest.fixture
def cert(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path)


def test_starttls_and_auth_and_a_wrong_password(event: Store, cert: tuple[Path, Path]) -> None:
    trust = ssl.create_default_context(cafile=str(cert[0]))
    with MailServer(cert=cert, users={"bureau": "geheim"}) as server:
        account = Server(host="localhost", port=server.port, tls="starttls", user="bureau")
        with pytest.raises(MailLoginRefused, match="refused the login of 'bureau'") as wrong:
            send(event, account, password="fout", context=trust)
        assert "authentication" in str(wrong.value)
        assert outbox.rows(event) == {} and server.received == []
        with pytest.raises(MailTlsFailed, match="TLS"):  # a certificate nobody vouches for
            send(event, account, password="geheim")
        plain_login = Server(host="localhost", port=server.port, tls="none", user="bureau")
        with pytest.raises(MailLoginRefused, match="no login here"):
            send(event, plain_login, password="geheim")
        report = send(event, account, password="geheim", context=trust)
        assert report.sent == 2 and len(server.received) == 2  # type: ignore[attr-defined]


def test_implicit_tls_on_its_own_port(event: Store, cert: tuple[Path, Path]) -> None:
    trust = ssl.create_default_context(cafile=str(cert[0]))
    with MailServer(cert=cert, ssl_wrap=True) as server:
        report = send(event, Server(host="localhost", port=server.port, tls="ssl"), context=trust)
        assert report.sent == 2 and len(server.received) == 2  # type: ignore[attr-defined]


def test_the_rate_limit_holds_across_runs(event: Store) -> None:
    time = FakeTime()
    with MailServer() as server:
        send_tickets(
            event,
            plain(server),
            "",
            SENDER,
            only=["T1001"],
            rate=20,
            clock=time.clock,
            sleep=time.sleep,
        )
        assert time.slept == []
        # a new run, a moment later: it waits out the 3 s since the last message
        time.now += timedelta(seconds=1)
        send_tickets(event, plain(server), "", SENDER, rate=20, clock=time.clock, sleep=time.sleep)
        assert len(server.received) == 2
    assert sum(time.slept) == pytest.approx(2.0)


def test_a_purge_removes_the_outbox(event: Store) -> None:
    with MailServer() as server:
        send(event, plain(server))
    assert len(outbox.rows(event)) == 2
    privacy.purge(event)
    assert outbox.rows(event) == {}


def test_the_template_is_checked_kept_with_the_event_and_filled(
    event: Store, tmp_path: Path
) -> None:
    with pytest.raises(InvalidValue, match=r"\{voornaam\}"):
        texts.save(event, texts.MailSettings(subject="Hoi {voornaam}"))
    with pytest.raises(InvalidValue, match="time like 19:30"):
        texts.save(event, texts.MailSettings(start="half acht"))
    texts.save(
        event,
        texts.MailSettings(
            subject="{first_name}, je kaart voor {event}",
            text="Hoi {first_name}!\n\nTot {date} in {place}.",
            place="De Meervaart",
            rate=12,
        ),
    )
    event.close()
    with Store.open(tmp_path / "tickets.checkin") as again:
        kept = texts.load(again)
        assert (kept.place, kept.rate) == ("De Meervaart", 12)
        guest = again.guest_by_code("T1001")
        assert guest is not None
        filled = texts.fill(again.event(), guest, kept)
    assert filled.subject == "Łucja, je kaart voor Inspiratiesessie Nieuw-West"
    assert filled.paragraphs == ("Hoi Łucja!", "Tot 18 december 2026 in De Meervaart.")


def test_english_ships_too(tmp_path: Path) -> None:
    store = Store.create(
        tmp_path / "en.checkin",
        name="Open Studios",
        capacity=5,
        event_date=date(2026, 12, 18),
        language="en",
        now=NOW,
    )
    guest = store.add_guest(
        GuestInput(first_name="Zoë", last_name="Yılmaz", name="Zoë Yılmaz", email="zoe@example.nl")
    )
    filled = texts.fill(store.event(), guest, texts.load(store))
    store.close()
    assert filled.subject == "Your ticket for Open Studios"
    assert filled.paragraphs[0] == "Dear Zoë," and filled.code_label == "Your code"


def test_the_smtp_address_and_its_tls_default() -> None:
    assert parse_server("smtp://info%40bureau.nl@smtp.office365.com") == Server(
        "smtp.office365.com", 587, "starttls", "info@bureau.nl"
    )
    assert parse_server("smtp://mail.provider.nl:465").tls == "ssl"
    assert parse_server("smtp.gmail.com:587", "starttls").port == 587
    with pytest.raises(InvalidValue, match="--smtp"):
        parse_server("http://example.nl")
    with pytest.raises(InvalidValue, match="from"):
        parse_sender("Bureau <not an address>")


def test_a_cancelled_guest_gets_no_ticket_even_when_named(event: Store) -> None:
    with (
        MailServer() as server,
        pytest.raises(InvalidValue, match="Piet Klaassen, who is cancelled"),
    ):
        send(event, plain(server), only=["T1004"])
    assert outbox.rows(event) == {}


@pytest.mark.postgres
def test_the_outbox_on_a_server_event(pg_url: str) -> None:
    store = Store.create(pg_url, name="Gala", capacity=9, event_date=date(2026, 12, 18), now=NOW)
    try:
        seed(
            store,
            [
                GuestInput(
                    first_name="Łucja",
                    last_name="Øberg-Şahin",
                    name=LUCJA,
                    email="lucja@example.nl",
                    code="P1",
                ),
                GuestInput(first_name="Anna", last_name="Berg", email="anna@example.nl", code="P2"),
            ],
        )
        with MailServer() as server:
            assert send(store, plain(server)).sent == 2  # type: ignore[attr-defined]
            assert send(store, plain(server)).sent == 0  # type: ignore[attr-defined]
            assert len(server.received) == 2
        assert {s.ticket for s in outbox.states(store, store.guests()).values()} == {Ticket.SENT}
        privacy.purge(store)
        assert outbox.rows(store) == {}
    finally:
        store.close()


def test_cancel_stops_between_messages_and_the_rest_waits(event: Store) -> None:
    with MailServer() as server:
        report = send(event, plain(server), cancelled=lambda: len(server.received) >= 1)
        assert len(server.received) == 1
        assert (report.sent, report.left) == (1, 1)  # type: ignore[attr-defined]
        assert outbox.counts(event)["due"] == 1
        assert send(event, plain(server)).sent == 1  # type: ignore[attr-defined]
        assert len({r.rcpt_tos[0] for r in server.received}) == 2


def test_an_event_without_a_date_sends_no_calendar_entry(tmp_path: Path) -> None:
    store = Store.create(
        tmp_path / "undated.checkin", name="Open Studios", capacity=5, language="en", now=NOW
    )
    store.add_guest(
        GuestInput(
            first_name="Zoë",
            last_name="Yılmaz",
            name="Zoë Yılmaz",
            email="zoe@example.nl",
            code="Z1",
        )
    )
    with MailServer() as server:
        send(store, plain(server))
        (mail,) = server.messages()
    store.close()
    assert {p.get_filename() for p in mail.iter_attachments()} == {"ticket.pdf"}
    assert "Open Studios on the day" in mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
