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
# # Lesson 02 · Clocks
#
# You will find, from nothing but the times of their posts, the time zone a group of accounts works
# in, its working day, its lunch break, its weekends and its holidays, and then meet the genuine
# people who keep the same hours.
#
# **Teaching:** 35 minutes · **Exercises:** 20 minutes in the lesson ·
# **Graded exercise:** about 50 minutes ([exercise 02](../exercises/02_clocks.ipynb), homework)
#
# **Prerequisites:** [Lesson 01: Profiles](01_profiles.ipynb).
#
# **Questions this lesson answers**
#
# - In which time zone do the suspected accounts work?
# - Do they keep office hours, take lunch, rest at weekends and take a national holiday?
# - Who else posts then?
#
# **By the end you will be able to**
#
# 1. convert post times between time zones with pandas;
# 2. draw and read an hour-of-week heatmap;
# 3. find the time zone, working day, lunch break, weekends and holiday of a group from its posts;
# 4. explain how night-shift workers and fans differ from an office, and count who a clock rule flags.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads what the lesson needs. It also rebuilds the **suspects** of lesson 01: the accounts
# created on a day with at least ten creations. We chose them from their profiles only, without the
# answer key.

# %%
import inauthentic
from inauthentic import evaluate, plots, signals

data = inauthentic.load_dataset("classroom")
posts, labels = data.posts, data.labels

# %%
import matplotlib.pyplot as plt
import pandas as pd
from inauthentic.widgets import ClockExplorer

plots.set_theme()

# %%
burst = signals.creation_burst_size(data.accounts)
suspects = burst.index[burst >= 10]
suspect_posts = posts[posts["userid"].isin(suspects)]

# %% [markdown]
# ## What was reported
#
# A 2024 commentary on the US intelligence community's annual threat assessment described
# Spamouflage accounts as active from just before nine to five, Beijing time, and quiet over lunch
# *(commentary on the 2024 Annual Threat Assessment, 2024)*. Researchers had earlier found posts
# that matched working hours in Beijing *(Australian Strategic Policy Institute, 2020)*, and Meta saw
# morning and afternoon bursts with breaks for meals, and less activity at weekends and on Chinese
# holidays *(Meta, 2023)*.
#
# Our question: **if nobody told us where the suspects are, could their clock tell us?**

# %% [markdown]
# ## 1. Times and time zones
#
# Every post has a `tweet_time`, stored in **UTC** (Coordinated Universal Time, the clock of
# Greenwich without summer time). The `+00:00` at the end says so: pandas knows which zone the times
# are in.

# %%
posts["tweet_time"].head(3)

# %% [markdown]
# `dt.tz_convert` shows the same instant on another clock. Here are the first three posts as read in
# New York and in Beijing (the zone database calls it `Asia/Shanghai`). The moment is the same;
# only the reading of the clock changes.

# %%
first = posts["tweet_time"].head(3)
pd.DataFrame({"UTC": first, "New York": first.dt.tz_convert("America/New_York"),
              "Beijing": first.dt.tz_convert("Asia/Shanghai")})

# %% [markdown]
# ### Check your understanding
#
# A post is made at 02:00 in New York in mid-September. What time is it in Beijing? And in early
# November, after the United States leaves summer time (1 November in 2026)?
#
# <details><summary>Answer</summary>
#
# In September New York is UTC−4 and Beijing UTC+8: twelve hours later, 14:00. After 1 November New
# York is UTC−5, so Beijing is thirteen hours ahead: 15:00. China has no summer time. This is why we let
# pandas convert times with zone names instead of adding hours by hand.
#
# </details>

# %% [markdown]
# ## 2. The suspects' week, in UTC
#
# An **hour-of-week heatmap** counts posts in each hour (columns) of each day of the week (rows).
# **Alt text for the figure below:** a grid of days (rows) by hours (columns) for the suspects' posts read in UTC; darker
# cells hold more posts.

# %%
plots.clock_heatmap(posts, tz="UTC", userids=suspects)
plt.show()

# %% [markdown]
# Rows are days, columns hours of the day in UTC, and colour the number of posts. The suspects post
# in one block of about eight hours, starting in the small hours of UTC, on five days a week. For
# people living in the United States, that block would be the middle of the night.

# %% [markdown]
# ## 3. Find the zone: try some offsets
#
# If the block is a working day, some zone turns it into 09:00-17:00. A **UTC offset** (hours ahead
# of UTC, as in UTC+8) is an added number of hours. We try a few and count the share of posts on a
# weekday between 09:00 and 17:00.

# %%
office_share = {}
for offset in [-5, 0, 3, 8]:
    local = suspect_posts["tweet_time"] + pd.Timedelta(hours=offset)
    office_share[offset] = ((local.dt.day_of_week < 5) & local.dt.hour.between(9, 16)).mean()
pd.Series(office_share, name="office hours share")

# %% [markdown]
# US Eastern time (−5) and UTC put almost none of the posts in office hours; one of the offsets we
# tried puts nearly all of them there. If posting were spread evenly over the week, the share would
# be about a quarter (forty office hours in a week of a hundred and sixty-eight).

# %% [markdown]
# Trying offsets one by one is slow. `signals.office_hours_fit_by_offset` tries every offset from twelve
# hours behind UTC to fourteen ahead and also reports the weekend share, the lunch dip (explained below) and the share of posts
# at night. Its numbers agree with ours:

# %%
fit = signals.office_hours_fit_by_offset(posts, suspects)
bool(abs(fit.loc[8, "office_hours_share"] - office_share[8]) < 1e-9)

# %% [markdown]
# **Alt text for the figure below:** a line of the suspects' office-hours share (vertical, 0 to 1)
# at each UTC offset, from twelve hours behind UTC to fourteen ahead (horizontal).

# %%
ax = fit["office_hours_share"].plot(marker="o", figsize=(8, 3.5))
ax.set(title="How well the suspects' posts fit a 09:00-17:00 weekday, by time zone",
       xlabel="UTC offset (hours)", ylabel="share of posts in office hours")
plt.show()

# %% [markdown]
# The curve rises to one peak and falls away on both sides. The offsets next to the peak fit
# fairly well too (shifting a working day by an hour clips only its edges), but the peak is the
# highest. A crowd of people posting for fun would give a flat, low curve. The kit names
# the peak:

# %%
signals.best_working_timezone(posts, suspects)

# %% [markdown]
# UTC+8 is the offset of China, but also of Singapore, Taiwan, Malaysia, the Philippines and Western
# Australia. The clock says *when* people worked, never *who* they are or who employs them.

# %% [markdown]
# ## 4. The working day, hour by hour
#
# Now we read the suspects' week in Beijing time. **Alt text for the figure below:** the same grid of
# days by hours as before, read in UTC+8.

# %%
plots.clock_heatmap(posts, tz="Asia/Shanghai", userids=suspects)
plt.show()

# %% [markdown]
# Read this way, the block becomes an office week: Monday to Friday, from about nine to five, with a
# paler column around noon and nearly empty weekend rows. Genuine people rarely produce such a
# clean shape. Let us check each part with a count, starting with the hours of weekdays.

# %%
beijing = suspect_posts["tweet_time"].dt.tz_convert("Asia/Shanghai")
weekday_hours = beijing[beijing.dt.day_of_week < 5].dt.hour.value_counts().sort_index()
weekday_hours.loc[7:18]

# %% [markdown]
# Posting starts at nine (a trickle comes earlier), stops at five, and drops steeply in the 12:00 hour: a **lunch
# lull**. The kit's `lunch_dip` turns that into a number: 1 when lunch is silent, 0 when it is as
# busy as the hours around it. Here is its value at a few offsets:

# %%
fit.loc[[0, 7, 8, 9], ["office_hours_share", "lunch_dip", "weekend_share"]]

# %% [markdown]
# Only at +8 do all three agree: most posts in office hours, a clear lunch dip, and almost nothing
# at weekends. Let us count the days of the week directly.

# %%
beijing.dt.day_name().value_counts()

# %% [markdown]
# ## 5. The holiday
#
# China's National Day holiday, **Golden Week**, runs from 1 to 7 October. An office that follows
# China's calendar goes quiet then. We count the suspects' posts per Beijing date around it.

# %%
beijing_date = beijing.dt.date.astype(str)
beijing_date.value_counts().sort_index().loc["2026-09-24":"2026-10-11"]

# %% [markdown]
# Ordinary working days carry many posts; during the holiday week the count falls to the level
# of a weekend, then comes back when the holiday ends. `signals.golden_week` lists those dates and
# `signals.holiday_share` gives each account's share of posts on them.

# %%
holiday = signals.holiday_share(posts, signals.golden_week(posts), "Asia/Shanghai")
pd.Series({"suspects": holiday[holiday.index.isin(suspects)].median(), "all accounts": holiday.median()},
          name="median share of posts in Golden Week")

# %% [markdown]
# The holiday is one week of the weeks the data covers, so someone who posts regularly puts that
# week's fair share of their posts there. Compare the two medians above: the suspects' share sits
# well below that of the other accounts.

# %% [markdown]
# ### Check your understanding
#
# Quiet weekends are common among genuine users who post from work. Why is a quiet Golden Week
# more telling than a quiet weekend? And what does it still not tell you?
#
# <details><summary>Answer</summary>
#
# Weekends are the same everywhere; a holiday from one country's calendar is not. A pause over 1-7
# October points to people following China's public holidays. It does not say who they work for:
# many people and businesses follow that calendar, and an operator could copy it (or forget it).
# Attribution needs evidence a clock cannot give (lesson 06).
#
# </details>

# %% [markdown]
# ## 6. Explore the clock yourself
#
# The **clock explorer** shows a group's week at any UTC offset, starting with the suspects at UTC.
# Move **UTC offset** until the office-hours box is full: what share of posts falls inside? Then pick
# *night-shift workers* under **Accounts**: which offset fills the box for them? Do they take lunch?
#
# **Alt text for the widget below:** The clock explorer has a slider for the UTC offset and a menu of
# groups of accounts above a grid of the week (days as rows, hours as columns, darker cells for more
# posts) with a box drawn around weekday office hours and a dotted box around lunch; below it, one
# line for weekdays and a dashed one for the weekend show the posts by hour of the day. A sentence
# above says what share of the posts falls in office hours at this offset.

# %% tags=["nbval-ignore-output"]
# Interactive: the clock explorer; move the UTC offset slider and pick a group of accounts.
ClockExplorer(data, userids={"suspects (lesson 01)": suspects})

# %% [markdown]
# ## 7. Who else keeps Beijing office hours?
#
# A rule that flags every account with at least half its posts in Beijing office hours would find
# the campaign. Let us count who else it flags, with the share computed for every account.

# %%
office = signals.office_hours_share(posts, "Asia/Shanghai")
office_rule = office >= 0.5
print(evaluate.score(office_rule, labels))
evaluate.false_positive_rates(office_rule, labels)[["group", "in_words"]].head(5)

# %% [markdown]
# The rule catches most of the campaign and many more genuine people: most **night-shift workers**
# (nurses, guards, drivers in the United States, whose night is Beijing's day), most **fans**,
# some Indonesian speakers at home (whose afternoons fall in Beijing office hours), and ordinary
# users with so few posts that half of them land in those hours by chance.

# %% [markdown]
# **Alt text for the figure below:** the hour-of-week grid of the night-shift workers' posts, read in
# US Eastern time.

# %%
night_shift = labels.loc[labels["group"] == "night_shift", "userid"]
plots.clock_heatmap(posts, tz="America/New_York", userids=night_shift)
plt.show()

# %% [markdown]
# Rows are days, columns hours in New York, colour the posts. The night-shift workers post from late
# evening to early morning, Sunday nights included, with no gap at Beijing's noon (midnight in New
# York). Their working night is Beijing's working day. Now the fans: on which New York dates do
# they post most?

# %%
fans = labels.loc[labels["group"] == "fandom", "userid"]
fan_times = posts.loc[posts["userid"].isin(fans), "tweet_time"].dt.tz_convert("America/New_York")
fan_times.dt.date.value_counts().head(4)

# %% [markdown]
# Two nights stand out: the two debate nights. A debate that starts at 21:00 in New York starts at
# 09:00 the next morning in Beijing, on a weekday, so fans live-posting a debate look, to a clock
# rule, like an office opening.

# %% [markdown]
# ## 8. Telling an office from a night shift and a fandom
#
# An office takes weekends and holidays off and posts on many days. We count each account's active
# days, then compare the clock measures as medians per group (the answer key only labels the rows).

# %%
active_days = posts.assign(day=posts["tweet_time"].dt.floor("D")).groupby("userid")["day"].nunique()
clock = pd.DataFrame({"office hours": office, "weekend": signals.weekend_share(posts, "Asia/Shanghai"),
                      "golden week": holiday, "active days": active_days})
group = labels.set_index("userid")["group"]
clock.groupby(group).median().loc[["campaign_a", "night_shift", "fandom", "ordinary"]].round(2)

# %% [markdown]
# The night-shift workers post at weekends and through Golden Week; the fans are active on few
# days. Only the campaign has all four marks. A rule that asks for all of them (office hours,
# quiet weekends, a quiet holiday and at least ten active days):

# %%
office_week = ((clock["office hours"] >= 0.5) & (clock["weekend"] < 0.1)
               & (clock["golden week"] < 0.03) & (clock["active days"] >= 10))
print(evaluate.score(office_week, labels))
evaluate.false_positive_rates(office_week, labels)[["group", "in_words"]].head(4)

# %% [markdown]
# Asking for the whole office week clears most of the night-shift workers and fans the first rule
# accused, at the price of missing campaign accounts that post less regularly. A few genuine
# people still match: a clock is one signal, to be combined with others (lesson 06).

# %% [markdown]
# ### Check your understanding
#
# A colleague proposes flagging every account whose posts fit UTC+8 office hours "because that is
# where the operation is". Give two groups of innocent people that rule would flag, and one way to
# spare each.
#
# <details><summary>Answer</summary>
#
# US night-shift workers (spare them by asking for quiet weekends and holidays, or a lunch dip);
# fans live-posting evening events in the United States (ask for many active days); and people
# who actually live in UTC+8, in China or elsewhere, who have every right to post. Living or working
# in a time zone is not evidence of anything; an office-like rhythm is only a reason to look closer.
#
# </details>

# %% [markdown]
# ### Your turn
#
# Change `tz` and re-run. Is the office-hours rule better or worse one hour either side of Beijing
# (`"Asia/Tokyo"` is UTC+9, `"Asia/Bangkok"` UTC+7)? Which genuine groups does it flag in New York
# time?

# %%
tz = "Asia/Shanghai"  # try "Asia/Tokyo", "Asia/Bangkok", "America/New_York"
rule = signals.office_hours_share(posts, tz) >= 0.5
print(evaluate.score(rule, labels))
evaluate.false_positive_rates(rule, labels)[["group", "in_words"]].head(3)

# %% [markdown]
# ## Key points
#
# - Times are stored in UTC; `dt.tz_convert` reads them on any clock. Let pandas handle summer time.
# - Try offsets and count office-hours posts: a group run from an office fits one offset best
#   (`signals.office_hours_fit_by_offset`, `best_working_timezone`).
# - An office week has a working day, a lunch lull, quiet weekends and its country's holidays.
# - Night-shift workers and fans post in the same hours; weekends, holidays and active days tell
#   them apart. A clock shows *when* people work, never *who* they are.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# - Graded exercise: [exercises/02_clocks.ipynb](../exercises/02_clocks.ipynb).
# - Next lesson: [Lesson 03: Words](03_words.ipynb), on what the accounts write, and in which language.
