# The two commands of the README: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: site test install install-test system-deps bytecode serve check bench clean

# `make site BASE_URL=https://user.github.io/repo/` builds for a site published under a subpath.
site: install bytecode
	$(PY) -m generator build $(if $(BASE_URL),--base-url "$(BASE_URL)")

test: system-deps install-test bytecode
	$(PY) -m pytest

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

install-test: $(VENV)/.installed-test tests/browser/node_modules/.installed
$(VENV)/.installed-test: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

# axe-core, the accessibility checker the browser tests inject into every page type (npm).
tests/browser/node_modules/.installed: tests/browser/package.json tests/browser/package-lock.json
	@command -v npm >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends npm; }
	cd tests/browser && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium drives the browser tests; Playwright never downloads one.
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core; }

# Python writes no bytecode where PYTHONDONTWRITEBYTECODE is set, and then compiles the generator's
# source again at every start (some 0.4 s); compiling it once here keeps every later start short.
bytecode: install
	@$(PY) -m compileall -q generator bench >/dev/null

serve: install bytecode
	$(PY) -m generator serve

check: install
	$(PY) -m generator check

# The benchmark: our builds beside Pelican (PyPI) and Hugo (Debian), written to bench/RESULTS.md.
bench: install-test bytecode
	$(PY) -m pip install --quiet -e '.[test,bench]'
	@command -v hugo >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends hugo; }
	$(PY) -m bench $(BENCH_ARGS)

clean:
	rm -rf output .cache
