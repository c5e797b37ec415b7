"""The door's traffic with the server: following it, and its share and clock at each
contact (sending the journal back is sending.py).

Everything here runs on the offline door's one server lane (a worker thread), so
a slow or dead server never holds up a scan: the door stops waiting after its
deadline and decides from its own copy.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from checkin import pin as pins
from checkin.door import ScanResult, Verdict
from checkin.door.verdicts import COUNTER_ACTIONS
from checkin.models import Event
from checkin.offline.replica import Replica
from checkin.offline.shares import Allowance
from checkin.pin import PinLock
from checkin.store import (
    Store,
    doors,
    following,
    to_db,
)


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


def contact(
    store: Store, replica: Replica, door: str, door_time: datetime, sent: int = 0
) -> doors.Contact:
    """One contact with the server after the journal went: the door's share renewed (it
    declares the share it holds; the server is the authority on what it may spend), the
    clock offset measured against the server's clock, the copy brought up to date."""
    first = not replica.room().connected_once
    with replica.lock:
        declared = None if first else replica.room().share
        _heard, typed = replica.pin_locks()  # wrong PINs typed while the server was away
    with store.write() as tx:
        told = doors.contact(
            tx.conn,
            door,
            declared=declared,
            waiting=replica.waiting(),
            door_time=door_time,
            door_id=replica.meta("door_id"),
            newest=replica.newest(),
            copy_has=replica.uuid_at,
            sent=sent,
        )
        # counted on the server (its lockout is every door's), in the same transaction
        lock = pins.add_wrong(tx, typed.failures, told.server_time)
    follow(store, replica, share=None, contact=told, full=first)
    with replica.lock:
        heard, now = replica.pin_locks()  # tries typed while this contact ran stay
        left = now.failures - typed.failures
        own = PinLock(left, now.until if left else None)
        if (heard, now) != (lock, own):  # a durable write only when something changed
            with replica.transaction() as c:
                replica.set_pin_lock(own, c, heard=lock)
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
        if r.action in COUNTER_ACTIONS and r.verdict in (Verdict.ADMITTED, Verdict.EXITED):
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
        given = doors.leave(tx.conn, door, replica.meta("door_id"), replica.newest())
    replica.set_share(0)
    return given


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


def release(store: Store, other: str, pin: str | None, now: datetime) -> int:
    """A supervisor releases a lost door's share from this door: the places given back to
    the pool; -1: no such door; -2: the PIN is needed (WrongPin / PinLockedOut raised)."""
    if not pins.check(store, pin, now=now):
        return -2
    with store.write() as tx:
        return doors.release(tx.conn, other)
