"""The synthetic platform: simulate a data set with ground truth and decoys.

A *scenario* (a TOML file, see ``defaults.toml`` in this folder) says how many
accounts of each kind to simulate, over which dates, with which tactics. The
simulator plants the fingerprints researchers look for (office-hours clocks,
copypasta, fast co-retweets, creation bursts, generated faces...) in the
campaign accounts, each drawn per account so that no one of them is enough,
and some of them in each group of honest decoys (loud partisans, fans, night
workers, news desks, new accounts, Chinese, Portuguese and Indonesian
speakers...). No app, language, domain or bio word belongs to the campaign
alone (``tests/test_shortcuts.py`` checks).

Same scenario and seed, same bytes, on any machine.

This module can be called like its :func:`simulate` function, so
``inauthentic.simulate("tiny")`` works however the package was imported
(importing the submodule makes ``inauthentic.simulate`` this module).

Examples
--------
>>> from inauthentic.simulate import simulate
>>> data = simulate("tiny")
>>> data
<Dataset 'tiny': ... accounts, ... posts, with its answer key (labels)>
>>> sorted(data.labels["group"].unique())[:3]
['campaign_a', 'chinese_speaking_american', 'commercial_spam']
>>> import inauthentic, inauthentic.simulate
>>> inauthentic.simulate("tiny").name
'tiny'
"""

from __future__ import annotations

import numbers
import os
import sys
import types
from collections.abc import Mapping
from pathlib import Path

from ..tables import Dataset
from ..errors import KitError
from .build import build_shipped, write_dataset
from .scenario import apply_scale, check_fits, load_scenario, resolve_scenario

__all__ = ["simulate", "write_dataset", "build_shipped", "load_scenario"]


def simulate(scenario: str | os.PathLike | Mapping = "classroom", seed: int | None = None) -> Dataset:
    """Simulate a data set from a scenario.

    Parameters
    ----------
    scenario : str, path or dict, default ``"classroom"``
        A scenario name (``"tiny"``, ``"classroom"``, ``"capstone"``,
        ``"million"``), the path of a ``.toml`` scenario file, or a dict of
        settings (laid over the defaults; may say ``"extends": "classroom"``).
    seed : int, optional
        Replaces the scenario's own seed (e.g. a private seed for a graded
        capstone).

    Returns
    -------
    Dataset
        ``accounts``, ``posts`` and ``labels``, with exactly the dtypes
        :func:`inauthentic.load_dataset` gives.

    Raises
    ------
    KitError
        For an unknown scenario, a misspelt setting or a bad seed.

    Examples
    --------
    >>> small = simulate({"extends": "tiny", "scale": 0.05}, seed=3)
    >>> len(small.accounts) < len(simulate("tiny").accounts)
    True
    >>> simulate("tiny", seed=-1)
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The seed should be a whole number of zero or more, not -1.
    """
    from .assemble import build

    resolved = resolve_scenario(Path(scenario) if isinstance(scenario, os.PathLike) else scenario)
    if seed is not None:
        if isinstance(seed, bool) or not isinstance(seed, numbers.Integral) or seed < 0:
            raise KitError(f"The seed should be a whole number of zero or more, not {seed!r}.")
        resolved["seed"] = int(seed)
    scaled = apply_scale(resolved)
    check_fits(scaled, f"'{scaled['name']}'")
    return build(scaled)


class _CallableModule(types.ModuleType):
    """This module's type: calling the module calls :func:`simulate`."""

    def __call__(self, scenario: str | os.PathLike | Mapping = "classroom", seed: int | None = None) -> Dataset:
        return simulate(scenario, seed)


sys.modules[__name__].__class__ = _CallableModule
