"""Each shipped data set's datasheet is current, complete and beside its data."""

from __future__ import annotations

import pytest

from inauthentic import load_dataset
from inauthentic.datasets import datasets_root, shipped_names
from inauthentic.simulate import load_scenario
from inauthentic.simulate.datasheet import ANSWER_KEY_FILE, answer_key, datasheet

REQUIRED_SECTIONS = (
    "## Why it exists",
    "## How it is made",
    "## Who is in it",
    "## What was planted",
    "## Columns",
    "## How it differs from a real archive",
    "## Uses and limits",
)


@pytest.mark.parametrize("name", ["tiny", "classroom", "capstone"])
def test_the_committed_datasheet_is_what_the_data_says(name):
    folder = datasets_root() / name
    expected = datasheet(load_dataset(name), load_scenario(name), folder)
    assert (folder / "DATASHEET.md").read_text(encoding="utf-8") == expected, (
        f"datasets/{name}/DATASHEET.md is stale: run 'python -m inauthentic build --refresh {name}'"
    )


@pytest.mark.parametrize("name", ["tiny", "classroom", "capstone"])
def test_the_datasheet_has_every_section_a_datasheet_needs(name):
    text = (datasets_root() / name / "DATASHEET.md").read_text(encoding="utf-8")
    for section in REQUIRED_SECTIONS:
        assert section in text, f"{name}'s datasheet lacks {section!r}"
    assert "python -m inauthentic build" in text


def test_every_shipped_data_set_is_indexed():
    index = (datasets_root() / "README.md").read_text(encoding="utf-8")
    assert shipped_names() == ["capstone", "classroom", "tiny"]
    for name in shipped_names():
        assert f"`{name}`" in index


def test_the_capstone_keeps_its_secret():
    """The learner-facing capstone datasheet names neither Campaign B nor its tactics or parameters."""
    from inauthentic.simulate.wordbanks import fiction

    text = (datasets_root() / "capstone" / "DATASHEET.md").read_text(encoding="utf-8")
    b = load_scenario("capstone")["campaign_b"]
    secrets = ["campaign_b", "Campaign B", b["timezone"], "look-alike", "paraphrase", "co-link", ", ".join(b["workweek"])]
    secrets += [site[2] for site in fiction.LOOKALIKE_SITES] + [site[1] for site in fiction.LOOKALIKE_SITES]
    for secret in secrets:
        assert secret not in text, f"the capstone's DATASHEET.md gives away {secret!r}"
    assert ANSWER_KEY_FILE in text and ANSWER_KEY_FILE in (datasets_root() / "README.md").read_text(encoding="utf-8")


def test_the_instructor_answer_key_is_current_and_describes_campaign_b():
    folder = datasets_root() / "capstone"
    expected = answer_key(load_dataset("capstone"), load_scenario("capstone"))
    assert (folder / ANSWER_KEY_FILE).read_text(encoding="utf-8") == expected, (
        f"datasets/capstone/{ANSWER_KEY_FILE} is stale: run 'python -m inauthentic build --refresh capstone'"
    )
    assert "campaign_b" in expected and load_scenario("capstone")["campaign_b"]["timezone"] in expected
    assert "For instructors only" in expected
    for name in ("tiny", "classroom"):
        assert answer_key(load_dataset(name), load_scenario(name)) is None
        assert not (datasets_root() / name / ANSWER_KEY_FILE).exists()
    assert "campaign_b" not in (datasets_root() / "classroom" / "DATASHEET.md").read_text(encoding="utf-8")
