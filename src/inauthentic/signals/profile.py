"""Profile signals: what an account's metadata gives away.

Fake-account networks are cheap to make and it shows in their profiles:
accounts created in bursts, handles made of a name and a run of digits, the
same bio template with one word swapped, the same (generated) face with a few
pixels changed, few followers (NYT 2020; Twitter 2019-2020), and older
accounts bought or hijacked that suddenly switch language and app (research
practice; docs/sources.md lists the sources). Each one is also true of plenty
of genuine people: a new user keeps the suggested handle and the default
picture; a family joins the same day.

Every function returns a Series (or DataFrame) indexed by ``userid``.

Examples
--------
>>> import pandas as pd
>>> from inauthentic.signals.profile import handle_digit_count
>>> accounts = pd.DataFrame({"userid": [1, 2], "user_screen_name": ["mary04581932", "news_desk"]})
>>> handle_digit_count(accounts).tolist()
[8, 0]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import KitError
from ..schema import DEFAULT_AVATAR_HASH
from ..textsim import count_owners, normalise_text
from ._common import check_accounts, check_posts, for_each_account, per_account
from ._similarity import close_fingerprint_pairs, hex_to_uint64

__all__ = [
    "account_age_at_first_post",
    "creation_burst_size",
    "follower_following_ratio",
    "handle_digit_count",
    "name_plus_digits_handle",
    "empty_bio",
    "shared_bio_count",
    "default_avatar",
    "shared_image_count",
    "repurposing_signs",
]


def _by_userid(accounts: pd.DataFrame, column: str) -> pd.Series:
    return accounts.set_index("userid")[column]


def _count_per_account(pairs: pd.DataFrame, userids: pd.Series, name: str) -> pd.Series:
    """Count, for each account, the pairs it is in (``left``/``right`` are row positions)."""
    ends = np.concatenate([pairs["left"].to_numpy(), pairs["right"].to_numpy()])
    counts = np.bincount(ends.astype(np.int64), minlength=len(userids))
    return per_account(pd.Series(counts, index=userids.to_numpy()), name)


def account_age_at_first_post(accounts: pd.DataFrame, posts: pd.DataFrame) -> pd.Series:
    """Days between an account's creation and its first post in ``posts``.

    Young accounts that start posting at once are typical of fresh networks
    (a third of one envoy-amplifying network was under three months old);
    they are also every new genuine user.

    Parameters
    ----------
    accounts : DataFrame
        The accounts table (``userid``, ``account_creation_date``).
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).

    Returns
    -------
    Series
        ``account_age_at_first_post_days`` (float), for accounts with posts.

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1], "account_creation_date": pd.to_datetime(["2026-09-01"], utc=True)})
    >>> posts = pd.DataFrame({"userid": [1, 1], "tweet_time": pd.to_datetime(["2026-09-04 12:00", "2026-09-09 08:00"], utc=True)})
    >>> account_age_at_first_post(accounts, posts)
    userid
    1    3.5
    Name: account_age_at_first_post_days, dtype: float64
    """
    check_accounts(accounts, ["account_creation_date"])
    check_posts(posts, ["tweet_time"])
    first_post = posts.groupby("userid")["tweet_time"].min()
    created = _by_userid(accounts, "account_creation_date").reindex(first_post.index)
    age = (first_post - created) / pd.Timedelta(days=1)
    return per_account(age.astype(float), "account_age_at_first_post_days")


def creation_burst_size(accounts: pd.DataFrame, period: str = "day") -> pd.Series:
    """How many accounts were created on the same day (or ISO week) as this one, itself included.

    Networks are made in batches, so a burst of creations on one day stands out
    against the trickle of genuine sign-ups.

    Parameters
    ----------
    accounts : DataFrame
        The accounts table (``userid``, ``account_creation_date``).
    period : {'day', 'week'}
        Calendar day (UTC), or ISO week (Monday to Sunday).

    Returns
    -------
    Series
        ``created_same_day`` or ``created_same_week`` (int).

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3],
    ...     "account_creation_date": pd.to_datetime(["2026-09-07", "2026-09-07", "2026-09-09"], utc=True)})
    >>> creation_burst_size(accounts).tolist(), creation_burst_size(accounts, "week").tolist()
    ([2, 2, 1], [3, 3, 3])
    """
    check_accounts(accounts, ["account_creation_date"])
    if period not in ("day", "week"):
        raise KitError(f"The argument 'period' should be 'day' or 'week', not {period!r}.")
    created = accounts["account_creation_date"].dt.floor("D")
    if period == "week":
        created = created - pd.to_timedelta(created.dt.day_of_week, unit="D")  # back to Monday
    sizes = created.map(created.value_counts())
    return for_each_account(accounts, sizes, f"created_same_{period}", dtype=np.int64)


def follower_following_ratio(accounts: pd.DataFrame) -> pd.Series:
    """Followers per account followed, ``(followers + 1) / (following + 1)``.

    The ``+ 1`` keeps accounts with no followers or no followings finite: a
    network account that follows 300 and is followed by no one scores about
    0.003; a public figure scores in the thousands.

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2], "follower_count": [0, 999], "following_count": [299, 0]})
    >>> follower_following_ratio(accounts).tolist()
    [0.0033333333333333335, 1000.0]
    """
    check_accounts(accounts, ["follower_count", "following_count"])
    ratio = (accounts["follower_count"] + 1) / (accounts["following_count"] + 1)
    return for_each_account(accounts, ratio, "follower_following_ratio", dtype=float)


def handle_digit_count(accounts: pd.DataFrame) -> pd.Series:
    """Number of digits at the end of the handle (``mary04581932`` -> 8).

    Examples
    --------
    >>> handle_digit_count(pd.DataFrame({"userid": [1], "user_screen_name": ["jo_1987"]})).tolist()
    [4]
    """
    check_accounts(accounts, ["user_screen_name"])
    digits = accounts["user_screen_name"].astype(str).str.extract(r"(\d*)$", expand=False).str.len()
    return for_each_account(accounts, digits, "handle_digit_count", dtype=np.int64)


def name_plus_digits_handle(accounts: pd.DataFrame, min_digits: int = 5) -> pd.Series:
    """True for handles that are letters followed by at least ``min_digits`` digits.

    That is the shape of the handle a platform suggests at sign-up (a first
    name and eight digits), which network operators keep because they make
    accounts in bulk, and which many genuine newcomers keep too. The default,
    5, leaves out the common name-plus-birth-year handle (``jo_1987``).

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3], "user_screen_name": ["mary04581932", "jo_1987", "Lakers4Life"]})
    >>> name_plus_digits_handle(accounts).tolist()
    [True, False, False]
    """
    check_accounts(accounts, ["user_screen_name"])
    pattern = r"[A-Za-z][A-Za-z_]*\d{" + str(int(min_digits)) + r",}"
    flags = accounts["user_screen_name"].astype(str).str.fullmatch(pattern)
    return for_each_account(accounts, flags, "name_plus_digits_handle", dtype=bool)


def empty_bio(accounts: pd.DataFrame) -> pd.Series:
    """True for accounts whose bio is empty (or only spaces).

    Examples
    --------
    >>> empty_bio(pd.DataFrame({"userid": [1, 2], "user_profile_description": ["", "Dad. Runner."]})).tolist()
    [True, False]
    """
    check_accounts(accounts, ["user_profile_description"])
    flags = accounts["user_profile_description"].fillna("").astype(str).str.strip() == ""
    return for_each_account(accounts, flags, "empty_bio", dtype=bool)


def shared_bio_count(
    accounts: pd.DataFrame,
    threshold: float = 0.8,
    masked_words: tuple[str, ...] = (),
    min_tokens: int = 3,
) -> pd.Series:
    """Number of OTHER accounts whose bio is a near-duplicate of this one's.

    Bios are lower-cased, with digits and links masked (and any
    ``masked_words``, such as the names of the two parties, so that the same
    template written for either side still matches), then compared as sets
    of words: two bios match when their Jaccard similarity (shared words /
    all words) is at least ``threshold`` (QUT's tools use 0.8–0.9).

    Parameters
    ----------
    accounts : DataFrame
        The accounts table (``userid``, ``user_profile_description``).
    threshold : float, default 0.8
        Smallest Jaccard similarity counted as a near-duplicate.
    masked_words : tuple of str
        Words replaced by one placeholder before comparing.
    min_tokens : int, default 3
        Bios with fewer distinct words (empty ones included) count 0.

    Returns
    -------
    Series
        ``shared_bio_count`` (int).

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3, 4], "user_profile_description": [
    ...     "Father, husband and son. Blue Party all the way!!",
    ...     "Father, husband & son. Red Party all the way!",
    ...     "Baker in Ohio. Dogs, bread and baseball.", ""]})
    >>> shared_bio_count(accounts, masked_words=("blue", "red")).tolist()
    [1, 1, 0, 0]
    """
    check_accounts(accounts, ["user_profile_description"])
    bios = normalise_text(accounts["user_profile_description"].fillna(""), masked_words)
    # Few texts: search harder (64 hashes in 16 bands). Each account counts itself once: take it away.
    owners = count_owners(bios, accounts["userid"], threshold=threshold, min_tokens=min_tokens, num_hashes=64, bands=16)
    others = pd.Series(np.maximum(owners - 1, 0), index=accounts["userid"].to_numpy())
    return per_account(others, "shared_bio_count")


def default_avatar(accounts: pd.DataFrame) -> pd.Series:
    """True for accounts that kept the platform's default picture (``0000000000000000``).

    Examples
    --------
    >>> default_avatar(pd.DataFrame({"userid": [1, 2], "profile_image_hash": ["0000000000000000", "a3f1c2d4e5f60718"]})).tolist()
    [True, False]
    """
    check_accounts(accounts, ["profile_image_hash"])
    flags = accounts["profile_image_hash"].astype(str).str.lower() == DEFAULT_AVATAR_HASH
    return for_each_account(accounts, flags, "default_avatar", dtype=bool)


def shared_image_count(accounts: pd.DataFrame, max_bits: int = 4) -> pd.Series:
    """Number of OTHER accounts whose profile picture is within ``max_bits`` bits of this one's.

    ``profile_image_hash`` is a 64-bit perceptual fingerprint: near-identical
    pictures (the same generated face, slightly edited) differ in a few bits,
    unrelated pictures in about 32. The default picture is left out of the
    comparison (those accounts count 0; see :func:`default_avatar`), since
    sharing it says nothing; so is an empty fingerprint, which means the
    picture is unknown (the Information Operations archive has none).

    Parameters
    ----------
    accounts : DataFrame
        The accounts table (``userid``, ``profile_image_hash``).
    max_bits : int, default 4
        Largest Hamming distance counted as the same picture (0 to 31).

    Returns
    -------
    Series
        ``shared_image_count`` (int).

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3, 4], "profile_image_hash": [
    ...     "a3f1c2d4e5f60718", "a3f1c2d4e5f60719", "0123456789abcdef", "0000000000000000"]})
    >>> shared_image_count(accounts).tolist()
    [1, 1, 0, 0]
    >>> shared_image_count(accounts.assign(profile_image_hash="")).tolist()
    [0, 0, 0, 0]
    """
    check_accounts(accounts, ["profile_image_hash"])
    if not 0 <= int(max_bits) < 32:
        raise KitError(f"The argument 'max_bits' should be between 0 and 31 bits, not {max_bits}.")
    hashes = accounts["profile_image_hash"].astype(str).str.lower()
    malformed = ~hashes.str.fullmatch(r"[0-9a-f]{16}") & (hashes != "")  # '' = picture unknown (archive data)
    if malformed.any():
        raise KitError(
            f"The column 'profile_image_hash' of 'accounts' holds {hashes[malformed].iloc[0]!r}, "
            f"but each value should be 16 hexadecimal digits such as 'a3f1c2d4e5f60718'."
        )
    pictured = (hashes != DEFAULT_AVATAR_HASH) & (hashes != "")
    pairs = close_fingerprint_pairs(hex_to_uint64(hashes[pictured]), int(max_bits))
    counts = _count_per_account(pairs, accounts["userid"][pictured], "shared_image_count")
    return counts.reindex(accounts["userid"].to_numpy(), fill_value=0).rename_axis("userid")


def _main_value_by_period(posts: pd.DataFrame, column: str, min_posts: int) -> pd.DataFrame:
    """Most common ``column`` value in each account's first and last third of posts."""
    ordered = posts.sort_values(["userid", "tweet_time"], kind="stable")
    position = ordered.groupby("userid").cumcount()
    size = ordered.groupby("userid")["userid"].transform("size")
    period = np.select([position < size / 3, position >= 2 * size / 3], ["early", "late"], "middle")
    kept = ordered.assign(period=period)[(period != "middle") & (size >= min_posts).to_numpy()]
    counts = kept.groupby(["userid", "period", kept[column].astype(str)], observed=True).size()
    main = counts.sort_values(ascending=False, kind="stable").reset_index().drop_duplicates(["userid", "period"])
    return main.pivot(index="userid", columns="period", values=column)


def repurposing_signs(posts: pd.DataFrame, min_posts: int = 6) -> pd.DataFrame:
    """Did the account's main language, and its main posting app, change over its history?

    A bought or hijacked account keeps its old history, then starts posting in
    another language from another app. This compares the most common
    ``tweet_language`` (and ``tweet_client_name``) of an account's earliest
    third of posts with that of its latest third. A genuine person who moves
    country or changes phone trips it too.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``, ``tweet_language``, ``tweet_client_name``).
    min_posts : int, default 6
        Accounts with fewer posts are False on both.

    Returns
    -------
    DataFrame
        ``language_switched`` and ``client_switched`` (bool), for accounts with posts.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [5] * 6,
    ...     "tweet_time": pd.date_range("2026-01-01", periods=6, freq="30D", tz="UTC"),
    ...     "tweet_language": ["es", "es", "es", "zh", "zh", "zh"],
    ...     "tweet_client_name": ["Twitter for iPhone"] * 6})
    >>> repurposing_signs(posts)
            language_switched  client_switched
    userid
    5                    True            False
    """
    check_posts(posts, ["tweet_time", "tweet_language", "tweet_client_name"])
    userids = pd.Index(posts["userid"].unique(), name="userid")
    signs = {}
    for column, name in (("tweet_language", "language_switched"), ("tweet_client_name", "client_switched")):
        main = _main_value_by_period(posts, column, min_posts).reindex(columns=["early", "late"])
        switched = main["early"].notna() & main["late"].notna() & (main["early"] != main["late"])
        signs[name] = switched.reindex(userids, fill_value=False).astype(bool)
    return pd.DataFrame(signs, index=userids)
