"""Typed tables straight from arrays, with exactly the loader's dtypes.

:func:`inauthentic.tables.coerce_table` gives a frame the loader's dtypes by
writing every value as text and parsing it back. That is the reference, but
for a million posts it costs seconds and gigabytes, so the simulator builds
the same dtypes directly here; ``tests/test_simulate.py`` checks that the two
agree (``coerce_table(frame) == frame``) and that a written and re-loaded data
set equals the simulated one.

Examples
--------
>>> import numpy as np
>>> from inauthentic.simulate.frames import typed_frame
>>> from inauthentic.tables import coerce_table
>>> labels = typed_frame({"userid": np.array([7]), "kind": np.array(["spam"], object),
...                       "group": np.array(["commercial_spam"], object), "role": np.array(["none"], object)}, "labels")
>>> labels.equals(coerce_table(labels, "labels"))
True
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..schema import KEYS, TABLES

__all__ = ["typed_frame", "typed_column"]


def typed_column(values: np.ndarray, kind: str) -> pd.Series:
    """Return one column with the dtype the loader gives its ``kind``.

    ``time`` and ``date`` values are UTC seconds; an ``opt_id`` is missing
    where the value is negative; a ``list`` column holds Python lists.

    Examples
    --------
    >>> typed_column(np.array([5, -1]), "opt_id").tolist()
    [5, <NA>]
    """
    if kind in ("id", "count"):
        return pd.Series(np.asarray(values, dtype=np.int64))
    if kind == "opt_id":
        values = np.asarray(values, dtype=np.int64)
        return pd.Series(pd.arrays.IntegerArray(np.where(values < 0, 0, values), mask=values < 0))
    if kind in ("time", "date"):
        seconds = np.asarray(values, dtype=np.int64)
        if kind == "date":
            seconds = seconds - seconds % 86_400
        return pd.Series(seconds.astype("datetime64[s]").astype("datetime64[ns]")).dt.tz_localize("UTC")
    if kind == "bool":
        return pd.Series(np.asarray(values, dtype=bool))
    if kind == "text":
        return pd.Series(np.asarray(values, dtype=object), dtype="str")
    if kind == "category":
        return pd.Series(pd.Categorical(np.asarray(values, dtype=object)))
    if kind == "list":
        return pd.Series(np.asarray(values, dtype=object), dtype=object)
    raise AssertionError(f"unknown column kind {kind!r}")


def typed_frame(columns: dict[str, np.ndarray], table: str) -> pd.DataFrame:
    """Build a table, in schema column order, from one array per column.

    Raises
    ------
    AssertionError
        If the table's key column repeats a value (a simulator bug).

    Examples
    --------
    >>> typed_frame({"userid": np.array([1]), "kind": np.array(["spam"], object), "group": np.array(["x"], object), "role": np.array(["none"], object)}, "labels").dtypes["userid"]
    dtype('int64')
    """
    frame = pd.DataFrame({name: typed_column(columns[name], column.kind) for name, column in TABLES[table].items()})
    key = KEYS[table]
    assert not frame[key].duplicated().any(), f"duplicate {key} in simulated {table}"
    return frame
