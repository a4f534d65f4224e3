# MedEnclave — the two commands a new user runs: `make demo` and `make test`.
# Each creates .venv and installs on first use; `make setup` does only that.

PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# The CPU build of torch: from a local wheel folder when the machine has one, else PyTorch's
# CPU index (never a CUDA build).
TORCH_SRC := $(if $(wildcard /opt/wheels/torch-2.13.0*),--find-links /opt/wheels,--index-url https://download.pytorch.org/whl/cpu --extra-index-url https://pypi.org/simple)
PYTEST_ARGS ?=
# The tests run in this many processes (pytest-xdist), each test file whole in one of them
# (--dist loadfile: a file's fixtures are made once); 2 fits the 2-core CI machine. 0 runs them
# in this process.
PYTEST_WORKERS ?= 2

.PHONY: setup demo lint test protos bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (Python 3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q $(TORCH_SRC) torch==2.13.0
	$(PY) -m pip install -q -e ".[all]"
	# NVIDIA's real tritonserver (bundled in the nvidia-pytriton wheel) is the golden reference of
	# the Triton conformance tests; its Python deps would downgrade numpy, and the tests need only
	# the binary, so it goes in without them. Optional: the conformance tests skip without it.
	-$(PY) -m pip install -q --no-deps nvidia-pytriton==0.7.0
	@touch $(STAMP)

demo: setup
	$(VENV)/bin/medenclave demo --data-dir medenclave-data

# The static checks: generated stubs current, ruff, the import layering (import-linter), types
# (mypy, [tool.mypy] in pyproject.toml).
lint: setup
	$(PY) scripts/gen_protos.py --check
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# lint first, then the tests
test: lint
	$(PY) -m pytest -q -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

protos: setup
	$(PY) scripts/gen_protos.py

bench: setup
	$(PY) bench/audit/bench_audit.py

clean:
	rm -rf $(VENV) medenclave-data
