"""CoordinationExplorer: tune the co-retweet window and minimum weight, watch clusters form.

Every pair of accounts that retweeted the same post within the largest
window is found once (:func:`inauthentic.coordination.co_retweet_candidates`);
a slider move only re-filters those candidates by time gap and weight
(:func:`inauthentic.coordination.edges_from_candidates`), so it never
re-enumerates pairs. Results and node positions are cached, and only the
largest clusters are drawn.

Examples
--------
>>> from inauthentic import load_dataset
>>> data = load_dataset("tiny")
>>> explorer = CoordinationExplorer(data)
>>> explorer.window.value = 10
>>> explorer.min_weight.value = 3
>>> explorer.state.window_seconds, explorer.state.min_weight
(10, 3)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ipywidgets
import numpy as np
import pandas as pd

from ..coordination import cluster_summary, co_retweet_candidates, edges_from_candidates
from ..coordination import clusters as find_clusters
from ..errors import KitError
from ..evaluate import describe_flagged
from ..groups import readable_name, style_of
from ..plots import spring_positions
from ..validate import require_columns
from ._common import Explorer, FastFigure, html_escape, html_table, image_widget, new_figure, require_dataset, within_range

__all__ = [
    "CoordinationExplorer",
    "CoordinationState",
    "WINDOW_STEPS",
    "flagged_by_kind",
    "accounts_to_draw",
    "links_between",
    "links_to_show",
    "spring_positions",
    "describe_window",
]

#: Window sizes offered by the slider, in seconds: roughly logarithmic.
WINDOW_STEPS = (1, 2, 5, 10, 20, 30, 60, 120, 180, 300)


@dataclass
class CoordinationState:
    """One setting of a :class:`CoordinationExplorer` and what it finds.

    Attributes
    ----------
    window_seconds, min_weight : int
        The settings.
    edges : DataFrame
        ``source, target, weight``, as :func:`inauthentic.coordination.co_retweet_edges`.
    clusters : Series
        Cluster number per userid (accounts with at least one edge).
    sizes : DataFrame
        One row per cluster, largest first: :func:`inauthentic.coordination.cluster_summary`.
    by_kind : DataFrame or None
        Flagged accounts per kind (see :func:`flagged_by_kind`); None without labels.
    drawn : int
        Accounts drawn in the network (at most ``max_nodes``).

    Examples
    --------
    >>> import pandas as pd
    >>> found = pd.Series([0, 0], index=pd.Index([5, 6], name="userid"))
    >>> state = CoordinationState(60, 2, pd.DataFrame(), found, pd.DataFrame(), None)
    >>> state.flagged.tolist()
    [5, 6]
    """

    window_seconds: int
    min_weight: int
    edges: pd.DataFrame = field(repr=False)
    clusters: pd.Series = field(repr=False)
    sizes: pd.DataFrame = field(repr=False)
    by_kind: pd.DataFrame | None = field(repr=False)
    drawn: int = 0

    @property
    def flagged(self) -> pd.Index:
        """The accounts in any cluster."""
        return self.clusters.index


def describe_window(seconds: int) -> str:
    """Say a window in words.

    Examples
    --------
    >>> describe_window(1), describe_window(120), describe_window(90)
    ('1 s', '2 min', '90 s')
    """
    return f"{seconds // 60} min" if seconds >= 60 and seconds % 60 == 0 else f"{seconds} s"


def flagged_by_kind(flagged: pd.Index, labels: pd.DataFrame) -> pd.DataFrame:
    """Count flagged accounts per kind, with the genuine ones group by group.

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3, 4], "kind": ["campaign", "campaign", "genuine", "genuine"],
    ...                        "group": ["campaign_a", "campaign_a", "fandom", "night_shift"]})
    >>> flagged_by_kind(pd.Index([1, 3]), labels)
              flagged  accounts  share                    in_words
    kind
    campaign        1         2    0.5  1 of 2 campaign A accounts
    genuine         1         2    0.5                  1 of 1 fan
    spam            0         0    0.0
    """
    is_flagged = labels["userid"].isin(flagged).to_numpy()
    kind_codes, kinds = pd.factorize(labels["kind"].astype(str))
    group_codes, groups = pd.factorize(labels["group"].astype(str))
    group_kind = np.asarray(kinds)[pd.Series(kind_codes).groupby(group_codes).first().to_numpy()]
    group_sizes = np.bincount(group_codes, minlength=len(groups))
    group_flagged = np.bincount(group_codes, weights=is_flagged, minlength=len(groups)).astype(int)
    table = pd.DataFrame(
        {"flagged": np.bincount(kind_codes, weights=is_flagged, minlength=len(kinds)).astype("int64"),
         "accounts": np.bincount(kind_codes, minlength=len(kinds)).astype("int64")},
        index=pd.Index(kinds, name="kind"),
    ).reindex(["campaign", "genuine", "spam"], fill_value=0)
    table.index.name = "kind"
    table["share"] = (table["flagged"] / table["accounts"].where(table["accounts"] > 0)).fillna(0.0)
    order = np.argsort(-group_flagged, kind="stable")
    table["in_words"] = [
        ", ".join(describe_flagged(groups[g], group_flagged[g], group_sizes[g])
                  for g in order if group_kind[g] == kind and group_flagged[g])
        for kind in table.index
    ]
    return table


def links_between(edges: pd.DataFrame, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the links among ``nodes``, undirected, heaviest first.

    Returns
    -------
    ends : ndarray of shape (links, 2)
        Each linked pair once, as positions in ``nodes`` (smaller first).
    weight : ndarray
        The larger of the pair's two directed weights.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> edges = pd.DataFrame({"source": [10, 11, 11, 12], "target": [11, 10, 12, 99], "weight": [2, 3, 5, 9]})
    >>> ends, weight = links_between(edges, np.array([10, 11, 12]))
    >>> ends.tolist(), weight.tolist()
    ([[1, 2], [0, 1]], [5, 3])
    """
    index = pd.Index(nodes)
    ends = np.column_stack([index.get_indexer(edges["source"]), index.get_indexer(edges["target"])])
    inside = (ends >= 0).all(axis=1)
    ends, weight = np.sort(ends[inside], axis=1), edges["weight"].to_numpy()[inside]
    order = np.lexsort((ends[:, 1], ends[:, 0], -weight))  # heaviest first
    ends, weight = ends[order], weight[order]
    pair = ends[:, 0].astype(np.int64) * len(nodes) + ends[:, 1]
    _, first = np.unique(pair, return_index=True)  # first = heaviest copy of each pair
    first = np.sort(first)
    return ends[first], weight[first]


def links_to_show(ends: np.ndarray, max_links: int) -> np.ndarray:
    """Choose about ``max_links`` of ``ends`` (heaviest first) so every account keeps a link.

    Each account's heaviest link is kept; the rest of the budget goes to the
    heaviest remaining links, up to ``max_links`` in all (more only if there
    are more accounts than that). Returns row numbers of ``ends``, ascending.

    Examples
    --------
    >>> import numpy as np
    >>> ends = np.array([[0, 1], [0, 2], [1, 2], [3, 4]])  # heaviest first
    >>> links_to_show(ends, 3).tolist()  # every account keeps its heaviest link; [1, 2] waits for room
    [0, 1, 3]
    >>> links_to_show(ends, 4).tolist()
    [0, 1, 2, 3]
    """
    first_of_node = np.unique(ends.ravel(), return_index=True)[1] // 2
    must = np.zeros(len(ends), dtype=bool)
    must[first_of_node] = True
    rest = np.flatnonzero(~must)[: max(max_links - int(must.sum()), 0)]
    return np.sort(np.concatenate([np.flatnonzero(must), rest]))


def accounts_to_draw(clusters: pd.Series, max_nodes: int, degree: pd.Series | None = None) -> pd.Index:
    """Pick at most ``max_nodes`` accounts to draw, so that every large cluster shows.

    Each cluster gets the same allowance (the largest that keeps the total
    within ``max_nodes``, at least 2), filled with its best-connected
    accounts (highest ``degree``, then smallest userid); if that is still too
    many, the largest clusters come first.

    Parameters
    ----------
    clusters : Series
        Cluster number per userid.
    max_nodes : int
        The most accounts to draw.
    degree : Series, optional
        How connected each account is (e.g. its summed edge weight).

    Examples
    --------
    >>> import pandas as pd
    >>> clusters = pd.Series([0, 0, 0, 0, 1, 1, 1, 2, 2], index=[10, 11, 12, 13, 20, 21, 22, 30, 31])
    >>> accounts_to_draw(clusters, 6).tolist()  # two from each cluster
    [10, 11, 20, 21, 30, 31]
    >>> accounts_to_draw(clusters, 9).tolist()
    [10, 11, 12, 13, 20, 21, 22, 30, 31]
    """
    cluster = clusters.to_numpy()
    sizes = np.sort(clusters.value_counts().to_numpy())
    allowances = np.arange(1, sizes[-1] + 1) if len(sizes) else np.array([1])
    below = np.searchsorted(sizes, allowances)  # clusters smaller than each allowance
    totals = np.concatenate([[0], np.cumsum(sizes)])[below] + allowances * (len(sizes) - below)
    allowance = max(int(allowances[totals <= max_nodes].max(initial=1)), 2)
    connected = np.zeros(len(clusters)) if degree is None else degree.reindex(clusters.index).fillna(0).to_numpy()
    order = np.lexsort((clusters.index.to_numpy(), -connected, cluster))
    rank = np.empty(len(cluster), dtype=np.int64)
    starts = np.flatnonzero(np.diff(cluster[order], prepend=-1))  # first row of each cluster in order
    rank[order] = np.arange(len(order)) - np.repeat(starts, np.diff(np.append(starts, len(order))))
    size = clusters.map(clusters.value_counts()).to_numpy()
    chosen = np.flatnonzero(rank < allowance)
    chosen = chosen[np.lexsort((rank[chosen], cluster[chosen], -size[chosen]))][:max_nodes]
    return clusters.index[np.sort(chosen)] if len(chosen) else clusters.index[:0]


class CoordinationExplorer(Explorer):
    """Sliders for the co-retweet window and minimum weight; clusters, counts and the network.

    Parameters
    ----------
    data : Dataset
        From :func:`inauthentic.load_dataset`. Its answer key (if it has
        one) colours the network and counts flagged accounts per kind.
    labels : DataFrame or False, optional
        Another answer key to use instead, or ``False`` to use none (no
        colours, no counts by kind: as a learner without the key sees it).
    window : int, default 60
        Starting window in seconds (one of :data:`WINDOW_STEPS`).
    min_weight : int, default 2
        Starting minimum number of shared retweets for a link (1 to 20; a
        value outside is moved to the nearest end, and the widget says so).
    max_nodes : int, default 200
        Draw at most this many accounts (the largest clusters).
    max_links : int, default 1000
        Draw at most this many links between them (the heaviest).
    method : {"components", "louvain"}, default "components"
        How :func:`inauthentic.coordination.clusters` groups linked accounts.

    Attributes
    ----------
    window : ipywidgets.SelectionSlider
        Seconds within which two retweets of the same post count as together.
    min_weight : ipywidgets.IntSlider
        Posts two accounts must have retweeted together to be linked.
    state : CoordinationState
        ``edges``, ``clusters``, ``sizes``, ``by_kind``...
    widget : ipywidgets.VBox
        What the notebook shows.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> data = load_dataset("tiny")
    >>> explorer = CoordinationExplorer(data)
    >>> explorer.min_weight.value = 1
    >>> list(explorer.state.edges.columns)
    ['source', 'target', 'weight']
    """

    def __init__(self, data, labels: pd.DataFrame | bool | None = None, window: int = 60, min_weight: int = 2,
                 max_nodes: int = 200, max_links: int = 1000, method: str = "components"):
        require_dataset(data, "CoordinationExplorer")
        posts = data.posts
        labels = None if labels is False else getattr(data, "labels", None) if labels is None else labels
        require_columns(posts, "data.posts", ["userid", "tweet_time", "is_retweet", "retweet_tweetid"], table="posts")
        if labels is not None:
            require_columns(labels, "labels", ["userid", "kind", "group"], table="labels")
        if window not in WINDOW_STEPS:
            raise KitError(f"The window should be one of {', '.join(map(str, WINDOW_STEPS))} seconds, not {window!r}.")
        min_weight, note = within_range(min_weight, 1, 20, "min_weight", "CoordinationExplorer")
        self.labels, self.max_nodes, self.max_links, self.method = labels, max_nodes, max_links, method
        self.candidates = co_retweet_candidates(posts, max_window_seconds=max(WINDOW_STEPS))
        self._kind_of = None if labels is None else labels.drop_duplicates("userid").set_index("userid")["kind"].astype(str)
        self._results: dict[tuple[int, int], CoordinationState] = {}
        self._positions: dict[int, np.ndarray] = {}
        self._layouts: dict[tuple[int, int], np.ndarray] = {}

        self.window = ipywidgets.SelectionSlider(
            options=[(describe_window(seconds), seconds) for seconds in WINDOW_STEPS], value=window,
            description="Window", continuous_update=True, layout=ipywidgets.Layout(width="420px"),
        )
        self.min_weight = ipywidgets.IntSlider(value=min_weight, min=1, max=20, description="Min. weight",
                                               continuous_update=True, layout=ipywidgets.Layout(width="420px"))
        self.summary = ipywidgets.HTML()
        self.message = ipywidgets.HTML(f"<p style='color:#b00'>{html_escape(note)}</p>" if note else "")
        # The table column wraps under the picture in a narrow window, and scrolls sideways if still too wide.
        self.tables = ipywidgets.HTML(layout=ipywidgets.Layout(flex="1 1 420px", min_width="420px", overflow="auto"))
        self._figure, self._artists = self._build_figure()
        self.image = image_widget(self._figure)
        self.caption = ipywidgets.HTML(layout=ipywidgets.Layout(max_width="520px"))
        picture = ipywidgets.VBox([self.caption, self.image], layout=ipywidgets.Layout(flex="0 1 auto"))
        self.widget = ipywidgets.VBox([
            ipywidgets.HBox([self.window, self.min_weight], layout=ipywidgets.Layout(flex_flow="row wrap")),
            self.message, self.summary,
            ipywidgets.HBox([picture, self.tables], layout=ipywidgets.Layout(flex_flow="row wrap", align_items="flex-start")),
        ])
        self._watch(self.window, self.min_weight)
        self.update()

    def compute(self, window_seconds: int, min_weight: int) -> CoordinationState:
        """Return (and cache) the edges, clusters and counts for one setting, without drawing.

        Examples
        --------
        >>> from inauthentic import load_dataset
        >>> explorer = CoordinationExplorer(load_dataset("tiny"))
        >>> explorer.compute(60, 2).edges.equals(explorer.compute(60, 2).edges)
        True
        """
        key = (int(window_seconds), int(min_weight))
        if key not in self._results:
            edges = edges_from_candidates(self.candidates, window_seconds=key[0], min_weight=key[1])
            found = find_clusters(edges, method=self.method)
            by_kind = flagged_by_kind(found.index, self.labels) if self.labels is not None else None
            self._results[key] = CoordinationState(
                window_seconds=key[0], min_weight=key[1], edges=edges, clusters=found,
                sizes=cluster_summary(found, self.labels), by_kind=by_kind,
            )
        return self._results[key]

    def update(self) -> None:
        """Recompute (or fetch) the result for the sliders' setting and redraw."""
        self.state = self.compute(self.window.value, self.min_weight.value)
        self._draw()
        self.summary.value = self._summary_html()
        self.tables.value = self._tables_html()

    def _summary_html(self) -> str:
        state = self.state
        text = (
            f"<p>Linking two accounts when they retweeted the same post within "
            f"<b>{describe_window(state.window_seconds)}</b> of each other, on at least <b>{state.min_weight}</b> "
            f"different posts: <b>{len(state.clusters):,}</b> accounts in <b>{len(state.sizes):,}</b> clusters, "
            f"{len(state.edges):,} links.</p>"
        )
        if state.by_kind is not None:
            rows = [(kind, f"{row.flagged:,} of {row.accounts:,}", f"{row.share:.0%}", row.in_words)
                    for kind, row in state.by_kind.iterrows()]  # three kinds
            text += html_table(rows, ["kind", "in a cluster", "share", "who"])
        return text

    def _tables_html(self) -> str:
        top = self.state.sizes.head(12)
        if top.empty:
            return "<b>Largest clusters</b><p>None at this setting.</p>"
        columns = {"cluster": "cluster", "size": "accounts", "genuine": "genuine", "campaign": "campaign", "spam": "spam"}
        shown = [name for name in columns if name in top.columns]
        rows = [[f"{value:,}" for value in row] for row in top[shown].to_numpy().tolist()]
        header = [columns[name] for name in shown]
        if {"majority_group", "majority_share"} <= set(top.columns):
            header.append("mostly")
            for row, group, share in zip(rows, top["majority_group"], top["majority_share"]):
                row.append(f"{readable_name(group)} ({share:.0%})")
        more = len(self.state.sizes) - len(top)
        tail = f"<p>... and {more:,} smaller clusters.</p>" if more > 0 else ""
        return "<b>Largest clusters</b>" + html_table(rows, header) + tail

    # ----------------------------------------------------------------- drawing

    def _build_figure(self):
        figure = new_figure(6.5, 5.6)
        ax = figure.add_axes([0.02, 0.1, 0.96, 0.84])
        ax.set_axis_off()
        # Fixed, so a screen reader's alt text and the picture agree on what it is; the numbers are in the summary.
        ax.set_title("Accounts that acted together: a line links two accounts", fontsize="medium", loc="left")
        (links,) = ax.plot([], [], color="#999999", linewidth=0.6, alpha=0.5)  # all links as one NaN-broken line
        kinds = ("genuine", "spam", "campaign") if self._kind_of is not None else ("unlabelled",)
        dots = {kind: ax.scatter([], [], s=26, marker=style_of(kind).marker, color=style_of(kind).colour,
                                 label=readable_name(kind) if kind != "unlabelled" else "Accounts", zorder=3,
                                 linewidths=0.3, edgecolors="white")
                for kind in kinds}
        # Fixed: drawn once, in the background, below the network where no dot can sit.
        figure.legend(handles=list(dots.values()), loc="lower center", ncol=3, fontsize="medium", frameon=False,
                      markerscale=1.5)
        artists = {"ax": ax, "links": links, "dots": dots}
        return FastFigure(figure, [links, *dots.values()]), artists

    def _layout(self, nodes: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Positions of ``nodes`` (cached per setting, started from the last positions drawn)."""
        key = (self.state.window_seconds, self.state.min_weight)
        if key not in self._layouts:
            start = np.array([self._positions.get(node, (np.nan, np.nan)) for node in nodes]).reshape(-1, 2)
            warm = bool(self._positions)
            placed = spring_positions(len(nodes), ends, start=start, iterations=25 if warm else 50)
            self._positions.update(zip(nodes.tolist(), placed))
            self._layouts[key] = placed
        return self._layouts[key]

    def _draw(self) -> None:
        state, artists = self.state, self._artists
        degree = state.edges.groupby("source")["weight"].sum()
        nodes = accounts_to_draw(state.clusters, self.max_nodes, degree).to_numpy()
        state.drawn = len(nodes)
        ends, _ = links_between(state.edges, nodes)
        xy = self._layout(nodes, ends)
        drawn_links = xy[ends[links_to_show(ends, self.max_links)]]  # shape (links, 2 ends, x/y)
        breaks = np.full((len(drawn_links), 1, 2), np.nan)
        path = np.concatenate([drawn_links, breaks], axis=1).reshape(-1, 2)
        artists["links"].set_data(path[:, 0], path[:, 1])
        kinds = (self._kind_of.reindex(nodes).fillna("unlabelled").to_numpy() if self._kind_of is not None
                 else np.full(len(nodes), "unlabelled"))
        for kind, dots in artists["dots"].items():
            dots.set_offsets(xy[kinds == kind].reshape(-1, 2))
        if len(xy):  # the same scale across and up, so round clusters stay round
            low, high = xy.min(axis=0), xy.max(axis=0)
            box = artists["ax"].get_position().size * self._figure.figure.get_size_inches()  # inches
            per_inch = max(((high - low) / box).max() * 1.1, 0.05)
            centre = (low + high) / 2
            artists["ax"].set_xlim(centre[0] - per_inch * box[0] / 2, centre[0] + per_inch * box[0] / 2)
            artists["ax"].set_ylim(centre[1] - per_inch * box[1] / 2, centre[1] + per_inch * box[1] / 2)
        cut = ""
        if len(nodes) < len(state.clusters):
            cut = f" (drawn: {len(nodes):,} of {len(state.clusters):,} accounts, the best linked of each cluster)"
        self.caption.value = (  # text in HTML: instant to change, and it wraps
            f"<b>Co-retweet network, {describe_window(state.window_seconds)} window, weight ≥ {state.min_weight}</b>"
            f"{html_escape(cut)}" if len(nodes) else "<b>No links at this setting: try a wider window or a lower minimum weight.</b>"
        )
        self.image.value = self._figure.png()
