"""Clock signals: when an account posts, in a time zone of your choosing.

People post when they are awake; operators post when they are at work.
Reporting on "spamouflage" found accounts active from about 08:50 to 17:00
Beijing time on weekdays, quiet over lunch, at weekends and on Chinese
holidays (Commentary 2024; ASPI 2020; Meta 2023: see docs/sources.md). The same shape in another time
zone is someone else's working day, and night-shift workers, news desks and
people abroad make ordinary accounts look "wrong" for their stated location.

Times are read in the zone ``tz`` (an IANA name, ``"UTC+8"``, or a number of
hours; see :mod:`inauthentic.timezones`). Windows are ``"HH:MM"`` strings and
include their start, not their end.

The last two functions *search* for the time zone instead of testing a guess:
:func:`office_hours_fit_by_offset` scores every UTC offset for how well a
group's posts fit a working week, and :func:`best_working_timezone` returns the
best one.

Examples
--------
>>> import pandas as pd
>>> from inauthentic.signals.clock import office_hours_share
>>> posts = pd.DataFrame({"userid": [1, 1], "tweet_time": pd.to_datetime(
...     ["2026-09-07 02:00", "2026-09-07 12:00"], utc=True)})  # a Monday
>>> office_hours_share(posts, "UTC+8").tolist()  # 10:00 and 20:00 in Beijing
[0.5]
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..errors import KitError
from ..timezones import describe_timezone, hour_of_week, to_local
from ._common import check_posts, clock_minutes, per_account, share_by_account, timezone_argument, userid_array

__all__ = [
    "hour_of_week_shares",
    "office_hours_share",
    "lunch_dip",
    "weekend_share",
    "hour_of_day_entropy",
    "posts_per_day",
    "holiday_share",
    "golden_week",
    "office_hours_fit_by_offset",
    "best_working_timezone",
]

#: UTC offsets searched by default: every whole hour in use in the world.
ALL_OFFSETS = range(-12, 15)
#: The working day the office-hours signals test by default, local time (start included, end not).
OFFICE_HOURS = ("09:00", "17:00")
#: The lunch break :func:`lunch_dip` tests by default, local time.
LUNCH_HOURS = ("12:00", "13:30")


def _local_clock(posts: pd.DataFrame, tz) -> pd.DataFrame:
    """Return each post's ``userid``, ``weekday`` (True Monday to Friday) and local ``minute`` of the day."""
    local = to_local(posts["tweet_time"], timezone_argument(tz))
    return pd.DataFrame(
        {
            "userid": posts["userid"].to_numpy(),
            "weekday": local.dt.day_of_week.to_numpy() < 5,
            "minute": (local.dt.hour * 60 + local.dt.minute).to_numpy(),
        }
    )


def _in_window(minutes: pd.Series, start: int, end: int) -> pd.Series:
    """True for minutes in [start, end); a window such as 22:00–06:00 wraps past midnight."""
    if start <= end:
        return (minutes >= start) & (minutes < end)
    return (minutes >= start) | (minutes < end)


def _office_share(clock: pd.DataFrame, start: int, end: int, weekdays_only: bool) -> pd.Series:
    inside = _in_window(clock["minute"], start, end)
    if weekdays_only:
        inside &= clock["weekday"]
    return share_by_account(clock["userid"], inside, "office_hours_share")


def _lunch_dip(clock: pd.DataFrame, start: int, end: int) -> pd.Series:
    length = end - start
    weekday = clock[clock["weekday"]]
    lunch = _in_window(weekday["minute"], start, end)
    around = _in_window(weekday["minute"], start - length, start) | _in_window(weekday["minute"], end, end + length)
    # "around" spans twice the lunch window, so half its count is the same-length rate.
    counts = pd.DataFrame({"lunch": lunch, "around": around / 2}).groupby(weekday["userid"].to_numpy()).sum()
    dip = (counts["around"] - counts["lunch"]) / (counts["around"] + counts["lunch"])
    return per_account(dip.reindex(pd.unique(clock["userid"])), "lunch_dip")


def hour_of_week_shares(posts: pd.DataFrame, tz="UTC") -> pd.DataFrame:
    """Each account's share of posts in each of the 168 hours of the week.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    tz : str, number or tzinfo, default ``"UTC"``
        The time zone the hours are read in.

    Returns
    -------
    DataFrame
        One row per ``userid``, columns 0 (Monday 00:00) to 167 (Sunday
        23:00); each row sums to 1.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1], "tweet_time": pd.to_datetime(
    ...     ["2026-09-07 01:30", "2026-09-07 01:45"], utc=True)})
    >>> shares = hour_of_week_shares(posts, "UTC+8")
    >>> shares.shape, float(shares.loc[1, 9])
    ((1, 168), 1.0)
    """
    check_posts(posts, ["tweet_time"])
    hours = hour_of_week(posts["tweet_time"], timezone_argument(tz))
    counts = pd.crosstab(posts["userid"].to_numpy(), hours.to_numpy()).reindex(columns=range(168), fill_value=0)
    shares = counts.div(counts.sum(axis=1), axis=0)
    shares.index.name, shares.columns.name = "userid", "hour_of_week"
    return shares


def office_hours_share(posts: pd.DataFrame, tz, start: str = OFFICE_HOURS[0], end: str = OFFICE_HOURS[1],
                       weekdays_only: bool = True) -> pd.Series:
    """Share of an account's posts made inside office hours in ``tz``.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    tz : str, number or tzinfo
        The time zone whose office hours are tested, e.g. ``"UTC+8"``.
    start, end : str, default ``"09:00"`` and ``"17:00"``
        The working day, local time.
    weekdays_only : bool, default True
        Count only Monday to Friday as office hours.

    Returns
    -------
    Series
        ``office_hours_share`` between 0 and 1. A uniform poster scores
        8/24 x 5/7 = 0.24.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1, 1], "tweet_time": pd.to_datetime(
    ...     ["2026-09-07 14:00", "2026-09-07 23:00", "2026-09-12 14:00"], utc=True)})  # Mon, Mon, Sat
    >>> office_hours_share(posts, "America/New_York").round(3).tolist()
    [0.333]
    >>> office_hours_share(posts, "UTC-4", weekdays_only=False).round(3).tolist()
    [0.667]
    """
    check_posts(posts, ["tweet_time"])
    opening, closing = clock_minutes(start, "start"), clock_minutes(end, "end")
    return _office_share(_local_clock(posts, tz), opening, closing, weekdays_only)


def lunch_dip(posts: pd.DataFrame, tz, start: str = LUNCH_HOURS[0], end: str = LUNCH_HOURS[1]) -> pd.Series:
    """How much quieter an account is over lunch than just before and after, on weekdays.

    The rate of posts in the lunch window is compared with the rate in two
    windows of the same length either side (by default 10:30–12:00 and
    13:30–15:00): ``dip = (around - lunch) / (around + lunch)``, with both
    rates per minute. 1 means silent at lunch, 0 no change, -1 posting only
    at lunch (as many genuine office workers do).

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    tz : str, number or tzinfo
        The time zone whose lunch hour is tested.
    start, end : str, default ``"12:00"`` and ``"13:30"``
        The lunch window, local time.

    Returns
    -------
    Series
        ``lunch_dip`` between -1 and 1; NaN for accounts with no weekday post
        in any of the three windows.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1, 1], "tweet_time": pd.to_datetime(
    ...     ["2026-09-07 11:00", "2026-09-07 14:00", "2026-09-07 12:30"], utc=True)})
    >>> lunch_dip(posts, "UTC").tolist()  # one post in 90 lunch minutes, two in 180 around
    [0.0]
    >>> lunch_dip(posts.iloc[:2], "UTC").tolist()
    [1.0]
    """
    check_posts(posts, ["tweet_time"])
    opening, closing = clock_minutes(start, "start"), clock_minutes(end, "end")
    if closing <= opening:
        raise KitError(f"The lunch window should end after it starts, but start={start!r} and end={end!r}.")
    return _lunch_dip(_local_clock(posts, tz), opening, closing)


def weekend_share(posts: pd.DataFrame, tz) -> pd.Series:
    """Share of an account's posts made on Saturday or Sunday in ``tz``.

    A uniform poster scores 2/7 = 0.29; an office-hours operation much less.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1], "tweet_time": pd.to_datetime(
    ...     ["2026-09-11 20:00", "2026-09-12 10:00"], utc=True)})  # Friday, Saturday in UTC
    >>> weekend_share(posts, "UTC").tolist(), weekend_share(posts, "UTC+8").tolist()
    ([0.5], [1.0])
    """
    check_posts(posts, ["tweet_time"])
    clock = _local_clock(posts, tz)
    return share_by_account(clock["userid"], ~clock["weekday"], "weekend_share")


def hour_of_day_entropy(posts: pd.DataFrame) -> pd.Series:
    """How evenly an account spreads its posts over the 24 hours of the day.

    Normalised Shannon entropy of the hour-of-day histogram: 0 when every
    post falls in the same hour, 1 when all 24 hours are equally used. A
    working-day schedule (8 to 9 busy hours) scores about 0.7, a person
    awake 16 hours about 0.85, a bot posting around the clock about 1. It
    does not depend on the time zone (a whole-hour shift moves the bars, not
    their heights). Accounts with a handful of posts score low by chance.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1, 2, 2], "tweet_time": pd.to_datetime(
    ...     ["2026-09-07 09:00", "2026-09-08 09:30", "2026-09-07 09:00", "2026-09-07 21:00"], utc=True)})
    >>> hour_of_day_entropy(posts).round(3).tolist()
    [0.0, 0.218]
    """
    check_posts(posts, ["tweet_time"])
    counts = pd.crosstab(posts["userid"].to_numpy(), posts["tweet_time"].dt.hour.to_numpy())
    shares = counts.div(counts.sum(axis=1), axis=0).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(shares > 0, -shares * np.log(shares), 0.0)
    return per_account(pd.Series(terms.sum(axis=1) / np.log(24), index=counts.index), "hour_of_day_entropy")


def posts_per_day(posts: pd.DataFrame) -> pd.DataFrame:
    """Median and maximum number of posts per calendar day (UTC), over the days an account posted.

    DFRLab's rule of thumb: 72 posts a day is suspicious, 144 highly
    suspicious (DFRLab's rule of thumb). Busy genuine posters cross it too.

    Returns
    -------
    DataFrame
        ``posts_per_day_median`` (float) and ``posts_per_day_max`` (int).

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1, 1, 1], "tweet_time": pd.to_datetime(
    ...     ["2026-09-07 09:00", "2026-09-07 10:00", "2026-09-07 11:00", "2026-09-09 09:00"], utc=True)})
    >>> posts_per_day(posts)
            posts_per_day_median  posts_per_day_max
    userid
    1                        2.0                  3
    """
    check_posts(posts, ["tweet_time"])
    daily = posts.groupby([posts["userid"], posts["tweet_time"].dt.floor("D")]).size()
    summary = daily.groupby(level=0).agg(["median", "max"])
    summary.columns = ["posts_per_day_median", "posts_per_day_max"]
    summary.index.name = "userid"
    return summary.astype({"posts_per_day_median": float, "posts_per_day_max": np.int64})


def golden_week(posts: pd.DataFrame) -> list[str]:
    """Return 1–7 October (China's National Day holiday) of every year the posts cover.

    Examples
    --------
    >>> golden_week(pd.DataFrame({"tweet_time": pd.to_datetime(["2026-09-30 10:00"], utc=True)}))[:2]
    ['2026-10-01', '2026-10-02']
    """
    years = sorted(set(posts["tweet_time"].dt.year)) if len(posts) else []
    return [f"{year}-10-0{day}" for year in years for day in range(1, 8)]


def holiday_share(posts: pd.DataFrame, holidays: Iterable[str], tz) -> pd.Series:
    """Share of an account's posts made on the given dates (local dates in ``tz``).

    An office takes its holidays: reporting saw activity drop over Chinese
    holidays (Meta 2023). Compare with the share of the collection
    period those days make up (a week out of ten is 0.1); people who work
    shifts or post for fun keep posting.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    holidays : iterable of str
        Dates such as ``"2026-10-01"`` (see :func:`golden_week`).
    tz : str, number or tzinfo
        The time zone the dates are read in.

    Returns
    -------
    Series
        ``holiday_share`` between 0 and 1.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1], "tweet_time": pd.to_datetime(
    ...     ["2026-09-30 17:00", "2026-09-29 17:00"], utc=True)})
    >>> holiday_share(posts, ["2026-10-01"], "UTC+8").tolist()  # 01:00 on 1 October in Beijing
    [0.5]
    """
    check_posts(posts, ["tweet_time"])
    days = pd.to_datetime(pd.Series(list(holidays), dtype=object), errors="coerce")
    if days.isna().any():
        raise KitError("The argument 'holidays' should hold dates such as '2026-10-01'.")
    local_day = to_local(posts["tweet_time"], timezone_argument(tz)).dt.tz_localize(None).dt.normalize()
    return share_by_account(posts["userid"], local_day.isin(days.dt.normalize()), "holiday_share")


def _select_posts(posts: pd.DataFrame, userids) -> pd.DataFrame:
    if userids is None:
        return posts
    chosen = posts[posts["userid"].isin(userid_array(userids, "userids"))]
    if chosen.empty:
        raise KitError("None of the accounts in 'userids' has a post in 'posts'; check that the ids come from the same data set.")
    return chosen


def office_hours_fit_by_offset(
    posts: pd.DataFrame,
    userids: Iterable | None = None,
    offsets: Iterable[float] = ALL_OFFSETS,
    start: str = OFFICE_HOURS[0],
    end: str = OFFICE_HOURS[1],
) -> pd.DataFrame:
    """For each UTC offset, how well do the posts of a group fit a working week there?

    The posts of ``userids`` (all accounts if ``None``) are pooled and read at
    every offset in turn. A group run from an office has one offset where
    almost all of its posts land in weekday office hours, the lunch hour is
    quiet and weekends are empty; a genuine crowd has none.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    userids : collection of int, optional
        The accounts to pool (for example a suspected network).
    offsets : iterable of numbers, default -12 to +14
        UTC offsets in hours (half hours such as 5.5 work too).
    start, end : str, default ``"09:00"`` and ``"17:00"``
        The working day, local time.

    Returns
    -------
    DataFrame
        Indexed by ``offset``: ``timezone`` (its label),
        ``office_hours_share`` (share of all posts in weekday office hours,
        the fit used by :func:`best_working_timezone`), ``weekend_share``,
        ``lunch_dip`` (see :func:`lunch_dip`) and ``night_share`` (share
        between 00:00 and 06:00).

    Examples
    --------
    >>> times = pd.date_range("2026-09-07 01:00", periods=40, freq="12min", tz="UTC")  # 09:00-16:48 in UTC+8
    >>> fit = office_hours_fit_by_offset(pd.DataFrame({"userid": 1, "tweet_time": times}))
    >>> fit.loc[[0, 7, 8], ["timezone", "office_hours_share", "weekend_share"]]
             timezone  office_hours_share  weekend_share
    offset
    0       UTC+00:00               0.000            0.0
    7       UTC+07:00               0.875            0.0
    8       UTC+08:00               1.000            0.0
    """
    check_posts(posts, ["tweet_time"])
    pooled = _select_posts(posts, userids).assign(userid=0)
    opening, closing = clock_minutes(start, "start"), clock_minutes(end, "end")
    rows = []
    for offset in offsets:  # a few dozen offsets: a loop is clearest
        clock = _local_clock(pooled, offset)
        rows.append(
            {
                "offset": offset,
                "timezone": describe_timezone(offset),
                "office_hours_share": _office_share(clock, opening, closing, True).iloc[0],
                "weekend_share": 1 - clock["weekday"].mean(),
                "lunch_dip": _lunch_dip(clock, 12 * 60, 13 * 60 + 30).iloc[0],
                "night_share": _in_window(clock["minute"], 0, 6 * 60).mean(),
            }
        )
    return pd.DataFrame(rows).set_index("offset")


def best_working_timezone(posts: pd.DataFrame, userids: Iterable | None = None, offsets: Iterable[float] = ALL_OFFSETS) -> float:
    """The UTC offset at which a group's posts best fit a 09:00–17:00 working week.

    It is the offset with the largest ``office_hours_share`` in
    :func:`office_hours_fit_by_offset`. Always look at that table too: there
    is always a "best" offset, but only a group that really keeps office
    hours fits it well (Campaign A: over 0.9 of its posts; genuine US users:
    well under half, at an offset that puts their evenings in "office
    hours"). US night-shift workers fit Beijing too. Finding an office
    schedule in a time zone says *when* people worked, not *who* they are.

    Returns
    -------
    int or float
        The offset in hours (turn it into a label with
        :func:`inauthentic.timezones.describe_timezone`).

    Examples
    --------
    >>> times = pd.date_range("2026-09-07 01:00", periods=40, freq="12min", tz="UTC")
    >>> best_working_timezone(pd.DataFrame({"userid": 1, "tweet_time": times}))
    8
    """
    fit = office_hours_fit_by_offset(posts, userids, offsets)
    best = fit["office_hours_share"].idxmax()
    return int(best) if float(best).is_integer() else float(best)
