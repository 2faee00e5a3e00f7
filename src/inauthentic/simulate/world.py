"""The simulated platform while it is being built: accounts and posts so far.

Each population module adds a block of accounts to :class:`AccountTable`
and batches of posts to :class:`PostLog`; both keep plain numpy arrays
(one per field) and are only turned into the kit's tables at the end
(see :mod:`inauthentic.simulate.finalise`).

A post is an *original*, a *retweet* or a *reply*. Retweets and replies
point at their target by its position in the log; a retweet's text,
language, hashtags and links are copied from its target at the end.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.world import PostLog, ORIGINAL, RETWEET
>>> log = PostLog()
>>> first = log.add(author=np.array([0]), time=np.array([100]), text=np.array(["hi"], object), lang="en", client="Web App")
>>> later = log.add(author=np.array([1]), time=np.array([160]), action=RETWEET, target=first)
>>> len(log), log.arrays()["target"].tolist()
(2, [-1, 0])
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .clock import Period, ZoneClock, calendar_weights, cumulative, hourly_profile
from .rng import stream
from .text import empty_tags

__all__ = ["ORIGINAL", "RETWEET", "REPLY", "World", "AccountTable", "PostLog", "ACCOUNT_FIELDS", "POST_FIELDS"]

ORIGINAL, RETWEET, REPLY = 0, 1, 2

#: Fields of an account block, with the numpy dtype each is stored as.
ACCOUNT_FIELDS = {
    "display": object,        # user_display_name
    "handle": object,         # user_screen_name
    "location": object,       # user_reported_location
    "bio": object,            # user_profile_description
    "followers": np.int64,
    "following": np.int64,
    "created": np.int64,      # UTC seconds
    "account_language": object,
    "image": np.uint64,       # picture fingerprint; 0 is the default picture
    "kind": object,           # labels: genuine / campaign / spam
    "group": object,
    "role": object,
    "zone": np.int64,         # row in the world's ZoneClock
    "reach": float,           # weight when genuine users pick something to share
}

#: Fields of a post batch, with their dtypes.
POST_FIELDS = {
    "author": np.int64,       # row in the AccountTable
    "time": np.int64,         # UTC seconds
    "action": np.int8,        # ORIGINAL, RETWEET or REPLY
    "target": np.int64,       # position in the log of the post retweeted / replied to, -1 for none
    "lang": object,
    "text": object,
    "client": object,
    "tags": object,           # tuple of hashtags
    "urls": object,           # tuple of links
}


class _Columns:
    """Blocks of equal-length arrays, joined on demand (and cached)."""

    fields: dict = {}

    def __init__(self) -> None:
        self._blocks: list[dict[str, np.ndarray]] = []
        self._size = 0
        self._joined: dict[str, np.ndarray] | None = None

    def __len__(self) -> int:
        return self._size

    def _append(self, block: dict[str, np.ndarray]) -> np.ndarray:
        n = len(next(iter(block.values())))
        for name, values in block.items():
            if len(values) != n:
                raise ValueError(f"field {name!r} has {len(values)} values, expected {n}")
        positions = np.arange(self._size, self._size + n)
        self._blocks.append(block)
        self._size += n
        self._joined = None
        return positions

    def arrays(self) -> dict[str, np.ndarray]:
        """Return every field joined over all blocks so far."""
        if self._joined is None:
            self._joined = {
                name: np.concatenate([block[name] for block in self._blocks]) if self._blocks else np.empty(0, dtype=dtype)
                for name, dtype in self.fields.items()
            }
        return self._joined


class AccountTable(_Columns):
    """The accounts made so far; an account is known by its row number.

    Examples
    --------
    >>> len(AccountTable())
    0
    """

    fields = ACCOUNT_FIELDS

    def add(self, **block) -> np.ndarray:
        """Add a block of accounts (every field of :data:`ACCOUNT_FIELDS`) and return their rows.

        Examples
        --------
        >>> table = AccountTable()
        >>> fields = {name: np.zeros(2, dtype=dtype) for name, dtype in ACCOUNT_FIELDS.items()}
        >>> table.add(**fields).tolist()
        [0, 1]
        """
        missing = set(self.fields) - set(block)
        if missing:
            raise ValueError(f"account block lacks {sorted(missing)}")
        return self._append({name: np.asarray(block[name], dtype=dtype) for name, dtype in self.fields.items()})


class PostLog(_Columns):
    """The posts made so far; a post is known by its position in the log.

    Examples
    --------
    >>> len(PostLog())
    0
    """

    fields = POST_FIELDS

    def add(self, *, author, time, action=ORIGINAL, target=None, text=None, lang="", client="", tags=None, urls=None) -> np.ndarray:
        """Add a batch of posts and return their positions.

        Scalars (``lang``, ``client``, ``action``) apply to the whole batch;
        ``tags`` and ``urls`` are object arrays of tuples (empty by default).

        Examples
        --------
        >>> log = PostLog()
        >>> log.add(author=np.array([3, 4]), time=np.array([10, 20]), text=np.array(["a", "b"], object)).tolist()
        [0, 1]
        """
        author = np.asarray(author, dtype=np.int64)
        n = len(author)

        def full(value, dtype):
            if isinstance(value, np.ndarray):
                return value.astype(dtype, copy=False)
            result = np.empty(n, dtype=dtype)
            result[:] = value
            return result

        return self._append(
            {
                "author": author,
                "time": np.asarray(time, dtype=np.int64),
                "action": full(action, np.int8),
                "target": full(-1 if target is None else target, np.int64),
                "lang": full(lang, object),
                "text": full("" if text is None else text, object),
                "client": full(client, object),
                "tags": empty_tags(n) if tags is None else tags,
                "urls": empty_tags(n) if urls is None else urls,
            }
        )


@dataclass
class World:
    """Everything a population module needs: settings, time, and what exists so far.

    Attributes
    ----------
    scenario : dict
        The complete scenario, ``scale`` already applied.
    period : Period
    clock : ZoneClock
        Every time zone any population uses.
    accounts : AccountTable
    posts : PostLog

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> world.period.n_days
    21
    """

    scenario: dict
    period: Period
    clock: ZoneClock
    accounts: AccountTable = field(default_factory=AccountTable)
    posts: PostLog = field(default_factory=PostLog)
    members: dict = field(default_factory=dict)

    @classmethod
    def from_scenario(cls, scenario: dict) -> World:
        """Set up an empty world for a (scaled) scenario.

        Examples
        --------
        >>> from inauthentic.simulate.scenario import load_scenario, apply_scale
        >>> world = World.from_scenario(apply_scale(load_scenario("tiny")))
        >>> world.period.n_days > 7, len(world.accounts)
        (True, 0)
        """
        period = Period.from_dates(scenario["period"]["start"], scenario["period"]["end"])
        zones = list(scenario["us"]["timezones"])
        zones += [zone for settings in scenario["genuine"].values() for zone in settings.get("timezones", [])]
        zones += [scenario["campaign_a"]["timezone"], scenario["campaign_b"]["timezone"]]
        zones += [scenario["campaign_a"]["persona"]["scheduled_timezone"], *scenario["campaign_a"]["repurposed"]["old_timezones"]]
        return cls(scenario=scenario, period=period, clock=ZoneClock(zones, period))

    @classmethod
    def from_name(cls, name: str) -> World:
        """Set up an empty world for a scenario by name (scale applied); handy in examples.

        Examples
        --------
        >>> World.from_name("tiny").scenario["name"]
        'tiny'
        """
        from .scenario import apply_scale, load_scenario

        return cls.from_scenario(apply_scale(load_scenario(name)))

    def rng(self, purpose: str) -> np.random.Generator:
        """Return the random stream for ``purpose`` (see :mod:`inauthentic.simulate.rng`).

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> float(world.rng("x").random()) == float(world.rng("x").random())
        True
        """
        return stream(self.scenario["seed"], purpose)

    def remember(self, name: str, rows: np.ndarray) -> np.ndarray:
        """Record the account rows of a population (e.g. ``"public_figure"``) for later steps.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> world.remember("chosen", np.array([1, 2])).tolist()
        [1, 2]
        """
        self.members[name] = np.asarray(rows)
        return self.members[name]

    def us_calendar(self) -> tuple[np.ndarray, np.ndarray]:
        """Return the genuine users' day CDF and each day's profile (0 weekday, 1 weekend).

        Debate days and the election (and the day after) are busier.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> day_cdf, profile = world.us_calendar()
        >>> profile[:3].tolist()      # 24-26 September 2026: Thursday, Friday, Saturday
        [0, 0, 1]
        """
        period_cfg = self.scenario["period"]
        boosts = {date: period_cfg["debate_boost"] for date in period_cfg["debate_nights"]}
        election = np.datetime64(period_cfg["election_day"], "D")
        boosts[str(election)] = period_cfg["election_boost"]
        boosts[str(election + 1)] = period_cfg["election_boost"]
        weights, working = calendar_weights(self.period, ["Mon", "Tue", "Wed", "Thu", "Fri"], 1.0, boosts=boosts)
        return cumulative(weights), np.where(working, 0, 1)

    def rhythm_cdfs(self, name: str) -> list[np.ndarray]:
        """Return the weekday and weekend minute CDFs of a named rhythm.

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> [len(cdf) for cdf in world.rhythm_cdfs("us_evening")]
        [1440, 1440]
        """
        rhythm = self.scenario["rhythms"][name]
        return [cumulative(hourly_profile(rhythm["weekday"])), cumulative(hourly_profile(rhythm["weekend"]))]

    def day_of(self, utc_seconds: np.ndarray) -> np.ndarray:
        """Return the UTC day index of times (may be outside the period).

        Examples
        --------
        >>> from inauthentic.simulate.world import World
        >>> world = World.from_name("tiny")
        >>> world.day_of(np.array([world.period.start_s + 86400])).tolist()
        [1]
        """
        return (np.asarray(utc_seconds, dtype=np.int64) - self.period.start_s) // 86_400
