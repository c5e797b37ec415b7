"""The scan log inside a writing transaction: what a door writes to it and reads back.

The "log" part of the door engine's ledger (checkin/door/ledger.py): an attempt
logged with the headcount after it, the attempts a timed scan is judged against,
and what undo and override ask of the log. :class:`checkin.store.tx.Tx` is one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin.models import ScanRecord
from checkin.store.rows import _scan_of, to_db
from checkin.store.schema import event_t, guest_t, scan_t
from checkin.store.statements import BY_A_DOOR, HISTORY, INSERT_SCAN, NEWEST_AT, SCAN_BY_UUID


class ScanLog:
    """The scan log of the transaction on ``conn``; ``inside`` is the headcount the
    transaction last read or wrote, logged as each attempt's "inside after"."""

    conn: Connection
    inside: int | None

    def log(
        self,
        *,
        at: datetime,
        door: str,
        raw: str,
        guest_id: int | None,
        action: str,
        verdict: str,
        people: int = 1,
        confirmed: bool = False,
        uuid: str | None = None,
        override: bool = False,
        reason: str = "",
        offline: bool = False,
        flag: str = "",
    ) -> ScanRecord:
        inside = self.inside
        if inside is None:
            inside = self.conn.execute(sa.select(event_t.c.inside)).scalar_one()
        values = {
            "at": to_db(at),
            "door": door,
            "raw": raw,
            "guest_id": guest_id,
            "action": action,
            "verdict": verdict,
            "inside_after": inside,
            "people": people,
            "confirmed": confirmed,
            "undone": False,
            "uuid": uuid,
            "override": override,
            "reason": reason,
            "offline": offline,
            "flag": flag,
        }
        scan_id = self.conn.execute(INSERT_SCAN, values).scalar_one()
        return ScanRecord(
            id=int(scan_id),
            at=at,
            door=door,
            raw=raw,
            guest_id=guest_id,
            action=action,
            verdict=verdict,
            inside_after=inside,
            people=people,
            confirmed=confirmed,
            uuid=uuid,
            override=override,
            reason=reason,
            offline=offline,
            flag=flag,
        )

    def scan_by_uuid(self, uuid: str) -> ScanRecord | None:
        """The attempt already stored under this id (a re-sent scan), if any."""
        row = self.conn.execute(SCAN_BY_UUID, {"uuid": uuid}).first()
        return None if row is None else _scan_of(row)

    def scan(self, scan_id: int) -> ScanRecord:
        return _scan_of(self.conn.execute(sa.select(scan_t).where(scan_t.c.id == scan_id)).one())

    def history(self, guest_id: int) -> list[ScanRecord]:
        """A guest's entries and exits that count, in time order: (at, id).

        Repeats that changed nothing when they were made (already_inside,
        not_inside) are included: with a late scan before them they may come
        to count (a re-entry after an exit that arrived late).
        """
        rows = self.conn.execute(HISTORY, {"gid": guest_id}).all()
        return [_scan_of(r) for r in rows]

    def newest_at(self, guest_id: int) -> datetime | None:
        """The time of the guest's newest entry or exit attempt that counts."""
        text = self.conn.execute(NEWEST_AT, {"gid": guest_id}).scalar()
        return None if text is None else datetime.fromisoformat(text)

    def set_verdict(self, scan_id: int, verdict: str, people: int) -> None:
        """Re-judge an earlier attempt once a late scan moved what came before it."""
        self.conn.execute(
            sa.update(scan_t).where(scan_t.c.id == scan_id).values(verdict=verdict, people=people)
        )

    def last_at_door(self, door: str, actions: Sequence[str]) -> ScanRecord | None:
        """This door's latest attempt that changed something and is not undone."""
        row = self.conn.execute(
            sa.select(scan_t)
            .where(
                scan_t.c.door == door,
                scan_t.c.undone == sa.false(),
                scan_t.c.action.in_(list(actions)),
                scan_t.c.verdict.in_(["admitted", "exited"]),
            )
            .order_by(scan_t.c.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _scan_of(row)

    def last_scan(self, guest_id: int | None, actions: Sequence[str]) -> ScanRecord | None:
        """The latest not-undone scan that changed something for this guest (or counter)."""
        cond = scan_t.c.guest_id.is_(None) if guest_id is None else scan_t.c.guest_id == guest_id
        row = self.conn.execute(
            sa.select(scan_t)
            .where(
                cond,
                scan_t.c.undone == sa.false(),
                scan_t.c.action.in_(list(actions)),
                scan_t.c.verdict.in_(["admitted", "exited"]),
            )
            .order_by(scan_t.c.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _scan_of(row)

    def set_flag(self, scan_ids: Sequence[int], flag: str) -> None:
        """Flag these logged scans (a badge used at two doors while they were apart)."""
        self.conn.execute(
            sa.update(scan_t).where(scan_t.c.id.in_(list(scan_ids))).values(flag=flag)
        )

    # what undo and override ask of the log (checkin/door/undo.py, override.py) -------

    def undos_since(self, door: str, since: datetime) -> int:
        """Undos this door made without the PIN after ``since`` (a journal's corrective
        undos, ids ending in ``+undo``, are not the door person's)."""
        return int(
            self.conn.execute(
                sa.select(sa.func.count()).where(
                    scan_t.c.action == "undo",
                    scan_t.c.door == door,
                    scan_t.c.verdict == "undone",
                    scan_t.c.override == sa.false(),
                    scan_t.c.at > to_db(since),
                    BY_A_DOOR,
                )
            ).scalar_one()
        )

    def undone_before(self, guest_id: int) -> bool:
        return bool(
            self.conn.execute(
                sa.select(sa.func.count()).where(
                    scan_t.c.action == "undo",
                    scan_t.c.guest_id == guest_id,
                    scan_t.c.verdict == "undone",
                    BY_A_DOOR,
                )
            ).scalar_one()
        )

    def walk_in_for_code(self, raw: str) -> int | None:
        """The walk-in a supervisor let in with this unknown code before, if any."""
        found = self.conn.execute(
            sa.select(scan_t.c.guest_id)
            .join(guest_t, guest_t.c.id == scan_t.c.guest_id)
            .where(
                scan_t.c.raw == raw,
                scan_t.c.override == sa.true(),
                scan_t.c.verdict == "admitted",
                guest_t.c.walk_in == sa.true(),
            )
            .order_by(scan_t.c.id)
            .limit(1)
        ).scalar()
        return None if found is None else int(found)

    def whole_log(self) -> Connection | None:
        """The event's whole scan log, which a timed scan is judged against."""
        return self.conn

    def mark_undone(self, scan_id: int) -> None:
        self.conn.execute(sa.update(scan_t).where(scan_t.c.id == scan_id).values(undone=True))
