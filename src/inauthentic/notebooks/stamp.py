"""The build stamp: how a built notebook notices that a learner changed it.

``make notebooks`` writes, into each notebook's metadata, a fingerprint of its
cells as built: the SHA-256 of every cell's type and text, in order
(``metadata.inauthentic.cells_sha256``). JupyterLab keeps notebook metadata when
it saves, so a later build can tell:

- the fingerprint still matches: the learner only ran cells (or nothing); the
  notebook holds nothing a rebuild would lose, and it may be replaced;
- it does not match: a cell was edited, added, deleted or moved, and the
  notebook is the learner's work: it is replaced only with ``--force``;
- there is no stamp: the notebook was not made by ``make notebooks`` (a copy,
  a hand-made file) and is treated as the learner's work too.

Outputs are left out of the fingerprint on purpose: re-running a lesson is not
work a rebuild could destroy, and a rebuild writes fresh outputs anyway. The
stamp lives in the notebook itself, so there is no separate manifest to lose
or to merge.

Examples
--------
>>> import nbformat
>>> nb = stamp(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]), "00_demo.py")
>>> nb.metadata["inauthentic"]["built_from"]
'00_demo.py'
>>> nb.cells[0].source = "2 + 2"
>>> nb.metadata["inauthentic"]["cells_sha256"] == cells_fingerprint(nb)
False
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import nbformat

__all__ = ["STAMP_KEY", "cells_fingerprint", "stamp", "changed_since_built"]

#: The notebook-metadata key that holds the build stamp.
STAMP_KEY = "inauthentic"


def cells_fingerprint(nb) -> str:
    """Return the SHA-256 (hex) of the notebook's cell types and texts, in order.

    Examples
    --------
    >>> import nbformat
    >>> one = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Hi")])
    >>> two = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("Hi")])
    >>> cells_fingerprint(one) == cells_fingerprint(two)
    False
    >>> len(cells_fingerprint(one))
    64
    """
    cells = [[cell.cell_type, cell.source] for cell in nb.cells]
    return hashlib.sha256(json.dumps(cells, ensure_ascii=False).encode("utf-8")).hexdigest()


def stamp(nb, source_name: str):
    """Record in ``nb`` the source it was built from and the fingerprint of its cells.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The notebook, changed in place and returned.
    source_name : str
        The file name of its jupytext source (``"00_start_here.py"``).

    Examples
    --------
    >>> import nbformat
    >>> sorted(stamp(nbformat.v4.new_notebook(), "00_demo.py").metadata["inauthentic"])
    ['built_from', 'cells_sha256']
    """
    nb.metadata[STAMP_KEY] = {"built_from": source_name, "cells_sha256": cells_fingerprint(nb)}
    return nb


def changed_since_built(path: str | Path) -> str | None:
    """Say why the notebook at ``path`` must not be replaced, or ``None`` if it may be.

    Parameters
    ----------
    path : str or Path
        A built lesson notebook (it need not exist).

    Returns
    -------
    str or None
        ``None`` when the file does not exist or its cells are as built;
        otherwise a sentence saying what makes it the learner's work.

    Examples
    --------
    >>> import nbformat, tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "00_demo.ipynb")
    >>> changed_since_built(path) is None
    True
    >>> nb = stamp(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]), "00_demo.py")
    >>> nbformat.write(nb, path)
    >>> changed_since_built(path) is None
    True
    >>> nb.cells.append(nbformat.v4.new_code_cell("my_work = 3"))
    >>> nbformat.write(nb, path)
    >>> changed_since_built(path)
    'its cells have changed since it was built (a cell was edited, added, deleted or moved)'
    """
    path = Path(path)
    if not path.exists():
        return None
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:  # nbformat raises several kinds for a damaged file
        return f"it is not a notebook this command can read ({type(error).__name__}), so it is left alone"
    recorded = nb.metadata.get(STAMP_KEY, {}).get("cells_sha256")
    if recorded is None:
        return "it was not made by 'make notebooks' (it has no build stamp), so it may be your own work"
    if recorded != cells_fingerprint(nb):
        return "its cells have changed since it was built (a cell was edited, added, deleted or moved)"
    return None
