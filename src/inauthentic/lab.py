"""``make lab``: start JupyterLab and print, on a line of its own, the link to open.

JupyterLab prints its link among many log lines; a learner should not have to
find it. This wrapper chooses the port (the first free one from 8888) and the
token itself, starts ``jupyter lab`` on 127.0.0.1, waits until the server
answers, then prints::

    Open this link: http://127.0.0.1:8888/lab/tree/notebooks/00_start_here.ipynb?token=...

Ctrl-C (or ``kill`` of this process) stops JupyterLab cleanly: the server runs
in its own process group, so Ctrl-C reaches only this wrapper, which asks the
server to shut down (stopping its kernels) instead of JupyterLab asking
"Shutdown this Jupyter server (y/[n])?".

Run it with ``make lab`` or ``python -m inauthentic.lab [--port N] [--no-browser] [path]``.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from .errors import KitError

#: Where the search for a free port starts (JupyterLab's usual port).
FIRST_PORT = 8888
#: Seconds to wait for the server to answer before giving up.
START_SECONDS = 120


def free_port(start: int = FIRST_PORT, tries: int = 50, host: str = "127.0.0.1") -> int:
    """The first port from ``start`` that nothing on this machine listens on.

    Examples
    --------
    >>> with socket.socket() as busy:
    ...     busy.bind(("127.0.0.1", 0)); busy.listen()
    ...     taken = busy.getsockname()[1]
    ...     free_port(taken, tries=5) != taken
    True
    """
    for port in range(start, start + tries):
        with socket.socket() as probe:
            try:
                probe.bind((host, port))
            except OSError:
                continue
            return port
    raise KitError(f"No free port between {start} and {start + tries - 1} on {host}: stop another JupyterLab, "
                   "or choose a port with 'make lab PORT=9999'.")


def lab_url(port: int, token: str, path: str | None = None) -> str:
    """The link that opens ``path`` (relative to the folder JupyterLab serves) in JupyterLab.

    Examples
    --------
    >>> lab_url(8888, "abc", "notebooks/00_start_here.ipynb")
    'http://127.0.0.1:8888/lab/tree/notebooks/00_start_here.ipynb?token=abc'
    >>> lab_url(8890, "abc")
    'http://127.0.0.1:8890/lab?token=abc'
    """
    tree = f"/tree/{Path(path).as_posix()}" if path else ""
    return f"http://127.0.0.1:{port}/lab{tree}?token={token}"


def lab_command(port: int, token: str, path: str | None, open_browser: bool) -> list[str]:
    """The ``jupyter lab`` command line (``--allow-root`` only when run as root, as in a container).

    JupyterLab serves the current folder and opens ``path`` in it. (Given a file as its argument,
    ``jupyter lab`` would serve the file's own folder instead, and ``notebooks/...`` links would
    not be found.)

    Examples
    --------
    >>> command = lab_command(8888, "abc", "notebooks/00_start_here.ipynb", open_browser=False)
    >>> command[1:3], "--ServerApp.port=8888" in command, "--no-browser" in command, command[-1]
    (['-m', 'jupyterlab'], True, True, '--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb')
    """
    command = [sys.executable, "-m", "jupyterlab", "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={port}",
               "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={Path.cwd()}"]
    if not open_browser:
        command.append("--no-browser")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command + ([f"--LabApp.default_url=/lab/tree/{Path(path).as_posix()}"] if path else [])


def wait_until_up(port: int, token: str, process: subprocess.Popen, seconds: float = START_SECONDS) -> None:
    """Return once the server on ``port`` answers; raise :class:`KitError` if it stops or takes too long.

    Examples
    --------
    >>> gone = subprocess.Popen([sys.executable, "-c", "pass"]); _ = gone.wait()
    >>> try:
    ...     wait_until_up(free_port(), "token", gone, seconds=5)
    ... except KitError as error:
    ...     print(error)
    JupyterLab stopped before it was ready (exit code 0); its messages are above.
    """
    deadline = time.monotonic() + seconds
    status = f"http://127.0.0.1:{port}/api/status?token={token}"
    while True:
        try:
            with urllib.request.urlopen(status, timeout=2) as answer:
                json.load(answer)
            return
        except OSError:
            if process.poll() is not None:
                raise KitError(f"JupyterLab stopped before it was ready (exit code {process.returncode}); "
                               "its messages are above.") from None
            if time.monotonic() > deadline:
                raise KitError(f"JupyterLab did not answer on port {port} within {seconds:.0f} s; "
                               "its messages are above.") from None
            time.sleep(0.3)


def stop(process: subprocess.Popen, seconds: float = 20) -> int:
    """Ask JupyterLab to shut down (SIGTERM: it stops its kernels); kill it if it has not within ``seconds``.

    Returns the exit code (negative: the signal that ended it).

    Examples
    --------
    >>> sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    >>> stop(sleeper) == -signal.SIGTERM
    True
    """
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def _stop_on_sigterm(signum, frame):
    """Treat SIGTERM and SIGHUP as Ctrl-C, so that :func:`main` stops the server."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Start JupyterLab, print the link once it answers, wait; stop it on Ctrl-C. Returns the exit code.

    Examples
    --------
    >>> main(["no-such-notebook.ipynb"])
    2
    """
    parser = argparse.ArgumentParser(prog="python -m inauthentic.lab", description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", help="notebook or file to open, relative to this folder")
    parser.add_argument("--port", type=int, help=f"port to listen on (default: the first free one from {FIRST_PORT})")
    parser.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    args = parser.parse_args(argv)
    if args.path and not Path(args.path).exists():
        print(f"There is no {args.path} in {Path.cwd()}: run 'make lab' from the kit's folder.", file=sys.stderr)
        return 2
    try:
        port = args.port or free_port()
    except KitError as error:
        print(error, file=sys.stderr)
        return 1
    token = secrets.token_hex(24)
    # Its own process group: Ctrl-C in the terminal reaches only this wrapper, which stops the server.
    process = subprocess.Popen(lab_command(port, token, args.path, not args.no_browser), start_new_session=True)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)  # `kill PID`, or the terminal closing,
    if hasattr(signal, "SIGHUP"):                     # stops the server too, never leaves it behind
        signal.signal(signal.SIGHUP, _stop_on_sigterm)
    try:
        wait_until_up(port, token, process)
        print(f"\nOpen this link: {lab_url(port, token, args.path)}\n(press Ctrl-C here to stop JupyterLab)\n",
              flush=True)
        process.wait()
    except KitError as error:
        print(error, file=sys.stderr)
        stop(process)
        return 1
    except KeyboardInterrupt:
        print("\nStopping JupyterLab...", flush=True)
        stop(process)
        return 0
    return process.returncode


if __name__ == "__main__":
    sys.exit(main())
