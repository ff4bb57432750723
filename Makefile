# The one entry point for people, CI and hooks. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
KAFKA := deploy/kafka/kafka-local
KAFKA_PORT ?= 9092
export KAFKA_PORT
RUN_DIR ?= .run
CHIPWATCH_BROKER ?= kafka://127.0.0.1:$(KAFKA_PORT)
export CHIPWATCH_BROKER

.PHONY: help venv system-deps lint lexicon fmt test test-unit test-integration run stop kafka-up kafka-down schemas docs bench bench-core clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s $$'\t'

venv: $(VENV)/.installed  ## create the virtualenv and install the project with its dev tools

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

system-deps:  ## install what the tests need from Debian (kcat, prometheus) if missing
	@missing=""; \
	command -v kcat >/dev/null || missing="$$missing kcat"; \
	command -v prometheus >/dev/null || missing="$$missing prometheus"; \
	command -v java >/dev/null || missing="$$missing openjdk-17-jre-headless"; \
	command -v mvn >/dev/null || missing="$$missing maven"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing:$$missing — install them (apt-get install$$missing)"; exit 1; \
	  fi; \
	fi

lint: venv  ## ruff (lint + format check), mypy, import-linter, schema, inflection-table and state-name drift
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/chipwatch schemas --check
	$(BIN)/python tools/gen_inflections.py --check
	$(BIN)/python tools/gen_territories.py --check

lexicon: venv  ## rewrite the inflection table (simplemma) and the states' names (CLDR, Babel)
	$(BIN)/python tools/gen_inflections.py
	$(BIN)/python tools/gen_territories.py

fmt: venv  ## format and fix what ruff can
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: venv system-deps lint  ## lint, then the whole suite; the tests start their own broker
	$(KAFKA) fetch
	$(BIN)/pytest

test-unit: venv  ## only the pure core and the Faust test harness (no broker)
	$(BIN)/pytest tests/unit tests/agents

test-integration: venv system-deps  ## only the real-broker tests
	$(BIN)/pytest tests/integration

kafka-up:  ## start the local broker on 127.0.0.1:$(KAFKA_PORT)
	KAFKA_STATE_DIR=$(RUN_DIR)/kafka $(KAFKA) up

kafka-down:  ## stop the local broker
	KAFKA_STATE_DIR=$(RUN_DIR)/kafka $(KAFKA) down

run: venv kafka-up  ## broker + worker, feed the samples, print the alerts (Ctrl-C stops all)
	@bash deploy/run-local.sh

stop: kafka-down  ## stop a worker left by `make run` and the broker
	-@[ -f $(RUN_DIR)/worker.pid ] && kill $$(cat $(RUN_DIR)/worker.pid) 2>/dev/null; rm -f $(RUN_DIR)/worker.pid

schemas: venv  ## re-export JSON Schema and AsyncAPI files from the models
	$(BIN)/chipwatch schemas

docs: venv  ## regenerate the README settings and topics tables and the schema files
	$(BIN)/chipwatch settings --readme README.md
	$(BIN)/chipwatch topics --readme README.md
	$(BIN)/chipwatch schemas

BENCH_ARGS ?=
bench: venv system-deps  ## own broker, corpus, passthrough/e2e/latency/core/scale/memory -> bench/results (~12 min)
	$(KAFKA) fetch
	@$(BIN)/python -c 'import matplotlib' 2>/dev/null || $(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py $(BENCH_ARGS)

bench-core: venv  ## core benchmarks (no Kafka): tagging MB/s, tag+detect articles/s
	$(BIN)/python bench/bench_core_tagging.py
	$(BIN)/python bench/bench_core_detect.py --policy-share 0.05

clean:  ## remove the virtualenv and local state (not the jar cache)
	rm -rf $(VENV) $(RUN_DIR) .mypy_cache .ruff_cache .pytest_cache
