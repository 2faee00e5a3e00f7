"""The kit's fictional archive sample: ``tiny`` written the Information Operations archive's way.

This sits above both the loader and the archive writer (it loads ``tiny``
and writes it with :func:`inauthentic.archive.write_archive`), so neither of
them needs the other. Run ``python -m inauthentic.archive_sample [FOLDER]`` to
(re)make the shipped copy in ``datasets/archive_sample`` after the simulator
changes.

Examples
--------
>>> from inauthentic.archive_sample import write_sample
>>> import tempfile
>>> len(write_sample(tempfile.mkdtemp()))
3
"""

from __future__ import annotations

from pathlib import Path

from .archive import sample_folder, write_archive
from .datasets import load_dataset

__all__ = ["write_sample"]


def write_sample(folder: str | Path | None = None) -> list[Path]:
    """(Re)make the kit's fictional archive sample from the ``tiny`` data set.

    The sample is ``tiny`` written by :func:`write_archive` (two tweets
    files). Run ``python -m inauthentic.archive_sample`` to rewrite the shipped copy
    after the simulator changes; the result is the same bytes on every run.

    Examples
    --------
    >>> import tempfile
    >>> [path.name for path in write_sample(tempfile.mkdtemp())][0]
    'fictional_102026_users_csv_hashed.csv'
    """
    return write_archive(load_dataset("tiny"), sample_folder() if folder is None else folder)


if __name__ == "__main__":  # python -m inauthentic.archive_sample [FOLDER]: (re)make the sample
    import sys

    for path in write_sample(sys.argv[1] if len(sys.argv) > 1 else None):
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
