"""Profile-picture fingerprints (64-bit perceptual hashes, 16 hex digits).

The kit has no pictures; each account has a hash of its picture instead.
Similar pictures have hashes a few bits apart (Hamming distance), which is
how generated ("GAN") faces, where the eyes always sit at the same spot, are
spotted: the campaign's faces are a few templates with a few bits flipped.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.images import near_hashes, to_hex, hamming
>>> from inauthentic.simulate.rng import stream
>>> base = np.array([0x0123456789ABCDEF], dtype=np.uint64)
>>> variants = near_hashes(stream(1, "doc"), base, np.zeros(5, int), max_bits=3)
>>> bool((hamming(variants, base[0]) <= 3).all())
True
>>> to_hex(base).tolist()
['0123456789abcdef']
"""

from __future__ import annotations

import numpy as np

from ..schema import DEFAULT_AVATAR_HASH

__all__ = ["random_hashes", "near_hashes", "to_hex", "hamming", "DEFAULT_AVATAR_HASH"]

_HEX = np.array(list("0123456789abcdef"))


def random_hashes(rng: np.random.Generator, n: int) -> np.ndarray:
    """Return ``n`` unrelated 64-bit hashes (``uint64``), never the default one.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> random_hashes(stream(1, "doc"), 3).dtype
    dtype('uint64')
    """
    return rng.integers(1, np.iinfo(np.uint64).max, size=n, dtype=np.uint64, endpoint=True)


def near_hashes(rng: np.random.Generator, templates: np.ndarray, which: np.ndarray, max_bits: int, exact_share: float = 0.0) -> np.ndarray:
    """Return variants of template hashes with 1 to ``max_bits`` bits flipped.

    Parameters
    ----------
    templates : uint64 array
        The template hashes.
    which : int array
        Which template each variant comes from.
    max_bits : int
        Most bits flipped.
    exact_share : float
        Share of variants that are the template itself (a reused picture).

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> base = np.array([0], dtype=np.uint64)
    >>> hamming(near_hashes(stream(1, "doc"), base, np.zeros(4, int), 2, exact_share=1.0), base[0]).tolist()
    [0, 0, 0, 0]
    """
    which = np.asarray(which)
    n = len(which)
    bits = rng.integers(1, max_bits + 1, n)
    positions = rng.integers(0, 64, (n, max_bits)).astype(np.uint64)
    used = np.arange(max_bits)[None, :] < bits[:, None]
    flips = np.where(used, np.left_shift(np.uint64(1), positions), np.uint64(0))
    mask = np.bitwise_or.reduce(flips, axis=1)
    mask[rng.random(n) < exact_share] = np.uint64(0)
    return np.asarray(templates, dtype=np.uint64)[which] ^ mask


def to_hex(hashes: np.ndarray) -> np.ndarray:
    """Write hashes as 16 lower-case hex digits (an object array of str).

    Examples
    --------
    >>> to_hex(np.array([0, 255], dtype=np.uint64)).tolist()
    ['0000000000000000', '00000000000000ff']
    """
    hashes = np.asarray(hashes, dtype=np.uint64)
    shifts = np.arange(60, -1, -4, dtype=np.uint64)
    nibbles = (hashes[:, None] >> shifts[None, :]) & np.uint64(15)
    digits = _HEX[nibbles.astype(np.int64)]
    return np.ascontiguousarray(digits).view("<U16").ravel().astype(object)


def hamming(hashes: np.ndarray, other) -> np.ndarray:
    """Return the number of differing bits between hashes and ``other``.

    Examples
    --------
    >>> hamming(np.array([0b1011], dtype=np.uint64), np.uint64(0)).tolist()
    [3]
    """
    diff = np.asarray(hashes, dtype=np.uint64) ^ np.uint64(other)
    return np.unpackbits(diff.view(np.uint8).reshape(-1, 8), axis=1).sum(axis=1)
