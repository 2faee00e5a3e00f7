"""Tests of inauthentic.plots: every figure draws what it is given, labelled for paper."""

from __future__ import annotations

import os
import subprocess
import sys

import matplotlib

matplotlib.use("Agg")  # no windows; set here, in the test module only

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

from inauthentic import evaluate, plots  # noqa: E402
from inauthentic.errors import KitError  # noqa: E402


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


# --- small data sets, named by their shape ---------------------------------------------


@pytest.fixture
def labels_six_accounts() -> pd.DataFrame:
    """Userids 1-6: 1-2 campaign, 3-5 genuine (night_shift, fandom, ordinary), 6 spam."""
    return pd.DataFrame(
        {
            "userid": np.arange(1, 7, dtype="int64"),
            "kind": pd.Categorical(["campaign", "campaign", "genuine", "genuine", "genuine", "spam"]),
            "group": pd.Categorical(["campaign_a", "campaign_a", "night_shift", "fandom", "ordinary", "commercial_spam"]),
            "role": pd.Categorical(["seed", "persona", "none", "none", "none", "none"]),
        }
    )


@pytest.fixture
def accounts_six(labels_six_accounts) -> pd.DataFrame:
    """Accounts 1-6: the campaign pair created in one week of 2026, the rest years earlier."""
    return pd.DataFrame(
        {
            "userid": labels_six_accounts.userid,
            "follower_count": np.array([0, 1, 250, 40, 3000, 12], dtype="int64"),
            "account_creation_date": pd.to_datetime(
                ["2026-05-04", "2026-05-05", "2019-03-01", "2021-07-15", "2016-01-01", "2024-02-02"], utc=True
            ),
        }
    )


@pytest.fixture
def posts_five_authors() -> pd.DataFrame:
    """30 posts over 10 days by accounts 1-5 (account 6 never posts); account 1 posts 12 times."""
    authors = np.repeat([1, 2, 3, 4, 5], [12, 8, 5, 3, 2])
    rng = np.random.default_rng(3)
    times = pd.Timestamp("2026-09-07", tz="UTC") + pd.to_timedelta(rng.uniform(0, 10 * 86400, len(authors)), unit="s")
    times = pd.Series(times).dt.floor("s")
    times.iloc[0] = pd.Timestamp("2026-09-07 00:00:00", tz="UTC")
    times.iloc[1] = pd.Timestamp("2026-09-17 00:00:00", tz="UTC")  # the posts span exactly 10 days
    return pd.DataFrame({"tweetid": np.arange(len(authors), dtype="int64"), "userid": authors.astype("int64"), "tweet_time": times})


@pytest.fixture
def edges_triangle_and_pair() -> pd.DataFrame:
    """Campaign accounts 1, 2 and genuine 3 in a triangle; 4-5 a separate pair."""
    return pd.DataFrame({"source": [1, 1, 2, 4], "target": [2, 3, 3, 5], "weight": [9, 2, 4, 3]})


def all_plots(accounts, posts, labels, edges):
    """Each plot function, called the way a lesson would call it."""
    flagged = [1, 3]
    return {
        "clock_heatmap": lambda ax=None: plots.clock_heatmap(posts, tz="UTC+8", ax=ax),
        "creation_timeline": lambda ax=None: plots.creation_timeline(accounts, labels, ax=ax),
        "volume_vs_followers": lambda ax=None: plots.volume_vs_followers(accounts, posts, labels, ax=ax),
        "network": lambda ax=None: plots.network(edges, labels, ax=ax),
        "confusion": lambda ax=None: plots.confusion(flagged, labels, ax=ax),
        "threshold_curves": lambda ax=None: plots.threshold_curves(
            evaluate.threshold_sweep(posts.userid.value_counts().astype(float), labels), ax=ax),
        "false_positives": lambda ax=None: plots.false_positives(evaluate.false_positive_rates(flagged, labels), ax=ax),
    }


PLOT_NAMES = ["clock_heatmap", "creation_timeline", "volume_vs_followers", "network", "confusion",
              "threshold_curves", "false_positives"]


@pytest.mark.parametrize("name", PLOT_NAMES)
def test_every_plot_returns_labelled_axes(name, accounts_six, posts_five_authors, labels_six_accounts, edges_triangle_and_pair):
    draw = all_plots(accounts_six, posts_five_authors, labels_six_accounts, edges_triangle_and_pair)[name]
    ax = draw()
    assert isinstance(ax, Axes)
    assert ax.get_title().strip()
    assert ax.get_xlabel().strip() and ax.get_ylabel().strip()


@pytest.mark.parametrize("name", PLOT_NAMES)
def test_every_plot_draws_on_the_axes_it_is_given(name, accounts_six, posts_five_authors, labels_six_accounts, edges_triangle_and_pair):
    draw = all_plots(accounts_six, posts_five_authors, labels_six_accounts, edges_triangle_and_pair)[name]
    _, given = plt.subplots()
    assert draw(ax=given) is given
    assert len(plt.get_fignums()) == 1


def test_a_wrong_ax_is_refused(posts_five_authors):
    with pytest.raises(KitError, match="matplotlib Axes"):
        plots.clock_heatmap(posts_five_authors, ax="left")


# --- theme ---------------------------------------------------------------------------------------


def test_importing_the_module_changes_no_settings_and_makes_no_figure():
    script = (
        "import matplotlib, matplotlib.pyplot as plt\n"
        "before = dict(matplotlib.rcParams)\n"
        "import inauthentic.plots\n"
        "after = dict(matplotlib.rcParams)\n"
        "changed = [key for key in before if before[key] != after[key]]\n"
        "assert not changed, changed\n"
        "assert plt.get_fignums() == []\n"
    )
    environment = {**os.environ, "MPLBACKEND": "Agg"}
    subprocess.run([sys.executable, "-c", script], check=True, env=environment, capture_output=True, timeout=60)


def test_set_theme_uses_the_kit_colours_and_can_be_undone():
    before = matplotlib.rcParams["axes.prop_cycle"]
    with matplotlib.rc_context():
        plots.set_theme()
        colours = [matplotlib.colors.to_hex(c).upper() for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]]
        assert colours == plots.THEME_COLOURS
    assert matplotlib.rcParams["axes.prop_cycle"] == before


# --- clock heatmap ----------------------------------------------------------------------------------


def heatmap_values(ax: Axes) -> np.ndarray:
    return np.asarray(ax.collections[0].get_array()).reshape(7, -1)


def test_clock_heatmap_cells_sum_to_the_posts(posts_five_authors):
    ax = plots.clock_heatmap(posts_five_authors)
    assert heatmap_values(ax).shape == (7, 24)
    assert heatmap_values(ax).sum() == len(posts_five_authors)
    assert "UTC" in ax.get_title() and "30 posts" in ax.get_title()


def test_clock_heatmap_reads_the_clock_in_the_time_zone():
    monday_one_am_utc = pd.DataFrame({"userid": [1], "tweet_time": pd.to_datetime(["2026-09-07 01:10"], utc=True)})
    in_beijing = heatmap_values(plots.clock_heatmap(monday_one_am_utc, tz="UTC+8"))
    assert in_beijing[0, 9] == 1  # Monday 09:00
    in_new_york = heatmap_values(plots.clock_heatmap(monday_one_am_utc, tz="America/New_York"))
    assert in_new_york[6, 21] == 1  # Sunday 21:00 (summer time)
    half_hours = heatmap_values(plots.clock_heatmap(monday_one_am_utc, resolution="half-hour"))
    assert half_hours.shape == (7, 48) and half_hours[0, 2] == 1


def test_clock_heatmap_selects_accounts_and_shows_shares(posts_five_authors):
    only_account_1 = pd.Series([True, False], index=[1, 2])
    ax = plots.clock_heatmap(posts_five_authors, userids=only_account_1, share=True)
    assert heatmap_values(ax).sum() == pytest.approx(100)
    assert "12 posts from 1 account" in ax.get_title()
    assert plots.clock_heatmap(posts_five_authors, userids=[1, 2]).get_title().endswith("(20 posts from 2 accounts)")


def test_clock_heatmap_own_title_gets_the_time_zone(posts_five_authors):
    assert plots.clock_heatmap(posts_five_authors, tz=-5, title="Campaign A").get_title() == "Campaign A (UTC-05:00)"


def test_clock_heatmap_errors(posts_five_authors, accounts_six):
    with pytest.raises(KitError, match="looks like the accounts table"):
        plots.clock_heatmap(accounts_six)
    naive = posts_five_authors.assign(tweet_time=posts_five_authors.tweet_time.dt.tz_localize(None))
    with pytest.raises(KitError, match="without a time zone"):
        plots.clock_heatmap(naive)
    with pytest.raises(KitError, match="no posts to draw"):
        plots.clock_heatmap(posts_five_authors, userids=[6])
    with pytest.raises(KitError, match="'resolution'"):
        plots.clock_heatmap(posts_five_authors, resolution="minute")
    with pytest.raises(KitError, match="Did you mean 'Asia/Shanghai'"):
        plots.clock_heatmap(posts_five_authors, tz="Asia/Shangai")


# --- creation timeline -----------------------------------------------------------------------------------


def test_creation_timeline_lines_sum_to_the_accounts(accounts_six, labels_six_accounts):
    ax = plots.creation_timeline(accounts_six, labels_six_accounts, freq="M")
    lines = {line.get_label().split(" (")[0]: line.get_ydata() for line in ax.get_lines()}
    assert set(lines) == {"Genuine accounts", "Spam accounts", "Campaign accounts"}
    assert sum(values.sum() for values in lines.values()) == len(accounts_six)
    assert lines["Campaign accounts"].max() == 2  # both created in May 2026
    assert ax.get_ylabel() == "accounts created per month"


def test_creation_timeline_without_labels_draws_one_line(accounts_six):
    ax = plots.creation_timeline(accounts_six, freq="Y")
    assert len(ax.get_lines()) == 1
    assert ax.get_lines()[0].get_ydata().sum() == 6
    assert len(ax.get_lines()[0].get_ydata()) == 11  # every year from 2016 to 2026, empty ones too


def test_creation_timeline_errors(accounts_six, labels_six_accounts):
    with pytest.raises(KitError, match="'freq'"):
        plots.creation_timeline(accounts_six, freq="fortnight")
    with pytest.raises(KitError, match="no column 'kind'"):
        plots.creation_timeline(accounts_six, labels_six_accounts.drop(columns="kind"))


# --- volume against followers --------------------------------------------------------------------------------


def scatter_points(ax: Axes) -> np.ndarray:
    return np.concatenate([collection.get_offsets() for collection in ax.collections])


def test_volume_vs_followers_one_point_per_posting_account(accounts_six, posts_five_authors, labels_six_accounts):
    ax = plots.volume_vs_followers(accounts_six, posts_five_authors, labels_six_accounts)
    points = scatter_points(ax)
    assert len(points) == 5  # account 6 never posted
    expected = {(12 / 10, 0), (8 / 10, 1), (5 / 10, 250), (3 / 10, 40), (2 / 10, 3000)}
    assert {(round(x, 6), y) for x, y in points} == expected
    assert ax.get_xscale() == "log"
    assert len(ax.collections) == 2  # campaign and genuine (the spam account never posted)


def test_volume_vs_followers_by_group(accounts_six, posts_five_authors, labels_six_accounts):
    ax = plots.volume_vs_followers(accounts_six, posts_five_authors, labels_six_accounts, hue="group")
    assert len(ax.collections) == 4
    with pytest.raises(KitError, match="'hue'"):
        plots.volume_vs_followers(accounts_six, posts_five_authors, labels_six_accounts, hue="colour")


def test_volume_vs_followers_wants_both_tables(accounts_six, posts_five_authors):
    with pytest.raises(KitError, match="no column 'follower_count'"):
        plots.volume_vs_followers(posts_five_authors, posts_five_authors)


# --- network -----------------------------------------------------------------------------------------------------


def test_network_draws_every_account_and_link(edges_triangle_and_pair, labels_six_accounts):
    ax = plots.network(edges_triangle_and_pair, labels_six_accounts)
    nodes = [c for c in ax.collections if c.get_label() and not c.get_label().startswith("_")]
    assert sum(len(c.get_offsets()) for c in nodes) == 5
    assert {c.get_label() for c in nodes} == {"Campaign accounts (2)", "Genuine accounts (3)"}
    assert ax.get_title() == "Co-action network: 5 accounts, 4 links"


def test_network_takes_a_graph_and_is_the_same_every_time():
    graph = nx.karate_club_graph()
    first = plots.network(graph, seed=3)
    second = plots.network(graph, seed=3)
    assert np.allclose(scatter_points(first), scatter_points(second))


def test_network_samples_every_cluster_keeping_the_most_linked():
    big_star = pd.DataFrame({"user_1": [0] * 59, "user_2": range(1, 60)})  # 60 accounts
    small_star = pd.DataFrame({"user_1": [100] * 19, "user_2": range(101, 120)})  # 20 accounts
    ax = plots.network(pd.concat([big_star, small_star]), max_nodes=8)
    drawn = [c for c in ax.collections if c.get_label() == "Accounts without a label (8)"]
    assert len(drawn) == 1 and len(drawn[0].get_offsets()) == 8
    assert ax.get_title().startswith("Co-action network: 8 accounts, 6 links")  # 6 + 2, both centres kept
    assert "sampled from 80: the most linked of each cluster" in ax.get_title()


def test_network_errors():
    with pytest.raises(KitError, match="pair of account columns"):
        plots.network(pd.DataFrame({"a": [1], "b": [2]}))
    with pytest.raises(KitError, match="empty"):
        plots.network(pd.DataFrame({"source": [], "target": []}))
    with pytest.raises(KitError, match="edge table"):
        plots.network([(1, 2)])


# --- detector results ------------------------------------------------------------------------------------------------


def test_confusion_shows_the_counts(labels_six_accounts):
    ax = plots.confusion([1, 3], labels_six_accounts)
    texts = [text.get_text() for text in ax.texts]
    assert texts == ["1 (50%)\ncaught", "1 (50%)\nmissed", "1 (25%)\nwrongly flagged", "3 (75%)\nrightly left alone"]
    assert "precision 0.50, recall 0.50" in ax.get_title()
    assert [label.get_text() for label in ax.get_yticklabels()] == ["actually campaign", "actually not campaign"]


def test_confusion_refuses_unknown_ids(labels_six_accounts):
    with pytest.raises(KitError, match="not in 'labels'"):
        plots.confusion([99], labels_six_accounts)


def test_threshold_curves_draw_the_sweep(labels_six_accounts):
    scores = pd.Series([9.0, 7.0, 8.0, 1.0, 2.0, 3.0], index=labels_six_accounts.userid)
    sweep = evaluate.threshold_sweep(scores, labels_six_accounts)
    ax = plots.threshold_curves(sweep)
    lines = {line.get_label(): line for line in ax.get_lines()}
    for column, label in [("precision", "precision"), ("recall", "recall"), ("f1", "F1")]:
        assert np.allclose(lines[label].get_ydata(), sweep[column])
    best = [line for label, line in lines.items() if label.startswith("best F1")][0]
    assert best.get_xdata()[0] == 7.0
    assert best.get_label() == "best F1 0.80 at 7\n(1 genuine account flagged)"


def test_threshold_curves_mentions_the_direction(labels_six_accounts):
    scores = pd.Series([0.0, 1.0, 50.0], index=[1, 2, 3])
    sweep = evaluate.threshold_sweep(scores, labels_six_accounts, higher_is_suspicious=False)
    assert "below" in plots.threshold_curves(sweep).get_xlabel()
    with pytest.raises(KitError, match="no column 'f1'"):
        plots.threshold_curves(sweep.drop(columns="f1"))


def test_false_positive_bars_are_the_rates(labels_six_accounts):
    rates = evaluate.false_positive_rates([1, 3, 6], labels_six_accounts)
    ax = plots.false_positives(rates)
    assert [patch.get_width() for patch in ax.patches] == rates["rate"].tolist()
    assert [label.get_text() for label in ax.get_yticklabels()] == rates["in_words"].tolist()
    assert ax.get_title() == "Who the detector wrongly flags: 2 accounts"


def test_false_positives_errors(labels_six_accounts):
    rates = evaluate.false_positive_rates([1], labels_six_accounts)
    with pytest.raises(KitError, match="no column 'rate'"):
        plots.false_positives(rates.drop(columns="rate"))
    with pytest.raises(KitError, match="no rows"):
        plots.false_positives(rates.iloc[:0])


def test_creation_timeline_defaults_to_a_range_that_shows_the_bursts(classroom):
    ax = plots.creation_timeline(classroom.accounts, classroom.labels)
    lines = {line.get_label().split(" (")[0]: line for line in ax.get_lines()}
    campaign = lines["Campaign accounts"]
    start, end = (matplotlib.dates.num2date(limit) for limit in ax.get_xlim())
    created = classroom.accounts["account_creation_date"]
    span_days = (created.max() - created.min()).days
    assert (end - start).days < span_days / 4, "the default range should zoom in on the bursts"
    assert campaign.get_ydata().max() >= 5 * np.median(lines["Genuine accounts"].get_ydata()) + 3
    shown = int(ax.get_title().split(": ")[1].split(" of ")[0].replace(",", ""))
    in_range = ((created >= pd.Timestamp(start).floor("D")) & (created < pd.Timestamp(end))).sum()
    assert shown == in_range == sum(line.get_ydata().sum() for line in lines.values())


def test_creation_timeline_takes_a_date_range(accounts_six, labels_six_accounts):
    ax = plots.creation_timeline(accounts_six, labels_six_accounts, freq="M", start="2020-01-01", end="2025-01-01")
    assert sum(line.get_ydata().sum() for line in ax.get_lines()) == 2  # 2021 and 2024
    assert ax.get_title() == "When the accounts were created: 2 of 6 from 2020-01-01 to 2024-12-31"
    with pytest.raises(KitError, match="'start' should be a date"):
        plots.creation_timeline(accounts_six, start="last spring")
    with pytest.raises(KitError, match="end .* is not after start"):
        plots.creation_timeline(accounts_six, start="2025-01-01", end="2024-01-01")
    with pytest.raises(KitError, match="No account was created between"):
        plots.creation_timeline(accounts_six, start="2010-01-01", end="2011-01-01")
