"""Scans in time order: a late scan applies at its own time, a re-sent scan counts once."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin import pin
from checkin.door import DoorService, Verdict, over_cap
from checkin.models import GuestInput, Presence
from checkin.store import Store
from tests.conftest import T0, Clock


def _at(hh: int, mm: int) -> datetime:
    return T0.replace(hour=hh, minute=mm)


def _svc(store: Store, now: datetime) -> DoorService:
    return DoorService(store, "Noord", clock=lambda: now)


def test_a_paper_tick_between_an_entry_and_an_exit_is_already_inside(store: Store) -> None:
    svc = _svc(store, _at(12, 0))
    assert svc.scan("1001", at=_at(10, 0)).verdict is Verdict.ADMITTED
    assert svc.scan("1001", exit=True, at=_at(10, 30)).verdict is Verdict.EXITED
    before = store.event().inside
    tick = svc.admit(1, at=_at(10, 15))
    assert tick.verdict is Verdict.ALREADY_INSIDE and tick.since == _at(10, 0)
    assert store.event().inside == before == 0
    g = store.guest(1)
    assert (g.presence, g.entries, g.last_departure) == (Presence.LEFT, 1, _at(10, 30))


def test_a_late_exit_stamped_before_the_entry_is_not_inside(store: Store) -> None:
    svc = _svc(store, _at(12, 0))
    svc.scan("1002", at=_at(10, 0))
    late = svc.scan("1002", exit=True, at=_at(9, 50))
    assert late.verdict is Verdict.NOT_INSIDE
    assert store.guest(2).presence is Presence.INSIDE and store.event().inside == 1


def test_a_late_entry_turns_an_earlier_not_inside_into_an_exit(store: Store) -> None:
    svc = _svc(store, _at(12, 0))
    assert svc.scan("1003", exit=True, at=_at(11, 0)).verdict is Verdict.NOT_INSIDE
    assert svc.scan("1003", at=_at(10, 0)).verdict is Verdict.ADMITTED
    g = store.guest(3)
    assert (g.presence, g.last_departure) == (Presence.LEFT, _at(11, 0))
    assert store.event().inside == 0
    assert [s.verdict for s in store.scans()] == ["exited", "admitted"]  # re-judged


def test_the_same_scan_id_twice_is_stored_once_with_the_first_verdict(store: Store) -> None:
    svc = _svc(store, _at(12, 0))
    first = svc.scan("1001", scan_id="4b0c6a8e-0000-4000-8000-000000000001")
    svc.scan("1001", exit=True)
    again = svc.scan("1001", scan_id="4b0c6a8e-0000-4000-8000-000000000001")
    assert again.verdict is Verdict.ADMITTED and again.record_id == first.record_id
    assert len(store.scans()) == 2 and store.event().inside == 0


def test_a_late_admission_is_recorded_and_the_time_over_the_cap_reported(store: Store) -> None:
    svc = _svc(store, _at(12, 0))
    for code in ("1001", "1002", "1003"):
        assert svc.scan(code, at=_at(10, 0)).verdict is Verdict.ADMITTED
    assert svc.scan("1004").verdict is Verdict.FULL  # live: the cap holds
    assert svc.scan("1004", at=_at(10, 5)).verdict is Verdict.FULL  # and at its own time
    pin.set_pin(store, "4321")  # only a supervisor records what the paper list says
    late = svc.override("1004", "on the paper list", "4321", at=_at(10, 5))
    assert late.verdict is Verdict.ADMITTED and late.flag == "over_cap"
    assert store.event().inside == 4
    over = over_cap(store)
    assert over is not None and (over.at, over.inside, over.by) == (_at(10, 5), 4, 1)
    assert svc.status().as_json()["over_cap"] == {
        "at": _at(10, 5).isoformat(),
        "inside": 4,
        "by": 1,
    }


def _event(path: Path, guests: int) -> Store:
    s = Store.create(path, name="Volgorde", capacity=1000, event_date=T0.date(), now=T0)
    for i in range(guests):
        s.add_guest(GuestInput(name=f"Gast {i}", code=f"C{i}"))
    return s


def _final(store: Store) -> tuple[int, list[tuple[str, int, datetime | None, datetime | None]]]:
    return store.event().inside, [
        (g.presence.value, g.entries, g.first_arrival, g.last_departure) for g in store.guests()
    ]


_FIXTURE = [HealthCheck.function_scoped_fixture]
_SCANS = st.lists(
    st.tuples(st.integers(0, 3), st.booleans(), st.integers(0, 240)),
    min_size=1,
    max_size=30,
    unique_by=lambda s: s[2],
)


@settings(max_examples=40, deadline=None, suppress_health_check=_FIXTURE)
@given(scans=_SCANS, seed=st.integers(0, 2**32 - 1))
def test_any_interleaving_gives_the_state_of_time_order(
    tmp_path_factory: object, scans: list[tuple[int, bool, int]], seed: int
) -> None:
    base = Path(tmp_path_factory.mktemp("order"))  # type: ignore[attr-defined]
    now = _at(16, 0)
    timed = [(f"C{g}", out, _at(10, 0) + timedelta(minutes=m)) for g, out, m in scans]
    shuffled = list(timed)
    random.Random(seed).shuffle(shuffled)
    results = []
    for name, order in (("sorted", sorted(timed, key=lambda s: s[2])), ("shuffled", shuffled)):
        with _event(base / f"{name}.checkin", 4) as s:
            svc = _svc(s, now)
            for code, out, at in order:
                svc.scan(code, exit=out, at=at)
            results.append(_final(s))
    assert results[0] == results[1]


@settings(max_examples=10, deadline=None, suppress_health_check=_FIXTURE)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_batch_re_sent_in_shuffled_order_changes_nothing(
    tmp_path_factory: object, seed: int
) -> None:
    path = Path(tmp_path_factory.mktemp("resend")) / "e.checkin"  # type: ignore[attr-defined]
    rnd = random.Random(seed)
    now = _at(16, 0)
    batch = [
        (
            f"{seed}-{i:03d}",
            f"C{rnd.randrange(10)}",
            rnd.random() < 0.4,
            _at(10, 0) + timedelta(seconds=rnd.randrange(4 * 3600)),
        )
        for i in range(100)
    ]
    with _event(path, 10) as s:
        svc = _svc(s, now)
        first = [svc.scan(code, exit=out, at=at, scan_id=sid) for sid, code, out, at in batch]
        log = [(r.id, r.verdict, r.uuid) for r in s.scans()]
        state = _final(s)
        rnd.shuffle(batch)
        again = {sid: svc.scan(code, exit=out, at=at, scan_id=sid) for sid, code, out, at in batch}
        assert [(r.id, r.verdict, r.uuid) for r in s.scans()] == log
        assert _final(s) == state
        for r in first:
            assert again[r.scan_id].record_id == r.record_id


def test_live_scans_keep_the_fast_path(store: Store, clock: Clock) -> None:
    svc = DoorService(store, "Noord", clock=lambda: clock.now)
    clock()
    svc.scan("1001")
    clock()
    svc.scan("1001", exit=True)
    assert [s.verdict for s in store.scans()] == ["admitted", "exited"]


def test_over_the_cap_follows_the_capacity_of_the_moment(store: Store) -> None:
    svc = _svc(store, _at(12, 0))
    for code in ("1001", "1002", "1003"):
        svc.scan(code, at=_at(9, 0))
    assert over_cap(store) is None  # 3 of 3
    svc.set_capacity(2)  # at 12:00: the past is judged by the capacity it had
    assert over_cap(store) is None
    assert svc.scan("1004", at=_at(9, 30)).verdict is Verdict.FULL
    pin.set_pin(store, "4321")
    svc.override("1004", "paper list", "4321", at=_at(9, 30))
    over = over_cap(store)
    assert over is not None and (over.at, over.inside, over.capacity) == (_at(9, 30), 4, 3)
    assert store.event().inside == 4
