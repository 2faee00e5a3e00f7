"""Writing data sets to disk, checksums, and building the shipped ones.

The shipped data sets (``datasets/<name>/``) are not stored as CSV: only
their ``scenario.toml``, a ``DATASHEET.md`` and ``SHA256SUMS``. The CSV files
are made on the learner's machine the first time they are needed and checked
against ``SHA256SUMS``, so everybody gets the same bytes.

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

import hashlib
import os
import shutil
from pathlib import Path

from ..datasets import TABLE_FILES, Dataset, datasets_root, shipped_names
from ..errors import KitError, did_you_mean, quoted_list
from ..tables import write_table

__all__ = ["write_dataset", "checksums", "read_checksums", "checksum_text", "build_shipped", "refresh_shipped", "missing_shipped", "is_current", "CHECKSUM_FILE", "DATASHEET_FILE"]

CHECKSUM_FILE = "SHA256SUMS"
_CHUNK_ROWS = 200_000
DATASHEET_FILE = "DATASHEET.md"


def write_dataset(dataset: Dataset, folder: str | Path, labels: bool = True, overwrite: bool = False) -> Path:
    """Write a data set's tables as CSV files into ``folder``.

    Parameters
    ----------
    dataset : Dataset
        What :func:`inauthentic.simulate.simulate` returned, say.
    folder : str or Path
        Created if needed.
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
        If the folder already holds CSV files and ``overwrite`` is False, or
        ``labels=True`` but the data set has no labels.

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
    present = sorted(path.name for path in folder.glob("*.csv")) if folder.is_dir() else []
    if present and not overwrite:
        raise KitError(
            f"The folder {folder} already holds CSV files ({', '.join(present)}). Choose an empty folder, "
            f"or pass overwrite=True (--overwrite on the command line) to replace the data set's files."
        )
    if labels and dataset.labels is None:
        raise KitError(f"The data set '{dataset.name}' has no labels to write. Pass labels=False (--no-labels).")
    folder.mkdir(parents=True, exist_ok=True)
    for table, frame in dataset.tables().items():
        if table == "labels" and not labels:
            continue
        _write_in_chunks(frame, folder / TABLE_FILES[table], table)
    stale_key = folder / TABLE_FILES["labels"]
    if not labels and stale_key.is_file():
        stale_key.unlink()          # an old answer key must not sit next to a new learner copy
    return folder


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
        os.replace(whole, path)
    finally:
        whole.unlink(missing_ok=True)
        block.unlink(missing_ok=True)


def checksums(folder: str | Path) -> dict[str, str]:
    """Return the SHA-256 of each table file present in ``folder``.

    Examples
    --------
    >>> checksums("/nonexistent")
    {}
    """
    folder = Path(folder)
    found = {}
    for name in sorted(TABLE_FILES.values()):
        path = folder / name
        if path.is_file():
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            found[name] = digest.hexdigest()
    return found


def checksum_text(sums: dict[str, str]) -> str:
    """Format checksums like the ``sha256sum`` tool does (``sha256sum -c`` can check them).

    Examples
    --------
    >>> checksum_text({"posts.csv": "ab"})
    'ab  posts.csv\\n'
    """
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items()))


def read_checksums(path: str | Path) -> dict[str, str]:
    """Read a ``SHA256SUMS`` file into ``{file name: digest}``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "SHA256SUMS"
    >>> _ = path.write_text("ab  posts.csv\\n")
    >>> read_checksums(path)
    {'posts.csv': 'ab'}
    """
    sums = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name.strip().lstrip("*")] = digest
    return sums


def _shipped_folder(name: str) -> Path:
    names = shipped_names()
    if name not in names:
        raise KitError(f"There is no shipped data set called '{name}'.{did_you_mean(name, names)} The shipped data sets are {quoted_list(names)}.")
    return datasets_root() / name


def missing_shipped() -> list[str]:
    """Return the shipped data sets whose CSV files are not all there yet.

    Examples
    --------
    >>> isinstance(missing_shipped(), list)
    True
    """
    return [name for name in shipped_names() if any(not (datasets_root() / name / f).is_file() for f in TABLE_FILES.values())]


def is_current(name: str) -> bool:
    """Return True if a shipped data set's CSV files are all there and match ``SHA256SUMS``.

    Examples
    --------
    >>> is_current("tiny") in (True, False)
    True
    """
    folder = _shipped_folder(name)
    sums_file = folder / CHECKSUM_FILE
    if not sums_file.is_file():
        return not any(not (folder / f).is_file() for f in TABLE_FILES.values())
    return checksums(folder) == read_checksums(sums_file)


def _write_shipped(name: str) -> tuple[Path, Dataset, dict]:
    from . import simulate  # the package's public function; imported here to avoid a cycle
    from .scenario import load_scenario

    folder = _shipped_folder(name)
    scenario = load_scenario(folder / "scenario.toml")
    data = simulate(folder / "scenario.toml")
    write_dataset(data, folder, labels=True, overwrite=True)
    return folder, data, scenario


def build_shipped(name: str, check: bool = True) -> Path:
    """Make a shipped data set's CSV files from its scenario, and check them.

    Parameters
    ----------
    name : str
        ``"tiny"``, ``"classroom"`` or ``"capstone"``.
    check : bool, default True
        Compare the files with the committed ``SHA256SUMS``.

    Raises
    ------
    KitError
        If the files differ from ``SHA256SUMS`` (they are then removed, so
        nobody works on data that differs from everybody else's).

    Examples
    --------
    >>> build_shipped("tiny").name
    'tiny'
    """
    folder, data, scenario = _write_shipped(name)
    sums_file = folder / CHECKSUM_FILE
    if check and sums_file.is_file():
        expected = read_checksums(sums_file)
        actual = checksums(folder)
        differ = sorted(file for file in actual if expected.get(file) != actual[file])
        if differ:
            for file in TABLE_FILES.values():
                (folder / file).unlink(missing_ok=True)
            raise KitError(
                f"The data set '{name}' built from {folder / 'scenario.toml'} does not match {sums_file} "
                f"({', '.join(differ)} differ), so it is not the data everybody else has. If you changed the "
                f"scenario or the simulator on purpose, run 'python -m inauthentic build --refresh {name}' to "
                f"record the new checksums; otherwise check that numpy and pandas are the versions in pyproject.toml."
            )
    elif not sums_file.is_file():
        _record(folder, data, scenario)
    return folder


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
    ...     _ = shutil.copytree(datasets_root() / name, scratch / name, ignore=shutil.ignore_patterns("*.csv"))
    >>> os.environ["INAUTHENTIC_DATASETS"] = str(scratch)
    >>> refresh_shipped("tiny") == scratch / "tiny"
    True
    >>> del os.environ["INAUTHENTIC_DATASETS"]
    """
    folder, data, scenario = _write_shipped(name)
    _record(folder, data, scenario)
    return folder


def _record(folder: Path, data: Dataset, scenario: dict) -> None:
    from .datasheet import ANSWER_KEY_FILE, answer_key, datasheet

    (folder / CHECKSUM_FILE).write_text(checksum_text(checksums(folder)), encoding="utf-8", newline="\n")
    (folder / DATASHEET_FILE).write_text(datasheet(data, scenario, folder), encoding="utf-8", newline="\n")
    key = answer_key(data, scenario)
    if key is not None:
        (folder / ANSWER_KEY_FILE).write_text(key, encoding="utf-8", newline="\n")
