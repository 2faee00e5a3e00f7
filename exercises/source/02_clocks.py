# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [raw]
# # ASSIGNMENT CONFIG
# name: 02_clocks
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
# # Exercise 02: Clocks
#
# *About 50 minutes. 15 points: 12 checked by the computer, 3 for two short written answers
# that your instructor reads.*
#
# Lesson 02 showed that people post when they are awake and operators post when they are at
# work. Here you write that clock analysis yourself, in pandas, on the classroom data set:
#
# 1. read UTC times in another time zone (Questions 2.1 and 2.2);
# 2. measure how much of an account's posting falls in weekday office hours (Question 2.3);
# 3. search for the time zone where a group keeps office hours (Questions 2.4 and 2.5);
# 4. turn the clock into a rule, and measure what the rule costs (Questions 2.6 to 2.8).
#
# **How to work.** Replace each `...` with your code, then run the `grader.check` cell under
# it: it tells you straight away whether your answer passes the checks, and if not, a hint
# about the likely mistake. Your instructor may run more checks (on other accounts and other
# settings) when grading, so write code that works in general, not just for the example.
# Keep the notebook's name (`02_clocks.ipynb`): the checks find their tests by it.
#
# **The answer key.** `labels` says which accounts belong to Campaign A. A detector never sees
# it: use it only where a question says so, to *measure* a rule, never inside one.

# %%
import numpy as np
import pandas as pd

import inauthentic
from inauthentic import evaluate, signals
from inauthentic.timezones import to_local

np.random.seed(20261103)
data = inauthentic.load_dataset("classroom")
posts = data.posts    # one row per post; tweet_time is a tz-aware UTC timestamp
labels = data.labels  # the answer key: userid, kind, group, role

# Two accounts and two groups picked for you with the answer key, so that you can see what a
# true fit looks like: one of Campaign A's "seed" accounts, the busiest night-shift worker,
# all of Campaign A and all the night-shift workers.
seed_account = int(labels.loc[labels["role"].eq("seed"), "userid"].min())
night_shift = labels.loc[labels["group"].eq("night_shift"), "userid"]
night_worker = int(posts.loc[posts["userid"].isin(night_shift), "userid"].value_counts().idxmax())
campaign = labels.loc[labels["group"].eq("campaign_a"), "userid"]

# Times a colleague exported as text: UTC clock readings, written without a time zone.
exported = posts["tweet_time"].iloc[::5000].dt.strftime("%Y-%m-%d %H:%M:%S").reset_index(drop=True)
exported.head(3)

# %% [raw]
# # BEGIN QUESTION
# name: q2_1
# points: 2

# %% [markdown]
# ## Question 2.1 (2 points): from UTC text to local time
#
# Write `local_times(text_times, tz)`: it takes a Series of UTC times written as text (like
# `exported`) and returns them as **tz-aware** timestamps in the time zone `tz` (an IANA name
# such as `"Asia/Shanghai"` or `"America/New_York"`).
#
# *Hint:* first tell pandas that the text is UTC, then convert. `tz_localize` and `tz_convert`
# do different things: one *declares* what zone a clock reading was taken in, the other
# *moves* an instant to another zone's clock.

# %% [raw]
# # BEGIN SOLUTION

# %%
def local_times(text_times, tz):
    """Return UTC times written as text as tz-aware times in the zone ``tz``."""
    return pd.to_datetime(text_times, utc=True).dt.tz_convert(tz)  # SOLUTION


local_times(exported, "Asia/Shanghai").head(3)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  local_times should return a pandas Series of timestamps, one for each text time
  (check that your function ends with return).
""" # END TEST CONFIG
bool(isinstance(local_times(exported, "Asia/Shanghai"), pd.Series) and len(local_times(exported, "Asia/Shanghai")) == len(exported) and pd.api.types.is_datetime64_any_dtype(local_times(exported, "Asia/Shanghai")))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your times have no time zone (they are naive), so nobody can tell which clock they were read
  on. Parse the text as UTC first (pd.to_datetime with utc=True), then convert it with
  .dt.tz_convert(tz).
""" # END TEST CONFIG
bool(not isinstance(local_times(exported, "Asia/Shanghai"), pd.Series) or not pd.api.types.is_datetime64_any_dtype(local_times(exported, "Asia/Shanghai")) or local_times(exported, "Asia/Shanghai").dt.tz is not None)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your times are still on the UTC clock: their hours are UTC hours, so every later count would
  be read in the wrong zone. Convert them to tz with .dt.tz_convert(tz).
""" # END TEST CONFIG
bool(not isinstance(local_times(exported, "Asia/Shanghai"), pd.Series) or local_times(exported, "Asia/Shanghai").dt.tz is None or str(local_times(exported, "Asia/Shanghai").dt.tz) not in ("UTC", "utc", "UTC+00:00"))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your times carry the right zone but show the UTC clock readings, so each post moved by the
  zone's offset: tz_localize on naive times declares them to be local time, which they are
  not. Tell pandas the text is UTC (utc=True), then move it with .dt.tz_convert(tz).
""" # END TEST CONFIG
bool(not isinstance(local_times(exported, "Asia/Shanghai"), pd.Series) or local_times(exported, "Asia/Shanghai").dt.tz is None or (local_times(exported, "Asia/Shanghai").dt.tz_convert("UTC") == pd.to_datetime(exported, utc=True)).all())

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The clock readings are not right yet: each text time is a UTC reading, and the result should
  show the same instants on the clock of tz.
""" # END TEST CONFIG
", ".join(local_times(exported, "Asia/Shanghai").dt.strftime("%Y-%m-%d %H:%M %Z").head(4))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: local_times gives wrong clock readings for another zone (America/New_York, across the change from summer time).
""" # END TEST CONFIG
bool((local_times(exported, "America/New_York").dt.strftime("%H:%M") == to_local(pd.to_datetime(exported, utc=True), "America/New_York").dt.strftime("%H:%M")).all())

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q2_2
# points: 2

# %% [markdown]
# ## Question 2.2 (2 points): posts by hour of the week
#
# Write `hour_of_week_counts(posts, tz)`: the number of posts in each hour of the week, read
# in the zone `tz`, as a Series indexed 0 (Monday 00:00-00:59) to 167 (Sunday 23:00-23:59),
# with **all 168 hours present** (0 where nobody posted).
#
# `posts["tweet_time"]` is already tz-aware UTC, so `.dt.tz_convert(tz)` moves it to the zone
# (`to_local(times, tz)` from the kit does the same and also accepts offsets such as `8`).
# The hour of the week is `day_of_week * 24 + hour`.

# %% [raw]
# # BEGIN SOLUTION

# %%
def hour_of_week_counts(posts, tz):
    """Count posts in each of the 168 hours of the week, read in the zone ``tz``."""
    # BEGIN SOLUTION
    local = to_local(posts["tweet_time"], tz)
    hours = local.dt.day_of_week * 24 + local.dt.hour
    return hours.value_counts().reindex(range(168), fill_value=0).sort_index()
    # END SOLUTION


beijing_week = hour_of_week_counts(posts, "Asia/Shanghai")
beijing_week.head()

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  hour_of_week_counts should return a Series with exactly the 168 hours 0 to 167 as its index,
  in order, counting every post once. Use .reindex(range(168), fill_value=0) to add the empty hours.
""" # END TEST CONFIG
bool(isinstance(hour_of_week_counts(posts, "Asia/Shanghai"), pd.Series) and list(hour_of_week_counts(posts, "Asia/Shanghai").index) == list(range(168)) and int(hour_of_week_counts(posts, "Asia/Shanghai").sum()) == len(posts))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your counts do not change with tz: you are reading the hours on the UTC clock. Convert
  tweet_time to the zone (.dt.tz_convert(tz)) before taking day_of_week and hour.
""" # END TEST CONFIG
bool(not isinstance(hour_of_week_counts(posts, "Asia/Shanghai"), pd.Series) or not hour_of_week_counts(posts, "Asia/Shanghai").equals(hour_of_week_counts(posts, "UTC")))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The counts are not right yet. Check that the hour of the week is day_of_week * 24 + hour,
  both taken after converting to tz, with Monday as day 0.
""" # END TEST CONFIG
(int(hour_of_week_counts(posts, "Asia/Shanghai").loc[10]), int(hour_of_week_counts(posts, "Asia/Shanghai").loc[150]), int(hour_of_week_counts(posts, "Asia/Shanghai").idxmax()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: hour_of_week_counts is wrong for another zone and a subset of posts (the night-shift workers, in America/Chicago).
""" # END TEST CONFIG
bool((hour_of_week_counts(posts[posts["userid"].isin(night_shift)], "America/Chicago").to_numpy() == pd.crosstab(inauthentic.timezones.hour_of_week(posts.loc[posts["userid"].isin(night_shift), "tweet_time"], "America/Chicago"), "n").reindex(range(168), fill_value=0)["n"].to_numpy()).all())

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q2_3
# points: 2

# %% [markdown]
# ## Question 2.3 (2 points): an account's office-hours share
#
# Write `office_share(posts, userid, tz, start=9, end=17)`: the share (between 0 and 1) of the
# account's posts made **Monday to Friday**, with a local hour from `start` up to but not
# including `end`, in the zone `tz`. Then compare the Campaign A seed account with the
# night-shift worker, in Beijing time.

# %% [raw]
# # BEGIN SOLUTION

# %%
def office_share(posts, userid, tz, start=9, end=17):
    """Share of one account's posts on weekdays between ``start`` and ``end`` o'clock in ``tz``."""
    # BEGIN SOLUTION
    local = to_local(posts.loc[posts["userid"].eq(userid), "tweet_time"], tz)
    weekday = local.dt.day_of_week < 5
    working = (local.dt.hour >= start) & (local.dt.hour < end)
    return float((weekday & working).mean())
    # END SOLUTION


office_share(posts, seed_account, "Asia/Shanghai"), office_share(posts, night_worker, "Asia/Shanghai")

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: office_share should return one number between 0 and 1 (a share, not a count).
""" # END TEST CONFIG
bool(isinstance(office_share(posts, seed_account, "Asia/Shanghai"), (float, np.floating)) and 0 <= office_share(posts, seed_account, "Asia/Shanghai") <= 1)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your share is the one you get on the UTC clock: convert the account's times to tz before
  reading the hour and the day of the week.
""" # END TEST CONFIG
bool(not isinstance(office_share(posts, seed_account, "Asia/Shanghai"), (float, np.floating)) or not np.isclose(office_share(posts, seed_account, "Asia/Shanghai"), office_share(posts, seed_account, "UTC")))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your share counts weekend posts as office hours: only Monday to Friday (day_of_week 0 to 4)
  are working days.
""" # END TEST CONFIG
bool(not isinstance(office_share(posts, night_worker, "Asia/Shanghai"), (float, np.floating)) or not np.isclose(office_share(posts, night_worker, "Asia/Shanghai"), float(signals.office_hours_share(posts[posts["userid"].eq(night_worker)], "Asia/Shanghai", weekdays_only=False).iloc[0])))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not quite: check the window includes its start hour and excludes its end hour, and that you
  divide by all of the account's posts.
""" # END TEST CONFIG
(round(office_share(posts, seed_account, "Asia/Shanghai"), 3), round(office_share(posts, night_worker, "Asia/Shanghai"), 3))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: office_share is wrong for other accounts, zones and working hours.
""" # END TEST CONFIG
bool(all(np.isclose(office_share(posts, account, zone, 8, 20), float(signals.office_hours_share(posts[posts["userid"].eq(account)], zone, "08:00", "20:00").iloc[0])) for account in posts["userid"].value_counts().index[[3, 30, 300]] for zone in ("America/New_York", "Europe/Berlin")))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q2_4
# points: 2

# %% [markdown]
# ## Question 2.4 (2 points): which time zone keeps office hours?
#
# A group run from an office has one UTC offset at which its posts fit a working week. Write
# `pooled_office_share(posts, userids, offset)`: pool the posts of all the accounts in
# `userids`, read them at the UTC offset `offset` (a number of hours: `to_local(times, 8)` reads
# them in UTC+8) and return the share of them made Monday to Friday between 09:00 and 17:00.
#
# Then let the kit search all offsets: `signals.best_working_timezone(posts, userids)` returns
# the best one (and `signals.office_hours_fit_by_offset(posts, userids)` the whole table behind
# it). Set `campaign_best` and `night_shift_best` to the best offsets of `campaign` and
# `night_shift`.

# %% [raw]
# # BEGIN SOLUTION

# %%
def pooled_office_share(posts, userids, offset):
    """Share of a group's pooled posts in weekday office hours at a UTC offset (hours)."""
    # BEGIN SOLUTION
    local = to_local(posts.loc[posts["userid"].isin(userids), "tweet_time"], offset)
    inside = (local.dt.day_of_week < 5) & (local.dt.hour >= 9) & (local.dt.hour < 17)
    return float(inside.mean())
    # END SOLUTION


campaign_best = signals.best_working_timezone(posts, campaign)  # SOLUTION
night_shift_best = signals.best_working_timezone(posts, night_shift)  # SOLUTION
campaign_best, night_shift_best, round(pooled_office_share(posts, campaign, campaign_best), 3)

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  pooled_office_share should return one share between 0 and 1 for the whole group, and it
  should change with offset (read the times with to_local(times, offset)).
""" # END TEST CONFIG
bool(isinstance(pooled_office_share(posts, campaign, 8), (float, np.floating)) and 0 <= pooled_office_share(posts, campaign, 8) <= 1 and not np.isclose(pooled_office_share(posts, campaign, 8), pooled_office_share(posts, campaign, 0)))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  The share is not right yet: pool every post of the accounts in userids (posts with
  .isin(userids)), then count weekdays and hours 9 to 16 at that offset.
""" # END TEST CONFIG
(round(pooled_office_share(posts, campaign, 8), 3), round(pooled_office_share(posts, night_shift, 8), 3))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  campaign_best and night_shift_best should be offsets in hours (whole numbers between -12 and
  14), not shares: use signals.best_working_timezone.
""" # END TEST CONFIG
(int(campaign_best), int(night_shift_best))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: pooled_office_share is wrong for other groups and offsets.
""" # END TEST CONFIG
bool(all(np.isclose(pooled_office_share(posts, group, offset), signals.office_hours_fit_by_offset(posts, group, [offset]).loc[offset, "office_hours_share"]) for group in (night_shift, posts["userid"].drop_duplicates().iloc[:400]) for offset in (-5, 3, 9)))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q2_5
# manual: true
# points: 2

# %% [markdown]
# ## Question 2.5 (2 points, read by your instructor): the night shift
#
# The night-shift workers are genuine Americans, yet their posts fit an office day in the same
# zone as Campaign A. In three to five sentences: why do they fit it, and what does finding a
# working week in a time zone tell you, and not tell you, about who runs a group of accounts?

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# A night shift in the United States (about 22:00 to 06:00 Eastern) is daytime in Beijing
# (about 10:00 to 18:00 UTC+8), and it runs on working days, so the workers' posts land in
# Beijing's office hours with quiet weekends, exactly the shape the signal looks for. The fit
# says *when* the people behind the accounts were awake and working, not *where* they are or
# *who* they are: anyone on that schedule fits, including people living in that zone and
# shift workers anywhere. The night-shift workers also lack what Campaign A has besides its
# clock (coordinated retweets, copied texts, accounts made in bursts), so a clock can only be
# one signal among several, never an accusation on its own.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q2_6
# points: 2

# %% [markdown]
# ## Question 2.6 (2 points): a clock rule
#
# Write `flag_office_hours(posts, tz, threshold, min_posts)`: a True/False Series indexed by
# `userid`, one row for every account that has posts, True for the accounts whose office-hours
# share in `tz` (`signals.office_hours_share(posts, tz)`: weekdays 09:00-17:00) is at least
# `threshold` **and** that made at least `min_posts` posts (a handful of posts says little
# about a schedule). Use only `posts`: a detector never looks at the answer key.

# %% [raw]
# # BEGIN SOLUTION

# %%
def flag_office_hours(posts, tz, threshold, min_posts):
    """Flag accounts with at least ``min_posts`` posts and an office-hours share >= ``threshold`` in ``tz``."""
    # BEGIN SOLUTION
    share = signals.office_hours_share(posts, tz)
    counts = posts["userid"].value_counts().reindex(share.index)
    return (share >= threshold) & (counts >= min_posts)
    # END SOLUTION


clock_flags = flag_office_hours(posts, "Asia/Shanghai", 0.6, 10)
int(clock_flags.sum())

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: >-
  flag_office_hours should return a True/False Series indexed by userid, with one row for each
  account that has posts.
""" # END TEST CONFIG
bool(isinstance(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10), pd.Series) and flag_office_hours(posts, "Asia/Shanghai", 0.6, 10).dtype == bool and set(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10).index) == set(posts["userid"]))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your flags match the answer key exactly: the rule is reading labels. A detector only sees
  posts and accounts; labels are for measuring it afterwards (Question 2.7).
""" # END TEST CONFIG
bool(not isinstance(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10), pd.Series) or evaluate.score(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10), labels, positive="campaign").f1 < 0.99)

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your rule flags the accounts that write in Chinese: that is language, not a clock, and
  language is never evidence on its own (hundreds of genuine Americans here write Chinese).
  Flag by the office-hours share in tz.
""" # END TEST CONFIG
bool(not isinstance(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10), pd.Series) or (flag_office_hours(posts, "Asia/Shanghai", 0.6, 10) & (signals.language_share(posts, "zh") >= 0.5).reindex(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10).index, fill_value=False)).sum() < 0.5 * (signals.language_share(posts, "zh") >= 0.5).sum())

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Your flags do not change with tz: the rule is reading the UTC clock. Pass tz on to
  signals.office_hours_share.
""" # END TEST CONFIG
bool(not isinstance(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10), pd.Series) or not flag_office_hours(posts, "Asia/Shanghai", 0.6, 10).equals(flag_office_hours(posts, "UTC", 0.6, 10)) or evaluate.score(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10), labels, positive="campaign").f1 >= 0.99 or (flag_office_hours(posts, "Asia/Shanghai", 0.6, 10) & (signals.language_share(posts, "zh") >= 0.5).reindex(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10).index, fill_value=False)).sum() >= 0.5 * (signals.language_share(posts, "zh") >= 0.5).sum())

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  The number flagged is not right yet: keep accounts with a share of at least threshold (>=)
  and at least min_posts posts (count each account's rows in posts).
""" # END TEST CONFIG
(int(flag_office_hours(posts, "Asia/Shanghai", 0.6, 10).sum()), int(flag_office_hours(posts, "Asia/Shanghai", 0.8, 50).sum()))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: flag_office_hours is wrong on another data set (tiny, without its labels) or with other settings.
""" # END TEST CONFIG
bool((lambda other: flag_office_hours(other, "America/New_York", 0.3, 5).sort_index().equals(((signals.office_hours_share(other, "America/New_York") >= 0.3) & (other["userid"].value_counts() >= 5)).sort_index()))(inauthentic.load_dataset("tiny").posts))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q2_7
# points: 2

# %% [markdown]
# ## Question 2.7 (2 points): what the rule costs
#
# Now, and only now, use the answer key. Write `precision_recall(flags, labels, group)`: for a
# True/False Series `flags` indexed by userid (like `clock_flags`), return the pair
# `(precision, recall)` of the flags for the accounts whose `labels["group"]` is `group`:
#
# - precision: of the accounts flagged, the share that are in `group`;
# - recall: of the accounts in `group`, the share that were flagged (an account missing from
#   `flags` was not flagged).
#
# Write it with pandas; `evaluate.score(flags, labels, positive=group)` gives the same numbers
# once you are done, if you want to check. The checks use `example_flags` below (a simpler rule,
# so that this question does not depend on your answer to 2.6); try yours on `clock_flags` too.

# %%
example_flags = signals.office_hours_share(posts, "Asia/Shanghai") >= 0.6

# %% [raw]
# # BEGIN SOLUTION

# %%
def precision_recall(flags, labels, group):
    """Precision and recall of True/False ``flags`` for the accounts of ``group`` in ``labels``."""
    # BEGIN SOLUTION
    in_group = labels.set_index("userid")["group"].eq(group)
    flagged = flags.reindex(in_group.index, fill_value=False).astype(bool)
    hits = int((flagged & in_group).sum())
    return hits / int(flagged.sum()), hits / int(in_group.sum())
    # END SOLUTION


precision_recall(clock_flags, labels, "campaign_a")

# %% [raw]
# # END SOLUTION

# %% [raw]
# # BEGIN TESTS

# %%
""" # BEGIN TEST CONFIG
points: 0.5
failure_message: precision_recall should return two numbers between 0 and 1, as (precision, recall).
""" # END TEST CONFIG
bool(isinstance(precision_recall(example_flags, labels, "campaign_a"), tuple) and len(precision_recall(example_flags, labels, "campaign_a")) == 2 and all(0 <= value <= 1 for value in precision_recall(example_flags, labels, "campaign_a")))

# %%
""" # BEGIN TEST CONFIG
points: 0
failure_message: >-
  Precision and recall are swapped. Precision divides by the accounts you flagged (how many of
  your accusations are right); recall divides by the accounts in the group (how many of them
  you found).
""" # END TEST CONFIG
bool(not isinstance(precision_recall(example_flags, labels, "campaign_a"), tuple) or not np.allclose(precision_recall(example_flags, labels, "campaign_a"), (evaluate.score(example_flags, labels, positive="campaign_a").recall, evaluate.score(example_flags, labels, positive="campaign_a").precision)))

# %%
""" # BEGIN TEST CONFIG
points: 1
failure_message: >-
  Not right yet: a hit is an account that is both flagged and in group; count accounts, not
  posts, and treat accounts missing from flags as not flagged.
""" # END TEST CONFIG
tuple(round(float(value), 3) for value in precision_recall(example_flags, labels, "campaign_a"))

# %%
""" # BEGIN TEST CONFIG
points: 0.5
hidden: true
failure_message: precision_recall is wrong for other flags or another group.
""" # END TEST CONFIG
bool(all(np.allclose(precision_recall(flags, labels, group), (evaluate.score(flags, labels, positive=group).precision, evaluate.score(flags, labels, positive=group).recall)) for flags in (signals.office_hours_share(posts, "UTC+8") >= 0.5, signals.weekend_share(posts, "UTC+8") <= 0.05) for group in ("campaign_a", "night_shift")))

# %% [raw]
# # END TESTS

# %% [raw]
# # END QUESTION

# %% [raw]
# # BEGIN QUESTION
# name: q2_8
# manual: true
# points: 1

# %% [markdown]
# ## Question 2.8 (1 point, read by your instructor): who pays
#
# Your rule's precision and recall for Campaign A are in Question 2.7. In two or three
# sentences: which of the two tells you how many innocent people your rule accuses, and what
# would you add to the clock before flagging anyone (name a signal, and say why it is not
# language alone)?

# %% [raw]
# # BEGIN SOLUTION

# %% [markdown]
# Precision: one minus it is the share of flagged accounts that are not in the campaign, and
# here more than half of the flags fall on genuine people (mostly night-shift workers and
# fans). Before flagging I would require a second, independent signal that the night-shift
# workers lack, such as retweeting the same posts within a minute of each other (a
# co-retweet network) or posting near-identical texts; language alone would accuse the
# Chinese-speaking Americans, who are genuine.

# %% [raw]
# # END SOLUTION

# %% [raw]
# # END QUESTION

# %% [markdown]
# ## When you are done
#
# Run every `grader.check` cell once more from the top (Kernel, Restart and Run All) and save
# the notebook. Hand in `02_clocks.ipynb` as your instructor asked; keep its name.
