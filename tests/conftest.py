"""Shared fixtures: the shipped data sets, loaded once per test session.

``tiny`` and ``classroom`` are :class:`inauthentic.datasets.Dataset` objects
from :func:`inauthentic.load_dataset` (built from their scenarios the first
time, as for a learner). ``classroom_raw`` and ``capstone_raw`` are the raw
CSV files read with plain pandas, for tests that must not rely on kit code.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from inauthentic import load_dataset
from inauthentic.datasets import datasets_root

_ID_COLUMNS = ("tweetid", "userid", "retweet_userid", "retweet_tweetid", "in_reply_to_tweetid", "in_reply_to_userid")


@pytest.fixture(scope="session")
def tiny():
    """The tiny data set, with labels."""
    return load_dataset("tiny")


@pytest.fixture(scope="session")
def classroom():
    """The classroom data set, with labels."""
    return load_dataset("classroom")


def read_raw(name: str) -> dict[str, pd.DataFrame]:
    """Read a shipped data set's CSV files with plain pandas (ids as text, times parsed).

    Posts get the author's labels joined on.
    """
    load_dataset(name)  # builds the CSV files if they are not there yet
    folder: Path = datasets_root() / name
    ids = {column: str for column in _ID_COLUMNS}
    accounts = pd.read_csv(folder / "accounts.csv", dtype=ids, keep_default_na=False)
    labels = pd.read_csv(folder / "labels.csv", dtype=ids)
    posts = pd.read_csv(folder / "posts.csv", dtype=ids, keep_default_na=False)
    posts["time"] = pd.to_datetime(posts["tweet_time"], utc=True)
    posts = posts.merge(labels, on="userid", how="left")
    accounts = accounts.merge(labels, on="userid", how="left")
    return {"accounts": accounts, "posts": posts, "labels": labels}


@pytest.fixture(scope="session")
def classroom_raw():
    """The classroom CSV files read with plain pandas: ``{"accounts", "posts", "labels"}``."""
    return read_raw("classroom")


@pytest.fixture(scope="session")
def capstone_raw():
    """The capstone CSV files read with plain pandas."""
    return read_raw("capstone")
