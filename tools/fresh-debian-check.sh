#!/usr/bin/env bash
# Proves the README's first command on a Debian 12 that has never run anything of this project,
# whatever this machine already has installed (CI runs it from tools/test.sh):
#   1. a minimal Debian 12 root (debootstrap --variant=minbase bookworm) in a temporary folder, with the
#      Debian mirror and suites of this machine's own apt sources (no host name is written in the repo);
#   2. a git clone of the commit under test (HEAD, or WD_FRESH_COMMIT) at the same path as this work
#      tree, with ../shared bind-mounted read-only beside it;
#   3. /proc and /dev mounted, then `tools/demo.sh` inside chroot with a clean environment (env -i: no
#      DISPLAY, no CI): it installs its packages with apt-get, builds, and saves demo-wizard.png under
#      Xvfb; tools/check-png.sh checks that picture;
#   4. in the same root `tools/test.sh --linux-build-only`: the Linux lane's package list is complete
#      (it installs, checks the translations, configures and builds the core-only and the full build).
# Everything runs in a private mount and PID namespace (unshare): the mounts are unmounted and every
# process left in the root is ended when it finishes, also when it fails; the root is then deleted.
#
# Caches (under .cache/fresh-debian/, gitignored), never an installed state:
#   - base.tar: the pristine debootstrap root, before anything of this project touched it (made again
#     after 30 days, or with WD_FRESH_REBASE=1);
#   - debs/: apt's downloaded .deb files, bind-mounted as the root's /var/cache/apt/archives. Every run
#     installs every package again, with apt's defaults (recommended packages too), as a user's run does.
#   - The compile cache of tools/test.sh (.cache/ccache) is shared into the root, read-only for ccache
#     (CCACHE_READONLY): bind-mounted at the clone's .cache/ccache (the clone has the same path as this
#     tree, so the entries match), with CCACHE_DIR/CCACHE_BASEDIR and the key settings of test.sh
#     (-Werror and the locale left out), so demo.sh's build finds what test.sh's Linux lane compiled
#     (under CI: just before). It only saves compile time: it holds compiler output, not installed
#     packages, and the root installs its compiler and headers itself; a miss compiles as usual.
# The root's dpkg uses force-unsafe-io (no fsync while unpacking): faster, and installs the same files.
#
# Needs root (debootstrap, mount, chroot); installs debootstrap and git when missing.
# Log and phase times: ci-artifacts/fresh-debian/ (or WD_FRESH_ARTIFACTS). WD_FRESH_KEEP=1 keeps the
# root for a look afterwards (printed at the end; delete it by hand).
set -euo pipefail

if [ "${1:-}" = --inside ]; then
  # Second half, run by the first through unshare: PID 1 of a private mount and PID namespace.
  # Arguments: --inside ROOTFS SRC SHARED DEBS CCACHE
  R=$2 SRC=$3 SHARED=$4 DEBS=$5 CC=$6
  MOUNTS=()
  umount_all() {
    local i
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -R -l "${MOUNTS[i]}" 2>/dev/null || true; done
  }
  trap umount_all EXIT
  mnt() { mkdir -p "${@: -1}"; mount "$@"; MOUNTS+=("${@: -1}"); }
  mnt -t proc proc "$R/proc"
  mnt --rbind /dev "$R/dev"
  mnt -t tmpfs -o mode=1777 tmpfs "$R/dev/shm"
  mnt --bind "$DEBS" "$R/var/cache/apt/archives"
  mnt --bind "$CC" "$R$SRC/.cache/ccache"
  if [ -d "$SHARED" ]; then
    mnt --bind "$SHARED" "$R$(dirname "$SRC")/shared"
    mount -o remount,bind,ro "$R$(dirname "$SRC")/shared"
  fi
  T0=$SECONDS t=$SECONDS
  in_root() { # a login-like clean environment: no DISPLAY, no CI, nothing of the caller's
    chroot "$R" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      CCACHE_DIR="$SRC/.cache/ccache" CCACHE_BASEDIR="$SRC" CCACHE_MAXSIZE=3G CCACHE_READONLY=1 \
      CCACHE_IGNOREOPTIONS=-Werror CCACHE_SLOPPINESS=locale \
      /bin/bash -c "cd '$SRC' && $1" 2>&1 |
      while IFS= read -r line; do printf '[%4d s] %s\n' $((SECONDS - T0)) "$line"; done
    return "${PIPESTATUS[0]}"
  }
  phase_end() { echo "$1: $((SECONDS - t)) s" >>"$R/phases.txt"; echo "=== $1 done after $((SECONDS - t)) s"; t=$SECONDS; }
  echo "=== tools/demo.sh (installs its packages, builds, screenshot under Xvfb)"
  in_root "tools/demo.sh"
  phase_end "tools/demo.sh"
  echo "=== tools/check-png.sh demo-wizard.png"
  in_root "tools/check-png.sh demo-wizard.png 800x500"
  phase_end "check-png"
  echo "=== tools/test.sh --linux-build-only (the Linux lane installs, configures and builds)"
  # -Werror off: the demo's build folder is reused as it is (no second full build). -Werror is the
  # host lane's job: tools/test.sh builds with it before this step, with Debian 12's same compiler.
  in_root "WD_WERROR=OFF tools/test.sh --linux-build-only"
  phase_end "tools/test.sh --linux-build-only"
  in_root "apt-get autoclean -y >/dev/null" # the .deb cache keeps only what the archive still has
  exit 0
fi

cd "$(dirname "$0")/.."
ROOT=$PWD
CACHE=$ROOT/.cache/fresh-debian
ART=${WD_FRESH_ARTIFACTS:-$ROOT/ci-artifacts/fresh-debian}
SHARED=$(cd .. && pwd)/shared
[ "$(id -u)" = 0 ] || { echo "tools/fresh-debian-check.sh needs root (debootstrap, mount, chroot)" >&2; exit 2; }
mkdir -p "$CACHE/debs/partial" "$ROOT/.cache/ccache" "$ART"
rm -f "$ART"/*.png "$ART"/*.txt
TIMES=$ART/times.txt
: >"$TIMES"
T0=$SECONDS T=$SECONDS
phase() { echo "$1: $((SECONDS - T)) s" >>"$TIMES"; echo "=== [$((SECONDS - T0)) s] $1 done ($((SECONDS - T)) s)"; T=$SECONDS; }

command -v debootstrap >/dev/null && command -v git >/dev/null ||
  { apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y debootstrap git >/dev/null; }

# The Debian 12 entries of this machine's apt sources (one-line sources.list and deb822 .sources):
# "URI SUITE COMPONENTS..." for every enabled deb entry of a bookworm* suite.
host_debian_sources() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk '$1 == "deb" { i = 2; if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
           if ($(i + 1) ~ /^bookworm(-|$)/) { line = $i; for (k = i + 1; k <= NF && $k !~ /^#/; k++) line = line " " $k; print line } }' "$f"
  done
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk 'function flush(  nu, ns, u, s, a, b) {
           if (types ~ /(^| )deb( |$)/ && enabled != "no") {
             nu = split(uris, u, " "); ns = split(suites, s, " ")
             for (a = 1; a <= nu; a++) for (b = 1; b <= ns; b++) if (s[b] ~ /^bookworm(-|$)/) print u[a], s[b], comps
           }
           types = uris = suites = comps = ""; enabled = "yes" }
         /^[ \t]*$/ { flush(); next }
         /^#/ { next }
         { key = $0; sub(/:.*/, "", key); val = $0; sub(/^[^:]*:[ \t]*/, "", val)
           if (key == "Types") types = val; else if (key == "URIs") uris = val
           else if (key == "Suites") suites = val; else if (key == "Components") comps = val
           else if (key == "Enabled") enabled = tolower(val) }
         END { flush() }' "$f"
  done
}
SOURCES=$(host_debian_sources | awk '!seen[$0]++')
MIRROR=$(awk '$2 == "bookworm" { print $1; exit }' <<<"$SOURCES")
[ -n "$MIRROR" ] || { echo "no Debian 12 (bookworm) entry in this machine's apt sources" >&2; exit 2; }
echo "Debian mirror from this machine's apt sources: $MIRROR"

WORK=$(mktemp -d "${TMPDIR:-/var/tmp}/wd-fresh-debian.XXXXXX")
R=$WORK/root
UPID=
cleanup() {
  local rc=$?
  # unshare --kill-child: ending it ends PID 1 of the namespace, and with it every process in the root.
  if [ -n "$UPID" ]; then kill "$UPID" 2>/dev/null || true; wait "$UPID" 2>/dev/null || true; fi
  # The mounts live in the namespace of --inside and are gone with it; anything still mounted below
  # WORK in this namespace (an interrupted run) is unmounted before the folder is deleted.
  set +e
  findmnt -rn -o TARGET | grep -F "$WORK/" | sort -r | while read -r m; do umount -l "$m"; done
  if [ "${WD_FRESH_KEEP:-0}" = 1 ]; then
    echo "kept the root: $R"
  else
    rm -rf --one-file-system "$WORK" || { sleep 2; rm -rf --one-file-system "$WORK"; }
    [ ! -e "$WORK" ] || echo "warning: $WORK could not be deleted completely" >&2
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

BASE=$CACHE/base.tar
if [ ! -f "$BASE" ] || [ -n "$(find "$BASE" -mtime +30)" ] || [ "${WD_FRESH_REBASE:-0}" = 1 ]; then
  echo "=== debootstrap --variant=minbase bookworm (the pristine base is cached in $BASE)"
  mkdir -p "$WORK/base"
  debootstrap --variant=minbase bookworm "$WORK/base" "$MIRROR" >"$ART/debootstrap.log" 2>&1 ||
    { tail -30 "$ART/debootstrap.log"; exit 1; }
  rm -f "$WORK/base/var/cache/apt/archives/"*.deb
  tar -C "$WORK/base" --numeric-owner -cf "$BASE.tmp" . && mv "$BASE.tmp" "$BASE"
  rm -rf --one-file-system "$WORK/base"
  phase "debootstrap (new pristine base)"
fi
mkdir -p "$R"
tar -C "$R" --numeric-owner -xf "$BASE"
# What a Debian 12 installation has: this machine's Debian suites (release, updates, security) and
# name resolution. dpkg without fsync (faster; the same files).
awk '{ print "deb " $0 }' <<<"$SOURCES" >"$R/etc/apt/sources.list"
cp -L /etc/resolv.conf "$R/etc/resolv.conf" 2>/dev/null || true
echo force-unsafe-io >"$R/etc/dpkg/dpkg.cfg.d/wd-unsafe-io"
phase "unpack the pristine base"

COMMIT=$(git rev-parse "${WD_FRESH_COMMIT:-HEAD}^{commit}")
[ -z "$(git status --porcelain --untracked-files=no 2>/dev/null)" ] ||
  echo "note: uncommitted changes in $ROOT are not part of the check (it tests commit $COMMIT)"
git clone -q --no-checkout "$ROOT" "$R$ROOT"
git -C "$R$ROOT" checkout -q --detach "$COMMIT"
echo "testing commit $(git -C "$R$ROOT" log -1 --format='%h %s')"
phase "git clone"

echo "=== in the root: tools/demo.sh, check-png.sh, test.sh --linux-build-only (log: $ART/chroot.log)"
unshare --mount --pid --fork --kill-child --propagation private -- \
  bash "$ROOT/tools/fresh-debian-check.sh" --inside "$R" "$ROOT" "$SHARED" "$CACHE/debs" "$ROOT/.cache/ccache" \
  >"$ART/chroot.log" 2>&1 &
UPID=$!
rc=0
wait "$UPID" || rc=$?
UPID=
cat "$R/phases.txt" >>"$TIMES" 2>/dev/null || true
# demo.sh's own phases, from the seconds stamped on its output: apt, build, the wizard under Xvfb.
awk '/^\[ *[0-9]+ s\] / { x = $0; sub(/^\[ */, "", x); t = x + 0 }
     /^=== tools\/demo.sh \(/ { s = 1; next }
     s && !b && /^\[ *[0-9]+ s\] (\x1b\[[0-9;]*m)?\[1\/[0-9]+\]/ { b = t }
     s && /No display: running the wizard/ { w = t }
     /^=== tools\/demo.sh done after/ { e = $5 + 0
       if (b && w) printf "  of which tools/deps.sh (apt-get) and cmake: %d s, build: %d s, wizard and screenshot: %d s\n", b, w - b, e - w; exit }' \
  "$ART/chroot.log" >>"$TIMES" 2>/dev/null || true
cp "$R$ROOT/demo-wizard.png" "$ART/demo-wizard.png" 2>/dev/null || true
phase "in the root: demo.sh, check-png.sh, test.sh --linux-build-only"
echo "total: $((SECONDS - T0)) s" >>"$TIMES"
echo "--- phase times (s)"; cat "$TIMES"
if [ "$rc" != 0 ]; then
  echo "FAILED: the fresh Debian 12 root (exit $rc); the end of $ART/chroot.log:" >&2
  tail -60 "$ART/chroot.log" >&2
  exit 1
fi
grep -E "^(=== |\[ *[0-9]+ s\] .*demo-wizard.png:)" "$ART/chroot.log" || true
echo "fresh Debian 12 root: tools/demo.sh and the Linux lane of tools/test.sh work (log: $ART/chroot.log)"
