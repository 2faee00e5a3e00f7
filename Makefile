# The two commands a learner needs: `make lab` and `make test`.
# Both create .venv on first use (plain venv + pip) and reinstall only when
# pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The browser tests drive JupyterLab in Debian's Chromium (Playwright's own
# browser download does not work offline). Point CHROMIUM elsewhere to use
# another Chromium or Chrome.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM

.PHONY: lab test install data browser clean-data help exercises grade

help:
	@echo "make lab    - set up (first time only) and open JupyterLab at the first lesson"
	@echo "make test   - set up (first time only) and run the whole test suite"
	@echo "make data   - build the shipped data sets from their scenario files"
	@echo "make exercises [FORCE=1]   - build the graded exercises from exercises/source/ (see exercises/INSTRUCTOR.md)"
	@echo "make grade SUBMISSIONS=dir [EXERCISE=name] - grade submitted notebooks (no sandbox: read INSTRUCTOR.md)"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

browser:
	@if [ -x "$(CHROMIUM)" ]; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif command -v apt-get >/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "The browser tests need Chromium: install it, then run 'make test CHROMIUM=/path/to/chromium'."; exit 1; \
	fi

data: install
	$(BIN)/python -m inauthentic build

# JupyterLab opens at the first lesson (the README until lessons exist).
FIRST_LESSON = $(firstword $(sort $(wildcard notebooks/*.ipynb)))

lab: data
	$(BIN)/jupyter lab $$([ "$$(id -u)" = 0 ] && echo --allow-root) $(or $(FIRST_LESSON),README.md)

test: data browser
	$(BIN)/python -m pytest

clean-data:
	rm -f datasets/*/accounts.csv datasets/*/posts.csv datasets/*/labels.csv

# Graded exercises (exercises/INSTRUCTOR.md). `make exercises` never replaces a
# student notebook someone changed unless FORCE=1.
exercises: data
	$(BIN)/python -m inauthentic.exercises build $(if $(FORCE),--force)

# Grades with `otter run`, without a sandbox; prints the Docker alternative.
SUBMISSIONS ?=
EXERCISE ?=
TIME_LIMIT ?= 300
grade: data
	@test -n "$(SUBMISSIONS)" || { echo "Say which folder to grade: make grade SUBMISSIONS=path/to/notebooks"; exit 1; }
	$(BIN)/python -m inauthentic.exercises grade "$(SUBMISSIONS)" --time-limit $(TIME_LIMIT) $(if $(EXERCISE),--exercise $(EXERCISE))
