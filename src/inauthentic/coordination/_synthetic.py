"""Small synthetic posts tables for the co-action tests, doctests and benchmark.

These are not the kit's simulator (:mod:`inauthentic.simulate`): they only
build a ``posts`` table with the schema's dtypes and a realistic *shape* for
co-action work, i.e. a few viral originals with thousands of retweets, many
small cascades, users who retweet the same post twice, and coordinated groups
that retweet seed posts and share links within seconds of each other.

Examples
--------
>>> from inauthentic.coordination._synthetic import retweet_heavy_posts
>>> posts = retweet_heavy_posts(2_000, seed=1)
>>> len(posts), bool(posts["is_retweet"].mean() > 0.8)
(2000, True)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["posts_frame", "retweet_heavy_posts"]

START = pd.Timestamp("2026-09-01", tz="UTC")


def _times(seconds: np.ndarray) -> pd.Series:
    return pd.Series(START + pd.to_timedelta(seconds, unit="s")).dt.as_unit("ns")


def posts_frame(userid, seconds, retweet_of=None, urls=None, hashtags=None, texts=None, tweetid=None) -> pd.DataFrame:
    """Build a posts table with the schema's dtypes from a few plain lists.

    Parameters
    ----------
    userid : sequence of int
        Author of each post.
    seconds : sequence of float
        When each post was made, in seconds after 2026-09-01 00:00 UTC.
    retweet_of : sequence of int or None, optional
        The original tweet id for a retweet, ``None`` (or missing) otherwise.
    urls, hashtags : sequence of list of str, optional
        Links and hashtags of each post; empty lists by default.
    texts : sequence of str, optional
        The text of each post.
    tweetid : sequence of int, optional
        Post ids; ``1, 2, 3...`` by default.

    Examples
    --------
    >>> posts_frame([7, 8], [0, 5], retweet_of=[100, None]).dtypes["retweet_tweetid"]
    Int64Dtype()
    """
    n_posts = len(userid)
    retweet_of = [None] * n_posts if retweet_of is None else list(retweet_of)
    retweet_tweetid = pd.Series(retweet_of, dtype="Int64")
    return pd.DataFrame(
        {
            "tweetid": np.arange(1, n_posts + 1, dtype=np.int64) if tweetid is None else np.asarray(tweetid, np.int64),
            "userid": np.asarray(userid, dtype=np.int64),
            "tweet_time": _times(np.asarray(seconds, dtype=float)),
            "tweet_text": list(texts) if texts is not None else ["post"] * n_posts,
            "is_retweet": np.asarray(retweet_tweetid.notna()),
            "retweet_userid": pd.Series([None] * n_posts, dtype="Int64"),
            "retweet_tweetid": retweet_tweetid,
            "hashtags": list(hashtags) if hashtags is not None else [[] for _ in range(n_posts)],
            "urls": list(urls) if urls is not None else [[] for _ in range(n_posts)],
        }
    )


def _skewed(rng: np.random.Generator, size: int, n_choices: int, power: float = 2.5) -> np.ndarray:
    """Indices in ``[0, n_choices)``, low indices much more often (heavy users, popular posts)."""
    return np.minimum((n_choices * rng.random(size) ** power).astype(np.int64), n_choices - 1)


def _userid(user: np.ndarray) -> np.ndarray:
    return 1_000_000_000 + 7_919 * user


def retweet_heavy_posts(n_posts: int, seed: int = 0) -> pd.DataFrame:
    """A posts table of ``n_posts`` rows, about 90 % of them retweets.

    Parameters
    ----------
    n_posts : int
        Number of rows (at least 1,000).
    seed : int, default 0
        Seed for the random generator; the same seed gives the same table.

    Returns
    -------
    DataFrame
        The posts columns the co-action functions use, with the schema's dtypes,
        sorted by ``tweet_time``; ``tweetid`` grows with time.

    Examples
    --------
    >>> retweet_heavy_posts(1_000).columns.tolist()[:4]
    ['tweetid', 'userid', 'tweet_time', 'tweet_text']
    """
    rng = np.random.default_rng(seed)
    span = 30 * 86_400
    n_users = max(n_posts // 20, 200)
    n_original = n_posts // 10
    n_groups = max(1, n_posts // 50_000)
    group_size = min(40, max(5, n_posts // 400))
    n_seeds = min(60, max(5, n_original // 20))
    n_campaigns = min(30, max(3, n_posts // 2_000))
    # Originals: heavy posters write most; 30 % carry a link from a skewed pool.
    original_user = _skewed(rng, n_original, n_users)
    original_time = rng.integers(0, span, n_original)
    url_pool = max(n_original // 5, 10)
    original_url = np.where(rng.random(n_original) < 0.3, _skewed(rng, n_original, url_pool), -1)
    # Coordinated groups: members are users 0..n_groups*group_size-1 shifted to the tail.
    members = n_users - 1 - np.arange(n_groups * group_size).reshape(n_groups, group_size)
    seeds = rng.choice(n_original, size=(n_groups, n_seeds), replace=False)
    coordinated = rng.random((n_groups, n_seeds, group_size)) < 0.8
    group_of, seed_index, member_index = np.nonzero(coordinated)
    coordinated_target = seeds[group_of, seed_index]
    coordinated_user = members[group_of, member_index]
    coordinated_delay = 1 + rng.exponential(8, len(coordinated_target))
    # Link campaigns: each group member posts the group's link within seconds, n_campaigns times.
    campaign_time = rng.integers(0, span, (n_groups, n_campaigns))
    campaign = rng.random((n_groups, n_campaigns, group_size)) < 0.7
    c_group, c_index, c_member = np.nonzero(campaign)
    link_user = members[c_group, c_member]
    link_time = campaign_time[c_group, c_index] + rng.exponential(6, len(c_group)).astype(np.int64)
    link_url = url_pool + c_group
    # Viral originals: a handful, each retweeted by thousands within about an hour.
    n_retweets = n_posts - n_original - len(link_user)
    n_viral = 5
    viral_each = max(n_retweets // 100, 20)
    viral_target = np.repeat(np.arange(n_viral), viral_each)
    viral_user = rng.integers(0, n_users, len(viral_target))
    viral_delay = rng.exponential(1_800, len(viral_target))
    # Everything else: ordinary cascades with minutes-to-hours delays.
    n_rest = n_retweets - len(viral_target) - len(coordinated_target)
    rest_target = _skewed(rng, n_rest, n_original, power=3.0)
    rest_user = _skewed(rng, n_rest, n_users)
    rest_delay = rng.lognormal(np.log(600), 1.5, n_rest)
    retweet_target = np.concatenate([viral_target, coordinated_target, rest_target])
    retweet_user = np.concatenate([viral_user, coordinated_user, rest_user])
    retweet_delay = np.concatenate([viral_delay, coordinated_delay, rest_delay])
    # Half a percent of retweets are repeated by the same user a few seconds later.
    again = rng.random(len(retweet_target)) < 0.005
    retweet_target = np.concatenate([retweet_target, retweet_target[again]])[: n_retweets]
    retweet_user = np.concatenate([retweet_user, retweet_user[again]])[: n_retweets]
    retweet_delay = np.concatenate([retweet_delay, retweet_delay[again] + rng.integers(1, 5, again.sum())])[: n_retweets]
    retweet_time = original_time[retweet_target] + retweet_delay.astype(np.int64)

    user = np.concatenate([original_user, link_user, retweet_user])
    seconds = np.concatenate([original_time, link_time, retweet_time])
    url = np.concatenate([original_url, link_url, np.full(n_retweets, -1)])
    is_retweet = np.arange(n_posts) >= n_original + len(link_user)
    target = np.concatenate([np.full(n_original + len(link_user), -1), retweet_target])
    order = np.argsort(seconds, kind="stable")
    new_position = np.empty(n_posts, dtype=np.int64)
    new_position[order] = np.arange(n_posts)
    base = 1_830_000_000_000_000_000
    retweeted = is_retweet[order]
    retweet_of = (base + new_position[np.maximum(target, 0)])[order]
    retweet_of_user = user[np.maximum(target, 0)][order]
    url_text = np.where(url >= 0, np.char.add("https://news.example/", url.astype(str)), "")[order]
    return pd.DataFrame(
        {
            "tweetid": base + np.arange(n_posts, dtype=np.int64),
            "userid": _userid(user[order]),
            "tweet_time": _times(seconds[order]),
            "tweet_text": np.where(retweeted, "RT @someone: a post", "a post"),
            "is_retweet": retweeted,
            "retweet_userid": pd.Series(_userid(retweet_of_user), dtype="Int64").where(retweeted),
            "retweet_tweetid": pd.Series(retweet_of, dtype="Int64").where(retweeted),
            "hashtags": [[] for _ in range(n_posts)],
            "urls": [[text] if text else [] for text in url_text.tolist()],
        }
    )
