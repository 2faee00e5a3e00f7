"""Co-retweet network: the kit's engine against coordination-network-toolkit, on the same posts.

Run from the repository root::

    .venv/bin/python benchmarks/bench_coordination.py            # 100k and 1M posts
    .venv/bin/python benchmarks/bench_coordination.py --sizes 100000
    .venv/bin/python benchmarks/bench_coordination.py --input synthetic

For each input it prints the time of ``co_retweet_edges`` (best of
``--repeat`` runs) and of the toolkit's ``compute_co_retweet_parallel`` with
its default thread count (4), their ratio, whether the edge tables are
identical, and the peak memory of the kit's call, both as traced by
``tracemalloc`` (numpy and Python allocations) and as resident memory (RSS
high-water mark of the process during the call). The toolkit first copies the
posts into SQLite row by row; that preprocessing is timed separately and *not*
included in its time. Window 60 s, minimum weight 2.

Inputs (``--input simulator``, the default): the simulator's data
(``load_dataset("classroom")``, about 145k posts, for sizes up to 200k;
``simulate("million")``, about 1M posts, above); if the simulator fails, the
benchmark stops with its error instead of measuring other data. With
``--input synthetic``: a synthetic retweet-heavy table of exactly that size (:func:`inauthentic.coordination._synthetic.retweet_heavy_posts`):
a few viral originals with thousands of retweets, many small cascades and
coordinated groups retweeting seed posts within seconds.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import platform
import tempfile
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from inauthentic.coordination import co_retweet_edges
from inauthentic.coordination._synthetic import retweet_heavy_posts
from inauthentic.coordination._toolkit import toolkit_database, toolkit_edges

WINDOW_SECONDS, MIN_WEIGHT = 60, 2
TOOLKIT_THREADS = 4  # the default n_threads of the toolkit's compute functions


def simulator_posts(size: int) -> pd.DataFrame:
    """Posts from the kit's simulator of about ``size`` rows (any failure propagates)."""
    import inauthentic

    if size <= 200_000:
        return inauthentic.load_dataset("classroom", labels=False).posts
    return inauthentic.simulate("million").posts


def rss_mib(field: str) -> float:
    """A memory figure of this process from /proc (VmRSS now, VmHWM peak), in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak_rss() -> bool:
    """Reset the RSS high-water mark (Linux: write 5 to clear_refs)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def time_ours(posts: pd.DataFrame, repeat: int) -> tuple[list[float], pd.DataFrame]:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        edges = co_retweet_edges(posts, window_seconds=WINDOW_SECONDS, min_weight=MIN_WEIGHT)
        times.append(time.perf_counter() - start)
    return times, edges


def memory_of_ours(posts: pd.DataFrame) -> tuple[float, float, float]:
    """(tracemalloc peak, RSS before, RSS peak during the first call), MiB."""
    gc.collect()
    before = rss_mib("VmRSS")
    exact_peak = reset_peak_rss()
    co_retweet_edges(posts, window_seconds=WINDOW_SECONDS, min_weight=MIN_WEIGHT)
    peak_rss = rss_mib("VmHWM") if exact_peak else float("nan")
    tracemalloc.start()
    co_retweet_edges(posts, window_seconds=WINDOW_SECONDS, min_weight=MIN_WEIGHT)
    traced = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return traced, before, peak_rss


def bench(size: int, repeat: int, workdir: Path, use_simulator: bool) -> None:
    if use_simulator:
        posts, source = simulator_posts(size), "simulator"
    else:
        posts, source = retweet_heavy_posts(size, seed=0), "synthetic (retweet_heavy_posts, seed 0)"
    n_retweets = int(posts["is_retweet"].sum())
    print(f"\n== {len(posts):,} posts ({n_retweets:,} retweets, {posts['userid'].nunique():,} accounts), {source}")

    # Memory first, while the process has not yet run anything big.
    traced, before, peak_rss = memory_of_ours(posts)

    start = time.perf_counter()
    db_path = toolkit_database(posts, workdir / f"toolkit_{size}.db")
    print(f"toolkit preprocessing into SQLite: {time.perf_counter() - start:8.2f} s   (not included below)")

    start = time.perf_counter()
    theirs = toolkit_edges(db_path, "co_retweet", WINDOW_SECONDS, MIN_WEIGHT, n_threads=TOOLKIT_THREADS)
    toolkit_seconds = time.perf_counter() - start
    print(f"toolkit co_retweet ({TOOLKIT_THREADS} processes):    {toolkit_seconds:8.2f} s   {len(theirs):,} edges")

    our_times, ours = time_ours(posts, repeat)
    best = min(our_times)
    listed = ", ".join(f"{seconds:.2f}" for seconds in our_times)
    print(f"kit co_retweet_edges (1 thread):     {best:8.2f} s   {len(ours):,} edges   (best of {repeat}: {listed})")
    print(f"speed-up (toolkit / kit):            {toolkit_seconds / best:8.1f} x")
    print(f"identical edges and weights:         {ours.equals(theirs)}")
    print(f"kit peak memory, tracemalloc:        {traced:8.0f} MiB")
    print(f"kit peak RSS during the call:        {peak_rss:8.0f} MiB   (+{peak_rss - before:.0f} MiB over the "
          f"{before:.0f} MiB the process held before, input table included)")

    db_path.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--input", choices=["simulator", "synthetic"], default="simulator")
    args = parser.parse_args()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"window {WINDOW_SECONDS} s, min_weight {MIN_WEIGHT}; {multiprocessing.cpu_count()} CPUs, "
        f"load average {load:.1f}; Python {platform.python_version()}, pandas {pd.__version__}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            bench(size, args.repeat, Path(folder), use_simulator=args.input == "simulator")


if __name__ == "__main__":
    main()
