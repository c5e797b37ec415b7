"""What an import says afterwards, and what the preview shows before: frozen values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from checkin.guestlist.columns import Column


@dataclass(frozen=True)
class Preview:
    path: Path
    sheets: list[str]
    sheet: str | None
    header_row: int  # 1-based row number in the file
    columns: list[Column]
    rows: list[list[str]]  # the first data rows as display text


@dataclass(frozen=True)
class RowNote:
    row: int  # 1-based row number in the file
    reason: str


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

    def lines(self) -> list[str]:
        where = f' (sheet "{self.sheet}")' if self.sheet else ""
        out = [
            f"Imported {self.file_name}{where}: {self.imported} new, {self.updated} updated, "
            f"{self.cancelled} cancelled, {self.pending} pending, {len(self.skipped)} skipped, "
            f"{len(self.duplicates)} duplicates, {len(self.name_missing)} without a name."
        ]
        sections = (("Skipped", self.skipped), ("Duplicates, imported once", self.duplicates),
                    ("Name missing, imported under their code or email", self.name_missing),
                    ("Imported with a warning", self.warnings))
        for title, items in sections:
            if items:
                out.append(f"{title}:")
                out.extend(f"  row {n.row}: {n.reason}" for n in items)
        if self.missing:
            out.append(f"{len(self.missing)} guests of the event are not in this list; "
                       "they were kept, not deleted.")
        return out
