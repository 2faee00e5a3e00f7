"""Plumbing shared by the signal modules: input checks and per-account results.

Every public signal checks its tables with :func:`check_posts` or
:func:`check_accounts` (so a learner who passes the wrong table is told so)
and returns a Series indexed by ``userid`` built with :func:`per_account`.

Examples
--------
>>> import pandas as pd
>>> per_account(pd.Series([0.5], index=[7]), "retweet_share")
userid
7    0.5
Name: retweet_share, dtype: float64
>>> clock_minutes("09:30", "start")
570
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo

import numpy as np
import pandas as pd

from ..errors import KitError
from ..timezones import parse_timezone
from ..validate import require_columns, require_utc

__all__ = [
    "check_posts",
    "check_accounts",
    "per_account",
    "for_each_account",
    "userid_array",
    "clock_minutes",
    "share_by_account",
    "timezone_argument",
]


def check_posts(posts: object, columns: Iterable[str], argument: str = "posts") -> None:
    """Check that ``posts`` is the posts table with ``userid`` and ``columns``.

    Examples
    --------
    >>> check_posts(pd.DataFrame({"userid": [1]}), ["tweet_time"])
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'posts' has no column 'tweet_time'. ...
    """
    columns = list(columns)
    require_columns(posts, argument, ["userid", *columns], table="posts")
    if "tweet_time" in columns:
        require_utc(posts["tweet_time"], argument, "tweet_time")


def check_accounts(accounts: object, columns: Iterable[str], argument: str = "accounts") -> None:
    """Check that ``accounts`` is the accounts table with ``userid`` and ``columns``.

    Examples
    --------
    >>> check_accounts(pd.DataFrame({"userid": [1], "follower_count": [0]}), ["follower_count"])
    """
    require_columns(accounts, argument, ["userid", *columns], table="accounts")


def per_account(values: pd.Series, name: str) -> pd.Series:
    """Return ``values`` named ``name`` with its index named ``userid``.

    Examples
    --------
    >>> per_account(pd.Series([3], index=[1]), "n").index.name
    'userid'
    """
    values = values.rename(name)
    values.index.name = "userid"
    return values


def for_each_account(accounts: pd.DataFrame, values, name: str, dtype=None) -> pd.Series:
    """Return ``values`` (one per row of ``accounts``, in order) as a Series indexed by ``userid``.

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [7, 9]})
    >>> for_each_account(accounts, pd.Series([True, False], index=[5, 6]), "flag").to_dict()
    {7: True, 9: False}
    """
    array = np.asarray(values, dtype=dtype)
    return per_account(pd.Series(array, index=accounts["userid"].to_numpy()), name)


def share_by_account(userids: pd.Series, flags: pd.Series, name: str) -> pd.Series:
    """Return, per account, the share of its rows where ``flags`` is true.

    Examples
    --------
    >>> share_by_account(pd.Series([1, 1, 2]), pd.Series([True, False, False]), "s").tolist()
    [0.5, 0.0]
    """
    shares = flags.astype(float).groupby(userids.to_numpy()).mean()
    return per_account(shares, name)


def userid_array(userids: object, argument: str) -> np.ndarray:
    """Turn a learner's collection of account ids into a sorted int64 array, each id once.

    Accepts a list, set, array, Index or Series of ids (for example
    ``labels.userid[labels.role == "seed"]``), a True/False Series indexed by
    userid (a detector's output: the True ones). A whole table is refused:
    passing the posts table by mistake would otherwise select everyone. The
    signals and the widgets both read their ``userids`` with it.

    Examples
    --------
    >>> userid_array({3, 1}, "seed_userids")
    array([1, 3])
    >>> userid_array(pd.Series([True, False], index=[5, 6]), "userids").tolist()
    [5]
    >>> userid_array("12", "seed_userids")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'seed_userids' should be a collection of account ids ...
    >>> userid_array([1, 2.5], "userids")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'userids' holds 2.5, which is not an account id (a whole number).
    """
    if isinstance(userids, pd.Series) and pd.api.types.is_bool_dtype(userids.dtype):
        userids = userids.index[userids.fillna(False).to_numpy(dtype=bool)]
    if isinstance(userids, (str, bytes, pd.DataFrame)) or not isinstance(userids, Iterable):
        raise KitError(
            f"The argument '{argument}' should be a collection of account ids (a list, set or Series of "
            f"userid values, or a True/False Series indexed by userid), not a {type(userids).__name__}."
        )
    values = pd.Series(list(userids), dtype=object)
    numbers = pd.to_numeric(values, errors="coerce")
    if numbers.isna().any() or (numbers % 1 != 0).any():
        bad = values[numbers.isna() | (numbers % 1 != 0)].iloc[0]
        raise KitError(f"The argument '{argument}' holds {bad!r}, which is not an account id (a whole number).")
    return np.unique(numbers.to_numpy(dtype=np.int64))


def clock_minutes(text: str, argument: str) -> int:
    """Turn ``"HH:MM"`` into minutes after midnight.

    Examples
    --------
    >>> clock_minutes("17:00", "end")
    1020
    >>> clock_minutes("5pm", "end")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'end' should be a time of day such as '09:00', not '5pm'.
    """
    try:
        hours, minutes = (int(part) for part in str(text).split(":"))
    except ValueError:
        hours, minutes = -1, -1
    if not (0 <= hours <= 24 and 0 <= minutes < 60 and hours * 60 + minutes <= 1440):
        raise KitError(f"The argument '{argument}' should be a time of day such as '09:00', not {text!r}.")
    return hours * 60 + minutes


def timezone_argument(tz: object, argument: str = "tz") -> tzinfo:
    """Parse a time zone argument; an error message names the argument.

    Examples
    --------
    >>> timezone_argument("UTC+8")
    datetime.timezone(datetime.timedelta(seconds=28800), 'UTC+08:00')
    >>> timezone_argument("Beijing")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: In the argument 'tz': 'Beijing' is not a time zone I know. ...
    """
    try:
        return parse_timezone(tz, argument)
    except KitError as problem:
        if f"'{argument}'" in str(problem):
            raise
        raise KitError(f"In the argument '{argument}': {problem}") from None
