# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lesson 05 · Networks
#
# Accounts that keep retweeting the same posts at the same moment leave a trace: a network. In
# this lesson you build one by hand, then at scale, watch clusters appear, and learn why the time
# window you choose decides whom you catch.
#
# **Teaching:** 35 minutes · **Exercises:** 30 minutes in the lesson ·
# **Graded exercise:** about 50 minutes ([exercise 05](../exercises/05_networks.ipynb), homework)
#
# **Prerequisites:** [Lesson 04: Amplification](04_amplification.ipynb) (seeds and fast retweets).
#
# **Questions this lesson answers**
#
# - Which accounts act together?
# - How close in time is "together"?
# - Is every tight cluster a campaign?
#
# **By the end you will be able to**
#
# 1. build a co-retweet network from a posts table, by hand and with the kit;
# 2. find clusters of accounts in it and describe who is in each;
# 3. measure how the time window and the minimum weight change precision and recall;
# 4. separate a fandom's debate-night burst and a cluster of genuine partisans from a campaign's
#    steady drumbeat.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads everything the lesson needs, so the notebook runs on its own in a fresh kernel.

# %%
import inauthentic
from inauthentic import coordination, evaluate, plots

data = inauthentic.load_dataset("classroom")
accounts, posts, labels = data.accounts, data.posts, data.labels

# %%
import matplotlib.pyplot as plt
import pandas as pd

plots.set_theme()

# %% [markdown]
# ## What was reported
#
# In one week of 2020, thousands of accounts reposted Chinese envoys and state media, many of them
# in the same odd ways *(New York Times analysis, 2020, via the National Endowment for Democracy's
# blog)*: a network shows itself by acting together. Most public methods for finding coordinated
# networks rest on one idea: accounts that do the
# same thing within a short time, again and again, are probably run together. The QUT Digital
# Media Research Centre's coordination-network-toolkit links two accounts that retweeted the same
# post within a window (its guide speaks of 60 seconds), counting how many posts they shared that
# way. CooRTweet uses 10 seconds; USC researchers count "fast retweets" within 10 seconds
# *(Pacheco et al., 2021; the other methods as surveyed in the kit's brief)*.
#
# The same researchers warn that real people also act in step: fans during a live show, readers
# of a breaking story. **Our question**: which accounts of the classroom platform retweet in step,
# and which of those clusters are a campaign?

# %% [markdown]
# ## 1. A network by hand
#
# Start with a toy platform: four accounts (1 to 4) retweeting three posts (`101` to `103`). Each row
# is one retweet, with the original's id and the time to the second.

# %%
times = ["12:00:05", "12:00:12", "12:03:00", "14:00:03", "14:00:40",
         "14:00:20", "16:00:01", "16:00:09", "16:02:00", "18:00:00"]

# %%
toy = pd.DataFrame({"tweetid": range(1, 11), "userid": [1, 2, 3, 1, 2, 4, 1, 2, 3, 4],
                    "tweet_time": pd.to_datetime("2026-09-01 " + pd.Series(times), utc=True),
                    "is_retweet": True, "retweet_tweetid": [101, 101, 101, 102, 102, 102, 103, 103, 103, 103]})
toy

# %% [markdown]
# Two accounts are **co-retweeters** (they retweeted the same post close together) when their
# retweets of one original are at most the **window** apart. A self-join pairs every two
# retweets of the same original; we drop each account paired with itself.

# %%
pairs = toy.merge(toy, on="retweet_tweetid", suffixes=("_a", "_b"))
pairs = pairs[pairs["userid_a"] != pairs["userid_b"]]  # no self-loops
gap = (pairs["tweet_time_a"] - pairs["tweet_time_b"]).abs()
close = pairs[gap <= pd.Timedelta(seconds=60)]
close[["userid_a", "userid_b", "retweet_tweetid"]]

# %% [markdown]
# The **weight** of a link is the number of *different* posts the two retweeted close together.
# Each pair appears twice above (a with b, b with a); we keep it once, with the smaller id first.

# %%
weights = close.groupby(["userid_a", "userid_b"])["retweet_tweetid"].nunique().rename("weight")
weights = weights[weights.index.get_level_values(0) < weights.index.get_level_values(1)]
weights

# %% [markdown]
# Accounts 1 and 2 retweeted three posts within a minute of each other; the other links rest on a
# single post. The kit's `coordination.co_retweet_edges` gives both directions of every link;
# keeping one direction, it agrees with our count:

# %%
kit_edges = coordination.co_retweet_edges(toy, window_seconds=60, min_weight=1)
one_way = kit_edges[kit_edges["source"] < kit_edges["target"]]
one_way["weight"].tolist() == weights.tolist()

# %% [markdown]
# ### Check your understanding
#
# Account 3 retweeted posts `101` and `103` about two minutes after accounts 1 and 2. With a window of
# `300` seconds instead of `60`, what links appear, and with what weights?
#
# <details><summary>Answer</summary>
#
# Two new links, 1–3 and 2–3, each of weight 2 (posts `101` and `103`). Try it:
# `coordination.co_retweet_edges(toy, window_seconds=300, min_weight=1)`. A wider window joins
# slower accounts, which may be slower members of the same network or strangers who happen to
# read the same feed.
# </details>

# %% [markdown]
# ## 2. The whole platform
#
# On the classroom data the same function runs in a fraction of a second. We keep links with a
# **minimum weight** of 2: two accounts must have retweeted at least two of the same posts in
# step.

# %%
edges = coordination.co_retweet_edges(posts, window_seconds=60, min_weight=2)
edges["weight"].describe().round(1)

# %% [markdown]
# A **cluster** is a set of accounts joined by links, directly or through others. `to_graph` turns
# the edge table into a network; `clusters` numbers its connected groups, largest first.

# %%
graph = coordination.to_graph(edges)
found = coordination.clusters(edges)
print(graph.number_of_nodes(), "accounts,", graph.number_of_edges(), "links")
found.value_counts().head()

# %% [markdown]
# The linked accounts fall into a small number of clusters. The figure below draws the network:
# each dot is an account, each grey line a link, dots coloured by the answer key's kind. The
# layout pulls linked accounts together.
#
# **Alt text for the figure below:** a network drawing: dots for accounts, grey lines for links,
# coloured by kind. A few tight round clumps of blue (genuine) dots stand apart, and one star of
# orange (campaign) triangles spreads around a centre; a couple of loose dots sit at the edge. The
# axes carry no meaning beyond linked accounts being pulled together.

# %%
plots.network(edges, labels)
plt.show()

# %% [markdown]
# The dots gather in separate groups with no lines between them: accounts that retweet in step
# among themselves and never with the others. The colours show that the groups are not all of one
# kind. Here the campaign's group looks like a star (a few hubs linked to everyone), while the
# genuine accounts form tight balls in which almost everyone is linked to everyone.

# %% [markdown]
# ## 3. Who is in each cluster?
#
# `cluster_summary` describes each cluster: its size, how many of each kind (from the answer key),
# the biggest group, and from the profiles the median followers and the span of creation dates.

# %%
summary = coordination.cluster_summary(found, labels, accounts)
summary

# %% [markdown]
# One cluster is made entirely of campaign accounts with few followers. Another, larger still, is
# made of genuine people: mostly fans (`fandom`), with the rest largely loud partisans, as the next
# cell counts. Counting every clustered account as a campaign account would accuse all of them.

# %%
group = labels.set_index("userid")["group"]
found.index.to_series().map(group).groupby(found.values).value_counts().groupby(level=0).head(2)

# %% [markdown]
# The genuine cluster joins two communities that retweet fast: fans retweeting their star and
# partisans retweeting their candidate. The answer key puts a number on what calling every
# clustered account a campaign account would cost:

# %%
print(evaluate.score(found.index, labels))

# %% [markdown]
# Recall is modest: only part of the campaign is in a cluster at all, because many of its accounts
# retweet too slowly or too rarely. Precision is poor, because the genuine cluster is counted too. To do better we need to know *when* each cluster acts together, and we
# need to choose the window with care.

# %% [markdown]
# ## 4. The window decides who is caught
#
# Let us score the same recipe with windows of 1, `10` and `60` seconds. `compare_detectors` puts the
# results side by side: one row per detector.

# %%
by_window = {f"{seconds} s": coordination.clusters(coordination.co_retweet_edges(posts, window_seconds=seconds)).index
             for seconds in (1, 10, 60)}
evaluate.compare_detectors(by_window, labels)

# %% [markdown]
# A narrow window is not safer. At 1 and `10` seconds the clustered accounts are mostly genuine:
# fans, who retweet their star within seconds, and partisans quick on their candidate's posts; the
# campaign's personas retweet minutes later and only join at a wider window (see the kit's
# [coordination guide](../docs/coordination.md)). Recall grows with the window, and the genuine
# accounts stay in at every width.

# %% [markdown]
# ## 5. Try it: the coordination explorer
#
# The explorer lets you slide the **window** and the **minimum weight** and watch the clusters form.
# The table under the sliders counts, by kind, how many accounts end up in a cluster.
# **Question**: at `10` seconds and minimum weight 2, which kind fills the clusters? Then slide to
# 1 minute and to 5 minutes: when do most campaign accounts join, and do the fans ever leave?
#
# **Alt text for the widget below:** The coordination explorer has sliders for the time window and the
# minimum weight, a sentence counting the accounts and clusters they link, tables of who is in a
# cluster by kind and of the largest clusters, and a drawing of the network: one dot per account, a
# grey line for each link, linked accounts pulled together into clumps. It opens at a window of ten
# seconds.

# %% tags=["nbval-ignore-output"]
# Interactive: move Window and Min. weight; the network and the counts by kind update.
from inauthentic.widgets import CoordinationExplorer

CoordinationExplorer(data, window=10, min_weight=2)

# %% [markdown]
# <details><summary>Answer</summary>
#
# At `10` seconds fans fill most of the clusters, with partisans next; fewer than half of the
# campaign's accounts have joined (its loudspeakers and its quickest personas). More campaign
# accounts join at a minute and more again at five, but so do more genuine people. The fans never
# leave: they retweet within seconds, so every wider window still includes them. Raising the
# minimum weight trims weak links on both sides.
# </details>

# %% [markdown]
# The explorer computes the same edges as `co_retweet_edges`; its `compute(window, weight)` method
# gives its result without drawing. Here we check a fresh explorer at `60` seconds and weight `2`:

# %%
CoordinationExplorer(data).compute(60, 2).edges.equals(edges)

# %% [markdown]
# ## 6. When does each cluster act?
#
# A fandom acts in bursts, around a live event; a campaign works steadily. Count each cluster's
# retweets per day, on the US Eastern calendar, and list each cluster's three busiest days.

# %%
clustered = posts[posts["is_retweet"] & posts["userid"].isin(found.index)]
eastern_day = clustered["tweet_time"].dt.tz_convert("America/New_York").dt.strftime("%Y-%m-%d")
daily = clustered.groupby([clustered["userid"].map(found).rename("cluster"), eastern_day.rename("day")]).size()
daily.groupby(level="cluster", group_keys=False).nlargest(3)

# %% [markdown]
# One cluster has a couple of days far busier than any other: evenings some weeks apart, the
# platform's debate nights (the datasheet lists them). The campaign's busiest days stand nowhere
# near as far above its usual level: it works every weekday.

# %% [markdown]
# ### Check your understanding
#
# Why would a fandom's co-retweet links come almost entirely from two evenings?
#
# <details><summary>Answer</summary>
#
# Fans retweet their star within seconds whenever they are watching together: during a live
# debate, thousands of them see the same clip at the same moment. On other days they retweet
# less, and at different times, so they rarely land in the same window twice.
# </details>

# %% [markdown]
# ## 7. Set the live events aside
#
# If a cluster exists only because of a live event, it should vanish when we leave the event out.
# First we find the burstiest cluster: the one whose busiest day stands furthest above its usual
# day. Its two busiest days are the events.

# %%
peak_to_usual = daily.groupby(level="cluster").max() / daily.groupby(level="cluster").median()
burstiest = peak_to_usual.idxmax()
event_days = daily.loc[burstiest].nlargest(2).index.tolist()
event_days

# %% [markdown]
# Now we remove every post made on those two evenings (on the US Eastern calendar), build the
# network again with the same settings, and describe its clusters as before.

# %%
all_days = posts["tweet_time"].dt.tz_convert("America/New_York").dt.strftime("%Y-%m-%d")
without_events = posts[~all_days.isin(event_days)]
steady = coordination.clusters(coordination.co_retweet_edges(without_events, window_seconds=60, min_weight=2))
coordination.cluster_summary(steady, labels, accounts)

# %% [markdown]
# The fans have left; the campaign's cluster remains, because it acts together on ordinary days
# too. But a genuine cluster remains as well, now mostly partisans: they retweet their candidate
# fast on ordinary days, not only on debate nights. Score the new network:

# %%
print(evaluate.score(steady.index, labels))

# %% [markdown]
# Precision rises sharply, at little cost in recall, but it is still poor: the partisans are still
# counted. Setting aside known public events is a
# judgement call: a campaign could hide inside a real event, so an investigator looks at the
# event's clusters separately rather than deleting them for good.

# %% [markdown]
# ## 8. Meet the genuine people
#
# Who is still wrongly caught? `false_positive_rates` counts the flagged genuine accounts group by
# group. `compare_false_positive_rates` compares the two networks.

# %%
evaluate.compare_false_positive_rates({"60 s, all days": found.index, "60 s, without the two evenings": steady.index},
                                      labels).loc[lambda rates: rates.max(axis=1) > 0]

# %% [markdown]
# The table keeps the groups with any wrongly flagged account. The fans' cost nearly disappears
# once the events are set aside; the **genuine partisans'** barely moves. With them remain a few
# busy accounts that share the same popular posts, such as the heavy posters. Partisans eagerly
# retweet their own side, so they form clusters; what could separate them from the campaign?

# %% [markdown]
# One answer is *whom* each cluster echoes. The cell below takes the retweets of each steady
# cluster and gives the median follower count of the accounts they retweet, using the profiles
# only, not the answer key.

# %%
steady_retweets = without_events[without_events["is_retweet"] & without_events["userid"].isin(steady.index)]
followers = accounts.set_index("userid")["follower_count"]
echoed_followers = steady_retweets["retweet_userid"].map(followers)
echoed_followers.groupby(steady_retweets["userid"].map(steady).rename("cluster")).median()

# %% [markdown]
# The partisans' cluster echoes very well-followed accounts (candidates, party figures, news
# desks); the campaign's cluster echoes little-known accounts, its own seeds. Some partisans do
# retweet a campaign seed now and then (the datasheet says so), but too rarely to join its cluster. Whom a cluster echoes,
# and its profiles, tell them apart; fast retweeting does not.

# %% [markdown]
# The figure shows these costs as bars for the network without the two evenings: one bar per
# genuine group (or spam), its length the share of that group the network rule flags.
#
# **Alt text for the figure below:** one horizontal bar per genuine group (and spam), its length the
# share of the group that the network rule without the two evenings flags: the heavy posters' bar runs
# the whole way, the loud partisans' more than half, a few groups have a sliver and most none.

# %%
plots.false_positives(evaluate.false_positive_rates(steady.index, labels))
plt.show()

# %% [markdown]
# Most bars are empty. The long ones are the loud partisans, a large group of whom a good share is
# flagged, and the tiny group of heavy posters, where a handful of people make a visible share. Behind every bar are people who
# would be wrongly accused if we reported the cluster list as it stands.

# %% [markdown]
# ### Your turn
#
# Change the window and the minimum weight of the steady network (without the two evenings) and
# watch precision and recall. Which setting would you report, and why?

# %%
window_seconds = 60  # try 10, 120 and 300
min_weight = 2  # try 1, 3 and 5
mine = coordination.clusters(coordination.co_retweet_edges(without_events, window_seconds=window_seconds, min_weight=min_weight))
print(evaluate.score(mine.index, labels))

# %% [markdown]
# ## Key points
#
# - A **co-retweet network** links two accounts that retweeted the same posts within a window; the
#   weight counts how many different posts.
# - The **window** decides who is caught: narrow windows find fans and partisans first; a
#   campaign's slower personas only join at a minute or more.
# - Clusters are groups of linked accounts; the answer key (or, on real data, careful reading)
#   says who they are. Not every tight cluster is a campaign: genuine partisans cluster too, and
#   whom a cluster echoes helps tell them apart.
# - A burst tied to a public event differs from a steady working rhythm: look at *when* a cluster
#   acts.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# - Graded exercise: [exercises/05_networks.ipynb](../exercises/05_networks.ipynb).
# - Next lesson: [Lesson 06: Weighing evidence](06_weighing_evidence.ipynb): combine signals, score them, and
#   say what behaviour can and cannot show.
