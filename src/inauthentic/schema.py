"""The three tables of a data set, column by column: the single source of truth.

The names mirror the Twitter/X Information Operations archive, so code written
against the kit's synthetic data can later be pointed at a real release. Two
columns are the kit's own additions: ``profile_image_hash`` (a 64-bit picture
fingerprint, hex) and ``in_reply_to_userid``.

Each column has a *kind*, which fixes both its in-memory dtype and how it is
written to CSV:

=============  ===========================  ================================
kind           in memory                    on disk (CSV text)
=============  ===========================  ================================
``id``         ``int64``                    decimal digits
``opt_id``     nullable ``Int64``           decimal digits, empty if missing
``count``      ``int64``                    decimal digits
``time``       ``datetime64[ns, UTC]``      ``2026-09-01 13:45:02``
``date``       ``datetime64[ns, UTC]``      ``2026-09-01`` (midnight UTC)
``bool``       ``bool``                     ``True`` / ``False``
``text``       string                       quoted as CSV needs
``category``   ``category``                 plain text
``list``       Python list of str           ``[tag1, tag2]``; ``[]`` if none
=============  ===========================  ================================

Examples
--------
>>> from inauthentic.schema import TABLES, column_names
>>> sorted(TABLES)
['accounts', 'labels', 'posts']
>>> column_names("labels")
['userid', 'kind', 'group', 'role']
>>> TABLES["posts"]["tweet_time"].kind
'time'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Column", "TABLES", "KEYS", "LABEL_KINDS", "column_names", "DEFAULT_AVATAR_HASH"]

#: The fingerprint of the platform's default ("egg") profile picture.
DEFAULT_AVATAR_HASH = "0000000000000000"

#: The values the ``kind`` column of ``labels`` may take.
LABEL_KINDS = ("genuine", "campaign", "spam")


@dataclass(frozen=True)
class Column:
    """One column: its name, kind (see the module table) and meaning."""

    name: str
    kind: str
    description: str


def _table(*columns: Column) -> dict[str, Column]:
    return {column.name: column for column in columns}


TABLES: dict[str, dict[str, Column]] = {
    "accounts": _table(
        Column("userid", "id", "Account id (19 digits at most)."),
        Column("user_display_name", "text", "Name shown on the profile."),
        Column("user_screen_name", "text", "Handle, without the @."),
        Column("user_reported_location", "text", "Free-text location the owner typed; may be empty."),
        Column("user_profile_description", "text", "Bio; may be empty."),
        Column("follower_count", "count", "Followers when the data was collected."),
        Column("following_count", "count", "Accounts it follows when the data was collected."),
        Column("account_creation_date", "date", "Day the account was created (UTC)."),
        Column("account_language", "category", "Interface language the owner chose (ISO 639-1)."),
        Column(
            "profile_image_hash",
            "text",
            "64-bit perceptual fingerprint of the profile picture, 16 hex digits; "
            "0000000000000000 is the default picture. Near-identical pictures differ in few bits.",
        ),
    ),
    "posts": _table(
        Column("tweetid", "id", "Post id."),
        Column("userid", "id", "Author's account id."),
        Column("tweet_time", "time", "When it was posted, UTC, to the second."),
        Column("tweet_language", "category", "Detected language of the text (ISO 639-1)."),
        Column("tweet_text", "text", "The text; a retweet starts with 'RT @handle:'."),
        Column("tweet_client_name", "category", "App used to post."),
        Column("is_retweet", "bool", "True if the post is a retweet."),
        Column("retweet_userid", "opt_id", "For a retweet: the original's author."),
        Column("retweet_tweetid", "opt_id", "For a retweet: the original post's id."),
        Column("in_reply_to_tweetid", "opt_id", "For a reply: the post replied to."),
        Column("in_reply_to_userid", "opt_id", "For a reply: that post's author."),
        Column("hashtags", "list", "Hashtags in the text, without '#', in order."),
        Column("urls", "list", "Links in the text, in order."),
        Column("like_count", "count", "Likes when the data was collected."),
        Column("retweet_count", "count", "Retweets when the data was collected."),
    ),
    "labels": _table(
        Column("userid", "id", "Account id."),
        Column("kind", "category", "Ground truth: 'genuine', 'campaign' or 'spam'."),
        Column("group", "category", "Which population or operation the account belongs to."),
        Column("role", "category", "For campaign accounts: seed, loudspeaker, persona or repurposed; 'none' otherwise."),
    ),
}

#: The column that identifies a row in each table.
KEYS = {"accounts": "userid", "posts": "tweetid", "labels": "userid"}


def column_names(table: str) -> list[str]:
    """Return the column names of ``table`` in their file order.

    Examples
    --------
    >>> column_names("accounts")[:3]
    ['userid', 'user_display_name', 'user_screen_name']
    """
    return list(TABLES[table])
