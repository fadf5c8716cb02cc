#!/usr/bin/env bash
# Cross-compiles the Windows build with mingw-w64 against the prebuilt Qt for mingw and makes a
# deploy folder. Usage: tools/build-windows.sh [BUILD_DIR] (default build-windows).
# Env: WD_QT_MINGW (unpacked qt6-mingw folder; default: unpack ../shared/toolchains into .cache/),
#      WD_HOST_BUILD_DIR (a Linux build whose demo/ volume is embedded; default build).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-windows}
QT=${WD_QT_MINGW:-}
if [ -z "$QT" ]; then
  QT=$PWD/.cache/qt6-mingw
  if [ ! -d "$QT" ]; then
    TARBALL=../shared/toolchains/qt6-mingw-6.4.2-x86_64.tar.xz
    if [ -f "$TARBALL" ]; then
      mkdir -p .cache && tar -xJf "$TARBALL" -C .cache
    else
      echo "No Qt for mingw: $TARBALL is missing. Build it with tools/build-qt6-mingw.sh" >&2
      exit 1
    fi
  fi
fi
HOST=${WD_HOST_BUILD_DIR:-build}
DEMO_ARG=()
if [ -f "$HOST/demo/demo.wdimg" ]; then DEMO_ARG=(-DWD_DEMO_DIR="$PWD/$HOST/demo"); fi
cmake -S . -B "$BUILD" -G Ninja \
  -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$PWD/cmake/mingw-w64-x86_64.cmake" \
  -DCMAKE_PREFIX_PATH="$QT" -DOPENSSL_ROOT_DIR="$QT" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DWD_WERROR=${WD_WERROR:-ON} "${DEMO_ARG[@]}" \
  -DWD_BRANDING="${WD_BRANDING:-$PWD/resources/brands/default/brand.json}"
cmake --build "$BUILD"
rm -rf "$BUILD/deploy"
cmake --install "$BUILD" --prefix "$BUILD/deploy" >/dev/null
# Test executables run next to the same DLLs.
cp "$BUILD"/bin/*.exe "$BUILD/deploy/" 2>/dev/null || true
# The GUI tests also need QtTest.
cp "$QT/bin/Qt6Test.dll" "$BUILD/deploy/"
# Headless test runs use the offscreen platform plugin.
cp "$QT/plugins/platforms/qoffscreen.dll" "$BUILD/deploy/platforms/"
echo "Windows deploy folder: $BUILD/deploy"
