"""Loud genuine partisans: the real people a campaign detector really meets.

The ``partisan`` group (kind ``genuine``) backs one side each (0 Redwood,
1 Harbor, ``harbor_share`` of them Harbor). They

* write slogan bios ("Redwood all the way!!"), many with a family opening;
* post politics only: cheers and jeers for their side, and the same memes,
  smears and fake pictures the campaign pushes (``meme_share`` of their
  originals, with the campaign's hashtags and picture links);
* retweet their candidate within seconds (``candidate_retweet_share`` of
  their retweets, median ``retweet_delay_seconds``); some post dozens a day;
* and a ``seed_retweeter_share`` of them retweet the campaign's seed
  accounts now and then (``seed_retweets`` each), because the content suits
  them.

Examples
--------
>>> from inauthentic.simulate.assemble import build_world
>>> world = build_world("tiny")
>>> sides = world.members["partisan.side"]
>>> sorted(set(sides.tolist()))
[0, 1]
"""

from __future__ import annotations

import numpy as np

from .apps import client_choice
from .campaign_a import render_scripts
from .profiles import family_bios, optional_text, person_names, personal_handles
from .text import choose_tags, compose, compose_families, empty_tags, numbers, object_array
from .wordbanks import campaign, english, partisan
from .world import RETWEET

__all__ = ["partisan_profiles", "partisan_writer", "candidate_retweets", "seed_retweets"]

_IMAGE_URL = "https://pic.example/i/"


def partisan_profiles(world, block: dict) -> dict:
    """Give each partisan a side, a name that fits its gender, and a slogan bio.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> from inauthentic.simulate.genuine import profile_block
    >>> world = World.from_name("tiny")
    >>> block = partisan_profiles(world, profile_block(world, "partisan"))
    >>> all(("!" in bio or "#" in bio or "Team" in bio or "volunteer" in bio) for bio in block["bio"] if bio)
    True
    """
    cfg = world.scenario["genuine"]["partisan"]
    rng = world.rng("genuine.partisan.names")
    n = len(block["handle"])
    side = (rng.random(n) < cfg["harbor_share"]).astype(np.int64)
    female = rng.random(n) < 0.5
    first, last, display = person_names(rng, n, "en", female)
    bio = np.empty(n, dtype=object)
    for which in (0, 1):
        chosen = np.flatnonzero(side == which)
        bio[chosen] = optional_text(rng, partisan.BIOS[which], len(chosen), cfg["bio_share"])
    bio = family_bios(rng, bio, female, 0.3)
    world.remember("partisan.side", side)
    return {**block, "display": display, "handle": personal_handles(rng, first, last), "bio": bio}


def _memes(world, rng: np.random.Generator, side: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The campaign's English scripts for each writer's side, in their own phrasing, with its hashtags and pictures."""
    n = len(side)
    families = campaign.SCRIPTS_EN
    sides = np.array([-2 if value is None else value for value in campaign.SCRIPT_SIDES_EN])
    # The families that can serve each side (the picture family serves both, by its picture).
    serving = [np.flatnonzero((sides == which) | (sides < 0)) for which in (0, 1)]
    family = np.empty(n, dtype=np.int64)
    for which in (0, 1):
        chosen = np.flatnonzero(side == which)
        family[chosen] = serving[which][rng.integers(0, len(serving[which]), len(chosen))]
    groups = rng.integers(0, 1 << 20, (n, 3))
    claims = len(families[campaign.IMAGE_FAMILY][0][1])
    picture = groups[:, 1] % claims
    groups[:, 1] = picture - picture % 2 + side                # even pictures show Marchetti (for Redwood), odd ones Ashby
    text = render_scripts(rng, family, groups, families, 0.6)
    tags = np.empty(n, dtype=object)
    for index, (_, choices) in enumerate(families):
        chosen = np.flatnonzero(family == index)
        tags[chosen] = object_array(tuple(c) for c in choices)[rng.integers(0, len(choices), len(chosen))]
    suffix = object_array("".join(f" #{tag}" for tag in t) for t in tags)
    urls = empty_tags(n)
    image = np.flatnonzero(family == campaign.IMAGE_FAMILY)
    links = _IMAGE_URL + numbers(rng.integers(0, 10**8, len(image)), 8)
    text = (text + suffix).astype(object)
    text[image] = text[image] + " " + links
    urls[image] = object_array((link,) for link in links)
    return text, tags, urls


def partisan_writer(world):
    """Return a writer of partisans' originals: slogans, the campaign's memes for their side, a little everyday life.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> rows = world.members["partisan"][:3]
    >>> text, tags, urls = partisan_writer(world)(world.rng("doc"), rows, np.zeros(3, int), np.array(["en"] * 3, object))
    >>> len(text)
    3
    """
    cfg = world.scenario["genuine"]["partisan"]
    rows = world.members["partisan"]
    sides = world.members["partisan.side"]

    def write(rng: np.random.Generator, author: np.ndarray, time: np.ndarray, lang: np.ndarray):
        n = len(author)
        side = sides[np.searchsorted(rows, author)]
        roll = rng.random(n)
        meme = roll < cfg["meme_share"]
        everyday = roll > 0.9
        text = np.empty(n, dtype=object)
        tags = np.empty(n, dtype=object)
        urls = empty_tags(n)
        for which in (0, 1):
            chosen = np.flatnonzero((side == which) & ~meme & ~everyday)
            own_tags, suffix = choose_tags(rng, partisan.TAGS[which], 0.5, len(chosen))
            text[chosen] = compose(rng, partisan.POSTS[which], len(chosen)) + suffix
            tags[chosen] = own_tags
        chosen = np.flatnonzero(meme)
        text[chosen], tags[chosen], urls[chosen] = _memes(world, rng, side[chosen])
        chosen = np.flatnonzero(everyday)
        text[chosen], tags[chosen] = compose_families(rng, english.EVERYDAY_FAMILIES, len(chosen))
        return text, tags, urls

    return write


def candidate_retweets(world, pending, rng: np.random.Generator):
    """Turn a share of partisans' pending retweets into fast retweets of their own candidate; return the rest.

    Examples
    --------
    >>> from inauthentic.simulate.genuine import Pending
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> empty = Pending(*[np.empty(0, dtype=t) for t in (np.int64, np.int64, np.int8, object, object, object)])
    >>> len(candidate_retweets(world, empty, world.rng("doc")).author)
    0
    """
    cfg = world.scenario["genuine"]["partisan"]
    posts = world.posts.arrays()
    candidates = world.members["public_figure"][:2]
    if len(candidates) < 2 or len(pending.author) == 0:
        return pending
    rows = world.members["partisan"]
    side = world.members["partisan.side"][np.searchsorted(rows, pending.author)]
    wanted = (pending.action == RETWEET) & (rng.random(len(side)) < cfg["candidate_retweet_share"])
    chosen = np.flatnonzero(wanted)
    targets = []
    for which in (0, 1):
        own = np.flatnonzero((posts["author"] == candidates[which]) & (posts["action"] == 0))
        targets.append(own)
    target = np.full(len(chosen), -1, dtype=np.int64)
    for which in (0, 1):
        mine = np.flatnonzero(side[chosen] == which)
        if len(targets[which]):
            target[mine] = targets[which][rng.integers(0, len(targets[which]), len(mine))]
    found = target >= 0
    chosen, target = chosen[found], target[found]
    # Each partisan retweets a given post once at most.
    _, first = np.unique(pending.author[chosen] * (len(posts["time"]) + 1) + target, return_index=True)
    chosen, target = chosen[first], target[first]
    delay = np.maximum(1, np.rint(rng.lognormal(np.log(cfg["retweet_delay_seconds"]), cfg["retweet_delay_spread"], len(chosen)))).astype(np.int64)
    world.posts.add(
        author=pending.author[chosen], time=posts["time"][target] + delay, action=RETWEET, target=target, client=pending.client[chosen],
    )
    rest = ~wanted
    return type(pending)(*(getattr(pending, field)[rest] for field in ("author", "time", "action", "lang", "client", "text")))


def seed_retweets(world) -> None:
    """Some partisans retweet the campaign's seed accounts now and then: the content suits them.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> before = len(world.posts)
    >>> seed_retweets(world)
    >>> len(world.posts) >= before
    True
    """
    cfg = world.scenario["genuine"]["partisan"]
    rows = world.members.get("partisan", np.empty(0, dtype=np.int64))
    seeds = world.members.get("campaign_a.seed", np.empty(0, dtype=np.int64))
    posts = world.posts.arrays()
    seed_posts = np.flatnonzero(np.isin(posts["author"], seeds) & (posts["action"] == 0))
    if len(rows) == 0 or len(seed_posts) == 0:
        return
    rng = world.rng("genuine.partisan.seed_retweets")
    retweeters = rows[rng.random(len(rows)) < cfg["seed_retweeter_share"]]
    author = np.repeat(retweeters, rng.poisson(cfg["seed_retweets"], len(retweeters)))
    target = seed_posts[rng.integers(0, len(seed_posts), len(author))]
    _, first = np.unique(author * (len(posts["time"]) + 1) + target, return_index=True)
    author, target = author[first], target[first]
    delay = np.rint(rng.lognormal(np.log(1800.0), 1.2, len(author))).astype(np.int64) + 1
    world.posts.add(author=author, time=posts["time"][target] + delay, action=RETWEET, target=target, client=client_choice(world, rng, author))
