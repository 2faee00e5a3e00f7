"""Co-action networks: find accounts that act together, then group them.

The recipe researchers use (QUT's coordination-network-toolkit, CooRTweet,
OSoMe) has two steps, one module each:

* :mod:`~inauthentic.coordination.edges` turns the posts table into a
  directed edge table ``source, target, weight``: how often ``source`` did
  the same thing as ``target`` (retweeted the same post, shared the same
  link or hashtag, posted near-identical text) within a time window.
* :mod:`~inauthentic.coordination.graph` turns edges into a networkx graph,
  into clusters of accounts, and into a summary a learner can read.

Examples
--------
>>> from inauthentic.coordination import co_retweet_edges, clusters
>>> from inauthentic.coordination._synthetic import posts_frame
>>> posts = posts_frame([1, 2, 3, 1, 2, 3], [0, 1, 2, 60, 61, 62], retweet_of=[7, 7, 7, 8, 8, 8])
>>> edges = co_retweet_edges(posts, window_seconds=10, min_weight=2)
>>> clusters(edges).tolist()
[0, 0, 0]
"""

from __future__ import annotations

from .edges import (
    co_hashtag_edges,
    co_link_edges,
    co_retweet_candidates,
    co_retweet_edges,
    co_similar_text_edges,
    edges_from_candidates,
)
from .graph import cluster_summary, clusters, to_graph
from .text import near_duplicate_groups

__all__ = [
    "co_retweet_edges",
    "co_link_edges",
    "co_hashtag_edges",
    "co_similar_text_edges",
    "co_retweet_candidates",
    "edges_from_candidates",
    "near_duplicate_groups",
    "to_graph",
    "clusters",
    "cluster_summary",
]
