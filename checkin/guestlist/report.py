"""What an import says afterwards, and what the preview shows before: frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checkin.documents.words import words_for
from checkin.guestlist.columns import Column


@dataclass(frozen=True)
class Preview:
    path: Path
    sheets: list[str]
    sheet: str | None
    header_row: int  # 1-based row number in the file
    columns: list[Column]
    rows: list[list[str]]  # the first data rows as display text


# What a note on a row can say: a key of the document words (checkin/documents/words.py,
# "note.<kind>"), filled with its values. ``RowNote.reason`` is the English (--json); the
# report's lines and the screens say it in their language from ``kind`` and ``values``.
NOTE_KINDS = (
    "no_name",
    "name_missing",
    "companions",
    "same_code",
    "same_email",
    "same_code_kept",
    "same_email_kept",
)


def _note_words(kind: str, values: tuple[str, ...], language: str) -> str:
    quoted = kind in ("name_missing", "companions")
    value = (repr(values[0]) if quoted else values[0]) if values else ""
    return words_for(language)(f"note.{kind}", value=value)


@dataclass(frozen=True)
class RowNote:
    row: int  # 1-based row number in the file
    reason: str
    # What it says, for other languages; two notes with the same row and reason are equal.
    kind: str = field(default="", compare=False)  # one of NOTE_KINDS
    values: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def of(cls, row: int, kind: str, *values: object) -> RowNote:
        texts = tuple(str(v) for v in values)
        return cls(row, _note_words(kind, texts, "en"), kind, texts)

    def said_in(self, language: str) -> str:
        """The note in ``language`` (nl or en)."""
        return _note_words(self.kind, self.values, language) if self.kind else self.reason


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    sheet: str | None
    imported: int
    updated: int
    skipped: tuple[RowNote, ...]
    duplicates: tuple[RowNote, ...]
    cancelled: int
    missing: tuple[int, ...]  # ids of event guests absent from the new list
    # Rows imported with a value left out (a companions count that is no number).
    warnings: tuple[RowNote, ...] = ()
    pending: int = 0  # imported as not confirmed (unpaid, waiting list, expired)
    # Rows without a name kept under what the list had for them (the email, else the code).
    name_missing: tuple[RowNote, ...] = ()

    def as_json(self) -> dict[str, object]:
        def notes(items: tuple[RowNote, ...]) -> list[dict[str, object]]:
            return [{"row": n.row, "reason": n.reason} for n in items]

        return {
            "file": self.file_name,
            "sheet": self.sheet,
            "imported": self.imported,
            "updated": self.updated,
            "cancelled": self.cancelled,
            "pending": self.pending,
            "skipped": notes(self.skipped),
            "duplicates": notes(self.duplicates),
            "name_missing": notes(self.name_missing),
            "warnings": notes(self.warnings),
            "missing": list(self.missing),
        }

    def lines(self, language: str = "en") -> list[str]:
        """The report as the command line prints it, in ``language`` (the event's)."""
        words = words_for(language)
        where = words("report.sheet", sheet=self.sheet) if self.sheet else ""
        out = [
            words(
                "report.imported",
                file=self.file_name,
                where=where,
                new=self.imported,
                updated=self.updated,
                cancelled=self.cancelled,
                pending=self.pending,
                skipped=len(self.skipped),
                duplicates=len(self.duplicates),
                nameless=len(self.name_missing),
            )
        ]
        sections = (
            ("report.skipped", self.skipped),
            ("report.duplicates", self.duplicates),
            ("report.name_missing", self.name_missing),
            ("report.warnings", self.warnings),
        )
        for title, items in sections:
            if items:
                out.append(words(title) + ":")
                out.extend(
                    "  " + words("report.row", row=n.row, reason=n.said_in(language)) for n in items
                )
        if self.missing:
            out.append(words("report.missing", n=len(self.missing)))
        return out
