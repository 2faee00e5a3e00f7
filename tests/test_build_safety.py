"""Builds safe for a shared classroom: concurrent, interrupted, edited, read-only and full.

Every test works on a private copy of the shipped data-set folders (only the
scenario files and SHA256SUMS, pointed at with INAUTHENTIC_DATASETS), so the
repository's own data sets are never touched, and checks the files against
that copy's SHA256SUMS rather than against fixed checksums.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

from inauthentic import KitError, load_dataset
from inauthentic.cli import main
from inauthentic.errors import KitNotice
from inauthentic.shipped import BUILT_FILE, checksum_text, checksums, inspect, read_checksums

REPO = Path(__file__).resolve().parents[1]
SHIPPED = REPO / "datasets"


def _copy_scenarios(root: Path) -> None:
    """Copy tiny's scenario, datasheet and checksums; it extends the repository's classroom file by path."""
    shutil.copytree(SHIPPED / "tiny", root / "tiny", ignore=shutil.ignore_patterns("*.csv", ".*"))
    scenario = root / "tiny" / "scenario.toml"
    text = scenario.read_text()
    assert 'extends = "classroom"' in text
    scenario.write_text(text.replace('extends = "classroom"', f'extends = "{SHIPPED / "classroom" / "scenario.toml"}"'))


@pytest.fixture()
def root(tmp_path, monkeypatch):
    """A private datasets/ folder holding tiny (not built yet); subprocesses see it too."""
    folder = tmp_path / "datasets"
    _copy_scenarios(folder)
    monkeypatch.setenv("INAUTHENTIC_DATASETS", str(folder))
    return folder


def matches_sums(folder: Path) -> bool:
    expected = read_checksums(folder / "SHA256SUMS")
    return bool(expected) and checksums(folder) == expected


def no_leftovers(folder: Path) -> bool:
    return not [p.name for p in folder.iterdir() if p.name.startswith(".writing-") or p.name.endswith((".part", ".block"))]


def start(*code_or_args: str) -> subprocess.Popen:
    """Start ``python -m inauthentic ARGS`` or ``python -c CODE`` (a single argument with a newline or ';')."""
    if len(code_or_args) == 1 and (";" in code_or_args[0] or "\n" in code_or_args[0]):
        command = [sys.executable, "-c", code_or_args[0]]
    else:
        command = [sys.executable, "-m", "inauthentic", *code_or_args]
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


LOAD = "from inauthentic import load_dataset; print(repr(load_dataset('tiny')))"


# --- Concurrency ---------------------------------------------------------------------------------


@pytest.mark.parametrize("processes", [2, 4])
def test_concurrent_builds_and_loads_all_succeed_with_whole_files(root, processes):
    for _ in range(2):                                   # repeated, from an empty folder each time
        for file in root.joinpath("tiny").glob("*.csv"):
            file.unlink()
        runs = [start("build", "tiny") if i % 2 == 0 else start(LOAD) for i in range(processes)]
        results = [finish(run) for run in runs]
        for code, out, err in results:
            assert code == 0, err
            assert "Traceback" not in err and "error" not in err.lower()
        builds = [out for i, (_, out, _) in enumerate(results) if i % 2 == 0]
        loads = [out for i, (_, out, _) in enumerate(results) if i % 2 == 1]
        assert all("with its answer key (labels)" in out for out in loads)
        assert all(out.startswith("tiny: ") for out in builds)
        assert matches_sums(root / "tiny") and no_leftovers(root / "tiny")


@pytest.mark.parametrize("processes", [2, 4])
def test_concurrent_generates_into_one_folder_all_succeed(tmp_path, processes):
    out = tmp_path / "shared"
    expected = read_checksums(SHIPPED / "tiny" / "SHA256SUMS")        # generate writes the shipped bytes
    for _ in range(2 if processes == 2 else 1):                         # repeated; four at once is the heavy case
        runs = [start("generate", "--scenario", "tiny", "--overwrite", "--out", str(out)) for _ in range(processes)]
        for code, stdout, err in map(finish, runs):
            assert code == 0, err
            assert stdout.startswith("Wrote tiny") and "Traceback" not in err
        assert checksums(out) == expected and len(expected) == 3
        assert sorted(p.name for p in out.iterdir()) == ["accounts.csv", "labels.csv", "posts.csv"]


# --- Interrupted builds --------------------------------------------------------------------------

# A build that stops at the named stage (printing it) until the test kills it.
_PAUSED_BUILD = textwrap.dedent(
    """
    import os, sys, time
    import inauthentic.simulate.build as build
    stage = sys.argv[1]

    def pause():
        print(stage, flush=True)
        time.sleep(2 if stage == "moving" else 60)    # Ctrl-C waits for the moves, so do not wait long there

    def wrap(function, before=True):
        def paused(*args, **kwargs):
            if before:
                pause()
            result = function(*args, **kwargs)
            if not before:
                pause()
            return result
        return paused

    if stage == "simulating":
        build._simulate_shipped = wrap(build._simulate_shipped)
    elif stage == "writing":
        build._write_in_chunks = wrap(build._write_in_chunks, before=False)
    elif stage == "moving":
        replace, moved = os.replace, []
        def replace_then_pause(source, target):
            replace(source, target)
            if os.path.basename(os.path.dirname(target)) == "tiny":    # into the data set, not within staging
                moved.append(target)
                if len(moved) == 1:
                    pause()
        os.replace = replace_then_pause
    elif stage == "recording":
        build._write_text = wrap(build._write_text)
    build.build_shipped("tiny")
    """
)


def _older_kit_files(folder: Path) -> None:
    """Leave tiny as an older version of the kit would have: other bytes, recorded in .built."""
    assert main(["build", "tiny"]) == 0
    for file in ("accounts.csv", "posts.csv", "labels.csv"):
        path = folder / file
        path.write_bytes(path.read_bytes().replace(b"2026-", b"2025-", 1))
    (folder / BUILT_FILE).write_text(checksum_text(checksums(folder)))


@pytest.mark.parametrize("stage", ["simulating", "writing", "moving", "recording"])
@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_a_build_killed_at_any_stage_leaves_whole_data_or_a_rebuild(root, stage, how, capsys):
    folder = root / "tiny"
    _older_kit_files(folder)
    process = subprocess.Popen([sys.executable, "-c", _PAUSED_BUILD, stage], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == stage
    process.send_signal(how)
    process.communicate(timeout=60)
    assert process.returncode != 0
    if how == signal.SIGINT and stage == "moving":
        # Ctrl-C is held back while the files move in: they all arrive.
        assert matches_sums(folder)
    state = inspect("tiny", keep_contents=False)
    assert not state.edited, "an interrupted build must never look like a learner's edit"
    data = load_dataset("tiny")
    assert data.labels is not None and len(data.labels) == len(data.accounts)
    assert matches_sums(folder) and no_leftovers(folder)
    assert not list(folder.glob("*-edited-*"))


def test_a_half_built_set_is_completed_on_load(root):
    folder = root / "tiny"
    assert main(["build", "tiny"]) == 0
    (folder / "labels.csv").unlink()
    (folder / "posts.csv").write_bytes(b"")                 # as a killed older build left it
    (folder / "posts.csv.part").write_bytes(b"tweetid\n")
    data = load_dataset("tiny")
    assert "with its answer key (labels)" in repr(data)
    assert matches_sums(folder) and no_leftovers(folder)


def test_a_failed_check_replaces_nothing(root):
    folder = root / "tiny"
    assert main(["build", "tiny"]) == 0
    before = checksums(folder)
    sums = folder / "SHA256SUMS"
    sums.write_text(sums.read_text().replace(before["posts.csv"], "0" * 64))
    (folder / BUILT_FILE).write_text(checksum_text({"posts.csv": before["posts.csv"]}))   # so it counts as out of date
    with pytest.raises(KitError) as problem:
        load_dataset("tiny")
    message = str(problem.value)
    assert "does not match" in message and "posts.csv" in message and "were left as they were" in message
    assert "python -m inauthentic build --refresh tiny" in message and "numpy" in message
    assert checksums(folder) == before


# --- Tables that belong together -----------------------------------------------------------------


def test_tables_from_two_seeds_are_refused(tmp_path, capsys):
    first, second = tmp_path / "seed1", tmp_path / "seed2"
    assert main(["generate", "--scenario", "tiny", "--seed", "1", "--out", str(first)]) == 0
    assert main(["generate", "--scenario", "tiny", "--seed", "2", "--out", str(second)]) == 0
    shutil.copy(second / "accounts.csv", first / "accounts.csv")
    with pytest.raises(KitError) as problem:
        load_dataset(first)
    message = str(problem.value)
    assert f"The files in {first} do not belong together" in message
    assert "rows of posts.csv have a userid that is not in accounts.csv" in message
    assert "two different runs" in message and "--overwrite" in message
    shutil.copy(second / "posts.csv", first / "posts.csv")     # now only the answer key is the odd one out
    with pytest.raises(KitError, match=r"rows of labels\.csv have a userid that is not in accounts\.csv"):
        load_dataset(first)


# --- Edits are the learner's ---------------------------------------------------------------------


def _edit_likes(path: Path) -> bytes:
    lines = path.read_bytes().split(b"\n")
    header = lines[0].split(b",")
    column = header.index(b"like_count")
    assert b'"' not in lines[1], "the test edits a row without quoted text"
    cells = lines[1].split(b",")
    cells[column - len(header)] = b"424242"               # counted from the end: the text may hold commas
    lines[1] = b",".join(cells)
    edited = b"\n".join(lines)
    path.write_bytes(edited)
    return edited


def test_an_edited_file_is_loaded_with_a_notice_and_survives_make_data(root, capsys):
    folder = root / "tiny"
    assert main(["build", "tiny"]) == 0
    edited = _edit_likes(folder / "posts.csv")
    with pytest.warns(KitNotice) as notices:
        data = load_dataset("tiny")
    notice = str(notices[0].message)
    assert f"'{folder / 'posts.csv'}' differs from the shipped 'tiny' data set" in notice
    assert "python -m inauthentic build tiny" in notice and "kept beside it as a copy" in notice
    assert 424242 in data.posts["like_count"].to_numpy()
    assert (folder / "posts.csv").read_bytes() == edited, "loading never replaces an edit"
    makefile = (REPO / "Makefile").read_text()
    assert "$(BIN)/python -m inauthentic build\n" in makefile          # what `make data` runs
    capsys.readouterr()
    assert main(["build"]) == 0
    out = capsys.readouterr().out
    copies = list(folder.glob("posts-edited-*.csv"))
    assert len(copies) == 1 and copies[0].read_bytes() == edited
    assert f"tiny: restored the shipped files" in out and f"your edited posts.csv is kept as {copies[0]}" in out
    assert matches_sums(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("error", KitNotice)
        load_dataset("tiny")                                               # restored: no notice


def test_a_broken_shipped_file_is_told_to_run_build(root):
    folder = root / "tiny"
    assert main(["build", "tiny"]) == 0
    path = folder / "accounts.csv"
    lines = path.read_text().split("\n")
    lines[3] = "x" + lines[3]
    path.write_text("\n".join(lines))
    with pytest.warns(KitNotice), pytest.raises(KitError) as problem:
        load_dataset("tiny")
    message = str(problem.value)
    assert "row 3 (line 4 of the file)" in message
    assert "restore the shipped files with 'python -m inauthentic build tiny'" in message
    assert "generate" not in message


# --- Read-only and full disks --------------------------------------------------------------------


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


def _disk_is_full(*args, **kwargs):
    """What writing does on a full disk (where no small disk can be mounted for the test)."""
    raise OSError(errno.ENOSPC, "No space left on device")


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", str(folder)], capture_output=True)


@pytest.fixture()
def read_only_root(tmp_path, monkeypatch):
    """A datasets/ folder holding tiny, not built, on a read-only disk (or, where that cannot be
    made, with the operating system's read-only answer to every attempt to write a lock)."""
    folder = tmp_path / "readonly"
    mounted = _mount_tmpfs(folder, "8m")
    _copy_scenarios(folder)
    monkeypatch.setenv("INAUTHENTIC_DATASETS", str(folder))
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    elif os.geteuid() != 0:
        for path in folder.rglob("*"):
            path.chmod(0o555 if path.is_dir() else 0o444)
        folder.chmod(0o555)
    else:
        import filelock

        def refuse(self, *args, **kwargs):
            raise OSError(errno.EROFS, "Read-only file system", self.lock_file)

        monkeypatch.setattr(filelock.FileLock, "acquire", refuse)
    yield folder
    if mounted:
        _unmount(folder)
    else:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755)


def test_a_read_only_folder_that_is_not_built_gets_a_sentence_before_any_work(read_only_root, monkeypatch):
    import inauthentic.simulate.assemble as assemble

    monkeypatch.setattr(assemble, "build", lambda *a, **k: pytest.fail("simulated although the folder is read-only"))
    with pytest.raises(KitError) as problem:
        load_dataset("tiny")
    message = str(problem.value)
    assert "The shipped data set 'tiny' is not complete" in message and "read-only" in message
    assert str(read_only_root / "tiny") in message
    assert "run 'python -m inauthentic build tiny' there" in message
    assert "python -m inauthentic generate --scenario tiny --out my-tiny" in message


def test_a_built_read_only_folder_loads(tmp_path, monkeypatch):
    folder = tmp_path / "built"
    _copy_scenarios(folder)
    monkeypatch.setenv("INAUTHENTIC_DATASETS", str(folder))
    assert main(["build", "tiny"]) == 0
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        assert "with its answer key" in repr(load_dataset("tiny"))     # readers need no lock
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755)


def test_a_full_disk_gets_a_sentence_and_leaves_nothing_behind(tmp_path, monkeypatch, capsys):
    disk = tmp_path / "small"
    if not _mount_tmpfs(disk, "1m"):                                      # tiny's posts.csv alone is larger
        import inauthentic.simulate.build as build

        monkeypatch.setattr(build, "_write_in_chunks", _disk_is_full)
    try:
        out = disk / "copy"
        assert main(["generate", "--scenario", "tiny", "--out", str(out)]) == 2
        err = capsys.readouterr().err
        assert f"The disk that holds {out} is full" in err and "nothing in the folder was changed" in err
        assert "Free some space" in err and "--out" in err and "Traceback" not in err
        assert list(out.iterdir()) == []
    finally:
        _unmount(disk)


# --- Scenario sizes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "words"),
    [
        ("accounts = -5", "'genuine.ordinary.accounts' is -5, but it should be zero or more, like the default"),
        ("accounts = 1.5", "'genuine.ordinary.accounts' is 1.5, but it should be a whole number (no decimal point)"),
        ("posts_per_day = -0.1", "'genuine.ordinary.posts_per_day' is -0.1, but it should be zero or more"),
    ],
)
def test_bad_sizes_in_a_scenario_are_sentences(tmp_path, capsys, setting, words):
    scenario = tmp_path / "bad.toml"
    scenario.write_text(f'extends = "tiny"\n[genuine.ordinary]\n{setting}\n')
    assert main(["generate", "--scenario", str(scenario), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert words in err and str(scenario) in err and "Traceback" not in err


def test_a_scenario_too_big_for_memory_is_refused_with_the_estimate(tmp_path, capsys, monkeypatch):
    import inauthentic.simulate.assemble as assemble
    import inauthentic.simulate.scenario as scenario_module

    monkeypatch.setattr(assemble, "build", lambda *a, **k: pytest.fail("started although it cannot fit"))
    scenario = tmp_path / "huge.toml"
    scenario.write_text('extends = "classroom"\nscale = 1000\n')
    monkeypatch.setattr(scenario_module, "_available_memory", lambda: 4 * 2**30)
    assert main(["generate", "--scenario", str(scenario), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"The scenario {scenario} would make about" in err and "million posts" in err
    assert "GB of memory" in err and "about 4.0 GB free, so it was not started" in err
    assert "times smaller (a smaller 'scale', or fewer 'accounts')" in err
    monkeypatch.undo()                                                    # the machine's own memory, a hopeless size
    monkeypatch.setattr(assemble, "build", lambda *a, **k: pytest.fail("started although it cannot fit"))
    with pytest.raises(KitError, match="so it was not started"):
        from inauthentic.simulate import simulate

        simulate({"extends": "classroom", "scale": 1e7})


def test_scenario_messages_spell_values_the_toml_way(tmp_path, capsys):
    scenario = tmp_path / "typo.toml"
    scenario.write_text('extends = "tiny"\n[campaign_a]\nenabled = "yes"\n')
    assert main(["generate", "--scenario", str(scenario), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "'campaign_a.enabled' is 'yes', but it should be true or false, like the default true." in err
    assert "True" not in err


def test_clean_data_removes_what_the_kit_built_and_keeps_an_edit(root, capsys):
    folder = root / "tiny"
    assert main(["build", "tiny"]) == 0
    edited = _edit_likes(folder / "posts.csv")
    capsys.readouterr()
    assert main(["clean", "tiny"]) == 0
    out = capsys.readouterr().out
    assert "tiny: removed accounts.csv, labels.csv." in out and "Kept posts.csv, which you edited" in out
    assert sorted(p.name for p in folder.glob("*.csv")) == ["posts.csv"]
    assert (folder / "posts.csv").read_bytes() == edited
    assert "$(BIN)/python -m inauthentic clean" in (REPO / "Makefile").read_text()


def test_a_shipped_folder_given_by_path_is_checked_like_its_name(root):
    folder = root / "tiny"
    assert main(["build", "tiny"]) == 0
    (folder / "labels.csv").unlink()
    data = load_dataset(str(folder))
    assert data.name == "tiny" and data.labels is not None and matches_sums(folder)


def test_a_full_disk_under_a_shipped_folder_changes_nothing(tmp_path, monkeypatch):
    disk = tmp_path / "small"
    mounted = _mount_tmpfs(disk, "1m")
    _copy_scenarios(disk)
    monkeypatch.setenv("INAUTHENTIC_DATASETS", str(disk))
    if not mounted:
        import inauthentic.simulate.build as build

        monkeypatch.setattr(build, "_write_in_chunks", _disk_is_full)
    before = sorted(path.name for path in (disk / "tiny").iterdir())
    try:
        with pytest.raises(KitError) as problem:
            load_dataset("tiny")
        message = str(problem.value)
        assert "The shipped data set 'tiny' is not complete" in message
        assert f"The disk that holds {disk / 'tiny'} is full" in message and "Free some space" in message
        assert sorted(path.name for path in (disk / "tiny").iterdir() if path.name != ".lock") == before
    finally:
        if mounted:
            _unmount(disk)
