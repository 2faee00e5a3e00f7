"""Amplification signals: accounts that exist to make other accounts look popular.

Networks are built around a few "seed" accounts whose posts the rest repost,
fast and in bulk; "loudspeaker" accounts post at extreme volume with almost
no followers (NYT 2020; see docs/sources.md); and what engagement the network gets comes
from inside it (Google TAG 2023 on DRAGONBRIDGE). Retweeting
within seconds is also what fans do on a debate night, and a busy news
account posts all day: every signal here has genuine look-alikes.

Retweet timing needs the original post: a retweet whose original is not in
``posts`` has no delay and is left out of the timing signals.

Examples
--------
>>> import pandas as pd
>>> from inauthentic.signals.amplification import retweet_share
>>> retweet_share(pd.DataFrame({"userid": [1, 1, 1, 2], "is_retweet": [True, True, False, False]})).tolist()
[0.6666666666666666, 0.0]
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ..errors import KitError
from ._common import check_accounts, check_posts, for_each_account, per_account, share_by_account, userid_array

__all__ = [
    "retweet_share",
    "loudspeaker_index",
    "retweet_delays",
    "seed_retweet_delay",
    "fast_retweet_share",
    "engagement_received",
    "internal_engagement_share",
    "zero_engagement_share",
]


def retweet_share(posts: pd.DataFrame) -> pd.Series:
    """Share of an account's posts that are retweets.

    Examples
    --------
    >>> retweet_share(pd.DataFrame({"userid": [4, 4], "is_retweet": [True, False]}))
    userid
    4    0.5
    Name: retweet_share, dtype: float64
    """
    check_posts(posts, ["is_retweet"])
    return share_by_account(posts["userid"], posts["is_retweet"].astype(bool), "retweet_share")


def loudspeaker_index(accounts: pd.DataFrame, posts: pd.DataFrame) -> pd.Series:
    """Volume relative to audience: posts per day divided by ``log10(followers + 10)``.

    Posts per day is the account's number of posts divided by the length of
    the whole collection period (first to last post in ``posts``, at least one
    day). The logarithm makes the audience count in orders of magnitude: 0
    followers divides by 1, 90 by 2, 990 by 3, a million by 6. An account
    posting 40 times a day to 5 followers scores about 34; a public figure
    posting 20 times a day to a million, about 3; a genuine heavy poster
    (72 a day, 500 followers) about 27.

    Returns
    -------
    Series
        ``loudspeaker_index`` for every account in ``accounts`` (0 without posts).

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2], "follower_count": [0, 999_990]})
    >>> posts = pd.DataFrame({"userid": [1] * 20 + [2] * 12, "tweet_time": pd.date_range(
    ...     "2026-09-01", "2026-09-03", periods=32, tz="UTC")})  # a two-day collection
    >>> loudspeaker_index(accounts, posts).tolist()
    [10.0, 1.0]
    """
    check_accounts(accounts, ["follower_count"])
    check_posts(posts, ["tweet_time"])
    days = max((posts["tweet_time"].max() - posts["tweet_time"].min()) / pd.Timedelta(days=1), 1.0) if len(posts) else 1.0
    per_day = posts["userid"].value_counts().reindex(accounts["userid"].to_numpy(), fill_value=0) / days
    audience = np.log10(accounts["follower_count"].to_numpy(dtype=float) + 10)
    return for_each_account(accounts, per_day.to_numpy() / audience, "loudspeaker_index")


def retweet_delays(posts: pd.DataFrame) -> pd.DataFrame:
    """Every retweet whose original is in ``posts``, with how long after the original it came.

    Returns
    -------
    DataFrame
        One row per retweet: ``userid`` (who retweeted), ``retweet_userid``
        (whose post), ``retweet_tweetid`` and ``delay_seconds``.

    Examples
    --------
    >>> posts = pd.DataFrame({"tweetid": [10, 11], "userid": [1, 2], "is_retweet": [False, True],
    ...     "tweet_time": pd.to_datetime(["2026-09-01 12:00:00", "2026-09-01 12:00:08"], utc=True),
    ...     "retweet_userid": pd.array([None, 1], dtype="Int64"),
    ...     "retweet_tweetid": pd.array([None, 10], dtype="Int64")})
    >>> retweet_delays(posts)
       userid  retweet_userid  retweet_tweetid  delay_seconds
    0       2               1               10            8.0
    """
    check_posts(posts, ["tweetid", "tweet_time", "is_retweet", "retweet_userid", "retweet_tweetid"])
    retweets = posts[posts["is_retweet"].astype(bool) & posts["retweet_tweetid"].notna()]
    posted_at = posts.set_index("tweetid")["tweet_time"]
    original_time = retweets["retweet_tweetid"].astype("int64").map(posted_at)
    delays = pd.DataFrame(
        {
            "userid": retweets["userid"].to_numpy(),
            "retweet_userid": retweets["retweet_userid"].astype("int64").to_numpy(),
            "retweet_tweetid": retweets["retweet_tweetid"].astype("int64").to_numpy(),
            "delay_seconds": ((retweets["tweet_time"] - original_time) / pd.Timedelta(seconds=1)).to_numpy(),
        }
    )
    return delays.dropna(subset=["delay_seconds"]).reset_index(drop=True)


def _delays_of(posts: pd.DataFrame, seed_userids) -> pd.DataFrame:
    delays = retweet_delays(posts)
    if seed_userids is not None:
        delays = delays[delays["retweet_userid"].isin(userid_array(seed_userids, "seed_userids"))]
    return delays


def seed_retweet_delay(posts: pd.DataFrame, seed_userids: Iterable | None) -> pd.Series:
    """Median number of seconds an account takes to retweet posts by ``seed_userids``.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweetid``, ``tweet_time``,
        ``is_retweet``, ``retweet_userid``, ``retweet_tweetid``).
    seed_userids : collection of int, or None
        The accounts whose posts are being amplified (suspected seeds,
        official outlets...). ``None`` times every retweet.

    Returns
    -------
    Series
        ``seed_retweet_delay_seconds`` (``retweet_delay_seconds`` when
        ``seed_userids`` is None), for accounts with at least one timed retweet.

    Examples
    --------
    >>> posts = pd.DataFrame({"tweetid": [10, 11, 12], "userid": [1, 2, 2], "is_retweet": [False, True, False],
    ...     "tweet_time": pd.to_datetime(["2026-09-01 12:00:00", "2026-09-01 12:00:30", "2026-09-01 13:00:00"], utc=True),
    ...     "retweet_userid": pd.array([None, 1, None], dtype="Int64"),
    ...     "retweet_tweetid": pd.array([None, 10, None], dtype="Int64")})
    >>> seed_retweet_delay(posts, seed_userids=[1])
    userid
    2    30.0
    Name: seed_retweet_delay_seconds, dtype: float64
    """
    delays = _delays_of(posts, seed_userids)
    name = "retweet_delay_seconds" if seed_userids is None else "seed_retweet_delay_seconds"
    return per_account(delays.groupby("userid")["delay_seconds"].median(), name)


def fast_retweet_share(posts: pd.DataFrame, within_seconds: float = 60, seed_userids: Iterable | None = None) -> pd.Series:
    """Share of an account's timed retweets made within ``within_seconds`` of the original.

    USC's "fast retweets" use 10 seconds; the coordination-network-toolkit
    README speaks of 60. Only retweets of ``seed_userids`` count when given.

    Returns
    -------
    Series
        ``fast_retweet_share`` between 0 and 1, for accounts with at least one
        timed retweet.

    Examples
    --------
    >>> posts = pd.DataFrame({"tweetid": [10, 11, 12], "userid": [1, 2, 2], "is_retweet": [False, True, True],
    ...     "tweet_time": pd.to_datetime(["2026-09-01 12:00:00", "2026-09-01 12:00:05", "2026-09-01 15:00:00"], utc=True),
    ...     "retweet_userid": pd.array([None, 1, 1], dtype="Int64"),
    ...     "retweet_tweetid": pd.array([None, 10, 10], dtype="Int64")})
    >>> fast_retweet_share(posts, within_seconds=10).tolist()
    [0.5]
    """
    if within_seconds <= 0:
        raise KitError(f"The argument 'within_seconds' should be a positive number of seconds, not {within_seconds}.")
    delays = _delays_of(posts, seed_userids)
    return share_by_account(delays["userid"], delays["delay_seconds"] <= within_seconds, "fast_retweet_share")


def _engagements(posts: pd.DataFrame) -> pd.DataFrame:
    """One row per retweet or reply between two different accounts: ``engager`` and ``target``."""
    check_posts(posts, ["is_retweet", "retweet_userid", "in_reply_to_userid"])
    target = posts["retweet_userid"].where(posts["is_retweet"].astype(bool), posts["in_reply_to_userid"])
    engaged = pd.DataFrame({"engager": posts["userid"], "target": target}).dropna(subset=["target"])
    engaged = engaged.astype({"target": "int64"})  # exact ids: never through float
    return engaged[engaged["engager"] != engaged["target"]]


def engagement_received(posts: pd.DataFrame) -> pd.Series:
    """Number of retweets and replies an account received from other accounts in ``posts``.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [2, 3, 1], "is_retweet": [True, False, True],
    ...     "retweet_userid": pd.array([1, None, 1], dtype="Int64"),
    ...     "in_reply_to_userid": pd.array([None, 1, None], dtype="Int64")})
    >>> engagement_received(posts)  # 1 retweeting itself does not count
    userid
    1    2
    Name: engagement_received, dtype: int64
    """
    return per_account(_engagements(posts)["target"].value_counts().sort_index(), "engagement_received")


def internal_engagement_share(posts: pd.DataFrame, group_userids: Iterable) -> pd.Series:
    """Share of the retweets and replies an account receives that come from ``group_userids``.

    Engaging with one's own posts does not count. For a network that only
    talks to itself the share is near 1; for a genuine account it is about
    the group's share of the whole platform.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``is_retweet``, ``retweet_userid``,
        ``in_reply_to_userid``).
    group_userids : collection of int
        The candidate group (for example accounts flagged by other signals).

    Returns
    -------
    Series
        ``internal_engagement_share``, for accounts that received at least one
        retweet or reply from another account.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [2, 3, 4, 1], "is_retweet": [True, True, False, True],
    ...     "retweet_userid": pd.array([1, 1, None, 1], dtype="Int64"),
    ...     "in_reply_to_userid": pd.array([None, None, 1, None], dtype="Int64")})
    >>> internal_engagement_share(posts, group_userids=[2, 3])  # 1 gets 2 retweets from 2, 3 and a reply from 4
    userid
    1    0.666667
    Name: internal_engagement_share, dtype: float64
    """
    engaged = _engagements(posts)
    inside = engaged["engager"].isin(userid_array(group_userids, "group_userids"))
    return share_by_account(engaged["target"], inside, "internal_engagement_share")


def zero_engagement_share(posts: pd.DataFrame) -> pd.Series:
    """Share of an account's original posts that got no like and no retweet.

    In the 2021 Xinjiang set on Twitter, over 97 % of the tweets had no
    engagement at all. Most posts by ordinary small accounts get none either.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1, 1], "is_retweet": [False, False, True],
    ...     "like_count": [0, 3, 0], "retweet_count": [0, 0, 0]})
    >>> zero_engagement_share(posts).tolist()
    [0.5]
    """
    check_posts(posts, ["is_retweet", "like_count", "retweet_count"])
    originals = posts[~posts["is_retweet"].astype(bool)]
    ignored = (originals["like_count"] == 0) & (originals["retweet_count"] == 0)
    return share_by_account(originals["userid"], ignored, "zero_engagement_share")
