"""The offline rule: what a door decides on its own, from its copy and within its share.

The same verdicts as the door service, from what the door's copy knows: an
unknown, replaced, cancelled or pending badge; a guest already inside; a guest
let in only when the door's share holds the whole party (``full`` otherwise);
an exit that gives the party's places back to the share. The verdict, the
guest's new state and the new share are one journal transaction, on disk before
the verdict is returned.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from checkin import codes
from checkin.door import Question, ScanResult, Verdict
from checkin.door.verdicts import Action
from checkin.models import Guest, Presence
from checkin.offline.replica import Replica

_OUT = (Action.SCAN_OUT, Action.CAMERA_OUT, Action.MANUAL_OUT)


def decide(replica: Replica, at: datetime, raw: str, action: Action, sid: str,
           people: int | None, confirmed: bool, *, guest_id: int | None,
           asked: bool = False) -> ScanResult:
    """THE offline rule: from the copy, within the share, journalled before returned."""
    with replica.lock:
        room = replica.room()
        code = codes.clean(raw)
        out = action in _OUT
        guest = replica.guest(guest_id) if guest_id is not None else \
            replica.guest_by_code(codes.candidates(raw))
        share, inside = room.share, room.inside
        since = replaced_on = None
        if guest is None:
            replaced = replica.replaced(codes.candidates(raw))
            if replaced is not None:
                guest, replaced_on = replaced
                verdict, n = Verdict.REVOKED, 0
            else:
                tag = codes.tag_of(code.upper())
                verdict = Verdict.WRONG_EVENT if tag is not None and tag != room.tag \
                    else Verdict.UNKNOWN
                n = 1
        elif out:
            if guest.presence is Presence.INSIDE:
                n = guest.party or 1
                verdict, share, inside = Verdict.EXITED, share + n, max(0, inside - n)
                guest = replace(guest, presence=Presence.LEFT, party=0)
            else:
                verdict, n = Verdict.NOT_INSIDE, 0
        elif guest.cancelled or guest.pending:
            verdict, n = (Verdict.CANCELLED if guest.cancelled else Verdict.PENDING), 1
        elif guest.presence is Presence.INSIDE:
            verdict, n, since = Verdict.ALREADY_INSIDE, 0, guest.inside_since
        else:
            question = _question(room.door_question, guest, people, confirmed,
                                      sid, action, code, asked)
            if question is not None:
                return _result(Verdict.CONFIRM, code, guest, room.capacity, inside,
                                    at, action, "", question.max_people, question=question)
            n = people or 1 + guest.companions
            if n <= share:
                verdict, share, inside = Verdict.ADMITTED, share - n, inside + n
                guest = replace(guest, presence=Presence.INSIDE, party=n, inside_since=at)
            else:
                verdict = Verdict.FULL
        replica.record(uuid=sid, at=at, raw=code, action=action.value,
                            verdict=verdict.value, people=n, guest=guest,
                            confirmed=confirmed or asked, offline=True, share=share,
                            inside=inside)
        return _result(verdict, code, guest, room.capacity, inside, at, action, sid, n,
                            since=since, replaced_on=replaced_on)

def _question(text: str, guest: Guest, people: int | None, confirmed: bool, sid: str,
              action: Action, code: str, asked: bool) -> Question | None:
    companions = guest.companions > 0 and people is None and not asked
    ask = bool(text) and not confirmed
    if not (companions or ask):
        return None
    return Question(kind="companions" if companions else "question", text=text,
                    max_people=1 + guest.companions, guest=guest, token=sid, action=action,
                    code=code)

def _result(verdict: Verdict, code: str, guest: Guest | None, capacity: int, inside: int,
            at: datetime, action: Action, sid: str, people: int, *,
            since: datetime | None = None, replaced_on: datetime | None = None,
            question: Question | None = None) -> ScanResult:
    return ScanResult(verdict=verdict, code=code, guest=guest, inside=inside,
                      capacity=capacity, at=at, action=action, scan_id=sid, people=people,
                      since=since, offline=True, replaced_on=replaced_on, question=question)
