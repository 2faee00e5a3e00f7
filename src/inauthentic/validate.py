"""Checks on the tables learners pass to the kit's functions.

Each check raises :class:`~inauthentic.errors.KitError` with a sentence that
names the argument, the column and what was expected, so a learner who passes
``accounts`` where ``posts`` belong is told exactly that.

Examples
--------
>>> import pandas as pd
>>> from inauthentic.validate import require_columns
>>> accounts = pd.DataFrame({"userid": [1], "follower_count": [3]})
>>> require_columns(accounts, "posts", ["userid", "tweet_time"], table="posts")
Traceback (most recent call last):
...
inauthentic.errors.KitError: The argument 'posts' has no column 'tweet_time'. It looks like the accounts table; pass the posts table (for example data.posts) instead.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from .errors import KitError, did_you_mean, quoted_list
from .schema import TABLES

__all__ = ["require_columns", "require_utc", "guess_table", "require_same_set"]

_SHOWN = 3  # ids named in a message


def guess_table(frame: pd.DataFrame) -> str | None:
    """Return which of the kit's tables ``frame`` looks like, or ``None``.

    Examples
    --------
    >>> guess_table(pd.DataFrame(columns=["userid", "kind", "group", "role"]))
    'labels'
    >>> guess_table(pd.DataFrame(columns=["a"])) is None
    True
    """
    columns = set(frame.columns) - {"userid"}
    shared = {table: len(columns & set(spec)) for table, spec in TABLES.items()}
    best = max(shared, key=shared.get)
    return best if shared[best] > 0 else None


def require_columns(frame: object, argument: str, columns: Iterable[str], table: str | None = None) -> None:
    """Check that ``frame`` is a DataFrame holding ``columns``.

    Parameters
    ----------
    frame : object
        What the learner passed.
    argument : str
        The parameter's name, used in the message.
    columns : iterable of str
        The columns the function needs.
    table : str, optional
        Which of the kit's tables is expected (``'posts'``...), for a better hint.

    Raises
    ------
    KitError
        If ``frame`` is not a DataFrame or lacks a column.

    Examples
    --------
    >>> require_columns(pd.DataFrame({"userid": [1]}), "labels", ["userid"])
    >>> require_columns([1, 2], "posts", ["userid"], table="posts")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'posts' should be the posts table (a pandas DataFrame), but it is a list.
    """
    expected = f"the {table} table" if table else "a table"
    if not isinstance(frame, pd.DataFrame):
        raise KitError(
            f"The argument '{argument}' should be {expected} (a pandas DataFrame), but it is a {type(frame).__name__}."
        )
    missing = [name for name in columns if name not in frame.columns]
    if not missing:
        return
    message = f"The argument '{argument}' has no column {quoted_list(missing)}."
    looks_like = guess_table(frame)
    if table and looks_like and looks_like != table:
        message += f" It looks like the {looks_like} table; pass the {table} table (for example data.{table}) instead."
    else:
        message += did_you_mean(missing[0], [str(c) for c in frame.columns])
        message += f" Its columns are: {', '.join(map(str, frame.columns))}."
    raise KitError(message)


def require_utc(times: pd.Series, argument: str, column: str) -> None:
    """Check that ``times`` are time-zone-aware timestamps.

    Examples
    --------
    >>> naive = pd.Series(pd.to_datetime(["2026-09-01 10:00"]))
    >>> require_utc(naive, "posts", "tweet_time")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The column 'tweet_time' of 'posts' holds times without a time zone...
    """
    if not pd.api.types.is_datetime64_any_dtype(times):
        raise KitError(
            f"The column '{column}' of '{argument}' should hold timestamps, but it holds {times.dtype}. "
            f"Load the data with inauthentic.load_dataset, or convert it with pd.to_datetime(..., utc=True)."
        )
    if getattr(times.dt, "tz", None) is None:
        raise KitError(
            f"The column '{column}' of '{argument}' holds times without a time zone, so the kit cannot tell "
            f"which hour they mean. If they are UTC, use {argument}['{column}'].dt.tz_localize('UTC')."
        )


def require_same_set(accounts: pd.DataFrame, posts: pd.DataFrame, labels: pd.DataFrame | None, where: str, fix: str) -> None:
    """Check that posts and labels refer to the accounts of the same data set.

    Every post's author (``userid``) and retweeted author
    (``retweet_userid``), and every labelled account, must be in
    ``accounts``; otherwise the tables come from different runs (another
    seed, or a run that was stopped part way).

    Parameters
    ----------
    accounts, posts : DataFrame
        As loaded.
    labels : DataFrame or None
        The answer key, if loaded.
    where : str
        The folder, for the message.
    fix : str
        The command that makes a whole data set again.

    Raises
    ------
    KitError
        Naming the table, the column, how many rows and the first few ids.

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2]})
    >>> posts = pd.DataFrame({"userid": [1, 9, 8], "retweet_userid": pd.array([None, 2, None], dtype="Int64")})
    >>> require_same_set(accounts, posts, None, "the folder x", "make it again")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The files in the folder x do not belong together: 2 of the 3 rows of posts.csv have a userid that is not in accounts.csv (9 and 8). ...
    """
    known = accounts["userid"].to_numpy()
    checks = [("posts.csv", posts, "userid"), ("posts.csv", posts, "retweet_userid")]
    if labels is not None:
        checks.append(("labels.csv", labels, "userid"))
    for file, frame, column in checks:
        values = frame[column]
        if isinstance(values.dtype, pd.Int64Dtype):
            values = values.dropna()
        ids = values.to_numpy(dtype=np.int64)
        unknown = ~np.isin(ids, known)
        if not unknown.any():
            continue
        first = pd.unique(ids[unknown])[:_SHOWN]
        named = " and ".join([", ".join(map(str, first[:-1])), str(first[-1])] if len(first) > 1 else [str(first[0])])
        raise KitError(
            f"The files in {where} do not belong together: {int(unknown.sum()):,} of the {len(frame):,} rows of {file} have a "
            f"{column} that is not in accounts.csv ({named}). They were probably written by two different runs (another "
            f"seed, or a run that was stopped part way). To get a whole data set, {fix}."
        )
