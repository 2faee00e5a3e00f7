"""Campaign A: a "spamouflage"-like operation run from UTC+8 office hours.

What is planted (every number comes from ``[campaign_a]`` in the scenario):

Accounts
    *Seeds* look like outlets and envoys and have some followers. *Loudspeakers*
    post a great deal and have almost no followers. *Personas* are partisan
    characters: each keeps **one** side, one gender and a templated bio that
    fits its name ("Father, husband, son. ... Redwood all the way!!"), and a
    third or more of its own posts are everyday filler; only the network as a
    whole works both sides. *Repurposed* accounts are old accounts, bought:
    their earlier posts in the data are in Portuguese or Indonesian from an
    Android app, then they switch language and app. Tells are drawn per
    persona (:func:`draw_tells`): most were created on a few *burst* days, keep
    the name-plus-8-digits handle, wear a generated face (a few picture
    templates with a few bits flipped) and have almost no followers, but each
    tell is missing for some, and careful personas show few of them.
    Loudspeakers show them all. All claim US locations; some write Chinese or
    use a Chinese interface. Everyone posts from people's apps (each account
    its own mix, see :mod:`inauthentic.simulate.apps`).
Clock
    Posts fall on working days (Monday to Friday, not during the 1-7 October
    holiday) in Beijing office hours (08:50-17:00) with a lunch lull
    (12:00-13:30). A minority of personas use a scheduler that posts in the
    US evening instead, so the clock alone does not find them.
Scripts and copypasta
    Each working day the operators release a few *scripts*; accounts post
    copies with small variations (synonym swaps, dropped hashtags). Some
    scripts are posted as replies under one public figure's post.
Amplification
    Loudspeakers retweet most seed posts within seconds; personas retweet seeds
    and their side's posts, within minutes (most) or hours (the others).
    Engagement comes from inside the network.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.campaign_a import render_scripts
>>> from inauthentic.simulate.rng import stream
>>> from inauthentic.simulate.wordbanks import campaign
>>> render_scripts(stream(1, "doc"), np.array([0]), np.array([[0, 0, 0]]), campaign.SCRIPTS_EN, 0.0)[0]
'Watch this clip. Ashby froze on stage for twenty seconds and the Redwood Party says he is fit to lead?'
"""

from __future__ import annotations

import numpy as np

from .apps import client_choice
from .clock import cumulative, draw_times, hourly_profile, window_profile
from .decoys import headline_urls
from .images import near_hashes, random_hashes
from .office import OfficeSchedule, local_creation_times
from .profiles import counts, family_bios, lognormal, name_digit_handles, optional_text, person_names, personal_handles, uniform_times
from .text import compose, compose_families, empty_tags, numbers, object_array, pick, tag_suffix
from .wordbanks import campaign, english, fiction, names, other
from .world import REPLY, RETWEET

__all__ = ["add_campaign_a_accounts", "campaign_a_posts", "render_scripts", "ROLES"]

#: Campaign A's roles, in the order their accounts are made.
ROLES = ("seed", "loudspeaker", "persona", "repurposed")
_IMAGE_URL = "https://pic.example/i/"


# --- Accounts -----------------------------------------------------------------------------------


def _block(world, n: int, role: str, **fields) -> np.ndarray:
    cfg = world.scenario["campaign_a"]
    rows = world.accounts.add(
        kind=np.full(n, "campaign", dtype=object),
        group=np.full(n, "campaign_a", dtype=object),
        role=np.full(n, role, dtype=object),
        zone=np.full(n, world.clock.zone_index(cfg["timezone"])),
        **fields,
    )
    return world.remember(f"campaign_a.{role}", rows)


def _faces(world, rng: np.random.Generator, n: int) -> np.ndarray:
    cfg = world.scenario["campaign_a"]
    templates = random_hashes(world.rng("campaign_a.face_templates"), max(1, cfg["faces"]))
    return near_hashes(rng, templates, rng.integers(0, len(templates), n), cfg["face_bits_max"], cfg["same_face_share"])


#: Per-account tells of a persona, each drawn on its own (see ``[campaign_a.persona]``).
TELLS = ("burst", "digit_handle", "face", "few_followers", "copypasta", "fast", "office")


def draw_tells(rng: np.random.Generator, n: int, cfg: dict) -> dict[str, np.ndarray]:
    """Draw which tells each persona shows: messy, per account, and rare for careful ones.

    A ``careful_share`` of personas show each tell only with
    ``careful_tell_share``; the others show each with its own
    ``<tell>_share``. Each tell is drawn independently, so few personas show
    them all.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> from inauthentic.simulate.scenario import defaults
    >>> tells = draw_tells(stream(1, "doc"), 1000, defaults()["campaign_a"]["persona"])
    >>> bool(0.5 < tells["burst"].mean() < 0.75), bool(tells["careful"].any())
    (True, True)
    """
    careful = rng.random(n) < cfg["careful_share"]
    tells = {"careful": careful}
    for tell in TELLS:
        share = np.where(careful, cfg["careful_tell_share"], cfg[f"{tell}_share"])
        tells[tell] = rng.random(n) < share
    return tells


def _all_tells(n: int) -> dict[str, np.ndarray]:
    tells = {tell: np.ones(n, dtype=bool) for tell in TELLS}
    tells["careful"] = np.zeros(n, dtype=bool)
    return tells


def _character_bios(rng: np.random.Generator, female: np.ndarray, side: np.ndarray, careful: np.ndarray, share: float) -> np.ndarray:
    """A family template that fits the gender, a trait and a slogan of the side; careful ones write plainer bios."""
    n = len(female)
    family = np.where(female, pick(rng, campaign.PERSONA_BIO_FAMILY[1], n), pick(rng, campaign.PERSONA_BIO_FAMILY[0], n))
    slogan = np.where(side == 1, pick(rng, campaign.PERSONA_BIO_SLOGANS[1], n), pick(rng, campaign.PERSONA_BIO_SLOGANS[0], n))
    templated = (family + pick(rng, campaign.PERSONA_BIO_TRAITS, n) + slogan).astype(object)
    plain = family_bios(rng, optional_text(rng, english.BIOS, n, 1.0), female, 0.3)
    return np.where(rng.random(n) < share, np.where(careful, plain, templated), "").astype(object)


def _persona_like(world, rng: np.random.Generator, n: int, role: str, burst_days: list[str]) -> dict:
    """Fields shared by loudspeakers and personas: fake Americans, each a consistent character.

    Every persona keeps one side (``world.members["campaign_a.side"]``: 0
    Redwood, 1 Harbor), one gender and a bio that fits its name. Loudspeakers
    show every tell; personas show each tell per account (:func:`draw_tells`).
    """
    cfg = world.scenario["campaign_a"]
    role_cfg = cfg[role]
    tells = _all_tells(n) if role == "loudspeaker" else draw_tells(rng, n, role_cfg)
    female = rng.random(n) < 0.5
    side = (rng.random(n) < 0.5).astype(np.int64)
    first, last, display = person_names(rng, n, "en", female)
    handle = np.where(tells["digit_handle"], name_digit_handles(rng, first, last), personal_handles(rng, first, last)).astype(object)
    image = np.where(tells["face"], _faces(world, rng, n), random_hashes(rng, n)).astype(np.uint64)
    image[rng.random(n) < role_cfg["default_avatar_share"]] = 0
    claimed = 0.5 if role == "loudspeaker" else 0.9
    location = np.where(rng.random(n) < claimed, pick(rng, names.LOCATIONS_CLAIMED, n), "").astype(object)
    bio = pick(rng, campaign.LOUDSPEAKER_BIOS, n) if role == "loudspeaker" else _character_bios(rng, female, side, tells["careful"], 0.9)
    few = counts(rng, n, role_cfg["followers_median"], role_cfg["followers_spread"])
    grown = counts(rng, n, cfg["persona"]["grown_followers_median"], 1.0)
    created = np.where(
        tells["burst"],
        local_creation_times(rng, burst_days, cfg["timezone"], n),
        uniform_times(rng, n, cfg["persona"]["made_from"], cfg["persona"]["made_to"]),
    )
    world.members[f"campaign_a.{role}.tells"] = tells
    world.remember(f"campaign_a.{role}.side", side)
    return {
        "display": display,
        "handle": handle,
        "location": location,
        "bio": bio,
        "followers": np.where(tells["few_followers"], few, grown),
        "following": counts(rng, n, role_cfg["following_median"], role_cfg["following_spread"]),
        "created": created,
        "account_language": np.where(rng.random(n) < cfg["zh_account_language_share"], "zh", "en").astype(object),
        "image": image,
        "reach": np.zeros(n),
    }


def add_campaign_a_accounts(world) -> None:
    """Add Campaign A's seeds, loudspeakers, personas and repurposed accounts.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> add_campaign_a_accounts(world)
    >>> sorted(set(world.accounts.arrays()["role"]))
    ['loudspeaker', 'persona', 'repurposed', 'seed']
    """
    cfg = world.scenario["campaign_a"]
    rng = world.rng("campaign_a.profiles")
    bursts = cfg["burst_days"]

    n = cfg["seed"]["accounts"]
    outlet = np.arange(n) % 2 == 0
    which = np.arange(n) // 2
    outlets, envoys = fiction.SEED_OUTLETS, fiction.SEED_ENVOYS
    outlet_display = object_array(o[0] for o in outlets)[which % len(outlets)]
    outlet_handle = object_array(o[1] for o in outlets)[which % len(outlets)]
    envoy_display = object_array(e[0] for e in envoys)[which % len(envoys)]
    envoy_handle = object_array(e[1] for e in envoys)[which % len(envoys)]
    round_ = which // max(len(outlets), len(envoys))
    handle = np.where(outlet, outlet_handle, envoy_handle)
    handle = np.where(round_ > 0, object_array(h[:13] for h in handle) + numbers(round_, 2), handle).astype(object)
    _block(
        world, n, "seed",
        display=np.where(outlet, outlet_display, envoy_display).astype(object),
        handle=handle,
        location=np.where(outlet, "Global", "").astype(object),
        bio=np.where(outlet, pick(rng, campaign.SEED_OUTLET_BIOS, n), pick(rng, campaign.SEED_ENVOY_BIOS, n)).astype(object),
        followers=counts(rng, n, cfg["seed"]["followers_median"], cfg["seed"]["followers_spread"]),
        following=counts(rng, n, cfg["seed"]["following_median"], cfg["seed"]["following_spread"]),
        created=uniform_times(rng, n, cfg["seed"]["created_from"], cfg["seed"]["created_to"]),
        account_language=np.where(outlet | (rng.random(n) < 0.5), "en", "zh").astype(object),
        image=random_hashes(rng, n),
        reach=np.full(n, world.scenario["sharing"]["seed_reach"]),
    )

    # Loudspeakers come from the last two bursts: made recently, for this election.
    _block(world, cfg["loudspeaker"]["accounts"], "loudspeaker", **_persona_like(world, rng, cfg["loudspeaker"]["accounts"], "loudspeaker", bursts[-2:]))
    _block(world, cfg["persona"]["accounts"], "persona", **_persona_like(world, rng, cfg["persona"]["accounts"], "persona", bursts))

    n = cfg["repurposed"]["accounts"]
    repurposed_cfg = cfg["repurposed"]
    old_language = pick(rng, repurposed_cfg["old_languages"], n)
    old_first = np.empty(n, dtype=object)
    old_last = np.empty(n, dtype=object)
    for language in repurposed_cfg["old_languages"]:
        chosen = old_language == language
        old_first[chosen], old_last[chosen], _ = person_names(rng, int(chosen.sum()), language)
    female = rng.random(n) < 0.5
    side = (rng.random(n) < 0.5).astype(np.int64)
    tells = draw_tells(rng, n, cfg["persona"])
    _, _, new_display = person_names(rng, n, "en", female)
    image = _faces(world, rng, n)
    world.members["campaign_a.repurposed.tells"] = tells
    world.remember("campaign_a.repurposed.side", side)
    _block(
        world, n, "repurposed",
        display=new_display,
        handle=personal_handles(rng, old_first, old_last),
        location=np.where(rng.random(n) < 0.8, pick(rng, names.LOCATIONS_CLAIMED, n), "").astype(object),
        bio=_character_bios(rng, female, side, tells["careful"], 0.8),
        followers=counts(rng, n, repurposed_cfg["followers_median"], repurposed_cfg["followers_spread"]),
        following=counts(rng, n, repurposed_cfg["following_median"], repurposed_cfg["following_spread"]),
        created=uniform_times(rng, n, repurposed_cfg["created_from"], repurposed_cfg["created_to"]),
        account_language=old_language,
        image=image,
        reach=np.zeros(n),
    )
    world.remember("campaign_a.old_language", old_language)


# --- Scripts ------------------------------------------------------------------------------------


def render_scripts(rng: np.random.Generator, family: np.ndarray, groups: np.ndarray, families, rephrase_share: float) -> np.ndarray:
    """Write one copy per row: each slot's chosen group, in its first or another phrasing.

    Parameters
    ----------
    family : int array
        Index into ``families`` of each copy's script family.
    groups : int array, shape (n, 3)
        The script's synonym group in each slot.
    families : tuple
        ``(slots, hashtag choices)`` pairs, e.g. ``campaign.SCRIPTS_EN``.
    rephrase_share : float
        Chance that a slot uses another phrasing of its group.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> render_scripts(stream(1, "doc"), np.array([3]), np.array([[0, 3, 0]]), campaign.SCRIPTS_EN, 0.0)[0]
    'Face it. Redwood and Harbor are two heads of the same snake. The system is broken beyond repair.'
    """
    n = len(family)
    text = np.full(n, "", dtype=object)
    for index, (slots, _) in enumerate(families):
        chosen = np.flatnonzero(family == index)
        if len(chosen) == 0:
            continue
        for slot_number, slot in enumerate(slots):
            width = max(len(group) for group in slot)
            table = np.empty((len(slot), width), dtype=object)
            for g, group in enumerate(slot):
                table[g, :] = [group[k % len(group)] for k in range(width)]
            sizes = np.array([len(group) for group in slot])
            group = groups[chosen, slot_number] % len(slot)
            other_phrasing = (rng.random(len(chosen)) * sizes[group]).astype(np.int64)
            phrasing = np.where(rng.random(len(chosen)) < rephrase_share, other_phrasing, 0)
            text[chosen] = text[chosen] + table[group, phrasing]
    return text


def _release_scripts(world, schedule: OfficeSchedule, rng: np.random.Generator) -> dict:
    """Draw the scripts released on each working day."""
    cfg = world.scenario["campaign_a"]
    workdays = schedule.workdays()
    per_day = max(1, cfg["scripts_per_day"])
    n_zh = int(round(per_day * cfg["zh_script_share"]))
    if cfg["zh_script_share"] > 0:
        n_zh = min(max(1, n_zh), per_day - 1) if per_day > 1 else 0
    day = np.repeat(workdays, per_day)
    is_zh = np.tile(np.arange(per_day) < n_zh, len(workdays))
    n = len(day)
    family = np.where(is_zh, rng.integers(0, len(campaign.SCRIPTS_ZH), n), rng.integers(0, len(campaign.SCRIPTS_EN), n))
    groups = rng.integers(0, 1 << 20, (n, 3))
    tag_index = rng.integers(0, 1 << 20, n)
    tags = np.empty(n, dtype=object)
    for lang_is_zh, families in ((False, campaign.SCRIPTS_EN), (True, campaign.SCRIPTS_ZH)):
        for index, (_, choices) in enumerate(families):
            chosen = np.flatnonzero((is_zh == lang_is_zh) & (family == index))
            tags[chosen] = object_array(tuple(c) for c in choices)[tag_index[chosen] % len(choices)]
    suffix = object_array(tag_suffix(t) for t in tags)      # one per script, not per post
    release = schedule.at(day, cfg["script_release"], rng.integers(0, 40 * 60, n))
    image_url = np.where(~is_zh & (family == campaign.IMAGE_FAMILY), _IMAGE_URL + numbers(rng.integers(0, 10**8, n), 8), "").astype(object)
    return {
        "day": day, "zh": is_zh, "family": family, "groups": groups, "tags": tags, "suffix": suffix, "release": release,
        "image_url": image_url, "target": _reply_targets(world, rng, release), "side": script_sides(is_zh, family, groups),
    }


def script_sides(is_zh: np.ndarray, family: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Return the side each script works for: 0 Redwood, 1 Harbor, -1 neither.

    Examples
    --------
    >>> script_sides(np.array([False, False, True]), np.array([0, 2, 0]), np.array([[0, 1, 0], [0, 2, 0], [0, 0, 0]])).tolist()
    [1, 0, -1]
    """
    sides_en = np.array([-2 if side is None else side for side in campaign.SCRIPT_SIDES_EN])
    sides_zh = np.array(campaign.SCRIPT_SIDES_ZH)
    side = np.where(is_zh, sides_zh[np.minimum(family, len(sides_zh) - 1)], sides_en[np.minimum(family, len(sides_en) - 1)])
    claim_slot = campaign.SCRIPTS_EN[campaign.IMAGE_FAMILY][0][1]
    by_picture = (groups[:, 1] % len(claim_slot)) % 2          # even claim groups show Marchetti: they help Redwood
    return np.where(side == -2, by_picture, side).astype(np.int64)


def _reply_targets(world, rng: np.random.Generator, release: np.ndarray) -> np.ndarray:
    """For a share of scripts, a public figure's post from the day before to reply under."""
    share = world.scenario["campaign_a"]["reply_script_share"]
    figures = world.members.get("public_figure", np.empty(0, dtype=np.int64))
    posts = world.posts.arrays()
    candidates = np.flatnonzero(np.isin(posts["author"], figures) & (posts["action"] == 0))
    candidates = candidates[np.argsort(posts["time"][candidates], kind="stable")]
    times = posts["time"][candidates]
    low = np.searchsorted(times, release - 86_400)
    high = np.searchsorted(times, release)
    pick_at = low + (rng.random(len(release)) * (high - low)).astype(np.int64)
    wanted = (rng.random(len(release)) < share) & (high > low)
    return np.where(wanted, candidates[np.minimum(pick_at, max(len(candidates) - 1, 0))] if len(candidates) else -1, -1)


# --- Posts --------------------------------------------------------------------------------------


def _seed_posts(world, schedule: OfficeSchedule, rng: np.random.Generator) -> np.ndarray:
    """Seeds post outlet-style commentary with links, or envoy-style slogans."""
    cfg = world.scenario["campaign_a"]["seed"]
    rows = world.members["campaign_a.seed"]
    if len(rows) == 0:
        return np.empty(0, dtype=np.int64)
    rate = lognormal(rng, len(rows), cfg["posts_per_day"], cfg["posts_per_day_spread"])
    post_counts = rng.poisson(rate * schedule.active_days(np.zeros(len(rows), dtype=np.int64)))
    local = np.repeat(np.arange(len(rows)), post_counts)
    n = len(local)
    day = schedule.days(rng, np.zeros(n, dtype=np.int64))
    time = schedule.times(rng, day)
    outlet = local % 2 == 0
    zh = rng.random(n) < cfg["zh_share"]
    outlet_text = np.where(zh, compose(rng, campaign.SEED_OUTLET_ZH, n), compose(rng, campaign.SEED_OUTLET_EN, n))
    envoy_text = np.where(zh, compose(rng, campaign.SEED_ENVOY_ZH, n), compose(rng, campaign.SEED_ENVOY_EN, n))
    domain = object_array(o[2] for o in fiction.SEED_OUTLETS)[(local // 2) % len(fiction.SEED_OUTLETS)]
    url = headline_urls(domain, pick(rng, ("world", "opinion", "insight"), n), time, pick(rng, ("commentary", "analysis", "us-election", "society"), n), rng.integers(0, 10**6, n))
    urls = np.empty(n, dtype=object)
    urls[:] = [()] * n
    urls[outlet] = object_array((u,) for u in url[outlet])
    text = np.where(outlet, outlet_text + " " + url, envoy_text).astype(object)
    return world.posts.add(author=rows[local], time=time, text=text, lang=np.where(zh, "zh", "en").astype(object), client=client_choice(world, rng, rows[local]), urls=urls)


def _writers(world, rng: np.random.Generator) -> dict:
    """Everyone who posts copies of scripts, with their rates, sides and tells."""
    cfg = world.scenario["campaign_a"]
    persona_cfg = cfg["persona"]
    parts = []
    for role in ("loudspeaker", "persona", "repurposed"):
        rows = world.members[f"campaign_a.{role}"]
        role_cfg = cfg[role]
        n = len(rows)
        tells = world.members[f"campaign_a.{role}.tells"]
        rate = lognormal(rng, n, role_cfg["posts_per_day"], role_cfg["posts_per_day_spread"])
        low, high = np.where(tells["copypasta"][:, None], [persona_cfg["filler_share_low"]], [persona_cfg["filler_share_high"]]).T
        filler = low + rng.random(n) * (high - low)
        if role == "loudspeaker":
            copy_share = 1.0 - role_cfg["seed_retweet_share"] - role_cfg["network_retweet_share"]
            zh_writer = np.ones(n, dtype=bool)
            scheduled = np.zeros(n, dtype=bool)
            first_day = np.zeros(n, dtype=np.int64)
            filler = np.zeros(n)
        else:
            copy_share = 1.0 - role_cfg["retweet_share"]
            zh_writer = rng.random(n) < persona_cfg["zh_writer_share"]
            scheduled = ~tells["office"] if role == "persona" else np.zeros(n, dtype=bool)
            if role == "repurposed":
                switch = np.array([world.period.day_index(day) for day in role_cfg["switch_days"]])
                first_day = np.clip(switch[rng.integers(0, len(switch), n)], 0, world.period.n_days - 1)
            else:
                first_day = np.zeros(n, dtype=np.int64)
        parts.append(
            {
                "rows": rows,
                "role": np.full(n, role, dtype=object),
                "rate": rate,
                "copy_share": np.full(n, copy_share),
                "filler_share": filler,
                "zh_writer": zh_writer,
                "scheduled": scheduled,
                "fast": tells["fast"],
                "side": world.members[f"campaign_a.{role}.side"],
                "first_day": first_day,
            }
        )
    return {key: np.concatenate([part[key] for part in parts]) for key in parts[0]}


def _pick_scripts(rng: np.random.Generator, scripts: dict, script_day: np.ndarray, zh: np.ndarray, side: np.ndarray) -> np.ndarray:
    """One of the day's scripts in the wanted language for the writer's side (or for neither side).

    Falls back to English, then to any script of the day, when there is none.
    """
    # Each script is listed under the sides it serves: its own, or both when it takes neither.
    serves_side = np.concatenate([scripts["side"] != 1, scripts["side"] != 0])
    script_of = np.tile(np.arange(len(scripts["day"])), 2)[serves_side]
    bucket = np.repeat([0, 1], len(scripts["day"]))[serves_side]
    key = (scripts["day"][script_of] * 2 + scripts["zh"][script_of]) * 2 + bucket
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    n = len(script_day)
    chosen = np.full(n, -1, dtype=np.int64)
    for wanted in ((script_day * 2 + zh) * 2 + side, (script_day * 2) * 2 + side, None):
        todo = np.flatnonzero(chosen < 0)
        if len(todo) == 0:
            break
        if wanted is None:                          # any script of that day
            day_key = scripts["day"]
            day_order = np.argsort(day_key, kind="stable")
            low = np.searchsorted(day_key[day_order], script_day[todo], side="left")
            high = np.searchsorted(day_key[day_order], script_day[todo], side="right")
            found = high > low
            chosen[todo[found]] = day_order[low[found] + (rng.random(int(found.sum())) * (high - low)[found]).astype(np.int64)]
            continue
        low = np.searchsorted(sorted_key, wanted[todo], side="left")
        high = np.searchsorted(sorted_key, wanted[todo], side="right")
        found = high > low
        chosen[todo[found]] = script_of[order[low[found] + (rng.random(int(found.sum())) * (high - low)[found]).astype(np.int64)]]
    return chosen


def _copies(world, schedule: OfficeSchedule, scripts: dict, writers: dict, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Post copies of the scripts of the writer's side, with small variations, between everyday filler.

    Returns the posts' positions and the side each works for (-1 for filler and chaos).
    """
    cfg = world.scenario["campaign_a"]
    workdays = schedule.workdays()
    if len(workdays) == 0 or len(writers["rows"]) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    expected = writers["rate"] * writers["copy_share"] * schedule.active_days(writers["first_day"])
    local = np.repeat(np.arange(len(writers["rows"])), rng.poisson(expected))
    n = len(local)
    day = schedule.days(rng, writers["first_day"][local])
    script_day = workdays[np.clip(np.searchsorted(workdays, day, side="right") - 1, 0, None)]
    day = np.maximum(day, script_day)

    zh = writers["zh_writer"][local] & (rng.random(n) < 0.5)
    script = _pick_scripts(rng, scripts, script_day, zh.astype(np.int64), writers["side"][local])
    zh = scripts["zh"][script]

    # When: office hours after the release, or the US evening for scheduled personas.
    time = schedule.times(rng, day)
    release = scripts["release"][script]
    time = np.where(time <= release, release + rng.integers(60, 90 * 60, n), time)
    scheduled = writers["scheduled"][local]
    if scheduled.any():
        persona = cfg["persona"]
        evening = cumulative(window_profile([[*persona["scheduled_window"], 1.0]], 0.0))
        us_zone = world.clock.zone_index(persona["scheduled_timezone"])
        chosen = np.flatnonzero(scheduled)
        time[chosen] = draw_times(rng, world.clock, script_day[chosen], [evening], np.zeros(len(chosen), dtype=np.int64), np.full(len(chosen), us_zone))

    text = np.empty(n, dtype=object)
    for is_zh, families in ((False, campaign.SCRIPTS_EN), (True, campaign.SCRIPTS_ZH)):
        chosen = np.flatnonzero(zh == is_zh)
        text[chosen] = render_scripts(rng, scripts["family"][script[chosen]], scripts["groups"][script[chosen]], families, cfg["rephrase_share"])
    tags = scripts["tags"][script].copy()
    dropped = rng.random(n) < 0.15                     # some copies leave the hashtags out
    tags[dropped] = empty_tags(int(dropped.sum()))
    suffix = np.where(dropped, "", scripts["suffix"][script]).astype(object)
    image_url = scripts["image_url"][script]
    has_image = image_url != ""
    text = np.where(has_image, text + suffix + " " + image_url, text + suffix).astype(object)
    urls = np.empty(n, dtype=object)
    urls[:] = [()] * n
    urls[has_image] = object_array((u,) for u in image_url[has_image])
    target = scripts["target"][script]
    lang = np.where(zh, "zh", "en").astype(object)

    # Everyday filler between the scripts: sport, food, weather, family, in English.
    filler = rng.random(n) < writers["filler_share"][local]
    everyday_text, everyday_tags = compose_families(rng, english.EVERYDAY_FAMILIES, int(filler.sum()))
    text[filler], tags[filler], lang[filler] = everyday_text, everyday_tags, "en"
    urls[filler] = empty_tags(int(filler.sum()))
    target = np.where(filler, -1, target)

    author = writers["rows"][local]
    client = client_choice(world, rng, author)
    client[scheduled] = fiction.CLIENT_SCHEDULER
    side = np.where(filler, -1, scripts["side"][script])
    positions = world.posts.add(
        author=author,
        time=time,
        action=np.where(target >= 0, REPLY, 0).astype(np.int8),
        target=target,
        text=text,
        lang=lang,
        client=client,
        tags=tags,
        urls=urls,
    )
    return positions, side


def _side_pools(world, copies: np.ndarray, scripts_side_of_post: np.ndarray) -> list[np.ndarray]:
    """Campaign posts a persona of each side may retweet, in time order: its side's and neither side's."""
    posts = world.posts.arrays()
    pools = []
    for side in (0, 1):
        pool = copies[(scripts_side_of_post == side) | (scripts_side_of_post == -1)]
        pools.append(pool[np.argsort(posts["time"][pool], kind="stable")])
    return pools


def _retweets(world, schedule: OfficeSchedule, writers: dict, seed_posts: np.ndarray, copies: np.ndarray, copy_sides: np.ndarray, rng: np.random.Generator) -> None:
    """Loudspeakers retweet most seed posts within seconds; personas retweet their side within minutes or hours."""
    cfg = world.scenario["campaign_a"]
    posts = world.posts.arrays()
    seed_posts = seed_posts[np.argsort(posts["time"][seed_posts], kind="stable")]
    is_own = posts["action"][copies] == 0
    own_posts = copies[is_own]
    own_posts = own_posts[np.argsort(posts["time"][own_posts], kind="stable")]
    pools = _side_pools(world, copies[is_own], copy_sides[is_own])
    seed_days = world.day_of(posts["time"][seed_posts])
    authors, targets, delays = [], [], []

    loud = cfg["loudspeaker"]
    for position in np.flatnonzero(writers["role"] == "loudspeaker"):
        # Each loudspeaker retweets a random subset of all seed posts (no repeats), and posts of both sides.
        active = writers["rate"][position] * schedule.active_days(np.zeros(1, dtype=np.int64))[0]
        wanted = min(len(seed_posts), rng.poisson(active * loud["seed_retweet_share"]))
        chosen = seed_posts[rng.choice(len(seed_posts), size=wanted, replace=False)] if wanted else np.empty(0, dtype=np.int64)
        network = own_posts[rng.integers(0, len(own_posts), rng.poisson(active * loud["network_retweet_share"]))] if len(own_posts) else np.empty(0, dtype=np.int64)
        both = np.concatenate([chosen, network])
        authors.append(np.full(len(both), writers["rows"][position]))
        targets.append(both)
        delays.append(rng.lognormal(np.log(loud["retweet_delay_seconds"]), loud["retweet_delay_spread"], len(both)))

    others = np.flatnonzero((writers["role"] != "loudspeaker") & ~writers["scheduled"])
    if len(others) and len(seed_posts):
        share = np.where(writers["role"][others] == "persona", cfg["persona"]["retweet_share"], cfg["repurposed"]["retweet_share"])
        expected = writers["rate"][others] * share * schedule.active_days(writers["first_day"][others])
        local = np.repeat(others, rng.poisson(expected))
        n = len(local)
        first = writers["first_day"][local]
        side = writers["side"][local]
        seed_low = np.searchsorted(seed_days, first)
        seed_pick = seed_posts[np.minimum(seed_low + (rng.random(n) * (len(seed_posts) - seed_low)).astype(np.int64), len(seed_posts) - 1)]
        target = seed_pick.copy()
        of_network = rng.random(n) >= 2 / 3
        for pool_side, pool in enumerate(pools):
            chosen = np.flatnonzero(of_network & (side == pool_side))
            if len(pool) == 0 or len(chosen) == 0:
                continue
            pool_days = world.day_of(posts["time"][pool])
            low = np.searchsorted(pool_days, first[chosen])
            target[chosen] = pool[np.minimum(low + (rng.random(len(chosen)) * (len(pool) - low)).astype(np.int64), len(pool) - 1)]
        authors.append(writers["rows"][local])
        targets.append(target)
        persona = cfg["persona"]
        median = np.where(writers["fast"][local], persona["retweet_delay_seconds"], persona["slow_retweet_delay_seconds"])
        delays.append(median * np.exp(persona["retweet_delay_spread"] * rng.standard_normal(n)))

    if not authors:
        return
    author = np.concatenate(authors)
    target = np.concatenate(targets)
    delay = np.maximum(1, np.rint(np.concatenate(delays))).astype(np.int64)
    keep = author != posts["author"][target]                    # nobody retweets itself
    author, target, delay = author[keep], target[keep], delay[keep]
    world.posts.add(author=author, time=posts["time"][target] + delay, action=RETWEET, target=target, client=client_choice(world, rng, author))


def _earlier_lives(world, writers: dict, rng: np.random.Generator) -> None:
    """Repurposed accounts' posts before the switch: another language, another app, another clock."""
    cfg = world.scenario["campaign_a"]["repurposed"]
    chosen = np.flatnonzero(writers["role"] == "repurposed")
    if len(chosen) == 0:
        return
    rows = writers["rows"][chosen]
    switch_day = writers["first_day"][chosen]
    language = world.members["campaign_a.old_language"]
    zone_of = {lang: world.clock.zone_index(zone) for lang, zone in zip(cfg["old_languages"], cfg["old_timezones"])}
    local = np.repeat(np.arange(len(rows)), rng.poisson(cfg["old_posts_per_day"] * switch_day))
    n = len(local)
    day = (rng.random(n) * switch_day[local]).astype(np.int64)
    rhythm = world.scenario["rhythms"]["us_evening"]
    zone = np.array([zone_of[lang] for lang in language], dtype=np.int64)[local] if n else np.empty(0, dtype=np.int64)
    time = draw_times(rng, world.clock, day, [cumulative(hourly_profile(rhythm["weekday"]))], np.zeros(n, dtype=np.int64), zone, rng.normal(0, 40, len(rows))[local])
    text = np.empty(n, dtype=object)
    tags = np.empty(n, dtype=object)
    lang = language[local]
    for code, families in other.FAMILIES.items():
        which = np.flatnonzero(lang == code)
        text[which], tags[which] = compose_families(rng, families, len(which))
    world.posts.add(author=rows[local], time=time, text=text, lang=lang, client=fiction.CLIENT_ANDROID, tags=tags)


def campaign_a_posts(world) -> None:
    """Write all of Campaign A's posts (needs the public figures' posts to exist).

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> before = len(world.posts)
    >>> campaign_a_posts(world)
    >>> len(world.posts) > before
    True
    """
    cfg = world.scenario["campaign_a"]
    schedule = OfficeSchedule.from_settings(world, cfg)
    rng = world.rng("campaign_a.posts")
    seed_posts = _seed_posts(world, schedule, world.rng("campaign_a.seed_posts"))
    scripts = _release_scripts(world, schedule, world.rng("campaign_a.scripts"))
    writers = _writers(world, world.rng("campaign_a.writers"))
    copies, copy_sides = _copies(world, schedule, scripts, writers, world.rng("campaign_a.copies"))
    _retweets(world, schedule, writers, seed_posts, copies, copy_sides, world.rng("campaign_a.retweets"))
    _earlier_lives(world, writers, rng)
