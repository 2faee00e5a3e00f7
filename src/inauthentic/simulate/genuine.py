"""Genuine users: profiles, everyday posting, and organic retweets and replies.

Every genuine group (``ordinary``, the decoys, news desks, public figures)
starts from the same recipe, driven by its ``[genuine.<group>]`` settings:

* **profiles**: names and handles in the group's language, a US time zone
  and a matching location, heavy-tailed follower counts, creation dates
  spread over many years;
* **activity**: a heavy-tailed posting rate per account, times drawn from the
  group's daily rhythm in the account's local time (evening peak, night
  trough, weekend shift, each account's clock shifted a little), busier on
  debate nights and around the election;
* **sharing**: a share of posts are retweets or replies of popular posts seen
  recently, in the same language (see :mod:`inauthentic.simulate.sharing`).

:mod:`inauthentic.simulate.decoys` adjusts the groups that must look
suspicious on one signal.

Examples
--------
>>> from inauthentic.simulate.genuine import profile_block
>>> from inauthentic.simulate.scenario import load_scenario, apply_scale
>>> from inauthentic.simulate.world import World
>>> world = World.from_scenario(apply_scale(load_scenario("tiny")))
>>> block = profile_block(world, "chinese_speaking_american")
>>> sorted(set(block["account_language"]))
['en', 'zh']
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .apps import client_choice
from .clock import draw_times, sample_days
from .images import random_hashes
from .profiles import counts, family_bios, lognormal, locations_for, optional_text, person_names, personal_handles, uniform_times
from .sharing import pool_from_world, window_seconds
from .text import compose, compose_families, numbers, object_array, pick
from .wordbanks import chinese, english, names, other, spanish
from .world import ORIGINAL, REPLY, RETWEET

__all__ = ["Pending", "profile_block", "add_group", "activity_plan", "organic_times", "organic_posts", "resolve_responses", "FAMILIES", "REPLY_BANKS"]

#: Post families by language.
FAMILIES = {"en": english.FAMILIES, "zh": chinese.FAMILIES, "es": spanish.FAMILIES, **other.FAMILIES}
#: Reply families by language.
REPLY_BANKS = {"en": english.REPLIES, "zh": chinese.REPLIES, "es": spanish.REPLIES, **other.REPLIES}
_BIOS = {"en": english.BIOS, "zh": chinese.BIOS, "es": spanish.BIOS, **other.BIOS}
_LOCATIONS = {
    "en": names.LOCATIONS_BY_ZONE,
    "zh": names.LOCATIONS_ZH_BY_ZONE,
    "es": names.LOCATIONS_ES_BY_ZONE,
    "pt": {"America/Sao_Paulo": names.LOCATIONS_PT},
    "id": {"Asia/Jakarta": names.LOCATIONS_ID},
}
_FAMILY_BIO_SHARE = 0.2  # share of English bios opening with family ("Husband, father, son.")
_LINK_SITES = ("https://vid.example/w/", "https://pics.example/p/", "https://blog.example/post/", "https://petition.example/s/")


@dataclass
class Pending:
    """Retweets and replies whose targets are chosen once every original exists.

    Examples
    --------
    >>> Pending(*[np.empty(0)] * 6).author.size
    0
    """

    author: np.ndarray
    time: np.ndarray
    action: np.ndarray
    lang: np.ndarray
    client: np.ndarray
    text: np.ndarray


def profile_block(world, group: str) -> dict:
    """Return the account fields of a genuine group, from its settings.

    The block is a dict of arrays, one per field of
    :data:`inauthentic.simulate.world.ACCOUNT_FIELDS`; decoy groups change
    some fields before adding it.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> block = profile_block(world, "ordinary")
    >>> set(block["kind"]), len(block["handle"]) == world.scenario["genuine"]["ordinary"]["accounts"]
    ({'genuine'}, True)
    """
    cfg = world.scenario["genuine"][group]
    n = cfg["accounts"]
    rng = world.rng(f"genuine.{group}.profiles")
    zones = cfg.get("timezones", world.scenario["us"]["timezones"])
    zone_weights = cfg.get("timezone_weights", world.scenario["us"]["timezone_weights"])
    zone_choice = rng.choice(len(zones), size=n, p=np.asarray(zone_weights) / np.sum(zone_weights))
    zone_names = object_array(zones)[zone_choice]
    language = cfg["language"]
    name_language = language if language in ("zh", "es", "pt", "id") else "en"
    female = rng.random(n) < 0.5
    first, last, display = person_names(rng, n, name_language, female)
    bio_bank = _BIOS.get(language, english.BIOS)
    bio = optional_text(rng, bio_bank, n, cfg["bio_share"])
    if name_language == "en":
        bio = family_bios(rng, bio, female, _FAMILY_BIO_SHARE)
    if language != "en":
        english_bio = optional_text(rng, english.BIOS, n, cfg["bio_share"])
        bio = np.where(rng.random(n) < 0.3, english_bio, bio).astype(object)
    image = random_hashes(rng, n)
    image[rng.random(n) < cfg["default_avatar_share"]] = 0
    return {
        "display": display,
        "handle": personal_handles(rng, first, last),
        "location": locations_for(rng, zone_names, _LOCATIONS.get(language, names.LOCATIONS_BY_ZONE), cfg["location_share"]),
        "bio": bio,
        "followers": counts(rng, n, cfg["followers_median"], cfg["followers_spread"]),
        "following": counts(rng, n, cfg["following_median"], cfg["following_spread"]),
        "created": uniform_times(rng, n, cfg["created_from"], cfg["created_to"]),
        "account_language": np.where(rng.random(n) < cfg["account_language_share"], language, "en").astype(object),
        "image": image,
        "kind": np.full(n, "genuine", dtype=object),
        "group": np.full(n, group, dtype=object),
        "role": np.full(n, "none", dtype=object),
        "zone": np.array([world.clock.zone_index(zone) for zone in zones], dtype=np.int64)[zone_choice],
        "reach": np.ones(n),
    }


def add_group(world, group: str, block: dict) -> np.ndarray:
    """Add a group's accounts to the world and remember their rows under ``group``.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> add_group(world, "heavy_poster", profile_block(world, "heavy_poster")).tolist()
    [0]
    """
    return world.remember(group, world.accounts.add(**block))


def activity_plan(world, cfg: dict, rows: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Return each account's first active day and its number of posts.

    Rates are lognormal (``posts_per_day``, ``posts_per_day_spread``),
    clipped to ``[posts_per_day_min, posts_per_day_max]``; every account
    posts at least once. Accounts created during the period start the day
    after.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> rows = add_group(world, "ordinary", profile_block(world, "ordinary"))
    >>> first_day, counts = activity_plan(world, world.scenario["genuine"]["ordinary"], rows, world.rng("doc"))
    >>> int(counts.min()) >= 1
    True
    """
    created = world.accounts.arrays()["created"][rows]
    first_day = np.clip(world.day_of(created) + 1, 0, world.period.n_days - 1)
    rate = lognormal(rng, len(rows), cfg["posts_per_day"], cfg["posts_per_day_spread"], cfg["posts_per_day_min"], cfg["posts_per_day_max"])
    active_days = world.period.n_days - first_day
    return first_day, np.maximum(1, rng.poisson(rate * active_days))


def organic_times(world, rows: np.ndarray, post_counts: np.ndarray, first_day: np.ndarray, rhythm: str, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Draw post times from a named rhythm in each account's local time.

    Returns
    -------
    author, time : int arrays
        One entry per post: the account's row and the UTC second.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> rows = add_group(world, "ordinary", profile_block(world, "ordinary"))
    >>> author, time = organic_times(world, rows, np.full(len(rows), 3), np.zeros(len(rows), int), "us_evening", world.rng("doc"))
    >>> len(time) == 3 * len(rows)
    True
    """
    shift_spread = world.scenario["rhythms"][rhythm]["shift_minutes"]
    shift = rng.normal(0.0, shift_spread, len(rows))
    author_local = np.repeat(np.arange(len(rows)), post_counts)
    day_cdf, profile_of_day = world.us_calendar()
    day = sample_days(rng, day_cdf, first_day[author_local])
    zone = world.accounts.arrays()["zone"][rows][author_local]
    time = draw_times(rng, world.clock, day, world.rhythm_cdfs(rhythm), profile_of_day[day], zone, shift[author_local])
    return rows[author_local], time


def _links(rng: np.random.Generator, n: int) -> np.ndarray:
    codes = numbers(rng.integers(0, 10**8, n), 8)
    return pick(rng, _LINK_SITES, n) + codes


def _everyday(rng: np.random.Generator, lang: np.ndarray, link_share: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Everyday texts in each post's language; a ``link_share`` of them with a link."""
    n = len(lang)
    text = np.empty(n, dtype=object)
    tags = np.empty(n, dtype=object)
    for language, families in FAMILIES.items():
        chosen = np.flatnonzero(lang == language)
        text[chosen], tags[chosen] = compose_families(rng, families, len(chosen))
    urls = np.empty(n, dtype=object)
    urls[:] = [()] * n
    linked = np.flatnonzero(rng.random(n) < link_share)
    links = _links(rng, len(linked))
    text[linked] = text[linked] + " " + links
    urls[linked] = object_array((link,) for link in links)
    return text, tags, urls


def organic_posts(world, group: str, author: np.ndarray, time: np.ndarray, rng: np.random.Generator, *, link_share: float = 0.05, write=None, client=None) -> Pending:
    """Write a group's originals now and return its retweets and replies for later.

    Each account's first post is an original; others are retweets or
    replies with the group's ``retweet_share`` / ``reply_share``. Posts are
    in the group's language, or its ``other_language`` with
    ``other_language_share``.

    Parameters
    ----------
    write : callable, optional
        ``write(rng, author, time, lang) -> (text, tags, urls)`` replaces the
        everyday texts (news desks write headlines).
    client : str, optional
        One app for every post instead of each account's usual apps.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> rows = add_group(world, "ordinary", profile_block(world, "ordinary"))
    >>> author, time = organic_times(world, rows, np.full(len(rows), 3), np.zeros(len(rows), int), "us_evening", world.rng("doc"))
    >>> later = organic_posts(world, "ordinary", author, time, world.rng("doc"))
    >>> len(world.posts) + len(later.author) == len(author)
    True
    """
    cfg = world.scenario["genuine"][group]
    n = len(author)
    first_of_account = np.ones(n, dtype=bool)
    first_of_account[1:] = author[1:] != author[:-1]
    roll = rng.random(n)
    action = np.where(roll < cfg["retweet_share"], RETWEET, np.where(roll < cfg["retweet_share"] + cfg["reply_share"], REPLY, ORIGINAL))
    action[first_of_account] = ORIGINAL
    lang = np.where(rng.random(n) < cfg["other_language_share"], cfg["other_language"], cfg["language"]).astype(object)
    clients = client_choice(world, rng, author) if client is None else np.full(n, client, dtype=object)
    originals = np.flatnonzero(action == ORIGINAL)
    if write is not None:
        text, tags, urls = write(rng, author[originals], time[originals], lang[originals])
    else:
        text, tags, urls = _everyday(rng, lang[originals], link_share)
    world.posts.add(author=author[originals], time=time[originals], text=text, lang=lang[originals], client=clients[originals], tags=tags, urls=urls)
    responses = np.flatnonzero(action != ORIGINAL)
    reply_text = np.full(len(responses), "", dtype=object)
    for language, bank in REPLY_BANKS.items():
        chosen = np.flatnonzero((lang[responses] == language) & (action[responses] == REPLY))
        reply_text[chosen] = compose(rng, bank, len(chosen))
    return Pending(author[responses], time[responses], action[responses], lang[responses], clients[responses], reply_text)


def resolve_responses(world, pending: list[Pending], purpose: str = "genuine.responses") -> None:
    """Pick a target for every pending retweet and reply, and add them to the log.

    Targets come from the sharing pool of all originals made so far; an
    action with nothing to pick in its window is dropped.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> rows = add_group(world, "ordinary", profile_block(world, "ordinary"))
    >>> author, time = organic_times(world, rows, np.full(len(rows), 5), np.zeros(len(rows), int), "us_evening", world.rng("doc"))
    >>> later = organic_posts(world, "ordinary", author, time, world.rng("doc"))
    >>> before = len(world.posts)
    >>> resolve_responses(world, [later])
    >>> len(world.posts) > before
    True
    """
    if not pending:
        return
    rng = world.rng(purpose)
    pool = pool_from_world(world)
    author = np.concatenate([p.author for p in pending])
    time = np.concatenate([p.time for p in pending])
    action = np.concatenate([p.action for p in pending])
    lang = np.concatenate([p.lang for p in pending])
    client = np.concatenate([p.client for p in pending])
    text = np.concatenate([p.text for p in pending])
    target = pool.choose(rng, time, lang, window_seconds(world, rng, len(time)))
    found = target >= 0
    world.posts.add(
        author=author[found],
        time=time[found],
        action=action[found],
        target=target[found],
        text=text[found],
        lang=lang[found],
        client=client[found],
    )
