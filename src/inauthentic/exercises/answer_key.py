"""Answer keys written into a master's hidden tests when it is built (exercise 07, the capstone).

The capstone's hidden tests score a learner's flagged accounts against the
answer key, but the learner's notebook has no labels. So the master's hidden
tests hold two placeholders, :data:`KEY_PLACEHOLDER` (the campaign accounts'
userids) and :data:`SIZE_PLACEHOLDER` (how many there are), and the build
replaces them with literals read from a data set's ``labels.csv``: the shipped
capstone for ``make exercises``, an instructor's private copy for
``python -m inauthentic.exercises capstone``. The key then lives only in the
hidden tests, i.e. in the autograder zip and the executed master, never in the
student notebook.

Examples
--------
>>> import nbformat
>>> notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("len(__CAMPAIGN_USERIDS__) == __CAMPAIGN_SIZE__")])
>>> needs_answer_key(notebook)
True
>>> fill_answer_key(notebook, [30, 10, 20]).cells[0].source
'len(frozenset({10, 20, 30})) == 3'
"""

from __future__ import annotations

from pathlib import Path

from ..errors import KitError

__all__ = ["KEY_PLACEHOLDER", "SIZE_PLACEHOLDER", "KEY_DATASET", "needs_answer_key", "fill_answer_key", "campaign_userids"]

#: Stands for the frozenset of campaign userids in a master's hidden tests.
KEY_PLACEHOLDER = "__CAMPAIGN_USERIDS__"
#: Stands for the number of campaign accounts.
SIZE_PLACEHOLDER = "__CAMPAIGN_SIZE__"
#: The shipped data set whose answer key ``make exercises`` uses.
KEY_DATASET = "capstone"


def needs_answer_key(notebook) -> bool:
    """True if a code cell of ``notebook`` holds :data:`KEY_PLACEHOLDER`."""
    return any(KEY_PLACEHOLDER in cell.source for cell in notebook.cells if cell.cell_type == "code")


def fill_answer_key(notebook, userids) -> object:
    """Replace the placeholders in ``notebook``'s code cells (in place) with the key ``userids``; return it."""
    ids = sorted({int(userid) for userid in userids})
    literal = "frozenset({" + ", ".join(str(userid) for userid in ids) + "})"
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.source = cell.source.replace(KEY_PLACEHOLDER, literal).replace(SIZE_PLACEHOLDER, str(len(ids)))
    return notebook


def campaign_userids(folder: Path | str | None = None) -> list[int]:
    """The userids of every campaign account (``kind == "campaign"``) in a data set's answer key.

    Parameters
    ----------
    folder : path, optional
        A data-set folder holding ``labels.csv`` (default: the shipped capstone).

    Raises
    ------
    KitError
        If the folder has no ``labels.csv``, or its key has no campaign account.

    Examples
    --------
    >>> len(campaign_userids()) > 100
    True
    """
    from ..datasets import load_dataset

    source = KEY_DATASET if folder is None else Path(folder)
    if folder is not None and not (Path(folder) / "labels.csv").is_file():
        raise KitError(
            f"The folder {folder} has no labels.csv, the answer key the autograder needs. It was probably made with "
            f"--no-labels (a learners' copy). Make the data set again with its key, from the same seed: "
            f"python -m inauthentic generate --scenario capstone --seed SECRET --out {folder} --overwrite"
        )
    data = load_dataset(source)
    if data.labels is None:
        raise KitError(f"The data set {source} has no answer key (labels.csv): run 'python -m inauthentic build {KEY_DATASET}'.")
    campaign = data.labels.loc[data.labels["kind"].astype(str) == "campaign", "userid"]
    if campaign.empty:
        raise KitError(f"The answer key of {source} has no campaign account: is it a capstone data set (--scenario capstone)?")
    return campaign.astype("int64").sort_values().tolist()
