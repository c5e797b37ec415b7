"""The words of every document, in Dutch and English, chosen by the event's language.

The screens are translated with Qt Linguist; documents are made by the core,
which has no Qt, so their words live here. One catalogue keeps both languages
side by side, and a test checks that a Dutch document holds none of the
English words and the other way round. Dates and times follow the language
too: Dutch readers write 24-12-2026 14:05, the English export keeps ISO dates.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime

from checkin.errors import InvalidValue

LANGUAGES = ("nl", "en")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# key: (English, Dutch). Placeholders in braces are filled with str.format.
_WORDS: dict[str, tuple[str, str]] = {
    # the attendance workbook
    "sheet.attendance": ("Attendance", "Aanwezigheid"),
    "sheet.scan_log": ("Scan log", "Scanlogboek"),
    "sheet.summary": ("Summary", "Overzicht"),
    "col.name": ("Name", "Naam"),
    # after a guest's name that is the list's email or code: the list had no name
    "name.missing": ("name missing", "naam ontbreekt"),
    "col.first_name": ("First name", "Voornaam"),
    "col.middle": ("Name prefix", "Tussenvoegsel"),
    "col.last_name": ("Last name", "Achternaam"),
    "col.organisation": ("Organisation", "Organisatie"),
    "col.email": ("Email", "E-mailadres"),
    "col.code": ("Code", "Code"),
    "col.guest_id": ("Guest id", "Gastnummer"),
    "col.status": ("Status", "Status"),
    "col.first_arrival": ("First arrival", "Eerste aankomst"),
    "col.last_departure": ("Last departure", "Laatste vertrek"),
    "col.entries": ("Entries", "Keren binnen"),
    "col.seat": ("Seat", "Plaats"),
    "col.companions": ("Companions", "Begeleiders"),
    "col.ticket_type": ("Ticket type", "Soort kaart"),
    "col.notes": ("Notes", "Opmerkingen"),
    "col.time": ("Time", "Tijd"),
    "col.door": ("Door", "Deur"),
    "col.raw": ("Code as scanned", "Gescande code"),
    "col.guest": ("Guest", "Gast"),
    "col.action": ("Action", "Handeling"),
    "col.verdict": ("Verdict", "Uitkomst"),
    "col.people": ("People", "Personen"),
    "col.inside_after": ("Inside after", "Binnen daarna"),
    "col.undone": ("Undone", "Teruggedraaid"),
    "col.confirmed": ("Door question confirmed", "Deurvraag bevestigd"),
    # the scan log: who allowed what, and why (override and undo reasons)
    "col.supervisor": ("Supervisor", "Leidinggevende"),
    "col.reason": ("Reason (override or undo)", "Reden (toestemming of terugdraaien)"),
    "col.note": ("Note", "Opmerking"),
    "col.arrived": ("Arrived", "Aangekomen"),
    "col.entered": ("Entered", "Binnengekomen"),
    "col.left": ("Left", "Vertrokken"),
    "col.with": ("With", "Met"),
    "col.most_inside": ("Most inside", "Meeste binnen"),
    "yes": ("yes", "ja"),
    "no": ("no", "nee"),
    # statuses of a guest in the export
    "status.attended": ("attended", "aanwezig"),
    "status.walk_in": ("walk-in", "inloop"),
    "status.cancelled": ("cancelled", "afgemeld"),
    "status.no_show": ("no-show", "niet gekomen"),
    "status.pending": ("pending", "onbevestigd"),
    # the summary
    "sum.event": ("Event", "Evenement"),
    "sum.date": ("Date", "Datum"),
    "sum.timezone": ("Time zone", "Tijdzone"),
    "sum.capacity": ("Capacity", "Capaciteit"),
    "sum.invited": ("Invited", "Uitgenodigd"),
    "sum.attended": ("Attended", "Aanwezig"),
    "sum.no_shows": ("No-shows", "Niet gekomen"),
    "sum.cancelled": ("Cancelled", "Afgemeld"),
    "sum.walk_ins": ("Walk-ins", "Inloop"),
    "sum.pending": ("Pending", "Onbevestigd"),
    "sum.peak": ("Peak headcount", "Hoogste bezetting"),
    "sum.peak_at": ("Peak at", "Hoogste bezetting om"),
    "sum.inside": ("Inside at export", "Binnen bij het exporteren"),
    "sum.exported": ("Exported at", "Geëxporteerd om"),
    "chart.title": ("People inside", "Aantal mensen binnen"),
    "chart.y": ("People", "Personen"),
    "chart.x": ("Time", "Tijd"),
    # the roll call
    "inside.sheet": ("Inside", "Binnen"),
    "inside.title": ("Inside now: {event}", "Nu binnen: {event}"),
    "inside.made": ("Made", "Gemaakt"),
    "inside.made_line": ("Made {when} ({zone}).", "Gemaakt op {when} ({zone})."),
    "inside.summary": (
        "{total} inside: {guests}{with_companions} and {counter} counted in without a name.",
        "{total} binnen: {guests}{with_companions} en {counter} zonder naam binnengeteld.",
    ),
    "inside.with_companions": (
        " ({people} with their companions)",
        " ({people} met hun begeleiders)",
    ),
    # the contact-tracing list
    "present.sheet": ("Present", "Aanwezigen"),
    # the paper door list
    "door.title": ("Door list: {event}", "Deurlijst: {event}"),
    "door.line1": (
        "{when}{guests}, sorted by last name. Made {made}.",
        "{when}{guests}, gesorteerd op achternaam. Gemaakt op {made}.",
    ),
    "door.line2": (
        "Tick who comes in; type the ticks in afterwards as paper check-ins.",
        "Vink aan wie binnenkomt; voer de vinkjes achteraf in als papieren aanmeldingen.",
    ),
    "page": ("page {number} of {pages}", "pagina {number} van {pages}"),
    # the import report (checkin import) and its notes on rows
    "report.imported": (
        "Imported {file}{where}: {new} new, {updated} updated, {cancelled} "
        "cancelled, {pending} pending, {skipped} skipped, {duplicates} "
        "duplicates, {nameless} without a name.",
        "{file}{where} geïmporteerd: {new} nieuw, {updated} bijgewerkt, "
        "{cancelled} afgemeld, {pending} onbevestigd, {skipped} overgeslagen, "
        "{duplicates} dubbel, {nameless} zonder naam.",
    ),
    "report.sheet": (' (sheet "{sheet}")', ' (werkblad "{sheet}")'),
    "report.skipped": ("Skipped", "Overgeslagen"),
    "report.duplicates": ("Duplicates, imported once", "Dubbel, één keer geïmporteerd"),
    "report.name_missing": (
        "Name missing, imported under their code or email",
        "Naam ontbreekt, geïmporteerd onder hun code of e-mailadres",
    ),
    "report.warnings": ("Imported with a warning", "Geïmporteerd met een waarschuwing"),
    "report.row": ("row {row}: {reason}", "rij {row}: {reason}"),
    "report.missing": (
        "{n} guests of the event are not in this list; they were kept, not deleted.",
        "{n} gasten van het evenement staan niet in deze lijst; ze zijn bewaard, niet verwijderd.",
    ),
    "note.no_name": ("no name", "geen naam"),
    "note.name_missing": (
        "name missing; imported as {value}",
        "naam ontbreekt; geïmporteerd als {value}",
    ),
    "note.companions": (
        "companions {value} is not a number; imported without companions",
        "begeleiders {value} is geen getal; geïmporteerd zonder begeleiders",
    ),
    "note.same_code": ("same code as row {value}", "dezelfde code als rij {value}"),
    "note.same_email": ("same email as row {value}", "hetzelfde e-mailadres als rij {value}"),
    "note.same_code_kept": (
        "same code as row {value}, which is not cancelled and was kept",
        "dezelfde code als rij {value}, die niet is afgemeld en is bewaard",
    ),
    "note.same_email_kept": (
        "same email as row {value}, which is not cancelled and was kept",
        "hetzelfde e-mailadres als rij {value}, die niet is afgemeld en is bewaard",
    ),
    # suggested file names ("Symposium - attendance.xlsx")
    "file.attendance": ("attendance", "aanwezigheid"),
    "file.present": ("present from {start}", "aanwezig vanaf {start}"),
    "file.badges": ("badges", "badges"),
    "file.door_list": ("door list", "deurlijst"),
    "file.inside": ("inside now", "nu binnen"),
    # badges
    "badges.title": ("Badges: {event}", "Naambadges: {event}"),
    "badges.table": ("Table {seat}", "Tafel {seat}"),
    # the room display at the entrance (checkin/display.py)
    "display.room": ("Welcome, come in", "Kom binnen"),
    "display.full": ("Please wait", "Even wachten"),
    "display.no_contact": ("No contact with the event", "Geen verbinding met het evenement"),
    "display.stale": (
        "Last figures at {time}; they may be out of date.",
        "Laatste cijfers van {time}; ze kunnen verouderd zijn.",
    ),
    "display.inside": ("{count} inside", "{count} binnen"),
    "display.none_left": ("No places left", "Geen plaatsen meer vrij"),
    # self check-in (the guest's own screen)
    "self.ready": (
        "Hold the QR code from your e-mail under the camera",
        "Houd de QR-code uit uw e-mail onder de camera",
    ),
    "self.welcome": ("Welcome, {name}!", "Welkom, {name}!"),
    "self.welcome_nameless": ("Welcome!", "Welkom!"),
    "self.badge": ("Your badge is being printed.", "Uw naambadge wordt geprint."),
    "self.desk": ("Please see the registration desk", "Meld u bij de registratiebalie"),
    "self.checking": ("One moment…", "Een ogenblik…"),
}

# Plural nouns: key -> ((English one, English more), (Dutch one, Dutch more)).
_PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "guest": (("{n} guest", "{n} guests"), ("{n} gast", "{n} gasten")),
    "person": (("{n} person", "{n} people"), ("{n} persoon", "{n} personen")),
    "place_left": (
        ("{n} place left", "{n} places left"),
        ("nog {n} plaats vrij", "nog {n} plaatsen vrij"),
    ),
}

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}

# Door actions and verdicts as the scan log shows them; the store keeps the codes.
_CODES: dict[str, tuple[str, str]] = {
    "scan": ("scan", "scan"),
    "scan_out": ("scan out", "scan uit"),
    "camera": ("camera", "camera"),
    "camera_out": ("camera out", "camera uit"),
    "manual": ("by hand", "met de hand"),
    "manual_out": ("out by hand", "uit met de hand"),
    "paper": ("paper list", "papieren lijst"),
    "walk_in": ("walk-in", "inloop"),
    "counter": ("counter +", "teller +"),
    "counter_out": ("counter −", "teller −"),
    "undo": ("undo", "terugdraaien"),
    "capacity": ("capacity", "capaciteit"),
    "admitted": ("admitted", "binnengelaten"),
    "already_inside": ("already inside", "al binnen"),
    "full": ("full", "vol"),
    "cancelled": ("cancelled", "afgemeld"),
    "unknown": ("unknown code", "onbekende code"),
    "wrong_event": ("other event", "ander evenement"),
    "exited": ("left", "vertrokken"),
    "not_inside": ("not inside", "niet binnen"),
    "pending": ("pending", "onbevestigd"),
    "revoked": ("replaced badge", "vervangen badge"),
    "not_connected": ("not connected", "geen verbinding"),
    "undone": ("undone", "teruggedraaid"),
    "nothing_to_undo": ("nothing to undo", "niets terug te draaien"),
    "override": ("override", "toestemming"),
    # the scan log's undo and cap notes (checkin/door/undo.py, timeline.py)
    "undo_with_pin": ("undo with the PIN", "terugdraaien met pincode"),
    "pin_required": ("waits for the PIN", "wacht op pincode"),
    "refused": ("refused", "geweigerd"),
    "undo_window": ("past the undo window", "na de termijn voor terugdraaien"),
    "undo_once": ("second undo within the window", "tweede keer terugdraaien binnen de termijn"),
    "undo_again": ("this guest was undone before", "deze gast is al eens teruggedraaid"),
    "undo_other_door": ("another door's scan", "scan van een andere deur"),
    "over_cap": ("recorded over the cap", "boven de capaciteit vastgelegd"),
    "over_cap_needs_pin": (
        "over the cap: only a supervisor with a PIN",
        "boven de capaciteit: alleen leidinggevende met pincode",
    ),
    "confirm": ("door question", "deurvraag"),
    "match": ("on the list", "staat op de lijst"),
    "changed": ("changed", "gewijzigd"),
    "error": ("error", "fout"),
    "reissue": ("new badge", "nieuwe badge"),
}


def check_language(language: str) -> str:
    code = language.strip().lower()
    if code not in LANGUAGES:
        raise InvalidValue("language", language, "must be nl or en")
    return code


@dataclass(frozen=True)
class Words:
    """The document words and formats of one language."""

    language: str

    @property
    def _index(self) -> int:
        return 1 if self.language == "nl" else 0

    def __call__(self, key: str, **values: object) -> str:
        text = _WORDS[key][self._index]
        return text.format(**values) if values else text

    def count(self, key: str, n: int) -> str:
        one, more = _PLURALS[key][self._index]
        return (one if n == 1 else more).format(n=n)

    def code(self, value: str) -> str:
        """A door action or verdict as a reader says it; an unknown code as stored."""
        pair = _CODES.get(value)
        return pair[self._index] if pair else value

    def yes_no(self, value: bool) -> str:
        return self("yes") if value else self("no")

    # dates and times --------------------------------------------------------

    @property
    def csv_delimiter(self) -> str:
        # Dutch Excel's list separator is the semicolon (the comma is the decimal sign).
        return ";" if self.language == "nl" else ","

    @property
    def xlsx_datetime(self) -> str:
        return "dd-mm-yyyy hh:mm:ss" if self.language == "nl" else "yyyy-mm-dd hh:mm:ss"

    @property
    def xlsx_date(self) -> str:
        return "dd-mm-yyyy" if self.language == "nl" else "yyyy-mm-dd"

    def csv_datetime(self, moment: datetime) -> str:
        # dd-mm-jjjj uu:mm is what Dutch Excel and LibreOffice read as a date-time.
        if self.language == "nl":
            return moment.strftime("%d-%m-%Y %H:%M")
        return moment.strftime("%Y-%m-%d %H:%M:%S")

    def short_date(self, day: date) -> str:
        return day.strftime("%d-%m-%Y") if self.language == "nl" else day.isoformat()

    def date_time(self, moment: datetime) -> str:
        return f"{self.short_date(moment.date())} {moment:%H:%M}"

    def long_date(self, day: date) -> str:
        """24 december 2026 / 24 December 2026: the badges' date."""
        return f"{day.day} {_MONTHS[self.language][day.month - 1]} {day.year}"


def system_language() -> str:
    """nl when the system's locale is Dutch, else en: what a new event gets by default."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "en"


def words_for(language: str) -> Words:
    return Words(language if language in LANGUAGES else "en")


def _tokens(index: int) -> set[str]:
    texts = [pair[index] for pair in _WORDS.values()] + [pair[index] for pair in _CODES.values()]
    texts += [form for pair in _PLURALS.values() for form in pair[index]]
    texts += list(_MONTHS["nl" if index else "en"])
    found: set[str] = set()
    for text in texts:
        found.update(w.lower() for w in _WORD.findall(_PLACEHOLDER.sub(" ", text)))
    return found


def words_only_in(language: str) -> set[str]:
    """The lower-case words of one language's catalogue that the other never uses:
    what a test looks for in a document of the other language."""
    index = 1 if check_language(language) == "nl" else 0
    return _tokens(index) - _tokens(1 - index)
