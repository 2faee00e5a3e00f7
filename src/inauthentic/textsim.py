"""Near-duplicate texts: normalise, tokenise, MinHash, LSH candidates, exact Jaccard, groups.

The one place the kit compares texts. The copypasta and shared-bio signals
(:mod:`inauthentic.signals`) and the co-similar-text network
(:mod:`inauthentic.coordination`) all use it; the picture search of
:mod:`inauthentic.signals.profile` borrows :func:`bucket_pairs`.

Two texts are *near-duplicates* when the Jaccard similarity of their sets of
words (shared words / all words) is at least a ``threshold``; QUT's
coordination-network-toolkit uses 0.8, and 0.8-0.9 is usual. Comparing every
text with every other one is too slow for a hundred thousand posts, so:

1. **Normalise** (:func:`normalise_text`): lower case, no ``RT @x:`` prefix,
   links, mentions and digits masked, punctuation dropped, and each Chinese
   character a word of its own (Chinese is written without spaces).
2. **Tokenise** (:func:`token_matrix`): one row per text, a 1 for each
   distinct word it contains.
3. **Sign** (:func:`minhash_signatures`): ``num_hashes`` numbers per text;
   two texts agree on any one of them with probability equal to their Jaccard
   similarity.
4. **Bucket** (:func:`candidate_pairs`): the signature is cut into ``bands``;
   texts that agree on a whole band land in one bucket and become candidates.
   A pair at Jaccard ``J`` shares a bucket with probability
   ``1 - (1 - J ** r) ** bands``, ``r = num_hashes / bands``. In a bucket of at
   most ``max_bucket`` texts every pair is a candidate; in a larger one each
   text is paired with the bucket's first text only, so the work and the
   memory grow with the number of texts, not with their square, even when
   twenty thousand variants of one message share a bucket.
5. **Verify** (:func:`jaccard`): each candidate is checked exactly, a chunk
   at a time, so there are no false matches (:func:`similar_pairs`).
6. **Group or count** (:func:`group_near_duplicates`,
   :func:`count_owners`): matching texts are joined into connected
   components, or the distinct owners (accounts) of each text's near-duplicates
   are counted.

Examples
--------
>>> import pandas as pd
>>> texts = normalise_text(pd.Series([
...     "The cat sat on the mat today!", "the cat sat on the mat, TONIGHT", "Dogs bark"]))
>>> texts.tolist()
['the cat sat on the mat today', 'the cat sat on the mat tonight', 'dogs bark']
>>> similar_pairs(texts, threshold=0.7, min_tokens=2)
   left  right   jaccard  via_first
0     0      1  0.714286      False
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components

__all__ = [
    "normalise_text",
    "token_matrix",
    "minhash_signatures",
    "bucket_pairs",
    "candidate_pairs",
    "jaccard",
    "similar_pairs",
    "group_near_duplicates",
    "count_owners",
]

_PRIME = np.uint64(2**31 - 1)  # modulus of the MinHash functions (a Mersenne prime)
_PAIR_CHUNK = 100_000  # candidate pairs made and verified at a time, to bound memory
#: Buckets of at most this many texts are searched pair by pair (every pair a candidate);
#: larger ones pair each text with the bucket's first text only.
MAX_BUCKET = 200


def normalise_text(texts: pd.Series, masked_words: tuple[str, ...] = (), drop_links_and_mentions: bool = False) -> pd.Series:
    """Lower-case, drop the ``RT @x:`` prefix and mask links, mentions, digits and ``masked_words``.

    Punctuation is dropped, and each Chinese character becomes a word of its
    own. Each distinct text is worked on once.

    Parameters
    ----------
    texts : Series of str
        Raw texts (posts, bios).
    masked_words : tuple of str, default ()
        Words replaced by one placeholder ``<word>`` (for example the two
        parties' names, so a template written for either side still matches).
    drop_links_and_mentions : bool, default False
        Remove links and mentions instead of masking them (a reply's
        ``@name`` says nothing about whether its text was copied).

    Returns
    -------
    Series of str
        Words separated by single spaces, with the index of ``texts``.

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
    codes, distinct = pd.factorize(texts.astype(str))
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
    """A str.translate table that puts spaces around every Chinese character (built on first use)."""
    blocks = [range(0x3400, 0xA000), range(0xF900, 0xFB00)]
    return {code: f" {chr(code)} " for block in blocks for code in block}


def token_matrix(texts: pd.Series) -> sparse.csr_matrix:
    """Binary text x word matrix: row ``i`` marks the distinct words of the ``i``-th text.

    Words are what is between spaces, so pass texts through
    :func:`normalise_text` first (it also splits Chinese into characters).

    Parameters
    ----------
    texts : Series of str
        Normalised texts; their index is ignored (rows follow their order).

    Returns
    -------
    scipy.sparse.csr_matrix
        ``len(texts)`` rows, one column per distinct word, int32 ones; a word
        repeated in one text counts once.

    Examples
    --------
    >>> matrix = token_matrix(pd.Series(["a b a", "b c", ""]))
    >>> matrix.toarray()
    array([[1, 1, 0],
           [0, 1, 1],
           [0, 0, 0]], dtype=int32)
    """
    words = texts.reset_index(drop=True).str.split()
    exploded = words.explode().dropna()
    word_ids, vocabulary = pd.factorize(exploded.to_numpy())
    matrix = sparse.csr_matrix(
        (np.ones(len(word_ids), dtype=np.int32), (exploded.index.to_numpy(), word_ids)),
        shape=(len(texts), max(len(vocabulary), 1)),
    )
    matrix.data[:] = 1  # sets, not bags
    return matrix


def minhash_signatures(tokens: sparse.csr_matrix, num_hashes: int = 40, seed: int = 0) -> np.ndarray:
    """MinHash signature of each row of a :func:`token_matrix`.

    Hash function ``k`` maps word ``w`` to ``(a_k * w + b_k) mod (2**31 - 1)``;
    a text's ``k``-th number is the smallest hash of its words. Two texts get
    the same ``k``-th number with probability equal to their Jaccard similarity.

    Parameters
    ----------
    tokens : scipy.sparse.csr_matrix
        Every row must hold at least one word.
    num_hashes : int, default 40
        Length of each signature.
    seed : int, default 0
        Seed of the hash functions (same seed, same signatures).

    Returns
    -------
    ndarray of uint64
        Shape ``(texts, num_hashes)``.

    Examples
    --------
    >>> signatures = minhash_signatures(token_matrix(pd.Series(["a b c", "c b a", "x y"])), num_hashes=4)
    >>> signatures.shape, (signatures[0] == signatures[1]).all(), (signatures[0] == signatures[2]).any()
    ((3, 4), np.True_, np.False_)
    """
    rng = np.random.default_rng(seed)
    multipliers = rng.integers(1, int(_PRIME), num_hashes, dtype=np.uint64)
    offsets = rng.integers(0, int(_PRIME), num_hashes, dtype=np.uint64)
    word_ids = tokens.indices.astype(np.uint64)
    signatures = np.empty((tokens.shape[0], num_hashes), dtype=np.uint64)
    for column in range(num_hashes):  # one vectorised pass per hash function
        hashed = (multipliers[column] * word_ids + offsets[column]) % _PRIME
        signatures[:, column] = np.minimum.reduceat(hashed, tokens.indptr[:-1])
    return signatures


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (``np.unique``, which is much slower on large int64 arrays in numpy 2.4)."""
    values = np.sort(values)
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def bucket_pairs(keys: np.ndarray, max_bucket: int | None = MAX_BUCKET, chunk: int = _PAIR_CHUNK) -> Iterator[tuple[np.ndarray, bool]]:
    """Pairs of positions whose ``keys`` are equal, a chunk at a time.

    Positions with one key form a bucket. In a bucket of at most
    ``max_bucket`` positions every pair is listed; in a larger one each
    position is paired with the bucket's first (smallest) position only. At
    most about ``chunk`` pairs exist at any time.

    Parameters
    ----------
    keys : ndarray
        One key per position (any sortable dtype).
    max_bucket : int or None, default MAX_BUCKET
        Largest bucket searched pair by pair; None for no limit (the number of
        pairs then grows with the square of the bucket size).
    chunk : int
        About how many pairs to yield at a time.

    Yields
    ------
    pairs : ndarray of int64
        Shape ``(k, 2)``, ``pairs[:, 0] < pairs[:, 1]``.
    via_first : bool
        True for the pairs of large buckets (each with the bucket's first position).

    Examples
    --------
    >>> keys = np.array([7, 3, 7, 7, 3])
    >>> [(pairs.tolist(), via_first) for pairs, via_first in bucket_pairs(keys)]
    [([[1, 4], [0, 2], [0, 3], [2, 3]], False)]
    >>> [(pairs.tolist(), via_first) for pairs, via_first in bucket_pairs(keys, max_bucket=2)]
    [([[0, 2], [0, 3]], True), ([[1, 4]], False)]
    """
    n = len(keys)
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]]) if n else np.empty(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, n])
    bucket_start, bucket_size = np.repeat(starts, sizes), np.repeat(sizes, sizes)  # per sorted position
    position = np.arange(n)
    large = bucket_size > max_bucket if max_bucket is not None else np.zeros(n, dtype=bool)
    members = np.flatnonzero(large & (position != bucket_start))  # at most n pairs: one array
    if len(members):
        yield np.sort(np.column_stack([order[bucket_start[members]], order[members]]), axis=1), True
    # Small buckets: each position with every later position of its bucket, a chunk of positions at a time.
    later = np.where(large, 0, bucket_start + bucket_size - position - 1)
    with_pairs = np.flatnonzero(later)
    ends = np.cumsum(later[with_pairs])
    cuts = np.searchsorted(ends, np.arange(chunk, ends[-1] if len(ends) else 0, chunk), side="right")
    for part in np.split(with_pairs, np.unique(cuts)):
        if len(part) == 0:
            continue
        counts = later[part]
        first = np.repeat(part, counts)
        step = np.arange(len(first)) - np.repeat(np.cumsum(counts) - counts, counts) + 1
        yield np.sort(np.column_stack([order[first], order[first + step]]), axis=1), False


def candidate_pairs(
    signatures: np.ndarray, bands: int = 8, max_bucket: int | None = MAX_BUCKET, chunk: int = _PAIR_CHUNK
) -> Iterator[tuple[int, np.ndarray, bool]]:
    """LSH candidate pairs: texts whose signatures agree on a whole band, a chunk at a time.

    A pair comes up once in each band it agrees on. See :func:`bucket_pairs`
    for ``max_bucket`` and ``chunk``.

    Parameters
    ----------
    signatures : ndarray
        From :func:`minhash_signatures`, shape ``(texts, num_hashes)``.
    bands : int, default 8
        Number of bands the signature is cut into (as evenly as possible).

    Yields
    ------
    band : int
        The band the pairs agree on (0, 1, ...; in order).
    pairs, via_first
        As yielded by :func:`bucket_pairs`.

    Examples
    --------
    >>> signatures = np.array([[1, 2, 3, 4], [1, 2, 9, 9], [0, 0, 3, 4]], dtype=np.uint64)
    >>> [(band, pairs.tolist()) for band, pairs, _ in candidate_pairs(signatures, bands=2)]
    [(0, [[0, 1]]), (1, [[0, 2]])]
    """
    for band, columns in enumerate(np.array_split(np.arange(signatures.shape[1]), bands)):
        keys = np.zeros(len(signatures), dtype=np.uint64)
        for column in columns:  # one number per band: a polynomial hash (overflow wraps, by design)
            keys = keys * np.uint64(1_000_003) + signatures[:, column]
        for pairs, via_first in bucket_pairs(keys, max_bucket, chunk):
            yield band, pairs, via_first


def jaccard(tokens: sparse.csr_matrix, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Exact Jaccard similarity of the word sets of rows ``left[i]`` and ``right[i]`` of a :func:`token_matrix`.

    Examples
    --------
    >>> jaccard(token_matrix(pd.Series(["a b c d", "a b c e", "x"])), np.array([0, 0]), np.array([1, 2]))
    array([0.6, 0. ])
    """
    shared = np.asarray(tokens[left].multiply(tokens[right]).sum(axis=1)).ravel()
    sizes = tokens.getnnz(axis=1)
    return shared / (sizes[left] + sizes[right] - shared)


def _matches(
    texts: pd.Series, threshold: float, min_tokens: int, num_hashes: int, bands: int, seed: int, max_bucket: int | None
) -> tuple[np.ndarray, pd.DataFrame]:
    """Positions of the texts long enough to match, and the verified pairs (see :func:`similar_pairs`)."""
    tokens = token_matrix(texts)
    eligible = np.flatnonzero(tokens.getnnz(axis=1) >= max(min_tokens, 1))
    kept, n = tokens[eligible], np.int64(len(eligible))
    found = [pd.DataFrame({"code": np.empty(0, dtype=np.int64), "jaccard": np.empty(0), "via_first": False})]
    seen, matched_in_band, current_band = np.empty(0, dtype=np.int64), [], 0  # seen: sorted codes matched in earlier bands
    signatures = minhash_signatures(kept, num_hashes, seed) if n > 1 else np.empty((0, num_hashes), dtype=np.uint64)
    for band, pairs, via_first in candidate_pairs(signatures, bands, max_bucket):
        if band != current_band:
            seen, matched_in_band, current_band = _distinct(np.concatenate([seen, *matched_in_band])), [], band
        codes = pairs[:, 0] * n + pairs[:, 1]  # one number per pair
        if not via_first:  # a pair matched in an earlier band needs no second check
            fresh = ~np.isin(codes, seen, assume_unique=True)
            pairs, codes = pairs[fresh], codes[fresh]
        scores = jaccard(kept, pairs[:, 0], pairs[:, 1])
        close = scores >= threshold
        matched_in_band.append(codes[close])
        found.append(pd.DataFrame({"code": codes[close], "jaccard": scores[close], "via_first": via_first}))
    matched = pd.concat(found, ignore_index=True).groupby("code", sort=True)
    matched = matched.agg(jaccard=("jaccard", "first"), via_first=("via_first", "any"))
    codes = matched.index.to_numpy(dtype=np.int64)
    pairs = pd.DataFrame(
        {
            "left": eligible[codes // max(n, 1)],
            "right": eligible[codes % max(n, 1)],
            "jaccard": matched["jaccard"].to_numpy(dtype=float),
            "via_first": matched["via_first"].to_numpy(dtype=bool),
        }
    )
    return eligible, pairs


def similar_pairs(
    texts: pd.Series,
    threshold: float = 0.8,
    min_tokens: int = 5,
    num_hashes: int = 40,
    bands: int = 8,
    seed: int = 0,
    max_bucket: int | None = MAX_BUCKET,
) -> pd.DataFrame:
    """Pairs of positions in ``texts`` whose word sets have Jaccard >= ``threshold``.

    Parameters
    ----------
    texts : Series of str
        Normalised texts (see :func:`normalise_text`), ideally each distinct text once.
    threshold : float, default 0.8
        Smallest Jaccard similarity kept.
    min_tokens : int, default 5
        Texts with fewer distinct words are never matched.
    num_hashes, bands : int, default 40, 8
        With 40 hashes in 8 bands a pair becomes a candidate with probability
        96 % at J = 0.8, 99.1 % at 0.85, 99.9 % at 0.9, and only 22 % at 0.5.
    seed : int, default 0
        Seed of the hash functions.
    max_bucket : int or None, default MAX_BUCKET
        In LSH buckets of more texts than this only the pairs with the
        bucket's first text are checked (see :func:`bucket_pairs`); None
        checks every pair, whatever the memory it takes.

    Returns
    -------
    DataFrame
        ``left``, ``right`` (positions, ``left < right``, sorted), ``jaccard``
        and ``via_first`` (True if the pair was found in a large bucket, whose
        other pairs are not all listed).

    Examples
    --------
    >>> similar_pairs(pd.Series(["a b c d e", "a b c d f", "a b c d e"]), threshold=0.6)
       left  right   jaccard  via_first
    0     0      1  0.666667      False
    1     0      2  1.000000      False
    2     1      2  0.666667      False
    """
    return _matches(texts, threshold, min_tokens, num_hashes, bands, seed, max_bucket)[1]


def _components(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected component of each of ``n`` nodes, given the edges ``left[i] -- right[i]``."""
    links = sparse.coo_matrix((np.ones(len(left), dtype=np.int8), (left, right)), shape=(n, n))
    return connected_components(links, directed=False)[1]


def group_near_duplicates(
    texts: pd.Series,
    threshold: float = 0.8,
    min_tokens: int = 5,
    num_hashes: int = 32,
    bands: int = 8,
    seed: int = 0,
    max_bucket: int | None = 1,
) -> np.ndarray:
    """Number each text by its group of near-duplicates (connected components of the matches).

    Grouping is transitive: if A matches B and B matches C, the three are one
    group even when A and C alone are below the threshold. Copypasta with
    small edits behaves like that.

    Parameters
    ----------
    texts : Series of str
        Normalised texts (see :func:`normalise_text`); repeats are fine.
    threshold, min_tokens, num_hashes, bands, seed
        As for :func:`similar_pairs` (32 hashes in 8 bands: 98.5 % at J = 0.8).
    max_bucket : int or None, default 1
        As for :func:`similar_pairs`. The default, 1, pairs each text with the
        first text of each of its buckets only: enough to join a group, with
        work that grows with the number of texts.

    Returns
    -------
    ndarray of int64
        One per text: group ids ``0, 1, ...`` in order of first appearance;
        ``-1`` for texts with fewer than ``min_tokens`` words.

    Examples
    --------
    >>> group_near_duplicates(pd.Series(["a b c d e", "x y z", "a b c d e f", "a b c d e"]), min_tokens=3)
    array([0, 1, 0, 0])
    """
    text_id, distinct = pd.factorize(texts.to_numpy())
    eligible, pairs = _matches(pd.Series(distinct, dtype=str), threshold, min_tokens, num_hashes, bands, seed, max_bucket)
    component = _components(len(distinct), pairs["left"].to_numpy(), pairs["right"].to_numpy())
    is_eligible = np.zeros(len(distinct), dtype=bool)
    is_eligible[eligible] = True
    group = np.where(is_eligible[text_id], component[text_id], -1)
    return pd.factorize(pd.Series(group).where(group >= 0))[0].astype(np.int64)


def count_owners(
    texts: pd.Series,
    owners: pd.Series | np.ndarray,
    threshold: float = 0.8,
    min_tokens: int = 5,
    num_hashes: int = 40,
    bands: int = 8,
    seed: int = 0,
    max_bucket: int | None = MAX_BUCKET,
) -> np.ndarray:
    """For each text, how many distinct owners wrote it or a near-duplicate of it.

    ``owners[i]`` wrote ``texts[i]`` (an account, for example). A text's count
    includes its own owner; it is 0 for texts with fewer than ``min_tokens``
    words. Matching is pair by pair (not transitive), except inside LSH
    buckets of more than ``max_bucket`` texts, where listing every pair would
    take memory growing with the square of the bucket: there texts are only
    compared with the bucket's first text, and the texts joined that way
    (directly or through a chain of such matches) count as near-duplicates of
    one another, as in :func:`group_near_duplicates`. Two texts that both match
    a third are at least ``2 * threshold - 1`` similar (0.7 for 0.85), since
    Jaccard distance obeys the triangle inequality. With ``max_bucket=None``
    the count is pair by pair everywhere (exact up to MinHash misses).

    Parameters
    ----------
    texts : Series of str
        Normalised texts (see :func:`normalise_text`); repeats are fine.
    owners : Series or ndarray
        One owner per text.
    threshold, min_tokens, num_hashes, bands, seed, max_bucket
        As for :func:`similar_pairs`.

    Returns
    -------
    ndarray of int64
        One count per text, in order.

    Examples
    --------
    >>> texts = pd.Series(["a b c d e", "a b c d f", "a b c d e", "x y"])
    >>> count_owners(texts, np.array([1, 2, 1, 3]), threshold=0.6, min_tokens=2).tolist()
    [2, 2, 2, 1]
    >>> count_owners(texts, np.array([1, 2, 1, 3]), threshold=0.6, min_tokens=3).tolist()
    [2, 2, 2, 0]
    """
    text_id, distinct = pd.factorize(texts.to_numpy())
    eligible, pairs = _matches(pd.Series(distinct, dtype=str), threshold, min_tokens, num_hashes, bands, seed, max_bucket)
    owner_id = pd.factorize(np.asarray(owners))[0].astype(np.int64)
    n_texts, n_owners = np.int64(len(distinct)), np.int64(owner_id.max(initial=0) + 1)
    # Who owns what, once per (text, owner), sorted by text: text t's owners are owner[first[t]:first[t + 1]].
    owned = _distinct(text_id * n_owners + owner_id)
    owner, first = owned % n_owners, np.searchsorted(owned // n_owners, np.arange(n_texts + 1))
    # The groups of the large buckets: components of the pairs found by comparing with a bucket's first text.
    star = pairs[pairs["via_first"]]
    ends = star[["left", "right"]].to_numpy().ravel()
    group = np.full(n_texts, -1, dtype=np.int64)
    group[ends] = _components(n_texts, star["left"].to_numpy(), star["right"].to_numpy())[ends]
    group_owners = _distinct((group * n_owners)[owned // n_owners] + owner)
    group_owners = group_owners[group_owners >= 0]  # codes group * n_owners + owner
    counts = np.where(group >= 0, np.bincount(group_owners // n_owners, minlength=n_texts)[np.maximum(group, 0)], 0)
    # Plus, for each text, the distinct owners of its own near-duplicates (and of itself) outside its group.
    text = np.concatenate([pairs["left"], pairs["right"], eligible]).astype(np.int64)
    other = np.concatenate([pairs["right"], pairs["left"], eligible]).astype(np.int64)
    order = np.argsort(text, kind="stable")
    text, other = text[order], other[order]
    sizes = first[other + 1] - first[other]  # (text, owner) rows each link gives
    # About _PAIR_CHUNK rows at a time, to bound memory, and all the links of a text in one go.
    row_ends = np.cumsum(sizes)
    cut_links = np.searchsorted(row_ends, np.arange(_PAIR_CHUNK, row_ends[-1] if len(row_ends) else 0, _PAIR_CHUNK))
    cuts = np.unique(np.searchsorted(text, text[cut_links]))  # back to the first link of the text
    for part in np.split(np.arange(len(text)), cuts):
        size = sizes[part]
        reached = np.repeat(text[part], size)
        their_owner = owner[np.repeat(first[other[part]] - np.cumsum(size) + size, size) + np.arange(size.sum())]
        codes = _distinct(reached * n_owners + their_owner)
        reached, their_owner = codes // n_owners, codes % n_owners
        outside = (group[reached] < 0) | ~np.isin(group[reached] * n_owners + their_owner, group_owners)
        counts += np.bincount(reached[outside], minlength=n_texts)
    return counts[text_id].astype(np.int64)
