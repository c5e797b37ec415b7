"""The frozen build's `checkin-app`: the desktop app, as the installed GUI entry point."""

import sys

from checkin_app.app import main

if __name__ == "__main__":
    sys.exit(main())
