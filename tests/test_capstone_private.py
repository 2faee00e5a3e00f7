"""The capstone for a private seed: one command rebuilds exercise 07 and its autograder.

One module fixture generates the capstone with a seed that is not the shipped
one and builds it (``build_private_capstone``, about 40 s); one batch grades,
against the private autograder, the solution and the shipped seed's answer
(the public solution's flagged list, computed on the shipped data). The rest
are fast checks of what reaches learners and of the command's errors.
"""

from __future__ import annotations

import json
import re

import nbformat
import pandas as pd
import pytest

from inauthentic import load_dataset
from inauthentic.cli import main as kit_main
from inauthentic.errors import KitError
from inauthentic.exercises import grade, samples
from inauthentic.exercises.answer_key import campaign_userids
from inauthentic.exercises.layout import exercises_root
from inauthentic.exercises.private_capstone import CAPSTONE, GRADING_FILE, PrivateLayout, build_private_capstone, check_data_folder, next_steps
from inauthentic.shipped import datasets_root

SEED = 20270101  # not the shipped capstone's 4817
TIME_LIMIT = 240


@pytest.fixture(scope="module")
def private_data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("private") / "capstone"
    assert kit_main(["generate", "--scenario", "capstone", "--seed", str(SEED), "--out", str(folder)]) == 0
    return folder


LEARNERS_NOTEBOOK = "a learner's 07_capstone.ipynb with answers, which no build may replace"


@pytest.fixture(scope="module")
def private_build(private_data, tmp_path_factory):
    """The private build, into a folder whose handout already holds a learner's notebook."""
    layout = PrivateLayout(tmp_path_factory.mktemp("class"))
    layout.handout.mkdir(parents=True)
    layout.paths.student.write_text(LEARNERS_NOTEBOOK, encoding="utf-8")
    return build_private_capstone(private_data, layout.out)


@pytest.fixture(scope="module")
def shipped_answer():
    """The public solution's flagged list on the shipped capstone (what a published answer would hold)."""
    source = (exercises_root() / "source" / f"{CAPSTONE}.py").read_text(encoding="utf-8")
    block = re.search(r"# %%\n# BEGIN SOLUTION\n(# 1\. Candidates.*?)# END SOLUTION\n", source, flags=re.DOTALL).group(1)
    data = load_dataset("capstone", labels=False)
    import numpy as np

    from inauthentic import coordination, signals

    namespace = {"pd": pd, "np": np, "posts": data.posts, "accounts": data.accounts, "coordination": coordination, "signals": signals}
    exec(block, namespace)  # the master's own code, so the published answer is exactly the solution's
    return [int(userid) for userid in namespace["flagged"]]


@pytest.fixture(scope="module")
def graded(private_build, shipped_answer, tmp_path_factory):
    layout, _ = private_build
    paths = layout.paths
    folder = tmp_path_factory.mktemp("private-submissions")
    samples.write_notebook(samples.submission(paths), folder / "solution.ipynb")
    copied = samples.submission(paths, mistakes=[samples.Mistake("published_answer", "q7_2", f"flagged = {shipped_answer!r}\n", "")])
    samples.write_notebook(copied, folder / "published-answer.ipynb")
    return grade.grade_folder(folder, time_limit=TIME_LIMIT, jobs=2, out=tmp_path_factory.mktemp("private-grades"), paths=grade.autograder_paths(layout.autograder), progress=False)


def _rows(report, learner):
    return report.gradebook[report.gradebook["learner"] == learner].set_index("question")


def test_the_private_build_writes_the_handout_and_the_instructors_files(private_build, private_data):
    layout, outcome = private_build
    assert outcome.startswith("KEPT") and str(layout.paths.build / f"{CAPSTONE}.ipynb") in outcome
    assert f"make capstone DATA={private_data} OUT={layout.out} FORCE=1" in outcome
    for path in (layout.paths.build / f"{CAPSTONE}.ipynb", layout.autograder, layout.paths.master, layout.paths.questions, layout.answer_key):
        assert path.is_file() and path.stat().st_size > 0, path
    assert sorted(p.name for p in (layout.datasets / "capstone").glob("*.csv")) == ["accounts.csv", "posts.csv"]
    assert (layout.datasets / "capstone" / "posts.csv").read_bytes() == (private_data / "posts.csv").read_bytes()
    assert {"classroom", "tiny"} <= {p.name for p in layout.datasets.iterdir()}
    key = layout.answer_key.read_text(encoding="utf-8")
    assert "campaign_b" in key and str(private_data) in key and "build --refresh" not in key
    text = next_steps(layout, private_data, outcome)
    assert f"INAUTHENTIC_DATASETS={layout.datasets.resolve()}" in text and f"AUTOGRADER={layout.autograder}" in text


def test_the_learners_copy_loads_by_name_without_labels(private_build, private_data, monkeypatch):
    layout, _ = private_build
    monkeypatch.setenv("INAUTHENTIC_DATASETS", str(layout.datasets))
    data = load_dataset("capstone")
    assert data.labels is None
    assert data.accounts["userid"].tolist() == load_dataset(private_data).accounts["userid"].tolist()


def test_no_private_userid_or_label_reaches_the_handout(private_build, private_data):
    layout, _ = private_build
    campaign = campaign_userids(private_data)
    assert not (layout.datasets / "capstone" / "labels.csv").exists()
    texts = [path for path in layout.handout.rglob("*") if path.is_file() and path.suffix != ".csv" and path.suffix != ".zip"]
    handout_text = "\n".join(path.read_text(encoding="utf-8") for path in texts)
    assert len(texts) >= 8 and not any(str(userid) in handout_text for userid in campaign)
    assert str(SEED) not in handout_text
    notebook = nbformat.read(layout.paths.build / f"{CAPSTONE}.ipynb", as_version=4)  # what the handout gets
    assert "frozenset({" not in json.dumps(notebook) and "__CAMPAIGN_USERIDS__" not in json.dumps(notebook)
    # ...while the autograder's hidden tests do carry this seed's key
    import zipfile

    with zipfile.ZipFile(layout.autograder) as archive:
        hidden = archive.read("tests/q7_2.py").decode("utf-8")
    assert all(str(userid) in hidden for userid in campaign)


def test_the_student_notebook_is_the_shipped_one_as_its_checks_only_test_shapes(private_build):
    layout, _ = private_build
    assert (layout.paths.build / f"{CAPSTONE}.ipynb").read_text(encoding="utf-8") == (exercises_root() / f"{CAPSTONE}.ipynb").read_text(encoding="utf-8")


def test_the_solution_scores_full_marks_against_the_private_autograder(graded):
    rows = _rows(graded, "solution")
    auto = rows[rows["points"].notna()]
    assert (auto["points"] == auto["max_points"]).all(), auto["reason"].to_dict()


def test_the_published_answer_scores_the_lowest_tier_against_the_private_key(graded):
    row = _rows(graded, "published-answer").loc["q7_2"]
    # the shipped seed's accounts are not on the private platform: only the point for the list's shape could
    # remain, and this list is not even of the private platform's userids
    assert row["points"] <= 1 and "under 0.50" in row["reason"]


def test_grading_uses_the_learners_data_recorded_beside_the_autograder(private_build):
    layout, _ = private_build
    config = json.loads((layout.paths.build / GRADING_FILE).read_text())
    assert config["exercise"] == CAPSTONE
    assert grade.grading_environment(layout.paths) == {"INAUTHENTIC_DATASETS": str(layout.datasets.resolve())}


def test_a_learners_notebook_in_the_handout_is_kept_now_and_on_the_next_build(private_build):
    layout, _ = private_build
    student = layout.paths.student
    assert student.read_text(encoding="utf-8") == LEARNERS_NOTEBOOK  # the build ran into a folder that had it
    from inauthentic.exercises.build import write_student

    fresh = layout.paths.build / f"{CAPSTONE}.ipynb"
    again = write_student(fresh.read_text(encoding="utf-8"), student, fresh)  # what a second build does with it
    assert again.startswith("KEPT") and "FORCE=1" in again and student.read_text(encoding="utf-8") == LEARNERS_NOTEBOOK


def test_a_folder_without_labels_says_how_to_make_it_again(tmp_path):
    folder = tmp_path / "handout-copy"
    assert kit_main(["generate", "--scenario", "tiny", "--out", str(folder), "--no-labels"]) == 0
    with pytest.raises(KitError, match=r"no labels\.csv.*--no-labels.*generate --scenario capstone --seed SECRET"):
        check_data_folder(folder)
    with pytest.raises(KitError, match="There is no folder"):
        check_data_folder(tmp_path / "nowhere")


def test_the_shipped_folders_are_refused(private_data, tmp_path):
    with pytest.raises(KitError, match="shipped capstone"):
        build_private_capstone(datasets_root() / "capstone", tmp_path / "class")
    with pytest.raises(KitError, match="never writes a private build"):
        build_private_capstone(private_data, exercises_root() / "private")
    with pytest.raises(KitError, match="never writes a private build"):
        build_private_capstone(private_data, datasets_root() / "private")


def test_an_autograder_path_that_is_not_one_says_so(tmp_path):
    with pytest.raises(KitError, match="There is no autograder"):
        grade.autograder_paths(tmp_path / "07_capstone-autograder.zip")
    odd = tmp_path / "grader.zip"
    odd.write_bytes(b"PK")
    with pytest.raises(KitError, match="not named like an autograder"):
        grade.autograder_paths(odd)


def test_the_grade_command_takes_an_autograder_path(tmp_path, capsys):
    assert grade.main([str(tmp_path), "--autograder", str(tmp_path / "07_capstone-autograder.zip")]) == 1
    assert "There is no autograder" in capsys.readouterr().err
