"""A supervisor's override: let in someone the door would turn away, never past the cap.

A cancelled, pending or revoked guest (by code or guest id) is let in as any
guest is: the door question, the companions, the cap. An unknown code lets the
person in once as a walk-in with a badge code of their own: the unknown code is
kept in the log as scanned and never becomes a badge, so scanning it again is
``unknown`` again. The same unknown code overridden again names that walk-in
(``already_inside`` while they are in). With a time (``at``: a paper tick or a
late entry recorded afterwards) the entry is judged at its own time; only a
supervisor whose PIN is set and given may record it over the cap
(checkin/door/timeline.py ``judge``). The PIN is checked by the service before
the transaction; the reason is logged with the scan and exported.
"""

from __future__ import annotations

from checkin.door import rules
from checkin.door.rules import Step
from checkin.door.verdicts import ScanResult
from checkin.models import Guest, GuestInput


def let_in(
    step: Step, target: str | int, *, people: int | None, confirmed: bool, ask_companions: bool
) -> ScanResult:
    tx = step.tx
    guest: Guest | None
    if isinstance(target, int):
        guest = tx.guest(target)
    else:
        guest, denied = rules.look_up(step, target)
        if denied is not None:
            return denied
    if guest is None:
        return _unknown_code(step, confirmed)
    return rules.ask_or_enter(step, guest, people, confirmed, ask_companions)


def _unknown_code(step: Step, confirmed: bool) -> ScanResult:
    """The person with an unknown code, once: a walk-in with a code of their own."""
    tx = step.tx
    earlier = tx.walk_in_for_code(step.code)
    if earlier is not None:
        return rules.ask_or_enter(step, tx.guest(earlier), None, confirmed, False)
    # No code given: walk_in makes a new one, so the unknown code admits nobody later.
    # named as the other nameless: by what the door had, the code (marked name_missing)
    person = GuestInput(name=step.code, name_missing=True)
    return rules.walk_in(step, person, confirmed)
