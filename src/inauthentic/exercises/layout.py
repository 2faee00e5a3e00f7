"""Where the exercises' files live, and what a master says about its questions.

The layout, relative to the repository::

    exercises/source/NAME.py       the master (committed): questions, solutions, tests
    exercises/NAME.ipynb           the notebook learners open (committed, no outputs)
    exercises/GENERATED.sha256     checksum of each notebook as `make exercises` last wrote it
    exercises/build/NAME/          generated, git-ignored: executed master, otter's output,
                                   NAME-autograder.zip and questions.json

Examples
--------
>>> paths = ExercisePaths.for_name("02_clocks")
>>> paths.student.name, paths.autograder.name
('02_clocks.ipynb', '02_clocks-autograder.zip')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import KitError, did_you_mean

__all__ = ["exercises_root", "ExercisePaths", "exercise_names", "read_questions", "Question"]

_QUESTION = re.compile(r"^# BEGIN QUESTION\s*$")


def exercises_root() -> Path:
    """Return the repository's ``exercises/`` folder.

    Examples
    --------
    >>> (exercises_root() / "source").is_dir()
    True
    """
    return Path(__file__).resolve().parents[3] / "exercises"


@dataclass(frozen=True)
class ExercisePaths:
    """The files of one exercise.

    Attributes
    ----------
    name : str
        The exercise's name, e.g. ``"02_clocks"`` (its master's file name).
    source : Path
        The master, ``source/NAME.py``.
    student : Path
        The notebook learners open, ``NAME.ipynb``.
    build : Path
        The generated, git-ignored folder ``build/NAME/``.
    """

    name: str
    source: Path
    student: Path
    build: Path

    @classmethod
    def for_name(cls, name: str, root: Path | None = None, student_dir: Path | None = None, build_dir: Path | None = None) -> "ExercisePaths":
        """Paths of exercise ``name`` under ``root`` (default: the repository's ``exercises/``).

        ``student_dir`` and ``build_dir`` put the generated files elsewhere
        (the tests build into a temporary folder).
        """
        root = Path(root) if root is not None else exercises_root()
        student_dir = Path(student_dir) if student_dir is not None else root
        build_dir = Path(build_dir) if build_dir is not None else root / "build"
        return cls(name, root / "source" / f"{name}.py", student_dir / f"{name}.ipynb", build_dir / name)

    @property
    def master(self) -> Path:
        """The master as an executed notebook (generated)."""
        return self.build / "master" / f"{self.name}.ipynb"

    @property
    def dist(self) -> Path:
        """``otter assign``'s output folder (``student/`` and ``autograder/``)."""
        return self.build / "dist"

    @property
    def autograder(self) -> Path:
        """The autograder zip under a stable name (otter's own carries a timestamp)."""
        return self.build / f"{self.name}-autograder.zip"

    @property
    def solution(self) -> Path:
        """The solution notebook otter writes (the master without tests): full marks."""
        return self.dist / "autograder" / f"{self.name}.ipynb"

    @property
    def questions(self) -> Path:
        """``questions.json``: name, points and manual flag of each question."""
        return self.build / "questions.json"


def exercise_names(root: Path | None = None) -> list[str]:
    """Names of the exercises whose masters are in ``root/source``.

    Examples
    --------
    >>> "02_clocks" in exercise_names()
    True
    """
    root = Path(root) if root is not None else exercises_root()
    return sorted(path.stem for path in (root / "source").glob("*.py"))


def check_name(name: str, root: Path | None = None) -> str:
    """Return ``name`` if it is an exercise, or raise a KitError that lists them.

    Examples
    --------
    >>> check_name("02_clock")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: There is no exercise '02_clock'. Did you mean '02_clocks'? ...
    """
    names = exercise_names(root)
    if name not in names:
        raise KitError(f"There is no exercise '{name}'.{did_you_mean(name, names)} The exercises are: {', '.join(names)}.")
    return name


@dataclass(frozen=True)
class Question:
    """One question of a master: its otter name, points and whether a person grades it."""

    name: str
    points: float
    manual: bool


def read_questions(source_text: str) -> list[Question]:
    """Read the questions' configuration from a master's text (jupytext percent).

    Each ``# BEGIN QUESTION`` raw cell holds YAML-like ``key: value`` lines
    (commented with ``# `` in the percent format).

    Examples
    --------
    >>> text = "# %% [raw]\\n# # BEGIN QUESTION\\n# name: q1\\n# points: 2\\n\\n# %%\\nx = 1\\n"
    >>> read_questions(text)
    [Question(name='q1', points=2.0, manual=False)]
    """
    questions = []
    for cell in source_text.split("# %%")[1:]:
        lines = [line[2:] if line.startswith("# ") else line.lstrip("#") for line in cell.splitlines()[1:]]
        if not lines or not _QUESTION.match(lines[0]):
            continue
        config = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
        config = {key.strip(): value.strip() for key, value in config.items()}
        questions.append(Question(config["name"], float(config.get("points", 1)), config.get("manual", "false").lower() == "true"))
    return questions
