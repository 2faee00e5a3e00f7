"""Time zones and clock positions: the shared basis of every clock signal and plot.

A time zone can be given as an IANA name (``"America/New_York"``, with its
daylight-saving changes), as ``"UTC"`` (or ``"GMT"``), as a fixed offset string
(``"UTC+8"``, ``"GMT+8"``, ``"UTC-3:30"``, ``"UTC+05:30"``, ``"UTC+5.5"``,
``"+8"``) or as a number of hours (``8``, ``-5``, ``5.5``). One parser,
:func:`parse_timezone`, reads every spelling for the whole package: scenario
files, the simulator, signals, plots and widgets, so they all accept the same
spellings and refuse the rest with the same sentence.

Examples
--------
>>> import pandas as pd
>>> from inauthentic.timezones import to_local, hour_of_week
>>> times = pd.Series(pd.to_datetime(["2026-09-07 01:30:00"], utc=True))  # a Monday
>>> to_local(times, "UTC+8").dt.hour.tolist()
[9]
>>> hour_of_week(times, 8).tolist()
[9]
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

import numpy as np
import pandas as pd

from .errors import KitError, did_you_mean

__all__ = ["parse_timezone", "to_local", "hour_of_week", "half_hour_of_day", "describe_timezone"]

_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?:(?::?(\d{2}))|(\.\d+))?$", re.IGNORECASE)

#: The offsets of the world's time zones run from UTC-12 to UTC+14.
WORLD_OFFSET_RANGE = (-12.0, 14.0)


def parse_timezone(tz: str | float | int | tzinfo, argument: str = "tz") -> tzinfo:
    """Turn a learner's description of a time zone into a ``tzinfo``.

    Parameters
    ----------
    tz : str, number or tzinfo
        ``"America/Chicago"``, ``"UTC"``, ``"UTC+8"``, ``"GMT+8"``, ``"UTC-3:30"``,
        ``"+05:30"``, ``"UTC+5.5"``, ``8`` or ``-4.5``.
    argument : str
        The parameter's name, for the error message.

    Returns
    -------
    tzinfo

    Raises
    ------
    KitError
        For a name or offset that is not a time zone.

    Examples
    --------
    >>> parse_timezone("UTC+8")
    datetime.timezone(datetime.timedelta(seconds=28800), 'UTC+08:00')
    >>> parse_timezone(-5)
    datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'UTC-05:00')
    >>> parse_timezone("GMT+5.5") == parse_timezone("UTC+05:30")
    True
    >>> parse_timezone("UTC+99")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The time zone 'UTC+99' is outside the world's range: offsets run from UTC-12 to UTC+14.
    >>> parse_timezone("America/New_Yrok")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: 'America/New_Yrok' is not a time zone I know. Did you mean 'America/New_York'? ...
    """
    if isinstance(tz, tzinfo):
        return tz
    if isinstance(tz, (int, float, np.integer, np.floating)) and not isinstance(tz, bool):
        return _fixed(_in_world_range(float(tz), tz))
    if not isinstance(tz, str):
        raise KitError(f"The argument '{argument}' should be a time zone such as 'UTC+8' or 'America/New_York', not a {type(tz).__name__}.")
    text = tz.strip()
    if text.upper() in ("UTC", "GMT", "Z"):
        return timezone.utc
    match = _OFFSET.match(text)
    if match:
        sign, hours, minutes, fraction = match.groups()
        if minutes is not None and int(minutes) >= 60:
            raise KitError(f"The time zone '{tz}' has {minutes} minutes; write minutes from 00 to 59, as in 'UTC+5:30'.")
        value = int(hours) + int(minutes or 0) / 60 + float(fraction or 0)
        return _fixed(_in_world_range(value if sign == "+" else -value, tz))
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise KitError(
            f"'{tz}' is not a time zone I know.{did_you_mean(text, sorted(available_timezones()))} "
            f"Use a name such as 'America/New_York', 'UTC', an offset such as 'UTC+8', or a number of hours."
        ) from None


def _in_world_range(hours: float, given: object) -> float:
    low, high = WORLD_OFFSET_RANGE
    if not low <= hours <= high:
        raise KitError(f"The time zone '{given}' is outside the world's range: offsets run from UTC-12 to UTC+14.")
    return hours


def _fixed(hours: float) -> timezone:
    minutes = int(round(hours * 60))
    sign = "+" if minutes >= 0 else "-"
    name = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return timezone(timedelta(minutes=minutes), name)


def describe_timezone(tz: str | float | int | tzinfo) -> str:
    """Return a short label for a time zone, for titles and tables.

    Examples
    --------
    >>> describe_timezone(8)
    'UTC+08:00'
    >>> describe_timezone("America/Chicago")
    'America/Chicago'
    """
    parsed = parse_timezone(tz)
    return str(getattr(parsed, "key", None) or parsed.tzname(None))


def to_local(times: pd.Series, tz: str | float | int | tzinfo) -> pd.Series:
    """Convert tz-aware timestamps to local wall-clock time in ``tz``.

    Examples
    --------
    >>> t = pd.Series(pd.to_datetime(["2026-07-01 16:00", "2026-12-01 16:00"], utc=True))
    >>> to_local(t, "America/New_York").dt.hour.tolist()  # summer and winter time
    [12, 11]
    """
    if getattr(times.dt, "tz", None) is None:
        raise KitError(
            "These times have no time zone, so their hour is ambiguous. If they are UTC, "
            "call .dt.tz_localize('UTC') on them first."
        )
    return times.dt.tz_convert(parse_timezone(tz))


def hour_of_week(times: pd.Series, tz: str | float | int | tzinfo = "UTC") -> pd.Series:
    """Return the hour of the week, 0 (Monday 00:00) to 167 (Sunday 23:00), in ``tz``.

    Examples
    --------
    >>> t = pd.Series(pd.to_datetime(["2026-09-06 23:30"], utc=True))  # Sunday in UTC
    >>> hour_of_week(t, "UTC").tolist(), hour_of_week(t, "UTC+8").tolist()
    ([167], [7])
    """
    local = to_local(times, tz)
    return (local.dt.day_of_week * 24 + local.dt.hour).astype("int64")


def half_hour_of_day(times: pd.Series, tz: str | float | int | tzinfo = "UTC") -> pd.Series:
    """Return the half-hour slot of the day, 0 (00:00–00:29) to 47, in ``tz``.

    Thirty-minute bins are the usual resolution of activity histograms.

    Examples
    --------
    >>> t = pd.Series(pd.to_datetime(["2026-09-07 04:45"], utc=True))
    >>> half_hour_of_day(t, 8).tolist()  # 12:45 in UTC+8
    [25]
    """
    local = to_local(times, tz)
    return (local.dt.hour * 2 + local.dt.minute // 30).astype("int64")
