"""Co-action networks: accounts that did the same thing within seconds of each other.

Every function here returns an edge table with columns ``source``,
``target`` (userids) and ``weight`` (int64), sorted by ``source`` then
``target``. It is *directed*, as in QUT's coordination-network-toolkit:

    weight(source -> target) = the number of distinct posts by ``source``
    for which ``target`` did the same (retweeted the same original, shared
    the same link...) at most ``window_seconds`` earlier or later.

Accounts never link to themselves, and only edges with ``weight >=
min_weight`` are kept. One shared action within a minute is often chance
(a viral post is retweeted by thousands); repeated ones are the signal.
``co_retweet_edges`` and ``co_link_edges`` give exactly the toolkit's
``co_retweet`` and ``co_link`` networks (tested edge for edge).

Examples
--------
>>> from inauthentic.coordination._synthetic import posts_frame
>>> posts = posts_frame(
...     userid=[1, 2, 1, 2, 3],
...     seconds=[0, 4, 100, 103, 900],
...     retweet_of=[50, 50, 60, 60, 60],
... )
>>> co_retweet_edges(posts, window_seconds=60, min_weight=2)
   source  target  weight
0       1       2       2
1       2       1       2
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import KitError
from ..validate import require_columns
from ._engine import CoActionRows, co_action_candidates, co_action_edges, window_ns
from ._rows import check_min_weight, check_window, list_rows, retweet_rows, text_rows

__all__ = [
    "co_retweet_edges",
    "co_link_edges",
    "co_hashtag_edges",
    "co_similar_text_edges",
    "co_retweet_candidates",
    "edges_from_candidates",
]


def _edge_table(source: np.ndarray, target: np.ndarray, weight: np.ndarray) -> pd.DataFrame:
    return pd.DataFrame({"source": source, "target": target, "weight": weight.astype(np.int64)}, copy=False)


def _edges(rows: CoActionRows, window_seconds: float, min_weight: int) -> pd.DataFrame:
    return _edge_table(*co_action_edges(rows, window_ns(window_seconds), min_weight))


def co_retweet_edges(posts: pd.DataFrame, window_seconds: float = 60, min_weight: int = 2) -> pd.DataFrame:
    """Accounts that retweeted the same posts within ``window_seconds`` of each other.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``tweetid, userid, tweet_time, is_retweet,
        retweet_tweetid`` are used).
    window_seconds : float, default 60
        How close in time two retweets of one original must be (inclusive).
        The toolkit's README speaks of 60 s; CooRTweet and USC use 10 s.
    min_weight : int, default 2
        Keep edges of at least this weight (the toolkit's command line default).

    Returns
    -------
    DataFrame
        ``source, target, weight``: ``weight`` = number of distinct retweets by
        ``source`` of originals that ``target`` also retweeted within the window.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> posts = posts_frame([1, 2, 3, 1, 2], [0, 2, 300, 50, 51], retweet_of=[9, 9, 9, 8, 8])
    >>> co_retweet_edges(posts, window_seconds=10, min_weight=1)
       source  target  weight
    0       1       2       2
    1       2       1       2
    """
    window_seconds, min_weight = check_window(window_seconds), check_min_weight(min_weight)
    return _edges(retweet_rows(posts), window_seconds, min_weight)


def co_link_edges(posts: pd.DataFrame, window_seconds: float = 60, min_weight: int = 2) -> pd.DataFrame:
    """Accounts that posted the same links (``urls``) within ``window_seconds`` of each other.

    Links inside retweets are ignored, and a link that appears twice in one
    post counts once, as in the toolkit's ``co_link``. Links are compared as
    written (no resolving of short links).

    Parameters
    ----------
    posts : DataFrame
        The posts table (``tweetid, userid, tweet_time, is_retweet, urls``).
    window_seconds : float, default 60
        How close in time two posts of one link must be (inclusive).
    min_weight : int, default 2
        Keep edges of at least this weight.

    Returns
    -------
    DataFrame
        ``source, target, weight``: ``weight`` = number of distinct posts by
        ``source`` sharing a link that ``target`` also posted within the window.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> posts = posts_frame([1, 2, 1, 2], [0, 3, 500, 530], urls=[["a.io/1"], ["a.io/1"], ["b.io"], ["b.io", "c.io"]])
    >>> co_link_edges(posts, window_seconds=60, min_weight=2)
       source  target  weight
    0       1       2       2
    1       2       1       2
    """
    window_seconds, min_weight = check_window(window_seconds), check_min_weight(min_weight)
    return _edges(list_rows(posts, "urls"), window_seconds, min_weight)


def co_hashtag_edges(posts: pd.DataFrame, window_seconds: float = 60, min_weight: int = 2) -> pd.DataFrame:
    """Accounts that used the same hashtags within ``window_seconds`` of each other.

    Hashtags are compared in lower case (``#Vote`` = ``#vote``). Retweets are
    ignored.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``tweetid, userid, tweet_time, is_retweet, hashtags``).
    window_seconds : float, default 60
        How close in time two uses of one hashtag must be (inclusive).
    min_weight : int, default 2
        Keep edges of at least this weight. Popular hashtags make many
        chance edges, so co-hashtag networks usually need a higher one.

    Returns
    -------
    DataFrame
        ``source, target, weight``: ``weight`` = number of distinct posts by
        ``source`` sharing at least one hashtag with a post by ``target``
        within the window.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> posts = posts_frame([1, 2, 1, 2], [0, 3, 500, 530], hashtags=[["Go"], ["go"], ["x", "y"], ["y"]])
    >>> co_hashtag_edges(posts, min_weight=2)
       source  target  weight
    0       1       2       2
    1       2       1       2
    """
    window_seconds, min_weight = check_window(window_seconds), check_min_weight(min_weight)
    return _edges(list_rows(posts, "hashtags", lower=True), window_seconds, min_weight)


def co_similar_text_edges(
    posts: pd.DataFrame,
    window_seconds: float = 60,
    min_weight: int = 2,
    threshold: float = 0.8,
    min_tokens: int = 5,
) -> pd.DataFrame:
    """Accounts that posted near-identical text (copypasta) within ``window_seconds`` of each other.

    Texts are grouped with :func:`inauthentic.coordination.near_duplicate_groups`
    (token-set Jaccard >= ``threshold`` after normalising case, links,
    mentions and digits); two posts match when they are in the same group.
    Retweets are ignored. Unlike the toolkit's ``co_similar_tweet``, which
    compares every pair of posts in the window, groups are transitive (see
    :mod:`inauthentic.coordination.text`).

    Parameters
    ----------
    posts : DataFrame
        The posts table (``tweetid, userid, tweet_time, is_retweet, tweet_text``).
    window_seconds : float, default 60
        How close in time two near-identical posts must be (inclusive).
    min_weight : int, default 2
        Keep edges of at least this weight.
    threshold : float, default 0.8
        Smallest word-set Jaccard similarity for two texts to match.
    min_tokens : int, default 5
        Texts with fewer distinct words never match.

    Returns
    -------
    DataFrame
        ``source, target, weight``: ``weight`` = number of distinct posts by
        ``source`` whose text ``target`` also posted, nearly word for word,
        within the window.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> texts = ["Measure 5 is a scam, vote no today", "measure 5 is a SCAM vote no today!",
    ...          "Polls close at 8, do not forget to vote", "polls close at 8 do not forget to vote"]
    >>> posts = posts_frame([1, 2, 1, 2], [0, 20, 900, 905], texts=texts)
    >>> co_similar_text_edges(posts, min_weight=2)
       source  target  weight
    0       1       2       2
    1       2       1       2
    """
    window_seconds, min_weight = check_window(window_seconds), check_min_weight(min_weight)
    return _edges(text_rows(posts, threshold, min_tokens), window_seconds, min_weight)


def co_retweet_candidates(posts: pd.DataFrame, max_window_seconds: float = 60, min_weight: int = 1) -> pd.DataFrame:
    """Every co-retweet match up to ``max_window_seconds``, to re-threshold without recomputing.

    Use with :func:`edges_from_candidates`: a slider over the window or the
    minimum weight then takes milliseconds. The table holds, for each retweet
    by ``source`` and each ``target`` who retweeted the same original within
    ``max_window_seconds``, the smallest gap between them. Pairs of accounts
    whose weight stays below ``min_weight`` even at the largest window are
    left out (a smaller window can only lower a weight).

    Parameters
    ----------
    posts : DataFrame
        The posts table, as for :func:`co_retweet_edges`.
    max_window_seconds : float, default 60
        The largest window the candidates must serve.
    min_weight : int, default 1
        The smallest minimum weight they must serve; a higher value keeps the
        table smaller (use it on large data sets).

    Returns
    -------
    DataFrame
        ``source, target, tweetid`` (the source's retweet), ``time_apart``
        (timedelta), sorted by source, target and time_apart. ``attrs`` records
        ``max_window_seconds`` and ``min_weight``.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> posts = posts_frame([1, 2, 1, 2], [0, 5, 100, 130], retweet_of=[9, 9, 8, 8])
    >>> candidates = co_retweet_candidates(posts, max_window_seconds=60)
    >>> candidates
       source  target  tweetid      time_apart
    0       1       2        1 0 days 00:00:05
    1       1       2        3 0 days 00:00:30
    2       2       1        2 0 days 00:00:05
    3       2       1        4 0 days 00:00:30
    >>> edges_from_candidates(candidates, window_seconds=10, min_weight=1)
       source  target  weight
    0       1       2       1
    1       2       1       1
    """
    max_window_seconds = check_window(max_window_seconds, "max_window_seconds")
    min_weight = check_min_weight(min_weight)
    source, target, tweetid, gap = co_action_candidates(retweet_rows(posts), window_ns(max_window_seconds), min_weight)
    candidates = pd.DataFrame(
        {"source": source, "target": target, "tweetid": tweetid, "time_apart": gap.astype("timedelta64[ns]")}, copy=False
    )
    candidates.attrs.update(max_window_seconds=max_window_seconds, min_weight=min_weight)
    return candidates


def edges_from_candidates(candidates: pd.DataFrame, window_seconds: float = 60, min_weight: int = 2) -> pd.DataFrame:
    """The edge table for ``window_seconds`` and ``min_weight``, from :func:`co_retweet_candidates`.

    Gives the same edges as :func:`co_retweet_edges` with the same arguments,
    as long as ``window_seconds`` is at most the candidates' maximum window and
    ``min_weight`` at least their minimum weight.

    Parameters
    ----------
    candidates : DataFrame
        What :func:`co_retweet_candidates` returned.
    window_seconds : float, default 60
        Count only matches at most this far apart.
    min_weight : int, default 2
        Keep edges of at least this weight.

    Returns
    -------
    DataFrame
        ``source, target, weight``, sorted by source then target.

    Raises
    ------
    KitError
        If the candidates were made for a smaller window or a larger minimum
        weight than asked for.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> posts = posts_frame([1, 2, 1, 2], [0, 5, 100, 130], retweet_of=[9, 9, 8, 8])
    >>> candidates = co_retweet_candidates(posts, max_window_seconds=60)
    >>> edges_from_candidates(candidates, window_seconds=60, min_weight=2)
       source  target  weight
    0       1       2       2
    1       2       1       2
    """
    require_columns(candidates, "candidates", ["source", "target", "time_apart"])
    window_seconds, min_weight = check_window(window_seconds), check_min_weight(min_weight)
    largest, smallest = candidates.attrs.get("max_window_seconds", np.inf), candidates.attrs.get("min_weight", 1)
    if window_seconds > largest or min_weight < smallest:
        raise KitError(
            f"These candidates were made with max_window_seconds={largest:g} and min_weight={smallest}, so they cannot "
            f"give window_seconds={window_seconds:g} with min_weight={min_weight}. Make them again with "
            f"co_retweet_candidates(posts, max_window_seconds={max(window_seconds, largest):g}, "
            f"min_weight={min(min_weight, smallest)})."
        )
    close = candidates["time_apart"].to_numpy() <= np.timedelta64(window_ns(window_seconds), "ns")
    source, target = candidates["source"].to_numpy()[close], candidates["target"].to_numpy()[close]
    order = np.lexsort((target, source))
    source, target = source[order], target[order]
    # Rows are sorted by (source, target): each run of equal pairs is one edge, its length the weight.
    run_start = np.flatnonzero(np.diff(source, prepend=source[:1] - 1) | np.diff(target, prepend=target[:1] - 1))
    weight = np.diff(np.append(run_start, len(source)))
    heavy = weight >= min_weight
    return _edge_table(source[run_start][heavy], target[run_start][heavy], weight[heavy])
