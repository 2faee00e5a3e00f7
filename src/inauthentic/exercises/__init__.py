"""Graded exercises: build them from their masters, and grade a class's submissions.

Each exercise has one *master* in ``exercises/source/NAME.py``: a jupytext
percent script holding the questions, their solutions and their tests, marked
with otter-grader's raw cells (``# BEGIN QUESTION``, ``# BEGIN SOLUTION``,
``# BEGIN TESTS`` ...). Two commands use it:

- ``python -m inauthentic.exercises build`` (``make exercises``):
  :mod:`inauthentic.exercises.build` executes each master, runs
  ``otter assign`` and writes the notebook learners open to
  ``exercises/NAME.ipynb`` (never over one a learner changed), and the
  autograder to ``exercises/build/NAME/``.
- ``python -m inauthentic.exercises grade SUBMISSIONS`` (``make grade``):
  :mod:`inauthentic.exercises.grade` grades a folder of submitted notebooks
  with ``otter run``, in parallel and with a time limit each, and writes a
  gradebook, a per-question summary and a plot; ``--autograder ZIP`` grades
  with another autograder (a private capstone's).
- ``python -m inauthentic.exercises capstone --data DIR --out DIR``
  (``make capstone``): :mod:`inauthentic.exercises.private_capstone` rebuilds
  exercise 07 for a private copy of the capstone, with that copy's answer key
  in the hidden tests (:mod:`inauthentic.exercises.answer_key`).

Importing this package does no work.

Examples
--------
>>> from inauthentic.exercises import layout
>>> layout.exercises_root().name
'exercises'
"""

__all__ = ["answer_key", "build", "grade", "layout", "private_capstone", "results"]
