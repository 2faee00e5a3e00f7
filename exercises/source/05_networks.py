# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [raw]
# # ASSIGNMENT CONFIG
# name: 05_networks
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
# # Exercise 05: Networks
#
# *About 50 minutes. 14 points: 11 checked by the computer, 3 for two short written answers
# that your instructor reads.*
#
# Lesson 05 linked accounts that retweeted the same post within a short window, and found
# that fans and genuine partisans cluster too. Here you build that network yourself:
#
# 1. find co-retweet links by hand on a small table, and check them against the kit
#    (Questions 5.1 and 5.2);
# 2. choose a window from the precision and recall it gives (Questions 5.3 and 5.4);
# 3. tell a fandom's debate-night burst and genuine partisans from the campaign, without the
#    answer key (Questions 5.5 to 5.7).
#
# **How to work.** Replace each `...` with your code, then run the `grader.check` cell under
# it: it tells you straight away whether your answer passes the checks, and if not, a hint
# about the likely mistake. Your instructor may run more checks (other tables, other windows)
# when grading, so write code that works in general, not just for the example. Keep the
# notebook's name (`05_networks.ipynb`): the checks find their tests by it.
#
# **The answer key.** `labels` says which accounts belong to a campaign. A detector never sees
# it: use it only where a question says so, to *measure* a rule, never inside one.

# %%
import numpy as np
import pandas as pd

import inauthentic
from inauthentic import coordination, evaluate

np.random.seed(20261105)
data = inauthentic.load_dataset("classroom")
accounts, posts, labels = data.accounts, data.posts, data.labels  # labels: the answer key

# A small table of retweets: five accounts (1 to 5) retweeting four posts (201 to 204).
times = ["09:00:00", "09:00:20", "09:00:50", "09:05:00", "11:00:00", "11:00:30",
         "11:02:00", "13:00:00", "13:00:10", "13:00:40", "15:00:00", "15:00:45"]
toy = pd.DataFrame({"tweetid": range(1, 13), "userid": [1, 2, 3, 4, 1, 2, 5, 2, 1, 3, 4, 5],
                    "tweet_time": pd.to_datetime("2026-10-01 " + pd.Series(times), utc=True),
                    "is_retweet": True, "retweet_tweetid": [201, 201, 201, 201, 202, 202, 202, 203, 203, 203, 204, 204]})
toy

# %% [raw]
# # BEGIN QUESTION
# name: q5_1
# points: 3

# %% [markdown]
# ## Question 5.1 (3 points): co-retweet links by hand
#
# Write `co_retweet_pairs(retweets, window_seconds)`: a DataFrame with the columns `userid_a`,
# `userid_b` and `weight`, one row for each pair of **different** accounts that retweeted the
# same original (`retweet_tweetid`) at most `window_seconds` apart. Count each pair **once**,
# with the smaller id in `userid_a`; `weight` is the number of different originals the two
# retweeted that close together.
#
# *Hint:* merge the table with itself on `retweet_tweetid`, keep the close pairs, then group.

# %% [raw]
# # BEGIN SOLUTION

# %%
def co_retweet_pairs(retweets, window_seconds):
    """Pairs of accounts that retweeted the same originals at most ``window_seconds`` apart."""
    # BEGIN SOLUTION
    pairs = retweets.merge(retweets, on="retweet_tweetid", suffixes=("_a", "_b"))
    close = (pairs["tweet_time_a"] - pairs["tweet_time_b"]).abs() <= pd.Timedelta(seconds=window_seconds)
    pairs = pairs[close & (pairs["userid_a"] < pairs["userid_b"])]
    return pairs.groupby(["userid_a", "userid_b"])["retweet_tweetid"].nunique().rename("weight").reset_index()
    # END SOLUTION


co_retweet_pairs(toy, 60)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  co_retweet_pairs should return a DataFrame with the columns userid_a, userid_b and weight
  (check that your function ends with return, and use .reset_index() after grouping).
""" # END TEST CONFIG
bool(isinstance(co_retweet_pairs(toy, 60), pd.DataFrame) and {"userid_a", "userid_b", "weight"} <= set(co_retweet_pairs(toy, 60).columns))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Some of your pairs join an account with itself (self-loops): a retweet always matches
  itself in the merge. Keep only pairs of two different accounts.
""" # END TEST CONFIG
bool(not isinstance(co_retweet_pairs(toy, 60), pd.DataFrame) or not (co_retweet_pairs(toy, 60)["userid_a"] == co_retweet_pairs(toy, 60)["userid_b"]).any())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your table counts each pair in both directions (a with b, and b with a): the merge finds
  every pair twice. Keep one of them, the one with the smaller id in userid_a.
""" # END TEST CONFIG
bool(not isinstance(co_retweet_pairs(toy, 60), pd.DataFrame) or not (co_retweet_pairs(toy, 60)["userid_a"] > co_retweet_pairs(toy, 60)["userid_b"]).any())

# %%
""" # BEGIN TEST CONFIG
points: 1.5
failure_message: >-
  The pairs or weights are not right yet. Two retweets are close when the absolute gap between
  their times is at most window_seconds (inclusive), and the weight counts different originals,
  not retweets.
""" # END TEST CONFIG
sorted(tuple(int(value) for value in row) for row in co_retweet_pairs(toy, 60)[["userid_a", "userid_b", "weight"]].to_numpy())

# %%
""" # BEGIN TEST CONFIG
points: 1
hidden: true
failure_message: co_retweet_pairs is wrong for other windows or on a slice of the classroom retweets (compared with the kit).
""" # END TEST CONFIG
bool(all(sorted(tuple(int(v) for v in row) for row in co_retweet_pairs(table, window)[["userid_a", "userid_b", "weight"]].to_numpy()) == sorted(tuple(int(v) for v in row) for row in coordination.co_retweet_edges(table, window_seconds=window, min_weight=1).query("source < target")[["source", "target", "weight"]].to_numpy()) for table, window in ((toy, 300), (toy, 10), (posts[posts["is_retweet"]].iloc[:3000], 30))))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q5_2
# points: 2

# %% [markdown]
# ## Question 5.2 (2 points): the kit agrees, and scales
#
# `coordination.co_retweet_edges(posts, window_seconds, min_weight)` gives the same links with
# the columns `source, target, weight`, in **both** directions. Set `kit_one_way` to the kit's
# links on `toy` (60 seconds, `min_weight=1`) in one direction only, so that they can be
# compared with yours.
#
# Then write `network_clusters(posts, window_seconds, min_weight=2)`: the clusters of the whole
# network, as `coordination.clusters` gives them (a Series: userid to cluster number).

# %% [raw]
# # BEGIN SOLUTION

# %%
kit_edges = coordination.co_retweet_edges(toy, window_seconds=60, min_weight=1)
kit_one_way = kit_edges[kit_edges["source"] < kit_edges["target"]]  # SOLUTION


def network_clusters(posts, window_seconds, min_weight=2):
    """Clusters of the co-retweet network: a Series from userid to cluster number."""
    return coordination.clusters(coordination.co_retweet_edges(posts, window_seconds=window_seconds, min_weight=min_weight))  # SOLUTION


found = network_clusters(posts, 60)
len(found), found.nunique()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  kit_one_way should keep each of the kit's links once, the row with source smaller than
  target (filter kit_edges with a condition on its two columns); it then matches Question 5.1.
""" # END TEST CONFIG
sorted(tuple(int(value) for value in row) for row in kit_one_way[["source", "target", "weight"]].to_numpy())

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  network_clusters should return a Series indexed by userid, one cluster number per account:
  pass the kit's edges to coordination.clusters.
""" # END TEST CONFIG
bool(isinstance(network_clusters(posts, 60), pd.Series) and set(network_clusters(posts, 60).index) <= set(posts["userid"]))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  Not quite: build the edges with the window_seconds and min_weight you are given (not the
  defaults), then cluster them.
""" # END TEST CONFIG
(len(network_clusters(posts, 60)), int(network_clusters(posts, 60).nunique()), len(network_clusters(posts, 30, 3)))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: network_clusters is wrong for another window and minimum weight.
""" # END TEST CONFIG
bool(network_clusters(posts, 120, 4).sort_index().equals(coordination.clusters(coordination.co_retweet_edges(posts, window_seconds=120, min_weight=4)).sort_index()))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q5_3
# points: 2

# %% [markdown]
# ## Question 5.3 (2 points): what each window costs
#
# Write `window_table(posts, labels, windows)`: a DataFrame indexed by the windows (in
# seconds), with the columns `precision` and `recall` of the rule "flag every account in a
# co-retweet cluster" (`network_clusters(posts, window)`, default `min_weight`), measured with
# `evaluate.score(flagged, labels)` against all campaign accounts. Here the answer key is used
# to *measure* the rule, as it should be.

# %% [raw]
# # BEGIN SOLUTION

# %%
def window_table(posts, labels, windows):
    """Precision and recall of flagging every clustered account, for each window."""
    # BEGIN SOLUTION
    scores = [evaluate.score(network_clusters(posts, window).index, labels) for window in windows]
    return pd.DataFrame({"precision": [s.precision for s in scores], "recall": [s.recall for s in scores]}, index=list(windows))
    # END SOLUTION


by_window = window_table(posts, labels, [10, 60, 300])
by_window

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  window_table should return a DataFrame with one row per window (the windows as its index)
  and the columns precision and recall, each between 0 and 1.
""" # END TEST CONFIG
bool(isinstance(by_window, pd.DataFrame) and list(by_window.index) == [10, 60, 300] and {"precision", "recall"} <= set(by_window.columns) and bool(((by_window[["precision", "recall"]] >= 0) & (by_window[["precision", "recall"]] <= 1)).all().all()))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Precision and recall are swapped. Precision is the share of the accounts you flagged that are
  campaign accounts (how many accusations are right); recall is the share of the campaign's
  accounts that you flagged (how many of them you found).
""" # END TEST CONFIG
bool(not isinstance(by_window, pd.DataFrame) or 60 not in by_window.index or not np.allclose(by_window.loc[60, ["precision", "recall"]].astype(float), (evaluate.score(found.index, labels).recall, evaluate.score(found.index, labels).precision)))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: for each window, flag the accounts in network_clusters(posts, window) (its
  index) and read .precision and .recall from evaluate.score(flagged, labels).
""" # END TEST CONFIG
[(int(window), round(float(row["precision"]), 3), round(float(row["recall"]), 3)) for window, row in by_window.iterrows()]

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: window_table is wrong for other windows.
""" # END TEST CONFIG
bool(np.allclose(window_table(posts, labels, [20, 120]).loc[[20, 120], ["precision", "recall"]].astype(float).to_numpy(), [[evaluate.score(coordination.clusters(coordination.co_retweet_edges(posts, window_seconds=w)).index, labels).precision, evaluate.score(coordination.clusters(coordination.co_retweet_edges(posts, window_seconds=w)).index, labels).recall] for w in (20, 120)]))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q5_4
# manual: true
# points: 2

# %% [markdown]
# ## Question 5.4 (2 points, read by your instructor): choose a window
#
# Look at `by_window` (add other windows if you like). In three or four sentences: which window
# would you use to build the network, and why? Quote the precision and recall it gives, say
# what a narrower and a wider window would cost, and who the wrongly flagged accounts are likely
# to be.

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# I would use 60 seconds. In the table it finds the largest share of the campaign of the three
# narrow settings for a precision no worse than the others: at 10 seconds both precision and
# recall are lower (the fastest retweeters are fans and partisans watching live), and at 300
# seconds recall grows a little but precision falls, because more genuine people who happen to
# share popular posts are joined in. Precision stays low at every window, so most flagged
# accounts are genuine (fans on debate nights and partisans): the network is a lead to look
# into, not a verdict, and needs a second signal before anyone is accused.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q5_5
# points: 2

# %% [markdown]
# ## Question 5.5 (2 points): when does each cluster act?
#
# A fandom acts in bursts, around a live event; a campaign works every day. Write
# `daily_retweets(posts, clusters)`: the number of retweets made by each cluster's accounts on
# each day of the **US Eastern calendar** (`America/New_York`), as a Series with a two-level
# index named `cluster` and `day` (the day as text, `"%Y-%m-%d"`).
#
# The cell under your function finds the burstiest cluster (its busiest day furthest above its
# usual, median day) and its two busiest days: the live events.

# %% [raw]
# # BEGIN SOLUTION

# %%
def daily_retweets(posts, clusters):
    """Retweets per cluster and US Eastern day, indexed by (cluster, day)."""
    # BEGIN SOLUTION
    clustered = posts[posts["is_retweet"] & posts["userid"].isin(clusters.index)]
    day = clustered["tweet_time"].dt.tz_convert("America/New_York").dt.strftime("%Y-%m-%d")
    return clustered.groupby([clustered["userid"].map(clusters).rename("cluster"), day.rename("day")]).size()
    # END SOLUTION


daily = daily_retweets(posts, found)
peak_to_usual = daily.groupby(level="cluster").max() / daily.groupby(level="cluster").median()
event_days = sorted(daily.loc[peak_to_usual.idxmax()].nlargest(2).index)
event_days

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  daily_retweets should return a Series with a two-level index named cluster and day, counting
  only retweets (is_retweet) of the accounts in clusters.
""" # END TEST CONFIG
bool(isinstance(daily, pd.Series) and list(daily.index.names) == ["cluster", "day"] and int(daily.sum()) == int((posts["is_retweet"] & posts["userid"].isin(found.index)).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your days are UTC days: an evening in the United States is already the next day in UTC.
  Convert tweet_time to America/New_York before taking the date.
""" # END TEST CONFIG
bool(not isinstance(daily, pd.Series) or not daily.sort_index().equals(posts[posts["is_retweet"] & posts["userid"].isin(found.index)].groupby([posts["userid"].map(found).rename("cluster"), posts["tweet_time"].dt.strftime("%Y-%m-%d").rename("day")]).size().sort_index()))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: count retweets per (cluster, day), with the cluster taken from clusters
  (userid to cluster) and the day on the America/New_York calendar.
""" # END TEST CONFIG
(event_days, int(daily.max()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: daily_retweets is wrong for other clusters.
""" # END TEST CONFIG
bool(all(int(count) == int(((posts["userid"].map(network_clusters(posts, 300)) == cluster) & posts["is_retweet"] & (posts["tweet_time"].dt.tz_convert("America/New_York").dt.strftime("%Y-%m-%d") == day)).sum()) for (cluster, day), count in daily_retweets(posts, network_clusters(posts, 300)).sort_values().iloc[::40].items()))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q5_6
# points: 2

# %% [markdown]
# ## Question 5.6 (2 points): whom does a cluster echo?
#
# With the two evenings set aside (the cell below), the fans fall out of the network, but a
# cluster of genuine partisans (group `partisan`) remains: they retweet their candidate fast on
# ordinary days too. Partisans echo well-followed accounts (candidates, party figures, news
# desks); a campaign echoes its own little-known seeds.
#
# Write `flag_campaign(posts, accounts, clusters, max_followers)`: a True/False Series indexed
# by the clustered accounts (`clusters.index`), True for the accounts of every cluster whose
# retweets echo accounts with a **median** `follower_count` (from `accounts`; the echoed
# account is `retweet_userid`) of at most `max_followers`. Use only `posts` and `accounts`.

# %%
eastern_day = posts["tweet_time"].dt.tz_convert("America/New_York").dt.strftime("%Y-%m-%d")
without_events = posts[~eastern_day.isin(event_days)]
steady = network_clusters(without_events, 60)

# %% [raw]
# # BEGIN SOLUTION

# %%
def flag_campaign(posts, accounts, clusters, max_followers):
    """Flag the clusters whose retweets echo accounts with a median follower count <= max_followers."""
    # BEGIN SOLUTION
    retweets = posts[posts["is_retweet"] & posts["userid"].isin(clusters.index)]
    echoed = retweets["retweet_userid"].map(accounts.set_index("userid")["follower_count"])
    median = echoed.groupby(retweets["userid"].map(clusters)).median()
    return pd.Series(clusters.map(median).le(max_followers).to_numpy(dtype=bool), index=clusters.index)
    # END SOLUTION


campaign_flags = flag_campaign(without_events, accounts, steady, 10_000)
int(campaign_flags.sum())

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  flag_campaign should return a True/False Series indexed by the clustered accounts
  (clusters.index), one row each.
""" # END TEST CONFIG
bool(isinstance(campaign_flags, pd.Series) and campaign_flags.dtype == bool and set(campaign_flags.index) == set(steady.index))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your flags split a cluster along the answer key: the rule is reading labels. A detector only
  sees posts and accounts, and every account of a cluster gets the same verdict; labels are for
  measuring the rule afterwards.
""" # END TEST CONFIG
bool(not isinstance(flag_campaign(without_events, accounts, pd.Series(0, index=steady.index), 10_000), pd.Series) or flag_campaign(without_events, accounts, pd.Series(0, index=steady.index), 10_000).nunique() <= 1)

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: for each cluster, take the follower_count of the accounts its members
  retweeted (retweet_userid), their median, and flag the whole cluster when it is at most
  max_followers.
""" # END TEST CONFIG
(int(campaign_flags.sum()), round(evaluate.score(campaign_flags, labels).precision, 3), int(flag_campaign(without_events, accounts, steady, 10_000_000).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: flag_campaign is wrong for other clusters and thresholds.
""" # END TEST CONFIG
bool(all(flag_campaign(posts, accounts, network_clusters(posts, 300), limit).sum() == network_clusters(posts, 300).map(posts[posts["is_retweet"] & posts["userid"].isin(network_clusters(posts, 300).index)].pipe(lambda rt: rt["retweet_userid"].map(accounts.set_index("userid")["follower_count"]).groupby(rt["userid"].map(network_clusters(posts, 300))).median())).le(limit).sum() for limit in (500, 5_000, 50_000)))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q5_7
# manual: true
# points: 1

# %% [markdown]
# ## Question 5.7 (1 point, read by your instructor): fans, partisans, campaign
#
# In two or three sentences: how did you tell the fans and the partisans from the campaign
# without the answer key, and why is "they retweet fast, together" not enough to accuse anyone?

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# The fans' cluster exists only on two evenings (the debate nights): set those aside and it
# falls apart, while the campaign keeps acting together on ordinary days. The partisans remain,
# but they echo candidates and news desks with huge followings, while the campaign echoes its
# own little-known seeds. Real people retweet fast and together around live events and their
# own side, so speed alone catches them; whom and when a cluster echoes is what tells them apart.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## When you are done
#
# Run every `grader.check` cell once more from the top (Kernel, Restart and Run All) and save
# the notebook. Hand in `05_networks.ipynb` as your instructor asked; keep its name.
