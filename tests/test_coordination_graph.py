"""Edge tables to graphs, clusters and cluster summaries."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from inauthentic.coordination import cluster_summary, clusters, co_retweet_edges, to_graph
from inauthentic.coordination._synthetic import retweet_heavy_posts
from inauthentic.errors import KitError


def edge_table(rows) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["source", "target", "weight"]).astype("int64")


@pytest.fixture
def two_cliques() -> pd.DataFrame:
    """Accounts 1-4 and 11-14 are tightly linked; one weak edge joins 4 and 11; 20-21 are a pair apart."""
    rows = [(a, b, 5) for group in ([1, 2, 3, 4], [11, 12, 13, 14]) for a in group for b in group if a != b]
    return edge_table(rows + [(4, 11, 1), (11, 4, 1), (20, 21, 3), (21, 20, 2)])


def test_undirected_graph_keeps_the_larger_direction():
    graph = to_graph(edge_table([(1, 2, 3), (2, 1, 4), (2, 3, 2)]))
    assert isinstance(graph, nx.Graph) and not graph.is_directed()
    assert sorted(graph.edges(data="weight")) == [(1, 2, 4), (2, 3, 2)]


def test_directed_graph_keeps_both_directions():
    graph = to_graph(edge_table([(1, 2, 3), (2, 1, 4)]), directed=True)
    assert graph.is_directed() and graph[1][2]["weight"] == 3 and graph[2][1]["weight"] == 4


def test_components_largest_first(two_cliques):
    found = clusters(two_cliques)
    assert found.name == "cluster" and found.index.name == "userid" and found.dtype == "int64"
    assert found.to_dict() == {**dict.fromkeys([1, 2, 3, 4, 11, 12, 13, 14], 0), 20: 1, 21: 1}


def test_equal_sizes_are_ordered_by_smallest_userid():
    found = clusters(edge_table([(30, 31, 2), (5, 6, 2), (9, 8, 2)]))
    assert found.to_dict() == {5: 0, 6: 0, 8: 1, 9: 1, 30: 2, 31: 2}


def test_louvain_splits_weakly_joined_groups(two_cliques):
    found = clusters(two_cliques, method="louvain", seed=0)
    assert found[[1, 2, 3, 4]].nunique() == 1 and found[[11, 12, 13, 14]].nunique() == 1
    assert found[1] != found[11]
    assert found[[20, 21]].tolist() == [2, 2]
    pd.testing.assert_series_equal(found, clusters(two_cliques, method="louvain", seed=0))


def test_clusters_of_a_real_run_are_deterministic():
    edges = co_retweet_edges(retweet_heavy_posts(10_000, seed=7), window_seconds=60, min_weight=3)
    first, again = clusters(edges), clusters(edges.sample(frac=1, random_state=1))
    pd.testing.assert_series_equal(first, again)
    sizes = first.value_counts().sort_index()
    assert sizes.is_monotonic_decreasing and set(first.index) == set(edges["source"]) | set(edges["target"])


def test_summary_with_labels_and_accounts(two_cliques):
    found = clusters(two_cliques)
    labels = pd.DataFrame(
        {
            "userid": [1, 2, 3, 4, 11, 12, 13, 14, 20],
            "kind": ["campaign"] * 6 + ["genuine", "genuine", "spam"],
            "group": ["op_a"] * 4 + ["op_b"] * 2 + ["fans"] * 2 + ["spam_1"],
            "role": "none",
        }
    )
    accounts = pd.DataFrame(
        {
            "userid": [1, 2, 3, 4, 11, 12, 13, 14, 20, 21],
            "follower_count": [0, 1, 2, 3, 4, 5, 6, 7, 100, 300],
            "account_creation_date": pd.to_datetime(["2026-08-01"] * 8 + ["2020-01-01", "2021-01-01"], utc=True),
        }
    )
    summary = cluster_summary(found, labels=labels, accounts=accounts)
    assert summary.columns.tolist() == [
        "cluster", "size", "genuine", "campaign", "spam", "unlabelled",
        "majority_group", "majority_share", "median_followers", "creation_span_days",
    ]
    first, second = summary.iloc[0], summary.iloc[1]
    assert (first["size"], first["campaign"], first["genuine"], first["majority_group"]) == (8, 6, 2, "op_a")
    assert first["majority_share"] == pytest.approx(0.5)
    assert (second["spam"], second["unlabelled"]) == (1, 1)
    assert (second["median_followers"], second["creation_span_days"]) == (200, 366)
    assert first["creation_span_days"] == 0


def test_summary_needs_the_clusters_series(two_cliques):
    with pytest.raises(KitError, match="The argument 'clusters' should be a Series"):
        cluster_summary(two_cliques)


def test_unknown_method(two_cliques):
    with pytest.raises(KitError, match=r"The argument 'method' .*'components' and 'louvain'.* Did you mean 'louvain'"):
        clusters(two_cliques, method="luvain")


def test_posts_instead_of_edges():
    posts = retweet_heavy_posts(1_000)
    with pytest.raises(KitError, match=r"The argument 'edges' has no column 'source'"):
        to_graph(posts)


def test_empty_edges():
    empty = edge_table(np.zeros((0, 3), dtype=np.int64))
    assert len(clusters(empty)) == 0 and to_graph(empty).number_of_nodes() == 0
    assert len(cluster_summary(clusters(empty))) == 0
