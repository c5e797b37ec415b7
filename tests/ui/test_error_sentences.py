"""Every expected failure of the core has its own translated sentence in the app."""

from __future__ import annotations

import inspect
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from checkin import errors as e
from ui.errors import error_text

_SAMPLES: dict[str, object] = {
    "path": Path("/tmp/gasten.xlsx"),
    "detail": "",
    "location": "/tmp/feest.checkin",
    "sheet": "Blad9",
    "sheets": ["Blad1"],
    "columns": ["E-mail"],
    "field": "capacity",
    "value": 0,
    "why": "must be a whole number",
    "failures": 3,
    "seconds": 75,
    "wait": 0,
    "until": datetime(2026, 1, 1, tzinfo=UTC),
    "key": 7,
    "theirs": "a",
    "ours": "b",
    "what": "The import",
    "name": "font.ttf",
    "sentence": "x",
    "copy": None,
    "cell": "XFD1048576",
    "height": 1048576,
    "width": 16384,
    "problem": "length",
    "door": "Noord",
    "held": 4,
    "live": False,
    "sent": 3,
    "action": "capacity",
}


class Marking(QTranslator):
    """A real translator that marks every text it translates in the "Errors" context."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context != "Errors":
            return ""
        return "«" + source.replace("%n", str(n)) + "»"


def _classes() -> list[type[e.CheckinError]]:
    return [
        c
        for _n, c in inspect.getmembers(e, inspect.isclass)
        if issubclass(c, e.CheckinError) and c is not e.CheckinError
    ]


def _instance(cls: type[e.CheckinError]) -> e.CheckinError:
    params = inspect.signature(cls.__init__).parameters
    kwargs = {n: _SAMPLES[n] for n in params if n != "self" and n not in ("args", "kwargs")}
    return cls(**kwargs)


def test_every_error_class_has_its_own_translated_sentence(qapp: object) -> None:
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        texts = {cls: error_text(_instance(cls)) for cls in _classes()}
    finally:
        QCoreApplication.removeTranslator(marking)
    assert len(texts) >= 30
    untranslated = [c.__name__ for c, t in texts.items() if "«" not in t]
    assert untranslated == []
    # Its own: no two classes share a sentence (a subclass never falls back to its parent's).
    by_text: dict[str, list[str]] = {}
    for cls, text in texts.items():
        by_text.setdefault(text, []).append(cls.__name__)
    assert [names for names in by_text.values() if len(names) > 1] == []


def test_the_spreadsheet_sentence_names_every_format_it_reads(qapp: object) -> None:
    text = error_text(e.NotASpreadsheet("/tmp/x.pdf"))
    assert ".xls," in text and ".ods" in text and ".csv" in text


def test_a_pin_wait_is_said_in_words(qapp: object) -> None:
    until = datetime(2026, 1, 1, tzinfo=UTC)
    # The English plural forms come from the _en catalogue the app loads (ui/app.py).
    assert "wait 2 minute" in error_text(e.PinLockedOut(until, 120))
    assert "wait 45 second" in error_text(e.PinLockedOut(until, 45))
