#!/usr/bin/env bash
# Installs the dependencies, builds Winsock Doctor and opens the wizard on the embedded demo PC
# (a generated broken Windows volume). Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
cmake --build build
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: running the wizard under Xvfb and saving a screenshot to demo-wizard.png"
  QT_QPA_PLATFORM=xcb xvfb-run -a build/bin/winsock-doctor --target demo --screenshot demo-wizard.png "$@"
  exit 0
fi
exec build/bin/winsock-doctor --target demo "$@"
