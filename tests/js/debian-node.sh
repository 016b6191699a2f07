#!/bin/sh
# Run the extension's JS tests and lint with Debian 12's own nodejs (18.20.x), whatever node the
# machine has on PATH (CI machines come with a newer one, which would hide Node 18 problems).
#
#   sh tests/js/debian-node.sh            # node --test and node lint.js in tests/js (after npm ci)
#   sh tests/js/debian-node.sh CMD ARGS   # any command, with Debian's node first on PATH
#
# How: `apt-get download` the nodejs package and the libraries and bundled modules it needs, `dpkg -x`
# them into build/debian-node/ (nothing is installed, nothing outside the repository is written), then
# run in a private mount namespace (unshare -m) where that folder's /usr/share is laid over /usr/share:
# Debian's node loads its unbundled modules (cjs-module-lexer, undici, acorn) from /usr/share/nodejs.
# Needs root, or unprivileged user namespaces (then unshare -r -m).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
dest="$repo/build/debian-node"
root="$dest/root"
PKGS="libnode108 node-acorn node-cjs-module-lexer node-undici libuv1 libicu72 libc-ares2 libnghttp2-14 libbrotli1"

# The newest nodejs the Debian archive offers (a preinstalled nodejs from elsewhere is skipped).
debian_nodejs() {
  apt-cache madison nodejs 2>/dev/null | awk -F'|' '$3 ~ /debian\.org|debian-security/ {gsub(/ /, "", $2); print $2; exit}'
}
version=$(debian_nodejs)
if [ -z "$version" ] && [ "$(id -u)" = 0 ]; then
  apt-get update -qq >&2 && version=$(debian_nodejs)
fi
if [ -z "$version" ]; then
  echo "debian-node: apt knows no Debian nodejs package (apt-get update first?)" >&2
  exit 1
fi

if [ "$(cat "$dest/version" 2>/dev/null || true)" != "$version" ]; then
  rm -rf "$dest"
  mkdir -p "$dest/debs" "$root"
  # apt's _apt user cannot write into a root-owned folder; the download is the same either way
  (cd "$dest/debs" && apt-get download -q=2 "nodejs=$version" "libnode108=$version" $PKGS 2>&1 \
    | grep -v 'Download is performed unsandboxed' >&2 || true)
  for deb in "$dest"/debs/*.deb; do dpkg -x "$deb" "$root"; done
  rm -rf "$dest/debs"
  [ -x "$root/usr/bin/node" ] || { echo "debian-node: nodejs $version could not be downloaded" >&2; exit 1; }
  echo "$version" > "$dest/version"
fi
libdir=$(dirname "$(find "$root/usr/lib" -name 'libnode.so.*' | head -n 1)")

if [ $# -eq 0 ]; then
  set -- sh -c 'cd "$0" && node --test && node lint.js' "$here"
fi

inner='mount -t overlay overlay -o "lowerdir=$WB_ROOT/usr/share:/usr/share" /usr/share &&
  PATH="$WB_ROOT/usr/bin:$PATH" LD_LIBRARY_PATH="$WB_LIBDIR" exec "$@"'
unshare_as="unshare -m"
[ "$(id -u)" = 0 ] || unshare_as="unshare -r -m"
WB_ROOT=$root WB_LIBDIR=$libdir exec $unshare_as sh -c "$inner" sh "$@"
