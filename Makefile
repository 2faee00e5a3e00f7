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

.PHONY: lab test install data notebooks browser clean-data help

help:
	@echo "make lab    - set up (first time only) and open JupyterLab at the first lesson"
	@echo "make test   - set up (first time only) and run the whole test suite"
	@echo "make data   - build the shipped data sets from their scenario files"
	@echo "make notebooks - rebuild the lessons from notebooks/NN_slug.py and run them"
	@echo "                 (LESSONS=\"00 01\" for some; FORCE=1 replaces notebooks you changed)"

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

# Each lesson notebook is built from its jupytext source and run top to bottom
# in a fresh kernel. A notebook changed since it was built is kept (the command
# says how to save a copy) unless FORCE=1.
notebooks: data
	$(BIN)/python -m inauthentic.notebooks $(if $(FORCE),--force )$(LESSONS)

# JupyterLab opens at the first lesson (the README until lessons exist).
FIRST_LESSON = $(firstword $(sort $(wildcard notebooks/*.ipynb)))

lab: data
	$(BIN)/jupyter lab $$([ "$$(id -u)" = 0 ] && echo --allow-root) $(or $(FIRST_LESSON),README.md)

test: data browser
	$(BIN)/python -m pytest

clean-data:
	rm -f datasets/*/accounts.csv datasets/*/posts.csv datasets/*/labels.csv
