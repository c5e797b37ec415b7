"""The door's traffic with the server: following it, and sending the journal back.

Everything here runs on the offline door's one server lane (a worker thread), so
a slow or dead server never holds up a scan: the door stops waiting after its
deadline and decides from its own copy.

Sending the journal uses the door service's time-ordered apply: each scan goes
in with its own id (a re-send is answered from the log, stored once) at its own
time, corrected by the clock offset measured at the door's last contact. The
door's answer is what happened in front of it, so when the server's judgement
differs the server follows the door: a badge admitted at two doors while they
were apart counts twice and is flagged on both scans; a scan the server admitted
while the door, no longer waiting for it, turned the guest away is undone.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from checkin.door import DoorService, ScanResult, Verdict
from checkin.door.books import StoreBooks
from checkin.door.rules import Step, answered, enter, undo_scan
from checkin.door.verdicts import Action
from checkin.errors import CheckinError
from checkin.models import Event, GuestInput
from checkin.offline.replica import Entry, Replica
from checkin.offline.shares import Allowance
from checkin.store import (
    Store,
    Tx,
    doors,
    following,
    to_db,
    utcnow,
)

_OUT = {"scan_out", "camera_out", "manual_out"}
_COUNTER = {"counter", "counter_out"}


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


def follow(
    store: Store,
    replica: Replica,
    *,
    share: int | None,
    contact: doors.Contact | None,
    full: bool = False,
) -> Event:
    """Bring the door's copy up to date: the room, guests changed since the last look
    (scanned at any door, edited, cancelled, walk-ins), replaced codes, the share."""
    event = store.event()
    if event.purged_at is not None:
        # A purge reaches every copy at its next contact, whatever the guests' stamps say.
        if replica.meta("purged_at") != to_db(event.purged_at):
            replica.purge(to_db(event.purged_at) or "")
            full = True
        replica.blank_sent()
    stamp = replica.meta("guest_stamp", "")
    got = following.changes(
        store, stamp=stamp, last_scan=int(replica.meta("last_scan", "0")), full=full
    )
    replica.check_event(event.tag, event.name)
    replica.follow(
        event=event,
        guests=got.guests,
        replaced=got.replaced,
        last_scan=got.newest_scan,
        share=share,
        offset_ms=None if contact is None else contact.offset_ms,
        contact=None if contact is None else contact.server_time,
    )
    replica.set_meta({"guest_stamp": max(stamp, got.stamp)})
    return event


def contact(store: Store, replica: Replica, door: str, door_time: datetime) -> doors.Contact:
    """One contact with the server after the journal went: the door's share renewed (it
    declares the share it holds; the server is the authority on what it may spend), the
    clock offset measured against the server's clock, the copy brought up to date."""
    first = not replica.room().connected_once
    with replica.lock:
        declared = None if first else replica.room().share
    with store.write() as tx:
        told = doors.contact(
            tx.conn,
            door,
            declared=declared,
            waiting=replica.waiting(),
            door_time=door_time,
            door_id=replica.meta("door_id"),
        )
    follow(store, replica, share=None, contact=told, full=first)
    with replica.lock:
        # Scans decided offline while the contact ran are in the journal, still to be paid
        # from the server's share: the new figure is lowered by what they took.
        spent = (0 if declared is None else declared) - replica.room().share
        replica.set_share(Allowance(told.share).spend(max(0, spent)).share)
    return told


def heard(replica: Replica, r: ScanResult, offset: timedelta) -> None:
    """A verdict the server gave this door: journalled as sent; the guest, the room and
    the door's share in the copy follow it."""
    with replica.lock:
        share = replica.room().share
        if r.verdict is Verdict.ADMITTED:
            # The server paid from this door's share first (or the pool): counting it all
            # against the share keeps the door's figure at or below the server's.
            share = Allowance(share).spend(r.people).share
        if r.action.value in _COUNTER and r.verdict in (Verdict.ADMITTED, Verdict.EXITED):
            counted = r.people if r.verdict is Verdict.ADMITTED else -r.people
            replica.set_meta({"counter": int(replica.meta("counter", "0")) + counted})
        if r.scan_id:
            # r.at is the server's time already (the service runs on server_now)
            replica.record(
                uuid=r.scan_id,
                at=r.at - offset,
                corrected=r.at,
                raw=r.code,
                action=r.action.value,
                verdict=r.verdict.value,
                people=r.people,
                guest=r.guest,
                confirmed=True,
                offline=False,
                share=share,
                inside=r.inside,
            )


def leave(store: Store, replica: Replica, door: str) -> int:
    """A door that ends cleanly: its journal is all sent, so its share goes back to the
    pool (the copy holds none until its next contact). Returns the places given back."""
    if replica.waiting():
        return 0
    with store.write() as tx:
        given = doors.leave(tx.conn, door, replica.meta("door_id"))
    replica.set_share(0)
    return given


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


def recover(store: Store, replica: Replica, door: str) -> int:
    """A server restored from an older backup has lost scans this door already sent:
    mark them unsent again, so the next contact sends them (their ids keep it once).
    One look-up a contact: is the newest sent scan still there? Returns how many."""
    last = replica.last_sent()
    if last is None:
        return 0
    if following.has_scan(store, last):
        return 0
    return replica.resend(following.door_scan_ids(store, door))


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
    if e.action in _COUNTER:
        return _send_count(store, door, e), 0
    if e.guest_id is not None and e.guest_id < 0:
        e = _send_walk_in(store, replica, e)
    if e.override and e.verdict == "admitted":
        return _send_override(store, door, e), 0
    admitted_here = e.verdict == "admitted"
    before = following.admitted_rows(store, e.guest_id) if admitted_here else set()
    exit_ = e.action in _OUT
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
