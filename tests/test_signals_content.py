"""Content signals on small hand-made tables with known answers."""

from __future__ import annotations

import itertools
import tracemalloc

import numpy as np
import pandas as pd
import pytest

from inauthentic.errors import KitError
from inauthentic.signals import content, profile
from inauthentic.signals._examples import make_accounts, make_posts
from inauthentic.textsim import normalise_text, similar_pairs


def test_language_share_and_other_language_share():
    accounts = make_accounts(userid=[1, 2], account_language=["en", "zh"])
    posts = make_posts(userid=[1, 1, 1, 1, 2, 2], tweet_language=["zh", "zh", "zh", "en", "zh", "en"])
    assert content.language_share(posts, "zh").to_dict() == {1: 0.75, 2: 0.5}
    assert content.language_share(posts, "es").name == "es_post_share"
    assert content.other_language_share(accounts, posts).to_dict() == {1: 0.75, 2: 0.5}


def test_claims_us_location():
    places = ["Flushing, NY", "纽约法拉盛", "America 🇺🇸", "Texas, USA", "São Paulo", "Latin America", "", "Taipei"]
    claims = content.claims_us_location(make_accounts(user_reported_location=places))
    assert claims.tolist() == [True, True, True, True, False, False, False, False]


def test_us_location_writing_language_needs_both():
    accounts = make_accounts(userid=[1, 2, 3, 4], user_reported_location=["Houston, TX", "Chengdu", "Ohio", "Ohio"])
    posts = make_posts(userid=[1, 1, 2, 3, 3, 3], tweet_language=["zh", "en", "zh", "zh", "en", "en"])
    flags = content.us_location_writing_language(accounts, posts)
    assert flags.name == "us_location_writing_zh"
    assert flags.to_dict() == {1: True, 2: False, 3: False, 4: False}
    with pytest.raises(KitError, match="'min_share'"):
        content.us_location_writing_language(accounts, posts, min_share=50)


SCRIPT = "The Harbor candidate is far too old to lead this country, wake up America before it is too late"
SOURDOUGH = "Made sourdough again this weekend and it turned out great"


def test_copypasta_reach_counts_accounts_not_posts():
    posts = make_posts(
        userid=[1, 1, 2, 3, 3, 4, 5],
        is_retweet=[False, False, False, False, False, False, True],
        tweet_text=[
            SCRIPT,
            SOURDOUGH,
            "@someone " + SCRIPT.upper() + "!!! https://t.example/1",  # shouted, as a reply, with a link
            SOURDOUGH,
            SOURDOUGH,  # 3 posts it twice: still only two accounts
            "good morning everyone",  # too short to count
            "RT @one: " + SCRIPT,  # a retweet is not copypasta
        ],
    )
    reach = content.copypasta_reach(posts)
    assert reach.columns.tolist() == ["tweetid", "userid", "tweet_text", "accounts"]
    assert reach["accounts"].tolist() == [2, 2, 2, 2, 2, 0]
    assert content.copypasta_share(posts, min_accounts=2).to_dict() == {1: 1.0, 2: 1.0, 3: 1.0, 4: 0.0}
    assert content.copypasta_share(posts).to_dict() == {1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}  # default: 3 accounts


def test_copypasta_share_needs_min_accounts_accounts():
    posts = make_posts(userid=[1, 2, 3, 4, 4], tweet_text=[SCRIPT, SCRIPT, SCRIPT, SCRIPT, SOURDOUGH])
    assert content.copypasta_share(posts).to_dict() == {1: 1.0, 2: 1.0, 3: 1.0, 4: 0.5}
    assert content.copypasta_share(posts, min_accounts=5).to_dict() == {1: 0.0, 2: 0.0, 3: 0.0, 4: 0.0}
    with pytest.raises(KitError, match="'min_accounts'"):
        content.copypasta_share(posts, min_accounts=1)


def test_copypasta_share_survives_small_edits_but_not_different_text():
    edited = SCRIPT.replace("far too old", "way too old")
    posts = make_posts(
        userid=[1, 2, 3],
        tweet_text=[SCRIPT, edited, "The Redwood candidate has a plan for farmers and for the towns on the river"],
    )
    assert content.copypasta_share(posts, min_accounts=2).to_dict() == {1: 1.0, 2: 1.0, 3: 0.0}
    assert content.copypasta_share(posts, threshold=0.95, min_accounts=2).to_dict() == {1: 0.0, 2: 0.0, 3: 0.0}


def test_copypasta_share_reads_chinese_character_by_character():
    notice = "【社区通知】免费报税讲座 本周六上午10点 在湖景华人社区中心举行，欢迎大家参加！"
    variant = "【社区通知】免费报税讲座 本周日上午10点 在湖景华人社区中心举行，欢迎大家参加！"
    posts = make_posts(userid=[1, 2, 3], tweet_text=[notice, variant, "今天带孩子去了湖边的公园，太开心了。"])
    assert content.copypasta_share(posts, min_accounts=2).to_dict() == {1: 1.0, 2: 1.0, 3: 0.0}


def test_similar_pairs_finds_every_close_pair():
    """Compare with an exhaustive search on 400 texts.

    Every pair found is a true match (candidates are verified); MinHash may
    miss a true pair at Jaccard 0.8 about 4 % of the time, and almost never
    one at 0.9 or above.
    """
    rng = np.random.default_rng(5)
    vocabulary = np.array([f"word{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"] + [f"term{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"])
    templates = [rng.choice(vocabulary, 14, replace=False) for _ in range(20)]
    texts = []
    for i in range(400):
        words = templates[i % 20].copy()
        words[rng.integers(0, 14, rng.integers(0, 3))] = rng.choice(vocabulary)
        texts.append(" ".join(words))
    texts = pd.Series(texts).drop_duplicates().reset_index(drop=True)
    found = similar_pairs(texts, threshold=0.8)
    sets = [set(text.split()) for text in texts]
    jaccard = {
        (i, j): len(sets[i] & sets[j]) / len(sets[i] | sets[j]) for i, j in itertools.combinations(range(len(sets)), 2)
    }
    expected = {pair for pair, score in jaccard.items() if score >= 0.8}
    very_close = {pair for pair, score in jaccard.items() if score >= 0.9}
    found_pairs = set(zip(found["left"], found["right"]))
    assert len(expected) > 500
    assert found_pairs <= expected
    assert len(found_pairs) >= 0.93 * len(expected)  # 96 % expected at J = 0.8, more above
    assert very_close <= found_pairs


def test_twenty_thousand_variants_of_one_script_need_bounded_memory():
    """20,000 accounts post one script, each with a tag of its own (Jaccard 18/20 between any two).

    Listing every pair of them would take 200 million pairs; they are compared with the first
    text of their bucket instead, and still all count as copies of one another.
    """
    script = "the media will never tell you the truth about the count so share this now before they delete it again"
    letters = "abcdefghij"
    tags = ["".join(letters[int(digit)] for digit in str(i)) for i in range(20_000)]
    posts = make_posts(userid=list(range(20_000)), tweet_text=[f"{script} #{tag}" for tag in tags])
    accounts = make_accounts(userid=list(range(20_000)), user_profile_description=[f"{script} {tag}" for tag in tags])
    tracemalloc.start()
    try:
        share = content.copypasta_share(posts)
        bios = profile.shared_bio_count(accounts)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (share == 1.0).all() and len(share) == 20_000
    assert (bios == 19_999).all()
    assert peak < 150 * 2**20, f"peak memory {peak / 2**20:.0f} MiB"


def test_normalise_text():
    assert normalise_text(pd.Series(["RT @Ann_1: Vote  #Blue!! 2026 @bob https://x.example/a"])).tolist() == [
        "vote #blue 0000 <mention> <link>"
    ]


def test_hashtag_concentration():
    posts = make_posts(userid=[1, 1, 2, 3], hashtags=[["Vote", "vote", "vote"], ["Rigged"], ["a", "b"], []])
    concentration = content.hashtag_concentration(posts)
    assert concentration.loc[1].tolist() == pytest.approx([0.75, 0.625])
    assert concentration.loc[2].tolist() == pytest.approx([0.5, 0.5])
    assert concentration.loc[3].isna().all()


def test_content_signals_check_their_tables():
    accounts = make_accounts(userid=[1])
    with pytest.raises(KitError, match="'posts' has no column 'tweetid', 'tweet_text' and 'is_retweet'.*accounts table"):
        content.copypasta_share(accounts)
    with pytest.raises(KitError, match="'posts' has no column 'hashtags'"):
        content.hashtag_concentration(make_posts(userid=[1]).drop(columns="hashtags"))
    with pytest.raises(KitError, match="'accounts' has no column 'account_language'"):
        content.other_language_share(make_posts(userid=[1]), make_posts(userid=[1]))
