"""Tiny hand-made tables with the kit's exact dtypes, for examples and tests.

Give only the columns that matter; every other column of the schema gets a
harmless default (one post at noon UTC, no hashtags, an English account...).

Examples
--------
>>> posts = make_posts(userid=[1, 1], tweet_time=["2026-09-07 09:00:00", "2026-09-07 10:00:00"])
>>> posts.tweet_time.dt.tz is not None, posts.retweet_userid.dtype.name
(True, 'Int64')
>>> make_accounts(userid=[5]).profile_image_hash.tolist()
['0000000000000000']
"""

from __future__ import annotations

import pandas as pd

from ..schema import DEFAULT_AVATAR_HASH
from ..tables import coerce_table

__all__ = ["make_accounts", "make_posts"]


def _length(columns: dict) -> int:
    lengths = {len(values) for values in columns.values() if isinstance(values, (list, tuple, pd.Series))}
    if len(lengths) != 1:
        raise ValueError("give at least one column as a list, and all lists the same length")
    return lengths.pop()


def make_accounts(**columns) -> pd.DataFrame:
    """Return an accounts table; unnamed columns get defaults.

    Examples
    --------
    >>> make_accounts(userid=[1, 2], follower_count=[0, 10]).follower_count.tolist()
    [0, 10]
    """
    n = _length(columns)
    defaults = {
        "userid": list(range(1, n + 1)),
        "user_display_name": "Someone",
        "user_screen_name": [f"someone_{i}" for i in range(n)],
        "user_reported_location": "",
        "user_profile_description": "",
        "follower_count": 100,
        "following_count": 100,
        "account_creation_date": "2020-01-01",
        "account_language": "en",
        "profile_image_hash": DEFAULT_AVATAR_HASH,
    }
    frame = pd.DataFrame({**defaults, **columns}, index=range(n))
    return coerce_table(frame, "accounts")


def make_posts(**columns) -> pd.DataFrame:
    """Return a posts table; unnamed columns get defaults (ids 1, 2, ... in order).

    Examples
    --------
    >>> make_posts(userid=[3], is_retweet=[True], retweet_userid=[4], retweet_tweetid=[9]).retweet_tweetid.tolist()
    [9]
    """
    n = _length(columns)
    defaults = {
        "tweetid": list(range(1, n + 1)),
        "userid": 1,
        "tweet_time": "2026-09-07 12:00:00",
        "tweet_language": "en",
        "tweet_text": "hello",
        "tweet_client_name": "Web App",
        "is_retweet": False,
        "retweet_userid": [None] * n,
        "retweet_tweetid": [None] * n,
        "in_reply_to_tweetid": [None] * n,
        "in_reply_to_userid": [None] * n,
        "hashtags": [[] for _ in range(n)],
        "urls": [[] for _ in range(n)],
        "like_count": 0,
        "retweet_count": 0,
    }
    given = {**defaults, **columns}
    for name in ("retweet_userid", "retweet_tweetid", "in_reply_to_tweetid", "in_reply_to_userid"):
        given[name] = pd.array(list(given[name]), dtype="Int64")  # never through float: 19-digit ids stay exact
    return coerce_table(pd.DataFrame(given, index=range(n)), "posts")
