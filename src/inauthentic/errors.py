"""Errors the kit raises, written as sentences a beginner can act on.

Every problem caused by the learner's input is raised as :class:`KitError`,
a :class:`ValueError` whose message names the file, column, argument or value
at fault and says what to do next.

Examples
--------
>>> from inauthentic.errors import KitError, did_you_mean
>>> did_you_mean("clasroom", ["classroom", "capstone"])
" Did you mean 'classroom'?"
>>> raise KitError("The argument 'posts' has no column 'tweet_time'.")
Traceback (most recent call last):
...
inauthentic.errors.KitError: The argument 'posts' has no column 'tweet_time'.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["KitError", "KitNotice", "did_you_mean", "quoted_list"]


class KitError(ValueError):
    """A problem with the input that the learner can fix; the message says how."""


class KitNotice(UserWarning):
    """Something the learner should know, though the kit carried on (an edited data set, say).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warnings.warn("posts.csv differs from the shipped data set.", KitNotice)
    >>> str(caught[0].message)
    'posts.csv differs from the shipped data set.'
    """


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return ``" Did you mean 'x'?"`` for the closest choice, or ``""``.

    Parameters
    ----------
    word : str
        What the learner typed.
    choices : iterable of str
        The valid spellings.

    Returns
    -------
    str
        A sentence to append to an error message (starting with a space), or
        an empty string when nothing is close.

    Examples
    --------
    >>> did_you_mean("tweet_tim", ["tweet_time", "userid"])
    " Did you mean 'tweet_time'?"
    >>> did_you_mean("zzz", ["tweet_time"])
    ''
    """
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


def quoted_list(items: Iterable[str]) -> str:
    """Join items as ``'a', 'b' and 'c'`` for use in a sentence.

    Examples
    --------
    >>> quoted_list(["accounts", "posts", "labels"])
    "'accounts', 'posts' and 'labels'"
    >>> quoted_list(["posts"])
    "'posts'"
    """
    quoted = [f"'{item}'" for item in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]
