"""JupyterLab opens without pop-ups that are not the kit's, and never asks the internet for news."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = ROOT / "jupyter" / "default_setting_overrides.json"
SCHEMAS = Path(sys.prefix) / "share" / "jupyter" / "lab" / "schemas"


def test_the_kit_settings_are_valid_values_of_jupyterlabs_own_schemas():
    for plugin, values in json.loads(SETTINGS.read_text()).items():
        package, _, name = plugin.partition(":")
        schema = json.loads((SCHEMAS / package / f"{name}.json").read_text())
        for key, value in values.items():
            allowed = schema["properties"][key]
            if "oneOf" in allowed:
                assert value in [choice["const"] for choice in allowed["oneOf"]], (plugin, key, value)
            else:
                assert isinstance(value, bool) == (allowed["type"] == "boolean"), (plugin, key, value)


def test_news_and_update_checks_are_off_in_the_installed_environment():
    """What JupyterLab's own settings loader reads in this environment (make install puts the file there)."""
    code = (
        "import json; from jupyter_server.services.config import ConfigManager; "
        "print(json.dumps(ConfigManager(config_dir_name='labconfig').get('default_setting_overrides')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    notification = json.loads(done.stdout)["@jupyterlab/apputils-extension:notification"]
    assert notification == {"fetchNews": "false", "checkForUpdates": False}


def test_binder_gets_the_same_settings_and_only_what_it_needs():
    post_build = [line for line in (ROOT / "postBuild").read_text().splitlines() if line and not line.startswith("#")]
    assert post_build[0] == "set -euo pipefail"
    assert any("jupyter/default_setting_overrides.json" in line for line in post_build)
    assert post_build[-1] == "python -m inauthentic build"
    assert len(post_build) == 5, "postBuild should only install the lab settings and build the data"
