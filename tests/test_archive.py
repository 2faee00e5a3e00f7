"""The Information Operations archive's layout: the loader, the writer and the shipped sample."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest

from inauthentic import coordination, load_dataset, signals
from inauthentic.archive_sample import write_sample
from inauthentic.archive import (
    HASH_BELOW_FOLLOWERS,
    HASHED_ID_BASE,
    TWEETS_COLUMNS,
    USERS_COLUMNS,
    find_archive_files,
    hashed_id_codes,
    parse_archive_lists,
    read_archive,
    sample_folder,
    write_archive,
)
from inauthentic.errors import KitError
from inauthentic.schema import TABLES

HASH = "lK8pX0aZ3+Yq/wT7uVb2Q1sAbCdEfGhIjKlMnOpQrSt="


@pytest.fixture(scope="module")
def sample():
    return load_dataset(sample_folder())


@pytest.fixture(scope="module")
def tiny():
    return load_dataset("tiny")


def _users_row(userid, followers=12):
    return {
        "userid": userid, "user_display_name": userid, "user_screen_name": userid, "user_reported_location": "",
        "user_profile_description": "", "user_profile_url": "", "follower_count": str(followers),
        "following_count": "3", "account_creation_date": "2026-09-01", "account_language": "en",
    }  # fmt: skip


def _tweet_row(tweetid, author, **changes):
    row = {column: "" for column in TWEETS_COLUMNS}
    row.update(_users_row(author))
    row.update(
        tweetid=str(tweetid), tweet_language="en", tweet_text="Hello", tweet_time="2026-09-29 08:05",
        tweet_client_name="Web", is_retweet="False", quote_count="0", reply_count="0", like_count="0",
        retweet_count="0", hashtags="[]", urls="[]", user_mentions="[]",
    )  # fmt: skip
    row.update(changes)
    return row


def _release(folder, tweets_files, users=None, release="test_092026"):
    """Write a small release: ``tweets_files`` maps a name suffix to its rows."""
    users = users if users is not None else [_users_row(HASH), _users_row("4567", followers=9000)]
    pd.DataFrame(users, columns=USERS_COLUMNS).to_csv(folder / f"{release}_users_csv_hashed.csv", index=False)
    for suffix, rows in tweets_files.items():
        pd.DataFrame(rows, columns=TWEETS_COLUMNS).to_csv(folder / f"{release}_tweets_csv_hashed{suffix}.csv", index=False)
    return folder


# ---------------------------------------------------------------- the shipped sample


def test_the_sample_loads_with_the_kits_dtypes_and_no_answer_key(sample, tiny):
    assert sample.labels is None
    for table in ("accounts", "posts"):
        frame, reference = getattr(sample, table), getattr(tiny, table)
        assert list(frame.columns[: len(TABLES[table])]) == list(TABLES[table])
        for column in TABLES[table]:
            assert frame[column].dtype.kind == reference[column].dtype.kind, (table, column)
    assert set(sample.posts["tweetid"]) == set(tiny.posts["tweetid"])
    assert (sample.posts["tweet_time"].dt.second == 0).all()
    assert (sample.posts["tweet_time"] <= tiny.posts.set_index("tweetid").loc[sample.posts["tweetid"], "tweet_time"].to_numpy()).all()


def test_the_sample_hashes_low_follower_accounts_and_keeps_the_archive_text(sample, tiny):
    accounts = sample.accounts
    hashed = accounts["follower_count"] < HASH_BELOW_FOLLOWERS
    assert hashed.any() and (~hashed).any()
    assert (accounts.loc[hashed, "userid"] >= HASHED_ID_BASE).all()
    assert not accounts.loc[hashed, "userid_archive"].str.fullmatch(r"\d+").any()
    assert (accounts.loc[hashed, "user_screen_name"] == accounts.loc[hashed, "userid_archive"]).all()
    # Well-followed accounts keep their real (here: the simulator's) ids.
    assert set(accounts.loc[~hashed, "userid"]) <= set(tiny.accounts["userid"])
    assert (accounts.loc[~hashed, "userid_archive"] == accounts.loc[~hashed, "userid"].astype(str)).all()
    # The same account has the same code as author, as the retweeted and in its archive text.
    retweets = sample.posts[sample.posts["is_retweet"]]
    assert retweets["retweet_userid"].isin(accounts["userid"]).mean() > 0.5
    assert (retweets["retweet_userid_archive"].map(dict(zip(accounts["userid_archive"], accounts["userid"]))).dropna()
            == retweets["retweet_userid"][retweets["retweet_userid_archive"].isin(accounts["userid_archive"])]).all()  # fmt: skip


def test_the_columns_the_kit_does_not_use_are_kept(sample):
    assert "user_profile_url" in sample.accounts
    for column in ("quoted_tweet_tweetid", "latitude", "longitude", "quote_count", "reply_count", "user_mentions", "poll_choices"):
        assert column in sample.posts, column
    retweets = sample.posts[sample.posts["is_retweet"]]
    assert (retweets["user_mentions"].str[0] == retweets["retweet_userid_archive"]).all()
    assert sample.posts["reply_count"].sum() == sample.posts["in_reply_to_tweetid"].notna().sum()


def test_every_per_account_signal_runs_on_the_sample(sample):
    table = signals.signal_table(sample)
    assert list(table.columns) == list(signals.SIGNALS)
    assert table.index.equals(pd.Index(sample.accounts["userid"], name="userid"))
    assert (table["n_posts"] > 0).mean() > 0.9
    assert not table["default_avatar"].any() and (table["shared_image_count"] == 0).all()  # no pictures in the archive
    delays = signals.retweet_delays(sample.posts)["delay_seconds"]
    assert len(delays) > 0 and (delays % 60 == 0).all(), "minute times give delays in whole minutes"


@pytest.mark.parametrize("edges", ["co_retweet_edges", "co_link_edges", "co_hashtag_edges", "co_similar_text_edges"])
def test_every_coordination_function_runs_on_the_sample(sample, edges):
    found = getattr(coordination, edges)(sample.posts)
    assert list(found.columns[:3]) == ["source", "target", "weight"]
    assert found["source"].isin(sample.accounts["userid"]).all() and found["target"].isin(sample.accounts["userid"]).all()
    if edges == "co_retweet_edges":
        assert len(found) > 0
        assert len(coordination.clusters(found)) > 0


def test_regenerating_the_sample_reproduces_the_committed_files(tmp_path):
    written = write_sample(tmp_path)
    committed = sorted(p.name for p in sample_folder().iterdir() if p.name != "DATASHEET.md")
    assert sorted(p.name for p in written) == committed, "run 'python -m inauthentic.archive_sample' and commit the files"
    for path in written:
        shipped = sample_folder() / path.name
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as new, zipfile.ZipFile(shipped) as old:
                assert new.namelist() == old.namelist()
                for member in new.namelist():
                    assert new.read(member) == old.read(member), f"{path.name} is stale: run 'python -m inauthentic.archive_sample'"
        else:
            assert path.read_bytes() == shipped.read_bytes(), f"{path.name} is stale: run 'python -m inauthentic.archive_sample'"


def test_the_sample_is_small(sample):
    assert sum(p.stat().st_size for p in sample_folder().iterdir()) < 1_000_000
    assert 100 <= len(sample.accounts) <= 1000


# ---------------------------------------------------------------- reading the layout


def test_both_list_spellings_and_empty_cells_read_the_same():
    lists = parse_archive_lists(pd.Series(["['Vote', 'Now']", "[Vote, Now]", '["Vote", "Now"]', "[]", ""]))
    assert lists.tolist() == [["Vote", "Now"]] * 3 + [[], []]


def test_hashed_codes_are_stable_and_never_clash_with_numeric_ids():
    codes = hashed_id_codes(pd.Series([HASH, "123", HASH, HASH.lower()]))
    assert codes[0] == codes[2] != codes[3]
    assert codes[1] == "123"
    assert int(codes[0]) >= HASHED_ID_BASE and int(codes[3]) >= HASHED_ID_BASE


def test_a_small_release_reads_lowercase_booleans_minutes_and_numbered_files_in_order(tmp_path):
    _release(tmp_path, {
        "_10": [_tweet_row(30, HASH, tweet_time="2026-09-30 08:05")],
        "_2": [_tweet_row(20, "4567", is_retweet="true", retweet_userid=HASH, retweet_tweetid="30", hashtags="['a', 'b']")],
    })  # fmt: skip
    files = find_archive_files(tmp_path)
    assert [p.name.rsplit("_", 1)[1] for p in files.tweets] == ["2.csv", "10.csv"]
    data = load_dataset(tmp_path)
    assert data.name == tmp_path.name and data.labels is None
    assert data.posts["tweetid"].tolist() == [20, 30]
    assert data.posts["is_retweet"].tolist() == [True, False]
    assert data.posts["hashtags"][0] == ["a", "b"]
    assert data.posts["tweet_time"][1] == pd.Timestamp("2026-09-30 08:05", tz="UTC")
    assert data.posts["retweet_userid"][0] == data.posts["userid"][1] >= HASHED_ID_BASE
    assert data.accounts["userid"].tolist()[1] == 4567


@pytest.mark.parametrize(
    ("changes", "column", "value"),
    [
        ({"tweet_time": "2026-09-29T08:05"}, "tweet_time", "2026-09-29T08:05"),
        ({"is_retweet": "yes"}, "is_retweet", "yes"),
        ({"hashtags": "Vote, Now"}, "hashtags", "Vote, Now"),
        ({"userid": "1.23E+18"}, "userid", "1.23E+18"),
        ({"retweet_tweetid": "abc"}, "retweet_tweetid", "abc"),
        ({"quote_count": "-1"}, "quote_count", "-1"),
    ],
)
def test_a_bad_value_is_named_with_its_file_column_and_value(tmp_path, changes, column, value):
    _release(tmp_path, {"_1": [_tweet_row(1, HASH), _tweet_row(2, HASH, **changes)]})
    with pytest.raises(KitError) as problem:
        load_dataset(tmp_path)
    message = str(problem.value)
    assert "test_092026_tweets_csv_hashed_1.csv" in message and f"'{column}'" in message and repr(value) in message
    assert "row 2" in message and "inauthentic generate" not in message


def test_a_missing_users_file_or_column_is_explained(tmp_path):
    _release(tmp_path, {"_1": [_tweet_row(1, HASH)]})
    (tmp_path / "test_092026_users_csv_hashed.csv").unlink()
    with pytest.raises(KitError, match="exactly one users file"):
        load_dataset(tmp_path)
    _release(tmp_path, {"_1": [_tweet_row(1, HASH)]}, users=[{k: v for k, v in _users_row(HASH).items()}])
    frame = pd.read_csv(tmp_path / "test_092026_users_csv_hashed.csv", dtype=str).drop(columns="follower_count")
    frame.to_csv(tmp_path / "test_092026_users_csv_hashed.csv", index=False)
    with pytest.raises(KitError, match="test_092026_users_csv_hashed.csv has no column 'follower_count'"):
        load_dataset(tmp_path)


def test_a_tweet_repeated_across_files_or_by_an_unknown_account_is_refused(tmp_path):
    _release(tmp_path, {"_1": [_tweet_row(1, HASH)], "_2": [_tweet_row(1, HASH)]})
    with pytest.raises(KitError, match="Tweet 1 appears in more than one"):
        load_dataset(tmp_path)
    (tmp_path / "test_092026_tweets_csv_hashed_2.csv").unlink()
    _release(tmp_path, {"_1": [_tweet_row(1, "Zz9" * 8)]})
    with pytest.raises(KitError, match="missing from test_092026_users_csv_hashed.csv, the first by 'Zz9Zz9"):
        load_dataset(tmp_path)


def test_two_releases_in_one_folder_are_refused(tmp_path):
    _release(tmp_path, {"_1": [_tweet_row(1, HASH)]})
    _release(tmp_path, {"_1": [_tweet_row(2, HASH)]}, release="other_012027")
    with pytest.raises(KitError, match="several archive releases"):
        load_dataset(tmp_path)


def test_writing_with_another_salt_changes_hashes_but_not_the_unhashed_ids(tiny, tmp_path):
    first = read_archive(write_archive(tiny, tmp_path / "a", parts=1)[0].parent)
    second = read_archive(write_archive(tiny, tmp_path / "b", parts=1, salt="other")[0].parent)
    unhashed = first.accounts["userid"] < HASHED_ID_BASE
    assert first.accounts["userid"][unhashed].tolist() == second.accounts["userid"][unhashed].tolist()
    assert not set(first.accounts["userid"][~unhashed]) & set(second.accounts["userid"][~unhashed])
    with pytest.raises(KitError, match="'parts'"):
        write_archive(tiny, tmp_path / "c", parts=0)


def test_rewriting_a_release_with_fewer_parts_leaves_no_stale_file(tiny, tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    write_archive(tiny, tmp_path, parts=3)
    write_archive(tiny, tmp_path, parts=2)
    assert len(find_archive_files(tmp_path).tweets) == 2
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert len(read_archive(tmp_path).posts) == len(tiny.posts)
