"""All signals at once: one row per account, one column per signal.

:func:`signal_table` is what a lesson calls before combining signals; each
column is computed once, by the same functions a learner can call one at a
time. :data:`SIGNALS` says what every column holds and where it comes from.

Examples
--------
>>> from inauthentic.signals.table import SIGNALS
>>> SIGNALS["office_hours_share"].family
'clock'
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..errors import KitError
from ..timezones import describe_timezone
from . import amplification, clock, content, profile
from ._common import check_accounts, check_posts, clock_minutes, share_by_account, timezone_argument

__all__ = ["SIGNALS", "Signal", "signal_table", "describe_signals"]


@dataclass(frozen=True)
class Signal:
    """One column of :func:`signal_table`: its family and what it holds."""

    family: str
    meaning: str


SIGNALS: dict[str, Signal] = {
    "n_posts": Signal("volume", "Posts in the data (originals and retweets)."),
    "account_age_at_first_post_days": Signal("profile", "Days from account creation to its first post in the data."),
    "created_same_day": Signal("profile", "Accounts created the same UTC day, itself included."),
    "created_same_week": Signal("profile", "Accounts created the same ISO week, itself included."),
    "follower_count": Signal("profile", "Followers (copied from the accounts table)."),
    "follower_following_ratio": Signal("profile", "(followers + 1) / (following + 1)."),
    "handle_digit_count": Signal("profile", "Digits at the end of the handle."),
    "name_plus_digits_handle": Signal("profile", "Handle is letters then 5 or more digits."),
    "empty_bio": Signal("profile", "The bio is empty."),
    "shared_bio_count": Signal("profile", "Other accounts with a near-duplicate bio (word-set Jaccard >= 0.8)."),
    "default_avatar": Signal("profile", "Kept the default profile picture."),
    "shared_image_count": Signal("profile", "Other accounts whose picture fingerprint is within 4 bits."),
    "language_switched": Signal("profile", "Main post language differs between its first and last third of posts."),
    "client_switched": Signal("profile", "Main posting app differs between its first and last third of posts."),
    "office_hours_share": Signal("clock", "Share of posts on weekdays 09:00-17:00 in the table's time zone."),
    "lunch_dip": Signal("clock", "Weekday quiet at 12:00-13:30 vs the 90 minutes either side (1 silent, 0 none)."),
    "weekend_share": Signal("clock", "Share of posts on Saturday or Sunday in the table's time zone."),
    "holiday_share": Signal("clock", "Share of posts on 1-7 October (China's National Day holiday) in the table's time zone."),
    "hour_of_day_entropy": Signal("clock", "Spread over the 24 hours (0 one hour, 1 all hours equally)."),
    "posts_per_day_median": Signal("volume", "Median posts per day, over the days it posted."),
    "posts_per_day_max": Signal("volume", "Most posts in one day (DFRLab: 72 suspicious, 144 highly)."),
    "zh_post_share": Signal("content", "Share of posts in Chinese. Never evidence on its own."),
    "other_language_share": Signal("content", "Share of posts not in the account's interface language."),
    "claims_us_location": Signal("content", "The reported location names the US, a state or 'City, ST'."),
    "us_location_writing_zh": Signal("content", "Claims a US location and writes at least half its posts in Chinese."),
    "copypasta_share": Signal("content", "Share of original posts whose text (Jaccard >= 0.85) was posted by 3 or more accounts."),
    "top_hashtag_share": Signal("content", "Share of its hashtag uses that are its favourite tag."),
    "retweet_share": Signal("amplification", "Share of posts that are retweets."),
    "loudspeaker_index": Signal("amplification", "Posts per day / log10(followers + 10)."),
    "retweet_delay_seconds": Signal("amplification", "Median seconds from original to its retweet."),
    "fast_retweet_share": Signal("amplification", "Share of its retweets made within 60 s of the original."),
    "engagement_received": Signal("amplification", "Retweets and replies received from other accounts in the data."),
    "zero_engagement_share": Signal("amplification", "Share of its original posts with no like and no retweet."),
}


def describe_signals() -> pd.DataFrame:
    """Return :data:`SIGNALS` as a table (``signal``, ``family``, ``meaning``).

    Examples
    --------
    >>> describe_signals().loc["copypasta_share", "family"]
    'content'
    """
    rows = {name: {"family": signal.family, "meaning": signal.meaning} for name, signal in SIGNALS.items()}
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("signal")


def _tables(data_or_accounts, posts):
    if hasattr(data_or_accounts, "accounts") and hasattr(data_or_accounts, "posts"):
        if posts is not None:
            raise KitError("Pass either a data set (signal_table(data)) or two tables (signal_table(accounts, posts)), not both.")
        return data_or_accounts.accounts, data_or_accounts.posts
    if posts is None:
        raise KitError(
            "signal_table needs the posts too: call signal_table(data) with a loaded data set, "
            "or signal_table(accounts, posts)."
        )
    return data_or_accounts, posts


def _minutes(window: tuple[str, str]) -> tuple[int, int]:
    return clock_minutes(window[0], "start"), clock_minutes(window[1], "end")


def _clock_columns(posts: pd.DataFrame, tz) -> pd.DataFrame:
    local = clock._local_clock(posts, tz)  # read the clock once for the three signals
    return pd.concat(
        [
            clock._office_share(local, *_minutes(clock.OFFICE_HOURS), weekdays_only=True),
            clock._lunch_dip(local, *_minutes(clock.LUNCH_HOURS)),
            share_by_account(local["userid"], ~local["weekday"], "weekend_share"),
            clock.holiday_share(posts, clock.golden_week(posts), tz),
            clock.hour_of_day_entropy(posts),
            clock.posts_per_day(posts),
        ],
        axis=1,
    )


def _retweet_columns(posts: pd.DataFrame) -> pd.DataFrame:
    delays = amplification.retweet_delays(posts)  # matched once, summarised twice
    by_account = delays.groupby("userid")["delay_seconds"]
    return pd.DataFrame(
        {
            "retweet_delay_seconds": by_account.median(),
            "fast_retweet_share": (delays["delay_seconds"] <= 60).groupby(delays["userid"]).mean(),
        }
    )


def signal_table(data_or_accounts, posts: pd.DataFrame | None = None, tz="UTC+8") -> pd.DataFrame:
    """Compute every per-account signal and return them side by side.

    Parameters
    ----------
    data_or_accounts : Dataset or DataFrame
        A data set from :func:`inauthentic.load_dataset`, or the accounts table.
    posts : DataFrame, optional
        The posts table, when the first argument is the accounts table.
    tz : str, number or tzinfo, default ``"UTC+8"``
        The time zone whose working week the clock signals test. Beijing time
        by default, because that is what the reporting describes (Commentary 2024); use
        :func:`inauthentic.signals.best_working_timezone` to find it from the
        data instead of assuming it.

    Returns
    -------
    DataFrame
        One row per account of the accounts table (index ``userid``), the
        columns of :data:`SIGNALS` in that order (see
        :func:`describe_signals`). Shares and delays are NaN for accounts
        without the posts they need; counts are 0.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> table = signal_table(load_dataset("tiny"))
    >>> table.index.name, list(table.columns) == list(SIGNALS)
    ('userid', True)
    """
    accounts, posts = _tables(data_or_accounts, posts)
    check_accounts(accounts, ["account_creation_date", "follower_count", "following_count", "user_screen_name",
                              "user_profile_description", "profile_image_hash", "account_language",
                              "user_reported_location"])  # fmt: skip
    check_posts(posts, ["tweetid", "tweet_time", "tweet_language", "tweet_text", "tweet_client_name", "is_retweet",
                        "retweet_userid", "retweet_tweetid", "in_reply_to_userid", "hashtags", "like_count",
                        "retweet_count"])  # fmt: skip
    timezone_argument(tz)
    parts = [
        posts["userid"].value_counts().rename("n_posts"),
        profile.account_age_at_first_post(accounts, posts),
        profile.creation_burst_size(accounts, "day"),
        profile.creation_burst_size(accounts, "week"),
        accounts.set_index("userid")["follower_count"],
        profile.follower_following_ratio(accounts),
        profile.handle_digit_count(accounts),
        profile.name_plus_digits_handle(accounts),
        profile.empty_bio(accounts),
        profile.shared_bio_count(accounts),
        profile.default_avatar(accounts),
        profile.shared_image_count(accounts),
        profile.repurposing_signs(posts),
        _clock_columns(posts, tz),
        content.language_share(posts, "zh"),
        content.other_language_share(accounts, posts),
        content.claims_us_location(accounts),
        content.us_location_writing_language(accounts, posts, "zh"),
        content.copypasta_share(posts),
        content.hashtag_concentration(posts)["top_hashtag_share"],
        amplification.retweet_share(posts),
        amplification.loudspeaker_index(accounts, posts),
        _retweet_columns(posts),
        amplification.engagement_received(posts),
        amplification.zero_engagement_share(posts),
    ]
    table = pd.concat(parts, axis=1).reindex(index=accounts["userid"].to_numpy(), columns=list(SIGNALS))
    table = table.fillna({"n_posts": 0, "engagement_received": 0, "language_switched": False, "client_switched": False})
    table = table.astype({"n_posts": "int64", "engagement_received": "int64", "language_switched": bool, "client_switched": bool})
    table.index.name = "userid"
    table.attrs["timezone"] = describe_timezone(tz)
    return table
