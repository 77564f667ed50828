# Two commands for a newcomer: `make run` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
LIBRARY ?= seeds

export QT_QPA_PLATFORM_THEME ?=

# Translations: .ts sources (Qt Linguist XML, edited by translators) -> .qm (compiled here, not
# committed). reader_en.ts holds only the plural forms English needs ("1 result", "2 results").
I18N := resources/i18n
TS   := $(I18N)/reader_zh_CN.ts $(I18N)/reader_zh_TW.ts $(I18N)/reader_en.ts
QM   := $(TS:.ts=.qm)
LUPDATE := $(VENV)/bin/pyside6-lupdate -extensions py -no-obsolete -locations relative -source-language en

.PHONY: run test test-under-load faults lint typecheck pytest system-deps bench package package-check deb deb-check install-desktop clean translations translations-update

# Debian/Ubuntu system libraries Qt needs (skipped when already present or not on Debian).
system-deps:
	@sh packaging/system-deps.sh

$(STAMP): pyproject.toml | system-deps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	@touch $(STAMP)

# Order-only on the venv: reinstalling packages does not recompile the catalogues.
$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Bring the .ts sources in line with the code: new strings come in unfinished (the tests fail
# until they are translated), strings no longer in the code are dropped.
translations-update: $(STAMP)
	$(LUPDATE) reader -ts $(I18N)/reader_zh_CN.ts $(I18N)/reader_zh_TW.ts
	$(LUPDATE) -pluralonly reader -ts $(I18N)/reader_en.ts

run: $(STAMP) translations
	$(PY) -m reader --library "$(LIBRARY)"

lint: $(STAMP)
	$(PY) -m ruff check reader tests bench packaging
	$(PY) -m ruff format --check reader tests bench packaging

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not faults" $(PYTEST_ARGS)

# The whole suite 5 times in a row with both cores kept busy (flakes show up here first).
test-under-load: $(STAMP) translations
	.ci/test-under-load $(ROUNDS)

# The slow fault-injection tests (full disk, kills at chosen moments, deep nesting at scale).
faults: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m faults $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP)
	$(PY) -m pip install --quiet -e ".[bench]"
	$(PY) -m bench.run_all $(BENCH_ARGS)

package: $(STAMP) translations
	$(PY) -m pip install --quiet -e ".[package]"
	$(PY) packaging/build.py

# Build the bundle, start it offscreen with --screenshot, check it exits 0 and writes the PNG.
package-check: $(STAMP) translations
	$(PY) -m pip install --quiet -e ".[package]"
	QT_QPA_PLATFORM=offscreen $(PY) packaging/build.py --check

# A .deb of the bundle (/opt/reader, /usr/bin/reader, menu entry, icons), checked by lintian
# (the bundle is built first unless dist/Reader exists).
deb: $(STAMP)
	@test -x dist/Reader/Reader || $(MAKE) package
	$(PY) packaging/linux/deb.py build

# Install the .deb, start Reader from its menu entry under Xvfb, close it, purge the package
# and check nothing is left (root: CI or a container; needs xvfb and xdotool).
deb-check: deb
	$(PY) packaging/linux/deb.py check dist/reader_*.deb

install-desktop: $(STAMP)
	$(PY) -m reader.desktop_entry install

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM)
