"""Benchmark: how the capstone's solution scores on other seeds, i.e. on a class's private copy.

For each seed it generates the capstone (with labels) into a temporary folder,
runs the master's solution rule of Question 7.2 (taken from
``exercises/source/07_capstone.py``, so it is exactly the published solution),
and prints precision, recall, F1, the tier, the flagged accounts that are not
campaign accounts by group, the missed campaign accounts by group, and the
smallest working-week fit among flagged clusters against the largest among the
others (the margin of the 0.6 threshold). It also prints the seconds the rule
took. Nothing is asserted: a seed where the solution falls out of the excellent
tier is a reason to look at the rule, not a failed test.

    python benchmarks/bench_capstone_seeds.py [SEED ...]   # default: 4817 (shipped), 101, 2027, 555, 31
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from inauthentic import coordination, evaluate, load_dataset, signals
from inauthentic.cli import main as kit_main
from inauthentic.exercises.layout import ExercisePaths

SOLUTION = re.compile(r"# %%\n# BEGIN SOLUTION\n(# 1\. Candidates.*?)# END SOLUTION\n", re.DOTALL)


def tier(f1: float) -> str:
    """The tier names of Question 7.1."""
    return "excellent" if f1 >= 0.9 else "good" if f1 >= 0.75 else "partial" if f1 >= 0.5 else "not yet"


def run(seed: int, folder: Path, code: str) -> None:
    out = folder / f"capstone-{seed}"
    kit_main(["generate", "--scenario", "capstone", "--seed", str(seed), "--out", str(out)])
    data = load_dataset(out)
    namespace = {"pd": pd, "np": np, "posts": data.posts, "accounts": data.accounts, "coordination": coordination, "signals": signals, "print": lambda *a, **k: None}
    started = time.perf_counter()
    exec(code, namespace)
    seconds = time.perf_counter() - started
    flagged, fit, working = namespace["flagged"], namespace["group_fit"], namespace["working"]
    score = evaluate.score(flagged, data.labels)
    labels = data.labels.set_index("userid")
    wrong = labels.loc[flagged].query("kind != 'campaign'")["group"].astype(str).value_counts().to_dict()
    missed = labels[(labels["kind"] == "campaign") & ~labels.index.isin(flagged)]["group"].astype(str).value_counts().to_dict()
    margin = f"{fit[working].min():.2f} vs {fit.drop(working).max():.2f}"
    print(f"seed {seed}: {score}, tier {tier(score.f1)}; wrong {wrong}; missed {missed}; fit flagged-min vs other-max {margin}; rule {seconds:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="*", type=int, default=[4817, 101, 2027, 555, 31])
    seeds = parser.parse_args().seeds
    code = SOLUTION.search(ExercisePaths.for_name("07_capstone").source.read_text(encoding="utf-8")).group(1)
    with tempfile.TemporaryDirectory() as folder:
        for seed in seeds:
            run(seed, Path(folder), code)


if __name__ == "__main__":
    main()
