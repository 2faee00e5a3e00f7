"""The committed lessons: built from their sources, run in order, clean, and run by nbval.

nbval itself runs over notebooks/ in the same ``python -m pytest`` (see
pyproject.toml and conftest.py); these tests check what nbval cannot see.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest
from alt_text import alt_text_before

from inauthentic.notebooks import changed_since_built, drift, execution_problems, lesson_sources, machine_metadata_found
from inauthentic.notebooks.clean import WIDGET_NOTE

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SOURCES = lesson_sources(NOTEBOOKS)
LESSON_IDS = [source.stem for source in SOURCES]
IGNORE_OUTPUT = "nbval-ignore-output"


def built(source: Path):
    return nbformat.read(source.with_suffix(".ipynb"), as_version=4)


def tracked_files(folder: Path) -> list[Path]:
    """Files git tracks under ``folder`` (what is committed), or all files outside a git checkout."""
    result = subprocess.run(["git", "ls-files", "-z", str(folder)], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        return [path for path in folder.rglob("*") if path.is_file()]
    return [ROOT / name for name in result.stdout.split("\0") if name]


def test_there_is_a_first_lesson_and_make_lab_opens_it():
    assert SOURCES and SOURCES[0].name == "00_start_here.py"
    makefile = (ROOT / "Makefile").read_text()
    assert "FIRST_LESSON = $(firstword $(sort $(wildcard notebooks/*.ipynb)))" in makefile
    assert sorted(NOTEBOOKS.glob("*.ipynb"))[0].name == "00_start_here.ipynb"


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_notebook_matches_its_source(source):
    differences = drift(source, source.with_suffix(".ipynb"))
    assert differences == [], (
        f"{source.with_suffix('.ipynb').name} has drifted from {source.name}; rebuild it with "
        f"'make notebooks LESSONS={source.stem[:2]}':\n" + "\n".join(differences[:40])
    )


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_every_code_cell_was_executed_in_order(source):
    assert execution_problems(built(source)) == []


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_notebook_has_no_machine_metadata_and_is_as_built(source):
    nb = built(source)
    assert machine_metadata_found(nb) == []
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.metadata["inauthentic"]["built_from"] == source.name
    assert changed_since_built(source.with_suffix(".ipynb")) is None, "edited after 'make notebooks': rebuild it"


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_source_header_names_the_kernel_and_nothing_machine_specific(source):
    header = source.read_text(encoding="utf-8").split("# ---", 2)[1]
    assert "name: python3" in header
    assert "jupytext_version" not in header and "formats:" not in header, (
        "no jupytext version (machine-specific) and no pairing (JupyterLab would rewrite the source "
        "whenever a learner saves the notebook)"
    )


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_output_is_skipped_only_for_interactive_cells_that_say_so(source):
    for number, cell in enumerate(built(source).cells, start=1):
        if cell.cell_type != "code":
            continue
        shows_widget = any(output.get("data", {}).get("text/plain") == WIDGET_NOTE for output in cell.outputs)
        skipped = IGNORE_OUTPUT in cell.metadata.get("tags", [])
        assert skipped == shows_widget, f"cell {number}: tag {IGNORE_OUTPUT} exactly the cells that show a widget"
        if skipped:
            assert cell.source.startswith("# Interactive:"), f"cell {number} must say why its output is not compared"


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_plotting_cells_end_with_plt_show(source):
    for number, cell in enumerate(built(source).cells, start=1):
        images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        if images:
            assert cell.source.rstrip().endswith("plt.show()"), f"cell {number} draws a figure: end it with plt.show()"
            assert len(images) == 1, f"cell {number} shows its figure {len(images)} times"


def test_no_scratch_or_editor_files_are_committed_in_the_lessons_folder():
    allowed_suffix = {".py", ".ipynb", ".md"}
    for path in tracked_files(NOTEBOOKS):
        name = path.relative_to(NOTEBOOKS).as_posix()
        assert not name.lower().startswith("untitled"), f"scratch notebook committed: {name}"
        assert ".ipynb_checkpoints" not in name and "/" not in name, f"not a lesson file: {name}"
        assert path.suffix in allowed_suffix, f"unexpected file in notebooks/: {name}"
        if path.suffix == ".ipynb":
            assert path.with_suffix(".py").is_file(), f"{name} has no source; lessons are built from NN_slug.py"
        if path.suffix == ".py":
            assert path.with_suffix(".ipynb").is_file(), f"{name} has no built notebook: run make notebooks"


def test_make_test_runs_nbval_over_the_lessons_strictly():
    options = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    assert "notebooks" in options["testpaths"]
    flags = options["addopts"].split()
    assert "--nbval" in flags and "--nbval-lax" not in flags
    assert flags[flags.index("--nbval-sanitize-with") + 1] == "tests/nbval_sanitize.cfg"
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_collection_runs_notebooks_and_never_imports_lesson_sources():
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "notebooks"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    items = [line for line in result.stdout.splitlines() if "::" in line]
    assert items, "nbval collected no lesson cells"
    assert all(line.split("::")[0].endswith(".ipynb") for line in items), items
    for source in SOURCES:
        assert f"{source.with_suffix('.ipynb').relative_to(ROOT).as_posix()}::Cell 0" in items


def test_learner_copies_are_not_collected(tmp_path):
    spec = importlib.util.spec_from_file_location("root_conftest", ROOT / "conftest.py")
    root_conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(root_conftest)
    lesson = SOURCES[0].with_suffix(".ipynb")
    assert root_conftest.pytest_ignore_collect(lesson, None) is None
    assert root_conftest.pytest_ignore_collect(SOURCES[0], None) is True
    assert root_conftest.pytest_ignore_collect(NOTEBOOKS / "my_00_start_here.ipynb", None) is True
    assert root_conftest.pytest_ignore_collect(NOTEBOOKS / "Untitled.ipynb", None) is True
    assert root_conftest.pytest_ignore_collect(tmp_path / "x.py", None) is None


def _sanitize(text: str) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "tests" / "nbval_sanitize.cfg")
    for section in parser.sections():
        text = re.sub(parser[section]["regex"], parser[section]["replace"], text)
    return text


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("<Figure object at 0x7f63db14b710>", "<Figure object at 0x7f0011223344>"),
        ("/tmp/ipykernel_4242/3141592.py:3: UserWarning", "/tmp/ipykernel_17/27.py:3: UserWarning"),
        ("ipykernel_PID/3141592.py:3: UserWarning", "/var/tmp/ipykernel_17/27.py:3: UserWarning"),
        ("q1 passed! 🎉", "q1 passed! 🍀"),
    ],
)
def test_sanitize_file_masks_volatile_text(one, other):
    assert one != other and _sanitize(one) == _sanitize(other)


def test_sanitize_file_keeps_real_numbers():
    assert _sanitize("146,094 posts, userid 745512619335465421") == "146,094 posts, userid 745512619335465421"


# What issue 8 asks of every lesson ("Every lesson has"), checked on the built notebooks.


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_every_figure_has_alt_text_just_before_it(source):
    """Each cell with an image output follows a markdown cell giving its alt text.

    Widgets' pictures are not saved in the built notebook: tests/test_lessons_offline.py checks
    them (and every figure's title and axis labels) as the lessons run.
    """
    cells = built(source).cells
    missing = [number for number, cell in enumerate(cells, start=1) if cell.cell_type == "code"
               and any(mime.startswith("image/") for o in cell.outputs for mime in o.get("data", {}))
               and alt_text_before(cells, number - 1) is None]
    assert not missing, (f"cells {missing} show a figure: say what it shows in a markdown cell just before it, "
                         "starting '**Alt text for the figure below:**'")


def markdown(nb) -> list[str]:
    return [cell.source for cell in nb.cells if cell.cell_type == "markdown"]


def minutes(front_matter: str) -> tuple[int, int]:
    teaching = re.search(r"\*\*Teaching:\*\*\s*(\d+) minutes", front_matter)
    exercises = re.search(r"\*\*Exercises:\*\*\s*(\d+) minutes", front_matter)
    assert teaching and exercises, "the first cell must give **Teaching:** N minutes and **Exercises:** N minutes"
    return int(teaching.group(1)), int(exercises.group(1))


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_lesson_opens_with_minutes_prerequisites_and_two_to_four_objectives(source):
    front = markdown(built(source))[0]
    assert front.startswith(f"# Lesson {source.stem[:2]} ")
    minutes(front)
    assert "**Prerequisites:**" in front
    objectives = re.findall(r"^\d\. ", front.split("By the end you will be able to", 1)[-1], flags=re.MULTILINE)
    assert 2 <= len(objectives) <= 4


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_lesson_has_every_part_issue_8_lists(source):
    nb = built(source)
    text = "\n".join(markdown(nb))
    for heading in ("## What was reported", "## Starting fresh?", "### Your turn", "## Key points", "## What comes next"):
        assert heading in text, f"missing heading {heading!r}"
    assert text.count("<details><summary>Answer</summary>") >= 2, "two or more check-your-understanding answers, folded"
    code = [cell.source for cell in nb.cells if cell.cell_type == "code"]
    assert any("load_dataset(" in cell for cell in code[:1]), "the first code cell (starting fresh) loads the data"
    assert any(re.search(r"^(AccountCard|ClockExplorer|ThresholdTuner|CoordinationExplorer|SpotTheFakeQuiz)\(", cell,
                         flags=re.MULTILINE) for cell in code), "at least one widget"
    reported = next(cell for cell in markdown(nb) if cell.startswith("## What was reported"))
    citations = re.findall(r"\([A-Z][^()]*?\b20[12]\d\b[^()]*\)", reported)
    assert len(citations) >= 2, "cite the reporting by outlet and year, in brackets"


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_code_cells_are_short_and_follow_prose(source):
    cells = built(source).cells
    for number, cell in enumerate(cells, start=1):
        if cell.cell_type != "code":
            continue
        lines = [line for line in cell.source.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        assert 1 <= len(lines) <= 5, f"cell {number} has {len(lines)} lines of code; keep cells to 1-5"
        before = cells[number - 2] if number >= 2 else None
        if before is not None and before.cell_type == "code":
            continue  # a cell right after another one continues its step (e.g. a value, then its widget)
        assert before is not None and len(before.source.split()) >= 15, f"cell {number}: say why it runs, first"


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_readme_and_instructor_notes_list_the_lesson_with_its_minutes(source):
    teaching, exercises = minutes(markdown(built(source))[0])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next((line for line in readme.splitlines() if f"(notebooks/{source.stem}.ipynb)" in line), None)
    assert row is not None, f"README's lesson map has no link to notebooks/{source.stem}.ipynb"
    assert f"{teaching} teaching + {exercises} exercises" in row
    notes = (NOTEBOOKS / "INSTRUCTOR.md").read_text(encoding="utf-8")
    assert re.search(rf"^\| {source.stem[:2]} \| \[.+\]\({source.stem}\.ipynb\) \| {teaching} min \| {exercises} min \| [^|]+ \| written \|$",
                     notes, flags=re.MULTILINE), "INSTRUCTOR.md's sequence table"
    assert f"## Lesson {source.stem[:2]} " in notes, "INSTRUCTOR.md needs a section for the lesson"
    for part in ("**Timing", "**What to say.**", "**Common misconceptions.**", "**Discussion questions.**"):
        assert part in notes.split(f"## Lesson {source.stem[:2]} ", 1)[1].split("\n## ", 1)[0]


EXERCISE_MASTERS = {path.stem[:2]: path for path in sorted((ROOT / "exercises" / "source").glob("[0-9][0-9]_*.py"))}


def exercise_minutes(master: Path) -> int:
    """The minutes an exercise's introduction announces ("*About 45 minutes.")."""
    found = re.search(r"^# \*About (\d+) minutes\b", master.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert found, f"{master.name}: the introduction must say '*About N minutes.'"
    return int(found.group(1))


def question_minutes(name: str) -> int:
    """The sum of the minutes column of an exercise's question table in exercises/INSTRUCTOR.md."""
    guide = (ROOT / "exercises" / "INSTRUCTOR.md").read_text(encoding="utf-8")
    section = re.search(rf"^## Exercise {name[:2]}: .*?(?=^## )", guide, flags=re.MULTILINE | re.DOTALL)
    assert section, f"exercises/INSTRUCTOR.md needs a section '## Exercise {name[:2]}: ...'"
    rows = re.findall(r"^\| \d\.\d [^|]*\| \d+ \| (\d+) \|", section.group(0), flags=re.MULTILINE)
    assert rows, f"exercise {name[:2]}'s question table needs a minutes column"
    return sum(int(row) for row in rows)


@pytest.mark.parametrize("number", sorted(EXERCISE_MASTERS))
def test_a_lessons_graded_exercise_is_announced_with_the_minutes_it_takes(number):
    """One figure for an exercise's length, wherever it is quoted, and it is what its questions add up to."""
    master = EXERCISE_MASTERS[number]
    about = exercise_minutes(master)
    if number != "07":  # the capstone's questions are parts of one investigation, timed as a whole
        assert abs(question_minutes(master.stem) - about) <= 5, "the question table's minutes should add up to the exercise's"
    source = next(path for path in SOURCES if path.stem.startswith(number))
    front = markdown(built(source))[0]
    assert re.search(rf"\*\*Graded exercise:\*\* about {about} minutes \(\[.+\]\(\.\./exercises/{master.stem}\.ipynb\)", front), (
        f"lesson {number}'s front matter should say '**Graded exercise:** about {about} minutes ([...](../exercises/{master.stem}.ipynb)'"
    )
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in readme.splitlines() if f"(notebooks/{source.stem}.ipynb)" in line)
    assert row.endswith(f"+ {about} graded |")
    notes = (NOTEBOOKS / "INSTRUCTOR.md").read_text(encoding="utf-8")
    assert re.search(rf"^\| {number} \| .+ \| {about} min \| written \|$", notes, flags=re.MULTILINE)
    guide = (ROOT / "exercises" / "INSTRUCTOR.md").read_text(encoding="utf-8")
    listed = re.search(rf"^\| \*\*{number} [^*]+\*\* \(`{master.stem}\.ipynb`\) \| .+ \| \*\*written\*\* \| .+ \| (\d+)(?:-(\d+))? min \|$", guide, flags=re.MULTILINE)
    assert listed, "exercises/INSTRUCTOR.md's table of exercises should list it as written, with its minutes"
    low, high = int(listed.group(1)), int(listed.group(2) or listed.group(1))
    assert low <= about <= high, f"exercises/INSTRUCTOR.md gives {listed.group(0)!r}"


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_every_bold_term_the_glossary_credits_to_the_lesson_is_bold_in_it(source):
    glossary = (NOTEBOOKS / "GLOSSARY.md").read_text(encoding="utf-8")
    terms = re.findall(rf"^\*\*(.+?)\*\* \({source.stem[:2]}\):", glossary, flags=re.MULTILINE)
    text = "\n".join(markdown(built(source))).lower()
    assert terms, f"GLOSSARY.md defines no term from lesson {source.stem[:2]}"
    for term in terms:
        assert f"**{term.lower()}" in text, f"{term!r} is in the glossary but never bolded in the lesson"
    assert "(GLOSSARY.md)" in text or "(glossary.md)" in text


def test_a_kept_copy_sorts_after_the_lessons_so_make_lab_still_opens_lesson_00():
    from inauthentic.notebooks.build import keep_a_copy_advice

    lesson = SOURCES[0].with_suffix(".ipynb")
    copy = Path(keep_a_copy_advice(lesson).splitlines()[1].split()[-1])
    assert copy.parent == lesson.parent
    assert sorted([copy.name, lesson.name, "Untitled.ipynb"])[0] == lesson.name


def numbers_in_prose(cell_text: str) -> list[str]:
    """Numbers of two or more digits in prose, leaving out code spans, years, clock times and lesson numbers."""
    prose = re.sub(r"`[^`]*`", "", cell_text)
    prose = re.sub(r"\b\d{1,2}:\d{2}\b", "", prose)
    prose = re.sub(r"\b(?:19|20)\d\d\b", "", prose)
    prose = re.sub(r"(?i)\b(lessons?|exercises?)\s+0\d(\s+(to|and|-)\s+0\d)?", "", prose)
    prose = re.sub(r"\(0\d\)", "", prose)  # glossary-style lesson references
    return re.findall(r"\b\d[\d,.]*\d\b", prose)


def test_numbers_in_prose_helper_finds_a_data_number():
    assert numbers_in_prose("The campaign has 213 accounts (see `213`), reported in 2024 at 08:50.") == ["213"]
    assert numbers_in_prose("Lesson 01 and lessons 01 to 06 follow.") == []


@pytest.mark.parametrize("source", SOURCES, ids=LESSON_IDS)
def test_prose_quotes_no_data_numbers(source):
    """The data will change; its numbers belong in cell outputs (nbval checks those), not in prose.

    Only the reporting (the "What was reported" cell) and the front matter's minutes may quote numbers.
    """
    cells = markdown(built(source))
    for number, text in enumerate(cells[1:], start=2):
        if text.startswith("## What was reported"):
            continue
        assert numbers_in_prose(text) == [], f"markdown cell {number} quotes a number; show it in a cell's output"
