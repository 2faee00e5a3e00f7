"""Amplification signals on small hand-made tables with known answers."""

from __future__ import annotations

import pytest

from inauthentic.errors import KitError
from inauthentic.signals import amplification
from inauthentic.signals._examples import make_accounts, make_posts


def _cascade():
    """Seed 1 posts twice; 2 retweets fast, 3 slowly, 4 retweets a non-seed; 5 replies to 1."""
    return make_posts(
        tweetid=[10, 11, 20, 21, 30, 31, 40, 50, 60],
        userid=[1, 1, 2, 2, 3, 3, 4, 5, 6],
        tweet_time=[
            "2026-09-07 01:00:00", "2026-09-07 02:00:00",
            "2026-09-07 01:00:04", "2026-09-07 02:00:50",
            "2026-09-07 03:00:00", "2026-09-07 04:00:00",
            "2026-09-07 05:00:10", "2026-09-07 05:30:00", "2026-09-07 05:00:00",
        ],
        is_retweet=[False, False, True, True, True, True, True, False, False],
        retweet_userid=[None, None, 1, 1, 1, 1, 6, None, None],
        retweet_tweetid=[None, None, 10, 11, 10, 11, 60, None, None],
        in_reply_to_tweetid=[None] * 7 + [10, None],
        in_reply_to_userid=[None] * 7 + [1, None],
    )  # fmt: skip


def test_retweet_share():
    assert amplification.retweet_share(_cascade()).to_dict() == {1: 0.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 0.0, 6: 0.0}


def test_retweet_delays_pairs_each_retweet_with_its_original():
    posts = _cascade()
    orphan = make_posts(tweetid=[99], userid=[7], is_retweet=[True], retweet_userid=[8], retweet_tweetid=[12345])
    delays = amplification.retweet_delays(make_posts(**{c: list(posts[c]) + list(orphan[c]) for c in posts.columns}))
    assert delays.columns.tolist() == ["userid", "retweet_userid", "retweet_tweetid", "delay_seconds"]
    assert delays["delay_seconds"].tolist() == [4.0, 50.0, 7200.0, 7200.0, 10.0]  # the orphan is left out


def test_seed_retweet_delay_and_fast_retweet_share():
    posts = _cascade()
    delay = amplification.seed_retweet_delay(posts, seed_userids=[1])
    assert delay.name == "seed_retweet_delay_seconds"
    assert delay.to_dict() == {2: 27.0, 3: 7200.0}
    everyone = amplification.seed_retweet_delay(posts, seed_userids=None)
    assert everyone.name == "retweet_delay_seconds" and everyone.loc[4] == 10.0
    assert amplification.fast_retweet_share(posts, within_seconds=10).to_dict() == {2: 0.5, 3: 0.0, 4: 1.0}
    assert amplification.fast_retweet_share(posts, within_seconds=60, seed_userids={1}).to_dict() == {2: 1.0, 3: 0.0}


def test_internal_engagement_share():
    share = amplification.internal_engagement_share(_cascade(), group_userids=[2, 3])
    assert share.name == "internal_engagement_share"
    assert share.to_dict() == {1: 0.8, 6: 0.0}  # 1: four retweets from 2 and 3, one reply from 5


def test_engagement_received_counts_retweets_and_replies_from_others():
    assert amplification.engagement_received(_cascade()).to_dict() == {1: 5, 6: 1}


def test_engagement_keeps_19_digit_ids_exact():
    big = 1525881397950855303  # not representable as a float: a float round trip would change it
    posts = make_posts(
        tweetid=[1, 2, 3], userid=[big, big - 2, big - 4], is_retweet=[False, True, False],
        retweet_userid=[None, big, None], retweet_tweetid=[None, 1, None],
        in_reply_to_tweetid=[None, None, 1], in_reply_to_userid=[None, None, big],
    )  # fmt: skip
    assert amplification.internal_engagement_share(posts, [big - 2]).to_dict() == {big: 0.5}
    assert amplification.engagement_received(posts).to_dict() == {big: 2}
    assert amplification.retweet_delays(posts)["retweet_userid"].tolist() == [big]


def test_internal_engagement_ignores_self_engagement():
    posts = make_posts(tweetid=[1, 2], userid=[1, 1], is_retweet=[False, True], retweet_userid=[None, 1], retweet_tweetid=[None, 1])
    assert amplification.internal_engagement_share(posts, [1]).empty


def test_loudspeaker_index():
    accounts = make_accounts(userid=[1, 2, 3], follower_count=[0, 90, 5])
    times = [f"2026-09-0{day} 12:00:00" for day in (1, 3)]  # a two-day collection
    posts = make_posts(userid=[1] * 6 + [2] * 2, tweet_time=times * 4)
    index = amplification.loudspeaker_index(accounts, posts)
    assert index.to_dict() == pytest.approx({1: 3.0, 2: 0.5, 3: 0.0})


def test_zero_engagement_share():
    posts = make_posts(userid=[1, 1, 1, 2], is_retweet=[False, False, True, False], like_count=[0, 2, 0, 0], retweet_count=[0, 0, 0, 1])
    assert amplification.zero_engagement_share(posts).to_dict() == {1: 0.5, 2: 0.0}


def test_group_arguments_must_be_ids():
    with pytest.raises(KitError, match="'seed_userids' should be a collection of account ids"):
        amplification.seed_retweet_delay(_cascade(), seed_userids="1")
    with pytest.raises(KitError, match="'group_userids' holds 'bob'"):
        amplification.internal_engagement_share(_cascade(), group_userids=[1, "bob"])
    with pytest.raises(KitError, match="'within_seconds'"):
        amplification.fast_retweet_share(_cascade(), within_seconds=0)


def test_amplification_signals_check_their_tables():
    accounts = make_accounts(userid=[1])
    with pytest.raises(KitError, match="'posts' has no column 'is_retweet'.*accounts table"):
        amplification.retweet_share(accounts)
    with pytest.raises(KitError, match="'posts' has no column 'retweet_tweetid'"):
        amplification.retweet_delays(_cascade().drop(columns="retweet_tweetid"))
    posts = _cascade()
    naive = posts.assign(tweet_time=posts["tweet_time"].dt.tz_localize(None))
    with pytest.raises(KitError, match="'tweet_time' of 'posts' holds times without a time zone"):
        amplification.fast_retweet_share(naive)
    with pytest.raises(KitError, match="'accounts'"):
        amplification.loudspeaker_index(posts, posts)
