"""The Twitter/X Information Operations archive's own file layout, read and written.

A release of the archive is a folder with one users file and one or more
tweets files, named after the release::

    fictional_102026_users_csv_hashed.csv
    fictional_102026_tweets_csv_hashed_1.zip
    fictional_102026_tweets_csv_hashed_2.zip

Its files differ from the kit's ``accounts.csv`` and ``posts.csv`` in ways a
loader has to know about, and :func:`read_archive` handles each of them:

* ``tweet_time`` is given to the minute (``2026-09-29 08:05``), not the second;
* ``account_creation_date`` is a date only;
* ``is_retweet`` is the text ``True`` or ``False`` (older files write ``true``);
* list columns (``hashtags``, ``urls``, ``user_mentions``) are strings such as
  ``[tag1, tag2]`` or ``['tag1', 'tag2']``, and may be empty;
* accounts with few followers have *hashed* ids, strings such as
  ``'lK8pX0...Q='`` instead of numbers, and their handle and display name
  are the same hash;
* there is no profile-picture fingerprint (the kit's ``profile_image_hash``);
* there are columns the kit does not use (``user_profile_url``,
  ``quote_count``, ``latitude``...). They are kept, after the kit's columns.

The kit's signals need whole-number ids, so every hashed id is given a stable
code: a whole number of at least ``2**62`` (4.6 quintillion, far above any id
the platform has handed out) worked out from the hash alone, so the same
account gets the same code in every file and every release that shares the
hash. The text the archive wrote is kept next to it, in ``userid_archive``
(and ``retweet_userid_archive``, ``in_reply_to_userid_archive``).

:func:`write_archive` writes any data set in that layout (the kit ships a
fictional sample made that way, see :func:`write_sample`), and
``inauthentic.load_dataset(folder)`` reads such a folder through
:func:`read_archive`.

Examples
--------
>>> from inauthentic import load_dataset
>>> data = load_dataset(sample_folder())
>>> data.labels is None
True
>>> data.posts.tweet_time.dt.second.unique().tolist()
[0]
>>> bool((data.accounts.userid >= HASHED_ID_BASE).any()), data.accounts.userid.dtype
(True, dtype('int64'))
"""

from __future__ import annotations

import base64
import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import KitError
from .schema import TABLES
from .shipped import datasets_root
from .tables import Dataset, format_table, parse_table

__all__ = [
    "ArchiveFiles",
    "HASHED_ID_BASE",
    "HASH_BELOW_FOLLOWERS",
    "find_archive_files",
    "is_archive_folder",
    "read_archive",
    "hashed_id_codes",
    "parse_archive_lists",
    "write_archive",
    "sample_folder",
]

#: Hashed ids become codes from here up to ``2**63 - 1``.
HASHED_ID_BASE = 2**62

#: The archive hashes the ids of accounts with fewer followers than this.
HASH_BELOW_FOLLOWERS = 5000

#: The columns of a users file, in the archive's order.
USERS_COLUMNS = [
    "userid",
    "user_display_name",
    "user_screen_name",
    "user_reported_location",
    "user_profile_description",
    "user_profile_url",
    "follower_count",
    "following_count",
    "account_creation_date",
    "account_language",
]

#: The columns of a tweets file, in the archive's order (profile fields repeated per row).
TWEETS_COLUMNS = [
    "tweetid",
    *USERS_COLUMNS,
    "tweet_language",
    "tweet_text",
    "tweet_time",
    "tweet_client_name",
    "in_reply_to_userid",
    "in_reply_to_tweetid",
    "quoted_tweet_tweetid",
    "is_retweet",
    "retweet_userid",
    "retweet_tweetid",
    "latitude",
    "longitude",
    "quote_count",
    "reply_count",
    "like_count",
    "retweet_count",
    "hashtags",
    "urls",
    "user_mentions",
    "poll_choices",
]

_NAME = r"(?P<release>.+?)_(?P<table>users|tweets)_csv_(?P<hashing>hashed|unhashed)(?:_(?P<part>[^.]+))?\.(?:csv|csv\.gz|zip)"
_FILE_NAME = re.compile(_NAME, re.IGNORECASE)
_USER_ID_COLUMNS = {"accounts": ["userid"], "posts": ["userid", "retweet_userid", "in_reply_to_userid"]}
_HASHED = r"[A-Za-z0-9+/=_-]{16,}"
_LIST_COLUMNS = ("hashtags", "urls", "user_mentions")
_LIST_ITEM = r"[^\[\],\s]+"
_KIT_ADVICE = "regenerate the data set with 'python -m inauthentic generate'"
_COUNT_EXTRAS = ("quote_count", "reply_count")
_SAMPLE_RELEASE = "fictional_102026"


@dataclass(frozen=True)
class ArchiveFiles:
    """The files of one release: its users file and its tweets files, in order."""

    release: str
    users: Path
    tweets: tuple[Path, ...]


def _part_key(path: Path) -> tuple:
    part = _FILE_NAME.fullmatch(path.name).group("part") or ""
    return tuple(int(piece) if piece.isdigit() else piece for piece in re.split(r"(\d+)", part))


def find_archive_files(folder: str | Path) -> ArchiveFiles | None:
    """Return the archive files in ``folder``, or ``None`` if it holds none.

    Tweets files are put in the order of their number (``_2`` before
    ``_10``), or of the year or part the release names them by.

    Raises
    ------
    KitError
        If the folder holds archive files but not exactly one users file, or
        no tweets file, or files of two releases.

    Examples
    --------
    >>> files = find_archive_files(sample_folder())
    >>> files.users.name, [path.name for path in files.tweets]
    ('fictional_102026_users_csv_hashed.csv', ['fictional_102026_tweets_csv_hashed_1.zip', 'fictional_102026_tweets_csv_hashed_2.zip'])
    >>> find_archive_files(".") is None
    True
    """
    folder = Path(folder)
    found = sorted(p for p in folder.iterdir() if p.is_file() and _FILE_NAME.fullmatch(p.name)) if folder.is_dir() else []
    if not found:
        return None
    releases = sorted({_FILE_NAME.fullmatch(p.name).group("release") for p in found})
    if len(releases) > 1:
        raise KitError(
            f"The folder {folder} holds files of several archive releases ({', '.join(releases)}). "
            f"Put each release in a folder of its own and load one at a time."
        )
    users = [p for p in found if _FILE_NAME.fullmatch(p.name).group("table").lower() == "users"]
    tweets = [p for p in found if _FILE_NAME.fullmatch(p.name).group("table").lower() == "tweets"]
    if len(users) != 1 or not tweets:
        names = ", ".join(p.name for p in found)
        raise KitError(
            f"The folder {folder} looks like an Information Operations archive release ({names}), but a "
            f"release needs exactly one users file (…_users_csv_hashed.csv or .zip) and at least one tweets "
            f"file (…_tweets_csv_hashed.csv, …_1.zip, …); it has {len(users)} users file(s) and "
            f"{len(tweets)} tweets file(s). Download the missing file from the same release."
        )
    return ArchiveFiles(releases[0], users[0], tuple(sorted(tweets, key=_part_key)))


def is_archive_folder(folder: str | Path) -> bool:
    """True if ``folder`` holds files named the archive's way (and no ``posts.csv``).

    Examples
    --------
    >>> is_archive_folder(sample_folder()), is_archive_folder(".")
    (True, False)
    """
    folder = Path(folder)
    if not folder.is_dir() or (folder / "posts.csv").is_file():
        return False
    return any(_FILE_NAME.fullmatch(p.name) for p in folder.iterdir())


def _read_raw(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, zipfile.BadZipFile, UnicodeDecodeError, ValueError) as problem:
        raise KitError(
            f"{path} could not be read as the archive's CSV ({problem}). A .zip file should hold one CSV "
            f"file; download it again if it is damaged."
        ) from problem
    except pd.errors.EmptyDataError as problem:
        raise KitError(f"{path} is empty. Download it again from the same release.") from problem


def _first_bad(source: Path, column: str, raw: pd.Series, bad: pd.Series, expected: str) -> KitError:
    position = int(np.flatnonzero(bad.to_numpy())[0])
    others = int(bad.sum()) - 1
    more = f" ({others} more rows have the same problem)" if others else ""
    return KitError(
        f"In {source}, column '{column}', row {position + 1} (line {position + 2} of the file) holds "
        f"{raw.iloc[position]!r}, but the archive writes {expected} there{more}. Check that the file "
        f"was not re-saved by a spreadsheet program, or download it again."
    )


def hashed_id_codes(ids: pd.Series, source: str = "the ids", column: str = "userid") -> pd.Series:
    """Replace hashed account ids by stable whole-number codes (as text); keep numeric ids.

    A hashed id (16 or more letters, digits, ``+/=_-``) becomes
    ``HASHED_ID_BASE`` plus the first 62 bits of its SHA-256: the same hash
    always gets the same code. Empty cells stay empty.

    Raises
    ------
    KitError
        For an id that is neither a whole number nor a hash (a spreadsheet's
        ``1.23E+18``, say), or if two different ids would get one code.

    Examples
    --------
    >>> hashed_id_codes(pd.Series(["12345", "", "lK8pX0aZ3+Yq/wT7uVb2Q1s=", "lK8pX0aZ3+Yq/wT7uVb2Q1s="])).tolist()
    ['12345', '', '5743045192965192360', '5743045192965192360']
    >>> hashed_id_codes(pd.Series(["1.23E+18"]), "tweets.csv")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: In tweets.csv, column 'userid', row 1 (line 2 of the file) holds '1.23E+18', but the archive writes ...
    """
    rows, distinct = _distinct(ids)  # an account's id repeats on every tweet: check each once
    numeric = distinct.str.fullmatch(r"\d{1,19}")
    hashed = distinct.str.fullmatch(_HASHED) & ~numeric
    bad = ~(numeric | hashed | (distinct == ""))
    if bad.any():
        raise _first_bad(source, column, ids, _spread(bad, rows, ids), "a whole-number id or a hashed id (16 or more letters and digits)")
    codes = {value: str(HASHED_ID_BASE + (int.from_bytes(hashlib.sha256(value.encode()).digest()[:8], "big") >> 2)) for value in distinct[hashed]}
    if len(set(codes.values())) < len(codes):
        raise KitError(f"In {source}, two different hashed ids in '{column}' got the same code; please report this.")
    return _spread(distinct.where(~hashed, distinct[hashed].map(codes)), rows, ids)


def _distinct(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Each row's position among the distinct values, and the distinct values (as text)."""
    rows, distinct = pd.factorize(values)
    return rows, pd.Series(distinct, dtype=str)


def _spread(per_distinct: pd.Series, rows: np.ndarray, like: pd.Series) -> pd.Series:
    """Give every row the result computed for its distinct value."""
    return pd.Series(per_distinct.to_numpy()[rows], index=like.index)


def parse_archive_lists(raw: pd.Series, source: str = "the file", column: str = "hashtags") -> pd.Series:
    """Turn the archive's list strings into Python lists of strings.

    Accepts ``[a, b]``, ``['a', 'b']``, ``["a", "b"]``, ``[]`` and an empty
    cell (no items).

    Examples
    --------
    >>> parse_archive_lists(pd.Series(["['Vote', 'Now']", "[Vote, Now]", "[]", ""])).tolist()
    [['Vote', 'Now'], ['Vote', 'Now'], [], []]
    >>> parse_archive_lists(pd.Series(["Vote, Now"]), "tweets.csv")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: In tweets.csv, column 'hashtags', row 1 (line 2 of the file) holds 'Vote, Now', but the archive writes a list such as '[tag1, tag2]' or "['tag1', 'tag2']" there. ...
    """
    return _list_text(raw, source, column).str.findall(_LIST_ITEM).astype(object)


def _list_text(raw: pd.Series, source: str, column: str) -> pd.Series:
    """Check the archive's list strings and return them without quotes: ``[a, b]``."""
    rows, distinct = _distinct(raw)  # few distinct hashtag lists: check and unquote each once
    text = distinct.str.strip()
    ok = text.str.fullmatch(r"\[[^\[\]]*\]") | (text == "")
    if not ok.all():
        raise _first_bad(source, column, raw, _spread(~ok, rows, raw), "a list such as '[tag1, tag2]' or \"['tag1', 'tag2']\"")
    unquoted = text.str.replace(r"['\"]", "", regex=True).str.findall(_LIST_ITEM).str.join(", ")
    return _spread("[" + unquoted + "]", rows, raw)


def _normalise_times(raw: pd.Series, source: Path) -> pd.Series:
    ok = raw.str.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?")
    if not ok.all():
        raise _first_bad(source, "tweet_time", raw, ~ok, "a UTC time to the minute such as '2026-09-29 08:05'")
    return raw.where(raw.str.len() > 16, raw + ":00")


def _normalise_bools(raw: pd.Series, source: Path, column: str) -> pd.Series:
    lower = raw.str.strip().str.lower()
    ok = lower.isin(["true", "false"])
    if not ok.all():
        raise _first_bad(source, column, raw, ~ok, "True or False")
    return lower.map({"true": "True", "false": "False"})


def _kit_text(raw: pd.DataFrame, table: str, source: Path) -> pd.DataFrame:
    """The archive's strings rewritten in the kit's CSV format, for :func:`parse_table`."""
    text = raw.copy()
    for column in _USER_ID_COLUMNS[table]:
        text[column] = hashed_id_codes(raw[column], source, column)
    if table == "accounts":
        if "profile_image_hash" not in text:
            text["profile_image_hash"] = ""  # the archive has no picture fingerprints
        return text
    text["tweet_time"] = _normalise_times(raw["tweet_time"], source)
    text["is_retweet"] = _normalise_bools(raw["is_retweet"], source, "is_retweet")
    for column in ("hashtags", "urls"):
        text[column] = _list_text(raw[column], source, column)
    return text


def _extras(raw: pd.DataFrame, table: str, source: Path, skip: set[str]) -> pd.DataFrame:
    """The columns the kit does not use, kept (lists and counts typed, the rest as text)."""
    kept = {}
    for column in _USER_ID_COLUMNS[table]:
        kept[f"{column}_archive"] = raw[column].astype(str)
    for column in raw.columns:
        if column in TABLES[table] or column in skip:
            continue
        values = raw[column]
        if column in _LIST_COLUMNS:
            kept[column] = parse_archive_lists(values, source, column)
        elif column in _COUNT_EXTRAS:
            ok = values.str.fullmatch(r"\d+") | (values == "")
            if not ok.all():
                raise _first_bad(source, column, values, ~ok, "a whole number of zero or more, or nothing")
            kept[column] = pd.to_numeric(values.where(values != "", None)).astype("Int64")
        else:
            kept[column] = values.astype(str)
    return pd.DataFrame(kept, index=raw.index)


def _read_table(path: Path, table: str, skip: set[str] = frozenset()) -> pd.DataFrame:
    raw = _read_raw(path)
    missing = [c for c in TABLES[table] if c not in raw.columns and c != "profile_image_hash"]
    if missing:
        raise KitError(
            f"{path} has no column {', '.join(repr(c) for c in missing)}, which the kit's {table} table needs. "
            f"Its columns are: {', '.join(raw.columns)}. Is this a file of the Information Operations archive?"
        )
    try:
        typed = parse_table(_kit_text(raw, table, path), table, source=str(path))
    except KitError as problem:  # the kit's own advice (regenerate) does not fit a downloaded file
        raise KitError(str(problem).replace(_KIT_ADVICE, "download the file again")) from None
    return pd.concat([typed, _extras(raw, table, path, skip).reset_index(drop=True)], axis=1)


def read_archive(folder: str | Path, name: str | None = None):
    """Read a release of the Information Operations archive into the kit's tables.

    Parameters
    ----------
    folder : str or Path
        The folder with the release's users file and tweets file(s), as
        downloaded (zipped or not).
    name : str, optional
        A short name for messages; the release name by default.

    Returns
    -------
    Dataset
        ``accounts`` from the users file and ``posts`` from the tweets files,
        with the kit's columns and dtypes first and the archive's other
        columns after them; ``labels`` is ``None``: a real release has no
        answer key. The profile fields the tweets files repeat on every row
        are the users file's, so they are not repeated in ``posts``.

    Raises
    ------
    KitError
        For a missing file or column, a malformed value (the message names
        the file, column, row and value), a tweet id repeated across files,
        or a tweet whose author is not in the users file.

    Examples
    --------
    >>> data = read_archive(sample_folder())
    >>> data
    <Dataset 'fictional_102026': ... accounts, ... posts, without labels>
    >>> data.posts[["hashtags", "quote_count", "user_mentions"]].dtypes.tolist()
    [dtype('O'), Int64Dtype(), dtype('O')]
    """
    files = find_archive_files(folder)
    if files is None:
        raise KitError(
            f"The folder {folder} holds no file named the archive's way (such as "
            f"'…_users_csv_hashed.csv' and '…_tweets_csv_hashed.zip'). Check the folder, or use load_dataset for the kit's own CSV files."
        )
    accounts = _read_table(files.users, "accounts")
    account_copies = set(USERS_COLUMNS) - {"userid"}
    posts = pd.concat([_read_table(path, "posts", account_copies) for path in files.tweets], ignore_index=True)
    repeated = posts["tweetid"].duplicated()
    if repeated.any():
        raise KitError(
            f"Tweet {posts['tweetid'][repeated].iloc[0]} appears in more than one of {', '.join(p.name for p in files.tweets)} "
            f"({int(repeated.sum())} repeats). Each tweet should be in one tweets file only: remove the copy."
        )
    unknown = ~posts["userid"].isin(accounts["userid"])
    if unknown.any():
        raise KitError(
            f"{int(unknown.sum())} tweets are by accounts missing from {files.users.name}, the first by "
            f"{posts['userid_archive'][unknown].iloc[0]!r}. Use the users file of the same release."
        )
    return Dataset(accounts=accounts, posts=posts, labels=None, name=name or files.release, folder=Path(folder))


# --------------------------------------------------------------------------- writing


def _hash_text(values: pd.Series, salt: str) -> pd.Series:
    digests = {value: base64.b64encode(hashlib.sha256(f"{salt}{value}".encode()).digest()).decode() for value in pd.unique(values)}
    return values.map(digests)


def _archive_ids(ids: pd.Series, hashed_ids: dict[int, str]) -> pd.Series:
    """Account ids as the archive writes them: the hash for a hashed account, digits otherwise, '' if none."""
    as_int = ids.astype("Int64")
    digits = as_int.astype(str).where(as_int.notna(), "")
    hashes = as_int.map(hashed_ids)
    return hashes.where(hashes.notna(), digits).astype(str)


def _archive_list(values: pd.Series) -> pd.Series:
    """Lists written as the archive's strings: ``['a', 'b']``, or ``[]``."""
    joined = values.str.join("', '")
    return ("['" + joined + "']").where(joined != "", "[]")


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
    if path.suffix != ".zip":
        path.write_bytes(data)
        return
    member = zipfile.ZipInfo(path.with_suffix(".csv").name, date_time=(2026, 10, 15, 0, 0, 0))
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o644 << 16
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(member, data, compresslevel=9)


def write_archive(data, folder: str | Path, release: str = _SAMPLE_RELEASE, parts: int = 2, salt: str = "inauthentic") -> list[Path]:
    """Write a data set in the archive's layout: a users file and numbered, zipped tweets files.

    As the archive does, accounts with fewer than ``HASH_BELOW_FOLLOWERS``
    followers get a hashed id (and their handle and display name are that
    hash), times are cut to the minute, and the labels are left out.

    Parameters
    ----------
    data : Dataset
        The kit's tables (``accounts`` and ``posts``).
    folder : str or Path
        Created if needed. Files of the same release already there (named
        the archive's way, starting with ``release``) are replaced; nothing
        else in the folder is touched.
    release : str
        The release's name, the start of every file name.
    parts : int, default 2
        How many tweets files (split by time, as big releases are).
    salt : str
        Mixed into the hashes, so ids cannot be recovered by hashing guesses.

    Returns
    -------
    list of Path
        The files written.

    Examples
    --------
    >>> import tempfile
    >>> from inauthentic import load_dataset
    >>> written = write_archive(load_dataset("tiny"), tempfile.mkdtemp(), parts=3)
    >>> [path.name for path in written]
    ['fictional_102026_users_csv_hashed.csv', 'fictional_102026_tweets_csv_hashed_1.zip', 'fictional_102026_tweets_csv_hashed_2.zip', 'fictional_102026_tweets_csv_hashed_3.zip']
    >>> read_archive(written[0].parent).posts.tweet_time.dt.second.unique().tolist()
    [0]
    """
    if int(parts) < 1:
        raise KitError(f"The argument 'parts' should be 1 or more tweets files, not {parts}.")
    folder = Path(folder).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():  # a release written with more parts would leave stale tweets files
        match = _FILE_NAME.fullmatch(old.name)
        if match and match.group("release") == release and old.is_file():
            old.unlink()
    accounts = data.accounts.reset_index(drop=True)
    kit_accounts = format_table(accounts, "accounts")
    hashed = accounts["follower_count"] < HASH_BELOW_FOLLOWERS
    hashed_ids = dict(zip(accounts["userid"][hashed].tolist(), _hash_text(accounts["userid"][hashed].astype(str), salt).tolist()))
    users = kit_accounts.assign(user_profile_url="")
    users["userid"] = _archive_ids(accounts["userid"], hashed_ids)
    for column in ("user_display_name", "user_screen_name"):
        users[column] = users[column].where(~hashed, users["userid"])
    users = users[USERS_COLUMNS]

    posts = data.posts.sort_values(["tweet_time", "tweetid"], kind="stable").reset_index(drop=True)
    kit_posts = format_table(posts.assign(tweet_time=posts["tweet_time"].dt.floor("min")), "posts")
    profiles = users.set_axis(accounts["userid"].to_numpy()).reindex(posts["userid"].to_numpy()).reset_index(drop=True)
    tweets = pd.concat([kit_posts.drop(columns=["userid"]), profiles], axis=1)
    tweets["tweet_time"] = tweets["tweet_time"].str.slice(0, 16)
    for column in ("retweet_userid", "in_reply_to_userid"):
        tweets[column] = _archive_ids(posts[column], hashed_ids)
    mentioned = posts["retweet_userid"].fillna(posts["in_reply_to_userid"])
    mention_text = _archive_ids(mentioned, hashed_ids)
    tweets["user_mentions"] = ("['" + mention_text + "']").where(mention_text != "", "[]")
    for column in ("hashtags", "urls"):
        tweets[column] = _archive_list(posts[column])
    replies = posts["in_reply_to_tweetid"].dropna().value_counts()
    tweets["reply_count"] = posts["tweetid"].map(replies).fillna(0).astype(np.int64).astype(str)
    tweets = tweets.assign(quoted_tweet_tweetid="", latitude="", longitude="", quote_count="0", poll_choices="")[TWEETS_COLUMNS]

    hashing = "hashed" if hashed.any() else "unhashed"
    written = [folder / f"{release}_users_csv_{hashing}.csv"]
    _write_csv(users, written[0])
    bounds = np.linspace(0, len(tweets), int(parts) + 1).round().astype(int)
    for number, (start, stop) in enumerate(zip(bounds[:-1], bounds[1:]), start=1):
        written.append(folder / f"{release}_tweets_csv_{hashing}_{number}.zip")
        _write_csv(tweets.iloc[start:stop], written[-1])
    return written


def sample_folder() -> Path:
    """Return the folder of the kit's fictional archive sample (``datasets/archive_sample``).

    Examples
    --------
    >>> sample_folder().name
    'archive_sample'
    """
    return datasets_root() / "archive_sample"
