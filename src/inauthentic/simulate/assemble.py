"""The order in which the platform is built.

1. Accounts: public figures first (the fandoms need their stars), then the
   other genuine groups, spam, Campaign A and (if enabled) Campaign B.
2. Originals: everyday posts of every genuine group, the decoys' special
   posts (wire stories, community notices, debate nights), spam, Campaign B's
   articles and shares, then Campaign A (whose reply scripts aim at public
   figures' posts).
3. Responses: genuine (and spam and Campaign B filler) retweets and replies
   pick their targets among all the originals.
4. Finalise into tables.

Each step draws from its own named random stream, so the result depends only
on the scenario and its seed.

Examples
--------
>>> from inauthentic.simulate.assemble import build
>>> from inauthentic.simulate.scenario import load_scenario, apply_scale
>>> data = build(apply_scale(load_scenario("tiny")))
>>> sorted(data.labels.kind.unique())
['campaign', 'genuine', 'spam']
"""

from __future__ import annotations

import contextlib
import gc

import numpy as np

from . import decoys, exposure, partisans
from .apps import assign_apps
from .campaign_a import add_campaign_a_accounts, campaign_a_posts
from .campaign_b import add_campaign_b_accounts, campaign_b_posts
from .finalise import finalise
from .genuine import activity_plan, add_group, organic_posts, organic_times, profile_block, resolve_responses
from .spam import add_spam_accounts, spam_posts
from .scenario import apply_scale, load_scenario
from .world import World

__all__ = ["build", "build_world", "GENUINE_GROUPS"]

#: Genuine groups in the order their accounts are made.
GENUINE_GROUPS = (
    "public_figure",
    "partisan",
    "news_desk",
    "ordinary",
    "chinese_speaking_american",
    "diaspora_community",
    "spanish_speaking_american",
    "portuguese_speaker",
    "indonesian_speaker",
    "night_shift",
    "fandom",
    "new_account",
    "heavy_poster",
)

_PROFILE_TWEAKS = {
    "public_figure": decoys.public_figure_profiles,
    "news_desk": decoys.news_desk_profiles,
    "diaspora_community": decoys.diaspora_profiles,
    "new_account": decoys.new_account_profiles,
    "heavy_poster": decoys.heavy_poster_profiles,
    "night_shift": decoys.night_shift_profiles,
    "partisan": partisans.partisan_profiles,
}


def _add_genuine_accounts(world: World) -> None:
    for group in GENUINE_GROUPS:
        block = profile_block(world, group)
        if group == "fandom":
            figures = world.members["public_figure"]
            stars = figures[2 : 2 + world.scenario["genuine"]["fandom"]["stars"]]
            fan_star = world.rng("genuine.fandom.stars").integers(0, max(1, len(stars)), len(block["handle"]))
            block = decoys.fandom_profiles(world, block, decoys.star_images(world, stars), fan_star)
            world.remember("fandom_star", fan_star)
            world.remember("stars", stars)
        elif group in _PROFILE_TWEAKS:
            block = _PROFILE_TWEAKS[group](world, block)
        add_group(world, group, block)


def _genuine_posts(world: World) -> list:
    pending = []
    for group in GENUINE_GROUPS:
        cfg = world.scenario["genuine"][group]
        rows = world.members[group]
        if len(rows) == 0:
            continue
        rng = world.rng(f"genuine.{group}.posts")
        first_day, counts = activity_plan(world, cfg, rows, rng)
        if group == "night_shift":
            author, time = decoys.night_shift_times(world, rows, counts, first_day, rng)
        else:
            author, time = organic_times(world, rows, counts, first_day, cfg["rhythm"], rng)
        if group == "news_desk":
            pending.append(organic_posts(world, group, author, time, rng, write=decoys.headline_writer(world)))
        elif group == "partisan":
            later = organic_posts(world, group, author, time, rng, write=partisans.partisan_writer(world))
            pending.append(partisans.candidate_retweets(world, later, rng))
        else:
            pending.append(organic_posts(world, group, author, time, rng))
    decoys.wire_stories(world)
    decoys.community_notices(world)
    decoys.debate_night(world, world.members["stars"], world.members["fandom"], world.members["fandom_star"])
    return pending


def build_world(scenario: dict | str) -> World:
    """Simulate every account and post of a (scaled) scenario, or of a named one at its own scale.

    Examples
    --------
    >>> world = build_world("tiny")
    >>> len(world.posts) > len(world.accounts) > 100
    True
    """
    if isinstance(scenario, str):
        scenario = apply_scale(load_scenario(scenario))
    world = World.from_scenario(scenario)
    _add_genuine_accounts(world)
    add_spam_accounts(world)
    if scenario["campaign_a"]["enabled"]:
        add_campaign_a_accounts(world)
    if scenario["campaign_b"]["enabled"]:
        add_campaign_b_accounts(world)
    assign_apps(world)

    pending = _genuine_posts(world)
    pending.append(spam_posts(world))
    if scenario["campaign_b"]["enabled"]:
        pending.append(campaign_b_posts(world))
        exposure.campaign_b_exposure(world)
    if scenario["campaign_a"]["enabled"]:
        campaign_a_posts(world)
        partisans.seed_retweets(world)
        exposure.campaign_a_exposure(world)
    resolve_responses(world, pending)
    return world


@contextlib.contextmanager
def _no_cyclic_gc():
    """Pause the cyclic garbage collector while millions of small containers are made.

    The simulator makes no reference cycles; without the pause Python
    re-scans every tuple and list again and again, which costs seconds.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(scenario: dict):
    """Simulate a (scaled, checked) scenario and return its :class:`~inauthentic.datasets.Dataset`.

    Examples
    --------
    >>> from inauthentic.simulate.scenario import apply_scale, load_scenario
    >>> build(apply_scale(load_scenario("tiny"))).name
    'tiny'
    """
    with _no_cyclic_gc():
        world = build_world(scenario)
        data = finalise(world, scenario["name"])
    assert np.isin(data.posts.userid.to_numpy(), data.accounts.userid.to_numpy()).all()
    return data
