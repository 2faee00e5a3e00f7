"""Loading data sets: every mistake is a sentence naming the file, column, row and fix."""

from __future__ import annotations

import shutil
import socket

import pandas as pd
import pytest

from inauthentic import KitError, load_dataset
from inauthentic.datasets import datasets_root
from inauthentic.simulate import simulate


@pytest.fixture()
def copy_of_tiny(tmp_path, tiny):
    """A writable copy of the tiny data set's CSV files."""
    folder = tmp_path / "tiny_copy"
    shutil.copytree(datasets_root() / "tiny", folder, ignore=shutil.ignore_patterns("*.md", "*.toml", "SHA256SUMS"))
    return folder


def edit(path, change):
    """Read a CSV file as text, change it (``change`` returns the new frame), write it back."""
    frame = change(pd.read_csv(path, dtype=str, keep_default_na=False))
    frame.to_csv(path, index=False)


def test_unknown_name_lists_the_data_sets_with_a_suggestion():
    with pytest.raises(KitError) as problem:
        load_dataset("clasroom")
    message = str(problem.value)
    assert "There is no data set called 'clasroom'. Did you mean 'classroom'?" in message
    assert "'capstone', 'classroom' and 'tiny'" in message


def test_missing_folder_and_missing_file(tmp_path, copy_of_tiny):
    with pytest.raises(KitError, match="There is no folder"):
        load_dataset(str(tmp_path / "nowhere") + "/")
    (copy_of_tiny / "posts.csv").unlink()
    with pytest.raises(KitError, match=r"has no posts\.csv.*It holds: accounts\.csv, labels\.csv"):
        load_dataset(copy_of_tiny)


def test_a_file_instead_of_a_folder(copy_of_tiny):
    with pytest.raises(KitError, match="is a file, but load_dataset wants a data-set folder"):
        load_dataset(copy_of_tiny / "posts.csv")


def test_missing_column(copy_of_tiny):
    edit(copy_of_tiny / "posts.csv", lambda frame: frame.drop(columns=["tweet_time"]))
    with pytest.raises(KitError, match=r"posts\.csv has no column 'tweet_time', which the posts table needs"):
        load_dataset(copy_of_tiny)


def test_misspelt_column_gets_a_suggestion(copy_of_tiny):
    edit(copy_of_tiny / "accounts.csv", lambda frame: frame.rename(columns={"follower_count": "followers_count"}))
    with pytest.raises(KitError, match=r"accounts\.csv has no column 'follower_count'.*Did you mean 'followers_count'\?"):
        load_dataset(copy_of_tiny)


def test_malformed_value_names_file_column_row_and_expectation(copy_of_tiny):
    def spoil(frame):
        frame.loc[2, "like_count"] = "lots"
        return frame

    edit(copy_of_tiny / "posts.csv", spoil)
    with pytest.raises(KitError) as problem:
        load_dataset(copy_of_tiny)
    message = str(problem.value)
    assert "posts.csv" in message and "column 'like_count'" in message and "row 3 (line 4 of the file)" in message
    assert "'lots'" in message and "a whole number of zero or more" in message
    assert "python -m inauthentic generate --out FOLDER --overwrite" in message   # a shipped set is told 'build NAME'


def test_malformed_time(copy_of_tiny):
    def spoil(frame):
        frame.loc[0, "tweet_time"] = "yesterday"
        return frame

    edit(copy_of_tiny / "posts.csv", spoil)
    with pytest.raises(KitError, match=r"column 'tweet_time', row 1 .*'yesterday'.*a UTC time such as"):
        load_dataset(copy_of_tiny)


def test_duplicate_key(copy_of_tiny):
    edit(copy_of_tiny / "labels.csv", lambda frame: pd.concat([frame, frame.head(1)], ignore_index=True))
    with pytest.raises(KitError, match=r"labels\.csv, userid \d+ appears more than once"):
        load_dataset(copy_of_tiny)


def test_works_without_labels(copy_of_tiny):
    assert load_dataset(copy_of_tiny, labels=False).labels is None
    (copy_of_tiny / "labels.csv").unlink()
    data = load_dataset(copy_of_tiny)
    assert data.labels is None and len(data.posts) > 0
    assert "without labels" in repr(data)


def test_never_touches_the_network(monkeypatch, copy_of_tiny):
    def refuse(*args, **kwargs):
        raise AssertionError("the kit tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert len(load_dataset(copy_of_tiny).posts) > 0
    assert len(load_dataset("tiny").accounts) > 0
    assert len(simulate("tiny").posts) > 0


def test_missing_shipped_files_are_built_again(tiny):
    folder = datasets_root() / "tiny"
    (folder / "posts.csv").unlink()
    rebuilt = load_dataset("tiny")
    pd.testing.assert_frame_equal(rebuilt.posts, tiny.posts)


def test_a_latin1_file_is_named_with_its_encoding_problem(copy_of_tiny):
    path = copy_of_tiny / "accounts.csv"
    lines = [line.encode("ascii", errors="replace") for line in path.read_text(encoding="utf-8").split("\n")]
    lines[5] = lines[5].replace(b",", "Caf\u00e9 ,".encode("latin-1"), 1)   # as a spreadsheet saving in Latin-1 would
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(KitError) as problem:
        load_dataset(copy_of_tiny)
    message = str(problem.value)
    assert f"{path} is not UTF-8 text: line 6 holds the byte 0xe9" in message
    assert "Latin-1" in message and "Save it again as 'CSV UTF-8'" in message
    assert "Traceback" not in message


def test_an_id_too_large_names_its_own_row(copy_of_tiny):
    def spoil(frame):
        frame.loc[3, "userid"] = "9" * 19                     # above the largest 64-bit id
        return frame

    edit(copy_of_tiny / "accounts.csv", spoil)
    with pytest.raises(KitError) as problem:
        load_dataset(copy_of_tiny)
    message = str(problem.value)
    assert "column 'userid', row 4 (line 5 of the file)" in message and "'9999999999999999999'" in message
    assert "at most 9223372036854775807" in message
    assert "more rows" not in message

