"""The lessons and an exercise, used the way a learner uses them: in JupyterLab, in Chromium.

Each test copies a committed notebook into the test server's temporary folder
(the committed files are never touched), opens it, runs every cell, works its
widget from the keyboard and checks that what is shown changes as the lesson
says. The final state of each is saved as a PNG under ``test-artifacts/``.

In CI (``CI=true``) a missing browser is a failure; elsewhere these tests skip
and say how to install it (``make browser``).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import secrets
import shutil
import urllib.request
from pathlib import Path

import pytest
from jupyterlab_driver import browser, lab, open_and_run, page  # noqa: F401  (fixtures)

from inauthentic.exercises.samples import MISTAKES

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
_IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
_HAVE_BROWSER = Path(CHROMIUM).exists() and importlib.util.find_spec("playwright") is not None

pytestmark = pytest.mark.skipif(
    not _HAVE_BROWSER and not _IN_CI,
    reason=f"No Chromium at {CHROMIUM} (or Playwright is not installed): run 'make browser' "
           "(and 'make install') to run the browser tests of the lessons.",
)

# The notebook model's own record of every code cell: whether it ran, and what it printed.
_CELLS = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  return panel.content.widgets.filter(cell => cell.model.type === 'code').map(cell => ({
    source: cell.model.sharedModel.getSource(),
    count: cell.model.executionCount,
    errors: cell.model.outputs.toJSON().filter(o => o.output_type === 'error').map(o => o.ename + ': ' + o.evalue),
  }));
}"""

_FINISHED = """() => {
  const panel = window.jupyterapp.shell.currentWidget;
  if (!panel || !panel.sessionContext.session || panel.sessionContext.session.kernel.status !== 'idle') return false;
  const cells = panel.content.widgets.filter(cell => cell.model.type === 'code');
  const failed = cells.some(cell => cell.model.outputs.toJSON().some(o => o.output_type === 'error'));
  const ran = cells.every(cell => !cell.model.sharedModel.getSource().trim() || cell.model.executionCount !== null);
  return failed || ran;
}"""


@pytest.fixture
def lesson(lab, page):
    """Copy a committed notebook into the lab's folder, open it and run it; stop its kernel afterwards."""
    opened = []

    def open_copy(relative: str, run: bool = True) -> str:
        target = lab.root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / relative, target)
        opened.append(relative)
        if not run:
            _open(page, lab, relative)
        else:
            open_and_run(page, lab, relative)
            page.wait_for_function(_FINISHED, timeout=300_000)
            cells = page.evaluate(_CELLS)
            errors = [error for cell in cells for error in cell["errors"]]
            assert not errors, f"{relative} raised: {errors}"
            assert all(cell["count"] is not None for cell in cells if cell["source"].strip()), "a cell did not run"
            tracebacks = [text for text in page.locator(
                ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
                if "Traceback" in text or "Error" in text]
            assert not tracebacks, f"{relative} printed errors: {tracebacks[:2]}"
        return relative

    yield open_copy
    _stop_kernels(lab)


def _open(page, lab, notebook: str) -> None:
    """Open ``notebook`` and wait for its kernel, without running anything (as a learner opens it)."""
    page.goto(lab.url(f"lab/workspaces/{secrets.token_hex(4)}/tree/{notebook}") + "&reset")
    page.wait_for_selector(".jp-Notebook .jp-Cell", state="attached")
    page.wait_for_function(
        "(name) => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
        " return w && w.context && w.context.path === name && w.sessionContext.session"
        " && w.sessionContext.session.kernel && w.sessionContext.session.kernel.status === 'idle'; }",
        arg=notebook,
    )


def _stop_kernels(lab) -> None:
    """Shut down the kernels this test's notebooks started (the server is shared by the module)."""
    with urllib.request.urlopen(lab.url("api/sessions"), timeout=10) as answer:
        sessions = json.load(answer)
    for session in sessions:
        request = urllib.request.Request(lab.url(f"api/sessions/{session['id']}"), method="DELETE")
        urllib.request.urlopen(request, timeout=30).close()


def _screenshot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def _focus_slider(page, handle) -> None:
    """Give a slider the keyboard focus, as a learner does by clicking its handle."""
    handle.scroll_into_view_if_needed()
    handle.click()


# ------------------------------------------------------------------------------------ lesson 00


def test_lesson_00_runs_without_errors_and_shows_the_quiz(lesson, page):
    lesson("notebooks/00_start_here.ipynb")
    page.wait_for_selector("button:has-text('Check')", state="attached")
    quiz = page.locator(".widget-toggle-button:visible", has_text="looks genuine")
    quiz.first.scroll_into_view_if_needed()
    assert quiz.count() == 1, "the quiz should show one card, with its answer buttons"
    _screenshot(page, "lesson_00_quiz")
