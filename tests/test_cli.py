"""The command line: generate and build, with sentences instead of tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd

from inauthentic.cli import main

REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "inauthentic", *args], cwd=REPO, capture_output=True, text=True, timeout=120)


def test_generate_writes_a_data_set(tmp_path, capsys):
    assert main(["generate", "--scenario", "tiny", "--seed", "11", "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Wrote tiny (seed 11) to ") and "with labels" in out
    files = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert files == ["accounts.csv", "labels.csv", "posts.csv"]
    posts = pd.read_csv(tmp_path / "out" / "posts.csv", dtype=str)
    assert len(posts) > 1000


def test_generate_refuses_a_folder_with_csv_files(tmp_path, capsys):
    assert main(["generate", "--scenario", "tiny", "--out", str(tmp_path)]) == 0
    before = (tmp_path / "posts.csv").read_bytes()
    capsys.readouterr()
    assert main(["generate", "--scenario", "tiny", "--seed", "3", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "already holds CSV files" in err and "--overwrite" in err and "Traceback" not in err
    assert (tmp_path / "posts.csv").read_bytes() == before
    assert main(["generate", "--scenario", "tiny", "--seed", "3", "--out", str(tmp_path), "--overwrite"]) == 0
    assert (tmp_path / "posts.csv").read_bytes() != before


def test_no_labels_leaves_out_the_answer_key(tmp_path, capsys):
    assert main(["generate", "--scenario", "tiny", "--out", str(tmp_path), "--no-labels"]) == 0
    assert "without labels" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.csv", "posts.csv"]


def test_bad_scenario_name_is_a_sentence_and_exit_2(tmp_path):
    result = run("generate", "--scenario", "clasroom", "--out", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "There is no scenario called 'clasroom'. Did you mean 'classroom'?" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def test_bad_setting_in_a_scenario_file_is_a_sentence(tmp_path):
    scenario = tmp_path / "typo.toml"
    scenario.write_text('extends = "tiny"\n[genuine.ordinary]\nposts_per_dya = 1.0\n')
    result = run("generate", "--scenario", str(scenario), "--out", str(tmp_path / "x"))
    assert result.returncode == 2
    assert "'genuine.ordinary.posts_per_dya' is not a scenario setting. Did you mean 'posts_per_day'?" in result.stderr
    assert "Traceback" not in result.stderr


def test_negative_seed_is_refused(tmp_path, capsys):
    assert main(["generate", "--scenario", "tiny", "--seed", "-4", "--out", str(tmp_path)]) == 2
    assert "--seed should be a whole number" in capsys.readouterr().err


def test_build_prints_one_line_per_data_set():
    result = run("build", "tiny", "classroom")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("tiny: ") and lines[1].startswith("classroom: ")


def test_build_rebuilds_files_left_by_an_older_kit(capsys):
    from inauthentic.datasets import datasets_root
    from inauthentic.shipped import BUILT_FILE, checksum_text, checksums

    folder = datasets_root() / "tiny"
    main(["build", "tiny"])
    posts = folder / "posts.csv"
    original = posts.read_bytes()
    posts.write_bytes(original.replace(b"2026-", b"2025-", 1))
    (folder / BUILT_FILE).write_text(checksum_text(checksums(folder)))   # as if an older kit had written it
    capsys.readouterr()
    assert main(["build", "tiny"]) == 0
    out = capsys.readouterr().out
    assert "out of date (made by an older version of the kit); rebuilt" in out and "edited" not in out
    assert posts.read_bytes() == original
    assert not list(folder.glob("*-edited-*"))
    assert main(["build", "tiny"]) == 0
    assert "already built; the files match SHA256SUMS" in capsys.readouterr().out


def test_build_keeps_a_copy_of_an_edited_file_and_says_where(capsys):
    from inauthentic.datasets import datasets_root

    folder = datasets_root() / "tiny"
    main(["build", "tiny"])
    posts = folder / "posts.csv"
    original = posts.read_bytes()
    edited = original.replace(b"2026-", b"2025-", 1)
    posts.write_bytes(edited)
    capsys.readouterr()
    try:
        assert main(["build", "tiny"]) == 0
        out = capsys.readouterr().out
        copies = list(folder.glob("posts-edited-*.csv"))
        assert len(copies) == 1 and copies[0].read_bytes() == edited
        assert f"your edited posts.csv is kept as {copies[0]}" in out
        assert posts.read_bytes() == original
    finally:
        for copy in folder.glob("posts-edited-*.csv"):
            copy.unlink()


def test_generate_refuses_the_shipped_folders(capsys):
    from inauthentic.datasets import datasets_root

    before = sorted(path.name for path in (datasets_root() / "classroom").iterdir())
    assert main(["generate", "--scenario", "tiny", "--overwrite", "--out", str(datasets_root() / "classroom")]) == 2
    err = capsys.readouterr().err
    assert "is the shipped data set 'classroom'" in err and "Choose a folder outside" in err
    assert "python -m inauthentic build classroom" in err
    assert sorted(path.name for path in (datasets_root() / "classroom").iterdir()) == before
    assert main(["generate", "--scenario", "tiny", "--out", str(datasets_root())]) == 2
    assert "where the shipped data sets live" in capsys.readouterr().err


def test_build_unknown_name_suggests_one(capsys):
    assert main(["build", "classrom"]) == 2
    assert "Did you mean 'classroom'?" in capsys.readouterr().err


def test_help_lists_the_commands():
    result = run("--help")
    assert result.returncode == 0 and "generate" in result.stdout and "build" in result.stdout
