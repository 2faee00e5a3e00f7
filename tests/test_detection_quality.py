"""Combining signals finds Campaign A in the classroom data; no single signal does.

Positives are the ``campaign_a`` accounts of ``labels``; everyone else (genuine
users, decoys, commercial spam) is a negative. Precision, recall and F1 are
computed here with plain pandas.

The rule
--------
**Stage 1: eight yes/no signals; flag an account when at least four (half of
them) fire.** Each threshold comes from the reporting or from what chance
alone would give, not from fitting the labels:

==============  =====================================  ==================================================
vote            fires when                             why this threshold
==============  =====================================  ==================================================
clock           ``office_hours_share >= 0.5``          R2: posts "map cleanly" onto Beijing office hours.
                (weekdays 09:00-17:00, UTC+8)          Posting at random puts 5/7 x 8/24 = 0.24 of posts
                                                       there; 0.5 means most posts, twice chance.
burst           ``created_same_day >= 10``             M4: creation bursts. A few thousand accounts made
                                                       over 15 years give about one a day; ten on one day
                                                       is a batch.
handle          ``name_plus_digits_handle``            M4: a name and 8 digits (5 or more digits here).
picture         ``shared_image_count >= 1``            M9: the same generated face, within 4 bits, on
                                                       another account (default picture excluded).
copypasta       ``copypasta_share >= 0.5``             M2: most of its own posts are texts (Jaccard >=
                                                       0.85, QUT's range) posted by three or more accounts.
fast reposts    ``retweet_delay_seconds <= 600``       M1/M3: reposting fast; a median repost within ten
                                                       minutes, where people who scroll take hours.
repurposed      ``language_switched`` and              M7: bought accounts switch language and posting
                ``client_switched``                    app.
loudspeaker     ``loudspeaker_index >= 10``            R6: ten posts a day to no followers, or thirty to
                                                       a thousand.
==============  =====================================  ==================================================

**Stage 2: amplification structure** (M3, DRAGONBRIDGE): also flag accounts
that received at least 10 retweets and replies, at least half of them from
stage-1 accounts (``internal_engagement_share >= 0.5``). This finds the seed
accounts the network amplifies, which look like ordinary outlets on every
per-account signal.

Language is left out on purpose (R9): writing in Chinese is not evidence.
"""

from __future__ import annotations

import pandas as pd
import pytest

from inauthentic import load_dataset
from inauthentic.errors import KitError
from inauthentic.signals import (
    SIGNALS,
    best_working_timezone,
    engagement_received,
    internal_engagement_share,
    signal_table,
)
from inauthentic.signals._examples import make_accounts, make_posts

AT_LEAST = 4  # of the eight stage-1 votes


@pytest.fixture(scope="module")
def classroom():
    return load_dataset("classroom")


@pytest.fixture(scope="module")
def table(classroom):
    return signal_table(classroom)


@pytest.fixture(scope="module")
def labels(classroom, table):
    return classroom.labels.set_index("userid").reindex(table.index)


@pytest.fixture(scope="module")
def is_campaign_a(labels):
    return labels["group"].astype(str) == "campaign_a"


def stage_one_votes(table: pd.DataFrame) -> pd.DataFrame:
    """The eight yes/no signals of the module docstring, one column each."""
    votes = pd.DataFrame(
        {
            "clock": table["office_hours_share"] >= 0.5,
            "burst": table["created_same_day"] >= 10,
            "handle": table["name_plus_digits_handle"],
            "picture": table["shared_image_count"] >= 1,
            "copypasta": table["copypasta_share"] >= 0.5,
            "fast reposts": table["retweet_delay_seconds"] <= 600,
            "repurposed": table["language_switched"] & table["client_switched"],
            "loudspeaker": table["loudspeaker_index"] >= 10,
        }
    )
    return votes.fillna(False).astype(bool)  # a signal that cannot be measured does not fire


def core_tells(table: pd.DataFrame) -> pd.DataFrame:
    """The six core tells of a mass-produced fake account, yes/no per account.

    Office clock, creation burst and name+digits handle as in the votes;
    ``follower_count < 10`` because most accounts of the 2020 takedown had
    fewer than ten followers (M4); copypasta and fast reposts as in the votes.
    """
    tells = pd.DataFrame(
        {
            "office clock": table["office_hours_share"] >= 0.5,
            "creation burst": table["created_same_day"] >= 10,
            "digit handle": table["name_plus_digits_handle"],
            "few followers": table["follower_count"] < 10,
            "copypasta": table["copypasta_share"] >= 0.5,
            "fast reposts": table["retweet_delay_seconds"] <= 600,
        }
    )
    return tells.fillna(False).astype(bool)


def combined_detector(table: pd.DataFrame, posts: pd.DataFrame) -> pd.Series:
    """Stage 1 (at least four votes), then stage 2 (engagement from inside the flagged group)."""
    flagged = stage_one_votes(table).sum(axis=1) >= AT_LEAST
    inside = internal_engagement_share(posts, table.index[flagged])
    received = engagement_received(posts)
    hubs = inside[(inside >= 0.5) & (received.reindex(inside.index) >= 10)].index
    return flagged | table.index.isin(hubs)


def scores(flagged: pd.Series, positive: pd.Series) -> dict[str, float]:
    true_positives = int((flagged & positive).sum())
    precision = true_positives / max(int(flagged.sum()), 1)
    recall = true_positives / int(positive.sum())
    f1 = 2 * precision * recall / (precision + recall) if true_positives else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def false_positive_rates(detectors: dict[str, pd.Series], labels: pd.DataFrame, positive: pd.Series) -> pd.DataFrame:
    """Share of each non-campaign group's accounts that each detector flags."""
    groups = labels["group"].astype(str)[~positive]
    return pd.DataFrame({name: flags[~positive].groupby(groups).mean() for name, flags in detectors.items()})


def test_signal_table_covers_every_account(classroom, table):
    assert list(table.columns) == list(SIGNALS)
    assert table.index.name == "userid"
    assert table.index.equals(pd.Index(classroom.accounts["userid"], name="userid"))


def test_best_working_timezone_finds_beijing_for_campaign_a(classroom):
    campaign = classroom.labels["userid"][classroom.labels["group"].astype(str) == "campaign_a"]
    assert best_working_timezone(classroom.posts, campaign) == 8


def test_combination_finds_campaign_a(table, classroom, is_campaign_a):
    result = scores(combined_detector(table, classroom.posts), is_campaign_a)
    print("\ncombination:", {name: round(value, 3) for name, value in result.items()})
    assert result["f1"] >= 0.9


def test_every_single_signal_is_clearly_worse(table, classroom, is_campaign_a):
    combined = scores(combined_detector(table, classroom.posts), is_campaign_a)["f1"]
    singles = {name: scores(flags, is_campaign_a)["f1"] for name, flags in stage_one_votes(table).items()}
    print("\nF1 of each signal alone:", {name: round(value, 3) for name, value in singles.items()})
    for name, f1 in singles.items():
        assert f1 <= combined - 0.05, f"{name} alone reaches F1 {f1:.3f}, close to the combination's {combined:.3f}"


def test_tells_are_messy_per_account(table, classroom, labels, is_campaign_a):
    """Real operations are messy: no core tell alone finds the campaign, few accounts show them all."""
    tells = core_tells(table)
    singles = {name: scores(flags, is_campaign_a)["f1"] for name, flags in tells.items()}
    print("\nF1 of each core tell alone:", {name: round(value, 3) for name, value in singles.items()})
    assert max(singles.values()) < 0.8
    every = tells[is_campaign_a].all(axis=1).mean()
    print(f"campaign accounts showing all six: {every:.1%}")
    assert every <= 0.25
    assert tells[is_campaign_a].all(axis=1).any()            # ...but the sloppy ones exist


def test_careful_personas_are_found_through_the_network(table, classroom, labels, is_campaign_a):
    """Some personas show two core tells or fewer; the combination still finds most of them."""
    tells = core_tells(table)
    careful = is_campaign_a & (labels["role"].astype(str) == "persona") & (tells.sum(axis=1) <= 2)
    found = combined_detector(table, classroom.posts)
    print(f"\ncareful personas: {int(careful.sum())}, found by the combination: {int(found[careful].sum())}")
    assert careful.sum() >= 0.05 * (is_campaign_a & (labels["role"].astype(str) == "persona")).sum()
    assert found[careful].mean() >= 0.5


def test_each_decoy_group_pays_for_its_signal(table, classroom, labels, is_campaign_a):
    votes = stage_one_votes(table)
    detectors = {
        "language only": table["zh_post_share"] >= 0.5,
        "clock": votes["clock"],
        "handle": votes["handle"],
        "fast retweets": table["fast_retweet_share"] >= 0.5,  # within 60 s
        "copypasta": votes["copypasta"],
        "picture": votes["picture"],
        "loudspeaker": votes["loudspeaker"],
        "combination": combined_detector(table, classroom.posts),
    }
    rates = false_positive_rates(detectors, labels, is_campaign_a)
    print("\nShare of each group flagged:\n" + rates.round(2).to_string())
    assert rates.loc["chinese_speaking_american", "language only"] > 0.5
    assert rates.loc["night_shift", "clock"] > 0.5
    assert rates.loc["new_account", "handle"] > 0.5
    assert rates.loc["fandom", "fast retweets"] > 0.5
    assert rates.loc["news_desk", "copypasta"] > 0.5
    assert rates.loc["diaspora_community", "copypasta"] > rates.loc["ordinary", "copypasta"]
    assert rates.loc["heavy_poster", "loudspeaker"] > 0.5
    genuine = labels["kind"].astype(str) == "genuine"
    assert rates["combination"].max() <= 0.05  # no group of real people pays much...
    assert detectors["combination"][genuine].mean() <= 0.01  # ...and real people overall very little


def one_signal_rules(table: pd.DataFrame) -> dict[str, pd.Series]:
    """The one-signal rules the datasheets name, by the names they use."""
    votes = stage_one_votes(table)
    return {
        "writes Chinese": table["zh_post_share"] >= 0.5,
        "office clock": votes["clock"],
        "creation burst": votes["burst"],
        "name+digits handle": votes["handle"],
        "few followers": core_tells(table)["few followers"],
        "fast retweets": table["fast_retweet_share"] >= 0.5,  # within 60 s
        "fast reposts": votes["fast reposts"],
        "copypasta": votes["copypasta"],
        "shared picture": votes["picture"],
        "loudspeaker volume": votes["loudspeaker"],
    }


def test_datasheets_state_every_signal_each_group_trips(table, labels, is_campaign_a):
    """A group "trips" a rule when it flags a fifth or more of its accounts; the datasheet lists exactly those."""
    from inauthentic.simulate.datasheet import DECOY_SIGNALS

    rates = false_positive_rates(one_signal_rules(table), labels, is_campaign_a)
    tripped = {group: {rule for rule, rate in row.items() if rate >= 0.2} for group, row in rates.iterrows()}
    assert not tripped.pop("ordinary")                      # ordinary users trip nothing...
    stated = {group: set(signals) for group, (_, signals) in DECOY_SIGNALS.items()}
    assert set(tripped) == set(stated), f"groups missing from, or extra in, DECOY_SIGNALS: {set(tripped) ^ set(stated)}"
    for group, rules in tripped.items():                    # ...and each other group exactly what its datasheet row says
        assert rules == stated[group], f"{group} trips {sorted(rules)}, the datasheet says {sorted(stated[group])}"


def test_signal_table_on_hand_made_tables():
    accounts = make_accounts(userid=[1, 2], user_screen_name=["mary04581932", "jo"])
    posts = make_posts(userid=[1, 1], tweet_time=["2026-09-07 02:00:00", "2026-09-12 02:00:00"], tweet_language=["zh", "en"])
    table = signal_table(accounts, posts)
    assert table.index.tolist() == [1, 2]
    assert table.loc[1, ["n_posts", "office_hours_share", "weekend_share", "zh_post_share"]].tolist() == [2, 0.5, 0.5, 0.5]
    assert table.loc[1, "name_plus_digits_handle"]
    assert table.loc[2, "n_posts"] == 0 and pd.isna(table.loc[2, "office_hours_share"])
    assert table.attrs["timezone"] == "UTC+08:00"
    assert signal_table(accounts, posts, tz="UTC").loc[1, "office_hours_share"] == 0.0


def test_signal_table_explains_wrong_input(classroom):
    accounts = make_accounts(userid=[1])
    with pytest.raises(KitError, match="needs the posts too"):
        signal_table(accounts)
    with pytest.raises(KitError, match="not both"):
        signal_table(classroom, classroom.posts)
    with pytest.raises(KitError, match="'accounts'.*looks like the posts table"):
        signal_table(make_posts(userid=[1]), make_posts(userid=[1]))
    with pytest.raises(KitError, match="argument 'tz'.*not a time zone I know"):
        signal_table(accounts, make_posts(userid=[1]), tz="Beijing")
