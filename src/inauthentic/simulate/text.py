"""Putting text together from word banks, many posts at a time.

Text columns are numpy ``object`` arrays of Python strings; ``a + b`` on two
such arrays joins them element by element in C, so a million posts are
composed without a Python loop over rows.

A *family* (see :mod:`inauthentic.simulate.wordbanks`) is
``(slots, hashtag choices, share with hashtags, weight)``; a post picks one
phrase per slot.

Examples
--------
>>> from inauthentic.simulate.text import compose
>>> from inauthentic.simulate.rng import stream
>>> compose(stream(1, "doc"), (("Hello ", "Hi "), ("world", "there")), 3).tolist()
['Hello there', 'Hello world', 'Hi there']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = [
    "object_array",
    "pick",
    "compose",
    "compose_families",
    "choose_tags",
    "tag_suffix",
    "as_lists",
    "numbers",
    "empty_tags",
]


def object_array(items) -> np.ndarray:
    """Return a 1-D object array holding ``items`` as they are (tuples stay tuples).

    Examples
    --------
    >>> object_array([("a",), ()]).shape
    (2,)
    """
    items = list(items)
    result = np.empty(len(items), dtype=object)
    for position, item in enumerate(items):
        result[position] = item
    return result


def pick(rng: np.random.Generator, options, n: int, weights=None) -> np.ndarray:
    """Draw ``n`` items from ``options`` (with replacement), as an object array.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> pick(stream(1, "doc"), ["a", "b"], 4).tolist()
    ['a', 'a', 'b', 'b']
    """
    bank = object_array(options)
    if weights is None:
        return bank[rng.integers(0, len(bank), n)]
    p = np.asarray(weights, dtype=float)
    return bank[rng.choice(len(bank), size=n, p=p / p.sum())]


def compose(rng: np.random.Generator, slots, n: int) -> np.ndarray:
    """Join one random phrase from each slot, for ``n`` posts.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> len(compose(stream(2, "doc"), (("a", "b"), ("c",)), 10))
    10
    """
    text = np.full(n, "", dtype=object)
    for slot in slots:
        text = text + pick(rng, slot, n)
    return text


def empty_tags(n: int) -> np.ndarray:
    """Return ``n`` empty hashtag tuples.

    Examples
    --------
    >>> empty_tags(2).tolist()
    [(), ()]
    """
    result = np.empty(n, dtype=object)
    result[:] = [()] * n if n else []
    return result


def tag_suffix(tags) -> str:
    """Return the text form of a hashtag tuple: ``' #a #b'``, or ``''``.

    Examples
    --------
    >>> tag_suffix(("Election2026", "VoteEarly"))
    ' #Election2026 #VoteEarly'
    """
    return "".join(f" #{tag}" for tag in tags)


def choose_tags(rng: np.random.Generator, choices, share: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Give a ``share`` of ``n`` posts one of the hashtag ``choices``.

    Returns
    -------
    tags : object array of tuples
    suffix : object array of str
        The matching ``' #tag'`` text to append to each post.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> tags, suffix = choose_tags(stream(1, "doc"), [("a",), ("b", "c")], 1.0, 2)
    >>> tags.tolist(), suffix.tolist()
    ([('a',), ('b', 'c')], [' #a', ' #b #c'])
    """
    combos = [()] + [tuple(choice) for choice in choices]
    suffixes = object_array(tag_suffix(combo) for combo in combos)
    if len(combos) == 1:
        index = np.zeros(n, dtype=np.int64)
    else:
        chosen = rng.random(n) < share
        index = np.where(chosen, rng.integers(1, len(combos), n), 0)
    return object_array(combos)[index], suffixes[index]


def compose_families(rng: np.random.Generator, families, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Compose ``n`` posts from weighted families, hashtags included.

    Returns
    -------
    text : object array of str
        Each post, with its hashtags at the end.
    tags : object array of tuples
        The hashtags of each post.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> from inauthentic.simulate.wordbanks import english
    >>> text, tags = compose_families(stream(1, "doc"), english.FAMILIES, 3)
    >>> all(isinstance(t, str) and len(t) > 10 for t in text)
    True
    """
    weights = np.array([family[3] for family in families], dtype=float)
    which = rng.choice(len(families), size=n, p=weights / weights.sum())
    text = np.empty(n, dtype=object)
    tags = np.empty(n, dtype=object)
    for index, (slots, choices, share, _) in enumerate(families):
        chosen = np.flatnonzero(which == index)
        body = compose(rng, slots, len(chosen))
        family_tags, suffix = choose_tags(rng, choices, share, len(chosen))
        text[chosen] = body + suffix
        tags[chosen] = family_tags
    return text, tags


def as_lists(tuples: np.ndarray) -> np.ndarray:
    """Turn an object array of tuples into one of fresh lists (the schema's list kind).

    Examples
    --------
    >>> as_lists(object_array([("a",), ()])).tolist()
    [['a'], []]
    """
    lists = list(map(list, np.asarray(tuples, dtype=object).tolist()))
    return pd.Series(lists, dtype=object).to_numpy() if lists else np.empty(0, dtype=object)


def numbers(values, width: int = 0) -> np.ndarray:
    """Write whole numbers as strings (zero-padded to ``width``), as an object array.

    Examples
    --------
    >>> numbers([7, 1234], width=3).tolist()
    ['007', '1234']
    """
    text = np.asarray(values, dtype=np.int64).astype(str)
    if width and len(text):
        text = np.char.zfill(text, width)
    return text.astype(object)
