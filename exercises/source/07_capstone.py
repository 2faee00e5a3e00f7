# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [raw]
# # ASSIGNMENT CONFIG
# name: 07_capstone
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
# # Exercise 07: Capstone investigation
#
# *About 150 minutes (two to three hours), mostly outside class. 16 points: 10 checked by the computer, 6 for your
# written report and one short written answer, which your instructor reads.*
#
# A platform you have not seen, at least one coordinated operation that may not behave like
# Campaign A, and **no answer key**. Lesson 07 (the briefing) told you what to bring; here you
# hand in the three parts it asked for:
#
# 1. **flagged accounts**: the userids you judge to be part of a coordinated operation
#    (Question 7.2), scored against the answer key in tiers of F1 (Question 7.1);
# 2. **an evidence table**: one row per flagged account, one True/False column per signal
#    (Question 7.3);
# 3. **a written report** of about a page (Question 7.4), and who you might be wrongly accusing
#    (Question 7.5).
#
# **How to work.** Investigate in as many cells as you like (add them above Question 7.2's
# answer cell), with the kit's functions from lessons 01 to 06. Replace each `...` with your
# code, then run the `grader.check` cell under it. The checks you can run only say whether your
# answer has the right *shape*; how many accounts you found, and how many you accused wrongly,
# is measured when your instructor grades, against an answer key you never see. Keep the
# notebook's name (`07_capstone.ipynb`): the checks find their tests by it.
#
# **No answer key.** The data is loaded without `labels`, as an investigator receives it. Do
# not open `labels.csv` or `INSTRUCTOR-ANSWER-KEY.md`: your class may be graded on a copy made
# with a private seed, whose accounts are not the ones in the shipped files anyway.

# %%
import numpy as np
import pandas as pd

import inauthentic
from inauthentic import coordination, evaluate, signals, textsim

np.random.seed(20261110)
data = inauthentic.load_dataset("capstone", labels=False)  # no answer key: data.labels is None
accounts, posts = data.accounts, data.posts

# Every per-account signal of lessons 01 to 06, one row per account. The clock columns are read
# in UTC+8 (Beijing): if you find another working zone, rebuild it with tz=...
table = signals.signal_table(data)
print(len(accounts), "accounts,", len(posts), "posts, from", posts["tweet_time"].min(), "to", posts["tweet_time"].max())

# %% [raw]
# # BEGIN QUESTION
# name: q7_1
# points: 1

# %% [markdown]
# ## Question 7.1 (1 point): how your list is scored
#
# Your flagged accounts are compared with the answer key: **F1** against all the accounts of
# every coordinated operation on the platform (spam and genuine accounts are not campaign
# accounts). Points come in tiers:
#
# | F1 | tier | points of Question 7.2 |
# |---|---|---|
# | `0.90` or more | `"excellent"` | 6 of 6 |
# | `0.75` to under `0.90` | `"good"` | 5 |
# | `0.50` to under `0.75` | `"partial"` | 3 |
# | under `0.50` | `"not yet"` | 1 (a well-formed list) |
#
# Write `tier(f1)`: the tier's name for an F1 score. Then try it on the practice platform `tiny`,
# which has a key: the rule below flags the accounts where two of three tells agree.

# %% [raw]
# # BEGIN SOLUTION

# %%
def tier(f1):
    """The tier of an F1 score: "excellent", "good", "partial" or "not yet"."""
    # BEGIN SOLUTION
    if f1 >= 0.9:
        return "excellent"
    if f1 >= 0.75:
        return "good"
    return "partial" if f1 >= 0.5 else "not yet"
    # END SOLUTION


practice = inauthentic.load_dataset("tiny")
tells = pd.DataFrame({"office hours (UTC+8)": signals.office_hours_share(practice.posts, tz="UTC+8") >= 0.5,
                      "name+digits handle": signals.name_plus_digits_handle(practice.accounts),
                      "shared picture": signals.shared_image_count(practice.accounts) >= 1}).fillna(False)
practice_score = evaluate.score(tells.index[tells.sum(axis=1) >= 2], practice.labels)
print(practice_score, "->", tier(practice_score.f1))

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  tier should return the tier's name as text, one of excellent, good, partial or not yet
  (check that your function ends with return).
""" # END TEST CONFIG
bool(all(tier(value) in ("excellent", "good", "partial", "not yet") for value in (0.0, 0.6, 0.8, 0.95)))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  A score exactly on a cut-off belongs to the tier above it: 0.90 itself is excellent, 0.75 is
  good and 0.50 is partial. Compare with >=, not >.
""" # END TEST CONFIG
bool([tier(value) for value in (0.9, 0.75, 0.5)] == ["excellent", "good", "partial"])

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: Not right yet; compare your tiers with the table in the question.
""" # END TEST CONFIG
[tier(value) for value in (0.0, 0.3, 0.55, 0.8, 0.95, 1.0)]

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: tier is wrong for other scores (just under and over each cut-off).
""" # END TEST CONFIG
bool([tier(value) for value in (0.4999, 0.5, 0.7499, 0.75, 0.8999, 0.9, 0.1, 0.66, 0.85)] == ["not yet", "partial", "partial", "good", "good", "excellent", "not yet", "partial", "good"])

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## The investigation
#
# Work through the briefing's checklist in your own cells, here. Some reminders:
#
# - **Candidates from one signal, tested with another.** A network, a creation burst or shared
#   texts give you a group; its clock, whom it echoes, or how its accounts were made tell you
#   whether it is an operation or a crowd of real people.
# - **Assume nothing.** The second operation may keep another clock, post other things and look
#   ordinary account by account. Try more than one co-action (retweets, links, hashtags, texts)
#   and more than one window. `coordination.cluster_summary(groups, accounts=accounts)` and
#   `signals.office_hours_fit_by_offset(posts, userids)` describe a group.
# - **Read accounts by hand**: `widgets.AccountCard` (lesson 06) shows an account's profile and posts.
# - **Never language, location or community alone.** They are not behaviour.

# %% [raw]
# # BEGIN QUESTION
# name: q7_2
# points: 6

# %% [markdown]
# ## Question 7.2 (6 points): flagged accounts
#
# Set `flagged` to the userids you judge to be part of a coordinated operation: a list, array,
# `Index` or Series **of userids** (not True/False values), each once. Put the code of your
# final rule in the cell below (the cells above it can hold your exploring).
#
# The check below only tests the shape: userids of this platform, none twice, not empty, not
# most of the platform (1 point). The other 5 points come from F1 against the answer key, in
# the tiers of Question 7.1, when your instructor grades.

# %% [raw]
# # BEGIN SOLUTION

# %%
# BEGIN SOLUTION
# 1. Candidates: accounts that post near-identical texts (word-set Jaccard >= 0.7, so that
#    light rewording still matches) within an hour of each other, at least three times.
near_copies = coordination.co_similar_text_edges(posts, window_seconds=3600, min_weight=3, threshold=0.7)
groups = coordination.clusters(near_copies)

# 2. A second, independent test for each group: does it keep a working week in some time zone?
#    A crowd of real people fits at most about 0.3 at its best offset; 0.6 is twice that.
fit = pd.DataFrame({group: signals.office_hours_fit_by_offset(posts, groups.index[groups == group])["office_hours_share"]
                    for group in groups.unique()}).T
group_fit, group_offset = fit.max(axis=1), fit.idxmax(axis=1)
working = group_fit.index[group_fit >= 0.6]
flagged = groups.index[groups.isin(working)]
print(pd.DataFrame({"accounts": groups.value_counts(), "best offset": group_offset, "office-week fit": group_fit.round(2),
                    "flagged": group_fit.index.isin(working)}))
# END SOLUTION

print(len(flagged), "accounts flagged")

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  flagged is a table (a DataFrame). Hand in the userids only: for a table of tells indexed by
  userid, the index of the rows you flag, e.g. tells.index[tells.sum(axis=1) >= 2].
""" # END TEST CONFIG
bool(not isinstance(flagged, pd.DataFrame))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  flagged holds True/False values, not userids. Hand in the userids of the accounts you flag:
  for a True/False Series indexed by userid, that is flags.index[flags].
""" # END TEST CONFIG
bool(not (isinstance(flagged, (pd.Series, np.ndarray, list)) and len(flagged) > 0 and pd.api.types.is_bool_dtype(pd.Series(list(flagged)))))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  flagged should be a list, array, Index or Series of userids of this platform (accounts
  userid), each once, and not empty.
""" # END TEST CONFIG
bool(isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and len(flagged) > 0 and pd.Index(list(flagged)).is_unique and pd.Index(list(flagged)).isin(accounts["userid"]).all())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  You flag most of the platform. The operations are a small part of it: a rule that flags
  everybody finds them all but accuses every genuine person too, and scores a low F1.
""" # END TEST CONFIG
bool(not (isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and 0 < len(flagged) and pd.Index(list(flagged)).is_unique and pd.Index(list(flagged)).isin(accounts["userid"]).all()) or len(flagged) <= 0.5 * len(accounts))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Nearly every account you flag writes mostly in one language other than English: the rule
  looks like a language rule. Language is never evidence on its own; it accuses whole
  communities of genuine people. Flag behaviour: copied texts, shared clocks, co-actions.
""" # END TEST CONFIG
bool(not (isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and 0 < len(flagged) and pd.Index(list(flagged)).is_unique and pd.Index(list(flagged)).isin(accounts["userid"]).all()) or float((pd.crosstab(posts["userid"], posts["tweet_language"], normalize="index").drop(columns="en", errors="ignore").reindex(list(flagged)).max(axis=1) >= 0.5).mean()) < 0.8)

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not a well-formed list yet: flagged should hold userids of accounts, each once, not empty
  and not most of the platform.
""" # END TEST CONFIG
bool(isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and 0 < len(flagged) <= 0.5 * len(accounts) and pd.Index(list(flagged)).is_unique and pd.Index(list(flagged)).isin(accounts["userid"]).all())

# %%
""" # BEGIN TEST CONFIG
points: 2
hidden: true
failure_message: F1 against the answer key is under 0.50 (tier not yet).
""" # END TEST CONFIG
bool(isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and 0 < len(flagged) and pd.Index(list(flagged)).is_unique and 2 * len(set(int(userid) for userid in pd.Index(list(flagged)).intersection(accounts["userid"])) & __CAMPAIGN_USERIDS__) / (len(flagged) + __CAMPAIGN_SIZE__) >= 0.5)

# %%
""" # BEGIN TEST CONFIG
points: 2
hidden: true
failure_message: F1 against the answer key is under 0.75 (at best tier partial).
""" # END TEST CONFIG
bool(isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and 0 < len(flagged) and pd.Index(list(flagged)).is_unique and 2 * len(set(int(userid) for userid in pd.Index(list(flagged)).intersection(accounts["userid"])) & __CAMPAIGN_USERIDS__) / (len(flagged) + __CAMPAIGN_SIZE__) >= 0.75)

# %%
""" # BEGIN TEST CONFIG
points: 1
hidden: true
failure_message: F1 against the answer key is under 0.90 (at best tier good).
""" # END TEST CONFIG
bool(isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and 0 < len(flagged) and pd.Index(list(flagged)).is_unique and 2 * len(set(int(userid) for userid in pd.Index(list(flagged)).intersection(accounts["userid"])) & __CAMPAIGN_USERIDS__) / (len(flagged) + __CAMPAIGN_SIZE__) >= 0.9)

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q7_3
# points: 3

# %% [markdown]
# ## Question 7.3 (3 points): the evidence table
#
# Set `evidence` to a DataFrame with **one row per flagged account** (indexed by exactly the
# userids in `flagged`) and **one True/False column per signal** you used, named so that a
# reader understands it ("posts near-copies within the hour", "created in a burst"). Every
# flagged account must be backed by at least one True, every cell must be True or False (no
# NaN), and there must be at least two signals. Language and location are not signals: a
# column that only says which language an account writes or where it says it lives costs a
# point when your instructor grades.

# %% [raw]
# # BEGIN SOLUTION

# %%
# BEGIN SOLUTION
# Each account's own posts read at its group's best offset: does the account itself keep the office week?
own_office = pd.concat([signals.office_hours_share(posts[posts["userid"].isin(groups.index[groups == group])], tz=float(group_offset[group]))
                        for group in working])
link_bursts = coordination.clusters(coordination.co_link_edges(posts, window_seconds=600, min_weight=5))
account_tells = pd.DataFrame({
    "posts near-copies of its group within the hour": table.index.isin(groups.index),
    "its group keeps an office week (fit >= 0.6)": table.index.isin(flagged),
    "its own posts keep that office week (>= 0.5)": own_office.reindex(table.index).ge(0.5).to_numpy(),
    "posts the same links within 10 minutes (5+ times)": table.index.isin(link_bursts.index),
    "reposts within 10 minutes (median)": table["retweet_delay_seconds"].le(600).to_numpy(),
    "created on a day with 10+ new accounts": table["created_same_day"].ge(10).to_numpy(),
    "shares a picture with another account": table["shared_image_count"].ge(1).to_numpy(),
}, index=table.index)
evidence = account_tells.loc[flagged]
# END SOLUTION

evidence.mean().round(2)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  evidence should be a DataFrame (one row per flagged account, one column per signal).
""" # END TEST CONFIG
bool(isinstance(evidence, pd.DataFrame))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Some cells of evidence are empty (NaN): a signal that was not measured for an account (no
  retweets, say), or Series with different indexes put side by side. Decide what a missing
  value means and fill it, e.g. .fillna(False), before .astype(bool).
""" # END TEST CONFIG
bool(not isinstance(evidence, pd.DataFrame) or not evidence.isna().any().any())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  The columns of evidence should be True/False: turn each measure into a yes/no signal with
  the threshold you justify in your report (table[column] >= threshold), not the numbers.
""" # END TEST CONFIG
bool(not isinstance(evidence, pd.DataFrame) or evidence.isna().any().any() or all(dtype == bool for dtype in evidence.dtypes))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  evidence should have at least two signals (columns): one signal alone is a lead, not evidence.
""" # END TEST CONFIG
bool(not isinstance(evidence, pd.DataFrame) or evidence.shape[1] >= 2)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  evidence should have exactly one row per flagged account: its index should hold the userids
  in flagged, each once, no more and no fewer (tells.loc[flagged]).
""" # END TEST CONFIG
bool(not isinstance(evidence, pd.DataFrame) or not (isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and len(flagged) > 0 and pd.Index(list(flagged)).is_unique and pd.Index(list(flagged)).isin(accounts["userid"]).all()) or (evidence.index.is_unique and set(evidence.index) == set(flagged)))

# %%
""" # BEGIN TEST CONFIG
points: 2
failure_message: >-
  Not complete yet: evidence should be a DataFrame indexed by exactly the userids in flagged
  (which must pass the checks of Question 7.2), with at least two True/False columns, no empty
  cells, and at least one True in every row: every flagged account needs a signal behind it.
""" # END TEST CONFIG
bool(isinstance(evidence, pd.DataFrame) and isinstance(flagged, (list, tuple, set, np.ndarray, pd.Index, pd.Series)) and len(flagged) > 0 and pd.Index(list(flagged)).is_unique and evidence.index.is_unique and set(evidence.index) == set(flagged) and evidence.shape[1] >= 2 and not evidence.isna().any().any() and all(dtype == bool for dtype in evidence.dtypes) and bool(evidence.any(axis=1).all()))

# %%
""" # BEGIN TEST CONFIG
points: 1
hidden: true
failure_message: >-
  A column of evidence is a language or location flag: on the flagged accounts it says no more
  than which language they write (or their interface language, or a claimed US location).
  Language and location are never evidence.
""" # END TEST CONFIG
bool(isinstance(evidence, pd.DataFrame) and (lambda shares, interface, located: not any(evidence[column].nunique() == 2 and (any(shares.loc[evidence.index[evidence[column].to_numpy()], language].min() >= 0.25 and shares.loc[evidence.index[evidence[column].to_numpy()], language].min() > shares.loc[evidence.index[~evidence[column].to_numpy()], language].max() for language in shares.columns) or any(evidence[column].eq(interface.reindex(evidence.index).eq(language)).all() for language in set(interface) - {"en"}) or evidence[column].eq(located.reindex(evidence.index).fillna(False)).all() or evidence[column].eq(~located.reindex(evidence.index).fillna(False).astype(bool)).all()) for column in evidence.columns if evidence[column].dtype == bool))(pd.crosstab(posts["userid"], posts["tweet_language"], normalize="index").drop(columns="en", errors="ignore").reindex(evidence.index).fillna(0.0), accounts.set_index("userid")["account_language"].astype(str), signals.claims_us_location(accounts).astype(bool)))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q7_4
# manual: true
# points: 4

# %% [markdown]
# ## Question 7.4 (4 points, read by your instructor): your report
#
# About a page (400 to 600 words), in Markdown, in the cell below. Say:
#
# - **what you found**: how many accounts, in how many groups, and what each group does;
# - **how**: the signals you used, in the order you used them, and the threshold of each, with
#   the reason for it (chance, the reporting, the shape of the data; never the answer key);
# - **how sure you are**, for each group, and which accounts you read by hand;
# - **what you cannot say**: who runs the accounts, from where, for whom.
#
# Describe behaviour, not identity ("these accounts post the same texts within the hour", not
# "these are foreign agents").

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# **Found.** I flag 215 accounts in five groups. Two are large: about 125 accounts that post
# lightly reworded copies of the same texts in English and Chinese, retweet one another's
# seed accounts within minutes and keep a Monday-to-Friday office week at UTC+8 (fit 0.9), and
# about 70 accounts that share the same articles of a handful of local-news-looking sites within
# minutes, each in its own paraphrase, on a Sunday-to-Thursday office week at UTC+3 (fit 0.67).
# Three small groups (2 to 11 accounts) post near-copies of the first group's scripts at UTC+8
# office hours and are likely its seed accounts.
#
# **How.** Candidates came from near-duplicate texts: accounts posting texts with a word-set
# Jaccard of 0.7 or more (rewording of a phrase or two keeps copies above it; different people's
# posts on one topic fall far below) within an hour of each other, at least three times
# (`co_similar_text_edges`, then connected components). That alone also finds news desks
# (syndicated wire copy), shop spam and a few partisans sharing slogans. Each group was then
# tested with an independent signal, its clock: the best office-week fit over every UTC offset.
# A crowd fits at most about 0.3 at its best offset (the news desks 0.32, the spam 0.26); I
# flagged groups at 0.6 or more, twice that. The evidence table adds per-account signals that
# were not used to flag: each account's own office week, link bursts, fast reposts, creation
# bursts and shared pictures. Most accounts of the UTC+8 group show several; the UTC+3 group
# shows link bursts and its office week but looks ordinary on every profile signal.
#
# **How sure.** Very sure of the two large groups (copying, a shared clock and co-action agree,
# and the accounts I read post campaign messages between filler). Less sure of the smallest
# groups and of the few accounts whose own clock does not fit their group. Accounts that never
# copy, such as careful personas that only retweet, are missed by this method.
#
# **Limits.** The data shows coordinated behaviour and office schedules, not who runs the
# accounts or where: an office week at UTC+8 or UTC+3 is a clock, not a nationality, and
# night-shift workers keep such clocks too. Attribution to a state or a company needs evidence
# this data does not hold (platform records, infrastructure, money).

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q7_5
# manual: true
# points: 2

# %% [markdown]
# ## Question 7.5 (2 points, read by your instructor): who might you be wrongly accusing?
#
# In four to six sentences: which genuine groups of people could look like your operations on
# each signal you used, which of them your rule might still have flagged, and how you checked.
# What would you do before naming any account in public?

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# Near-copies alone catch news desks (wire stories), shop spam and partisans repeating slogans;
# the clock test removes the first two, whose groups post around the clock, but a small group
# of partisans sharing the campaign's memes could still slip in with a large group, and I read
# the accounts whose own clock does not fit their group for that reason. Night-shift workers and
# fans keep a Beijing-office clock too, but they do not post copies, so the clock was only used
# on groups found by copying. Language was never used: the Chinese-speaking Americans and the
# diaspora organisations write Chinese, and a language rule would accuse them and miss the UTC+3
# group, which writes English. Before naming anyone I would publish the behaviour of the
# network, not handles, give the full list and evidence to the platform, and name only accounts
# I had read by hand with several agreeing signals.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## When you are done
#
# Run the notebook once more from the top (Kernel, Restart and Run All), check that `flagged`
# and `evidence` are what you mean to hand in, and save it. Hand in `07_capstone.ipynb` as your
# instructor asked; keep its name.
