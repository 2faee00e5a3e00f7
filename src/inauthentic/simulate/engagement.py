"""Like and retweet counts: organic for genuine users, in-network for campaigns.

A post's ``retweet_count`` is the retweets of it in the data plus those from
outside the data (which the platform counted). Genuine originals reach
outsiders in proportion to their author's followers; campaign posts almost
never do, so their engagement is what the network gives itself (as Google
TAG found for DRAGONBRIDGE). Retweet rows have zero counts.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.engagement import in_data_counts
>>> in_data_counts(np.array([-1, 0, 0, -1]), np.array([0, 1, 1, 0]), 4).tolist()
[2, 0, 0, 0]
"""

from __future__ import annotations

import numpy as np

from .world import RETWEET

__all__ = ["in_data_counts", "engagement_counts"]


def in_data_counts(target: np.ndarray, action: np.ndarray, n: int, which: int = RETWEET) -> np.ndarray:
    """Count, for each post, the posts of type ``which`` pointing at it.

    ``target`` holds final positions (-1 for none).

    Examples
    --------
    >>> in_data_counts(np.array([-1, 0]), np.array([0, 2]), 2, which=2).tolist()
    [1, 0]
    """
    chosen = (action == which) & (target >= 0)
    return np.bincount(target[chosen], minlength=n).astype(np.int64)


def engagement_counts(rng: np.random.Generator, settings: dict, accounts: dict, author: np.ndarray, action: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return ``(like_count, retweet_count)`` for posts in their final order.

    Parameters
    ----------
    settings : dict
        The scenario's ``[engagement]`` table.
    accounts : dict
        The world's account arrays (``kind``, ``role``, ``group``, ``followers``).
    author, action, target : arrays
        Each post's author row, action, and target's final position (-1 for none).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> accounts = {"kind": np.array(["genuine"], object), "role": np.array(["none"], object), "group": np.array(["ordinary"], object), "followers": np.array([10**6])}
    >>> settings = {"spread": 1.0, "retweets_per_follower": 0.0004, "likes_per_retweet": 4.0, "campaign_likes_per_retweet": 0.6}
    >>> likes, retweets = engagement_counts(stream(1, "doc"), settings, accounts, np.array([0, 0]), np.array([0, 1]), np.array([-1, 0]))
    >>> int(retweets[0]) > 1, int(retweets[1])
    (True, 0)
    """
    n = len(action)
    kind, role, group = accounts["kind"], accounts["role"], accounts["group"]
    # Per account first (few), then per post by indexing: no string comparisons over posts.
    outsider_factor = np.select(
        [kind == "genuine", kind == "spam", role == "seed", group == "campaign_b"],
        [1.0, 0.02, 0.02, 0.05],
        0.0,
    )
    account_class = np.select([kind == "genuine", kind == "spam"], [0, 1], 2)[author]
    in_retweets = in_data_counts(target, action, n)
    appeal = rng.lognormal(0.0, settings["spread"], n)
    factor = outsider_factor[author] * np.where(action == 0, 1.0, 0.05)      # replies reach few outsiders
    expected = accounts["followers"][author] * settings["retweets_per_follower"] * factor * appeal
    retweets = in_retweets + rng.poisson(expected)
    genuine_likes = settings["likes_per_retweet"] * (expected + in_retweets) + 0.3 * appeal
    spam_likes = 0.05 + 0.2 * in_retweets
    campaign_likes = settings["campaign_likes_per_retweet"] * in_retweets + 0.02
    likes = rng.poisson(np.choose(account_class, [genuine_likes, spam_likes, campaign_likes]))
    is_retweet = action == RETWEET
    return np.where(is_retweet, 0, likes).astype(np.int64), np.where(is_retweet, 0, retweets).astype(np.int64)
