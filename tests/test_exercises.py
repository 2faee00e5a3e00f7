"""Graded exercises: every master builds, grades as it should, and gives each mistake its hint.

otter is slow (about 10 s a run), so the expensive work happens once: the
``built`` fixture builds every exercise into a temporary folder (``otter
assign`` runs the tests against the solution), and ``graded_all`` grades one
batch of made-up submissions per exercise in parallel with
:func:`inauthentic.exercises.grade.grade_folder`: for every exercise the
solution, the untouched notebook and its anticipated mistakes; for exercise 02
also the broken notebooks. The tests then read the gradebooks.
"""

from __future__ import annotations

import re
from pathlib import Path

import jupytext
import nbformat
import pandas as pd
import pytest

from inauthentic.errors import KitError
from inauthentic.exercises import grade, samples
from inauthentic.exercises.build import build_exercise, learner_changed, write_student
from inauthentic.exercises.layout import ExercisePaths, exercise_names, exercises_root, read_questions
from inauthentic.exercises.results import MANUAL_REASON, PASSED

CLOCKS = "02_clocks"
TIME_LIMIT = 60  # seconds per submission in the test batch; the endless loop is stopped at it



def wrong_submissions(name: str) -> dict[str, list[samples.Mistake]]:
    """The wrong submissions of an exercise: each carries at most one mistake per question, so
    that the other questions must still get full marks."""
    by_question: dict[str, list[samples.Mistake]] = {}
    for mistake in samples.MISTAKES.get(name, []):
        by_question.setdefault(mistake.question, []).append(mistake)
    rounds = max((len(mistakes) for mistakes in by_question.values()), default=0)
    return {f"wrong-{round_ + 1}": [mistakes[round_] for mistakes in by_question.values() if len(mistakes) > round_] for round_ in range(rounds)}


WRONG = wrong_submissions(CLOCKS)
EXERCISES = exercise_names()
ALL_MISTAKES = [(name, mistake) for name in EXERCISES for mistake in samples.MISTAKES.get(name, [])]
# One notebook broken three ways at three questions (applied in this order), and saved under
# another name, as a learner might ("Copy of ...").
BROKEN = "broken-and-renamed"
BROKEN_MIX = [("syntax_error", "q2_2"), ("deleted_cells", "q2_7"), ("reordered_cells", "q2_4")]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Every exercise built into a temporary folder: {name: ExercisePaths}."""
    folder = tmp_path_factory.mktemp("exercises")
    built = {}
    for name in exercise_names():
        paths = ExercisePaths.for_name(name, student_dir=folder / "students", build_dir=folder / "build")
        build_exercise(name, student_dir=paths.student.parent, build_dir=paths.build.parent)
        built[name] = paths
    return built


def _mix(paths: ExercisePaths):
    notebook = samples.submission(paths)
    for breakage, question in BROKEN_MIX:
        samples.break_notebook(notebook, breakage, question)
    return notebook


@pytest.fixture(scope="session")
def graded_all(built, tmp_path_factory):
    """One batch of submissions per exercise, each graded in parallel: {name: report}."""
    reports = {}
    for name, paths in built.items():
        folder = tmp_path_factory.mktemp(f"submissions-{name}")
        made = {
            "solution": samples.submission(paths),
            "untouched": samples.submission(paths, answers={}),
            **{learner: samples.submission(paths, mistakes=mistakes) for learner, mistakes in wrong_submissions(name).items()},
        }
        if name == CLOCKS:  # the broken notebooks: once is enough, the grading code is shared
            made = {"00-endless-loop": samples.broken_submission(paths, "endless_loop", "q2_3"), "not-a-notebook": None, **made}  # the loop first, so it overlaps the rest
            samples.write_notebook(_mix(paths), folder / BROKEN / "Copy of 02_clocks (2).ipynb")
        for learner, notebook in made.items():
            samples.write_notebook(notebook, folder / f"{learner}.ipynb")
        reports[name] = grade.grade_folder(folder, jobs=2, time_limit=TIME_LIMIT, out=tmp_path_factory.mktemp(f"grades-{name}"), paths=paths, progress=False)
    return reports


@pytest.fixture(scope="session")
def graded(graded_all):
    """The batch of exercise 02, with its broken notebooks."""
    return graded_all[CLOCKS]


def _rows(report, learner: str) -> pd.DataFrame:
    rows = report.gradebook[report.gradebook["learner"] == learner].set_index("question")
    assert not rows.empty, f"no gradebook rows for {learner}"
    return rows


def _auto(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[rows["reason"] != MANUAL_REASON]


# --- the masters --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", exercise_names())
def test_master_round_trips_through_jupytext_with_otter_raw_cells(name):
    text = ExercisePaths.for_name(name).source.read_text(encoding="utf-8")
    notebook = jupytext.reads(text, fmt="py:percent")
    again = jupytext.writes(notebook, fmt="py:percent")
    strip = lambda source: re.sub(r"#   jupytext:\n(#     .*\n)+", "", source)  # jupytext adds its version to the header
    assert strip(again) == text
    raw = [cell.source.splitlines()[0] for cell in notebook.cells if cell.cell_type == "raw"]
    assert raw[0] == "# ASSIGNMENT CONFIG"
    assert {"# BEGIN QUESTION", "# BEGIN SOLUTION", "# END SOLUTION", "# BEGIN TESTS", "# END TESTS", "# END QUESTION"} <= set(raw)
    # otter reads solution markers only from raw cells: none may sit in a markdown cell
    assert not any("BEGIN SOLUTION" in cell.source for cell in notebook.cells if cell.cell_type == "markdown")


@pytest.mark.parametrize("name", exercise_names())
def test_master_has_4_to_8_questions_with_points_in_each_heading(name):
    text = ExercisePaths.for_name(name).source.read_text(encoding="utf-8")
    questions = read_questions(text)
    assert 4 <= len(questions) <= 8
    assert any(question.manual for question in questions) and sum(not q.manual for q in questions) > len(questions) / 2
    headings = re.findall(r"^# ## Question (\d+)\.(\d+) \((\d+) points?\b", text, flags=re.MULTILINE)
    assert [float(points) for _, _, points in headings] == [question.points for question in questions]
    assert [f"q{major}_{minor}" for major, minor, _ in headings] == [question.name for question in questions]


# --- make exercises -----------------------------------------------------------------------------


def test_assign_succeeds_for_every_master(built):
    assert set(built) == set(exercise_names())
    for paths in built.values():
        assert paths.autograder.stat().st_size > 0 and paths.solution.exists() and paths.student.exists()


def test_committed_student_notebooks_are_what_make_exercises_generates(built):
    for name, paths in built.items():
        committed = exercises_root() / f"{name}.ipynb"
        assert committed.exists(), f"{committed} is missing: run make exercises and commit it"
        assert committed.read_text(encoding="utf-8") == paths.student.read_text(encoding="utf-8"), (
            f"{committed} differs from what make exercises generates (the master or the data changed): "
            "run make exercises and commit the notebook and exercises/GENERATED.sha256"
        )
        assert not learner_changed(committed), "exercises/GENERATED.sha256 does not match the committed notebook: run make exercises"


def test_student_notebooks_have_no_outputs_and_numbered_cell_ids(built):
    for name, paths in built.items():
        notebook = nbformat.read(paths.student, as_version=4)
        nbformat.validate(notebook)
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)
        assert [cell.id for cell in notebook.cells] == [f"{name}-{i:02d}" for i in range(len(notebook.cells))]
        assert "version" not in notebook.metadata["language_info"]
        assert not any("execution" in cell.metadata for cell in notebook.cells)


def _solution_lines(source: str) -> list[str]:
    """Lines of a master a learner must never see: solutions, written answers and hidden tests."""
    secret, inside_solution, inside_block = [], False, False
    for cell in jupytext.reads(source, fmt="py:percent").cells:
        first = cell.source.splitlines()[0] if cell.source else ""
        if cell.cell_type == "raw":
            inside_solution = {"# BEGIN SOLUTION": True, "# END SOLUTION": False}.get(first, inside_solution)
            continue
        if "hidden: true" in cell.source:
            secret += cell.source.splitlines()[-1:]
            continue
        if not inside_solution:
            continue
        if cell.cell_type == "markdown":
            secret += cell.source.splitlines()
            continue
        for line in cell.source.splitlines():
            marker = line.strip()
            if marker == "# BEGIN SOLUTION":
                inside_block = True
            elif marker == "# END SOLUTION":
                inside_block = False
            elif inside_block or line.rstrip().endswith("# SOLUTION"):
                secret.append(line.replace("# SOLUTION", ""))
    return [line.strip() for line in secret if len(line.strip()) > 10]


def test_no_solution_or_hidden_test_reaches_a_student_notebook(built):
    for name, paths in built.items():
        secrets = _solution_lines(paths.source.read_text(encoding="utf-8"))
        assert len(secrets) > 10
        student = paths.student.read_text(encoding="utf-8")
        student_json = nbformat.read(paths.student, as_version=4)
        sources = "\n".join(cell.source for cell in student_json.cells) + str(student_json.metadata)
        leaked = [line for line in secrets if line in sources or line in student]
        assert leaked == []


def test_a_learners_changed_notebook_is_kept_until_forced(built, tmp_path):
    text = built[CLOCKS].student.read_text(encoding="utf-8")
    target, fresh = tmp_path / f"{CLOCKS}.ipynb", tmp_path / "fresh.ipynb"
    assert write_student(text, target, fresh).startswith("wrote")
    assert write_student(text, target, fresh).endswith("is up to date.")
    assert write_student(text.replace("Clocks", "Clocks, rebuilt"), target, fresh).startswith("wrote")  # untouched: replaced
    target.write_text(target.read_text() + " my answer")
    kept = write_student(text, target, fresh)
    assert kept.startswith("KEPT") and "FORCE=1" in kept and f"cp {target}" in kept and str(fresh) in kept
    assert target.read_text().endswith(" my answer")
    assert write_student(text, target, fresh, force=True).startswith("wrote") and target.read_text() == text


# --- grading ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", EXERCISES)
def test_the_solution_scores_full_marks(graded_all, name):
    rows = _auto(_rows(graded_all[name], "solution"))
    assert (rows["points"] == rows["max_points"]).all(), rows[rows["points"] < rows["max_points"]]["reason"].to_dict()
    assert (rows["reason"] == PASSED).all()


def _questions(name: str):
    return read_questions(ExercisePaths.for_name(name).source.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", EXERCISES)
def test_the_untouched_notebook_scores_zero(graded_all, name):
    rows = _auto(_rows(graded_all[name], "untouched"))
    assert len(rows) == sum(not question.manual for question in _questions(name)) and (rows["points"] == 0).all()


@pytest.mark.parametrize("name", EXERCISES)
def test_written_answers_are_left_for_the_instructor(graded_all, name):
    book = graded_all[name].gradebook
    manual = book[book["reason"] == MANUAL_REASON]
    assert set(manual["question"]) == {question.name for question in _questions(name) if question.manual} and manual["points"].isna().all()
    assert manual["learner"].nunique() == book["learner"].nunique()


def test_the_written_answers_of_exercise_02_are_2_5_and_2_8(graded):
    assert set(graded.gradebook.loc[graded.gradebook["reason"] == MANUAL_REASON, "question"]) == {"q2_5", "q2_8"}


@pytest.mark.parametrize(("name", "mistake"), ALL_MISTAKES, ids=[f"{name}-{mistake.name}" for name, mistake in ALL_MISTAKES])
def test_each_anticipated_mistake_shows_its_own_hint(graded_all, name, mistake):
    learner = next(learner for learner, mistakes in wrong_submissions(name).items() if mistake in mistakes)
    row = _rows(graded_all[name], learner).loc[mistake.question]
    assert row["points"] < row["max_points"]
    shown = failure_messages_of(row["reason"])
    assert mistake.message in shown[0], f"the first hint shown was: {shown[0]}"
    others = [m.message for m in samples.MISTAKES[name] if m.question == mistake.question and m is not mistake]
    assert not any(other in row["reason"] for other in others), row["reason"]


def test_every_exercise_anticipates_mistakes_with_distinct_hints():
    for name in EXERCISES:
        mistakes = samples.MISTAKES.get(name, [])
        assert len(mistakes) >= 3, f"{name} anticipates no mistakes: add them to samples.MISTAKES"
        assert len({mistake.name for mistake in mistakes}) == len(mistakes)
        assert {mistake.question for mistake in mistakes} <= {question.name for question in _questions(name)}


def test_every_exercise_has_anticipated_mistakes_and_sample_breakages():
    assert set(samples.MISTAKES) == set(exercise_names())
    assert set(samples.BROKEN_SPOTS) == set(exercise_names())
    for name, mistakes in samples.MISTAKES.items():
        questions = {question.name for question in _questions(name) if not question.manual}
        assert {mistake.question for mistake in mistakes} <= questions, name
        assert len({mistake.name for mistake in mistakes}) == len(mistakes), name


def failure_messages_of(reason: str) -> list[str]:
    return [part for part in reason.split(" | ") if not part.startswith("error: ")]


@pytest.mark.parametrize("name", EXERCISES)
def test_questions_without_a_mistake_still_get_full_marks(graded_all, name):
    for learner, mistakes in wrong_submissions(name).items():
        rows = _auto(_rows(graded_all[name], learner))
        wrong = {mistake.question for mistake in mistakes}
        right = rows.drop(index=list(wrong))
        assert (right["points"] == right["max_points"]).all(), (learner, right["reason"].to_dict())


def test_an_endless_loop_is_stopped_and_scores_zero_with_the_reason(graded):
    rows = _auto(_rows(graded, "00-endless-loop"))
    assert (rows["points"] == 0).all()
    assert rows["reason"].str.contains(f"time limit of {TIME_LIMIT} s").all()


def test_a_file_that_is_not_a_notebook_scores_zero_with_the_reason(graded):
    rows = _auto(_rows(graded, "not-a-notebook"))
    assert (rows["points"] == 0).all() and rows["reason"].str.contains("could not be graded").all()


def test_broken_cells_in_a_renamed_notebook_cost_only_the_questions_they_touch(graded):
    rows = _auto(_rows(graded, f"{BROKEN}/Copy of 02_clocks (2)"))
    assert rows.loc["q2_2", "points"] == 0 and "name 'hour_of_week_counts' is not defined" in rows.loc["q2_2", "reason"]
    assert rows.loc["q2_7", "points"] == 0 and "name 'precision_recall' is not defined" in rows.loc["q2_7", "reason"]
    assert 0 < rows.loc["q2_4", "points"] < rows.loc["q2_4", "max_points"] and "campaign_best" in rows.loc["q2_4", "reason"]
    intact = rows.loc[["q2_1", "q2_3", "q2_6"]]
    assert (intact["points"] == intact["max_points"]).all()


def test_gradebook_summary_and_plot_are_written_and_agree(graded):
    book = pd.read_csv(graded.folder / "gradebook.csv")
    assert list(book.columns) == grade.GRADEBOOK_COLUMNS
    learners = 5 + len(WRONG)
    assert book["learner"].nunique() == learners and len(book) == learners * 8
    summary = pd.read_csv(graded.folder / "summary.csv", index_col="question")
    q21 = book[book["question"] == "q2_1"]
    assert summary.loc["q2_1", "graded"] == learners
    assert summary.loc["q2_1", "full_marks"] == pytest.approx(round((q21["points"] == 2).mean(), 3))
    assert summary.loc["q2_5", "graded"] == 0
    png = (graded.folder / "scores.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


# --- fast checks of the grading command ---------------------------------------------------------


def test_learners_are_named_by_file_or_by_folder(tmp_path):
    for relative in ("alice.ipynb", "bob/02_clocks.ipynb", "carol/extra.ipynb", ".ipynb_checkpoints/alice-checkpoint.ipynb"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("{}")
    assert sorted(grade.find_submissions(tmp_path, CLOCKS)) == ["alice", "bob", "carol/extra"]


def test_grading_an_empty_or_missing_folder_says_what_to_do(tmp_path):
    with pytest.raises(KitError, match="no notebook"):
        grade.find_submissions(tmp_path, CLOCKS)
    with pytest.raises(KitError, match="SUBMISSIONS=path/to/folder"):
        grade.find_submissions(tmp_path / "nowhere", CLOCKS)


def test_the_grade_command_warns_it_is_unsandboxed_and_shows_the_docker_command(tmp_path, capsys):
    assert grade.main([str(tmp_path / "nowhere"), "--exercise", CLOCKS, "--jobs", "2"]) == 1
    printed = capsys.readouterr()
    assert "WITHOUT a sandbox" in printed.out
    assert re.search(r"otter grade -a \S+02_clocks-autograder\.zip -p \S+nowhere --ext ipynb --containers 2 --timeout 300", printed.out)
    assert "does not exist" in printed.err
