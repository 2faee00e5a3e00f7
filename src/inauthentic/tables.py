"""Reading, writing and type-checking the kit's three tables.

One parser serves both the loader and the simulator, so a table has the same
dtypes whether it was just simulated or read back from CSV. See
:mod:`inauthentic.schema` for the columns and how each kind is stored.

Examples
--------
>>> import pandas as pd
>>> from inauthentic.tables import parse_table, format_table
>>> raw = pd.DataFrame({"userid": ["7"], "kind": ["campaign"], "group": ["campaign_a"], "role": ["seed"]})
>>> labels = parse_table(raw, "labels", source="labels.csv")
>>> labels.dtypes["kind"]
CategoricalDtype(categories=['campaign'], ordered=False, categories_dtype=...)
>>> format_table(labels, "labels").iloc[0].tolist()
['7', 'campaign', 'campaign_a', 'seed']
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import KitError, did_you_mean, quoted_list
from .schema import KEYS, TABLES

__all__ = ["Dataset", "TABLE_FILES", "parse_table", "coerce_table", "format_table", "read_table", "write_table"]

#: File name of each table inside a data-set folder.
TABLE_FILES = {"accounts": "accounts.csv", "posts": "posts.csv", "labels": "labels.csv"}

#: What a message about a bad file suggests, unless the caller knows better.
REGENERATE = "regenerate the data set with 'python -m inauthentic generate'"

_LARGEST_ID = str(np.iinfo(np.int64).max)

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
DATE_FORMAT = "%Y-%m-%d"
_LIST_PATTERN = r"^\[[^\[\]]*\]$"
_LIST_ITEM = r"[^\[\],\s]+"
_EXPECTED = {
    "id": "a whole number such as 1456789012345678901",
    "opt_id": "a whole number, or nothing",
    "count": "a whole number of zero or more",
    "time": "a UTC time such as '2026-09-01 13:45:02'",
    "date": "a date such as '2026-09-01'",
    "bool": "True or False",
    "list": "a list such as '[tag1, tag2]' or '[]'",
    "too_big": f"a whole number of at most {_LARGEST_ID} (the largest id the kit can hold)",
}


@dataclass
class Dataset:
    """The three tables of one data set.

    Attributes
    ----------
    accounts : DataFrame
        One row per account (``userid``).
    posts : DataFrame
        One row per post (``tweetid``).
    labels : DataFrame or None
        The answer key (``userid, kind, group, role``), or ``None`` for a
        copy handed out without it.
    name : str
        A short name for messages.
    folder : Path or None
        Where it was read from, if it was read from disk.

    Examples
    --------
    >>> Dataset(pd.DataFrame({"userid": [1]}), pd.DataFrame({"tweetid": [2]}), name="two rows")
    <Dataset 'two rows': 1 accounts, 1 posts, without labels>
    """

    accounts: pd.DataFrame
    posts: pd.DataFrame
    labels: pd.DataFrame | None = None
    name: str = "data set"
    folder: Path | None = field(default=None, repr=False)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables present, by name.

        Examples
        --------
        >>> Dataset(pd.DataFrame(), pd.DataFrame()).tables().keys()
        dict_keys(['accounts', 'posts'])
        """
        found = {"accounts": self.accounts, "posts": self.posts}
        if self.labels is not None:
            found["labels"] = self.labels
        return found

    def __repr__(self) -> str:
        key = "with its answer key (labels)" if self.labels is not None else "without labels"
        return f"<Dataset '{self.name}': {len(self.accounts):,} accounts, {len(self.posts):,} posts, {key}>"


def _bad_value(source: str, column: str, kind: str, raw: pd.Series, bad: pd.Series, fix: str = REGENERATE) -> KitError:
    position = int(np.flatnonzero(bad.to_numpy())[0])
    value = raw.iloc[position]
    count = int(bad.sum())
    others = f" ({count - 1} more rows have the same problem)" if count > 1 else ""
    return KitError(
        f"In {source}, column '{column}', row {position + 1} (line {position + 2} of the file) "
        f"holds {value!r}, but it should be {_EXPECTED[kind]}{others}. Fix the value, or {fix}."
    )


def _parse_column(raw: pd.Series, kind: str, source: str, column: str, fix: str = REGENERATE) -> pd.Series:
    if kind == "text":
        return raw.astype(str)
    if kind == "category":
        return raw.astype("category")
    if kind in ("id", "count", "opt_id"):
        empty = raw == ""
        if kind != "opt_id" and empty.any():
            raise _bad_value(source, column, kind, raw, empty, fix)
        digits = raw.str.fullmatch(r"\d{1,19}") | empty
        if not digits.all():
            raise _bad_value(source, column, kind, raw, ~digits, fix)
        try:
            # Through Python ints, never float64, so 19-digit ids stay exact.
            values = raw.where(~empty, "0").to_numpy(dtype=object).astype(np.int64)
        except OverflowError:
            # Same-length digit strings compare like the numbers they spell.
            too_big = (raw.str.len() == len(_LARGEST_ID)) & (raw > _LARGEST_ID)
            raise _bad_value(source, column, "too_big", raw, too_big, fix) from None
        if kind == "opt_id":
            return pd.Series(pd.arrays.IntegerArray(values, mask=empty.to_numpy()), index=raw.index)
        return pd.Series(values, index=raw.index)
    if kind in ("time", "date"):
        fmt = TIME_FORMAT if kind == "time" else DATE_FORMAT
        parsed = pd.to_datetime(raw, format=fmt, errors="coerce", utc=True)
        bad = parsed.isna()
        if bad.any():
            raise _bad_value(source, column, kind, raw, bad, fix)
        return parsed.astype("datetime64[ns, UTC]")
    if kind == "bool":
        ok = raw.isin(["True", "False"])
        if not ok.all():
            raise _bad_value(source, column, kind, raw, ~ok, fix)
        return raw == "True"
    if kind == "list":
        ok = raw.str.match(_LIST_PATTERN)
        if not ok.all():
            raise _bad_value(source, column, kind, raw, ~ok, fix)
        return raw.str.findall(_LIST_ITEM)
    raise AssertionError(f"unknown column kind {kind!r}")


def _check_columns(columns: list[str], table: str, source: str) -> None:
    expected = list(TABLES[table])
    missing = [name for name in expected if name not in columns]
    if missing:
        extra = [name for name in columns if name not in expected]
        hints = "".join(did_you_mean(name, extra) for name in missing[:1]) if extra else ""
        raise KitError(
            f"{source} has no column {quoted_list(missing)}, which the {table} table needs."
            f"{hints} The columns it should have are: {', '.join(expected)}."
        )


def _check_unique_key(frame: pd.DataFrame, table: str, source: str) -> None:
    key = KEYS[table]
    duplicated = frame[key].duplicated()
    if duplicated.any():
        value = frame[key][duplicated].iloc[0]
        raise KitError(
            f"In {source}, {key} {value} appears more than once ({int(duplicated.sum())} repeats); "
            f"each {key} must be on one row only. Remove the repeated rows."
        )


def parse_table(raw: pd.DataFrame, table: str, source: str, fix: str = REGENERATE) -> pd.DataFrame:
    """Turn a table of strings (as read from CSV) into properly typed columns.

    Parameters
    ----------
    raw : DataFrame
        Every cell a ``str``; missing values as ``""``.
    table : {'accounts', 'posts', 'labels'}
        Which table it is.
    source : str
        Where it came from, for error messages (usually the file path).
    fix : str, optional
        What a message about a malformed value suggests, after "Fix the
        value, or" (by default: regenerate the data set).

    Returns
    -------
    DataFrame
        The table's columns in schema order, with the schema's dtypes.

    Raises
    ------
    KitError
        If a column is missing, a value is malformed or a key is repeated.

    Examples
    --------
    >>> raw = pd.DataFrame({"userid": ["7"], "kind": ["genuine"], "group": ["x"], "role": ["none"]})
    >>> parse_table(raw, "labels", "labels.csv").userid.dtype
    dtype('int64')
    >>> parse_table(raw.rename(columns={"kind": "knd"}), "labels", "labels.csv")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: labels.csv has no column 'kind', which the labels table needs. Did you mean 'knd'? ...
    """
    _check_columns(list(raw.columns), table, source)
    typed = pd.DataFrame(
        {
            name: _parse_column(raw[name].reset_index(drop=True), column.kind, source, name, fix)
            for name, column in TABLES[table].items()
        }
    )
    _check_unique_key(typed, table, source)
    return typed


def coerce_table(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Give an in-memory table exactly the dtypes a loaded table has.

    The simulator calls this on what it builds, so that ``simulate()`` and
    ``load_dataset()`` hand learners identical frames.

    Examples
    --------
    >>> frame = pd.DataFrame({"userid": [7], "kind": ["spam"], "group": ["spam"], "role": ["none"]})
    >>> coerce_table(frame, "labels").kind.dtype.name
    'category'
    """
    return parse_table(format_table(frame, table), table, source=f"the simulated {table} table")


@functools.lru_cache(maxsize=1)
def _clock_strings() -> np.ndarray:
    """``'00:00:00'`` ... ``'23:59:59'``, indexed by second of the day."""
    second = np.arange(86_400)
    hours, minutes, seconds = second // 3600, second // 60 % 60, second % 60
    return np.array([f"{h:02d}:{m:02d}:{s:02d}" for h, m, s in zip(hours, minutes, seconds)], dtype=object)


def _format_times(times: pd.Series) -> pd.Series:
    """Format UTC times as ``YYYY-MM-DD HH:MM:SS``, fast for millions of rows.

    Each distinct day is formatted once and each second of the day comes from
    a table, which is several times quicker than ``Series.dt.strftime``.

    Examples
    --------
    >>> _format_times(pd.Series(pd.to_datetime(["2026-09-01 13:45:02.7"], utc=True))).tolist()
    ['2026-09-01 13:45:02']
    """
    seconds = times.dt.tz_convert("UTC").dt.floor("s").dt.as_unit("s").array.asi8
    days, second_of_day = np.divmod(seconds, 86_400)
    distinct_days, day_index = np.unique(days, return_inverse=True)
    day_strings = pd.to_datetime(distinct_days * 86_400, unit="s").strftime("%Y-%m-%d ").to_numpy(dtype=object)
    return pd.Series(day_strings[day_index] + _clock_strings()[second_of_day], index=times.index)


def _format_column(values: pd.Series, kind: str) -> pd.Series:
    if kind in ("text", "category"):
        return values.astype(str)
    if kind in ("id", "count"):
        return values.astype(np.int64).astype(str)
    if kind == "opt_id":
        as_int = values.astype("Int64")
        return as_int.astype(str).where(as_int.notna(), "")
    if kind in ("time", "date"):
        times = pd.to_datetime(values, utc=True)
        return _format_times(times) if kind == "time" else times.dt.strftime(DATE_FORMAT)
    if kind == "bool":
        return values.astype(bool).map({True: "True", False: "False"})
    if kind == "list":
        return "[" + values.str.join(", ") + "]"
    raise AssertionError(f"unknown column kind {kind!r}")


def format_table(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Turn a typed table into the strings that go into its CSV file.

    Examples
    --------
    >>> frame = pd.DataFrame({"userid": [7], "kind": ["spam"], "group": ["spam"], "role": ["none"]})
    >>> format_table(frame, "labels").to_dict("records")
    [{'userid': '7', 'kind': 'spam', 'group': 'spam', 'role': 'none'}]
    """
    _check_columns(list(frame.columns), table, f"The {table} table")
    return pd.DataFrame(
        {
            name: _format_column(frame[name].reset_index(drop=True), column.kind).astype(object)
            for name, column in TABLES[table].items()
        }
    )


def read_table(path: str | Path, table: str, content: bytes | None = None, fix: str = REGENERATE) -> pd.DataFrame:
    """Read one table's CSV file and return it typed.

    Parameters
    ----------
    path : str or Path
        The CSV file (named in messages).
    table : {'accounts', 'posts', 'labels'}
        Which table it is.
    content : bytes, optional
        The file's bytes, already read (the loader reads a shipped file once
        to check its checksum and parses those same bytes).
    fix : str, optional
        What a message suggests doing about a bad file.

    Raises
    ------
    KitError
        For a missing, empty, malformed or non-UTF-8 file, or a bad value.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> frame = pd.DataFrame({"userid": [7], "kind": ["spam"], "group": ["spam"], "role": ["none"]})
    >>> write_table(frame, folder / "labels.csv", "labels")
    >>> read_table(folder / "labels.csv", "labels").kind.tolist()
    ['spam']
    >>> _ = (folder / "labels.csv").write_bytes("userid,kind,group,role\\n7,spam,caf\xe9,none\\n".encode("latin-1"))
    >>> read_table(folder / "labels.csv", "labels")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: .../labels.csv is not UTF-8 text: line 2 holds the byte 0xe9, ...
    """
    path = Path(path)
    if content is None:
        if not path.is_file():
            raise KitError(f"There is no file {path}. Check the folder name, or {fix}.")
        content = path.read_bytes()
    try:
        raw = pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    except UnicodeDecodeError:
        raise _not_utf8(path, content, fix) from None
    except pd.errors.ParserError as problem:
        raise KitError(f"{path} is not a well-formed CSV file ({problem}). Fix the file, or {fix}.") from problem
    except pd.errors.EmptyDataError as problem:
        raise KitError(f"{path} is empty. {fix[0].upper()}{fix[1:]}.") from problem
    return parse_table(raw, table, source=str(path), fix=fix)


def _not_utf8(path: Path, content: bytes, fix: str) -> KitError:
    """Say where a file stops being UTF-8, and what probably happened."""
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as problem:
        line = content.count(b"\n", 0, problem.start) + 1
        byte = content[problem.start]
    else:  # pandas found a problem that Python's decoder does not: name the file only
        line, byte = None, None
    where = f"line {line} holds the byte 0x{byte:02x}, " if line is not None else ""
    return KitError(
        f"{path} is not UTF-8 text: {where}which is how a spreadsheet program writes it when it saves in "
        f"another encoding (such as Latin-1 or Windows-1252). Save it again as 'CSV UTF-8', or {fix}."
    )


def write_table(frame: pd.DataFrame, path: str | Path, table: str) -> None:
    """Write a table to CSV in the kit's exact, byte-reproducible format.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "labels.csv"
    >>> write_table(pd.DataFrame({"userid": [7], "kind": ["spam"], "group": ["spam"], "role": ["none"]}), target, "labels")
    >>> target.read_text()
    'userid,kind,group,role\\n7,spam,spam,none\\n'
    """
    text = format_table(frame, table)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(text.columns)
        writer.writerows(zip(*(text[column].tolist() for column in text.columns)))
