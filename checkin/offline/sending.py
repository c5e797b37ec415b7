"""Sending a door's journal to the server once it answers again.

Each scan goes in through the door service's time-ordered apply with its own id (a
re-send is answered from the log, stored once) at its own time, corrected by the
clock offset measured at the door's last contact. The door's answer is what
happened in front of it, so when the server's judgement differs the server follows
the door: a badge admitted at two doors while they were apart counts twice and is
flagged on both scans; a scan the server admitted while the door, no longer waiting
for it, turned the guest away is undone. A verdict that let nobody through is
logged as the door gave it. An entry the server cannot take is named, and the rest
is sent.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from checkin.door import DoorService, ScanResult, Verdict
from checkin.door.books import StoreBooks
from checkin.door.rules import Step, answered, enter, undo_scan
from checkin.door.verdicts import COUNTER_ACTIONS, OUT_ACTIONS, Action
from checkin.errors import CheckinError
from checkin.models import Event, GuestInput
from checkin.offline.copy_rows import Entry
from checkin.offline.replica import Replica
from checkin.store import Store, Tx, doors, following, utcnow


@dataclass(frozen=True)
class Sent:
    """What sending the journal did."""

    sent: int
    flagged: int
    overshoot: int
    # places the door gave back to its own share for offline exits the server did not
    # count as exits (the guest was not inside as the server knows it): the door takes
    # them off its share again, so it never believes in more than the server reserves
    excess: int = 0
    refused: tuple[str, ...] = ()  # entries the server could not take, each named and why


def send_journal(store: Store, replica: Replica, door: str) -> Sent:
    """Every unsent scan, oldest first, each stored once; the door's share pays for its
    offline admissions in the same transactions (the door pays: StoreBooks(replay))."""
    # The server's clock judges the times (a scan "in the future"), not the door's: read
    # once, then moved on by this process's monotonic clock; a minute's slack.
    with store.read() as conn:
        start = doors.server_time(conn)
    began = time.monotonic()
    svc = DoorService(
        StoreBooks(store, pays=door, replay=True),
        door=door,
        clock=lambda: start + timedelta(seconds=time.monotonic() - began, minutes=1),
    )
    sent = flagged = excess = 0
    before_over = _over(store)
    done: list[tuple[str, str]] = []
    refused: list[str] = []
    try:
        for entry in replica.unsent():
            try:
                flag, extra = _send_one(store, replica, svc, door, entry)
            except CheckinError as exc:  # one entry the server cannot take: said, not fatal
                flag, extra = _refused(store, door, entry, exc), 0
                refused.append(f"{_name(entry)}: {exc}")
            else:
                flagged += bool(flag)
            excess += extra
            done.append((entry.uuid, flag))
            sent += 1
            if len(done) >= 50:  # marked in batches: a re-send after a crash is harmless
                replica.mark_sent(done)
                done = []
    finally:
        replica.mark_sent(done)
    over = max(0, _over(store) - before_over)
    with store.write() as tx:
        doors.record_sent(tx.conn, door, sent, over)
    return Sent(sent=sent, flagged=flagged, overshoot=over, excess=excess, refused=tuple(refused))


def _name(e: Entry) -> str:
    what = e.raw or e.action.replace("_", "-")
    return f"the {e.verdict.replace('_', ' ')} {what} of {e.at:%Y-%m-%d %H:%M} (door time)"


def _refused(store: Store, door: str, e: Entry, exc: CheckinError) -> str:
    """An entry the server cannot take (a time it refuses): logged as the door gave it,
    flagged with the reason; an admission still counts (the person is in), on the
    counter, so a supervisor can correct it."""
    flag = f"refused by the server: {exc}"
    with store.write(door=door, replay=True) as tx:
        if tx.scan_by_uuid(e.uuid) is not None:
            return flag
        now = utcnow()
        admitted = e.verdict == "admitted"
        if admitted:
            tx.force_admit(e.people, now)
            tx.change_counter(e.people)
        tx.log(
            at=now,
            door=door,
            raw=e.raw,
            guest_id=e.guest_id,
            action=Action.COUNTER.value if admitted else e.action,
            verdict=e.verdict,
            people=e.people,
            uuid=e.uuid,
            offline=True,
            flag=flag,
            reason="counted as the door admitted it" if admitted else "",
        )
    return flag


def _over(store: Store) -> int:
    with store.read() as conn:
        return doors.over_by(conn)


def _send_one(
    store: Store, replica: Replica, svc: DoorService, door: str, e: Entry
) -> tuple[str, int]:
    """Send one scan: its flag, and the places its exit gave the share too many."""
    if e.undone:
        return _send_undone(store, door, e), 0
    if e.verdict not in ("admitted", "exited"):
        return _send_denial(store, door, e), 0
    if e.action in COUNTER_ACTIONS:
        return _send_count(store, door, e), 0
    if e.guest_id is not None and e.guest_id < 0:
        e = _send_walk_in(store, replica, e)
    if e.override and e.verdict == "admitted":
        return _send_override(store, door, e), 0
    admitted_here = e.verdict == "admitted"
    before = following.admitted_rows(store, e.guest_id) if admitted_here else set()
    exit_ = e.action in OUT_ACTIONS
    if e.action in ("manual", "manual_out") and e.guest_id is not None:
        r = _manual(store, svc, e)
    else:
        r = svc.scan(
            e.raw,
            exit=exit_,
            camera=e.action.startswith("camera"),
            at=e.corrected,
            scan_id=e.uuid,
            people=e.people if admitted_here else None,
            confirmed=True,
            offline=e.offline,
        )
    if r.verdict is Verdict.NOT_CONNECTED:
        raise ConnectionError("the server went away while the journal was sent")
    if admitted_here:
        after = following.admitted_rows(store, e.guest_id)
        demoted = before - after - {r.record_id}
        if r.verdict is not Verdict.ADMITTED or demoted:
            return _count_twice(store, door, e, r, demoted), 0
        return "", 0
    counted = r.people if r.verdict is Verdict.EXITED else 0
    return "", max(0, e.people - counted) if e.offline else 0


def _send_undone(store: Store, door: str, e: Entry) -> str:
    """A scan this door took back (undo): never sent, it is logged as taken back and
    counts nowhere; sent before, the server takes it back too, under the cap."""
    with store.write(door=door, replay=True) as tx:
        earlier = tx.scan_by_uuid(e.uuid)
        if earlier is None:
            record = tx.log(
                at=e.corrected,
                door=door,
                raw=e.raw,
                guest_id=e.guest_id,
                action=e.action,
                verdict=e.verdict,
                people=e.people,
                confirmed=e.confirmed,
                uuid=e.uuid,
                override=e.override,
                reason=e.reason,
                offline=e.offline,
            )
            tx.mark_undone(record.id)
            return ""
        if earlier.undone or earlier.verdict not in ("admitted", "exited"):
            return ""
        step = Step(
            tx=tx,
            event=tx.locked,
            at=e.corrected,
            door=door,
            code=e.raw,
            action=Action.UNDO,
            uuid=f"{e.uuid}+undo",
            reason="undone at the door",
        )
        undo_scan(step, earlier)
    return ""


def _send_count(store: Store, door: str, e: Entry) -> str:
    """The +/- counter used offline: what happened, recorded (paid from the share)."""
    with store.write(door=door, replay=True) as tx:
        if tx.scan_by_uuid(e.uuid) is not None:
            return ""
        if e.verdict == "admitted":
            tx.force_admit(e.people, e.corrected)
            tx.change_counter(e.people)
        else:
            tx.release(e.people)
            tx.change_counter(-e.people)
        tx.log(
            at=e.corrected,
            door=door,
            raw=e.raw,
            guest_id=None,
            action=e.action,
            verdict=e.verdict,
            people=e.people,
            uuid=e.uuid,
            offline=True,
        )
    return ""


def _send_walk_in(store: Store, replica: Replica, e: Entry) -> Entry:
    """A walk-in this door added offline: the guest is made on the server once (by its
    code), and the copy takes the server's id for it. The entry then goes as a scan."""
    assert e.guest_id is not None
    made = replica.guest(e.guest_id)
    if made is None:
        return e
    with store.write() as tx:
        earlier = tx.scan_by_uuid(e.uuid)  # the server made it, the door stopped waiting
        found = tx.guest_by_code([made.code])
        if earlier is not None and earlier.guest_id is not None:
            gid = earlier.guest_id
        elif found is not None:
            gid = found[0].id
        else:
            person = GuestInput(
                name=made.name,
                first_name=made.first_name,
                middle=made.middle,
                last_name=made.last_name,
                organisation=made.organisation,
                email=made.email,
                companions=made.companions,
                walk_in=True,
            )
            gid = tx.insert_guest(person, made.code, e.corrected)
    replica.adopt(e.guest_id, gid)
    return replace(e, guest_id=gid, raw=made.code)


def _send_override(store: Store, door: str, e: Entry) -> str:
    """A supervisor's override offline (the PIN checked against the copy): applied at
    its own time, as an override."""
    assert e.guest_id is not None
    with store.write(door=door, replay=True) as tx:
        if tx.scan_by_uuid(e.uuid) is not None:
            return ""
        step = Step(
            tx=tx,
            event=tx.locked,
            at=e.corrected,
            door=door,
            code=e.raw,
            action=Action(e.action),
            uuid=e.uuid,
            timed=True,
            override=True,
            reason=e.reason,
            offline=True,
        )
        enter(step, tx.guest(e.guest_id), e.people, True)
    return ""


def _send_denial(store: Store, door: str, e: Entry) -> str:
    """A verdict that let nobody through (full, unknown, already inside...): the door's
    word is final, so it is logged as it was given, not judged again. If the server had
    admitted the attempt the door stopped waiting for, that admission is undone."""
    with store.write() as tx:
        earlier = tx.scan_by_uuid(e.uuid)
        if earlier is None:
            tx.log(
                at=e.corrected,
                door=door,
                raw=e.raw,
                guest_id=e.guest_id,
                action=e.action,
                verdict=e.verdict,
                people=e.people,
                confirmed=e.confirmed,
                uuid=e.uuid,
                offline=e.offline,
            )
            return ""
        if earlier.verdict != "admitted" or earlier.undone:
            return ""
        step = Step(
            tx=tx,
            event=tx.locked,
            at=utcnow(),
            door=door,
            code=e.raw,
            action=Action.UNDO,
            uuid=f"{e.uuid}+undo",
            reason=f"the door answered {e.verdict} offline",
        )
        undo_scan(step, earlier)
    return ""


def _manual(store: Store, svc: DoorService, e: Entry) -> ScanResult:
    assert e.guest_id is not None
    if following.has_scan(store, e.uuid):  # sent before: answered from the log
        with store.write() as tx:
            earlier = tx.scan_by_uuid(e.uuid)
            assert earlier is not None
            return answered(tx, earlier, tx.locked.capacity)
    if e.action == "manual_out":
        return svc.let_out(e.guest_id, at=e.corrected)
    return svc.admit(e.guest_id, people=e.people, at=e.corrected, confirmed=True)


def _local(at: datetime, event: Event) -> str:
    return at.astimezone(event.zone).strftime("%H:%M")


def _count_twice(store: Store, door: str, e: Entry, r: ScanResult, demoted: set[int]) -> str:
    """Two people went in on one badge at two doors while apart: both count, both flagged.
    The second is counted like the +/- counter, so a supervisor can correct it."""
    second = f"{e.uuid}+second"
    with store.write(door=door, replay=True) as tx:
        if tx.scan_by_uuid(second) is not None:  # sent before; the door did not hear back
            mine = tx.scan_by_uuid(e.uuid)
            return mine.flag if mine is not None else ""
        other = _other_admission(tx, e, demoted)
        times = sorted([e.corrected] + ([other[1]] if other else []))
        flag = "badge used at two doors at " + " and ".join(_local(t, tx.locked) for t in times)
        tx.force_admit(e.people, e.corrected)
        tx.change_counter(e.people)
        tx.log(
            at=e.corrected,
            door=door,
            raw=e.raw,
            guest_id=e.guest_id,
            action=Action.COUNTER.value,
            verdict="admitted",
            people=e.people,
            uuid=second,
            offline=True,
            flag=flag,
            reason="second entry on one badge, counted until a supervisor corrects it",
        )
        ids = [r.record_id] + ([other[0]] if other else [])
        tx.set_flag(ids, flag)
    return flag


def _other_admission(tx: Tx, e: Entry, demoted: set[int]) -> tuple[int, datetime] | None:
    if demoted:
        row = tx.scan(min(demoted))
        return row.id, row.at
    if e.guest_id is None:
        return None
    rows = [
        r
        for r in tx.history(e.guest_id)
        if r.verdict == "admitted" and r.uuid != e.uuid and r.at <= e.corrected
    ]
    return (rows[-1].id, rows[-1].at) if rows else None
