# Developer entry points.  The README's two commands are scripts/demo.sh and scripts/test.sh.
PY ?= .venv/bin/python

.PHONY: demo test eval knowledge lint bench fuzz dist

demo:
	sh scripts/demo.sh

test:
	sh scripts/test.sh

eval:            ## reason/status agreement with the labelled corpus, rule counts, seed-case score
	$(PY) tools/evaluate.py

knowledge:       ## recompile core/whybounce/data/**/*.yaml into knowledge.msgpack, the core's regexes into patterns.msgpack
	PYTHONPATH=core $(PY) -m whybounce.build_knowledge
	PYTHONPATH=core $(PY) -m whybounce.build_patterns

lint:
	$(PY) -m ruff check core native_host packaging tools tests
	$(PY) -m mypy

bench:
	$(PY) bench/run.py

fuzz:            ## FUZZ_SECONDS per target (default 600); needs atheris (the 'fuzz' extra)
	$(PY) -c "import atheris" 2>/dev/null || $(PY) -m pip install -q "atheris>=2.3"
	sh fuzz/run.sh $${FUZZ_SECONDS:-600}

dist:            ## wheel, sdist, whybounce-<version>.xpi and the per-user installers, into dist/
	rm -rf dist
	$(PY) -m build -q --outdir dist .
	$(PY) packaging/build_xpi.py --out dist
	cp packaging/install.sh packaging/install.ps1 dist/
