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

from ..datasets import TABLE_FILES, Dataset
from ..schema import TABLES

__all__ = ["datasheet", "composition"]


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


def _planted(scenario: dict) -> str:
    a = scenario["campaign_a"]
    windows = ", ".join(f"{start}-{end} (weight {weight})" for start, end, weight in a["office_windows"])
    lines = []
    if a["enabled"]:
        lines += [
            "**Campaign A** (`group = campaign_a`)",
            "",
            f"- Clock: time zone {a['timezone']}; working days {', '.join(a['workweek'])}; office windows {windows}; "
            f"other minutes weight {a['off_hours_weight']}; days off weight {a['weekend_weight']}; "
            f"holidays {a['holidays'][0] if a['holidays'] else '-'} to {a['holidays'][-1] if a['holidays'] else '-'}.",
            f"- A share of {1 - a['persona']['office_share']:.0%} of personas post through a scheduler in "
            f"{a['persona']['scheduled_timezone']} {a['persona']['scheduled_window'][0]}-{a['persona']['scheduled_window'][1]}.",
            f"- {a['scripts_per_day']} scripts released per working day at {a['script_release']} local, {a['zh_script_share']:.0%} in Chinese; "
            f"copies rephrase each phrase with probability {a['rephrase_share']}; {a['reply_script_share']:.0%} of scripts are replies under a public figure's post.",
            f"- Loudspeakers retweet seeds after a median {a['loudspeaker']['retweet_delay_seconds']:g} s; personas after a median "
            f"{a['persona']['retweet_delay_seconds']:g} s.",
            f"- Loudspeakers and personas created on the burst days {', '.join(a['burst_days'])}; handles mostly a name and 8 digits; "
            f"pictures within {a['face_bits_max']} bits of one of {a['faces']} templates.",
            f"- Repurposed accounts switch on {', '.join(a['repurposed']['switch_days'])} from "
            f"{'/'.join(a['repurposed']['old_languages'])} posts (Android app) to the campaign.",
        ]
    b = scenario["campaign_b"]
    if b["enabled"]:
        windows_b = ", ".join(f"{start}-{end}" for start, end, _ in b["office_windows"])
        lines += [
            "",
            "**Campaign B** (`group = campaign_b`)",
            "",
            f"- Clock: time zone {b['timezone']}; working days {', '.join(b['workweek'])}; office hours {windows_b}, no lunch dip.",
            f"- {b['articles_per_day']} look-alike local-news articles per working day, each shared by about "
            f"{b['shares_per_article']} accounts within minutes (median delay {b['share_delay_minutes']:g} min), each in a paraphrase.",
            "- Aged accounts with realistic handles, their own pictures and ordinary bios.",
        ]
    lines += [
        "",
        "**Decoys** (genuine accounts, `kind = genuine`), each suspicious on one signal: "
        "`chinese_speaking_american` (writes Chinese), `diaspora_community` (repeated notices), "
        "`night_shift` (posts in Beijing office hours), `fandom` (retweets within seconds on debate nights), "
        "`news_desk` (posts all day, links, syndicated headlines), `new_account` (new, default picture, name+8 digits), "
        "`heavy_poster` (over 72 posts a day), `public_figure` (huge followings).",
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
  show what a language-based rule would do to them."""


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
        _markdown(composition(data)),
        "",
        "## What was planted",
        "",
        _planted(scenario),
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
