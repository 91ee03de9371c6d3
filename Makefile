# Two commands for users: `make report` and `make test`. Everything installs from this repo.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
JOBS   ?=

.PHONY: setup data report test lab bench clean

setup: $(STAMP)

# Re-installs only when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,cluster]'
	touch $(STAMP)

data: setup
	$(PY) -m judicial_trends data build

report: data
	$(PY) run_all.py $(if $(JOBS),--jobs $(JOBS),)

test: setup
	$(PY) -m pytest

lab: setup
	$(VENV)/bin/jupyter lab notebooks/

bench: setup
	$(PY) bench/bench_batch.py

clean:
	rm -rf outputs
