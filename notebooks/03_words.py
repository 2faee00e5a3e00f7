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
# # Lesson 03 · Words
#
# You will look at what accounts write and in which language, see why language is the wrong thing
# to look for, and find the texts a network pastes from account to account, even when each copy is
# slightly changed.
#
# **Teaching:** 35 minutes · **Exercises:** 20 minutes in the lesson ·
# **Graded exercise:** about 35 minutes ([exercise 03](../exercises/03_words.ipynb), homework)
#
# **Prerequisites:** [Lesson 01: Profiles](01_profiles.ipynb), [Lesson 02: Clocks](02_clocks.ipynb).
#
# **Questions this lesson answers**
#
# - Do the accounts that claim to be American write in Chinese, and does that mean anything?
# - Which texts appear on many accounts?
# - How different can two copies of one script be?
#
# **By the end you will be able to**
#
# 1. compare the language accounts write in with the location they claim, and count who a language
#    rule wrongly flags;
# 2. find copypasta by exact matching after normalising case and spaces;
# 3. measure text similarity with the Jaccard index on word sets, and choose a threshold;
# 4. explain why paraphrased, machine-written or translated text evades matching.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads what the lesson needs. `textsim` is the kit's engine for comparing texts; the
# content signals in `signals` are built on it.

# %%
import inauthentic
from inauthentic import evaluate, plots, signals, textsim

data = inauthentic.load_dataset("classroom")
accounts, posts, labels = data.accounts, data.posts, data.labels

# %%
import matplotlib.pyplot as plt
import pandas as pd
from inauthentic.widgets import AccountCard

plots.set_theme()

# %% [markdown]
# ## What was reported
#
# US intelligence described thousands of fake accounts linked to the Chinese state that posed as
# Americans while often writing in Chinese *(Annual Threat Assessment, 2024, as summarised in a
# 2024 commentary)*. Researchers find such networks through identical or near-identical posts:
# exact matches after tidying the text, or word-set similarity above `0.8`-`0.9` *(QUT Digital Media
# Research Centre's coordination toolkit; CIB Mango Tree)*.
#
# The same reporting warns that influence work reaches through diaspora communities, and that
# counter-measures must protect the genuine political voice of ethnic Chinese citizens *(Australian
# Strategic Policy Institute, 2020)*. Our question: **what do words tell us, and what do they not?**

# %% [markdown]
# ## 1. Languages on the platform
#
# Each post has a `tweet_language`, the language a detector read in its text (a two-letter
# code: `en` English, `zh` Chinese, `es` Spanish, `pt` Portuguese, `id` Indonesian). Most posts are
# in English; a sizeable minority are in Chinese, and smaller groups write in other languages.

# %%
posts["tweet_language"].value_counts().head(5)

# %% [markdown]
# Per account, the share of its posts written in Chinese is a group-and-average: `True` counts as 1,
# `False` as 0. The kit's `signals.language_share` does the same; we check that they agree.

# %%
zh_share = (posts["tweet_language"] == "zh").groupby(posts["userid"]).mean()
bool((signals.language_share(posts, "zh") - zh_share).abs().max() < 1e-12)

# %% [markdown]
# Now the claimed location. `user_reported_location` is free text typed by the owner.
# `signals.claims_us_location` recognises the United States, its states, big cities and regions,
# in English or Chinese. Here are a few locations typed by accounts that mostly write in Chinese:

# %%
locations = accounts.set_index("userid")["user_reported_location"]
claims_us = signals.claims_us_location(accounts)
writes_zh = zh_share.reindex(locations.index, fill_value=0) >= 0.5
locations[writes_zh & (locations != "")].sample(6, random_state=2)

# %% [markdown]
# ## 2. "Claims to be American, writes in Chinese"
#
# This is the pattern of the reporting, as a rule: a US location and at least half the posts in
# Chinese. `signals.us_location_writing_language` applies it. How does it score against the answer
# key, and whom does it flag?

# %%
us_zh = signals.us_location_writing_language(accounts, posts, "zh")
print(evaluate.score(us_zh, labels))
evaluate.false_positive_rates(us_zh, labels)[["group", "in_words"]].head(4)

# %% [markdown]
# The rule fails, harmfully. Almost everyone it flags is a **Chinese-speaking American** or a
# **diaspora community** account (a church, a language school, a community centre); it catches next
# to none of the campaign, which writes mostly in English.
#
# **Alt text for the figure below:** one horizontal bar per genuine group (and spam), the share of the
# group the rule flags, labelled with how many of the group's accounts it flags.

# %%
plots.false_positives(evaluate.false_positive_rates(us_zh, labels), title="Who a 'US location, writes Chinese' rule flags")
plt.show()

# %% [markdown]
# Each bar is a group of genuine people; its length is the share of that group the rule flags. Two
# bars are long and the rest are empty: the rule picks out two communities, not a network. The median
# Chinese share per group shows why:

# %%
group = labels.set_index("userid")["group"]
zh_share.groupby(group).median().sort_values(ascending=False).head(4).round(2)

# %% [markdown]
# Millions of Americans write in Chinese. Writing in a language says where someone's family is from
# or whom they talk to, not who pays them. A detector built on it is **profiling** (treating a
# community as suspect), and it fails the people counter-measures are meant to protect.

# %% [markdown]
# ### Check your understanding
#
# A colleague says: "The rule catches little of the campaign, but whatever it does catch is a real
# catch, so let us keep it as one signal among others." What is wrong with this?
#
# <details><summary>Answer</summary>
#
# The rule's flags are overwhelmingly genuine Chinese-speaking Americans and community groups, so as
# "one signal among others" it adds suspicion to exactly those people whenever another weak signal
# fires (a new account, a night-shift clock). Language may help to *read* a network already found by
# behaviour, never to find one. The kit's combined rule leaves it out on purpose.
#
# </details>

# %% [markdown]
# ## 3. Copypasta: the same text on many accounts
#
# A network has few writers and many accounts, so the same text goes out again and again:
# **copypasta** (copy-and-paste text). We start with the simplest test: texts that are identical
# after lower-casing and tidying spaces. Retweets are copies by design, so we keep original posts.

# %%
originals = posts[~posts["is_retweet"]]
simple_text = originals["tweet_text"].str.lower().str.split().str.join(" ")
simple_text.head(3)

# %% [markdown]
# Now we count, for every tidied text, how many **distinct accounts** posted it. One person posting
# the same thing twice is not copypasta; thirty accounts posting it is.

# %%
accounts_per_text = originals.groupby(simple_text)["userid"].nunique().sort_values(ascending=False)
accounts_per_text.head(8)

# %% [markdown]
# The most repeated texts are slogans and smears about the two fictional candidates, Ashby and
# Marchetti (of the Redwood and Harbor parties), and they cheer for **both sides**: "Ashby 2026!!"
# next to "Marchetti will finally fix ...". Who posted them? The answer key counts the posters of
# these texts, group by group.

# %%
top_texts = simple_text.isin(accounts_per_text.index[:8])
originals.loc[top_texts, "userid"].drop_duplicates().map(group).value_counts().head(3)

# %% [markdown]
# Nearly all of the posters are campaign accounts, with at most a handful of genuine partisans. The
# network runs personas on each side, to stoke division rather than to win votes for one candidate;
# each persona keeps to one side, and only the network as a whole works both.

# %% [markdown]
# ### Persona templates on both sides
#
# If we hide the names of the candidates and parties, slogans written for either side become one
# template. `textsim.normalise_text` tidies texts the kit's way and replaces the `masked_words`
# with a placeholder. We tidy the texts posted by at least three accounts with and without the names.

# %%
copied_texts = pd.Series(accounts_per_text.index[accounts_per_text >= 3])
tidied = textsim.normalise_text(copied_texts)
masked = textsim.normalise_text(copied_texts, masked_words=("ashby", "marchetti", "harbor", "redwood"))
pd.Series({"tidied texts": tidied.nunique(), "once names are hidden": masked.nunique()})

# %% [markdown]
# Hiding four names merges texts that differed only in whom they cheer for: one sentence, written
# once and filled in for each side. Here are texts from the templates that merged, sorted so that
# the versions of each template sit together (tidying also writes every digit as 0):

# %%
versions = tidied.groupby(masked).nunique()
both_sides = pd.DataFrame({"template": masked, "text": tidied})[masked.isin(versions.index[versions > 1])]
both_sides.drop_duplicates("text").sort_values("template", kind="stable")["text"].head(6).tolist()

# %% [markdown]
# ### An exact-copy signal
#
# For each account: the share of its original posts whose tidied text was posted by at least three
# accounts. We flag accounts where that share is at least a half.

# %%
copied = simple_text.map(accounts_per_text) >= 3
exact_share = copied.groupby(originals["userid"]).mean()
print(evaluate.score(exact_share >= 0.5, labels))

# %% [markdown]
# Exact matching finds only a small part of the campaign, and much of what it flags is genuine.
# Operators know it: their copies change a word or a phrase. Let us follow one script, a smear about "shell companies", through all its
# copies in English.

# %%
script = originals[originals["tweet_text"].str.contains("shell companies")]
pd.Series({"posts": len(script), "accounts": script["userid"].nunique(),
           "distinct texts after tidying": simple_text[script.index].nunique()})

# %% [markdown]
# One script, many versions: the accounts rephrase the opening, swap "three" for "3", change the
# closing line or the hashtag. Exact matching sees each version as a different text, so each looks
# rarer than it is. Four of the versions (in the order they first appear):

# %%
script["tweet_text"].drop_duplicates().head(4).tolist()

# %% [markdown]
# ## 4. Near-duplicates: the Jaccard index
#
# **Near-duplicates** share most of their words. The **Jaccard index** of two word sets is the words
# they share divided by all distinct words in either: 1 for the same words, 0 for none in common.
# By hand, for the first and fourth versions above (`normalise_text` tidies them the kit's way):

# %%
first, second = textsim.normalise_text(script["tweet_text"].drop_duplicates().iloc[[0, 3]])
words_1, words_2 = set(first.split()), set(second.split())
len(words_1 & words_2) / len(words_1 | words_2)

# %% [markdown]
# Two versions of the same script can fall below the usual `0.8`. Grouping helps: if A matches B and B
# matches C, all three join one group, even when A and C alone do not match, so versions in between
# link the far ends of a script.

# %% [markdown]
# Comparing every text with every other is slow for a hundred thousand posts, so the kit finds
# likely pairs first (**MinHash**, a short fingerprint of a word set) and then checks them exactly.
# `textsim.group_near_duplicates` joins matching texts into groups. How many groups does the script
# fall into at each threshold?

# %%
script_words = textsim.normalise_text(script["tweet_text"], drop_links_and_mentions=True)
pd.Series({threshold: textsim.group_near_duplicates(script_words, threshold=threshold, min_tokens=6).max() + 1
           for threshold in [1.0, 0.9, 0.8, 0.6]}, name="groups")

# %% [markdown]
# At `1.0` (the same words) the script falls apart into many groups; at `0.8`-`0.9`, the values researchers
# use, the variants join into fewer; lower still, nearly all of it is one group. A lower threshold
# also starts to join texts that merely share a topic: `0.8`-`0.9` is a compromise.

# %% [markdown]
# ### The kit's copypasta signal
#
# `signals.copypasta_share` does all of this for every account: the share of its original posts
# whose text, or a near-duplicate (Jaccard at least `0.85`), was posted by at least three accounts.
# It takes a few seconds. We compare it with our exact-copy signal.

# %%
near_share = signals.copypasta_share(posts)
detectors = {"exact copies": exact_share >= 0.5, "near-duplicates": near_share >= 0.5}
evaluate.compare_detectors(detectors, labels)

# %% [markdown]
# Near-duplicate matching catches more of the campaign than exact matching. It also flags more
# genuine accounts, because genuine people share texts too. Who?

# %%
evaluate.false_positive_rates(detectors["near-duplicates"], labels)[["group", "in_words"]].head(5)

# %% [markdown]
# **News desks** post the same wire stories; **spam** pastes ads; **diaspora community** groups repost
# the same notices (a tax-help workshop). Short everyday posts match someone else's too: here they
# come from word banks, more alike than real speech (see the datasheet). And most of the loud
# partisans are flagged: genuine supporters who paste the same slogans, memes and hashtags the
# campaign pushes. How much do they copy, compared with the campaign?

# %%
near_share.groupby(group).median().loc[["campaign_a", "partisan", "ordinary"]].round(2)

# %% [markdown]
# The median partisan copies as much as the median campaign account, or more, and far more than an ordinary
# user. Honest people copy, and fervent supporters most of all: a copied slogan alone says nothing
# about who posted it. Lesson 06 shows what other evidence tells partisans and personas apart.

# %% [markdown]
# ## 5. What near-duplicate matching cannot see
#
# The same script also exists in Chinese. Word sets in two languages share no words, so their
# Jaccard index is zero, however faithful the translation. The same is true of a message reworded
# from scratch, by a person or by a language model. Compare the English version with a Chinese one:

# %%
chinese = originals.loc[originals["tweet_text"].str.contains("空壳公司"), "tweet_text"].iloc[0]
english, chinese_words = textsim.normalise_text(pd.Series([script["tweet_text"].iloc[0], chinese]))
chinese, len(set(english.split()) & set(chinese_words.split()))

# %% [markdown]
# Zero shared words: to a word-set method these are unrelated texts. Reporting in 2024 warned that
# AI tools let operators write endless varied messages *(New York Times; C. Krebs via CNN, 2024)*.
# Text that varies on the surface defeats exact and near-duplicate matching alike.

# %% [markdown]
# What still works is what the words cannot hide: the accounts post the same *claim* at the same
# *time*, from the same clock, and retweet each other. Researchers also compare meaning with
# multilingual sentence **embeddings** (numbers that place texts with similar meaning close
# together), which the kit leaves out. Lessons 04 and 05 follow the behaviour.

# %% [markdown]
# ### Check your understanding
#
# Why do researchers use a threshold of `0.8`-`0.9` rather than `0.5`, if `0.5` joins more of a script's
# copies? And why not `1.0`?
#
# <details><summary>Answer</summary>
#
# At `1.0` every small edit makes a "different" text, so copies with a swapped word are missed. At
# `0.5` two posts about the same news story, or two short replies sharing common words, count as
# copies, so genuine people who simply discuss the same thing are joined to the network. `0.8`-`0.9`
# catches light edits while still requiring most words to be the same.
#
# </details>

# %% [markdown]
# ## One account up close
#
# Let us look at the genuine account with the highest copypasta share among diaspora community
# members. In which languages does it write? What are its repeated posts about? Would you call that
# copypasta in the same sense as the campaign's? Search for other accounts by handle, too.
#
# **Alt text for the widget below:** The account card shows the account's profile (handle, name, bio,
# location, followers) and a few of its posts, beside a small grid of its week, days of the week as
# rows and hours of the day as columns, a darker cell for an hour in which it posts more; a search
# box, an account list and a time-zone menu sit above it. The card opens on a diaspora community
# member, read in New York time.

# %% tags=["nbval-ignore-output"]
# Interactive: an account card; type a handle into Search, pick an account, change the time zone.
diaspora = labels.loc[labels["group"] == "diaspora_community", "userid"]
example = near_share.reindex(diaspora).idxmax()
AccountCard(data, userid=example, tz="America/New_York")

# %% [markdown]
# ### Your turn
#
# Change `min_accounts` (how many accounts must post a text before it counts as copypasta) and
# re-run. What happens to precision and recall at `2`? At `10`? Which genuine group stays flagged the
# longest?

# %%
min_accounts = 3  # try 2, 5 and 10
copied_by = simple_text.map(accounts_per_text) >= min_accounts
flags = copied_by.groupby(originals["userid"]).mean() >= 0.5
print(evaluate.score(flags, labels))
evaluate.false_positive_rates(flags, labels)[["group", "in_words"]].head(3)

# %% [markdown]
# ## Key points
#
# - Language and location describe communities, not operations: a "US location, writes Chinese"
#   rule flags Chinese-speaking Americans and diaspora groups and misses the campaign.
# - Copypasta shows up as the same text on many accounts: tidy case and spaces, then count accounts
#   per text. The same templates run on both sides of the election.
# - Near-duplicate matching (Jaccard on word sets, `0.8`-`0.9`) catches lightly edited copies; news
#   desks, spam, community notices and, above all, genuine partisans copy too.
# - Translated, paraphrased or machine-written text evades word matching: follow the behaviour.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# - Graded exercise: [exercises/03_words.ipynb](../exercises/03_words.ipynb).
# - Next lesson: [Lesson 04: Amplification](04_amplification.ipynb), on loudspeakers and the echo.
