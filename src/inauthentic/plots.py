"""The kit's figures: one function per picture the lessons draw.

Every function takes ``ax=None`` (a new figure is made when it is None),
returns the Axes it drew on, and gives it a title and axis labels that still
make sense on a printed page. Colours, markers and legend names come from
:mod:`inauthentic.groups`, the kit's visual language (operations warm, genuine
people cool or neutral, spam its own teal; see ``docs/visual-language.md``);
kinds of account also get their own marker or line style, so the figures
survive black-and-white printing.

Importing this module changes nothing about matplotlib's settings. Call
:func:`set_theme` once, at the top of a notebook, for the kit's look.

Examples
--------
>>> import pandas as pd
>>> from inauthentic import plots
>>> posts = pd.DataFrame({"userid": [1, 1, 2],
...     "tweet_time": pd.to_datetime(["2026-09-07 01:00", "2026-09-07 02:10", "2026-09-08 09:00"], utc=True)})
>>> ax = plots.clock_heatmap(posts, tz="UTC+8")
>>> ax.get_title()
'Posting clock in UTC+08:00 (3 posts)'
>>> plots.plt.close(ax.figure)
"""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.ticker import FuncFormatter, PercentFormatter

from . import evaluate, groups
from .errors import KitError, did_you_mean
from .timezones import describe_timezone, half_hour_of_day, hour_of_week, to_local
from .validate import require_columns, require_utc

__all__ = [
    "OKABE_ITO",
    "KIND_COLOURS",
    "THEME_COLOURS",
    "set_theme",
    "clock_heatmap",
    "creation_timeline",
    "volume_vs_followers",
    "network",
    "spring_positions",
    "confusion",
    "threshold_curves",
    "false_positives",
]

#: The Okabe–Ito colour-blind-safe palette, in the order the kit uses it
#: (yellow last: it is hard to see on white paper).
OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

#: The colour cycle :func:`set_theme` installs: genuine blue, operation vermillion,
#: spam teal first (as in :mod:`inauthentic.groups`), then Okabe–Ito neighbours.
THEME_COLOURS = [groups.colour_of("genuine"), groups.colour_of("campaign"), groups.colour_of("spam"),
                 "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#737373"]

#: One colour per kind of account, the same in every figure (from :mod:`inauthentic.groups`).
KIND_COLOURS = {kind: style.colour for kind, style in groups.KIND_STYLES.items()}

_KIND_MARKERS = {kind: style.marker for kind, style in groups.KIND_STYLES.items()}
_KIND_LINES = {"genuine": "-", "spam": "--", "campaign": "-", "unlabelled": ":"}
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_PERIODS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
_EDGE_COLUMNS = [("source", "target"), ("user_1", "user_2"), ("userid_1", "userid_2")]
_DFRLAB_LINES = {72: "72 a day: suspicious", 144: "144 a day: highly suspicious"}


def set_theme(font_scale: float = 1.0) -> None:
    """Give every later figure the kit's look: white grid, the kit's colours (:data:`THEME_COLOURS`).

    This is the only function of the module that changes matplotlib's global
    settings. Undo it with ``matplotlib.rcdefaults()``.

    Parameters
    ----------
    font_scale : float, default 1.0
        Make all text larger (e.g. 1.3 for a projector) or smaller.

    Examples
    --------
    >>> import matplotlib
    >>> from matplotlib.colors import to_hex
    >>> with matplotlib.rc_context():  # restores the settings afterwards
    ...     set_theme()
    ...     [to_hex(c).upper() for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"][:2]]
    ['#0072B2', '#D55E00']
    """
    sns.set_theme(
        context="notebook",
        style="whitegrid",
        palette=THEME_COLOURS,
        font_scale=font_scale,
        rc={"figure.dpi": 100, "savefig.dpi": 150, "savefig.bbox": "tight", "axes.titlesize": "large"},
    )


# --------------------------------------------------------------------------
# Small helpers shared by the plots
# --------------------------------------------------------------------------


def _axes(ax: object, figsize: tuple[float, float], box: tuple[float, float, float, float] | None = None) -> Axes:
    """Return ``ax``, or a new figure's Axes when it is None.

    A new figure is laid out by matplotlib's constrained layout, or, when
    ``box`` (left, bottom, right, top as figure fractions) is given, placed
    there: the busiest plots save half their drawing time that way.
    """
    if ax is None:
        figure, ax = plt.subplots(figsize=figsize, layout=None if box else "constrained")
        if box:
            figure.subplots_adjust(left=box[0], bottom=box[1], right=box[2], top=box[3])
        return ax
    if not isinstance(ax, Axes):
        raise KitError(f"The argument 'ax' should be a matplotlib Axes (or None for a new figure), not a {type(ax).__name__}.")
    return ax


def _label_of(userids: pd.Series, labels: pd.DataFrame | None, column: str = "kind") -> pd.Series:
    """Return ``labels[column]`` for each userid, as text ("unlabelled" if absent)."""
    if labels is None:
        return pd.Series("unlabelled", index=userids.index)
    require_columns(labels, "labels", ["userid", column], table="labels")
    lookup = labels.drop_duplicates("userid").set_index("userid")[column].astype(str)
    return userids.map(lookup).fillna("unlabelled").astype(str)


def _kind_of_group(labels: pd.DataFrame | None) -> dict[str, str]:
    """Each group's kind in the answer key (so an unknown campaign group stays warm)."""
    if labels is None or not {"group", "kind"} <= set(labels.columns):
        return {}
    first = labels.drop_duplicates("group")
    return dict(zip(first["group"].astype(str), first["kind"].astype(str)))


def _style(name: str, kind: str | None = None) -> dict:
    """Colour and marker for one kind or group, from the kit's visual language."""
    style = groups.style_of(name, kind)
    return {"color": style.colour, "marker": style.marker}


# --------------------------------------------------------------------------
# Plots of the raw data
# --------------------------------------------------------------------------


def _clock_counts(times: pd.Series, tz: object, resolution: str) -> np.ndarray:
    """Posts per (day of week, hour or half-hour) cell, as a 7 × 24 or 7 × 48 array."""
    if resolution == "hour":
        return np.bincount(hour_of_week(times, tz), minlength=7 * 24).reshape(7, 24)
    slot = to_local(times, tz).dt.day_of_week * 48 + half_hour_of_day(times, tz)
    return np.bincount(slot, minlength=7 * 48).reshape(7, 48)


def clock_heatmap(
    posts: pd.DataFrame,
    tz: object = "UTC",
    userids: object = None,
    ax: Axes | None = None,
    title: str | None = None,
    resolution: str = "hour",
    share: bool = False,
) -> Axes:
    """Draw when posts are made: day of the week against time of day, in ``tz``.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    tz : str or number, default ``"UTC"``
        The clock to read the times on: ``"UTC+8"``, ``"America/New_York"``, ``8``...
    userids : optional
        Only these accounts' posts: a collection of userids or a True/False
        Series indexed by userid.
    ax : Axes, optional
        Where to draw; a new figure if None.
    title : str, optional
        Replaces the default title; the time zone is added if missing.
    resolution : {"hour", "half-hour"}, default ``"hour"``
        Width of a column.
    share : bool, default False
        Show each cell's share of the posts (%) instead of the count.

    Returns
    -------
    Axes
        A 7-row heatmap (Monday at the top) whose cells sum to the posts drawn
        (or to 100 with ``share=True``).

    Examples
    --------
    >>> import pandas as pd
    >>> posts = pd.DataFrame({"userid": [1, 2],
    ...     "tweet_time": pd.to_datetime(["2026-09-07 01:00", "2026-09-07 01:20"], utc=True)})
    >>> ax = clock_heatmap(posts, tz="Asia/Shanghai", userids=[1], resolution="half-hour")
    >>> ax.get_title(), ax.get_xlabel()
    ('Posting clock in Asia/Shanghai (1 post from 1 account)', 'time of day in Asia/Shanghai')
    >>> plt.close(ax.figure)
    """
    require_columns(posts, "posts", ["userid", "tweet_time"], table="posts")
    require_utc(posts["tweet_time"], "posts", "tweet_time")
    if resolution not in ("hour", "half-hour"):
        raise KitError(f"The argument 'resolution' should be 'hour' or 'half-hour', not {resolution!r}.")
    zone = describe_timezone(tz)
    times = posts["tweet_time"]
    source = ""
    if userids is not None:
        chosen = posts["userid"].isin(evaluate.flagged_userids(userids, argument="userids"))
        times = times[chosen]
        authors = posts["userid"][chosen].nunique()
        source = f" from {authors:,} account{'s' if authors != 1 else ''}"
    if times.empty:
        raise KitError("There are no posts to draw: 'posts' is empty, or none of them is by the accounts in 'userids'.")

    counts = _clock_counts(times, tz, resolution)
    values = counts / counts.sum() * 100 if share else counts
    ax = _axes(ax, (10, 3.6))
    sns.heatmap(values, ax=ax, cmap="mako_r", vmin=0, cbar_kws={"label": "% of posts" if share else "posts"})
    per_hour = values.shape[1] // 24
    hours = np.arange(0, 24, 3)
    ax.set_xticks(hours * per_hour, labels=[f"{hour:02d}:00" for hour in hours], rotation=0)
    ax.set_yticks(np.arange(7) + 0.5, labels=_DAYS, rotation=0)
    ax.set_xlabel(f"time of day in {zone}")
    ax.set_ylabel("day of the week")
    posts_drawn = f"{len(times):,} post{'s' if len(times) != 1 else ''}"
    default = f"Posting clock in {zone} ({posts_drawn}{source})"
    ax.set_title(default if title is None else title if zone in title else f"{title} ({zone})")
    return ax


def _burst_range(created: pd.Series) -> tuple[pd.Timestamp, pd.Timestamp]:
    """A date range that shows the creation bursts: from 8 weeks before the first burst to the end.

    A burst is a day with more than ``5 x median + 3`` accounts created (a
    genuine crowd signs up a few a day; an operator makes dozens in one day).
    Days, not weeks: a burst of a dozen accounts is plain in a day and lost
    in a week of genuine sign-ups. Without a burst, the whole range.
    """
    days = created.dt.tz_localize(None).dt.to_period("D")
    per_day = days.value_counts()
    bursts = per_day.index[per_day > 5 * per_day.median() + 3]
    first, last = created.min(), created.max()
    if len(bursts):
        first = max(first, bursts.min().start_time.tz_localize("UTC") - pd.Timedelta(weeks=8))
    return first.floor("D"), last.floor("D") + pd.Timedelta(days=1)


def _date_argument(value: object, argument: str) -> pd.Timestamp:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise KitError(f"The argument '{argument}' should be a date such as '2026-01-01', not {value!r}.") from None
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def creation_timeline(
    accounts: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    freq: str = "D",
    ax: Axes | None = None,
    start: object = None,
    end: object = None,
) -> Axes:
    """Draw how many accounts were created in each day, week or month.

    Parameters
    ----------
    accounts : DataFrame
        The accounts table (``userid``, ``account_creation_date``).
    labels : DataFrame, optional
        The answer key: one line per kind of account when given.
    freq : {"D", "W", "M", "Q", "Y"}, default ``"D"``
        The period: day, week, month, quarter or year.
    ax : Axes, optional
        Where to draw; a new figure if None.
    start, end : date, optional
        The range to draw (``"2025-06-01"``; ``end`` excluded). By default,
        from eight weeks before the first burst of creations (a day with
        more than five times the median day, plus three) to the last
        account; the whole range if there is no burst. Accounts outside the
        range are counted in the title.

    Returns
    -------
    Axes
        One step line per kind (or one for all accounts), whose heights sum
        to the number of accounts in the range. Genuine accounts are drawn as
        a pale filled area under the other lines.

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3],
    ...     "account_creation_date": pd.to_datetime(["2026-01-05", "2026-01-06", "2026-03-02"], utc=True)})
    >>> ax = creation_timeline(accounts, freq="M")
    >>> ax.get_title(), ax.get_ylabel()
    ('When the 3 accounts were created', 'accounts created per month')
    >>> ax = creation_timeline(accounts, freq="M", start="2026-02-01")
    >>> ax.get_title()
    'When the accounts were created: 1 of 3 from 2026-02-01 to 2026-03-02'
    >>> plt.close("all")
    """
    require_columns(accounts, "accounts", ["userid", "account_creation_date"], table="accounts")
    require_utc(accounts["account_creation_date"], "accounts", "account_creation_date")
    if freq not in _PERIODS:
        raise KitError(
            f"The argument 'freq' should be one of {', '.join(repr(p) for p in _PERIODS)} "
            f"(day, week, month, quarter, year), not {freq!r}.{did_you_mean(str(freq).upper(), _PERIODS)}"
        )
    if accounts.empty:
        raise KitError("The argument 'accounts' has no rows, so there is nothing to draw.")
    created = accounts["account_creation_date"]
    default_start, default_end = _burst_range(created)
    first = default_start if start is None else _date_argument(start, "start")
    stop = default_end if end is None else _date_argument(end, "end")
    if stop <= first:
        raise KitError(f"The range to draw is empty: end ({stop:%Y-%m-%d}) is not after start ({first:%Y-%m-%d}).")
    inside = ((created >= first) & (created < stop)).to_numpy()
    if not inside.any():
        raise KitError(
            f"No account was created between {first:%Y-%m-%d} and {stop:%Y-%m-%d}; the accounts were created "
            f"from {created.min():%Y-%m-%d} to {created.max():%Y-%m-%d}."
        )
    shown = accounts[inside]
    periods = shown["account_creation_date"].dt.tz_localize(None).dt.to_period(freq)
    kinds = _label_of(shown["userid"], labels) if labels is not None else pd.Series("all accounts", index=shown.index)
    counts = pd.crosstab(periods, kinds)
    every_period = pd.period_range(periods.min(), periods.max(), freq=periods.dt.freq)
    counts = counts.reindex(every_period, fill_value=0)

    ax = _axes(ax, (9, 4))
    starts = counts.index.start_time
    for kind in groups.drawing_order(counts.columns):
        values = counts[kind].to_numpy()
        label = groups.readable_label(kind, values.sum())
        colour = groups.colour_of(kind) if labels is not None else KIND_COLOURS["genuine"]
        if kind == "genuine":  # the crowd: a pale area, so bursts of other kinds stand out on it
            ax.fill_between(starts, values, step="mid", color=colour, alpha=0.25, linewidth=0)
        ax.plot(starts, values, drawstyle="steps-mid", linewidth=1.0 if kind == "genuine" else 1.8, color=colour,
                linestyle=_KIND_LINES.get(kind, "-"), label=label)
    if labels is not None:
        ax.legend(title="kind (accounts in range)", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_ylim(bottom=0)
    ax.set_xlim(first.tz_localize(None), stop.tz_localize(None))
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel(f"{_PERIODS[freq]} the account was created (UTC)")
    ax.set_ylabel(f"accounts created per {_PERIODS[freq]}")
    if inside.all():
        ax.set_title(f"When the {len(accounts):,} accounts were created")
    else:
        last_day = min(stop - pd.Timedelta(days=1), created.max())
        ax.set_title(f"When the accounts were created: {inside.sum():,} of {len(accounts):,} "
                     f"from {first:%Y-%m-%d} to {last_day:%Y-%m-%d}")
    return ax


def _posts_per_day(posts: pd.DataFrame) -> tuple[pd.Series, float]:
    """Posts per day for each posting account, averaged over the days the posts table covers."""
    span = posts["tweet_time"].max() - posts["tweet_time"].min()
    days = max(span / pd.Timedelta(days=1), 1.0)
    return posts["userid"].value_counts() / days, days


def volume_vs_followers(
    accounts: pd.DataFrame,
    posts: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    ax: Axes | None = None,
    hue: str = "kind",
) -> Axes:
    """Draw each posting account's volume against its followers (log–log).

    Loudspeaker accounts post a lot while almost nobody follows them: they
    gather in the bottom right. Dashed lines mark DFRLab's rule of thumb
    (72 posts a day suspicious, 144 highly suspicious).

    Parameters
    ----------
    accounts : DataFrame
        The accounts table (``userid``, ``follower_count``).
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    labels : DataFrame, optional
        The answer key, to colour the points.
    ax : Axes, optional
        Where to draw; a new figure if None.
    hue : {"kind", "group", "role"}, default ``"kind"``
        Which column of ``labels`` sets the colour.

    Returns
    -------
    Axes
        One point per account with at least one post. Posts per day are
        averaged over the whole period of the posts table. The follower axis
        is logarithmic above 1 and linear below, so 0 followers is shown.

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3], "follower_count": [0, 250, 4]})
    >>> posts = pd.DataFrame({"userid": [1, 1, 1, 2],
    ...     "tweet_time": pd.to_datetime(["2026-09-01", "2026-09-02", "2026-09-03", "2026-09-03"], utc=True)})
    >>> ax = volume_vs_followers(accounts, posts)
    >>> ax.get_title(), sum(len(c.get_offsets()) for c in ax.collections)
    ('Posting volume against followers (2 accounts that posted)', 2)
    >>> plt.close(ax.figure)
    """
    require_columns(accounts, "accounts", ["userid", "follower_count"], table="accounts")
    require_columns(posts, "posts", ["userid", "tweet_time"], table="posts")
    require_utc(posts["tweet_time"], "posts", "tweet_time")
    if hue not in ("kind", "group", "role"):
        raise KitError(f"The argument 'hue' should be 'kind', 'group' or 'role', not {hue!r}.{did_you_mean(hue, ['kind', 'group', 'role'])}")
    if posts.empty:
        raise KitError("The argument 'posts' has no rows, so no account has a posting volume to draw.")
    rate, days = _posts_per_day(posts)
    points = accounts[["userid", "follower_count"]].merge(rate.rename("per_day"), left_on="userid", right_index=True)
    points["category"] = _label_of(points["userid"], labels, hue)
    kind_of = _kind_of_group(labels) if hue == "group" else {}
    many = points["category"].nunique() > 5

    ax = _axes(ax, (10.5 if many else 8, 5.5), box=(0.1, 0.1, 0.68 if many else 0.96, 0.93))
    for name in groups.drawing_order(points["category"]):
        chosen = points[points["category"] == name]
        crowd = name in ("ordinary", "genuine", "none")  # the crowd stays underneath, small and pale
        ax.scatter(chosen["per_day"], chosen["follower_count"], s=10 if crowd else 18, alpha=0.5 if crowd else 0.8,
                   linewidths=0, label=groups.readable_label(name, len(chosen)), **_style(name, kind_of.get(name)))
    for per_day, text in _DFRLAB_LINES.items():
        ax.axvline(per_day, color="black", linestyle="--", linewidth=0.8)
        ax.text(per_day, 0.98, f" {text}", transform=ax.get_xaxis_transform(), rotation=90,
                va="top", ha="right", fontsize="small")
    ax.set_xscale("log")
    ax.set_yscale("symlog", linthresh=1)
    ax.set_ylim(-0.3, max(points["follower_count"].max(), 10) * 2)
    whole = FuncFormatter(lambda value, _: f"{value:,.0f}" if value >= 1 or value == 0 else f"{value:g}")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    ax.yaxis.set_major_formatter(whole)
    if labels is not None:
        outside = {"loc": "upper left", "bbox_to_anchor": (1.01, 1)} if many else {}
        ax.legend(title=f"{hue} (accounts)", fontsize="small", markerscale=1.5, **outside)
        for handle in ax.get_legend().legend_handles:
            handle.set_alpha(1)
    ax.set_xlabel(f"posts per day (log scale; average over the {days:,.0f} days of posts)")
    ax.set_ylabel("followers (log scale; 0 at the bottom)")
    ax.set_title(f"Posting volume against followers ({len(points):,} accounts that posted)")
    return ax


def _edge_table(edges_or_graph: object) -> pd.DataFrame:
    """Turn an edge table (or any networkx graph) into undirected links ``a < b`` with a ``weight``.

    A pair listed both ways is one link, with the larger weight; a missing
    weight is 1.
    """
    if isinstance(edges_or_graph, nx.Graph):
        edges = nx.to_pandas_edgelist(edges_or_graph)
        pair = ("source", "target")
    elif isinstance(edges_or_graph, pd.DataFrame):
        edges = edges_or_graph
        pair = next((p for p in _EDGE_COLUMNS if set(p) <= set(edges.columns)), None)
        if pair is None:
            pairs = " or ".join(f"'{a}' and '{b}'" for a, b in _EDGE_COLUMNS)
            raise KitError(
                f"The edge table has no pair of account columns; it needs {pairs}. "
                f"Its columns are: {', '.join(map(str, edges.columns))}."
            )
    else:
        raise KitError(
            f"The argument 'edges_or_graph' should be an edge table (a DataFrame with columns such as "
            f"'source', 'target' and 'weight', as the coordination functions return) or a networkx graph, not a {type(edges_or_graph).__name__}."
        )
    first, second = edges[pair[0]].to_numpy(), edges[pair[1]].to_numpy()
    weight = edges["weight"].to_numpy(dtype=float) if "weight" in edges.columns else np.ones(len(edges))
    swap = pd.Series(first).astype(str).to_numpy() > pd.Series(second).astype(str).to_numpy()
    links = pd.DataFrame({"a": np.where(swap, second, first), "b": np.where(swap, first, second), "weight": weight})
    links = links[links["a"] != links["b"]]  # a loop links nothing
    return links.groupby(["a", "b"], sort=False, as_index=False)["weight"].max()


def _most_linked(nodes: pd.Index, ends: np.ndarray, weight: np.ndarray, max_nodes: int) -> np.ndarray:
    """Pick at most ``max_nodes`` accounts: from each cluster a share in proportion
    to its size, its most linked accounts first. Returns positions in ``nodes``.

    Taking the most linked accounts overall would keep only the densest
    cluster (often the campaign) and hide the decoys around it. A cluster
    whose share is under two accounts is left out, and so is any account left
    without a link inside the sample: a lone dot shows nothing.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    count = len(nodes)
    matrix = coo_matrix((np.ones(len(ends)), (ends[:, 0], ends[:, 1])), shape=(count, count))
    _, cluster = connected_components(matrix, directed=False)
    degree = np.bincount(ends.ravel(), weights=np.repeat(weight, 2), minlength=count)
    sizes = np.bincount(cluster)
    share = max_nodes / count
    rooms = np.zeros(len(sizes), dtype=np.int64)
    left = max_nodes
    for label in np.argsort(-sizes, kind="stable"):  # one step per cluster, largest first
        room = min(int(round(sizes[label] * share)), left)
        if room >= 2:
            rooms[label], left = room, left - room
    names = pd.Series(nodes).astype(str).to_numpy()
    order = np.lexsort((names, -degree, cluster))
    starts = np.flatnonzero(np.diff(cluster[order], prepend=-1))
    rank = np.empty(count, dtype=np.int64)
    rank[order] = np.arange(count) - np.repeat(starts, np.diff(np.append(starts, count)))
    chosen = rank < rooms[cluster]
    linked = chosen[ends[:, 0]] & chosen[ends[:, 1]]
    has_link = np.bincount(ends[linked].ravel(), minlength=count) > 0
    return np.flatnonzero(chosen & has_link)


def spring_positions(n_nodes: int, pairs: np.ndarray, start: np.ndarray | None = None, iterations: int = 50,
                     seed: int = 0, gravity: float = 2.0) -> np.ndarray:
    """Place ``n_nodes`` dots so that linked ones sit together (Fruchterman-Reingold).

    The force layout of :func:`networkx.spring_layout`, on a dense matrix (a
    few milliseconds for the few hundred accounts a widget draws), plus a
    pull towards the centre so separate clusters do not drift apart.

    Parameters
    ----------
    n_nodes : int
        Number of dots.
    pairs : ndarray of shape (links, 2)
        Linked dots, as positions ``0..n_nodes-1``.
    start : ndarray of shape (n_nodes, 2), optional
        Starting positions (e.g. from the previous picture); NaN rows start
        at random (seeded) positions.
    iterations : int, default 50
        Steps of the simulation.
    seed : int, default 0
        Seed of the random starting positions.
    gravity : float, default 2.0
        Strength of the pull towards the centre (0: plain Fruchterman-Reingold).

    Returns
    -------
    ndarray of shape (n_nodes, 2)
        Positions scaled to fit -1..1.

    Examples
    --------
    >>> import numpy as np
    >>> xy = spring_positions(4, np.array([[0, 1], [2, 3]]))
    >>> near, far = np.linalg.norm(xy[0] - xy[1]), np.linalg.norm(xy[0] - xy[2])
    >>> xy.shape, bool(near < far)
    ((4, 2), True)
    """
    positions = np.random.default_rng(seed).random((n_nodes, 2))
    if start is not None and len(start):
        known = ~np.isnan(start).any(axis=1)
        positions[known] = start[known]
    if n_nodes < 2:
        return positions * 0
    adjacency = np.zeros((n_nodes, n_nodes))
    adjacency[pairs[:, 0], pairs[:, 1]] = adjacency[pairs[:, 1], pairs[:, 0]] = 1.0
    spacing = 1 / np.sqrt(n_nodes)
    temperature = 0.1 * max(np.ptp(positions, axis=0).max(), 1e-3)
    cooling = temperature / (iterations + 1)
    x, y = positions[:, 0].copy(), positions[:, 1].copy()
    for _ in range(iterations):  # a fixed number of whole-matrix steps
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        distance = np.maximum(np.sqrt(dx * dx + dy * dy), 0.01)
        force = spacing**2 / (distance * distance) - adjacency * (distance / spacing)
        move_x = (dx * force).sum(axis=1) - gravity * (x - x.mean())  # gravity keeps components close
        move_y = (dy * force).sum(axis=1) - gravity * (y - y.mean())
        step = temperature / np.maximum(np.sqrt(move_x * move_x + move_y * move_y), 0.01)
        x += move_x * step
        y += move_y * step
        temperature -= cooling
    positions = np.column_stack([x, y])
    positions -= positions.mean(axis=0)
    return positions / max(np.abs(positions).max(), 1e-9)


def network(
    edges_or_graph: object,
    labels: pd.DataFrame | None = None,
    ax: Axes | None = None,
    seed: int = 0,
    max_nodes: int = 300,
) -> Axes:
    """Draw a co-action network: accounts as dots, a line where two acted together.

    Parameters
    ----------
    edges_or_graph : DataFrame or networkx graph
        An edge table with two account columns (``source``/``target``, as the
        coordination functions return, or ``user_1``/``user_2`` as the QUT
        toolkit writes) and an optional ``weight``, or a networkx graph.
        Direction is ignored.
    labels : DataFrame, optional
        The answer key, to colour the accounts by kind.
    ax : Axes, optional
        Where to draw; a new figure if None.
    seed : int, default 0
        Seed of the spring layout, so the picture is the same every time.
    max_nodes : int, default 300
        Draw at most this many accounts. A larger network is sampled: each
        cluster (connected component) keeps a share of accounts in
        proportion to its size, its most linked (by weight) first; clusters
        whose share is under two accounts are left out.

    Returns
    -------
    Axes
        One marker per account drawn and one line per link between them.

    Examples
    --------
    >>> import pandas as pd
    >>> edges = pd.DataFrame({"source": [1, 1, 2], "target": [2, 3, 3], "weight": [5, 2, 4]})
    >>> ax = network(edges)
    >>> ax.get_title()
    'Co-action network: 3 accounts, 3 links'
    >>> plt.close(ax.figure)
    """
    links = _edge_table(edges_or_graph)
    if links.empty:
        raise KitError("The network has no accounts to draw: the edge table is empty. Try a lower minimum edge weight.")
    nodes = pd.Index(pd.unique(np.concatenate([links["a"].to_numpy(), links["b"].to_numpy()])))
    ends = np.column_stack([nodes.get_indexer(links["a"]), nodes.get_indexer(links["b"])])
    total = len(nodes)
    if total > max_nodes:
        keep = _most_linked(nodes, ends, links["weight"].to_numpy(), max_nodes)
        inside = np.isin(ends, keep).all(axis=1)
        ends = np.searchsorted(keep, ends[inside])
        nodes = nodes[keep]
    pairs = ends.astype(np.int64)
    xy = spring_positions(len(nodes), pairs, seed=seed)
    nodes = pd.Series(nodes)
    kinds = _label_of(nodes, labels)

    ax = _axes(ax, (8, 8), box=(0.04, 0.12, 0.96, 0.9))
    segments = np.concatenate([xy[pairs], np.full((len(pairs), 1, 2), np.nan)], axis=1).reshape(-1, 2)
    ax.plot(segments[:, 0], segments[:, 1], color="#888888", alpha=0.5, linewidth=0.6, zorder=1)
    for kind in groups.drawing_order(kinds):
        chosen = (kinds == kind).to_numpy()
        style = groups.style_of(kind)
        ax.scatter(xy[chosen, 0], xy[chosen, 1], s=34, color=style.colour, marker=style.marker, zorder=2,
                   linewidths=0.3, edgecolors="white", label=groups.readable_label(kind, chosen.sum()))
    if labels is not None:
        ax.legend(title="kind (accounts drawn)", loc="upper center", bbox_to_anchor=(0.5, -0.06), ncol=3,
                  fontsize="medium", title_fontsize="medium", markerscale=1.6, frameon=False)
    ax.margins(0.04)
    ax.set_aspect("equal", adjustable="datalim")  # round clusters stay round
    ax.grid(False)
    ax.tick_params(left=False, bottom=False, labelleft=False, labelbottom=False)
    ax.set_xlabel(f"linked accounts are pulled together (spring layout, seed {seed})")
    ax.set_ylabel("position has no other meaning")
    trimmed = f"\n(sampled from {total:,}: the most linked of each cluster)" if total > max_nodes else ""
    ax.set_title(f"Co-action network: {len(nodes):,} accounts, {len(pairs):,} links{trimmed}",
                 fontsize="x-large")
    return ax


# --------------------------------------------------------------------------
# Plots of a detector's results
# --------------------------------------------------------------------------


def confusion(flagged: object, labels: pd.DataFrame, positive: object = "campaign", ax: Axes | None = None) -> Axes:
    """Draw the confusion matrix of a detector, each cell counted and named.

    Cells are shaded by their share of the row, so a good detector has a
    dark diagonal: most campaign accounts caught, few others flagged.

    Parameters
    ----------
    flagged : Series of bool indexed by userid, or iterable of userids
        The detector's output.
    labels : DataFrame
        The answer key.
    positive : str or Series of bool, default ``"campaign"``
        What counts as a hit.
    ax : Axes, optional
        Where to draw; a new figure if None.

    Returns
    -------
    Axes
        A 2×2 heatmap of :func:`inauthentic.evaluate.confusion_matrix`.

    Examples
    --------
    >>> import pandas as pd
    >>> labels = pd.DataFrame({"userid": [1, 2, 3], "kind": ["campaign", "genuine", "genuine"],
    ...                        "group": ["campaign_a", "fandom", "night_shift"]})
    >>> ax = confusion([1, 2], labels)
    >>> ax.get_title()
    'Detector against the answer key\\nprecision 0.50, recall 1.00, F1 0.67'
    >>> plt.close(ax.figure)
    """
    table = evaluate.confusion_matrix(flagged, labels, positive)
    result = evaluate.score(flagged, labels, positive)
    counts = table.to_numpy()
    row_totals = counts.sum(axis=1, keepdims=True)
    shares = np.divide(counts, row_totals, out=np.zeros(counts.shape), where=row_totals > 0)
    meanings = np.array([["caught", "missed"], ["wrongly flagged", "rightly left alone"]])
    texts = np.array([[f"{counts[i, j]:,} ({shares[i, j]:.0%})\n{meanings[i, j]}" for j in range(2)] for i in range(2)])

    ax = _axes(ax, (6, 4.5))
    sns.heatmap(pd.DataFrame(shares, index=table.index, columns=table.columns), ax=ax, annot=texts, fmt="",
                cmap="Blues", vmin=0, vmax=1, cbar=False, linewidths=2, linecolor="white", annot_kws={"fontsize": 11})
    ax.tick_params(axis="y", labelrotation=0)
    ax.set_xlabel("what the detector says")
    ax.set_ylabel("the truth (answer key)")
    ax.set_title(f"Detector against the answer key\nprecision {result.precision:.2f}, "
                 f"recall {result.recall:.2f}, F1 {result.f1:.2f}")
    return ax


def threshold_curves(sweep: pd.DataFrame, ax: Axes | None = None, log_x: bool = False) -> Axes:
    """Draw precision, recall and F1 against the threshold, marking the best F1.

    Parameters
    ----------
    sweep : DataFrame
        The result of :func:`inauthentic.evaluate.threshold_sweep`.
    ax : Axes, optional
        Where to draw; a new figure if None.
    log_x : bool, default False
        Use a logarithmic threshold axis (for scores spanning several powers
        of ten, such as posts per day).

    Returns
    -------
    Axes
        Three lines (precision, recall, F1), one point per threshold, and a
        dotted line at the threshold with the best F1.

    Examples
    --------
    >>> import pandas as pd
    >>> sweep = pd.DataFrame({"threshold": [10, 50, 72], "flagged": [4, 2, 1], "precision": [0.5, 0.5, 1.0],
    ...                       "recall": [1.0, 0.5, 0.5], "f1": [0.67, 0.5, 0.67], "genuine_flagged": [1, 1, 0]})
    >>> ax = threshold_curves(sweep)
    >>> [line.get_label() for line in ax.get_lines()][:3]
    ['precision', 'recall', 'F1']
    >>> plt.close(ax.figure)
    """
    require_columns(sweep, "sweep", ["threshold", "precision", "recall", "f1"])
    if sweep.empty:
        raise KitError("The argument 'sweep' has no rows; pass the result of evaluate.threshold_sweep.")
    ax = _axes(ax, (8, 4.5))
    curves = [("precision", OKABE_ITO[0], "-"), ("recall", OKABE_ITO[1], "--"), ("f1", OKABE_ITO[2], ":")]
    for column, colour, style in curves:
        ax.plot(sweep["threshold"], sweep[column], color=colour, linestyle=style, linewidth=2,
                label="F1" if column == "f1" else column)
    best = sweep.loc[sweep["f1"].idxmax()]
    caption = f"best F1 {best['f1']:.2f} at {best['threshold']:.3g}"
    if "genuine_flagged" in sweep.columns:
        genuine = int(best["genuine_flagged"])
        caption += f"\n({genuine:,} genuine account{'s' if genuine != 1 else ''} flagged)"
    ax.axvline(best["threshold"], color="black", linestyle=(0, (1, 3)), linewidth=1, label=caption)
    if log_x:
        ax.set_xscale("log")
    ax.set_ylim(-0.02, 1.02)
    higher = sweep.attrs.get("higher_is_suspicious", True)
    ax.set_xlabel(f"threshold (accounts scoring at or {'above' if higher else 'below'} it are flagged)")
    ax.set_ylabel("precision, recall, F1 (0 to 1)")
    ax.set_title("What each threshold catches and costs")
    ax.legend(loc="best", fontsize="small")
    return ax


def false_positives(rates_table: pd.DataFrame, ax: Axes | None = None, title: str | None = None) -> Axes:
    """Draw the share of each innocent group a detector flags, counted as people.

    Parameters
    ----------
    rates_table : DataFrame
        The result of :func:`inauthentic.evaluate.false_positive_rates`
        (``group, accounts, flagged, rate`` and optionally ``kind``).
    ax : Axes, optional
        Where to draw; a new figure if None.
    title : str, optional
        Replaces the default title.

    Returns
    -------
    Axes
        One horizontal bar per group, as long as its rate, in the table's
        order from the top and in the group's colour (:mod:`inauthentic.groups`);
        each bar is named like "3 of 40 night-shift workers" and ends with its rate.

    Examples
    --------
    >>> import pandas as pd
    >>> rates = pd.DataFrame({"group": ["night_shift", "fandom"], "kind": ["genuine", "genuine"],
    ...                       "accounts": [40, 120], "flagged": [3, 0], "rate": [0.075, 0.0]})
    >>> ax = false_positives(rates)
    >>> [label.get_text() for label in ax.get_yticklabels()]
    ['3 of 40 night-shift workers', '0 of 120 fans']
    >>> [float(patch.get_width()) for patch in ax.patches]
    [0.075, 0.0]
    >>> plt.close(ax.figure)
    """
    require_columns(rates_table, "rates_table", ["group", "accounts", "flagged", "rate"])
    if rates_table.empty:
        raise KitError("The argument 'rates_table' has no rows; pass the result of evaluate.false_positive_rates.")
    rows = rates_table.reset_index(drop=True)
    kinds = rows["kind"].astype(str) if "kind" in rows.columns else pd.Series("genuine", index=rows.index)
    names = [evaluate.describe_flagged(group, int(flagged), int(accounts))
             for group, flagged, accounts in zip(rows["group"], rows["flagged"], rows["accounts"])]
    ax = _axes(ax, (8, 0.42 * len(rows) + 1.6))
    positions = np.arange(len(rows))
    colours = [groups.colour_of(group, kind) for group, kind in zip(rows["group"].astype(str), kinds)]
    ax.barh(positions, rows["rate"], color=colours, height=0.7)  # each group in its own colour
    for position, rate in zip(positions, rows["rate"]):
        ax.text(rate, position, f" {rate:.0%}" if rate >= 0.1 else f" {rate:.1%}", va="center", fontsize="small")
    ax.set_yticks(positions, labels=names)
    ax.invert_yaxis()
    ax.grid(False, axis="y")
    ax.set_xlim(0, max(float(rows["rate"].max()), 0.01) * 1.15)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0))
    ax.set_xlabel("share of the group flagged (false-positive rate)")
    ax.set_ylabel("people wrongly flagged, by group")
    wrongly = int(rows["flagged"].sum())
    ax.set_title(title or f"Who the detector wrongly flags: {wrongly:,} account{'s' if wrongly != 1 else ''}")
    return ax
