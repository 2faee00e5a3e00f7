"""The README's ways in (Binder, nbgitpuller, Zero to JupyterHub) open lesson 00, and its sizing names what measures it."""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FIRST_LESSON = "notebooks/00_start_here.ipynb"


def _section(heading: str) -> str:
    return README.split(heading, 1)[1].split("\n## ", 1)[0]


def test_the_binder_badge_opens_lesson_00():
    link = re.search(r"\]\((https://mybinder\.org/v2/gh/[^)]+)\)", README).group(1)
    query = urllib.parse.parse_qs(urllib.parse.urlparse(link).query)
    assert query["urlpath"] == [f"lab/tree/{FIRST_LESSON}"], link
    assert (ROOT / FIRST_LESSON).is_file()


def test_the_hub_links_open_lesson_00():
    hub = _section("## Teaching with JupyterHub")
    puller = re.search(r"https://YOUR-HUB/hub/user-redirect/git-pull\?\S+", hub).group(0)
    urlpath = urllib.parse.parse_qs(urllib.parse.urlparse(puller).query)["urlpath"][0]
    assert urlpath == f"lab/tree/inauthentic/{FIRST_LESSON}"  # nbgitpuller clones into ~/inauthentic
    assert f"defaultUrl: /lab/tree/{FIRST_LESSON}" in hub


def test_each_sizing_figure_names_the_benchmark_that_prints_it():
    sizing = _section("## Teaching with JupyterHub").split("**Hand out the kit**", 1)[0]
    named = re.findall(r"`benchmarks/(bench_\w+\.py)`(?:, column \"([^\"]+)\")?", sizing)
    assert {script for script, _ in named} >= {"bench_notebooks.py", "bench_lab.py", "bench_widgets.py"}, named
    for script, column in named:
        source = (ROOT / "benchmarks" / script).read_text(encoding="utf-8")
        assert not column or column in source, f"{script} prints no column {column!r}"
    assert "1 GB of memory and half a core" in sizing
    assert "limits.memory 1G" in README and "limits.cpu 0.5" in README
