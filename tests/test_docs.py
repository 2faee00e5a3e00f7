"""The Python examples in the toolkit guides run as written."""

from __future__ import annotations

import contextlib
import functools
import io
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"
RUNNABLE = ["toolkit.md", "coordination.md", "evaluate-and-plots.md", "visual-language.md"]


def python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.DOTALL)


@functools.lru_cache(maxsize=None)
def run_guide(name: str) -> str:
    """Run a guide's examples in order, in one namespace, as a reader would; return what they print."""
    blocks = python_blocks(DOCS / name)
    assert blocks, f"docs/{name} has no python examples"
    namespace: dict = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            exec(compile(block, f"docs/{name}", "exec"), namespace)
    return printed.getvalue()


@pytest.mark.parametrize("name", RUNNABLE)
def test_every_python_example_in_the_guide_runs_and_prints(name):
    assert run_guide(name).strip(), f"the examples in docs/{name} print nothing"


def test_the_tour_shows_the_cost_of_a_clock_rule():
    printed = run_guide("toolkit.md")
    assert "precision" in printed
    assert "night-shift workers" in printed


def test_every_guide_is_linked_from_the_toolkit_map():
    index = (DOCS / "toolkit.md").read_text(encoding="utf-8")
    for guide in DOCS.glob("*.md"):
        if guide.name != "toolkit.md":
            assert f"({guide.name})" in index, f"docs/toolkit.md does not link {guide.name}"


def test_the_scoring_guide_counts_the_days_and_shows_what_volume_misses():
    printed = run_guide("evaluate-and-plots.md")
    days = re.search(r"The posts cover (\d+) days", printed)
    assert days and int(days.group(1)) > 60
    volume, bursts = map(float, re.search(r"Best F1 of posting volume: ([\d.]+); of creation bursts: ([\d.]+)", printed).groups())
    assert bursts > volume, "the guide's point is that creation bursts beat posting volume"
    assert "When the accounts were created" in printed
