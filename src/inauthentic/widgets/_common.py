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
import struct
import zlib
from collections.abc import Callable, Iterable
from contextlib import contextmanager

import ipywidgets
import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..errors import KitError
from ..signals._common import clock_minutes, userid_array
from ..signals.clock import LUNCH_HOURS
from ..signals.clock import OFFICE_HOURS as OFFICE_WINDOW
from ..timezones import parse_timezone
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
    "png_bytes",
    "html_escape",
    "html_table",
    "userid_array",
    "image_widget",
    "within_range",
    "offset_hours",
    "OFFICE_HOURS",
    "LUNCH",
    "AROUND_LUNCH",
]

#: Clocks are counted in half-hour slots: 336 per week, Monday 00:00-00:29 first.
SLOTS_PER_WEEK = 336
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

_SLOT_OF_DAY = np.arange(SLOTS_PER_WEEK) % 48
_IS_WEEKDAY = np.arange(SLOTS_PER_WEEK) // 48 < 5


def _slots(window: tuple[str, str]) -> tuple[int, int]:
    """A clock window (``"09:00"``, ``"17:00"``) as half-hour slots of the day."""
    start, end = (clock_minutes(text, "window") for text in window)
    if start % 30 or end % 30:
        raise KitError(f"The widgets count in half hours, so the window {window} must start and end on :00 or :30.")
    return start // 30, end // 30


def _weekday_window(start: int, end: int) -> np.ndarray:
    return _IS_WEEKDAY & (_SLOT_OF_DAY >= start) & (_SLOT_OF_DAY < end)


_OFFICE_START, _OFFICE_END = _slots(OFFICE_WINDOW)
_LUNCH_START, _LUNCH_END = _slots(LUNCH_HOURS)
_LUNCH_LENGTH = _LUNCH_END - _LUNCH_START
#: Weekday office hours, the window of :data:`inauthentic.signals.clock.OFFICE_HOURS` (09:00-17:00).
OFFICE_HOURS = _weekday_window(_OFFICE_START, _OFFICE_END)
#: Weekday lunch, :data:`inauthentic.signals.clock.LUNCH_HOURS` (12:00-13:30), and the windows
#: of equal length either side, as :func:`inauthentic.signals.clock.lunch_dip` compares them.
LUNCH = _weekday_window(_LUNCH_START, _LUNCH_END)
AROUND_LUNCH = (_weekday_window(_LUNCH_START - _LUNCH_LENGTH, _LUNCH_START)
                | _weekday_window(_LUNCH_END, _LUNCH_END + _LUNCH_LENGTH))


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


#: Widget figures are laid out at this many CSS pixels per inch...
SCREEN_DPI = 80
#: ... and drawn with this many image pixels per CSS pixel, so they stay crisp on high-density screens.
PIXEL_DENSITY = 2


def new_figure(width: float, height: float) -> Figure:
    """Return a matplotlib Figure that pyplot does not track (so none pile up).

    It is ``width`` x ``height`` inches, shown at :data:`SCREEN_DPI` CSS
    pixels per inch and drawn at :data:`PIXEL_DENSITY` times that.

    Examples
    --------
    >>> figure = new_figure(4, 2)
    >>> figure.get_size_inches().tolist(), display_size(figure)
    ([4.0, 2.0], (320, 160))
    """
    return Figure(figsize=(width, height), dpi=SCREEN_DPI * PIXEL_DENSITY)


def display_size(figure) -> tuple[int, int]:
    """The size (CSS pixels, width and height) a widget shows ``figure`` at.

    Examples
    --------
    >>> display_size(FastFigure(new_figure(6, 2.4), []))
    (480, 192)
    """
    figure = getattr(figure, "figure", figure)
    width, height = figure.get_size_inches() * SCREEN_DPI
    return int(round(width)), int(round(height))


def image_widget(figure, value: bytes | None = None) -> ipywidgets.Image:
    """An ``ipywidgets.Image`` that shows ``figure`` at the size it was drawn for, never stretched.

    Its width is fixed (:func:`display_size`) and its height follows the
    picture's own proportions; in a narrower column it shrinks, keeping them.

    Examples
    --------
    >>> image = image_widget(new_figure(6, 2.4))
    >>> image.layout.width, image.layout.height, image.layout.max_width
    ('480px', 'auto', '100%')
    """
    width, _ = display_size(figure)
    layout = ipywidgets.Layout(width=f"{width}px", height="auto", max_width="100%", flex="0 0 auto",
                               object_fit="contain", align_self="flex-start")
    return ipywidgets.Image(value=value or b"", format="png", layout=layout)


def within_range(value: float, low: float, high: float, argument: str, widget: str) -> tuple[float, str]:
    """Keep a starting value inside a control's range, and say so when it had to move.

    Returns the value to use and a sentence for the learner (``""`` if the
    value was fine).

    Examples
    --------
    >>> within_range(20, -12, 14, "offset", "ClockExplorer")
    (14, "ClockExplorer: offset=20 is outside the slider's range (-12 to 14), so it was set to 14.")
    >>> within_range(3, 1, 20, "min_weight", "CoordinationExplorer")
    (3, '')
    """
    if low <= value <= high:
        return value, ""
    kept = low if value < low else high
    return kept, f"{widget}: {argument}={value!r} is outside the slider's range ({low} to {high}), so it was set to {kept}."


def offset_hours(offset: object, argument: str = "offset") -> float:
    """Read a fixed UTC offset given as hours (``8``) or text (``"UTC+8"``, ``"GMT-5"``), in hours.

    A number is returned as it is (the widget checks its range). Text is read by :func:`inauthentic.timezones.parse_timezone`, as
    everywhere in the kit. A named zone with daylight saving has no single
    offset, so it is refused with a sentence.

    Examples
    --------
    >>> offset_hours("UTC+8"), offset_hours(-5), offset_hours("UTC+5:30")
    (8.0, -5.0, 5.5)
    >>> offset_hours("America/New_York")
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The argument 'offset' should be a fixed offset such as 8 or 'UTC+8'; ...
    """
    if isinstance(offset, (int, float, np.integer, np.floating)) and not isinstance(offset, bool):
        return float(offset)  # a number is hours already; its range is the slider's to check
    zone = parse_timezone(offset, argument)
    name = getattr(zone, "key", None)
    if name is not None and name not in ("UTC", "Etc/UTC"):
        raise KitError(
            f"The argument '{argument}' should be a fixed offset such as 8 or 'UTC+8'; {name!r} changes its offset "
            f"with daylight saving. Use its winter offset (for example -5 for America/New_York)."
        )
    return zone.utcoffset(None).total_seconds() / 3600 if name is None else 0.0


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
        return png_bytes(np.asarray(self.canvas.buffer_rgba())[..., :3])


def png_bytes(rgb: np.ndarray) -> bytes:
    """Encode an RGB picture (height x width x 3 bytes) as PNG, fast.

    Each row is stored as its differences from the pixel to the left (PNG's
    "Sub" filter, which flat areas of a figure turn into long runs of zeros)
    and deflated at the fastest level: about twice as fast as Pillow's
    adaptive filters for a slider's picture, and barely larger.

    Examples
    --------
    >>> import io, numpy as np, PIL.Image
    >>> picture = np.random.default_rng(0).integers(0, 256, (5, 7, 3), dtype=np.uint8)
    >>> np.array_equal(np.asarray(PIL.Image.open(io.BytesIO(png_bytes(picture)))), picture)
    True
    """
    height, width, _ = rgb.shape
    flat = np.ascontiguousarray(rgb, dtype=np.uint8).reshape(height, width * 3)
    rows = np.empty((height, width * 3 + 1), dtype=np.uint8)
    rows[:, 0] = 1  # filter type Sub
    rows[:, 1:4] = flat[:, :3]
    np.subtract(flat[:, 3:], flat[:, :-3], out=rows[:, 4:])  # wraps modulo 256, as PNG wants

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlace
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows.tobytes(), 1))
            + chunk(b"IEND", b""))


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
