#!/bin/sh
# Set up, then run the whole test suite: Python (core, CLI, host, packaging, hostile input, the real
# Thunderbird end-to-end test when Thunderbird is installed) and the extension's JavaScript tests and
# lint. Ends with a short summary; the full results stay in build/test-results/.
# WHYBOUNCE_DEBIAN_NODE=1 (set by .ci/run) also runs the JavaScript tests with Debian 12's own nodejs.
set -eu
cd "$(dirname "$0")/.."
# The tests read the corpus, the seed cases and the JSON contract from ../shared, beside this folder.
if [ ! -d ../shared/corpus ] || [ ! -f ../shared/cases/seed-cases.yaml ]; then
  echo "test: ../shared is missing (the corpus, seed cases and contract the tests read, beside $(pwd))" >&2
  exit 1
fi
VENV=${VENV:-.venv}; export VENV
sh scripts/setup.sh --dev
"$VENV"/bin/python -m whybounce.build_knowledge --check
out=build/test-results
rm -rf "$out"; mkdir -p "$out"
status=0

# The JS dependencies first: pytest lints the built .xpi with addons-linter from tests/js too.
js=yes
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  js=no
  echo "node/npm not found (apt-get install nodejs npm)" > "$out/js-local.skipped"
elif ! (cd tests/js && npm ci --no-audit --no-fund) > "$out/npm-ci.log" 2>&1; then
  js=no
  cat "$out/npm-ci.log" >&2
  echo "npm ci failed (log: $out/npm-ci.log)" > "$out/js-local.skipped"
fi

# A temp folder of this run's own: pytest's shared /tmp/pytest-of-$USER is cleaned by every run of every
# checkout on the machine, and one run's leftovers must not fail another's clean-up.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/whybounce-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
"$VENV"/bin/python -m pytest -p no:cacheprovider --basetemp="$tmp/pytest" --junitxml="$out/pytest.xml" tests \
  || status=$?
echo "$status" > "$out/pytest.status"
if [ "$status" = 5 ]; then echo "test: pytest collected no tests" >&2; fi
[ "$status" = 0 ] || status=1

# node --test and node lint.js under the node that the command prefix $1 puts first on PATH; results
# in $out/js-$2.* and $out/lint-$2.txt
run_js() {
  # shellcheck disable=SC2086
  $1 sh -c 'cd tests/js && node --version > "$0.node" && node --test --test-reporter=tap > "$0.tap" 2>&1; t=$?
            node lint.js > "$1" 2>&1 || t=1; exit $t' "$PWD/$out/js-$2" "$PWD/$out/lint-$2.txt" \
    > "$out/js-$2.log" 2>&1
}
if [ "$js" = yes ]; then
  echo "test: extension JS tests and lint (node $(node --version))"
  run_js "" local || status=1
  if [ "${WHYBOUNCE_DEBIAN_NODE:-}" = 1 ]; then
    echo "test: the same with Debian's own nodejs (tests/js/debian-node.sh)"
    run_js "sh tests/js/debian-node.sh" debian || status=1
  fi
fi

"$VENV"/bin/python tools/suite_summary.py "$out"
if [ "$status" != 0 ]; then echo "test: FAILED"
elif [ "$js" = no ]; then echo "test: all passed, but the extension's JS tests did not run: $(cat "$out/js-local.skipped")"
else echo "test: all passed"; fi
exit $status
