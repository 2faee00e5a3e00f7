"""``python -m inauthentic.notebooks``: build the lessons (see :mod:`.build`)."""

import sys

from .build import main

if __name__ == "__main__":
    sys.exit(main())
