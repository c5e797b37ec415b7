# `make run` and `make test` do the whole set-up on a fresh machine:
# a .venv with the project installed editable, re-installed when pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# `make dist` freezes the app with PyInstaller (packaging/checkin.spec) into dist/checkin/:
# checkin-app and checkin side by side. It builds in its own venv where the project is
# installed from a wheel, never editable, so the frozen app holds exactly what a wheel
# installs. `make dist-check` runs the frozen folder from an empty folder.
DIST_VENV := build/dist-venv
DIST_STAMP := $(DIST_VENV)/.installed

.PHONY: run test bench lint translations clean dist dist-check

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
	$(BIN)/ruff check checkin ui tests benchmarks packaging main.py
	$(BIN)/ruff format --check checkin ui tests benchmarks packaging main.py
	$(BIN)/mypy

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run.py

# Two catalogues of every ui/ file, its folders (ui/door/, ui/kit/, ui/guests/...) included:
# the Door screen's (ui/door/ and what it shows) and the rest of the app's. Dutch in full,
# English for the plural forms only ("%n scan(s)" -> 1 scan, 2 scans). Translate what
# lupdate marks unfinished (Qt Linguist); tests/ui/test_dutch_ui.py fails while any
# entry is unfinished. Both catalogues of a language are loaded (ui/app.py), so a text may
# be in either; its context must be the class Qt asks for (tests/ui/test_every_text_dutch.py).
# qtbase_extra_nl.ts, written by hand, holds Qt's own texts that qtbase_nl.qm leaves in
# English; lupdate never touches it, the loop below compiles it with the others.
DOOR_UI = $(shell find ui/door -name '*.py' | sort) \
          $(wildcard ui/webcam.py ui/webcam_reader.py ui/scan_cooldown.py ui/media_probe.py \
                     ui/pin_dialog.py ui/window_lock.py)
APP_UI = $(filter-out $(DOOR_UI),$(shell find ui -name '*.py' | sort))
LUPDATE_EN = -no-obsolete -pluralonly -source-language en -target-language en
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(APP_UI) -no-obsolete -ts resources/translations/checkin_nl.ts
	$(BIN)/pyside6-lupdate $(DOOR_UI) -no-obsolete -ts resources/translations/door_nl.ts
	$(BIN)/pyside6-lupdate $(APP_UI) $(LUPDATE_EN) -ts resources/translations/checkin_en.ts
	$(BIN)/pyside6-lupdate $(DOOR_UI) $(LUPDATE_EN) -ts resources/translations/door_en.ts
	for ts in resources/translations/*.ts; do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

$(DIST_STAMP): pyproject.toml
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(DIST_VENV)/bin/python -m pip install --quiet '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	rm -rf build/lib build/bdist.* dist/checkin
	$(DIST_VENV)/bin/python -m pip install --quiet --no-deps --force-reinstall .
	$(DIST_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/checkin.spec
	@du -sh dist/checkin

dist-check:
	test -d dist/checkin || $(MAKE) dist
	$(DIST_VENV)/bin/python packaging/dist_check.py dist/checkin

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
