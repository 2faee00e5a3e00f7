# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Lesson 00 · Start here: fake crowds and how far a hunch gets you
#
# **Teaching:** 20 minutes · **Exercises:** 10 minutes
#
# **Prerequisites:** none. You need to know how to run a cell (click it, then press
# Shift+Enter). Each line of Python is explained as it comes.
#
# **Questions this lesson answers**
#
# - What is coordinated inauthentic behaviour, and what did public reporting describe between 2020 and 2024?
# - What does the classroom platform hold?
# - How well can you spot a fake account by eye?
#
# **By the end you will be able to**
#
# 1. explain coordinated inauthentic behaviour in your own words, and name three patterns the reporting described;
# 2. load the classroom platform and say what each of its three tables holds;
# 3. look one account up with a widget and judge what its profile can and cannot tell you;
# 4. take the spot-the-fake quiz cold and keep your score as a starting point.

# %% [markdown]
# ## What coordinated inauthentic behaviour is
#
# **Coordinated inauthentic behaviour** means a group of accounts that pretend to be
# separate, independent people but are run together, to make a message look more popular
# than it is. It has two parts, and you need both:
#
# - *inauthentic*: the account lies about who is behind it (a "teacher in Ohio" who is an
#   employee somewhere else);
# - *coordinated*: the accounts act together (post the same thing, at the same times, or
#   boost each other).
#
# Either part alone is common and harmless. A fan club that live-posts a debate together is
# coordinated; a pen name is a small disguise. Neither is a fake crowd.

# %% [markdown]
# ## What was reported, 2020-2024
#
# This kit exists because of a run of public reporting on networks of fake accounts linked
# to the Chinese state and aimed at American audiences. In short, and in our own words:
#
# - **Loudspeakers (New York Times analysis, 2020, as described on the National Endowment
#   for Democracy's blog).** About 4,600 accounts reposted Chinese diplomats and state media
#   in one week; many behaved oddly, and roughly one in six posted very often while hardly
#   anyone followed them.
# - **Boosted posts (Next Dim, an Israeli data firm, 2020, same blog).** Two ordinary posts
#   praising China's handling of the pandemic were liked and shared hundreds of thousands of
#   times, perhaps helped by well-placed influencer accounts.
# - **Diaspora communities (Australian Strategic Policy Institute, Alex Joske, 2020).** The
#   Chinese party's United Front works through diaspora groups and Chinese-language media;
#   the report warns that any response must protect genuine political participation by
#   ethnic Chinese citizens.
# - **"Spamouflage" (US intelligence community's 2024 threat assessment, as summarised in a
#   2024 commentary).** Thousands of fake accounts posing as Americans, often writing in
#   Chinese, busy roughly from 08:50 to 17:00 Beijing time and quiet over lunch: office hours.
# - **Fake fans (New York Times, T. Hsu and S. L. Myers, 2024).** Accounts posed as fervent
#   supporters of one side, mocked a candidate's age and shared fake images; they were more
#   willing than before to target named candidates, though the effort was described as modest.
# - **Promises and denials (CNN, 2024).** China's leader told the US president in November
#   2023 that China would not interfere in the 2024 election; US officials later said they
#   saw attempts anyway, and China denies all interference.
#
# Notice that most of these are patterns of *behaviour*: clocks, volume, copying, boosting.
# That is what data can show. Who is behind a network is a different question, which
# data alone rarely answers.

# %% [markdown]
# > **Caution.** Writing in Chinese, living abroad, posting a lot or being a loud partisan is
# > not evidence of anything. Millions of genuine people do each of these. The classroom data
# > holds many of them on purpose, and every lesson counts what it would cost to flag them.

# %% [markdown]
# ## Starting fresh?
#
# Each lesson runs on its own. Run the next cell first (or again, after a restart): it loads
# the tools this lesson uses, gives figures the kit's colours and loads the
# **classroom platform**. The very first time, the kit builds the data on your computer from
# a recipe; that takes a few seconds and needs no internet.

# %%
import matplotlib.pyplot as plt

import inauthentic

inauthentic.plots.set_theme()
data = inauthentic.load_dataset("classroom")
data

# %% [markdown]
# The line above is a summary: how many accounts and posts the platform holds, and that it
# comes with its answer key. Everything in it is invented: people, parties, candidates and
# web sites (which end in `.example`). The election it surrounds is fictional too.

# %% [markdown]
# ## Three tables
#
# The platform comes as three tables, shaped like the files Twitter (now X) published about
# the networks it removed. A **table** here is a pandas `DataFrame`: rows and named columns,
# like a spreadsheet. `.head()` shows the first five rows. First, the accounts:

# %%
data.accounts.head()

# %% [markdown]
# Each row is one account: its number (`userid`), its handle (`user_screen_name`), the name,
# bio and location its owner typed, how many follow it and how many it follows, when it was
# created, and its interface language. `profile_image_hash` is a short code computed from the
# profile picture: two accounts with the same picture get the same code.

# %% [markdown]
# Next, the posts. There are many columns, so the cell below picks five of them with a list
# of names in square brackets. Times are in **UTC**, the world's reference clock (London in
# winter), whatever the time zone of the person posting.

# %%
data.posts[["userid", "tweet_time", "tweet_language", "is_retweet", "tweet_text"]].head()

# %% [markdown]
# Each row is one post: who wrote it, when, in what language, whether it is a **retweet** (a
# repost of someone else's post) and its text. The `userid` links a post to its account in
# the first table.

# %% [markdown]
# How much does each account post? `groupby("userid").size()` counts the posts of each
# account, and `describe()` sums those counts up: how many accounts, the average, the
# smallest, the quartiles and the largest.

# %%
posts_per_account = data.posts.groupby("userid").size()
posts_per_account.describe().round(1)

# %% [markdown]
# Compare the median (the `50%` row) with the maximum in the table above: a typical account
# posts far less than the busiest one. A histogram shows the whole spread. The vertical axis
# is on a log scale, so that the few very busy accounts do not vanish.
#
# **Alt text for the figure below:** a histogram of posts per account (across) against the number of
# accounts (up, log scale): one very tall bar at the left, where almost every account sits, then bars
# that shrink fast, and a few lone short bars far to the right for the handful of very busy accounts.

# %%
ax = posts_per_account.plot.hist(bins=40, log=True, figsize=(7, 3.5))
ax.set(xlabel="posts by one account", ylabel="number of accounts (log scale)",
       title="Most accounts post a little; a few post a lot")
plt.show()

# %% [markdown]
# Each bar counts the accounts that wrote that many posts. The tall bars on the left are
# the many light users; the short bars far to the right are a handful of very busy accounts.
# Is a very busy account a fake? Busy people exist too: newsrooms, night owls, fans.

# %% [markdown]
# ## One account up close
#
# Let's look at the busiest account. `idxmax()` gives the `userid` with the largest count
# (`int(...)` shows it as a plain number).
# The **account card**, one of the kit's widgets, then shows what a user of the platform
# could see: the profile, a few posts and a **clock** of when it posts.

# %%
busiest = int(posts_per_account.idxmax())
busiest

# %% [markdown]
# **Alt text for the widget below:** The account card shows the account's profile (handle, name, bio,
# location, followers) and a few of its posts, beside a small grid of its week, days of the week as
# rows and hours of the day as columns, a darker cell for an hour in which it posts more; a search
# box, an account list and a time-zone menu sit above it. The card opens on the busiest account.

# %% tags=["nbval-ignore-output"]
# Interactive: the card changes as you search and pick, so the tests skip comparing its output.
from inauthentic.widgets import AccountCard

AccountCard(data, userid=busiest)

# %% [markdown]
# Read the card and decide: does anything in the profile or the posts tell you whether one
# real person is behind this account? Change **Time zone** to `America/New_York` and back to
# `UTC`, and watch the clock shift. Then type part of any handle from the accounts table
# into **Search** and compare.

# %% [markdown]
# ### Check your understanding
#
# **1.** An account writes only in Chinese and says it lives in San Francisco. Is that a sign
# of coordinated inauthentic behaviour?
#
# <details><summary>Answer</summary>
#
# No. Many genuine Americans write in Chinese, and the 2020 ASPI report stresses that their
# political voice must be protected. Evidence comes from how a *group* of accounts behaves
# (the same clock, the same words, the same seconds), never from who one person seems to be.
#
# </details>
#
# **2.** Which of these is coordinated but *not* inauthentic? (a) a fan club posting
# together during a debate; (b) fifty accounts with stolen photos posting the same slogan;
# (c) one person running ten accounts that praise each other.
#
# <details><summary>Answer</summary>
#
# (a). The fans are real people acting together in the open. (b) is both coordinated and
# inauthentic; (c) is inauthentic (ten fake "people") and coordinated by one hand.
#
# </details>

# %% [markdown]
# ## The answer key
#
# The third table is the **answer key**, `labels`: what each account really is. `kind` is
# `genuine`, `spam` or `campaign`; `group` says which kind of person or which operation;
# `role` is the job a campaign account does.

# %%
data.labels.head()

# %% [markdown]
# How many accounts of each kind and group? `groupby([...]).size()` counts the rows for each
# pair of values, so the table below has one line per group, listed under its kind.

# %%
data.labels.groupby(["kind", "group"]).size()

# %% [markdown]
# The counts above show a platform that is mostly genuine people, with covert campaign
# accounts (kind `campaign`) hidden among them, and some commercial spam. Several genuine groups are
# **decoys**: real people who look suspicious on one signal, such as night-shift workers who
# post at odd hours, Chinese-speaking Americans, or loud genuine partisans who paste the same
# slogans as the campaign.

# %% [markdown]
# Now we can ask the answer key about the busiest account. `set_index("userid")` lets us
# look a row up by its `userid`, and `.loc[...]` does the looking up.

# %%
data.labels.set_index("userid").loc[busiest]

# %% [markdown]
# Was your guess right? Whatever the answer, notice what you used: volume and a few posts.
# Real investigators never have an answer key. We use it only to *score* our methods
# afterwards, never as a clue, and the lessons never feed it to a detector.

# %% [markdown]
# ### Your turn
#
# Change `group` in the cell below to another group from the counts table
# (`"night_shift"`, `"fandom"`, `"chinese_speaking_american"`, `"campaign_a"`...), then run
# the cell again. Read a few bios and locations: which group would be easy to spot by eye?

# %%
group = "night_shift"
members = data.labels.loc[data.labels["group"] == group, "userid"]
data.accounts[data.accounts["userid"].isin(members)].head()

# %% [markdown]
# ## Spot the fake, cold
#
# Before any method, try your own eye. The quiz shows a few accounts, mixing campaign
# accounts, decoys and ordinary users. Mark each one **looks genuine** or **looks
# coordinated**, then press **Check**. Each card then says what the account really is and
# which clues gave it away or cleared it.
#
# **Alt text for the widget below:** The quiz shows one card at a time: an account's profile, a few of
# its posts and a small grid of when it posts (days as rows, hours as columns, darker for more posts),
# with two buttons, looks genuine and looks coordinated. Next and Back turn the cards; Check marks
# them and shows each account's tells and your score.

# %% tags=["nbval-ignore-output"]
# Interactive: your answers change what this cell shows, so the tests skip comparing its output.
from inauthentic.widgets import SpotTheFakeQuiz

SpotTheFakeQuiz(data, seed=0, save_as="start")

# %% [markdown]
# When you press **Check**, the kit keeps your score on this computer only (a small file in your
# home folder, never sent anywhere), because you will retake a quiz like this, on other accounts,
# in lesson 06, and see both attempts side by side.
# Then read the cards you got wrong. A single profile rarely gives a campaign away; what
# does is many accounts behaving alike, and that is what the next lessons measure.

# %% [markdown]
# ### Check your understanding
#
# **3.** Why do the lessons never use the `labels` table as a clue?
#
# <details><summary>Answer</summary>
#
# Because a real platform has no answer key: a method that peeks at it would look perfect
# here and be useless on real data. The key is only for scoring a method after it has made
# its choices.
#
# </details>

# %% [markdown]
# ## Key points
#
# - Coordinated inauthentic behaviour is a group of accounts that hide who runs them and act
#   together; coordination alone (fans) or a disguise alone (a pen name) is not enough.
# - Reporting from 2020 to 2024 described patterns that data can measure: office-hours
#   clocks, loudspeaker accounts, copied posts, boosted posts, fake partisan personas.
# - Language, location, volume and passion are not evidence: genuine people share each one.
# - The classroom platform has three tables: `accounts`, `posts` and the answer key
#   `labels`, which is for scoring only.
# - A hunch about one account gets you only so far; the lessons ahead look at many accounts at once.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# **Lesson 01, Profiles** (`01_profiles.ipynb`): accounts created in bursts, handles ending
# in digits, bios built from a template and shared profile pictures, and why each one alone
# misleads. Lesson 00 has no graded exercise; lessons 01 to 06 each have one, starting with
# `exercises/01_profiles.ipynb`.
