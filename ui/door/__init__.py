"""The Door screen, in parts with one job each, joined by signals (docs/door-screen.md).

- ``screen``: lays the parts out and wires them; the only part that knows them all;
- ``flow``: a scan's way from the scanner to its verdict, questions and the queue
  behind them (no widgets; tested without a window);
- ``scanner``: the application-wide filter that tells a scanner's burst from typing;
- ``verdict``, ``headcount``, ``status``, ``search``, ``tools``, ``prompts``,
  ``walkin``, ``dialogs``: what each shows or asks.

The screen decides nothing: every action goes to the door service (``checkin.door``)
through the one serial store worker (``ui/worker.py``), and the frozen value that
comes back is what is shown.
"""
