"""Collection rules for the whole suite (``python -m pytest`` from the repository root).

The lessons' folder holds two kinds of file:

- ``NN_slug.py``, jupytext sources: with ``--doctest-modules`` pytest would
  import them, which runs the whole lesson. Never collected.
- ``NN_slug.ipynb``, built lessons: run by nbval. A notebook there without a
  source beside it (a learner's copy, ``Untitled.ipynb``) is not a lesson and
  is not collected, so a learner's own files never fail ``make test``.

nbval's kernels get ``PYTHONHASHSEED=0``, as ``make notebooks`` gives its own,
so anything that depends on hashing order prints the same both times.
"""

from __future__ import annotations

import os
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent / "notebooks"


def is_lesson_notebook(path: Path) -> bool:
    """True for ``notebooks/NN_slug.ipynb`` with its ``NN_slug.py`` source beside it."""
    return path.parent == NOTEBOOKS and path.suffix == ".ipynb" and path.with_suffix(".py").is_file()


def pytest_configure(config):
    os.environ.setdefault("PYTHONHASHSEED", "0")


def pytest_ignore_collect(collection_path: Path, config):
    if collection_path.parent != NOTEBOOKS:
        return None
    if collection_path.suffix == ".py":
        return True
    if collection_path.suffix == ".ipynb" and not is_lesson_notebook(collection_path):
        return True
    return None
