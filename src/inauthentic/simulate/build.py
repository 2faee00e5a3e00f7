"""Writing data sets to disk, and building the shipped ones.

The shipped data sets (``datasets/<name>/``) are not stored as CSV: only
their ``scenario.toml``, a ``DATASHEET.md`` and ``SHA256SUMS``. The CSV files
are made on the learner's machine the first time they are needed and checked
against ``SHA256SUMS``, so everybody gets the same bytes.

Every write is safe for a shared classroom (see :mod:`inauthentic.storage`):
one writer per folder at a time, files staged privately and moved in
together, nothing replaced if a check fails, and a learner's edited file
never replaced without a copy kept beside it.

Examples
--------
>>> import tempfile, pathlib
>>> from inauthentic.simulate import simulate
>>> from inauthentic.simulate.build import write_dataset, checksums
>>> folder = write_dataset(simulate("tiny"), pathlib.Path(tempfile.mkdtemp()) / "copy", labels=False)
>>> sorted(checksums(folder))
['accounts.csv', 'posts.csv']
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import KitError
from ..shipped import (
    BUILT_FILE, CHECKSUM_FILE, DATASHEET_FILE, checksum_text, checksums, datasets_root, inspect, read_checksums,
    refuse_shipped_folder, shipped_folder, shipped_names,
)
from ..storage import clean_leftovers, disk_problem, folder_lock, keep_copy, move_into_place, staging
from ..tables import TABLE_FILES, Dataset, write_table

__all__ = [
    "write_dataset", "checksums", "read_checksums", "checksum_text", "build_shipped", "refresh_shipped", "restore_shipped",
    "remove_built", "missing_shipped", "is_current", "BuildReport", "CHECKSUM_FILE", "DATASHEET_FILE",
]

_CHUNK_ROWS = 200_000
_ELSEWHERE = "Choose another folder (--out on the command line)"


def write_dataset(dataset: Dataset, folder: str | Path, labels: bool = True, overwrite: bool = False) -> Path:
    """Write a data set's tables as CSV files into ``folder``.

    The files are written under private names and moved into place together
    while the folder's lock is held, so two writers never mix their files
    and a reader never sees half a file.

    Parameters
    ----------
    dataset : Dataset
        What :func:`inauthentic.simulate.simulate` returned, say.
    folder : str or Path
        Created if needed. Never one of the shipped ``datasets/`` folders.
    labels : bool, default True
        Write the answer key (``labels.csv``). ``False`` makes a learner's copy.
    overwrite : bool, default False
        Replace the data set's CSV files if the folder already holds CSV
        files. Only ``accounts.csv``, ``posts.csv`` and ``labels.csv`` are
        ever written or (for a copy without labels) removed; nothing else in
        the folder is touched.

    Returns
    -------
    Path
        The folder.

    Raises
    ------
    KitError
        If the folder already holds CSV files and ``overwrite`` is False,
        ``labels=True`` but the data set has no labels, the folder is a
        shipped one, or the disk is read-only or full.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from inauthentic.simulate import simulate
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = write_dataset(simulate("tiny"), folder)
    >>> write_dataset(simulate("tiny"), folder)
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The folder ... already holds CSV files (accounts.csv, labels.csv, posts.csv). ...
    """
    folder = Path(folder).expanduser()
    if folder.exists() and not folder.is_dir():
        raise KitError(f"{folder} is a file, not a folder. Give the path of a folder to write the data set into.")
    refuse_shipped_folder(folder)
    if labels and dataset.labels is None:
        raise KitError(f"The data set '{dataset.name}' has no labels to write. Pass labels=False (--no-labels).")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as problem:
        raise (disk_problem(problem, folder, _ELSEWHERE) or problem) from None
    with folder_lock(folder, fix=_ELSEWHERE):
        present = sorted(path.name for path in folder.glob("*.csv"))
        if present and not overwrite:
            raise KitError(
                f"The folder {folder} already holds CSV files ({', '.join(present)}). Choose an empty folder, "
                f"or pass overwrite=True (--overwrite on the command line) to replace the data set's files."
            )
        clean_leftovers(folder)
        tables = {table: frame for table, frame in dataset.tables().items() if labels or table != "labels"}
        with staging(folder, fix=_ELSEWHERE) as private:
            _write_tables(tables, private, folder, _ELSEWHERE)
            move_into_place(private, [TABLE_FILES[table] for table in tables], folder)
        stale_key = folder / TABLE_FILES["labels"]
        if not labels and stale_key.is_file():
            stale_key.unlink()          # an old answer key must not sit next to a new learner copy
    return folder


def _write_tables(tables: dict, private: Path, folder: Path, fix: str) -> None:
    """Write each table into the staging folder; a full disk becomes a sentence."""
    try:
        for table, frame in tables.items():
            _write_in_chunks(frame, private / TABLE_FILES[table], table)
    except OSError as problem:
        raise (disk_problem(problem, folder, fix) or problem) from None


def _write_in_chunks(frame, path: Path, table: str, rows: int = _CHUNK_ROWS) -> None:
    """Write a table with :func:`~inauthentic.tables.write_table`, a block of rows at a time.

    Each block is written by ``write_table`` itself and appended without its
    header line, so the bytes are exactly those of one ``write_table`` call,
    while the text copy of a million posts never sits in memory at once. The
    file is written under a temporary name and then renamed, so nobody ever
    reads half a file.
    """
    whole = path.with_name(path.name + ".part")
    block = path.with_name(path.name + ".block")
    try:
        write_table(frame.iloc[:rows], whole, table)
        with open(whole, "ab") as out:
            for start in range(rows, len(frame), rows):
                write_table(frame.iloc[start : start + rows], block, table)
                with open(block, "rb") as part:
                    part.readline()                     # the header, already written
                    shutil.copyfileobj(part, out)
        whole.replace(path)
    finally:
        whole.unlink(missing_ok=True)
        block.unlink(missing_ok=True)


def missing_shipped() -> list[str]:
    """Return the shipped data sets whose CSV files are not all there yet.

    Examples
    --------
    >>> isinstance(missing_shipped(), list)
    True
    """
    return [name for name in shipped_names() if inspect(name, keep_contents=False).missing]


def is_current(name: str) -> bool:
    """Return True if a shipped data set's CSV files are all there and match ``SHA256SUMS``.

    Examples
    --------
    >>> is_current("tiny") in (True, False)
    True
    """
    return inspect(name, keep_contents=False).complete


@dataclass
class BuildReport:
    """What a build of a shipped data set did.

    Attributes
    ----------
    folder : Path
        The data set's folder.
    written : list of str
        The files written (empty if another process had just built them).
    copies : dict
        ``{file: copy}`` for each edited file that was replaced, kept beside it.
    stale : list of str
        The files that were left from an older version of the kit.
    """

    folder: Path
    written: list[str] = field(default_factory=list)
    copies: dict[str, Path] = field(default_factory=dict)
    stale: list[str] = field(default_factory=list)


def _version_hint() -> str:
    import numpy
    import pandas

    return f"this machine has numpy {numpy.__version__} and pandas {pandas.__version__}"


def _simulate_shipped(folder: Path) -> tuple[Dataset, dict]:
    from .assemble import build
    from .scenario import apply_scale, check_fits, load_scenario

    scenario = load_scenario(folder / "scenario.toml")
    scaled = apply_scale(scenario)
    check_fits(scaled, str(folder / "scenario.toml"))
    return build(scaled), scenario


def restore_shipped(name: str, replace_edited: bool = True, check: bool = True, record: bool = False) -> BuildReport:
    """Build what a shipped data set lacks, under its lock; the engine of ``build``.

    Parameters
    ----------
    name : str
        A shipped data set.
    replace_edited : bool, default True
        Also replace files a learner edited (a copy of each is kept beside
        it first). The loader passes False: it never replaces an edit.
    check : bool, default True
        Refuse (and write nothing) if the new files differ from ``SHA256SUMS``.
    record : bool, default False
        Rewrite ``SHA256SUMS`` and ``DATASHEET.md`` from the new files
        (maintainers; implies writing every file).

    Returns
    -------
    BuildReport
        What was written and which copies were kept. If another process
        built the data set while this one waited for the lock, nothing is
        written.

    Raises
    ------
    KitError
        For a read-only folder or full disk (before any simulating), or new
        files that differ from ``SHA256SUMS`` (the files in place are then
        left as they were).

    Examples
    --------
    >>> report = restore_shipped("tiny")
    >>> report.folder.name, report.copies
    ('tiny', {})
    """
    folder = shipped_folder(name)
    fix = (
        f"Ask whoever manages it to run 'python -m inauthentic build {name}' there, or make your own copy with "
        f"'python -m inauthentic generate --scenario {name} --out my-{name}' and load it with load_dataset('my-{name}')"
    )
    with folder_lock(folder, inside=True, fix=fix):
        clean_leftovers(folder)
        state = inspect(name, keep_contents=False)
        report = BuildReport(folder, stale=list(state.stale))
        to_write = state.missing + state.stale + (state.edited if replace_edited else [])
        if record:
            to_write = sorted(TABLE_FILES.values())
        if not to_write:
            return report
        data, scenario = _simulate_shipped(folder)
        with staging(folder, fix=fix) as private:
            _write_tables(data.tables(), private, folder, fix)
            new_sums = checksums(private)
            expected = read_checksums(folder / CHECKSUM_FILE)
            differ = sorted(file for file in new_sums if expected and expected.get(file) != new_sums[file])
            if check and not record and differ:
                raise KitError(
                    f"The data set '{name}' built from {folder / 'scenario.toml'} does not match {folder / CHECKSUM_FILE} "
                    f"({', '.join(differ)} differ), so it is not the data everybody else has; the files in {folder} were "
                    f"left as they were. If you changed the scenario or the simulator on purpose, run "
                    f"'python -m inauthentic build --refresh {name}' to record the new checksums; otherwise install the "
                    f"numpy and pandas versions pyproject.toml names ({_version_hint()})."
                )
            try:
                for file in to_write:
                    if file in state.edited and (folder / file).is_file():
                        report.copies[file] = keep_copy(folder / file)
            except OSError as problem:
                raise (disk_problem(problem, folder, fix) or problem) from None
            move_into_place(private, to_write, folder)
            report.written = list(to_write)
            built = {**read_checksums(folder / BUILT_FILE), **{file: new_sums[file] for file in to_write}}
            _write_text(folder / BUILT_FILE, checksum_text(built))
        if record or not expected:
            _record(folder, data, scenario, new_sums)
    return report


def remove_built(name: str) -> tuple[list[str], list[str]]:
    """Remove a shipped data set's CSV files that the kit wrote; keep edited ones.

    Returns ``(removed, kept)``: the files removed (they match ``SHA256SUMS``
    or were written by an older version of the kit) and the edited files left
    in place. ``make clean-data`` runs it.

    Examples
    --------
    In a scratch copy of the data-set folders:

    >>> import os, shutil, tempfile
    >>> scratch = Path(tempfile.mkdtemp())
    >>> for name in ("tiny", "classroom"):
    ...     _ = shutil.copytree(datasets_root() / name, scratch / name, ignore=shutil.ignore_patterns("*.csv", ".*"))
    >>> os.environ["INAUTHENTIC_DATASETS"] = str(scratch)
    >>> _ = build_shipped("tiny")
    >>> remove_built("tiny")
    (['accounts.csv', 'labels.csv', 'posts.csv'], [])
    >>> del os.environ["INAUTHENTIC_DATASETS"]
    """
    folder = shipped_folder(name)
    with folder_lock(folder, inside=True):
        clean_leftovers(folder)
        state = inspect(name, keep_contents=False)
        removed = sorted(state.current + state.stale)
        for file in removed:
            (folder / file).unlink()
        if not state.edited:
            (folder / BUILT_FILE).unlink(missing_ok=True)
    return removed, sorted(state.edited)


def build_shipped(name: str, check: bool = True) -> Path:
    """Make a shipped data set's CSV files from its scenario, and check them.

    Safe to run by several processes at once: the others wait for the first
    and find the work done. A file a learner edited is replaced only after a
    copy is kept beside it (see :func:`restore_shipped`).

    Parameters
    ----------
    name : str
        ``"tiny"``, ``"classroom"`` or ``"capstone"``.
    check : bool, default True
        Compare the new files with the committed ``SHA256SUMS``.

    Raises
    ------
    KitError
        If the new files differ from ``SHA256SUMS`` (nothing is replaced, so
        nobody works on data that differs from everybody else's).

    Examples
    --------
    >>> build_shipped("tiny").name
    'tiny'
    """
    return restore_shipped(name, check=check).folder


def refresh_shipped(name: str) -> Path:
    """Rebuild a shipped data set and rewrite its ``SHA256SUMS`` and ``DATASHEET.md``.

    For maintainers, after changing a scenario or the simulator on purpose.

    Examples
    --------
    In a scratch copy of the data-set folders (``INAUTHENTIC_DATASETS``), so
    the example leaves the repository's checksums alone:

    >>> import os, shutil, tempfile
    >>> scratch = Path(tempfile.mkdtemp())
    >>> for name in ("tiny", "classroom"):
    ...     _ = shutil.copytree(datasets_root() / name, scratch / name, ignore=shutil.ignore_patterns("*.csv", ".*"))
    >>> os.environ["INAUTHENTIC_DATASETS"] = str(scratch)
    >>> refresh_shipped("tiny") == scratch / "tiny"
    True
    >>> del os.environ["INAUTHENTIC_DATASETS"]
    """
    return restore_shipped(name, record=True).folder


def _write_text(path: Path, text: str) -> None:
    """Write a small text file whole: under a private name, then renamed."""
    private = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    private.write_text(text, encoding="utf-8", newline="\n")
    private.replace(path)


def _record(folder: Path, data: Dataset, scenario: dict, sums: dict[str, str]) -> None:
    from .datasheet import ANSWER_KEY_FILE, answer_key, datasheet

    _write_text(folder / CHECKSUM_FILE, checksum_text(sums))
    _write_text(folder / DATASHEET_FILE, datasheet(data, scenario, folder))
    key = answer_key(data, scenario)
    if key is not None:
        _write_text(folder / ANSWER_KEY_FILE, key)
