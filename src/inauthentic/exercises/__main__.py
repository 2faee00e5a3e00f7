"""``python -m inauthentic.exercises build|grade|samples ...``: see :mod:`inauthentic.exercises`."""

import sys

from . import build, grade, private_capstone, samples


def main(argv: list[str] | None = None) -> int:
    """Dispatch to ``build``, ``grade``, ``samples`` or ``capstone``."""
    argv = sys.argv[1:] if argv is None else argv
    commands = {"build": build.main, "grade": grade.main, "samples": samples.main, "capstone": private_capstone.main}
    if not argv or argv[0] not in commands:
        print("Usage: python -m inauthentic.exercises build [NAME ...] [--force]\n"
              "       python -m inauthentic.exercises grade SUBMISSIONS [--exercise NAME | --autograder ZIP] [--jobs N] [--time-limit S] [--out DIR]\n"
              "       python -m inauthentic.exercises capstone --data DIR --out DIR [--force]\n"
              "       python -m inauthentic.exercises samples FOLDER [--exercise NAME]")
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main())
