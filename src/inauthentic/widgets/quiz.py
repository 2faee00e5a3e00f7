"""SpotTheFakeQuiz: judge a handful of accounts, then see the answers and the tells.

The quiz mixes campaign accounts, *decoys* (genuine people who look
suspicious on one signal: a night-shift worker, a newcomer with the default
picture, a Chinese-speaking American...) and ordinary users. After "Check",
each card lists its tells, each marked ``Suspicious:`` or ``Reassuring:``, so
a decoy shows what clears it.

Examples
--------
>>> answers = {1: "looks coordinated", 2: "looks coordinated", 3: None}
>>> truth = {1: "campaign", 2: "genuine", 3: "genuine"}
>>> tells = {1: ["Suspicious: it posts in office hours."], 2: [], 3: []}
>>> quiz_feedback(answers, truth, tells).score_line
'1 of 3 right (1 not answered).'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import ipywidgets
import numpy as np
import pandas as pd

from ..errors import KitError
from ..evaluate import GROUP_NOUNS
from ._common import Explorer, html_escape, require_dataset, require_labels
from ._common import image_widget
from .quiz_scores import save_attempt
from .account_card import account_clock, account_profile, draw_clock, posts_html, profile_html, sample_posts, show_clock

__all__ = [
    "SpotTheFakeQuiz",
    "QuizFeedback",
    "QuizState",
    "quiz_feedback",
    "account_tells",
    "named_tells",
    "choose_quiz_accounts",
    "DECOY_GROUPS",
    "ANSWERS",
]

#: The two answers a learner can give.
ANSWERS = ("looks genuine", "looks coordinated")

#: Genuine groups whose members look suspicious on one signal or another.
DECOY_GROUPS = ("chinese_speaking_american", "diaspora_community", "night_shift", "new_account", "heavy_poster",
                "news_desk", "fandom", "public_figure", "spanish_speaking_american")


def _share(value: float) -> str:
    return f"{value:.0%}"


# Each tell: (short name, verdict, signal columns it needs, which accounts it fires on, what it says about one account).
# The texts read the table row of one account; the conditions are vectorised over the whole table.
_TELLS = [
    ("office hours", "Suspicious", ["office_hours_share", "n_posts"], lambda t: (t["office_hours_share"] >= 0.6) & (t["n_posts"] >= 20),
     lambda r: f"{_share(r['office_hours_share'])} of its posts fall in weekday office hours in Beijing time (UTC+8); "
               f"an even spread would put 24% there."),
    ("lunch lull", "Suspicious", ["lunch_dip", "office_hours_share", "n_posts"],
     lambda t: (t["lunch_dip"] >= 0.6) & (t["office_hours_share"] >= 0.4) & (t["n_posts"] >= 20),
     lambda r: f"it goes quiet over the Beijing lunch break, 12:00-13:30 (lunch dip {r['lunch_dip']:.2f})."),
    ("no weekends", "Suspicious", ["weekend_share", "n_posts"], lambda t: (t["weekend_share"] <= 0.03) & (t["n_posts"] >= 20),
     lambda r: f"it almost never posts at weekends ({_share(r['weekend_share'])} of its posts), like someone paid by the week."),
    ("creation burst", "Suspicious", ["created_same_day"], lambda t: t["created_same_day"] >= 5,
     lambda r: f"it was created on the same day as {int(r['created_same_day']) - 1} other accounts in the data."),
    ("fast retweets", "Suspicious", ["fast_retweet_share"], lambda t: t["fast_retweet_share"] >= 0.5,
     lambda r: f"{_share(r['fast_retweet_share'])} of its retweets come within a minute of the original."),
    ("copypasta", "Suspicious", ["copypasta_share"], lambda t: t["copypasta_share"] >= 0.5,
     lambda r: f"{_share(r['copypasta_share'])} of its own posts near-copy another account's post."),
    ("shared picture", "Suspicious", ["shared_image_count"], lambda t: t["shared_image_count"] >= 1,
     lambda r: f"its profile picture is (almost) the same as that of {int(r['shared_image_count'])} other account(s)."),
    ("shared bio", "Suspicious", ["shared_bio_count"], lambda t: t["shared_bio_count"] >= 5,
     lambda r: f"its bio is a near-copy of {int(r['shared_bio_count'])} other accounts' bios."),
    ("language switch", "Suspicious", ["language_switched"], lambda t: t["language_switched"].astype(bool),
     lambda r: "it switched the language it posts in partway through, a sign of a bought or hijacked account."),
    ("posting volume", "Suspicious", ["posts_per_day_max"], lambda t: t["posts_per_day_max"] >= 72,
     lambda r: f"it posted {int(r['posts_per_day_max'])} times in one day (72 a day is DFRLab's rule of thumb)."),
    ("loudspeaker", "Suspicious", ["loudspeaker_index", "follower_count"],
     lambda t: (t["loudspeaker_index"] >= 5) & (t["follower_count"] < 50),
     lambda r: f"it posts a lot to almost no one ({int(r['follower_count'])} followers): a loudspeaker."),
    ("weekend posts", "Reassuring", ["weekend_share", "n_posts"], lambda t: (t["weekend_share"] >= 0.2) & (t["n_posts"] >= 10),
     lambda r: f"it posts at weekends too ({_share(r['weekend_share'])} of its posts), as people with free time do."),
    ("no lunch lull", "Reassuring", ["lunch_dip", "office_hours_share", "n_posts"],
     lambda t: (t["office_hours_share"] >= 0.4) & (t["lunch_dip"] <= 0.2) & (t["n_posts"] >= 20),
     lambda r: f"its busy hours have no quiet lunch break in Beijing time (lunch dip {r['lunch_dip']:.2f}): "
               f"no sign of an office day."),
    ("own words", "Reassuring", ["copypasta_share"], lambda t: t["copypasta_share"] <= 0.2,
     lambda r: f"its posts are mostly its own words: {_share(r['copypasta_share'])} near-copy another account's post."),
    ("real audience", "Reassuring", ["follower_count"], lambda t: t["follower_count"] >= 200,
     lambda r: f"it has a real audience, {int(r['follower_count']):,} followers; campaign loudspeakers mostly have a handful."),
    ("human-speed retweets", "Reassuring", ["fast_retweet_share"], lambda t: t["fast_retweet_share"] <= 0.1,
     lambda r: "it retweets at human speed: hardly ever within a minute of the original."),
    ("unlinked profile", "Reassuring", ["created_same_day", "shared_image_count"],
     lambda t: (t["created_same_day"] <= 2) & (t["shared_image_count"] == 0),
     lambda r: "nothing links its profile to other accounts: no creation burst, no shared picture."),
    ("writes Chinese", "Reassuring", ["zh_post_share"], lambda t: t["zh_post_share"] >= 0.5,
     lambda r: "it writes mostly in Chinese, which is no evidence at all: many genuine Americans do."),
]


def _tell_flags(table: pd.DataFrame) -> list[tuple[str, pd.Series]]:
    """Every tell that can be read from ``table``: (verdict, True/False per account)."""
    flags = []
    for _, verdict, columns, fires, _ in _TELLS:
        if set(columns) <= set(table.columns):
            flags.append((verdict, fires(table).fillna(False).astype(bool)))
        else:
            flags.append((verdict, pd.Series(False, index=table.index)))
    return flags


def account_tells(table: pd.DataFrame, userid: int, most: int = 3) -> list[str]:
    """Say what gives an account away, or clears it, one sentence per tell.

    Parameters
    ----------
    table : DataFrame
        A signal table (:func:`inauthentic.signals.signal_table`, clock
        signals in UTC+8), indexed by userid.
    userid : int
        The account.
    most : int, default 3
        At most this many suspicious tells, then at most this many reassuring ones.

    Returns
    -------
    list of str
        Each starting ``"Suspicious: "`` or ``"Reassuring: "``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"office_hours_share": [0.9], "weekend_share": [0.3], "n_posts": [50],
    ...                       "lunch_dip": [0.0]}, index=pd.Index([7], name="userid"))
    >>> for tell in account_tells(table, 7):
    ...     print(tell)
    Suspicious: 90% of its posts fall in weekday office hours in Beijing time (UTC+8); an even spread would put 24% there.
    Reassuring: it posts at weekends too (30% of its posts), as people with free time do.
    Reassuring: its busy hours have no quiet lunch break in Beijing time (lunch dip 0.00): no sign of an office day.
    """
    return [sentence for _, sentence in named_tells(table, userid, most)]


def named_tells(table: pd.DataFrame, userid: int, most: int = 3) -> list[tuple[str, str]]:
    """Like :func:`account_tells`, with each tell's short name: ``(name, sentence)``.

    The names (``"Suspicious: office hours"``, ``"Reassuring: real audience"``)
    let a learner's quiz results be compared tell by tell.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"follower_count": [900]}, index=[5])
    >>> named_tells(table, 5)[0][0]
    'Reassuring: real audience'
    """
    if userid not in table.index:
        raise KitError(f"The signal table has no row for userid {userid!r}; compute it on the same data set.")
    row = table.loc[userid]
    one = table.loc[[userid]]
    found = {"Suspicious": [], "Reassuring": []}
    for (name, verdict, columns, fires, say) in _TELLS:
        if set(columns) <= set(table.columns) and bool(fires(one).fillna(False).iloc[0]):
            found[verdict].append((f"{verdict}: {name}", f"{verdict}: {say(row)}"))
    tells = found["Suspicious"][:most] + found["Reassuring"][:most]
    return tells or [("Reassuring: nothing stands out", "Reassuring: none of the kit's signals stands out for this account.")]


def choose_quiz_accounts(table: pd.DataFrame, labels: pd.DataFrame, n: int = 6, seed: int = 0) -> list[int]:
    """Pick a seeded mix of campaign accounts, decoys and ordinary users, shuffled.

    About a third are campaign accounts, a third decoys (genuine accounts of
    :data:`DECOY_GROUPS` with at least one suspicious tell, each from a
    different group where possible) and the rest ordinary users.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> from inauthentic.signals import signal_table
    >>> data = load_dataset("tiny")
    >>> picked = choose_quiz_accounts(signal_table(data), data.labels, n=6, seed=3)
    >>> len(picked), picked == choose_quiz_accounts(signal_table(data), data.labels, n=6, seed=3)
    (6, True)
    """
    if n < 2:
        raise KitError(f"A quiz needs at least 2 accounts, not n={n}.")
    rng = np.random.default_rng(seed)
    known = labels[labels["userid"].isin(table.index)]
    kinds, groups = known["kind"].astype(str).to_numpy(), known["group"].astype(str).to_numpy()
    userids = known["userid"].to_numpy()
    suspicious = np.zeros(len(table), dtype=bool)
    for verdict, fires in _tell_flags(table):
        if verdict == "Suspicious":
            suspicious |= fires.to_numpy()
    looks_suspicious = pd.Series(suspicious, index=table.index).reindex(userids).to_numpy()

    n_campaign = max(1, round(n / 3))
    n_decoys = max(1, round(n / 3))
    campaign = rng.permutation(userids[kinds == "campaign"])[:n_campaign].tolist()
    decoy_pool = (kinds == "genuine") & np.isin(groups, DECOY_GROUPS)
    ranked = rng.permutation(np.flatnonzero(decoy_pool))
    ranked = ranked[np.argsort(~looks_suspicious[ranked], kind="stable")]  # suspicious-looking first
    first_of_group = ranked[~pd.Series(groups[ranked]).duplicated().to_numpy()]  # one per group first
    decoys = userids[np.concatenate([first_of_group, np.setdiff1d(ranked, first_of_group, assume_unique=True)])]
    decoys = decoys[:n_decoys].tolist()
    others = (kinds == "genuine") & ~np.isin(userids, decoys)
    ordinary = np.concatenate([rng.permutation(userids[others & (groups == "ordinary")]),
                               rng.permutation(userids[others & (groups != "ordinary")])]).tolist()
    picked = campaign + decoys + ordinary[: n - len(campaign) - len(decoys)]
    if len(picked) < n:
        raise KitError(f"This data set has too few accounts for a quiz of {n}; try a smaller n.")
    return [int(userid) for userid in rng.permutation(picked)]


@dataclass
class QuizFeedback:
    """How a learner did: counts, a score line and one verdict per card.

    Attributes
    ----------
    correct, total, unanswered : int
        Cards answered right, all cards, cards left blank.
    score_line : str
        E.g. ``"4 of 6 right."``.
    cards : DataFrame
        One row per card (index userid): ``answer``, ``coordinated`` (the
        truth), ``correct``, ``headline`` ("Right: this is..."), ``verdict``
        (the headline and the tells as one text) and ``tells`` (list).

    Examples
    --------
    >>> feedback = quiz_feedback({7: "looks genuine"}, {7: "genuine"}, {7: []})
    >>> feedback.correct, feedback.cards.loc[7, "headline"]
    (1, 'Right: this is a genuine account.')
    """

    correct: int
    total: int
    unanswered: int
    score_line: str
    cards: pd.DataFrame = field(repr=False)


def _is_coordinated(value: object) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if value in ANSWERS:
        return value == "looks coordinated"
    if value in ("campaign", "genuine", "spam"):
        return value == "campaign"
    raise KitError(f"A truth value should be True/False or a kind ('campaign', 'genuine', 'spam'), not {value!r}.")


def quiz_feedback(answers: Mapping, truth: Mapping, tells: Mapping, who: Mapping | None = None) -> QuizFeedback:
    """Mark a learner's answers and explain each card.

    Parameters
    ----------
    answers : dict of userid to str, bool or None
        ``"looks coordinated"`` / ``"looks genuine"`` (or True / False);
        ``None`` for a card left blank.
    truth : dict of userid to bool or str
        True (or ``"campaign"``) for coordinated accounts.
    tells : dict of userid to list of str
        From :func:`account_tells`.
    who : dict of userid to str, optional
        What each account really is, e.g. ``"a genuine night-shift worker"``.

    Returns
    -------
    QuizFeedback

    Examples
    --------
    >>> feedback = quiz_feedback({1: "looks coordinated", 2: "looks coordinated"},
    ...                          {1: True, 2: False}, {1: [], 2: ["Reassuring: it posts at weekends."]},
    ...                          who={2: "a genuine night-shift worker"})
    >>> feedback.correct, feedback.score_line
    (1, '1 of 2 right.')
    >>> feedback.cards.loc[2, "verdict"]
    'Not quite: this is a genuine night-shift worker. Reassuring: it posts at weekends.'
    >>> quiz_feedback({1: "maybe"}, {1: True}, {1: []})
    Traceback (most recent call last):
    ...
    inauthentic.errors.KitError: The answer for account 1 is 'maybe'; answer 'looks genuine' or 'looks coordinated'.
    """
    missing = [userid for userid in answers if userid not in truth]
    if missing:
        raise KitError(f"There is no true answer for account {missing[0]!r}; 'truth' should cover every card.")
    who = who or {}
    rows = []
    for userid, answer in answers.items():  # a handful of cards
        if answer is not None and not isinstance(answer, (bool, np.bool_)) and answer not in ANSWERS:
            raise KitError(
                f"The answer for account {userid!r} is {answer!r}; answer 'looks genuine' or 'looks coordinated'."
            )
        coordinated = _is_coordinated(truth[userid])
        said = None if answer is None else _is_coordinated(answer)
        right = said is not None and said == coordinated
        what = who.get(userid, "part of a coordinated campaign" if coordinated else "a genuine account")
        opening = "Not answered" if said is None else "Right" if right else "Not quite"
        card_tells = list(tells.get(userid, []))
        headline = f"{opening}: this is {what}."
        rows.append({"userid": userid, "answer": answer, "coordinated": coordinated, "correct": right,
                     "headline": headline, "verdict": " ".join([headline, *card_tells]), "tells": card_tells})
    columns = ["userid", "answer", "coordinated", "correct", "headline", "verdict", "tells"]
    cards = pd.DataFrame(rows, columns=columns).set_index("userid")
    correct, unanswered = int(cards["correct"].sum()), int(cards["answer"].isna().sum())
    blank = f" ({unanswered} not answered)" if unanswered else ""
    return QuizFeedback(correct=correct, total=len(cards), unanswered=unanswered,
                        score_line=f"{correct} of {len(cards)} right{blank}.", cards=cards)


@dataclass
class QuizState:
    """The quiz so far: the cards, the learner's answers and (after "Check") the feedback.

    Examples
    --------
    >>> QuizState(userids=[7, 8], answers={7: None, 8: None}).feedback is None
    True
    """

    userids: list[int]
    answers: dict
    feedback: QuizFeedback | None = None


# The chosen answer is filled in the kit's colours, so it cannot be mistaken for the other one.
_QUIZ_STYLE = """<style>
.inauthentic-quiz .widget-toggle-button { border: 2px solid #999; }
.inauthentic-quiz .widget-toggle-button.mod-active { background: #0072B2; color: white; font-weight: bold;
  border-color: #003f63; box-shadow: none; }
</style>"""


def _answer_html(answer: object) -> str:
    """The line beside a card's buttons saying what the learner chose.

    Examples
    --------
    >>> _answer_html(None), _answer_html("looks genuine")
    ('<i>not answered yet</i>', 'You said: <b>looks genuine</b>')
    """
    return "<i>not answered yet</i>" if answer is None else f"You said: <b>{html_escape(answer)}</b>"


def _who(kind: str, group: str) -> str:
    one = GROUP_NOUNS.get(group, (group.replace("_", " ") + " account", ""))[0]
    if kind == "campaign":
        return f"part of a coordinated campaign (a {one})"
    if kind == "spam":
        return f"a {one}: a nuisance, but not a political campaign"
    article = "an" if one[:1].lower() in "aeiou" else "a"
    return f"a genuine account ({article} {one})"


class SpotTheFakeQuiz(Explorer):
    """A few account cards to judge: "looks genuine" or "looks coordinated", then Check.

    Parameters
    ----------
    data : Dataset
        From :func:`inauthentic.load_dataset`, with its answer key.
    n : int, default 6
        Number of cards.
    seed : int, default 0
        Which accounts, and which of their posts, are shown.
    signals_table : DataFrame, optional
        A precomputed :func:`inauthentic.signals.signal_table` (clock signals
        in UTC+8) to save recomputing it.
    tz : str, default ``"America/New_York"``
        The time zone of the cards' clocks: where the accounts claim to live.
    save_as : str, optional
        Keep this attempt under that name when "Check" is pressed, in a small
        file on this machine only (see :mod:`inauthentic.widgets.quiz_scores`),
        so a later retake can be compared with it.

    Attributes
    ----------
    choices : dict of userid to ipywidgets.ToggleButtons
        The learner's answer per card.
    cards : ipywidgets.Tab
        One card at a time (``selected_index``); ``previous`` and ``next``
        are buttons that turn them.
    check : ipywidgets.Button
        Shows the answers; :meth:`mark` does the same from code.
    state : QuizState
        ``userids``, ``answers`` and, once checked, ``feedback``.
    widget : ipywidgets.VBox
        What the notebook shows.

    Examples
    --------
    >>> from inauthentic import load_dataset
    >>> quiz = SpotTheFakeQuiz(load_dataset("tiny"), n=4, seed=1)
    >>> first = quiz.state.userids[0]
    >>> quiz.choices[first].value = "looks coordinated"
    >>> feedback = quiz.mark()
    >>> feedback.total, feedback.unanswered
    (4, 3)
    """

    def __init__(self, data, n: int = 6, seed: int = 0, signals_table: pd.DataFrame | None = None,
                 tz: str = "America/New_York", save_as: str | None = None):
        require_dataset(data, "SpotTheFakeQuiz")
        require_labels(data.labels, "SpotTheFakeQuiz", "to know which accounts are coordinated")
        if signals_table is None:
            from ..signals import signal_table

            signals_table = signal_table(data, tz="UTC+8")
        zone = signals_table.attrs.get("timezone", "UTC+08:00")
        if zone != "UTC+08:00":
            raise KitError(
                f"The quiz's tells speak of Beijing office hours, but this signal table reads the clock in {zone}. "
                f"Make it with signal_table(data, tz='UTC+8'), or leave signals_table out."
            )
        self.signals_table = signals_table
        userids = choose_quiz_accounts(signals_table, data.labels, n, seed)
        labels = data.labels.set_index("userid").loc[userids]
        self.truth = dict(zip(userids, labels["kind"].astype(str)))
        self.who = {userid: _who(kind, group) for userid, kind, group in
                    zip(userids, labels["kind"].astype(str), labels["group"].astype(str))}
        named = {userid: named_tells(signals_table, userid) for userid in userids}
        self.tells = {userid: [sentence for _, sentence in tells] for userid, tells in named.items()}
        self.tell_names = {userid: [name for name, _ in tells] for userid, tells in named.items()}
        if save_as is not None and (not isinstance(save_as, str) or not save_as.strip()):
            raise KitError(f"The argument 'save_as' should be a name for this attempt, such as 'start', not {save_as!r}.")
        self.save_as, self.seed, self.data_name = save_as, seed, data.name
        self.state = QuizState(userids=userids, answers=dict.fromkeys(userids))

        posts = data.posts[data.posts["userid"].isin(userids)]
        figure, clock_image, clock_heading = draw_clock(5, 2.1)
        self.choices, self.feedback_boxes, self.your_answers, cards = {}, {}, {}, []
        for number, userid in enumerate(userids, start=1):  # a handful of cards
            mine = posts[posts["userid"] == userid]
            show_clock(clock_image, account_clock(mine, tz))
            clock_heading.set_text(f"when it posts ({tz})")
            profile = profile_html(account_profile(data.accounts, userid), len(mine))
            self.choices[userid] = ipywidgets.ToggleButtons(options=ANSWERS, value=None, description="Your verdict",
                                                            style={"description_width": "auto", "button_width": "180px"})
            self.your_answers[userid] = ipywidgets.HTML(_answer_html(None))
            self.feedback_boxes[userid] = ipywidgets.HTML()
            profile_box = ipywidgets.HTML(profile, layout=ipywidgets.Layout(flex="1 1 300px", min_width="260px"))
            cards.append(ipywidgets.VBox(
                [ipywidgets.HBox([profile_box, image_widget(figure, figure.png())],
                                 layout=ipywidgets.Layout(flex_flow="row wrap", align_items="flex-start")),
                 ipywidgets.HTML(posts_html(sample_posts(mine, 3, seed, tz), tz)),
                 ipywidgets.HBox([self.choices[userid], self.your_answers[userid]],
                                 layout=ipywidgets.Layout(flex_flow="row wrap", align_items="center")),
                 self.feedback_boxes[userid]],
                layout=ipywidgets.Layout(padding="6px"),
            ))
        # One card at a time, in tabs; the Check button, progress and score stay above them, always in view.
        self.cards = ipywidgets.Tab(children=cards, titles=[f"Card {number}" for number in range(1, len(cards) + 1)])
        self.previous = ipywidgets.Button(description="◀ Previous", layout=ipywidgets.Layout(width="110px"))
        self.next = ipywidgets.Button(description="Next ▶", layout=ipywidgets.Layout(width="110px"))
        self.previous.on_click(lambda button: self._turn(-1))
        self.next.on_click(lambda button: self._turn(+1))
        self.check = ipywidgets.Button(description="Check", button_style="primary")
        self.check.on_click(lambda button: self.mark())
        self.progress = ipywidgets.HTML()
        self.score = ipywidgets.HTML(layout=ipywidgets.Layout(margin="0 0 0 1.5em"))
        bar = ipywidgets.HBox([self.previous, self.next, self.check, self.progress, self.score],
                              layout=ipywidgets.Layout(flex_flow="row wrap", align_items="center"))
        self.widget = ipywidgets.VBox([ipywidgets.HTML(_QUIZ_STYLE), bar, self.cards])
        self.widget.add_class("inauthentic-quiz")
        self._watch(*self.choices.values())
        self.update()

    def _turn(self, step: int) -> None:
        """Show the previous or next card."""
        self.cards.selected_index = int(np.clip((self.cards.selected_index or 0) + step, 0, len(self.cards.children) - 1))

    def update(self) -> None:
        """Record the learner's answers (feedback waits for "Check") and show them on each card."""
        self.state.answers = {userid: toggle.value for userid, toggle in self.choices.items()}
        for number, (userid, answer) in enumerate(self.state.answers.items()):
            self.your_answers[userid].value = _answer_html(answer)
            self.cards.set_title(number, f"Card {number + 1}" + (" ✔" if answer is not None else ""))
        answered = sum(answer is not None for answer in self.state.answers.values())
        self.progress.value = f"<b>{answered} of {len(self.state.answers)} answered</b>"

    def mark(self) -> QuizFeedback:
        """Check the answers: show each card's verdict and tells, and the score line.

        Examples
        --------
        >>> from inauthentic import load_dataset
        >>> quiz = SpotTheFakeQuiz(load_dataset("tiny"), n=3)
        >>> quiz.mark().score_line
        '0 of 3 right (3 not answered).'
        """
        self.update()
        feedback = quiz_feedback(self.state.answers, self.truth, self.tells, self.who)
        self.state.feedback = feedback
        for userid, card in feedback.cards.iterrows():  # a handful of cards
            colour = "#0072B2" if card["correct"] else "#333333"  # warm colours are kept for operations
            items = "".join(f"<li>{html_escape(tell)}</li>" for tell in card["tells"])
            headline = f"<p style='color:{colour}'><b>{html_escape(card['headline'])}</b></p>"
            self.feedback_boxes[userid].value = f"{headline}<ul>{items}</ul>"
        saved = ""
        if self.save_as is not None:
            try:
                file = save_attempt(self.save_as, feedback, self.tell_names, self.data_name, self.seed)
                saved = f" <small>Kept as '{html_escape(self.save_as)}' in {html_escape(file)} (on this machine only).</small>"
            except KitError as problem:
                saved = f" <small>{html_escape(problem)}</small>"
        self.score.value = f"<b style='font-size:110%'>{html_escape(feedback.score_line)}</b>{saved}"
        for number, card in enumerate(feedback.cards.itertuples()):
            verdict = "✔ right" if card.correct else "(blank)" if pd.isna(card.answer) else "✘"
            self.cards.set_title(number, f"Card {number + 1} {verdict}")
        return feedback
