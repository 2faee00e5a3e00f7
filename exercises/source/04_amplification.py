# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [raw]
# # ASSIGNMENT CONFIG
# name: 04_amplification
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
# # Exercise 04: Amplification
#
# *About 40 minutes. 10 points: 8 checked by the computer, 2 for a short written answer that
# your instructor reads.*
#
# Lesson 04 found loudspeakers (accounts that post a lot to almost nobody), the seed accounts
# they echo, and groups that applaud themselves. Here you write those measures yourself:
#
# 1. posts per day against followers (Question 4.1), and a loudspeaker rule (Question 4.2);
# 2. how fast the seeds are echoed (Question 4.3);
# 3. how much of an account's applause comes from inside a group (Question 4.4);
# 4. who else the rule catches (Question 4.5).
#
# **How to work.** Replace each `...` with your code, then run the `grader.check` cell under
# it: it tells you straight away whether your answer passes the checks, and if not, a hint
# about the likely mistake. Your instructor may run more checks (other accounts, other
# settings) when grading, so write code that works in general. Keep the notebook's name
# (`04_amplification.ipynb`): the checks find their tests by it.
#
# **The answer key.** `labels` says which accounts belong to a campaign. A detector never sees
# it: use it only where a question says so, to *measure* a rule, never inside one.

# %%
import numpy as np
import pandas as pd

import inauthentic
from inauthentic import evaluate, signals

np.random.seed(20261104)
data = inauthentic.load_dataset("classroom")
accounts, posts, labels = data.accounts, data.posts, data.labels  # labels: the answer key

# Picked for you with the answer key, so that you can see what a true fit looks like:
# Campaign A's seed accounts and the accounts of Campaign A.
seeds = labels.loc[labels["role"].eq("seed"), "userid"]
campaign = labels.loc[labels["group"].eq("campaign_a"), "userid"]

# %% [raw]
# # BEGIN QUESTION
# name: q4_1
# points: 2

# %% [markdown]
# ## Question 4.1 (2 points): posts per day
#
# Write `posts_per_day(accounts, posts)`: for **every** account in `accounts` (0 for one that
# never posted), its number of posts divided by the length of the whole collection in days
# (from the first to the last post in `posts`, as a decimal number of days, at least 1), as a
# Series indexed by `userid`.

# %% [raw]
# # BEGIN SOLUTION

# %%
def posts_per_day(accounts, posts):
    """Posts per day of every account, over the whole collection period."""
    # BEGIN SOLUTION
    days = max((posts["tweet_time"].max() - posts["tweet_time"].min()) / pd.Timedelta(days=1), 1.0)
    return posts["userid"].value_counts().reindex(accounts["userid"].to_numpy(), fill_value=0) / days
    # END SOLUTION


volume = posts_per_day(accounts, posts)
volume.sort_values(ascending=False).head()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  posts_per_day should return a Series with one row for every account in accounts (use
  .reindex(accounts["userid"], fill_value=0) for those that never posted).
""" # END TEST CONFIG
bool(isinstance(volume, pd.Series) and set(volume.index) == set(accounts["userid"]) and len(volume) == len(accounts))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your numbers are counts of posts, not rates: divide by the number of days between the first
  and the last post of the collection.
""" # END TEST CONFIG
bool(not isinstance(volume, pd.Series) or not np.allclose(volume.sort_index().to_numpy(dtype=float), posts["userid"].value_counts().reindex(accounts["userid"].to_numpy(), fill_value=0).sort_index().to_numpy(dtype=float)))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: the number of days is (last post time - first post time) / pd.Timedelta(days=1)
  for the whole table, the same for every account.
""" # END TEST CONFIG
(round(float(volume.max()), 2), round(float(volume.loc[campaign].median()), 2), int((volume >= 72).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: posts_per_day is wrong on another data set (the tiny one).
""" # END TEST CONFIG
bool(np.allclose(posts_per_day(inauthentic.load_dataset("tiny").accounts, inauthentic.load_dataset("tiny").posts).to_numpy(dtype=float), (signals.loudspeaker_index(inauthentic.load_dataset("tiny").accounts, inauthentic.load_dataset("tiny").posts) * np.log10(inauthentic.load_dataset("tiny").accounts.set_index("userid")["follower_count"] + 10)).to_numpy(dtype=float)))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q4_2
# points: 2

# %% [markdown]
# ## Question 4.2 (2 points): a loudspeaker rule
#
# Volume alone catches genuine heavy posters and busy public figures. The kit's
# `signals.loudspeaker_index(accounts, posts)` divides posts per day by the audience in orders
# of magnitude, `log10(followers + 10)`. Write `flag_loudspeakers(accounts, posts, threshold)`:
# a True/False Series indexed by `userid`, True where the loudspeaker index is at least
# `threshold`. Use only `accounts` and `posts`.

# %% [raw]
# # BEGIN SOLUTION

# %%
def flag_loudspeakers(accounts, posts, threshold):
    """Flag the accounts whose loudspeaker index is at least ``threshold``."""
    return signals.loudspeaker_index(accounts, posts) >= threshold  # SOLUTION


loud_flags = flag_loudspeakers(accounts, posts, 10)
int(loud_flags.sum())

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  flag_loudspeakers should return a True/False Series indexed by userid, one row for every
  account in accounts.
""" # END TEST CONFIG
bool(isinstance(loud_flags, pd.Series) and loud_flags.dtype == bool and set(loud_flags.index) == set(accounts["userid"]))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rule flags by posts per day alone: it ignores the audience, so busy accounts with large
  followings are flagged too. Divide by log10(followers + 10), or use signals.loudspeaker_index.
""" # END TEST CONFIG
bool(not isinstance(loud_flags, pd.Series) or not loud_flags.sort_index().equals((posts["userid"].value_counts().reindex(accounts["userid"].to_numpy(), fill_value=0) / max((posts["tweet_time"].max() - posts["tweet_time"].min()) / pd.Timedelta(days=1), 1.0) >= 10).sort_index()))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: flag where signals.loudspeaker_index(accounts, posts) is at least threshold
  (>=, not >).
""" # END TEST CONFIG
(int(loud_flags.sum()), round(evaluate.score(loud_flags, labels).precision, 3), round(evaluate.score(loud_flags, labels).recall, 3))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: flag_loudspeakers is wrong for other thresholds.
""" # END TEST CONFIG
bool(all(int(flag_loudspeakers(accounts, posts, limit).sum()) == int((signals.loudspeaker_index(accounts, posts) >= limit).sum()) for limit in (2, 5, 25)))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q4_3
# points: 2

# %% [markdown]
# ## Question 4.3 (2 points): how fast are the seeds echoed?
#
# `signals.retweet_delays(posts)` lists every retweet with `delay_seconds`, the seconds since
# the original was posted, and `retweet_userid`, whose post it was. Write
# `echo_delay(posts, seed_userids)`: for every account that retweeted the seeds, the **median**
# delay of its retweets of their posts, as a Series indexed by the retweeter's `userid`.

# %% [raw]
# # BEGIN SOLUTION

# %%
def echo_delay(posts, seed_userids):
    """Median delay (seconds) of each account's retweets of the seeds' posts."""
    # BEGIN SOLUTION
    delays = signals.retweet_delays(posts)
    of_seeds = delays[delays["retweet_userid"].isin(seed_userids)]
    return of_seeds.groupby("userid")["delay_seconds"].median()
    # END SOLUTION


seed_delay = echo_delay(posts, seeds)
seed_delay.describe()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  echo_delay should return a Series indexed by the accounts that retweeted the seeds, one
  delay in seconds each (group by userid).
""" # END TEST CONFIG
bool(isinstance(seed_delay, pd.Series) and seed_delay.index.is_unique and len(seed_delay) > 0 and bool((seed_delay >= 0).all()))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your delays are means, not medians: a few retweets made days later pull a mean far from the
  typical delay. Use .median().
""" # END TEST CONFIG
bool(not isinstance(seed_delay, pd.Series) or not np.allclose(seed_delay.sort_index().to_numpy(dtype=float), signals.retweet_delays(posts).loc[lambda d: d["retweet_userid"].isin(seeds)].groupby("userid")["delay_seconds"].mean().sort_index().to_numpy(dtype=float)))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: keep the retweets whose retweet_userid is one of the seeds (.isin), then take
  each retweeter's median delay_seconds.
""" # END TEST CONFIG
(len(seed_delay), round(float(seed_delay.median()), 1), round(float(seed_delay.loc[seed_delay.index.isin(campaign)].median()), 1))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: echo_delay is wrong for other seed accounts.
""" # END TEST CONFIG
bool(all(np.allclose(echo_delay(posts, group).sort_index().to_numpy(dtype=float), signals.seed_retweet_delay(posts, group).sort_index().to_numpy(dtype=float)) for group in (seeds.iloc[:2], posts["userid"].value_counts().index[:50])))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q4_4
# points: 2

# %% [markdown]
# ## Question 4.4 (2 points): applause from inside
#
# Write `inside_share(posts, group_userids)`: for every account that received a retweet or a
# reply from **another** account, the share of them that came from the accounts in
# `group_userids`. A retweet's target is `retweet_userid` (where `is_retweet`), a reply's is
# `in_reply_to_userid`; an account engaging with its own posts does not count. The small
# table `example` below has three posts: account 1 retweets itself, account 2 retweets account
# 1, and account 1 replies to account 2.

# %%
example = pd.DataFrame({"userid": [1, 2, 1], "is_retweet": [True, True, False],
                        "retweet_userid": pd.array([1, 1, None], dtype="Int64"),
                        "in_reply_to_userid": pd.array([None, None, 2], dtype="Int64")})
example

# %% [raw]
# # BEGIN SOLUTION

# %%
def inside_share(posts, group_userids):
    """Share of the retweets and replies each account receives that come from ``group_userids``."""
    # BEGIN SOLUTION
    target = posts["retweet_userid"].where(posts["is_retweet"], posts["in_reply_to_userid"])
    engaged = pd.DataFrame({"engager": posts["userid"], "target": target}).dropna()
    engaged = engaged[engaged["engager"] != engaged["target"]].astype("int64")
    return engaged["engager"].isin(group_userids).groupby(engaged["target"]).mean()
    # END SOLUTION


applause = inside_share(posts, campaign)
applause.loc[applause.index.isin(seeds)].round(2)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  inside_share should return a Series of shares between 0 and 1, indexed by the accounts that
  received engagement.
""" # END TEST CONFIG
bool(isinstance(applause, pd.Series) and len(applause) > 0 and bool(((applause >= 0) & (applause <= 1)).all()))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your shares count accounts retweeting or replying to themselves (in the small example,
  account 1 retweets its own post): that is not applause from anyone. Drop the rows where the
  engager is the target.
""" # END TEST CONFIG
bool(not isinstance(inside_share(example, [2]), pd.Series) or 1 not in inside_share(example, [2]).index or not np.isclose(float(inside_share(example, [2]).loc[1]), 0.5))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: a retweet's target is retweet_userid, a reply's in_reply_to_userid; keep the
  rows with a target, drop self-engagement, then take each target's mean of "engager is in the
  group".
""" # END TEST CONFIG
(sorted((int(k), round(float(v), 3)) for k, v in inside_share(example, [2]).items()), len(applause), round(float(applause.loc[applause.index.isin(seeds)].min()), 3))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: inside_share is wrong for another group.
""" # END TEST CONFIG
bool(np.allclose(inside_share(posts, labels.loc[labels["group"].eq("partisan"), "userid"]).sort_index().to_numpy(dtype=float), signals.internal_engagement_share(posts, labels.loc[labels["group"].eq("partisan"), "userid"]).sort_index().to_numpy(dtype=float)))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q4_5
# manual: true
# points: 2

# %% [markdown]
# ## Question 4.5 (2 points, read by your instructor): who else is loud?
#
# Use the answer key to measure your rule of Question 4.2:
# `evaluate.false_positive_rates(loud_flags, labels)` lists, group by group, the share of
# genuine accounts it flags. In three or four sentences: which genuine people does a
# loudspeaker rule catch, why, and which of Questions 4.3 and 4.4 would you add before flagging
# anyone, and why?

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# The rule catches genuine heavy posters most: real people who post all day to a small
# audience have the same volume-to-followers ratio as a loudspeaker, and spam accounts too.
# Volume and audience say how an account behaves, not who runs it or whether it is
# coordinated. I would add what a lone heavy poster lacks: echoing the same little-followed
# seeds within seconds (Question 4.3), or receiving most of one's applause from inside the
# group (Question 4.4), which needs a network around the account.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## When you are done
#
# Run every `grader.check` cell once more from the top (Kernel, Restart and Run All) and save
# the notebook. Hand in `04_amplification.ipynb` as your instructor asked; keep its name.
