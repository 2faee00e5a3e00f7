# The two commands a learner needs: `make lab` and `make test`.
# Both create .venv on first use (plain venv + pip) and reinstall only when
# pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# JupyterLab settings the kit ships (no "Jupyter news" pop-up, no update
# checks: nothing reaches the internet). JupyterLab reads them from the
# environment's etc/jupyter/labconfig; postBuild puts them there on Binder.
LAB_SETTINGS := jupyter/default_setting_overrides.json

# The browser tests drive JupyterLab in Debian's Chromium (Playwright's own
# browser download does not work offline). Point CHROMIUM elsewhere to use
# another Chromium or Chrome.
CHROMIUM ?= /usr/bin/chromium
export CHROMIUM

.PHONY: lab test install data notebooks browser clean-data help exercises grade capstone

help:
	@echo "make lab [PORT=8890] - set up (first time only), start JupyterLab and print the link to the first lesson"
	@echo "make test   - set up (first time only) and run the whole test suite"
	@echo "make data   - build the shipped data sets from their scenario files (an edited file is kept as a copy)"
	@echo "make clean-data - remove the data sets' CSV files the kit built (edited files are kept)"
	@echo "make notebooks - rebuild the lessons from notebooks/NN_slug.py and run them"
	@echo "                 (LESSONS=\"00 01\" for some; FORCE=1 replaces notebooks you changed)"
	@echo "make exercises [FORCE=1]   - build the graded exercises from exercises/source/ (see exercises/INSTRUCTOR.md)"
	@echo "make grade SUBMISSIONS=dir [EXERCISE=name | AUTOGRADER=zip] - grade submitted notebooks (no sandbox: read INSTRUCTOR.md)"
	@echo "make capstone DATA=dir OUT=dir - rebuild the capstone exercise and its autograder for a private seed (exercises/INSTRUCTOR.md)"

$(STAMP): pyproject.toml $(LAB_SETTINGS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	mkdir -p $(VENV)/etc/jupyter/labconfig
	cp $(LAB_SETTINGS) $(VENV)/etc/jupyter/labconfig/default_setting_overrides.json
	touch $(STAMP)

install: $(STAMP)

# Chromium for the browser tests, CJK fonts so Chinese posts show as text
# (not empty boxes) in JupyterLab and in figures, and a colour emoji font for
# the emoji otter shows when a check passes.
BROWSER_PACKAGES := chromium fonts-noto-cjk fonts-noto-color-emoji

browser:
	@if [ -x "$(CHROMIUM)" ] && fc-list :lang=zh 2>/dev/null | grep -q . \
		&& fc-list 2>/dev/null | grep -qi "color emoji"; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; \
	elif command -v apt-get >/dev/null; then \
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; \
	else \
		echo "The browser tests need Chromium, CJK fonts and a colour emoji font: install them, then run 'make test CHROMIUM=/path/to/chromium'."; exit 1; \
	fi

data: install
	$(BIN)/python -m inauthentic build

# Each lesson notebook is built from its jupytext source and run top to bottom
# in a fresh kernel. A notebook changed since it was built is kept (the command
# says how to save a copy) unless FORCE=1.
notebooks: data
	$(BIN)/python -m inauthentic.notebooks $(if $(FORCE),--force )$(LESSONS)

# JupyterLab opens at the first lesson (the README until lessons exist).
FIRST_LESSON = $(firstword $(sort $(wildcard notebooks/*.ipynb)))

# JupyterLab listens on this machine only (127.0.0.1), behind a token, on the
# first free port from 8888 (or PORT=...). src/inauthentic/lab.py starts it and
# prints "Open this link: ..." on a line of its own; Ctrl-C stops it.
PORT ?=
lab: data
	$(BIN)/python -m inauthentic.lab $(if $(PORT),--port $(PORT)) $(or $(FIRST_LESSON),README.md)

test: data browser
	$(BIN)/python -m pytest

# Removes only the files the kit built: an edited CSV file is kept (and named).
clean-data: install
	$(BIN)/python -m inauthentic clean

# Graded exercises (exercises/INSTRUCTOR.md). `make exercises` never replaces a
# student notebook someone changed unless FORCE=1.
exercises: data
	$(BIN)/python -m inauthentic.exercises build $(if $(FORCE),--force)

# Grades with `otter run`, without a sandbox; prints the Docker alternative.
# AUTOGRADER= grades with another autograder zip, e.g. a private capstone's.
SUBMISSIONS ?=
EXERCISE ?=
AUTOGRADER ?=
TIME_LIMIT ?= 300
grade: data
	@test -n "$(SUBMISSIONS)" || { echo "Say which folder to grade: make grade SUBMISSIONS=path/to/notebooks"; exit 1; }
	$(BIN)/python -m inauthentic.exercises grade "$(SUBMISSIONS)" --time-limit $(TIME_LIMIT) $(if $(EXERCISE),--exercise $(EXERCISE)) $(if $(AUTOGRADER),--autograder "$(AUTOGRADER)")

# The capstone exercise for a private seed: DATA is a folder made by
# `python -m inauthentic generate --scenario capstone --seed SECRET --out DATA`
# (with labels.csv); OUT gets the learners' handout and the private autograder.
DATA ?=
OUT ?=
capstone: data
	@test -n "$(DATA)" -a -n "$(OUT)" || { echo "Say where the private capstone is and where to build: make capstone DATA=private/capstone OUT=private/class"; exit 1; }
	$(BIN)/python -m inauthentic.exercises capstone --data "$(DATA)" --out "$(OUT)" $(if $(FORCE),--force)
