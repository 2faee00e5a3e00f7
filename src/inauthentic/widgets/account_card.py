"""AccountCard: look one account up and read its profile, posts and clock.

The card never shows the answer key unless an instructor asks for it with
``show_label=True``: learners judge an account from what a platform user
could see.

Examples
--------
>>> from inauthentic import load_dataset
>>> data = load_dataset("tiny")
>>> card = AccountCard(data)
>>> handle = data.accounts["user_screen_name"].iloc[3]
>>> card.search.value = handle
>>> card.state.profile["handle"] == "@" + handle
True
>>> card.state.label is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ipywidgets
import numpy as np
import pandas as pd
import seaborn as sns

from ..errors import KitError
from ..schema import DEFAULT_AVATAR_HASH
from ..timezones import describe_timezone, hour_of_week, parse_timezone
from ..validate import require_columns
from ._common import DAY_NAMES, Explorer, FastFigure, html_escape, image_widget, new_figure, require_dataset

__all__ = [
    "AccountCard",
    "CardState",
    "search_accounts",
    "account_profile",
    "sample_posts",
    "account_clock",
    "profile_html",
    "posts_html",
    "draw_clock",
    "show_clock",
    "clock_title",
    "TIMEZONE_CHOICES",
]

#: Time zones offered in the card's time-zone box (any other name or offset can be typed).
TIMEZONE_CHOICES = [
    "UTC",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "Europe/London",
    "Asia/Shanghai",
    "UTC+8",
    "UTC-5",
]

_PROFILE_COLUMNS = [
    "userid",
    "user_display_name",
    "user_screen_name",
    "user_reported_location",
    "user_profile_description",
    "follower_count",
    "following_count",
    "account_creation_date",
    "account_language",
    "profile_image_hash",
]


@dataclass
class CardState:
    """What an :class:`AccountCard` shows.

    Attributes
    ----------
    userid : int or None
        The account on the card (None when the search matches nothing).
    profile : dict
        From :func:`account_profile`.
    posts : DataFrame
        The sample of posts, from :func:`sample_posts`.
    clock : ndarray, shape (7, 24)
        Posts per day of the week and hour, in ``tz``.
    tz : str
        The time zone the clock and post times are read in.
    matches : int
        How many accounts the search matched.
    label : dict or None
        ``kind``, ``group`` and ``role`` from the answer key, only with
        ``show_label=True``.
    error : str
        A message for the learner (e.g. an unknown time zone), or ``""``.

    Examples
    --------
    >>> CardState().clock.shape, CardState().label is None
    ((7, 24), True)
    """

    userid: int | None = None
    profile: dict = field(default_factory=dict)
    posts: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    clock: np.ndarray = field(default_factory=lambda: np.zeros((7, 24), dtype=int), repr=False)
    tz: str = "UTC"
    matches: int = 0
    label: dict | None = None
    error: str = ""


def search_accounts(accounts: pd.DataFrame, query: str, limit: int = 50) -> pd.DataFrame:
    """Find accounts whose handle or display name contains ``query`` (case ignored).

    A leading ``@`` is ignored and a number also matches the userid. Exact
    handles come first, then handles that start with the query, then the rest,
    each alphabetically by handle.

    Parameters
    ----------
    accounts : DataFrame
        The accounts table.
    query : str
        What the learner typed; empty matches everyone.
    limit : int, default 50
        Return at most this many accounts.

    Returns
    -------
    DataFrame
        ``userid, user_screen_name, user_display_name`` of the matches.

    Examples
    --------
    >>> import pandas as pd
    >>> accounts = pd.DataFrame({"userid": [1, 2, 3], "user_screen_name": ["mary_k", "kmary", "bob"],
    ...                          "user_display_name": ["Mary K", "K. Mary", "Bob"]})
    >>> search_accounts(accounts, "@Mary")["user_screen_name"].tolist()
    ['mary_k', 'kmary']
    >>> search_accounts(accounts, "3")["user_screen_name"].tolist()
    ['bob']
    """
    require_columns(accounts, "accounts", ["userid", "user_screen_name", "user_display_name"], table="accounts")
    text = str(query).strip().lstrip("@").lower()
    handles = accounts["user_screen_name"].astype(str).str.lower()
    names = accounts["user_display_name"].astype(str).str.lower()
    found = handles.str.contains(text, regex=False) | names.str.contains(text, regex=False)
    if text.isdigit():
        found |= accounts["userid"] == int(text)
    rank = np.where(handles == text, 0, np.where(handles.str.startswith(text), 1, 2))
    matches = accounts.assign(_rank=rank, _handle=handles)[found.to_numpy()]
    matches = matches.sort_values(["_rank", "_handle"], kind="stable").head(limit)
    return matches[["userid", "user_screen_name", "user_display_name"]].reset_index(drop=True)


def account_profile(accounts: pd.DataFrame, userid: int) -> dict:
    """Return what an account's profile page shows, as plain values.

    Besides the profile columns it says whether the picture is the default
    one and how many other accounts use the very same picture.

    Raises
    ------
    KitError
        If no account has this userid.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> accounts = load_dataset("tiny").accounts
    >>> profile = account_profile(accounts, accounts["userid"].iloc[0])
    >>> profile["handle"] == "@" + accounts["user_screen_name"].iloc[0], sorted(profile)[:3]
    (True, ['bio', 'created', 'default_picture'])
    """
    require_columns(accounts, "accounts", _PROFILE_COLUMNS, table="accounts")
    rows = accounts[accounts["userid"] == userid]
    if rows.empty:
        raise KitError(f"There is no account with userid {userid!r} in this data set; search by handle instead.")
    row = rows.iloc[0]
    picture = str(row["profile_image_hash"])
    same_picture = int((accounts["profile_image_hash"] == picture).sum()) - 1
    return {
        "userid": int(row["userid"]),
        "handle": "@" + str(row["user_screen_name"]),
        "name": str(row["user_display_name"]),
        "bio": str(row["user_profile_description"]),
        "location": str(row["user_reported_location"]),
        "followers": int(row["follower_count"]),
        "following": int(row["following_count"]),
        "created": row["account_creation_date"].strftime("%Y-%m-%d"),
        "language": str(row["account_language"]),
        "picture": picture,
        "default_picture": picture == DEFAULT_AVATAR_HASH,
        "same_picture_accounts": same_picture,
    }


def sample_posts(account_posts: pd.DataFrame, n: int = 5, seed: int = 0, tz: object = "UTC") -> pd.DataFrame:
    """Pick ``n`` of one account's posts at random (seeded), oldest first.

    Parameters
    ----------
    account_posts : DataFrame
        The posts of one account (``tweet_time``, ``tweet_text``...).
    n : int, default 5
        How many posts to show.
    seed : int, default 0
        The same seed always picks the same posts.
    tz : str or number, default ``"UTC"``
        The time zone the times are shown in.

    Returns
    -------
    DataFrame
        ``time`` (text, local), ``text``, ``language``, ``app``.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> posts = load_dataset("tiny").posts
    >>> mine = posts[posts["userid"] == posts["userid"].iloc[0]]
    >>> sample = sample_posts(mine, n=2, seed=1)
    >>> list(sample.columns), len(sample) == min(2, len(mine))
    (['time', 'text', 'language', 'app'], True)
    >>> sample.equals(sample_posts(mine, n=2, seed=1))
    True
    """
    chosen = np.random.default_rng(seed).permutation(len(account_posts))[:n]
    picked = account_posts.iloc[np.sort(chosen)].sort_values("tweet_time", kind="stable")
    local = picked["tweet_time"].dt.tz_convert(parse_timezone(tz, "tz"))
    return pd.DataFrame(
        {
            "time": local.dt.strftime("%a %Y-%m-%d %H:%M").to_numpy(),
            "text": picked["tweet_text"].astype(str).to_numpy(),
            "language": picked["tweet_language"].astype(str).to_numpy(),
            "app": picked["tweet_client_name"].astype(str).to_numpy(),
        }
    )


def account_clock(account_posts: pd.DataFrame, tz: object = "UTC") -> np.ndarray:
    """Count one account's posts by day of the week (rows, Monday first) and hour, in ``tz``.

    Examples
    --------
    >>> import pandas as pd
    >>> posts = pd.DataFrame({"tweet_time": pd.to_datetime(["2026-09-07 01:30"], utc=True)})  # Monday
    >>> clock = account_clock(posts, "UTC+8")
    >>> clock.shape, int(clock[0, 9])
    ((7, 24), 1)
    """
    hours = hour_of_week(account_posts["tweet_time"], tz).to_numpy()
    return np.bincount(hours, minlength=168).reshape(7, 24)


def profile_html(profile: dict, posts_count: int | None = None, label: dict | None = None) -> str:
    """Lay a profile out as a small HTML card.

    Examples
    --------
    >>> profile = {"handle": "@mary", "name": "Mary", "bio": "", "location": "Ohio", "followers": 3,
    ...            "following": 40, "created": "2026-01-02", "language": "en", "picture": "0000000000000000",
    ...            "default_picture": True, "same_picture_accounts": 12, "userid": 7}
    >>> html = profile_html(profile, posts_count=5)
    >>> "@mary" in html and "default picture" in html and "kind" not in html
    True
    """
    if profile.get("default_picture"):
        picture = "default picture (no photo uploaded)"
    elif profile.get("same_picture_accounts"):
        picture = f"{profile['picture']} (the same picture as {profile['same_picture_accounts']:,} other accounts)"
    else:
        picture = f"{profile['picture']} (no other account uses it)"
    rows = [
        ("name", profile["name"]),
        ("bio", profile["bio"] or "(empty)"),
        ("location", profile["location"] or "(empty)"),
        ("followers / following", f"{profile['followers']:,} / {profile['following']:,}"),
        ("created", profile["created"]),
        ("interface language", profile["language"]),
        ("picture fingerprint", picture),
    ]
    if posts_count is not None:
        rows.append(("posts in the data", f"{posts_count:,}"))
    if label is not None:
        key = f"kind {label['kind']}, group {label['group']}, role {label.get('role', '')}"
        rows.append(("answer key (instructor)", key))
    row = "<tr><th style='text-align:left;padding-right:1em'>{}</th><td>{}</td></tr>"
    body = "".join(row.format(html_escape(name), html_escape(value)) for name, value in rows)
    return f"<h4 style='margin:0'>{html_escape(profile['handle'])}</h4><table>{body}</table>"


def posts_html(sample: pd.DataFrame, tz: str = "UTC") -> str:
    """Lay a sample of posts out as an HTML list.

    Examples
    --------
    >>> import pandas as pd
    >>> sample = pd.DataFrame({"time": ["Mon 2026-09-07 09:00"], "text": ["RT @a: <hi>"], "language": ["en"], "app": ["Web"]})
    >>> print(posts_html(sample))
    <b>A sample of its posts (times in UTC)</b><ul><li><code>Mon 2026-09-07 09:00</code> RT @a: &lt;hi&gt; <small>(en, Web)</small></li></ul>
    """
    if sample.empty:
        return "<b>No posts in the data.</b>"
    item = "<li><code>{}</code> {} <small>({}, {})</small></li>"
    items = "".join(item.format(*map(html_escape, row))
                    for row in sample[["time", "text", "language", "app"]].itertuples(index=False))
    return f"<b>A sample of its posts (times in {html_escape(tz)})</b><ul>{items}</ul>"


def draw_clock(width: float = 6, height: float = 2.4):
    """Return ``(figure, image, title)``: an empty 7 x 24 clock heatmap to fill with :func:`show_clock`.

    ``figure`` is a :class:`~inauthentic.widgets._common.FastFigure`: call
    ``figure.png()`` after changing the image or the title. The colour scale
    beside it runs from no posts to the busiest hour of the account.

    Examples
    --------
    >>> figure, image, title = draw_clock()
    >>> show_clock(image, np.ones((7, 24)))
    >>> image.get_array().shape, figure.png()[:4]
    ((7, 24), b'\\x89PNG')
    """
    figure = new_figure(width, height)
    ax = figure.add_axes([0.1, 0.2, 0.76, 0.64])
    scale_ax = figure.add_axes([0.885, 0.2, 0.025, 0.64])
    image = ax.imshow(np.zeros((7, 24)), aspect="auto", cmap=sns.color_palette("mako_r", as_cmap=True),
                      vmin=0, vmax=1, interpolation="nearest", extent=(0, 24, 7, 0))
    scale = figure.colorbar(image, cax=scale_ax, ticks=[0, 1])
    scale.ax.set_yticklabels(["none", "busiest\nhour"], fontsize="x-small")
    ax.set_yticks(np.arange(7) + 0.5, DAY_NAMES, fontsize="small")
    ax.set_xticks(range(0, 25, 3), [f"{hour:02d}" for hour in range(0, 25, 3)], fontsize="small")
    ax.set_xlabel("hour of the day", fontsize="small")
    title = ax.set_title("", fontsize="medium", loc="left")
    return FastFigure(figure, [image, title]), image, title


def show_clock(image, clock: np.ndarray) -> None:
    """Put a 7 x 24 count table on a clock drawn by :func:`draw_clock`, scaled to its busiest hour.

    Examples
    --------
    >>> _, image, _ = draw_clock()
    >>> show_clock(image, np.arange(168).reshape(7, 24))
    >>> float(image.get_array().max())
    1.0
    """
    clock = np.asarray(clock, dtype=float)
    image.set_data(clock / max(clock.max(), 1))


def clock_title(handle: str, posts: int, zone: str) -> str:
    """The title of an account's clock, e.g. ``'@mary: 1 post by hour, UTC'``.

    Examples
    --------
    >>> clock_title("@mary", 1, "UTC"), clock_title("@bob", 1200, "UTC+08:00")
    ('@mary: 1 post by hour, UTC', '@bob: 1,200 posts by hour, UTC+08:00')
    """
    return f"{handle}: {posts:,} post{'' if posts == 1 else 's'} by hour, {zone}"


class AccountCard(Explorer):
    """Search for an account and read its profile, a sample of posts and its clock.

    Parameters
    ----------
    data : Dataset
        From :func:`inauthentic.load_dataset`.
    userid : int, optional
        The account to show first; by default the first match of an empty search.
    tz : str or number, default ``"UTC"``
        Time zone for the clock and the post times, read by
        :func:`inauthentic.timezones.parse_timezone`; an unknown zone
        (``"Beijing"``) is refused with a sentence when the card is made.
    show_label : bool, default False
        Instructor option: also show the account's answer-key entry.
    n_posts : int, default 5
        How many posts to sample.
    seed : int, default 0
        Seed of the post sample.

    Attributes
    ----------
    search : ipywidgets.Text
        Part of a handle or display name (or a userid).
    account : ipywidgets.Dropdown
        The matching accounts; its value is the userid shown.
    tz : ipywidgets.Combobox
        Time zone: pick one or type any name (``"America/Chicago"``) or offset (``"UTC+8"``).
    state : CardState
        What the card shows now.
    widget : ipywidgets.VBox
        What the notebook shows.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> data = load_dataset("tiny")
    >>> card = AccountCard(data, userid=data.accounts["userid"].iloc[0], tz="UTC+8")
    >>> card.state.userid == int(data.accounts["userid"].iloc[0]), card.state.tz
    (True, 'UTC+08:00')
    >>> card.tz.value = "Mars/Olympus"
    >>> card.state.error
    "'Mars/Olympus' is not a time zone I know. ..."
    """

    def __init__(self, data, userid: int | None = None, tz: object = "UTC", show_label: bool = False,
                 n_posts: int = 5, seed: int = 0):
        require_dataset(data, "AccountCard")
        require_columns(data.accounts, "data.accounts", _PROFILE_COLUMNS, table="accounts")
        parse_timezone(tz, "tz")  # a bad time zone is refused now, with a sentence
        if userid is not None and not (data.accounts["userid"] == userid).any():
            raise KitError(
                f"There is no account with userid {userid!r} in this data set; leave userid out and search by handle."
            )
        self._accounts = data.accounts
        order = np.argsort(data.posts["userid"].to_numpy(), kind="stable")
        self._posts = data.posts.iloc[order].reset_index(drop=True)
        self._authors = self._posts["userid"].to_numpy()
        self._labels = data.labels.set_index("userid") if show_label and data.labels is not None else None
        self.n_posts, self.seed = n_posts, seed
        self.state = CardState()

        self.search = ipywidgets.Text(description="Search", placeholder="handle, name or userid",
                                      continuous_update=True, layout=ipywidgets.Layout(width="300px"))
        self.account = ipywidgets.Dropdown(description="Account", layout=ipywidgets.Layout(width="380px"))
        self.tz = ipywidgets.Combobox(value=str(tz), options=TIMEZONE_CHOICES, description="Time zone",
                                      ensure_option=False, continuous_update=False, layout=ipywidgets.Layout(width="300px"))
        self.profile_box, self.posts_box, self.message = ipywidgets.HTML(), ipywidgets.HTML(), ipywidgets.HTML()
        self._figure, self._clock_image, self._clock_title = draw_clock()
        self.image = image_widget(self._figure)
        self.profile_box.layout = ipywidgets.Layout(flex="1 1 320px", min_width="280px")
        wrap = ipywidgets.Layout(flex_flow="row wrap", align_items="flex-start")
        self.widget = ipywidgets.VBox([
            ipywidgets.HBox([self.search, self.account, self.tz], layout=ipywidgets.Layout(flex_flow="row wrap")),
            self.message, ipywidgets.HBox([self.profile_box, self.image], layout=wrap), self.posts_box,
        ])
        self._watch(self.search, handler=lambda change: self._refresh_matches())
        self._watch(self.account, self.tz)
        self._refresh_matches(first=userid)

    def _refresh_matches(self, first: int | None = None) -> None:
        matches = search_accounts(self._accounts, self.search.value)
        if first is not None:
            matches = pd.concat([self._accounts.loc[self._accounts["userid"] == first, matches.columns], matches])
            matches = matches.drop_duplicates("userid")
        options = [(f"@{handle} ({name})", int(userid)) for userid, handle, name in matches.itertuples(index=False)]
        values = [value for _, value in options]
        wanted = first if first is not None else self.account.value
        with self._paused():
            self.account.options = options
            self.account.value = wanted if wanted in values else (values[0] if values else None)
        self.state.matches = len(options)
        self.update()

    def account_posts(self, userid: int) -> pd.DataFrame:
        """Return all posts of ``userid`` (sorted once, sliced here).

        Examples
        --------
        >>> from inauthentic import load_dataset
        >>> data = load_dataset("tiny")
        >>> card = AccountCard(data)
        >>> someone = data.posts["userid"].iloc[0]
        >>> len(card.account_posts(someone)) == int((data.posts["userid"] == someone).sum())
        True
        """
        start = np.searchsorted(self._authors, userid, side="left")
        stop = np.searchsorted(self._authors, userid, side="right")
        return self._posts.iloc[start:stop]

    def _label_of(self, userid: int) -> dict | None:
        if self._labels is None or userid not in self._labels.index:
            return None
        return self._labels.loc[userid].reindex(["kind", "group", "role"]).astype(str).to_dict()

    def update(self) -> None:
        """Recompute ``.state`` for the chosen account and time zone, and redraw."""
        userid = self.account.value
        self.state.error = ""
        try:
            zone = describe_timezone(self.tz.value)
        except KitError as problem:
            self.state.error = str(problem)
            self.message.value = f"<p style='color:#b00'>{html_escape(problem)}</p>"
            return
        self.message.value = "" if self.state.matches else f"<p>No account matches '{html_escape(self.search.value)}'.</p>"
        if userid is None:
            self.state.userid = None
            return
        mine = self.account_posts(userid)
        label = self._label_of(userid)
        self.state = CardState(
            userid=int(userid), profile=account_profile(self._accounts, userid),
            posts=sample_posts(mine, self.n_posts, self.seed, self.tz.value), clock=account_clock(mine, self.tz.value),
            tz=zone, matches=self.state.matches, label=label,
        )
        self.profile_box.value = profile_html(self.state.profile, len(mine), label)
        self.posts_box.value = posts_html(self.state.posts, zone)
        show_clock(self._clock_image, self.state.clock)
        self._clock_title.set_text(clock_title(self.state.profile["handle"], len(mine), zone))
        self.image.value = self._figure.png()
