# gomem: the two commands a fresh machine needs.
#   make demo   installs what is missing and runs the tutorial example
#   make test   installs what is missing and runs the whole test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test install lint bench goldens clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	$(PY) -m gomem.compiler.warm
	touch $@

install: $(VENV)/.installed

demo: install
	$(PY) -m gomem run examples/tutorial/heap.go

test: install
	$(PY) -m ruff check src tests tools
	$(PY) -m pytest -p no:cacheprovider

bench: install
	$(PY) benchmarks/run.py

# needs Go 1.23 (see README)
goldens: install
	$(PY) tools/regen_goldens.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
