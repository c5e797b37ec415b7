"""The badges this computer has not yet seen printed, kept across restarts.

A JSON file in the door's data folder (``<data folder>/badges-to-print.json``),
not a table in the event: a print job belongs to this laptop and its printer,
not to the event every door shares, and keeping it out of the store needs no
schema change. Every change rewrites the file atomically (a temporary file
renamed into place). A badge stays listed from the moment it is asked for
until the print system has printed it or a person clears it; so a badge that
was waiting in a paused queue, or never sent because the app was closed, is
listed when the app opens again and can be sent again.

Guests are named by id and code, never by name (the file is a log of sorts).
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from checkin.documents.files import write_atomically
from checkin.errors import OutputError

FILE_NAME = "badges-to-print.json"
VERSION = 1


class JobState:
    WAITING = "waiting"  # asked for, not yet handed to the print system
    SENT = "sent"  # the print system has it (.job), not yet printed
    FAILED = "failed"  # the print system refused it or did not answer (.detail)


@dataclass(frozen=True)
class BadgeJob:
    id: str  # ours (the scan's id, or a new uuid for a reprint or test badge)
    event: str  # the event's location, as the store was opened
    guest_id: int
    code: str
    people: int
    printer: str
    layout: str
    asked_at: str  # ISO 8601, UTC
    state: str = JobState.WAITING
    job: str = ""  # the print system's id once sent
    detail: str = ""  # why it failed

    def with_state(self, state: str, *, job: str = "", detail: str = "") -> BadgeJob:
        return replace(self, state=state, job=job or self.job, detail=detail)


class Ledger:
    """The list in ``folder``; safe to use from the UI thread and a printing thread."""

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / FILE_NAME
        self._lock = threading.Lock()

    def jobs(self, event: str | None = None) -> list[BadgeJob]:
        """Every listed badge (of ``event`` when given), oldest first."""
        with self._lock:
            jobs = self._read()
        return [job for job in jobs if event is None or job.event == event]

    def put(self, job: BadgeJob) -> BadgeJob:
        """Add ``job`` or replace the one with its id."""
        with self._lock:
            jobs = [j for j in self._read() if j.id != job.id]
            jobs.append(job)
            jobs.sort(key=lambda j: j.asked_at)
            self._write(jobs)
        return job

    def remove(self, ids: set[str]) -> None:
        if not ids:
            return
        with self._lock:
            jobs = self._read()
            kept = [j for j in jobs if j.id not in ids]
            if len(kept) != len(jobs):
                self._write(kept)

    def _read(self) -> list[BadgeJob]:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            # An unreadable list is set aside, not lost: the badges in it can be
            # printed again from the recent scans or the Guests screen.
            with contextlib.suppress(OSError):
                self.path.replace(self.path.with_suffix(".damaged.json"))
            return []
        out = []
        for item in data.get("jobs", []) if isinstance(data, dict) else []:
            try:
                out.append(BadgeJob(**item))
            except TypeError:
                continue
        return out

    def _write(self, jobs: list[BadgeJob]) -> None:
        text = json.dumps(
            {"version": VERSION, "jobs": [asdict(j) for j in jobs]}, ensure_ascii=False, indent=1
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            write_atomically(self.path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        except OSError as exc:
            raise OutputError(self.path, exc.strerror or str(exc)) from None
