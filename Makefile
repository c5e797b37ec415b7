# `make run` and `make test` do the whole set-up on a fresh machine:
# a .venv with the project installed editable, re-installed when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/python main.py --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check checkin ui tests benchmarks main.py
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

translations: $(STAMP)
	$(BIN)/pyside6-lupdate ui -ts resources/translations/checkin_nl.ts
	$(BIN)/pyside6-lrelease resources/translations/checkin_nl.ts -qm resources/translations/checkin_nl.qm

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
