#!/bin/bash
# Install what the real-Thunderbird e2e test needs, from Debian packages, idempotently.
# Usage: tests/e2e/install_thunderbird.sh [--esr140]
#   default : whatever plain `apt-get install thunderbird` gives (153 ESR on bookworm-security)
#   --esr140: pin Thunderbird 140 ESR (only in bookworm main; see ../shared/guides/thunderbird-e2e.md)
# Re-running is cheap: apt is only called when a needed command or the pinned version is missing.
set -euo pipefail

TB_140="1:140.12.0esr-1~deb12u1"
want_tb="thunderbird"
if [ "${1:-}" = "--esr140" ]; then
  want_tb="thunderbird=${TB_140}"
fi

need=()
if ! command -v thunderbird >/dev/null 2>&1; then
  need+=("$want_tb")
elif [ "$want_tb" != "thunderbird" ] \
     && [ "$(dpkg-query -W -f='${Version}' thunderbird 2>/dev/null)" != "$TB_140" ]; then
  need+=("$want_tb")
fi
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xauth >/dev/null 2>&1 || need+=(xauth)
command -v import >/dev/null 2>&1 || need+=(imagemagick)

if [ ${#need[@]} -eq 0 ]; then
  echo "install_thunderbird: nothing to do ($(thunderbird --version 2>/dev/null || echo thunderbird))"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# --allow-downgrades: switching an installed 153 to the pinned 140 is a downgrade.
$SUDO apt-get install -y -qq --no-install-recommends --allow-downgrades "${need[@]}"
echo "install_thunderbird: installed ${need[*]} ($(thunderbird --version 2>/dev/null))"
