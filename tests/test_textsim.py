"""The shared near-duplicate text search, checked against brute force."""

from __future__ import annotations

import itertools
import tracemalloc

import numpy as np
import pandas as pd
import pytest

from inauthentic.coordination import near_duplicate_groups
from inauthentic.textsim import bucket_pairs, count_owners, group_near_duplicates, normalise_text, similar_pairs


def variants(n: int, seed: int, n_templates: int = 20, length: int = 12) -> pd.Series:
    """``n`` texts, each a template with up to two words swapped."""
    rng = np.random.default_rng(seed)
    vocabulary = np.array([a + b for a, b in itertools.product("abcdefghijklm", "nopqrstuvwxyz")])
    templates = [rng.choice(vocabulary, length, replace=False) for _ in range(n_templates)]
    texts = []
    for i in range(n):
        words = templates[i % n_templates].copy()
        words[rng.integers(0, length, rng.integers(0, 3))] = rng.choice(vocabulary)
        texts.append(" ".join(words))
    return pd.Series(texts)


@pytest.mark.parametrize("max_bucket, chunk", [(None, 1), (None, 7), (3, 5), (1, 100), (10, 1_000)])
def test_bucket_pairs_lists_each_pair_once(max_bucket, chunk):
    rng = np.random.default_rng(chunk)
    keys = rng.integers(0, 30, 300)
    found = [(tuple(pair), via_first) for pairs, via_first in bucket_pairs(keys, max_bucket, chunk) for pair in pairs.tolist()]
    expected = set()
    for key in np.unique(keys):
        members = np.flatnonzero(keys == key).tolist()
        if max_bucket is not None and len(members) > max_bucket:
            expected |= {((members[0], other), True) for other in members[1:]}
        else:
            expected |= {(pair, False) for pair in itertools.combinations(members, 2)}
    assert len(found) == len(set(found)) and set(found) == expected


def test_count_owners_matches_brute_force():
    texts = normalise_text(variants(600, seed=1))
    owners = np.random.default_rng(2).integers(0, 150, len(texts))
    sets = [frozenset(text.split()) for text in texts]
    close = np.array([[len(a & b) / len(a | b) >= 0.8 for b in sets] for a in sets])
    expected = [len(set(owners[close[i]])) for i in range(len(texts))]
    counts = count_owners(texts, owners, threshold=0.8, min_tokens=5, num_hashes=64, bands=16)
    assert np.mean(counts == expected) > 0.97  # MinHash misses a pair now and then, never adds one
    assert (counts <= expected).all()


def test_large_buckets_are_compared_with_their_first_text():
    texts = pd.Series([f"one two three four five six seven eight nine ten x{i}" for i in "ghijkl"])  # Jaccard 10/12
    every_pair = similar_pairs(texts, threshold=0.8, max_bucket=None)
    assert len(every_pair) == 15 and not every_pair["via_first"].any()
    with_first = similar_pairs(texts, threshold=0.8, max_bucket=1)
    assert with_first["via_first"].all() and len(with_first) < 15
    # Either way, all six count as near-duplicates of one another, and make one group.
    for max_bucket in (None, 1):
        assert count_owners(texts, np.arange(6), threshold=0.8, max_bucket=max_bucket).tolist() == [6] * 6
        assert group_near_duplicates(texts, max_bucket=max_bucket).tolist() == [0] * 6


def test_twenty_thousand_near_identical_texts_need_bounded_memory():
    template = "the election was stolen share this before they delete it and tell everyone you know today"
    letters = "abcdefghij"
    texts = pd.Series([f"{template} x{''.join(letters[int(d)] for d in str(i))}" for i in range(20_000)])
    tracemalloc.start()
    try:
        groups = near_duplicate_groups(texts)
        counts = count_owners(normalise_text(texts), np.arange(20_000), threshold=0.85, min_tokens=6)
        pairs = similar_pairs(normalise_text(texts), threshold=0.85, min_tokens=6)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert groups.nunique() == 1 and groups.notna().all()
    assert (counts == 20_000).all()
    assert len(pairs) < 20_000 * 8  # not the 200 million pairs: at most one per text and band in a large bucket
    assert peak < 150 * 2**20, f"peak memory {peak / 2**20:.0f} MiB"
