"""Content signals: what accounts write, and in which language.

Networks are short of writers, so the same text goes out from many accounts
with small edits ("copypasta"; QUT toolkit, CIB Mango Tree) and the same few hashtags
are pushed over and over (OSoMe 2021; USC). Spamouflage accounts posed as Americans
while often writing in Chinese (US threat assessment 2024; see docs/sources.md).

**Language is never evidence on its own.** Millions of Americans write in
Chinese, Spanish or any other language; a detector that flags them is
profiling, not detecting, and it fails the people counter-measures should
protect (ASPI 2020). The language signals below only make sense next to
behavioural ones (clock, copying, amplification).

Examples
--------
>>> import pandas as pd
>>> from inauthentic.signals.content import language_share
>>> posts = pd.DataFrame({"userid": [1, 1, 2], "tweet_language": ["zh", "en", "en"]})
>>> language_share(posts, "zh").tolist()
[0.5, 0.0]
"""

from __future__ import annotations

import pandas as pd

from ..errors import KitError
from ..textsim import count_owners, normalise_text
from ._common import check_accounts, check_posts, for_each_account, share_by_account

__all__ = [
    "language_share",
    "other_language_share",
    "claims_us_location",
    "us_location_writing_language",
    "copypasta_reach",
    "copypasta_share",
    "hashtag_concentration",
]

_US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "District of Columbia",
}  # fmt: skip
_US_PLACES = (
    "usa", r"u\.s\.(?:a\.)?", "united states", "america", "nyc", "bay area", "socal", "norcal", "tampa bay",
    "new york", "los angeles", "chicago", "houston", "phoenix", "philadelphia", "san antonio", "san diego",
    "dallas", "san jose", "austin", "jacksonville", "san francisco", "columbus", "charlotte", "indianapolis",
    "seattle", "denver", "boston", "el paso", "nashville", "detroit", "portland", "las vegas", "memphis",
    "louisville", "baltimore", "milwaukee", "albuquerque", "tucson", "fresno", "sacramento", "kansas city",
    "atlanta", "miami", "raleigh", "omaha", "minneapolis", "tulsa", "cleveland", "pittsburgh", "cincinnati",
    r"st\. louis", "orlando", "tampa", "new orleans", "honolulu", "anchorage", "salt lake city", "buffalo",
    "brooklyn", "queens", "the bronx", "flushing",
)  # fmt: skip
_US_PLACES_ZH = ("美国", "纽约", "法拉盛", "洛杉矶", "旧金山", "湾区", "休斯顿", "西雅图", "芝加哥", "波士顿", "费城", "新泽西", "丹佛", "达拉斯")
#: A reported location counts as the United States if it matches this pattern:
#: the country, a state, a large city or region (in English or Chinese), or "City, ST".
US_LOCATION_PATTERN = (
    r"(?i)(?<![a-z])(?<!latin )(?<!south )(?<!central )(?:"
    + "|".join([*_US_PLACES, *(name.lower() for name in _US_STATES.values())])
    + r")(?![a-z])|"
    + "|".join(_US_PLACES_ZH)
    + r"|,\s*(?:"
    + "|".join(_US_STATES)
    + r")\b"
)


def language_share(posts: pd.DataFrame, language: str = "zh") -> pd.Series:
    """Share of an account's posts detected as ``language`` (ISO 639-1 code).

    Not evidence on its own: see the module notes.

    Returns
    -------
    Series
        Named ``<language>_post_share``, e.g. ``zh_post_share``.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1, 1, 1], "tweet_language": ["es", "es", "en", "es"]})
    >>> language_share(posts, "es")
    userid
    1    0.75
    Name: es_post_share, dtype: float64
    """
    check_posts(posts, ["tweet_language"])
    written = posts["tweet_language"].astype(str) == language
    return share_by_account(posts["userid"], written, f"{language}_post_share")


def other_language_share(accounts: pd.DataFrame, posts: pd.DataFrame) -> pd.Series:
    """Share of an account's posts in a language other than the one its interface is set to.

    High for bilingual people, for accounts whose owner never changed the
    default setting and for repurposed accounts that changed hands.

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2], "account_language": ["en", "zh"]})
    >>> posts = pd.DataFrame({"userid": [1, 1, 2], "tweet_language": ["zh", "en", "zh"]})
    >>> other_language_share(accounts, posts).tolist()
    [0.5, 0.0]
    """
    check_accounts(accounts, ["account_language"])
    check_posts(posts, ["tweet_language"])
    interface = posts["userid"].map(accounts.set_index("userid")["account_language"].astype(str))
    differs = interface.notna() & (posts["tweet_language"].astype(str) != interface)
    return share_by_account(posts["userid"], differs, "other_language_share")


def claims_us_location(accounts: pd.DataFrame) -> pd.Series:
    """True when the free-text location names the United States, a US state or ``City, ST``.

    See ``US_LOCATION_PATTERN`` for exactly what matches.

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3, 4], "user_reported_location": [
    ...     "Houston, TX", "Ohio, U.S.", "Taipei", ""]})
    >>> claims_us_location(accounts).tolist()
    [True, True, False, False]
    """
    check_accounts(accounts, ["user_reported_location"])
    claims = accounts["user_reported_location"].fillna("").astype(str).str.contains(US_LOCATION_PATTERN, regex=True)
    return for_each_account(accounts, claims, "claims_us_location", dtype=bool)


def us_location_writing_language(
    accounts: pd.DataFrame, posts: pd.DataFrame, language: str = "zh", min_share: float = 0.5
) -> pd.Series:
    """True for accounts that claim a US location yet write mostly (``min_share``) in ``language``.

    This is the pattern the reporting describes ("posing as Americans but
    writing in Chinese"), and it is also the description of every
    Chinese-speaking American: never use it on its own (see the module notes).

    Returns
    -------
    Series
        Named ``us_location_writing_<language>``, for every account in
        ``accounts`` (False for accounts without posts).

    Examples
    --------
    >>> accounts = pd.DataFrame({"userid": [1, 2], "user_reported_location": ["Queens, NY", "Chengdu"]})
    >>> posts = pd.DataFrame({"userid": [1, 1, 2], "tweet_language": ["zh", "zh", "zh"]})
    >>> us_location_writing_language(accounts, posts).tolist()
    [True, False]
    """
    if not 0 <= min_share <= 1:
        raise KitError(f"The argument 'min_share' should be a share between 0 and 1, not {min_share}.")
    us = claims_us_location(accounts)
    written = language_share(posts, language).reindex(us.index, fill_value=0.0)
    return (us & (written >= min_share)).rename(f"us_location_writing_{language}")


def copypasta_reach(posts: pd.DataFrame, threshold: float = 0.85, min_tokens: int = 6) -> pd.DataFrame:
    """For each original post, how many accounts posted the same text or a near-duplicate of it.

    Texts are normalised (lower case; links and mentions dropped; digits
    masked; punctuation dropped; Chinese read character by character) and
    compared as sets of words: two posts match when their Jaccard similarity
    is at least ``threshold`` (QUT's co-similar-tweet uses 0.8–0.9), so a copy
    with a phrase swapped still matches. Candidates come from MinHash
    signatures (see :mod:`inauthentic.textsim`), so no two posts are compared
    unless they are likely matches; when thousands of variants of one text
    share a bucket, they are compared with its first text only and counted
    as one group. Retweets are left out: copying by retweet is measured by
    the amplification signals.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``tweetid``, ``userid``, ``tweet_text``, ``is_retweet``).
    threshold : float, default 0.85
        Smallest Jaccard similarity counted as a copy.
    min_tokens : int, default 6
        Texts with fewer distinct words are never matched: short stock
        phrases ("I needed this today") are written independently by many
        people.

    Returns
    -------
    DataFrame
        One row per original post: ``tweetid``, ``userid``, ``tweet_text`` and
        ``accounts`` (distinct accounts that posted it or a near-duplicate,
        its author included; 0 for texts too short to match).

    Examples
    --------
    >>> posts = pd.DataFrame({"tweetid": [1, 2, 3], "userid": [1, 2, 2], "is_retweet": False, "tweet_text": [
    ...     "The Blue candidate is too old to lead, wake up America",
    ...     "@ann the blue candidate is too old to lead!! Wake up, America",
    ...     "good morning"]})
    >>> copypasta_reach(posts)["accounts"].tolist()
    [2, 2, 0]
    """
    check_posts(posts, ["tweetid", "tweet_text", "is_retweet"])
    originals = posts[~posts["is_retweet"].astype(bool)]
    texts = normalise_text(originals["tweet_text"], drop_links_and_mentions=True)
    accounts = count_owners(texts, originals["userid"], threshold=threshold, min_tokens=min_tokens, num_hashes=40, bands=8)
    return pd.DataFrame(
        {
            "tweetid": originals["tweetid"].to_numpy(),
            "userid": originals["userid"].to_numpy(),
            "tweet_text": originals["tweet_text"].to_numpy(),
            "accounts": accounts,
        }
    )


def copypasta_share(posts: pd.DataFrame, threshold: float = 0.85, min_tokens: int = 6, min_accounts: int = 3) -> pd.Series:
    """Share of an account's original posts whose text (or a near-duplicate) was posted by several accounts.

    A text counts as copypasta when at least ``min_accounts`` distinct
    accounts, this one included, posted it or a near-duplicate of it (see
    :func:`copypasta_reach` for how texts are compared). Two accounts can
    write the same sentence by chance; a script pasted by a network turns up
    in many. ``min_accounts=2`` counts any text another account also posted.

    Genuine accounts that share a template (news desks' syndicated wire
    stories, community notices reposted by several organisations, spam) score
    high as well.

    Parameters
    ----------
    posts : DataFrame
        The posts table (``tweetid``, ``userid``, ``tweet_text``, ``is_retweet``).
    threshold : float, default 0.85
        Smallest Jaccard similarity counted as a copy.
    min_tokens : int, default 6
        Shorter texts never count as copies.
    min_accounts : int, default 3
        How many accounts must have posted a text for it to count.

    Returns
    -------
    Series
        ``copypasta_share`` between 0 and 1, for accounts with at least one
        original post.

    Examples
    --------
    >>> posts = pd.DataFrame({"tweetid": [1, 2, 3, 4], "userid": [1, 2, 3, 3], "is_retweet": False, "tweet_text": [
    ...     "The Blue candidate is too old to lead, wake up America",
    ...     "the blue candidate is too old to lead!! Wake up, America",
    ...     "The Blue candidate is far too old to lead, wake up America",
    ...     "Made sourdough again this weekend, turned out great"]})
    >>> copypasta_share(posts).tolist()
    [1.0, 1.0, 0.5]
    >>> copypasta_share(posts, threshold=0.95, min_accounts=2).tolist()
    [1.0, 1.0, 0.0]
    """
    if min_accounts < 2:
        raise KitError(f"The argument 'min_accounts' should be 2 or more (a copy needs two accounts), not {min_accounts}.")
    reach = copypasta_reach(posts, threshold=threshold, min_tokens=min_tokens)
    return share_by_account(reach["userid"], reach["accounts"] >= min_accounts, "copypasta_share")


def hashtag_concentration(posts: pd.DataFrame) -> pd.DataFrame:
    """How much of an account's hashtag use goes to a few tags.

    Returns
    -------
    DataFrame
        ``top_hashtag_share``: share of its hashtag uses that are its most
        used tag; ``hashtag_herfindahl``: the sum of squared shares (1 = one
        tag only; 1/n for n tags used equally). NaN for accounts that never
        used a hashtag. Fans of one show or team score high too.

    Examples
    --------
    >>> posts = pd.DataFrame({"userid": [1, 1, 2], "hashtags": [["Vote", "vote"], ["Rigged"], []]})
    >>> hashtag_concentration(posts)
            top_hashtag_share  hashtag_herfindahl
    userid
    1                0.666667            0.555556
    2                     NaN                 NaN
    """
    check_posts(posts, ["hashtags"])
    uses = posts[["userid", "hashtags"]].explode("hashtags").dropna(subset=["hashtags"])
    counts = uses.groupby(["userid", uses["hashtags"].astype(str).str.lower()]).size()
    shares = counts / counts.groupby(level="userid").transform("sum")
    summary = pd.DataFrame(
        {
            "top_hashtag_share": shares.groupby(level="userid").max(),
            "hashtag_herfindahl": (shares**2).groupby(level="userid").sum(),
        }
    )
    return summary.reindex(pd.Index(posts["userid"].unique(), name="userid"))
