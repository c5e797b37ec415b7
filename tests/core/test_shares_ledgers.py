"""The share protocol's property on the real ledgers: inside + shares <= capacity.

Hypothesis drives two doors through arbitrary interleavings of scans in and out,
connected (the door service on the event store, the door paying from its share)
and offline (the same door service on the door's own copy), contacts that send
the journal and renew the share, and doors going away and coming back. The people
the doors let in, as the verdicts say, never pass the capacity; once every door
has sent its journal inside + shares <= capacity on the server.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checkin.door import DoorService, Verdict
from checkin.door.books import StoreBooks
from checkin.models import GuestInput
from checkin.offline import sending, sync
from checkin.offline.copy import CopyBooks
from checkin.offline.replica import Replica
from checkin.store import Store, doors, utcnow
from tests.conftest import seed

CAPACITY = 6
GUESTS = 12
DOORS = ("A", "B")

op = st.one_of(
    st.tuples(st.just("in"), st.sampled_from(DOORS), st.integers(0, GUESTS - 1)),
    st.tuples(st.just("in"), st.sampled_from(DOORS), st.integers(0, GUESTS - 1)),
    st.tuples(st.just("in"), st.sampled_from(DOORS), st.integers(0, GUESTS - 1)),
    st.tuples(st.just("out"), st.sampled_from(DOORS), st.integers(0, GUESTS - 1)),
    st.tuples(st.just("contact"), st.sampled_from(DOORS), st.just(0)),
    st.tuples(st.just("toggle"), st.sampled_from(DOORS), st.just(0)),
)


class _Door:
    def __init__(self, store: Store, name: str, folder: Path) -> None:
        self.name = name
        self.store = store
        self.replica = Replica.open(folder / f"{name}.replica", door=name, location="e")
        self.server = DoorService(StoreBooks(store, pays=name), door=name)
        self.local = DoorService(CopyBooks(self.replica, name, lambda: timedelta(0)), door=name)
        self.online = True
        self.contact()

    def contact(self) -> None:
        if self.replica.waiting():
            sending.send_journal(self.store, self.replica, self.name)
        sync.contact(self.store, self.replica, self.name, utcnow())

    def scan(self, code: str, exit: bool) -> tuple[Verdict, int]:
        if self.online:
            r = self.server.scan(code, exit=exit, ask_companions=False)
            sync.heard(self.replica, r, timedelta(0))
        else:
            r = self.local.scan(code, exit=exit, ask_companions=False)
        return r.verdict, r.people


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(op, min_size=1, max_size=30))
# one door offline spends its whole share while the other fills the pool, then both return
@example(
    [
        ("toggle", "A", 0),
        *[("in", "A", i) for i in range(6)],
        *[("in", "B", i) for i in range(6, 10)],
        ("out", "B", 6),
        ("in", "B", 11),
    ]
)
def test_doors_on_the_real_ledgers_never_pass_the_cap(ops: list[tuple[str, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = Store.create(folder / "e.checkin", name="Zaal", capacity=CAPACITY)
        seed(store, [GuestInput(name=f"G{i}", code=f"C{i:03d}") for i in range(GUESTS)])
        door = {name: _Door(store, name, folder) for name in DOORS}
        # the people inside in truth: a party let in by a verdict, out when its guest's
        # badge is scanned out (whatever the door knew: the person walked out)
        parties: dict[int, list[int]] = {}
        try:
            for kind, name, guest in ops:
                d = door[name]
                if kind == "toggle":
                    d.online = not d.online
                    if d.online:  # as OfflineDoor: back only once its journal is sent
                        d.contact()
                elif kind == "contact":
                    if d.online:
                        d.contact()
                else:
                    verdict, people = d.scan(f"C{guest:03d}", kind == "out")
                    if verdict is Verdict.ADMITTED:
                        parties.setdefault(guest, []).append(people)
                    elif kind == "out" and parties.get(guest):
                        parties[guest].pop()
                assert sum(map(sum, parties.values())) <= CAPACITY, ops
                with store.read() as conn:
                    assert store.event().inside + doors.held(conn) <= CAPACITY or any(
                        not x.online or x.replica.waiting() for x in door.values()
                    )
            for d in door.values():  # every door back: the journals go, shares renew
                d.online = True
                d.contact()
                d.contact()
            with store.read() as conn:
                assert store.event().inside + doors.held(conn) <= CAPACITY
        finally:
            for d in door.values():
                d.replica.close()
            store.close()
