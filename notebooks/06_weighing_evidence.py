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
# # Lesson 06 · Weighing evidence
#
# Every signal from lessons 01 to 05 also catches genuine people. In this lesson you combine them,
# score single signals against the combination, read the cost group by group, and say what the
# data can show and what it cannot.
#
# **Teaching:** 40 minutes · **Exercises:** 30 minutes in the lesson ·
# **Graded exercise:** about 45 minutes ([exercise 06](../exercises/06_weighing_evidence.ipynb), homework)
#
# **Prerequisites:** lessons [01](01_profiles.ipynb) to [05](05_networks.ipynb).
#
# **Questions this lesson answers**
#
# - Is one strong signal enough?
# - How many should agree?
# - Who is wrongly accused, and what could the data never prove?
#
# **By the end you will be able to**
#
# 1. combine several yes/no signals into one explainable rule;
# 2. measure precision, recall and F1 of single signals and of the combination;
# 3. read the false positives group by group, and explain who pays for a careless rule;
# 4. explain the difference between showing coordinated behaviour and attributing it to a state.

# %% [markdown]
# ## Starting fresh?
#
# This cell loads the data and computes every per-account signal once, with the clock read in
# UTC+8 (Beijing time). `signal_table` takes a few seconds; everything after it reuses `table`.

# %%
import inauthentic
from inauthentic import evaluate, plots, signals, widgets

data = inauthentic.load_dataset("classroom")
accounts, posts, labels = data.accounts, data.posts, data.labels

# %%
import matplotlib.pyplot as plt
import pandas as pd

plots.set_theme()
table = signals.signal_table(data, tz="UTC+8")

# %% [markdown]
# ## What was reported
#
# No public takedown rests on one clue. ASPI found posts that mapped cleanly onto Beijing working
# hours *(ASPI, 2020)*; Meta described bursts in the morning and early afternoon with breaks for
# meals, alongside shared content and account patterns *(Meta, 2023)*; Google's team added that
# the network's engagement came from itself *(Google TAG, 2022-23)*. Each report stacks several
# independent signs.
#
# **Our question**: on the classroom platform, how well does each signal do alone, how well do
# they do together, and who is wrongly caught either way?

# %% [markdown]
# ## 1. The table of signals
#
# `signal_table` gives one row per account and one column per signal from the earlier lessons.
# `describe_signals()` says what each column means. Here are a few columns for the first accounts.

# %%
columns = ["office_hours_share", "created_same_day", "name_plus_digits_handle", "copypasta_share", "loudspeaker_index"]
table[columns].head()

# %% [markdown]
# ## 2. Eight tells, each a yes or no
#
# We turn eight signals into **tells** (yes/no flags), each with a threshold from the reporting or
# from chance: office hours in UTC+8 (posting evenly round the clock puts about a quarter of posts
# there), a creation burst, a name-plus-digits handle, a shared picture, copypasta, quick retweets,
# a switched language *and* app, a loudspeaker. The first four come from the clock and the profile:

# %%
tells = pd.DataFrame({"office hours": table["office_hours_share"] >= 0.5,
                      "creation burst": table["created_same_day"] >= 10,
                      "name+digits handle": table["name_plus_digits_handle"],
                      "shared picture": table["shared_image_count"] >= 1})

# %% [markdown]
# The other four come from what the accounts post and how they retweet. We add them as new columns
# of the same table, then show the share of accounts each tell fires on.

# %%
tells["copypasta"] = table["copypasta_share"] >= 0.5
tells["quick retweets"] = table["retweet_delay_seconds"] <= 600
tells["switched language and app"] = table["language_switched"] & table["client_switched"]
tells["loudspeaker"] = table["loudspeaker_index"] >= 10
tells.mean().round(3)

# %% [markdown]
# The shares are small: each tell fires on a minority of accounts. Language is left out on purpose:
# writing in Chinese is not evidence of anything (lesson 03). We will see its cost later.

# %% [markdown]
# ## 3. Each tell alone
#
# `compare_detectors` scores each tell as if it were a whole detector: **precision** (of those
# flagged, the share that are campaign), **recall** (of the campaign, the share flagged) and **F1**
# (one number that is high only when both are).

# %%
single = evaluate.compare_detectors(tells.to_dict("series"), labels)
single.round(2).sort_values("f1", ascending=False)

# %% [markdown]
# Some tells catch most of the campaign but flag many genuine accounts too; others are precise
# but catch few. No single tell gets both right: even the best F1 at the top of the table is modest.
# The last column counts genuine people each tell would accuse.

# %% [markdown]
# Whose tells are they? The loud genuine partisans are a good test: the cell below shows the share of
# the campaign and of the partisans on whom each tell fires, one column per group.

# %%
group = labels.set_index("userid")["group"].reindex(tells.index)
tells.groupby(group).mean().loc[["campaign_a", "partisan"]].round(2).T

# %% [markdown]
# Partisans trip copypasta more often than the campaign does, and quick retweets often too: the
# tells of what people post and whom they echo. They trip almost none of the profile and clock tells. A rule
# built on the content tells alone would accuse them first.

# %% [markdown]
# A tell is a cut of a continuous signal. `threshold_sweep` tries every cut of one signal; here
# the office-hours share. The figure draws precision, recall and F1 (up) against the threshold
# (across), with the best F1 marked.
#
# **Alt text for the figure below:** three lines against the office-hours threshold (across, 0 to 1):
# recall (dashed) stays near the top, then falls as the threshold rises; precision (solid) climbs
# slowly and peaks near the right end before dropping; F1 (dotted) lies between them. A dotted
# vertical line marks the best F1.

# %%
plots.threshold_curves(evaluate.threshold_sweep(table["office_hours_share"], labels))
plt.show()

# %% [markdown]
# Moving the cut trades one error for another, and even the best cut leaves F1 well short of 1:
# the night-shift workers and the fans sit on the campaign's side of every threshold.

# %% [markdown]
# ### Check your understanding
#
# A tell has recall `0.93` and precision `0.26`. In plain words, what happens if you report every
# account it flags?
#
# <details><summary>Answer</summary>
#
# You catch almost the whole campaign, but roughly three of every four accounts on your list are
# not campaign accounts: you would wrongly accuse about three people for every real catch. High
# recall alone is not a result.
# </details>

# %% [markdown]
# ## 4. Let the tells vote
#
# A simple, explainable combination: count how many tells fire for each account, and flag accounts
# where at least `k` agree. The count is a score from 0 to 8.

# %%
votes = tells.sum(axis=1).rename("tells_firing")
votes.value_counts().sort_index()

# %% [markdown]
# Most accounts fire no tell at all; a small group fires many. `threshold_sweep` scores every
# choice of `k` at once: flag when at least `k` tells fire.

# %%
sweep = evaluate.threshold_sweep(votes, labels, thresholds=range(1, 9))
sweep.round(2)

# %% [markdown]
# The figure below draws the same sweep: the number of tells required (across) against precision,
# recall and F1 (up), with the best F1 marked.
#
# **Alt text for the figure below:** three lines against the number of tells required (across, 1 to
# 8): precision (solid) rises fast and stays high until it drops at the end, recall (dashed) falls
# steadily, and F1 (dotted) peaks where the two cross, at the dotted vertical line that marks the best
# F1.

# %%
plots.threshold_curves(sweep)
plt.show()

# %% [markdown]
# Requiring more tells trades recall for precision: with one tell, everyone slightly odd is
# flagged; with all eight, nobody. In between, the F1 curve peaks where several independent tells
# agree. That peak is higher than any single tell's F1 in the table of section 3: the gap between
# one tell and several is the point of this lesson. How many tells do the partisans fire?

# %%
votes[group == "partisan"].value_counts().sort_index()

# %% [markdown]
# Most partisans fire one or two tells, and only a few reach three: the copies and quick retweets
# of a fervent supporter rarely come with a batch-made profile and an office clock. Requiring
# several tells is what spares them.

# %% [markdown]
# ## 5. A rule, and the accounts it misses
#
# We take the best `k` from the sweep as our rule. The seeds of lesson 04 write originals and
# trip few tells; they are found by who applauds them: accounts whose retweets and replies come
# mostly from the flagged group.

# %%
best_k = int(sweep.loc[sweep["f1"].idxmax(), "threshold"])
by_votes = votes[votes >= best_k].index
inside = signals.internal_engagement_share(posts, by_votes)
propped_up = inside.index[(inside >= 0.5) & (table["engagement_received"].reindex(inside.index) >= 10)]

# %% [markdown]
# The combined rule flags both: the accounts where at least `best_k` tells agree, and the accounts
# they prop up. Compare it with the best single tell.

# %%
combined = by_votes.union(propped_up)
best_single = single["f1"].idxmax()
evaluate.compare_detectors({best_single: tells[best_single], f"at least {best_k} tells": by_votes,
                            "combined rule": combined}, labels).round(2)

# %% [markdown]
# Adding the propped-up accounts picks up campaign accounts the vote misses without flagging more
# genuine people (the last column). The combined rule does far better than the best single tell on F1.

# %% [markdown]
# ## 6. Who pays for each rule?
#
# A detector's mistakes are people. `compare_false_positive_rates` shows, for each genuine group
# (and spam), the share each rule wrongly flags. We add the language rule we left out: half or more
# of the posts in Chinese.

# %%
detectors = {"language only": table["zh_post_share"] >= 0.5, "office hours": tells["office hours"],
             "quick retweets": tells["quick retweets"], "combined rule": combined}
rates = evaluate.compare_false_positive_rates(detectors, labels)
rates.round(2)

# %% [markdown]
# Each single rule has its own victims: the language rule falls on Chinese-speaking Americans and
# diaspora communities; office hours on night-shift workers (their night is Beijing's day) and on
# fans watching evening debates; quick retweets on fans and on genuine partisans. The combined
# rule spares nearly all of them, except part of the fandom.

# %% [markdown]
# The figure below shows the combined rule's remaining cost as bars, one per genuine group (or
# spam), each labelled with how many people of the group it flags.
#
# **Alt text for the figure below:** one horizontal bar per genuine group (and spam), its length the
# share of the group the combined rule flags: the fans have the one long bar, two or three groups a
# sliver, and the rest none.

# %%
plots.false_positives(evaluate.false_positive_rates(combined, labels), title="Wrongly flagged by the combined rule")
plt.show()

# %% [markdown]
# Few bars are left, and one stands out: the fans. Read the axis: it stretches to fit the longest
# bar, so the short bars are only a handful of people. Fans trip three tells at once (a clock of
# evening debates, quick retweets of their star, variants of one picture), so a vote counts them
# as agreeing evidence although it comes from one event. Each is still a person wrongly accused. Before
# naming anyone, an investigator reads each flagged account by hand (the account card of lesson
# 04) and asks what innocent explanation would fit.

# %% [markdown]
# ### Check your understanding
#
# The language rule flags most Chinese-speaking Americans. Why is adding "writes in Chinese" as a
# ninth tell a bad idea, even if it raised F1 a little on this data?
#
# <details><summary>Answer</summary>
#
# Because it makes a community's language count against its members. Millions of Americans write
# in Chinese; a rule that needs one fewer *behavioural* tell to flag them treats them as more
# suspect for who they are, not for what they do. Behaviour (clocks, networks, copies) is
# evidence; language, location or community is not.
# </details>

# %% [markdown]
# ## 7. Tune it yourself
#
# The threshold tuner has a slider per signal, a rule (**any** signal, or **at least k**), and a
# live report: precision, recall, F1 and the genuine people caught group by group.
# **Question**: start from "at least 3 of 6". Lower the office-hours slider to `0.3`: what happens to
# the night-shift workers, and to F1? Then switch the rule to **any**.

# %% tags=["nbval-ignore-output"]
# Interactive: move the sliders, tick signals on and off, switch the rule.
tuner = widgets.ThresholdTuner(data, signals_table=table, min_signals=3)
tuner.widget

# %% [markdown]
# <details><summary>What to look for</summary>
#
# With several signals required, a looser office-hours threshold costs a little (more ordinary
# users, newcomers and partisans), but the night-shift workers stay mostly unflagged: they trip the
# clock but not the creation burst or the copypasta. Switch to **any** and the clock alone flags
# them, copypasta flags most partisans, and F1 falls sharply. Requiring agreement protects people
# who look odd on one signal.
# </details>

# %% [markdown]
# ## 8. What the data can show, and what it cannot
#
# Everything above measures **behaviour**: accounts that work the same hours, were made the same
# days, post the same texts and echo the same seeds. That can show that a set of accounts is
# **coordinated** (run together) and **inauthentic** (not who they claim to be).

# %% [markdown]
# It cannot show **who** runs them. **Attribution** (naming the operator, such as a state agency)
# needs evidence a platform's posts do not hold: infrastructure, payment and registration records,
# insiders, and leaked documents, usually available only to platforms and governments.

# %% [markdown]
# The public record shows why this matters. At the APEC summit in San Francisco in November 2023,
# China's leader told the US president that China would not interfere in the 2024 election, and
# the foreign minister repeated it *(CNN, January 2024)*. US officials later said they had seen
# attempts anyway *(US Secretary of State interview, 2024)*; China denies all interference.

# %% [markdown]
# Even the assessments differ. Commentators warned that AI-written messages could make 2024 unlike
# earlier elections, while an NSA official said in early 2024 that there were no signs yet of
# significant new operations *(New York Times; C. Krebs via CNN, 2024)*. Analysts also disagree about
# which candidate Beijing prefers *(US intelligence assessment vs Council on Foreign Relations
# views, 2024)*.

# %% [markdown]
# An investigator weighs such claims; they do not repeat them. A clock that fits Beijing office
# hours says *when* people worked, not *for whom*: a contractor elsewhere could keep the same
# hours, and an operator could shift its schedule to mislead.

# %% [markdown]
# ### Check your understanding
#
# Your combined rule flags a cluster of accounts that post in Beijing office hours and amplify
# seeds with names that sound like diplomats. Write one sentence you could publish, and one you
# could not.
#
# <details><summary>Answer</summary>
#
# Could publish: "These accounts behave as one coordinated network posing as American voters: they
# were created in bursts, post in the same working hours (those of UTC+8) and amplify the same few
# seed accounts within seconds." Could not, from this data alone: "The Chinese government runs
# these accounts." That claim needs evidence of who operates them, which posts cannot give.
# </details>

# %% [markdown]
# ## 9. Retake the quiz
#
# In lesson 00 you judged six accounts by intuition. Here are six **new** accounts of the same mix
# (campaign accounts, decoys and ordinary users), drawn with a different seed. **Question**: use
# what you now know (clocks, handles, retweet speed, copies): how many do you get right this time?
#
# **Alt text for the widget below:** The quiz shows one card at a time: an account's profile, a few of
# its posts and a small grid of when it posts (days as rows, hours as columns, darker for more posts),
# with two buttons, looks genuine and looks coordinated. Next and Back turn the cards; Check marks
# them and shows each account's tells and your score.

# %% tags=["nbval-ignore-output"]
# Interactive: mark each card, then press Check to see each account's tells and your score.
from inauthentic.widgets import SpotTheFakeQuiz

SpotTheFakeQuiz(data, seed=1, signals_table=table, save_as="retake")

# %% [markdown]
# After pressing **Check**, read the tells of the accounts you got wrong: each says what was
# suspicious and what was reassuring. Your score is kept on this computer only, beside the one
# from lesson 00. The table below puts the two attempts side by side, tell by tell: for each
# clue the cards showed, how many of those cards you judged right.

# %% tags=["nbval-ignore-output"]
# Interactive: it reads the scores you saved on this machine; press Refresh after Check.
from inauthentic.widgets import QuizProgress

QuizProgress()

# %% [markdown]
# Which clues did you read better the second time? A rise on "Suspicious: office hours" with a
# fall on "Reassuring: weekend posts" would mean you learnt one half of the clock and not the other.

# %% [markdown]
# ### Your turn
#
# Change the office-hours threshold and the number of tells required, and watch precision,
# recall and the number of genuine accounts flagged. Which setting would you defend, and why?

# %%
office_threshold = 0.5  # try 0.3 and 0.7
k = 4  # try 2, 3 and 5
mine = tells.assign(**{"office hours": table["office_hours_share"] >= office_threshold}).sum(axis=1) >= k
print(evaluate.score(mine, labels))

# %% [markdown]
# ## Key points
#
# - Every single signal either misses much of the campaign or accuses many genuine people.
# - Several independent tells that agree make a rule far better than any one tell (though not
#   perfect: fans trip several tells at once); `threshold_sweep`
#   shows how many should agree.
# - Genuine partisans trip copypasta and quick retweets, as the campaign does, but rarely the
#   profile and clock tells: requiring agreement is what spares them.
# - Read false positives group by group: each signal has its own innocent victims, and language is
#   never evidence on its own.
# - Behaviour can show coordination and inauthenticity; attribution to a state needs evidence the
#   data does not hold. Weigh claims, assurances and denials; do not repeat them.
#
# The words in bold are collected in the [glossary](GLOSSARY.md).
#
# ## What comes next
#
# - Graded exercise: [exercises/06_weighing_evidence.ipynb](../exercises/06_weighing_evidence.ipynb).
# - Next lesson: [Lesson 07: Capstone briefing](07_capstone_briefing.ipynb): plan your own investigation of
#   a new platform.
