"""Posting apps: every account has a main app, and now and then uses another.

Each population has a mix of apps (``fiction.APP_MIXES``; people not listed
there use the phone, web and tablet apps in ``fiction.CLIENTS_GENUINE``).
Once every account exists, :func:`assign_apps` draws each account's main
app from its population's mix; :func:`client_choice` then gives each post
that app, or (``other_share`` of the time) another draw from the same mix.
Operations post from the same apps as the people they imitate, and desk or
scheduling tools are used by social-media managers, news desks, brands and
spam too, so the app alone is not evidence; an app *change* (a bought
account) is.

Examples
--------
>>> from inauthentic.simulate.apps import app_mix
>>> apps, weights = app_mix("fandom")
>>> apps.tolist()
['iPhone App', 'Android App', 'Web App', 'iPad App']
"""

from __future__ import annotations

import numpy as np

from .text import object_array
from .wordbanks import fiction

__all__ = ["app_mix", "assign_apps", "client_choice", "OTHER_APP_SHARE"]

#: Share of an account's posts sent from another app than its main one.
OTHER_APP_SHARE = 0.15


def app_mix(population: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the apps of a population (``group`` or ``group.role``) and their weights (summing to 1).

    Examples
    --------
    >>> apps, weights = app_mix("campaign_a.loudspeaker")
    >>> "Desk Pro" in apps.tolist(), float(weights.sum())
    (True, 1.0)
    """
    mix = fiction.APP_MIXES.get(population)
    if mix is None:
        mix = tuple(zip(fiction.CLIENTS_GENUINE, fiction.CLIENTS_GENUINE_WEIGHTS))
    weights = np.array([weight for _, weight in mix], dtype=float)
    return object_array(app for app, _ in mix), weights / weights.sum()


def _population(groups: np.ndarray, roles: np.ndarray) -> np.ndarray:
    with_role = (groups.astype(str).astype(object) + "." + roles.astype(str).astype(object)).astype(object)
    known = np.isin(with_role, list(fiction.APP_MIXES))
    return np.where(known, with_role, groups).astype(object)


def assign_apps(world) -> np.ndarray:
    """Draw every account's main app from its population's mix and remember it as ``"main_app"``.

    Examples
    --------
    >>> from inauthentic.simulate.world import World
    >>> from inauthentic.simulate.genuine import add_group, profile_block
    >>> world = World.from_name("tiny")
    >>> rows = add_group(world, "ordinary", profile_block(world, "ordinary"))
    >>> len(assign_apps(world)) == len(rows)
    True
    """
    accounts = world.accounts.arrays()
    population = _population(accounts["group"], accounts["role"])
    rng = world.rng("apps.main")
    main = np.empty(len(population), dtype=object)
    for name in sorted(set(population.tolist())):
        chosen = np.flatnonzero(population == name)
        apps, weights = app_mix(name)
        main[chosen] = apps[rng.choice(len(apps), size=len(chosen), p=weights)]
    world.remember("population", population)
    return world.remember("main_app", main)


def client_choice(world, rng: np.random.Generator, author: np.ndarray, other_share: float = OTHER_APP_SHARE) -> np.ndarray:
    """Return the app of each post: the author's main app, or another from its mix ``other_share`` of the time.

    Examples
    --------
    >>> from inauthentic.simulate.assemble import build_world
    >>> world = build_world("tiny")
    >>> apps = client_choice(world, world.rng("doc"), np.array([4, 4, 9]))
    >>> apps.shape, apps[0] in ("iPhone App", "Android App", "Web App", "iPad App", "Desk Pro", "QueuePilot")
    ((3,), True)
    """
    author = np.asarray(author, dtype=np.int64)
    if len(world.members.get("main_app", ())) < len(world.accounts):
        assign_apps(world)  # accounts were added since (only outside a full build, e.g. in examples)
    main = world.members["main_app"][author]
    population = world.members["population"][author]
    result = main.copy()
    other = np.flatnonzero(rng.random(len(author)) < other_share)
    for name in sorted(set(population[other].tolist())):
        chosen = other[population[other] == name]
        apps, weights = app_mix(name)
        result[chosen] = apps[rng.choice(len(apps), size=len(chosen), p=weights)]
    return result
