"""Each shipped data set's datasheet is current, complete and beside its data."""

from __future__ import annotations

import pytest

from inauthentic import load_dataset
from inauthentic.datasets import datasets_root, shipped_names
from inauthentic.simulate import load_scenario
from inauthentic.simulate.datasheet import datasheet

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


def test_the_capstone_datasheet_describes_campaign_b():
    text = (datasets_root() / "capstone" / "DATASHEET.md").read_text(encoding="utf-8")
    assert "campaign_b" in text
    assert "campaign_b" not in (datasets_root() / "classroom" / "DATASHEET.md").read_text(encoding="utf-8")
