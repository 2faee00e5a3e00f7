"""The shipped data sets on disk: where they are, and whether each is whole.

Each shipped data set is a folder of ``datasets/`` with a ``scenario.toml``
and a ``SHA256SUMS`` that lists its CSV files. Once built, the folder also
holds those files and a hidden ``.built`` list of the checksums of the files
the kit itself wrote there, so that a file left from an older version of the
kit (rebuilt without a word) can be told from a file a learner edited (kept,
and never replaced without a copy).

:func:`inspect` reads the files once and sorts each into *current* (matches
``SHA256SUMS``), *missing* (absent or empty), *stale* (written by the kit, but
not what ``SHA256SUMS`` says now) or *edited* (changed by somebody).

Examples
--------
>>> from inauthentic.shipped import inspect, shipped_names
>>> "tiny" in shipped_names()
True
>>> state = inspect("tiny")
>>> sorted(state.expected)
['accounts.csv', 'labels.csv', 'posts.csv']
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KitError, did_you_mean, quoted_list
from .tables import TABLE_FILES

__all__ = [
    "datasets_root", "shipped_names", "shipped_folder", "checksums", "checksum_text", "read_checksums",
    "inspect", "ShippedState", "refuse_shipped_folder", "CHECKSUM_FILE", "BUILT_FILE", "DATASHEET_FILE",
]

CHECKSUM_FILE = "SHA256SUMS"
DATASHEET_FILE = "DATASHEET.md"
#: The checksums of the files the kit wrote into a shipped folder (hidden, not in git).
BUILT_FILE = ".built"


def datasets_root() -> Path:
    """Return the folder that holds the shipped data sets.

    ``INAUTHENTIC_DATASETS`` overrides it (for a JupyterHub with a shared,
    read-only copy, say); otherwise it is the repository's ``datasets/``.

    Examples
    --------
    >>> datasets_root().name
    'datasets'
    """
    override = os.environ.get("INAUTHENTIC_DATASETS")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "datasets"


def shipped_names() -> list[str]:
    """Return the names of the shipped data sets (folders with a scenario file).

    Examples
    --------
    >>> "classroom" in shipped_names()
    True
    """
    root = datasets_root()
    if not root.is_dir():
        return []
    return sorted(p.parent.name for p in root.glob("*/scenario.toml"))


def shipped_folder(name: str) -> Path:
    """Return a shipped data set's folder, or say which names exist.

    Examples
    --------
    >>> shipped_folder("tiny").name
    'tiny'
    >>> shipped_folder("tinny")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: There is no shipped data set called 'tinny'. Did you mean 'tiny'? ...
    """
    names = shipped_names()
    if name not in names:
        raise KitError(f"There is no shipped data set called '{name}'.{did_you_mean(name, names)} The shipped data sets are {quoted_list(names)}.")
    return datasets_root() / name


def refuse_shipped_folder(folder: str | Path) -> None:
    """Refuse to write generated data into the shipped ``datasets/`` folders.

    ``generate`` and ``write_dataset`` call it; only ``build`` writes there.

    Examples
    --------
    >>> refuse_shipped_folder(datasets_root() / "classroom")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: .../classroom is the shipped data set 'classroom', which the lessons rely on ...
    """
    folder = Path(folder).expanduser()
    root = datasets_root().resolve()
    target = folder.resolve()
    if target == root or root in target.parents:
        inside = target.relative_to(root).parts
        name = inside[0] if inside else None
        what = f"the shipped data set '{name}'" if name in shipped_names() else "where the shipped data sets live"
        fix = f" To restore the shipped files, run 'python -m inauthentic build {name}'." if name in shipped_names() else ""
        raise KitError(
            f"{folder} is {what}, which the lessons rely on being the same for everybody, so the kit does not write "
            f"generated data there. Choose a folder outside {root} (for example --out my-{name or 'data'}).{fix}"
        )


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def checksums(folder: str | Path) -> dict[str, str]:
    """Return the SHA-256 of each table file present in ``folder``.

    Examples
    --------
    >>> checksums("/nonexistent")
    {}
    """
    folder = Path(folder)
    found = {}
    for name in sorted(TABLE_FILES.values()):
        path = folder / name
        if path.is_file():
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            found[name] = digest.hexdigest()
    return found


def checksum_text(sums: dict[str, str]) -> str:
    """Format checksums like the ``sha256sum`` tool does (``sha256sum -c`` can check them).

    Examples
    --------
    >>> checksum_text({"posts.csv": "ab"})
    'ab  posts.csv\\n'
    """
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(sums.items()))


def read_checksums(path: str | Path) -> dict[str, str]:
    """Read a ``SHA256SUMS`` file into ``{file name: digest}`` (``{}`` if there is none).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "SHA256SUMS"
    >>> _ = path.write_text("ab  posts.csv\\n")
    >>> read_checksums(path)
    {'posts.csv': 'ab'}
    """
    path = Path(path)
    if not path.is_file():
        return {}
    sums = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name.strip().lstrip("*")] = digest
    return sums


@dataclass
class ShippedState:
    """What a shipped data-set folder holds, file by file.

    Attributes
    ----------
    name, folder
        The data set and its folder.
    expected : dict
        ``{file: digest}`` from ``SHA256SUMS`` (digest ``None`` when the
        folder has no ``SHA256SUMS``: then any present file counts as current).
    contents : dict
        ``{file: bytes}`` of the files present and not empty.
    current, missing, stale, edited : list of str
        The expected files sorted by state (see the module docstring).
    """

    name: str
    folder: Path
    expected: dict[str, str | None]
    contents: dict[str, bytes] = field(repr=False)
    current: list[str]
    missing: list[str]
    stale: list[str]
    edited: list[str]

    @property
    def complete(self) -> bool:
        """True when every file is there and is the shipped one."""
        return not (self.missing or self.stale or self.edited)

    @property
    def needs_build(self) -> bool:
        """True when a file is missing or left from an older version of the kit."""
        return bool(self.missing or self.stale)

    def digests(self) -> dict[str, str]:
        """Return the checksums of the files present."""
        return {file: _digest(content) for file, content in self.contents.items()}


def inspect(name: str, keep_contents: bool = True) -> ShippedState:
    """Read a shipped data set's files once and say what state each is in.

    Parameters
    ----------
    name : str
        A shipped data set.
    keep_contents : bool, default True
        Keep the bytes (the loader parses them); ``False`` to only check.

    Examples
    --------
    >>> state = inspect("tiny")
    >>> state.complete == (not state.missing and not state.stale and not state.edited)
    True
    """
    folder = shipped_folder(name)
    sums = read_checksums(folder / CHECKSUM_FILE)
    expected: dict[str, str | None] = dict(sums) if sums else {file: None for file in TABLE_FILES.values()}
    built = read_checksums(folder / BUILT_FILE)
    contents, current, missing, stale, edited = {}, [], [], [], []
    for file, digest in sorted(expected.items()):
        path = folder / file
        content = path.read_bytes() if path.is_file() else b""
        if not content:
            missing.append(file)
            continue
        actual = _digest(content)
        if keep_contents:
            contents[file] = content
        if digest is None or actual == digest:
            current.append(file)
        elif built.get(file) == actual:
            stale.append(file)
        else:
            edited.append(file)
    return ShippedState(name, folder, expected, contents, current, missing, stale, edited)
