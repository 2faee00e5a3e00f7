"""Machine-specific metadata: what it is, how to find it and how to strip it.

A committed lesson must be the same bytes whoever builds it. Executing a
notebook leaves traces of the machine and the moment: the Python version in
``language_info``, a timestamp per cell (``metadata.execution``), the stored
state of every widget (a base64 picture each, with random model ids), and the
editors' own keys (``collapsed``, ``scrolled``, ``ExecuteTime``...). This
module keeps only what a lesson needs: the kernelspec, the language's name,
the build stamp (:mod:`.stamp`) and each cell's ``tags``.

Examples
--------
>>> import nbformat
>>> nb = nbformat.v4.new_notebook(metadata={"language_info": {"name": "python", "version": "3.11.2"}})
>>> nb.cells.append(nbformat.v4.new_code_cell("1 + 1", metadata={"execution": {"iopub.status.idle": "2026-12-01"}}))
>>> machine_metadata_found(nb)
['notebook metadata language_info.version', 'cell 1: metadata execution']
>>> machine_metadata_found(strip_machine_metadata(nb))
[]
"""

from __future__ import annotations

import copy
import re

__all__ = [
    "NOTEBOOK_KEYS",
    "LANGUAGE_INFO_KEYS",
    "CELL_KEYS",
    "WIDGET_VIEW",
    "WIDGET_NOTE",
    "KERNEL_CELL_PATH",
    "KERNEL_CELL_STANDIN",
    "strip_machine_metadata",
    "machine_metadata_found",
]

#: Notebook-level metadata a built lesson keeps (``inauthentic`` holds the build stamp).
NOTEBOOK_KEYS = ("kernelspec", "language_info", "inauthentic")
#: The parts of ``language_info`` that do not depend on the machine.
LANGUAGE_INFO_KEYS = ("name", "codemirror_mode", "file_extension", "mimetype", "nbconvert_exporter", "pygments_lexer")
#: Cell metadata a built lesson keeps (nbval reads ``tags``).
CELL_KEYS = ("tags",)
#: The output mimetype of a live widget: a random model id, useless once the kernel is gone.
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
#: A warning names the cell's temporary file, in a folder named after the kernel's process id.
KERNEL_CELL_PATH = re.compile(r"[^\s\"']*ipykernel_\d+([/\\])")
#: What replaces that folder, so the text is the same on every build.
KERNEL_CELL_STANDIN = r"ipykernel_PID\1"
#: What a saved notebook shows in place of a widget until its cell is run.
WIDGET_NOTE = "[An interactive widget appears here when you run this cell.]"


def _clean_outputs(outputs: list) -> list:
    kept = []
    for output in outputs:
        data = output.get("data")
        if data is not None and WIDGET_VIEW in data:
            output["data"] = type(data)({"text/plain": WIDGET_NOTE})
        if output.get("output_type") == "stream":
            output["text"] = KERNEL_CELL_PATH.sub(KERNEL_CELL_STANDIN, output["text"])
        if "metadata" in output and WIDGET_VIEW in output["metadata"]:
            output["metadata"].pop(WIDGET_VIEW)
        kept.append(output)
    return kept


def strip_machine_metadata(nb):
    """Return a copy of ``nb`` without machine-specific metadata.

    Keeps the notebook keys in :data:`NOTEBOOK_KEYS` (``language_info``
    without its version), each cell's ``tags`` (dropped when empty), and every
    output, with the kernel's process id taken out of warnings' file paths
    (:data:`KERNEL_CELL_PATH`); a widget's output (:data:`WIDGET_VIEW`, with a random model id)
    becomes the sentence :data:`WIDGET_NOTE`, since no widget can be shown
    without a running kernel (cells showing widgets are tagged
    ``nbval-ignore-output``).

    Parameters
    ----------
    nb : nbformat.NotebookNode
        An executed notebook.

    Returns
    -------
    nbformat.NotebookNode
        The cleaned copy; ``nb`` is left as it was.

    Examples
    --------
    >>> import nbformat
    >>> kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    >>> nb = nbformat.v4.new_notebook(metadata={"widgets": {"state": {}}, "kernelspec": kernel})
    >>> cell = nbformat.v4.new_code_cell("w", metadata={"scrolled": True, "tags": ["nbval-ignore-output"]})
    >>> cell.outputs = [nbformat.v4.new_output("display_data", data={"text/plain": "W()", WIDGET_VIEW: {"model_id": "9f2"}})]
    >>> nb.cells.append(cell)
    >>> clean = strip_machine_metadata(nb)
    >>> dict(clean.metadata), dict(clean.cells[0].metadata)
    ({'kernelspec': {'name': 'python3', 'display_name': 'Python 3', 'language': 'python'}}, {'tags': ['nbval-ignore-output']})
    >>> clean.cells[0].outputs[0].data["text/plain"] == WIDGET_NOTE
    True
    >>> warned = nbformat.v4.new_output("stream", name="stderr", text="/tmp/ipykernel_4242/27.py:1: UserWarning")
    >>> strip_machine_metadata(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("w", outputs=[warned])])).cells[0].outputs[0].text
    'ipykernel_PID/27.py:1: UserWarning'

    """
    clean = copy.deepcopy(nb)
    clean.metadata = type(clean.metadata)(
        {key: value for key, value in clean.metadata.items() if key in NOTEBOOK_KEYS}
    )
    if "language_info" in clean.metadata:
        info = clean.metadata["language_info"]
        clean.metadata["language_info"] = type(info)({k: v for k, v in info.items() if k in LANGUAGE_INFO_KEYS})
    for cell in clean.cells:
        cell.metadata = type(cell.metadata)({k: v for k, v in cell.metadata.items() if k in CELL_KEYS and v})
        if cell.cell_type == "code":
            cell.outputs = _clean_outputs(cell.outputs)
    return clean


def machine_metadata_found(nb) -> list[str]:
    """List the machine-specific metadata left in ``nb`` (empty when clean).

    Parameters
    ----------
    nb : nbformat.NotebookNode

    Returns
    -------
    list of str
        One line per finding, naming the cell (counted from 1) and the key.

    Examples
    --------
    >>> import nbformat
    >>> machine_metadata_found(nbformat.v4.new_notebook(metadata={"widgets": {}}))
    ['notebook metadata widgets (stored widget state)']
    """
    found = []
    for key in nb.metadata:
        if key not in NOTEBOOK_KEYS:
            why = " (stored widget state)" if key == "widgets" else ""
            found.append(f"notebook metadata {key}{why}")
    for key in nb.metadata.get("language_info", {}):
        if key not in LANGUAGE_INFO_KEYS:
            found.append(f"notebook metadata language_info.{key}")
    for number, cell in enumerate(nb.cells, start=1):
        for key in cell.metadata:
            if key not in CELL_KEYS:
                found.append(f"cell {number}: metadata {key}")
        for output in cell.get("outputs", []):
            if WIDGET_VIEW in output.get("data", {}):
                found.append(f"cell {number}: a widget view (random model id) in its output")
    return found
