"""ClockExplorer: slide the time zone and watch a group's week line up with an office.

The posts' half-hour of the week is computed once, in UTC, and counted per
group; moving the offset slider only rotates a 336-number array, so every
update costs the same whatever the size of the data set. The shares match
:func:`inauthentic.signals.clock.office_hours_fit_by_offset` for the same
accounts and offset.

Examples
--------
>>> from inauthentic import load_dataset
>>> explorer = ClockExplorer(load_dataset("tiny"))
>>> explorer.group.value = "campaign_a"
>>> explorer.offset.value = 8
>>> explorer.state.offset, explorer.state.office_hours_share > 0.5
(8, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import ipywidgets
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.patches import Rectangle

from ..errors import KitError
from ..evaluate import GROUP_NOUNS
from ..groups import colour_of
from ..timezones import describe_timezone
from ._common import (
    DAY_NAMES,
    SLOTS_PER_WEEK,
    Explorer,
    FastFigure,
    hourly,
    html_escape,
    image_widget,
    lunch_dip,
    new_figure,
    offset_hours,
    office_hours_share,
    require_dataset,
    shift_week,
    userid_array,
    utc_slot_of_week,
    weekday_profile,
    within_range,
)

__all__ = ["ClockExplorer", "ClockReading", "ClockState", "ClockGroup", "read_clock", "describe_clock", "clock_groups",
           "weekly_counts"]

#: Share of a week's hours that are weekday office hours (40 of 168).
UNIFORM_OFFICE_SHARE = 40 / 168
_ALL = "all"
_BOX = "#D55E00"


@dataclass
class ClockReading:
    """A group's week read at one UTC offset.

    Attributes
    ----------
    offset : int
        Hours ahead of UTC.
    local_counts : ndarray of 336 ints
        Posts per local half-hour of the week, Monday 00:00-00:29 first.
    office_hours_share : float
        Share of the posts made on weekdays 09:00-17:00.
    lunch_dip : float
        How much quieter weekday lunch (12:00-13:30) is than the 90 minutes
        either side: 1 silent at lunch, 0 no change (NaN without posts then).
    busiest_hour : str
        The local hour of the week with most posts, e.g. ``'Tue 10:00'``.

    Examples
    --------
    >>> import numpy as np
    >>> read_clock(np.ones(336, dtype=int), 0).posts
    336
    """

    offset: int
    local_counts: np.ndarray = field(repr=False)
    office_hours_share: float
    lunch_dip: float
    busiest_hour: str

    @property
    def posts(self) -> int:
        """Number of posts counted."""
        return int(self.local_counts.sum())


@dataclass
class ClockState(ClockReading):
    """What a :class:`ClockExplorer` shows: a :class:`ClockReading` plus the group.

    Examples
    --------
    >>> import numpy as np
    >>> state = ClockState(**vars(read_clock(np.ones(336, dtype=int), 8)), group="all", group_label="all accounts")
    >>> state.group, round(state.office_hours_share, 3)
    ('all', 0.238)
    """

    group: str = ""
    group_label: str = ""
    accounts: int = 0
    summary: str = ""


def weekly_counts(posts: pd.DataFrame, userids: object = None) -> np.ndarray:
    """Count posts per UTC half-hour of the week (336 numbers, Monday 00:00-00:29 first).

    Parameters
    ----------
    posts : DataFrame
        The posts table (``userid``, ``tweet_time``).
    userids : collection of ids, optional
        Count only these accounts' posts.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> data = load_dataset("tiny")
    >>> counts = weekly_counts(data.posts)
    >>> counts.shape, int(counts.sum()) == len(data.posts)
    ((336,), True)
    """
    slots = utc_slot_of_week(posts["tweet_time"])
    if userids is not None:
        slots = slots[posts["userid"].isin(userid_array(userids, "userids")).to_numpy()]
    return np.bincount(slots, minlength=SLOTS_PER_WEEK)


def read_clock(utc_counts: np.ndarray, offset: int) -> ClockReading:
    """Read weekly UTC counts in the time zone ``offset`` hours ahead of UTC.

    Examples
    --------
    >>> import numpy as np
    >>> counts = np.zeros(336, dtype=int); counts[4] = 10  # Monday 02:00 UTC
    >>> reading = read_clock(counts, 8)
    >>> reading.busiest_hour, reading.office_hours_share
    ('Mon 10:00', 1.0)
    """
    if not -12 <= offset <= 14:
        raise KitError(f"The offset {offset} is outside the world's time zones, which run from UTC-12 to UTC+14.")
    local = shift_week(utc_counts, offset)
    busiest = int(np.argmax(hourly(local)))
    return ClockReading(
        offset=int(offset),
        local_counts=local,
        office_hours_share=office_hours_share(local),
        lunch_dip=lunch_dip(local),
        busiest_hour=f"{DAY_NAMES[busiest // 24]} {busiest % 24:02d}:00",
    )


def describe_clock(reading: ClockReading, group_label: str = "these accounts") -> str:
    """Say in a sentence or two what a clock reading shows.

    Examples
    --------
    >>> import numpy as np
    >>> counts = np.zeros(336, dtype=int); counts[[2, 4, 5, 6, 7, 12]] = 10
    >>> print(describe_clock(read_clock(counts, 8), "campaign A accounts"))
    Read in UTC+08:00, 100% of the posts of campaign A accounts fall on weekdays 09:00-17:00 (24% if posting were spread evenly over the week). Busiest hour: Mon 10:00. Lunch dip 1.00: weekdays 12:00-13:30 are much quieter than the 90 minutes either side.
    """
    if reading.posts == 0:
        return f"There are no posts by {group_label}."
    zone = describe_timezone(reading.offset)
    text = (
        f"Read in {zone}, {reading.office_hours_share:.0%} of the posts of {group_label} fall on weekdays "
        f"09:00-17:00 ({UNIFORM_OFFICE_SHARE:.0%} if posting were spread evenly over the week). "
        f"Busiest hour: {reading.busiest_hour}."
    )
    dip = reading.lunch_dip
    if np.isnan(dip):
        return text
    if dip >= 0.3:
        return text + f" Lunch dip {dip:.2f}: weekdays 12:00-13:30 are much quieter than the 90 minutes either side."
    if dip <= -0.3:
        return text + f" Lunch dip {dip:.2f}: busier over lunch than around it, as people posting on their break are."
    return text + f" Lunch dip {dip:.2f}: lunch is about as busy as the 90 minutes either side."


def _plural(group: str) -> str:
    return GROUP_NOUNS.get(group, (group, group.replace("_", " ") + " accounts"))[1]


def _group_rank(group: str, kind: str) -> tuple[int, int]:
    """Campaigns first, then genuine groups, then spam; the kit's usual order within each."""
    known = list(GROUP_NOUNS)
    return ({"campaign": 0, "genuine": 1}.get(kind, 2), known.index(group) if group in known else len(known))


@dataclass(frozen=True)
class ClockGroup:
    """One choice of the group picker: who, and whether the answer key says so.

    Examples
    --------
    >>> import numpy as np
    >>> ClockGroup("night-shift workers", np.arange(70), from_answer_key=True).label
    'night-shift workers (70, from the answer key)'
    """

    noun: str
    userids: np.ndarray = field(repr=False)
    from_answer_key: bool = False

    @property
    def label(self) -> str:
        """The text shown in the picker."""
        source = ", from the answer key" if self.from_answer_key else ""
        return f"{self.noun} ({len(self.userids):,}{source})"


def clock_groups(data, userids: object = None, show_labels: bool = True) -> dict[str, ClockGroup]:
    """Return the groups a ClockExplorer offers, by key.

    ``"all"`` is every account; ``userids`` adds the learner's own selection
    (a collection, or a dict of name to collection); ``show_labels`` adds one
    group per answer-key group (campaigns first) when the data set has labels.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> groups = clock_groups(load_dataset("tiny"), userids={"my picks": [1, 2]})
    >>> list(groups)[:2], groups["my picks"].label
    (['all', 'my picks'], 'my picks (2)')
    """
    groups = {_ALL: ClockGroup("all accounts", data.accounts["userid"].to_numpy())}
    chosen = userids if isinstance(userids, Mapping) else {} if userids is None else {"accounts you flagged": userids}
    for name, members in chosen.items():
        groups[str(name)] = ClockGroup(str(name), userid_array(members, "userids"))
    if show_labels and getattr(data, "labels", None) is not None:
        labels = data.labels
        group_names = labels["group"].astype(str)
        kind_of_group = labels["kind"].astype(str).groupby(group_names.to_numpy()).first()
        for name in sorted(kind_of_group.index, key=lambda group: _group_rank(group, kind_of_group[group])):
            groups[name] = ClockGroup(_plural(name), labels.loc[group_names == name, "userid"].to_numpy(), True)
    return groups


class ClockExplorer(Explorer):
    """Slide a time-zone offset and see when a group of accounts posts.

    Parameters
    ----------
    data : Dataset
        From :func:`inauthentic.load_dataset`.
    userids : collection of ids, or dict of name to collection, optional
        Accounts the learner picked (e.g. the ones their detector flagged);
        shown first.
    show_labels : bool, default True
        Offer the answer key's groups (campaign A, night-shift workers...)
        when the data set has labels.
    offset : int or str, default 0
        Starting offset from UTC: hours (``8``) or a fixed offset as text
        (``"UTC+8"``, read by :func:`inauthentic.timezones.parse_timezone`).
        Half hours are rounded and a value outside -12 to +14 is moved to the
        nearest end; the widget says so.

    Attributes
    ----------
    offset : ipywidgets.IntSlider
        Hours ahead of UTC, -12 to +14.
    group : ipywidgets.Dropdown
        Which accounts to show (values are keys of ``groups``: ``"all"``,
        the names given in ``userids``, answer-key groups such as ``"campaign_a"``).
    groups : dict of str to ClockGroup
        The choices, from :func:`clock_groups`.
    state : ClockState
        The latest reading: ``office_hours_share``, ``lunch_dip``,
        ``local_counts``, ``summary``...
    widget : ipywidgets.VBox
        What the notebook shows.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> explorer = ClockExplorer(load_dataset("tiny"), offset=-5)
    >>> explorer.state.group, explorer.state.offset
    ('all', -5)
    >>> explorer.offset.value = 3
    >>> explorer.state.offset
    3
    """

    def __init__(self, data, userids: object = None, show_labels: bool = True, offset: object = 0):
        require_dataset(data, "ClockExplorer")
        hours = offset_hours(offset, "offset")
        notes = []
        if hours != round(hours):
            notes.append(f"ClockExplorer: the slider moves in whole hours, so offset={offset!r} was rounded to {round(hours):+d}.")
        start, note = within_range(int(round(hours)), -12, 14, "offset", "ClockExplorer")
        notes += [note] if note else []
        self.notes = notes
        self.groups = clock_groups(data, userids, show_labels)
        slots = utc_slot_of_week(data.posts["tweet_time"])
        authors = data.posts["userid"].to_numpy()
        self._utc_counts = {
            key: np.bincount(slots if key == _ALL else slots[np.isin(authors, group.userids)], minlength=SLOTS_PER_WEEK)
            for key, group in self.groups.items()
        }
        first = next((key for key in self.groups if key != _ALL), _ALL) if userids is not None else _ALL
        self.offset = ipywidgets.IntSlider(
            value=start, min=-12, max=14, step=1, description="UTC offset", readout_format="+d",
            continuous_update=True, layout=ipywidgets.Layout(width="420px"),
        )
        self.group = ipywidgets.Dropdown(
            options=[(group.label, key) for key, group in self.groups.items()], value=first,
            description="Accounts", layout=ipywidgets.Layout(width="420px"),
        )
        self.summary = ipywidgets.HTML(layout=ipywidgets.Layout(max_width="720px"))
        self.message = ipywidgets.HTML("".join(f"<p style='color:#b00'>{html_escape(note)}</p>" for note in notes))
        self._figure, self._artists = self._build_figure()
        self.image = image_widget(self._figure)
        controls = ipywidgets.HBox([self.group, self.offset], layout=ipywidgets.Layout(flex_flow="row wrap"))
        self.caption = ipywidgets.HTML()
        self.widget = ipywidgets.VBox([controls, self.message, self.summary, self.caption, self.image])
        self._watch(self.offset, self.group)
        self.update()

    def update(self) -> None:
        """Recompute ``.state`` for the current offset and group, and redraw."""
        key = self.group.value
        group = self.groups[key]
        reading = read_clock(self._utc_counts[key], self.offset.value)
        self.state = ClockState(
            **vars(reading), group=key, group_label=group.noun, accounts=len(group.userids),
            summary=describe_clock(reading, group.noun),
        )
        self.summary.value = f"<p>{html_escape(self.state.summary)}</p>"
        self._draw()

    def _build_figure(self):
        figure = new_figure(9, 4.2)
        heat_ax = figure.add_axes([0.07, 0.42, 0.80, 0.50])
        scale_ax = figure.add_axes([0.885, 0.42, 0.018, 0.50])
        line_ax = figure.add_axes([0.07, 0.08, 0.80, 0.23])
        hour_ticks = (range(0, 25, 3), [f"{hour:02d}:00" for hour in range(0, 25, 3)])
        colours = sns.color_palette("mako_r", as_cmap=True)
        # A mesh of 7 x 24 cells redraws in a few milliseconds (an image would be resampled each time).
        image = heat_ax.pcolormesh(np.arange(25), np.arange(8), np.zeros((7, 24)), cmap=colours, vmin=0, vmax=1)
        heat_ax.set_ylim(7, 0)  # Monday at the top
        scale = figure.colorbar(image, cax=scale_ax, ticks=[0, 0.5, 1])
        scale.set_label("posts\n(busiest hour = 1)", fontsize="small")
        scale_ax.tick_params(labelsize="small")
        heat_ax.set_yticks(np.arange(7) + 0.5, DAY_NAMES)
        heat_ax.set_xticks(*hour_ticks)
        office = heat_ax.add_patch(Rectangle((9, 0), 8, 5, fill=False, edgecolor=_BOX, linewidth=2))
        lunch = heat_ax.add_patch(Rectangle((12, 0), 1.5, 5, fill=False, edgecolor=_BOX, linewidth=1.2, linestyle=":"))
        heat_ax.set_title("box: weekdays 09:00-17:00; dotted: lunch 12:00-13:30", fontsize="medium", loc="left")
        hours = np.arange(24) + 0.5
        (weekdays,) = line_ax.plot(hours, np.zeros(24), color=colour_of("genuine"), label="weekdays")
        (weekend,) = line_ax.plot(hours, np.zeros(24), color="#000000", linestyle="--", label="weekend")
        line_ax.axvspan(9, 17, color=_BOX, alpha=0.08)
        line_ax.axvspan(12, 13.5, color=_BOX, alpha=0.15, hatch="//", fill=False)
        line_ax.set_xlim(0, 24)
        line_ax.set_ylim(0, 1.05)
        line_ax.set_xticks(*hour_ticks)
        line_ax.set_ylabel("activity\n(busiest = 1)", fontsize="small")
        line_ax.legend(loc="upper left", bbox_to_anchor=(1.005, 1.05), fontsize="small", frameon=False)  # beside, not on, the lines
        artists = {"image": image, "weekdays": weekdays, "weekend": weekend}
        return FastFigure(figure, [*artists.values(), office, lunch]), artists  # boxes drawn over the image

    def _draw(self) -> None:
        counts = self.state.local_counts
        by_hour = hourly(counts)
        artists = self._artists
        artists["image"].set_array((by_hour / max(by_hour.max(), 1)).ravel())
        weekdays, weekend = weekday_profile(counts)
        busiest = max(weekdays.max(), weekend.max(), 1e-9)
        artists["weekdays"].set_ydata(weekdays / busiest)
        artists["weekend"].set_ydata(weekend / busiest)
        self.caption.value = (f"<b>{html_escape(self.state.group_label)}: posts by local hour in "
                              f"{describe_timezone(self.state.offset)}</b>")  # text in HTML: instant to change
        self.image.value = self._figure.png()
