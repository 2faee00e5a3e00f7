"""Build each exercise from its master: ``make exercises``.

For one master ``exercises/source/NAME.py`` (jupytext percent, otter's raw-cell
markers) the steps are:

1. turn it into a notebook and execute it in a fresh ``python3`` kernel
   (``PYTHONHASHSEED=0``; the master seeds numpy itself), because otter takes
   the expected values of its tests from the master's saved outputs: expected
   values are never typed in, so new data only needs a rebuild;
2. run ``otter assign`` on it, which also runs every test against the
   solution and fails if one does not pass;
3. copy otter's autograder zip to a stable name (``NAME-autograder.zip``;
   otter's own name carries a timestamp) and write ``questions.json``;
4. normalise the student notebook (no outputs, no timings, no interpreter
   version, cell ids numbered from the name) and write it to
   ``exercises/NAME.ipynb``, unless the notebook there is not the one this
   command last wrote: a learner changed it, and it is kept unless ``force``.

``exercises/GENERATED.sha256`` holds the checksum of each notebook as last
written; a notebook whose checksum differs was changed by someone.

Examples
--------
>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1", execution_count=3)])
>>> clean = normalise_student(nb, "demo")
>>> clean.cells[0].id, clean.cells[0].execution_count
('demo-00', None)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import nbformat

from ..errors import KitError
from .answer_key import campaign_userids, fill_answer_key, needs_answer_key
from .layout import ExercisePaths, check_name, exercise_names, exercises_root, read_questions

__all__ = ["build_exercise", "build_all", "write_student", "learner_changed", "normalise_student", "notebook_text", "master_notebook", "main"]

#: Where the checksums of the notebooks this command wrote are kept.
RECORD_NAME = "GENERATED.sha256"

#: Seconds one cell of a master may run when it is executed.
CELL_TIMEOUT = 600


def master_notebook(source: Path):
    """Read a master's jupytext percent text as a notebook, with cell ids numbered from its name.

    Examples
    --------
    >>> nb = master_notebook(ExercisePaths.for_name("02_clocks").source)
    >>> nb.cells[0].cell_type, nb.cells[0].source.splitlines()[0]
    ('raw', '# ASSIGNMENT CONFIG')
    """
    import jupytext

    notebook = jupytext.read(source, fmt="py:percent")
    _number_cells(notebook, Path(source).stem + "-master")
    return notebook


def _number_cells(notebook, prefix: str) -> None:
    for position, cell in enumerate(notebook.cells):
        cell.id = f"{prefix}-{position:02d}"


def _execute(notebook, cwd: Path) -> None:
    from nbclient import NotebookClient

    os.environ.setdefault("PYTHONHASHSEED", "0")  # inherited by the kernel
    client = NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(cwd)}})
    client.execute()


@contextlib.contextmanager
def _environment(values: dict[str, str] | None):
    """Set environment variables for the kernels and ``otter assign`` started inside, then restore them."""
    saved = {key: os.environ.get(key) for key in values or {}}
    os.environ.update(values or {})
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _otter(*arguments: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "otter", *arguments], cwd=cwd, capture_output=True, text=True)


def _assign(paths: ExercisePaths) -> None:
    if paths.dist.exists():
        shutil.rmtree(paths.dist)
    done = _otter("assign", "--no-pdfs", str(paths.master), str(paths.dist), cwd=paths.master.parent)
    if done.returncode != 0 or not paths.solution.exists():
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise KitError(
            f"otter assign failed for {paths.source}: a test does not pass on the solution, or a marker is wrong. "
            f"Its last lines:\n{tail}"
        )
    zips = sorted((paths.dist / "autograder").glob("*-autograder_*.zip"))
    shutil.copyfile(zips[-1], paths.autograder)


def normalise_student(notebook, name: str):
    """Strip what differs between machines and runs from a student notebook.

    Outputs, execution counts, timing metadata and the interpreter's version go;
    cell ids become ``NAME-00``, ``NAME-01``... so that a rebuild gives the same bytes.
    """
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("lines_to_next_cell", None)  # jupytext's layout hint
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    notebook.metadata.get("language_info", {}).pop("version", None)
    notebook.metadata.pop("jupytext", None)
    _number_cells(notebook, name)
    return notebook


def notebook_text(notebook) -> str:
    """The notebook as the text written to disk (nbformat 4, one-space indent, final newline)."""
    return nbformat.writes(notebook) + "\n"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _read_record(folder: Path) -> dict[str, str]:
    record = folder / RECORD_NAME
    if not record.exists():
        return {}
    pairs = (line.split(maxsplit=1) for line in record.read_text().splitlines() if line.strip())
    return {file.strip(): digest for digest, file in pairs}


def _write_record(folder: Path, record: dict[str, str]) -> None:
    lines = [f"{digest}  {file}" for file, digest in sorted(record.items())]
    (folder / RECORD_NAME).write_text("\n".join(lines) + "\n")


def learner_changed(student: Path) -> bool:
    """True if ``student`` exists and is not the notebook this command last wrote there."""
    if not student.exists():
        return False
    recorded = _read_record(student.parent).get(student.name)
    return recorded != _sha256(student.read_text(encoding="utf-8"))


def build_exercise(
    name: str,
    root: Path | None = None,
    student_dir: Path | None = None,
    build_dir: Path | None = None,
    force: bool = False,
    key_folder: Path | None = None,
    environment: dict[str, str] | None = None,
    rebuild: str = "make exercises FORCE=1",
) -> str:
    """Build one exercise; return what happened to its student notebook, as a sentence.

    Parameters
    ----------
    name : str
        The exercise, e.g. ``"02_clocks"``.
    root : Path, optional
        The folder holding ``source/`` (default: the repository's ``exercises/``).
    student_dir, build_dir : Path, optional
        Where the student notebook and the generated files go (default: ``root``
        and ``root/build``).
    force : bool, default False
        Overwrite a student notebook even if someone changed it.
    key_folder : Path, optional
        For a master whose hidden tests hold the answer-key placeholders
        (:mod:`.answer_key`): the data-set folder whose ``labels.csv`` fills
        them (default: the shipped capstone).
    environment : dict, optional
        Environment variables for executing the master and for ``otter assign``
        (the private capstone sets ``INAUTHENTIC_DATASETS``).
    rebuild : str, default ``"make exercises FORCE=1"``
        The command that replaces a kept notebook, for the message.

    Raises
    ------
    KitError
        If ``otter assign`` fails (a test fails on the solution).
    """
    paths = ExercisePaths.for_name(check_name(name, root), root, student_dir, build_dir)
    paths.master.parent.mkdir(parents=True, exist_ok=True)
    notebook = master_notebook(paths.source)
    if needs_answer_key(notebook):
        fill_answer_key(notebook, campaign_userids(key_folder))
    with _environment(environment):
        _execute(notebook, paths.source.parent)
        nbformat.write(notebook, paths.master)
        _assign(paths)
    questions = read_questions(paths.source.read_text(encoding="utf-8"))
    paths.questions.write_text(json.dumps([asdict(question) for question in questions], indent=1) + "\n")

    student = normalise_student(nbformat.read(paths.dist / "student" / f"{name}.ipynb", as_version=4), name)
    text = notebook_text(student)
    fresh = paths.build / f"{name}.ipynb"  # always written, for comparison and for the samples
    fresh.write_text(text, encoding="utf-8")
    return write_student(text, paths.student, fresh, force, rebuild)


def write_student(text: str, target: Path, fresh: Path, force: bool = False, rebuild: str = "make exercises FORCE=1") -> str:
    """Write a student notebook's ``text`` to ``target`` unless someone changed the one there.

    ``fresh`` is where the new version can be found if ``target`` is kept, and
    ``rebuild`` the command that would replace it.
    Returns what happened, as a sentence; the checksum of what was written
    goes to ``GENERATED.sha256`` next to ``target``.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> write_student("v1", folder / "ex.ipynb", folder / "new.ipynb")
    'wrote ....ipynb.'
    >>> _ = (folder / "ex.ipynb").write_text("v1 with my answers")
    >>> write_student("v2", folder / "ex.ipynb", folder / "new.ipynb").split(":")[0]
    'KEPT ...ex.ipynb'
    >>> (folder / "ex.ipynb").read_text()
    'v1 with my answers'
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    name = target.stem
    if target.exists() and target.read_text(encoding="utf-8") == text:
        outcome = f"{target} is up to date."
    elif learner_changed(target) and not force:
        return (
            f"KEPT {target}: it has changes that make exercises did not write (someone's answers?), so it was not "
            f"replaced. The new version is in {fresh}. To replace it, keep a copy of the answers first "
            f"(cp {target} {target.with_name(name + '-my-answers.ipynb')}), then run: {rebuild}"
        )
    else:
        target.write_text(text, encoding="utf-8")
        outcome = f"wrote {target}."
    record = _read_record(target.parent)
    record[target.name] = _sha256(text)
    _write_record(target.parent, record)
    return outcome


def build_all(names: list[str] | None = None, force: bool = False, root: Path | None = None) -> list[str]:
    """Build the named exercises (default: every master); return one sentence each."""
    return [f"{name}: {build_exercise(name, root=root, force=force)}" for name in (names or exercise_names(root))]


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m inauthentic.exercises build [NAME ...] [--force]``."""
    parser = argparse.ArgumentParser(prog="python -m inauthentic.exercises build", description="Build the exercises from their masters.")
    parser.add_argument("names", nargs="*", help="exercises to build (default: all)")
    parser.add_argument("--force", action="store_true", help="replace student notebooks even if someone changed them")
    arguments = parser.parse_args(argv)
    try:
        for line in build_all(arguments.names, arguments.force):
            print(line)
    except KitError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
