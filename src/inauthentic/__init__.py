"""Inauthentic: a teaching kit for spotting coordinated fake-account networks.

The package carries the machinery the lessons would otherwise be distracted
by: a synthetic social platform with ground truth (:mod:`inauthentic.simulate`),
a loader (:func:`load_dataset`), per-account signals
(:mod:`inauthentic.signals`), co-action networks
(:mod:`inauthentic.coordination`), scoring against the answer key
(:mod:`inauthentic.evaluate`), plots (:mod:`inauthentic.plots`) and widgets
(:mod:`inauthentic.widgets`).

Importing the package does no work: submodules load when first used.

Examples
--------
>>> import inauthentic
>>> inauthentic.load_dataset("tiny").posts.columns[:3].tolist()
['tweetid', 'userid', 'tweet_time']
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_LAZY = {
    "load_dataset": ("inauthentic.datasets", "load_dataset"),
    "Dataset": ("inauthentic.datasets", "Dataset"),
    "KitError": ("inauthentic.errors", "KitError"),
    "write_dataset": ("inauthentic.simulate", "write_dataset"),
}
# ``simulate`` is a submodule that can be called like its function (see
# inauthentic.simulate), so ``inauthentic.simulate(...)`` works however the
# package was imported.
_SUBMODULES = ("signals", "coordination", "evaluate", "plots", "widgets", "simulate", "datasets", "schema", "tables", "errors", "archive")

__all__ = sorted(_LAZY) + list(_SUBMODULES)


def __getattr__(name: str):
    if name in _LAZY:
        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    if name in _SUBMODULES:
        return importlib.import_module(f"inauthentic.{name}")
    raise AttributeError(f"module 'inauthentic' has no attribute '{name}'")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
