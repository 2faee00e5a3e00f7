"""Read otter's ``results.json`` into one row per question: points and the reason.

``otter run`` writes a ``results.json`` whose ``tests`` list has one entry per
autograded question (and a "Public Tests" summary): ``name``, ``score``,
``max_score`` and ``output``, the text a learner would see, in which every
failed test case shows its hint as ``q2_1 - 3 message: ...``. It has no total.
Questions graded by hand are not in it.

Examples
--------
>>> output = "q1 results:\\n    q1 - 2 message: Convert to the zone first.\\n\\n    q1 - 2 result:\\n        Failed"
>>> failure_messages(output)
['Convert to the zone first.']
>>> error_lines("Got:\\n    Traceback (most recent call last):\\n    NameError: name 'x' is not defined")
["NameError: name 'x' is not defined"]
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .layout import Question

__all__ = ["failure_messages", "error_lines", "question_rows", "missing_rows", "MANUAL_REASON", "PASSED"]

PASSED = "passed every check"
MANUAL_REASON = "written answer: graded by hand with the rubric in exercises/INSTRUCTOR.md"

_MESSAGE = re.compile(r"^\s*\S+ - \d+ message: (.*?)(?=\n\s*\n|\n\s*\S+ - \d+ result:|\Z)", re.MULTILINE | re.DOTALL)
_ERROR = re.compile(r"^\s*([A-Z][A-Za-z]*(?:Error|Exception)|KeyboardInterrupt)(: .*)?$", re.MULTILINE)


def failure_messages(output: str) -> list[str]:
    """The hints of the failed test cases in otter's output, in order, without repeats."""
    found = [" ".join(message.split()) for message in _MESSAGE.findall(output)]
    return list(dict.fromkeys(found))


def error_lines(output: str) -> list[str]:
    """Exceptions raised while the tests ran (``NameError: ...``), without repeats."""
    return list(dict.fromkeys("".join(match).strip() for match in _ERROR.findall(output)))


def _reason(score: float, max_score: float, output: str) -> str:
    if score >= max_score:
        return PASSED
    parts = failure_messages(output)
    parts += [f"error: {line}" for line in error_lines(output)]
    return " | ".join(parts) or "a check failed (see otter's output)"


def question_rows(results_path: Path, questions: list[Question]) -> list[dict]:
    """One row per question of the exercise from a ``results.json``: question, points, max_points, reason.

    A question that otter did not report scores 0 with that reason;
    questions graded by hand get no points (NaN) and say so.
    """
    tests = {test["name"]: test for test in json.loads(Path(results_path).read_text(encoding="utf-8")).get("tests", [])}
    rows = []
    for question in questions:
        if question.manual:
            rows.append({"question": question.name, "points": float("nan"), "max_points": question.points, "reason": MANUAL_REASON})
            continue
        test = tests.get(question.name)
        if test is None:
            rows.append({"question": question.name, "points": 0.0, "max_points": question.points, "reason": "not graded: otter reported no result for it"})
            continue
        score = round(float(test.get("score") or 0), 3)
        rows.append({"question": question.name, "points": score, "max_points": question.points, "reason": _reason(score, question.points, test.get("output", ""))})
    return rows


def missing_rows(questions: list[Question], reason: str) -> list[dict]:
    """Rows for a submission that produced no results: 0 points for every autograded question, with ``reason``.

    Examples
    --------
    >>> rows = missing_rows([Question("q1", 2, False), Question("q2", 1, True)], "stopped after 60 s")
    >>> [(row["question"], row["points"], row["reason"]) for row in rows]
    [('q1', 0.0, 'stopped after 60 s'), ('q2', nan, 'written answer: graded by hand with the rubric in exercises/INSTRUCTOR.md')]
    """
    return [
        {"question": q.name, "points": float("nan") if q.manual else 0.0, "max_points": q.points, "reason": MANUAL_REASON if q.manual else reason}
        for q in questions
    ]
