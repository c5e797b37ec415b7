"""One guest's ticket mail: plain text and HTML with the QR inline, the PDF, the .ics.

The structure mail clients expect (Outlook, Gmail, Apple Mail)::

    multipart/mixed
    ├── multipart/alternative
    │   ├── text/plain
    │   └── multipart/related
    │       ├── text/html          table layout, inline styles, <img src="cid:...">
    │       └── image/png          the QR, 10 pixels a module: sharp on a phone screen
    ├── application/pdf            the ticket in the badge design (A6, one page)
    └── text/calendar              the event (name, start, end, place)

The mail holds that one guest's name and code and nothing else of anyone. Its
Message-ID is made from the event's tag, the guest's id, the code and how many
copies of that code went before: a run killed mid-send sends the one message in
flight again under the same Message-ID, which clients fold into one.
"""

from __future__ import annotations

import hashlib
import html
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime, parseaddr

import icalendar
from email_validator import EmailNotValidError, validate_email

from checkin.documents.design import BadgeDesign
from checkin.documents.qr import QR_QUIET_MODULES, qr_matrix
from checkin.errors import InvalidValue
from checkin.mail.texts import Filled, MailSettings, fill, times, word
from checkin.models import Event, Guest

QR_PIXELS_PER_MODULE = 10  # a 25-module code is 330 px: readable from a phone at arm's length
QR_SHOWN_PX = 260  # as the HTML shows it (CSS pixels: about 7 cm on a phone)


@dataclass(frozen=True)
class Sender:
    name: str
    address: str  # as the server is told (ASCII domain)
    reply_to: str = ""

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]


def checked_address(field: str, text: str) -> tuple[str, bool]:
    """An address as SMTP takes it, and whether it needs SMTPUTF8 (a non-ASCII local part)."""
    try:
        found = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidValue(
            field, text, f"is not an e-mail address ({str(exc).rstrip('.')})"
        ) from None
    if found.ascii_email:
        return found.ascii_email, False
    return found.normalized, True


def parse_sender(text: str, reply_to: str = "") -> Sender:
    """'Bureau Nieuw-West <info@example.nl>' (or a bare address) as a Sender."""
    name, address = parseaddr(text.strip())
    if not address:
        raise InvalidValue("from", text, 'is not like "Bureau Nieuw-West <info@example.nl>"')
    address, utf8 = checked_address("from", address)
    if utf8:
        raise InvalidValue("from", text, "must be an address with an ASCII name before the @")
    reply = checked_address("reply-to", reply_to)[0] if reply_to.strip() else ""
    return Sender(name=name.strip(), address=address, reply_to=reply)


def message_id(event: Event, guest: Guest, sender: Sender, copies: int = 0) -> str:
    """Stable for this guest and code (and the how-manieth deliberate copy)."""
    seed = f"{event.tag}|{guest.id}|{guest.code}|{copies}".encode()
    return f"<ticket.{hashlib.sha256(seed).hexdigest()[:32]}@{sender.domain}>"


def qr_png(code: str, scale: int = QR_PIXELS_PER_MODULE) -> bytes:
    """The code's QR as a 1-bit PNG with its quiet zone (no imaging library needed):
    each module row is packed once and repeated ``scale`` times."""
    modules = qr_matrix(code)
    quiet = QR_QUIET_MODULES
    count = len(modules) + 2 * quiet
    size = count * scale
    stride = (size + 7) // 8

    def packed(dark: list[bool]) -> bytes:
        bits = "".join(("0" if d else "1") * scale for d in dark).ljust(stride * 8, "1")
        return b"\x00" + int(bits, 2).to_bytes(stride, "big")  # filter 0, white is 1

    white = packed([False] * count)
    rows = [white] * (quiet * scale)
    for line in modules:
        rows.extend([packed([False] * quiet + line + [False] * quiet)] * scale)
    rows.extend([white] * (quiet * scale))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0)  # 1-bit grey
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
        + chunk(b"IEND", b"")
    )


def calendar(event: Event, settings: MailSettings, sender: Sender, now: datetime) -> bytes | None:
    """The event as an iCalendar file; all-day when no start time is set; None when the
    event has no date (a calendar entry on a made-up day would mislead)."""
    if event.date is None:
        return None
    cal = icalendar.Calendar()
    cal.add("prodid", "-//checkin//tickets//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    entry = icalendar.Event()
    entry.add("uid", f"event.{event.tag.lower()}@{sender.domain}")
    entry.add("dtstamp", now)
    entry.add("summary", event.name)
    start, end = times(settings)
    day = event.date
    if start is None:
        entry.add("dtstart", day)
        entry.add("dtend", day + timedelta(days=1))
    else:
        begins = datetime.combine(day, start, tzinfo=event.zone)
        ends = datetime.combine(day, end, tzinfo=event.zone) if end else begins + timedelta(hours=2)
        if ends <= begins:
            ends += timedelta(days=1)  # 22:00 to 01:00 ends the next day
        entry.add("dtstart", begins)
        entry.add("dtend", ends)
    if settings.place:
        entry.add("location", settings.place)
    cal.add_component(entry)
    data: bytes = cal.to_ical()
    return data


def plain_text(filled: Filled, code: str) -> str:
    return "\n\n".join([*filled.paragraphs, f"{filled.code_label}: {code}"]) + "\n"


def html_text(filled: Filled, code: str, cid: str, design: BadgeDesign, title: str) -> str:
    """Table layout and inline styles only: what Outlook's Word engine renders too."""
    accent = html.escape(design.accent)
    font = "font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;"
    paragraphs = "".join(
        f'<p style="margin:0 0 14px 0;{font}font-size:16px;line-height:22px;">'
        + html.escape(p).replace("\n", "<br>")
        + "</p>"
        for p in filled.paragraphs
    )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width">'
        f"<title>{html.escape(title)}</title></head>"
        '<body style="margin:0;padding:0;background:#f2f2f2;">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'style="background:#f2f2f2;"><tr><td align="center" style="padding:16px;">'
        '<table role="presentation" width="560" cellpadding="0" cellspacing="0" border="0" '
        'style="width:100%;max-width:560px;background:#ffffff;">'
        f'<tr><td style="height:6px;background:{accent};font-size:0;line-height:0;">&nbsp;'
        "</td></tr>"
        f'<tr><td style="padding:24px 24px 8px 24px;">{paragraphs}</td></tr>'
        '<tr><td align="center" style="padding:8px 24px 8px 24px;">'
        f'<img src="cid:{cid}" width="{QR_SHOWN_PX}" height="{QR_SHOWN_PX}" '
        f'alt="{html.escape(code)}" style="display:block;width:{QR_SHOWN_PX}px;'
        f'height:{QR_SHOWN_PX}px;border:0;"></td></tr>'
        f'<tr><td align="center" style="padding:4px 24px 24px 24px;{font}font-size:14px;">'
        f'{html.escape(filled.code_label)}: <span style="font-family:Consolas,Menlo,monospace;'
        f'font-size:16px;letter-spacing:1px;">{html.escape(code)}</span></td></tr>'
        "</table></td></tr></table></body></html>"
    )


def ticket_mail(
    event: Event,
    guest: Guest,
    *,
    settings: MailSettings,
    sender: Sender,
    design: BadgeDesign,
    pdf: bytes,
    now: datetime,
    copies: int = 0,
    ics: bytes | None | bool = True,
) -> EmailMessage:
    """The whole mail for one guest. ``pdf`` is the ticket (checkin/mail/ticket.py); ``ics``
    the calendar file made once for a run (True: make it here; None: the event has none)."""
    to, utf8 = checked_address("email", guest.email)
    filled = fill(event, guest, settings)
    policy = SMTPUTF8 if utf8 else SMTP
    msg = EmailMessage(policy=policy)
    msg["Subject"] = filled.subject
    msg["From"] = Address(sender.name, addr_spec=sender.address)
    msg["To"] = Address(" ".join(guest.name.split()), addr_spec=to)
    if sender.reply_to:
        msg["Reply-To"] = sender.reply_to
    msg["Date"] = format_datetime(now.astimezone(event.zone))
    msg["Message-ID"] = message_id(event, guest, sender, copies)
    cid_seed = message_id(event, guest, sender, copies)[len("<ticket.") : -1]
    cid = f"qr.{cid_seed}"
    msg.set_content(plain_text(filled, guest.code), cte="quoted-printable")
    msg.add_alternative(
        html_text(filled, guest.code, cid, design, filled.subject),
        subtype="html",
        cte="quoted-printable",
    )
    html_part = msg.get_body(("html",))
    assert isinstance(html_part, EmailMessage)
    html_part.add_related(
        qr_png(guest.code), "image", "png", cid=f"<{cid}>", filename="qr.png", disposition="inline"
    )
    name = word(event.language, "ticket")
    msg.add_attachment(pdf, "application", "pdf", filename=f"{name}.pdf")
    entry = calendar(event, settings, sender, now) if ics is True else ics
    if isinstance(entry, bytes):
        msg.add_attachment(
            entry, "text", "calendar", filename="event.ics", params={"method": "PUBLISH"}
        )
    return msg


@dataclass(frozen=True)
class Preview:
    """The mail as the guest will see it, without the attachments (the template editor)."""

    subject: str
    html: str
    plain: str
    cid: str
    png: bytes


def preview(event: Event, guest: Guest, settings: MailSettings, design: BadgeDesign) -> Preview:
    filled = fill(event, guest, settings)
    cid = "qr.preview"
    return Preview(
        subject=filled.subject,
        html=html_text(filled, guest.code, cid, design, filled.subject),
        plain=plain_text(filled, guest.code),
        cid=cid,
        png=qr_png(guest.code),
    )
