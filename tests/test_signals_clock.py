"""Clock signals on small hand-made tables with known answers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from inauthentic.errors import KitError
from inauthentic.signals import clock
from inauthentic.signals._examples import make_posts

MONDAY = pd.Timestamp("2026-09-07", tz="UTC")


def _posts_at(userid: int, hours_after_monday_utc: list[float]) -> pd.DataFrame:
    times = [(MONDAY + pd.Timedelta(hours=h)).strftime("%Y-%m-%d %H:%M:%S") for h in hours_after_monday_utc]
    return make_posts(userid=[userid] * len(times), tweet_time=times)


def _office_group(n_accounts: int, offset_hours: int, seed: int = 0) -> pd.DataFrame:
    """Accounts posting on weekdays 09:00-17:00 at UTC+offset, quiet 12:00-13:30."""
    rng = np.random.default_rng(seed)
    frames = []
    for userid in range(1, n_accounts + 1):
        day = rng.integers(0, 5, 40) + 7 * rng.integers(0, 4, 40)
        local_hour = np.concatenate([rng.uniform(9, 12, 20), rng.uniform(13.5, 17, 20)])
        frames.append(_posts_at(userid, list(day * 24 + local_hour - offset_hours)))
    posts = pd.concat(frames, ignore_index=True)
    posts["tweetid"] = np.arange(1, len(posts) + 1)
    return posts


def test_hour_of_week_shares_rows_sum_to_one_and_follow_the_time_zone():
    posts = pd.concat([_posts_at(1, [1.5, 1.75, 30]), _posts_at(2, [167.5])], ignore_index=True)
    shares = clock.hour_of_week_shares(posts, "UTC+8")
    assert shares.shape == (2, 168)
    assert shares.sum(axis=1).tolist() == pytest.approx([1.0, 1.0])
    assert shares.loc[1, 9] == pytest.approx(2 / 3)  # Monday 09:xx in Beijing
    assert shares.loc[1, 38] == pytest.approx(1 / 3)  # Tuesday 14:00
    assert shares.loc[2, 7] == 1.0  # Sunday 23:30 UTC is Monday 07:30 in Beijing


def test_office_hours_share_counts_weekday_hours_in_the_zone():
    posts = _posts_at(1, [1, 5, 8.99, 9, 12 + 24 * 5])  # Mon 09:00, 13:00, 16:59, 17:00 (UTC+8); Sat 20:00
    assert clock.office_hours_share(posts, "UTC+8").tolist() == [0.6]
    assert clock.office_hours_share(posts, 8, start="13:00", end="18:00").tolist() == [0.6]
    assert clock.office_hours_share(posts, "UTC", weekdays_only=False).tolist() == [0.4]  # 09:00 and 12:00 UTC


def test_office_hours_share_follows_daylight_saving_time():
    summer = make_posts(userid=[1], tweet_time=["2026-07-01 13:30:00"])  # 09:30 EDT
    winter = make_posts(userid=[1], tweet_time=["2026-12-01 13:30:00"])  # 08:30 EST
    assert clock.office_hours_share(summer, "America/New_York").tolist() == [1.0]
    assert clock.office_hours_share(winter, "America/New_York").tolist() == [0.0]


def test_office_hours_window_can_wrap_past_midnight():
    posts = _posts_at(1, [23, 25, 27, 30])  # Mon 23:00, Tue 01:00, 03:00, 06:00 UTC
    assert clock.office_hours_share(posts, "UTC", start="22:00", end="04:00").tolist() == [0.75]


def test_lunch_dip():
    quiet_lunch = _posts_at(1, [10.75, 11, 14, 14.5])
    flat = _posts_at(2, [11, 12.5, 14])
    lunch_only = _posts_at(3, [12, 13])
    weekend = _posts_at(4, [24 * 5 + 12])
    dip = clock.lunch_dip(pd.concat([quiet_lunch, flat, lunch_only, weekend], ignore_index=True), "UTC")
    assert dip.loc[1] == 1.0
    assert dip.loc[2] == pytest.approx(0.0)
    assert dip.loc[3] == -1.0
    assert np.isnan(dip.loc[4])  # weekend posts are not part of it


def test_weekend_share_and_holiday_share():
    posts = _posts_at(1, [0, 24 * 5 + 1, 24 * 6 + 1, 24 * 6 + 23])  # Mon, Sat, Sun, Sun 23:00 UTC
    assert clock.weekend_share(posts, "UTC").tolist() == [0.75]
    assert clock.weekend_share(posts, "UTC+8").tolist() == [0.5]  # Sun 23:00 UTC is Monday in Beijing
    assert clock.holiday_share(posts, ["2026-09-13"], "UTC").tolist() == [0.5]
    assert clock.golden_week(posts) == [f"2026-10-0{day}" for day in range(1, 8)]
    with pytest.raises(KitError, match="'holidays'"):
        clock.holiday_share(posts, ["National Day"], "UTC")


def test_hour_of_day_entropy_runs_from_zero_to_one():
    single_hour = _posts_at(1, [9, 33, 57.5])
    every_hour = _posts_at(2, list(range(24)))
    entropy = clock.hour_of_day_entropy(pd.concat([single_hour, every_hour], ignore_index=True))
    assert entropy.loc[1] == 0.0
    assert entropy.loc[2] == pytest.approx(1.0)


def test_posts_per_day_median_and_max():
    posts = _posts_at(1, [1, 2, 3, 4, 25, 49, 50])
    summary = clock.posts_per_day(posts)
    assert summary.loc[1].to_dict() == {"posts_per_day_median": 2.0, "posts_per_day_max": 4}


@pytest.mark.parametrize("offset", [8, -5, 3])
def test_best_working_timezone_finds_the_offset(offset):
    group = _office_group(12, offset)
    assert clock.best_working_timezone(group) == offset
    fit = clock.office_hours_fit_by_offset(group)
    assert list(fit.index) == list(range(-12, 15))
    assert fit.loc[offset, "office_hours_share"] == pytest.approx(1.0)
    assert fit.loc[offset, "weekend_share"] == 0.0
    assert fit.loc[offset, "lunch_dip"] == 1.0
    assert fit["office_hours_share"].drop(offset).max() < 0.95


def test_best_working_timezone_uses_only_the_chosen_accounts():
    office = _office_group(10, 8)
    crowd = _office_group(30, -5, seed=1)
    crowd["userid"] += 100
    crowd["tweetid"] += len(office)
    everyone = pd.concat([office, crowd], ignore_index=True)
    assert clock.best_working_timezone(everyone) == -5
    assert clock.best_working_timezone(everyone, userids=range(1, 11)) == 8
    with pytest.raises(KitError, match="None of the accounts in 'userids'"):
        clock.office_hours_fit_by_offset(everyone, userids=[999999])
    with pytest.raises(KitError, match="'userids' should be a collection of account ids"):
        clock.best_working_timezone(everyone, userids=everyone)


def test_half_hour_offsets_work():
    fit = clock.office_hours_fit_by_offset(_office_group(3, 8), offsets=[5.5, 8])
    assert fit.loc[5.5, "timezone"] == "UTC+05:30"


def test_unknown_time_zone_names_the_argument():
    with pytest.raises(KitError, match="argument 'tz'.*not a time zone I know.*Did you mean 'Asia/Shanghai'"):
        clock.office_hours_share(_posts_at(1, [1]), "Asia/Shangai")
    with pytest.raises(KitError, match="'tz'"):
        clock.weekend_share(_posts_at(1, [1]), ["UTC"])


def test_bad_window_times_are_refused():
    with pytest.raises(KitError, match="'start' should be a time of day"):
        clock.office_hours_share(_posts_at(1, [1]), "UTC", start="9am")
    with pytest.raises(KitError, match="lunch window should end after it starts"):
        clock.lunch_dip(_posts_at(1, [1]), "UTC", start="13:30", end="12:00")


def test_clock_signals_refuse_naive_times_and_the_wrong_table():
    posts = _posts_at(1, [1])
    naive = posts.assign(tweet_time=posts["tweet_time"].dt.tz_localize(None))
    with pytest.raises(KitError, match="'tweet_time' of 'posts' holds times without a time zone"):
        clock.office_hours_share(naive, "UTC+8")
    accounts = pd.DataFrame({"userid": [1], "follower_count": [3], "account_creation_date": [MONDAY]})
    with pytest.raises(KitError, match="'posts' has no column 'tweet_time'.*accounts table"):
        clock.hour_of_week_shares(accounts)
