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
# # Lesson 04 · Amplification
#
# A few accounts write the message; many more repeat it, loudly and fast. In this lesson you find
# the loudspeakers, the seed accounts they echo, and how much of a group's applause comes from
# inside the group.
#
# **Teaching:** 30 minutes · **Exercises:** 25 minutes in the lesson ·
# **Graded exercise:** about 40 minutes ([exercise 04](../exercises/04_amplification.ipynb), homework)
#
# **Prerequisites:** [Lesson 00: Start here](00_start_here.ipynb); lessons [01](01_profiles.ipynb)
# to [03](03_words.ipynb) help.
#
# **Questions this lesson answers**
#
# - Who posts far more than their audience explains?
# - Whose posts do they repeat, and how quickly?
# - Is the applause real?
#
# **By the end you will be able to**
#
# 1. find loudspeaker accounts by comparing how much they post with how many people follow them;
# 2. find the seed accounts a network amplifies, and measure how fast they are echoed;
# 3. measure how much of an account's engagement comes from inside a suspected group;
# 4. explain why heavy posters, public figures and fans look similar on each single signal.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads everything the lesson needs, so the notebook runs on its own in a fresh kernel.

# %%
import inauthentic
from inauthentic import evaluate, plots, signals

data = inauthentic.load_dataset("classroom")
accounts, posts, labels = data.accounts, data.posts, data.labels

# %%
import matplotlib.pyplot as plt
import pandas as pd

plots.set_theme()

# %% [markdown]
# ## What was reported
#
# In 2020 the New York Times looked at about 4,600 accounts that reposted Chinese envoys and state
# media in one week. Many behaved oddly, and about one in six posted at an extreme rate while
# almost nobody followed them: **loudspeakers** (accounts that exist to repeat) *(New York Times,
# 2020, via the National Endowment for Democracy's blog)*. An Israeli data firm found two mundane
# posts praising China's pandemic response repeated hundreds of thousands of times *(Next Dim,
# 2020)*.
#
# Google's threat team saw the same shape in the DRAGONBRIDGE network: most of its channels had no
# audience, and the little engagement they got came from other accounts of the network *(Google
# TAG, 2022-23)*. **Our question**: does the classroom platform have loudspeakers, whom do they
# amplify, and who applauds whom?

# %% [markdown]
# ## 1. Volume against audience
#
# A loudspeaker posts a lot and is followed by few. We first count posts per day for every
# account, over the whole ten weeks of the collection, and put the follower count next to it.

# %%
days = (posts["tweet_time"].max() - posts["tweet_time"].min()) / pd.Timedelta(days=1)
per_day = (posts["userid"].value_counts() / days).rename("posts_per_day")
volume = accounts.set_index("userid")[["user_screen_name", "follower_count"]].join(per_day)
volume.sort_values("posts_per_day", ascending=False).head(12)

# %% [markdown]
# The busiest accounts post dozens of times a day or more. Some have huge audiences, others
# almost none. The Atlantic Council's DFRLab uses a rule of thumb: seventy-two posts a day is
# suspicious and twice that highly suspicious. Who passes it? The cell counts both.

# %%
(volume["posts_per_day"] >= 72).sum(), (volume["posts_per_day"] >= 144).sum()

# %% [markdown]
# Few accounts pass DFRLab's thresholds on average, so the rule finds little here. Averages hide
# bursts, and volume alone ignores the audience. A picture of both at once helps.

# %% [markdown]
# The figure below puts every account that posted as one point: posts per day across, followers
# up, both on logarithmic scales (0 followers at the bottom), coloured by the answer key's kind,
# with DFRLab's two thresholds as dashed lines.
#
# **Alt text for the figure below:** a scatter plot, one point per account: posts per day across and
# followers up, both on log scales. Genuine accounts (blue dots) form a broad cloud; campaign accounts
# (orange triangles) sit inside it, with few followers and modest volume; spam accounts (green
# squares) lie to the right. Two dashed vertical lines near the right edge mark DFRLab's suspicious
# and highly suspicious volumes, and almost no account reaches them.

# %%
plots.volume_vs_followers(accounts, posts, labels)
plt.show()

# %% [markdown]
# Most genuine accounts sit in a cloud on the left: a post a day or fewer, tens to thousands of
# followers. Top right are accounts that post a lot *and* are widely followed. The accounts to look
# at sit **bottom right**: many posts, almost no followers. That corner mixes campaign accounts,
# spam and a few genuine ones, so volume and audience narrow the search without settling it.

# %% [markdown]
# ## 2. A loudspeaker index
#
# To rank accounts we divide posts per day by the audience counted in orders of magnitude,
# `log10(followers + 10)`: no followers divides by 1, about a thousand by 3, a million by 6. We compute it
# by hand first.

# %%
import numpy as np

by_hand = volume["posts_per_day"].fillna(0) / np.log10(volume["follower_count"] + 10)
by_hand.sort_values(ascending=False).head(8)

# %% [markdown]
# The kit's `signals.loudspeaker_index` does the same for every account, without the steps. The
# line below checks that it agrees with our version for every account:

# %%
loudness = signals.loudspeaker_index(accounts, posts)
np.allclose(loudness.sort_index(), by_hand.sort_index())

# %% [markdown]
# Who are the loudest accounts? We join the answer key, only to check (an investigator on a real
# platform would not have it), and count the groups among accounts with an index of `10` or more.

# %%
loud = loudness[loudness >= 10].index
labels.set_index("userid").loc[loud, "group"].value_counts().loc[lambda counts: counts > 0]

# %% [markdown]
# The loud list mixes groups: campaign accounts, commercial spam and a few **genuine heavy
# posters**, real people who simply post all day to a small audience. A loudspeaker index says
# *how* an account behaves, not *why*.

# %% [markdown]
# ### Check your understanding
#
# A local news account posts sixty times a day and has two hundred thousand followers. A hobbyist
# posts sixty times a day and has forty followers. Which has the higher loudspeaker index, and does that make the hobbyist
# suspicious?
#
# <details><summary>Answer</summary>
#
# The hobbyist: `60 / log10(40 + 10)` is about `35`, against `60 / log10(200_000 + 10)`, about `11`. The index only
# says the volume is out of proportion to the audience. Plenty of genuine people post a lot to
# few followers; we need to know *what* they post and *with whom* before saying more.
# </details>

# %% [markdown]
# ## 3. Whose posts do the loudspeakers repeat?
#
# Loudspeakers do not write much: they retweet. If they serve a campaign, their retweets should
# point at a handful of **seed accounts** (the accounts that publish the campaign's message).
# Count whose posts the loud accounts retweet most.

# %%
loud_retweets = posts[posts["userid"].isin(loud) & posts["is_retweet"]]
most_echoed = loud_retweets["retweet_userid"].value_counts().head(8)
most_echoed

# %% [markdown]
# A few authors take a large share of the loud accounts' retweets. Are they public figures or news
# desks that everyone shares? Look at their audiences: a seed with few followers whose posts are
# repeated thousands of times would be odd.

# %%
echoed = accounts.set_index("userid").loc[most_echoed.index, ["user_screen_name", "follower_count"]]
echoed.assign(retweets_by_loud_accounts=most_echoed.to_numpy())

# %% [markdown]
# The table mixes two kinds of author: accounts with very large followings (public figures and
# news desks, retweeted by everyone) and accounts with modest followings whose posts the loud
# accounts repeat far more often. We keep the second kind as our suspected seeds: authors in the
# table with a modest audience (under `100_000` followers), in a variable.

# %%
suspected_seeds = echoed.index[echoed["follower_count"] < 100_000]
labels.set_index("userid").loc[suspected_seeds, ["group", "role"]]

# %% [markdown]
# The answer key confirms the guess here. Note the method: we never looked at the labels to *find*
# the seeds; we followed the loud accounts' retweets. That is how an investigator moves through a
# real network, one step of evidence at a time.

# %% [markdown]
# ## 4. How fast are the seeds echoed?
#
# Networks repost their seeds quickly, often automatically. `signals.retweet_delays` lists every
# retweet with the seconds since the original. We keep the retweets of our suspected seeds.

# %%
delays = signals.retweet_delays(posts)
seed_delays = delays[delays["retweet_userid"].isin(suspected_seeds)]
seed_delays["delay_seconds"].describe()

# %% [markdown]
# Half of the retweets of the suspected seeds come within the median shown above. For each
# retweeting account we take its median delay: the visible pandas first, then the kit's
# `seed_retweet_delay`, which should give the same numbers.

# %%
median_delay = seed_delays.groupby("userid")["delay_seconds"].median()
kit_delay = signals.seed_retweet_delay(posts, suspected_seeds)
np.allclose(median_delay.sort_index(), kit_delay.sort_index())

# %% [markdown]
# Who are the fast echoers? We group the median delays by the answer key's group and role (a
# campaign has roles: seeds, loudspeakers, personas, repurposed accounts).

# %%
echoers = labels.set_index("userid").loc[kit_delay.index, ["group", "role"]].assign(delay=kit_delay)
echoers.groupby(["group", "role"], observed=True)["delay"].agg(["count", "median"]).round(0)

# %% [markdown]
# Read the `count` column first: the operation's own accounts are not the only ones. Genuine
# people retweet a seed now and then too: loud partisans who like its memes, ordinary users and
# Chinese-speaking Americans who read its outlets. The delays tell them apart: loudspeakers echo
# within seconds, personas within minutes, like people reading a feed, and the genuine accounts
# hours later.

# %% [markdown]
# ## 5. Fans are fast too
#
# Speed alone is not coordination. `signals.fast_retweet_share` gives the share of an account's
# retweets made within a minute of the original, whoever the author. Compare the groups.

# %%
fast = signals.fast_retweet_share(posts, within_seconds=60)
fast_by_group = labels.set_index("userid").loc[fast.index, "group"]
fast.groupby(fast_by_group, observed=True).median().sort_values(ascending=False).round(2)

# %% [markdown]
# Fans who retweet their star the moment a debate clip drops make more fast retweets than the
# campaign as a whole (its personas take minutes), and so do the genuine partisans, quick on their
# candidate's posts. What separates them is *whom* they echo: a fan or a partisan echoes a star or
# a candidate with a large following, a loudspeaker echoes a seed few people follow.

# %% [markdown]
# ### Check your understanding
#
# Your detector flags every account whose median retweet delay is under half a minute. Which genuine
# group in the classroom data would it catch, and what extra fact would clear them?
#
# <details><summary>Answer</summary>
#
# The fans (`fandom`), who retweet their star within seconds on debate nights. What clears them is
# the target and the timing: they echo public figures with huge audiences, mostly on debate
# nights, while loudspeakers echo the same few little-followed seeds every working day.
# </details>

# %% [markdown]
# ## 6. Applause from inside
#
# A real message earns engagement from strangers. A network's posts are applauded by the network.
# Take a candidate group, here every account that retweeted the suspected seeds at least five
# times, and ask what share of each account's retweets and replies come from that group.

# %%
retweet_counts = seed_delays["userid"].value_counts()
candidate_group = retweet_counts[retweet_counts >= 5].index
len(candidate_group)

# %% [markdown]
# The visible version: keep retweets and replies between two different accounts, then, per account
# receiving them, the share that came from inside the candidate group.

# %%
target = posts["retweet_userid"].where(posts["is_retweet"], posts["in_reply_to_userid"])
engaged = pd.DataFrame({"engager": posts["userid"], "target": target}).dropna()
engaged = engaged[engaged["engager"] != engaged["target"]].astype("int64")
inside_by_hand = engaged["engager"].isin(candidate_group).groupby(engaged["target"]).mean()

# %% [markdown]
# `signals.internal_engagement_share` does the same; the line below checks that both agree, then
# shows the suspected seeds' shares.

# %%
inside = signals.internal_engagement_share(posts, candidate_group)
print(np.allclose(inside.sort_index(), inside_by_hand.sort_index()))
inside.loc[suspected_seeds].round(2)

# %% [markdown]
# Nearly all of the seeds' applause comes from the candidate group. For comparison, the public
# figures, who are also widely retweeted:

# %%
figures = labels.loc[labels["group"] == "public_figure", "userid"]
inside.reindex(figures).describe().round(2)

# %% [markdown]
# A public figure's engagement comes mostly from outside the group: strangers, fans, readers. An
# account whose applause comes almost entirely from one small set of accounts is being propped up.
# A tight genuine community (a church, a club) can look the same, so this, too, is one piece of
# evidence.

# %% [markdown]
# ## 7. Posts nobody engages with
#
# The 2021 Xinjiang set released by Twitter had almost no engagement: nearly all of its tweets got no
# like and no retweet. `signals.zero_engagement_share` measures it per account. Compare by kind.

# %%
ignored = signals.zero_engagement_share(posts)
ignored_kind = labels.set_index("userid").loc[ignored.index, "kind"]
ignored.groupby(ignored_kind, observed=True).describe()[["count", "25%", "50%", "75%"]].round(2)

# %% [markdown]
# Campaign posts are ignored more often, but the ranges overlap: many small genuine accounts get
# no likes either. Zero engagement is a weak signal on its own here; it helps describe a network you already suspect, not find one.

# %% [markdown]
# ## 8. Meet the genuine people
#
# Every measure above also fires on genuine people. Let us count the cost of a simple
# loudspeaker rule, an index of `10` or more, with `evaluate.score` and
# `evaluate.false_positive_rates`.

# %%
loud_rule = loudness >= 10
print(evaluate.score(loud_rule, labels))
evaluate.false_positive_rates(loud_rule, labels)[["group", "in_words"]].head(4)

# %% [markdown]
# The rule catches few campaign accounts (the personas post too little to be loud), and much of
# what it flags is not campaign at all: the genuine heavy posters are among the wrongly flagged. The figure below shows those costs as
# bars, one per group, named in people.
#
# **Alt text for the figure below:** one horizontal bar per group of people (and spam), its length the
# share of the group the loud rule wrongly flags. The heavy posters' bar runs the whole way, every one
# of them flagged; commercial spam has a short bar, and every other group none.

# %%
plots.false_positives(evaluate.false_positive_rates(loud_rule, labels))
plt.show()

# %% [markdown]
# Each bar is one genuine group (or spam), its length the share of that group the rule flags. The
# heavy posters' bar is long because the group is small and all of it looks loud. Spam is loud
# too, but it sells things, which is a different problem from a political campaign.

# %% [markdown]
# ## 9. Look at them yourself
#
# The account card shows one account up close: profile, a few posts and its weekly clock. Search
# for an account from the loud list above (or paste a userid). **Question**: open a heavy poster
# and a campaign loudspeaker. What in the card tells them apart, apart from the label?
#
# **Alt text for the widget below:** The account card shows the account's profile (handle, name, bio,
# location, followers) and a few of its posts, beside a small grid of its week, days of the week as
# rows and hours of the day as columns, a darker cell for an hour in which it posts more; a search
# box, an account list and a time-zone menu sit above it. The card opens on the first account of the
# loud list, read in New York time.

# %% tags=["nbval-ignore-output"]
# Interactive: search a handle or paste a userid; change the time zone to compare clocks.
from inauthentic.widgets import AccountCard

AccountCard(data, userid=int(loud[0]), tz="America/New_York")

# %% [markdown]
# <details><summary>What to look for</summary>
#
# A heavy poster writes its own varied posts, at all hours of an American day, and retweets many
# different authors. A campaign loudspeaker mostly retweets the same few seeds, seconds after they
# post, on a clock that fits an office day somewhere else. No single field of the card decides it;
# together they tell a story.
# </details>

# %% [markdown]
# ### Your turn
#
# Change `min_retweets` (how many seed retweets put an account in the candidate group) and see how
# the seeds' internal share and the public figures' change. Try `1` and `20`.

# %%
min_retweets = 5  # try 1 and 20
group = retweet_counts[retweet_counts >= min_retweets].index
shares = signals.internal_engagement_share(posts, group)
print(len(group), "accounts in the group")
pd.Series({"seeds": shares.reindex(suspected_seeds).median(), "public figures": shares.reindex(figures).median()}).round(2)

# %% [markdown]
# ## Key points
#
# - **Loudspeakers** post far more than their audience explains; `loudspeaker_index` ranks them,
#   and genuine heavy posters rank high too.
# - Following the loud accounts' retweets leads to the **seed accounts**; the answer key only
#   confirms what the retweets showed.
# - Networks echo seeds fast, but fans and genuine partisans are faster still: speed matters
#   together with *whom* is echoed.
# - Engagement that comes almost entirely from inside one group is a sign of a propped-up account;
#   zero engagement is common among genuine small accounts.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# - Graded exercise: [exercises/04_amplification.ipynb](../exercises/04_amplification.ipynb).
# - Next lesson: [Lesson 05: Networks](05_networks.ipynb): link accounts that retweet the same post at the
#   same time, and watch clusters appear.
