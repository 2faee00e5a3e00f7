"""Groups of near-identical texts (copypasta), the object of co-similar-text networks.

Two posts are *near-identical* when their normalised word sets have a
Jaccard similarity of at least ``threshold`` (QUT's coordination-network-toolkit
uses 0.8 by default; 0.8-0.9 is usual). Normalising lower-cases the text,
drops the ``RT @x:`` prefix and replaces links, mentions and digits by
placeholders (:func:`inauthentic.signals._similarity.normalise_text`).

How, without comparing every pair of texts:

1. Texts that are identical after normalising are one group from the start.
2. Each distinct text gets a MinHash signature (32 numbers); the signature is
   cut into 8 bands of 4. Texts with an identical band land in one bucket:
   at Jaccard 0.8 two texts share at least one band 98.5 % of the time.
3. Each text is checked exactly (Jaccard) against the first text of every
   bucket it is in, so the work grows with the number of texts, not with
   their square, even when thousands of variants share a bucket.
4. Matching texts are joined into groups (connected components). This is
   transitive: if A matches B and B matches C, all three are one group even
   when A and C alone are below the threshold. Copypasta with small edits
   behaves like that, and one object per group is what the co-action engine
   needs. The price: an approximate grouping (a rare near-duplicate may be
   missed, and chains may join texts that drift apart).
"""

from __future__ import annotations

from numbers import Integral, Real

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from ..errors import KitError
from ..signals._similarity import normalise_text

__all__ = ["near_duplicate_groups"]

_PRIME = np.uint64(2**31 - 1)  # modulus of the MinHash functions (a Mersenne prime)


def _word_sets(texts: pd.Series) -> sparse.csr_matrix:
    """Binary text x word matrix: row i marks the distinct words of text i."""
    words = texts.str.split()
    exploded = words.explode().dropna()
    text_of_word = exploded.index.to_numpy()
    word_code, vocabulary = pd.factorize(exploded.to_numpy())
    matrix = sparse.csr_matrix(
        (np.ones(len(word_code), dtype=np.int32), (text_of_word, word_code)), shape=(len(texts), max(len(vocabulary), 1))
    )
    matrix.data[:] = 1  # a word repeated in one text counts once
    return matrix


def _minhash(words: sparse.csr_matrix, num_hashes: int, seed: int) -> np.ndarray:
    """(texts x num_hashes) MinHash signatures; every row must have at least one word."""
    rng = np.random.default_rng(seed)
    multipliers = rng.integers(1, int(_PRIME), num_hashes, dtype=np.uint64)
    offsets = rng.integers(0, int(_PRIME), num_hashes, dtype=np.uint64)
    word_ids = words.indices.astype(np.uint64)
    signatures = np.empty((words.shape[0], num_hashes), dtype=np.uint64)
    for column in range(num_hashes):  # one vectorised pass per hash function
        hashed = (multipliers[column] * word_ids + offsets[column]) % _PRIME
        signatures[:, column] = np.minimum.reduceat(hashed, words.indptr[:-1])
    return signatures


def _jaccard(words: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    shared = np.asarray(words[left].multiply(words[right]).sum(axis=1)).ravel()
    sizes = words.getnnz(axis=1)
    return shared / (sizes[left] + sizes[right] - shared)


def near_duplicate_groups(
    texts: pd.Series, threshold: float = 0.8, min_tokens: int = 5, num_hashes: int = 32, bands: int = 8, seed: int = 0
) -> pd.Series:
    """Number each text by its group of near-identical texts.

    Parameters
    ----------
    texts : Series of str
        For example ``posts["tweet_text"]``.
    threshold : float, default 0.8
        Smallest word-set Jaccard similarity for two texts to match.
    min_tokens : int, default 5
        Texts with fewer distinct words are too short to call copies of each
        other; they get no group.
    num_hashes, bands, seed : int
        MinHash settings (see the module notes); the defaults suit 0.8.

    Returns
    -------
    Series
        Aligned with ``texts`` (same index), nullable ``Int64``: group ids
        ``0, 1, ...`` in order of first appearance; ``<NA>`` for short texts.

    Examples
    --------
    >>> texts = pd.Series([
    ...     "Vote NO on measure 5, they lie to you every day",
    ...     "vote no on Measure 5 they lie to you every day!!",
    ...     "RT @ann: Vote no on measure 5, they lie to you every single day",
    ...     "Lovely sunset at the beach tonight with friends",
    ...     "ok",
    ... ])
    >>> near_duplicate_groups(texts).tolist()
    [0, 0, 0, 1, <NA>]
    """
    if not isinstance(texts, pd.Series):
        raise KitError(
            f"The argument 'texts' should be a column of texts (a pandas Series), but it is a {type(texts).__name__}."
        )
    if isinstance(threshold, bool) or not isinstance(threshold, Real) or not 0 < threshold <= 1:
        raise KitError(
            f"The argument 'threshold' should be a similarity between 0 and 1 (for example 0.8), but it is {threshold!r}."
        )
    if isinstance(min_tokens, bool) or not isinstance(min_tokens, Integral) or min_tokens < 1:
        raise KitError(f"The argument 'min_tokens' should be a whole number, 1 or more (for example 5), but it is {min_tokens!r}.")
    text_code, distinct = pd.factorize(normalise_text(texts).to_numpy())
    words = _word_sets(pd.Series(distinct, dtype=object))
    long_enough = np.flatnonzero(words.getnnz(axis=1) >= min_tokens)
    signatures = _minhash(words[long_enough], num_hashes, seed)
    left, right = [], []
    for band in np.array_split(np.arange(num_hashes), bands):
        keys = pd.util.hash_pandas_object(pd.DataFrame(signatures[:, band]), index=False).to_numpy()
        bucket, _ = pd.factorize(keys)
        first_in_bucket = np.unique(bucket, return_index=True)[1][bucket]
        not_first = first_in_bucket != np.arange(len(bucket))
        left.append(long_enough[not_first])
        right.append(long_enough[first_in_bucket[not_first]])
    left, right = np.unique(np.column_stack([np.concatenate(left), np.concatenate(right)]), axis=0).T.reshape(2, -1)
    close = _jaccard(words, left, right) >= threshold
    links = sparse.coo_matrix((np.ones(close.sum()), (left[close], right[close])), shape=(len(distinct),) * 2)
    component = connected_components(links, directed=False)[1]
    is_long = np.zeros(len(distinct), dtype=bool)
    is_long[long_enough] = True
    group = np.where(is_long[text_code], component[text_code], -1)
    numbered = pd.factorize(pd.Series(group).where(group >= 0))[0]
    return pd.Series(numbered, index=texts.index, dtype="Int64").where(numbered >= 0)
