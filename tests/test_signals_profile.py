"""Profile signals on small hand-made tables with known answers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from inauthentic.errors import KitError
from inauthentic.signals import profile
from inauthentic.signals._examples import make_accounts, make_posts


def test_account_age_at_first_post_uses_the_first_post():
    accounts = make_accounts(userid=[1, 2, 3], account_creation_date=["2026-09-01", "2020-09-01", "2026-01-01"])
    posts = make_posts(
        userid=[1, 1, 2],
        tweet_time=["2026-09-11 00:00:00", "2026-09-03 06:00:00", "2020-09-02 00:00:00"],
    )
    age = profile.account_age_at_first_post(accounts, posts)
    assert age.name == "account_age_at_first_post_days"
    assert age.to_dict() == {1: 2.25, 2: 1.0}  # account 3 never posted


@pytest.mark.parametrize(
    ("period", "expected"),
    [("day", [3, 3, 3, 1, 1]), ("week", [4, 4, 4, 4, 1])],
)
def test_creation_burst_size_counts_same_day_and_iso_week(period, expected):
    dates = ["2026-09-09", "2026-09-09", "2026-09-09", "2026-09-13", "2026-09-14"]  # Wed x3, Sun, next Mon
    burst = profile.creation_burst_size(make_accounts(account_creation_date=dates), period)
    assert burst.name == f"created_same_{period}"
    assert burst.tolist() == expected


def test_creation_burst_size_refuses_an_unknown_period():
    with pytest.raises(KitError, match="'period'"):
        profile.creation_burst_size(make_accounts(userid=[1]), "month")


def test_follower_following_ratio():
    ratio = profile.follower_following_ratio(make_accounts(follower_count=[0, 9, 0], following_count=[0, 0, 99]))
    assert ratio.tolist() == pytest.approx([1.0, 10.0, 0.01])


def test_handle_digits_and_name_plus_digits():
    accounts = make_accounts(user_screen_name=["mary04581932", "jo_1987", "GlobalHarmonyT", "Kevin_Lin20250", "2024fan"])
    assert profile.handle_digit_count(accounts).tolist() == [8, 4, 0, 5, 0]
    assert profile.name_plus_digits_handle(accounts).tolist() == [True, False, False, True, False]
    assert profile.name_plus_digits_handle(accounts, min_digits=4).tolist() == [True, True, False, True, False]


def test_empty_bio():
    assert profile.empty_bio(make_accounts(user_profile_description=["", "  ", "hi"])).tolist() == [True, True, False]


def test_shared_bio_count_matches_templates_for_both_parties():
    bios = [
        "Father, husband and son. Redwood Party all the way!! 2024",
        "Father, husband & son. Harbor Party all the way!",
        "father husband and son 🇺🇸 Redwood Party all the way 2026",
        "Nurse, night owl, coffee addict. Rivertown born and raised.",
        "",
        "",
    ]
    accounts = make_accounts(user_profile_description=bios)
    masked = profile.shared_bio_count(accounts, masked_words=("redwood", "harbor"))
    assert masked.name == "shared_bio_count"
    assert masked.tolist() == [2, 2, 2, 0, 0, 0]  # empty bios never match each other
    strict = profile.shared_bio_count(accounts, threshold=1.0)
    assert strict.tolist() == [1, 0, 1, 0, 0, 0]  # the two Redwood bios: same words once digits are masked


def _flip(hex_hash: str, bits: list[int]) -> str:
    value = int(hex_hash, 16)
    for bit in bits:
        value ^= 1 << bit
    return f"{value:016x}"


def test_shared_image_count_counts_within_k_bits_and_skips_the_default():
    face = "a3f1c2d4e5f60718"
    hashes = [face, _flip(face, [0, 13, 40, 63]), _flip(face, [1, 2, 3, 4, 5]), "0123456789abcdef",
              "0000000000000000", "0000000000000000"]  # fmt: skip
    accounts = make_accounts(profile_image_hash=hashes)
    assert profile.shared_image_count(accounts).tolist() == [1, 1, 0, 0, 0, 0]  # 4 bits yes, 5 bits no
    assert profile.shared_image_count(accounts, max_bits=5).tolist() == [2, 1, 1, 0, 0, 0]
    assert profile.default_avatar(accounts).tolist() == [False] * 4 + [True] * 2


def test_shared_image_count_agrees_with_brute_force():
    rng = np.random.default_rng(3)
    faces = rng.integers(0, 2**63, 5, dtype=np.int64).astype(np.uint64)
    values = np.concatenate([faces[rng.integers(0, 5, 150)], rng.integers(0, 2**63, 150, dtype=np.int64).astype(np.uint64)])
    flips = rng.integers(0, 64, (300, 3))
    for column in range(3):  # up to three random bits flipped per picture
        keep = rng.random(300) < 0.5
        values[keep] ^= np.left_shift(np.uint64(1), flips[keep, column].astype(np.uint64))
    hashes = [f"{int(v):016x}" for v in values]
    found = profile.shared_image_count(make_accounts(profile_image_hash=hashes), max_bits=4).to_numpy()
    xor = values[:, None] ^ values[None, :]
    distance = np.unpackbits(xor.view(np.uint8), axis=-1).reshape(300, 300, 64).sum(axis=2)
    expected = (distance <= 4).sum(axis=1) - 1
    np.testing.assert_array_equal(found, expected)


def test_shared_image_count_refuses_malformed_hashes():
    with pytest.raises(KitError, match="profile_image_hash.*16 hexadecimal digits"):
        profile.shared_image_count(make_accounts(profile_image_hash=["a3f1", "0000000000000000"]))


def test_repurposing_signs_sees_a_language_and_client_switch():
    times = pd.date_range("2026-09-01", periods=9, freq="D", tz="UTC").strftime("%Y-%m-%d %H:%M:%S").tolist()
    posts = make_posts(
        userid=[7] * 9 + [8] * 3,
        tweet_time=times + times[:3],
        tweet_language=["pt"] * 4 + ["en"] * 5 + ["pt", "en", "en"],
        tweet_client_name=["Android App"] * 3 + ["Web App"] * 6 + ["Web App"] * 3,
    )
    signs = profile.repurposing_signs(posts)
    assert signs.loc[7].tolist() == [True, True]
    assert signs.loc[8].tolist() == [False, False]  # too few posts to tell


def test_profile_signals_refuse_the_posts_table():
    posts = make_posts(userid=[1])
    with pytest.raises(KitError, match="'accounts'.*looks like the posts table"):
        profile.follower_following_ratio(posts)


def test_profile_signals_name_the_missing_column():
    accounts = make_accounts(userid=[1]).drop(columns="profile_image_hash")
    with pytest.raises(KitError, match="'accounts' has no column 'profile_image_hash'"):
        profile.shared_image_count(accounts)


def test_account_age_refuses_naive_timestamps():
    posts = make_posts(userid=[1])
    posts["tweet_time"] = posts["tweet_time"].dt.tz_localize(None)
    with pytest.raises(KitError, match="'tweet_time' of 'posts' holds times without a time zone"):
        profile.account_age_at_first_post(make_accounts(userid=[1]), posts)
