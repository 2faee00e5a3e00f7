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
# # Lesson 01 · Profiles
#
# You will find the accounts of a fake network from their profiles alone (when they were made,
# their handles, their bios and their pictures), and count the genuine people each clue would
# wrongly accuse.
#
# **Teaching:** 30 minutes · **Exercises:** 20 minutes in the lesson ·
# **Graded exercise:** about 45 minutes ([exercise 01](../exercises/01_profiles.ipynb), homework)
#
# **Prerequisites:** [Lesson 00: Start here](00_start_here.ipynb).
#
# **Questions this lesson answers**
#
# - Were the network's accounts made in batches?
# - What do their handles, bios and pictures have in common?
# - Who else looks like that?
#
# **By the end you will be able to**
#
# 1. find bursts of account creation by grouping and counting a date;
# 2. find name-plus-digits handles, templated bios and shared profile pictures;
# 3. measure what each clue costs, as genuine people flagged, group by group;
# 4. explain why no profile clue is evidence on its own.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads everything the lesson needs, so the notebook runs on its own in a fresh kernel.
# `data` holds three tables: `accounts` (one row per profile), `posts`, and `labels`, the answer
# key that only a synthetic data set can offer.

# %%
import inauthentic
from inauthentic import evaluate, plots, signals

data = inauthentic.load_dataset("classroom")
accounts, labels = data.accounts, data.labels

# %%
import matplotlib.pyplot as plt
import pandas as pd
from inauthentic.widgets import AccountCard

plots.set_theme()

# %% [markdown]
# ## What was reported
#
# When the New York Times looked at the accounts that reposted Chinese envoys and state media in
# one week, about a third had been created in the previous three months *(New York Times analysis,
# 2020, via the National Endowment for Democracy's blog)*. Researchers studying the takedown sets
# platforms published describe accounts with almost no followers, no bio, handles made of a first
# name and eight digits, and generated faces *(analyses of platform takedown archives, 2019-2020)*.
#
# In 2024 covert accounts posed as fervent partisans: one described itself as a father, husband and
# son, and ended its bio with a slogan for its candidate *(New York Times newsletter, 2024)*. Our
# question: **do the profiles on our platform show the same marks, and who else carries them?**

# %% [markdown]
# ## A first look at the profiles
#
# Each row of `accounts` is one profile, with the columns of Twitter/X's public archive. Let us
# look at the columns this lesson uses, for a few accounts.

# %%
profile_columns = ["user_screen_name", "user_profile_description", "account_creation_date", "profile_image_hash"]
accounts.set_index("userid")[profile_columns].sample(5, random_state=1)

# %% [markdown]
# ## 1. Creation bursts
#
# An operator who needs two hundred accounts makes them in batches, when a contract starts or a
# stock of phone numbers arrives. Genuine people sign up one at a time. So we **group** the
# accounts by creation day and **count** each day: a batch shows up as a day with many.

# %%
created_day = accounts["account_creation_date"].dt.date
per_day = created_day.value_counts()
per_day.head(10)

# %% [markdown]
# A handful of days stand far above the rest: on an ordinary day only a few accounts were created,
# on those days many times more. How unusual is that? The distribution of all days puts it in context.

# %%
per_day.describe()

# %% [markdown]
# Most days saw a single new account. The kit's `signals.creation_burst_size` gives every account
# the size of its own creation day (itself included). It does exactly what we wrote; the line below
# checks that the two agree for every account.

# %%
burst = signals.creation_burst_size(accounts)
bool((burst.to_numpy() == created_day.map(per_day).to_numpy()).all())

# %% [markdown]
# **Alt text for the figure below:** a step line per kind of account (genuine, campaign, spam) of
# how many accounts were created each day, from a few weeks before the first burst to the end of
# the data, in the answer key's colours. The kit picks that range itself (`start=` and `end=`
# choose another).

# %%
plots.creation_timeline(accounts, labels)
plt.show()

# %% [markdown]
# The horizontal axis is the day of creation, the vertical axis how many accounts were made that
# day, one line per kind. Genuine sign-ups form a low, steady trickle; the campaign's line is almost
# flat at zero, with a few tall spikes, one per batch. That is what bulk creation looks like. The
# legend counts accounts made in this range only: the rest of the campaign was made long before.

# %% [markdown]
# ### Check your understanding
#
# A burst of thirty new accounts on one day: is that proof that they belong to one operator? What else
# could make many genuine people sign up on the same day?
#
# <details><summary>Answer</summary>
#
# No. Sign-up waves follow news events (a debate, a scandal, a rival platform shutting down), and
# a class or a club may join together. A burst says "look closer at these accounts", not "these
# are fake". Real archives also give only the creation *date*, so two accounts made an hour apart
# and two made almost a day apart look the same.
#
# </details>

# %% [markdown]
# ### Who does a burst rule catch?
#
# Let us flag every account created on a day with at least ten creations, and ask the answer key
# how that went: `evaluate.score` gives precision (how many flagged are campaign) and recall (how
# much of the campaign is caught).

# %%
in_burst = burst >= 10
print(evaluate.score(in_burst, labels))

# %% [markdown]
# The rule is precise, but it misses much of the campaign, and it is not clean. `evaluate.false_positive_rates` counts the genuine people it
# flags, group by group: each of them is someone a careless investigator would accuse.

# %%
evaluate.false_positive_rates(in_burst, labels)[["group", "in_words"]].head(4)

# %% [markdown]
# The genuine accounts caught are mostly **newcomers**: people who joined the platform recently, some
# on the same day as a batch. A burst rule also misses campaign accounts made long before, such as
# accounts that were bought or taken over and **repurposed** (put to a new use).

# %% [markdown]
# ## 2. Name-plus-digits handles
#
# When you sign up, a platform suggests a handle: your name and eight digits. People making accounts
# in bulk keep it. A **regular expression** (a pattern for text) finds handles made of letters
# followed by at least five digits.

# %%
handles = accounts.set_index("userid")["user_screen_name"]
digit_handle = handles.str.fullmatch(r"[A-Za-z][A-Za-z_]*\d{5,}")
handles[digit_handle].sample(8, random_state=0)

# %% [markdown]
# Five digits leaves out the common name-plus-birth-year handle (`jo_1987`). The kit's
# `signals.name_plus_digits_handle` uses the same pattern; check that both agree.

# %%
bool((signals.name_plus_digits_handle(accounts) == digit_handle).all())

# %% [markdown]
# Now the cost. Who has such a handle, apart from the campaign? The table counts the genuine people
# (and spam accounts) of each group whose handle fits the pattern.

# %%
evaluate.false_positive_rates(digit_handle, labels)[["group", "in_words"]].head(4)

# %% [markdown]
# The newcomers are hit hardest: most kept the suggested handle, as new users on real platforms do
# when they do not care what they are called. A digit handle says how an
# account was *made*, not who made it.

# %% [markdown]
# ## 3. Templated bios
#
# The reported persona had a family phrase ("father, husband and son") and a slogan ("... all the
# way!!"). Let us search the bios for both parts. `case=False` ignores capitals; `|` means "or".

# %%
bios = accounts.set_index("userid")["user_profile_description"]
family = bios.str.contains(r"father|husband|wife|mother|\bmom\b|\bdad\b|grandpa", case=False)
slogan = bios.str.contains(r"all the way|#\w+2026|america first", case=False)
bios[family & slogan].head(6)

# %% [markdown]
# The same three-part template comes back again and again: a family phrase, a job or hobby, and a
# slogan for one of the two fictional candidates (Ashby or Marchetti). Now let us count each part
# alone, and both together, in every group of the answer key.

# %%
group = labels.set_index("userid")["group"]
parts = pd.DataFrame({"family words": family, "slogan": slogan, "both": family & slogan})
parts.groupby(group).sum()

# %% [markdown]
# Read the table by rows. Family words alone are something many ordinary people write ("Mom of
# three"). A slogan is what fervent supporters write about themselves, and genuine **partisans**
# (loud, real supporters of one side; the group `partisan`) do it too, sometimes with family words as
# well. So the combination points to a template only when it repeats across accounts that share
# other marks.

# %% [markdown]
# How much would the bio template cost as a detector on its own? The false-positive table names the
# genuine groups it flags; the row for the partisans is the price of treating a political bio as a clue.

# %%
evaluate.false_positive_rates(family & slogan, labels)[["group", "in_words"]].head(3)

# %% [markdown]
# The genuine people the template catches are partisans: real supporters who describe themselves
# the way the campaign's personas do. Their bios are honest; only other, non-political marks
# could ever tell a persona from them.

# %% [markdown]
# ### Near-duplicate bios
#
# Searching for phrases we already know only finds the template we expected. The kit's
# `signals.shared_bio_count` compares every bio with every other: two bios match when they share
# most of their words (four in five or more, after masking digits and the words we name, here the
# candidates).

# %%
shared_bio = signals.shared_bio_count(accounts, masked_words=("Ashby", "Marchetti"))
print(evaluate.score(shared_bio >= 1, labels))

# %% [markdown]
# This is a poor detector. Short bios made of a job and a hobby ("Nurse. Gardener.") look alike
# whoever writes them, and the campaign's templates vary their middle part. The groups it flags:

# %%
evaluate.false_positive_rates(shared_bio >= 1, labels)[["group", "in_words"]].head(5)

# %% [markdown]
# ### Check your understanding
#
# An account's bio reads "Proud father and husband. Nurse for fifteen years. Marchetti all the way!!".
# What would you need, beyond the bio, before calling it part of a network?
#
# <details><summary>Answer</summary>
#
# Real people write exactly that. What matters is whether *many* accounts carry the same template
# and whether they also share other marks that have nothing to do with opinions: made on the same
# day, posting on the same clock (lesson 02), sharing the same texts (lesson 03) or retweeting
# together (lesson 05). Holding a political view, and saying so, is never evidence.
#
# </details>

# %% [markdown]
# ## 4. Shared profile pictures
#
# Networks reuse a few generated faces, edited slightly so they are not identical. The kit stores
# each picture as a short **fingerprint** (a short code that barely changes when a picture is
# edited). First, exact repeats; `0000000000000000` is the default picture, so we leave it out.

# %%
pictures = accounts.set_index("userid")["profile_image_hash"]
own_picture = pictures[pictures != "0000000000000000"]
own_picture.value_counts().head(5)

# %% [markdown]
# A few fingerprints repeat exactly. But an edited copy differs in a few bits, so exact matching
# misses most copies. `signals.shared_image_count` counts, for each account, the other accounts
# whose fingerprint is within 4 bits of its own (unrelated pictures differ in about half of their bits).

# %%
shared_picture = signals.shared_image_count(accounts)
pd.DataFrame({"exact copy": own_picture.duplicated(keep=False).reindex(pictures.index, fill_value=False),
              "near copy": shared_picture >= 1}).sum()

# %% [markdown]
# Allowing a few bits of difference finds many more accounts that share a picture than exact
# matching does. Who are they?

# %%
evaluate.false_positive_rates(shared_picture >= 1, labels)[["group", "in_words"]].head(4)

# %% [markdown]
# Fans use variants of their star's photo, and a shop puts its logo on several accounts: shared
# pictures catch fandoms and commercial spam as well as the campaign. Spam is not a campaign, but
# a detector that mixes the two sends investigators in the wrong direction.

# %% [markdown]
# ## One account up close
#
# A table of numbers hides the person. The **account card** shows one profile with its posts and
# clock. Below it opens on an account from the biggest creation burst. Does its bio follow the
# template? How many other accounts share its picture? Then search for a handle of your own choice.
#
# **Alt text for the widget below:** The account card shows the account's profile (handle, name, bio,
# location, followers) and a few of its posts, beside a small grid of its week, days of the week as
# rows and hours of the day as columns, a darker cell for an hour in which it posts more; a search
# box, an account list and a time-zone menu sit above it. The card opens on an account from the
# biggest creation burst.

# %% tags=["nbval-ignore-output"]
# Interactive: an account card; type a handle into Search, pick an account, change the time zone.
biggest_day = per_day.index[0]
example = accounts.loc[created_day == biggest_day, "userid"].iloc[0]
AccountCard(data, userid=example)

# %% [markdown]
# ## Each clue alone, side by side
#
# Now the four clues as four detectors. `evaluate.compare_detectors` scores each against the
# answer key. **F1** combines precision and recall into one number between 0 (useless) and 1
# (perfect).

# %%
detectors = {"burst": in_burst, "digit handle": digit_handle,
             "bio template": family & slogan, "picture": shared_picture >= 1}
evaluate.compare_detectors(detectors, labels)

# %% [markdown]
# No clue is perfect on its own: the best F1 in the table stays well short of 1, and each clue
# fails in different places. The table below counts, for each
# group of genuine people (and spam), how many accounts each clue flags; groups that no clue
# touches are left out.

# %%
wrongly_flagged = {name: evaluate.false_positive_rates(flags, labels).set_index("group")["flagged"]
                   for name, flags in detectors.items()}
wrongly_flagged = pd.DataFrame(wrongly_flagged)
wrongly_flagged[wrongly_flagged.sum(axis=1) > 0]

# %% [markdown]
# Each column hurts a different group: the handle clue falls on newcomers, the picture clue on fans
# and spam, and the bio clue on genuine partisans. Because the mistakes fall on different
# people, requiring *several* clues at once should remove most of them. What does it cost?

# %%
clues_per_account = pd.DataFrame(detectors).fillna(False).sum(axis=1)
print(evaluate.score(clues_per_account >= 3, labels))

# %% [markdown]
# Three clues of four flag almost no genuine person, but they also let most of the campaign go: its
# accounts carry their marks unevenly, and some were made carefully, with few profile marks at
# all. Profiles alone cannot find them; the clocks, words and networks of the next lessons can.

# %% [markdown]
# ### Check your understanding
#
# Why does requiring three clues of four flag fewer genuine people than any one clue?
#
# <details><summary>Answer</summary>
#
# A newcomer has a digit handle but was rarely made on a batch day, and rarely shares a picture; a
# fan shares a picture but has no digit handle. A genuine person is unlucky on one clue, seldom on
# three. The campaign's accounts carry several because they were all made the same way. Lesson 06
# comes back to combining signals and to what they still cannot prove.
#
# </details>

# %% [markdown]
# ### Your turn
#
# Change `min_burst` (the smallest creation day you call a burst) and re-run the cell. What happens
# to precision and recall at `3`? At `25`? Which genuine group appears first when you lower it?

# %%
min_burst = 10  # try 3, 5 and 25
print(evaluate.score(burst >= min_burst, labels))
evaluate.false_positive_rates(burst >= min_burst, labels)[["group", "in_words"]].head(3)

# %% [markdown]
# ## Key points
#
# - Group and count a creation date to find batches: a network's accounts are made many on one day.
# - Handles of a name and digits, templated bios and near-identical pictures are marks of bulk
#   creation, and each one also fits genuine people: newcomers, genuine partisans with slogan
#   bios, fans.
# - Count the cost of a clue group by group (`evaluate.false_positive_rates`) before using it.
# - Clues that fail on different people are stronger together, but profiles alone miss the careful
#   accounts; none is evidence alone.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# - Graded exercise: [exercises/01_profiles.ipynb](../exercises/01_profiles.ipynb).
# - Next lesson: [Lesson 02: Clocks](02_clocks.ipynb), where the network's working day gives it away.
