"""Plumbing shared by the widgets: input checks, clock arithmetic and display.

Every widget is a thin :class:`Explorer`: its controls are attributes, each
control change calls ``update()``, which runs the widget's pure functions and
stores the result in ``.state``. Figures are plain matplotlib figures (not
pyplot ones, so none pile up) wrapped in a :class:`FastFigure`: the fixed
parts are drawn once, a slider move redraws only the artists that changed,
and the PNG goes to an ``ipywidgets.Image``. Nothing flickers, and widgets
behave the same in JupyterLab, Notebook and Voila.

Examples
--------
>>> import numpy as np
>>> counts = np.zeros(336); counts[2] = 5  # Monday 01:00-01:29 UTC
>>> int(np.argmax(shift_week(counts, 8)))  # Monday 09:00-09:29 in UTC+8
18
>>> float(office_hours_share(shift_week(counts, 8)))
1.0
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable, Iterable
from contextlib import contextmanager

import ipywidgets
import numpy as np
import pandas as pd
import PIL.Image
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import KitError
from ..validate import require_columns, require_utc

__all__ = [
    "SLOTS_PER_WEEK",
    "DAY_NAMES",
    "Explorer",
    "require_dataset",
    "require_labels",
    "utc_slot_of_week",
    "shift_week",
    "office_hours_share",
    "lunch_dip",
    "hourly",
    "weekday_profile",
    "new_figure",
    "FastFigure",
    "html_escape",
    "html_table",
    "userid_collection",
]

#: Clocks are counted in half-hour slots: 336 per week, Monday 00:00-00:29 first.
SLOTS_PER_WEEK = 336
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_SLOT_OF_DAY = np.arange(SLOTS_PER_WEEK) % 48
_IS_WEEKDAY = np.arange(SLOTS_PER_WEEK) // 48 < 5
#: Weekday office hours, 09:00-17:00 (as in :func:`inauthentic.signals.clock.office_hours_share`).
OFFICE_HOURS = _IS_WEEKDAY & (_SLOT_OF_DAY >= 18) & (_SLOT_OF_DAY < 34)
#: Weekday lunch, 12:00-13:30, and the windows of equal length either side
#: (as in :func:`inauthentic.signals.clock.lunch_dip`).
LUNCH = _IS_WEEKDAY & (_SLOT_OF_DAY >= 24) & (_SLOT_OF_DAY < 27)
AROUND_LUNCH = _IS_WEEKDAY & (((_SLOT_OF_DAY >= 21) & (_SLOT_OF_DAY < 24)) | ((_SLOT_OF_DAY >= 27) & (_SLOT_OF_DAY < 30)))


class Explorer:
    """Base of every widget: notebook display and re-rendering on control changes.

    A subclass builds its controls, sets ``self.widget`` (the box a notebook
    shows), calls :meth:`_watch` on the controls and defines :meth:`update`.

    Examples
    --------
    >>> import ipywidgets
    >>> class Echo(Explorer):
    ...     def __init__(self):
    ...         self.text = ipywidgets.Text("hi")
    ...         self.widget = ipywidgets.VBox([self.text])
    ...         self._watch(self.text)
    ...         self.update()
    ...     def update(self):
    ...         self.state = self.text.value.upper()
    >>> echo = Echo()
    >>> echo.text.value = "hello"
    >>> echo.state
    'HELLO'
    """

    widget: ipywidgets.Widget
    state: object = None

    def update(self) -> None:  # pragma: no cover - every subclass defines it
        """Recompute ``.state`` from the controls and redraw."""
        raise NotImplementedError

    def _watch(self, *controls: ipywidgets.Widget, handler: Callable | None = None) -> None:
        for control in controls:
            control.observe(handler or self._on_change, names="value")

    def _on_change(self, change: dict) -> None:
        if not getattr(self, "_quiet", False):
            self.update()

    @contextmanager
    def _paused(self):
        """Change several controls without an update after each; call update() after."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def require_dataset(data: object, widget: str) -> None:
    """Check that ``data`` is a data set (with ``.accounts`` and ``.posts``).

    Examples
    --------
    >>> import pandas as pd
    >>> require_dataset(pd.DataFrame(), "ClockExplorer")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: ClockExplorer needs a whole data set, such as data = load_dataset('classroom'), not a DataFrame. ...
    """
    if not (hasattr(data, "accounts") and hasattr(data, "posts")):
        raise KitError(
            f"{widget} needs a whole data set, such as data = load_dataset('classroom'), not a "
            f"{type(data).__name__}. Pass data itself, not data.posts or data.accounts."
        )
    require_columns(data.posts, "data.posts", ["userid", "tweet_time"], table="posts")
    require_utc(data.posts["tweet_time"], "data.posts", "tweet_time")
    require_columns(data.accounts, "data.accounts", ["userid"], table="accounts")


def require_labels(labels: object, widget: str, why: str) -> None:
    """Check that an answer key was given, saying why the widget needs it.

    Examples
    --------
    >>> require_labels(None, "SpotTheFakeQuiz", "to know which accounts are coordinated")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: SpotTheFakeQuiz needs the answer key (labels) to know which accounts are coordinated, ...
    """
    if labels is None:
        raise KitError(
            f"{widget} needs the answer key (labels) {why}, but this data set has none. Load one with "
            f"its labels, for example load_dataset('classroom'), or ask your instructor."
        )
    require_columns(labels, "labels", ["userid", "kind", "group"], table="labels")


def userid_collection(userids: object, argument: str) -> np.ndarray:
    """Return a collection of account ids (or a True/False Series) as an int64 array.

    Examples
    --------
    >>> import pandas as pd
    >>> userid_collection(pd.Series([True, False], index=[5, 6]), "userids").tolist()
    [5]
    >>> userid_collection([3, 1, 3], "userids").tolist()
    [1, 3]
    >>> userid_collection(7, "userids")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'userids' should be a collection of account ids ...
    """
    if isinstance(userids, pd.Series) and pd.api.types.is_bool_dtype(userids.dtype):
        userids = userids.index[userids.fillna(False).to_numpy(dtype=bool)]
    elif isinstance(userids, pd.DataFrame) and "userid" in userids.columns:
        userids = userids["userid"]
    if isinstance(userids, (str, bytes, pd.DataFrame)) or not isinstance(userids, Iterable):
        raise KitError(
            f"The argument '{argument}' should be a collection of account ids (a list, set or Series of "
            f"userids, or a True/False Series indexed by userid), not a {type(userids).__name__}."
        )
    numbers = pd.to_numeric(pd.Series(list(userids), dtype=object), errors="coerce")
    if numbers.isna().any():
        bad = list(userids)[int(np.flatnonzero(numbers.isna().to_numpy())[0])]
        raise KitError(f"The argument '{argument}' holds {bad!r}, which is not an account id (a whole number).")
    return np.unique(numbers.to_numpy(dtype=np.int64))


# --------------------------------------------------------------------------
# Clock arithmetic on 168-hour weekly counts
# --------------------------------------------------------------------------


def utc_slot_of_week(times: pd.Series) -> np.ndarray:
    """Return each time's UTC half-hour slot of the week (Monday 00:00-00:29 = 0) as an int array.

    Examples
    --------
    >>> import pandas as pd
    >>> utc_slot_of_week(pd.Series(pd.to_datetime(["2026-09-07 09:45", "2026-09-13 23:59"], utc=True))).tolist()
    [19, 335]
    """
    utc = times.dt.tz_convert("UTC")
    slot_of_day = utc.dt.hour.to_numpy() * 2 + utc.dt.minute.to_numpy() // 30
    return (utc.dt.day_of_week.to_numpy() * 48 + slot_of_day).astype(np.int64)


def shift_week(utc_counts: np.ndarray, offset_hours: float) -> np.ndarray:
    """Re-read half-hourly weekly counts made in UTC as local time at ``offset_hours``.

    Parameters
    ----------
    utc_counts : array of 336 numbers (or shape ``(..., 336)``)
        Posts per half-hour of the week in UTC.
    offset_hours : int or float
        The local time zone's offset from UTC, in whole or half hours (8 for UTC+8).

    Examples
    --------
    >>> import numpy as np
    >>> counts = np.zeros(336); counts[335] = 1  # Sunday 23:30 UTC
    >>> int(np.argmax(shift_week(counts, 8)))  # Monday 07:30 in UTC+8
    15
    """
    return np.roll(np.asarray(utc_counts), int(round(offset_hours * 2)), axis=-1)


def office_hours_share(local_counts: np.ndarray) -> float:
    """Share of the posts made on weekdays between 09:00 and 17:00 (0 if none).

    Examples
    --------
    >>> import numpy as np
    >>> round(office_hours_share(np.ones(336)), 3)  # 40 of 168 hours
    0.238
    """
    local_counts = np.asarray(local_counts, dtype=float)
    total = local_counts.sum()
    return float(local_counts[OFFICE_HOURS].sum() / total) if total else 0.0


def lunch_dip(local_counts: np.ndarray) -> float:
    """How much quieter weekday lunch (12:00-13:30) is than the 90 minutes either side.

    ``(around - lunch) / (around + lunch)`` with both as rates, as in
    :func:`inauthentic.signals.clock.lunch_dip`: 1 is silent at lunch, 0 no
    change, negative busier at lunch; NaN without posts in those windows.

    Examples
    --------
    >>> import numpy as np
    >>> counts = np.ones(336); counts[LUNCH] = 0
    >>> lunch_dip(counts), lunch_dip(np.ones(336))
    (1.0, 0.0)
    """
    local_counts = np.asarray(local_counts, dtype=float)
    lunch, around = local_counts[LUNCH].sum(), local_counts[AROUND_LUNCH].sum() / 2
    return float((around - lunch) / (around + lunch)) if around + lunch else float("nan")


def hourly(local_counts: np.ndarray) -> np.ndarray:
    """Turn 336 half-hourly counts into a 7 x 24 table (days x hours).

    Examples
    --------
    >>> import numpy as np
    >>> hourly(np.ones(336)).shape, float(hourly(np.ones(336))[0, 0])
    ((7, 24), 2.0)
    """
    return np.asarray(local_counts).reshape(7, 24, 2).sum(axis=2)


def weekday_profile(local_counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the average posts per hour of the day on weekdays and on weekends.

    Examples
    --------
    >>> import numpy as np
    >>> weekdays, weekend = weekday_profile(np.ones(336))
    >>> weekdays[:2].tolist(), weekend[:2].tolist()
    ([2.0, 2.0], [2.0, 2.0])
    """
    by_day = hourly(local_counts).astype(float)
    return by_day[:5].mean(axis=0), by_day[5:].mean(axis=0)


# --------------------------------------------------------------------------
# Figures and HTML
# --------------------------------------------------------------------------


def new_figure(width: float, height: float, dpi: int = 80) -> Figure:
    """Return a matplotlib Figure that pyplot does not track (so none pile up).

    Examples
    --------
    >>> new_figure(4, 2).get_size_inches().tolist()
    [4.0, 2.0]
    """
    return Figure(figsize=(width, height), dpi=dpi)


class FastFigure:
    """A figure whose fixed parts are drawn once; each :meth:`png` redraws only what changes.

    The *dynamic* artists (an image's data, a line, a title...) are marked
    animated, so the first render draws everything else and keeps it as a
    background; later renders paste the background back and draw just the
    dynamic artists on it (matplotlib's "blitting"). Axis limits, ticks and
    labels must therefore stay fixed; change only the dynamic artists.

    Examples
    --------
    >>> figure = new_figure(2, 1)
    >>> ax = figure.add_subplot()
    >>> (line,) = ax.plot([0, 1], [0, 1])
    >>> fast = FastFigure(figure, [line])
    >>> line.set_ydata([1, 0])
    >>> fast.png()[:4]
    b'\\x89PNG'
    """

    def __init__(self, figure: Figure, dynamic: Iterable[Artist]):
        self.figure = figure
        self.canvas = FigureCanvasAgg(figure)
        self.dynamic = list(dynamic)
        for artist in self.dynamic:
            artist.set_animated(True)
        self._background = None

    def png(self) -> bytes:
        """Draw the dynamic artists on the cached background and return PNG bytes."""
        if self._background is None:
            self.canvas.draw()
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        else:
            self.canvas.restore_region(self._background)
        for artist in self.dynamic:
            self.figure.draw_artist(artist)
        buffer = io.BytesIO()
        PIL.Image.fromarray(np.asarray(self.canvas.buffer_rgba())).save(buffer, format="png", compress_level=1)
        return buffer.getvalue()


def html_escape(text: object) -> str:
    """Escape text for HTML widgets.

    Examples
    --------
    >>> html_escape("<b>&")
    '&lt;b&gt;&amp;'
    """
    return html.escape(str(text), quote=True)


def html_table(rows: Iterable[Iterable[object]], header: Iterable[str] | None = None, escape: bool = True) -> str:
    """Return a small HTML table.

    Examples
    --------
    >>> html_table([[1, "a"]], header=["n", "x"])
    '<table class="inauthentic"><tr><th>n</th><th>x</th></tr><tr><td>1</td><td>a</td></tr></table>'
    """
    cell = html_escape if escape else str
    head = "<tr>" + "".join(f"<th>{cell(name)}</th>" for name in header) + "</tr>" if header else ""
    body = "".join("<tr>" + "".join(f"<td>{cell(value)}</td>" for value in row) + "</tr>" for row in rows)
    return f'<table class="inauthentic">{head}{body}</table>'
