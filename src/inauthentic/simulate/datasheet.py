"""A data set's datasheet: what is in it, how it was made, what was planted.

Written as Markdown next to the scenario (``datasets/<name>/DATASHEET.md``),
computed from the data and the scenario only, so it is the same text on
every machine.

Examples
--------
>>> from inauthentic.simulate import simulate, load_scenario
>>> from inauthentic.simulate.datasheet import datasheet
>>> text = datasheet(simulate("tiny"), load_scenario("tiny"))
>>> text.splitlines()[0]
'# Datasheet: tiny'
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from ..tables import TABLE_FILES, Dataset
from ..schema import TABLES

__all__ = ["datasheet", "answer_key", "composition", "DECOY_SIGNALS", "ANSWER_KEY_FILE"]

#: The instructors' file beside a data set whose learner-facing datasheet keeps an operation secret.
ANSWER_KEY_FILE = "INSTRUCTOR-ANSWER-KEY.md"


def composition(data: Dataset) -> pd.DataFrame:
    """Return accounts and posts per kind, group and role.

    Examples
    --------
    >>> from inauthentic.simulate import simulate
    >>> table = composition(simulate("tiny"))
    >>> list(table.columns)
    ['kind', 'group', 'role', 'accounts', 'posts', 'retweets', 'posts per account (median)']
    """
    labels = data.labels.astype({"kind": str, "group": str, "role": str})
    per_account = data.posts.groupby("userid").size().rename("posts")
    retweets = data.posts[data.posts.is_retweet].groupby("userid").size().rename("retweets")
    table = labels.set_index("userid").join(per_account).join(retweets).fillna({"posts": 0, "retweets": 0})
    summary = table.groupby(["kind", "group", "role"]).agg(
        accounts=("posts", "size"), posts=("posts", "sum"), retweets=("retweets", "sum"), median=("posts", "median")
    )
    summary = summary.rename(columns={"median": "posts per account (median)"}).reset_index()
    return summary.astype({"posts": np.int64, "retweets": np.int64})


def _markdown(frame: pd.DataFrame) -> str:
    header = "| " + " | ".join(frame.columns) + " |"
    rule = "|" + "|".join("---" for _ in frame.columns) + "|"
    rows = ["| " + " | ".join(_cell(value) for value in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *rows])


def _cell(value) -> str:
    if isinstance(value, (float, np.floating)):
        return f"{value:,.1f}"
    if isinstance(value, (int, np.integer)):
        return f"{value:,}"
    return str(value)


def _files(folder: Path | None, data: Dataset) -> str:
    rows = []
    for table, frame in data.tables().items():
        path = folder / TABLE_FILES[table] if folder else None
        size = f"{path.stat().st_size:,}" if path and path.is_file() else "-"
        rows.append({"file": TABLE_FILES[table], "rows": len(frame), "bytes": size})
    return _markdown(pd.DataFrame(rows))


def _columns() -> str:
    lines = []
    for table, columns in TABLES.items():
        lines.append(f"\n**{TABLE_FILES[table]}**\n")
        lines.extend(f"- `{column.name}` ({column.kind}): {column.description}" for column in columns.values())
    return "\n".join(lines)


#: The signals each genuine or spam group trips (a fifth or more of its accounts flagged by the
#: one-signal rules of ``tests/test_detection_quality.py``), with what the group is.
#: That test checks this table against the classroom data.
DECOY_SIGNALS = {
    "chinese_speaking_american": ("write mostly Chinese, many with a Chinese interface", ("writes Chinese",)),
    "diaspora_community": ("community organisations re-posting the same notices", ("writes Chinese",)),
    "spanish_speaking_american": ("write Spanish and English", ()),
    "portuguese_speaker": ("Brazilians at home, writing Portuguese as the repurposed accounts once did", ()),
    "indonesian_speaker": ("Indonesians at home, whose afternoons fall in Beijing office hours", ()),
    "night_shift": ("post on night shifts, i.e. in Beijing office hours, with a meal break", ("office clock",)),
    "fandom": ("retweet their star within seconds on debate nights, which fall in Beijing morning; some wear a variant of the star's photo",
               ("office clock", "fast retweets", "fast reposts", "shared picture")),
    "news_desk": ("post all day, mostly links, templated headlines and syndicated wire stories", ("copypasta",)),
    "new_account": ("created recently, few followers; many keep the default picture and the suggested name+8 digits handle",
                    ("name+digits handle", "few followers")),
    "heavy_poster": ("over 72 posts a day", ("loudspeaker volume",)),
    "public_figure": ("huge followings (the two candidates, stars, hosts)", ()),
    "partisan": ("loud partisans of both sides: slogan bios, politics only, fast retweets of their candidate, "
                 "the campaign's memes and smears, now and then a retweet of a campaign seed", ("copypasta", "fast reposts")),
    "commercial_spam": ("shop links around the clock, shared logos", ("few followers", "copypasta", "shared picture")),
}


def _share(value: float) -> str:
    return f"{value:.0%}"


def _campaign_a(a: dict) -> list[str]:
    windows = ", ".join(f"{start}-{end} (weight {weight})" for start, end, weight in a["office_windows"])
    p = a["persona"]
    return [
        "**Campaign A** (`group = campaign_a`)",
        "",
        f"- Clock: time zone {a['timezone']}; working days {', '.join(a['workweek'])}; office windows {windows}; "
        f"other minutes weight {a['off_hours_weight']}; days off weight {a['weekend_weight']}; "
        f"holidays {a['holidays'][0] if a['holidays'] else '-'} to {a['holidays'][-1] if a['holidays'] else '-'}.",
        f"- Each persona is a character: one side (Redwood or Harbor), one gender, a bio that fits its name, and "
        f"{_share(p['filler_share_low'][0])}-{_share(p['filler_share_high'][1])} of its own posts everyday filler; the network as a whole works both sides.",
        f"- Tells are drawn per account. {_share(p['careful_share'])} of personas are careful (each tell with chance "
        f"{_share(p['careful_tell_share'])}); for the others: created on a burst day {_share(p['burst_share'])}, name+8 digits handle "
        f"{_share(p['digit_handle_share'])}, generated face {_share(p['face_share'])}, few followers {_share(p['few_followers_share'])}, "
        f"mostly copypasta {_share(p['copypasta_share'])}, retweets within minutes {_share(p['fast_share'])}, office clock "
        f"{_share(p['office_share'])} (the rest post through a scheduler in {p['scheduled_timezone']} "
        f"{p['scheduled_window'][0]}-{p['scheduled_window'][1]}). Loudspeakers show every tell.",
        f"- {a['scripts_per_day']} scripts released per working day at {a['script_release']} local, {a['zh_script_share']:.0%} in Chinese; "
        f"copies rephrase each phrase with probability {a['rephrase_share']}; {a['reply_script_share']:.0%} of scripts are replies under a public figure's post.",
        f"- Loudspeakers retweet seeds after a median {a['loudspeaker']['retweet_delay_seconds']:g} s; fast personas after a median "
        f"{p['retweet_delay_seconds']:g} s, the others after {p['slow_retweet_delay_seconds']:g} s.",
        f"- Burst days {', '.join(a['burst_days'])}; pictures within {a['face_bits_max']} bits of one of {a['faces']} templates.",
        f"- Repurposed accounts switch on {', '.join(a['repurposed']['switch_days'])} from "
        f"{'/'.join(a['repurposed']['old_languages'])} posts (Android app) to the campaign and to another app.",
        "- Apps: the campaign posts from the same phone, web and tablet apps as people do (each account its own mix); "
        "a few use the desk tool that news desks, public figures' staff, heavy posters and spam also use.",
    ]


def _campaign_b(b: dict) -> list[str]:
    windows_b = ", ".join(f"{start}-{end}" for start, end, _ in b["office_windows"])
    return [
        "**Campaign B** (`group = campaign_b`)",
        "",
        f"- Clock: time zone {b['timezone']}; working days {', '.join(b['workweek'])}; office hours {windows_b}, no lunch dip.",
        f"- {b['articles_per_day']} look-alike local-news articles per working day on {b['sites']} sites, each shared by about "
        f"{b['shares_per_article']} accounts within minutes (median delay {b['share_delay_minutes']:g} min), each in a paraphrase "
        "as long and as punctuated as what people write.",
        "- Aged accounts with realistic handles, their own pictures, ordinary bios and each its own app.",
        f"- {b['shares_per_article']} shares per article; a few genuine locals also pass on the look-alike sites' stories, so the domains alone do not find it.",
    ]


def _decoys() -> str:
    rows = [
        {"group": f"`{group}`", "who they are": what, "signals they trip": ", ".join(signals) or "none alone"}
        for group, (what, signals) in DECOY_SIGNALS.items()
    ]
    return _markdown(pd.DataFrame(rows))


def _planted(scenario: dict, hide_campaign_b: bool) -> str:
    lines = []
    if scenario["campaign_a"]["enabled"]:
        lines += _campaign_a(scenario["campaign_a"])
    if scenario["campaign_b"]["enabled"]:
        lines += [""]
        if hide_campaign_b:
            lines += [
                "**Other operations.** This data set holds at least one operation the lessons have not shown. "
                f"Its tactics and parameters are in `{ANSWER_KEY_FILE}` beside this file, for instructors; "
                "learners find it with the methods of the lessons.",
            ]
        else:
            lines += _campaign_b(scenario["campaign_b"])
    exposure = scenario["exposure"]
    lines += [
        "",
        f"**Exposure.** Genuine people pass on Campaign A's outlets and pictures ({_share(exposure['campaign_a_share'])} of ordinary users, "
        f"news desks, heavy posters and the language groups; {_share(exposure['campaign_a_partisan_share'])} of partisans), "
        "so sharing a domain is not evidence on its own.",
        "",
        "**Genuine and spam groups** (`kind = genuine` or `spam`): what each is, and the one-signal rules it trips "
        "(a fifth or more of its accounts flagged):",
        "",
        _decoys(),
    ]
    return "\n".join(lines)


MOTIVATION = """\
Public reporting from 2020 to 2024 described networks of fake accounts linked to the Chinese
state ("Spamouflage") posing as American voters: active in Beijing office hours with a lunch
break (a 2024 commentary on the US Intelligence Community's threat assessment), impersonating
fervent partisans of both sides (New York Times, 2024), and amplifying state envoys through
high-volume accounts with almost no followers (New York Times analysis, 2020). Researchers detect
such networks with clocks, co-action networks, copypasta and account metadata, but no real data
set comes with ground truth, so nobody can say what a detector misses or whom it wrongly accuses.
This data set exists to teach those methods with an answer key, and to make the cost of false
accusations visible: it holds genuine people who look suspicious on one signal."""

DIFFERENCES = """\
- **Ground truth.** Real archives (such as Twitter/X's Information Operations releases) contain
  only the accounts a platform took down; here every account, genuine or not, is labelled.
- **Columns.** The names follow the archive; `profile_image_hash` (a picture fingerprint standing
  in for real images) and `in_reply_to_userid` are additions. `tweet_time` is to the second (the
  archive gives minutes). Ids are never hashed; the archive hashes the ids of small accounts.
- **Size and completeness.** A few thousand accounts over ten weeks, with every post they made
  in the period; real platforms are millions of times larger, and real collections miss posts.
- **Simplifications.** Text comes from templates and word banks, so it is less varied than real
  speech; likes and follows are counts, not networks; nobody deletes posts or changes handles.
- **Tactics.** Each planted pattern follows public reporting, but the mix and the strength of each
  tell are choices made for teaching (see the scenario file); real operations change tactics."""

USES = """\
- **Meant for:** learning and teaching detection methods, comparing detectors against ground truth,
  and discussing the cost of false positives.
- **Not for:** training classifiers to run on real people, or drawing conclusions about any real
  operation, person, community or state. Behaviour in data can show coordination; attributing it
  to a state takes evidence this data does not hold.
- **Fairness.** Language, location and community membership are never evidence on their own. The
  genuine Chinese-speaking Americans and diaspora organisations here are there so a lesson can
  show what a language-based rule would do to them; the loud partisans, so it can show what a
  "partisan bio" rule does to real voters of both sides."""


def _learner_composition(data: Dataset, hide: bool) -> pd.DataFrame:
    """The composition table; with ``hide``, the operations' accounts are one row that names no group or role."""
    table = composition(data)
    if not hide:
        return table
    campaign = table["kind"] == "campaign"
    hidden = pd.DataFrame(
        [{"kind": "campaign", "group": f"(see {ANSWER_KEY_FILE})", "role": "-", "accounts": int(table.loc[campaign, "accounts"].sum()),
          "posts": int(table.loc[campaign, "posts"].sum()), "retweets": int(table.loc[campaign, "retweets"].sum()),
          "posts per account (median)": "-"}]
    )
    return pd.concat([hidden, table[~campaign]], ignore_index=True)


def answer_key(data: Dataset, scenario: dict, made_by: str | None = None) -> str | None:
    """Return the instructors' answer key of a data set that keeps an operation secret (else ``None``).

    The learner-facing datasheet of such a data set (the capstone) describes
    the platform without the hidden operation's tactics or parameters; this
    file holds them, with the full composition.

    Examples
    --------
    >>> from inauthentic.simulate import simulate, load_scenario
    >>> answer_key(simulate("tiny"), load_scenario("tiny")) is None
    True
    """
    if not scenario["campaign_b"]["enabled"]:
        return None
    name = scenario["name"]
    made_by = made_by or (
        f"The learner-facing description is `DATASHEET.md`. Like the datasheet, this file is generated "
        f"(`python -m inauthentic build --refresh {name}`).\n\n"
        "A class that grades the capstone should hand out a copy made with a private seed (see `datasets/README.md`); "
        "the seed changes every account and post, not the tactics below."
    )
    parts = [
        f"# Instructor answer key: {name}",
        "",
        f"**For instructors only.** Do not hand this file to learners: it says what the capstone asks them to find. {made_by}",
        "",
        "## Who is in it",
        "",
        _markdown(composition(data)),
        "",
        "## What was planted",
        "",
        _planted(scenario, hide_campaign_b=False),
        "",
    ]
    return "\n".join(parts)


def datasheet(data: Dataset, scenario: dict, folder: str | Path | None = None) -> str:
    """Return the Markdown datasheet of a simulated data set.

    Parameters
    ----------
    data : Dataset
        With labels.
    scenario : dict
        The scenario it was made from (as :func:`load_scenario` returns it).
    folder : path, optional
        Where its CSV files were written (to report their sizes).

    Examples
    --------
    >>> from inauthentic.simulate import simulate, load_scenario
    >>> "## What was planted" in datasheet(simulate("tiny"), load_scenario("tiny"))
    True
    """
    name = scenario["name"]
    period = scenario["period"]
    hide = bool(scenario["campaign_b"]["enabled"])
    first = data.posts.tweet_time.min()
    last = data.posts.tweet_time.max()
    parts = [
        f"# Datasheet: {name}",
        "",
        scenario["description"],
        "",
        "Synthetic data: every account, post, person, party, outlet and web address is fictional.",
        "",
        "## Why it exists",
        "",
        MOTIVATION,
        "",
        "## How it is made",
        "",
        f"`python -m inauthentic build {name}` simulates it from `scenario.toml` (seed {scenario['seed']}, scale {scenario['scale']:g}) "
        "and checks the files against `SHA256SUMS`: the same bytes on every machine. This file is generated; "
        f"after changing the scenario on purpose, `python -m inauthentic build --refresh {name}` rewrites it and the checksums.",
        "",
        "## Files",
        "",
        _files(Path(folder) if folder else None, data),
        "",
        f"Posts from {first:%Y-%m-%d %H:%M:%S} to {last:%Y-%m-%d %H:%M:%S} UTC "
        f"(period {period['start']} to {period['end']}); election day {period['election_day']}; "
        f"debate nights {', '.join(period['debate_nights'])} from {period['debate_start']} US Eastern.",
        "",
        "## Who is in it",
        "",
        "The answer key, `labels.csv`, says for every account its `kind`, `group` and `role`.",
        "",
        _markdown(_learner_composition(data, hide)),
        "",
        "## What was planted",
        "",
        _planted(scenario, hide),
        "",
        "## Columns",
        _columns(),
        "",
        "## How it differs from a real archive",
        "",
        DIFFERENCES,
        "",
        "## Uses and limits",
        "",
        USES,
        "",
        "Licence: CC BY 4.0 (see LICENSE.md at the top of the repository).",
        "",
    ]
    return "\n".join(parts)
