"""Checks a built lesson must pass: it matches its source, and every code cell ran in order.

``jupytext --test`` only tests a round trip of one file; it never compares the
notebook with the ``.py`` it came from. :func:`drift` pushes both through the
same normaliser (jupytext's percent writer, with outputs and all metadata but
the kernelspec and cell tags removed) and diffs the two texts.

Strict nbval passes a cell that was never executed (``execution_count`` is
``null``, no outputs to compare), so :func:`execution_problems` checks that the
code cells were executed one after another, from 1, as a fresh kernel running
the notebook top to bottom numbers them.

Examples
--------
>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1", execution_count=1),
...                                      nbformat.v4.new_code_cell("2 + 2")])
>>> execution_problems(nb)
['code cell 2 (notebook cell 2) was never executed']
"""

from __future__ import annotations

import copy
import difflib
from pathlib import Path

import jupytext

__all__ = ["normalised_text", "drift", "execution_problems"]


def normalised_text(nb) -> str:
    """Return ``nb`` as percent-format text, without outputs or machine metadata.

    The kernelspec and each cell's tags are kept (nbval reads the tags).

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1", execution_count=4)])
    >>> print(normalised_text(nb))
    # %%
    x = 1
    <BLANKLINE>
    """
    plain = copy.deepcopy(nb)
    plain.metadata = type(plain.metadata)({k: v for k, v in plain.metadata.items() if k == "kernelspec"})
    plain.metadata["jupytext"] = {"notebook_metadata_filter": "kernelspec,-all", "cell_metadata_filter": "tags,-all"}
    for cell in plain.cells:
        cell.metadata = type(cell.metadata)({k: v for k, v in cell.metadata.items() if k == "tags" and v})
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return jupytext.writes(plain, fmt="py:percent")


def drift(source: str | Path, notebook: str | Path) -> list[str]:
    """Return the differences between a lesson's source and its built notebook.

    Parameters
    ----------
    source : str or Path
        The jupytext percent source, ``NN_slug.py``.
    notebook : str or Path
        The built ``NN_slug.ipynb``.

    Returns
    -------
    list of str
        A unified diff (empty when they agree), source first.

    Examples
    --------
    >>> import nbformat, tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> source = os.path.join(folder, "00_demo.py")
    >>> with open(source, "w") as file:
    ...     _ = file.write("# %% [markdown]\\n# Hello\\n\\n# %%\\nx = 1\\n")
    >>> nb = jupytext.read(source)
    >>> nbformat.write(nb, os.path.join(folder, "00_demo.ipynb"))
    >>> drift(source, os.path.join(folder, "00_demo.ipynb"))
    []
    >>> nb.cells[1].source = "x = 2"
    >>> nbformat.write(nb, os.path.join(folder, "00_demo.ipynb"))
    >>> [line for line in drift(source, os.path.join(folder, "00_demo.ipynb")) if line[:1] in "+-"][2:]
    ['-x = 1', '+x = 2']
    """
    source, notebook = Path(source), Path(notebook)
    expected = normalised_text(jupytext.read(source)).splitlines()
    actual = normalised_text(jupytext.read(notebook)).splitlines()
    return list(difflib.unified_diff(expected, actual, str(source), str(notebook), lineterm=""))


def execution_problems(nb) -> list[str]:
    """List the code cells that were not executed, or not in order from 1.

    Parameters
    ----------
    nb : nbformat.NotebookNode

    Returns
    -------
    list of str
        Empty when the code cells carry execution counts 1, 2, 3... in order
        and every ``execute_result`` carries its cell's count.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("a", execution_count=2),
    ...                                      nbformat.v4.new_code_cell("b", execution_count=1)])
    >>> execution_problems(nb)
    ['code cell 1 (notebook cell 1) has execution count 2, expected 1', 'code cell 2 (notebook cell 2) has execution count 1, expected 2']
    """
    problems = []
    code_number = 0
    for number, cell in enumerate(nb.cells, start=1):
        if cell.cell_type != "code":
            continue
        code_number += 1
        where = f"code cell {code_number} (notebook cell {number})"
        count = cell.get("execution_count")
        if count is None:
            problems.append(f"{where} was never executed")
        elif count != code_number:
            problems.append(f"{where} has execution count {count}, expected {code_number}")
        for output in cell.get("outputs", []):
            if output.get("output_type") == "execute_result" and output.get("execution_count") != count:
                problems.append(f"{where} shows a result from execution {output.get('execution_count')}, not {count}")
            if output.get("output_type") == "error":
                problems.append(f"{where} ended in an error ({output.get('ename')})")
    return problems
