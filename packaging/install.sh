#!/bin/sh
# Per-user install of whybounce for Linux and macOS: no admin rights needed.
#
#   sh install.sh [--wheel FILE] [--find-links DIR] [--python PYTHON] [--bin-dir DIR]   install or update
#   sh install.sh --uninstall                                                         remove all it installed
#
# What it does:
#   1. makes a virtual environment in the user's data folder
#      (Linux: ${XDG_DATA_HOME:-~/.local/share}/whybounce/venv, macOS: ~/Library/Application Support/whybounce/venv)
#   2. installs whybounce into it: the wheel given with --wheel, else the whybounce-*.whl next to
#      this script, else whybounce from PyPI. --find-links DIR installs offline from DIR's wheels.
#   3. registers the native-messaging host for Thunderbird: `whybounce-host install`
#   4. puts `whybounce` and `whybounce-host` on PATH as pipx does: links in ~/.local/bin (or --bin-dir),
#      with a note when that folder is not on PATH yet; a command of that name it did not make stays
#   5. says how to add the add-on (.xpi) to Thunderbird, then checks everything: `whybounce-host doctor`
# Running it again updates in place. --uninstall runs `whybounce-host uninstall`, removes the links,
# deletes the virtual environment and removes the folders this script created, leaving the user's
# folders as they were.
# pip runs without its cache, so nothing is written outside the data folder, the host's manifest and the links.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-python3}
wheel=""
find_links=""
bin_dir=""
action=install

while [ $# -gt 0 ]; do
  case "$1" in
    --wheel) wheel=${2:?--wheel needs a file}; shift 2 ;;
    --find-links) find_links=${2:?--find-links needs a folder}; shift 2 ;;
    --python) python=${2:?--python needs an interpreter}; shift 2 ;;
    --bin-dir) bin_dir=${2:?--bin-dir needs a folder}; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

if [ "$(uname -s)" = "Darwin" ]; then
  data="$HOME/Library/Application Support/whybounce"
else
  case "${XDG_DATA_HOME:-}" in
    /*) data="$XDG_DATA_HOME/whybounce" ;;
    *) data="$HOME/.local/share/whybounce" ;;
  esac
fi
venv="$data/venv"
record="$data/install-sh-created-folders"
host="$venv/bin/whybounce-host"
on_path="$data/commands-on-path.json"

if [ "$action" = uninstall ]; then
  if [ -x "$host" ]; then
    "$host" uninstall
  else
    echo "install.sh: no whybounce installation in $data"
  fi
  if [ -f "$on_path" ] && [ -x "$venv/bin/python" ]; then
    "$venv/bin/python" -P -m whybounce_host.onpath remove --record "$on_path"
  fi
  rm -rf "$venv"
  if [ -f "$record" ]; then
    folders=$(cat "$record")
    rm -f "$record"
    # innermost first, and only while empty: anything the user put there stays
    printf '%s\n' "$folders" | while IFS= read -r folder; do
      [ -n "$folder" ] && rmdir "$folder" 2>/dev/null || true
    done
  fi
  echo "whybounce is uninstalled. Remove the add-on in Thunderbird's Add-ons Manager if you added it."
  exit 0
fi

# 1. the interpreter and the folders
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "install.sh: whybounce needs Python 3.11 or newer; '$python' is missing or older." >&2
  echo "  Install Python 3.11+ (Debian/Ubuntu: apt install python3 python3-venv; macOS: python.org) or pass --python." >&2
  exit 1
fi
created=""
folder=$data
while [ ! -d "$folder" ]; do
  created="$created$folder
"
  folder=$(dirname "$folder")
done
mkdir -p "$data"
if [ -n "$created" ] && [ ! -f "$record" ]; then
  printf '%s' "$created" > "$record"
fi

# 2. the virtual environment and whybounce in it
if [ ! -x "$venv/bin/python" ]; then
  if ! "$python" -m venv "$venv"; then
    echo "install.sh: could not create a virtual environment (Debian/Ubuntu: apt install python3-venv)." >&2
    exit 1
  fi
fi
if [ -z "$wheel" ]; then
  for candidate in "$here"/whybounce-*.whl; do
    [ -f "$candidate" ] && wheel=$candidate
  done
fi
PIP_DISABLE_PIP_VERSION_CHECK=1
export PIP_DISABLE_PIP_VERSION_CHECK
set -- --no-cache-dir --quiet
if [ -n "$find_links" ]; then
  set -- "$@" --no-index --find-links "$find_links"
fi
if [ -n "$wheel" ]; then
  echo "Installing $(basename "$wheel") into $venv"
  "$venv/bin/python" -m pip install "$@" --upgrade "$wheel"
else
  echo "Installing whybounce from PyPI into $venv"
  "$venv/bin/python" -m pip install "$@" --upgrade whybounce
fi

# 3. the native-messaging host for Thunderbird
"$host" install

# 4. the commands on PATH
if [ -n "$bin_dir" ]; then
  "$venv/bin/python" -P -m whybounce_host.onpath add --record "$on_path" --bin-dir "$bin_dir"
else
  "$venv/bin/python" -P -m whybounce_host.onpath add --record "$on_path"
fi

# 5. the add-on, then the check
xpi=""
for candidate in "$here"/whybounce-*.xpi; do
  [ -f "$candidate" ] && xpi=$candidate
done
echo
echo "Next, in Thunderbird: menu > Add-ons and Themes > gear icon > Install Add-on From File..."
if [ -n "$xpi" ]; then
  echo "  and choose $xpi"
else
  echo "  and choose the whybounce-<version>.xpi you downloaded"
fi
echo "On the command line: whybounce explain bounce.eml (whybounce --help for more)."
echo
exec "$host" doctor
