"""make notebooks: builds are deterministic and clean, and never overwrite a learner's work.

Each test builds a small lesson in a temporary folder (a fresh kernel each
build); the repository's own notebooks are never written.
"""

from __future__ import annotations

import shutil

import nbformat
import pytest

from inauthentic.notebooks import build_lesson, build_lessons, drift, execution_problems, machine_metadata_found
from inauthentic.notebooks.build import main
from inauthentic.notebooks.clean import WIDGET_NOTE, WIDGET_VIEW

LESSON = '''# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # A small lesson

# %%
import numpy as np
import ipywidgets

rng = np.random.default_rng(0)
round(float(rng.random()), 6)

# %% tags=["nbval-ignore-output"]
# Interactive: a slider.
ipywidgets.IntSlider(value=3)

# %%
import warnings
warnings.warn("a warning names the kernel's temporary file")
'''


@pytest.fixture(scope="module")
def first_build(tmp_path_factory):
    """A lesson built once: (folder, source, notebook, the file's text, the result)."""
    folder = tmp_path_factory.mktemp("lessons")
    source = folder / "00_small.py"
    source.write_text(LESSON, encoding="utf-8")
    result = build_lesson(source)
    notebook = source.with_suffix(".ipynb")
    return folder, source, notebook, notebook.read_text(encoding="utf-8"), result


@pytest.fixture
def lesson(first_build, tmp_path):
    """A fresh copy of the built lesson, to change."""
    folder, source, notebook, _, _ = first_build
    shutil.copy(source, tmp_path / source.name)
    shutil.copy(notebook, tmp_path / notebook.name)
    return tmp_path / source.name, tmp_path / notebook.name


def test_build_runs_every_cell_in_order_and_matches_the_source(first_build):
    _, source, notebook, _, result = first_build
    assert result.status == "built"
    nb = nbformat.read(notebook, as_version=4)
    assert execution_problems(nb) == []
    assert drift(source, notebook) == []
    assert nb.cells[1].outputs[0].data["text/plain"] == str(round(float(__import__("numpy").random.default_rng(0).random()), 6))


def test_build_leaves_no_machine_metadata(first_build):
    _, _, notebook, text, result = first_build
    nb = nbformat.read(notebook, as_version=4)
    assert machine_metadata_found(nb) == []
    assert "widgets" not in nb.metadata and "version" not in nb.metadata["language_info"]
    assert WIDGET_VIEW not in text and '"execution"' not in text
    assert nb.cells[2].outputs[0].data == {"text/plain": WIDGET_NOTE}
    assert nb.cells[2].metadata == {"tags": ["nbval-ignore-output"]}


def test_build_reports_time_and_kernel_memory(first_build):
    result = first_build[4]
    assert result.execution.seconds > 0
    assert 20 * 2**20 < result.execution.peak_bytes < 1.5 * 2**30
    assert 0 < result.execution.cpu_seconds < 10 * result.execution.seconds


def test_rebuild_gives_the_same_bytes(first_build, lesson):
    source, notebook = lesson
    result = build_lesson(source)
    assert result.status == "unchanged"
    assert notebook.read_text(encoding="utf-8") == first_build[3]


def test_first_build_on_another_machine_gives_the_same_bytes(first_build, tmp_path):
    source = tmp_path / "00_small.py"
    source.write_text(LESSON, encoding="utf-8")
    assert build_lesson(source).status == "built"
    assert source.with_suffix(".ipynb").read_text(encoding="utf-8") == first_build[3]


def test_a_learners_edit_is_kept_and_the_message_says_how_to_save_it(lesson, capsys):
    source, notebook = lesson
    nb = nbformat.read(notebook, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell("my_answer = 42"))
    nbformat.write(nb, notebook)
    before = notebook.read_bytes()
    lines = []
    results = build_lessons(folder=source.parent, report=lines.append)
    assert [r.status for r in results] == ["kept"]
    assert notebook.read_bytes() == before
    message = "\n".join(lines)
    assert "NOT rebuilt" in message and "changed since it was built" in message
    assert f"cp {notebook}" in message and "my_00_small.ipynb" in message
    assert "FORCE=1" in message


def test_force_replaces_a_changed_notebook(first_build, lesson):
    source, notebook = lesson
    nb = nbformat.read(notebook, as_version=4)
    nb.cells[1].source = "my_answer = 42"
    nbformat.write(nb, notebook)
    assert build_lesson(source).status == "kept"
    assert build_lesson(source, force=True).status == "built"
    assert notebook.read_text(encoding="utf-8") == first_build[3]


def test_a_notebook_only_run_again_may_be_rebuilt(first_build, lesson):
    source, notebook = lesson
    nb = nbformat.read(notebook, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.execution_count = (cell.execution_count or 0) + 10
            cell.outputs = []
    nbformat.write(nb, notebook)
    assert build_lesson(source).status == "built"
    assert notebook.read_text(encoding="utf-8") == first_build[3]


def test_a_notebook_without_a_build_stamp_is_kept(lesson):
    source, notebook = lesson
    nb = nbformat.read(notebook, as_version=4)
    del nb.metadata["inauthentic"]
    nbformat.write(nb, notebook)
    result = build_lesson(source)
    assert result.status == "kept" and "no build stamp" in result.reason


def test_a_failing_cell_leaves_the_old_notebook(lesson):
    source, notebook = lesson
    before = notebook.read_bytes()
    source.write_text(LESSON + "\n# %%\n1 / 0\n", encoding="utf-8")
    result = build_lesson(source)
    assert result.status == "failed" and "ZeroDivisionError" in result.reason
    assert notebook.read_bytes() == before
    assert not list(source.parent.glob(".*.partial"))


def test_a_source_without_a_kernelspec_is_refused_in_words(tmp_path):
    source = tmp_path / "00_bare.py"
    source.write_text("# %%\n1 + 1\n", encoding="utf-8")
    with pytest.raises(Exception, match="no kernelspec"):
        build_lesson(source)


def test_command_line_rejects_an_unknown_lesson(capsys):
    assert main(["99"]) == 1
    assert "There is no lesson '99'" in capsys.readouterr().err


def _nbval(notebook) -> "subprocess.CompletedProcess":
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval", "--nbval-current-env",
         "--nbval-sanitize-with", str(root / "tests" / "nbval_sanitize.cfg"), "-o", "addopts=", str(notebook)],
        cwd=notebook.parent, capture_output=True, text=True, timeout=300,
    )


def test_strict_nbval_passes_a_build_and_catches_a_changed_output(lesson):
    source, notebook = lesson
    assert _nbval(notebook).returncode == 0
    nb = nbformat.read(notebook, as_version=4)
    nb.cells[1].outputs[0].data["text/plain"] = "0.5"
    nbformat.write(nb, notebook)
    failed = _nbval(notebook)
    assert failed.returncode != 0 and "0.5" in failed.stdout


def test_a_damaged_notebook_is_kept_and_force_rebuilds_it(first_build, lesson):
    source, notebook = lesson
    notebook.write_text('{"cells": [', encoding="utf-8")
    result = build_lesson(source)
    assert result.status == "kept" and "not a notebook this command can read" in result.reason
    assert notebook.read_text(encoding="utf-8") == '{"cells": ['
    assert build_lesson(source, force=True).status == "built"
    assert notebook.read_text(encoding="utf-8") == first_build[3]
