"""Timing models: the period, calendars, daily rhythms and local-to-UTC time.

A post's time is drawn in three steps, all vectorised:

1. a **day**, from the population's calendar (weekends, holidays and special
   days weigh more or less), never before the account's first active day;
2. a **minute of that local day**, from a rhythm (a weight per minute, made
   from 24 hourly weights or from office-hour windows), plus the account's
   own shift of its clock;
3. a uniform **second**; then local time is turned into UTC with the zone's
   real offset that hour (daylight saving time included), read by
   :func:`inauthentic.timezones.parse_timezone` like every zone in the kit.

All times are whole seconds since 1970-01-01 UTC in ``int64`` arrays.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.clock import Period, ZoneClock, parse_clock
>>> period = Period.from_dates("2026-10-30", "2026-11-02")
>>> period.n_days, parse_clock("08:50")
(4, 530)
>>> clock = ZoneClock(["America/New_York", "UTC+8"], period)
>>> noon = period.day_start(np.array([0, 3])) + 12 * 3600   # local noon, 30 Oct and 2 Nov
>>> (noon - clock.to_utc(noon, np.array([0, 0]))) // 3600   # daylight time (UTC-4), then standard (UTC-5)
array([-4, -5])
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ..timezones import parse_timezone

__all__ = [
    "WEEKDAYS",
    "Period",
    "ZoneClock",
    "parse_clock",
    "hourly_profile",
    "window_profile",
    "calendar_weights",
    "cumulative",
    "sample_days",
    "sample_minutes",
    "draw_times",
]

#: Weekday names as scenario files write them, Monday first (numpy's weekday 0).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_DAY = 86_400


def parse_clock(text: str) -> int:
    """Return the minutes after midnight of ``"HH:MM"``.

    Examples
    --------
    >>> parse_clock("13:30")
    810
    """
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


@dataclass(frozen=True)
class Period:
    """The days a data set covers, first and last included.

    Attributes
    ----------
    first_day : numpy.datetime64
        The first day (``datetime64[D]``).
    n_days : int
        How many days.

    Examples
    --------
    >>> Period.from_dates("2026-09-01", "2026-09-30").n_days
    30
    """

    first_day: np.datetime64
    n_days: int

    @classmethod
    def from_dates(cls, start: str, end: str) -> Period:
        """Make a period from ISO dates, both included.

        Examples
        --------
        >>> Period.from_dates("2026-09-01", "2026-11-10").n_days
        71
        """
        first = np.datetime64(start, "D")
        return cls(first, int((np.datetime64(end, "D") - first).astype(int)) + 1)

    @property
    def start_s(self) -> int:
        """First second of the period, UTC.

        Examples
        --------
        >>> Period.from_dates("1970-01-02", "1970-01-02").start_s
        86400
        """
        return int(self.first_day.astype("datetime64[s]").astype(np.int64))

    @property
    def end_s(self) -> int:
        """First second after the period, UTC.

        Examples
        --------
        >>> Period.from_dates("1970-01-02", "1970-01-02").end_s
        172800
        """
        return self.start_s + self.n_days * _DAY

    def days(self) -> np.ndarray:
        """Return every day as ``datetime64[D]``.

        Examples
        --------
        >>> str(Period.from_dates("2026-09-01", "2026-09-03").days()[-1])
        '2026-09-03'
        """
        return self.first_day + np.arange(self.n_days)

    def weekdays(self) -> np.ndarray:
        """Return each day's weekday, 0 for Monday.

        Examples
        --------
        >>> Period.from_dates("2026-09-01", "2026-09-03").weekdays()   # a Tuesday first
        array([1, 2, 3])
        """
        return (self.days().astype(np.int64) + 3) % 7

    def day_index(self, date: str) -> int:
        """Return the index of an ISO date (may fall outside the period).

        Examples
        --------
        >>> Period.from_dates("2026-09-01", "2026-11-10").day_index("2026-10-01")
        30
        """
        return int((np.datetime64(date, "D") - self.first_day).astype(int))

    def day_start(self, day: np.ndarray) -> np.ndarray:
        """Return the first second of each day index, as naive (wall-clock) seconds.

        Examples
        --------
        >>> int(Period.from_dates("2026-09-01", "2026-09-02").day_start(np.array([1]))[0] % 86400)
        0
        """
        return self.start_s + np.asarray(day, dtype=np.int64) * _DAY


class ZoneClock:
    """UTC offsets of a few time zones, hour by hour, over a period.

    Parameters
    ----------
    zones : list of str
        IANA names (``"America/Chicago"``) or fixed offsets (``"UTC+3"``).
    period : Period
        The offsets are tabulated from two days before it to three days after.

    Examples
    --------
    >>> clock = ZoneClock(["Asia/Shanghai"], Period.from_dates("2026-09-01", "2026-09-01"))
    >>> clock.zone_index("Asia/Shanghai")
    0
    """

    def __init__(self, zones: list[str], period: Period) -> None:
        self.zones = list(dict.fromkeys(zones))
        self.period = period
        self._origin = period.start_s - 2 * _DAY
        hours = (period.n_days + 5) * 24
        first = dt.datetime(1970, 1, 1) + dt.timedelta(seconds=self._origin)
        table = np.zeros((len(self.zones), hours), dtype=np.int64)
        for row, zone in enumerate(self.zones):
            info = parse_timezone(zone)
            for hour in range(hours):
                wall = (first + dt.timedelta(hours=hour)).replace(tzinfo=info)
                table[row, hour] = int(wall.utcoffset().total_seconds())
        self._offsets = table

    def zone_index(self, zone: str) -> int:
        """Return the row of ``zone`` (it must be one given at creation).

        Examples
        --------
        >>> ZoneClock(["UTC+3", "UTC+8"], Period.from_dates("2026-09-01", "2026-09-01")).zone_index("UTC+8")
        1
        """
        return self.zones.index(zone)

    def to_utc(self, local: np.ndarray, zone: np.ndarray) -> np.ndarray:
        """Turn naive local seconds into UTC seconds.

        Parameters
        ----------
        local : int64 array
            Wall-clock time written as if it were UTC seconds.
        zone : int array
            Each time's zone row (see :meth:`zone_index`).

        Examples
        --------
        >>> clock = ZoneClock(["UTC+8"], Period.from_dates("2026-09-01", "2026-09-01"))
        >>> int(clock.to_utc(np.array([clock.period.start_s + 9 * 3600]), np.array([0]))[0] - clock.period.start_s)
        3600
        """
        hour = (np.asarray(local, dtype=np.int64) - self._origin) // 3600
        hour = np.clip(hour, 0, self._offsets.shape[1] - 1)
        return np.asarray(local, dtype=np.int64) - self._offsets[np.asarray(zone), hour]


def hourly_profile(weights: list[float]) -> np.ndarray:
    """Spread 24 hourly weights over the 1,440 minutes of a day.

    Examples
    --------
    >>> hourly_profile([1.0] * 24).shape
    (1440,)
    """
    return np.repeat(np.asarray(weights, dtype=float), 60)


def window_profile(windows: list, off_weight: float, length: int = 1440) -> np.ndarray:
    """Make a per-minute profile from ``[from, to, weight]`` windows.

    A window may cross midnight (``["21:00", "04:30", 1.0]``); the profile
    is then two days long so the night stays attached to the day it began.

    Examples
    --------
    >>> profile = window_profile([["08:50", "12:00", 1.0], ["12:00", "13:30", 0.1]], 0.0)
    >>> [float(profile[parse_clock(t)]) for t in ("09:00", "12:30", "20:00")]
    [1.0, 0.1, 0.0]
    """
    profile = np.full(length, float(off_weight))
    for start, end, weight in windows:
        first, last = parse_clock(start), parse_clock(end)
        if last <= first:
            last += 1440
        if last > length:
            profile = np.concatenate([profile, np.full(last - length, float(off_weight))])
            length = last
        profile[first:last] = float(weight)
    return profile


def calendar_weights(
    period: Period,
    workweek: list[str],
    weekend_weight: float,
    holidays: list[str] = (),
    holiday_weight: float = 1.0,
    extra_workdays: list[str] = (),
    boosts: dict[str, float] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Return each day's weight and whether it is a working day.

    Parameters
    ----------
    period : Period
    workweek : list of str
        Working weekdays, e.g. ``["Mon", "Tue", "Wed", "Thu", "Fri"]``.
    weekend_weight : float
        Weight of a day off (a working day weighs 1).
    holidays, extra_workdays : list of str
        ISO dates off, and weekend dates worked.
    holiday_weight : float
        Weight of a holiday.
    boosts : dict, optional
        ``{date: factor}`` multiplying single days (debates, election).

    Examples
    --------
    >>> weights, working = calendar_weights(Period.from_dates("2026-10-01", "2026-10-04"), ["Mon", "Tue", "Wed", "Thu", "Fri"], 0.1, ["2026-10-01"], 0.05)
    >>> weights.tolist(), working.tolist()
    ([0.05, 1.0, 0.1, 0.1], [False, True, False, False])
    """
    working_days = [WEEKDAYS.index(name) for name in workweek]
    working = np.isin(period.weekdays(), working_days)
    for date in extra_workdays:
        index = period.day_index(date)
        if 0 <= index < period.n_days:
            working[index] = True
    weights = np.where(working, 1.0, float(weekend_weight))
    for date in holidays:
        index = period.day_index(date)
        if 0 <= index < period.n_days:
            working[index] = False
            weights[index] = float(holiday_weight)
    for date, factor in (boosts or {}).items():
        index = period.day_index(date)
        if 0 <= index < period.n_days:
            weights[index] *= factor
    return weights, working


def cumulative(weights: np.ndarray) -> np.ndarray:
    """Return the normalised cumulative sum, for inverse-CDF sampling.

    Examples
    --------
    >>> cumulative(np.array([1.0, 3.0])).tolist()
    [0.25, 1.0]
    """
    total = np.cumsum(np.asarray(weights, dtype=float))
    return total / total[-1]


def sample_days(rng: np.random.Generator, day_cdf: np.ndarray, first_day: np.ndarray) -> np.ndarray:
    """Draw one day per element, never before its ``first_day``.

    Parameters
    ----------
    rng : numpy.random.Generator
    day_cdf : array
        :func:`cumulative` of the calendar weights.
    first_day : int array
        Earliest allowed day index per draw (0 for the whole period).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> days = sample_days(stream(1, "doc"), cumulative(np.ones(10)), np.full(1000, 7))
    >>> int(days.min()), int(days.max())
    (7, 9)
    """
    first_day = np.clip(np.asarray(first_day, dtype=np.int64), 0, len(day_cdf) - 1)
    before = np.concatenate([[0.0], day_cdf])[first_day]
    u = before + rng.random(len(first_day)) * (1.0 - before)
    return np.minimum(np.searchsorted(day_cdf, u, side="right"), len(day_cdf) - 1)


def sample_minutes(rng: np.random.Generator, minute_cdf: np.ndarray, n: int) -> np.ndarray:
    """Draw ``n`` minutes of the day from a profile's CDF.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> minutes = sample_minutes(stream(1, "doc"), cumulative(window_profile([["09:00", "10:00", 1.0]], 0.0)), 500)
    >>> int(minutes.min()) >= 540 and int(minutes.max()) < 600
    True
    """
    return np.minimum(np.searchsorted(minute_cdf, rng.random(n), side="right"), len(minute_cdf) - 1)


def draw_times(
    rng: np.random.Generator,
    clock: ZoneClock,
    day: np.ndarray,
    profile_cdfs: list[np.ndarray],
    profile: np.ndarray,
    zone: np.ndarray,
    shift_minutes: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Draw a UTC time for each post on its local day, from its rhythm.

    Parameters
    ----------
    rng : numpy.random.Generator
    clock : ZoneClock
    day : int array
        Local day index of each post.
    profile_cdfs : list of arrays
        Per-minute CDFs (see :func:`cumulative`), e.g. ``[weekday, weekend]``.
    profile : int array
        Which of them each post follows (often ``profile_of_day[day]``).
    zone : int array
        Zone row of each post.
    shift_minutes : float or array
        Added to each drawn local time (an account's chronotype).

    Returns
    -------
    int64 array
        UTC seconds.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> period = Period.from_dates("2026-09-01", "2026-09-07")
    >>> clock = ZoneClock(["UTC+8"], period)
    >>> office = cumulative(window_profile([["09:00", "17:00", 1.0]], 0.0))
    >>> utc = draw_times(stream(1, "doc"), clock, np.zeros(100, int), [office], np.zeros(100, int), np.zeros(100, int))
    >>> hours = (utc - period.start_s) // 3600
    >>> int(hours.min()) >= 1 and int(hours.max()) < 9    # 09:00-17:00 at UTC+8
    True
    """
    day = np.asarray(day, dtype=np.int64)
    profile = np.asarray(profile)
    minute = np.zeros(len(day), dtype=np.int64)
    for kind, cdf in enumerate(profile_cdfs):
        chosen = profile == kind
        minute[chosen] = sample_minutes(rng, cdf, int(chosen.sum()))
    second = rng.integers(0, 60, len(day))
    shift = np.rint(np.asarray(shift_minutes, dtype=float) * 60).astype(np.int64)
    local = clock.period.day_start(day) + minute * 60 + second + shift
    return clock.to_utc(local, zone)
