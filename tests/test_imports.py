"""The package's modules import each other in layers: no module imports itself round a circle.

The walk reads every module under src/inauthentic with ``ast`` (imports at the
top and inside functions alike, since a deferred import is still a circle) and
counts ``from .pkg import name`` as an import of ``pkg.name`` when that is a
module, else of ``pkg`` itself; importing ``a.b.c`` also runs ``a`` and
``a.b``, so those count too (except the importer's own packages).
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "inauthentic"


def module_files() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _absolute(module: str, is_package: bool, level: int, target: str | None) -> str:
    if level == 0:
        return target or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([target] if target else []))


def import_graph() -> nx.DiGraph:
    files = module_files()
    graph = nx.DiGraph()
    graph.add_nodes_from(files)
    for module, path in files.items():
        is_package = path.name == "__init__.py"
        own_packages = {".".join(module.split(".")[:i]) for i in range(1, module.count(".") + 1)}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(module, is_package, node.level, node.module)
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base for alias in node.names]
            else:
                continue
            for target in targets:
                parts = target.split(".")
                for end in range(1, len(parts) + 1):
                    name = ".".join(parts[:end])
                    if name in files and name != module and name not in own_packages:
                        graph.add_edge(module, name)
    return graph


def test_the_walk_sees_the_package():
    graph = import_graph()
    assert {"inauthentic.datasets", "inauthentic.simulate", "inauthentic.simulate.build", "inauthentic.tables"} <= set(graph)
    assert graph.has_edge("inauthentic.datasets", "inauthentic.simulate.build"), "the loader builds shipped data sets"
    assert graph.has_edge("inauthentic.simulate.build", "inauthentic.tables")


def test_the_walk_finds_a_planted_circle(tmp_path, monkeypatch):
    package = tmp_path / "inauthentic"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "top.py").write_text("def f():\n    from .sub.low import g\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "low.py").write_text("from ..top import f\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", package)
    cycles = list(nx.simple_cycles(import_graph()))
    assert ["inauthentic.top", "inauthentic.sub.low"] in [sorted(c, reverse=True) for c in cycles]


def test_no_module_imports_itself_round_a_circle():
    cycles = sorted(" -> ".join(cycle + cycle[:1]) for cycle in nx.simple_cycles(import_graph()))
    assert cycles == [], "circular imports:\n" + "\n".join(cycles)


def test_the_loader_sits_above_the_simulator():
    graph = import_graph()
    simulator = [module for module in graph if module.startswith("inauthentic.simulate")]
    for module in simulator:
        assert not nx.has_path(graph, module, "inauthentic.datasets"), f"{module} reaches the loader"
