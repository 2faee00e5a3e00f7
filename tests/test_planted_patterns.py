"""The fingerprints planted in the data, measured from the raw CSV files with plain pandas.

These are the patterns the lessons ask learners to find. Each decoy group
must be present and suspicious on its own signal, so that no single signal
is enough.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

BEIJING = "Asia/Shanghai"
DEFAULT_AVATAR = "0000000000000000"


def beijing(posts: pd.DataFrame) -> pd.DataFrame:
    local = posts["time"].dt.tz_convert(BEIJING)
    return posts.assign(minute=local.dt.hour * 60 + local.dt.minute, weekday=local.dt.day_of_week, date=local.dt.date)


def in_office_hours(frame: pd.DataFrame) -> pd.Series:
    """08:50-17:00 Beijing time (any day)."""
    return (frame["minute"] >= 8 * 60 + 50) & (frame["minute"] < 17 * 60)


def retweet_delays(posts: pd.DataFrame) -> pd.DataFrame:
    originals = posts[["tweetid", "time", "group", "role"]].rename(
        columns={"tweetid": "retweet_tweetid", "time": "original_time", "group": "original_group", "role": "original_role"}
    )
    retweets = posts[posts["is_retweet"]].merge(originals, on="retweet_tweetid", how="inner")
    return retweets.assign(delay=(retweets["time"] - retweets["original_time"]).dt.total_seconds())


def hamming(a: str, b: str) -> int:
    return bin(int(a, 16) ^ int(b, 16)).count("1")


@pytest.fixture(scope="module")
def posts(classroom_raw):
    return beijing(classroom_raw["posts"])


@pytest.fixture(scope="module")
def accounts(classroom_raw):
    return classroom_raw["accounts"]


@pytest.fixture(scope="module")
def campaign(posts):
    return posts[posts["group"] == "campaign_a"]


# --- Campaign A's clock --------------------------------------------------------------------------


def test_campaign_a_posts_in_beijing_weekday_office_hours(campaign):
    share = (in_office_hours(campaign) & (campaign["weekday"] < 5)).mean()
    assert share > 0.8


def test_campaign_a_lunch_dip(campaign):
    weekday = campaign[campaign["weekday"] < 5]
    per_minute = weekday.groupby("minute").size().reindex(range(1440), fill_value=0)
    lunch = per_minute[12 * 60 : 13 * 60 + 30].mean()
    morning = per_minute[9 * 60 : 12 * 60].mean()
    afternoon = per_minute[13 * 60 + 30 : 17 * 60].mean()
    assert lunch < 0.35 * min(morning, afternoon)


def test_campaign_a_quiet_at_weekends_and_national_day(campaign):
    daily = campaign.groupby("date").size()
    dates = pd.to_datetime(pd.Series(daily.index))
    holiday = ((dates >= "2026-10-01") & (dates <= "2026-10-07")).to_numpy()
    weekend = (dates.dt.day_of_week >= 5).to_numpy()
    workday_mean = daily[~weekend & ~holiday].mean()
    assert daily[weekend & ~holiday].mean() < 0.15 * workday_mean
    assert daily[holiday & ~weekend].mean() < 0.15 * workday_mean


def test_some_campaign_personas_post_in_the_us_evening(campaign):
    personas = campaign[(campaign["role"] == "persona") & ~campaign["is_retweet"]]
    eastern_hour = personas["time"].dt.tz_convert("America/New_York").dt.hour
    evening_share = ((eastern_hour >= 19) | (eastern_hour < 1)).groupby(personas["userid"]).mean()
    scheduled = evening_share[evening_share > 0.8]
    assert 5 <= len(scheduled) <= 0.3 * len(evening_share)
    clients = personas[personas["userid"].isin(scheduled.index)]["tweet_client_name"]
    assert (clients == "QueuePilot").mean() > 0.9


# --- Genuine users' clock ------------------------------------------------------------------------


def test_genuine_users_follow_a_us_rhythm(posts):
    genuine = posts[posts["group"].isin(["ordinary", "chinese_speaking_american", "spanish_speaking_american"])]
    hour = genuine["time"].dt.tz_convert("America/New_York").dt.hour
    per_hour = hour.value_counts().reindex(range(24), fill_value=0)
    assert 18 <= per_hour.idxmax() <= 23
    assert 2 <= per_hour.idxmin() <= 7
    assert per_hour[19:23].mean() > 3 * per_hour[3:6].mean()
    assert (in_office_hours(genuine) & (genuine["weekday"] < 5)).mean() < 0.35


def test_weekends_shift_genuine_mornings_later(posts):
    ordinary = posts[posts["group"] == "ordinary"]
    local = ordinary["time"].dt.tz_convert("America/New_York")
    morning = local.dt.hour.between(7, 9)
    weekend = local.dt.day_of_week >= 5
    assert morning[weekend].mean() < morning[~weekend].mean()


# --- Accounts ------------------------------------------------------------------------------------


def test_campaign_accounts_have_far_fewer_followers(accounts):
    medians = accounts.groupby("kind")["follower_count"].median()
    assert medians["campaign"] * 4 < medians["genuine"]
    loudspeakers = accounts[accounts["role"] == "loudspeaker"]
    assert loudspeakers["follower_count"].median() < 20


def test_campaign_accounts_created_in_bursts(accounts):
    made = accounts[(accounts["group"] == "campaign_a") & accounts["role"].isin(["persona", "loudspeaker"])]
    top_days = made["account_creation_date"].value_counts().head(10)
    assert 0.5 < top_days.sum() / len(made) < 0.9            # most, not all: the tell is drawn per account
    ordinary = accounts[accounts["group"] == "ordinary"]
    assert ordinary["account_creation_date"].value_counts().head(10).sum() / len(ordinary) < 0.05


def test_campaign_handles_are_name_plus_eight_digits(accounts):
    pattern = r"^[A-Za-z]{1,7}\d{8}$"
    made = accounts[(accounts["group"] == "campaign_a") & accounts["role"].isin(["persona", "loudspeaker"])]
    assert 0.45 < made["user_screen_name"].str.match(pattern).mean() < 0.9
    assert accounts.loc[accounts["group"] == "ordinary", "user_screen_name"].str.match(pattern).mean() == 0


def test_campaign_pictures_are_near_identical(accounts):
    made = accounts[(accounts["group"] == "campaign_a") & (accounts["role"] != "seed")]
    faces = made.loc[made["profile_image_hash"] != DEFAULT_AVATAR, "profile_image_hash"].tolist()
    nearest = [min(hamming(a, b) for j, b in enumerate(faces) if j != i) for i, a in enumerate(faces)]
    assert 0.6 < np.mean(np.array(nearest) <= 8) < 0.95       # most wear a generated face, some their own picture
    ordinary = accounts.loc[accounts["group"] == "ordinary", "profile_image_hash"]
    sample = ordinary[ordinary != DEFAULT_AVATAR].head(200).tolist()
    assert min(hamming(a, b) for i, a in enumerate(sample) for b in sample[i + 1 :]) > 8


def test_campaign_claims_us_locations_and_some_write_chinese(accounts, posts):
    personas = accounts[accounts["role"] == "persona"]
    claimed = personas["user_reported_location"].str.contains("USA|United States|America|Texas|Florida|Ohio|Arizona|Pennsylvania|Los Angeles|Chicago|Michigan|Georgia|California|New York")
    assert claimed.mean() > 0.8
    chinese_writers = posts[(posts["role"] == "persona") & (posts["tweet_language"] == "zh") & ~posts["is_retweet"]]["userid"].nunique()
    assert chinese_writers > 0.2 * len(personas)
    assert (personas["account_language"] == "zh").mean() > 0.1


def test_personas_have_templated_partisan_bios_for_both_parties(accounts):
    bios = accounts.loc[accounts["role"] == "persona", "user_profile_description"]
    assert bios.str.contains(r"Father|husband|Husband|Mom|Wife|Dad|Grandpa|Veteran").mean() > 0.6
    assert bios.str.contains("Redwood|Ashby").any() and bios.str.contains("Harbor|Marchetti").any()
    assert not (bios.str.contains("Redwood|Ashby") & bios.str.contains("Harbor|Marchetti")).any()   # one side each


REDWOOD_SLOGAN = r"(?i)\b(?:redwood|ashby)\b(?: party)? (?:all the way|2026)"
HARBOR_SLOGAN = r"(?i)\b(?:harbor|marchetti)\b(?: party)? (?:all the way|2026)"
POLITICAL = r"(?i)redwood|harbor party|ashby|marchetti|vote|ballot|election|rigged|both parties|democracy|媒体|选举|投票|党|阿什比|马切蒂"


def test_personas_are_characters_who_keep_one_side(posts):
    own = posts[(posts["role"] == "persona") & ~posts["is_retweet"]]
    side = pd.DataFrame(
        {"redwood": own["tweet_text"].str.contains(REDWOOD_SLOGAN), "harbor": own["tweet_text"].str.contains(HARBOR_SLOGAN)}
    ).groupby(own["userid"]).any()
    sloganeers = side[side.any(axis=1)]
    assert len(sloganeers) >= 30
    assert (sloganeers.all(axis=1)).mean() < 0.05                         # each keeps its side...
    assert sloganeers["redwood"].mean() > 0.25 and sloganeers["harbor"].mean() > 0.25   # ...the network works both


def test_personas_post_everyday_filler(posts):
    own = posts[(posts["role"] == "persona") & ~posts["is_retweet"]]
    everyday = ~own["tweet_text"].str.contains(POLITICAL)
    share = everyday.groupby(own["userid"]).mean()
    assert share.median() >= 1 / 3
    ordinary = posts[(posts["group"] == "ordinary") & ~posts["is_retweet"]]
    assert (~ordinary["tweet_text"].str.contains(POLITICAL)).mean() > 0.6


def test_persona_bios_fit_their_names(accounts):
    from inauthentic.simulate.wordbanks import names

    personas = accounts[accounts["role"].isin(["persona", "repurposed"])]
    first = personas["user_display_name"].str.split(" ").str[0]
    bio = personas["user_profile_description"]
    men = bio.str.contains(r"\b(?:[Hh]usband|[Ff]ather|Dad|dad|Grandpa)\b")
    women = bio.str.contains(r"\b(?:[Ww]ife|[Mm]other|Mom|mom|Grandma)\b")
    assert men.sum() >= 20 and women.sum() >= 20
    assert first[men].isin(names.FIRST_EN_MEN).all() and first[women].isin(names.FIRST_EN_WOMEN).all()
    genuine = accounts[accounts["kind"] == "genuine"]["user_profile_description"]
    assert genuine.str.contains(r"Husband|father|Wife|mother").sum() > men.sum() // 2   # real people write these too


# --- Loud genuine partisans ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def partisans(accounts):
    return accounts[accounts["group"] == "partisan"]


def test_genuine_partisans_exist_on_both_sides(partisans):
    assert len(partisans) >= 100 and (partisans["kind"] == "genuine").all()
    bios = partisans["user_profile_description"]
    redwood = bios.str.contains("Redwood|Ashby")
    harbor = bios.str.contains("Harbor|Marchetti")
    assert redwood.mean() > 0.3 and harbor.mean() > 0.3 and not (redwood & harbor).any()


def test_a_partisan_bio_rule_mostly_accuses_real_people(accounts):
    partisan_bio = accounts["user_profile_description"].str.contains(r"Redwood|Harbor|Ashby|Marchetti|!!")
    flagged = accounts[partisan_bio]
    precision = (flagged["group"] == "campaign_a").mean()
    assert len(flagged) > 100 and precision < 0.5


def test_partisans_are_loud_fast_and_share_the_campaigns_memes(posts, accounts, partisans):
    from inauthentic.simulate.wordbanks import fiction

    candidates = accounts.loc[accounts["user_display_name"].isin(fiction.CANDIDATES), "userid"]
    delays = retweet_delays(posts)
    of_candidates = delays[(delays["group"] == "partisan") & delays["retweet_userid"].isin(candidates)]
    assert of_candidates["delay"].median() < 120
    mine = posts[posts["group"] == "partisan"]
    originals = mine[~mine["is_retweet"]]
    own = originals[originals["in_reply_to_tweetid"] == ""]
    assert own["tweet_text"].str.contains(POLITICAL).mean() > 0.75                # politics only, or nearly
    per_day = mine.groupby("userid").size() / ((posts["time"].max() - posts["time"].min()).days + 1)
    assert (per_day > 3).sum() >= 3                                                 # some post a great deal
    campaign_tags = r"MarchettiLies|TooOldToLead|AshbyFail|FollowTheMoney|AmericaDivided|RiggedSystem|TheTruth"
    assert originals.loc[originals["hashtags"].str.contains(campaign_tags), "userid"].nunique() >= 30
    assert originals.loc[originals["urls"].str.contains("pic.example"), "userid"].nunique() >= 20
    seed_retweeters = delays[(delays["group"] == "partisan") & (delays["original_role"] == "seed")]["userid"].nunique()
    assert seed_retweeters >= 10


def test_genuine_people_share_the_operations_links(posts):
    domains = posts["urls"].str.extract(r"https?://([^/\]]+)", expand=False)
    campaign_domains = set(domains[(posts["group"] == "campaign_a") & ~posts["is_retweet"]].dropna())
    shared = posts[domains.isin(campaign_domains) & (posts["kind"] == "genuine")]
    assert shared["userid"].nunique() >= 50
    assert shared["group"].nunique() >= 3                        # critics, journalists, partisans, people taken in


def test_portuguese_and_indonesian_are_written_by_genuine_people_too(posts):
    writers = posts[posts["tweet_language"].isin(["pt", "id"])].drop_duplicates("userid")
    assert (writers["kind"] == "genuine").mean() > 0.5


# --- Copypasta and amplification -------------------------------------------------------------------


def shared_text_share(frame: pd.DataFrame, originals: pd.DataFrame) -> float:
    authors = originals.groupby("tweet_text")["userid"].nunique()
    return (frame["tweet_text"].map(authors) >= 2).mean()


def test_campaign_copypasta(posts):
    originals = posts[~posts["is_retweet"] & (posts["in_reply_to_tweetid"] == "")]
    campaign_copies = originals[originals["role"].isin(["persona", "loudspeaker"])]
    assert shared_text_share(campaign_copies, originals) > 0.5     # the rest is everyday filler
    assert shared_text_share(originals[originals["group"] == "ordinary"], originals) < 0.05


def test_loudspeakers_retweet_seeds_within_seconds_and_personas_within_minutes(posts):
    delays = retweet_delays(posts)
    of_seeds = delays[delays["original_role"] == "seed"]
    loud = of_seeds[of_seeds["role"] == "loudspeaker"]["delay"]
    persona = of_seeds[of_seeds["role"] == "persona"]["delay"]
    assert loud.median() < 60 and persona.median() < 15 * 60
    assert len(loud) > 5 * (posts["role"] == "seed").sum() * 0.5


def test_loudspeakers_post_far_more_than_personas(posts):
    per_account = posts.groupby(["role", "userid"]).size()
    assert per_account["loudspeaker"].median() > 20 * per_account["persona"].median()


def test_campaign_engagement_comes_from_inside(posts):
    delays = retweet_delays(posts)
    of_campaign = delays[delays["original_group"] == "campaign_a"]
    assert (of_campaign["group"] == "campaign_a").mean() > 0.95
    originals = posts[(posts["group"] == "campaign_a") & ~posts["is_retweet"]]
    genuine = posts[(posts["group"] == "ordinary") & ~posts["is_retweet"]]
    assert (originals["like_count"] + originals["retweet_count"] == 0).mean() > (genuine["like_count"] + genuine["retweet_count"] == 0).mean()


def test_campaign_co_replies_under_public_figures(posts):
    replies = posts[(posts["group"] == "campaign_a") & (posts["in_reply_to_tweetid"] != "")]
    per_target = replies.groupby("in_reply_to_tweetid").size()
    assert (per_target >= 5).sum() >= 5


def test_repurposed_accounts_switch_language_and_app(posts, accounts):
    repurposed = posts[posts["role"] == "repurposed"].sort_values("time")
    before = repurposed[repurposed["tweet_language"].isin(["pt", "id"])]
    after = repurposed[repurposed["tweet_language"].isin(["en", "zh"])]
    assert (before["tweet_client_name"] == "Android App").all()
    assert (after["tweet_client_name"] != "Android App").mean() > 0.6
    switch = before.groupby("userid")["time"].max() < after.groupby("userid")["time"].min()
    assert switch.mean() > 0.9
    old = accounts[accounts["role"] == "repurposed"]
    assert (old["account_creation_date"] < "2019-01-01").all()
    assert old["account_language"].isin(["pt", "id"]).all()


# --- Decoys ------------------------------------------------------------------------------------------


def test_writes_chinese_is_not_evidence(posts, accounts):
    writers = posts.loc[posts["tweet_language"] == "zh", "userid"].unique()
    flagged = accounts[accounts["userid"].isin(writers)]
    assert (flagged["kind"] == "campaign").mean() < 0.5
    interface = accounts[accounts["account_language"] == "zh"]
    assert (interface["kind"] == "campaign").mean() < 0.5
    csa = posts[posts["group"] == "chinese_speaking_american"]
    assert (csa["tweet_language"] == "zh").mean() > 0.5


def test_night_shift_posts_in_beijing_office_hours(posts):
    night = posts[posts["group"] == "night_shift"]
    assert in_office_hours(night).mean() > 0.5
    campaign_days = posts[posts["group"] == "campaign_a"].groupby("date").size()
    night_days = night.groupby("date").size()
    holiday = [d for d in night_days.index if pd.Timestamp("2026-10-01").date() <= d <= pd.Timestamp("2026-10-07").date()]
    assert night_days[holiday].mean() > 0.5 * night_days.mean()          # no holiday lull, unlike the campaign
    assert campaign_days[holiday].mean() < 0.2 * campaign_days.mean()


def test_fandom_retweets_its_star_within_seconds_on_debate_nights(posts):
    delays = retweet_delays(posts)
    fans = delays[delays["group"] == "fandom"]
    fast = fans[fans["delay"] < 10]
    assert len(fast) > 500
    nights = fast["time"].dt.tz_convert("America/New_York").dt.date.astype(str).value_counts()
    assert set(nights.head(2).index) == {"2026-09-29", "2026-10-13"}
    co_retweeters = fast.groupby("retweet_tweetid")["userid"].nunique()
    assert (co_retweeters >= 10).sum() >= 10


def test_new_accounts_look_like_fakes_on_metadata(accounts):
    new = accounts[accounts["group"] == "new_account"]
    assert 0.4 < (new["profile_image_hash"] == DEFAULT_AVATAR).mean() < 0.9          # many, not all
    assert 0.4 < new["user_screen_name"].str.match(r"^[A-Za-z]{1,7}\d{8}$").mean() < 0.9
    assert (new["account_creation_date"] >= "2026-07-15").all()
    assert new["follower_count"].median() < 20


def test_heavy_posters_exceed_72_posts_a_day(posts):
    days = (posts["time"].max() - posts["time"].min()).days + 1
    per_day = posts[posts["group"] == "heavy_poster"].groupby("userid").size() / days
    assert len(per_day) >= 1 and (per_day > 72).all()


def test_diaspora_community_repeats_its_notices(posts):
    originals = posts[~posts["is_retweet"] & (posts["in_reply_to_tweetid"] == "")]
    diaspora = originals[originals["group"] == "diaspora_community"]
    ordinary = originals[originals["group"] == "ordinary"]
    assert shared_text_share(diaspora, originals) > 0.2
    assert shared_text_share(diaspora, originals) > 5 * shared_text_share(ordinary, originals)


def test_news_desks_post_all_day_with_links(posts):
    news = posts[posts["group"] == "news_desk"]
    hours = news["time"].dt.tz_convert("America/New_York").dt.hour.value_counts().reindex(range(24), fill_value=0)
    assert (hours > 0).all() and hours.min() > 0.2 * hours.max()
    assert (news["urls"] != "[]").mean() > 0.6
    wire = news[news["tweet_text"].str.contains("coastalwire.example")]
    assert wire.groupby("urls")["userid"].nunique().max() >= 3


def test_public_figures_have_huge_followings(accounts):
    figures = accounts[accounts["group"] == "public_figure"]
    assert figures["follower_count"].median() > 100_000


def test_spam_is_around_the_clock_with_shop_links(posts, accounts):
    spam = posts[posts["group"] == "commercial_spam"]
    hours = spam["time"].dt.hour.value_counts().reindex(range(24), fill_value=0)
    assert hours.min() > 0.4 * hours.max()
    assert in_office_hours(spam).mean() < 0.45
    links = spam.loc[~spam["is_retweet"] & (spam["in_reply_to_tweetid"] == ""), "urls"]
    assert links.str.contains(r"-(?:shop|outlet|store|deals|direct|club|finds)\.example|sneakervault\.example").mean() > 0.9
    logos = accounts.loc[accounts["group"] == "commercial_spam", "profile_image_hash"].value_counts()
    assert logos.iloc[0] >= 2


# --- Campaign B (capstone) ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def capstone(capstone_raw):
    return capstone_raw


def test_campaign_b_works_sunday_to_thursday_in_utc_plus_3(capstone):
    b = capstone["posts"][capstone["posts"]["group"] == "campaign_b"]
    local = b["time"] + pd.Timedelta(hours=3)
    in_hours = local.dt.hour.between(9, 17)
    workweek = local.dt.day_of_week.isin([6, 0, 1, 2, 3])
    assert (in_hours & workweek).mean() > 0.75
    minutes = (local.dt.hour * 60 + local.dt.minute)[workweek]
    lunch = minutes.between(12 * 60, 13 * 60 + 29).mean() / 1.5
    day = minutes.between(9 * 60, 17 * 60 + 59).mean() / 9
    assert lunch > 0.6 * day                     # no lunch dip
    beijing_office = beijing(b)
    assert (in_office_hours(beijing_office) & (beijing_office["weekday"] < 5)).mean() < 0.5


def test_campaign_b_co_link_bursts_with_paraphrases(capstone):
    posts = capstone["posts"]
    b = posts[(posts["group"] == "campaign_b") & ~posts["is_retweet"] & (posts["role"] == "persona")]
    articles = b[b["urls"].str.contains("-(?:news|daily|times|online|post|report)\\.example|centerville-times", regex=True)]
    per_link = articles.groupby("urls").agg(accounts=("userid", "nunique"), span=("time", lambda t: (t.max() - t.min()).total_seconds()))
    bursts = per_link[per_link["accounts"] >= 5]
    assert len(bursts) > 20 and bursts["span"].median() < 60 * 60
    assert articles["tweet_text"].duplicated().mean() < 0.1        # paraphrases, not copypasta


def test_campaign_b_accounts_look_ordinary(capstone):
    accounts = capstone["accounts"]
    b = accounts[(accounts["group"] == "campaign_b") & (accounts["role"] == "persona")]
    assert not b["user_screen_name"].str.match(r"^[A-Za-z]{1,7}\d{8}$").any()
    assert b["account_creation_date"].nunique() > 0.8 * len(b)
    assert (b["account_creation_date"] < "2022-01-01").all()
    assert b["profile_image_hash"].nunique() == len(b)
    assert b["follower_count"].median() > 0.5 * accounts.loc[accounts["group"] == "ordinary", "follower_count"].median()
    posts = capstone["posts"]
    assert set(posts.loc[posts["group"] == "campaign_b", "tweet_language"]) == {"en"}


def test_genuine_posts_end_their_sentences_where_template_pieces_join(posts):
    """A closing phrase ("My dad is furious.") never follows a sentence left without its full stop."""
    from inauthentic.simulate.wordbanks import english

    closers = {phrase.strip() for family in (english.SPORTS, english.POLITICS) for phrase in family[-1] if phrase.strip()}
    pattern = r"[A-Za-z0-9] (?:" + "|".join(map(re.escape, sorted(closers))) + r")"
    genuine = posts[(posts["kind"] == "genuine") & ~posts["is_retweet"]]
    assert genuine["tweet_text"].str.contains(pattern).sum() == 0
