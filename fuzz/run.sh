#!/bin/sh
# Fuzz every target for SECONDS each (default 60), keep crash inputs as regression tests, write fuzz/SUMMARY.md.
# Usage: fuzz/run.sh SECONDS [--targets core,frames] [--summary PATH]
# Runs at the lowest CPU priority, one fuzzing process at a time.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
py=${PYTHON:-"$here/../.venv/bin/python"}
[ -x "$py" ] || py=python3
seconds=${1:-60}
[ $# -gt 0 ] && shift
exec nice -n 19 "$py" "$here/runner.py" "$seconds" "$@"
