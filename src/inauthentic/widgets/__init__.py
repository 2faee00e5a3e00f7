"""Interactive widgets for the lessons: each one is a cell's last line.

- :class:`AccountCard`: look an account up: profile, sample posts, clock.
- :class:`ClockExplorer`: slide a time-zone offset until a week looks like office work.
- :class:`ThresholdTuner`: set a threshold per signal; see precision, recall and the
  genuine people caught, group by group.
- :class:`CoordinationExplorer`: tune the co-retweet window and weight; watch clusters form.
- :class:`SpotTheFakeQuiz`: judge a few accounts, then see the answers and the tells.
- :class:`QuizProgress`: the learner's saved quiz attempts side by side, tell by tell.

Each widget is built from pure functions (in its module) that tests and
learners can call directly; the class wires ipywidgets controls (attributes
such as ``.offset``, ``.window``, ``.min_weight``) to them, keeps the latest
result in ``.state`` and shows itself when it is the last line of a cell.
See ``docs/widgets.md``.

Examples
--------
>>> from inauthentic import load_dataset
>>> from inauthentic.widgets import ClockExplorer
>>> explorer = ClockExplorer(load_dataset("tiny"))
>>> explorer.offset.value = 8
>>> explorer.state.offset
8
"""

from __future__ import annotations

from .account_card import AccountCard
from .clock_explorer import ClockExplorer
from .coordination_explorer import CoordinationExplorer
from .quiz import SpotTheFakeQuiz, quiz_feedback
from .quiz_scores import QuizProgress
from .threshold_tuner import ThresholdTuner

__all__ = ["AccountCard", "ClockExplorer", "ThresholdTuner", "CoordinationExplorer", "SpotTheFakeQuiz", "QuizProgress", "quiz_feedback"]
