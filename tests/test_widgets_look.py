"""What the widgets show: pictures at their own proportions, words instead of column names,
one way to make each widget, sentences for bad arguments, and fast clocks that agree with
the clock signals.
"""

from __future__ import annotations

import html
import io

import ipywidgets
import numpy as np
import PIL.Image
import pytest

from inauthentic.errors import KitError
from inauthentic.signals import clock as clock_signals
from inauthentic.signals import signal_table
from inauthentic.signals._common import userid_array
from inauthentic.widgets import AccountCard, ClockExplorer, CoordinationExplorer, SpotTheFakeQuiz, ThresholdTuner
from inauthentic.widgets import _common
from inauthentic.widgets.clock_explorer import weekly_counts
from inauthentic.widgets.quiz import ANSWERS
from inauthentic.widgets.threshold_tuner import DEFAULT_SIGNALS, SIGNAL_WORDS


@pytest.fixture(scope="module")
def tiny_signals(tiny):
    return signal_table(tiny)


def images_in(widget: ipywidgets.Widget) -> list[ipywidgets.Image]:
    """Every Image widget inside ``widget`` (tabs and boxes included)."""
    if isinstance(widget, ipywidgets.Image):
        return [widget]
    return [image for child in getattr(widget, "children", ()) for image in images_in(child)]


WIDGETS = {
    "AccountCard": lambda data, table: AccountCard(data),
    "ClockExplorer": lambda data, table: ClockExplorer(data),
    "CoordinationExplorer": lambda data, table: CoordinationExplorer(data),
    "SpotTheFakeQuiz": lambda data, table: SpotTheFakeQuiz(data, n=3, signals_table=table),
}


@pytest.mark.parametrize("name", WIDGETS)
def test_every_widget_image_is_shown_at_the_proportions_it_was_drawn(name, tiny, tiny_signals):
    widget = WIDGETS[name](tiny, tiny_signals)
    images = images_in(widget.widget)
    assert images, f"{name} shows no picture"
    for image in images:
        drawn = PIL.Image.open(io.BytesIO(image.value)).size
        shown_width = int(image.layout.width.removesuffix("px"))
        assert image.layout.height == "auto", "a fixed height would stretch the picture"
        assert image.layout.max_width == "100%" and image.layout.object_fit == "contain"
        shown_height = shown_width * drawn[1] / drawn[0]  # what height: auto gives
        assert drawn[0] == shown_width * _common.PIXEL_DENSITY, "drawn at twice the shown size, for sharp screens"
        assert drawn[1] == pytest.approx(shown_height * _common.PIXEL_DENSITY, abs=1)
        assert shown_width <= 760, "wider than a notebook column beside the file browser"


def test_the_small_clocks_have_a_colour_scale(tiny, tiny_signals):
    card = AccountCard(tiny)
    axes = card._figure.figure.axes
    assert len(axes) == 2 and [t.get_text() for t in axes[1].get_yticklabels()] == ["none", "busiest\nhour"]
    quiz_picture = PIL.Image.open(io.BytesIO(images_in(SpotTheFakeQuiz(tiny, n=2, signals_table=tiny_signals).widget)[0].value))
    right_edge = np.asarray(quiz_picture.convert("L"))[:, int(quiz_picture.size[0] * 0.88):]
    assert right_edge.min() < 100, "no dark colour-scale bar at the right of the quiz clock"


def test_the_clock_explorers_legend_sits_beside_the_lines(tiny):
    explorer = ClockExplorer(tiny)
    heat_ax, scale_ax, line_ax = explorer._figure.figure.axes
    explorer._figure.figure.canvas.draw()
    legend = line_ax.get_legend().get_window_extent()
    assert legend.x0 >= line_ax.get_window_extent().x1, "the legend covers the weekday line"
    assert scale_ax.get_ylabel().startswith("posts")


def test_a_card_title_counts_posts_in_good_english(tiny):
    lonely = tiny.posts["userid"].value_counts()
    userid = lonely.index[lonely == 1][0] if (lonely == 1).any() else lonely.index[-1]
    card = AccountCard(tiny, userid=int(userid))
    count = int(lonely[userid])
    assert card._clock_title.get_text().startswith(f"{card.state.profile['handle']}: {count} post{'s' if count != 1 else ''} by hour")


# ------------------------------------------------------------- one way to make each widget


@pytest.mark.parametrize("make", [AccountCard, ClockExplorer, ThresholdTuner, CoordinationExplorer, SpotTheFakeQuiz])
def test_every_widget_takes_the_data_set_first_and_refuses_a_table_in_words(make, tiny):
    with pytest.raises(KitError, match="data set"):
        make(tiny.posts)


def test_an_unknown_time_zone_is_refused_when_the_card_is_made(tiny):
    with pytest.raises(KitError, match="'Beijing' is not a time zone I know"):
        AccountCard(tiny, tz="Beijing")


def test_out_of_range_starting_values_say_what_they_were_set_to(tiny, tiny_signals):
    explorer = ClockExplorer(tiny, offset=20)
    assert explorer.offset.value == 14 and explorer.state.offset == 14
    assert "offset=20 is outside the slider's range (-12 to 14), so it was set to 14" in html.unescape(explorer.message.value)
    coordination = CoordinationExplorer(tiny, min_weight=50)
    assert coordination.min_weight.value == 20 and "so it was set to 20" in coordination.message.value
    tuner = ThresholdTuner(tiny, signals_table=tiny_signals, min_signals=9)
    assert tuner.k.value == len(tuner.sliders) and "min_signals=9" in tuner.message.value


def test_the_clock_explorer_reads_offsets_like_the_rest_of_the_kit(tiny):
    assert ClockExplorer(tiny, offset="UTC+8").state.offset == 8
    assert ClockExplorer(tiny, offset="GMT-5").state.offset == -5
    rounded = ClockExplorer(tiny, offset=5.5)
    assert rounded.state.offset == 6 and "rounded to +6" in rounded.message.value
    with pytest.raises(KitError, match="daylight saving"):
        ClockExplorer(tiny, offset="America/New_York")
    with pytest.raises(KitError, match="not a time zone I know"):
        ClockExplorer(tiny, offset="Beijing")


# --------------------------------------------------------------------------- ThresholdTuner


def test_threshold_tuner_starts_from_a_rule_that_needs_signals_to_agree(classroom):
    tuner = ThresholdTuner(classroom)
    assert tuner.rule.value == "at least k" and tuner.k.value == 3 == tuner.state.min_signals
    careful = tuner.state.score
    tuner.rule.value = "any"
    assert tuner.state.min_signals == 1
    assert careful.precision > tuner.state.score.precision and careful.f1 > tuner.state.score.f1
    assert tuner.state.score.flagged > careful.flagged


def test_threshold_tuner_names_signals_in_words_and_says_what_it_left_out(tiny, tiny_signals):
    tuner = ThresholdTuner(tiny, signals_table=tiny_signals)
    assert [box.description for box in tuner.use.values()] == [SIGNAL_WORDS[name] for name in DEFAULT_SIGNALS]
    assert all("_" not in box.description for box in tuner.use.values())
    assert "Left out" in tuner.message.value and "language is never evidence on its own" in tuner.message.value
    assert "Posts in Beijing office hours" in tuner.report.value  # the per-signal table speaks words too
    tuner.sliders["office_hours_share"].value = 0.95
    assert tuner.state.thresholds["office_hours_share"] == 0.95


# --------------------------------------------------------------------- CoordinationExplorer


def test_the_cluster_table_speaks_words_and_can_wrap(classroom):
    explorer = CoordinationExplorer(classroom)
    assert "<th>accounts</th>" in explorer.tables.value and "majority_group" not in explorer.tables.value
    assert "Campaign A accounts (100%)" in explorer.tables.value
    assert explorer.tables.layout.overflow == "auto" and explorer.tables.layout.min_width == "420px"
    row = explorer.widget.children[-1]
    assert row.layout.flex_flow == "row wrap", "the table must be able to move under the network"


# --------------------------------------------------------------------------------- the quiz


def test_the_quiz_shows_one_card_at_a_time_with_check_and_score_in_view(tiny, tiny_signals):
    quiz = SpotTheFakeQuiz(tiny, n=4, seed=2, signals_table=tiny_signals)
    assert isinstance(quiz.cards, ipywidgets.Tab) and len(quiz.cards.children) == 4
    bar = quiz.widget.children[1]
    assert quiz.check in bar.children and quiz.score in bar.children, "Check and score sit above the cards"
    assert quiz.widget.children.index(bar) < quiz.widget.children.index(quiz.cards)
    quiz.next.click()
    quiz.next.click()
    assert quiz.cards.selected_index == 2
    quiz.previous.click()
    assert quiz.cards.selected_index == 1


def test_a_chosen_answer_is_unmistakable(tiny, tiny_signals):
    quiz = SpotTheFakeQuiz(tiny, n=3, seed=1, signals_table=tiny_signals)
    first = quiz.state.userids[0]
    assert "not answered yet" in quiz.your_answers[first].value and "0 of 3 answered" in quiz.progress.value
    quiz.choices[first].value = ANSWERS[1]
    assert quiz.your_answers[first].value == "You said: <b>looks coordinated</b>"
    assert quiz.cards.titles[0] == "Card 1 ✔" and quiz.cards.titles[1] == "Card 2"
    assert "1 of 3 answered" in quiz.progress.value
    assert "mod-active" in quiz.widget.children[0].value and "background: #0072B2" in quiz.widget.children[0].value
    quiz.mark()
    assert quiz.cards.titles[0] in ("Card 1 ✔ right", "Card 1 ✘")
    assert quiz.cards.titles[1] == "Card 2 (blank)"


# ------------------------------------------------------- one definition of each clock figure


def test_the_widgets_read_userids_with_the_signals_function():
    assert _common.userid_array is userid_array


def test_the_widgets_office_and_lunch_windows_are_the_signals_windows():
    slot = np.arange(336) % 48
    start, end = (int(text[:2]) * 2 + int(text[3:]) // 30 for text in clock_signals.OFFICE_HOURS)
    assert np.array_equal(np.flatnonzero(_common.OFFICE_HOURS[:48]), np.arange(start, end))
    assert not _common.OFFICE_HOURS[5 * 48:].any()
    lunch_start, lunch_end = (int(text[:2]) * 2 + int(text[3:]) // 30 for text in clock_signals.LUNCH_HOURS)
    assert set(slot[_common.LUNCH]) == set(range(lunch_start, lunch_end))


OFFSETS = [*range(-12, 15), -9.5, -3.5, 3.5, 4.5, 5.5, 9.5]


@pytest.mark.parametrize("group", ["all", "campaign_a", "night_shift"])
def test_the_fast_clock_figures_equal_the_clock_signals_at_every_fixed_offset(tiny, group):
    chosen = tiny.posts if group == "all" else tiny.posts[tiny.posts["userid"].isin(
        tiny.labels.loc[tiny.labels["group"] == group, "userid"])]
    pooled = chosen.assign(userid=0)  # one account: the signals' share is then the group's
    utc_counts = weekly_counts(chosen)
    for offset in OFFSETS:
        local = _common.shift_week(utc_counts, offset)
        expected_share = clock_signals.office_hours_share(pooled, offset).iloc[0]
        expected_dip = clock_signals.lunch_dip(pooled, offset)
        assert _common.office_hours_share(local) == pytest.approx(expected_share), offset
        dip = expected_dip.iloc[0] if len(expected_dip) else np.nan
        np.testing.assert_allclose(_common.lunch_dip(local), dip, equal_nan=True, err_msg=f"offset {offset}")
