"""Co-action edges: definition, corner cases, bounded memory, re-thresholding, and learner-facing errors."""

from __future__ import annotations

import itertools
import tracemalloc
from collections import defaultdict

import numpy as np
import pandas as pd
import pytest

from inauthentic.coordination import (
    co_hashtag_edges,
    co_link_edges,
    co_retweet_candidates,
    co_retweet_edges,
    co_similar_text_edges,
    edges_from_candidates,
    near_duplicate_groups,
)
from inauthentic.coordination._engine import co_action_edges, prepare_rows
from inauthentic.coordination._synthetic import posts_frame, retweet_heavy_posts
from inauthentic.errors import KitError

EDGE_COLUMNS = ["source", "target", "weight"]


@pytest.fixture
def make_posts():
    """Factory: ``make_posts(userid, seconds, retweet_of=..., urls=..., hashtags=..., texts=...)`` -> posts table."""
    return posts_frame


def as_dict(edges: pd.DataFrame) -> dict[tuple[int, int], int]:
    return {(s, t): w for s, t, w in edges[EDGE_COLUMNS].itertuples(index=False)}


def brute_force(user, obj, seconds, action, window, min_weight) -> dict[tuple[int, int], int]:
    """The definition, spelled out: compare every row with every row (fine for a few hundred rows)."""
    matched = defaultdict(set)
    for i, j in itertools.product(range(len(user)), repeat=2):
        if user[i] != user[j] and obj[i] == obj[j] and abs(seconds[i] - seconds[j]) <= window:
            matched[user[i], user[j]].add(action[i])
    return {pair: len(actions) for pair, actions in matched.items() if len(actions) >= min_weight}


def random_rows(seed: int, n_rows: int = 300):
    """Few users, objects and seconds, so that repeats, ties and boundary gaps are common."""
    rng = np.random.default_rng(seed)
    user = rng.integers(1, 15, n_rows)
    obj = rng.integers(0, 12, n_rows)
    seconds = rng.integers(0, 400, n_rows)
    action = rng.integers(0, n_rows // 2, n_rows)  # some actions span several rows (a post with two links)
    # Keep an action with one user and one time, as a real post has.
    user, seconds = user[action], seconds[action]
    return user, obj, seconds, action


# --- the definition ---------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("window, min_weight", [(0, 1), (5, 1), (30, 2), (120, 3)])
def test_engine_matches_the_definition(seed, window, min_weight):
    user, obj, seconds, action = random_rows(seed)
    rows = prepare_rows(user, obj, seconds * 10**9, action)
    expected = brute_force(user, obj, seconds, action, window, min_weight)
    for chunk_pairs in (1, 50, 10**6):  # chunk boundaries must not change anything
        source, target, weight = co_action_edges(rows, window * 10**9, min_weight, chunk_pairs=chunk_pairs)
        assert dict(zip(zip(source.tolist(), target.tolist()), weight.tolist())) == expected
        assert list(zip(source, target)) == sorted(zip(source, target))


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("in_time_order", [False, True])
def test_whole_seconds_and_fractions_take_different_paths_to_the_same_edges(seed, in_time_order):
    # Whole seconds go into the sort key as seconds; 1 ns later, no time is a whole second and the
    # engine falls back to ranks of distinct times. The gaps, and so the edges, are the same.
    user, obj, seconds, action = random_rows(seed)
    if in_time_order:  # posts usually come sorted by time: the engine then only sorts by object
        order = np.argsort(seconds, kind="stable")
        user, obj, seconds, action = user[order], obj[order], seconds[order], action[order]
    whole = prepare_rows(user, obj, seconds * 10**9, action)
    shifted = prepare_rows(user, obj, seconds * 10**9 + 1, action)
    assert whole.distinct_times is None and shifted.distinct_times is not None
    for window, min_weight in [(0, 1), (30, 2), (1_000, 2)]:  # 1,000 s is more than the whole span
        expected = brute_force(user, obj, seconds, action, window, min_weight)
        for rows in (whole, shifted):
            source, target, weight = co_action_edges(rows, window * 10**9, min_weight)
            assert dict(zip(zip(source.tolist(), target.tolist()), weight.tolist())) == expected


def test_co_retweet_counts_distinct_retweets_of_the_source(make_posts):
    # User 1 retweets post 9 twice; user 2 once, in between: 1 -> 2 counts both of 1's retweets,
    # 2 -> 1 counts 2's single retweet once.
    posts = make_posts([1, 2, 1, 3], [0, 5, 9, 500], retweet_of=[9, 9, 9, 9])
    assert as_dict(co_retweet_edges(posts, window_seconds=60, min_weight=1)) == {(1, 2): 2, (2, 1): 1}


def test_window_is_inclusive(make_posts):
    posts = make_posts([1, 2, 3], [0, 10, 21], retweet_of=[9, 9, 9])
    assert as_dict(co_retweet_edges(posts, window_seconds=10, min_weight=1)) == {(1, 2): 1, (2, 1): 1}


def test_sub_second_times_and_windows(make_posts):
    posts = make_posts([1, 2, 3, 4], [0.0, 0.4, 0.9, 1.41], retweet_of=[9, 9, 9, 9])
    assert as_dict(co_retweet_edges(posts, window_seconds=0.5, min_weight=1)) == {(1, 2): 1, (2, 1): 1, (2, 3): 1, (3, 2): 1}


def test_time_unit_does_not_matter(make_posts):
    posts = retweet_heavy_posts(5_000, seed=2)
    in_seconds = posts.assign(tweet_time=posts["tweet_time"].dt.as_unit("s"))
    pd.testing.assert_frame_equal(co_retweet_edges(in_seconds, 10, 1), co_retweet_edges(posts, 10, 1))


def test_output_shape_and_order():
    edges = co_retweet_edges(retweet_heavy_posts(5_000, seed=1), window_seconds=60, min_weight=2)
    assert list(edges.columns) == EDGE_COLUMNS
    assert (edges.dtypes == "int64").all()
    assert len(edges) > 0 and (edges["weight"] >= 2).all() and (edges["source"] != edges["target"]).all()
    assert edges.equals(edges.sort_values(["source", "target"], ignore_index=True))


def test_no_retweets_gives_an_empty_table(make_posts):
    edges = co_retweet_edges(make_posts([1, 2], [0, 1]))
    assert list(edges.columns) == EDGE_COLUMNS and len(edges) == 0


def test_text_userids_work(make_posts):
    # Real archives hash the ids of small accounts, so userids may be text.
    posts = make_posts([1, 2, 1, 2], [0, 1, 50, 51], retweet_of=[7, 7, 8, 8])
    posts["userid"] = posts["userid"].map({1: "a3f9", 2: "0b1c"})
    assert as_dict(co_retweet_edges(posts)) == {("0b1c", "a3f9"): 2, ("a3f9", "0b1c"): 2}


# --- links, hashtags, text ---------------------------------------------------------------------------


def test_co_link_ignores_retweets_and_repeated_links(make_posts):
    posts = make_posts(
        [1, 2, 1, 2, 3],
        [0, 5, 100, 104, 105],
        retweet_of=[None, None, None, None, 77],
        urls=[["a.io", "a.io"], ["a.io"], ["b.io", "c.io"], ["c.io", "b.io"], ["b.io"]],
    )
    assert as_dict(co_link_edges(posts, window_seconds=10, min_weight=1)) == {(1, 2): 2, (2, 1): 2}


def test_co_link_matches_the_definition():
    posts = retweet_heavy_posts(3_000, seed=4)
    originals = posts[~posts["is_retweet"]].explode("urls").dropna(subset=["urls"]).drop_duplicates(["tweetid", "urls"])
    seconds = (originals["tweet_time"] - originals["tweet_time"].min()).dt.total_seconds().to_numpy()
    user, url, post = (originals[column].to_numpy() for column in ("userid", "urls", "tweetid"))
    expected = brute_force(user, url, seconds, post, 60, 2)
    assert expected and as_dict(co_link_edges(posts, window_seconds=60, min_weight=2)) == expected


def test_co_hashtag_ignores_case(make_posts):
    posts = make_posts([1, 2, 1, 2], [0, 3, 600, 601], hashtags=[["Vote"], ["vote"], ["NoOn5", "x"], ["noon5"]])
    assert as_dict(co_hashtag_edges(posts, window_seconds=10, min_weight=2)) == {(1, 2): 2, (2, 1): 2}


def test_near_duplicate_groups_and_co_similar_text(make_posts):
    texts = [
        "Candidate Reed is far too old to lead this country",
        "RT @x: candidate reed is FAR too old to lead this country!!",
        "candidate reed is far too old to lead this great country",
        "The farmers market opens at nine on saturday morning",
        "short one",
    ]
    groups = near_duplicate_groups(pd.Series(texts, index=[10, 11, 12, 13, 14]))
    assert groups.index.tolist() == [10, 11, 12, 13, 14]
    assert groups.tolist() == [0, 0, 0, 1, pd.NA]
    posts = make_posts([1, 2, 3, 1, 2], [0, 20, 40, 3_000, 3_030], texts=texts[:3] + texts[:2])
    edges = co_similar_text_edges(posts, window_seconds=60, min_weight=2)
    assert as_dict(edges) == {(1, 2): 2, (2, 1): 2}


def test_thousands_of_variants_of_one_template_are_one_group():
    # Every text shares ten words and adds one of its own (Jaccard 10/12 with any other): a bucket of
    # 5,000 near-duplicates, which must not be compared pair by pair.
    template = "the election was stolen share this before they delete it"
    letters = "abcdefghij"
    texts = pd.Series([f"{template} x{''.join(letters[int(d)] for d in str(i))}" for i in range(5_000)])
    assert texts.nunique() == 5_000
    groups = near_duplicate_groups(texts, threshold=0.8)
    assert groups.nunique() == 1 and groups.notna().all()


# --- bounded memory -----------------------------------------------------------------------------------


def test_a_viral_post_does_not_need_quadratic_memory(make_posts):
    """20,000 accounts retweet one post within ten minutes: 80 million pairs, never all at once."""
    rng = np.random.default_rng(0)
    n_accounts = 20_000
    crowd = np.arange(n_accounts)
    # Everyone retweets the viral post 1; everyone also retweets a post of their own (so all are
    # sources at min_weight=2), and accounts 0-4 share a second post 2 within seconds: a clique.
    userid = np.concatenate([crowd, crowd, np.arange(5)])
    seconds = np.concatenate([rng.uniform(0, 600, n_accounts), rng.uniform(0, 86_400, n_accounts), np.arange(5.0) + 10_000])
    seconds[:5] = 300 + np.arange(5)
    retweet_of = np.concatenate([np.ones(n_accounts), 1_000 + crowd, np.full(5, 2)]).astype(np.int64)
    posts = make_posts(userid, np.round(seconds), retweet_of=retweet_of)
    tracemalloc.start()
    try:
        edges = co_retweet_edges(posts, window_seconds=60, min_weight=2)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert as_dict(edges) == {(a, b): 2 for a in range(5) for b in range(5) if a != b}
    assert peak < 200 * 2**20, f"peak memory {peak / 2**20:.0f} MiB"


# --- re-thresholding from candidates -----------------------------------------------------------------


def test_candidates_give_the_same_edges_as_a_full_run():
    posts = retweet_heavy_posts(20_000, seed=5)
    candidates = co_retweet_candidates(posts, max_window_seconds=60)
    assert list(candidates.columns) == ["source", "target", "tweetid", "time_apart"]
    for window, min_weight in itertools.product([0, 1, 7.5, 10, 30, 60], [1, 2, 3]):
        expected = co_retweet_edges(posts, window_seconds=window, min_weight=min_weight)
        pd.testing.assert_frame_equal(edges_from_candidates(candidates, window, min_weight), expected)


def test_candidates_built_with_a_minimum_weight(make_posts):
    posts = retweet_heavy_posts(5_000, seed=6)
    candidates = co_retweet_candidates(posts, max_window_seconds=30, min_weight=2)
    for window, min_weight in [(30, 2), (10, 2), (30, 4)]:
        expected = co_retweet_edges(posts, window_seconds=window, min_weight=min_weight)
        pd.testing.assert_frame_equal(edges_from_candidates(candidates, window, min_weight), expected)
    with pytest.raises(KitError, match=r"max_window_seconds=30 .*co_retweet_candidates\(posts, max_window_seconds=60"):
        edges_from_candidates(candidates, window_seconds=60, min_weight=2)
    with pytest.raises(KitError, match="min_weight=1"):
        edges_from_candidates(candidates, window_seconds=10, min_weight=1)


def test_candidates_keep_the_closest_repeat(make_posts):
    # User 2 retweets post 9 twice, 50 s and 3 s after user 1: the candidate keeps the 3 s gap.
    posts = make_posts([1, 2, 2], [100, 50, 103], retweet_of=[9, 9, 9])
    candidates = co_retweet_candidates(posts, max_window_seconds=60)
    one_to_two = candidates[(candidates["source"] == 1) & (candidates["target"] == 2)]
    assert one_to_two["time_apart"].tolist() == [pd.Timedelta(seconds=3)]
    assert as_dict(edges_from_candidates(candidates, 5, 1)) == as_dict(co_retweet_edges(posts, 5, 1))


# --- errors a learner can act on ----------------------------------------------------------------------


def test_accounts_instead_of_posts():
    accounts = pd.DataFrame({"userid": [1], "user_screen_name": ["ann"], "follower_count": [3]})
    with pytest.raises(KitError, match=r"The argument 'posts' .*looks like the accounts table"):
        co_retweet_edges(accounts)


def test_missing_column(make_posts):
    with pytest.raises(KitError, match=r"The argument 'posts' has no column 'retweet_tweetid'"):
        co_retweet_edges(make_posts([1], [0]).drop(columns="retweet_tweetid"))


def test_naive_times(make_posts):
    posts = make_posts([1, 2], [0, 1], retweet_of=[5, 5])
    posts["tweet_time"] = posts["tweet_time"].dt.tz_localize(None)
    with pytest.raises(KitError, match=r"'tweet_time' of 'posts' holds times without a time zone"):
        co_retweet_edges(posts)


def test_not_a_table():
    with pytest.raises(KitError, match=r"The argument 'posts' should be the posts table"):
        co_link_edges([1, 2, 3])


@pytest.mark.parametrize("window", ["60", -1, float("nan"), True])
def test_bad_window(make_posts, window):
    with pytest.raises(KitError, match=r"The argument 'window_seconds' should be a number of seconds"):
        co_retweet_edges(make_posts([1], [0], retweet_of=[5]), window_seconds=window)


@pytest.mark.parametrize("min_weight", [0, 1.5, "2", True])
def test_bad_min_weight(make_posts, min_weight):
    with pytest.raises(KitError, match=r"The argument 'min_weight' should be a whole number"):
        co_hashtag_edges(make_posts([1], [0]), min_weight=min_weight)


def test_lists_read_as_text(make_posts):
    posts = make_posts([1, 2], [0, 1], urls=[["a.io"], ["a.io"]])
    posts["urls"] = "[a.io]"
    with pytest.raises(KitError, match=r"The column 'urls' of 'posts' should hold lists"):
        co_link_edges(posts)


def test_is_retweet_read_as_text(make_posts):
    posts = make_posts([1, 2], [0, 1], retweet_of=[5, 5])
    posts["is_retweet"] = posts["is_retweet"].astype(str)
    with pytest.raises(KitError, match=r"The column 'is_retweet' of 'posts' should hold True or False"):
        co_retweet_edges(posts)
