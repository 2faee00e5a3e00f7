"""How genuine users pick what to retweet or reply to.

A user acting at time *t* picks a post published in a recent window before
*t*, in the language they are writing in, with probability proportional to
the author's popularity (followers to a power, times the author's ``reach``;
campaign seeds get a small reach, other campaign and spam accounts none).
So popular accounts get most retweets, Chinese speakers mostly retweet
Chinese posts, and every retweet comes after its original.

All choices are vectorised: originals are sorted by time per language, and a
weighted draw inside ``[t - window, t)`` is an inverse-CDF lookup in the
cumulative weights.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.sharing import SharingPool
>>> from inauthentic.simulate.rng import stream
>>> pool = SharingPool(time=np.array([10, 20, 30]), lang=np.array(["en", "en", "zh"], object),
...                    weight=np.array([1.0, 0.0, 1.0]), positions=np.array([0, 1, 2]))
>>> pool.choose(stream(1, "doc"), np.array([25, 25, 5]), np.array(["en", "zh", "en"], object), 100).tolist()
[0, -1, -1]
"""

from __future__ import annotations

import numpy as np

__all__ = ["SharingPool", "pool_from_world", "window_seconds"]


class SharingPool:
    """Posts that can be shared, by language, sorted by time with cumulative weights.

    Parameters
    ----------
    time : int array
        Post times (UTC seconds).
    lang : object array
        Post languages.
    weight : float array
        How likely each post is to be picked (0: never).
    positions : int array
        The posts' positions in the post log (what :meth:`choose` returns).

    Examples
    --------
    >>> pool = SharingPool(np.array([5]), np.array(["en"], object), np.array([1.0]), np.array([9]))
    >>> pool.choose(np.random.default_rng(0), np.array([6]), np.array(["en"], object), 10).tolist()
    [9]
    """

    def __init__(self, time: np.ndarray, lang: np.ndarray, weight: np.ndarray, positions: np.ndarray) -> None:
        self._pools = {}
        usable = weight > 0
        for language in np.unique(lang[usable]).tolist():
            chosen = np.flatnonzero(usable & (lang == language))
            order = chosen[np.argsort(time[chosen], kind="stable")]
            cumulative = np.concatenate([[0.0], np.cumsum(weight[order])])
            self._pools[language] = (time[order], cumulative, positions[order])

    def choose(self, rng: np.random.Generator, time: np.ndarray, lang: np.ndarray, window: np.ndarray | int) -> np.ndarray:
        """Pick one post per request, published in ``[time - window, time)``.

        Returns the picked posts' log positions, or -1 where nothing fits.

        Examples
        --------
        >>> pool = SharingPool(np.array([5]), np.array(["en"], object), np.array([1.0]), np.array([9]))
        >>> pool.choose(np.random.default_rng(0), np.array([5]), np.array(["en"], object), 10).tolist()   # not after itself
        [-1]
        """
        n = len(time)
        window = np.broadcast_to(np.asarray(window, dtype=np.int64), (n,))
        chosen = np.full(n, -1, dtype=np.int64)
        for language, (times, cumulative, positions) in self._pools.items():
            asking = np.flatnonzero(lang == language)
            if len(asking) == 0:
                continue
            low = np.searchsorted(times, time[asking] - window[asking], side="left")
            high = np.searchsorted(times, time[asking], side="left")
            mass_low, mass_high = cumulative[low], cumulative[high]
            ok = mass_high > mass_low
            target = mass_low + rng.random(len(asking)) * (mass_high - mass_low)
            index = np.searchsorted(cumulative, target, side="right") - 1
            index = np.clip(index, low, np.maximum(high - 1, low))
            index = np.minimum(index, len(positions) - 1)
            chosen[asking[ok]] = positions[index[ok]]
        return chosen


def pool_from_world(world) -> SharingPool:
    """Build the pool of every original post in the world so far.

    Weight = author's followers ** ``sharing.popularity_exponent`` x author's reach.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> rng = world.rng("doc")
    >>> target = pool_from_world(world).choose(rng, np.array([world.period.end_s]), np.array(["en"], object), 86400)
    >>> int(target[0]) >= 0
    True
    """
    posts = world.posts.arrays()
    accounts = world.accounts.arrays()
    originals = np.flatnonzero(posts["action"] == 0)
    author = posts["author"][originals]
    exponent = world.scenario["sharing"]["popularity_exponent"]
    popularity = (accounts["followers"].astype(float) + 1.0) ** exponent * accounts["reach"]
    return SharingPool(posts["time"][originals], posts["lang"][originals], popularity[author], originals)


def window_seconds(world, rng: np.random.Generator, n: int) -> np.ndarray:
    """Draw a look-back window per action from ``sharing.window_hours`` / ``window_weights``.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from inauthentic.simulate.rng import stream
    >>> world = SimpleNamespace(scenario={"sharing": {"window_hours": [1.0], "window_weights": [1.0]}})
    >>> window_seconds(world, stream(1, "doc"), 2).tolist()
    [3600, 3600]
    """
    settings = world.scenario["sharing"]
    hours = np.asarray(settings["window_hours"], dtype=float)
    weights = np.asarray(settings["window_weights"], dtype=float)
    return (hours[rng.choice(len(hours), size=n, p=weights / weights.sum())] * 3600).astype(np.int64)
