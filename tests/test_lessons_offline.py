"""Once installed, the lessons need no network; and every figure they draw is titled, labelled, described.

Every lesson runs top to bottom in a fresh kernel that cannot reach the network (see
``tests/offline_kernel.py``: an audit hook refuses any connection or name look-up that is not
for this machine, and logs it). The first test is the control: the same kernel really fails to
reach another machine, and still reaches this one. The lessons run two at a time (the
machine's two cores); the same runs record every figure the kernels render, inline or for an
image widget, so the accessibility checks need no second run.
"""

from __future__ import annotations

import multiprocessing
import re
import socket
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
import pytest
from alt_text import alt_text_before
from offline_kernel import BLOCKED_MESSAGE, run_offline

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted(p for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb") if p.with_suffix(".py").is_file())
IDS = [path.stem for path in LESSONS]

CONTROL = [
    # a name look-up for another machine
    "import socket\ntry:\n    socket.getaddrinfo('inauthentic.example', 443)\nexcept OSError as error:\n    print(error)",
    # a connection to an address, no look-up: TEST-NET-1 (192.0.2.1) is never this machine
    "try:\n    with socket.socket() as s:\n        s.settimeout(5)\n        s.connect(('192.0.2.1', 80))\n"
    "except OSError as error:\n    print(error)",
    # a Python program the kernel starts is blocked too
    "import subprocess, sys\n"
    "child = subprocess.run([sys.executable, '-c', 'import socket; socket.getaddrinfo(\"inauthentic.example\", 80)'],"
    " capture_output=True, text=True)\nprint(child.returncode, child.stderr.strip().splitlines()[-1])",
    # this machine is still reachable: the test listens on PORT
    "with socket.create_connection(('127.0.0.1', PORT), timeout=5) as connection:\n    print(connection.recv(5).decode())",
]


def _serve_once(server: socket.socket) -> None:
    connection, _ = server.accept()
    with connection:
        connection.sendall(b"hello")


def test_the_offline_kernel_cannot_reach_another_machine_but_reaches_this_one(tmp_path):
    server = socket.create_server(("127.0.0.1", 0))
    threading.Thread(target=_serve_once, args=(server,), daemon=True).start()
    port = str(server.getsockname()[1])
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell(source.replace("PORT", port)) for source in CONTROL],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(notebook, tmp_path / "control.ipynb")
    try:
        run = run_offline(str(tmp_path / "control.ipynb"), str(tmp_path / "kernel"))
    finally:
        server.close()
    assert run["error"] is None, run["error"]
    lookup, connect, child, loopback = (cell["printed"].strip() for cell in run["cells"])
    assert run["probe"] == "BLOCKED"
    assert BLOCKED_MESSAGE in lookup and "inauthentic.example" in lookup, lookup
    assert BLOCKED_MESSAGE in connect and "192.0.2.1" in connect, connect
    assert child.startswith("1 ConnectionRefusedError: " + BLOCKED_MESSAGE), child
    assert loopback == "hello"
    events = [(entry["event"], entry["target"]) for entry in run["blocked"]]
    assert events[:2] == [("socket.getaddrinfo", "'inauthentic.example'"), ("socket.connect", "('192.0.2.1', 80)")], events
    assert len({entry["pid"] for entry in run["blocked"]}) == 2, "the kernel and the program it started are both logged"


@pytest.fixture(scope="module")
def offline_runs(tmp_path_factory):
    """Every lesson, run offline in its own fresh kernel, two at a time: lesson name -> what happened."""
    folder = tmp_path_factory.mktemp("offline")
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn")) as pool:
        runs = {path.stem: pool.submit(run_offline, str(path), str(folder / path.stem)) for path in LESSONS}
        return {name: run.result() for name, run in runs.items()}


@pytest.mark.parametrize("lesson", IDS)
def test_every_lesson_runs_without_the_network(offline_runs, lesson):
    run = offline_runs[lesson]
    assert run["error"] is None, f"{lesson} failed with the network blocked:\n{run['error']}"
    assert all(cell["execution_count"] for cell in run["cells"] if cell["cell_type"] == "code" and cell["source"].strip())
    assert run["blocked"] == [], f"{lesson} tried to reach the network: {run['blocked'][:3]}"
    assert run["probe"] == "BLOCKED", f"{lesson}'s kernel was not offline: {run['probe']!r}"


def _drawing_cells(run: dict) -> dict[int, list[dict]]:
    """Index of each cell that shows a picture -> the figures it drew (inline figures and widgets' pictures).

    A cell that builds a widget without showing it (to compare its numbers, say) shows no picture.
    """
    by_source: dict[str, list[dict]] = {}
    for figure in run["figures"]:
        by_source.setdefault(figure["cell"], []).append(figure)
    drawing = {}
    for cell in run["cells"]:
        if cell["cell_type"] == "code" and (cell["images"] or (cell["widget"] and cell["source"] in by_source)):
            drawing[cell["index"]] = by_source.get(cell["source"], [])
    return drawing


@pytest.mark.parametrize("lesson", IDS)
def test_every_picture_a_lesson_shows_has_alt_text_just_before_it(offline_runs, lesson):
    run = offline_runs[lesson]
    drawing = _drawing_cells(run)
    sources = {cell["source"] for cell in run["cells"] if cell["cell_type"] == "code"}
    unmatched = [figure["cell"][:80] for figure in run["figures"] if figure["cell"] not in sources]
    assert not unmatched, f"figures drawn by code that is not a lesson cell: {unmatched}"
    missing = [f"cell {index + 1}: {run['cells'][index]['source'].splitlines()[-1][:70]}"
               for index in drawing if alt_text_before(run["cells"], index) is None]
    assert not missing, (f"{lesson}: put '**Alt text for the figure below:** ...' (or 'the widget below') in a "
                         f"markdown cell just before each cell that shows a picture: {missing}")


_NUMBER = re.compile(r"^[-\u2212+]?[\d.,]+%?$")


def _numbers(tick_labels: list[str]) -> bool:
    """True if any tick label is a plain number (which needs the axis label to mean anything)."""
    return any(_NUMBER.match(label) for label in tick_labels)


def _as_shown(figures: list[dict]) -> list[dict]:
    """Each figure as it was last drawn in its cell (a plot may draw itself half-made, to measure its text)."""
    return list({(figure["cell"], figure["figure"]): figure for figure in figures}.values())


@pytest.mark.parametrize("lesson", IDS)
def test_every_figure_a_lesson_draws_has_a_title_and_labelled_axes(offline_runs, lesson):
    """A title for the figure, and a label for each axis whose tick labels are numbers (a colour bar's included).

    An axis whose tick labels are words or clock times (Mon ... Sun, 09:00) says what it is already.
    """
    problems = []
    for figure in _as_shown(offline_runs[lesson]["figures"]):
        where = figure["cell"].splitlines()[-1][:60]
        axes = [ax for ax in figure["axes"] if ax["shown"]]  # drawn with their axes (not turned off)
        if not figure["suptitle"] and not any(ax["title"] for ax in figure["axes"] if ax["visible"]):
            problems.append(f"{where}: no title")
        problems += [f"{where}: an axis with ticks {ax[side + 'ticks']} has no label" for ax in axes
                     for side in ("x", "y") if _numbers(ax[side + "ticks"]) and not ax[side + "label"].strip()]
    assert not problems, f"{lesson}: {sorted(set(problems))}"
