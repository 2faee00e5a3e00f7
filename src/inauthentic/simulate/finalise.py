"""Turning the world's accounts and posts into the kit's three tables.

Steps, all vectorised:

1. keep posts inside the period, whose author already existed, and whose
   target (for retweets and replies) is kept and earlier; drop repeated and
   self retweets;
2. put posts in time order and give them snowflake ids; give accounts ids
   from their creation times and unique handles;
3. fill in what retweets and replies take from their target: ``RT @handle:``
   and the text, language, hashtags and links for a retweet, ``@handle`` for
   a reply, and the ``retweet_*`` / ``in_reply_to_*`` ids;
4. count likes and retweets (:mod:`inauthentic.simulate.engagement`);
5. build typed tables (:mod:`inauthentic.simulate.frames`), accounts and
   labels sorted by ``userid`` so row order reveals nothing.

Examples
--------
>>> from inauthentic.simulate import simulate
>>> data = simulate("tiny")
>>> bool(data.posts.tweet_time.is_monotonic_increasing), bool(data.accounts.userid.is_monotonic_increasing)
(True, True)
"""

from __future__ import annotations

import numpy as np

from ..tables import Dataset
from .engagement import engagement_counts
from .frames import typed_frame
from .ids import post_ids, user_ids
from .images import to_hex
from .profiles import unique_handles
from .text import as_lists
from .world import REPLY, RETWEET

__all__ = ["finalise", "kept_posts"]


def kept_posts(world) -> np.ndarray:
    """Return the log positions of the posts that make it into the data.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> 0.8 < len(kept_posts(world)) / len(world.posts) <= 1.0   # repeated retweets and edge posts are dropped
    True
    """
    posts = world.posts.arrays()
    created = world.accounts.arrays()["created"]
    time, action, target, author = posts["time"], posts["action"], posts["target"], posts["author"]
    in_period = (time >= world.period.start_s) & (time < world.period.end_s) & (time > created[author])
    responds = target >= 0
    aim = np.where(responds, target, 0)
    valid_target = in_period[aim] & (action[aim] != RETWEET) & (time > time[aim])
    keep = in_period & (~responds | valid_target)
    keep &= ~((action == RETWEET) & (author == author[aim]))
    retweets = np.flatnonzero(keep & (action == RETWEET))
    pair = author[retweets] * len(time) + target[retweets]
    order = np.argsort(pair, kind="stable")
    repeated = np.zeros(len(retweets), dtype=bool)
    repeated[order[1:]] = pair[order[1:]] == pair[order[:-1]]
    keep[retweets[repeated]] = False
    return np.flatnonzero(keep)


def finalise(world, name: str) -> Dataset:
    """Return the simulated :class:`~inauthentic.datasets.Dataset` of a finished world.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> finalise(world, "tiny").labels.kind.dtype.name
    'category'
    """
    rng = world.rng("finalise")
    accounts = world.accounts.arrays()
    posts = world.posts.arrays()

    kept = kept_posts(world)
    order, tweetid = post_ids(rng, posts["time"][kept])
    final = kept[order]
    rank = np.full(len(posts["time"]), -1, dtype=np.int64)
    rank[final] = np.arange(len(final))

    userid = user_ids(rng, accounts["created"])
    handle = unique_handles(rng, accounts["handle"])
    author = posts["author"][final]
    action = posts["action"][final]
    target_log = posts["target"][final]
    responds = target_log >= 0
    target = np.where(responds, rank[np.where(responds, target_log, 0)], -1)
    source = np.where(action == RETWEET, target_log, final)          # where a retweet's content comes from
    target_author = posts["author"][np.where(responds, target_log, 0)]

    text = posts["text"][source]
    for kind, prefix, separator in ((RETWEET, "RT @", ": "), (REPLY, "@", " ")):
        chosen = np.flatnonzero(action == kind)
        text[chosen] = prefix + handle[target_author[chosen]] + separator + text[chosen]
    target_id = np.where(responds, tweetid[np.maximum(target, 0)], -1)
    target_userid = np.where(responds, userid[target_author], -1)
    likes, retweets = engagement_counts(rng, world.scenario["engagement"], accounts, author, action, target)
    post_table = typed_frame(
        {
            "tweetid": tweetid,
            "userid": userid[author],
            "tweet_time": posts["time"][final],
            "tweet_language": posts["lang"][source],
            "tweet_text": text,
            "tweet_client_name": posts["client"][final],
            "is_retweet": action == RETWEET,
            "retweet_userid": np.where(action == RETWEET, target_userid, -1),
            "retweet_tweetid": np.where(action == RETWEET, target_id, -1),
            "in_reply_to_tweetid": np.where(action == REPLY, target_id, -1),
            "in_reply_to_userid": np.where(action == REPLY, target_userid, -1),
            "hashtags": as_lists(posts["tags"][source]),
            "urls": as_lists(posts["urls"][source]),
            "like_count": likes,
            "retweet_count": retweets,
        },
        "posts",
    )

    posting = np.zeros(len(userid), dtype=bool)
    posting[author] = True
    rows = np.flatnonzero(posting)
    rows = rows[np.argsort(userid[rows], kind="stable")]
    account_table = typed_frame(
        {
            "userid": userid[rows],
            "user_display_name": accounts["display"][rows],
            "user_screen_name": handle[rows],
            "user_reported_location": accounts["location"][rows],
            "user_profile_description": accounts["bio"][rows],
            "follower_count": accounts["followers"][rows],
            "following_count": accounts["following"][rows],
            "account_creation_date": accounts["created"][rows],
            "account_language": accounts["account_language"][rows],
            "profile_image_hash": to_hex(accounts["image"][rows]),
        },
        "accounts",
    )
    labels = typed_frame(
        {"userid": userid[rows], "kind": accounts["kind"][rows], "group": accounts["group"][rows], "role": accounts["role"][rows]},
        "labels",
    )
    return Dataset(accounts=account_table, posts=post_table, labels=labels, name=name)
