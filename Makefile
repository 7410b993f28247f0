# Ashar: every day-to-day task. `make help` lists the targets.
# Needs only python3 (with its venv module) on the machine; everything else is installed
# into .venv. Every target is safe to run again.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Touched after a successful install: pip runs again only when a requirements file is newer.
STAMP := $(VENV)/.ashar-requirements.stamp
REQUIREMENTS := requirements.txt requirements-dev.txt
TEMPLATE_DIRS = $(wildcard site/templates site/*/templates)
HOST ?= 127.0.0.1
PORT ?= 8000

export PIP_DISABLE_PIP_VERSION_CHECK := 1
# Python keeps the compiled modules (and pytest its rewritten tests) in __pycache__/ (in
# .gitignore): the suite starts a dozen Python processes, which would each compile the
# project's modules again (pytest's collection alone: 6.1 s of CPU without them, 3.2 with).
# So the targets do not pass on a PYTHONDONTWRITEBYTECODE that the caller's environment may
# set (some machines set it for every process).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help install run test test-fast screenshots lint format messages check bench publish-scheduled drill

help: ## List the targets
	@echo "Ashar: make <target>"
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sort \
		| awk 'BEGIN {FS = ":.*## "} {printf "  %-10s %s\n", $$1, $$2}'

$(PY):
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
		echo "Could not create $(VENV): install Python's venv module" \
			"(Debian/Ubuntu: apt-get install python3-venv) and run make again." >&2; \
		exit 1; }

$(STAMP): $(REQUIREMENTS) | $(PY)
	$(PY) -m pip install --quiet --requirement requirements-dev.txt
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install requirements-dev.txt (again only when it changed)

run: install ## Migrate the SQLite database, load the demo content, serve on 127.0.0.1:8000
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_data
	ASHAR_PUBLIC_BASE_URL=$${ASHAR_PUBLIC_BASE_URL:-http://$(HOST):$(PORT)} $(PY) manage.py runserver $(HOST):$(PORT)

# A module's tests (and every browser test) stay on one worker; one worker per core. A
# worker in a browser test keeps its core busy with Chromium's work, and each worker that
# runs browser tests has its own Chromium and server: one worker more than the cores cost
# 40 s more of CPU than it saved in waiting (docs/testing.md, "What the suite costs").
WORKERS ?= auto
XDIST := -n $(WORKERS) --dist loadscope
XDIST_FAST := -n auto --dist loadscope

test: install ## Run the whole test suite (browser tests skip, with the reason, without Chromium)
	$(PY) -m pytest -rs $(XDIST) $(PYTEST_ARGS)

test-fast: install ## The suite without the browser tests, for the inner loop
	$(PY) -m pytest -rs $(XDIST_FAST) -m "not browser" $(PYTEST_ARGS)

# `make test` writes no screenshots (a full-page one costs Chromium half a second of CPU).
screenshots: install ## Run the browser tests and write their screenshots to test-artifacts/screenshots/
	ASHAR_SCREENSHOTS=1 REQUIRE_BROWSER=1 $(PY) -m pytest -rs $(XDIST) -m browser $(PYTEST_ARGS)

publish-scheduled: install ## Publish pages whose go-live time has come, unpublish expired ones (run every few minutes)
	$(PY) manage.py publish_scheduled

# All three run even when one fails, so one pass shows every problem.
lint: install ## ruff check, ruff format --check, djhtml --check on the templates
	@status=0; \
	echo "ruff check ."; $(VENV)/bin/ruff check . || status=1; \
	echo "ruff format --check ."; $(VENV)/bin/ruff format --check . || status=1; \
	echo "djhtml --check $(TEMPLATE_DIRS)"; \
	$(if $(TEMPLATE_DIRS),$(VENV)/bin/djhtml --check $(TEMPLATE_DIRS) || status=1;) \
	exit $$status

format: install ## Fix what ruff can, format Python with ruff and templates with djhtml
	$(VENV)/bin/ruff check --fix-only --quiet .
	$(VENV)/bin/ruff format .
	$(if $(TEMPLATE_DIRS),$(VENV)/bin/djhtml $(TEMPLATE_DIRS))

# Run inside site/ so that only the project's own code is scanned (not .venv, tests or
# scripts) and only site/locale is compiled. Needs GNU gettext (msgfmt, xgettext).
messages: install ## Refresh site/locale/{ky,ru,en} catalogues from the code and compile them
	@command -v xgettext >/dev/null || { \
		echo "make messages needs GNU gettext: apt-get install gettext" >&2; exit 1; }
	cd site && ../$(PY) ../manage.py makemessages -l ky -l ru -l en --no-obsolete \
		--ignore='*/migrations/*'
	$(PY) scripts/english_catalogue.py
	cd site && ../$(PY) ../manage.py compilemessages -l ky -l ru -l en

check: install ## Django system checks, missing migrations, production check --deploy
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run
	set -a && . ./.env.example && set +a \
		&& DJANGO_SETTINGS_MODULE=config.settings.production \
		$(PY) manage.py check --deploy --fail-level WARNING

bench: install ## CPU ms, SQL queries and HTML size per page at 234 and 2,000 stories (BENCH_ARGS, BENCH_DB=postgres)
	$(PY) scripts/bench.py $(BENCH_ARGS)

drill: install ## Fault drill: gunicorn on its own PostgreSQL and Redis, both broken mid-way; backup restored
	$(PY) scripts/drill.py $(DRILL_ARGS)
