"""Near-identical pictures: 64-bit fingerprints a few bits apart.

Comparing every fingerprint with every other one is too slow for many
accounts, so the search works in two steps:

1. **Candidates.** The 64 bits are cut into ``k + 1`` chunks; two
   fingerprints at most ``k`` bits apart must agree exactly on at least one
   chunk (the pigeonhole principle). Fingerprints that agree on a chunk share
   a bucket (:func:`inauthentic.textsim.bucket_pairs`).
2. **Verification.** Each candidate pair is checked exactly (the number of
   differing bits), so the result has no false matches.

Texts are compared in :mod:`inauthentic.textsim`.

Examples
--------
>>> import pandas as pd
>>> close_fingerprint_pairs(hex_to_uint64(pd.Series(["a3f1c2d4e5f60718", "a3f1c2d4e5f60719"])), max_bits=4)
   left  right  bits
0     0      1     1
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..textsim import bucket_pairs

__all__ = ["hex_to_uint64", "close_fingerprint_pairs"]


def hex_to_uint64(hashes: pd.Series) -> np.ndarray:
    """Turn 16-hex-digit fingerprints into unsigned 64-bit integers (all at once).

    Examples
    --------
    >>> hex_to_uint64(pd.Series(["0000000000000001", "ffffffffffffffff"]))
    array([                   1, 18446744073709551615], dtype=uint64)
    """
    raw = bytes.fromhex("".join(hashes.tolist()))
    return np.frombuffer(raw, dtype=">u8").astype(np.uint64)


def _bit_count(values: np.ndarray) -> np.ndarray:
    return np.unpackbits(values.astype(np.uint64).view(np.uint8)).reshape(-1, 64).sum(axis=1)


def close_fingerprint_pairs(fingerprints: np.ndarray, max_bits: int) -> pd.DataFrame:
    """Return pairs of positions whose 64-bit fingerprints differ in at most ``max_bits`` bits.

    Examples
    --------
    >>> close_fingerprint_pairs(np.array([0b1111, 0b0111, 0xFF00], dtype=np.uint64), max_bits=1)
       left  right  bits
    0     0      1     1
    """
    n = np.int64(len(fingerprints))
    edges = np.linspace(0, 64, max_bits + 2).astype(int)
    codes, bits = [np.empty(0, dtype=np.int64)], [np.empty(0, dtype=np.int64)]
    for low, high in zip(edges[:-1], edges[1:]):  # k + 1 chunks of the 64 bits
        chunk = (fingerprints >> np.uint64(low)) & np.uint64((1 << int(high - low)) - 1)
        for pairs, _ in bucket_pairs(chunk, max_bucket=None):  # every pair: each one is counted
            apart = _bit_count(fingerprints[pairs[:, 0]] ^ fingerprints[pairs[:, 1]]).astype(np.int64)
            close = apart <= max_bits
            codes.append(pairs[close, 0] * n + pairs[close, 1])
            bits.append(apart[close])
    codes, first = np.unique(np.concatenate(codes), return_index=True)  # a pair may agree on several chunks
    return pd.DataFrame({"left": codes // max(n, 1), "right": codes % max(n, 1), "bits": np.concatenate(bits)[first]})
