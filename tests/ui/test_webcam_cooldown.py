"""The camera's cool-down rule, driven frame by frame with a clock the test moves by hand.

A badge is taken again once it has been out of sight for longer than the longest
run of unreadable frames of a badge held in view (about a second, measured in
benchmarks/bench_webcam.py), and never twice while it stays in view.
"""

from __future__ import annotations

from collections.abc import Iterable

from ui.scan_cooldown import ABSENT_SECONDS, CodeCooldown

FPS = 30


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def run(rule: CodeCooldown, clock: FakeClock, frames: Iterable[list[str]]) -> list[str]:
    """Feed decoded frames at 30 a second; what was taken, in order."""
    taken: list[str] = []
    for codes in frames:
        taken += rule.see(codes)
        clock.now += 1 / FPS
    return taken


def test_a_badge_held_in_view_counts_once_however_long() -> None:
    clock = FakeClock()
    rule = CodeCooldown(clock=clock)
    assert run(rule, clock, [["1001"]] * (10 * FPS)) == ["1001"]


def test_unreadable_frames_while_in_view_do_not_make_a_second_scan() -> None:
    # The worst run measured on a badge held up: 23 unreadable frames (0.77 s).
    clock = FakeClock()
    rule = CodeCooldown(clock=clock)
    frames = ([["1001"]] * 10 + [[]] * 23) * 8 + [["1001"]] * 5
    assert run(rule, clock, frames) == ["1001"]


def test_shown_again_after_a_second_out_of_sight_it_is_taken_again() -> None:
    # A guest who turns round at an exit door, or shows the badge again.
    clock = FakeClock()
    rule = CodeCooldown(clock=clock)
    away = round(ABSENT_SECONDS * FPS) + 3  # just over a second of frames without it
    frames = [["1001"]] * 10 + [[]] * away + [["1001"]] * 10
    assert run(rule, clock, frames) == ["1001", "1001"]


def test_a_different_code_is_taken_at_once() -> None:
    clock = FakeClock()
    rule = CodeCooldown(clock=clock)
    assert rule.see(["1001"]) == ["1001"]
    assert rule.see(["1001", "1002"]) == ["1002"]
    clock.now += 0.5
    assert rule.see(["1002", "1001"]) == []


def test_a_second_without_frames_is_not_a_second_without_the_badge() -> None:
    # The decoder fell behind: time passed, but nobody looked. Still the same guest.
    clock = FakeClock()
    rule = CodeCooldown(clock=clock)
    assert rule.see(["1001"]) == ["1001"]
    clock.now += 3.0
    assert rule.see(["1001"]) == []
    assert rule.see([]) == [] and rule.remaining("1001") == ABSENT_SECONDS


def test_remaining_counts_down_to_zero() -> None:
    clock = FakeClock()
    rule = CodeCooldown(clock=clock)
    rule.see(["1001"])
    clock.now += 0.4
    assert abs(rule.remaining("1001") - (ABSENT_SECONDS - 0.4)) < 1e-9
    clock.now += 1.0
    assert rule.remaining("1001") == 0.0
    assert rule.remaining("never seen") == 0.0


def test_reset_forgets_everything() -> None:
    rule = CodeCooldown(clock=FakeClock())
    assert rule.offer("1001")
    assert not rule.offer("1001")
    rule.reset()
    assert rule.offer("1001")
