"""How long does each lesson take to run, and how much memory does its kernel need?

Runs every lesson (or those named) from its source, top to bottom, in a fresh
``python3`` kernel, exactly as ``make notebooks`` does, but writes nothing.
Prints per lesson the wall time (kernel start included), the kernel process's
CPU time (user + system: it changes little when other work shares the machine,
unlike wall time) and its peak resident memory, then the total and the load
average, so a slow figure on a busy machine can be told apart. Targets: each lesson at most
30 s and 1.5 GB (Binder gives 2 GB), all of them at most 60 s. Run with::

    .venv/bin/python benchmarks/bench_notebooks.py [00 01 ...]
"""

from __future__ import annotations

import os
import sys
import time

from inauthentic.notebooks import execute_notebook, lesson_sources, notebook_from_source

LESSON_SECONDS = 30
LESSON_BYTES = 1.5 * 2**30
TOTAL_SECONDS = 60


def main(wanted: list[str]) -> int:
    sources = [s for s in lesson_sources() if not wanted or s.stem in wanted or s.stem[:2] in wanted]
    if not sources:
        print("No lesson sources matched.")
        return 1
    print(f"{'lesson':<28} {'seconds':>8} {'CPU s':>8} {'peak MB':>8}")
    started = time.perf_counter()
    slow = False
    for source in sources:
        _, run = execute_notebook(notebook_from_source(source), cwd=source.parent)
        peak = run.peak_bytes or 0
        verdict = "ok" if run.seconds <= LESSON_SECONDS and peak <= LESSON_BYTES else "OVER"
        slow |= verdict != "ok"
        cpu = f"{run.cpu_seconds:8.1f}" if run.cpu_seconds is not None else f"{'?':>8}"
        print(f"{source.stem:<28} {run.seconds:8.1f} {cpu} {peak / 2**20:8.0f}   {verdict}")
    total = time.perf_counter() - started
    print(f"{'total (' + str(len(sources)) + ' lessons)':<28} {total:8.1f}                     "
          f"{'ok' if total <= TOTAL_SECONDS else 'OVER'} (targets: {LESSON_SECONDS} s and 1.5 GB each, {TOTAL_SECONDS} s in all)")
    if hasattr(os, "getloadavg"):
        print(f"load average (1 min) {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 1 if slow or total > TOTAL_SECONDS else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
