"""Finding, loading and (re)building the kit's data sets.

A data set is a folder with ``accounts.csv``, ``posts.csv`` and, when the
answer key is included, ``labels.csv``. The shipped ones live in the
repository's ``datasets/`` folder as a scenario file, a datasheet and a list of
checksums; their CSV files are made from the scenario the first time they are
needed (a second or two, no internet) and are the same bytes on every machine.

Every load of a shipped data set reads each file once and checks it against
``SHA256SUMS``: missing files (or files left by an older version of the kit)
are built, under the folder's lock, so that two learners loading at once get
the same whole data set; a file a learner edited is loaded as it is, with a
one-line notice saying how to restore it. Every load of any folder checks
that its tables belong together (see
:func:`~inauthentic.validate.require_same_set`).

Examples
--------
>>> from inauthentic import load_dataset
>>> data = load_dataset("tiny")
>>> sorted(data.tables())
['accounts', 'labels', 'posts']
>>> data.posts.tweet_time.dt.tz is not None
True
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

from .errors import KitError, KitNotice, did_you_mean, quoted_list
from .shipped import datasets_root, inspect, shipped_names
from .simulate.build import restore_shipped
from .storage import DiskProblem, clean_leftovers, folder_lock, leftovers
from .tables import TABLE_FILES, Dataset, read_table
from .validate import require_same_set

__all__ = ["Dataset", "load_dataset", "datasets_root", "shipped_names", "TABLE_FILES"]


def _resolve(name_or_path: str | os.PathLike) -> tuple[Path, str, bool]:
    """Return (folder, display name, is_shipped)."""
    text = str(name_or_path)
    if text in shipped_names():
        return datasets_root() / text, text, True
    path = Path(text).expanduser()
    if path.is_dir():
        shipped = path.resolve().parent == datasets_root().resolve() and path.name in shipped_names()
        return path, path.name, shipped
    if path.is_file():
        raise KitError(
            f"{path} is a file, but load_dataset wants a data-set folder (with accounts.csv and "
            f"posts.csv) or a data-set name. Try load_dataset('{path.parent}')."
        )
    names = shipped_names()
    looks_like_path = os.sep in text or text.startswith(".")
    if looks_like_path:
        raise KitError(f"There is no folder {path}. Check the spelling, or use one of the shipped data sets: {quoted_list(names)}.")
    raise KitError(
        f"There is no data set called '{text}'.{did_you_mean(text, names)} "
        f"The shipped data sets are {quoted_list(names)}; you can also give the path of a folder "
        f"that holds accounts.csv and posts.csv."
    )


def load_dataset(name_or_path: str | os.PathLike = "classroom", labels: bool = True) -> Dataset:
    """Load a data set by name (``"classroom"``) or folder path.

    Parameters
    ----------
    name_or_path : str or path-like, default ``"classroom"``
        A shipped data set's name, or a folder holding ``accounts.csv``,
        ``posts.csv`` and optionally ``labels.csv``, or a folder of the
        Information Operations archive (read by
        :func:`inauthentic.archive.read_archive`).
    labels : bool, default True
        Read the answer key too, when the folder has one.

    Returns
    -------
    Dataset
        With ``.accounts``, ``.posts`` and ``.labels`` (``None`` when the
        folder has no ``labels.csv`` or ``labels=False``).

    Raises
    ------
    KitError
        For an unknown name, a missing file or column, or a malformed value;
        the message names what is wrong and what to do.

    Notes
    -----
    Nothing is downloaded. A shipped data set whose CSV files are not there
    yet is built from its scenario file on this machine, once.

    Examples
    --------
    >>> load_dataset("tiny")
    <Dataset 'tiny': ... accounts, ... posts, with its answer key (labels)>
    >>> load_dataset("clasroom")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: There is no data set called 'clasroom'. Did you mean 'classroom'? ...
    """
    folder, name, shipped = _resolve(name_or_path)
    from .archive import is_archive_folder, read_archive  # the Information Operations archive's own layout

    if not shipped and is_archive_folder(folder):
        return read_archive(folder, name=name)
    if shipped:
        contents = _whole_shipped_set(name)
        fix = f"restore the shipped files with 'python -m inauthentic build {name}'"
    else:
        contents = {}
        fix = "make the data set again with 'python -m inauthentic generate --out FOLDER --overwrite'"
        for table in ("accounts", "posts"):
            if not (folder / TABLE_FILES[table]).is_file():
                present = sorted(p.name for p in folder.glob("*.csv"))
                raise KitError(
                    f"The folder {folder} has no {TABLE_FILES[table]}; a data set needs accounts.csv and "
                    f"posts.csv (labels.csv is optional). It holds: {', '.join(present) or 'no CSV files'}."
                )

    def read(table: str):
        file = TABLE_FILES[table]
        return read_table(folder / file, table, content=contents.get(file), fix=fix)

    accounts = read("accounts")
    posts = read("posts")
    with_key = labels and (TABLE_FILES["labels"] in contents or (not shipped and (folder / TABLE_FILES["labels"]).is_file()))
    answer_key = read("labels") if with_key else None
    require_same_set(accounts, posts, answer_key, str(folder), fix)
    return Dataset(accounts=accounts, posts=posts, labels=answer_key, name=name, folder=folder)


def _whole_shipped_set(name: str) -> dict[str, bytes]:
    """Return a shipped data set's file contents, building what is missing or left from an older kit.

    A file a learner edited is loaded as it is, with a one-line notice. Files
    are read once, checked against ``SHA256SUMS`` and parsed from those bytes,
    so a build finishing at the same moment cannot slip in a mixture.
    """
    state = inspect(name)
    if state.needs_build:
        try:
            restore_shipped(name, replace_edited=False)
        except KitError as problem:
            if not isinstance(problem, DiskProblem):
                raise
            if state.missing:
                raise KitError(
                    f"The shipped data set '{name}' is not complete in {state.folder} "
                    f"({quoted_list(state.missing)} missing), so the kit tried to build it. {problem}"
                ) from None
            warnings.warn(
                f"The files of '{name}' in {state.folder} ({quoted_list(state.stale)}) were made by an older version of the kit "
                f"and cannot be rebuilt there, so they were loaded as they are. ({problem})",
                KitNotice,
                stacklevel=3,
            )
            return state.contents
        state = inspect(name)
    if state.missing:  # only if somebody deleted files while this build ran
        raise KitError(
            f"The shipped data set '{name}' in {state.folder} lacks {quoted_list(state.missing)} although it was just "
            f"built; another program may be removing files there. Run 'python -m inauthentic build {name}'."
        )
    if leftovers(state.folder):
        _tidy(state.folder)
    if state.edited:
        warnings.warn(
            f"{quoted_list(state.folder / file for file in state.edited)} {'differs' if len(state.edited) == 1 else 'differ'} "
            f"from the shipped '{name}' data set "
            f"(edited since it was built), so you are working on changed data. To restore the shipped files, run "
            f"'python -m inauthentic build {name}' (your version is then kept beside it as a copy).",
            KitNotice,
            stacklevel=3,
        )
    return state.contents


def _tidy(folder: Path) -> None:
    """Remove what a killed build left, if this process may write in the folder."""
    try:
        with folder_lock(folder, inside=True):
            clean_leftovers(folder)
    except KitError:
        pass  # a read-only folder: its leftovers are its manager's to remove
