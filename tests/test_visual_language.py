"""The kit's visual language: operations warm, genuine people cool or neutral, spam its own.

Renders the group plots on the classroom data set and compares the colours
actually drawn with :mod:`inauthentic.groups`, then checks that the palette
stays distinguishable under simulated colour-vision deficiencies.
"""

from __future__ import annotations

import colorsys
import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex, to_rgb  # noqa: E402

from inauthentic import groups, plots  # noqa: E402
from inauthentic.coordination import co_retweet_edges  # noqa: E402

OPERATIONS = [name for name, style in groups.GROUP_STYLES.items() if style.kind == "campaign"]
OTHERS = [name for name, style in groups.GROUP_STYLES.items() if style.kind != "campaign"]


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def drawn_colours(ax) -> dict[str, str]:
    """Legend label -> hex colour of each scatter or line drawn with a label."""
    found = {}
    for collection in ax.collections:
        label = collection.get_label()
        if label and not label.startswith("_") and len(collection.get_offsets()):
            found[label] = to_hex(collection.get_facecolor()[0], keep_alpha=False).upper()
    for line in ax.get_lines():
        label = line.get_label()
        if label and not label.startswith("_"):
            found[label] = to_hex(line.get_color(), keep_alpha=False).upper()
    return found


def hue_degrees(colour: str) -> tuple[float, float]:
    hue, lightness, saturation = colorsys.rgb_to_hls(*to_rgb(colour))
    return hue * 360, saturation


def is_warm(colour: str) -> bool:
    """Red to orange (hue within 15 degrees below red and 45 above), clearly saturated."""
    hue, saturation = hue_degrees(colour)
    return (hue <= 45 or hue >= 345) and saturation > 0.5


def test_every_current_group_and_partisan_has_a_style(classroom):
    present = set(classroom.labels["group"].astype(str))
    assert present | {"partisan"} <= set(groups.GROUP_STYLES)
    for name in present:
        assert groups.style_of(name).kind == classroom.labels.loc[classroom.labels["group"] == name, "kind"].iloc[0]


def test_operations_are_warm_and_no_one_else_is():
    for name in OPERATIONS:
        assert is_warm(groups.colour_of(name)), name
    for name in OTHERS:
        hue, saturation = hue_degrees(groups.colour_of(name))
        assert saturation < 0.15 or 160 <= hue <= 300, name  # grey, or green-blue to purple


def test_an_unknown_group_gets_a_neutral_colour_never_an_operations():
    assert groups.colour_of("book_club") not in {groups.colour_of(name) for name in OPERATIONS}
    assert hue_degrees(groups.colour_of("book_club"))[1] < 0.15
    assert groups.readable_label("book_club", 12) == "Book club accounts (12)"
    assert is_warm(groups.colour_of("campaign_c", kind="campaign"))


def test_the_volume_plot_by_group_draws_the_palette_with_readable_labels(classroom):
    ax = plots.volume_vs_followers(classroom.accounts, classroom.posts, classroom.labels, hue="group")
    drawn = drawn_colours(ax)
    sizes = classroom.labels["group"].astype(str).value_counts()
    posting = set(classroom.posts["userid"])
    for name in sizes.index:
        members = classroom.labels.loc[classroom.labels["group"].astype(str) == name, "userid"]
        label = groups.readable_label(name, members.isin(posting).sum())
        assert drawn.get(label) == groups.colour_of(name), (label, drawn)
    assert "Chinese-speaking Americans (319)" in drawn or not sizes.get("chinese_speaking_american") == 319
    assert len(set(drawn.values())) == len(drawn), "two groups share a colour"
    assert [text.get_text() for text in ax.get_legend().get_texts()] == list(drawn)
    warm = {groups.colour_of(name) for name in OPERATIONS}
    for label, colour in drawn.items():
        assert (colour in warm) == label.startswith("Campaign"), label


@pytest.mark.parametrize("hue", ["kind", "role"])
def test_the_volume_plot_by_kind_and_role_keeps_campaigns_warm(classroom, hue):
    ax = plots.volume_vs_followers(classroom.accounts, classroom.posts, classroom.labels, hue=hue)
    campaign_roles = set(classroom.labels.loc[classroom.labels["kind"] == "campaign", "role"].astype(str))
    for label, colour in drawn_colours(ax).items():
        name = next(key for key in [*groups.KIND_STYLES, *groups.ROLE_STYLES] if groups.readable_name(key) == label.split(" (")[0])
        is_campaign = name == "campaign" if hue == "kind" else name in campaign_roles
        assert is_warm(colour) == is_campaign, (label, colour)


def test_the_network_and_timeline_use_the_kind_colours(classroom):
    edges = co_retweet_edges(classroom.posts, window_seconds=60, min_weight=2)
    for ax in (plots.network(edges, classroom.labels), plots.creation_timeline(classroom.accounts, classroom.labels)):
        drawn = drawn_colours(ax)
        assert drawn, "nothing labelled was drawn"
        for label, colour in drawn.items():
            kind = label.split(" ")[0].lower()
            assert colour == groups.colour_of(kind), (label, colour)


@pytest.mark.parametrize("deficiency", [None, *groups.DEFICIENCIES])
def test_operations_stay_far_from_everyone_else_under_colour_vision_deficiencies(deficiency):
    names = OPERATIONS + OTHERS
    distances = groups.palette_distances([groups.colour_of(name) for name in names], deficiency)
    between = distances[: len(OPERATIONS), len(OPERATIONS):]
    assert between.min() >= 20, f"an operation is within {between.min():.1f} CAM02-UCS of another group"


@pytest.mark.parametrize("deficiency", groups.DEFICIENCIES)
def test_groups_that_share_a_marker_stay_apart_under_colour_vision_deficiencies(deficiency):
    names = list(groups.GROUP_STYLES)
    distances = groups.palette_distances([groups.colour_of(name) for name in names], deficiency)
    for (i, a), (j, b) in itertools.combinations(enumerate(names), 2):
        if groups.style_of(a).marker == groups.style_of(b).marker:
            assert distances[i, j] >= 8, (a, b, round(distances[i, j], 1))
        else:
            assert distances[i, j] >= 4, (a, b, round(distances[i, j], 1))


def test_every_pair_of_groups_is_clearly_apart_with_typical_vision():
    names = list(groups.GROUP_STYLES)
    distances = groups.palette_distances([groups.colour_of(name) for name in names])
    pairs = [distances[i, j] for i, j in itertools.combinations(range(len(names)), 2)]
    assert min(pairs) >= 12


def test_a_simulated_deficiency_really_changes_colours():
    red_green = groups.palette_distances(["#FF0000", "#00A000"])
    assert groups.palette_distances(["#FF0000", "#00A000"], "deuteranomaly")[0, 1] < red_green[0, 1] / 2


def test_set_theme_cycles_through_the_kind_colours():
    with matplotlib.rc_context():
        plots.set_theme()
        cycle = [to_hex(c).upper() for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]]
    assert cycle[:3] == [groups.colour_of("genuine"), groups.colour_of("campaign"), groups.colour_of("spam")]
    assert pd.Series(cycle).is_unique


def test_the_false_positive_bars_wear_each_groups_colour(classroom):
    from inauthentic import evaluate

    flagged = classroom.posts["userid"].value_counts() >= 50
    rates = evaluate.false_positive_rates(flagged, classroom.labels)
    ax = plots.false_positives(rates)
    drawn = [to_hex(patch.get_facecolor(), keep_alpha=False).upper() for patch in ax.patches]
    assert drawn == [groups.colour_of(group) for group in rates["group"].astype(str)]
    assert not any(is_warm(colour) for colour in drawn), "an innocent group drawn in an operation's colour"
