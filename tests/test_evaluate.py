"""Tests of inauthentic.evaluate: scoring detectors against the answer key."""

from __future__ import annotations


import numpy as np
import pandas as pd
import pytest

from inauthentic.errors import KitError
from inauthentic.evaluate import (
    GROUP_NOUNS,
    Score,
    compare_detectors,
    compare_false_positive_rates,
    confusion_matrix,
    describe_flagged,
    false_positive_rates,
    flagged_userids,
    score,
    threshold_sweep,
)


def make_labels(groups: dict[str, int], first_userid: int = 1000) -> pd.DataFrame:
    """A labels table with the schema's dtypes: ``groups`` maps group name to size."""
    kinds = {"commercial_spam": "spam", "campaign_a": "campaign", "campaign_b": "campaign"}
    names = [group for group, size in groups.items() for _ in range(size)]
    kind = [kinds.get(group, "genuine") for group in names]
    return pd.DataFrame(
        {
            "userid": np.arange(first_userid, first_userid + len(names), dtype="int64"),
            "kind": pd.Categorical(kind),
            "group": pd.Categorical(names),
            "role": pd.Categorical(["seed" if k == "campaign" else "none" for k in kind]),
        }
    )


@pytest.fixture
def labels_ten_accounts() -> pd.DataFrame:
    """Ten accounts: userids 1000-1009; 3 campaign_a, 1 campaign_b, 4 genuine, 2 spam."""
    return make_labels({"campaign_a": 3, "campaign_b": 1, "night_shift": 2, "fandom": 2, "commercial_spam": 2})


CAMPAIGN = [1000, 1001, 1002, 1003]
NIGHT_SHIFT = [1004, 1005]
FANDOM = [1006, 1007]
SPAM = [1008, 1009]


# --- the forms "flagged" may take -------------------------------------------------


def test_every_form_of_flagged_gives_the_same_score(labels_ten_accounts):
    chosen = [1000, 1001, 1004, 1008]
    as_mask = pd.Series(labels_ten_accounts.userid.isin(chosen).to_numpy(), index=labels_ten_accounts.userid)
    forms = [
        chosen,
        set(chosen),
        tuple(chosen),
        np.array(chosen),
        pd.Index(chosen),
        pd.Series(chosen),
        as_mask,
        as_mask.astype("boolean"),
        labels_ten_accounts[labels_ten_accounts.userid.isin(chosen)],
        (userid for userid in chosen),
    ]
    results = {score(form, labels_ten_accounts) for form in forms}
    assert len(results) == 1


def test_flagged_series_may_be_a_subset_and_hold_repeats(labels_ten_accounts):
    per_post = pd.Series([True, True, False], index=[1000, 1000, 1004])
    assert flagged_userids(per_post).tolist() == [1000]
    assert score(per_post, labels_ten_accounts).flagged == 1


def test_missing_ids_are_ignored(labels_ten_accounts):
    assert flagged_userids(pd.Series([1000, pd.NA], dtype="Int64")).tolist() == [1000]
    assert score(pd.Series([1000, None, 1001], dtype="Int64"), labels_ten_accounts).flagged == 2


def test_missing_values_in_a_boolean_series_count_as_not_flagged(labels_ten_accounts):
    flags = pd.Series([True, pd.NA, False], index=[1000, 1001, 1002], dtype="boolean")
    assert score(flags, labels_ten_accounts).flagged == 1


@pytest.mark.parametrize("bad", [[True, False, True], np.array([True, False])])
def test_booleans_without_userids_are_refused(bad, labels_ten_accounts):
    with pytest.raises(KitError, match="True/False values but no userids"):
        score(bad, labels_ten_accounts)


@pytest.mark.parametrize("bad", [1000, "1000", 3.5])
def test_a_single_value_is_refused_with_advice(bad, labels_ten_accounts):
    with pytest.raises(KitError, match="pass a list"):
        score(bad, labels_ten_accounts)


def test_a_table_without_userid_is_refused(labels_ten_accounts):
    with pytest.raises(KitError, match="without a 'userid' column"):
        score(pd.DataFrame({"id": [1000]}), labels_ten_accounts)


# --- unknown userids ----------------------------------------------------------------


def test_unknown_userids_are_an_error_naming_a_few(labels_ten_accounts):
    with pytest.raises(KitError) as caught:
        score([1000, *range(1, 9)], labels_ten_accounts)
    message = str(caught.value)
    assert "8 userid(s) that are not in 'labels'" in message
    assert "1, 2, 3, 4, 5 and 3 more" in message
    assert "1000" not in message


def test_unknown_text_ids_get_a_conversion_hint(labels_ten_accounts):
    with pytest.raises(KitError, match="pd.to_numeric"):
        score(["1000"], labels_ten_accounts)


def test_zero_one_flags_get_an_astype_hint(labels_ten_accounts):
    with pytest.raises(KitError, match=r"astype\(bool\)"):
        score(pd.Series([0, 1, 1]), labels_ten_accounts)


def test_scores_passed_as_flags_get_a_threshold_hint(labels_ten_accounts):
    with pytest.raises(KitError, match="threshold_sweep"):
        score(pd.Series([0.25, 3.5]), labels_ten_accounts)


# --- labels and positive --------------------------------------------------------------


def test_labels_missing_a_column_is_named(labels_ten_accounts):
    with pytest.raises(KitError, match="no column 'kind'"):
        score([1000], labels_ten_accounts.drop(columns="kind"))


def test_labels_that_are_not_a_table_are_refused():
    with pytest.raises(KitError, match="should be the labels table"):
        score([1000], [1000, 1001])


def test_labels_with_repeated_userids_are_refused(labels_ten_accounts):
    doubled = pd.concat([labels_ten_accounts, labels_ten_accounts.head(1)])
    with pytest.raises(KitError, match="more than once"):
        score([1000], doubled)


def test_unknown_positive_suggests_the_closest_group(labels_ten_accounts):
    with pytest.raises(KitError, match="Did you mean 'campaign_a'"):
        score([1000], labels_ten_accounts, positive="campain_a")


def test_positive_of_the_wrong_type_is_refused(labels_ten_accounts):
    with pytest.raises(KitError, match="'positive' should be"):
        score([1000], labels_ten_accounts, positive=3)


# --- score --------------------------------------------------------------------------


def test_score_counts_and_ratios(labels_ten_accounts):
    result = score([1000, 1001, 1004], labels_ten_accounts)
    assert result == Score(
        precision=2 / 3, recall=0.5, f1=2 * (2 / 3) * 0.5 / (2 / 3 + 0.5),
        true_positives=2, false_positives=1, false_negatives=2, true_negatives=5, flagged=3,
    )
    assert result.true_positives + result.false_positives + result.false_negatives + result.true_negatives == 10


def test_score_positive_can_be_a_group_a_kind_or_a_series(labels_ten_accounts):
    assert score([1000, 1003], labels_ten_accounts, positive="campaign_a").true_positives == 1
    assert score(SPAM, labels_ten_accounts, positive="spam").f1 == 1.0
    night_shift = pd.Series(True, index=NIGHT_SHIFT)
    assert score(NIGHT_SHIFT, labels_ten_accounts, positive=night_shift).precision == 1.0


def test_flagging_nobody_scores_zero_not_nan(labels_ten_accounts):
    result = score([], labels_ten_accounts)
    assert (result.precision, result.recall, result.f1, result.flagged) == (0.0, 0.0, 0.0, 0)


def test_no_positives_gives_recall_zero(labels_ten_accounts):
    genuine_only = labels_ten_accounts[labels_ten_accounts.kind == "genuine"]
    result = score([1004], genuine_only)
    assert (result.recall, result.f1, result.false_positives) == (0.0, 0.0, 1)


def test_score_as_a_row_and_as_a_sentence(labels_ten_accounts):
    result = score(CAMPAIGN, labels_ten_accounts)
    row = result.to_series()
    assert row["precision"] == 1.0 and row["flagged"] == 4
    assert str(result) == "precision 1.00, recall 1.00, F1 1.00: 4 flagged (4 right, 0 wrong), 0 missed"
    assert "f1=1.0" in repr(result)


# --- confusion matrix -------------------------------------------------------------------


def test_confusion_matrix_two_by_two(labels_ten_accounts):
    table = confusion_matrix([1000, 1004, 1008], labels_ten_accounts)
    assert table.index.tolist() == ["actually campaign", "actually not campaign"]
    assert table.columns.tolist() == ["flagged", "not flagged"]
    assert table.to_numpy().tolist() == [[1, 3], [2, 4]]


def test_confusion_matrix_names_a_group_positive(labels_ten_accounts):
    table = confusion_matrix([1003], labels_ten_accounts, positive="campaign_b")
    assert table.index.tolist() == ["actually campaign_b", "actually not campaign_b"]
    assert table.loc["actually campaign_b", "flagged"] == 1


def test_confusion_matrix_by_kind_and_group(labels_ten_accounts):
    by_kind = confusion_matrix([1000, 1004, 1008], labels_ten_accounts, by="kind")
    assert by_kind.index.tolist() == ["genuine", "spam", "campaign"]
    assert by_kind["flagged"].tolist() == [1, 1, 1]
    assert by_kind.to_numpy().sum() == 10
    by_group = confusion_matrix([1000], labels_ten_accounts, by="group")
    assert by_group.index.tolist() == ["night_shift", "fandom", "commercial_spam", "campaign_a", "campaign_b"]
    with pytest.raises(KitError, match="'by' should be"):
        confusion_matrix([1000], labels_ten_accounts, by="role")


# --- threshold sweep ----------------------------------------------------------------------


def brute_force_sweep(scores, labels, thresholds, positive="campaign", higher_is_suspicious=True):
    """The slow, obvious version: score the detector once per threshold."""
    rows = []
    for threshold in thresholds:
        chosen = scores[scores >= threshold] if higher_is_suspicious else scores[scores <= threshold]
        result = score(chosen.index, labels, positive)
        genuine = labels.userid[labels.kind == "genuine"]
        rows.append((threshold, result.flagged, result.precision, result.recall, result.f1,
                     int(chosen.index.isin(genuine).sum())))
    return pd.DataFrame(rows, columns=["threshold", "flagged", "precision", "recall", "f1", "genuine_flagged"])


@pytest.mark.parametrize("higher_is_suspicious", [True, False])
@pytest.mark.parametrize("positive", ["campaign", "campaign_b"])
def test_sweep_agrees_with_scoring_each_threshold(higher_is_suspicious, positive):
    labels = make_labels({"ordinary": 300, "night_shift": 40, "commercial_spam": 30, "campaign_a": 50, "campaign_b": 20})
    rng = np.random.default_rng(7)
    scores = pd.Series(rng.integers(0, 30, len(labels)).astype(float), index=labels.userid)
    scores = scores.drop(labels.userid.iloc[::9])  # some accounts have no score
    thresholds = [-1, 0, 3.5, 10, 10.0001, 29, 40]
    fast = threshold_sweep(scores, labels, thresholds, positive=positive, higher_is_suspicious=higher_is_suspicious)
    slow = brute_force_sweep(scores, labels, thresholds, positive, higher_is_suspicious)
    pd.testing.assert_frame_equal(fast, slow, check_dtype=False)
    assert fast.attrs["higher_is_suspicious"] is higher_is_suspicious


def test_sweep_default_thresholds(labels_ten_accounts):
    few = pd.Series([5.0, 1.0, 5.0, 2.0], index=[1000, 1001, 1004, 1008])
    assert threshold_sweep(few, labels_ten_accounts)["threshold"].tolist() == [1.0, 2.0, 5.0]
    labels = make_labels({"ordinary": 900, "campaign_a": 100})
    many = pd.Series(np.linspace(0, 1, 1000), index=labels.userid)
    sweep = threshold_sweep(many, labels)
    assert len(sweep) == 201 and sweep["threshold"].is_monotonic_increasing
    assert sweep["flagged"].iloc[0] == 1000


def test_sweep_missing_scores_are_never_flagged(labels_ten_accounts):
    scores = pd.Series([9.0, np.nan], index=[1000, 1001])
    sweep = threshold_sweep(scores, labels_ten_accounts, thresholds=[-100])
    assert sweep.loc[0, "flagged"] == 1
    assert sweep.loc[0, "recall"] == 0.25


def test_sweep_errors(labels_ten_accounts):
    with pytest.raises(KitError, match="Series of numbers indexed by userid"):
        threshold_sweep([1.0, 2.0], labels_ten_accounts)
    with pytest.raises(KitError, match="not in 'labels'"):
        threshold_sweep(pd.Series([1.0, 2.0]), labels_ten_accounts)
    with pytest.raises(KitError, match="more than one score"):
        threshold_sweep(pd.Series([1.0, 2.0], index=[1000, 1000]), labels_ten_accounts)
    with pytest.raises(KitError, match="should hold numbers"):
        threshold_sweep(pd.Series(["a"], index=[1000]), labels_ten_accounts)
    with pytest.raises(KitError, match="no numbers"):
        threshold_sweep(pd.Series([np.nan], index=[1000]), labels_ten_accounts)


def test_sweep_is_vectorised_not_a_loop_over_score(monkeypatch):
    import inauthentic.evaluate as evaluate_module

    def refuse(*args, **kwargs):
        raise AssertionError("threshold_sweep must not call score() once per threshold")

    monkeypatch.setattr(evaluate_module, "score", refuse)
    labels = make_labels({"ordinary": 180_000, "campaign_a": 20_000})
    scores = pd.Series(np.random.default_rng(0).random(len(labels)), index=labels.userid)
    sweep = threshold_sweep(scores, labels, thresholds=np.linspace(0, 1, 5_000))
    assert len(sweep) == 5_000


# --- false positives ------------------------------------------------------------------------


def test_false_positive_rates_per_group(labels_ten_accounts):
    rates = false_positive_rates([1000, 1004, 1008, 1009], labels_ten_accounts)
    assert rates.columns.tolist() == ["group", "kind", "accounts", "flagged", "rate", "in_words"]
    assert rates["group"].tolist() == ["commercial_spam", "night_shift", "fandom"]
    assert rates["rate"].tolist() == [1.0, 0.5, 0.0]
    assert rates["accounts"].tolist() == [2, 2, 2]
    assert rates["in_words"].tolist() == ["2 of 2 commercial spam accounts", "1 of 2 night-shift workers", "0 of 2 fans"]


def test_describe_flagged_singular_and_unknown_groups():
    assert describe_flagged("fandom", 1, 1) == "1 of 1 fan"
    assert describe_flagged("knitting_circle", 1200, 3000) == "1,200 of 3,000 knitting circle accounts"


def test_every_vocabulary_group_has_a_noun():
    vocabulary = ["ordinary", "chinese_speaking_american", "diaspora_community", "spanish_speaking_american",
                  "portuguese_speaker", "indonesian_speaker", "partisan", "night_shift", "fandom", "news_desk", "new_account", "heavy_poster", "public_figure",
                  "commercial_spam", "campaign_a", "campaign_b"]
    assert list(GROUP_NOUNS) == vocabulary


# --- comparing detectors ----------------------------------------------------------------------


def test_compare_detectors_rows_match_score(labels_ten_accounts):
    detectors = {"volume": [1000, 1004, 1005], "clock": pd.Series(True, index=CAMPAIGN)}
    table = compare_detectors(detectors, labels_ten_accounts)
    assert table.index.tolist() == ["volume", "clock"] and table.index.name == "detector"
    assert table.columns.tolist() == ["precision", "recall", "f1", "flagged", "genuine_flagged"]
    assert table.loc["volume", "genuine_flagged"] == 2
    assert table.loc["clock", "f1"] == 1.0
    assert table.loc["volume", "precision"] == pytest.approx(score(detectors["volume"], labels_ten_accounts).precision)


def test_compare_false_positive_rates_matches_one_by_one(labels_ten_accounts):
    detectors = {"a": [1004, 1008], "b": [1006, 1007, 1000]}
    table = compare_false_positive_rates(detectors, labels_ten_accounts)
    assert table.index.tolist() == ["night_shift", "fandom", "commercial_spam"]
    assert table.columns.tolist() == ["a", "b"]
    for name, flagged in detectors.items():
        one = false_positive_rates(flagged, labels_ten_accounts).set_index("group")["rate"]
        pd.testing.assert_series_equal(table[name], one.reindex(table.index), check_names=False)


@pytest.mark.parametrize("bad", [{}, [[1000]], None])
def test_detectors_must_be_a_dictionary(bad, labels_ten_accounts):
    with pytest.raises(KitError, match="dictionary"):
        compare_detectors(bad, labels_ten_accounts)
    with pytest.raises(KitError, match="dictionary"):
        compare_false_positive_rates(bad, labels_ten_accounts)


# --- the shipped data, once the simulator exists ------------------------------------------------


def test_groups_in_the_tiny_data_set_all_have_nouns():
    from inauthentic.datasets import load_dataset, shipped_names

    if "tiny" not in shipped_names():
        pytest.skip("the simulator's 'tiny' scenario has not landed yet")
    labels = load_dataset("tiny").labels
    assert set(labels["group"].astype(str)) <= set(GROUP_NOUNS)
    result = score(labels.userid[labels.kind == "campaign"], labels)
    assert result.recall == 1.0 and result.precision == 1.0
