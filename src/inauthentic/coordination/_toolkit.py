"""Run coordination-network-toolkit (QUT) on a posts table, for comparison.

The kit's co-retweet and co-link networks are meant to be *the same* as the
research tool's, edge for edge. This module feeds a posts table to the toolkit
(``pip install coordination-network-toolkit==1.5.2``; it is a development
dependency, imported only when these functions run) and reads its network
back in the kit's ``source, target, weight`` shape. The parity tests and the
benchmark use it.

How the posts map onto the toolkit's input (its ``preprocess_data`` rows):
``tweetid`` -> message_id, ``userid`` -> user_id, ``retweet_tweetid`` ->
repost_id (for retweets only), ``tweet_text`` -> message, ``tweet_time`` ->
timestamp in seconds since 1970, ``urls`` -> urls. The toolkit ignores the
links of retweets, as the kit does.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = ["toolkit_database", "toolkit_edges"]

_COMPUTE = {"co_retweet": "compute_co_retweet_parallel", "co_link": "compute_co_link_network"}


def toolkit_database(posts: pd.DataFrame, db_path: str | Path) -> Path:
    """Write ``posts`` into a new toolkit SQLite database at ``db_path`` (slow: row by row)."""
    from coordination_network_toolkit.preprocess import preprocess_data

    db_path = Path(db_path)
    db_path.unlink(missing_ok=True)
    seconds = posts["tweet_time"].dt.as_unit("ns").array.asi8 / 1e9
    repost = posts["retweet_tweetid"].astype(object).where(posts["is_retweet"], None)
    rows = zip(
        posts["tweetid"].tolist(),
        posts["userid"].tolist(),
        posts["userid"].astype(str).tolist(),
        [None if pd.isna(value) else int(value) for value in repost],
        [None] * len(posts),
        posts["tweet_text"].astype(str).tolist(),
        seconds.tolist(),
        [list(urls) for urls in posts["urls"]],
    )
    with contextlib.redirect_stdout(io.StringIO()):
        preprocess_data(str(db_path), rows)
    return db_path


def toolkit_edges(
    db_path: str | Path, network: str, window_seconds: float, min_weight: int, n_threads: int = 4
) -> pd.DataFrame:
    """Compute the toolkit's ``network`` ('co_retweet' or 'co_link') and return its edges.

    Self-loops are left out, as the toolkit's own exports do by default.
    ``n_threads=4`` is the default of the toolkit's Python functions.
    """
    from coordination_network_toolkit import compute_networks

    compute = getattr(compute_networks, _COMPUTE[network])
    with contextlib.redirect_stdout(io.StringIO()):
        compute(str(db_path), window_seconds, n_threads=n_threads, min_edge_weight=min_weight)
    with contextlib.closing(sqlite3.connect(str(db_path))) as db:
        rows = db.execute(f"select user_1, user_2, weight from {network}_network where user_1 != user_2").fetchall()
    edges = pd.DataFrame(np.array(rows, dtype=np.int64).reshape(-1, 3), columns=["source", "target", "weight"])
    return edges.sort_values(["source", "target"], ignore_index=True)
