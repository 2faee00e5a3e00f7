"""Account and post ids shaped like the platform's real ones.

Post ids and the ids of accounts created after mid-2013 are "snowflakes": the
creation time in milliseconds, shifted left by 22 bits, plus 22 low bits
(a 10-bit worker number and a 12-bit sequence). So an id reveals when its
post or account was made, and accounts created on the same day have ids that
start alike, as on the real platform. Accounts from before mid-2013 get the
older, shorter, roughly sequential ids.

Every id is unique, at most 19 digits and below 2**63.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.ids import post_ids, snowflake_time
>>> from inauthentic.simulate.rng import stream
>>> order, ids = post_ids(stream(1, "doc"), np.array([1790000000, 1790000000, 1780000000]))
>>> int(order[0])    # the earliest post comes first
2
>>> (snowflake_time(ids) // 1000).tolist()
[1780000000, 1790000000, 1790000000]
"""

from __future__ import annotations

import numpy as np

__all__ = ["SNOWFLAKE_EPOCH_MS", "snowflake_time", "user_ids", "post_ids"]

#: Milliseconds since 1970 at which snowflake ids start counting.
SNOWFLAKE_EPOCH_MS = 1_288_834_974_657
_LEGACY_FIRST_S = 1_142_899_200  # 2006-03-21
_LEGACY_LAST_S = 1_370_044_800  # 2013-06-01: accounts from then on get snowflake ids
_LEGACY_LAST_ID = 1_480_000_000


def snowflake_time(ids: np.ndarray) -> np.ndarray:
    """Return the creation time (ms since 1970) written in snowflake ids.

    Examples
    --------
    >>> int(snowflake_time(np.array([(1_000 << 22) | 5]))[0]) - SNOWFLAKE_EPOCH_MS
    1000
    """
    return (np.asarray(ids, dtype=np.int64) >> 22) + SNOWFLAKE_EPOCH_MS


def _make_unique(ids: np.ndarray) -> np.ndarray:
    """Bump repeated ids by one until none repeat (order-independent)."""
    ids = ids.copy()
    while True:
        order = np.argsort(ids, kind="stable")
        repeated = np.zeros(len(ids), dtype=bool)
        repeated[order[1:]] = ids[order[1:]] == ids[order[:-1]]
        if not repeated.any():
            return ids
        ids[repeated] += 1


def user_ids(rng: np.random.Generator, created_s: np.ndarray) -> np.ndarray:
    """Return a unique account id for each creation time (UTC seconds).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> ids = user_ids(stream(1, "doc"), np.array([1_200_000_000, 1_780_000_000]))
    >>> [len(str(i)) for i in ids]
    [9, 19]
    """
    created_s = np.asarray(created_s, dtype=np.int64)
    n = len(created_s)
    legacy = created_s < _LEGACY_LAST_S
    fraction = (created_s - _LEGACY_FIRST_S) / (_LEGACY_LAST_S - _LEGACY_FIRST_S)
    legacy_ids = (np.clip(fraction, 0, 1) * _LEGACY_LAST_ID).astype(np.int64) + 12 + rng.integers(0, 5_000, n)
    ms = created_s * 1000 + rng.integers(0, 1000, n)
    snowflakes = ((ms - SNOWFLAKE_EPOCH_MS) << 22) | rng.integers(0, 1 << 22, n)
    return _make_unique(np.where(legacy, legacy_ids, snowflakes))


def post_ids(rng: np.random.Generator, time_s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Put posts in time order and give each a unique snowflake id.

    Each post gets a random millisecond within its second and a random worker
    number; posts are ordered by (millisecond, worker) and the 12-bit
    sequence is the position mod 4096, so two posts never share an id.

    Parameters
    ----------
    rng : numpy.random.Generator
    time_s : int64 array
        UTC seconds of each post.

    Returns
    -------
    order : int array
        Positions of the posts in time order.
    ids : int64 array
        The id of each post in that order (increasing).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> order, ids = post_ids(stream(1, "doc"), np.full(5000, 1_790_000_000))
    >>> len(np.unique(ids)), bool((np.diff(ids) > 0).all())
    (5000, True)
    """
    time_s = np.asarray(time_s, dtype=np.int64)
    n = len(time_s)
    ms = time_s * 1000 + rng.integers(0, 1000, n)
    worker = rng.integers(0, 1 << 10, n)
    order = np.lexsort((worker, ms))
    sequence = np.arange(n, dtype=np.int64) % 4096
    ids = ((ms[order] - SNOWFLAKE_EPOCH_MS) << 22) | (worker[order] << 12) | sequence
    return order, ids
