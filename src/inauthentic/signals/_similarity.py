"""Near-duplicate finding for texts (MinHash + Jaccard) and image fingerprints (bit distance).

Comparing every text with every other one is too slow for a hundred thousand
posts, so both searches work in two steps:

1. **Candidates.** Texts: MinHash signatures cut into bands (locality
   sensitive hashing); two texts that agree on a whole band become a
   candidate pair. Fingerprints: the 64 bits are cut into ``k + 1`` chunks;
   two fingerprints at most ``k`` bits apart must agree exactly on at least one
   chunk (the pigeonhole principle).
2. **Verification.** Each candidate pair is checked exactly (token-set Jaccard,
   or the number of differing bits), so the result has no false matches.

Examples
--------
>>> import pandas as pd
>>> texts = pd.Series(["the cat sat on the mat today", "the cat sat on the mat tonight", "dogs bark"])
>>> similar_text_pairs(normalise_text(texts), threshold=0.7, min_tokens=2)
   left  right   jaccard
0     0      1  0.714286
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pandas as pd
from scipy import sparse

__all__ = ["normalise_text", "similar_text_pairs", "hex_to_uint64", "close_fingerprint_pairs"]

_PRIME = np.uint64(2**31 - 1)  # modulus of the MinHash functions (a Mersenne prime)
_PAIR_CHUNK = 500_000  # candidate pairs verified at a time, to bound memory


def normalise_text(texts: pd.Series, masked_words: tuple[str, ...] = (), drop_links_and_mentions: bool = False) -> pd.Series:
    """Lower-case, drop the ``RT @x:`` prefix and mask links, mentions, digits and ``masked_words``.

    Punctuation is dropped, and each Chinese character becomes a word of its
    own (Chinese is written without spaces). With ``drop_links_and_mentions``
    links and mentions are removed instead of masked (a reply's ``@name``
    says nothing about whether its text was copied).

    Examples
    --------
    >>> normalise_text(pd.Series(["RT @ann: Vote #Blue at https://x.org/1 NOW, 2026!"])).tolist()
    ['vote #blue at <link> now 0000']
    >>> normalise_text(pd.Series(["@bo Go https://x.org"]), drop_links_and_mentions=True).tolist()
    ['go']
    >>> normalise_text(pd.Series(["Unity Party all the way"]), masked_words=("unity",)).tolist()
    ['<word> party all the way']
    >>> normalise_text(pd.Series(["【通知】免费讲座，欢迎!"])).tolist()
    ['通 知 免 费 讲 座 欢 迎']
    """
    codes, distinct = pd.factorize(texts.astype(str))  # work on each distinct text once
    text = pd.Series(distinct, dtype=str).str.lower()
    text = text.str.replace(r"^rt @\w+:\s*", "", regex=True)
    text = text.str.replace(r"https?://\S+", " " if drop_links_and_mentions else " <link> ", regex=True)
    text = text.str.replace(r"@\w+", " " if drop_links_and_mentions else " <mention> ", regex=True)
    text = text.str.replace(r"\d", "0", regex=True)
    if masked_words:
        pattern = r"\b(?:" + "|".join(re.escape(word.lower()) for word in masked_words) + r")\b"
        text = text.str.replace(pattern, " <word> ", regex=True)
    text = text.str.replace(r"[^\w#<>\s]", " ", regex=True)
    text = text.str.translate(_spaced_chinese())  # Chinese has no spaces: one character, one word
    text = text.str.replace(r"\s+", " ", regex=True).str.strip()
    return pd.Series(text.to_numpy()[codes], index=texts.index, dtype=str)


@functools.cache
def _spaced_chinese() -> dict[int, str]:
    """A str.translate table that puts spaces around every Chinese character."""
    blocks = [range(0x3400, 0xA000), range(0xF900, 0xFB00)]
    return {code: f" {chr(code)} " for block in blocks for code in block}


def _token_matrix(texts: pd.Series) -> sparse.csr_matrix:
    """Return a binary document x token matrix (one row per text, in order)."""
    split = texts.str.split()
    tokens = split.explode().dropna()
    positions = np.repeat(np.arange(len(texts)), split.str.len().to_numpy(dtype=int))
    token_ids, _ = pd.factorize(tokens.to_numpy())
    matrix = sparse.csr_matrix(
        (np.ones(len(token_ids), dtype=np.int32), (positions, token_ids)),
        shape=(len(texts), max(int(token_ids.max(initial=-1)) + 1, 1)),
    )
    matrix.data[:] = 1  # a token repeated in one text counts once (sets, not bags)
    return matrix


def _minhash_signatures(matrix: sparse.csr_matrix, num_hashes: int, seed: int) -> np.ndarray:
    """Return the (texts x num_hashes) MinHash signature of each non-empty row."""
    rng = np.random.default_rng(seed)
    multipliers = rng.integers(1, int(_PRIME), num_hashes, dtype=np.uint64)
    offsets = rng.integers(0, int(_PRIME), num_hashes, dtype=np.uint64)
    token_ids = matrix.indices.astype(np.uint64)
    starts = matrix.indptr[:-1]
    signatures = np.empty((matrix.shape[0], num_hashes), dtype=np.uint64)
    for column in range(num_hashes):  # one pass per hash function
        hashed = (multipliers[column] * token_ids + offsets[column]) % _PRIME
        signatures[:, column] = np.minimum.reduceat(hashed, starts)
    return signatures


def _pairs_sharing_a_key(keys: np.ndarray) -> np.ndarray:
    """Return every (i, j), i < j, of positions whose ``keys`` are equal, as an (n, 2) array."""
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
    sizes = np.diff(np.r_[starts, len(keys)])
    # Each member is paired with every later member of its bucket.
    later = np.repeat(starts + sizes, sizes) - np.arange(len(keys)) - 1
    first = np.repeat(np.arange(len(keys)), later)
    step = np.arange(len(first)) - np.repeat(np.cumsum(later) - later, later) + 1
    pairs = np.column_stack([order[first], order[first + step]])
    return np.sort(pairs, axis=1)


def _unique_pairs(found: list[np.ndarray], n: int) -> np.ndarray:
    """Concatenate (i, j) pair arrays and drop repeats (each pair coded as one number, i * n + j)."""
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.sort(pd.unique(np.concatenate([pairs[:, 0].astype(np.int64) * n + pairs[:, 1] for pairs in found])))
    return np.column_stack([codes // n, codes % n])


def _candidate_pairs(signatures: np.ndarray, bands: int) -> np.ndarray:
    rows_per_band = signatures.shape[1] // bands
    found = []
    for band in range(bands):
        block = signatures[:, band * rows_per_band : (band + 1) * rows_per_band]
        keys = np.zeros(len(block), dtype=np.uint64)
        for column in block.T:  # one number per band: a polynomial hash (overflow wraps, by design)
            keys = keys * np.uint64(1_000_003) + column
        found.append(_pairs_sharing_a_key(keys))
    return _unique_pairs(found, len(signatures))


def _jaccard(matrix: sparse.csr_matrix, pairs: np.ndarray) -> np.ndarray:
    sizes = matrix.getnnz(axis=1)
    shared = np.empty(len(pairs))
    for start in range(0, len(pairs), _PAIR_CHUNK):
        left, right = pairs[start : start + _PAIR_CHUNK].T
        shared[start : start + _PAIR_CHUNK] = np.asarray(matrix[left].multiply(matrix[right]).sum(axis=1)).ravel()
    return shared / (sizes[pairs[:, 0]] + sizes[pairs[:, 1]] - shared)


def similar_text_pairs(
    texts: pd.Series,
    threshold: float = 0.8,
    min_tokens: int = 5,
    num_hashes: int = 40,
    bands: int = 8,
    seed: int = 0,
) -> pd.DataFrame:
    """Return pairs of positions in ``texts`` whose token sets have Jaccard >= ``threshold``.

    ``texts`` should already be normalised (see :func:`normalise_text`) and
    should hold each text once; texts with fewer than ``min_tokens`` distinct
    tokens are never matched. A pair at Jaccard ``J`` becomes a candidate
    with probability ``1 - (1 - J ** r) ** bands``, ``r = num_hashes // bands``:
    with the default 40 hashes in 8 bands, 96 % at J = 0.8, 99.1 % at 0.85,
    99.9 % at 0.9, and only 22 % at 0.5, which keeps the candidates few.

    Returns
    -------
    DataFrame
        ``left``, ``right`` (positions, ``left < right``) and ``jaccard``.

    Examples
    --------
    >>> similar_text_pairs(pd.Series(["a b c d e", "a b c d f", "a b c d e"]), threshold=0.6)
       left  right   jaccard
    0     0      1  0.666667
    1     0      2  1.000000
    2     1      2  0.666667
    """
    matrix = _token_matrix(texts.reset_index(drop=True))
    eligible = np.flatnonzero(matrix.getnnz(axis=1) >= max(min_tokens, 1))
    empty = pd.DataFrame({"left": np.array([], dtype=np.int64), "right": np.array([], dtype=np.int64), "jaccard": []})
    if len(eligible) < 2:
        return empty
    kept = matrix[eligible]
    pairs = _candidate_pairs(_minhash_signatures(kept, num_hashes, seed), bands)
    if len(pairs) == 0:
        return empty
    scores = _jaccard(kept, pairs)
    close = scores >= threshold
    return pd.DataFrame(
        {"left": eligible[pairs[close, 0]], "right": eligible[pairs[close, 1]], "jaccard": scores[close]}
    )


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
    edges = np.linspace(0, 64, max_bits + 2).astype(int)
    found = []
    for low, high in zip(edges[:-1], edges[1:]):  # k + 1 chunks of the 64 bits
        chunk = (fingerprints >> np.uint64(low)) & np.uint64((1 << int(high - low)) - 1)
        found.append(_pairs_sharing_a_key(chunk))
    pairs = _unique_pairs(found, len(fingerprints))
    bits = _bit_count(fingerprints[pairs[:, 0]] ^ fingerprints[pairs[:, 1]]) if len(pairs) else np.array([], int)
    close = bits <= max_bits
    return pd.DataFrame({"left": pairs[close, 0], "right": pairs[close, 1], "bits": bits[close]})
