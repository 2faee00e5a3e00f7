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
# # Lesson 07 · Capstone briefing
#
# A new platform, a new operation, and no answer key in sight. This briefing tells you what you
# are given, which methods to bring, what to hand in and how it is judged, so that you can plan
# your own investigation.
#
# **Teaching:** 20 minutes · **Exercises:** 10 minutes in the lesson ·
# **Graded exercise:** about 150 minutes ([the capstone](../exercises/07_capstone.ipynb), two to
# three hours, mostly outside class)
#
# **Prerequisites:** lessons [01](01_profiles.ipynb) to [06](06_weighing_evidence.ipynb).
#
# **Questions this lesson answers**
#
# - What is in the capstone data? Where do I start?
# - What does a good hand-in look like?
# - What do I owe the people I might wrongly accuse?
#
# **By the end you will be able to**
#
# 1. plan an investigation of an unfamiliar platform with the methods of lessons 01 to 06;
# 2. produce the three parts of the hand-in: flagged accounts, an evidence table, a report;
# 3. explain how the hand-in is scored, and why precision matters as much as recall;
# 4. explain when it is, and is not, right to name an account in public.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads the capstone platform **without** its answer key, as an investigator would
# receive it, and the small `tiny` platform (with its key) for practising the hand-in format.

# %%
import inauthentic
from inauthentic import evaluate, plots, signals

data = inauthentic.load_dataset("capstone", labels=False)
practice = inauthentic.load_dataset("tiny")

# %%
import matplotlib.pyplot as plt
import pandas as pd

plots.set_theme()
data

# %% [markdown]
# ## What was reported
#
# Operations change. In 2024 reporters described a tactical shift: covert accounts became more
# willing to target specific candidates and parties, an effort still "modest" but possibly growing
# *(New York Times, 2024)*. Commentators warned that AI-written messages could make text vary more
# than before *(New York Times; C. Krebs via CNN, 2024)*. A method tuned on one network may miss the
# next.
#
# **Our question** for the capstone: on a platform you have not seen, with at least one
# coordinated operation that may not behave like Campaign A, can you find the operation's accounts,
# show your evidence, and avoid accusing genuine people?

# %% [markdown]
# ## 1. What you are given
#
# The capstone platform has the same three tables as the classroom, minus the answer key.
# `data.labels` is `None`: you will be scored against the key, so you never see it.

# %%
print(data.labels is None)
len(data.accounts), len(data.posts), data.posts["tweet_time"].min(), data.posts["tweet_time"].max()

# %% [markdown]
# The columns are the ones you know from the classroom data, so every kit function you used works
# here unchanged.

# %%
print("accounts:", ", ".join(data.accounts.columns))
print("posts:", ", ".join(data.posts.columns))

# %% [markdown]
# **Do not open** `datasets/capstone/labels.csv` or `INSTRUCTOR-ANSWER-KEY.md` beside it: they
# describe what was planted. Reading them turns an investigation into copying, and on a real
# platform there is no such file. The capstone's `DATASHEET.md` describes the platform, not the
# operation's tactics, and is fair to read. A graded class gets its own capstone made with a private seed anyway.

# %% [markdown]
# ### Check your understanding
#
# Why does the capstone come without labels, when every lesson used them?
#
# <details><summary>Answer</summary>
#
# In the lessons the answer key let you *measure* a method: precision, recall, who was wrongly
# flagged. On a real platform nobody hands you a key; you have to argue from the evidence. The
# capstone practises that, and the key is used only afterwards, to score what you found.
# </details>

# %% [markdown]
# ## 2. Assume nothing
#
# Campaign A worked Beijing office hours, made accounts in bursts and leaned on loudspeakers. The
# capstone's operation may differ on any of these. Treat every number you learned (UTC+8, a
# one-minute window, seventy-two posts a day) as a question to ask again, not an answer.

# %% [markdown]
# One trap to know: `signals.signal_table(data)` reads the clock in **UTC+8** unless you pass
# another zone (`tz=`). If the data suggests another working zone, rebuild the table in that zone.
# The clock explorer below lets you search every offset.

# %% [markdown]
# ## 3. The checklist
#
# Work through the families of signals in the order of the lessons. For each, write down what you
# looked at, what you found, and which genuine people could look the same.
#
# | lesson | question to ask | kit tools |
# |---|---|---|
# | [Lesson 01 · Profiles](01_profiles.ipynb) | Were accounts made in bursts? Templated handles, bios, shared pictures? | `plots.creation_timeline`, `signals.creation_burst_size`, `name_plus_digits_handle`, `shared_bio_count`, `shared_image_count` |
# | [Lesson 02 · Clocks](02_clocks.ipynb) | In which zone does some group keep a working week? Lunch, weekends, holidays? | `widgets.ClockExplorer`, `plots.clock_heatmap`, `signals.office_hours_fit_by_offset`, `best_working_timezone` |
# | [Lesson 03 · Words](03_words.ipynb) | Do texts travel between accounts, copied or lightly reworded? | `signals.copypasta_reach`, `copypasta_share`, `coordination.co_similar_text_edges` |
# | [Lesson 04 · Amplification](04_amplification.ipynb) | Who is loud for their audience? Whom do they echo, how fast? Is the applause internal? | `signals.loudspeaker_index`, `retweet_delays`, `seed_retweet_delay`, `internal_engagement_share` |
# | [Lesson 05 · Networks](05_networks.ipynb) | Who acts together: retweets, links, hashtags? At which window? | `coordination.co_retweet_edges`, `co_link_edges`, `co_hashtag_edges`, `clusters`, `cluster_summary` |
# | [Lesson 06 · Weighing evidence](06_weighing_evidence.ipynb) | Which tells agree for which accounts? Who else would the rule catch? | `signals.signal_table`, votes over tells, `widgets.AccountCard` for reading accounts by hand |

# %% [markdown]
# Three habits from the lessons matter most. Look at the whole platform before a group: a pattern
# must stand out from the genuine background. Try more than one co-action (retweets, links,
# hashtags, texts) and more than one window. And read a sample of flagged accounts by hand.

# %% [markdown]
# ## 4. A first look at the clocks
#
# The clock explorer shows the share of posts in each hour of the week, read at the UTC offset you
# choose. **Question** (for your plan, not for now): at which offsets, if any, does the platform's
# activity or a group you suspect look like a working week?
#
# **Alt text for the widget below:** The clock explorer has a slider for the UTC offset and a menu of
# groups of accounts above a grid of the week (days as rows, hours as columns, darker cells for more
# posts) with a box drawn around weekday office hours and a dotted box around lunch; below it, one
# line for weekdays and a dashed one for the weekend show the posts by hour of the day. A sentence
# above says what share of the posts falls in office hours at this offset. It opens on the whole
# platform at UTC.

# %% tags=["nbval-ignore-output"]
# Interactive: slide the UTC offset; pass userids={"my group": ids} to look at accounts you suspect.
from inauthentic.widgets import ClockExplorer

ClockExplorer(data)

# %% [markdown]
# Across the whole platform, genuine users write most of the posts, so their clock shapes the
# picture and blurs any operation inside it. An operation stands out clearly only once you look at
# a candidate group: accounts picked by another signal (a network cluster, a creation burst,
# shared texts). Then pass them with `userids=` and slide again.

# %% [markdown]
# ## 5. What to hand in
#
# The graded notebook, [exercises/07_capstone.ipynb](../exercises/07_capstone.ipynb), asks for three
# things:
#
# 1. **Flagged accounts**: the userids you judge to be part of a coordinated operation.
# 2. **An evidence table**: one row per flagged account, one True/False column per signal you used,
#    so a reader sees which signals back which account.
# 3. **A short written report** (about a page): what you found, how, what you are unsure of, and
#    which genuine groups could look like your operation.

# %% [markdown]
# ## 6. Practice the format
#
# Here is the shape of parts 1 and 2, built on the small `tiny` platform (which has a key, so we can
# also score it). Three tells, each a yes or no per account:

# %%
tells = pd.DataFrame({"office hours (UTC+8)": signals.office_hours_share(practice.posts, tz="UTC+8") >= 0.5,
                      "name+digits handle": signals.name_plus_digits_handle(practice.accounts),
                      "shared picture": signals.shared_image_count(practice.accounts) >= 1}).fillna(False)
tells.sum()

# %% [markdown]
# The flagged accounts are those where at least two tells agree; the evidence table is the tells of
# exactly those accounts. On the capstone you choose the tells, the thresholds and the rule, and you
# justify them.

# %%
flagged = tells.index[tells.sum(axis=1) >= 2]
evidence = tells.loc[flagged]
evidence.head()

# %% [markdown]
# ## 7. How it is scored
#
# Your flagged accounts are compared with the answer key: **F1** against all campaign accounts
# (every coordinated operation on the platform counts; spam and genuine accounts do not). Here is
# the practice rule's score on `tiny`:

# %%
result = evaluate.score(flagged, practice.labels)
print(result)

# %% [markdown]
# Points come in **tiers of F1**, so a careful rule beats a lucky one. The graded notebook gives the
# exact cut-offs; as a guide:
#
# | F1 | tier | points for the flagged accounts |
# |---|---|---|
# | `0.90` or more | excellent: the operation found, almost nobody wrongly accused | 6 of 6 |
# | `0.75` to `0.90` | good | 5 |
# | `0.50` to `0.75` | partial | 3 |
# | below `0.50` | not yet | 1 (for a well-formed list) |
#
# The computer checks the evidence table's form: a row for each flagged account and nobody else,
# True/False columns, a True in every row, and no column that is only a language or location flag
# (that costs a point). The report is marked by hand with a rubric: every flagged account backed
# by at least one behavioural signal, no account flagged for its language or location alone,
# thresholds justified, false positives discussed group by group, limits of attribution stated.

# %% [markdown]
# The tier of a score, written out in pandas (the kit has no function for it):

# %%
tiers = pd.cut([result.f1], bins=[0, 0.5, 0.75, 0.9, 1.0], labels=["not yet", "partial", "good", "excellent"],
               include_lowest=True, right=False)
tiers[0]

# %% [markdown]
# ### Check your understanding
#
# A classmate flags every account that posted in the platform's busiest hours, many hundreds of
# accounts in all, and catches the whole operation. Why is their F1 low, and what did it cost?
#
# <details><summary>Answer</summary>
#
# Recall is perfect but precision is tiny: most of those accounts are genuine people, so F1 (which
# needs both) is low. The cost is the people: hundreds of genuine accounts wrongly accused.
# The tiers reward the balance, not the size of the list.
# </details>

# %% [markdown]
# ## 8. Naming accounts: the ethics
#
# On this synthetic platform nobody is harmed by a wrong flag. On a real one, publishing a handle as
# "a state-linked fake" can cost a real person their reputation, their job or their safety, and a
# wrongly accused community learns that speaking up is dangerous (lesson 03).

# %% [markdown]
# Practitioners follow a few rules worth adopting now:
#
# - **Describe behaviour, not identity**: "these accounts post the same texts within minutes", not
#   "these are Chinese agents".
# - **Name only with strong, agreeing evidence**, and say how sure you are.
# - **Never use language, location or community** as evidence on its own.
# - **Give the platform the evidence** before going public; it can see what you cannot.
# - **Do not amplify** the operation's messages while exposing it.

# %% [markdown]
# ### Check your understanding
#
# Your capstone rule flags forty accounts; you have read ten by hand and are sure of nine. Would
# you publish all forty handles?
#
# <details><summary>Answer</summary>
#
# No. On a real platform you would describe the network and its behaviour, publish the evidence for
# the accounts you have checked, state your error estimate (one in ten of those you read looked
# genuine), and hand the full list to the platform rather than naming people you have not
# checked. In the capstone you hand in all forty, because the scoring asks for it, and your report
# says how confident you are.
# </details>

# %% [markdown]
# ### Your turn
#
# Practise the scoring on `tiny` before the real thing: change how many tells must agree and watch
# the score and the tier. Which rule would you defend in a report?

# %%
min_tells = 2  # try 1 and 3
mine = tells.index[tells.sum(axis=1) >= min_tells]
score = evaluate.score(mine, practice.labels)
print(score, "->", pd.cut([score.f1], [0, 0.5, 0.75, 0.9, 1.0], right=False, include_lowest=True,
                          labels=["not yet", "partial", "good", "excellent"])[0])

# %% [markdown]
# ## Key points
#
# - The capstone is a new platform with at least one operation that may not behave like Campaign A:
#   re-ask every question, do not reuse every number.
# - Work through the checklist of lessons 01 to 06; find candidates with one signal, test them with
#   others, and read accounts by hand.
# - Hand in flagged accounts, an evidence table and a short report; scoring is by F1 tiers, so
#   wrongly accused accounts cost as much as missed ones.
# - Describe behaviour, name only with strong evidence, and never flag anyone for language,
#   location or community.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# - The graded capstone: [exercises/07_capstone.ipynb](../exercises/07_capstone.ipynb).
# - Next lesson: [Lesson 08: Real data](08_real_data.ipynb): the same signals on a file in the Information
#   Operations archive's own format.
