"""Fixtures that run a real JupyterLab and drive it with headless Chromium.

A browser test module imports the fixtures it uses from here (``from
jupyterlab_driver import lab, browser, page, open_and_run``).

The browser is Debian's Chromium (``make browser`` installs it; ``CHROMIUM``
points elsewhere). These tests never skip: if the browser or JupyterLab cannot
start, the test fails and says why.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def _free_port() -> int:
    """A port the operating system says is free (so parallel runs do not collide).

    ``INAUTHENTIC_LAB_PORT`` fixes it instead, for a machine where each user has a range.
    """
    if os.environ.get("INAUTHENTIC_LAB_PORT"):
        return int(os.environ["INAUTHENTIC_LAB_PORT"])
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Lab:
    """A running JupyterLab server rooted in a temporary folder."""

    def __init__(self, root: Path, port: int, token: str, process: subprocess.Popen):
        self.root, self.port, self.token, self.process = root, port, token, process

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}?token={self.token}"

    def write_notebook(self, name: str, *sources: str) -> str:
        notebook = nbformat.v4.new_notebook()
        notebook.cells = [nbformat.v4.new_code_cell(source) for source in sources]
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(notebook, self.root / name)
        return name


#: What the session fixtures started, shared by every test module that imports them: a module
#: that imports a fixture gets its own copy, so without this a second browser test module would
#: start a second JupyterLab (and Playwright refuses to start twice in one process).
_SHARED: dict[str, list] = {}


def _shared(name: str, start, stop):
    """Yield ``start()``'s result, started once however many modules ask; ``stop`` it after the last."""
    entry = _SHARED.get(name)
    if entry is None:
        entry = _SHARED[name] = [start(), 0]
    entry[1] += 1
    try:
        yield entry[0][0]
    finally:
        entry[1] -= 1
        if entry[1] == 0:
            del _SHARED[name]
            stop(*entry[0])


def _start_lab(root: Path):
    port, token = _free_port(), secrets.token_hex(16)
    log = open(root.parent / "jupyterlab.log", "w")
    # INAUTHENTIC_HOME: a quiz checked in a test keeps its score in the test's folder, not in the learner's home.
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(root.parent / "config"), "MPLBACKEND": "module://matplotlib_inline.backend_inline",
           "INAUTHENTIC_HOME": str(root.parent / "inauthentic-home")}
    process = subprocess.Popen(
        [
            sys.executable, "-m", "jupyterlab", "--no-browser",
            f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1", f"--ServerApp.root_dir={root}",
            f"--IdentityProvider.token={token}", "--LabApp.expose_app_in_browser=True",
            "--LabApp.news_url=", "--ServerApp.port_retries=0", "--allow-root",
        ],
        stdout=log, stderr=subprocess.STDOUT, env=env,
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status?token={token}", timeout=2) as answer:
                json.load(answer)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log.close()
                pytest.fail(f"JupyterLab did not start; its log:\n{(root.parent / 'jupyterlab.log').read_text()[-3000:]}")
            time.sleep(0.5)
    return Lab(root, port, token, process), log


def _stop_lab(lab: Lab, log) -> None:
    lab.process.terminate()
    try:
        lab.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        lab.process.kill()
    log.close()


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    yield from _shared("lab", lambda: _start_lab(tmp_path_factory.mktemp("lab")), _stop_lab)


def _start_browser():
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(executable).exists():
        pytest.fail(f"No Chromium at {executable}: run 'make browser' (or set CHROMIUM) before the browser tests.")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS, headless=True)
    except Exception:
        playwright.stop()
        raise
    return chromium, playwright


def _stop_browser(chromium, playwright) -> None:
    chromium.close()
    playwright.stop()


@pytest.fixture(scope="session")
def browser():
    yield from _shared("browser", _start_browser, _stop_browser)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


@pytest.fixture
def classroom_page(browser):
    """A 1280-px-wide window on a high-density (2x) screen, as on a learner's laptop."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(120_000)
    yield page
    context.close()


@pytest.fixture
def zoomed_page(browser):
    """A 1280-px-wide window zoomed to 200 %: 640 CSS pixels across, each drawn with 2 x 2 screen pixels."""
    context = browser.new_context(viewport={"width": 640, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    page.set_default_timeout(120_000)
    yield page
    context.close()


def close_left_sidebar(page) -> None:
    """Close the left sidebar (the file browser), as a learner reading at 200 % does (View > Left Sidebar, Ctrl+B)."""
    page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
    page.wait_for_function("() => { const b = document.querySelector('.jp-FileBrowser');"
                           " return !b || b.getBoundingClientRect().width === 0; }")


def open_file_browser(page) -> None:
    """Open JupyterLab's file browser in the left sidebar and wait until it is shown."""
    page.evaluate("() => window.jupyterapp.commands.execute('filebrowser:activate')")
    page.wait_for_function(
        "() => { const b = document.querySelector('.jp-FileBrowser'); return b && b.getBoundingClientRect().width > 150; }"
    )


def open_and_run(page, lab: Lab, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab, wait for its kernel and run every cell."""
    open_notebook(page, lab, notebook)
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")


def open_notebook(page, lab: Lab, notebook: str) -> None:
    """Open ``notebook`` in JupyterLab and wait until its kernel is idle, running nothing (as a learner opens it)."""
    # A workspace of its own, so JupyterLab does not reopen an earlier test's notebooks.
    page.goto(lab.url(f"lab/workspaces/{secrets.token_hex(4)}/tree/{notebook}") + "&reset")
    page.wait_for_selector(".jp-Notebook .jp-Cell", state="attached")
    page.wait_for_function(
        "() => window.jupyterapp && document.querySelector('.jp-Notebook') !== null"
        " && [...document.querySelectorAll('.jp-Toolbar-kernelStatus, .jp-KernelStatus, .jp-Notebook-ExecutionIndicator')]"
        ".every(e => !/Connecting|Starting|Unknown/i.test(e.textContent + (e.getAttribute('title') || '')))"
    )
    page.wait_for_function(
        "(name) => { const w = window.jupyterapp.shell.currentWidget;"
        " return w && w.context && w.context.path === name && w.sessionContext.session"
        " && w.sessionContext.session.kernel && w.sessionContext.session.kernel.status === 'idle'; }",
        arg=notebook,
    )


# ------------------------------------------------------------------ the keyboard alone

_ACTIVE_CELL = "() => window.jupyterapp.shell.currentWidget.content.activeCellIndex"
_CELL_HOLDING = "(selector) => window.jupyterapp.shell.currentWidget.content.widgets.findIndex(c => c.node.querySelector(selector) !== null)"


def select_cell_by_keyboard(page, selector: str) -> int:
    """Select the cell that holds ``selector`` as a keyboard user does: Escape, then the arrow keys.

    The selected cell then has the focus, so Tab goes into its output's controls.
    """
    target = page.evaluate(_CELL_HOLDING, selector)
    assert target >= 0, f"no cell holds {selector}"
    page.keyboard.press("Escape")
    for _ in range(300):
        active = page.evaluate(_ACTIVE_CELL)
        if active == target:
            return target
        page.keyboard.press("ArrowDown" if active < target else "ArrowUp")
    pytest.fail(f"the arrow keys did not reach cell {target}")


_HOLDS_FOCUS = "(el) => el === document.activeElement || el.contains(document.activeElement)"


def tab_to(page, locator, max_presses: int = 80) -> int:
    """Press Tab until ``locator``'s element has the keyboard focus; return how many presses it took."""
    element = locator.element_handle()
    for presses in range(1, max_presses + 1):
        page.keyboard.press("Tab")
        if page.evaluate(_HOLDS_FOCUS, element):
            return presses
    focused = page.evaluate("() => document.activeElement.outerHTML.slice(0, 200)")
    pytest.fail(f"{max_presses} presses of Tab never reached the control; the focus is on {focused}")
