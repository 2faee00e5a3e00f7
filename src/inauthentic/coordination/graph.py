"""From an edge table to a graph, clusters of accounts, and a readable summary.

Examples
--------
>>> import pandas as pd
>>> edges = pd.DataFrame({"source": [1, 2, 3, 4], "target": [2, 1, 4, 3], "weight": [5, 5, 2, 3]})
>>> found = clusters(edges)
>>> found
userid
1    0
2    0
3    1
4    1
Name: cluster, dtype: int64
>>> cluster_summary(found)
   cluster  size
0        0     2
1        1     2
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from ..errors import KitError, did_you_mean, quoted_list
from ..schema import LABEL_KINDS
from ..validate import require_columns

__all__ = ["to_graph", "clusters", "cluster_summary"]

CLUSTER_METHODS = ("components", "louvain")


def _check_edges(edges: object) -> None:
    require_columns(edges, "edges", ["source", "target", "weight"])


def _undirected(edges: pd.DataFrame) -> pd.DataFrame:
    """One row per pair of accounts (``source < target``) with the larger of the two directions' weights."""
    source, target = edges["source"].to_numpy(), edges["target"].to_numpy()
    weight = edges["weight"].to_numpy()
    pairs = pd.DataFrame({"source": np.minimum(source, target), "target": np.maximum(source, target), "weight": weight})
    return pairs.groupby(["source", "target"], as_index=False, sort=True)["weight"].max()


def to_graph(edges: pd.DataFrame, directed: bool = False) -> nx.Graph:
    """Build a networkx graph from an edge table, with a ``weight`` on each edge.

    Parameters
    ----------
    edges : DataFrame
        ``source, target, weight``, as the ``co_*_edges`` functions return.
    directed : bool, default False
        ``True`` keeps both directions as they are (a ``DiGraph``). ``False``
        makes one undirected edge per pair of accounts whose weight is the
        *larger* of the two directions: both count the same shared actions,
        seen from either side (they differ only when an account acted twice
        on one object), so adding them would count each action twice.

    Returns
    -------
    networkx.Graph or networkx.DiGraph
        Nodes are userids.

    Examples
    --------
    >>> edges = pd.DataFrame({"source": [1, 2], "target": [2, 1], "weight": [3, 4]})
    >>> to_graph(edges).edges(data=True)
    EdgeDataView([(1, 2, {'weight': 4})])
    >>> to_graph(edges, directed=True).number_of_edges()
    2
    """
    _check_edges(edges)
    graph = nx.DiGraph() if directed else nx.Graph()
    table = edges if directed else _undirected(edges)
    weights = table["weight"].to_numpy().tolist()
    graph.add_weighted_edges_from(zip(table["source"].tolist(), table["target"].tolist(), weights))
    return graph


def _number_by_size(userids: np.ndarray, labels: np.ndarray) -> pd.Series:
    """Renumber cluster labels so the largest is 0 (ties: the one with the smallest userid first)."""
    frame = pd.DataFrame({"userid": userids, "label": labels})
    sizes = frame.groupby("label")["userid"].agg(["size", "min"]).sort_values(["size", "min"], ascending=[False, True])
    rank = pd.Series(np.arange(len(sizes)), index=sizes.index)
    frame["cluster"] = rank[frame["label"]].to_numpy()
    frame = frame.sort_values(["cluster", "userid"])
    userid = pd.Index(frame["userid"].to_numpy(), name="userid")
    return pd.Series(frame["cluster"].to_numpy(dtype=np.int64), index=userid, name="cluster")


def clusters(edges: pd.DataFrame, method: str = "components", seed: int = 0) -> pd.Series:
    """Group the accounts of an edge table into clusters.

    Parameters
    ----------
    edges : DataFrame
        ``source, target, weight``.
    method : {'components', 'louvain'}, default 'components'
        ``'components'``: accounts linked by any chain of edges (direction
        ignored) are one cluster, as OSoMe does after filtering edges.
        ``'louvain'``: Louvain communities of the undirected weighted graph
        (see :func:`to_graph`), which splits loosely joined groups.
    seed : int, default 0
        Random seed for Louvain, so the result is the same every run.

    Returns
    -------
    Series
        Indexed by ``userid`` (only accounts that appear in ``edges``), values
        cluster ids: the largest cluster is 0, the next 1, and so on (equal
        sizes: the cluster with the smaller userid first). Sorted by cluster,
        then userid.

    Examples
    --------
    >>> edges = pd.DataFrame({"source": [1, 2, 2, 5], "target": [2, 3, 4, 6], "weight": [2, 2, 2, 9]})
    >>> clusters(edges).to_dict()
    {1: 0, 2: 0, 3: 0, 4: 0, 5: 1, 6: 1}
    """
    _check_edges(edges)
    if method not in CLUSTER_METHODS:
        raise KitError(
            f"The argument 'method' should be one of {quoted_list(CLUSTER_METHODS)}, but it is {method!r}."
            + did_you_mean(str(method), CLUSTER_METHODS)
        )
    if method == "louvain":
        communities = nx.community.louvain_communities(to_graph(edges), weight="weight", seed=seed)
        userids = np.array([user for community in communities for user in sorted(community)])
        labels = np.repeat(np.arange(len(communities)), [len(community) for community in communities])
        return _number_by_size(userids, labels)
    codes, userids = pd.factorize(np.concatenate([edges["source"].to_numpy(), edges["target"].to_numpy()]))
    half = len(edges)
    links = sparse.coo_matrix((np.ones(half), (codes[:half], codes[half:])), shape=(len(userids), len(userids)))
    labels = connected_components(links, directed=False)[1]
    return _number_by_size(np.asarray(userids), labels)


def cluster_summary(
    clusters: pd.Series, labels: pd.DataFrame | None = None, accounts: pd.DataFrame | None = None
) -> pd.DataFrame:
    """One row per cluster: its size and, when given, what the answer key and profiles say.

    Parameters
    ----------
    clusters : Series
        userid -> cluster id, as :func:`clusters` returns.
    labels : DataFrame, optional
        The answer key (``userid, kind, group``). Adds one count column per
        kind (``genuine``, ``campaign``, ``spam``, and ``unlabelled`` if some
        accounts are missing from it), the ``majority_group`` and its
        ``majority_share`` of the cluster.
    accounts : DataFrame, optional
        The accounts table. Adds ``median_followers`` and
        ``creation_span_days`` (days between the oldest and newest account:
        a small span means the accounts were made in a burst).

    Returns
    -------
    DataFrame
        Sorted by cluster.

    Examples
    --------
    >>> found = pd.Series([0, 0, 0, 1, 1], index=pd.Index([1, 2, 3, 4, 5], name="userid"), name="cluster")
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4, 5], "kind": ["campaign"] * 3 + ["genuine"] * 2,
    ...                        "group": ["op_a", "op_a", "op_b", "fans", "fans"], "role": "none"})
    >>> cluster_summary(found, labels)
       cluster  size  genuine  campaign  spam majority_group  majority_share
    0        0     3        0         3     0           op_a        0.666667
    1        1     2        2         0     0           fans        1.000000
    """
    if not isinstance(clusters, pd.Series):
        raise KitError(
            f"The argument 'clusters' should be a Series of cluster ids indexed by userid (what clusters() returns), "
            f"but it is a {type(clusters).__name__}."
        )
    members = pd.DataFrame({"userid": clusters.index.to_numpy(), "cluster": clusters.to_numpy()})
    summary = members.groupby("cluster").size().rename("size").to_frame()
    if labels is not None:
        require_columns(labels, "labels", ["userid", "kind", "group"], table="labels")
        answers = labels[["userid", "kind", "group"]].astype({"kind": str, "group": str})
        known = members.merge(answers, on="userid", how="left")
        known["kind"] = known["kind"].fillna("unlabelled")
        kinds = list(LABEL_KINDS) + (["unlabelled"] if (known["kind"] == "unlabelled").any() else [])
        counts = pd.crosstab(known["cluster"], known["kind"]).reindex(columns=kinds, fill_value=0)
        group_counts = known.groupby(["cluster", "group"]).size().rename("members").reset_index()
        by_size = group_counts.sort_values(["cluster", "members", "group"], ascending=[True, False, True])
        top = by_size.drop_duplicates("cluster")  # the largest group of each cluster (ties: alphabetical)
        summary = summary.join(counts).join(top.set_index("cluster")["group"].rename("majority_group"))
        summary["majority_share"] = top.set_index("cluster")["members"] / summary["size"]
    if accounts is not None:
        require_columns(accounts, "accounts", ["userid", "follower_count", "account_creation_date"], table="accounts")
        profiles = members.merge(accounts[["userid", "follower_count", "account_creation_date"]], on="userid", how="left")
        by_cluster = profiles.groupby("cluster")
        summary["median_followers"] = by_cluster["follower_count"].median()
        created = by_cluster["account_creation_date"]
        summary["creation_span_days"] = (created.max() - created.min()).dt.days
    return summary.rename_axis(columns=None).reset_index()
