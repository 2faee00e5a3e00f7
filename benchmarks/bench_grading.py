"""Benchmark: grade 30 made-up submissions of exercise 02 the way `make grade` does.

The batch mixes right answers, anticipated mistakes and broken notebooks
(including endless loops, stopped at the time limit), and is graded in
parallel with one `otter run` per submission. It prints the wall time, the
time per submission and the machine's load; the target is 30 submissions in
at most 3 minutes on 2 cores, with no looping submission holding up the rest
(the wall time stays well under the sum of the time limits).

    python benchmarks/bench_grading.py [--jobs N] [--time-limit S]

It needs `make exercises` first (it builds exercise 02 if its autograder is missing).
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
from pathlib import Path

from inauthentic.exercises import grade, samples
from inauthentic.exercises.build import build_exercise
from inauthentic.exercises.layout import ExercisePaths

EXERCISE = "02_clocks"
RIGHT, WRONG = 14, 10
BROKEN = [
    ("endless_loop", "q2_3"),
    ("reordered_cells", "q2_4"),
    ("syntax_error", "q2_2"),
    ("deleted_cells", "q2_4"),
    ("renamed", "q2_1"),
    ("not_a_notebook", "q2_1"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--time-limit", type=float, default=60)
    arguments = parser.parse_args()
    paths = ExercisePaths.for_name(EXERCISE)
    if not paths.autograder.exists():
        print(build_exercise(EXERCISE))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "submissions"
        count = len(samples.write_batch(paths, folder, RIGHT, WRONG, BROKEN))
        load = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        report = grade.grade_folder(folder, jobs=arguments.jobs, time_limit=arguments.time_limit, out=Path(scratch) / "grades", paths=paths, progress=False)
        totals = report.gradebook.dropna(subset=["points"]).groupby("learner")["points"].sum()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        stopped = report.gradebook[report.gradebook["reason"].str.contains("time limit")]["learner"].nunique()
    print(f"graded {count} submissions of {EXERCISE} with {arguments.jobs} jobs, time limit {arguments.time_limit:g} s")
    print(f"wall time: {report.seconds:.1f} s ({report.seconds / count:.1f} s per submission; target: 30 in 180 s)")
    print(f"stopped at the time limit: {stopped}; full marks: {(totals == totals.max()).sum()}; zero: {(totals == 0).sum()}")
    print(f"CPU time of the grading runs: {cpu:.0f} s ({cpu / count:.1f} s per submission; kernels stopped at the time limit are not counted)")
    print(f"load average when grading began: {load:.1f} on {os.cpu_count()} cores (other work on the machine slows the wall time)")


if __name__ == "__main__":
    main()
