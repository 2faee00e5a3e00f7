"""The kit installs the same way everywhere: pip (Makefile), conda and Binder."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ \[;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_names_the_same_runtime_dependencies_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {_name(item) for item in environment["dependencies"] if isinstance(item, str)} - {"python", "pip"}
    pip_section = next(item["pip"] for item in environment["dependencies"] if isinstance(item, dict))
    assert {_name(item) for item in project["dependencies"]} == conda
    assert "-e ." in pip_section, "environment.yml must install the kit itself"


def test_environment_yml_pins_the_same_minimum_versions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pins = {_name(item): item.replace(" ", "") for item in environment["dependencies"] if isinstance(item, str)}
    for requirement in project["dependencies"]:
        assert pins[_name(requirement)] == requirement.replace(" ", ""), requirement


def test_binder_builds_the_data_sets_after_install():
    post_build = (ROOT / "postBuild").read_text()
    assert "python -m inauthentic build" in post_build
    assert not (ROOT / "binder").exists(), "a binder/ folder would make Binder ignore the root environment.yml"


def test_importing_the_package_does_no_work():
    code = (
        "import sys, inauthentic; "
        "heavy = [m for m in ('pandas', 'numpy', 'matplotlib', 'networkx', 'ipywidgets') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"importing inauthentic loaded {result.stdout.strip()}"


def test_unknown_attribute_is_an_attribute_error():
    import inauthentic

    try:
        inauthentic.no_such_thing  # noqa: B018
    except AttributeError as error:
        assert "no_such_thing" in str(error)
    else:
        raise AssertionError("expected AttributeError")


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    assert "make test" in (ROOT / "README.md").read_text()
    assert "make lab" in (ROOT / "README.md").read_text()


def test_generated_data_is_not_tracked_by_git():
    ignore = (ROOT / ".gitignore").read_text()
    assert "datasets/*/*.csv" in ignore
