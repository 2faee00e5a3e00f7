"""The quiz's pre and post scores: kept only on the learner's machine, compared tell by tell."""

from __future__ import annotations

import json

import pytest

from inauthentic import KitError
from inauthentic.signals import signal_table
from inauthentic.widgets import QuizProgress, SpotTheFakeQuiz
from inauthentic.widgets.quiz import DECOY_GROUPS
from inauthentic.widgets.quiz_scores import quiz_progress, read_attempts, scores_file


@pytest.fixture()
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("INAUTHENTIC_HOME", str(tmp_path / "kit-home"))
    return tmp_path / "kit-home"


@pytest.fixture(scope="module")
def tiny_table(tiny):
    return signal_table(tiny, tz="UTC+8")


def take(data, table, seed, save_as=None, answer="looks coordinated"):
    quiz = SpotTheFakeQuiz(data, n=6, seed=seed, signals_table=table, save_as=save_as)
    for toggle in quiz.choices.values():
        toggle.value = answer
    return quiz, quiz.mark()


def test_nothing_is_written_unless_the_lesson_asks(tiny, tiny_table, home):
    take(tiny, tiny_table, seed=0)
    assert not home.exists()
    assert QuizProgress().state.empty
    assert "No quiz attempt is saved yet" in QuizProgress().table.value


def test_two_attempts_are_kept_and_compared_tell_by_tell(tiny, tiny_table, home):
    start, first = take(tiny, tiny_table, seed=0, save_as="start", answer="looks coordinated")
    retake, second = take(tiny, tiny_table, seed=1, save_as="retake", answer="looks genuine")
    assert scores_file() == home / "quiz-scores.json" and scores_file().is_file()
    assert sorted(read_attempts()) == ["retake", "start"]
    progress = quiz_progress()
    assert list(progress.columns) == ["start", "retake"]
    assert progress.loc["score", "start"] == f"{first.correct} of {first.total}"
    assert progress.loc["score", "retake"] == f"{second.correct} of {second.total}"
    for quiz, feedback, column in ((start, first, "start"), (retake, second, "retake")):
        for tell in {name for names in quiz.tell_names.values() for name in names}:
            showing = [userid for userid, names in quiz.tell_names.items() if tell in names]
            right = sum(bool(feedback.cards.loc[userid, "correct"]) for userid in showing)
            assert progress.loc[tell, column] == f"{right} of {len(showing)}", tell
    assert "Kept as 'start'" in start.score.value and "on this machine only" in start.score.value
    assert "retake" in QuizProgress().table.value


def test_a_retake_with_the_same_name_replaces_the_earlier_one(tiny, tiny_table, home):
    take(tiny, tiny_table, seed=0, save_as="start", answer="looks coordinated")
    _, again = take(tiny, tiny_table, seed=0, save_as="start", answer="looks genuine")
    saved = json.loads(scores_file().read_text())["attempts"]
    assert [attempt["name"] for attempt in saved] == ["start"]
    assert saved[0]["correct"] == again.correct


def test_the_retake_draws_other_accounts_of_the_same_difficulty(classroom):
    table = signal_table(classroom, tz="UTC+8")
    first = SpotTheFakeQuiz(classroom, seed=0, signals_table=table)
    second = SpotTheFakeQuiz(classroom, seed=1, signals_table=table)
    assert not set(first.state.userids) & set(second.state.userids)
    labels = classroom.labels.set_index("userid")

    def mix(quiz):
        picked = labels.loc[quiz.state.userids]
        return ((picked["kind"] == "campaign").sum(), picked["group"].isin(DECOY_GROUPS).sum())

    assert mix(first) == mix(second)


def test_damaged_scores_and_unwritable_folders_get_sentences(tiny, tiny_table, home, tmp_path, monkeypatch):
    home.mkdir()
    scores_file().write_text("{not json")
    with pytest.raises(KitError, match=r"quiz scores in .*quiz-scores.json are damaged.*Delete that file"):
        quiz_progress()
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    monkeypatch.setenv("INAUTHENTIC_HOME", str(blocked / "below"))
    quiz, feedback = take(tiny, tiny_table, seed=0, save_as="start")
    assert "could not be saved" in quiz.score.value and "INAUTHENTIC_HOME" in quiz.score.value
    assert feedback.total == 6


def test_a_blank_attempt_name_is_refused(tiny, tiny_table):
    with pytest.raises(KitError, match="'save_as' should be a name for this attempt"):
        SpotTheFakeQuiz(tiny, signals_table=tiny_table, save_as=" ")
