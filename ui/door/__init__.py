"""The Door screen, in parts with one job each, joined by signals (docs/door-screen.md has the map).

- ``screen`` (the handlers) and ``build`` (the parts made, laid out and wired): the
  only modules that know them all; ``where``: the event's place, for the header;
- ``flow``: a scan's way from the scanner to its verdict, questions and the queue
  behind them (no widgets; tested without a window);
- ``scanner``: the application-wide filter that tells a scanner's burst from typing;
- ``verdict`` and ``words`` (the verdict and its texts), ``prompts`` (the door
  question, companions), ``headcount``, ``chart`` and ``feed`` (the room, other
  doors), ``status`` (scanner light, link strip, banners), ``search``, ``tools``
  and ``keys`` (buttons, shortcuts, focus), ``steps``, ``dialogs`` and ``walkin``
  (the door's dialogs), ``inside``, ``kiosk``, ``camera``, ``sounds``.

The screen decides nothing and is given no store: every action and read goes to its
door (``checkin.door.Door``) through the one serial store worker (``ui/worker.py``),
and the frozen value that comes back is what is shown.
"""
