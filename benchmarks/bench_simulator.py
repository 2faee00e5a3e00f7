"""How fast, and in how much memory, the simulator makes its data sets.

Run from the repository root:

    .venv/bin/python benchmarks/bench_simulator.py

Each row runs in a fresh Python process, so one row's memory does not leak
into the next. Time is wall-clock time of the work itself (imports
excluded); CPU is the process's user + system time, imports included
(steadier than wall-clock time on a busy machine); peak memory is the process's maximum resident set size
(``resource.getrusage``), which includes Python, numpy and pandas
themselves (about 100 MB). Target: a million posts in at most 10 s and
1.5 GB on a 2-core machine.

This is a script that prints figures, not a test.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, resource, sys, time
from inauthentic.simulate import simulate, write_dataset
scenario, scale, folder = json.loads(sys.argv[1])
started = time.perf_counter()
data = simulate(scenario if scale is None else {"extends": scenario, "scale": scale})
simulated = time.perf_counter() - started
if folder:
    write_dataset(data, folder, overwrite=True)
total = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"posts": len(data.posts), "accounts": len(data.accounts), "simulate_s": simulated, "total_s": total,
                  "cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024}))
"""


def run(scenario: str, scale: float | None = None, write: bool = False) -> dict:
    """Run one benchmark row in a fresh interpreter and return its figures."""
    with tempfile.TemporaryDirectory() as folder:
        arguments = json.dumps([scenario, scale, folder if write else None])
        result = subprocess.run([sys.executable, "-c", _CHILD, arguments], cwd=REPO, capture_output=True, text=True, check=True)
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        if write:
            figures["csv_mb"] = sum(path.stat().st_size for path in Path(folder).glob("*.csv")) / 1e6
        return figures


def main() -> None:
    print(f"{'what':38s} {'accounts':>9s} {'posts':>10s} {'time (s)':>9s} {'CPU (s)':>8s} {'peak MB':>8s} {'CSV MB':>7s}")
    rows = [
        ("classroom, in memory", "classroom", None, False),
        ("classroom, written to CSV", "classroom", None, True),
        ("million, in memory", "million", None, False),
        ("million, written to CSV", "million", None, True),
    ]
    for label, scenario, scale, write in rows:
        figures = run(scenario, scale, write)
        seconds = figures["total_s"] if write else figures["simulate_s"]
        csv = f"{figures['csv_mb']:7.1f}" if write else f"{'-':>7s}"
        print(f"{label:38s} {figures['accounts']:9,d} {figures['posts']:10,d} {seconds:9.2f} {figures['cpu_s']:8.2f} {figures['peak_mb']:8.0f} {csv}", flush=True)

    print("\nGrowth (in memory): microseconds per post should stay about flat.")
    print(f"{'classroom x scale':38s} {'posts':>10s} {'time (s)':>9s} {'us/post':>8s}")
    for scale in (1.0, 3.0, 6.85):
        figures = run("classroom", scale)
        print(f"{'x ' + format(scale, 'g'):38s} {figures['posts']:10,d} {figures['simulate_s']:9.2f} {1e6 * figures['simulate_s'] / figures['posts']:8.2f}", flush=True)


if __name__ == "__main__":
    main()
