"""``make lab`` prints the link to open, the link opens the first lesson, and Ctrl-C stops the server.

The test starts the wrapper (``python -m inauthentic.lab``, what ``make lab`` runs) on a free
port, reads its "Open this link:" line, fetches the link, then sends the wrapper SIGINT (what
Ctrl-C sends) by its own PID and checks that JupyterLab is gone.
"""

from __future__ import annotations

import json
import os
import re
import selectors
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from inauthentic.lab import free_port

ROOT = Path(__file__).resolve().parents[1]
LINK = re.compile(r"^Open this link: (http://127\.0\.0\.1:(\d+)/lab/tree/(\S+)\?token=(\w+))$")


def _read_link(process: subprocess.Popen, seconds: float = 120) -> tuple[re.Match, list[str]]:
    lines: list[str] = []
    with selectors.DefaultSelector() as waiting:
        waiting.register(process.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and process.poll() is None:
            if not waiting.select(timeout=1):
                continue
            line = process.stdout.readline().rstrip("\n")
            lines.append(line)
            if found := LINK.match(line):
                return found, lines
    raise AssertionError("no 'Open this link:' line; the wrapper printed:\n" + "\n".join(lines[-40:]))


def _listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_make_lab_runs_the_wrapper_on_the_first_lesson():
    makefile = (ROOT / "Makefile").read_text()
    assert "$(BIN)/python -m inauthentic.lab $(if $(PORT),--port $(PORT)) $(or $(FIRST_LESSON),README.md)" in makefile


def test_the_wrapper_prints_a_link_that_opens_lesson_00_and_ctrl_c_stops_jupyterlab(tmp_path):
    port = free_port(20000 + os.getpid() % 20000)
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    wrapper = subprocess.Popen(
        [sys.executable, "-m", "inauthentic.lab", "--port", str(port), "--no-browser", "notebooks/00_start_here.ipynb"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        found, _ = _read_link(wrapper)
        url, printed_port, path, token = found.groups()
        assert (int(printed_port), path) == (port, "notebooks/00_start_here.ipynb")
        with urllib.request.urlopen(url, timeout=30) as page:
            assert page.status == 200 and "JupyterLab" in page.read().decode()
        contents = f"http://127.0.0.1:{port}/api/contents/{path}?content=0&token={token}"
        with urllib.request.urlopen(contents, timeout=30) as answer:
            assert json.load(answer)["type"] == "notebook"
        wrapper.send_signal(signal.SIGINT)  # what Ctrl-C sends; the server runs in its own group
        assert wrapper.wait(timeout=60) == 0
        rest = wrapper.stdout.read()
        assert "Stopping JupyterLab" in rest, rest[-2000:]
        assert not _listening(port), "JupyterLab still listens after Ctrl-C"
    finally:
        if wrapper.poll() is None:
            wrapper.kill()
            wrapper.wait()
