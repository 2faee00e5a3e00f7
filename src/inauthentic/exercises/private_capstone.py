"""Rebuild the capstone exercise for a private seed: ``make capstone DATA=dir OUT=dir``.

The shipped capstone and its answer key are public, so a class graded on it
needs data no published answer matches. After

    python -m inauthentic generate --scenario capstone --seed SECRET --out private/capstone

one command, ``python -m inauthentic.exercises capstone --data private/capstone
--out private/class``, builds from that folder (which must hold ``labels.csv``)::

    OUT/handout/                     what learners get
        07_capstone.ipynb                the student notebook (no solutions, no answer key)
        GENERATED.sha256                 its checksum: a notebook someone changed is never replaced
        datasets/                        the learners' data root, for INAUTHENTIC_DATASETS:
            capstone/                        the private accounts.csv and posts.csv, no labels.csv
            classroom/, tiny/, ...           copies of the other shipped data sets (the lessons)
    OUT/instructor/                  keep private
        07_capstone/07_capstone-autograder.zip   hidden tests carrying this seed's answer key
        07_capstone/questions.json, grading.json questions; where grading finds the learners' data
        07_capstone/master/07_capstone.ipynb     the executed master: the solution on this data
        INSTRUCTOR-ANSWER-KEY.md                 what was planted, with this copy's numbers

The learners' ``capstone/`` folder holds no seed and no labels: its
``scenario.toml`` is the shipped one (rebuilding from it gives the public data,
which the folder's checksums then refuse), so nothing in the handout leads back
to the key. The shipped ``datasets/`` and ``exercises/`` folders are never
written.

Examples
--------
>>> layout = PrivateLayout(Path("class"))
>>> layout.autograder.as_posix(), layout.datasets.as_posix()
('class/instructor/07_capstone/07_capstone-autograder.zip', 'class/handout/datasets')
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import KitError
from ..shipped import DATASHEET_FILE, CHECKSUM_FILE, checksum_text, checksums, datasets_root, shipped_folder
from .layout import ExercisePaths, exercises_root

__all__ = ["CAPSTONE", "GRADING_FILE", "PrivateLayout", "check_data_folder", "write_learners_data", "build_private_capstone", "next_steps", "main"]

#: The exercise a private seed rebuilds.
CAPSTONE = "07_capstone"
#: Beside an autograder: which data its submissions load (read by ``make grade``).
GRADING_FILE = "grading.json"
#: The data set the exercise loads by name.
DATASET = "capstone"

_PRIVATE_NOTE = (
    "> **Your class's copy.** This capstone was made for your class with a private seed: its accounts and posts "
    "are not the shipped ones, and its answer key stays with your instructor. The description below holds for it; "
    "the row and byte counts are the shipped copy's and differ a little.\n\n"
)
_SCENARIO_NOTE = (
    "# Your class's private copy of the capstone: accounts.csv and posts.csv were made with a seed that is not\n"
    "# written here, and the answer key (labels.csv) is not included. This file is the shipped scenario, kept so\n"
    "# that load_dataset('capstone') finds the folder; rebuilding from it would give the public data, which\n"
    "# SHA256SUMS refuses. If a file here is lost, ask your instructor for a new copy.\n\n"
)


@dataclass(frozen=True)
class PrivateLayout:
    """Where a private capstone build puts its files, under ``out``."""

    out: Path

    @property
    def handout(self) -> Path:
        """What learners get."""
        return self.out / "handout"

    @property
    def datasets(self) -> Path:
        """The learners' data root (``INAUTHENTIC_DATASETS``)."""
        return self.handout / "datasets"

    @property
    def instructor(self) -> Path:
        """What the instructor keeps private."""
        return self.out / "instructor"

    @property
    def paths(self) -> ExercisePaths:
        """The exercise's files: student notebook in the handout, the rest in the instructor's folder."""
        return ExercisePaths.for_name(CAPSTONE, student_dir=self.handout, build_dir=self.instructor)

    @property
    def autograder(self) -> Path:
        """The autograder zip with this seed's answer key."""
        return self.paths.autograder

    @property
    def answer_key(self) -> Path:
        """This copy's ``INSTRUCTOR-ANSWER-KEY.md``."""
        return self.instructor / "INSTRUCTOR-ANSWER-KEY.md"


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def check_data_folder(data: Path) -> Path:
    """Return ``data`` if it is a generated capstone with its answer key, or say what is wrong and what to do.

    Examples
    --------
    >>> check_data_folder(Path("/nowhere"))
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: There is no folder /nowhere. ...
    """
    data = Path(data).expanduser()
    make = f"python -m inauthentic generate --scenario capstone --seed SECRET --out {data}"
    if not data.is_dir():
        raise KitError(f"There is no folder {data}. Make the private capstone first, with a seed of your own choosing: {make}")
    if _inside(data, shipped_folder(DATASET)):
        raise KitError(
            f"{data} is the shipped capstone, whose answer key is public. Make a private copy with a seed of your own "
            f"and build from it: python -m inauthentic generate --scenario capstone --seed SECRET --out private/capstone"
        )
    for file in ("accounts.csv", "posts.csv"):
        if not (data / file).is_file():
            raise KitError(f"The folder {data} has no {file}, so it is not a data set the kit generated. Make it with: {make}")
    if not (data / "labels.csv").is_file():
        raise KitError(
            f"The folder {data} has no labels.csv: the private build needs the answer key to write the autograder "
            f"(the learners' copy it makes leaves the key out). The folder was probably made with --no-labels; make it "
            f"again with the same seed, without --no-labels: {make} --overwrite"
        )
    return data


def _check_out_folder(out: Path) -> Path:
    out = Path(out).expanduser()
    for shipped, what in ((datasets_root(), "the shipped data sets"), (exercises_root(), "the shipped exercises")):
        if _inside(out, shipped) or _inside(shipped, out):
            raise KitError(
                f"{out} would overlap {shipped}, {what}, which the kit never writes a private build into. "
                f"Choose a folder outside the repository's datasets/ and exercises/, e.g. --out private/class."
            )
    if out.is_file():
        raise KitError(f"{out} is a file. Give the folder to build the private capstone into (it is made if missing).")
    return out


def _copy_if_changed(source: Path, target: Path) -> None:
    if target.is_file() and target.stat().st_size == source.stat().st_size and target.read_bytes() == source.read_bytes():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def write_learners_data(data: Path, datasets: Path) -> Path:
    """Write the learners' data root: the private capstone without labels, and copies of the other shipped sets.

    Returns the learners' ``capstone/`` folder. Files already there with the
    same bytes are left alone, so running again is cheap.
    """
    capstone = datasets / DATASET
    capstone.mkdir(parents=True, exist_ok=True)
    for file in ("accounts.csv", "posts.csv"):
        _copy_if_changed(data / file, capstone / file)
    (capstone / "labels.csv").unlink(missing_ok=True)  # never in the handout, even from an older build
    shipped = shipped_folder(DATASET)
    (capstone / "scenario.toml").write_text(_SCENARIO_NOTE + (shipped / "scenario.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (capstone / DATASHEET_FILE).write_text(_PRIVATE_NOTE + (shipped / DATASHEET_FILE).read_text(encoding="utf-8"), encoding="utf-8")
    (capstone / CHECKSUM_FILE).write_text(checksum_text(checksums(capstone)), encoding="utf-8")
    for folder in sorted(path for path in datasets_root().iterdir() if path.is_dir() and path.name != DATASET):
        for source in sorted(path for path in folder.iterdir() if path.is_file() and not path.name.startswith(".") and path.name != "INSTRUCTOR-ANSWER-KEY.md"):
            _copy_if_changed(source, datasets / folder.name / source.name)
    return capstone


def _write_answer_key(data: Path, target: Path) -> None:
    from ..datasets import load_dataset
    from ..simulate.datasheet import answer_key
    from ..simulate.scenario import load_scenario

    made_by = (
        f"It was generated by `python -m inauthentic.exercises capstone` from your private copy in `{data}`: the "
        f"numbers below are that copy's. The accounts are listed in `{data / 'labels.csv'}`."
    )
    text = answer_key(load_dataset(data), load_scenario(DATASET), made_by=made_by)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def build_private_capstone(data: Path, out: Path, force: bool = False) -> tuple[PrivateLayout, str]:
    """Build exercise 07 for the capstone in ``data`` (with ``labels.csv``) into ``out``.

    Parameters
    ----------
    data : Path
        A folder made by ``python -m inauthentic generate --scenario capstone --seed SECRET``.
    out : Path
        Where to build (see the module docstring); made if missing. Running
        again into it rebuilds everything but a student notebook someone
        changed, which is kept unless ``force``.
    force : bool, default False
        Replace the handout's student notebook even if someone changed it.

    Returns
    -------
    (PrivateLayout, str)
        Where the files are, and what happened to the student notebook.

    Raises
    ------
    KitError
        If ``data`` is not a generated capstone with labels, or ``out`` overlaps
        the shipped folders.
    """
    from .build import build_exercise

    data = check_data_folder(data)
    layout = PrivateLayout(_check_out_folder(out))
    write_learners_data(data, layout.datasets)
    outcome = build_exercise(
        CAPSTONE,
        student_dir=layout.handout,
        build_dir=layout.instructor,
        force=force,
        key_folder=data,
        environment={"INAUTHENTIC_DATASETS": str(layout.datasets.resolve())},
        rebuild=f"make capstone DATA={data} OUT={layout.out} FORCE=1",
    )
    grading = {"exercise": CAPSTONE, "datasets": os.path.relpath(layout.datasets.resolve(), layout.paths.build.resolve())}
    (layout.paths.build / GRADING_FILE).write_text(json.dumps(grading, indent=1) + "\n", encoding="utf-8")
    _write_answer_key(data, layout.answer_key)
    return layout, outcome


def next_steps(layout: PrivateLayout, data: Path, outcome: str) -> str:
    """What to do with a private build: hand out, grade, keep secret."""
    datasets = layout.datasets.resolve()
    return "\n".join(
        [
            f"Built exercise 07 for the capstone in {data} into {layout.out}. Student notebook: {outcome}",
            "",
            "For learners (hand out):",
            f"  {layout.paths.student}    the notebook (the same questions as the shipped one; no answer key)",
            f"  {layout.datasets}/        their data: capstone without labels.csv, and copies of the other data sets",
            "Keep private:",
            f"  {layout.autograder}    the autograder: its hidden tests hold this copy's answer key",
            f"  {layout.paths.master}    the solution run on this copy",
            f"  {layout.answer_key}    what was planted, with this copy's numbers",
            f"  {data}    (labels.csv) and the seed",
            "",
            "Next steps:",
            f"  1. Hand out: learners' kernels must see INAUTHENTIC_DATASETS={datasets}, so that",
            "     load_dataset('capstone') reads your copy. On a JupyterHub, set it in the image or the spawner's",
            "     environment (c.Spawner.environment) and share the folder read-only; on one machine,",
            f"     INAUTHENTIC_DATASETS={datasets} make lab. Give them {layout.paths.student.name} from the handout.",
            "  2. Collect the notebooks into one folder (alice.ipynb, or alice/07_capstone.ipynb), then grade:",
            f"     make grade SUBMISSIONS=path/to/folder AUTOGRADER={layout.autograder}",
            "     (it reads your copy of the data by itself; read exercises/INSTRUCTOR.md about grading without a sandbox).",
            "  3. Mark Questions 7.4 and 7.5 by hand with the rubric in exercises/INSTRUCTOR.md.",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m inauthentic.exercises capstone --data DIR --out DIR [--force]``."""
    parser = argparse.ArgumentParser(
        prog="python -m inauthentic.exercises capstone",
        description="Rebuild the capstone exercise (07) and its autograder for a private copy of the capstone data.",
    )
    parser.add_argument("--data", type=Path, required=True, help="folder made by: python -m inauthentic generate --scenario capstone --seed SECRET --out DIR")
    parser.add_argument("--out", type=Path, required=True, help="folder to build into (handout/ and instructor/ go inside)")
    parser.add_argument("--force", action="store_true", help="replace the handout's student notebook even if someone changed it")
    arguments = parser.parse_args(argv)
    try:
        layout, outcome = build_private_capstone(arguments.data, arguments.out, arguments.force)
    except KitError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    print(next_steps(layout, arguments.data, outcome))
    return 0
