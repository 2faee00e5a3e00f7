"""Build the lesson notebooks from their sources: ``make notebooks``.

For each ``notebooks/NN_slug.py`` (jupytext percent format, a ``kernelspec`` in
its header) this:

1. refuses to touch ``NN_slug.ipynb`` if a learner changed it since it was
   built (:func:`.stamp.changed_since_built`), unless ``force=True``, and says
   how to keep a copy;
2. reads the source and keeps the existing notebook's cell ids, as
   ``jupytext --update --to ipynb`` does (the same jupytext function); cells
   that are new get an id made from their text, so a first build is the same
   bytes on every machine;
3. executes it top to bottom in a fresh ``python3`` kernel (nbclient), started
   in ``notebooks/`` with ``PYTHONHASHSEED=0``;
4. strips machine-specific metadata (:mod:`.clean`), stamps the cells
   (:mod:`.stamp`) and writes the file in one step (a failed run leaves the old
   notebook as it was).

The lessons seed their own randomness, so a rebuild gives the same bytes.

Examples
--------
>>> [path.stem for path in lesson_sources()][:1]
['00_start_here']
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat
from jupytext.combine import combine_inputs_with_outputs

from ..errors import KitError
from .clean import strip_machine_metadata
from .stamp import changed_since_built, stamp

__all__ = [
    "NOTEBOOKS",
    "BuildResult",
    "Execution",
    "lesson_sources",
    "notebook_from_source",
    "execute_notebook",
    "build_lesson",
    "build_lessons",
    "keep_a_copy_advice",
    "main",
]

#: The lessons' folder in the repository.
NOTEBOOKS = Path(__file__).resolve().parents[3] / "notebooks"
#: How long one cell may run before the build gives up, in seconds.
CELL_TIMEOUT = 300


@dataclass
class Execution:
    """How one execution went: wall time, the kernel's CPU time and its peak memory.

    CPU time (user + system, of the kernel process) hardly depends on how busy
    the machine is; wall time does.
    """

    seconds: float
    peak_bytes: int | None
    cpu_seconds: float | None = None


@dataclass
class BuildResult:
    """What :func:`build_lesson` did with one lesson.

    ``status`` is ``"built"`` (written, its bytes changed), ``"unchanged"``
    (rebuilt, the same bytes as before), ``"kept"`` (not replaced: ``reason``
    says why) or ``"failed"`` (a cell raised: ``reason`` says which).
    """

    notebook: Path
    status: str
    reason: str = ""
    execution: Execution | None = None


def lesson_sources(folder: str | Path | None = None) -> list[Path]:
    """Return the lesson sources, ``NN_slug.py``, in lesson order.

    Parameters
    ----------
    folder : str or Path, optional
        Where to look; the repository's ``notebooks/`` by default.

    Examples
    --------
    >>> lesson_sources()[0].name
    '00_start_here.py'
    """
    folder = Path(folder) if folder is not None else NOTEBOOKS
    return sorted(path for path in folder.glob("[0-9][0-9]_*.py") if path.is_file())


def _text_id(source: str, taken: set[str]) -> str:
    base = hashlib.sha256(source.encode("utf-8")).hexdigest()[:8]
    candidate, extra = base, 1
    while candidate in taken:
        candidate, extra = f"{base}-{extra}", extra + 1
    return candidate


def notebook_from_source(source: str | Path, previous: str | Path | None = None):
    """Read a jupytext source into a notebook, keeping ``previous``'s outputs and cell ids.

    This is what ``jupytext --update --to ipynb SOURCE`` does in memory.

    Parameters
    ----------
    source : str or Path
        The ``NN_slug.py`` file.
    previous : str or Path, optional
        The notebook built before, if there is one.

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "00_demo.py")
    >>> with open(path, "w") as file:
    ...     _ = file.write("# %%\\nx = 1\\n\\n# %%\\nx + 1\\n")
    >>> nb = notebook_from_source(path)
    >>> [cell.id for cell in nb.cells] == [cell.id for cell in notebook_from_source(path).cells]
    True
    """
    nb = jupytext.read(source)
    kept: set[str] = set()
    old = None
    if previous is not None and Path(previous).exists():
        try:
            old = jupytext.read(previous)
        except ValueError:  # a damaged file (only reached with force=True): build afresh
            old = None
    if old is not None:
        kept = {cell.id for cell in old.cells if "id" in cell}
        nb = combine_inputs_with_outputs(nb, old, fmt="py:percent")
    taken = {cell.id for cell in nb.cells if cell.get("id") in kept}
    for cell in nb.cells:
        if cell.get("id") not in kept:
            cell.id = _text_id(cell.source, taken)
            taken.add(cell.id)
    nb.metadata.pop("jupytext", None)
    return nb


def _cpu_seconds(pid: int | None) -> float | None:
    """The kernel's CPU time so far (user + system), if psutil can read it."""
    if pid is None:
        return None
    try:
        import psutil

        times = psutil.Process(pid).cpu_times()
        return times.user + times.system
    except (ImportError, OSError):
        return None


def _peak_memory(pid: int | None) -> int | None:
    """The kernel's peak resident memory in bytes (Linux ``VmHWM``), or its current size elsewhere."""
    if pid is None:
        return None
    status = Path(f"/proc/{pid}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    try:
        import psutil

        return psutil.Process(pid).memory_info().rss
    except (ImportError, OSError):
        return None


def execute_notebook(nb, cwd: str | Path | None = None, timeout: int = CELL_TIMEOUT):
    """Run every cell of ``nb`` in a fresh ``python3`` kernel; return it and how it went.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        Changed in place: outputs and execution counts are filled in.
    cwd : str or Path, optional
        The kernel's working folder (the lessons' folder by default).
    timeout : int
        Seconds one cell may take.

    Returns
    -------
    (NotebookNode, Execution)

    Raises
    ------
    nbclient.exceptions.CellExecutionError
        When a cell raises; nothing is written.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("6 * 7")],
    ...                               metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    >>> nb, run = execute_notebook(nb)
    >>> nb.cells[0].outputs[0].data["text/plain"], run.peak_bytes > 0
    ('42', True)
    """
    from nbclient import NotebookClient

    peak: dict[str, float | None] = {"bytes": None, "cpu": None}

    def measure(**_):
        pid = getattr(getattr(client.km, "provisioner", None), "pid", None)
        peak["bytes"], peak["cpu"] = _peak_memory(pid), _cpu_seconds(pid)

    client = NotebookClient(
        nb,
        kernel_name="python3",
        timeout=timeout,
        resources={"metadata": {"path": str(cwd or NOTEBOOKS)}},
        store_widget_state=False,
        record_timing=False,
        on_cell_executed=measure,
    )
    started = time.perf_counter()
    client.execute(env={**os.environ, "PYTHONHASHSEED": "0"})
    return nb, Execution(seconds=time.perf_counter() - started, peak_bytes=peak["bytes"], cpu_seconds=peak["cpu"])


def keep_a_copy_advice(notebook: Path) -> str:
    """Tell a learner how to keep their notebook before forcing a rebuild.

    Examples
    --------
    >>> print(keep_a_copy_advice(Path("notebooks/00_start_here.ipynb")).splitlines()[1])
        cp notebooks/00_start_here.ipynb notebooks/my_00_start_here.ipynb
    """
    # "my_" in front: the copy sorts after the lessons, so `make lab` still opens lesson 00.
    copy = notebook.with_name(f"my_{notebook.name}")
    return (
        f"To keep your work, copy it first:\n    cp {notebook} {copy}\n"
        f"then rebuild it with: make notebooks FORCE=1 LESSONS={notebook.stem[:2]}"
    )


def build_lesson(source: str | Path, force: bool = False, timeout: int = CELL_TIMEOUT) -> BuildResult:
    """Build one lesson notebook from its source (see the module's steps).

    Parameters
    ----------
    source : str or Path
        ``NN_slug.py``; the notebook is ``NN_slug.ipynb`` beside it.
    force : bool
        Replace the notebook even if a learner changed it.
    timeout : int
        Seconds one cell may take.

    Returns
    -------
    BuildResult

    Examples
    --------
    A notebook a learner has changed is kept (no kernel is started):

    >>> import tempfile, os, nbformat
    >>> folder = tempfile.mkdtemp()
    >>> with open(os.path.join(folder, "00_demo.py"), "w") as file:
    ...     _ = file.write("# %%\\n6 * 7\\n")
    >>> nbformat.write(nbformat.v4.new_notebook(), os.path.join(folder, "00_demo.ipynb"))
    >>> result = build_lesson(os.path.join(folder, "00_demo.py"))
    >>> result.status, result.reason[:28]
    ('kept', "it was not made by 'make not")
    """
    source = Path(source)
    notebook = source.with_suffix(".ipynb")
    reason = None if force else changed_since_built(notebook)
    if reason:
        return BuildResult(notebook, "kept", reason)
    nb = notebook_from_source(source, previous=notebook if notebook.exists() else None)
    if "kernelspec" not in nb.metadata:
        raise KitError(
            f"{source} has no kernelspec in its header, so no kernel can run it. Start the file with a "
            f"'# ---' header naming 'kernelspec: name: python3' (copy it from notebooks/00_start_here.py)."
        )
    from nbclient.exceptions import CellExecutionError

    try:
        nb, run = execute_notebook(nb, cwd=source.parent, timeout=timeout)
    except CellExecutionError as error:
        last_lines = "\n".join(str(error).strip().splitlines()[-3:])
        return BuildResult(notebook, "failed", f"a cell raised an error; the notebook was not written.\n{last_lines}")
    text = nbformat.writes(stamp(strip_machine_metadata(nb), source.name))
    text += "" if text.endswith("\n") else "\n"
    before = notebook.read_text(encoding="utf-8") if notebook.exists() else None
    if text == before:
        return BuildResult(notebook, "unchanged", execution=run)
    partial = notebook.with_name(f".{notebook.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, notebook)
    return BuildResult(notebook, "built", execution=run)


def build_lessons(lessons: list[str] | None = None, force: bool = False, folder: str | Path | None = None,
                  report=print) -> list[BuildResult]:
    """Build the lessons named (by number ``"00"`` or stem ``"00_start_here"``), or all of them.

    ``report`` is called with one line per lesson as it finishes.

    Examples
    --------
    >>> build_lessons(["99"])
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: There is no lesson '99' in .../notebooks. The lessons are: 00_start_here...
    """
    folder = Path(folder) if folder is not None else NOTEBOOKS
    sources = lesson_sources(folder)
    if lessons:
        chosen = []
        for wanted in lessons:
            matches = [path for path in sources if path.stem == wanted or path.stem[:2] == wanted]
            if not matches:
                names = ", ".join(path.stem for path in sources) or "none yet"
                raise KitError(f"There is no lesson '{wanted}' in {folder}. The lessons are: {names}.")
            chosen.extend(matches)
        sources = chosen
    results = []
    for source in sources:
        result = build_lesson(source, force=force)
        results.append(result)
        report(_describe(result))
    return results


def _shown(path: Path) -> Path:
    """``path`` relative to the working folder when it is inside it (shorter to read and to copy)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _describe(result: BuildResult) -> str:
    name = _shown(result.notebook)
    if result.status == "kept":
        return f"{name}: NOT rebuilt: {result.reason}.\n{keep_a_copy_advice(name)}"
    if result.status == "failed":
        return f"{name}: FAILED: {result.reason}"
    run = result.execution
    memory = f", kernel peak {run.peak_bytes / 2**20:.0f} MB" if run.peak_bytes else ""
    what = "built" if result.status == "built" else "rebuilt, no change"
    cpu = f", kernel CPU {run.cpu_seconds:.1f} s" if run.cpu_seconds is not None else ""
    return f"{name}: {what} ({run.seconds:.1f} s{cpu}{memory})"


def main(argv: list[str] | None = None) -> int:
    """The command line: ``python -m inauthentic.notebooks [--force] [LESSON ...]``.

    Returns 0 when every lesson was built, 1 when one was kept or failed.
    """
    parser = argparse.ArgumentParser(
        prog="python -m inauthentic.notebooks",
        description="Build the lesson notebooks from their jupytext sources and run them top to bottom. "
                    "A notebook you have changed is never replaced unless you pass --force.",
    )
    parser.add_argument("lessons", nargs="*", help="lesson numbers or names (00, 00_start_here); all by default")
    parser.add_argument("--force", action="store_true", help="replace notebooks even if they were changed since built")
    args = parser.parse_args(argv)
    try:
        results = build_lessons(args.lessons, force=args.force)
    except KitError as error:
        print(error, file=sys.stderr)
        return 1
    if not results:
        print(f"There are no lesson sources (NN_slug.py) in {NOTEBOOKS}.")
    return 0 if all(result.status in ("built", "unchanged") for result in results) else 1
