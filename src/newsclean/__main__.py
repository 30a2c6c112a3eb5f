"""``python -m newsclean``: the command line."""

from __future__ import annotations

import sys

from newsclean.shell.cli import main

if __name__ == "__main__":
    sys.exit(main())
