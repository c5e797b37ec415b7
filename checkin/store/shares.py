"""The share protocol: a bounded counter split among the doors. Pure: no I/O, no clock.

Every place of the room is in exactly one of three states: someone is inside
on it, it is in one door's share (reserved for that door), or it is free. So

    inside + sum(shares) <= capacity                       (the invariant)

and a door may fill a place without asking anyone only when it holds it. This is
O'Neil's escrow and Barbará & Garcia-Molina's demarcation protocol with the
doors as sites, or AntidoteDB's bounded counter with the doors as replicas
holding "rights": the server (the one place that sees everybody) only moves
places between the pool and shares, and only for doors it can talk to.

A :class:`ShareLedger` is the server's view (in the store: the event row and the
door table). The door's own side is ``Allowance``, in the offline package's shares
module. The store code (``doors.py``) loads a ledger inside the event's lock,
applies one of these functions and writes the result back in the same
transaction, so the functions here are the whole protocol; the property test
drives them through arbitrary interleavings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# A connected door's share is this part of the places not inside and not held by
# silent doors, divided among the connected doors. The rest stays in the pool:
# the free places that any connected door (or the office app) can still use.
DEFAULT_FRACTION = 0.5


@dataclass(frozen=True)
class Holding:
    """One door's share as the server holds it."""

    door: str
    share: int = 0
    connected: bool = True
    released: bool = False  # a supervisor gave its places back: it holds none until it returns


@dataclass(frozen=True)
class ShareLedger:
    """The server's view: the room and every door's share."""

    capacity: int
    inside: int
    holdings: tuple[Holding, ...] = ()

    @property
    def held(self) -> int:
        return sum(h.share for h in self.holdings)

    @property
    def free(self) -> int:
        """Places neither inside nor held: may be negative after an overshoot."""
        return self.capacity - self.inside - self.held

    def holding(self, door: str) -> Holding | None:
        for h in self.holdings:
            if h.door == door:
                return h
        return None

    def with_holding(self, new: Holding) -> ShareLedger:
        rest = tuple(h for h in self.holdings if h.door != new.door)
        return replace(self, holdings=tuple(sorted((*rest, new), key=lambda h: h.door)))

    def holds(self) -> bool:
        """The invariant."""
        return self.inside + self.held <= self.capacity and all(h.share >= 0 for h in self.holdings)


def target(ledger: ShareLedger, fraction: float = DEFAULT_FRACTION) -> int:
    """The share each connected door should hold now; shrinks as the room fills.

    Places held by silent doors are theirs (they may be admitting on them right
    now), so only the rest is divided.
    """
    connected = [h for h in ledger.holdings if h.connected and not h.released]
    if not connected:
        return 0
    silent = sum(h.share for h in ledger.holdings if not h.connected)
    spare = ledger.capacity - ledger.inside - silent
    return max(0, int(spare * fraction) // len(connected))


def take(ledger: ShareLedger, door: str | None, people: int) -> ShareLedger | None:
    """Places for ``people`` admitted at a connected ``door`` (None: the office, no door).

    First the door's own share, then the free pool. Never from another door's
    share, connected or not: the server cannot tell a door it hears from from one
    whose network died a moment ago and which is admitting on its share right
    now. Other doors' shares come back to the pool with their consent, at their
    next contact (:func:`renew`, about every second), which is how shares are
    rebalanced. None: the room is full; nothing changed. The result has
    ``inside`` raised by ``people``.
    """
    if people < 0:
        raise ValueError("people must not be negative")
    need = people
    out = ledger
    own = ledger.holding(door) if door is not None else None
    if own is not None and not own.released:
        use = min(own.share, need)
        out = out.with_holding(replace(own, share=own.share - use, connected=True))
        need -= use
    if need > max(0, ledger.free):  # the pool as it was: the share just used is not in it
        return None
    return replace(out, inside=out.inside + people)


def give_back(ledger: ShareLedger, people: int) -> ShareLedger:
    """People left through a connected door: their places go to the free pool.

    In this aggregate ``inside`` may dip below zero for a while, when someone whose
    entry is still in an offline door's journal leaves first: the store judges each
    guest's scans in time order, so entry and exit cancel out whichever arrives first.
    """
    return replace(ledger, inside=ledger.inside - people)


def renew(
    ledger: ShareLedger, door: str, declared: int | None = None, fraction: float = DEFAULT_FRACTION
) -> tuple[ShareLedger, int]:
    """A door's contact: its share moved toward the target. Returns the new ledger
    and the share the door may use from now on (what it is told).

    The two directions follow the demarcation protocol. Lowering a door's share
    is done by the door itself: it adopts the lower figure it is told, then
    ``declared`` it at its next contact, and only then does the server give those
    places to the pool. Raising is done by the server first (taken from the pool
    and stored) and then told. A lost reply therefore leaves the door believing
    in fewer places than the server reserves for it, never more:
    door's share <= server's share, always. ``declared`` None: a door that
    holds nothing yet (joining, or back after its journal was settled).
    """
    own = ledger.holding(door) or Holding(door)
    share = own.share if declared is None else min(own.share, max(0, declared))
    if own.released:
        share = 0
    ledger = ledger.with_holding(replace(own, share=share, connected=True, released=False))
    want = target(ledger, fraction)
    if share >= want:
        return ledger, want
    grown = share + min(want - share, max(0, ledger.free))
    return ledger.with_holding(replace(own, share=grown, connected=True, released=False)), grown


def overshoot(ledger: ShareLedger) -> int:
    """How far the room is past the invariant (after a capacity was lowered, a
    released door's late scans): no share is cut here, since a door may be using
    it; each door gives back at its next contact (:func:`renew`)."""
    return max(0, ledger.inside + ledger.held - ledger.capacity)


def go_silent(ledger: ShareLedger, door: str) -> ShareLedger:
    """The server has not heard the door for a while: its share is frozen for it."""
    own = ledger.holding(door)
    return ledger if own is None else ledger.with_holding(replace(own, connected=False))


def release(ledger: ShareLedger, door: str) -> ShareLedger:
    """A supervisor gives a lost door's places back to the pool. If the door is in
    fact still admitting offline, those admissions overshoot (reported at settle)."""
    own = ledger.holding(door)
    if own is None:
        return ledger
    return ledger.with_holding(replace(own, share=0, connected=False, released=True))


def settle(ledger: ShareLedger, door: str, admitted: int, exited: int) -> tuple[ShareLedger, int]:
    """A door's offline journal reached the server: ``admitted`` people in, ``exited``
    out. Its admissions were made on its share, so they are paid from it; past it
    (a released door) they still count, since the people are in: overshoot.

    Returns the new ledger (the door connected again) and the overshoot: how many
    places the room is now past the invariant because of this door.
    """
    own = ledger.holding(door) or Holding(door, share=0)
    before = max(0, ledger.inside + ledger.held - ledger.capacity)
    # Offline exits gave places back to the door's share (the door may have re-used
    # them already: they are part of ``admitted`` then). A released door holds none.
    share = 0 if own.released else max(0, own.share - admitted + exited)
    out = replace(ledger, inside=ledger.inside + admitted - exited)  # see give_back
    out = out.with_holding(Holding(door, share=share, connected=True, released=False))
    after = max(0, out.inside + out.held - out.capacity)
    return out, max(0, after - before)
