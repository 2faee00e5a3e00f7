# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [raw]
# # ASSIGNMENT CONFIG
# name: 03_words
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
# # Exercise 03: Words
#
# *About 35 minutes. 8 points: 6 checked by the computer, 2 for a short written answer that
# your instructor reads.*
#
# Lesson 03 showed that an operation's accounts post the same scripts, word for word or nearly,
# and that the language an account writes in says nothing about who runs it. Here you write
# those steps yourself, in pandas, on the classroom data set:
#
# 1. tidy texts so that copies look the same (Question 3.1);
# 2. measure how alike two texts are with the Jaccard similarity of their words (Question 3.2);
# 3. flag the accounts that mostly post texts many accounts post (Question 3.3);
# 4. explain why language is not evidence (Question 3.4).
#
# **How to work.** Replace each `...` with your code, then run the `grader.check` cell under
# it: it tells you straight away whether your answer passes the checks, and if not, a hint
# about the likely mistake. Your instructor may run more checks (on other texts and other
# settings) when grading, so write code that works in general, not just for the example.
# Keep the notebook's name (`03_words.ipynb`): the checks find their tests by it.
#
# **The answer key.** `labels` says which accounts belong to Campaign A. A detector never sees
# it: use it only to *measure* a rule, never inside one.

# %%
import numpy as np
import pandas as pd

import inauthentic
from inauthentic import evaluate, signals, textsim

np.random.seed(20261103)
data = inauthentic.load_dataset("classroom")
posts = data.posts    # one row per post: userid, tweet_text, tweet_language, is_retweet, ...
labels = data.labels  # the answer key: userid, kind, group, role
originals = posts[~posts["is_retweet"]]  # a retweet repeats a text by design: leave retweets out

# Three texts a copier might post: the same script, dressed differently.
messy = pd.Series(["Vote  NOW: https://x.example/a1", "vote now: https://x.example/b2 ", "  VOTE now:"])
messy.tolist()

# %% [raw]
# # BEGIN QUESTION
# name: q3_1
# points: 2

# %% [markdown]
# ## Question 3.1 (2 points): tidy the texts
#
# Copies are dressed up to look different: capitals, spacing, a different link. Write
# `tidy(texts)`: for a Series of texts, return them **lower-cased**, with every link (text
# starting `http://` or `https://` up to the next space) **removed**, and the words separated
# by **single spaces** (none at the start or the end). Keep the index of `texts`.
#
# *Hint:* `.str.lower()`, `.str.replace(r"https?://\S+", "", regex=True)`, and
# `.str.split().str.join(" ")`. The kit's `textsim.normalise_text` goes further (it also
# masks numbers and drops punctuation); Question 3.3 uses it.

# %% [raw]
# # BEGIN SOLUTION

# %%
def tidy(texts):
    """Lower-case, drop links and collapse the spaces of each text."""
    return texts.str.lower().str.replace(r"https?://\S+", "", regex=True).str.split().str.join(" ")  # SOLUTION


tidy(messy).tolist()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  tidy should return a Series of texts with the same index as its input (one tidied text for
  each text).
""" # END TEST CONFIG
bool(isinstance(tidy(messy), pd.Series) and tidy(messy).index.equals(messy.index) and tidy(messy).map(type).eq(str).all())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your texts still have capital letters, so "Vote" and "vote" count as different words.
  Lower-case them with .str.lower().
""" # END TEST CONFIG
bool(not isinstance(tidy(messy), pd.Series) or not tidy(messy).map(type).eq(str).all() or tidy(messy).eq(tidy(messy).str.lower()).all())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your texts still contain links: each copy carries its own link, so copies would not match.
  Remove them with .str.replace(r"https?://\S+", "", regex=True).
""" # END TEST CONFIG
bool(not isinstance(tidy(messy), pd.Series) or not tidy(messy).map(type).eq(str).all() or not tidy(messy).str.contains("http").any())

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: after lower-casing and removing links, split each text into words and join
  them with single spaces (.str.split().str.join(" ")), so that no space is left at either end.
""" # END TEST CONFIG
(tidy(messy).tolist(), int(tidy(originals["tweet_text"]).nunique()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: tidy is wrong for other texts (tabs, line breaks, several links).
""" # END TEST CONFIG
tidy(pd.Series(["A\tB\nC  http://x.example/1 D https://y.example/2", "   "], index=[7, 3])).to_dict() == {7: "a b c d", 3: ""}

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q3_2
# points: 2

# %% [markdown]
# ## Question 3.2 (2 points): how alike are two texts?
#
# Write `jaccard(text_a, text_b)`: the **Jaccard similarity** of the two texts' sets of words
# (split on spaces): the number of words they share divided by the number of distinct words
# in either. Two texts with no words at all score 0. Then compare two versions of one script.
#
# *Hint:* `set(text.split())`; `a & b` is the set of shared words, `a | b` the set of all.

# %%
script = textsim.normalise_text(originals.loc[originals["tweet_text"].str.contains("shell companies"), "tweet_text"]).drop_duplicates()
version_1, version_2 = script.iloc[0], script.iloc[3]
version_1, version_2

# %% [raw]
# # BEGIN SOLUTION

# %%
def jaccard(text_a, text_b):
    """Shared words over all distinct words of two texts (0 when both are empty)."""
    # BEGIN SOLUTION
    words_a, words_b = set(text_a.split()), set(text_b.split())
    every = words_a | words_b
    return len(words_a & words_b) / len(every) if every else 0.0
    # END SOLUTION


jaccard(version_1, version_2)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: jaccard should return one number between 0 and 1, and 1 for a text compared with itself.
""" # END TEST CONFIG
bool(isinstance(jaccard("a b c", "a b d"), (float, int, np.floating)) and 0 <= jaccard("a b c", "a b d") <= 1 and jaccard(version_1, version_1) == 1)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your similarity compares letters, not words: set(text) is the set of characters. Split the
  text into words first: set(text.split()).
""" # END TEST CONFIG
bool(not isinstance(jaccard("a b c", "a b d"), (float, int, np.floating)) or not np.isclose(jaccard("stop the war", "stop the raw"), 1.0))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your similarity divides by the shorter text (or one text): a short text inside a long one
  then scores 1. Jaccard divides by the union, all the distinct words of both (a | b).
""" # END TEST CONFIG
bool(not isinstance(jaccard("a b c", "a b d"), (float, int, np.floating)) or not np.isclose(jaccard("vote now", "vote now or never again"), 1.0))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: count the distinct words both texts share and divide by the distinct words
  of either text (repeated words count once).
""" # END TEST CONFIG
(round(jaccard("a b c", "a b d"), 3), round(jaccard("vote vote now", "now vote"), 3), round(jaccard(version_1, version_2), 3))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: jaccard is wrong for other texts (empty ones, or with no word in common).
""" # END TEST CONFIG
bool(jaccard("", "") == 0 and jaccard("x y", "z") == 0 and np.isclose(jaccard(script.iloc[1], script.iloc[2]), len(set(script.iloc[1].split()) & set(script.iloc[2].split())) / len(set(script.iloc[1].split()) | set(script.iloc[2].split()))))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q3_3
# points: 2

# %% [markdown]
# ## Question 3.3 (2 points): accounts that post what many others post
#
# Write `flag_copiers(posts, min_accounts, min_share)`: a True/False Series indexed by
# `userid`, one row for every account with original posts (not retweets), True for accounts
# where at least `min_share` of their original posts have a text (tidied with
# `textsim.normalise_text`) that **at least `min_accounts` different accounts** posted.
# Use only `posts`: a detector never looks at the answer key. Then measure it.
#
# *Hint:* group the original posts by their tidied text and count distinct accounts with
# `["userid"].nunique()`; `.map(...)` gives each post its text's count.

# %% [raw]
# # BEGIN SOLUTION

# %%
def flag_copiers(posts, min_accounts, min_share):
    """Flag accounts whose original posts are mostly texts that ``min_accounts`` accounts posted."""
    # BEGIN SOLUTION
    own_posts = posts[~posts["is_retweet"]]
    text = textsim.normalise_text(own_posts["tweet_text"])
    accounts_per_text = own_posts.groupby(text)["userid"].nunique()
    copied = text.map(accounts_per_text) >= min_accounts
    return copied.groupby(own_posts["userid"]).mean() >= min_share
    # END SOLUTION


copier_flags = flag_copiers(posts, 3, 0.5)
print(evaluate.score(copier_flags, labels))

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  flag_copiers should return a True/False Series indexed by userid, with one row for each
  account that has original posts.
""" # END TEST CONFIG
bool(isinstance(flag_copiers(posts, 3, 0.5), pd.Series) and flag_copiers(posts, 3, 0.5).dtype == bool and set(flag_copiers(posts, 3, 0.5).index) == set(originals["userid"]))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rule flags the accounts that write in Chinese: that is language, not copying, and
  language is never evidence on its own (hundreds of genuine Chinese-speaking Americans and
  diaspora members write Chinese here). Flag by how many accounts post the same text.
""" # END TEST CONFIG
bool(not isinstance(flag_copiers(posts, 3, 0.5), pd.Series) or (flag_copiers(posts, 3, 0.5).astype(bool) & (signals.language_share(posts, "zh") >= 0.5).reindex(flag_copiers(posts, 3, 0.5).index, fill_value=False)).sum() < 0.5 * (signals.language_share(posts, "zh") >= 0.5).sum())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your flags match the answer key exactly: the rule is reading labels. A detector only sees
  posts; labels are for measuring it afterwards.
""" # END TEST CONFIG
bool(not isinstance(flag_copiers(posts, 3, 0.5), pd.Series) or evaluate.score(flag_copiers(posts, 3, 0.5), labels).f1 < 0.99)

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The number flagged is not right yet: leave out retweets, count DISTINCT accounts per tidied
  text (nunique, not the number of posts), and keep accounts whose share is at least min_share.
""" # END TEST CONFIG
(int(flag_copiers(posts, 3, 0.5).sum()), int(flag_copiers(posts, 5, 0.3).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: flag_copiers is wrong on another data set (tiny, without its labels) or with other settings.
""" # END TEST CONFIG
bool((lambda other, kept: flag_copiers(other, 2, 0.2).sort_index().equals((textsim.normalise_text(kept["tweet_text"]).map(kept.groupby(textsim.normalise_text(kept["tweet_text"]))["userid"].nunique()).ge(2).groupby(kept["userid"]).mean() >= 0.2).sort_index()))(inauthentic.load_dataset("tiny").posts, inauthentic.load_dataset("tiny").posts.query("~is_retweet")))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [markdown]
# Before Question 3.4, look at who a rule on language alone would catch:

# %%
writes_chinese = signals.language_share(posts, "zh") >= 0.5
evaluate.false_positive_rates(writes_chinese, labels)[["group", "in_words"]].head(3)

# %% [raw]
# # BEGIN QUESTION
# name: q3_4
# manual: true
# points: 2

# %% [markdown]
# ## Question 3.4 (2 points, read by your instructor): language is not evidence
#
# The table above shows who a rule "writes mostly Chinese" flags. In three to five sentences:
# why is the language an account writes in not evidence that it belongs to an operation, what
# does copying show that language does not, and who would pay if an investigator flagged by
# language?

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# Millions of genuine people write Chinese, including the Chinese-speaking Americans and the
# diaspora community here, so a language rule flags them (nearly all of them) and finds no
# campaign account at all: the operation can write in any language it likes. Copying is
# behaviour: many accounts posting the same script shows that someone coordinated them,
# whatever the language of the script. Flagging by language would accuse whole communities
# of being foreign agents, the harm this kind of work must avoid; language can only help
# describe a network already found by behaviour, never find one.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## When you are done
#
# Run every `grader.check` cell once more from the top (Kernel, Restart and Run All) and save
# the notebook. Hand in `03_words.ipynb` as your instructor asked; keep its name.
