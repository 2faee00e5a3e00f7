"""The command line: ``python -m inauthentic generate`` and ``python -m inauthentic build``.

``generate`` simulates a scenario into a folder (an instructor's private
capstone, say; never one of the shipped ``datasets/`` folders); ``build``
makes the shipped data sets whose CSV files are missing or out of date, and
restores edited ones after keeping a copy of each edited file beside it
(``make data`` runs it); ``clean`` removes the files ``build`` made and
keeps edited ones (``make clean-data``). Several builds may run at once: the later ones wait
and find the work done. A problem is reported as one sentence on standard
error, with exit status 2, never a traceback.

Examples
--------
>>> import tempfile
>>> from inauthentic.cli import main
>>> folder = tempfile.mkdtemp()
>>> main(["generate", "--scenario", "tiny", "--out", folder, "--no-labels"])
Wrote tiny (seed 7) to ...: ... accounts, ... posts, without labels.
0
>>> main(["generate", "--scenario", "tiyn", "--out", folder])
2
"""

from __future__ import annotations

import argparse
import sys
import time

from .errors import KitError

__all__ = ["main", "parser"]

_LARGE = 200_000  # posts; above this, show a progress bar


def parser() -> argparse.ArgumentParser:
    """Return the argument parser (for ``--help`` and tests).

    Examples
    --------
    >>> parser().parse_args(["build", "tiny"]).names
    ['tiny']
    """
    top = argparse.ArgumentParser(prog="python -m inauthentic", description="Make the Inauthentic kit's synthetic data sets.")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    generate = commands.add_parser("generate", help="simulate a scenario into a folder")
    generate.add_argument("--scenario", default="classroom", help="scenario name or .toml file (default: classroom)")
    generate.add_argument("--seed", type=int, default=None, help="random seed (default: the scenario's own)")
    generate.add_argument("--out", required=True, help="folder to write accounts.csv, posts.csv and labels.csv into")
    generate.add_argument("--no-labels", action="store_true", help="leave out labels.csv (a learner's copy without the answer key)")
    generate.add_argument("--overwrite", action="store_true", help="replace the CSV files of a data set already in --out")

    build = commands.add_parser("build", help="build the shipped data sets whose CSV files are missing, out of date or edited")
    build.add_argument("names", nargs="*", help="data sets to build (default: every shipped one); an edited file is kept as a copy beside it")
    build.add_argument("--refresh", action="store_true", help="rebuild and rewrite SHA256SUMS and DATASHEET.md (maintainers)")

    clean = commands.add_parser("clean", help="remove the shipped data sets' CSV files the kit built (edited files are kept)")
    clean.add_argument("names", nargs="*", help="data sets to clean (default: every shipped one)")
    return top


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="step", disable=not enabled, file=sys.stderr, leave=False)


def _generate(args) -> str:
    from pathlib import Path

    from .shipped import refuse_shipped_folder
    from .simulate import simulate, write_dataset
    from .simulate.scenario import apply_scale, check_fits, load_scenario

    scenario = load_scenario(args.scenario)
    if args.seed is not None and args.seed < 0:
        raise KitError(f"--seed should be a whole number of zero or more, not {args.seed}.")
    seed = scenario["seed"] if args.seed is None else args.seed
    folder = Path(args.out).expanduser()
    refuse_shipped_folder(folder)
    present = sorted(p.name for p in folder.glob("*.csv")) if folder.is_dir() else []
    if present and not args.overwrite:
        raise KitError(
            f"The folder {folder} already holds CSV files ({', '.join(present)}). Choose an empty folder, "
            f"or add --overwrite to replace the data set's files."
        )
    scaled = apply_scale(scenario)
    check_fits(scaled, str(args.scenario))
    accounts = sum(group["accounts"] for kind in ("genuine", "spam") for group in scaled[kind].values())
    with _progress(2, accounts * 40 > _LARGE) as bar:
        bar.set_description("simulating")
        data = simulate(args.scenario, seed=seed)
        bar.update(1)
        bar.set_description("writing CSV files")
        write_dataset(data, folder, labels=not args.no_labels, overwrite=args.overwrite)
        bar.update(1)
    key = "without labels" if args.no_labels else "with labels"
    return f"Wrote {scenario['name']} (seed {seed}) to {folder}: {len(data.accounts):,} accounts, {len(data.posts):,} posts, {key}."


def _build_line(name: str, state, report, seconds: float) -> str:
    """One line saying what ``build`` did to a data set, and where any copy was kept."""
    if not report.written:
        return f"{name}: already built (by another process, while this one waited); the files match SHA256SUMS."
    if report.copies:
        kept = "; ".join(f"your edited {file} is kept as {copy}" for file, copy in report.copies.items())
        return f"{name}: restored the shipped files in {seconds:.1f} s and checked them against SHA256SUMS; {kept}."
    if state.stale:
        return f"{name}: the files were out of date (made by an older version of the kit); rebuilt in {seconds:.1f} s and checked against SHA256SUMS."
    return f"{name}: built in {seconds:.1f} s and checked against SHA256SUMS ({report.folder})."


def _build(args) -> list[str]:
    from .shipped import inspect, shipped_names
    from .simulate.build import refresh_shipped, restore_shipped

    lines = []
    for name in args.names or shipped_names():
        started = time.perf_counter()
        if args.refresh:
            folder = refresh_shipped(name)
            lines.append(f"{name}: rebuilt in {time.perf_counter() - started:.1f} s; SHA256SUMS and DATASHEET.md rewritten ({folder}).")
        else:
            state = inspect(name, keep_contents=False)
            if state.complete:
                lines.append(f"{name}: already built; the files match SHA256SUMS.")
            else:
                report = restore_shipped(name)
                lines.append(_build_line(name, state, report, time.perf_counter() - started))
        print(lines[-1], flush=True)
    return lines


def _clean(args) -> list[str]:
    from .shipped import shipped_names
    from .simulate.build import remove_built

    lines = []
    for name in args.names or shipped_names():
        removed, kept = remove_built(name)
        line = f"{name}: removed {', '.join(removed) or 'nothing'}."
        if kept:
            line += f" Kept {', '.join(kept)}, which you edited; delete it yourself if you no longer need it."
        lines.append(line)
        print(line, flush=True)
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 fine, 2 a problem).

    Examples
    --------
    >>> main(["build", "tiny"])
    tiny: ...
    0
    """
    args = parser().parse_args(argv)
    try:
        if args.command == "generate":
            print(_generate(args), flush=True)
        elif args.command == "clean":
            _clean(args)
        else:
            _build(args)
    except KitError as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    return 0
