#!/usr/bin/env bash
# (Kept in the project so the Windows toolchain can be rebuilt without the shared cache.)
# How qt6-mingw-6.4.2-x86_64.tar.xz beside this script was made, on Debian 12 (bookworm), as root.
# Result: a Windows x86_64 Qt 6.4.2 (qtbase: Core, Gui, Widgets, Network, Concurrent, Test...; shared, Release) and OpenSSL 3.0 for
# mingw-w64 (posix threads), installed under one prefix, usable with CMAKE_PREFIX_PATH=<prefix>
# and QT_HOST_PATH=/usr (Debian's qt6-base-dev-tools provide moc/rcc/uic for the host).
# Needs: deb-src lines for bookworm in apt sources; 2 cores take about 45 minutes.
set -euo pipefail
PREFIX=${PREFIX:-/opt/qt6-mingw}
WORK=${WORK:-/tmp/qt6-mingw-build}
apt-get install -y qt6-base-dev qt6-base-dev-tools g++-mingw-w64-x86-64-posix mingw-w64-tools \
  cmake ninja-build dpkg-dev perl
mkdir -p "$WORK" && cd "$WORK"
cat > mingw.cmake <<TC
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32 $PREFIX)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
TC
# 1. qtbase from Debian's source package (same version as the host tools).
[ -d qt6-base-6.4.2+dfsg ] || apt-get source qt6-base
# Debian's +dfsg tarball drops src/3rdparty/wintab (Wacom SDK header), so compile tablet support
# out of the Windows platform plugin.
W=qt6-base-6.4.2+dfsg/src/plugins/platforms/windows
sed -i 's/^#if QT_CONFIG(tabletevent)$/#if 0 \/\/ QT_CONFIG(tabletevent): wintab.h is not in the dfsg source/' \
  $W/qwindowscontext.cpp $W/qwindowspointerhandler.cpp $W/qwindowspointerhandler.h
sed -i 's/^qt_internal_extend_target(QWindows\(Direct2D\)\{0,1\}IntegrationPlugin CONDITION QT_FEATURE_tabletevent$/& AND EXISTS ${QtBase_SOURCE_DIR}\/src\/3rdparty\/wintab/' \
  $W/CMakeLists.txt $W/../direct2d/CMakeLists.txt
# With FEATURE_opengl=OFF, qtbase 6.4.2 still compiles a dynamic-GL branch of the Windows plugin.
sed -i 's/^#if QT_CONFIG(dynamicgl)$/#if QT_CONFIG(dynamicgl) \&\& QT_CONFIG(opengl)/' $W/qwindowswindow.cpp
cmake -G Ninja -S qt6-base-6.4.2+dfsg -B build-qtbase -DCMAKE_TOOLCHAIN_FILE="$WORK/mingw.cmake" \
  -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
  -DCMAKE_INSTALL_PREFIX="$PREFIX" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
  -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DFEATURE_sql=OFF -DFEATURE_opengl=OFF \
  -DFEATURE_dbus=OFF -DFEATURE_openssl=OFF -DINPUT_openssl=no -DFEATURE_icu=OFF \
  -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_harfbuzz=OFF \
  -DFEATURE_system_freetype=OFF -DFEATURE_system_libpng=OFF -DFEATURE_system_jpeg=OFF \
  -DFEATURE_system_doubleconversion=OFF
cmake --build build-qtbase -j"$(nproc)" && cmake --install build-qtbase
# 2. OpenSSL 3.0 from Debian's source package.
[ -d openssl-3.0.* ] 2>/dev/null || apt-get source openssl
cd openssl-3.0.*/
./Configure mingw64 shared no-tests --cross-compile-prefix=x86_64-w64-mingw32- \
  --prefix="$PREFIX" --libdir=lib
make -j"$(nproc)" && make install_sw
