"""Writing a data-set folder safely: one writer at a time, and whole sets only.

A class on a shared folder may start two builds at once, interrupt a kernel
half-way or fill the disk. Every writer of a data-set folder therefore

1. takes the folder's lock (:func:`folder_lock`, a ``filelock`` lock file that
   the operating system frees when the process ends, however it ends);
2. writes the files into a private hidden folder inside it
   (:func:`staging`), so no reader ever sees half a file;
3. moves them into place one after the other with ``os.replace``
   (:func:`move_into_place`), with Ctrl-C held back until the last one is in.

Leftovers of a writer that was killed (a hidden ``.writing-*`` folder, the
older ``*.part`` files) are removed by the next writer (:func:`clean_leftovers`).
Problems with the disk become sentences (:func:`disk_problem`).

Examples
--------
>>> import tempfile, pathlib
>>> from inauthentic.storage import folder_lock, staging, move_into_place
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "copy"
>>> folder.mkdir()
>>> with folder_lock(folder), staging(folder) as private:
...     _ = (private / "posts.csv").write_text("tweetid\\n1\\n")
...     move_into_place(private, ["posts.csv"], folder)
>>> sorted(path.name for path in folder.iterdir())
['posts.csv']
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import KitError

__all__ = ["DiskProblem", "folder_lock", "staging", "move_into_place", "leftovers", "clean_leftovers", "keep_copy", "disk_problem", "LOCK_FILE", "STAGING_PREFIX"]

#: Name of the lock file inside a shipped data-set folder.
LOCK_FILE = ".lock"
#: Prefix of the hidden folder a writer stages its files in.
STAGING_PREFIX = ".writing-"
#: How long a writer waits for another one before giving up with a sentence.
WAIT_SECONDS = 600
_QUIET_WAIT_SECONDS = 1.0   # after this, say why nothing seems to happen
_OLD_LEFTOVERS = ("*.csv.part", "*.csv.block")
_ELSEWHERE = "Write the data set into another folder instead"
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
_FULL = (errno.ENOSPC, errno.EDQUOT)


class DiskProblem(KitError):
    """A folder that cannot be written: read-only, not ours, or on a full disk."""


def disk_problem(problem: OSError, folder: Path, fix: str) -> DiskProblem | None:
    """Return a sentence for a read-only or full disk, or ``None`` for any other error.

    Parameters
    ----------
    problem : OSError
        What the operating system said.
    folder : Path
        The folder being written.
    fix : str
        What the learner can do instead, as a sentence without its full stop
        ("Write it into another folder with ...").

    Examples
    --------
    >>> import errno
    >>> print(disk_problem(OSError(errno.ENOSPC, "No space left on device"), Path("/data/x"), "Or use another folder"))
    The disk that holds /data/x is full (No space left on device), so the data set could not be written there; nothing in the folder was changed. Free some space (delete files you no longer need). Or use another folder.
    """
    if problem.errno in _READ_ONLY:
        return DiskProblem(
            f"The folder {folder} is read-only for you ({problem.strerror}), so the data set cannot be written there; "
            f"nothing in it was changed. {fix}."
        )
    if problem.errno in _FULL:
        return DiskProblem(
            f"The disk that holds {folder} is full ({problem.strerror}), so the data set could not be written there; "
            f"nothing in the folder was changed. Free some space (delete files you no longer need). {fix}."
        )
    return None


def _lock_path(folder: Path, inside: bool) -> Path:
    """The lock file: inside a shipped folder, beside any other (so the folder holds only its CSV files)."""
    if inside:
        return folder / LOCK_FILE
    beside = folder.parent / f".{folder.name}.lock"
    if os.access(folder.parent, os.W_OK):
        return beside
    # A folder whose parent we may not write in (a home folder, say): lock on this machine only.
    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:16]
    shelf = Path(tempfile.gettempdir()) / "inauthentic-locks"
    shelf.mkdir(exist_ok=True)
    return shelf / f"{digest}.lock"


@contextlib.contextmanager
def folder_lock(folder: str | Path, inside: bool = False, fix: str = _ELSEWHERE) -> Iterator[None]:
    """Hold the lock of a data-set folder: only one writer at a time.

    Parameters
    ----------
    folder : str or Path
        The data-set folder (it must exist when ``inside`` is True).
    inside : bool, default False
        Keep the lock file in the folder (``.lock``), as the shipped data
        sets do so that every user of a shared folder sees it; otherwise it
        sits beside the folder (``.NAME.lock``).
    fix : str
        What a read-only folder's message suggests instead (a sentence without its full stop).

    Raises
    ------
    KitError
        If the lock file cannot be made (a read-only folder), or another
        writer has held it for :data:`WAIT_SECONDS`.

    Examples
    --------
    >>> import tempfile
    >>> with folder_lock(tempfile.mkdtemp()):
    ...     pass
    """
    from filelock import FileLock, Timeout

    folder = Path(folder)
    path = _lock_path(folder, inside)
    lock = FileLock(str(path), timeout=WAIT_SECONDS)
    try:
        try:
            lock.acquire(timeout=_QUIET_WAIT_SECONDS)
        except Timeout:
            print(f"Another program is writing the data set in {folder}; waiting for it to finish...", file=sys.stderr, flush=True)
            lock.acquire()
    except Timeout:
        raise KitError(
            f"Another program has been writing the data set in {folder} for {WAIT_SECONDS // 60} minutes, so this one "
            f"gave up waiting. Wait for it to finish and try again; if nothing else is running, restart the kernel and try again."
        ) from None
    except OSError as problem:
        sentence = disk_problem(problem, path.parent, fix)
        if sentence is None:
            raise
        raise sentence from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def staging(folder: Path, fix: str = _ELSEWHERE) -> Iterator[Path]:
    """Give a private hidden folder inside ``folder``, removed afterwards.

    Files written there are on the same disk as ``folder``, so moving them
    into place is instantaneous. A read-only or full disk becomes a sentence.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with staging(folder) as private:
    ...     private.name.startswith(".writing-")
    True
    >>> list(folder.iterdir())
    []
    """
    private = None
    try:
        private = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=folder))
        yield private
    except OSError as problem:
        sentence = disk_problem(problem, folder, fix)
        if sentence is None:
            raise
        raise sentence from None
    finally:
        if private is not None:
            shutil.rmtree(private, ignore_errors=True)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold back Ctrl-C (SIGINT) and SIGTERM: each is acted on when the block ends.

    The handlers are swapped rather than the signals blocked, because numpy's
    worker threads would otherwise receive them.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, lambda number, frame: arrived.append(number)) for number in held}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in dict.fromkeys(arrived):
            handler = previous[number]
            if callable(handler):
                handler(number, None)
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), number)


def move_into_place(private: Path, names: Iterable[str], folder: Path) -> None:
    """Move the named files from the staging folder into ``folder``, all of them.

    Ctrl-C is held back until the last file is in, so an interrupted kernel
    never leaves a mixture of old and new files.

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with staging(folder) as private:
    ...     _ = (private / "a.csv").write_text("x")
    ...     move_into_place(private, ["a.csv"], folder)
    >>> (folder / "a.csv").read_text()
    'x'
    """
    with _interrupts_held():
        for name in names:
            os.replace(private / name, folder / name)


def leftovers(folder: Path) -> list[Path]:
    """Return what killed writers left in ``folder`` (hidden staging folders, old ``*.part`` files).

    Examples
    --------
    >>> import tempfile
    >>> leftovers(Path(tempfile.mkdtemp()))
    []
    """
    return [path for pattern in (f"{STAGING_PREFIX}*", *_OLD_LEFTOVERS) for path in sorted(folder.glob(pattern))]


def clean_leftovers(folder: Path) -> list[str]:
    """Remove what killed writers left in ``folder``; return the names removed.

    Call it only while holding the folder's lock (nobody else is writing).

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "posts.csv.part").write_bytes(b"")
    >>> clean_leftovers(folder)
    ['posts.csv.part']
    """
    removed = []
    for path in leftovers(folder):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path.name)
    return removed


def keep_copy(path: Path) -> Path:
    """Copy a file the learner changed beside it, under a dated name; return the copy.

    ``posts.csv`` becomes ``posts-edited-20261201-223000.csv`` (a number is
    added if that name is taken).

    Examples
    --------
    >>> import tempfile
    >>> original = Path(tempfile.mkdtemp()) / "posts.csv"
    >>> _ = original.write_text("mine")
    >>> copy = keep_copy(original)
    >>> copy.name.startswith("posts-edited-"), copy.read_text()
    (True, 'mine')
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}-edited-{stamp}{path.suffix}")
    number = 1
    while copy.exists():
        number += 1
        copy = path.with_name(f"{path.stem}-edited-{stamp}-{number}{path.suffix}")
    shutil.copy2(path, copy)
    return copy
