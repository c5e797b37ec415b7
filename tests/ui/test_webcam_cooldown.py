"""The camera's cool-down rule, driven by a clock the test moves by hand."""

from __future__ import annotations

from ui.scan_cooldown import CodeCooldown


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_same_code_within_the_cool_down_is_ignored() -> None:
    clock = FakeClock()
    rule = CodeCooldown(3.0, clock=clock)
    assert rule.offer("1001")
    clock.now += 1.0
    assert not rule.offer("1001")
    assert rule.remaining("1001") == 3.0  # seen again: the cool-down restarts


def test_a_badge_held_in_view_counts_once_however_long() -> None:
    clock = FakeClock()
    rule = CodeCooldown(3.0, clock=clock)
    taken = []
    for _ in range(300):  # ten seconds at 30 frames a second
        taken.append(rule.offer("1001"))
        clock.now += 1 / 30
    assert taken.count(True) == 1


def test_a_different_code_is_taken_at_once() -> None:
    clock = FakeClock()
    rule = CodeCooldown(3.0, clock=clock)
    assert rule.offer("1001")
    assert rule.offer("1002")
    clock.now += 0.5
    assert not rule.offer("1001")
    assert not rule.offer("1002")


def test_after_the_pause_the_same_code_is_taken_again() -> None:
    clock = FakeClock()
    rule = CodeCooldown(3.0, clock=clock)
    assert rule.offer("1001")
    clock.now += 2.9
    assert rule.remaining("1001") > 0
    clock.now += 0.2
    assert rule.remaining("1001") == 0.0
    assert rule.offer("1001")


def test_reset_forgets_everything() -> None:
    rule = CodeCooldown(3.0, clock=FakeClock())
    assert rule.offer("1001")
    rule.reset()
    assert rule.offer("1001")
    assert rule.remaining("never seen") == 0.0
