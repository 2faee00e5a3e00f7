"""How a lesson gives the alt text of a picture: a markdown cell just before the cell that draws it.

The sentence starts ``**Alt text for the figure below:**`` (or ``the widget below``, for a widget
that shows a picture), so a screen-reader user hears what the picture shows before reaching it.
Shared by ``tests/test_lessons.py`` (the built lessons' image outputs) and
``tests/test_lessons_offline.py`` (every figure a lesson's kernel draws, widgets' pictures included).
"""

from __future__ import annotations

import re

ALT_TEXT = re.compile(r"\*\*Alt text for the (figure|widget) below:\*\*\s*(?P<text>\S.{40,})", re.S)


def alt_text_before(cells: list[dict], index: int) -> str | None:
    """The alt text in the markdown cell just before ``cells[index]``, or None if there is none.

    ``cells`` are notebook cells (``cell_type`` and ``source``); at least a sentence of text
    (40 characters or more) must follow the marker.

    Examples
    --------
    >>> cells = [{"cell_type": "markdown", "source": "Text. **Alt text for the figure below:** a line rising from left "
    ...           "to right, steeply at first."}, {"cell_type": "code", "source": "plt.show()"}]
    >>> alt_text_before(cells, 1)[:6]
    'a line'
    >>> alt_text_before(cells, 0) is None
    True
    """
    if index == 0 or cells[index - 1]["cell_type"] != "markdown":
        return None
    found = ALT_TEXT.search(cells[index - 1]["source"])
    return found.group("text") if found else None
