"""Profile fields: names, handles, bios, locations, counts and creation dates.

Examples
--------
>>> from inauthentic.simulate.profiles import person_names, name_digit_handles
>>> from inauthentic.simulate.rng import stream
>>> first, last, display = person_names(stream(1, "doc"), 2, "en")
>>> handles = name_digit_handles(stream(1, "doc2"), first, last)
>>> [len(h) for h in handles], all(h[-8:].isdigit() for h in handles)
([15, 15], True)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .text import compose, numbers, pick
from .wordbanks import english, names

__all__ = [
    "lognormal",
    "counts",
    "uniform_times",
    "person_names",
    "personal_handles",
    "name_digit_handles",
    "unique_handles",
    "optional_text",
    "locations_for",
    "family_bios",
]

_DAY = 86_400


def lognormal(rng: np.random.Generator, n: int, median: float, spread: float, low: float = 0.0, high: float = np.inf) -> np.ndarray:
    """Draw ``n`` heavy-tailed positive values with this median, clipped to [low, high].

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> values = lognormal(stream(1, "doc"), 10_000, 100.0, 1.0)
    >>> 90 < float(np.median(values)) < 110
    True
    """
    return np.clip(median * np.exp(spread * rng.standard_normal(n)), low, high)


def counts(rng: np.random.Generator, n: int, median: float, spread: float) -> np.ndarray:
    """Draw whole counts (followers, following) from a lognormal, as ``int64``.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> counts(stream(1, "doc"), 3, 5.0, 0.0).tolist()
    [5, 5, 5]
    """
    return np.floor(lognormal(rng, n, median, spread) + rng.random(n) * (spread > 0)).astype(np.int64)


def uniform_times(rng: np.random.Generator, n: int, start: str, end: str) -> np.ndarray:
    """Draw UTC seconds uniformly from the start of ``start`` to the end of ``end`` (ISO dates).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> t = uniform_times(stream(1, "doc"), 100, "2020-01-01", "2020-01-01")
    >>> str(np.datetime64(int(t.min()), "s").astype("datetime64[D]"))
    '2020-01-01'
    """
    first = int(np.datetime64(start, "s").astype(np.int64))
    last = int(np.datetime64(end, "s").astype(np.int64)) + _DAY
    return rng.integers(first, last, n)


def person_names(rng: np.random.Generator, n: int, language: str, female: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Draw first names, surnames and display names for a language.

    ``language`` is ``"en"``, ``"es"``, ``"zh"``, ``"pt"`` or ``"id"``.
    Chinese speakers' display names are in characters, in pinyin, or an
    English first name with the surname. For English, ``female`` (a bool
    per person) picks women's or men's first names, so a bio can fit.

    Returns
    -------
    first, last, display : object arrays of str
        ``first`` and ``last`` are in Latin letters (for handles).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> first, last, display = person_names(stream(3, "doc"), 1, "es")
    >>> display[0] == f"{first[0]} {last[0]}"
    True
    """
    if language == "zh":
        surname = rng.integers(0, len(names.SURNAMES_ZH), n)
        given = rng.integers(0, len(names.GIVEN_ZH), n)
        last = np.array([pinyin for pinyin, _ in names.SURNAMES_ZH], dtype=object)[surname]
        hanzi = np.array([chars for _, chars in names.SURNAMES_ZH], dtype=object)[surname] + np.array(
            [chars for _, chars in names.GIVEN_ZH], dtype=object
        )[given]
        pinyin_given = np.array([pinyin for pinyin, _ in names.GIVEN_ZH], dtype=object)[given]
        english = pick(rng, names.FIRST_EN_ZH, n)
        style = rng.random(n)
        first = np.where(style < 0.5, english, pinyin_given)
        display = np.where(style < 0.35, hanzi, np.where(style < 0.5, english + " " + last, np.where(style < 0.8, pinyin_given + " " + last, english + " " + last + " " + hanzi)))
        return first, last, display
    banks = {
        "en": (names.FIRST_EN, names.LAST_EN),
        "es": (names.FIRST_ES, names.LAST_ES),
        "pt": (names.FIRST_PT, names.LAST_PT),
        "id": (names.FIRST_ID, names.LAST_ID),
    }
    first_bank, last_bank = banks[language]
    first = pick(rng, first_bank, n)
    if language == "en" and female is not None:
        first = np.where(female, pick(rng, names.FIRST_EN_WOMEN, n), pick(rng, names.FIRST_EN_MEN, n)).astype(object)
    last = pick(rng, last_bank, n)
    return first, last, first + " " + last


def _ascii(values: np.ndarray) -> pd.Series:
    """Drop accents and anything that cannot go in a handle."""
    series = pd.Series(values, dtype=object).astype(str)
    series = series.str.normalize("NFKD").str.encode("ascii", errors="ignore").str.decode("ascii")
    return series.str.replace(r"[^A-Za-z0-9_]", "", regex=True)


def personal_handles(rng: np.random.Generator, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Make varied, realistic handles from names (at most 15 characters).

    Styles: ``JessicaMiller``, ``jessica_miller``, ``jmiller``, ``jessmiller88``,
    ``jessica_reads``, ``sunnyriver``, ``thejessicamiller``, ``miller1987``.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> h = personal_handles(stream(1, "doc"), np.array(["José"], object), np.array(["García"], object))
    >>> h[0].isascii() and len(h[0]) <= 15
    True
    """
    n = len(first)
    first_s, last_s = _ascii(first), _ascii(last)
    lower_first, lower_last = first_s.str.lower(), last_s.str.lower()
    word = pd.Series(pick(rng, names.HANDLE_WORDS, n))
    word2 = pd.Series(pick(rng, names.HANDLE_WORDS, n))
    two_digits = pd.Series(numbers(rng.integers(0, 100, n), 2))
    year = pd.Series(numbers(rng.integers(1958, 2008, n)))
    styles = [
        first_s + last_s,
        lower_first + "_" + lower_last,
        lower_first.str[:1] + lower_last,
        lower_first.str[:4] + lower_last + two_digits,
        lower_first + "_" + word,
        word + word2,
        "the" + lower_first + lower_last,
        lower_last + year,
    ]
    weights = np.array([0.18, 0.16, 0.14, 0.14, 0.1, 0.08, 0.06, 0.14])
    choice = rng.choice(len(styles), size=n, p=weights)
    result = pd.Series(np.empty(n, dtype=object))
    for index, style in enumerate(styles):
        chosen = choice == index
        result[chosen] = style[chosen]
    return result.str[:15].to_numpy(dtype=object, copy=True)


def name_digit_handles(rng: np.random.Generator, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Make the platform's suggested handle: first seven letters of the name, then 8 digits.

    Genuine new users who skip choosing a handle get these, and so do
    mass-produced fake accounts.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> name_digit_handles(stream(1, "doc"), np.array(["Al"], object), np.array(["Cox"], object))[0][:5]
    'AlCox'
    """
    stem = (_ascii(first) + _ascii(last)).str[:7]
    digits = pd.Series(numbers(rng.integers(0, 100_000_000, len(first)), 8))
    return (stem + digits).to_numpy(dtype=object, copy=True)


def unique_handles(rng: np.random.Generator, handles: np.ndarray) -> np.ndarray:
    """Make handles unique (ignoring case) by changing the last two characters of repeats.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> out = unique_handles(stream(1, "doc"), np.array(["amy", "Amy", "bob"], object))
    >>> len({h.lower() for h in out})
    3
    """
    handles = pd.Series(handles, dtype=object).copy()
    while True:
        repeated = handles.str.lower().duplicated()
        if not repeated.any():
            return handles.to_numpy(dtype=object, copy=True)
        count = int(repeated.sum())
        suffix = pd.Series(numbers(rng.integers(0, 100, count), 2), index=handles.index[repeated])
        handles[repeated] = handles[repeated].str[:13] + suffix


def optional_text(rng: np.random.Generator, slots, n: int, share: float) -> np.ndarray:
    """Compose a text (a bio, say) for a ``share`` of ``n`` accounts, ``""`` for the rest.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> optional_text(stream(1, "doc"), (("Hi",),), 3, 0.0).tolist()
    ['', '', '']
    """
    text = compose(rng, slots, n)
    text = np.asarray([t.strip() for t in text], dtype=object) if n else text
    return np.where(rng.random(n) < share, text, "").astype(object)


def locations_for(rng: np.random.Generator, zones: np.ndarray, banks: dict, share: float) -> np.ndarray:
    """Draw a location consistent with each account's time zone (or ``""``).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> locations_for(stream(1, "doc"), np.array(["America/Denver"], object), names.LOCATIONS_BY_ZONE, 1.0)[0] in names.LOCATIONS_BY_ZONE["America/Denver"]
    True
    """
    n = len(zones)
    result = np.full(n, "", dtype=object)
    for zone, bank in banks.items():
        chosen = np.flatnonzero(zones == zone)
        result[chosen] = pick(rng, bank, len(chosen))
    result[rng.random(n) >= share] = ""
    return result


def family_bios(rng: np.random.Generator, bios: np.ndarray, female: np.ndarray, share: float) -> np.ndarray:
    """Open a ``share`` of the non-empty bios with a family phrase that fits each person's gender.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> family_bios(stream(1, "doc"), np.array(["Runner.", ""], object), np.array([True, False]), 1.0).tolist()
    ['Mom of three. Runner.', '']
    """
    n = len(bios)
    phrase = np.where(female, pick(rng, english.FAMILY_BIOS[1], n), pick(rng, english.FAMILY_BIOS[0], n))
    chosen = (rng.random(n) < share) & (bios != "")
    return np.where(chosen, (phrase + bios).astype(object), bios).astype(object)
