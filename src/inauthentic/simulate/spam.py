"""Commercial spam: high volume, shop links, around the clock, not political.

Spam is automated but is not the campaign: it posts at all hours with no
office-hours pattern, links to shop-like ``.example`` domains, shares shop
logos across accounts (identical picture hashes), and replies to popular
posts with bait. It is *inauthentic* but not *coordinated with the
campaign*, so a detector must not confuse the two.

Examples
--------
>>> from inauthentic.simulate.spam import spam_handles
>>> from inauthentic.simulate.rng import stream
>>> handles = spam_handles(stream(1, "doc"), 3)
>>> all(h.isascii() and len(h) <= 15 for h in handles)
True
"""

from __future__ import annotations

import numpy as np

from .apps import client_choice
from .genuine import Pending, activity_plan, organic_times
from .images import random_hashes
from .profiles import counts, uniform_times
from .text import choose_tags, compose, numbers, object_array, pick
from .wordbanks import commerce, fiction, names
from .world import REPLY

__all__ = ["spam_handles", "add_spam_accounts", "spam_posts"]


def spam_handles(rng: np.random.Generator, n: int) -> np.ndarray:
    """Handles like ``dealsunny4821``: a shop word, a word and digits.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> spam_handles(stream(2, "doc"), 1)[0][-4:].isdigit()
    True
    """
    handle = pick(rng, commerce.HANDLE_STEMS, n) + pick(rng, names.HANDLE_WORDS, n) + numbers(rng.integers(0, 10_000, n), 4)
    return np.array([h[-15:] for h in handle], dtype=object)


def add_spam_accounts(world) -> np.ndarray:
    """Add the spam accounts; each pushes one shop and most wear its logo.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> rows = add_spam_accounts(world)
    >>> set(world.accounts.arrays()["kind"][rows])
    {'spam'}
    """
    cfg = world.scenario["spam"]["commercial_spam"]
    n = cfg["accounts"]
    rng = world.rng("spam.profiles")
    n_shops = max(1, min(cfg["shops"], len(fiction.SHOPS)))
    shop = rng.integers(0, n_shops, n)
    logos = random_hashes(rng, n_shops)
    image = np.where(rng.random(n) < 0.7, logos[shop], random_hashes(rng, n))
    image[rng.random(n) < cfg["default_avatar_share"]] = 0
    shop_name = object_array(s[0] for s in fiction.SHOPS)[shop]
    display = np.where(rng.random(n) < 0.5, shop_name + " Official", shop_name + " Deals").astype(object)
    rows = world.accounts.add(
        display=display,
        handle=spam_handles(rng, n),
        location=pick(rng, ("", "", "Worldwide", "Online", "USA", "Ships worldwide"), n),
        bio=pick(rng, commerce.BIOS, n),
        followers=counts(rng, n, cfg["followers_median"], cfg["followers_spread"]),
        following=counts(rng, n, cfg["following_median"], cfg["following_spread"]),
        created=uniform_times(rng, n, cfg["created_from"], cfg["created_to"]),
        account_language=np.full(n, "en", dtype=object),
        image=image,
        kind=np.full(n, "spam", dtype=object),
        group=np.full(n, "commercial_spam", dtype=object),
        role=np.full(n, "none", dtype=object),
        zone=np.full(n, world.clock.zone_index(world.scenario["us"]["timezones"][0])),
        reach=np.zeros(n),
    )
    world.remember("spam_shop", shop)
    return world.remember("commercial_spam", rows)


def spam_posts(world) -> Pending:
    """Write the spam originals; return the bait replies (targets chosen later).

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> rows = add_spam_accounts(world)
    >>> replies = spam_posts(world)
    >>> "AutoPoster" in set(world.posts.arrays()["client"]), len(replies.author) > 0
    (True, True)
    """
    cfg = world.scenario["spam"]["commercial_spam"]
    rows = world.members["commercial_spam"]
    rng = world.rng("spam.posts")
    first_day, post_counts = activity_plan(world, cfg, rows, rng)
    author, time = organic_times(world, rows, post_counts, first_day, cfg["rhythm"], rng)
    n = len(author)
    reply = (rng.random(n) < cfg["reply_share"]) & np.concatenate([[False], author[1:] == author[:-1]])
    shop = world.members["spam_shop"][np.searchsorted(rows, author)]
    domain = object_array(s[1] for s in fiction.SHOPS)[shop]
    url = "https://" + domain + "/p/" + numbers(rng.integers(0, 10**6, n), 6)
    original = np.flatnonzero(~reply)
    tags, suffix = choose_tags(rng, commerce.TAGS, 0.8, len(original))
    body = compose(rng, (commerce.HOOKS, commerce.PRODUCTS, commerce.DEALS, commerce.CALLS), len(original))
    world.posts.add(
        author=author[original],
        time=time[original],
        text=body + " " + url[original] + suffix,
        lang="en",
        client=client_choice(world, rng, author[original]),
        tags=tags,
        urls=object_array((u,) for u in url[original]),
    )
    replies = np.flatnonzero(reply)
    return Pending(
        author[replies],
        time[replies],
        np.full(len(replies), REPLY, dtype=np.int8),
        np.full(len(replies), "en", dtype=object),
        client_choice(world, rng, author[replies]),
        pick(rng, commerce.REPLY_BAIT, len(replies)),
    )

