"""The frozen build's `checkin` command, as the installed console entry point."""

import multiprocessing
import sys

from checkin.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the spreadsheet reader's child (guestlist/isolated.py)
    sys.exit(main())
