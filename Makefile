# The README's two commands: `make run` and `make test`. Both do all set-up on a fresh Debian.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DATA   ?= artifacts/demo
ARGS   ?=
PYTEST_ARGS ?=

.PHONY: run test bench sysdeps venv lint clean dist

sysdeps:
	@bash installer/sysdeps.sh

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

# Compiled translations are build products (git-ignored), made from the committed .ts sources.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

venv: sysdeps $(STAMP) $(QM)

run: venv
	$(BIN)/python installer/run_demo.py --data $(DATA)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --ignore=tests/ui $(PYTEST_ARGS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/run_ui.py $(PYTEST_ARGS)

# The frozen one-folder app (dist/counter-app/, smoke-run), the .deb, and the Windows installer
# script compiled against the Linux build's file list (docs/installing.md).
dist: venv
	$(BIN)/python installer/dist.py all

bench: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench $(ARGS)

clean:
	rm -rf $(VENV) artifacts bench.json .pytest_cache .mypy_cache build dist
