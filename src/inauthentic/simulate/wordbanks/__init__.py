"""Fictional word banks: names, places, posts, bios and campaign scripts.

Everything here is invented or generic: fictional candidates, parties,
outlets, towns, shops and ``.example`` web addresses. No real public person
is named (``tests/test_scenarios.py`` scans these banks, and generated text,
for well-known politicians' names).

Examples
--------
>>> from inauthentic.simulate.wordbanks import all_strings
>>> strings = all_strings()
>>> len(strings) > 500 and all(isinstance(s, str) for s in strings)
True
"""

from __future__ import annotations

from . import campaign, chinese, commerce, english, fiction, names, news, other, partisan, spanish

__all__ = ["all_strings", "campaign", "chinese", "commerce", "english", "fiction", "names", "news", "other", "partisan", "spanish"]


def _collect(value, found: list[str]) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, (tuple, list)):
        for item in value:
            _collect(item, found)
    elif isinstance(value, dict):
        for key, item in value.items():
            _collect(key, found)
            _collect(item, found)


def all_strings() -> list[str]:
    """Return every string in every word bank (for scanning).

    Examples
    --------
    >>> "Corwin Ashby" in all_strings()
    True
    """
    found: list[str] = []
    for module in (campaign, chinese, commerce, english, fiction, names, news, other, partisan, spanish):
        for name in dir(module):
            if name.isupper():
                _collect(getattr(module, name), found)
    return found
