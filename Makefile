# The developer commands. `make demo` and `make test` each set up everything they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint format bench clean

$(BIN)/.installed: pyproject.toml
	@pkg-config --exists icu-i18n 2>/dev/null || { \
	  echo "PyICU needs ICU's headers: on Debian/Ubuntu run 'apt-get install libicu-dev pkg-config'"; \
	  exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

install: $(BIN)/.installed

demo: install
	$(BIN)/countersight demo --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check countersight tests tools bench
	$(BIN)/ruff format --check countersight tests tools bench

format: install
	$(BIN)/ruff format countersight tests tools bench
	$(BIN)/ruff check --fix countersight tests tools bench

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis test-output
