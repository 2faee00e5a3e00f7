"""A ``python3`` kernel that cannot reach the network, and records every figure it draws.

Used by ``tests/test_lessons_offline.py``. :func:`offline_environment` writes two small files
into a folder and returns the environment variables that make a kernel load them:

- ``sitecustomize.py`` (found through ``PYTHONPATH``, so it runs when any Python process
  started with that environment starts, the kernel and anything it launches): an audit hook
  (:func:`sys.addaudithook`) that refuses ``socket.connect``, ``socket.sendto``, name look-ups
  and ``socket.getaddrinfo`` for anything but this machine (loopback addresses, ``localhost``,
  Unix sockets). Each refusal is written to ``INAUTHENTIC_NETWORK_LOG`` and raises
  :class:`ConnectionRefusedError`, so a lesson that swallows the error is still caught.
- an IPython start-up file (found through ``IPYTHONDIR``): each time matplotlib's Agg canvas
  draws a figure (to show it inline after ``plt.show()``, or as a widget's picture), it writes the
  figure's titles and axis labels, and the source of the cell that drew it, to
  ``INAUTHENTIC_FIGURE_LOG``.

The kernel's own channels (ZeroMQ over loopback, from C) are untouched.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

BLOCKED_MESSAGE = "network access is blocked for this kernel (offline test)"

SITECUSTOMIZE = '''
"""Installed by tests/offline_kernel.py: no network for this process, only loopback."""
import ipaddress as _ipaddress
import json as _json
import os as _os
import sys as _sys

_LOG = _os.environ.get("INAUTHENTIC_NETWORK_LOG")
_LOCAL_NAMES = {None, "", "localhost", "localhost.localdomain", "ip6-localhost"}


def _is_local(host):
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host in _LOCAL_NAMES:
        return True
    try:
        return _ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _refuse(event, target):
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as log:
            log.write(_json.dumps({"event": event, "target": repr(target), "pid": _os.getpid()}) + "\\n")
    raise ConnectionRefusedError(f"{MESSAGE}: {event} {target!r}")


def _offline(event, args):
    if event in ("socket.connect", "socket.sendto"):
        address = args[1]
        if isinstance(address, tuple) and address and not _is_local(address[0]):
            _refuse(event, address)
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        if not _is_local(args[0]):
            _refuse(event, args[0])


MESSAGE = __MESSAGE__
_sys.addaudithook(_offline)
'''.replace("__MESSAGE__", repr(BLOCKED_MESSAGE))

FIGURE_RECORDER = '''
"""Installed by tests/offline_kernel.py: note the titles and labels of every figure rendered."""
import json as _json
import os as _os

from matplotlib.backends.backend_agg import FigureCanvasAgg as _Canvas

_draw = _Canvas.draw
_running = {"cell": None}


def _note_cell(info):
    _running["cell"] = info.raw_cell


get_ipython().events.register("pre_run_cell", _note_cell)  # noqa: F821  (start-up files run in the user namespace)


def _describe(figure):
    suptitle = getattr(figure, "_suptitle", None)
    axes = []
    for ax in figure.get_axes():
        axes.append({
            "title": " ".join(t for t in (ax.get_title("left"), ax.get_title(), ax.get_title("right")) if t),
            "xlabel": ax.get_xlabel(), "ylabel": ax.get_ylabel(), "visible": ax.get_visible(), "shown": bool(ax.axison and ax.get_visible()),
            "colorbar": hasattr(ax, "_colorbar") or ax.get_label() == "<colorbar>",
            "xticks": [t.get_text() for t in ax.get_xticklabels() if t.get_visible() and t.get_text()][:3],
            "yticks": [t.get_text() for t in ax.get_yticklabels() if t.get_visible() and t.get_text()][:3],
        })
    return {"suptitle": suptitle.get_text() if suptitle is not None else "", "axes": axes}


def _recording_draw(self, *args, **kwargs):
    drawn = _draw(self, *args, **kwargs)  # first, so that the tick labels are filled in
    with open(_os.environ["INAUTHENTIC_FIGURE_LOG"], "a", encoding="utf-8") as log:
        log.write(_json.dumps({"cell": _running["cell"], "figure": id(self.figure), **_describe(self.figure)}) + "\\n")
    return drawn


_Canvas.draw = _recording_draw
'''


PROBE_HOST = "offline-probe.example"
#: Run after a notebook's own cells, in its kernel: prints BLOCKED only if that kernel really is offline.
PROBE = f"""import socket as _socket
try:
    _socket.getaddrinfo({PROBE_HOST!r}, 80)
    print("REACHED")
except ConnectionRefusedError as _error:
    print("BLOCKED" if {BLOCKED_MESSAGE!r} in str(_error) else "OTHER ERROR")"""


def offline_environment(folder: Path) -> dict[str, str]:
    """Write the start-up files into ``folder``; return the environment for a kernel that uses them.

    Examples
    --------
    >>> import tempfile
    >>> env = offline_environment(Path(tempfile.mkdtemp()))
    >>> Path(env["PYTHONPATH"].split(os.pathsep)[0], "sitecustomize.py").is_file()
    True
    """
    site = folder / "site"
    startup = folder / "ipython" / "profile_default" / "startup"
    site.mkdir(parents=True, exist_ok=True)
    startup.mkdir(parents=True, exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    (startup / "00_record_figures.py").write_text(FIGURE_RECORDER, encoding="utf-8")
    paths = [str(site)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    return {
        "PYTHONPATH": os.pathsep.join(paths),
        "IPYTHONDIR": str(folder / "ipython"),
        "INAUTHENTIC_NETWORK_LOG": str(folder / "network.jsonl"),
        "INAUTHENTIC_FIGURE_LOG": str(folder / "figures.jsonl"),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "PYTHONHASHSEED": "0",
        "INAUTHENTIC_HOME": str(folder / "inauthentic-home"),  # a lesson's saved quiz scores stay here
    }


def read_log(path: str | Path) -> list[dict]:
    """The records of a JSON-lines log (none if it was never written).

    Examples
    --------
    >>> read_log("/nonexistent/log.jsonl")
    []
    """
    path = Path(path)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_offline(notebook_path: str, folder: str, timeout: int = 300) -> dict:
    """Run a notebook top to bottom in a fresh offline kernel; say what it did.

    Runs in a worker process (the test runs lessons two at a time), so it takes and returns
    plain values: the cells' errors, the blocked network attempts, the figures drawn, and
    ``probe``: ``"BLOCKED"`` if a last cell, run after the notebook's own in the same kernel, was
    refused the network. The notebook file is read, never written.

    Examples
    --------
    >>> import tempfile, nbformat
    >>> folder = Path(tempfile.mkdtemp())
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import socket\\nsocket.gethostbyname('kit.example')")],
    ...     metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    >>> nbformat.write(nb, folder / "try.ipynb")
    >>> run = run_offline(str(folder / "try.ipynb"), str(folder / "kernel"))
    >>> run["cells"][0]["errors"][0].startswith("ConnectionRefusedError: " + BLOCKED_MESSAGE), run["blocked"][0]["event"]
    (True, 'socket.gethostbyname')
    >>> run["probe"], len(run["cells"])  # the probe ran only if the notebook did not fail; it is not listed
    ('', 1)
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    folder = Path(folder)
    env = {**os.environ, **offline_environment(folder)}
    notebook = nbformat.read(notebook_path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE))  # the last cell proves this very kernel was offline
    client = NotebookClient(notebook, kernel_name="python3", timeout=timeout, allow_errors=False,
                            resources={"metadata": {"path": str(Path(notebook_path).parent)}})
    error = None
    try:
        client.execute(env=env)
    except CellExecutionError as failed:
        error = str(failed)[-2000:]
    probe = notebook.cells.pop()
    probed = "".join(o.get("text", "") for o in probe.get("outputs", []) if o.output_type == "stream").strip()
    cells = [{"index": index, "cell_type": cell.cell_type, "source": cell.source,
              "execution_count": cell.get("execution_count"),
              "images": sorted({mime for output in cell.get("outputs", []) for mime in output.get("data", {})
                                if mime.startswith("image/")}),
              "widget": any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in cell.get("outputs", [])),
              "printed": "".join(o.get("text", "") for o in cell.get("outputs", []) if o.output_type == "stream"),
              "errors": [f"{o.ename}: {o.evalue}" for o in cell.get("outputs", []) if o.output_type == "error"]}
             for index, cell in enumerate(notebook.cells)]
    blocked = [entry for entry in read_log(env["INAUTHENTIC_NETWORK_LOG"]) if PROBE_HOST not in entry["target"]]
    return {"error": error, "cells": cells, "blocked": blocked, "probe": probed,
            "figures": read_log(env["INAUTHENTIC_FIGURE_LOG"])}
