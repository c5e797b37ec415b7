"""The door's own side of the share protocol: what an offline door may still admit.

The server's side (the pool, every door's share, renew, settle) is
:mod:`checkin.store.shares`; this is the door's: its copy's ledger
(:class:`checkin.offline.copy.CopyLedger`) admits and lets out through it, so the
arithmetic the property test drives is the arithmetic that runs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Allowance:
    """An offline door's own view: what it may still admit, and what it owes the server."""

    share: int
    admitted: int = 0
    exited: int = 0

    def admit(self, people: int) -> Allowance | None:
        """Offline admission: only within the share. None: not enough places here."""
        if people > self.share:
            return None
        return replace(self, share=self.share - people, admitted=self.admitted + people)

    def leave(self, people: int) -> Allowance:
        """Offline exit: the places come back to this door's share."""
        return replace(self, share=self.share + people, exited=self.exited + people)

    def spend(self, people: int) -> Allowance:
        """What already happened (a record, not a decision): paid from the share as far as
        it goes; the admission counts whole."""
        return replace(self, share=max(0, self.share - people), admitted=self.admitted + people)
