#!/bin/sh
# Create .venv and install whybounce into it (a regular, non-editable install), with the dev tools
# when called with --dev.  Works on a fresh Debian 12: installs python3-venv when it is missing.
set -eu
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}; export VENV
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  echo "setup: python3-venv is missing; installing it (Debian: apt-get install python3-venv)" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq python3-venv python3-pip >/dev/null
  elif command -v sudo >/dev/null; then sudo apt-get update -qq && sudo apt-get install -y -qq python3-venv python3-pip >/dev/null
  else echo "setup: run 'apt-get install python3-venv' as root, then try again" >&2; exit 1; fi
fi
[ -x "$VENV"/bin/python ] || python3 -m venv "$VENV"
"$VENV"/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# pip's and the build backend's chatter goes to a log; it is shown only when the install fails
log="$VENV/setup.log"
spec=.
[ "${1:-}" = "--dev" ] && spec=".[dev]"
if ! "$VENV"/bin/python -m pip install -q --no-warn-script-location "$spec" >"$log" 2>&1; then
  cat "$log" >&2
  echo "setup: installing whybounce failed (log above, also in $log)" >&2
  exit 1
fi
