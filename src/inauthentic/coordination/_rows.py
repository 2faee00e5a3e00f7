"""Turn a posts table into co-action rows: who acted on what, when, in which post.

Each co-action kind picks its rows and its *object* from the posts table:

============  ===========================  ======================================
kind          rows                         object
============  ===========================  ======================================
retweet       retweets                     ``retweet_tweetid`` (the original)
link          posts that are not retweets  each distinct link in ``urls``
hashtag       posts that are not retweets  each distinct hashtag, lower-cased
similar text  posts that are not retweets  a group of near-identical texts
============  ===========================  ======================================

Links and hashtags inside retweets are left out: a retweet copies them from
the original, which co-retweet already covers (coordination-network-toolkit
does the same for links).
"""

from __future__ import annotations

from numbers import Integral, Real

import numpy as np
import pandas as pd

from ..errors import KitError
from ..validate import require_columns, require_utc
from ._engine import CoActionRows, prepare_rows
from .text import near_duplicate_groups

__all__ = ["check_window", "check_min_weight", "retweet_rows", "list_rows", "text_rows"]


def check_window(value: object, argument: str = "window_seconds") -> float:
    """Return ``value`` as seconds, or raise a KitError naming ``argument``.

    Examples
    --------
    >>> check_window(10)
    10.0
    >>> check_window("60")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'window_seconds' should be a number of seconds, 0 or more (for example 60), but it is '60'.
    """
    if isinstance(value, bool) or not isinstance(value, Real) or not value >= 0 or not np.isfinite(value):
        raise KitError(
            f"The argument '{argument}' should be a number of seconds, 0 or more (for example 60), but it is {value!r}."
        )
    return float(value)


def check_min_weight(value: object, argument: str = "min_weight") -> int:
    """Return ``value`` as an int, or raise a KitError naming ``argument``.

    Examples
    --------
    >>> check_min_weight(0)
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'min_weight' should be a whole number, 1 or more (for example 2), but it is 0.
    """
    if isinstance(value, bool) or not isinstance(value, Integral) or value < 1:
        raise KitError(
            f"The argument '{argument}' should be a whole number, 1 or more (for example 2), but it is {value!r}."
        )
    return int(value)


def _check_posts(posts: object, columns: list[str]) -> None:
    require_columns(posts, "posts", ["tweetid", "userid", "tweet_time", "is_retweet", *columns], table="posts")
    require_utc(posts["tweet_time"], "posts", "tweet_time")
    for column in ("userid", "tweet_time", "is_retweet"):
        if posts[column].hasnans:
            raise KitError(
                f"The column '{column}' of 'posts' has {int(posts[column].isna().sum())} missing values; every post "
                f"needs one. Drop those rows first, e.g. posts.dropna(subset=['{column}'])."
            )
    if not pd.api.types.is_bool_dtype(posts["is_retweet"]):
        raise KitError(
            f"The column 'is_retweet' of 'posts' should hold True or False, but it holds {posts['is_retweet'].dtype}. "
            "Load the data with inauthentic.load_dataset, which reads it as booleans."
        )


def _nanoseconds(times: pd.Series) -> np.ndarray:
    return times.dt.as_unit("ns").array.asi8


def _rows(posts: pd.DataFrame, where: np.ndarray, objects: np.ndarray) -> CoActionRows:
    """Engine rows: row i is the post at position ``where[i]`` acting on ``objects[i]``."""
    return prepare_rows(
        user=posts["userid"].to_numpy()[where],
        obj=objects,
        time=_nanoseconds(posts["tweet_time"])[where],
        action=posts["tweetid"].to_numpy()[where],
    )


def retweet_rows(posts: pd.DataFrame) -> CoActionRows:
    """Co-action rows of the retweets in ``posts``; the object is the original post.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> posts = posts_frame([1, 2, 3], [0, 5, 9], retweet_of=[50, 50, None])
    >>> retweet_rows(posts).users.tolist()
    [1, 2]
    """
    _check_posts(posts, ["retweet_tweetid"])
    original = posts["retweet_tweetid"]
    where = np.flatnonzero(posts["is_retweet"].to_numpy(dtype=bool) & original.notna().to_numpy())
    if pd.api.types.is_integer_dtype(original):
        # Take the retweets first: converting the whole column would copy every post.
        return _rows(posts, where, original.array.take(where).to_numpy(dtype=np.int64))
    return _rows(posts, where, original.to_numpy()[where])


def list_rows(posts: pd.DataFrame, column: str, lower: bool = False) -> CoActionRows:
    """Co-action rows with one row per distinct item of the list column ``column`` of each original post.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> posts = posts_frame([1, 2], [0, 5], hashtags=[["Vote", "vote"], ["VOTE"]])
    >>> len(list_rows(posts, "hashtags", lower=True).user)
    2
    """
    _check_posts(posts, [column])
    items = posts[column]
    sample = items.dropna().head(20)
    if len(sample) and not all(isinstance(value, (list, tuple, np.ndarray)) for value in sample):
        raise KitError(
            f"The column '{column}' of 'posts' should hold lists (such as ['a', 'b']), but it holds "
            f"{type(sample.iloc[0]).__name__} values such as {sample.iloc[0]!r}. Load the data with "
            "inauthentic.load_dataset, which reads these columns as lists."
        )
    originals = np.flatnonzero(~posts["is_retweet"].to_numpy(dtype=bool))
    exploded = items.iloc[originals].reset_index(drop=True).explode().dropna()
    post_of_row = originals[exploded.index.to_numpy()]
    values = exploded.astype(str)
    values = values.str.lower() if lower else values
    distinct = ~pd.DataFrame({"post": post_of_row, "item": values.to_numpy()}).duplicated().to_numpy()
    return _rows(posts, post_of_row[distinct], values.to_numpy()[distinct])


def text_rows(posts: pd.DataFrame, threshold: float, min_tokens: int) -> CoActionRows:
    """Co-action rows of the original posts; the object is the post's group of near-identical texts.

    Examples
    --------
    >>> from inauthentic.coordination._synthetic import posts_frame
    >>> texts = ["we all say the very same thing", "We all say the very same thing!", "ok"]
    >>> text_rows(posts_frame([1, 2, 3], [0, 5, 9], texts=texts), 0.8, 5).users.tolist()
    [1, 2]
    """
    _check_posts(posts, ["tweet_text"])
    originals = np.flatnonzero(~posts["is_retweet"].to_numpy(dtype=bool))
    groups = near_duplicate_groups(posts["tweet_text"].iloc[originals], threshold=threshold, min_tokens=min_tokens)
    grouped = groups.notna().to_numpy()
    return _rows(posts, originals[grouped], groups.to_numpy(dtype=np.int64, na_value=-1)[grouped])
