# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [raw]
# # ASSIGNMENT CONFIG
# name: 06_weighing_evidence
# init_cell: true
# check_all_cell: false
# export_cell: false
# run_tests: true
# tests:
#   files: false
#   ok_format: true
# generate:
#   pdf: false

# %% [markdown]
# # Exercise 06: Weighing evidence
#
# *About 45 minutes. 14 points: 10 checked by the computer, 4 for two short written answers
# that your instructor reads.*
#
# Lesson 06 turned the signals of lessons 01 to 05 into yes/no tells, scored each one alone,
# let them vote, and read who pays for each rule. Here you write those steps yourself, in
# pandas, on the classroom data set:
#
# 1. turn the kit's signals into eight tells (Question 6.1);
# 2. score each tell alone with precision, recall and F1 (Question 6.2);
# 3. let the tells vote and choose how many must agree (Questions 6.3 and 6.4);
# 4. count, group by group, the genuine people a rule wrongly accuses, and say what the
#    evidence can and cannot show (Questions 6.5 and 6.6).
#
# **How to work.** Replace each `...` with your code, then run the `grader.check` cell under
# it: it tells you straight away whether your answer passes the checks, and if not, a hint
# about the likely mistake. Your instructor may run more checks (other thresholds, other data
# sets, other rules) when grading, so write code that works in general, not just for the
# example. Keep the notebook's name (`06_weighing_evidence.ipynb`): the checks find their
# tests by it.
#
# **The answer key.** `labels` says which accounts belong to a campaign. A detector never sees
# it: use it only where a question says so, to *measure* a rule, never inside one.

# %%
import numpy as np
import pandas as pd

import inauthentic
from inauthentic import evaluate, signals

np.random.seed(20261106)
data = inauthentic.load_dataset("classroom")
accounts, posts, labels = data.accounts, data.posts, data.labels  # labels: the answer key

# Every per-account signal of lessons 01 to 05, with the clock read in UTC+8 (a few seconds).
# signals.describe_signals() says what each column means.
table = signals.signal_table(data, tz="UTC+8")
table[["office_hours_share", "created_same_day", "copypasta_share", "retweet_delay_seconds"]].head()

# %% [raw]
# # BEGIN QUESTION
# name: q6_1
# points: 2

# %% [markdown]
# ## Question 6.1 (2 points): eight tells
#
# Write `make_tells(table, office=0.5, burst=10, quick=600)`: a DataFrame with one row per
# account of `table` (the same index) and these eight True/False columns, named exactly so:
#
# | column | True when |
# |---|---|
# | `office hours` | `office_hours_share` is at least `office` |
# | `creation burst` | `created_same_day` is at least `burst` |
# | `name+digits handle` | `name_plus_digits_handle` is True |
# | `shared picture` | `shared_image_count` is at least 1 |
# | `copypasta` | `copypasta_share` is at least 0.5 |
# | `quick retweets` | `retweet_delay_seconds` (the median) is at most `quick` |
# | `switched language and app` | `language_switched` and `client_switched` are both True |
# | `loudspeaker` | `loudspeaker_index` is at least 10 |
#
# Some signals are missing (NaN) for accounts without the posts they need: an account that
# never retweeted has no retweet delay. Such an account does not show the tell, so its value is
# **False**: every value of the table must be True or False, none missing.

# %% [raw]
# # BEGIN SOLUTION

# %%
def make_tells(table, office=0.5, burst=10, quick=600):
    """Eight yes/no tells per account, from the signal table and three thresholds."""
    # BEGIN SOLUTION
    return pd.DataFrame({"office hours": table["office_hours_share"] >= office,
                         "creation burst": table["created_same_day"] >= burst,
                         "name+digits handle": table["name_plus_digits_handle"].astype(bool),
                         "shared picture": table["shared_image_count"] >= 1,
                         "copypasta": table["copypasta_share"] >= 0.5,
                         "quick retweets": table["retweet_delay_seconds"] <= quick,
                         "switched language and app": table["language_switched"] & table["client_switched"],
                         "loudspeaker": table["loudspeaker_index"] >= 10})
    # END SOLUTION


tells = make_tells(table)
tells.mean().round(3)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  make_tells should return a DataFrame with one row per account of table (its index) and the
  eight columns named in the question (check that your function ends with return).
""" # END TEST CONFIG
bool(isinstance(make_tells(table), pd.DataFrame) and set(make_tells(table).index) == set(table.index) and len(make_tells(table)) == len(table) and set(make_tells(table).columns) == {"office hours", "creation burst", "name+digits handle", "shared picture", "copypasta", "quick retweets", "switched language and app", "loudspeaker"})

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Some of your tells are missing (NaN) or are numbers, not True or False: for the accounts a
  signal has no value for, such as the accounts that never retweeted. An account without the
  behaviour does not show the tell, so its value is False, not unknown: compare the whole
  column (NaN <= 600 is already False), or fill the gaps with .fillna(False).
""" # END TEST CONFIG
bool(not isinstance(make_tells(table), pd.DataFrame) or (make_tells(table).notna().all().all() and all(pd.api.types.is_bool_dtype(dtype) for dtype in make_tells(table).dtypes)))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: check each tell against the question's table (at least is >=, at most is <=),
  and that your thresholds come from office, burst and quick, not from fixed numbers.
""" # END TEST CONFIG
(tuple(round(float(make_tells(table)[name].mean()), 4) for name in ["office hours", "creation burst", "name+digits handle", "shared picture", "copypasta", "quick retweets", "switched language and app", "loudspeaker"]), int(make_tells(table, 0.3, 5, 60).to_numpy().sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: make_tells is wrong on another data set (tiny) or with other thresholds.
""" # END TEST CONFIG
bool((lambda other: all(make_tells(other, office, burst, quick).sort_index().astype(bool).equals(pd.DataFrame({"office hours": other["office_hours_share"] >= office, "creation burst": other["created_same_day"] >= burst, "name+digits handle": other["name_plus_digits_handle"].astype(bool), "shared picture": other["shared_image_count"] >= 1, "copypasta": other["copypasta_share"] >= 0.5, "quick retweets": other["retweet_delay_seconds"] <= quick, "switched language and app": other["language_switched"] & other["client_switched"], "loudspeaker": other["loudspeaker_index"] >= 10})[list(make_tells(other, office, burst, quick).columns)].sort_index()) for office, burst, quick in ((0.3, 2, 60), (0.7, 4, 3600))))(signals.signal_table(inauthentic.load_dataset("tiny"), tz="UTC+8")))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q6_2
# points: 3

# %% [markdown]
# ## Question 6.2 (3 points): each tell alone
#
# Now, and only now, use the answer key. Write `score_tells(tells, labels)`: a DataFrame with
# one row per tell (its index: the names of the columns of `tells`) and the columns
# `precision`, `recall` and `f1`, measured against every campaign account
# (`labels["kind"] == "campaign"`):
#
# - **precision**: of the accounts the tell fires on, the share that are campaign accounts;
# - **recall**: of the campaign accounts, the share the tell fires on (an account missing from
#   `tells` was not flagged);
# - **F1**: one number that is high only when both are, the harmonic mean of the two.
#
# A tell that fires on nobody has precision 0, and F1 is 0 when precision and recall are both
# 0, as in the kit. Write it with pandas (you can work on all the columns at once: a
# DataFrame's `.sum()` counts the True values of each column); `evaluate.score(tells[name],
# labels)` gives the same numbers for one tell, if you want to check. The checks use
# `example_tells` below (four yes/no columns of the signal table), so that this question does
# not depend on your answer to 6.1; the cell under your function scores your own tells.

# %%
example_tells = table[["name_plus_digits_handle", "default_avatar", "empty_bio", "claims_us_location"]]

# %% [raw]
# # BEGIN SOLUTION

# %%
def score_tells(tells, labels):
    """Precision, recall and F1 of each True/False column of ``tells`` against the campaign accounts."""
    # BEGIN SOLUTION
    campaign = labels.set_index("userid")["kind"].eq("campaign")
    flags = tells.reindex(campaign.index, fill_value=False).astype(bool)
    hits = flags.loc[campaign].sum()
    precision = (hits / flags.sum()).fillna(0)
    recall = hits / campaign.sum()
    f1 = (2 * precision * recall / (precision + recall)).fillna(0)
    return pd.DataFrame({"precision": precision, "recall": recall, "f1": f1})
    # END SOLUTION


single = score_tells(tells, labels)
single.round(3).sort_values("f1", ascending=False)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  score_tells should return a DataFrame with one row per column of tells (the tells names as
  its index) and the columns precision, recall and f1, each between 0 and 1.
""" # END TEST CONFIG
bool(isinstance(score_tells(example_tells, labels), pd.DataFrame) and list(score_tells(example_tells, labels).index) == list(example_tells.columns) and {"precision", "recall", "f1"} <= set(score_tells(example_tells, labels).columns) and bool(((score_tells(example_tells, labels)[["precision", "recall", "f1"]] >= 0) & (score_tells(example_tells, labels)[["precision", "recall", "f1"]] <= 1)).all().all()))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Precision and recall are swapped. Precision divides by the accounts the tell fires on (how
  many of its accusations are right); recall divides by the campaign accounts (how many of
  them it finds).
""" # END TEST CONFIG
bool(not isinstance(score_tells(example_tells, labels), pd.DataFrame) or not np.allclose(score_tells(example_tells, labels)[["precision", "recall"]].astype(float).to_numpy(), [[evaluate.score(example_tells[name], labels).recall, evaluate.score(example_tells[name], labels).precision] for name in example_tells.columns]))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your F1 is the plain average (precision + recall) / 2. F1 is the harmonic mean,
  2 * precision * recall / (precision + recall): it stays low when either one is low, so a
  tell that flags everybody (recall 1, precision tiny) cannot score well.
""" # END TEST CONFIG
bool(not isinstance(score_tells(example_tells, labels), pd.DataFrame) or not np.allclose(score_tells(example_tells, labels)["f1"].astype(float), (score_tells(example_tells, labels)["precision"].astype(float) + score_tells(example_tells, labels)["recall"].astype(float)) / 2))

# %%
""" # BEGIN TEST CONFIG
points: 1.75
failure_message: >-
  Not right yet: a hit is an account that is both flagged and a campaign account (kind
  campaign); count accounts, treat accounts missing from tells as not flagged, and divide by
  the flagged accounts (precision) and by the campaign accounts (recall).
""" # END TEST CONFIG
"; ".join("%s %.3f %.3f %.3f" % (name, row["precision"], row["recall"], row["f1"]) for name, row in score_tells(example_tells, labels).iterrows())

# %%
""" # BEGIN TEST CONFIG
points: 0.75
hidden: true
failure_message: score_tells is wrong for other tells (one that fires on nobody, one given for only some accounts) or on another data set (tiny).
""" # END TEST CONFIG
bool(all(np.allclose(score_tells(some, key)[["precision", "recall", "f1"]].astype(float).to_numpy(), [[evaluate.score(some[name], key).precision, evaluate.score(some[name], key).recall, evaluate.score(some[name], key).f1] for name in some.columns]) for some, key in ((pd.DataFrame({"nobody": table["loudspeaker_index"] > 1e12, "burst": table["created_same_day"] >= 5}), labels), (pd.DataFrame({"quick": table["retweet_delay_seconds"] <= 60, "copies": table["copypasta_share"] >= 0.3}).iloc[::2], labels), ((lambda tiny: (pd.DataFrame({"clock": signals.office_hours_share(tiny.posts, "UTC+8") >= 0.4, "handle": signals.name_plus_digits_handle(tiny.accounts)}), tiny.labels))(inauthentic.load_dataset("tiny"))))))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q6_3
# points: 3

# %% [markdown]
# ## Question 6.3 (3 points): let the tells vote
#
# Write `flag_by_votes(table, k, office=0.5)`: a True/False Series indexed like `table`, True
# for the accounts on which at least `k` of the eight tells of `make_tells(table, office)`
# fire (count them with `.sum(axis=1)`). Use only `table`: a detector never looks at the
# answer key.
#
# Then score every `k` from 1 to 8 at once, as the lesson did: set `sweep` to
# `evaluate.threshold_sweep(votes, labels, thresholds=range(1, 9))`, where `votes` is the
# number of tells firing per account (with the default `office`), and set `best_k` to the `k`
# (the `threshold` column, as an `int`) of the row with the highest F1.

# %% [raw]
# # BEGIN SOLUTION

# %%
def flag_by_votes(table, k, office=0.5):
    """Flag the accounts on which at least ``k`` of the eight tells fire."""
    return make_tells(table, office=office).sum(axis=1) >= k  # SOLUTION


votes = make_tells(table).sum(axis=1)  # SOLUTION
sweep = evaluate.threshold_sweep(votes, labels, thresholds=range(1, 9))  # SOLUTION
best_k = int(sweep.loc[sweep["f1"].idxmax(), "threshold"])  # SOLUTION
print("best k:", best_k)
sweep.round(3)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  flag_by_votes should return a True/False Series indexed like table (one row per account),
  and sweep should have one row for each k from 1 to 8.
""" # END TEST CONFIG
bool(isinstance(flag_by_votes(table, 3), pd.Series) and pd.api.types.is_bool_dtype(flag_by_votes(table, 3)) and set(flag_by_votes(table, 3).index) == set(table.index) and list(sweep["threshold"].astype(int)) == list(range(1, 9)))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your flags change when the accounts are given other ids: the rule is reading the answer key
  (labels). A detector only sees the signals in table; labels are for measuring it afterwards
  (with threshold_sweep or evaluate.score).
""" # END TEST CONFIG
bool(not isinstance(flag_by_votes(table, 2), pd.Series) or (flag_by_votes(table.set_axis(-np.arange(1, len(table) + 1)), 2).to_numpy() == flag_by_votes(table, 2).to_numpy()).all())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rule flags the accounts that write in Chinese: that is language, not behaviour, and
  language is never evidence on its own (hundreds of genuine Americans here write Chinese, and
  no campaign account does). Count the eight tells of make_tells instead.
""" # END TEST CONFIG
bool(not isinstance(flag_by_votes(table, 2), pd.Series) or (flag_by_votes(table, 2) & (table["zh_post_share"] >= 0.5).reindex(flag_by_votes(table, 2).index, fill_value=False)).sum() < 0.5 * (table["zh_post_share"] >= 0.5).sum())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  best_k is the k with the highest recall, but recall is always highest at k = 1, where
  everyone who trips one tell is flagged, so it says nothing about the cost. Choose the k with
  the highest F1, which weighs the people wrongly flagged (precision) against the campaign
  found (recall).
""" # END TEST CONFIG
bool(not isinstance(globals().get("sweep"), pd.DataFrame) or "recall" not in sweep.columns or globals().get("best_k") != int(sweep["threshold"].iloc[int(sweep["recall"].to_numpy().argmax())]))

# %%
""" # BEGIN TEST CONFIG
points: 1.75
failure_message: >-
  Not right yet: flag an account when make_tells(table, office=office).sum(axis=1) is at least
  k; score the votes of the default tells with threshold_sweep, and take the threshold of the
  row with the largest f1 (idxmax).
""" # END TEST CONFIG
(int(flag_by_votes(table, 3).sum()), int(flag_by_votes(table, 2, 0.3).sum()), int(best_k), round(float(sweep["f1"].max()), 3))

# %%
""" # BEGIN TEST CONFIG
points: 0.75
hidden: true
failure_message: flag_by_votes is wrong on another data set (tiny, whose accounts the answer key you were given does not know) or with other settings.
""" # END TEST CONFIG
bool((lambda other: all(flag_by_votes(other, k, office).sort_index().equals((pd.concat([other["office_hours_share"] >= office, other["created_same_day"] >= 10, other["name_plus_digits_handle"].astype(bool), other["shared_image_count"] >= 1, other["copypasta_share"] >= 0.5, other["retweet_delay_seconds"] <= 600, other["language_switched"] & other["client_switched"], other["loudspeaker_index"] >= 10], axis=1).sum(axis=1) >= k).sort_index()) for k, office in ((1, 0.5), (2, 0.3), (3, 0.7))))(signals.signal_table(inauthentic.load_dataset("tiny"), tz="UTC+8")))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q6_4
# manual: true
# points: 2

# %% [markdown]
# ## Question 6.4 (2 points, read by your instructor): how many should agree?
#
# Look at `sweep` and at `single` (Question 6.2). In three or four sentences: which `k` would
# you use, and why? Quote its precision and recall, say what one tell fewer and one tell more
# would cost, and compare it with the best single tell.

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# I would require three tells, the k with the highest F1: about seven in ten of the accounts it
# flags are campaign accounts, and it finds about three quarters of the campaign. With two
# tells, recall rises a little but precision falls to about a third: several hundred genuine
# people would be accused, because partisans and fans easily trip two tells. With four, precision
# is close to 1 but half of the campaign is missed. Its F1 is clearly higher than that of the
# best single tell (the creation burst, precise but finding only about half): independent tells
# that agree are better evidence than any one of them.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q6_5
# points: 2

# %% [markdown]
# ## Question 6.5 (2 points): who pays?
#
# A rule's false positives are people. Write `false_positives_by_group(flags, labels)`: for a
# True/False Series `flags` indexed by userid, a DataFrame indexed by `group` with one row for
# each group that is **not** a campaign (`labels["kind"]` is `genuine` or `spam`), the columns
#
# - `accounts`: the group's number of accounts,
# - `flagged`: how many of them the rule flags (an account missing from `flags` was not flagged),
# - `rate`: `flagged` divided by `accounts`,
#
# and the rows sorted by `rate`, highest first. The checks use `example_flags` below (the
# office-hours tell alone, at 0.5); the cell under your function compares it with your vote
# rule at `best_k`. Use the real group names you see (`night_shift`, `fandom`, `partisan`,
# `new_account`...).

# %%
example_flags = table["office_hours_share"] >= 0.5

# %% [raw]
# # BEGIN SOLUTION

# %%
def false_positives_by_group(flags, labels):
    """Accounts, accounts flagged and the share flagged, for each group that is not a campaign."""
    # BEGIN SOLUTION
    flagged = flags.reindex(labels["userid"], fill_value=False).astype(bool).to_numpy()
    rows = pd.DataFrame({"group": labels["group"].to_numpy(), "flagged": flagged})[labels["kind"].ne("campaign").to_numpy()]
    counts = rows.groupby("group")["flagged"].agg(accounts="size", flagged="sum")
    counts["rate"] = counts["flagged"] / counts["accounts"]
    return counts.sort_values("rate", ascending=False)
    # END SOLUTION


clock_pays = false_positives_by_group(example_flags, labels)
votes_pay = false_positives_by_group(flag_by_votes(table, best_k), labels)
pd.DataFrame({"office hours alone": clock_pays["flagged"], f"at least {best_k} tells": votes_pay["flagged"]}).sort_values("office hours alone", ascending=False)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  false_positives_by_group should return a DataFrame indexed by group, with the columns
  accounts, flagged and rate, sorted by rate from the highest.
""" # END TEST CONFIG
bool(isinstance(false_positives_by_group(example_flags, labels), pd.DataFrame) and {"accounts", "flagged", "rate"} <= set(false_positives_by_group(example_flags, labels).columns) and false_positives_by_group(example_flags, labels)["rate"].is_monotonic_decreasing)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your table has a row for campaign_a: flagging a campaign account is a hit, not a false
  positive. Keep only the groups whose kind is not campaign (genuine people and spam).
""" # END TEST CONFIG
bool(not isinstance(false_positives_by_group(example_flags, labels), pd.DataFrame) or not set(labels.loc[labels["kind"].eq("campaign"), "group"]) & set(false_positives_by_group(example_flags, labels).index))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rates divide by the number of accounts FLAGGED, so they say where the flags fall, not
  how likely a member of a group is to be accused. Divide each group's flagged count by the
  group's own number of accounts.
""" # END TEST CONFIG
bool(not isinstance(false_positives_by_group(example_flags, labels), pd.DataFrame) or not {"flagged", "rate"} <= set(false_positives_by_group(example_flags, labels).columns) or not np.allclose(false_positives_by_group(example_flags, labels)["rate"].astype(float), false_positives_by_group(example_flags, labels)["flagged"].astype(float) / false_positives_by_group(example_flags, labels)["flagged"].astype(float).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: reindex the flags on labels.userid (missing accounts are not flagged), keep the
  accounts whose kind is not campaign, then count accounts and flagged accounts per group.
""" # END TEST CONFIG
"; ".join(sorted("%s %d/%d %.3f" % (group, row["flagged"], row["accounts"], row["rate"]) for group, row in false_positives_by_group(example_flags, labels).iterrows()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: false_positives_by_group is wrong for other rules (some given for only part of the accounts) or another data set (tiny).
""" # END TEST CONFIG
bool(all(false_positives_by_group(flags, key).sort_index()[["accounts", "flagged"]].astype(int).equals(evaluate.false_positive_rates(flags, key).set_index("group").sort_index()[["accounts", "flagged"]].astype(int)) and np.allclose(false_positives_by_group(flags, key).sort_index()["rate"].astype(float), evaluate.false_positive_rates(flags, key).set_index("group").sort_index()["rate"]) for flags, key in ((table["retweet_delay_seconds"] <= 600, labels), ((table["created_same_day"] >= 5).iloc[:1500], labels), ((lambda tiny: (signals.name_plus_digits_handle(tiny.accounts), tiny.labels))(inauthentic.load_dataset("tiny"))))))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q6_6
# manual: true
# points: 2

# %% [markdown]
# ## Question 6.6 (2 points, read by your instructor): what the evidence shows
#
# In four or five sentences: what does your vote rule's evidence show about the accounts it
# flags, and what can it never show, however many tells agree? Then say who pays for your rule
# (quote the groups and numbers from the table of Question 6.5), and what you would do before
# naming any flagged account in public.

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# The tells are behaviour: accounts made in the same bursts, with the same kind of handles and
# pictures, posting in the same office hours and echoing each other within minutes. When several
# agree they show that a set of accounts is coordinated and not who it claims to be. They cannot
# show who runs the accounts: a clock that fits Beijing's office hours says when people worked,
# not for whom, and attribution to a state needs evidence posts do not hold (infrastructure,
# payments, insiders, documents). Who pays: the office-hours tell alone wrongly flags almost all
# the night-shift workers and most fans; the vote rule spares the night shift but still flags
# dozens of fans (group fandom, whose debate nights trip three tells at once) and a few partisans
# and newcomers. Before naming an account I would read each one by hand, look for an innocent
# explanation, and publish the behaviour, not an accusation about who is behind it.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## When you are done
#
# Run every `grader.check` cell once more from the top (Kernel, Restart and Run All) and save
# the notebook. Hand in `06_weighing_evidence.ipynb` as your instructor asked; keep its name.
