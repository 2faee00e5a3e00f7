"""How much memory and CPU does one learner's JupyterLab server take, besides the lesson's kernel?

Starts JupyterLab as ``make lab`` does (``inauthentic.lab``: 127.0.0.1, a free port, a
token, no browser), loads the JupyterLab page, opens lesson 00 with a kernel through the
REST API (as the browser does), waits, then prints the server process's peak resident
memory and CPU time, and the idle kernel's. The lesson kernels' own peaks while running are
what ``benchmarks/bench_notebooks.py`` prints; a learner needs the sum. Run with::

    .venv/bin/python benchmarks/bench_lab.py
"""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from inauthentic.lab import free_port, lab_command, stop, wait_until_up
from inauthentic.notebooks.build import _cpu_seconds, _peak_memory

ROOT = Path(__file__).resolve().parents[1]
LESSON = "notebooks/00_start_here.ipynb"


def _post(url: str, body: dict) -> dict:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as answer:
        return json.load(answer)


def main() -> int:
    port, token = free_port(18888), secrets.token_hex(24)
    server = subprocess.Popen(lab_command(port, token, LESSON, open_browser=False), cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = time.perf_counter()
        wait_until_up(port, token, server)
        ready = time.perf_counter() - started
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/lab/tree/{LESSON}?token={token}", timeout=60) as page:
            page.read()
        session = _post(f"{base}/api/sessions?token={token}",
                        {"path": LESSON, "type": "notebook", "name": "", "kernel": {"name": "python3"}})
        time.sleep(5)  # let the kernel start and settle
        with urllib.request.urlopen(f"{base}/api/kernels?token={token}", timeout=30) as answer:
            kernels = json.load(answer)
        kernel_pid = _kernel_pid(server.pid)
        server_mb, server_cpu = (_peak_memory(server.pid) or 0) / 2**20, _cpu_seconds(server.pid)
        kernel_mb = (_peak_memory(kernel_pid) or 0) / 2**20 if kernel_pid else float("nan")
        print(f"JupyterLab ready in {ready:.1f} s; kernels running: {len(kernels)} (session {session['id'][:8]})")
        print(f"JupyterLab server   peak {server_mb:6.0f} MB   CPU {server_cpu or float('nan'):5.1f} s (start, page, one kernel)")
        print(f"idle lesson kernel  peak {kernel_mb:6.0f} MB   (a running lesson's peak: benchmarks/bench_notebooks.py)")
    finally:
        stop(server)
    return 0


def _kernel_pid(server_pid: int) -> int | None:
    """The kernel the server started (its child process), if psutil can see it."""
    try:
        import psutil

        children = psutil.Process(server_pid).children(recursive=True)
    except (ImportError, OSError):
        return None
    kernels = [child.pid for child in children if "ipykernel" in " ".join(child.cmdline())]
    return kernels[0] if kernels else None


if __name__ == "__main__":
    sys.exit(main())
