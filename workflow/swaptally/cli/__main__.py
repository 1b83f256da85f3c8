"""`python -m swaptally.cli`: the same command line as `swaptally`."""

import sys

from swaptally.cli import main

sys.exit(main())
