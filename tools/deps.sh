#!/usr/bin/env bash
# Installs every Debian 12 package the builds and tests need (idempotent; needs root or sudo).
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
PKGS=(
  build-essential cmake ninja-build ccache pkg-config git python3
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  libqt6charts6-dev libgl-dev libxkbcommon-dev libvulkan-dev
  libhivex-dev libhivex-bin libssl-dev openssl catch2
  osslsigncode xvfb xauth imagemagick fonts-noto-cjk fonts-dejavu-core
)
if [ "${WD_WINDOWS_LANE:-0}" = 1 ]; then
  PKGS+=(g++-mingw-w64-x86-64-posix mingw-w64-tools wine wine64 nsis zip)
fi
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${WD_FORCE_APT:-0}" = 1 ] || [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${PKGS[@]}"
fi
