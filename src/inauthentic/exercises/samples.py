"""Made-up submissions, right, wrong and broken, to try the grading on.

They are built from an exercise's own student notebook: the answer cells are
filled with the solution (taken from otter's solution notebook), with one of
the anticipated mistakes, or broken on purpose. The tests use them to check
that each mistake shows its own hint and that broken notebooks never break a
batch; ``benchmarks/bench_grading.py`` grades thirty of them; an instructor
can use them for a dry run of ``make grade``:

    python -m inauthentic.exercises samples /tmp/dry-run   # then: make grade SUBMISSIONS=/tmp/dry-run

Examples
--------
>>> [mistake.name for mistake in MISTAKES["02_clocks"]][:3]
['utc_clock', 'localize_naive', 'naive_times']
>>> sorted(BREAKAGES)[:3]
['deleted_cells', 'endless_loop', 'not_a_notebook']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
import argparse
import sys
from pathlib import Path

import nbformat

from .layout import ExercisePaths, check_name

__all__ = ["Mistake", "MISTAKES", "BREAKAGES", "answer_cells", "solution_answers", "submission", "broken_submission", "break_notebook", "write_notebook", "write_batch", "main"]

_CHECK = re.compile(r'grader\.check\("([^"]+)"\)')


@dataclass(frozen=True)
class Mistake:
    """An anticipated wrong answer: the code a learner might write, and the hint it should get.

    Attributes
    ----------
    name : str
        A short name, e.g. ``"utc_clock"``.
    question : str
        The question it answers, e.g. ``"q2_1"``.
    code : str
        The answer cell's code.
    message : str
        A fragment of the failure message the learner should see first.
    """

    name: str
    question: str
    code: str
    message: str


_Q23 = '''def office_share(posts, userid, tz, start=9, end=17):
    times = {times}
    weekday = {weekday}
    working = (times.dt.hour >= start) & (times.dt.hour < end)
    return {result}
'''

_Q26 = '''def flag_office_hours(posts, tz, threshold, min_posts):
    {body}


clock_flags = flag_office_hours(posts, "Asia/Shanghai", 0.6, 10)
'''

#: The anticipated wrong answers of each exercise, in the order their questions come.
MISTAKES: dict[str, list[Mistake]] = {
    "02_clocks": [
        Mistake("utc_clock", "q2_1", "def local_times(text_times, tz):\n    return pd.to_datetime(text_times, utc=True)\n", "still on the UTC clock"),
        Mistake("localize_naive", "q2_1", "def local_times(text_times, tz):\n    return pd.to_datetime(text_times).dt.tz_localize(tz)\n", "tz_localize on naive times"),
        Mistake("naive_times", "q2_1", "def local_times(text_times, tz):\n    return pd.to_datetime(text_times)\n", "they are naive"),
        Mistake(
            "utc_hours",
            "q2_2",
            "def hour_of_week_counts(posts, tz):\n"
            "    hours = posts['tweet_time'].dt.day_of_week * 24 + posts['tweet_time'].dt.hour\n"
            "    return hours.value_counts().reindex(range(168), fill_value=0)\n",
            "reading the hours on the UTC clock",
        ),
        Mistake(
            "utc_share",
            "q2_3",
            _Q23.format(times="posts.loc[posts['userid'].eq(userid), 'tweet_time']", weekday="times.dt.day_of_week < 5", result="float((weekday & working).mean())"),
            "the one you get on the UTC clock",
        ),
        Mistake(
            "weekends_included",
            "q2_3",
            _Q23.format(times="to_local(posts.loc[posts['userid'].eq(userid), 'tweet_time'], tz)", weekday="True", result="float(working.mean())"),
            "counts weekend posts",
        ),
        Mistake(
            "count_not_share",
            "q2_3",
            _Q23.format(times="to_local(posts.loc[posts['userid'].eq(userid), 'tweet_time'], tz)", weekday="times.dt.day_of_week < 5", result="int((weekday & working).sum())"),
            "a share, not a count",
        ),
        Mistake(
            "offset_as_text",
            "q2_4",
            "def pooled_office_share(posts, userids, offset):\n"
            "    local = to_local(posts.loc[posts['userid'].isin(userids), 'tweet_time'], offset)\n"
            "    return float(((local.dt.day_of_week < 5) & (local.dt.hour >= 9) & (local.dt.hour < 17)).mean())\n\n\n"
            "campaign_best = 'UTC+8'\nnight_shift_best = 'UTC+8'\n",
            "not shares",
        ),
        Mistake(
            "language_alone",
            "q2_6",
            _Q26.format(body="return signals.language_share(posts, 'zh') >= threshold"),
            "write in Chinese",
        ),
        Mistake(
            "answer_key",
            "q2_6",
            _Q26.format(body="ids = posts['userid'].drop_duplicates()\n    return pd.Series(ids.isin(labels.loc[labels['kind'].eq('campaign'), 'userid']).to_numpy(), index=ids.to_numpy())"),
            "match the answer key",
        ),
        Mistake(
            "utc_rule",
            "q2_6",
            _Q26.format(body="share = signals.office_hours_share(posts, 'UTC')\n    return (share >= threshold) & (posts['userid'].value_counts().reindex(share.index) >= min_posts)"),
            "do not change with tz",
        ),
        Mistake(
            "precision_recall_swapped",
            "q2_7",
            "def precision_recall(flags, labels, group):\n"
            "    in_group = labels.set_index('userid')['group'].eq(group)\n"
            "    flagged = flags.reindex(in_group.index, fill_value=False).astype(bool)\n"
            "    hits = int((flagged & in_group).sum())\n"
            "    return hits / int(in_group.sum()), hits / int(flagged.sum())\n",
            "swapped",
        ),
    ]
}

# --- exercise 05: networks (its own block, so that other exercises' entries merge cleanly) ---
_Q51 = '''def co_retweet_pairs(retweets, window_seconds):
    pairs = retweets.merge(retweets, on="retweet_tweetid", suffixes=("_a", "_b"))
    close = (pairs["tweet_time_a"] - pairs["tweet_time_b"]).abs() <= pd.Timedelta(seconds=window_seconds)
    pairs = pairs[close & (pairs["userid_a"] {keep} pairs["userid_b"])]
    return pairs.groupby(["userid_a", "userid_b"])["retweet_tweetid"].nunique().rename("weight").reset_index()
'''

MISTAKES["05_networks"] = [
    Mistake("self_loops", "q5_1", _Q51.format(keep="<="), "self-loops"),
    Mistake("both_directions", "q5_1", _Q51.format(keep="!="), "both directions"),
    Mistake(
        "precision_recall_swapped",
        "q5_3",
        "def window_table(posts, labels, windows):\n"
        "    scores = [evaluate.score(network_clusters(posts, window).index, labels) for window in windows]\n"
        "    return pd.DataFrame({'precision': [s.recall for s in scores], 'recall': [s.precision for s in scores]}, index=list(windows))\n\n\n"
        "by_window = window_table(posts, labels, [10, 60, 300])\n",
        "swapped",
    ),
    Mistake(
        "answer_key",
        "q5_6",
        "def flag_campaign(posts, accounts, clusters, max_followers):\n"
        "    campaign = labels.loc[labels['kind'].eq('campaign'), 'userid']\n"
        "    return pd.Series(clusters.index.isin(campaign), index=clusters.index)\n\n\n"
        "campaign_flags = flag_campaign(without_events, accounts, steady, 10_000)\n",
        "split a cluster along the answer key",
    ),
]

# --- exercise 04: amplification (its own block, so that other exercises' entries merge cleanly) ---
MISTAKES["04_amplification"] = [
    Mistake(
        "counts_not_rate",
        "q4_1",
        "def posts_per_day(accounts, posts):\n"
        "    return posts['userid'].value_counts().reindex(accounts['userid'].to_numpy(), fill_value=0)\n\n\n"
        "volume = posts_per_day(accounts, posts)\n",
        "counts of posts, not rates",
    ),
    Mistake(
        "volume_alone",
        "q4_2",
        "def flag_loudspeakers(accounts, posts, threshold):\n"
        "    days = max((posts['tweet_time'].max() - posts['tweet_time'].min()) / pd.Timedelta(days=1), 1.0)\n"
        "    return posts['userid'].value_counts().reindex(accounts['userid'].to_numpy(), fill_value=0) / days >= threshold\n\n\n"
        "loud_flags = flag_loudspeakers(accounts, posts, 10)\n",
        "posts per day alone",
    ),
    Mistake(
        "mean_delay",
        "q4_3",
        "def echo_delay(posts, seed_userids):\n"
        "    delays = signals.retweet_delays(posts)\n"
        "    return delays[delays['retweet_userid'].isin(seed_userids)].groupby('userid')['delay_seconds'].mean()\n\n\n"
        "seed_delay = echo_delay(posts, seeds)\n",
        "means, not medians",
    ),
    Mistake(
        "self_engagement",
        "q4_4",
        "def inside_share(posts, group_userids):\n"
        "    target = posts['retweet_userid'].where(posts['is_retweet'], posts['in_reply_to_userid'])\n"
        "    engaged = pd.DataFrame({'engager': posts['userid'], 'target': target}).dropna().astype('int64')\n"
        "    return engaged['engager'].isin(group_userids).groupby(engaged['target']).mean()\n\n\n"
        "applause = inside_share(posts, campaign)\n",
        "retweeting or replying to themselves",
    ),
]

#: Ways a submission can be broken, with what grading should record.
BREAKAGES = {
    "syntax_error": "one answer cell does not parse: that question scores 0, the others are graded",
    "endless_loop": "an answer loops forever: the run is stopped at the time limit and every question scores 0",
    "deleted_cells": "a question's answer and check cells are gone: that question scores 0",
    "reordered_cells": "an answer cell was moved above the setup: the variables it sets are missing",
    "renamed": "the notebook was saved under another name: graded as usual",
    "not_a_notebook": "the file is not a notebook at all: every question scores 0",
}


def answer_cells(notebook) -> dict[str, int]:
    """Index of each code question's answer cell: the code cell just before its check cell."""
    found, last_code = {}, None
    for position, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        match = _CHECK.search(cell.source)
        if match and last_code is not None:
            found[match.group(1)] = last_code
        elif not match:
            last_code = position
    return found


def solution_answers(paths: ExercisePaths) -> dict[str, str]:
    """The solution's code for each code question, from otter's solution notebook."""
    solution = nbformat.read(paths.solution, as_version=4)
    return {question: solution.cells[position].source for question, position in answer_cells(solution).items()}


def _student(paths: ExercisePaths):
    return nbformat.read(paths.build / f"{paths.name}.ipynb", as_version=4)


def submission(paths: ExercisePaths, answers: dict[str, str] | None = None, mistakes: list[Mistake] = ()):
    """A student notebook with the solution's answers, except where a mistake replaces one.

    ``answers=None`` fills every code question with its solution; pass ``{}``
    to leave the notebook untouched apart from the mistakes.
    """
    notebook = _student(paths)
    answers = dict(solution_answers(paths) if answers is None else answers)
    answers.update({mistake.question: mistake.code for mistake in mistakes})
    cells = answer_cells(notebook)
    for question, code in answers.items():
        notebook.cells[cells[question]].source = code
    return notebook


def break_notebook(notebook, breakage: str, question: str):
    """Break ``notebook`` in place in one way (see :data:`BREAKAGES`, except ``not_a_notebook``) at ``question``."""
    position = answer_cells(notebook)[question]
    if breakage == "syntax_error":
        notebook.cells[position].source = notebook.cells[position].source.replace("):", ")", 1)
    elif breakage == "endless_loop":
        notebook.cells[position].source = "while True:\n    pass\n" + notebook.cells[position].source
    elif breakage == "deleted_cells":
        del notebook.cells[position : position + 2]
    elif breakage == "reordered_cells":
        notebook.cells.insert(1, notebook.cells.pop(position))
    elif breakage != "renamed":
        raise ValueError(f"unknown breakage {breakage!r}; choose one of {sorted(BREAKAGES)}")
    return notebook


def broken_submission(paths: ExercisePaths, breakage: str, question: str):
    """The solution broken in one way (see :data:`BREAKAGES`) at ``question``; None for ``not_a_notebook``."""
    if breakage == "not_a_notebook":
        return None
    return break_notebook(submission(paths), breakage, question)


def write_notebook(notebook, path: Path) -> Path:
    """Write a submission (``None`` writes a file that is not a notebook)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if notebook is None:
        path.write_text("This is not a notebook: the learner uploaded the wrong file.\n")
    else:
        nbformat.write(notebook, path)
    return path


#: Where each breakage is applied in a sample batch, per exercise.
BROKEN_SPOTS = {
    "02_clocks": [
        ("endless_loop", "q2_3"),
        ("syntax_error", "q2_2"),
        ("deleted_cells", "q2_4"),
        ("reordered_cells", "q2_4"),
        ("renamed", "q2_1"),
        ("not_a_notebook", "q2_1"),
    ]
}


BROKEN_SPOTS["04_amplification"] = [
    ("endless_loop", "q4_3"),
    ("syntax_error", "q4_1"),
    ("deleted_cells", "q4_4"),
    ("reordered_cells", "q4_2"),
    ("renamed", "q4_1"),
    ("not_a_notebook", "q4_1"),
]

BROKEN_SPOTS["05_networks"] = [
    ("endless_loop", "q5_3"),
    ("syntax_error", "q5_1"),
    ("deleted_cells", "q5_5"),
    ("reordered_cells", "q5_2"),
    ("renamed", "q5_1"),
    ("not_a_notebook", "q5_1"),
]

# --- exercise 01_profiles (templates for the answers its mistakes change) ---
_Q11 = '''def creation_burst(accounts):
    day = {day}
    return {result}
'''

_Q12 = '''def digit_handle(accounts, min_digits=5):
    handles = accounts.set_index("userid")["user_screen_name"]
    return handles.str.fullmatch({pattern})
'''

_Q13 = '''def shared_picture(accounts):
    pictures = accounts.set_index("userid")["profile_image_hash"]
    return {result}
'''

_Q16 = '''def flag_profiles(accounts, min_burst, min_clues):
    {body}


profile_flags = flag_profiles(accounts, 10, 2)
'''

_PER_ACCOUNT = 'pd.Series(day.map(day.value_counts()).to_numpy(){minus}, index=accounts["userid"].to_numpy())'

MISTAKES_01_PROFILES = [
    Mistake("per_day_table", "q1_1", _Q11.format(day='accounts["account_creation_date"].dt.floor("D")', result="day.value_counts()"), "not a table of days"),
    Mistake("self_excluded", "q1_1", _Q11.format(day='accounts["account_creation_date"].dt.floor("D")', result=_PER_ACCOUNT.format(minus=" - 1")), "leave the account itself out"),
    Mistake("day_of_month", "q1_1", _Q11.format(day='accounts["account_creation_date"].dt.day', result=_PER_ACCOUNT.format(minus="")), "the day of the MONTH"),
    Mistake("few_digits", "q1_2", _Q12.format(pattern='r"[A-Za-z][A-Za-z_]*\\d+"'), "like a birth year"),
    Mistake("fixed_digits", "q1_2", _Q12.format(pattern='r"[A-Za-z][A-Za-z_]*\\d{5,}"'), "does not change with min_digits"),
    Mistake("default_picture", "q1_3", _Q13.format(result="pictures.duplicated(keep=False)"), "kept the default picture"),
    Mistake("first_copy_missed", "q1_3", _Q13.format(result="pictures.duplicated() & (pictures != DEFAULT_PICTURE)"), "keep=False"),
    Mistake(
        "share_of_flags",
        "q1_4",
        "def flagged_share_by_group(flags, labels):\n"
        "    by_account = labels.set_index('userid')['group']\n"
        "    flagged = flags.reindex(by_account.index, fill_value=False).astype(bool)\n"
        "    return (flagged.groupby(by_account).sum() / flagged.sum()).sort_values(ascending=False)\n",
        "divide by the number of accounts FLAGGED",
    ),
    Mistake(
        "answer_key",
        "q1_6",
        _Q16.format(body="ids = accounts['userid']\n    return pd.Series(ids.isin(labels.loc[labels['kind'].eq('campaign'), 'userid']).to_numpy(), index=ids.to_numpy())"),
        "match the answer key",
    ),
    Mistake(
        "any_clue",
        "q1_6",
        _Q16.format(body="return (signals.creation_burst_size(accounts) >= min_burst) | signals.name_plus_digits_handle(accounts) | (signals.shared_image_count(accounts) >= 1)"),
        "does not change with min_clues",
    ),
]
MISTAKES["01_profiles"] = MISTAKES_01_PROFILES
BROKEN_SPOTS["01_profiles"] = [
    ("endless_loop", "q1_3"),
    ("syntax_error", "q1_2"),
    ("deleted_cells", "q1_4"),
    ("reordered_cells", "q1_6"),
    ("renamed", "q1_1"),
    ("not_a_notebook", "q1_1"),
]
# --- end of exercise 01_profiles ---


# --- exercise 03_words (templates for the answers its mistakes change) ---
_Q31 = '''def tidy(texts):
    return {result}
'''

_Q32 = '''def jaccard(text_a, text_b):
    words_a, words_b = {words}
    every = words_a | words_b
    return len(words_a & words_b) / {denominator} if every else 0.0
'''

_Q33 = '''def flag_copiers(posts, min_accounts, min_share):
    {body}


copier_flags = flag_copiers(posts, 3, 0.5)
'''

MISTAKES_03_WORDS = [
    Mistake("not_lowered", "q3_1", _Q31.format(result='texts.str.replace(r"https?://\\S+", "", regex=True).str.split().str.join(" ")'), "still have capital letters"),
    Mistake("links_kept", "q3_1", _Q31.format(result='texts.str.lower().str.split().str.join(" ")'), "still contain links"),
    Mistake("characters", "q3_2", _Q32.format(words="set(text_a), set(text_b)", denominator="len(every)"), "compares letters, not words"),
    Mistake("shorter_text", "q3_2", _Q32.format(words="set(text_a.split()), set(text_b.split())", denominator="max(1, min(len(words_a), len(words_b)))"), "divides by the shorter text"),
    Mistake(
        "language_alone",
        "q3_3",
        _Q33.format(body="return signals.language_share(posts[~posts['is_retweet']], 'zh') >= min_share"),
        "write in Chinese",
    ),
    Mistake(
        "answer_key",
        "q3_3",
        _Q33.format(body="ids = posts.loc[~posts['is_retweet'], 'userid'].drop_duplicates()\n    return pd.Series(ids.isin(labels.loc[labels['kind'].eq('campaign'), 'userid']).to_numpy(), index=ids.to_numpy())"),
        "match the answer key",
    ),
]
MISTAKES["03_words"] = MISTAKES_03_WORDS
BROKEN_SPOTS["03_words"] = [
    ("endless_loop", "q3_2"),
    ("syntax_error", "q3_1"),
    ("deleted_cells", "q3_3"),
    ("reordered_cells", "q3_3"),
    ("renamed", "q3_1"),
    ("not_a_notebook", "q3_1"),
]
# --- end of exercise 03_words ---


# --- exercise 07_capstone (its own block, so that other exercises' entries merge cleanly) ---
# Questions 7.2 and 7.3 have as many mistakes each, so that every made-up submission with a
# wrong `flagged` also carries its own evidence table (Question 7.3's table is built from
# `flagged`: the solution's table cannot be right for a wrong list).
_Q71 = """def tier(f1):
    if f1 > 0.9:
        return "excellent"
    if f1 > 0.75:
        return "good"
    return "partial" if f1 > 0.5 else "not yet"
"""

MISTAKES["07_capstone"] = [
    Mistake("strict_cutoffs", "q7_1", _Q71, "0.90 itself is excellent"),
    Mistake("language_alone", "q7_2", 'flagged = signals.language_share(posts, "zh").loc[lambda share: share >= 0.5].index\n', "looks like a language rule"),
    Mistake("everyone", "q7_2", 'flagged = accounts["userid"]\n', "You flag most of the platform"),
    Mistake(
        "true_false_series",
        "q7_2",
        'flagged = (table["copypasta_share"] >= 0.5) & (table["retweet_delay_seconds"] <= 600)\n',
        "True/False values, not userids",
    ),
    Mistake("tells_table", "q7_2", 'flagged = table.loc[table["copypasta_share"] >= 0.5, ["copypasta_share", "retweet_delay_seconds"]]\n', "flagged is a table"),
    Mistake(
        "row_missing",
        "q7_3",
        'tells = pd.DataFrame({"copies texts": table["copypasta_share"] >= 0.5, "reposts fast": table["retweet_delay_seconds"] <= 600})\n'
        "evidence = tells.loc[flagged].iloc[1:]\n",
        "exactly one row per flagged account",
    ),
    Mistake("one_signal", "q7_3", 'evidence = pd.DataFrame({"copies texts": table["copypasta_share"] >= 0.5}).loc[flagged]\n', "at least two signals"),
    Mistake(
        "empty_cells",
        "q7_3",
        "near = coordination.clusters(coordination.co_similar_text_edges(posts, window_seconds=3600, min_weight=3, threshold=0.7))\n"
        'evidence = pd.DataFrame({"posts near-copies": pd.Series(True, index=near.index), "shares a picture": signals.shared_image_count(accounts) >= 1})\n',
        "Some cells of evidence are empty",
    ),
    Mistake("numbers_not_signals", "q7_3", 'evidence = table.loc[table["copypasta_share"] >= 0.5, ["created_same_day", "shared_image_count"]]\n', "The columns of evidence should be True/False"),
]
BROKEN_SPOTS["07_capstone"] = [
    ("endless_loop", "q7_2"),
    ("syntax_error", "q7_1"),
    ("deleted_cells", "q7_3"),
    ("reordered_cells", "q7_2"),
    ("renamed", "q7_1"),
    ("not_a_notebook", "q7_1"),
]
# --- end of exercise 07_capstone ---
# --- exercise 06_weighing_evidence (templates for the answers its mistakes change) ---
_Q61 = """def make_tells(table, office=0.5, burst=10, quick=600):
    delay = table["retweet_delay_seconds"]
    return pd.DataFrame({{"office hours": table["office_hours_share"] >= office,
                         "creation burst": table["created_same_day"] >= burst,
                         "name+digits handle": table["name_plus_digits_handle"],
                         "shared picture": table["shared_image_count"] >= 1,
                         "copypasta": table["copypasta_share"] >= 0.5,
                         "quick retweets": {quick},
                         "switched language and app": table["language_switched"] & table["client_switched"],
                         "loudspeaker": table["loudspeaker_index"] >= 10}})


tells = make_tells(table)
"""

_Q62 = """def score_tells(tells, labels):
    campaign = labels.set_index("userid")["kind"].eq("campaign")
    flags = tells.reindex(campaign.index, fill_value=False).astype(bool)
    hits = flags.loc[campaign].sum()
    precision = ({precision}).fillna(0)
    recall = {recall}
    f1 = ({f1}).fillna(0)
    return pd.DataFrame({{"precision": precision, "recall": recall, "f1": f1}})
"""

_Q63 = """def flag_by_votes(table, k, office=0.5):
    {body}


votes = make_tells(table).sum(axis=1)
sweep = evaluate.threshold_sweep(votes, labels, thresholds=range(1, 9))
best_k = int(sweep.loc[sweep["{best}"].idxmax(), "threshold"])
"""

_Q65 = """def false_positives_by_group(flags, labels):
    flagged = flags.reindex(labels["userid"], fill_value=False).astype(bool).to_numpy()
    rows = pd.DataFrame({{"group": labels["group"].to_numpy(), "flagged": flagged}}){keep}
    counts = rows.groupby("group")["flagged"].agg(accounts="size", flagged="sum")
    counts["rate"] = counts["flagged"] / {total}
    return counts.sort_values("rate", ascending=False)
"""

_HARMONIC = "2 * precision * recall / (precision + recall)"
_VOTES = "return make_tells(table, office=office).sum(axis=1) >= k"
_NOT_CAMPAIGN = '[labels["kind"].ne("campaign").to_numpy()]'

MISTAKES["06_weighing_evidence"] = [
    Mistake("nan_tells", "q6_1", _Q61.format(quick="np.where(delay.isna(), np.nan, delay <= quick)"), "are missing (NaN)"),
    Mistake("precision_recall_swapped", "q6_2", _Q62.format(precision="hits / campaign.sum()", recall="hits / flags.sum()", f1=_HARMONIC), "swapped"),
    Mistake("arithmetic_f1", "q6_2", _Q62.format(precision="hits / flags.sum()", recall="hits / campaign.sum()", f1="(precision + recall) / 2"), "plain average"),
    Mistake(
        "answer_key",
        "q6_3",
        _Q63.format(body='campaign = labels.loc[labels["kind"].eq("campaign"), "userid"]\n    ' + _VOTES.replace("return ", "return (") + ") & table.index.isin(campaign)", best="f1"),
        "reading the answer key",
    ),
    Mistake("language_alone", "q6_3", _Q63.format(body='return table["zh_post_share"] >= 0.5', best="f1"), "write in Chinese"),
    Mistake("best_k_by_recall", "q6_3", _Q63.format(body=_VOTES, best="recall"), "highest recall"),
    Mistake("campaign_counted", "q6_5", _Q65.format(keep="", total='counts["accounts"]'), "row for campaign_a"),
    Mistake("share_of_flags", "q6_5", _Q65.format(keep=_NOT_CAMPAIGN, total='counts["flagged"].sum()'), "number of accounts FLAGGED"),
]
BROKEN_SPOTS["06_weighing_evidence"] = [
    ("endless_loop", "q6_3"),
    ("syntax_error", "q6_2"),
    ("deleted_cells", "q6_5"),
    ("reordered_cells", "q6_3"),
    ("renamed", "q6_1"),
    ("not_a_notebook", "q6_1"),
]
# --- end of exercise 06_weighing_evidence ---


def write_batch(paths: ExercisePaths, folder: Path, right: int = 2, wrong: int = 6, broken: list[tuple[str, str]] | None = None) -> list[Path]:
    """Write a batch of submissions into ``folder``: ``right`` solutions, ``wrong`` with mistakes, and broken ones.

    Wrong submission ``n`` makes one to three of the anticipated mistakes (at
    most one per question); ``broken`` lists ``(breakage, question)`` pairs
    (default :data:`BROKEN_SPOTS`). A renamed notebook goes into a folder of
    its own, as a collected ``Copy of NAME.ipynb``.
    """
    folder = Path(folder)
    by_question: dict[str, list[Mistake]] = {}
    for mistake in MISTAKES[paths.name]:
        by_question.setdefault(mistake.question, []).append(mistake)
    written = [write_notebook(submission(paths), folder / f"right-{n:02d}.ipynb") for n in range(right)]
    for n in range(wrong):
        chosen = [options[n % len(options)] for options in by_question.values()]
        chosen = [chosen[(n + k) % len(chosen)] for k in range(1 + n % 3)]
        written.append(write_notebook(submission(paths, mistakes=chosen), folder / f"wrong-{n:02d}.ipynb"))
    for n, (breakage, question) in enumerate(BROKEN_SPOTS[paths.name] if broken is None else broken):
        name = f"broken-{n:02d}/Copy of {paths.name}.ipynb" if breakage == "renamed" else f"broken-{n:02d}-{breakage}.ipynb"
        written.append(write_notebook(broken_submission(paths, breakage, question), folder / name))
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m inauthentic.exercises samples FOLDER [--exercise NAME]``."""
    parser = argparse.ArgumentParser(prog="python -m inauthentic.exercises samples", description="Write made-up submissions for a dry run of make grade.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--exercise", default="02_clocks")
    arguments = parser.parse_args(argv)
    paths = ExercisePaths.for_name(check_name(arguments.exercise))
    if not paths.solution.exists():
        print("Run make exercises first: the samples are made from the built notebooks.", file=sys.stderr)
        return 1
    if arguments.folder.exists() and any(arguments.folder.iterdir()):
        print(f"{arguments.folder} is not empty: give a new folder, so that no notebook is overwritten.", file=sys.stderr)
        return 1
    written = write_batch(paths, arguments.folder)
    print(f"Wrote {len(written)} submissions to {arguments.folder}; grade them with: make grade SUBMISSIONS={arguments.folder}")
    return 0
