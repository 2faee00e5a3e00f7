"""How long does reading the Information Operations archive's layout take?

Writes a data set (classroom by default) in the archive's layout into a
temporary folder, then reads it back with ``load_dataset(folder)``, and prints
the size on disk, the time of each step and its peak memory (tracemalloc, on
a second run), beside reading the same data set from the kit's own CSV files.
Run with::

    .venv/bin/python benchmarks/bench_archive.py [dataset]
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from inauthentic import load_dataset
from inauthentic.archive import write_archive


def measured(action):
    """Run ``action`` twice: timed alone, then under tracemalloc (which slows it) for the peak."""
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    action()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return result, seconds, peak / 2**20


def main(name: str = "classroom") -> None:
    data, kit_seconds, kit_peak = measured(lambda: load_dataset(name))
    print(f"{name}: {len(data.accounts):,} accounts, {len(data.posts):,} posts")
    print(f"read the kit's CSV files        {kit_seconds:6.2f} s, peak {kit_peak:7.1f} MiB")
    with tempfile.TemporaryDirectory() as folder:
        written, write_seconds, _ = measured(lambda: write_archive(data, folder, parts=3))
        size = sum(Path(path).stat().st_size for path in written) / 2**20
        print(f"write the archive layout        {write_seconds:6.2f} s, {len(written)} files, {size:.1f} MiB")
        _, read_seconds, read_peak = measured(lambda: load_dataset(folder))
        print(f"read the archive layout         {read_seconds:6.2f} s, peak {read_peak:7.1f} MiB")


if __name__ == "__main__":
    main(*sys.argv[1:2])
