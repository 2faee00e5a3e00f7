"""Random-number streams: one independent, reproducible stream per purpose.

Every part of the simulator asks for its own stream by name
(``stream(seed, "genuine.ordinary.times")``). The name is turned into
numbers with SHA-256, never with Python's ``hash()`` (which changes from run
to run), and mixed with the scenario's seed by numpy's ``SeedSequence``. So:

* the same seed and name give the same numbers on any machine, under any
  ``PYTHONHASHSEED``;
* changing one population's size does not change another population's
  random numbers.

Examples
--------
>>> from inauthentic.simulate.rng import stream
>>> a = stream(7, "demo").integers(0, 100, 3)
>>> b = stream(7, "demo").integers(0, 100, 3)
>>> bool((a == b).all())
True
>>> bool((stream(7, "other").integers(0, 100, 3) == a).all())
False
"""

from __future__ import annotations

import hashlib

import numpy as np

__all__ = ["stream", "purpose_words"]


def purpose_words(purpose: str) -> list[int]:
    """Return four 32-bit numbers that stand for ``purpose``, stably.

    Examples
    --------
    >>> purpose_words("demo")
    [1817286442, 2221427509, 4124629900, 174727754]
    """
    digest = hashlib.sha256(purpose.encode("utf-8")).digest()
    return [int.from_bytes(digest[i : i + 4], "little") for i in range(0, 16, 4)]


def stream(seed: int, purpose: str) -> np.random.Generator:
    """Return a PCG64 generator for this seed and purpose.

    Parameters
    ----------
    seed : int
        The scenario's seed (zero or more).
    purpose : str
        What the numbers are for, e.g. ``"campaign_a.scripts"``.

    Returns
    -------
    numpy.random.Generator

    Examples
    --------
    >>> stream(1, "x").random() == stream(1, "x").random()
    True
    """
    sequence = np.random.SeedSequence([int(seed), *purpose_words(purpose)])
    return np.random.Generator(np.random.PCG64(sequence))
