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

# Two catalogues: the Door screen's own, and the rest of the app's.
DOOR_UI := ui/door_screen.py ui/verdict_view.py ui/headcount_chart.py ui/webcam.py ui/sounds.py \
           ui/media_probe.py ui/scan_cooldown.py \
           $(wildcard ui/door_dialogs.py ui/pin_dialog.py)
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(filter-out $(DOOR_UI),$(wildcard ui/*.py)) -no-obsolete -ts resources/translations/checkin_nl.ts
	$(BIN)/pyside6-lupdate $(DOOR_UI) -no-obsolete -ts resources/translations/door_nl.ts
	for ts in resources/translations/*_nl.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
