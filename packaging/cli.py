"""The frozen build's `checkin` command, as the installed console entry point."""

import sys

from checkin.cli import main

if __name__ == "__main__":
    sys.exit(main())
