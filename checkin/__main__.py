"""`python -m checkin`: the command line, as the installed `checkin` command runs it."""

import sys

from checkin.cli import main

sys.exit(main())
