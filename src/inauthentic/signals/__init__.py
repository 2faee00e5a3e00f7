"""Per-account detection signals, one module per family.

=================  ==========================================================
module             signals
=================  ==========================================================
``profile``        account age, creation bursts, follower ratio, handles,
                   shared bios and pictures, repurposed accounts
``clock``          hour-of-week profiles, office hours, lunch dip, weekends,
                   regularity, volume, and the search for a working time zone
``content``        languages, copypasta, hashtag concentration
``amplification``  retweeting, loudspeakers, retweet speed, internal engagement
``table``          :func:`signal_table`: all of them, one row per account
=================  ==========================================================

Every function takes the kit's tables and returns a Series (or a small
DataFrame) indexed by ``userid``, so signals join into one table. No signal
is proof: each one also fires on some genuine people (see ``docs/signals.md``).

Examples
--------
>>> import pandas as pd
>>> from inauthentic.signals import retweet_share
>>> retweet_share(pd.DataFrame({"userid": [1, 1], "is_retweet": [True, False]})).tolist()
[0.5]
"""

from __future__ import annotations

from .amplification import (
    engagement_received,
    fast_retweet_share,
    internal_engagement_share,
    loudspeaker_index,
    retweet_delays,
    retweet_share,
    seed_retweet_delay,
    zero_engagement_share,
)
from .clock import (
    best_working_timezone,
    golden_week,
    holiday_share,
    hour_of_day_entropy,
    hour_of_week_shares,
    lunch_dip,
    office_hours_fit_by_offset,
    office_hours_share,
    posts_per_day,
    weekend_share,
)
from .content import (
    claims_us_location,
    copypasta_reach,
    copypasta_share,
    hashtag_concentration,
    language_share,
    other_language_share,
    us_location_writing_language,
)
from .profile import (
    account_age_at_first_post,
    creation_burst_size,
    default_avatar,
    empty_bio,
    follower_following_ratio,
    handle_digit_count,
    name_plus_digits_handle,
    repurposing_signs,
    shared_bio_count,
    shared_image_count,
)
from . import amplification, clock, content, profile
from .table import SIGNALS, describe_signals, signal_table

# The public names are each family module's own, plus the table of all signals.
__all__ = [
    *profile.__all__,
    *clock.__all__,
    *content.__all__,
    *amplification.__all__,
    "SIGNALS",
    "describe_signals",
    "signal_table",
]
