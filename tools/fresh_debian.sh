#!/bin/sh
# Checks the README's two commands on a REAL fresh Debian 12, in a chroot made by debootstrap: Debian's own
# packages only (its nodejs is 18), none of what the developer's machine happens to have.
#
#   sh tools/fresh_debian.sh [DIR [REF]]     # as root; DIR default /var/tmp/whybounce-fresh, REF default HEAD
#
# DIR/base is built once (debootstrap --variant=minbase bookworm, ~1.5 min, ~330 MB) and kept: Debian 12 as
# the installer leaves it (main, bookworm-updates, bookworm-security; no python3, no venv, no nodejs, no git),
# plus sudo and an ordinary user u who may use it. minbase is the barest Debian: what the scripts need and a
# cloud or desktop install might happen to have (python3, ca-certificates) is missing there too.
# Every run copies base to DIR/run, puts a clean clone of this repository at REF in /home/u/whybounce and
# ../shared beside it in /home/u/shared (the tests read it), and there, as u, runs: 1. sh scripts/demo.sh;
# 2. sh scripts/test.sh while nodejs is not installed, with PYTEST_ADDOPTS limiting pytest to the .xpi
# packaging tests (does it say what is missing?); 3. as root `apt-get install -y nodejs npm`, as the README
# says (1.5-4.5 min); 4. sh scripts/test.sh, the whole suite (8 min on 2 busy cores). ~13-15 min in all.
# One verdict line per command at the end; the full outputs in DIR/*.log.
# Needs root (debootstrap, chroot, mounts) and Debian's mirror, PyPI and npm's registry. Not part of .ci/run:
# too slow, and it needs root. The host's local CAs (/usr/local/share/ca-certificates, e.g. a TLS-inspecting
# proxy's) are copied in for pip and npm; a machine on the open internet has none and needs none.
set -eu
[ "$(id -u)" = 0 ] || { echo "fresh_debian: run as root (debootstrap, chroot, mount)" >&2; exit 2; }
repo=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-/var/tmp/whybounce-fresh}
ref=${2:-HEAD}
base=$dir/base run=$dir/run
mkdir -p "$dir"

if [ ! -e "$base/etc/sudoers.d/u" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  rm -rf "$base"
  debootstrap --variant=minbase bookworm "$base" http://deb.debian.org/debian > "$dir/debootstrap.log" 2>&1
  printf 'deb http://deb.debian.org/debian %s main\n' bookworm bookworm-updates > "$base/etc/apt/sources.list"
  echo 'deb http://deb.debian.org/debian-security bookworm-security main' >> "$base/etc/apt/sources.list"
  cp /etc/resolv.conf "$base/etc/resolv.conf"
  echo "127.0.1.1 $(hostname)" >> "$base/etc/hosts"
  chroot "$base" sh -c 'export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq sudo &&
    useradd -m -s /bin/bash -G sudo u && echo "u ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/u' >> "$dir/debootstrap.log" 2>&1
fi

# unmount what an earlier run left mounted: a bind mount of /dev under $run would make `rm -rf "$run"` delete
# the host's own device nodes (it happened once while this script was written); refuse to go on if any stays
unmount_run() {
  for m in dev/pts dev/shm dev sys proc; do
    if grep -q " $run/$m " /proc/mounts; then umount "$run/$m" || umount -l "$run/$m"; fi
  done
}
unmount_run
if grep -q " $run/" /proc/mounts; then echo "fresh_debian: $run still has mounts; not deleting it" >&2; exit 1; fi
rm -rf --one-file-system "$run"
cp -a "$base" "$run"
trap unmount_run EXIT
# the chroot's own /dev (device nodes debootstrap made) with a private devpts, never the host's /dev: its pty
# master may be closed to ordinary users (here it was: tests/test_cli_bulk.py's pty test failed as u)
mount -t proc proc "$run/proc"; mount -t sysfs sysfs "$run/sys"; mount -t tmpfs tmpfs "$run/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620 devpts "$run/dev/pts"
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
  mkdir -p "$run/usr/local/share/ca-certificates/host"
  cp /usr/local/share/ca-certificates/*.crt "$run/usr/local/share/ca-certificates/host/"
  printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$run/etc/pip.conf"
  extra=/etc/ssl/certs/ca-certificates.crt  # for node's NODE_EXTRA_CA_CERTS
  chroot "$run" sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ca-certificates && update-ca-certificates' \
    > "$dir/ca.log" 2>&1
fi
# the commit is resolved once: the repository may move on while the run takes its 15 minutes
commit=$(git -C "$repo" rev-parse "$ref")
git clone -q "$repo" "$run/home/u/whybounce"
git -C "$run/home/u/whybounce" -c advice.detachedHead=false checkout -q "$commit"
# ../shared, beside the project, holds the corpus, seed cases and contract the tests read (not its hooks/)
if [ -d "$repo/../shared" ]; then
  (cd "$repo/../shared" && tar -c --exclude=./hooks .) | (mkdir "$run/home/u/shared" && tar -x -C "$run/home/u/shared")
fi
chroot "$run" chown -R u:u /home/u/whybounce /home/u/shared

verdicts=""
# step NAME USER COMMAND: run COMMAND in the chroot (as u from ~/whybounce, or as root), log and time it
step() {
  t0=$(date +%s)
  if [ "$2" = u ]; then
    chroot --userspec=u:u "$run" env -i HOME=/home/u USER=u LOGNAME=u PATH=/usr/local/bin:/usr/bin:/bin \
      NODE_EXTRA_CA_CERTS="${extra:-}" PYTEST_ADDOPTS="$addopts" \
      sh -c "cd ~/whybounce && $3" > "$dir/$1.log" 2>&1 && rc=0 || rc=$?
  else
    chroot "$run" sh -c "$3" > "$dir/$1.log" 2>&1 && rc=0 || rc=$?
  fi
  v="$1: $3 -> exit $rc in $(( $(date +%s) - t0 )) s"
  echo "$v"; verdicts="$verdicts$v
"
}
addopts=""
step demo u "sh scripts/demo.sh"
addopts="-k packaging_xpi"
step test-no-node u "sh scripts/test.sh"
addopts=""
step install-node root "DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm"
step test u "nice -n 10 sh scripts/test.sh"
echo "--- fresh Debian 12 ($(cat "$run/etc/debian_version")), $(git -C "$repo" rev-parse --short "$commit"):"
printf '%s' "$verdicts"
tail -n 12 "$dir/test.log"
