"""A covert operation's working schedule: its time zone, workweek, holidays and office hours.

Operators post like office workers: on working days, inside office
windows (with a lunch lull if the scenario says so), in *their* time zone,
with a trickle at other times and on days off. A campaign section of a
scenario (``[campaign_a]``, ``[campaign_b]``) describes it with
``timezone``, ``office_windows``, ``off_hours_weight``, ``workweek``,
``weekend_weight``, ``holidays``, ``holiday_weight`` and ``extra_workdays``.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.office import OfficeSchedule
>>> from inauthentic.simulate.scenario import load_scenario, apply_scale
>>> from inauthentic.simulate.world import World
>>> world = World.from_scenario(apply_scale(load_scenario("tiny")))
>>> schedule = OfficeSchedule.from_settings(world, world.scenario["campaign_a"])
>>> holiday = world.period.day_index("2026-10-02")      # a Friday in the National Day holiday
>>> bool(schedule.working[holiday]), bool(schedule.working[holiday + 6])   # and 8 October, a Thursday
(False, True)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from ..timezones import parse_timezone
from .clock import calendar_weights, cumulative, draw_times, parse_clock, sample_days, window_profile

__all__ = ["OfficeSchedule", "local_creation_times"]


@dataclass
class OfficeSchedule:
    """When an operation's staff post.

    Attributes
    ----------
    zone : int
        Row of the operation's time zone in the world's clock.
    weights : float array
        Each day's weight (1 on working days).
    working : bool array
        Whether each day is a working day.
    day_cdf : float array
        Cumulative day weights, for sampling days.
    minute_cdf : float array
        Cumulative office-hours weights by local minute.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> schedule = OfficeSchedule.from_settings(world, world.scenario["campaign_b"])
    >>> int(schedule.working.sum()) < world.period.n_days
    True
    """

    world: object
    zone: int
    weights: np.ndarray
    working: np.ndarray
    day_cdf: np.ndarray
    minute_cdf: np.ndarray

    @classmethod
    def from_settings(cls, world, settings: dict) -> OfficeSchedule:
        """Build the schedule from a campaign's settings.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> OfficeSchedule.from_settings(world, world.scenario["campaign_a"]).zone == world.clock.zone_index("Asia/Shanghai")
        True
        """
        weights, working = calendar_weights(
            world.period,
            settings["workweek"],
            settings["weekend_weight"],
            settings["holidays"],
            settings["holiday_weight"],
            settings["extra_workdays"],
        )
        minutes = window_profile(settings["office_windows"], settings["off_hours_weight"])
        return cls(world, world.clock.zone_index(settings["timezone"]), weights, working, cumulative(weights), cumulative(minutes))

    def workdays(self) -> np.ndarray:
        """Return the indices of working days.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> schedule = OfficeSchedule.from_settings(world, world.scenario["campaign_a"])
        >>> str(world.period.days()[schedule.workdays()[0]])
        '2026-09-24'
        """
        return np.flatnonzero(self.working)

    def days(self, rng: np.random.Generator, first_day: np.ndarray) -> np.ndarray:
        """Draw a day for each post, weighted by the calendar, not before ``first_day``.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> schedule = OfficeSchedule.from_settings(world, world.scenario["campaign_a"])
        >>> bool(schedule.working[schedule.days(world.rng("doc"), np.zeros(100, int))].mean() > 0.8)
        True
        """
        return sample_days(rng, self.day_cdf, first_day)

    def times(self, rng: np.random.Generator, day: np.ndarray) -> np.ndarray:
        """Draw a UTC time in office hours (local) on each given day.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> schedule = OfficeSchedule.from_settings(world, world.scenario["campaign_a"])
        >>> hour = (schedule.times(world.rng("doc"), np.zeros(200, int)) % 86400) // 3600
        >>> bool(((hour >= 0) & (hour < 9)).mean() > 0.9)      # 08:50-17:00 at UTC+8
        True
        """
        day = np.asarray(day, dtype=np.int64)
        return draw_times(rng, self.world.clock, day, [self.minute_cdf], np.zeros(len(day), dtype=np.int64), np.full(len(day), self.zone))

    def at(self, day: np.ndarray, clock_time: str, extra_seconds: np.ndarray | int = 0) -> np.ndarray:
        """Return the UTC time of a local clock time (``"08:50"``) on each day.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> schedule = OfficeSchedule.from_settings(world, world.scenario["campaign_a"])
        >>> int(schedule.at(np.array([0]), "08:00")[0] - world.period.start_s)   # 08:00 Beijing is midnight UTC
        0
        """
        day = np.asarray(day, dtype=np.int64)
        local = self.world.period.day_start(day) + parse_clock(clock_time) * 60 + extra_seconds
        return self.world.clock.to_utc(local, np.full(len(day), self.zone))

    def active_days(self, first_day: np.ndarray) -> np.ndarray:
        """Return the sum of day weights from each ``first_day`` to the end.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> schedule = OfficeSchedule.from_settings(world, world.scenario["campaign_a"])
        >>> float(schedule.active_days(np.array([world.period.n_days]))[0])
        0.0
        """
        tail = np.concatenate([np.cumsum(self.weights[::-1])[::-1], [0.0]])
        return tail[np.clip(first_day, 0, len(self.weights))]


def local_creation_times(rng: np.random.Generator, days: list[str], zone: str, n: int, start: str = "09:00", end: str = "17:00") -> np.ndarray:
    """Draw account-creation times (UTC seconds) on the given dates, in local office hours.

    Used for creation *bursts*: many accounts made on the same few days.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> t = local_creation_times(stream(1, "doc"), ["2026-06-23"], "Asia/Shanghai", 50)
    >>> hours = (t % 86400) // 3600
    >>> int(hours.min()) >= 1 and int(hours.max()) < 9
    True
    """
    info = parse_timezone(zone)
    offsets = np.array([int(dt.datetime.fromisoformat(day).replace(hour=12, tzinfo=info).utcoffset().total_seconds()) for day in days])
    day_index = rng.integers(0, len(days), n)
    midnight = np.array([np.datetime64(day, "s").astype(np.int64) for day in days])[day_index]
    minute = rng.integers(parse_clock(start), parse_clock(end), n)
    return midnight + minute * 60 + rng.integers(0, 60, n) - offsets[day_index]
