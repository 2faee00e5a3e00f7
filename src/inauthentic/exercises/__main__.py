"""``python -m inauthentic.exercises build|grade|samples ...``: see :mod:`inauthentic.exercises`."""

import sys

from . import build, grade, samples


def main(argv: list[str] | None = None) -> int:
    """Dispatch to ``build`` or ``grade``."""
    argv = sys.argv[1:] if argv is None else argv
    commands = {"build": build.main, "grade": grade.main, "samples": samples.main}
    if not argv or argv[0] not in commands:
        print("Usage: python -m inauthentic.exercises build [NAME ...] [--force]\n"
              "       python -m inauthentic.exercises grade SUBMISSIONS [--exercise NAME] [--jobs N] [--time-limit S] [--out DIR]\n"
              "       python -m inauthentic.exercises samples FOLDER [--exercise NAME]")
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main())
