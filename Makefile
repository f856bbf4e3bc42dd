# Two commands do everything on a fresh machine (Python 3.11 and pip):
#   make ask Q="Who will Duffy meet with?"   set up, build the index if missing or stale, answer
#   make test                                set up, build the index, lint, run the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
Q ?= Who will Duffy meet with?
export HF_HUB_OFFLINE := 1

.PHONY: setup index ask test lint pytest bench clean

setup: $(STAMP)

# Reinstall whenever pyproject.toml changes (the stamp's name carries its checksum).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

# rebuild-index is a no-op ("index up to date") when the seeds have not changed.
index: $(STAMP)
	$(BIN)/briefing-bot rebuild-index

ask: index
	@$(BIN)/briefing-bot ask "$(Q)"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/hadolint Dockerfile

pytest: index
	$(BIN)/pytest

test: lint pytest

bench: index
	$(BIN)/python benchmarks/latency.py
	$(BIN)/python benchmarks/discord_load.py
	$(BIN)/python benchmarks/long_questions.py

clean:
	rm -rf $(VENV) index/*.json index/*.faiss index/*.npy
