# Praktika: `make run` serves the site with demo content, `make test` runs the whole suite.
# Everything a fresh Debian machine lacks is installed on the way; stamp files make a second
# run skip what is already done.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
PORT := $(or $(PORT),8000)
PYTEST_ARGS ?=
# Test processes (pytest-xdist): one per core, at most four; each test file runs whole in one
# process, so module fixtures (the site tree, the demo, a live server) are set up once. Files
# are handed out in the order tests/conftest.py collects them: the slowest first.
TEST_WORKERS ?= auto
PYTEST := DJANGO_SETTINGS_MODULE=config.settings.test $(BIN)/pytest \
	-n $(TEST_WORKERS) --maxprocesses=4 --dist loadfile --no-loadscope-reorder

# The admin link printed by ensure_admin points at the server `make run` starts.
WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
export WAGTAILADMIN_BASE_URL

DEV := DJANGO_SETTINGS_MODULE=config.settings.dev
# The worker of the task queue (TASKS_BACKEND, config/settings/base.py): the database's by default.
WORKER := $(if $(filter rq,$(TASKS_BACKEND)),rqworker default --job-class django_tasks_rq.Job \
	--with-scheduler,db_worker)
PY_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
IGNORE := --ignore=.venv --ignore=node_modules --ignore=var --ignore=static/vendor
# Debian package, then the file or command that shows it is there.
SYSTEM_PACKAGES := gettext:msgfmt fonts-dejavu-core:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
BROWSER_PACKAGES := chromium:/usr/bin/chromium
NODE_PACKAGES := nodejs:node npm:npm
BENCH_PACKAGES := wrk:wrk

# $(call apt_install,PACKAGES): as root, or through sudo; otherwise say what to install.
define apt_install
if [ "$$(id -u)" -eq 0 ]; then sudo=""; \
elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
else \
  echo "Missing Debian packages: $(strip $(1))"; \
  echo "Install them as root:    apt-get update && apt-get install -y $(strip $(1))"; \
  exit 1; \
fi; \
command -v apt-get >/dev/null 2>&1 || { \
  echo "Missing system packages: $(strip $(1)) (no apt-get here: use your package manager)"; exit 1; }; \
echo "Installing Debian packages: $(strip $(1))"; \
$$sudo apt-get update -qq && \
$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends $(1)
endef

# $(call apt_ensure,PACKAGE:PROBE ...): install the packages whose probe is missing.
define apt_ensure
missing=""; \
for spec in $(1); do \
  probe=$${spec#*:}; \
  case $$probe in \
    /*) [ -e "$$probe" ] ;; \
    *) command -v "$$probe" >/dev/null 2>&1 ;; \
  esac || missing="$${missing:+$$missing }$${spec%%:*}"; \
done; \
if [ -n "$$missing" ]; then $(call apt_install,$$missing); fi
endef

# Without a "vendor" script in package.json, each runtime dependency's dist/ (or the whole
# package) is copied to static/vendor/<name>/. devDependencies (axe-core, read by the browser
# tests from node_modules/) are never shipped.
define COPY_VENDOR
const fs = require("fs");
const pkg = require("./package.json");
fs.rmSync("static/vendor", { recursive: true, force: true });
for (const name of Object.keys(pkg.dependencies || {})) {
  const dist = `node_modules/$${name}/dist`;
  const source = fs.existsSync(dist) ? dist : `node_modules/$${name}`;
  fs.cpSync(source, `static/vendor/$${name}`, { recursive: true });
}
endef
export COPY_VENDOR

.PHONY: help run worker test test-fast install install-test venv system-packages browser-packages \
	vendor compilemessages messages migrate demo admin lint format migrations-check check-deploy \
	bench bench-search screenshots clean distclean

help:
	@echo "make run               install, compile translations, migrate SQLite, load demo content,"
	@echo "                       create the admin account and serve http://127.0.0.1:$(PORT)/"
	@echo "                       with a task worker beside it (emails, search updates)"
	@echo "make worker            only the task worker"
	@echo "make test              install (with Chromium) and run the whole test suite"
	@echo "                       (DATABASE_URL=postgres://... make test runs it on PostgreSQL)"
	@echo "make test-fast         everything but the browser tests, in parallel (the inner loop)"
	@echo "make install           only install: .venv, Debian packages, front-end packages"
	@echo "make lint / format     ruff and lint-imports (the layers) / apply ruff fixes and formatting"
	@echo "make messages          extract interface strings into locale/*/LC_MESSAGES/*.po"
	@echo "make compilemessages   build the .mo files"
	@echo "make migrations-check  fail when a model change has no migration"
	@echo "make check-deploy      Django's deployment checks with the production settings"
	@echo "make bench             load benchmark: demo site under gunicorn on PostgreSQL + Redis,"
	@echo "                       cold and warm, with wrk (BENCH_DURATION=10 seconds per URL)"
	@echo "make screenshots       full-page PNGs of every page type in bg/en/ro at 1366 and 390 px"
	@echo "                       from a throw-away demo site, in var/screenshots/ (open index.html)"
	@echo "make clean             remove the venv, node_modules and build artefacts (keeps var/)"
	@echo "make distclean         clean, and remove var/ (database, media, mail)"

# --- install ------------------------------------------------------------------------------

install: venv system-packages vendor

install-test: install browser-packages

venv: $(PY_STAMP)

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] < (3, 14))' || { \
	  echo "Praktika needs Python 3.11 to 3.13; $(PYTHON) is $$($(PYTHON) -V 2>&1)."; \
	  echo "Run with PYTHON=/path/to/python3.11 make ..."; exit 1; }
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { $(call apt_install,python3-venv); }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip

$(PY_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[test]"
	@touch $@

system-packages:
	@$(call apt_ensure,$(SYSTEM_PACKAGES))

browser-packages:
	@$(call apt_ensure,$(BROWSER_PACKAGES))

ifneq ($(wildcard package-lock.json),)
vendor: $(NPM_STAMP)

$(NPM_STAMP): package.json package-lock.json
	@$(call apt_ensure,$(NODE_PACKAGES))
	npm ci --no-audit --no-fund
	@if node -e 'process.exit(require("./package.json").scripts?.vendor ? 0 : 1)'; then \
	  npm run vendor; else node -e "$$COPY_VENDOR"; fi
	@touch $@
else
vendor:
	@:
endif

# --- develop ------------------------------------------------------------------------------

# The task worker runs in the background and is stopped when the server stops, however it stops.
run: install compilemessages migrate demo admin
	@echo "Serving http://127.0.0.1:$(PORT)/ (admin: http://127.0.0.1:$(PORT)/admin/) with a task"
	@echo "worker beside it; Ctrl+C stops both."
	@$(DEV) $(MANAGE) $(WORKER) & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
	$(DEV) $(MANAGE) runserver 127.0.0.1:$(PORT)

worker: venv
	$(DEV) $(MANAGE) $(WORKER)

migrate: venv
	@mkdir -p var
	$(DEV) $(MANAGE) migrate --noinput

demo: venv system-packages
	$(DEV) $(MANAGE) load_demo

admin: venv
	@$(DEV) $(MANAGE) ensure_admin --password-file var/admin-password

compilemessages: venv system-packages
ifneq ($(wildcard locale/*/LC_MESSAGES/*.po),)
	$(MANAGE) compilemessages $(IGNORE) --verbosity 0
else
	@echo "No locale/*/LC_MESSAGES/*.po yet: nothing to compile (make messages creates them)."
endif

messages: venv system-packages
	$(MANAGE) makemessages -l bg -l en -l ro --no-location --no-obsolete $(IGNORE) \
		--ignore=tests --ignore=bench
	$(MANAGE) makemessages -d djangojs -l bg -l en -l ro --no-location --no-obsolete $(IGNORE) \
		--ignore=tests --ignore=bench

# --- check --------------------------------------------------------------------------------

test: install-test compilemessages
	$(PYTEST) $(PYTEST_ARGS)

test-fast: install compilemessages
	$(PYTEST) -m "not browser" $(PYTEST_ARGS)

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: venv
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: venv
	$(MANAGE) makemigrations --check --dry-run

check-deploy: venv
	DJANGO_SETTINGS_MODULE=config.settings.production \
	SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')" \
	ALLOWED_HOSTS=praktika.example.org \
	$(MANAGE) check --deploy --fail-level WARNING

# --- benchmark ----------------------------------------------------------------------------

# Needs PostgreSQL and Redis on 127.0.0.1 (see bench/README.md); BENCH_* variables configure it.
bench: install compilemessages
	@$(call apt_ensure,$(BENCH_PACKAGES))
	$(PY) -m bench.run $(BENCH_ARGS)

# Search latency over a generated corpus on PostgreSQL and Redis (bench/README.md, "Search latency").
bench-search: install compilemessages
	$(PY) -m bench.search $(BENCH_ARGS)

# --- review -------------------------------------------------------------------------------

# Builds its own demo site in a temporary folder; SCREENSHOTS_ARGS="--only home,article" and
# others: .venv/bin/python -m review.screenshots --help (docs/testing.md).
screenshots: install-test compilemessages
	$(PY) -m review.screenshots $(SCREENSHOTS_ARGS)

# --- clean --------------------------------------------------------------------------------

clean:
	rm -rf $(VENV) node_modules static/vendor var/static build *.egg-info \
		.pytest_cache .ruff_cache test-results
	find . -path ./.git -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
	rm -f locale/*/LC_MESSAGES/*.mo

distclean: clean
	rm -rf var
