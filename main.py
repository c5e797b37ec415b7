"""Starts the desktop app (the same as the `checkin-app` command)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
