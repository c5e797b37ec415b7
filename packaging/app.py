"""The frozen build's `checkin-app`: the desktop app, as the installed GUI entry point."""

import multiprocessing
import os
import sys

# A windowed Windows program has no console: sys.stdout and sys.stderr are None, and the
# first print or log line (the crash handler, Qt's messages) would itself crash the app.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

if __name__ == "__main__":
    # The spreadsheet reader runs in a spawned child process (checkin/guestlist/isolated.py):
    # in a frozen program that child is this program again, and here it becomes the reader.
    multiprocessing.freeze_support()

from checkin_app.app import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
