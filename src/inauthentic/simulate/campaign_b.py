"""Campaign B (capstone only): another operator, with fewer obvious tells.

Compared with Campaign A, Campaign B

* works from another time zone (UTC+3 by default) on a Sunday-Thursday
  week, 09:00-18:00 with no lunch dip;
* uses aged accounts (created years ago, not in bursts), realistic handles,
  its own pictures (unrelated hashes) and ordinary bios, only in English;
* never copies text: each share of an article is a *paraphrase* (another
  sentence frame, another wording of the claim);
* pushes articles from look-alike local-news sites (``.example`` domains
  that imitate the genuine outlets): each article's link is shared by about
  a dozen accounts within minutes (a co-link burst);
* fills its time with retweets of popular genuine posts, as real users do.

So a learner who only learned Campaign A's tells (Chinese, 08:50-17:00
Beijing time, name+digits handles, copypasta) will miss it, and must
generalise: co-links, a clock inconsistent with the claimed location,
engagement from inside the network.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.campaign_b import paraphrases
>>> from inauthentic.simulate.rng import stream
>>> text = paraphrases(stream(1, "doc"), np.array([0, 0, 0]), np.array(["Rivertown"] * 3, object))
>>> len(set(text)) > 1 and all("Rivertown" in t for t in text)
True
"""

from __future__ import annotations

import numpy as np

from .apps import client_choice
from .decoys import headline_urls
from .genuine import FAMILIES, Pending
from .images import random_hashes
from .office import OfficeSchedule
from .profiles import counts, lognormal, locations_for, optional_text, person_names, personal_handles, uniform_times
from .text import choose_tags, compose_families, numbers, object_array, pick
from .wordbanks import campaign, english, fiction, names
from .world import RETWEET

__all__ = ["add_campaign_b_accounts", "campaign_b_posts", "paraphrases"]


def add_campaign_b_accounts(world) -> None:
    """Add Campaign B's site accounts (role ``seed``) and its personas.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> add_campaign_b_accounts(world)
    >>> sorted(set(world.accounts.arrays()["group"]))
    ['campaign_b']
    """
    cfg = world.scenario["campaign_b"]
    rng = world.rng("campaign_b.profiles")
    zone = world.clock.zone_index(cfg["timezone"])

    def block(n: int, role: str, **fields) -> np.ndarray:
        rows = world.accounts.add(
            kind=np.full(n, "campaign", dtype=object),
            group=np.full(n, "campaign_b", dtype=object),
            role=np.full(n, role, dtype=object),
            zone=np.full(n, zone),
            account_language=np.full(n, "en", dtype=object),
            reach=np.zeros(n),
            image=random_hashes(rng, n),
            **fields,
        )
        return world.remember(f"campaign_b.{role}", rows)

    seed = cfg["seed"]
    n = seed["accounts"]
    sites = np.arange(n) % len(fiction.LOOKALIKE_SITES)
    round_ = np.arange(n) // len(fiction.LOOKALIKE_SITES)
    handle = object_array(site[1] for site in fiction.LOOKALIKE_SITES)[sites]
    block(
        n, "seed",
        display=object_array(site[0] for site in fiction.LOOKALIKE_SITES)[sites],
        handle=np.where(round_ > 0, handle + numbers(round_), handle).astype(object),
        location=pick(rng, [town + ", Lake County" for town in fiction.TOWNS[:6]], n),
        bio=pick(rng, ("Local news that matters.", "Your hometown news source.", "Independent local reporting."), n),
        followers=counts(rng, n, seed["followers_median"], seed["followers_spread"]),
        following=counts(rng, n, seed["following_median"], seed["following_spread"]),
        created=uniform_times(rng, n, seed["created_from"], seed["created_to"]),
    )
    world.remember("campaign_b.site", sites)

    persona = cfg["persona"]
    n = persona["accounts"]
    first, last, display = person_names(rng, n, "en")
    zones = world.scenario["us"]["timezones"]
    block(
        n, "persona",
        display=display,
        handle=personal_handles(rng, first, last),
        location=locations_for(rng, pick(rng, zones, n, world.scenario["us"]["timezone_weights"]), names.LOCATIONS_BY_ZONE, 0.8),
        bio=optional_text(rng, english.BIOS, n, 0.75),
        followers=counts(rng, n, persona["followers_median"], persona["followers_spread"]),
        following=counts(rng, n, persona["following_median"], persona["following_spread"]),
        created=uniform_times(rng, n, persona["created_from"], persona["created_to"]),
    )


def paraphrases(rng: np.random.Generator, claim: np.ndarray, town: np.ndarray) -> np.ndarray:
    """Write each share of a claim in a random frame and wording.

    Parameters
    ----------
    claim : int array
        Index into ``campaign.CLAIMS_B``.
    town : object array
        The town each claim is about.

    Examples
    --------
    >>> from inauthentic.simulate.rng import stream
    >>> paraphrases(stream(2, "doc"), np.array([1]), np.array(["Westbrook"], object))[0]
    'Huh. In Westbrook 3,000 residents who moved are still registered. Wild.'
    """
    n = len(claim)
    wording = rng.integers(0, 3, n)
    frame = rng.integers(0, len(campaign.FRAMES_B), n)
    table = np.array([list(variants) for variants, _ in campaign.CLAIMS_B], dtype=object)
    claim_text = table[claim, wording]
    before = object_array(f[0].split("{town}")[0] for f in campaign.FRAMES_B)[frame]
    after_town = object_array(f[0].split("{town}")[1] if "{town}" in f[0] else "" for f in campaign.FRAMES_B)[frame]
    has_town = np.array(["{town}" in f[0] for f in campaign.FRAMES_B])[frame]
    closing = object_array(f[1] for f in campaign.FRAMES_B)[frame]
    town_part = np.where(has_town, town + after_town, "")
    return (before + town_part + claim_text + closing + pick(rng, campaign.AFTERWORDS_B, n)).astype(object)


def campaign_b_posts(world) -> Pending:
    """Write the sites' articles and the personas' paraphrased shares; return filler retweets.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> add_campaign_b_accounts(world)
    >>> later = campaign_b_posts(world)
    >>> len(world.posts) > 0 and len(later.author) > 0
    True
    """
    cfg = world.scenario["campaign_b"]
    schedule = OfficeSchedule.from_settings(world, cfg)
    seeds = world.members["campaign_b.seed"]
    personas = world.members["campaign_b.persona"]
    rng = world.rng("campaign_b.posts")
    workdays = schedule.workdays()
    empty = Pending(*(np.empty(0, dtype=dtype) for dtype in (np.int64, np.int64, np.int8, object, object, object)))
    if len(seeds) == 0 or len(personas) == 0 or len(workdays) == 0:
        return empty

    # Articles on look-alike sites, published by the sites' accounts in office hours.
    n_articles = len(workdays) * max(1, cfg["articles_per_day"])
    day = np.repeat(workdays, max(1, cfg["articles_per_day"]))
    time = schedule.times(rng, day)
    site_account = rng.integers(0, len(seeds), n_articles)
    site = world.members["campaign_b.site"][site_account]
    claim = rng.integers(0, len(campaign.CLAIMS_B), n_articles)
    town = pick(rng, fiction.TOWNS, n_articles)
    slug = object_array(c[1] for c in campaign.CLAIMS_B)[claim] + "-" + np.char.lower(np.char.replace(town.astype(str), " ", "-")).astype(object)
    domain = object_array(s[2] for s in fiction.LOOKALIKE_SITES)[site]
    url = headline_urls(domain, np.full(n_articles, "local", dtype=object), time, slug, rng.integers(0, 10**6, n_articles))
    headline = town + ": " + object_array(c[0][0] for c in campaign.CLAIMS_B)[claim]
    articles = world.posts.add(
        author=seeds[site_account], time=time, text=headline + " " + url, lang="en", client=client_choice(world, rng, seeds[site_account]),
        urls=object_array((u,) for u in url),
    )

    # Each article: about `shares_per_article` personas share it within minutes, each in their own words.
    shares = np.minimum(len(personas), rng.poisson(cfg["shares_per_article"], n_articles))
    ranking = np.argsort(rng.random((n_articles, len(personas))), axis=1)
    article = np.repeat(np.arange(n_articles), shares)
    rank = np.arange(len(article)) - np.repeat(np.cumsum(shares) - shares, shares)
    author = personas[ranking[article, rank]]
    delay = np.maximum(30, rng.lognormal(np.log(cfg["share_delay_minutes"] * 60), cfg["share_delay_spread"], len(article))).astype(np.int64)
    as_retweet = rng.random(len(article)) < 0.15
    tags, suffix = choose_tags(rng, campaign.TAGS_B, 0.4, len(article))
    text = paraphrases(rng, claim[article], town[article]) + suffix + " " + url[article]
    client = client_choice(world, rng, author)
    keep = ~as_retweet
    world.posts.add(
        author=author[keep], time=(time[article] + delay)[keep], text=text[keep], lang="en", client=client[keep],
        tags=tags[keep], urls=object_array((u,) for u in url[article][keep]),
    )
    world.posts.add(
        author=author[as_retweet], time=(time[article] + delay)[as_retweet], action=RETWEET,
        target=articles[article[as_retweet]], client=client[as_retweet],
    )

    # Filler: genuine-looking posts and retweets of popular genuine posts, on the operator's clock.
    persona = cfg["persona"]
    rate = lognormal(rng, len(personas), persona["posts_per_day"], persona["posts_per_day_spread"])
    local = np.repeat(np.arange(len(personas)), rng.poisson(rate * schedule.active_days(np.zeros(len(personas), dtype=np.int64))))
    n = len(local)
    day = schedule.days(rng, np.zeros(n, dtype=np.int64))
    filler_time = schedule.times(rng, day)
    retweet = rng.random(n) < persona["retweet_share"]
    client = client_choice(world, rng, personas[local])
    originals = np.flatnonzero(~retweet)
    text, tags = compose_families(rng, FAMILIES["en"], len(originals))
    world.posts.add(author=personas[local[originals]], time=filler_time[originals], text=text, lang="en", client=client[originals], tags=tags)
    later = np.flatnonzero(retweet)
    return Pending(
        personas[local[later]], filler_time[later], np.full(len(later), RETWEET, dtype=np.int8),
        np.full(len(later), "en", dtype=object), client[later], np.full(len(later), "", dtype=object),
    )
