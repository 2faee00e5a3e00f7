"""Finding, loading and (re)building the kit's data sets.

A data set is a folder with ``accounts.csv``, ``posts.csv`` and, when the
answer key is included, ``labels.csv``. The shipped ones live in the
repository's ``datasets/`` folder as a scenario file, a datasheet and a list of
checksums; their CSV files are made from the scenario the first time they are
needed (a second or two, no internet) and are the same bytes on every machine.

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
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .errors import KitError, did_you_mean, quoted_list
from .tables import read_table

__all__ = ["Dataset", "load_dataset", "datasets_root", "shipped_names", "TABLE_FILES"]

#: File name of each table inside a data-set folder.
TABLE_FILES = {"accounts": "accounts.csv", "posts": "posts.csv", "labels": "labels.csv"}


@dataclass
class Dataset:
    """The three tables of one data set.

    Attributes
    ----------
    accounts : DataFrame
        One row per account (``userid``).
    posts : DataFrame
        One row per post (``tweetid``).
    labels : DataFrame or None
        The answer key (``userid, kind, group, role``), or ``None`` for a
        copy handed out without it.
    name : str
        A short name for messages.
    folder : Path or None
        Where it was read from, if it was read from disk.
    """

    accounts: pd.DataFrame
    posts: pd.DataFrame
    labels: pd.DataFrame | None = None
    name: str = "data set"
    folder: Path | None = field(default=None, repr=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables present, by name.

        Examples
        --------
        >>> import pandas as pd
        >>> Dataset(pd.DataFrame(), pd.DataFrame()).tables().keys()
        dict_keys(['accounts', 'posts'])
        """
        found = {"accounts": self.accounts, "posts": self.posts}
        if self.labels is not None:
            found["labels"] = self.labels
        return found

    def __repr__(self) -> str:
        key = "with its answer key (labels)" if self.labels is not None else "without labels"
        return f"<Dataset '{self.name}': {len(self.accounts):,} accounts, {len(self.posts):,} posts, {key}>"


def datasets_root() -> Path:
    """Return the folder that holds the shipped data sets.

    ``INAUTHENTIC_DATASETS`` overrides it (for a JupyterHub with a shared,
    read-only copy, say); otherwise it is the repository's ``datasets/``.

    Examples
    --------
    >>> datasets_root().name
    'datasets'
    """
    override = os.environ.get("INAUTHENTIC_DATASETS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "datasets"


def shipped_names() -> list[str]:
    """Return the names of the shipped data sets (folders with a scenario file).

    Examples
    --------
    >>> "classroom" in shipped_names()
    True
    """
    root = datasets_root()
    if not root.is_dir():
        return []
    return sorted(p.parent.name for p in root.glob("*/scenario.toml"))


def _resolve(name_or_path: str | os.PathLike) -> tuple[Path, str, bool]:
    """Return (folder, display name, is_shipped)."""
    text = str(name_or_path)
    if text in shipped_names():
        return datasets_root() / text, text, True
    path = Path(text).expanduser()
    if path.is_dir():
        return path, path.name, False
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
    if shipped and not (folder / TABLE_FILES["posts"]).is_file():
        from .simulate import build_shipped  # imported here: only needed the first time

        build_shipped(name)
    for table in ("accounts", "posts"):
        if not (folder / TABLE_FILES[table]).is_file():
            present = sorted(p.name for p in folder.glob("*.csv"))
            raise KitError(
                f"The folder {folder} has no {TABLE_FILES[table]}; a data set needs accounts.csv and "
                f"posts.csv (labels.csv is optional). It holds: {', '.join(present) or 'no CSV files'}."
            )
    accounts = read_table(folder / TABLE_FILES["accounts"], "accounts")
    posts = read_table(folder / TABLE_FILES["posts"], "posts")
    label_file = folder / TABLE_FILES["labels"]
    answer_key = read_table(label_file, "labels") if labels and label_file.is_file() else None
    return Dataset(accounts=accounts, posts=posts, labels=answer_key, name=name, folder=folder)
