# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [raw]
# # ASSIGNMENT CONFIG
# name: 01_profiles
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
# # Exercise 01: Profiles
#
# *About 45 minutes. 12 points: 10 checked by the computer, 2 for a short written answer that
# your instructor reads.*
#
# Lesson 01 showed that accounts made in bulk leave marks on their profiles: many created on
# the same day, handles a platform suggests at sign-up, and the same picture on several
# accounts. Here you write those checks yourself, in pandas, on the classroom data set:
#
# 1. count the accounts created on each day, to find bursts (Question 1.1);
# 2. find name-plus-digits handles with a regular expression (Question 1.2);
# 3. find profile pictures that several accounts share (Question 1.3);
# 4. count, group by group, the genuine people a rule wrongly catches, and why (Questions 1.4
#    and 1.5);
# 5. combine the clues into one rule (Question 1.6).
#
# **How to work.** Replace each `...` with your code, then run the `grader.check` cell under
# it: it tells you straight away whether your answer passes the checks, and if not, a hint
# about the likely mistake. Your instructor may run more checks (on other accounts and other
# settings) when grading, so write code that works in general, not just for the example.
# Keep the notebook's name (`01_profiles.ipynb`): the checks find their tests by it.
#
# **The answer key.** `labels` says which accounts belong to Campaign A. A detector never sees
# it: use it only where a question says so, to *measure* a rule, never inside one.

# %%
import numpy as np
import pandas as pd

import inauthentic
from inauthentic import evaluate, signals

np.random.seed(20261101)
data = inauthentic.load_dataset("classroom")
accounts = data.accounts  # one row per account: userid, user_screen_name, account_creation_date, profile_image_hash, ...
labels = data.labels      # the answer key: userid, kind, group, role

# The picture every new account gets until its owner uploads one: sharing it says nothing.
DEFAULT_PICTURE = "0000000000000000"
accounts[["userid", "user_screen_name", "account_creation_date", "profile_image_hash"]].head(3)

# %% [raw]
# # BEGIN QUESTION
# name: q1_1
# points: 2

# %% [markdown]
# ## Question 1.1 (2 points): bursts of new accounts
#
# Write `creation_burst(accounts)`: for every account, the number of accounts created on the
# same **calendar day** (UTC) as it, itself included, as a Series indexed by `userid` (one row
# per account, in the order of `accounts`). An account alone on its day scores 1.
#
# *Hint:* `accounts["account_creation_date"].dt.floor("D")` (or `.dt.date`) gives each
# account's day; `value_counts()` counts the accounts of each day; `.map(...)` gives every
# account the count of its own day.

# %% [raw]
# # BEGIN SOLUTION

# %%
def creation_burst(accounts):
    """Number of accounts created on the same UTC day as each account, itself included."""
    # BEGIN SOLUTION
    day = accounts["account_creation_date"].dt.floor("D")
    return pd.Series(day.map(day.value_counts()).to_numpy(), index=accounts["userid"].to_numpy()).rename_axis("userid")
    # END SOLUTION


burst = creation_burst(accounts)
burst.sort_values(ascending=False).head()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  creation_burst should return one number for each account, as a Series indexed by userid (not
  a table of days): map each account's day to the number of accounts made that day.
""" # END TEST CONFIG
bool(isinstance(creation_burst(accounts), pd.Series) and len(creation_burst(accounts)) == len(accounts) and (creation_burst(accounts).index.to_numpy() == accounts["userid"].to_numpy()).all())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your counts leave the account itself out: an account alone on its day should score 1, not 0
  (count every account of the day, itself included).
""" # END TEST CONFIG
bool(not isinstance(creation_burst(accounts), pd.Series) or len(creation_burst(accounts)) != len(accounts) or creation_burst(accounts).min() >= 1)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  You grouped by .dt.day, the day of the MONTH (1 to 31), so every 7th of every month and year
  falls together. Group by the calendar date instead: .dt.floor("D") or .dt.date.
""" # END TEST CONFIG
bool(not isinstance(creation_burst(accounts), pd.Series) or len(creation_burst(accounts)) != len(accounts) or not (creation_burst(accounts).to_numpy() == accounts["account_creation_date"].dt.day.map(accounts["account_creation_date"].dt.day.value_counts()).to_numpy()).all())

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The counts are not right yet: count the accounts created on each UTC calendar day, and give
  every account the count of its own day.
""" # END TEST CONFIG
(int(creation_burst(accounts).max()), int((creation_burst(accounts) >= 10).sum()), int(creation_burst(accounts).eq(1).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: creation_burst is wrong on another data set (tiny).
""" # END TEST CONFIG
bool((lambda other: (creation_burst(other).to_numpy() == signals.creation_burst_size(other).to_numpy()).all())(inauthentic.load_dataset("tiny").accounts))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q1_2
# points: 2

# %% [markdown]
# ## Question 1.2 (2 points): handles a platform suggests
#
# At sign-up a platform suggests a handle made of a name and a long run of digits
# (`mary04581932`); people who make accounts in bulk keep it. Write
# `digit_handle(accounts, min_digits=5)`: a True/False Series indexed by `userid`, True for the
# handles (`user_screen_name`) that are **letters** (underscores allowed after the first
# letter) followed by **at least `min_digits` digits**, and nothing else.
#
# *Hint:* `.str.fullmatch(pattern)` checks the whole handle; in a pattern, `\d{5,}` means "five
# digits or more". Build the pattern from `min_digits` (an f-string needs `{{` for a literal `{`).

# %% [raw]
# # BEGIN SOLUTION

# %%
def digit_handle(accounts, min_digits=5):
    """True for handles that are letters followed by at least ``min_digits`` digits."""
    # BEGIN SOLUTION
    handles = accounts.set_index("userid")["user_screen_name"]
    return handles.str.fullmatch(rf"[A-Za-z][A-Za-z_]*\d{{{min_digits},}}")
    # END SOLUTION


digit_handle(accounts).sum()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  digit_handle should return a True/False Series indexed by userid, one row for each account.
""" # END TEST CONFIG
bool(isinstance(digit_handle(accounts), pd.Series) and digit_handle(accounts).dtype == bool and len(digit_handle(accounts)) == len(accounts) and set(digit_handle(accounts).index) == set(accounts["userid"]))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rule flags handles that end in only a few digits, like a birth year (jo_1987): many
  genuine people choose those. Ask for at least min_digits digits: \d{5,} rather than \d+.
""" # END TEST CONFIG
bool(not isinstance(digit_handle(accounts), pd.Series) or len(digit_handle(accounts)) != len(accounts) or not digit_handle(accounts).reindex(accounts["userid"]).fillna(False).astype(bool).to_numpy()[accounts["user_screen_name"].str.fullmatch(r"[A-Za-z][A-Za-z_]*\d{1,4}").to_numpy()].any())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your result does not change with min_digits: build the pattern from the argument (for
  example rf"...\d{{{min_digits},}}") instead of writing 5 into it.
""" # END TEST CONFIG
bool(not isinstance(digit_handle(accounts), pd.Series) or len(digit_handle(accounts)) != len(accounts) or int(digit_handle(accounts, 8).sum()) != int(digit_handle(accounts, 5).sum()) or digit_handle(accounts).reindex(accounts["userid"]).fillna(False).astype(bool).to_numpy()[accounts["user_screen_name"].str.fullmatch(r"[A-Za-z][A-Za-z_]*\d{1,4}").to_numpy()].any())

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The number of handles flagged is not right yet: the whole handle should be letters (with
  underscores) and then at least min_digits digits, nothing after them.
""" # END TEST CONFIG
(int(digit_handle(accounts).sum()), int(digit_handle(accounts, 8).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: digit_handle is wrong on another data set (tiny) or for other numbers of digits.
""" # END TEST CONFIG
bool((lambda other: all((digit_handle(other, n).reindex(other["userid"]).to_numpy() == signals.name_plus_digits_handle(other, n).to_numpy()).all() for n in (3, 6)))(inauthentic.load_dataset("tiny").accounts))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q1_3
# points: 2

# %% [markdown]
# ## Question 1.3 (2 points): one picture, several accounts
#
# `profile_image_hash` is a fingerprint of each account's picture: the same picture gives the
# same fingerprint. Write `shared_picture(accounts)`: a True/False Series indexed by `userid`,
# True for every account whose fingerprint is also on **at least one other account**, leaving
# out `DEFAULT_PICTURE` (the picture every newcomer gets: those accounts are False).
#
# *Hint:* `.duplicated(keep=False)` marks every copy of a repeated value.
# `signals.shared_image_count(accounts, max_bits=4)` also finds *near* copies (an edited picture
# differs in a few bits); `max_bits=0` asks for exact copies only, like yours.

# %% [raw]
# # BEGIN SOLUTION

# %%
def shared_picture(accounts):
    """True for accounts whose (non-default) picture fingerprint is on another account too."""
    # BEGIN SOLUTION
    pictures = accounts.set_index("userid")["profile_image_hash"]
    return pictures.duplicated(keep=False) & (pictures != DEFAULT_PICTURE)
    # END SOLUTION


shared_picture(accounts).sum()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  shared_picture should return a True/False Series indexed by userid, one row for each account.
""" # END TEST CONFIG
bool(isinstance(shared_picture(accounts), pd.Series) and shared_picture(accounts).dtype == bool and len(shared_picture(accounts)) == len(accounts) and set(shared_picture(accounts).index) == set(accounts["userid"]))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rule flags the accounts that kept the default picture: every newcomer gets it, so
  sharing it says nothing. Leave out DEFAULT_PICTURE.
""" # END TEST CONFIG
bool(not isinstance(shared_picture(accounts), pd.Series) or len(shared_picture(accounts)) != len(accounts) or not shared_picture(accounts).reindex(accounts["userid"]).fillna(False).astype(bool).to_numpy()[accounts["profile_image_hash"].eq(DEFAULT_PICTURE).to_numpy()].any())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Some pictures you flag are on only one flagged account: .duplicated() marks the second and
  later copies but not the first. Use .duplicated(keep=False) to mark every copy.
""" # END TEST CONFIG
bool(not isinstance(shared_picture(accounts), pd.Series) or len(shared_picture(accounts)) != len(accounts) or not shared_picture(accounts).any() or accounts.set_index("userid")["profile_image_hash"][shared_picture(accounts).reindex(accounts["userid"]).fillna(False).astype(bool).to_numpy()].value_counts().min() >= 2)

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The number of accounts flagged is not right yet: flag every account whose fingerprint is on
  another account, except the default picture.
""" # END TEST CONFIG
(int(shared_picture(accounts).sum()), int(accounts.set_index("userid")["profile_image_hash"][shared_picture(accounts)].nunique()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: shared_picture is wrong on another data set (tiny).
""" # END TEST CONFIG
bool((lambda other: (shared_picture(other).reindex(other["userid"]).to_numpy() == (signals.shared_image_count(other, max_bits=0) >= 1).to_numpy()).all())(inauthentic.load_dataset("tiny").accounts))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q1_4
# points: 2

# %% [markdown]
# ## Question 1.4 (2 points): who else gets caught
#
# Now, and only now, use the answer key. Write `flagged_share_by_group(flags, labels)`: for a
# True/False Series `flags` indexed by userid, return a Series indexed by `labels["group"]`
# holding, for each group, **the share of the group's accounts that were flagged** (an account
# missing from `flags` was not flagged), largest share first.
#
# For a genuine group, that share is the rule's false-positive rate on those people: it says
# how many of them you would wrongly accuse. `evaluate.false_positive_rates(flags, labels)`
# gives the same shares (in its `rate` column) once you are done, if you want to check. The
# checks use `example_flags` below, the kit's own handle rule, so that this question does not
# depend on your answer to 1.2.

# %%
example_flags = signals.name_plus_digits_handle(accounts)

# %% [raw]
# # BEGIN SOLUTION

# %%
def flagged_share_by_group(flags, labels):
    """Share of each group's accounts that ``flags`` marks True, largest first."""
    # BEGIN SOLUTION
    by_account = labels.set_index("userid")["group"]
    flagged = flags.reindex(by_account.index, fill_value=False).astype(bool)
    return flagged.groupby(by_account).mean().sort_values(ascending=False)
    # END SOLUTION


flagged_share_by_group(example_flags, labels).head()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  flagged_share_by_group should return a Series indexed by group, one share between 0 and 1
  for every group in labels (shares, not counts).
""" # END TEST CONFIG
bool(isinstance(flagged_share_by_group(example_flags, labels), pd.Series) and set(flagged_share_by_group(example_flags, labels).index) == set(labels["group"]) and flagged_share_by_group(example_flags, labels).between(0, 1).all())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your shares divide by the number of accounts FLAGGED (they add up to 1: where the flags
  fall). The question asks what share of each GROUP is flagged: divide by the group's size.
""" # END TEST CONFIG
bool(not isinstance(flagged_share_by_group(example_flags, labels), pd.Series) or not np.isclose(float(flagged_share_by_group(example_flags, labels).sum()), 1.0))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: for each group, count its accounts that are flagged and divide by all of its
  accounts (accounts missing from flags count as not flagged); sort the largest share first.
""" # END TEST CONFIG
(list(flagged_share_by_group(example_flags, labels).index[:2]), tuple(round(float(flagged_share_by_group(example_flags, labels).get(group, -1)), 3) for group in ("new_account", "campaign_a", "fandom", "ordinary")))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: flagged_share_by_group is wrong for other flags (some accounts missing from them).
""" # END TEST CONFIG
bool(all(np.allclose(flagged_share_by_group(flags, labels).reindex(rates["group"]).to_numpy(), rates["flagged"].to_numpy() / rates["accounts"].to_numpy()) for flags in (signals.creation_burst_size(accounts).ge(5).set_axis(accounts["userid"]), signals.empty_bio(accounts).set_axis(accounts["userid"]).iloc[::2]) for rates in [evaluate.false_positive_rates(flags, labels)]))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [markdown]
# Before Question 1.5, look at who each rule catches: try your function on the rules below
# (`bio_template` is the lesson's bio rule: family words and a party slogan).

# %%
bio = accounts.set_index("userid")["user_profile_description"]
bio_template = bio.str.contains(r"father|husband|wife|mother|\bmom\b|\bdad\b", case=False) & bio.str.contains(r"all the way|#\w+2026|america first", case=False)
flagged_share_by_group(digit_handle(accounts), labels).head(3)

# %% [raw]
# # BEGIN QUESTION
# name: q1_5
# manual: true
# points: 2

# %% [markdown]
# ## Question 1.5 (2 points, read by your instructor): newcomers and partisans
#
# Use your function on the three rules of this exercise (`creation_burst(accounts) >= 10`,
# `digit_handle(accounts)`, `shared_picture(accounts)`) and on the lesson's bio template. In
# three to five sentences: why do genuine **newcomers** (group `new_account`) and genuine
# **partisans** (group `partisan`) get caught by profile rules, and what does that say about
# using any one profile clue as evidence?

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# Newcomers keep what the platform gave them at sign-up, a suggested name-plus-digits handle
# and often the default picture, exactly like accounts made in bulk, so the handle rule
# catches a large share of them. Partisans write their bios from the same stock phrases
# (family words plus a party slogan), so a bio template catches some of them although each
# wrote their own. A profile clue says *how an account was set up*, which genuine people share
# with the operators; it does not say who runs the account. So one profile clue is a reason to
# look closer, never evidence on its own: flag only where several independent clues (a
# creation burst, a shared picture, and behaviour such as coordinated posting) agree.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q1_6
# points: 2

# %% [markdown]
# ## Question 1.6 (2 points): count the clues
#
# One clue catches genuine people; several together rarely do. Write
# `flag_profiles(accounts, min_burst, min_clues)`: a True/False Series indexed by `userid`, True
# for the accounts with **at least `min_clues`** of these three clues:
#
# - created on a day with at least `min_burst` accounts
#   (`signals.creation_burst_size(accounts)`, the kit's version of your `creation_burst`);
# - a name-plus-digits handle (`signals.name_plus_digits_handle(accounts)`, like your
#   `digit_handle`);
# - a picture shared with another account (`signals.shared_image_count(accounts) >= 1`, which
#   also catches edited copies).
#
# The kit's functions keep this question independent of your answers above.
# Use only `accounts`: a detector never looks at the answer key. Then measure it with
# `evaluate.score(flags, labels)`.

# %% [raw]
# # BEGIN SOLUTION

# %%
def flag_profiles(accounts, min_burst, min_clues):
    """Flag accounts with at least ``min_clues`` of three profile clues."""
    # BEGIN SOLUTION
    clues = pd.DataFrame({
        "burst": signals.creation_burst_size(accounts) >= min_burst,
        "handle": signals.name_plus_digits_handle(accounts),
        "picture": signals.shared_image_count(accounts) >= 1,
    })
    return clues.sum(axis=1) >= min_clues
    # END SOLUTION


profile_flags = flag_profiles(accounts, 10, 2)
print(evaluate.score(profile_flags, labels))

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  flag_profiles should return a True/False Series indexed by userid, one row for each account.
""" # END TEST CONFIG
bool(isinstance(flag_profiles(accounts, 10, 2), pd.Series) and flag_profiles(accounts, 10, 2).dtype == bool and len(flag_profiles(accounts, 10, 2)) == len(accounts) and set(flag_profiles(accounts, 10, 2).index) == set(accounts["userid"]))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your flags match the answer key exactly: the rule is reading labels. A detector only sees
  the accounts; labels are for measuring it afterwards.
""" # END TEST CONFIG
bool(not isinstance(flag_profiles(accounts, 10, 2), pd.Series) or evaluate.score(flag_profiles(accounts, 10, 2), labels).f1 < 0.99)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rule does not change with min_clues: it flags any account with one clue (a | b | c).
  Count the clues of each account (add the three True/False columns) and keep those with at
  least min_clues.
""" # END TEST CONFIG
bool(not isinstance(flag_profiles(accounts, 10, 2), pd.Series) or int(flag_profiles(accounts, 10, 2).sum()) != int(flag_profiles(accounts, 10, 1).sum()) or evaluate.score(flag_profiles(accounts, 10, 2), labels).f1 >= 0.99)

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The number flagged is not right yet: use signals.creation_burst_size(accounts) >= min_burst,
  signals.name_plus_digits_handle(accounts) and signals.shared_image_count(accounts) >= 1, and
  keep accounts with at least (>=) min_clues of them.
""" # END TEST CONFIG
(int(flag_profiles(accounts, 10, 2).sum()), int(flag_profiles(accounts, 5, 1).sum()), int(flag_profiles(accounts, 10, 3).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: flag_profiles is wrong on another data set (tiny, without its labels) or with other settings.
""" # END TEST CONFIG
bool((lambda other: (flag_profiles(other, 3, 1).reindex(other["userid"]).to_numpy() == ((signals.creation_burst_size(other) >= 3).to_numpy() | signals.name_plus_digits_handle(other).to_numpy() | (signals.shared_image_count(other) >= 1).to_numpy())).all())(inauthentic.load_dataset("tiny").accounts))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## When you are done
#
# Run every `grader.check` cell once more from the top (Kernel, Restart and Run All) and save
# the notebook. Hand in `01_profiles.ipynb` as your instructor asked; keep its name.
