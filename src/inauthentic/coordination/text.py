"""Groups of near-identical texts (copypasta), the object of co-similar-text networks.

Two posts are *near-identical* when their normalised word sets have a
Jaccard similarity of at least ``threshold`` (QUT's coordination-network-toolkit
uses 0.8 by default; 0.8-0.9 is usual). Normalising lower-cases the text,
drops the ``RT @x:`` prefix and replaces links, mentions and digits by
placeholders (:func:`inauthentic.textsim.normalise_text`).

How, without comparing every pair of texts (the steps are in
:mod:`inauthentic.textsim`):

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

import pandas as pd

from ..errors import KitError
from ..textsim import group_near_duplicates, normalise_text

__all__ = ["near_duplicate_groups"]


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
    groups = group_near_duplicates(
        normalise_text(texts), threshold, min_tokens, num_hashes=num_hashes, bands=bands, seed=seed, max_bucket=1
    )
    return pd.Series(groups, index=texts.index, dtype="Int64").where(groups >= 0)
