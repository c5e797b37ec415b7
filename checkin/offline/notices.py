"""What an offline-capable door says once, as values: the screen words them in its
language, the command line in English (``str()``)."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class NoticeKind(enum.StrEnum):
    STARTED_OFFLINE = "started_offline"  # the server did not answer at start
    SENDING = "sending"  # a long journal is still going back at start
    SENT = "sent"  # back online: the journal was sent
    LOST = "lost"  # the server was restored from a backup and lost scans of this door
    RELEASED = "released"  # a supervisor had released this door's places
    RESTORED = "restored"  # this door's copy was older than the server had heard it


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    server: str = ""  # the server, as shown to people
    count: int = 0  # scans sent, lost or waiting
    guests: int = 0  # in the door's copy (started offline)
    share: int = 0  # places at this door (started offline)
    flagged: int = 0  # badges used at two doors while apart (sent)
    overshoot: int = 0  # how far the room went over its cap (sent)
    refused: tuple[str, ...] = ()  # entries the server could not take, named (sent)

    def __str__(self) -> str:
        scans = "1 scan" if self.count == 1 else f"{self.count} scans"
        if self.kind is NoticeKind.STARTED_OFFLINE:
            return (
                f"The server {self.server} does not answer: this door starts offline on "
                f"its own copy ({self.guests} guests, {self.share} places at this door)."
            )
        if self.kind is NoticeKind.SENDING:
            return (
                f"Sending this door's journal to {self.server} ({scans}); until it is sent "
                "the door decides on its own copy."
            )
        if self.kind is NoticeKind.LOST:
            return (
                f"The server has lost {scans} of this door (restored from a backup?); "
                "they are sent again."
            )
        if self.kind is NoticeKind.RESTORED:
            return (
                "This door's copy is older than the server had heard it (put back from a "
                "backup or a snapshot?): its scans are counted, and the room may have gone "
                "over its cap; the server now sets this door's share."
            )
        if self.kind is NoticeKind.RELEASED:
            return "A supervisor had released this door's places; it holds a new share now."
        text = f"Back online: {scans} sent to the server"
        if self.flagged:
            text += f", {self.flagged} flagged (a badge used at two doors)"
        if self.overshoot:
            text += f"; the room went {self.overshoot} over its cap"
        for refused in self.refused:
            text += f"; the server could not take {refused} (counted as the door said)"
        return text + "."


def at_start(server: str, *, still_sending: bool, waiting: int, guests: int, share: int) -> Notice:
    """What a door that starts without its server says: still sending a long journal, or
    working offline on its copy."""
    if still_sending and waiting:
        return Notice(NoticeKind.SENDING, server=server, count=waiting)
    return Notice(NoticeKind.STARTED_OFFLINE, server=server, guests=guests, share=share)
