# citystat: two set-up commands, `make run` and `make test`; both work on a fresh machine.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test lint format install assets compiled demo clean bench dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) assets compiled

# The text-fact extractor compiled by mypyc (tools/compile_textfacts.sh; 1.2 MB/s on dense
# text against 0.85 in pure Python), rebuilt when its sources change. The package uses the
# copy only while it matches the sources (citystat/textfacts/compiled.py); without a C
# compiler, or if compiling fails, the extractor runs as pure Python.
COMPILED := src/citystat/textfacts/_mypyc/SOURCES
compiled: $(COMPILED)
$(COMPILED): $(wildcard src/citystat/textfacts/*.py) tools/compile_textfacts.sh | $(STAMP)
	@if command -v cc >/dev/null 2>&1; then \
	  sh tools/compile_textfacts.sh || echo "compiling the text-fact extractor failed: it runs as pure Python" >&2; \
	else echo "no C compiler: the text-fact extractor runs as pure Python" >&2; fi

# ECharts comes from npm at build time and is served by the app; nothing loads from a CDN.
assets: node_modules/.installed
node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	touch node_modules/.installed

run: install
	$(BIN)/citystat serve --host $(HOST) --port $(PORT)

# The whole suite with the pure-Python extractor (the reference, and its doctests), then the
# extractor's tests again with the compiled copy that `make run` serves.
test: install
	CITYSTAT_TEXTFACTS_PURE=1 $(BIN)/pytest $(PYTEST_ARGS)
	$(BIN)/pytest $(PYTEST_ARGS) -q tests/textfacts

lint: install
	$(BIN)/ruff format --check src tests bench
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

demo: install
	$(BIN)/citystat demo

bench: install
	$(BIN)/python bench/engine.py

# The offline bundle (docs/deploy.md): dist/citystat-<version>-py3-none-any.whl with every
# static asset inside (ECharts copied from node_modules now), and dist/wheelhouse/ with it and
# every dependency as a wheel, for `pip install --no-index --find-links dist/wheelhouse citystat`.
# DIST_PYTHON builds the wheels: use the Python version (and OS) of the target server.
DIST_PYTHON ?= $(BIN)/python
DIST ?= dist
BUNDLED_ECHARTS := src/citystat/site/static/vendor/echarts
dist: assets
	rm -rf build $(DIST) $(BUNDLED_ECHARTS)
	mkdir -p $(BUNDLED_ECHARTS)
	cp node_modules/echarts/dist/echarts.min.js node_modules/echarts/LICENSE $(BUNDLED_ECHARTS)/
	$(DIST_PYTHON) -m pip wheel --quiet --no-deps --wheel-dir $(DIST) .
	$(DIST_PYTHON) -m pip wheel --quiet --wheel-dir $(DIST)/wheelhouse $(DIST)/citystat-*-py3-none-any.whl
	rm -rf build
	@ls $(DIST)/*.whl && echo "$(DIST)/wheelhouse: $$(ls $(DIST)/wheelhouse | wc -l) wheels"

clean:
	rm -rf $(VENV) node_modules var .pytest_cache .mypy_cache .ruff_cache dist build $(BUNDLED_ECHARTS) src/citystat/textfacts/_mypyc
