#!/usr/bin/env bash
# Installs every Debian 12 package the builds and tests need (idempotent; needs root or sudo).
# The base list is all that tools/demo.sh and the Linux lane of tools/test.sh use, on a machine that
# has never run anything of this project (tools/fresh-debian-check.sh proves it in a clean debootstrap
# root): the demo generator reads Wine's PE DLLs (libwine: /usr/lib/x86_64-linux-gnu/wine/x86_64-windows/)
# and signs them with osslsigncode; the wizard runs under Xvfb through Qt's xcb plugin (qt6-qpa-plugins)
# with the Noto CJK fonts; tools/check-png.sh uses ImageMagick. WD_WINDOWS_LANE=1 adds the cross
# compiler, Wine itself and the packagers;
# WD_FUZZ_LANE=1 (tools/test.sh) clang and libFuzzer.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
PKGS=(
  build-essential cmake ninja-build ccache pkg-config git python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libqt6charts6-dev libgl-dev libxkbcommon-dev libvulkan-dev
  libhivex-dev libhivex-bin libwin-hivex-perl libssl-dev openssl catch2
  osslsigncode libwine xvfb xauth qt6-qpa-plugins imagemagick fonts-noto-cjk fonts-dejavu-core
)
if [ "${WD_WINDOWS_LANE:-0}" = 1 ]; then
  PKGS+=(g++-mingw-w64-x86-64-posix mingw-w64-tools wine wine64 nsis zip)
fi
# tools/test.sh only (not the demo): clang with libFuzzer and the sanitizer runtimes (tools/fuzz.sh).
if [ "${WD_FUZZ_LANE:-0}" = 1 ]; then
  PKGS+=(clang libfuzzer-14-dev libclang-rt-14-dev)
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Waits for another apt/dpkg run (an upgrade in the background, a second build) instead of failing.
apt_retry() {
  local i
  for i in 1 2 3; do
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 "$@" && return 0
    echo "apt-get $1 failed (try $i); retrying in 20 s" >&2; sleep 20
  done
  return 1
}
if [ "${WD_FORCE_APT:-0}" = 1 ] || [ ${#missing[@]} -gt 0 ]; then
  apt_retry update
  apt_retry install -y "${PKGS[@]}"
fi
