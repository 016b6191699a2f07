#!/bin/sh
# Set up, then explain the bundled sample bounce (the card, in the locale's language).
set -eu
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}; export VENV
sh scripts/setup.sh
exec "$VENV"/bin/whybounce explain "$@" core/whybounce/samples/postfix-user-unknown.eml
