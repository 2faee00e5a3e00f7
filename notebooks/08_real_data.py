# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lesson 08 · Real data: the archive's own files, and what they cannot tell you
#
# **Teaching:** 25 minutes · **Exercises:** 15 minutes
#
# **Prerequisites:** lesson 02 (clocks) and lesson 05 (co-retweet networks); lesson 06
# (weighing evidence) helps. You should be able to read a pandas `groupby`.
#
# **Questions this lesson answers**
#
# - What does a release of the Twitter/X Information Operations archive look like on disk?
# - Which of the kit's methods still work on it, and which quietly stop working?
# - What can you conclude from real data, which never comes with an answer key?
#
# **By the end you will be able to**
#
# 1. load an archive release with `load_dataset` and say what its hashed ids, minute times
#    and list columns are;
# 2. show, with a few lines of pandas, why a 10-second co-retweet window means nothing on
#    times given to the minute;
# 3. run the kit's signals and co-retweet network on archive-format data;
# 4. state what your results can and cannot show without an answer key.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads everything the lesson needs, so the notebook runs on its own. The kit ships
# a small **fictional** release written exactly the archive's way: `sample_folder()` says
# where it is. With a real release you would give `load_dataset` the folder you downloaded
# it into instead.

# %%
import inauthentic
from inauthentic.archive import HASH_BELOW_FOLLOWERS, sample_folder

folder = sample_folder()
data = inauthentic.load_dataset(folder)

# %%
import matplotlib.pyplot as plt
import pandas as pd
from inauthentic import coordination, plots, signals

plots.set_theme()

# %% [markdown]
# Later we read the files by hand, so here is what the folder holds: the names of its files,
# sorted. A real release's folder looks the same, with more and bigger files.

# %%
sorted(path.name for path in folder.iterdir())

# %% [markdown]
# ## What was reported
#
# In our own words:
#
# - **The archive opens (TechCrunch, 2018).** In October 2018 Twitter published files of
#   tweets and account details from accounts it linked to state-backed operations: about
#   3,800 tied to Russia's Internet Research Agency and about 770 it believed came from Iran,
#   more than ten million tweets. Further releases, many of them China-linked, followed
#   until 2021.
# - **Hashed small accounts (Gizmodo, 2018).** Accounts with fewer than 5,000 followers had
#   their identifying details replaced by hashes in the public files; researchers could ask
#   for unhashed copies.
# - **Useful, and incomplete (Wired, 2019).** Researchers called the archive invaluable, and
#   pointed at what it leaves out: how much the accounts achieved, how they were run, and how
#   well the platform finds such accounts at all.
#
# Two facts follow for us. A release holds only accounts the platform had **already removed**
# and attributed; and its files were written for privacy and size, not for our methods.
# The **file names** follow a pattern: the release's name, then `users` or `tweets`, then
# `csv_hashed`, and for big releases a number (`_1`, `_2`...). The listing above has one
# users file and two numbered, zipped tweets files.

# %% [markdown]
# ## The raw files, read by hand
#
# Before the kit's loader does it for us, let us read one tweets file with plain pandas, every
# column as text, and look at the columns that matter. pandas opens a `.zip` that holds one
# CSV file directly.

# %%
raw = pd.read_csv(folder / "fictional_102026_tweets_csv_hashed_1.zip", dtype=str, keep_default_na=False)
raw[["userid", "tweet_time", "is_retweet", "retweet_userid", "hashtags"]].head(4)

# %% [markdown]
# Four things stand out. `userid` is a long string of letters, digits and `+/=`, not a
# number: the account has few followers, so its id is a **hash** (a scrambled code that stands
# for the id and cannot be turned back into it). `tweet_time` stops at the minute. `is_retweet`
# is the *word* `True` or `False`. And `hashtags` is a piece of text that looks like a Python
# list. Turning these into proper columns takes a line each:

# %%
by_hand = pd.DataFrame({"tweet_time": pd.to_datetime(raw["tweet_time"], format="%Y-%m-%d %H:%M", utc=True),
                        "is_retweet": raw["is_retweet"] == "True"})
by_hand["hashtags"] = raw["hashtags"].str.strip("[]").str.replace("'", "").str.split(", ")
by_hand["hashed_id"] = ~raw["userid"].str.fullmatch(r"\d+")
by_hand.head(4)

# %% [markdown]
# The table prints an empty list as `[]`, but look closer at a post without hashtags:

# %%
by_hand.loc[raw["hashtags"] == "[]", "hashtags"].iloc[0]

# %% [markdown]
# A list holding one empty hashtag, not an empty list: the hashtag line is fragile, and none
# of these lines checks anything. The kit's `load_dataset` does the same conversions for
# every column, accepts both spellings of a list (`[a, b]` and `['a', 'b']`), reads all the
# numbered files in order, and stops with a sentence naming the file, column, row and value
# if one is malformed. That is what the first cell of this lesson did; here is its summary line:

# %%
data

# %% [markdown]
# The last words of that line matter most: *without labels*. There is no answer key. We come
# back to this at the end.

# %% [markdown]
# ## Hashed ids become numbers, and the hash is kept
#
# The kit's functions need whole-number ids. The loader gives each hash a fixed code (a very
# large number, worked out from the hash alone, so the same account gets the same code in
# every file), and keeps the text the archive wrote in `userid_archive`. Accounts above the
# follower cut keep their real ids.

# %%
hashed = data.accounts["userid"].astype(str) != data.accounts["userid_archive"]
data.accounts.assign(hashed=hashed)[["userid", "userid_archive", "user_screen_name", "follower_count", "hashed"]].head(4)

# %%
print(f"Hashing cut-off: fewer than {HASH_BELOW_FOLLOWERS:,} followers")
print(f"Accounts with a hashed id: {hashed.sum()} of {len(hashed)} ({hashed.mean():.0%})")

# %% [markdown]
# Look at `user_screen_name` above: for a hashed account the handle *is* the hash. The
# archive hides the handle and display name too. So every handle signal (digits at the end,
# name-plus-digits) measures the hash, not the account. The extra columns the kit never
# uses are still there, after the kit's own:

# %%
print("accounts:", list(data.accounts.columns[10:]))
print("posts:   ", list(data.posts.columns[15:]))

# %% [markdown]
# ## The kit's signals run, but read what they measure
#
# `signal_table` computes every per-account signal from lessons 01 to 04 in one call. It runs
# on archive data as on the classroom platform. Two of its columns, though, have nothing to
# measure: the archive has no picture fingerprints, so the loader leaves them empty.

# %%
table = signals.signal_table(data)
print(f"{table.shape[0]} accounts x {table.shape[1]} signals")
picked = ["handle_digit_count", "name_plus_digits_handle", "default_avatar", "shared_image_count"]
table.loc[hashed.to_numpy(), picked].astype(float).agg(["mean", "max"])

# %% [markdown]
# The table shows the four signals over the hashed accounts. `default_avatar` is never true
# and `shared_image_count` is always 0: an **absent measurement**, not evidence that every
# picture is different. Read a zero in a real data set as "zero, or not measured?" before you
# use it.

# %% [markdown]
# ### Check your understanding
#
# Look at the two handle signals in that table for the hashed accounts. Do they clear those
# accounts of having name-plus-digits handles?
#
# <details><summary>Answer</summary>
#
# No. The hash replaced the handle, so the signals measure the hash (here it ends in `=`; in
# releases that write hashes in hexadecimal it may well end in digits). They say nothing
# about the handle the account really had. Handle signals only mean
# something for the unhashed accounts, the ones with thousands of followers, which are the
# least typical members of a fake network. In real data, leave handle signals out for hashed
# accounts rather than read them.
#
# </details>

# %% [markdown]
# ## What minute resolution breaks
#
# In lesson 05 a co-retweet link meant "retweeted the same post within a few seconds of each
# other". Here every time has been cut to the minute. A hand-made example shows what cutting
# does to two pairs of retweets:

# %%
example = pd.DataFrame({"first": pd.to_datetime(["2026-10-01 14:03:59", "2026-10-01 14:03:01"], utc=True),
                        "second": pd.to_datetime(["2026-10-01 14:04:01", "2026-10-01 14:03:58"], utc=True)})
example["true_gap_s"] = (example["second"] - example["first"]).dt.total_seconds()
example["archive_gap_s"] = (example["second"].dt.floor("min") - example["first"].dt.floor("min")).dt.total_seconds()
example

# %% [markdown]
# The first pair was two seconds apart and the archive puts them a minute apart; the second
# pair was almost a minute apart and the archive makes them simultaneous. Gaps in the archive
# come only in whole minutes, so a window of 1, `10` or `59` seconds asks the same question:
# "posted in the same clock minute?" The kit's co-retweet function confirms it:

# %%
same_minute = coordination.co_retweet_edges(data.posts, window_seconds=0, min_weight=2)
for window in (1, 10, 59, 60, 120):
    edges = coordination.co_retweet_edges(data.posts, window_seconds=window, min_weight=2)
    print(f"window {window:>3} s: {len(edges):>4} links, the same links as a 0 s window: {edges.equals(same_minute)}")

# %% [markdown]
# Every window below `60` seconds gives the network of a 0-second window, link for link: "same
# clock minute". The first window that changes anything is `60` seconds, and on minute data it
# means "same or next minute": pairs up to `119` seconds apart in truth.
#
# ### Peeking behind the curtain (possible only with fiction)
#
# This sample was made from the kit's `tiny` platform, which keeps times to the second and has
# the same tweet ids. With a real release you never get this second copy. Here we can count,
# for every two retweets of the same post by different accounts, whether they were truly
# within `10` seconds and whether the minute times say so.

# %%
tiny = inauthentic.load_dataset("tiny")  # the same posts, with times to the second
truth = tiny.posts.set_index("tweetid")["tweet_time"]
retweets = data.posts.loc[data.posts["is_retweet"], ["tweetid", "userid", "retweet_tweetid", "tweet_time"]]
retweets = retweets.assign(true_time=truth.reindex(retweets["tweetid"]).to_numpy())

# %% [markdown]
# Now we pair every two retweets of the same post by different accounts, as in lesson 05, and
# measure each pair's gap on both clocks: the true one, and the archive's minutes.

# %%
pairs = retweets.merge(retweets, on="retweet_tweetid", suffixes=("_1", "_2"))
pairs = pairs[pairs["userid_1"] < pairs["userid_2"]]
true_gap = (pairs["true_time_2"] - pairs["true_time_1"]).dt.total_seconds().abs()
archive_gap = (pairs["tweet_time_2"] - pairs["tweet_time_1"]).dt.total_seconds().abs()
pd.crosstab(true_gap <= 10, archive_gap <= 10, rownames=["truly within 10 s"], colnames=["archive says within 10 s"])

# %% [markdown]
# Read the table by its corners. The bottom-right cell holds pairs both clocks agree on. The
# bottom-left holds fast pairs that straddled a minute boundary and vanish; the top-right
# holds slow pairs that shared a minute and appear fast. The figure shows the same pairs'
# gaps, up to two minutes, on both clocks. First we put the two gaps side by side in one table,
# keeping only the pairs that are at most two minutes apart on that clock.

# %%
gaps = pd.DataFrame({"True gaps (to the second)": true_gap, "In the archive (to the minute)": archive_gap})
gaps = gaps.where(gaps <= 120)

# %% [markdown]
# **Alt text for the figure below:** two histograms side by side of the seconds between two retweets
# of the same post. On the left, the true gaps: a tall bar at a few seconds that falls away quickly.
# On the right, the same pairs as the archive records them, to the minute: all the pairs sit in bars
# at zero, one minute and two minutes, with nothing between. A dashed line marks ten seconds on both.

# %%
axes = gaps.plot.hist(subplots=True, layout=(1, 2), sharey=True, legend=False, bins=range(0, 121, 5), figsize=(9, 3.2),
                      title=list(gaps.columns), xlabel="seconds between the two retweets", ylabel="pairs of retweets")
for ax in axes.flat:
    ax.axvline(10, color="black", linestyle="--", linewidth=1)
plt.show()

# %% [markdown]
# Each bar counts pairs of retweets by how far apart they were; the dashed line marks a
# `10`-second window. On the left, the gaps spread smoothly, with most pairs within the first
# few seconds. On the right, all of them pile onto 0, `60` and `120` seconds: the archive cannot
# tell a two-second reaction from a fifty-second one. So with real archive data, use windows of a
# minute or more and say what they mean; do not quote a `10`-second rule from a study that had
# exact times.

# %% [markdown]
# ### Check your understanding
#
# Two accounts retweet the same post at `09:12:58` and `09:13:03`. In the archive, how far apart
# are they, and which windows of `co_retweet_edges` count them as together?
#
# <details><summary>Answer</summary>
#
# The archive writes 09:12 and 09:13: a minute apart, although they were five seconds apart.
# Only windows of `60` seconds or more count them. A `10`-second window, the one that suits exact
# times, misses exactly the fast pairs it was meant to catch whenever they straddle a minute.
#
# </details>

# %% [markdown]
# ## Try it: the co-retweet explorer on archive data
#
# The explorer from lesson 05 works on these posts. Without an answer key it can only count
# accounts and clusters, not say who is who. Move the window slider from 1 s up to `30` s: does
# anything change? Then move it to `60` s and 2 min. Which step changes the network, and why that
# one?
#
# **Alt text for the widget below:** The coordination explorer has sliders for the time window and the
# minimum weight, a sentence counting the accounts and clusters they link, tables of who is in a
# cluster by kind and of the largest clusters, and a drawing of the network: one dot per account, a
# grey line for each link, linked accounts pulled together into clumps. It opens at a window of one
# minute and, without an answer key, draws every account in one colour.

# %% tags=["nbval-ignore-output"]
# Interactive: move Window and Min. weight; the tests skip comparing this cell's output.
from inauthentic.widgets import CoordinationExplorer

CoordinationExplorer(data, labels=False, window=60, min_weight=2)

# %% [markdown]
# <details><summary>Answer</summary>
#
# Nothing changes between 1 s and `30` s: on minute times they all mean "same clock minute".
# The network grows first at `60` s ("same or next minute") and again at 2 min. The step is at
# `60` s because the archive's gaps come only in whole minutes.
#
# </details>

# %% [markdown]
# ## No answer key: what you can and cannot conclude
#
# On the classroom platform, lesson 06 scored every rule against the answer key. Here `labels`
# is empty:

# %%
print(data.labels)

# %% [markdown]
# What we *can* do is describe behaviour and rank accounts by it. Here are the largest
# co-retweet clusters at a one-minute window, with how much of their posting falls in Beijing
# office hours (the clock signal from lesson 02):

# %%
edges = coordination.co_retweet_edges(data.posts, window_seconds=60, min_weight=2)
cluster = coordination.clusters(edges)
summary = table.loc[cluster.index, ["n_posts", "office_hours_share", "retweet_share"]].groupby(cluster.to_numpy())
summary.agg(accounts=("n_posts", "size"), median_posts=("n_posts", "median"),
            office_hours=("office_hours_share", "median"), retweets=("retweet_share", "median")).sort_values("accounts", ascending=False).head(5).round(2)

# %% [markdown]
# Each row is a group of accounts that retweeted the same posts within a minute of each other,
# again and again, with the median of three signals over its members. `office_hours` is the
# share of posts in Beijing office hours (weekdays 09:00-17:00, UTC+8). Which group would you
# call the operation?
#
# Make your guess, then peek one last time at `tiny`'s answer key (an instructor's view; the
# same tweet ids let us match accounts):

# %%
tiny_author = tiny.posts.set_index("tweetid")["userid"]
archive_to_tiny = pd.Series(tiny_author.reindex(data.posts["tweetid"]).to_numpy(), index=data.posts["userid"].to_numpy())
archive_to_tiny = archive_to_tiny.groupby(level=0).first()
groups = tiny.labels.set_index("userid")["group"].reindex(archive_to_tiny[cluster.index]).to_numpy()
pd.crosstab(cluster.to_numpy(), groups, rownames=["cluster"], colnames=["group in the answer key"])

# %% [markdown]
# Compare the two tables. If a cluster of genuine fans is there (the platform plants a
# fandom that live-retweets debate night), see how closely it matches an operation on these
# measures: a US evening is a Beijing working morning. A small cluster of loud genuine partisans,
# quick on their candidate's posts, may be there too. With a real release, you would have no
# second table. What the first table supports is a sentence like "these accounts acted
# together, and these ones on a Beijing working day". What it cannot support:
#
# - **How many are fake.** Without labels there is no precision or recall, and, as the peek
#   shows, people reacting to the same moment look like operators by timing alone.
# - **Who runs them.** Attribution to a state or company rests on evidence the files do not
#   hold (lesson 06): the platform's own records, or investigations outside the data.
# - **Whether a signal separates fakes from people.** A real release holds *only* accounts the
#   platform removed. To say a signal is unusual, researchers compare a release with a
#   **control sample** of ordinary accounts from the same period; the archive does not ship one.

# %% [markdown]
# ### Check your understanding
#
# A classmate runs the office-hours signal on a real China-linked release, finds that most
# accounts post on a Beijing working day, and writes "the signal detects the operation with
# high accuracy". What is wrong with the claim, and what would they need to support it?
#
# <details><summary>Answer</summary>
#
# Every account in the release was already removed by the platform, so there is nothing to be
# accurate *against*: no genuine accounts, no answer key, no false positives to count. The
# finding describes the operation's rhythm. To claim the signal *detects* it they would need
# genuine accounts from the same period (a control sample) and show how many of those it
# would also flag. On the classroom platform the same rule also flags most US night-shift
# workers.
#
# </details>

# %% [markdown]
# ### Your turn
#
# Change `window_seconds` and `min_weight` below and re-run the cell. Try the windows and weights
# the comments suggest. Before each run, predict whether the number of
# accounts in clusters will change. With a real release, this cell is all you would change:
# replace `folder` with the folder you downloaded.

# %%
window_seconds = 60  # try 30, 59, 60 and 300
min_weight = 2  # try 2 and 5
your_edges = coordination.co_retweet_edges(data.posts, window_seconds=window_seconds, min_weight=min_weight)
your_clusters = coordination.clusters(your_edges)
print(f"{len(your_edges)} links; {len(your_clusters)} accounts in {your_clusters.nunique()} clusters")

# %% [markdown]
# ## Key points
#
# - A release of the Information Operations archive is a users file and one or more numbered
#   tweets files; `load_dataset(folder)` reads it into the kit's tables and keeps every
#   column the kit does not use.
# - Accounts with few followers have hashed ids, handles and names. The kit codes the hash as
#   a number and keeps the original in `userid_archive`; handle signals mean nothing for them.
# - Times are to the minute. Any co-retweet window under `60` seconds gives the same network,
#   and fast pairs that straddle a minute disappear. Use windows of a minute or more, and say so.
# - A missing column (picture fingerprints) shows up as zeros: ask "zero, or not measured?"
# - Real data has no answer key and holds only the accounts already removed. You can describe
#   coordinated behaviour and rank accounts; you cannot score a detector or attribute an
#   operation from the files alone.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# This is the last lesson, and it has no graded exercise. Two ways to go on:
#
# - **Try it on your own archive file** (ungraded). Download a release of the Information
#   Operations archive, put its files in a folder, and run this notebook again with `folder` in
#   the first cell pointing there. Expect no answer key, hashed small accounts and minute times,
#   and write your findings as descriptions of behaviour, not verdicts.
# - **The capstone**, if you have not handed it in yet: [exercises/07_capstone.ipynb](../exercises/07_capstone.ipynb),
#   briefed in [Lesson 07: Capstone briefing](07_capstone_briefing.ipynb).
