"""The learner's quiz scores, kept on their own machine, and compared tell by tell.

Lesson 00 takes the spot-the-fake quiz cold; lesson 06 retakes it on other
accounts of the same difficulty. When a quiz is made with ``save_as=NAME``,
pressing "Check" writes that attempt to one small JSON file in the learner's
home folder (``~/.inauthentic/quiz-scores.json``, or the folder named by the
``INAUTHENTIC_HOME`` environment variable). Nothing is sent anywhere, and no
other file is written. :class:`QuizProgress` shows the attempts side by side:
the score, then, for each tell the cards showed, how many of those cards the
learner judged right.

Examples
--------
>>> import os, tempfile
>>> os.environ["INAUTHENTIC_HOME"] = tempfile.mkdtemp()
>>> from inauthentic import load_dataset
>>> from inauthentic.widgets import SpotTheFakeQuiz
>>> quiz = SpotTheFakeQuiz(load_dataset("tiny"), n=4, seed=1, save_as="start")
>>> for toggle in quiz.choices.values():
...     toggle.value = "looks genuine"
>>> _ = quiz.mark()
>>> progress = quiz_progress()
>>> list(progress.columns), progress.index[0]
(['start'], 'score')
>>> del os.environ["INAUTHENTIC_HOME"]
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import ipywidgets
import pandas as pd

from ..errors import KitError
from ._common import Explorer, html_escape

__all__ = ["scores_file", "save_attempt", "read_attempts", "quiz_progress", "QuizProgress"]

#: The environment variable naming the folder of the learner's own kit files.
HOME_VARIABLE = "INAUTHENTIC_HOME"


def scores_file() -> Path:
    """Return the file where quiz attempts are kept (it may not exist yet).

    Examples
    --------
    >>> import os
    >>> os.environ["INAUTHENTIC_HOME"] = "/tmp/somewhere"
    >>> scores_file().as_posix()
    '/tmp/somewhere/quiz-scores.json'
    >>> del os.environ["INAUTHENTIC_HOME"]
    """
    folder = os.environ.get(HOME_VARIABLE) or Path.home() / ".inauthentic"
    return Path(folder) / "quiz-scores.json"


def read_attempts(path: str | os.PathLike | None = None) -> dict[str, dict]:
    """Return the saved attempts by name (empty if none was saved yet).

    Examples
    --------
    >>> read_attempts("/nonexistent/quiz-scores.json")
    {}
    """
    file = Path(path) if path is not None else scores_file()
    if not file.is_file():
        return {}
    try:
        attempts = json.loads(file.read_text(encoding="utf-8"))["attempts"]
    except (ValueError, KeyError, TypeError):
        raise KitError(
            f"The quiz scores in {file} are damaged, so they cannot be read. Delete that file "
            f"(it only holds your quiz scores) and take the quiz again."
        ) from None
    return {attempt["name"]: attempt for attempt in attempts}


def save_attempt(name: str, feedback, tell_names: dict, data_set: str, seed: int,
                 path: str | os.PathLike | None = None) -> Path:
    """Keep one quiz attempt (replacing an earlier one of the same name); return the file.

    Parameters
    ----------
    name : str
        What to call the attempt, e.g. ``"start"`` (lesson 00) or ``"retake"`` (lesson 06).
    feedback : QuizFeedback
        From :func:`inauthentic.widgets.quiz.quiz_feedback`.
    tell_names : dict of userid to list of str
        Each card's tells by short name (:func:`inauthentic.widgets.quiz.named_tells`).
    data_set : str
        The data set's name, for the record.
    seed : int
        The quiz's seed, for the record.
    path : path, optional
        Another file than :func:`scores_file`.

    Examples
    --------
    >>> import tempfile
    >>> from inauthentic.widgets.quiz import quiz_feedback
    >>> feedback = quiz_feedback({7: "looks genuine"}, {7: "genuine"}, {7: []})
    >>> file = save_attempt("start", feedback, {7: ["Reassuring: real audience"]}, "tiny", 0,
    ...                     path=Path(tempfile.mkdtemp()) / "scores.json")
    >>> read_attempts(file)["start"]["correct"]
    1
    """
    file = Path(path) if path is not None else scores_file()
    attempts = read_attempts(file)
    cards = [{"userid": int(userid), "correct": bool(card.correct), "coordinated": bool(card.coordinated),
              "answer": None if pd.isna(card.answer) else str(card.answer), "tells": list(tell_names.get(userid, []))}
             for userid, card in zip(feedback.cards.index, feedback.cards.itertuples())]
    attempts[name] = {"name": name, "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                      "data_set": data_set, "seed": int(seed), "correct": feedback.correct,
                      "total": feedback.total, "cards": cards}
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        private = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        private.write_text(json.dumps({"attempts": list(attempts.values())}, indent=1), encoding="utf-8")
        private.replace(file)
    except OSError as problem:
        raise KitError(
            f"Your quiz score could not be saved in {file} ({problem.strerror or problem}). Set the "
            f"environment variable {HOME_VARIABLE} to a folder you can write to, or just note your score."
        ) from None
    return file


def quiz_progress(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Compare the saved attempts: the score, then each tell's cards judged right.

    Returns
    -------
    DataFrame
        One column per attempt (in the order taken). The first row is the
        score (``"4 of 6"``); each other row is a tell the cards showed,
        saying how many of the cards with that tell the learner judged right
        (``"1 of 2"``, or ``"-"`` where no card of that attempt showed it).
        Empty if nothing was saved yet.

    Examples
    --------
    >>> quiz_progress("/nonexistent/quiz-scores.json").empty
    True
    """
    attempts = sorted(read_attempts(path).values(), key=lambda attempt: attempt["when"])
    if not attempts:
        return pd.DataFrame()
    rows = [{"attempt": attempt["name"], "tell": tell, "correct": card["correct"]}
            for attempt in attempts for card in attempt["cards"] for tell in card["tells"]]
    cards = pd.DataFrame(rows, columns=["attempt", "tell", "correct"])
    counts = cards.groupby(["tell", "attempt"])["correct"].agg(["sum", "count"])
    table = (counts["sum"].astype(str) + " of " + counts["count"].astype(str)).unstack("attempt")
    names = [attempt["name"] for attempt in attempts]
    table = table.reindex(columns=names).fillna("-")
    score = pd.DataFrame([[f"{attempt['correct']} of {attempt['total']}" for attempt in attempts]],
                         index=["score"], columns=names)
    result = pd.concat([score, table.sort_index()])
    result.columns.name = None
    return result


class QuizProgress(Explorer):
    """Your quiz attempts side by side, tell by tell (press Refresh after a quiz's Check).

    Parameters
    ----------
    path : path, optional
        Another file than :func:`scores_file`.

    Attributes
    ----------
    refresh : ipywidgets.Button
        Reads the saved attempts again.
    state : DataFrame
        What :func:`quiz_progress` returned.
    widget : ipywidgets.VBox
        What the notebook shows.

    Examples
    --------
    >>> QuizProgress("/nonexistent/quiz-scores.json").state.empty
    True
    """

    def __init__(self, path: str | os.PathLike | None = None):
        self.path = path
        self.refresh = ipywidgets.Button(description="Refresh", icon="refresh")
        self.refresh.on_click(lambda button: self.update())
        self.table = ipywidgets.HTML()
        self.widget = ipywidgets.VBox([self.refresh, self.table])
        self.update()

    def update(self) -> None:
        """Read the saved attempts and show them."""
        self.state = quiz_progress(self.path)
        where = html_escape(scores_file() if self.path is None else self.path)
        if self.state.empty:
            self.table.value = (f"<p>No quiz attempt is saved yet (looked in <code>{where}</code>). "
                                "Take the quiz and press Check, then Refresh.</p>")
            return
        self.table.value = (self.state.to_html(classes="inauthentic-progress", border=0)
                            + f"<p><small>Kept only on this machine, in <code>{where}</code>.</small></p>")
