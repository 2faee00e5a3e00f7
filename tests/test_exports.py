"""The package's top-level names work however the package was imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

ORDERS = {
    "submodule first": "import inauthentic.simulate\nimport inauthentic",
    "package first": "import inauthentic",
    "from-import of the submodule's function": "from inauthentic.simulate import simulate\nimport inauthentic",
    "from-import of the package's name": "from inauthentic import simulate\nimport inauthentic",
}


@pytest.mark.parametrize("imports", ORDERS.values(), ids=ORDERS.keys())
def test_simulate_is_callable_however_it_was_imported(imports):
    """A fresh interpreter per import order: the order is what breaks a lazily loaded name."""
    script = imports + (
        "\ndata = inauthentic.simulate({'extends': 'tiny', 'scale': 0.02}, seed=1)"
        "\nsame = inauthentic.simulate.simulate({'extends': 'tiny', 'scale': 0.02}, seed=1)"
        "\nassert data.accounts.equals(same.accounts), 'the module call and the function differ'"
        "\nprint(len(data.accounts), type(data).__name__)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    count, kind = done.stdout.split()
    assert kind == "Dataset" and int(count) > 0


def test_every_public_name_resolves():
    import inauthentic

    for name in inauthentic.__all__:
        assert getattr(inauthentic, name) is not None, name
    with pytest.raises(AttributeError, match="no attribute 'simulat'"):
        inauthentic.simulat  # noqa: B018 - the misspelling must fail loudly
