"""The widgets: set a control's .value, read .state, compare with the kit's own functions.

Uses the shipped ``tiny`` data set, plus a few checks on ``classroom``.
"""

from __future__ import annotations

from types import SimpleNamespace

import ipywidgets
import numpy as np
import pandas as pd
import pytest

from inauthentic import load_dataset
from inauthentic.coordination import clusters, co_retweet_edges
from inauthentic.errors import KitError
from inauthentic.evaluate import false_positive_rates, score
from inauthentic.signals import office_hours_fit_by_offset, signal_table
from inauthentic.timezones import hour_of_week
from inauthentic.widgets import (
    AccountCard,
    ClockExplorer,
    CoordinationExplorer,
    SpotTheFakeQuiz,
    ThresholdTuner,
    quiz_feedback,
)
from inauthentic.widgets.clock_explorer import read_clock
from inauthentic.widgets.quiz import ANSWERS, account_tells, choose_quiz_accounts
from inauthentic.widgets.threshold_tuner import apply_thresholds, prepare_tuning


# ``tiny`` and ``classroom`` are the session fixtures of tests/conftest.py.


@pytest.fixture(scope="module")
def tiny_signals(tiny):
    return signal_table(tiny)


def _group(data, name):
    return data.labels.loc[data.labels["group"].astype(str) == name, "userid"]


# --------------------------------------------------------------------- display


@pytest.mark.parametrize("make", [
    lambda data, table: AccountCard(data),
    lambda data, table: ClockExplorer(data),
    lambda data, table: ThresholdTuner(data, signals_table=table),
    lambda data, table: CoordinationExplorer(data),
    lambda data, table: SpotTheFakeQuiz(data, n=3, signals_table=table),
])
def test_every_widget_displays_itself_as_a_cells_last_line(make, tiny, tiny_signals):
    widget = make(tiny, tiny_signals)
    assert isinstance(widget.widget, ipywidgets.Widget)
    assert callable(widget._ipython_display_)
    assert "application/vnd.jupyter.widget-view+json" in widget._repr_mimebundle_()


# --------------------------------------------------------------- ClockExplorer


def test_clock_explorer_lines_campaign_a_up_with_a_working_day_at_plus_eight(tiny):
    explorer = ClockExplorer(tiny)
    explorer.group.value = "campaign_a"
    shares = {}
    for offset in (8, 0, -5):
        explorer.offset.value = offset
        shares[offset] = explorer.state.office_hours_share
    assert shares[8] > shares[0] and shares[8] > shares[-5]
    explorer.offset.value = 8
    assert explorer.state.lunch_dip > 0
    assert "UTC+08:00" in explorer.state.summary


def test_clock_explorer_agrees_with_office_hours_fit_by_offset(tiny):
    explorer = ClockExplorer(tiny)
    explorer.group.value = "campaign_a"
    fit = office_hours_fit_by_offset(tiny.posts, _group(tiny, "campaign_a"), offsets=[-5, 0, 8])
    for offset in (-5, 0, 8):
        explorer.offset.value = offset
        assert explorer.state.office_hours_share == pytest.approx(fit.loc[offset, "office_hours_share"])
        np.testing.assert_allclose(explorer.state.lunch_dip, fit.loc[offset, "lunch_dip"], equal_nan=True)
        assert explorer.state.posts == tiny.posts["userid"].isin(_group(tiny, "campaign_a")).sum()


def test_clock_explorer_shows_the_learners_picks_first_and_hides_labels_on_request(tiny):
    picks = tiny.accounts["userid"].iloc[:5].tolist()
    explorer = ClockExplorer(tiny, userids=picks, show_labels=False)
    assert explorer.state.group == "accounts you flagged" and explorer.state.accounts == 5
    assert [value for _, value in explorer.group.options] == ["all", "accounts you flagged"]


def test_clock_explorer_errors_are_sentences(tiny):
    with pytest.raises(KitError, match="needs a whole data set"):
        ClockExplorer(tiny.posts)
    with pytest.raises(KitError, match="outside the world's time zones"):
        read_clock(np.zeros(336), 20)


def test_clock_explorer_on_classroom_finds_the_campaign_office(classroom):
    explorer = ClockExplorer(classroom, offset=8)
    explorer.group.value = "campaign_a"
    at_eight = explorer.state.office_hours_share
    explorer.offset.value = -5
    assert at_eight > 0.5 > explorer.state.office_hours_share


# ----------------------------------------------------------------- AccountCard


def test_account_card_search_finds_a_handle(tiny):
    card = AccountCard(tiny)
    row = tiny.accounts.iloc[7]
    card.search.value = "@" + row["user_screen_name"].upper()
    assert card.account.value == row["userid"]
    assert card.state.userid == row["userid"]
    assert card.state.profile["handle"] == "@" + row["user_screen_name"]
    assert row["user_screen_name"] in card.profile_box.value


def test_account_card_search_by_display_name_and_no_match(tiny):
    card = AccountCard(tiny)
    name = tiny.accounts["user_display_name"].iloc[2]
    card.search.value = name[1:-1]
    assert tiny.accounts["userid"].iloc[2] in [value for _, value in card.account.options]
    card.search.value = "no such account zzz"
    assert card.state.matches == 0 and "No account matches" in card.message.value


def test_account_card_clock_and_posts_follow_the_time_zone(tiny):
    userid = tiny.posts["userid"].value_counts().index[0]
    card = AccountCard(tiny, userid=userid)
    mine = tiny.posts[tiny.posts["userid"] == userid]
    assert card.state.clock.sum() == len(mine)
    card.tz.value = "UTC+8"
    expected = np.bincount(hour_of_week(mine["tweet_time"], 8), minlength=168).reshape(7, 24)
    np.testing.assert_array_equal(card.state.clock, expected)
    assert card.state.tz == "UTC+08:00" and len(card.state.posts) == min(5, len(mine))


def test_account_card_hides_the_label_unless_asked(tiny):
    userid = _group(tiny, "campaign_a").iloc[0]
    hidden = AccountCard(tiny, userid=userid)
    assert hidden.state.label is None and "answer key" not in hidden.profile_box.value
    shown = AccountCard(tiny, userid=userid, show_label=True)
    assert shown.state.label["group"] == "campaign_a" and "campaign_a" in shown.profile_box.value


def test_account_card_errors_are_sentences(tiny):
    card = AccountCard(tiny)
    card.tz.value = "Mars/Olympus"
    assert "is not a time zone I know" in card.state.error
    with pytest.raises(KitError, match="no account with userid"):
        AccountCard(tiny, userid=-1)


# -------------------------------------------------------------- ThresholdTuner


def test_threshold_tuner_scores_like_evaluate_score(tiny, tiny_signals):
    tuner = ThresholdTuner(tiny, signals_table=tiny_signals)
    for value in (0.3, 0.6, 0.9):
        tuner.sliders["office_hours_share"].value = value
        expected = score(tuner.state.flagged, tiny.labels)
        assert tuner.state.score == expected
    rates = false_positive_rates(tuner.state.flagged, tiny.labels).set_index("group")
    for row in tuner.state.genuine_by_group.itertuples():
        assert row.flagged == rates.loc[row.group, "flagged"] and row.accounts == rates.loc[row.group, "accounts"]


def test_threshold_tuner_flags_like_a_hand_written_rule(tiny, tiny_signals):
    tuner = ThresholdTuner(tiny, signals_table=tiny_signals, signals=["office_hours_share", "weekend_share"])
    tuner.sliders["office_hours_share"].value = 0.7
    tuner.sliders["weekend_share"].value = 0.05
    by_hand = (tiny_signals["office_hours_share"] >= 0.7) | (tiny_signals["weekend_share"] <= 0.05)
    assert set(tuner.state.flagged[tuner.state.flagged].index) == set(by_hand[by_hand].index)
    tuner.rule.value = "at least k"
    tuner.k.value = 2
    both = (tiny_signals["office_hours_share"] >= 0.7) & (tiny_signals["weekend_share"] <= 0.05)
    assert set(tuner.state.flagged[tuner.state.flagged].index) == set(both[both].index)
    for checkbox in tuner.use.values():
        checkbox.value = False
    assert tuner.state.score.flagged == 0 and tuner.state.score.precision == 0


def test_threshold_tuner_says_how_many_genuine_people_it_catches(tiny, tiny_signals):
    tuner = ThresholdTuner(tiny, signals_table=tiny_signals, signals={"zh_post_share": "high"})
    tuner.sliders["zh_post_share"].value = 0.5
    words = tuner.state.genuine_by_group.set_index("group")["in_words"]
    assert words["chinese_speaking_american"].endswith("Chinese-speaking Americans")
    assert "Genuine people caught" in tuner.report.value


def test_threshold_tuner_errors_are_sentences(tiny, tiny_signals):
    with pytest.raises(KitError, match="Did you mean 'office_hours_share'"):
        ThresholdTuner(tiny, signals_table=tiny_signals, signals=["office_hour_share"])
    with pytest.raises(KitError, match="answer key"):
        ThresholdTuner(load_dataset("tiny", labels=False))
    with pytest.raises(KitError, match="not in 'labels'"):
        ThresholdTuner(SimpleNamespace(accounts=tiny.accounts, posts=tiny.posts, labels=tiny.labels.iloc[:10]),
                       signals_table=tiny_signals)
    with pytest.raises(KitError, match=r"takes the data set first.*ThresholdTuner\(data, signals_table=table\)"):
        ThresholdTuner(tiny_signals, tiny.labels)


def test_threshold_tuner_arrays_match_evaluate_on_classroom(classroom):
    table = pd.DataFrame({"userid": classroom.accounts["userid"],
                          "followers": classroom.accounts["follower_count"].to_numpy()}).set_index("userid")
    tuning = prepare_tuning(table, classroom.labels, {"followers": "low"})
    state = apply_thresholds(tuning, {"followers": 30})
    assert state.score == score(table["followers"] <= 30, classroom.labels)


# -------------------------------------------------------- CoordinationExplorer


def test_coordination_explorer_edges_equal_co_retweet_edges(tiny):
    explorer = CoordinationExplorer(tiny)
    for window, min_weight in [(60, 2), (10, 1), (300, 3), (1, 2)]:
        explorer.window.value = window
        explorer.min_weight.value = min_weight
        expected = co_retweet_edges(tiny.posts, window_seconds=window, min_weight=min_weight)
        pd.testing.assert_frame_equal(explorer.state.edges.reset_index(drop=True), expected.reset_index(drop=True))
        pd.testing.assert_series_equal(explorer.state.clusters, clusters(expected))


def test_coordination_explorer_counts_flagged_accounts_per_kind(tiny):
    explorer = CoordinationExplorer(tiny)
    flagged = tiny.labels["userid"].isin(explorer.state.clusters.index)
    counts = flagged.groupby(tiny.labels["kind"].astype(str).to_numpy()).sum()
    for kind, row in explorer.state.by_kind.iterrows():
        assert row["flagged"] == counts.get(kind, 0)
    assert explorer.state.drawn <= explorer.max_nodes


def test_coordination_explorer_caches_results_and_handles_empty_networks(tiny):
    explorer = CoordinationExplorer(tiny, labels=False)
    assert explorer.compute(60, 2) is explorer.compute(60, 2)
    explorer.window.value = 1
    explorer.min_weight.value = 20
    assert explorer.state.by_kind is None
    if explorer.state.edges.empty:
        assert explorer.state.drawn == 0


def test_coordination_explorer_errors_are_sentences(tiny):
    with pytest.raises(KitError, match="window should be one of"):
        CoordinationExplorer(tiny, window=45)
    with pytest.raises(KitError, match="needs a whole data set"):
        CoordinationExplorer(tiny.posts)


def test_coordination_explorer_on_classroom_matches_co_retweet_edges(classroom):
    explorer = CoordinationExplorer(classroom, window=10, min_weight=3)
    expected = co_retweet_edges(classroom.posts, window_seconds=10, min_weight=3)
    pd.testing.assert_frame_equal(explorer.state.edges.reset_index(drop=True), expected.reset_index(drop=True))
    campaign_at_ten_seconds = explorer.state.by_kind.loc["campaign", "flagged"]
    explorer.window.value = 300
    assert explorer.state.by_kind.loc["campaign", "flagged"] > campaign_at_ten_seconds  # a wider window finds more
    assert explorer.state.drawn == min(explorer.max_nodes, len(explorer.state.clusters))


# --------------------------------------------------------------------- quiz


def test_quiz_feedback_counts_correct_answers():
    answers = {1: "looks coordinated", 2: "looks genuine", 3: "looks coordinated", 4: None}
    truth = {1: "campaign", 2: "genuine", 3: "genuine", 4: True}
    tells = {1: ["Suspicious: office hours."], 2: [], 3: ["Reassuring: weekends."], 4: []}
    feedback = quiz_feedback(answers, truth, tells)
    assert (feedback.correct, feedback.total, feedback.unanswered) == (2, 4, 1)
    assert feedback.score_line == "2 of 4 right (1 not answered)."
    assert feedback.cards.loc[3, "headline"].startswith("Not quite")
    assert feedback.cards.loc[3, "tells"] == ["Reassuring: weekends."]
    with pytest.raises(KitError, match="answer 'looks genuine' or 'looks coordinated'"):
        quiz_feedback({1: "fake!"}, {1: True}, {1: []})


def test_quiz_is_seeded_and_mixes_campaign_accounts_decoys_and_ordinary_users(tiny, tiny_signals):
    first = choose_quiz_accounts(tiny_signals, tiny.labels, n=6, seed=5)
    assert first == choose_quiz_accounts(tiny_signals, tiny.labels, n=6, seed=5)
    kinds = tiny.labels.set_index("userid").loc[first, "kind"].astype(str)
    assert (kinds == "campaign").sum() == 2 and (kinds == "genuine").sum() == 4


def test_quiz_marks_answers_and_explains_every_card(tiny, tiny_signals):
    quiz = SpotTheFakeQuiz(tiny, n=6, seed=1, signals_table=tiny_signals)
    assert all(box.value == "" for box in quiz.feedback_boxes.values())  # no answers before Check
    for userid, toggle in quiz.choices.items():
        toggle.value = ANSWERS[1] if quiz.truth[userid] == "campaign" else ANSWERS[0]
    quiz.check.click()
    feedback = quiz.state.feedback
    assert feedback.correct == feedback.total == 6 and "6 of 6 right." in quiz.score.value
    for userid in quiz.state.userids:
        assert all(tell.startswith(("Suspicious: ", "Reassuring: ")) for tell in feedback.cards.loc[userid, "tells"])
        assert quiz.feedback_boxes[userid].value


def test_account_tells_clear_a_decoy(tiny_signals):
    decoy = pd.DataFrame({"office_hours_share": [0.7], "weekend_share": [0.3], "n_posts": [40], "lunch_dip": [-0.2],
                          "copypasta_share": [0.0]}, index=pd.Index([9], name="userid"))
    tells = account_tells(decoy, 9)
    assert tells[0].startswith("Suspicious:") and any(tell.startswith("Reassuring:") for tell in tells)


def test_quiz_needs_the_answer_key(tiny):
    unlabelled = load_dataset("tiny", labels=False)
    with pytest.raises(KitError, match="needs the answer key"):
        SpotTheFakeQuiz(unlabelled)
    assert tiny.labels is not None


def test_quiz_refuses_a_signal_table_read_in_another_time_zone(tiny, tiny_signals):
    elsewhere = tiny_signals.copy()
    elsewhere.attrs["timezone"] = "UTC-05:00"
    with pytest.raises(KitError, match="Beijing office hours"):
        SpotTheFakeQuiz(tiny, signals_table=elsewhere)
