"""The simulator's contract: deterministic bytes, loader-identical frames, safe writing."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from inauthentic import KitError, load_dataset
from inauthentic.datasets import TABLE_FILES, datasets_root
from inauthentic.schema import TABLES
from inauthentic.simulate import simulate, write_dataset
from inauthentic.simulate.build import read_checksums
from inauthentic.tables import coerce_table

REPO = Path(__file__).resolve().parents[1]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def classroom_simulated():
    return simulate("classroom")


@pytest.fixture(scope="module")
def classroom_written(classroom_simulated, tmp_path_factory):
    return write_dataset(classroom_simulated, tmp_path_factory.mktemp("classroom"))


@pytest.fixture(scope="module")
def classroom_reloaded(classroom_written):
    return load_dataset(classroom_written)


# --- Determinism -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["tiny", "classroom"])
def test_regenerated_files_match_committed_checksums(name, tmp_path, classroom_written):
    folder = classroom_written if name == "classroom" else write_dataset(simulate(name), tmp_path)
    expected = read_checksums(datasets_root() / name / "SHA256SUMS")
    assert sorted(expected) == sorted(TABLE_FILES.values())
    for file, digest in expected.items():
        assert sha256(folder / file) == digest, f"{name}/{file} differs from SHA256SUMS"


def test_same_bytes_under_different_hash_seeds(tmp_path):
    """Fresh interpreters with different PYTHONHASHSEED write identical files.

    Runs the tiny scenario (every population) and a tiny variant with
    Campaign B, each under two hash seeds, four processes at once. (The
    classroom files are compared with SHA256SUMS in this process above.)
    """
    with_b = tmp_path / "tiny_b.toml"
    with_b.write_text('extends = "tiny"\n[campaign_b]\nenabled = true\n')
    runs = {}
    for scenario in ("tiny", str(with_b)):
        for hash_seed in ("0", "4242"):
            out = tmp_path / f"{Path(scenario).stem}-{hash_seed}"
            env = {**os.environ, "PYTHONHASHSEED": hash_seed}
            command = [sys.executable, "-m", "inauthentic", "generate", "--scenario", scenario, "--out", str(out)]
            runs[scenario, hash_seed] = (out, subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for out, process in runs.values():
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    expected = read_checksums(datasets_root() / "tiny" / "SHA256SUMS")
    for scenario in ("tiny", str(with_b)):
        first, second = runs[scenario, "0"][0], runs[scenario, "4242"][0]
        for file in TABLE_FILES.values():
            assert sha256(first / file) == sha256(second / file), (scenario, file)
            if scenario == "tiny":
                assert sha256(first / file) == expected[file], file


def test_seed_changes_the_data_and_scenario_seed_is_default():
    assert simulate("tiny").posts.equals(simulate("tiny", seed=7).posts)
    other = simulate("tiny", seed=8)
    assert not other.posts["tweet_text"].equals(simulate("tiny").posts["tweet_text"])


# --- Frames --------------------------------------------------------------------------------------


@pytest.mark.parametrize("table", ["accounts", "posts", "labels"])
def test_simulated_frames_equal_loaded_frames(table, classroom_simulated, classroom_reloaded):
    pd.testing.assert_frame_equal(getattr(classroom_simulated, table), getattr(classroom_reloaded, table))


@pytest.mark.parametrize("table", ["accounts", "posts", "labels"])
def test_simulated_frames_have_exactly_the_loader_dtypes(table, tiny):
    frame = getattr(simulate("tiny"), table)
    pd.testing.assert_frame_equal(frame, coerce_table(frame, table))
    pd.testing.assert_frame_equal(frame, getattr(tiny, table))


def test_shipped_tiny_equals_simulated_tiny(tiny):
    fresh = simulate("tiny")
    for table in ("accounts", "posts", "labels"):
        pd.testing.assert_frame_equal(getattr(fresh, table), getattr(tiny, table))


def test_tables_are_consistent(classroom):
    accounts, posts, labels = classroom.accounts, classroom.posts, classroom.labels
    assert list(accounts.columns) == list(TABLES["accounts"])
    assert list(posts.columns) == list(TABLES["posts"])
    assert accounts.userid.is_unique and posts.tweetid.is_unique
    assert set(posts.userid) == set(accounts.userid) == set(labels.userid)
    assert (posts.tweetid < 2**63).all() and (posts.tweetid.astype(str).str.len() <= 19).all()
    assert posts.tweet_time.is_monotonic_increasing and posts.tweetid.is_monotonic_increasing
    assert posts.tweet_time.min() >= pd.Timestamp("2026-09-01", tz="UTC")
    assert posts.tweet_time.max() < pd.Timestamp("2026-11-11", tz="UTC")
    created = posts.userid.map(accounts.set_index("userid").account_creation_date)
    assert (posts.tweet_time >= created).all()


def test_retweets_and_replies_point_at_earlier_posts(classroom):
    posts = classroom.posts
    when = posts.set_index("tweetid").tweet_time
    author = posts.set_index("tweetid").userid
    retweets = posts[posts.is_retweet]
    assert retweets.retweet_tweetid.notna().all()
    assert (retweets.tweet_time.to_numpy() > when.loc[retweets.retweet_tweetid.to_numpy()].to_numpy()).all()
    assert (retweets.retweet_userid.to_numpy() == author.loc[retweets.retweet_tweetid.to_numpy()].to_numpy()).all()
    assert retweets.tweet_text.str.startswith("RT @").all()
    assert not retweets.duplicated(["userid", "retweet_tweetid"]).any()
    assert (retweets.like_count == 0).all() and (retweets.retweet_count == 0).all()
    replies = posts[posts.in_reply_to_tweetid.notna()]
    assert len(replies) > 0 and replies.tweet_text.str.startswith("@").all()
    assert (replies.tweet_time.to_numpy() > when.loc[replies.in_reply_to_tweetid.to_numpy()].to_numpy()).all()
    originals = posts[~posts.is_retweet]
    assert originals.retweet_tweetid.isna().all()


def test_hashtags_and_urls_match_the_text(tiny):
    posts = tiny.posts
    for text, tags, urls in zip(posts.tweet_text, posts.hashtags, posts.urls):
        assert all(f"#{tag}" in text for tag in tags)
        assert all(url in text for url in urls)
        assert all(url.startswith("https://") and url.split("/")[2].endswith(".example") for url in urls)


def test_every_population_is_present_in_tiny(tiny):
    groups = set(tiny.labels["group"].astype(str))
    assert groups >= {
        "ordinary", "chinese_speaking_american", "diaspora_community", "spanish_speaking_american", "night_shift",
        "fandom", "news_desk", "new_account", "heavy_poster", "public_figure", "commercial_spam", "campaign_a",
    }
    roles = set(tiny.labels.loc[tiny.labels["group"] == "campaign_a", "role"].astype(str))
    assert roles == {"seed", "loudspeaker", "persona", "repurposed"}
    assert set(tiny.labels.loc[tiny.labels.kind != "campaign", "role"].astype(str)) == {"none"}
    assert 200 <= len(tiny.accounts) <= 600 and 2_000 <= len(tiny.posts) <= 10_000


def test_classroom_size_fits_binder(classroom):
    assert 2_000 <= len(classroom.accounts) <= 6_000
    assert 100_000 <= len(classroom.posts) <= 150_000
    memory = sum(frame.memory_usage(deep=True).sum() for frame in classroom.tables().values())
    assert memory < 400e6


def test_tiny_builds_in_well_under_a_second():
    import time

    simulate("tiny")  # warm up imports
    started = time.process_time()      # CPU time: steady even when the machine is busy
    simulate("tiny")
    assert time.process_time() - started < 1.0


def test_simulate_accepts_a_dict_and_a_path(tmp_path):
    scenario = tmp_path / "mine.toml"
    scenario.write_text('extends = "tiny"\nname = "mine"\nscale = 0.05\n')
    from_path = simulate(scenario)
    assert from_path.name == "mine"
    from_dict = simulate({"extends": "tiny", "name": "mine", "scale": 0.05})
    pd.testing.assert_frame_equal(from_path.posts, from_dict.posts)


def test_campaign_b_only_when_enabled(tiny):
    assert "campaign_b" not in set(tiny.labels["group"].astype(str))
    with_b = simulate({"extends": "tiny", "campaign_b": {"enabled": True}})
    b = with_b.labels[with_b.labels["group"] == "campaign_b"]
    assert set(b.role.astype(str)) == {"seed", "persona"}


# --- Writing -------------------------------------------------------------------------------------


def test_write_refuses_a_folder_with_csv_files(tmp_path, tiny):
    (tmp_path / "notes.csv").write_text("mine\n")
    with pytest.raises(KitError, match="already holds CSV files.*overwrite"):
        write_dataset(tiny, tmp_path)
    assert (tmp_path / "notes.csv").read_text() == "mine\n"


def test_write_overwrite_touches_only_the_tables(tmp_path, tiny):
    (tmp_path / "notes.csv").write_text("mine\n")
    (tmp_path / "README.txt").write_text("keep\n")
    write_dataset(tiny, tmp_path, overwrite=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.txt", "accounts.csv", "labels.csv", "notes.csv", "posts.csv"]
    assert (tmp_path / "notes.csv").read_text() == "mine\n"
    write_dataset(tiny, tmp_path, labels=False, overwrite=True)
    assert not (tmp_path / "labels.csv").exists()
    assert load_dataset(tmp_path).labels is None


def test_chunked_writing_gives_the_same_bytes(tmp_path, tiny):
    from inauthentic.simulate.build import _write_in_chunks
    from inauthentic.tables import write_table

    write_table(tiny.posts, tmp_path / "whole.csv", "posts")
    _write_in_chunks(tiny.posts, tmp_path / "chunked.csv", "posts", rows=1000)
    assert sha256(tmp_path / "whole.csv") == sha256(tmp_path / "chunked.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chunked.csv", "whole.csv"]


def test_write_refuses_a_file_path(tmp_path, tiny):
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(KitError, match="is a file, not a folder"):
        write_dataset(tiny, target)


def test_write_without_labels_needs_no_labels(tmp_path, tiny):
    from inauthentic.datasets import Dataset

    learner_copy = Dataset(tiny.accounts, tiny.posts, None, name="copy")
    with pytest.raises(KitError, match="no labels"):
        write_dataset(learner_copy, tmp_path / "a")
    write_dataset(learner_copy, tmp_path / "b", labels=False)
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["accounts.csv", "posts.csv"]


def test_bad_seed_is_refused():
    with pytest.raises(KitError, match="seed"):
        simulate("tiny", seed="7")
    assert len(simulate("tiny", seed=np.int64(3)).posts) > 0
