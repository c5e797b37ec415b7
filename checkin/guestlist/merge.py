"""Which guest of the event a row of the list is: by code, else email, else exact name.

The event's guests are read once, in one query, before the list is read (see
store/merge.py); each row is then matched in list order against those keys in
memory, so matching takes time linear in the list and the event. Several
guests may share a name (or, in old lists, an email): each row takes the
first of them no earlier row took. A code the event knows as a guest's
replaced code (a re-issued ticket) still names that guest, who then gets it
back. Guests that no row matched are reported as missing, never deleted;
walk-ins are never missing, since no list holds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Existing:
    """The keys of the event's guests as they were when the import began."""

    tag: str
    guests: list[tuple[int, str, str, str, bool]]  # id, code, email, name, walk-in
    replaced: list[tuple[str, int]]  # a replaced code and the guest it belonged to


class Matcher:
    def __init__(self, existing: Existing) -> None:
        self.by_code: dict[str, int] = {}
        self.by_email: dict[str, list[int]] = {}
        self.by_name: dict[str, list[int]] = {}
        self.listed: list[int] = []  # guests that came from a list (not walk-ins)
        for gid, code, email, name, walk_in in existing.guests:
            self.by_code[code] = gid
            if email:
                self.by_email.setdefault(email.strip().casefold(), []).append(gid)
            self.by_name.setdefault(name.casefold(), []).append(gid)
            if not walk_in:
                self.listed.append(gid)
        self.replaced = {code: gid for code, gid in existing.replaced}
        self.seen: set[int] = set()

    def codes(self) -> Iterable[str]:
        """Every code the event knows, current or replaced: no new code may be one of them."""
        yield from self.by_code
        yield from self.replaced

    def match(self, code: str, email: str, name: str) -> int | None:
        """The guest this row updates, or None for a new guest; the guest counts as taken."""
        found = (self.by_code.get(code) or self.replaced.get(code)) if code else None
        if found in self.seen:
            found = None
        if found is None and email:
            found = self._unseen(self.by_email.get(email.strip().casefold()))
        if found is None:
            found = self._unseen(self.by_name.get(name.casefold()))
        if found is not None:
            self.seen.add(found)
        return found

    def release(self, gid: int | None) -> None:
        """A row was replaced by a later one (a refunded order bought again): free its guest."""
        if gid is not None:
            self.seen.discard(gid)

    def missing(self) -> tuple[int, ...]:
        return tuple(sorted(g for g in self.listed if g not in self.seen))

    def _unseen(self, ids: list[int] | None) -> int | None:
        return next((i for i in ids or () if i not in self.seen), None)
