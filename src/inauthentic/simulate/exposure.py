"""Genuine people who meet an operation's content and pass it on.

Real operations' links and pictures do not stay inside the network: critics
and journalists quote them, researchers collect them, and some people are
taken in. So sharing an operation's outlet or picture is not evidence on its
own; sharing it *in a burst with the same accounts* is.

* :func:`campaign_a_exposure`: a share of genuine accounts (``[exposure]``
  ``campaign_a_share`` of ordinary users, news desks and heavy posters, more
  of the partisans) retweet Campaign A's outlet posts and picture posts, or
  post the link with a comment of their own, hours later.
* :func:`campaign_b_exposure`: a few genuine locals (``campaign_b_locals``)
  pass on look-alike local-news stories of Campaign B.

Examples
--------
>>> from inauthentic.simulate.assemble import build_world
>>> world = build_world("tiny")
>>> before = len(world.posts)
>>> campaign_a_exposure(world)
>>> len(world.posts) > before
True
"""

from __future__ import annotations

import numpy as np

from .apps import client_choice
from .text import empty_tags, object_array, pick
from .wordbanks import partisan
from .world import RETWEET

__all__ = ["campaign_a_exposure", "campaign_b_exposure"]

_LINKING_GROUPS = ("ordinary", "news_desk", "heavy_poster", "spanish_speaking_american", "chinese_speaking_american")


def _pass_on(world, rng: np.random.Generator, sharers: np.ndarray, per_sharer: float, targets: np.ndarray, comments, delay_hours: float) -> None:
    """Each sharer passes on a few of ``targets``: a retweet, or the link with a comment."""
    if len(sharers) == 0 or len(targets) == 0:
        return
    posts = world.posts.arrays()
    author = np.repeat(sharers, 1 + rng.poisson(per_sharer - 1, len(sharers)))
    target = targets[rng.integers(0, len(targets), len(author))]
    _, first = np.unique(author * (len(posts["time"]) + 1) + target, return_index=True)
    author, target = author[first], target[first]
    time = posts["time"][target] + np.rint(rng.lognormal(np.log(delay_hours * 3600), 1.0, len(author))).astype(np.int64) + 60
    client = client_choice(world, rng, author)
    as_retweet = rng.random(len(author)) < 0.5
    world.posts.add(author=author[as_retweet], time=time[as_retweet], action=RETWEET, target=target[as_retweet], client=client[as_retweet])
    quote = np.flatnonzero(~as_retweet)
    links = object_array(urls[0] for urls in posts["urls"][target[quote]])
    world.posts.add(
        author=author[quote], time=time[quote], text=(pick(rng, comments, len(quote)) + links).astype(object), lang="en",
        client=client[quote], tags=empty_tags(len(quote)), urls=object_array((link,) for link in links),
    )


def _linked_posts(world, authors: np.ndarray, contains: str | None = None) -> np.ndarray:
    posts = world.posts.arrays()
    mine = np.isin(posts["author"], authors) & (posts["action"] != RETWEET)
    has_link = np.array([len(urls) > 0 and (contains is None or contains in urls[0]) for urls in posts["urls"][mine]], dtype=bool)
    return np.flatnonzero(mine)[has_link]


def campaign_a_exposure(world) -> None:
    """Genuine critics, journalists, researchers and people taken in pass on Campaign A's outlets and pictures.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> campaign_a_exposure(world)
    """
    cfg = world.scenario["exposure"]
    seeds = world.members.get("campaign_a.seed", np.empty(0, dtype=np.int64))
    writers = np.concatenate([world.members.get(f"campaign_a.{role}", np.empty(0, dtype=np.int64)) for role in ("loudspeaker", "persona", "repurposed")])
    rng = world.rng("exposure.campaign_a")
    outlets = _linked_posts(world, seeds)
    pictures = _linked_posts(world, writers, "pic.example")
    people = np.concatenate([world.members.get(group, np.empty(0, dtype=np.int64)) for group in _LINKING_GROUPS])
    partisans = world.members.get("partisan", np.empty(0, dtype=np.int64))
    sharers = np.concatenate([people[rng.random(len(people)) < cfg["campaign_a_share"]], partisans[rng.random(len(partisans)) < cfg["campaign_a_partisan_share"]]])
    _pass_on(world, rng, sharers, cfg["campaign_a_links"], outlets, partisan.EXPOSURE_COMMENTS, 6.0)
    picture_sharers = sharers[rng.random(len(sharers)) < 0.5]
    _pass_on(world, rng, picture_sharers, 1.5, pictures, partisan.EXPOSURE_PICTURE_COMMENTS, 4.0)


def campaign_b_exposure(world) -> None:
    """A few genuine locals pass on stories from Campaign B's look-alike local-news sites.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> campaign_b_exposure(world)   # no Campaign B in tiny: nothing happens
    """
    cfg = world.scenario["exposure"]
    sites = world.members.get("campaign_b.seed", np.empty(0, dtype=np.int64))
    ordinary = world.members.get("ordinary", np.empty(0, dtype=np.int64))
    if len(sites) == 0 or len(ordinary) == 0:
        return
    rng = world.rng("exposure.campaign_b")
    locals_ = ordinary[rng.choice(len(ordinary), size=min(len(ordinary), cfg["campaign_b_locals"]), replace=False)]
    _pass_on(world, rng, locals_, cfg["campaign_b_links"], _linked_posts(world, sites), partisan.LOCAL_SHARE_COMMENTS, 3.0)
