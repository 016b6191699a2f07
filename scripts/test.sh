#!/bin/sh
# Set up, then run the whole test suite: Python (core, CLI, host, packaging, hostile input, the real
# Thunderbird end-to-end test when Thunderbird is installed) and the extension's JavaScript tests.
set -eu
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}; export VENV
sh scripts/setup.sh --dev
"$VENV"/bin/python -m whybounce.build_knowledge --check
status=0
"$VENV"/bin/python -m pytest -p no:cacheprovider tests || status=$?
if [ "$status" = 5 ]; then echo "test: pytest collected no tests" >&2; status=1; fi
if command -v node >/dev/null && command -v npm >/dev/null; then
  (cd tests/js && npm ci --silent --no-audit --no-fund >/dev/null && node --test && node lint.js) || status=1
else
  echo "test: node/npm not found: the extension's JavaScript tests did not run (apt-get install nodejs npm)" >&2
  status=1
fi
exit $status
