"""Grade a folder of submitted notebooks without Docker: ``make grade SUBMISSIONS=dir``.

Every notebook under the folder is graded with ``otter run`` against the
exercise's autograder (``exercises/build/NAME/NAME-autograder.zip``, made by
``make exercises``), several at once (up to the number of cores) and each
within a time limit, with a progress bar. A submission that runs out of time,
is not a notebook or breaks otter scores 0 on every autograded question with
the reason recorded; the others are graded as usual.

**This runs each learner's code on this machine, as you, without a sandbox.**
For sandboxed grading, otter's ``otter grade`` runs each submission in a
Docker container (:func:`docker_command` prints the command).

The results go to one folder:

- ``gradebook.csv``: one row per learner and question (``learner, question,
  points, max_points, reason``); written answers have no points yet, and their
  reason says they are graded by hand;
- ``summary.csv``: per question, how many were graded, the mean and median
  points, and the shares with full marks and with none;
- ``scores.png``: the distribution of learners' autograded totals and each
  question's mean share of its points.

A learner is named by the submission's path inside the folder, without
``.ipynb`` (``alice.ipynb`` is ``alice``; ``alice/02_clocks.ipynb``, as
collected from a JupyterHub, is ``alice``).

Examples
--------
>>> from pathlib import Path
>>> learner_name(Path("alice/02_clocks.ipynb"), "02_clocks"), learner_name(Path("bob.ipynb"), "02_clocks")
('alice', 'bob')
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import KitError
from .layout import ExercisePaths, Question, check_name, exercise_names
from .results import missing_rows, question_rows

__all__ = [
    "find_submissions",
    "learner_name",
    "grade_submission",
    "grade_folder",
    "summarise",
    "plot_scores",
    "docker_command",
    "autograder_paths",
    "grading_environment",
    "UNSANDBOXED_WARNING",
    "main",
]

#: Seconds a submission may run before it is stopped (it then scores 0).
DEFAULT_TIME_LIMIT = 300

#: Seconds between asking a timed-out grading run to stop and killing it.
GRACE_SECONDS = 10

UNSANDBOXED_WARNING = (
    "WARNING: grading runs every learner's notebook on this machine, as you, WITHOUT a sandbox: "
    "a notebook can read, change or delete anything you can. Grade this way only submissions you trust."
)

GRADEBOOK_COLUMNS = ["learner", "question", "points", "max_points", "reason"]


def docker_command(autograder: Path, submissions: Path, output: Path, jobs: int, time_limit: int) -> str:
    """The ``otter grade`` command that grades the same folder in Docker containers (sandboxed).

    Examples
    --------
    >>> docker_command(Path("ag.zip"), Path("in"), Path("out"), 2, 300)
    'otter grade -a ag.zip -p in --ext ipynb --containers 2 --timeout 300 --no-network -o out'
    """
    return f"otter grade -a {autograder} -p {submissions} --ext ipynb --containers {jobs} --timeout {time_limit} --no-network -o {output}"


def learner_name(relative: Path, exercise: str) -> str:
    """Name a learner by a submission's path relative to the submissions folder."""
    parts = list(relative.with_suffix("").parts)
    if len(parts) > 1 and parts[-1] == exercise:
        parts = parts[:-1]
    return "/".join(parts)


def find_submissions(folder: Path, exercise: str) -> dict[str, Path]:
    """Every ``.ipynb`` under ``folder`` (checkpoints and hidden folders skipped), by learner.

    Raises
    ------
    KitError
        If the folder does not exist or holds no notebook.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise KitError(f"The submissions folder {folder} does not exist. Give the folder of collected notebooks: make grade SUBMISSIONS=path/to/folder")
    found = {}
    for path in sorted(folder.rglob("*.ipynb")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        found[learner_name(relative, exercise)] = path
    if not found:
        raise KitError(f"There is no notebook (.ipynb) in {folder} or its subfolders.")
    return found


def _processes_under(folder: Path) -> list[int]:
    """PIDs whose working directory is inside ``folder`` (the kernels a grading run started)."""
    pids = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if Path(os.readlink(entry / "cwd")).is_relative_to(folder):
                pids.append(int(entry.name))
        except (OSError, ValueError):
            continue
    return pids


def _stop(process: subprocess.Popen, work: Path) -> None:
    """Stop a grading run that ran out of time, and the kernel it started (its own session)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            pass
        for pid in _processes_under(work):
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        try:
            process.wait(GRACE_SECONDS)
            break
        except subprocess.TimeoutExpired:
            continue


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "no message"


#: Modules the grading processes skip: optional, and slow to import. jsonschema
#: (imported by otter, in its process and again in the kernel) tries
#: ``rfc3987_syntax`` for its "iri" format check, which builds a parser at import
#: time (1.6 s each time here); without it jsonschema simply skips that check.
SKIPPED_IMPORTS = ("rfc3987_syntax",)


def _fast_import_path(work: Path, existing: str | None) -> str:
    """A PYTHONPATH whose first folder makes each of :data:`SKIPPED_IMPORTS` raise ImportError."""
    folder = work / "skipped-imports"
    folder.mkdir(exist_ok=True)
    for module in SKIPPED_IMPORTS:
        (folder / f"{module}.py").write_text(f'raise ImportError("{module} is skipped while grading (slow to import, not needed)")\n')
    return os.pathsep.join([str(folder)] + ([existing] if existing else []))


#: Beside an autograder, says which data its submissions load (written by ``make capstone``).
GRADING_FILE = "grading.json"


def autograder_paths(autograder: Path) -> ExercisePaths:
    """The exercise files of an autograder given by its path (``NAME-autograder.zip``, ``questions.json`` beside it).

    Examples
    --------
    >>> autograder_paths(Path("nowhere/07_capstone-autograder.zip"))
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: There is no autograder nowhere/07_capstone-autograder.zip. ...
    """
    autograder = Path(autograder).expanduser()
    suffix = "-autograder.zip"
    if not autograder.is_file():
        raise KitError(f"There is no autograder {autograder}. Give the NAME-autograder.zip that make exercises or make capstone wrote.")
    if not autograder.name.endswith(suffix):
        raise KitError(f"{autograder} is not named like an autograder the kit built (NAME{suffix}, e.g. 07_capstone{suffix}).")
    name = check_name(autograder.name[: -len(suffix)])
    source = ExercisePaths.for_name(name)
    paths = ExercisePaths(name, source.source, source.student, autograder.parent)
    if not paths.questions.exists():
        raise KitError(f"{paths.questions} is missing beside the autograder: build it again (make exercises, or make capstone).")
    return paths


def grading_environment(paths: ExercisePaths) -> dict[str, str]:
    """Environment variables a grading run needs: ``INAUTHENTIC_DATASETS`` when the autograder says where its data is.

    A private capstone's autograder (``make capstone``) has a ``grading.json``
    naming the learners' data root, so that submissions load that copy; the
    others need nothing.
    """
    config = paths.build / GRADING_FILE
    if not config.is_file():
        return {}
    datasets = (config.parent / json.loads(config.read_text(encoding="utf-8"))["datasets"]).resolve()
    if not (datasets / "capstone").is_dir():
        raise KitError(f"{config} says the learners' data is in {datasets}, but there is no capstone folder there: run make capstone again.")
    return {"INAUTHENTIC_DATASETS": str(datasets)}


def grade_submission(
    notebook: Path, autograder: Path, questions: list[Question], time_limit: float = DEFAULT_TIME_LIMIT, environment: dict[str, str] | None = None
) -> list[dict]:
    """Grade one notebook with ``otter run``; return one row per question (see :mod:`.results`).

    The run gets its own temporary folder (removed afterwards) and process
    group; after ``time_limit`` seconds it is stopped (SIGTERM, then SIGKILL
    after a grace period) and every autograded question scores 0 with the
    reason. A run that ends without a ``results.json`` scores 0 with otter's
    last line of output as the reason. ``environment`` adds variables (see
    :func:`grading_environment`).
    """
    work = Path(tempfile.mkdtemp(prefix="inauthentic-grade-"))
    try:
        (work / "tmp").mkdir()
        (work / "out").mkdir()
        command = [sys.executable, "-m", "otter", "run", "--no-logo", "-a", str(Path(autograder).resolve()), "-o", str(work / "out"), str(Path(notebook).resolve())]
        variables = dict(os.environ, **(environment or {}), TMPDIR=str(work / "tmp"), PYTHONHASHSEED="0", PYTHONPATH=_fast_import_path(work, os.environ.get("PYTHONPATH")))
        process = subprocess.Popen(command, cwd=work, env=variables, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
        try:
            output, _ = process.communicate(timeout=time_limit)
        except subprocess.TimeoutExpired:
            _stop(process, work)
            return missing_rows(questions, f"stopped after the time limit of {time_limit:g} s (an endless loop, or very slow code?)")
        results = work / "out" / "results.json"
        if not results.exists():
            return missing_rows(questions, f"could not be graded (no results): {_last_line(output)}")
        return question_rows(results, questions)
    finally:
        shutil.rmtree(work, ignore_errors=True)


@dataclass
class GradingReport:
    """What :func:`grade_folder` made: the tables and where they were written."""

    gradebook: pd.DataFrame
    summary: pd.DataFrame
    folder: Path
    seconds: float


def summarise(gradebook: pd.DataFrame) -> pd.DataFrame:
    """Per question: max points, learners graded, mean and median points, shares with full marks and with none.

    Examples
    --------
    >>> book = pd.DataFrame({"learner": ["a", "b"], "question": ["q1", "q1"], "points": [2.0, 0.0],
    ...                      "max_points": [2.0, 2.0], "reason": ["", ""]})
    >>> summarise(book).loc["q1", ["graded", "mean", "full_marks", "zero"]].tolist()
    [2.0, 1.0, 0.5, 0.5]
    """
    order = list(dict.fromkeys(gradebook["question"]))
    grouped = gradebook.groupby("question", sort=False)
    points = gradebook["points"]
    full = points.ge(gradebook["max_points"]).where(points.notna())
    zero = points.eq(0).where(points.notna())
    summary = pd.DataFrame(
        {
            "max_points": grouped["max_points"].first(),
            "graded": grouped["points"].count(),
            "mean": grouped["points"].mean().round(3),
            "median": grouped["points"].median(),
            "full_marks": full.groupby(gradebook["question"], sort=False).mean().round(3),
            "zero": zero.groupby(gradebook["question"], sort=False).mean().round(3),
        }
    )
    return summary.reindex(order)


def plot_scores(gradebook: pd.DataFrame, summary: pd.DataFrame, path: Path, title: str) -> Path:
    """Save a two-panel PNG: learners' autograded totals, and each question's mean share of its points."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    auto = gradebook[gradebook["points"].notna()]
    totals = auto.groupby("learner")["points"].sum()
    possible = auto.groupby("question")["max_points"].first().sum()
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4), constrained_layout=True)
    bins = max(5, min(20, int(possible) + 1))
    left.hist(totals, bins=bins, range=(0, possible), color="#0072B2", edgecolor="white")
    left.set(xlabel=f"autograded points (of {possible:g})", ylabel="learners", title=f"Totals of {len(totals)} learners")
    left.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
    graded = summary[summary["graded"] > 0]
    right.barh(graded.index[::-1], (graded["mean"] / graded["max_points"])[::-1], color="#E69F00")
    right.set(xlim=(0, 1), xlabel="mean share of the question's points", title="By question (written answers are graded by hand)")
    figure.suptitle(title)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def _default_exercise(root: Path | None) -> str:
    names = exercise_names(root)
    if len(names) != 1:
        raise KitError(f"Say which exercise these submissions are for, e.g. make grade EXERCISE={names[0]} (one of: {', '.join(names)}).")
    return names[0]


def grade_folder(
    submissions: Path,
    exercise: str | None = None,
    jobs: int | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT,
    out: Path | None = None,
    paths: ExercisePaths | None = None,
    progress: bool = True,
) -> GradingReport:
    """Grade every notebook in ``submissions``; write and return the gradebook and summary.

    Parameters
    ----------
    submissions : Path
        The folder of collected notebooks (subfolders are searched).
    exercise : str, optional
        The exercise's name (default: the only one there is).
    jobs : int, optional
        Submissions graded at once (default: the number of cores).
    time_limit : float, default 300
        Seconds each submission may take.
    out : Path, optional
        Where to write the results (default: ``SUBMISSIONS-grades`` next to the folder).
    paths : ExercisePaths, optional
        The exercise's files, if not the repository's (the tests use this, and
        ``--autograder``); a ``grading.json`` beside the autograder sets the data
        submissions load (:func:`grading_environment`).
    progress : bool, default True
        Show a progress bar.
    """
    from tqdm.auto import tqdm

    submissions = Path(submissions)
    if paths is None:
        paths = ExercisePaths.for_name(check_name(exercise) if exercise else _default_exercise(None))
    found = find_submissions(submissions, paths.name)
    if not paths.autograder.exists() or not paths.questions.exists():
        raise KitError(f"The autograder for {paths.name} is not built yet ({paths.autograder} is missing): run make exercises first.")
    questions = [Question(**row) for row in json.loads(paths.questions.read_text())]
    environment = grading_environment(paths)
    jobs = max(1, jobs or os.cpu_count() or 1)
    out = Path(out) if out is not None else submissions.resolve().with_name(submissions.resolve().name + "-grades")
    out.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    rows = []
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(grade_submission, path, paths.autograder, questions, time_limit, environment): learner for learner, path in found.items()}
        for future in tqdm(as_completed(futures), total=len(futures), desc=f"grading {paths.name}", unit="notebook", disable=not progress):
            rows += [{"learner": futures[future], **row} for row in future.result()]
    seconds = time.perf_counter() - started

    order = {question.name: position for position, question in enumerate(questions)}
    gradebook = pd.DataFrame(rows, columns=GRADEBOOK_COLUMNS)
    gradebook = gradebook.sort_values(["learner", "question"], key=lambda column: column.map(order) if column.name == "question" else column).reset_index(drop=True)
    summary = summarise(gradebook)
    gradebook.to_csv(out / "gradebook.csv", index=False)
    summary.to_csv(out / "summary.csv", index_label="question")
    plot_scores(gradebook, summary, out / "scores.png", f"{paths.name}: {len(found)} submissions")
    return GradingReport(gradebook, summary, out, seconds)


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m inauthentic.exercises grade SUBMISSIONS [--exercise NAME | --autograder ZIP] [--jobs N] [--time-limit S] [--out DIR]``."""
    parser = argparse.ArgumentParser(prog="python -m inauthentic.exercises grade", description="Grade a folder of submitted notebooks with otter run (no sandbox).")
    parser.add_argument("submissions", type=Path, help="folder of submitted notebooks")
    parser.add_argument("--exercise", help="exercise name (default: the only one)")
    parser.add_argument("--autograder", type=Path, default=None, help="an autograder zip to grade with, e.g. a private capstone's (make capstone)")
    parser.add_argument("--jobs", type=int, default=None, help="submissions graded at once (default: number of cores)")
    parser.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, help="seconds per submission (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=None, help="results folder (default: SUBMISSIONS-grades)")
    arguments = parser.parse_args(argv)
    print(UNSANDBOXED_WARNING)
    try:
        if arguments.autograder is not None:
            paths = autograder_paths(arguments.autograder)
            exercise = paths.name
        else:
            exercise = check_name(arguments.exercise) if arguments.exercise else _default_exercise(None)
            paths = ExercisePaths.for_name(exercise)
        jobs = arguments.jobs or os.cpu_count() or 1
        out = arguments.out or arguments.submissions.resolve().with_name(arguments.submissions.resolve().name + "-grades")
        print("Sandboxed alternative (Docker): " + docker_command(paths.autograder, arguments.submissions, out, jobs, int(arguments.time_limit)))
        report = grade_folder(arguments.submissions, exercise, jobs, arguments.time_limit, out, paths)
    except KitError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    learners = report.gradebook["learner"].nunique()
    print(f"\nGraded {learners} submissions in {report.seconds:.0f} s ({report.seconds / learners:.1f} s each).")
    print(report.summary.to_string())
    print(f"\nWrote {out / 'gradebook.csv'}, {out / 'summary.csv'} and {out / 'scores.png'}.")
    return 0
