"""The registration desk on the Door screen: a badge printed on arrival.

``panel`` (the strip the Door screen shows: the printer's state, the recent
badges, print again), ``choice`` (Door → "Badge printer…": on/off, printer,
layout, a test badge), ``printer`` (sends each admitted guest's badge off the
door's path and asks the printer's state), ``spoolers`` (CUPS on Linux and
macOS, Qt's printing on Windows), ``words``. The printing itself is the
core's: checkin/printing.
"""

from .panel import DeskPanel
from .printer import DeskPrinter

__all__ = ["DeskPanel", "DeskPrinter"]
