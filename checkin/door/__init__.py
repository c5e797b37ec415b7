"""The door: its rules, its verdicts, and the one service every door action goes through.

``DoorService`` (service.py) is the way in for the app and the CLI. The parts,
one job a file: verdicts.py (what the door says), rules.py (entering, leaving,
logging, the counter, walk-ins, undo), timeline.py (scans applied at their own
time), room.py (full and "room for N"), match.py (a walk-in who is on the
list), status.py (the counts).
"""

from checkin.door.match import find_match, name_key
from checkin.door.protocol import Door
from checkin.door.room import room
from checkin.door.service import DoorService
from checkin.door.timeline import over_cap
from checkin.door.verdicts import (
    CAPACITY_MAX,
    CAPACITY_MIN,
    Action,
    DoorStatus,
    LinkState,
    OverCap,
    Question,
    RoomState,
    ScanResult,
    Verdict,
)
from checkin.event_settings import check_capacity

__all__ = [
    "CAPACITY_MAX",
    "CAPACITY_MIN",
    "Action",
    "Door",
    "DoorService",
    "DoorStatus",
    "LinkState",
    "OverCap",
    "Question",
    "RoomState",
    "ScanResult",
    "Verdict",
    "check_capacity",
    "find_match",
    "name_key",
    "over_cap",
    "room",
]
