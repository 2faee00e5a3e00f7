"""Building and checking the lesson notebooks (``make notebooks``).

Each lesson has one text source, ``notebooks/NN_slug.py`` (jupytext percent
format), and a built ``notebooks/NN_slug.ipynb`` with its outputs. This
subpackage turns the first into the second and checks that they agree:

- :mod:`.clean`: what machine-specific metadata is and how it is stripped;
- :mod:`.stamp`: how a built notebook remembers its cells, so that a
  learner's edits are noticed and never overwritten without ``--force``;
- :mod:`.checks`: drift between source and notebook, cells run in order;
- :mod:`.build`: read the source (as ``jupytext --update --to ipynb`` does),
  execute it in a fresh ``python3`` kernel with nbclient, clean, stamp, write.

Run it with ``make notebooks`` or ``python -m inauthentic.notebooks``
(``--help`` lists the options). Nothing here is imported by
``import inauthentic``.

Examples
--------
>>> from inauthentic.notebooks import lesson_sources
>>> [path.name for path in lesson_sources()][:1]
['00_start_here.py']
"""

from __future__ import annotations

from .build import BuildResult, build_lesson, build_lessons, execute_notebook, lesson_sources, notebook_from_source
from .checks import drift, execution_problems
from .clean import machine_metadata_found, strip_machine_metadata
from .stamp import changed_since_built, cells_fingerprint, stamp

__all__ = [
    "BuildResult",
    "build_lesson",
    "build_lessons",
    "execute_notebook",
    "lesson_sources",
    "notebook_from_source",
    "drift",
    "execution_problems",
    "machine_metadata_found",
    "strip_machine_metadata",
    "changed_since_built",
    "cells_fingerprint",
    "stamp",
]
