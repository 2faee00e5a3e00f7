"""What the loader's safety costs: checksums and the tables-belong-together check.

Run from the repository root (after ``make data``):

    .venv/bin/python benchmarks/bench_loader.py

For the shipped ``classroom`` and ``capstone`` it prints the time of

- ``load_dataset(name)``: reads each file once, checks it against
  ``SHA256SUMS``, parses those bytes and checks that the tables belong together;
- ``inspect(name)`` alone: reading the files and computing their SHA-256;
- ``require_same_set`` alone on the loaded tables;
- the three ``read_table`` calls alone (what loading cost before these checks).

Each figure is the median of five runs. This is a script that prints figures, not a test.
"""

from __future__ import annotations

import statistics
import time

from inauthentic import load_dataset
from inauthentic.shipped import inspect
from inauthentic.tables import TABLE_FILES, read_table
from inauthentic.validate import require_same_set

RUNS = 5


def median_seconds(work) -> float:
    """Median wall-clock time of ``work()`` over :data:`RUNS` runs."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    print(f"{'data set':10s} {'load_dataset (s)':>17s} {'checksums (s)':>14s} {'same set (s)':>13s} {'read_table x3 (s)':>18s}")
    for name in ("classroom", "capstone"):
        data = load_dataset(name)
        folder = data.folder
        load = median_seconds(lambda: load_dataset(name))
        sums = median_seconds(lambda: inspect(name, keep_contents=False))
        same = median_seconds(lambda: require_same_set(data.accounts, data.posts, data.labels, str(folder), "rebuild"))
        plain = median_seconds(lambda: [read_table(folder / file, table) for table, file in TABLE_FILES.items()])
        print(f"{name:10s} {load:17.2f} {sums:14.3f} {same:13.3f} {plain:18.2f}")


if __name__ == "__main__":
    main()
