"""The Door screen, in parts with one job each, joined by signals (docs/door-screen.md has the map).

- ``screen``: lays the parts out and wires them; the only part that knows them all;
- ``flow``: a scan's way from the scanner to its verdict, questions and the queue
  behind them (no widgets; tested without a window);
- ``scanner``: the application-wide filter that tells a scanner's burst from typing;
- ``verdict`` and ``words`` (the verdict and its texts), ``prompts`` (the door
  question, companions), ``headcount``, ``chart`` and ``feed`` (the room, other
  doors), ``status`` (scanner light, link strip, banners), ``search``, ``tools``
  and ``keys`` (buttons, shortcuts, focus), ``steps``, ``dialogs`` and ``walkin``
  (the door's dialogs), ``inside``, ``kiosk``, ``camera``, ``sounds``.

The screen decides nothing: every action goes to the door service (``checkin.door``)
through the one serial store worker (``ui/worker.py``), and the frozen value that
comes back is what is shown.
"""
