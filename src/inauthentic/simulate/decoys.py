"""Decoys: genuine accounts that each look suspicious on one signal.

A detector that leans on one signal flags these honest users; that is the
lesson. Each group here starts from the genuine recipe
(:mod:`inauthentic.simulate.genuine`) and changes one thing (the datasheets
list every signal each group trips):

``chinese_speaking_american``
    Writes mostly Chinese, many with a Chinese interface, US locations (the
    generic recipe does this from the group's settings; nothing to add).
``diaspora_community``
    Community organisations re-posting the same notices, near-identical,
    across several accounts and days: looks like copypasta.
``night_shift``
    On work nights posts 21:00-04:30 local, i.e. Beijing office hours, with a
    meal break that looks like a lunch dip.
``fandom``
    Retweets its star within seconds during the debates: fast co-retweets;
    some use variants of the star's photo: near-identical picture hashes.
``news_desk``
    Posts all day and night, mostly links, templated headlines, and wire
    stories several desks post within minutes: co-links and near-duplicates.
``new_account``
    Created recently, few followers; many keep the default picture and the
    suggested name-plus-8-digits handle.
``partisan``, ``portuguese_speaker``, ``indonesian_speaker``
    See :mod:`inauthentic.simulate.partisans`; the language groups come from
    the generic recipe.
``heavy_poster``
    Above 72 posts a day.
``public_figure``
    Huge followings (the two fictional candidates, stars, hosts).

Examples
--------
>>> from inauthentic.simulate.decoys import headline_urls
>>> import numpy as np
>>> headline_urls(np.array(["x.example"], object), np.array(["news"], object), np.array([1790000000]), np.array(["a-b"], object), np.array([7]))[0]
'https://x.example/news/2026/09/21/a-b-000007'
"""

from __future__ import annotations

import numpy as np

from .clock import WEEKDAYS, cumulative, draw_times, hourly_profile, parse_clock, window_profile
from .apps import client_choice
from .genuine import organic_times
from .images import near_hashes, random_hashes
from .profiles import name_digit_handles, optional_text, person_names, personal_handles
from .text import choose_tags, compose, numbers, object_array, pick
from .wordbanks import chinese, english, fiction, news
from .world import RETWEET

__all__ = [
    "public_figure_profiles",
    "news_desk_profiles",
    "diaspora_profiles",
    "new_account_profiles",
    "heavy_poster_profiles",
    "night_shift_profiles",
    "fandom_profiles",
    "night_shift_times",
    "headline_writer",
    "headline_urls",
    "wire_stories",
    "community_notices",
    "debate_night",
]

_DAY = 86_400


# --- Profiles -----------------------------------------------------------------------------------


def public_figure_profiles(world, block: dict) -> dict:
    """Named public figures first (the candidates, then the stars), then invented ones.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> from inauthentic.simulate.genuine import profile_block
    >>> public_figure_profiles(world, profile_block(world, "public_figure"))["display"][0]
    'Corwin Ashby'
    """
    rng = world.rng("genuine.public_figure.names")
    n = len(block["handle"])
    known = min(n, len(fiction.PUBLIC_FIGURES))
    first, last, display = person_names(rng, n, "en")
    handle = personal_handles(rng, first, last)
    bio = compose(rng, english.PUBLIC_BIOS, n)
    for index in range(known):
        display[index], handle[index], bio[index] = fiction.PUBLIC_FIGURES[index]
    return {**block, "display": display, "handle": handle, "bio": bio}


def news_desk_profiles(world, block: dict) -> dict:
    """Outlets' main accounts, then desks and journalists; remembers each desk's web domain.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> from inauthentic.simulate.genuine import profile_block
    >>> news_desk_profiles(world, profile_block(world, "news_desk"))["display"][0]
    'Rivertown Herald'
    """
    rng = world.rng("genuine.news_desk.names")
    n = len(block["handle"])
    outlet = np.arange(n) % len(fiction.OUTLETS)
    outlet_name = object_array(o[0] for o in fiction.OUTLETS)[outlet]
    outlet_handle = object_array(o[1] for o in fiction.OUTLETS)[outlet]
    first, last, person = person_names(rng, n, "en")
    desk = pick(rng, news.DESK_NAMES, n)
    is_journalist = rng.random(n) < 0.5
    main = np.arange(n) < len(fiction.OUTLETS)
    display = np.where(main, outlet_name, np.where(is_journalist, person + " | " + outlet_name, outlet_name + " " + desk))
    handle = np.where(
        main,
        outlet_handle,
        np.where(is_journalist, personal_handles(rng, first, last), (outlet_handle + desk).astype(str).astype(object)),
    )
    handle = np.array([h[:15] for h in handle], dtype=object)
    bio = np.where(main, "Local news, all day. Tips: tips@" + object_array(o[2] for o in fiction.OUTLETS)[outlet], pick(rng, news.JOURNALIST_BIOS, n))
    world.remember("news_desk_domain", object_array(o[2] for o in fiction.OUTLETS)[outlet])
    location = pick(rng, [town + ", Lake County" for town in fiction.TOWNS[:6]], n)
    return {**block, "display": display.astype(object), "handle": handle, "bio": bio.astype(object), "location": location}


def diaspora_profiles(world, block: dict) -> dict:
    """Community organisations' names, handles and bios.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> from inauthentic.simulate.genuine import profile_block
    >>> diaspora_profiles(world, profile_block(world, "diaspora_community"))["handle"][0]
    'LakeviewCCC'
    """
    rng = world.rng("genuine.diaspora_community.names")
    n = len(block["handle"])
    org = np.arange(n) % len(fiction.COMMUNITY_ORGS)
    round_ = np.arange(n) // len(fiction.COMMUNITY_ORGS)
    display = object_array(o[0] for o in fiction.COMMUNITY_ORGS)[org]
    handle = object_array(o[1] for o in fiction.COMMUNITY_ORGS)[org]
    handle = np.where(round_ > 0, handle + numbers(round_ + 1), handle).astype(object)
    bio = pick(rng, ("华人社区服务｜Community services for Chinese Americans", "服务社区二十年｜Serving our community since 2004",
                     "免费讲座·义工·长者服务｜Free workshops, volunteers, seniors"), n)
    return {**block, "display": display, "handle": handle, "bio": bio}


def new_account_profiles(world, block: dict) -> dict:
    """Many keep the platform-suggested handle (name + 8 digits); the picture share is in the settings.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> from inauthentic.simulate.genuine import profile_block
    >>> handles = new_account_profiles(world, profile_block(world, "new_account"))["handle"]
    >>> any(h[-8:].isdigit() for h in handles), all(h[-8:].isdigit() for h in handles)
    (True, False)
    """
    rng = world.rng("genuine.new_account.names")
    n = len(block["handle"])
    first = np.array([name.split(" ")[0] for name in block["display"]], dtype=object)
    last = np.array([name.split(" ")[-1] for name in block["display"]], dtype=object)
    bio = np.where(rng.random(n) < 0.5, pick(rng, english.NEW_ACCOUNT_BIOS, n), block["bio"])
    bio = np.where(block["bio"] == "", "", bio).astype(object)
    suggested = rng.random(n) < world.scenario["genuine"]["new_account"]["suggested_handle_share"]
    handle = np.where(suggested, name_digit_handles(rng, first, last), block["handle"]).astype(object)
    return {**block, "handle": handle, "bio": bio}


def heavy_poster_profiles(world, block: dict) -> dict:
    """Politics-junkie bios.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> from inauthentic.simulate.genuine import profile_block
    >>> heavy_poster_profiles(world, profile_block(world, "heavy_poster"))["bio"][0] in english.HEAVY_POSTER_BIOS
    True
    """
    rng = world.rng("genuine.heavy_poster.names")
    return {**block, "bio": pick(rng, english.HEAVY_POSTER_BIOS, len(block["bio"]))}


def night_shift_profiles(world, block: dict) -> dict:
    """Some mention their night job in the bio.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> from inauthentic.simulate.genuine import profile_block
    >>> len(night_shift_profiles(world, profile_block(world, "night_shift"))["bio"]) > 0
    True
    """
    rng = world.rng("genuine.night_shift.names")
    n = len(block["bio"])
    job = pick(rng, english.NIGHT_SHIFT_BIOS, n)
    return {**block, "bio": np.where(rng.random(n) < 0.4, (job + block["bio"]).astype(object), block["bio"]).astype(object)}


def fandom_profiles(world, block: dict, star_images: np.ndarray, fan_star: np.ndarray) -> dict:
    """Fan bios, and a share of fans using a variant of their star's photo.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> world = World.from_name("tiny")
    >>> from inauthentic.simulate.genuine import profile_block
    >>> block = profile_block(world, "fandom")
    >>> star = np.array([0xFFFF], dtype=np.uint64)
    >>> fans = fandom_profiles(world, block, star, np.zeros(len(block["bio"]), int))
    >>> bool((np.bitwise_count(fans["image"] ^ star[0]) <= 6).any())     # some fans wear a variant of the star's photo
    True
    """
    cfg = world.scenario["genuine"]["fandom"]
    rng = world.rng("genuine.fandom.names")
    n = len(block["bio"])
    bio = optional_text(rng, english.FANDOM_BIOS, n, cfg["bio_share"])
    image = block["image"].copy()
    if len(star_images):
        uses_star = rng.random(n) < cfg["star_avatar_share"]
        variants = near_hashes(rng, star_images, fan_star, max_bits=6, exact_share=0.2)
        image[uses_star] = variants[uses_star]
    return {**block, "bio": bio, "image": image}


# --- Timing -------------------------------------------------------------------------------------


def night_shift_times(world, rows: np.ndarray, post_counts: np.ndarray, first_day: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Draw night-shift workers' post times.

    With ``shift_share`` a post is written during a shift: the night starts
    on one of the account's work nights (a fixed pattern, or for
    ``rotating_share`` of accounts ``nights_per_week`` random weekdays),
    between ``shift_start`` and ``shift_end``, with a quieter meal break.
    Other posts follow a late-evening rhythm on any day.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> rows = world.members["night_shift"]
    >>> author, time = night_shift_times(world, rows, np.full(len(rows), 10), np.zeros(len(rows), int), world.rng("doc"))
    >>> len(time) == 10 * len(rows)
    True
    """
    cfg = world.scenario["genuine"]["night_shift"]
    n_accounts = len(rows)
    period = world.period
    fixed = np.isin(np.arange(7), [WEEKDAYS.index(day) for day in cfg["work_nights"]])
    random_nights = np.argsort(rng.random((n_accounts, 7)), axis=1) < cfg["nights_per_week"]
    rotating = rng.random(n_accounts) < cfg["rotating_share"]
    works = np.where(rotating[:, None], random_nights, fixed[None, :])
    nights = np.argsort(~works, axis=1, kind="stable")           # working weekdays first
    n_nights = works.sum(axis=1)

    author_local = np.repeat(np.arange(n_accounts), post_counts)
    n = len(author_local)
    on_shift = rng.random(n) < cfg["shift_share"]
    start = first_day[author_local]
    day = start + (rng.random(n) * (period.n_days - start)).astype(np.int64)
    weekday = period.weekdays()[np.minimum(day, period.n_days - 1)]
    night = nights[author_local, (rng.random(n) * n_nights[author_local]).astype(np.int64)]
    shift_day = day - weekday + night
    shift_day = np.where(shift_day < start, shift_day + 7, shift_day)
    shift_day = np.where(shift_day >= period.n_days, shift_day - 7, shift_day)
    day = np.where(on_shift & (shift_day >= start), shift_day, day)

    shift_profile = window_profile(
        [[cfg["shift_start"], cfg["break_start"], 1.0], [cfg["break_start"], cfg["break_end"], 0.15], [cfg["break_end"], cfg["shift_end"], 1.0]],
        0.0,
    )
    late = world.scenario["rhythms"]["late_evening"]
    # Off duty they sleep late: the late-evening rhythm, shifted four hours later.
    off_profile = np.roll(hourly_profile(late["weekday"]), 4 * 60)
    profile = np.where(on_shift, 0, 1)
    zone = world.accounts.arrays()["zone"][rows][author_local]
    shift = rng.normal(0.0, 15.0, n_accounts)[author_local]
    time = draw_times(rng, world.clock, day, [cumulative(shift_profile), cumulative(off_profile)], profile, zone, shift)
    return rows[author_local], time


# --- News desks ---------------------------------------------------------------------------------


def headline_urls(domain: np.ndarray, section: np.ndarray, time: np.ndarray, slug: np.ndarray, number: np.ndarray) -> np.ndarray:
    """Build article addresses ``https://<domain>/<section>/<yyyy>/<mm>/<dd>/<slug>-<6 digits>``.

    Examples
    --------
    >>> headline_urls(np.array(["a.example"], object), np.array(["local"], object), np.array([0]), np.array(["x"], object), np.array([42]))[0]
    'https://a.example/local/1970/01/01/x-000042'
    """
    date = np.char.replace(np.asarray(time, dtype="datetime64[s]").astype("datetime64[D]").astype(str), "-", "/").astype(object)
    return "https://" + domain + "/" + section + "/" + date + "/" + slug + "-" + numbers(number, 6)


def _headline(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    subject = rng.integers(0, len(news.SUBJECTS), n)
    predicate = rng.integers(0, len(news.PREDICATES), n)
    text = object_array(s[0] for s in news.SUBJECTS)[subject] + " " + object_array(p[0] for p in news.PREDICATES)[predicate]
    slug = object_array(s[1] for s in news.SUBJECTS)[subject] + "-" + object_array(p[1] for p in news.PREDICATES)[predicate]
    return text, slug


def headline_writer(world):
    """Return a writer of news-desk originals: kicker, headline, and mostly a link.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> write = headline_writer(world)
    >>> rows = world.members["news_desk"][:1]
    >>> text, tags, urls = write(world.rng("doc"), rows, np.array([1790000000]), np.array(["en"], object))
    >>> len(text[0]) > 20
    True
    """
    cfg = world.scenario["genuine"]["news_desk"]
    rows = world.members["news_desk"]
    domains = world.members["news_desk_domain"]

    def write(rng: np.random.Generator, author: np.ndarray, time: np.ndarray, lang: np.ndarray):
        n = len(author)
        headline, slug = _headline(rng, n)
        kicker = pick(rng, news.KICKERS, n)
        domain = domains[np.searchsorted(rows, author)]
        url = headline_urls(domain, pick(rng, news.SECTIONS, n), time, slug, rng.integers(0, 10**6, n))
        linked = rng.random(n) < cfg["link_share"]
        tags, suffix = choose_tags(rng, [("Election2026",), ("LakeCounty",), ("BreakingNews",)], 0.2, n)
        text = np.where(linked, kicker + headline + suffix + " " + url, kicker + headline + suffix).astype(object)
        urls = np.empty(n, dtype=object)
        urls[:] = [()] * n
        urls[linked] = object_array((u,) for u in url[linked])
        return text, tags, urls

    return write


def wire_stories(world) -> None:
    """Wire stories: several desks post the same headline and wire link within minutes.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> before = len(world.posts)
    >>> wire_stories(world)
    >>> len(world.posts) > before
    True
    """
    cfg = world.scenario["genuine"]["news_desk"]
    rows = world.members["news_desk"]
    if len(rows) < 2 or cfg["syndicated_per_day"] <= 0:
        return
    rng = world.rng("genuine.news_desk.wire")
    n_stories = rng.poisson(cfg["syndicated_per_day"] * world.period.n_days)
    first_desk = rows[rng.integers(0, len(rows), n_stories)]
    _, first_time = organic_times(world, first_desk, np.ones(n_stories, dtype=np.int64), np.zeros(n_stories, dtype=np.int64), "newsroom", rng)
    headline, slug = _headline(rng, n_stories)
    url = headline_urls(np.full(n_stories, fiction.WIRE_DOMAIN, dtype=object), np.full(n_stories, "wire", dtype=object), first_time, slug, rng.integers(0, 10**6, n_stories))
    desks = np.minimum(len(rows), 1 + rng.poisson(cfg["syndication_desks"] - 1, n_stories))
    ranking = np.argsort(rng.random((n_stories, len(rows))), axis=1)       # a random order of desks per story
    story = np.repeat(np.arange(n_stories), desks)
    rank = np.arange(len(story)) - np.repeat(np.cumsum(desks) - desks, desks)
    author = rows[ranking[story, rank]]
    delay = np.where(rank == 0, 0, np.maximum(1, rng.lognormal(np.log(cfg["syndication_delay_minutes"] * 60), 0.8, len(story)))).astype(np.int64)
    kicker = pick(rng, news.KICKERS, len(story))
    text = kicker + headline[story] + " " + url[story]
    world.posts.add(
        author=author,
        time=first_time[story] + delay,
        text=text,
        lang="en",
        client=client_choice(world, rng, author),
        urls=object_array((u,) for u in url[story]),
    )


# --- Diaspora community notices ---------------------------------------------------------------


def community_notices(world) -> None:
    """Notices re-posted near-identically by several organisations on several days.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> before = len(world.posts)
    >>> community_notices(world)
    >>> len(world.posts) > before
    True
    """
    cfg = world.scenario["genuine"]["diaspora_community"]
    rows = world.members["diaspora_community"]
    if len(rows) == 0:
        return
    rng = world.rng("genuine.diaspora_community.notices")
    weeks = world.period.n_days / 7
    n_notices = rng.poisson(cfg["notices_per_week"] * weeks)
    per_notice = min(len(rows), cfg["notice_accounts"])
    ranking = np.argsort(rng.random((n_notices, len(rows))), axis=1)[:, :per_notice]
    notice = np.repeat(np.arange(n_notices), per_notice * cfg["notice_repeats"])
    author = rows[np.repeat(ranking.ravel(), cfg["notice_repeats"])]
    n = len(notice)
    chinese_notice = rng.random(n_notices) < 0.7
    parts = []
    for zh_bank, en_bank in (
        (chinese.NOTICE_WHAT, chinese.NOTICE_WHAT_EN),
        (chinese.NOTICE_WHEN, chinese.NOTICE_WHEN_EN),
        (chinese.NOTICE_WHERE, chinese.NOTICE_WHERE_EN),
    ):
        index = rng.integers(0, len(zh_bank), n_notices)
        parts.append(np.where(chinese_notice, object_array(zh_bank)[index], object_array(en_bank)[index]))
    close_index = rng.integers(0, len(chinese.NOTICE_CLOSE), n_notices)[notice]
    varied = rng.random(n) < 0.3          # a few re-posts end differently
    close_index = np.where(varied, rng.integers(0, len(chinese.NOTICE_CLOSE), n), close_index)
    zh = chinese_notice[notice]
    close = np.where(zh, object_array(chinese.NOTICE_CLOSE)[close_index], object_array(chinese.NOTICE_CLOSE_EN)[close_index])
    joiner = np.where(zh, "", " ")
    text = (parts[0][notice] + joiner + parts[1][notice] + joiner + parts[2][notice] + close).astype(object)
    week_start = rng.integers(0, max(1, world.period.n_days - 6), n_notices)
    day = week_start[notice] + rng.integers(0, 6, n)
    day_cdf, profile_of_day = world.us_calendar()
    zone = world.accounts.arrays()["zone"][author]
    time = draw_times(rng, world.clock, day, world.rhythm_cdfs("us_waking"), profile_of_day[day], zone)
    world.posts.add(author=author, time=time, text=text, lang=np.where(zh, "zh", "en").astype(object), client=client_choice(world, rng, author))


# --- Fandoms on debate nights -------------------------------------------------------------------


def debate_night(world, stars: np.ndarray, fans: np.ndarray, fan_star: np.ndarray) -> None:
    """Stars live-post each debate; their fans retweet each post within seconds.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> before = len(world.posts)
    >>> debate_night(world, world.members["stars"], world.members["fandom"], world.members["fandom_star"])
    >>> len(world.posts) > before
    True
    """
    cfg = world.scenario["genuine"]["fandom"]
    period_cfg = world.scenario["period"]
    if len(stars) == 0 or len(fans) == 0:
        return
    rng = world.rng("genuine.fandom.debates")
    eastern = world.clock.zone_index("America/New_York")
    start_minute = parse_clock(period_cfg["debate_start"])
    for date in period_cfg["debate_nights"]:
        day = world.period.day_index(date)
        if not 0 <= day < world.period.n_days:
            continue
        n_posts = len(stars) * cfg["debate_posts"]
        star = np.repeat(np.arange(len(stars)), cfg["debate_posts"])
        minute = start_minute - 10 + rng.random(n_posts) * (period_cfg["debate_minutes"] + 20)
        local = world.period.day_start(np.full(n_posts, day)) + (minute * 60).astype(np.int64)
        time = world.clock.to_utc(local, np.full(n_posts, eastern))
        text = compose(rng, english.STAR_DEBATE, n_posts)
        tags, suffix = choose_tags(rng, [("Debate2026",)], 0.4, n_posts)
        posts = world.posts.add(author=stars[star], time=time, text=text + suffix, lang="en", client=client_choice(world, rng, stars[star]), tags=tags)

        order = np.argsort(fan_star, kind="stable")
        per_star = np.bincount(fan_star, minlength=len(stars))
        first_fan = np.cumsum(per_star) - per_star
        pair_post = np.repeat(np.arange(n_posts), per_star[star])
        offset = np.arange(len(pair_post)) - np.repeat(np.cumsum(per_star[star]) - per_star[star], per_star[star])
        pair_fan = order[first_fan[star[pair_post]] + offset]
        keep = rng.random(len(pair_post)) < cfg["debate_retweet_share"]
        pair_post, pair_fan = pair_post[keep], pair_fan[keep]
        delay = np.maximum(1, np.rint(rng.lognormal(np.log(cfg["retweet_delay_seconds"]), cfg["retweet_delay_spread"], len(pair_post)))).astype(np.int64)
        world.posts.add(
            author=fans[pair_fan],
            time=time[pair_post] + delay,
            action=RETWEET,
            target=posts[pair_post],
            client=client_choice(world, rng, fans[pair_fan]),
        )


def star_images(world, stars: np.ndarray) -> np.ndarray:
    """Return the stars' picture hashes (templates for fans' variants).

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> star_images(world, world.members["stars"]).dtype
    dtype('uint64')
    """
    return world.accounts.arrays()["image"][stars] if len(stars) else random_hashes(world.rng("genuine.fandom.stars"), 0)
