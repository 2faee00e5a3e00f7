"""No shortcuts: the operations cannot be found by a feature the lessons do not teach.

An expert who opens the raw tables and asks "which value only the campaign
has?" must come away empty-handed, so that the data rewards the methods the
kit teaches (clock, coordination, amplification, metadata combined) and not
an accident of the simulator. Everything here is plain pandas over the raw
CSV files of ``classroom`` (Campaign A) and ``capstone`` (Campaign A and
Campaign B).

Two scans, each against each operation:

* **"Ever has this value"**: for every categorical value and list element of
  ``accounts`` and ``posts`` (interface language, reported location, bio word,
  bio punctuation, posting app, post language, link domain, hashtag), flag
  every account that ever has it. No value may find an operation with
  precision >= 0.9 and recall >= 0.2.
* **Numeric per-account features that are not taught behaviours** (text
  length, punctuation rates, number of apps, app switching, digits of the
  id): none may separate an operation from everyone else with ROC AUC >=
  0.95 (either direction).

``TAUGHT`` is the allow-list: only behaviours a lesson teaches, each with its
reason.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

OPERATIONS = [("classroom", "campaign_a"), ("capstone", "campaign_a"), ("capstone", "campaign_b")]
MAX_PRECISION, MAX_RECALL = 0.9, 0.2
MAX_AUC = 0.95

#: (feature, value) pairs a lesson teaches; a value here may find an operation.
TAUGHT: dict[tuple[str, str], str] = {
    # Lesson on repurposed accounts (M7): a bought account keeps its old
    # interface language for a while; the lesson pairs it with the switch of
    # post language and app, never with the language alone.
}

_WORD = re.compile(r"[a-z0-9]+|[\u4e00-\u9fff]+")
_MARK = re.compile(r"!+|\?+|[|#@&]|[\U0001F000-\U0001FAFF\u2600-\u27BF]")


def _exploded(frame: pd.DataFrame, column: str, pattern: re.Pattern, feature: str, lower: bool = True) -> pd.DataFrame:
    text = frame[column].astype(str)
    text = text.str.lower() if lower else text
    found = text.str.findall(pattern)
    pairs = pd.DataFrame({"userid": frame["userid"], "value": found}).explode("value").dropna()
    return pairs.assign(feature=feature)


def _list_elements(posts: pd.DataFrame, column: str, feature: str) -> pd.DataFrame:
    values = posts[column].str.strip("[]").str.split(", ")  # written as "[a, b]" or "[]"
    pairs = pd.DataFrame({"userid": posts["userid"], "value": values}).explode("value").dropna()
    return pairs.assign(feature=feature)


def account_values(accounts: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Every (userid, feature, value) an account ever has, without repeats."""
    parts = [
        accounts[["userid", "account_language"]].rename(columns={"account_language": "value"}).assign(feature="account_language"),
        accounts[["userid", "user_reported_location"]].rename(columns={"user_reported_location": "value"}).assign(feature="location"),
        _exploded(accounts, "user_profile_description", _WORD, "bio word"),
        _exploded(accounts, "user_profile_description", _MARK, "bio mark", lower=False),
        posts[["userid", "tweet_client_name"]].rename(columns={"tweet_client_name": "value"}).assign(feature="app"),
        posts[["userid", "tweet_language"]].rename(columns={"tweet_language": "value"}).assign(feature="post language"),
        _list_elements(posts, "hashtags", "hashtag").assign(value=lambda f: f["value"].str.lower()),
    ]
    urls = _list_elements(posts, "urls", "domain")
    parts.append(urls.assign(value=urls["value"].str.extract(r"https?://([^/]+)", expand=False)).dropna())
    values = pd.concat(parts, ignore_index=True)
    values = values[values["value"].astype(str) != ""]
    return values.drop_duplicates(["userid", "feature", "value"])


def value_shortcuts(values: pd.DataFrame, group: pd.Series, operation: str) -> pd.DataFrame:
    """Precision and recall of "ever has this value" for one operation."""
    in_operation = values["userid"].map(group).eq(operation)
    size = int(group.eq(operation).sum())
    table = values.assign(hit=in_operation).groupby(["feature", "value"])["hit"].agg(["sum", "size"])
    table = table.assign(precision=table["sum"] / table["size"], recall=table["sum"] / size)
    return table.sort_values("recall", ascending=False)


def _auc(scores: pd.Series, positive: pd.Series) -> float:
    """ROC AUC by ranks (Mann-Whitney), folded so that 0.5 is chance and 1 is perfect either way."""
    ranks = scores.rank()
    n_pos, n_neg = int(positive.sum()), int((~positive).sum())
    auc = (ranks[positive].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
    return max(auc, 1 - auc)


def numeric_features(accounts: pd.DataFrame, posts: pd.DataFrame) -> pd.DataFrame:
    """Per-account features a lesson does not teach, from the raw tables."""
    own = posts[~posts["is_retweet"]]
    text = own["tweet_text"].astype(str).str.replace(r"https?://\S+", "", regex=True).str.strip()
    by_author = own.assign(
        length=text.str.len(),
        ends_with_stop=text.str.endswith("."),
        exclaims=text.str.contains("!", regex=False),
        double_exclaims=text.str.contains("!!", regex=False),
        asks=text.str.contains("?", regex=False),
        commas=text.str.count(","),
    ).groupby("userid")
    apps = posts.groupby(["userid", "tweet_client_name"]).size().rename("n").reset_index()
    main_share = apps.groupby("userid")["n"].max() / apps.groupby("userid")["n"].sum()
    features = pd.DataFrame(
        {
            "text length": by_author["length"].mean(),
            "share ending in a full stop": by_author["ends_with_stop"].mean(),
            "share with !": by_author["exclaims"].mean(),
            "share with !!": by_author["double_exclaims"].mean(),
            "share with ?": by_author["asks"].mean(),
            "commas per post": by_author["commas"].mean(),
            "number of apps": apps.groupby("userid").size(),
            "share not from the main app": 1 - main_share,
        }
    )
    ids = accounts.set_index("userid")
    features["digits of the id"] = ids.index.str.len().to_series(index=ids.index)
    return features.reindex(ids.index)


@pytest.mark.parametrize("dataset, operation", OPERATIONS)
def test_no_value_alone_finds_an_operation(dataset, operation, classroom_raw, capstone_raw):
    raw = {"classroom": classroom_raw, "capstone": capstone_raw}[dataset]
    group = raw["labels"].set_index("userid")["group"].astype(str)
    table = value_shortcuts(account_values(raw["accounts"], raw["posts"]), group, operation)
    print(f"\n{dataset} / {operation}, the values that find most of it:\n" + table.head(12).round(2).to_string())
    shortcuts = table[(table["precision"] >= MAX_PRECISION) & (table["recall"] >= MAX_RECALL)]
    shortcuts = shortcuts[[key not in TAUGHT for key in shortcuts.index]]
    assert shortcuts.empty, f"{dataset}: these values alone find {operation}:\n{shortcuts.round(2).to_string()}"


@pytest.mark.parametrize("dataset, operation", OPERATIONS)
def test_no_untaught_number_separates_an_operation(dataset, operation, classroom_raw, capstone_raw):
    raw = {"classroom": classroom_raw, "capstone": capstone_raw}[dataset]
    group = raw["labels"].set_index("userid")["group"].astype(str)
    features = numeric_features(raw["accounts"], raw["posts"])
    aucs = {}
    for name, values in features.items():
        known = values.dropna()
        positive = group.reindex(known.index).eq(operation)
        aucs[name] = _auc(known, positive)
    print(f"\n{dataset} / {operation}, ROC AUC of each feature:", {k: round(v, 3) for k, v in aucs.items()})
    separating = {name: auc for name, auc in aucs.items() if auc >= MAX_AUC and ("number", name) not in TAUGHT}
    assert not separating, f"{dataset}: these features separate {operation}: {separating}"


def test_the_scan_finds_a_planted_shortcut(classroom_raw):
    """The scan would notice a shortcut: give Campaign A an app of its own and it fails."""
    raw = classroom_raw
    group = raw["labels"].set_index("userid")["group"].astype(str)
    posts = raw["posts"].copy()
    campaign = posts["userid"].map(group).eq("campaign_a")
    posts["tweet_client_name"] = posts["tweet_client_name"].where(~campaign, "Only Campaign App")
    table = value_shortcuts(account_values(raw["accounts"], posts), group, "campaign_a")
    row = table.loc[("app", "Only Campaign App")]
    assert row["precision"] == 1.0 and row["recall"] >= 0.9
    features = numeric_features(raw["accounts"], posts.assign(tweet_text=posts["tweet_text"].where(~campaign, "x" * 500)))
    known = features["text length"].dropna()
    assert _auc(known, group.reindex(known.index).eq("campaign_a")) >= MAX_AUC
