#!/usr/bin/env bash
# Runs ALL tests (the README's second command and CI's .ci/run): installs every dependency, builds
# the Linux lane (unit + GUI tests, translations check, GUI smoke test under Xvfb), the core-only
# build (WD_GUI=OFF) and the Windows lane (mingw-w64 cross build; tests, --version and a GUI
# screenshot under wine). Artifacts (screenshots, logs) go to ci-artifacts/. Idempotent.
#
# Under CI (CI set) or with WD_FRESH_DEBIAN=1 it ends with tools/fresh-debian-check.sh: tools/demo.sh
# and the Linux lane's build in a minimal Debian 12 root that has never seen this project (needs root;
# WD_FRESH_DEBIAN=0 skips it). Its log: ci-artifacts/fresh-debian.log and ci-artifacts/fresh-debian/.
#
# tools/test.sh --linux-build-only (or WD_LINUX_BUILD_ONLY=1): only the Linux lane's packages, the
# translations check, the core-only build and the full Linux build; no tests, no Windows lane.
# WD_WERROR=OFF builds without -Werror (the fresh root uses it to reuse the demo's build folder).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_ONLY=${WD_LINUX_BUILD_ONLY:-0}
[ "${1:-}" = --linux-build-only ] && BUILD_ONLY=1
WERROR=${WD_WERROR:-ON}
ROOT=$PWD
ART=$ROOT/ci-artifacts
mkdir -p "$ART"
export CCACHE_DIR=$ROOT/.cache/ccache CCACHE_BASEDIR=$ROOT CCACHE_MAXSIZE=3G
# -Werror and the locale are left out of ccache's key, so a build without -Werror (tools/demo.sh in
# the fresh root of tools/fresh-debian-check.sh, which shares this cache) finds what this lane
# compiled. Only -Werror builds write to the cache, so no entry can hide a warning from a later one.
export CCACHE_IGNOREOPTIONS=-Werror CCACHE_SLOPPINESS=locale
case ${WERROR^^} in ON | 1 | TRUE | YES) ;; *) export CCACHE_READONLY=1 ;; esac
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)
stamp() { echo "=== [$(( $(date +%s) - t0 ))s] $*"; }

if [ "$BUILD_ONLY" = 1 ]; then
  stamp "install dependencies (Linux lane only)"
  bash tools/deps.sh >"$ART/apt.log" 2>&1 || { tail -50 "$ART/apt.log"; exit 1; }
else
  stamp "install dependencies"
  WD_FORCE_APT=${WD_FORCE_APT:-${CI:+1}} WD_WINDOWS_LANE=1 WD_FUZZ_LANE=1 bash tools/deps.sh >"$ART/apt.log" 2>&1 || { tail -50 "$ART/apt.log"; exit 1; }

  stamp "a genuine Microsoft-signed PE for the signature tests (npm registry)"
  if WD_MS_SIGNED_PE=$(bash tools/fetch-ms-signed.sh); then
    export WD_MS_SIGNED_PE WD_REQUIRE_MS_SIGNED=1
  else
    echo "warning: no Microsoft-signed PE; its tests only warn" >&2
  fi
fi

stamp "translations are in sync (lupdate) and complete"
bash tools/update-translations.sh --check

stamp "core-only build (WD_GUI=OFF) proves the layering"
# Same build folder as the full build below, so the core libraries compile once.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
  -DWD_WERROR="$WERROR" -DWD_GUI=OFF -DWD_BRANDING="$PWD/resources/brands/default/brand.json" >/dev/null
cmake --build build --target winsock-doctor
if nm -C --undefined-only build/bin/winsock-doctor | grep -q 'QWidget'; then
  echo "WD_GUI=OFF build links Widgets" >&2; exit 1
fi
build/bin/winsock-doctor --version
build/bin/winsock-doctor gui >/dev/null 2>&1 && { echo "WD_GUI=OFF build opened a GUI" >&2; exit 1; } || true

stamp "Linux build"
cmake -S . -B build -DWD_GUI=ON >/dev/null
cmake --build build
# The command line loads no GUI library: the wizard is a module beside the program (app/wizard/),
# loaded when the wizard opens; without it the program says which file is missing (exit 3).
if readelf -d build/bin/winsock-doctor | grep -E 'NEEDED.*lib(Qt6Widgets|Qt6Gui|Qt6Charts)'; then
  echo "winsock-doctor loads GUI libraries at every start" >&2; exit 1
fi
lonely=$(mktemp -d)
cp build/bin/winsock-doctor "$lonely/"
rc=0; "$lonely/winsock-doctor" gui 2>"$lonely/err" >/dev/null || rc=$?
if [ "$rc" != 3 ] || ! grep -q 'winsock-doctor-wizard.so' "$lonely/err"; then
  echo "without its wizard module: exit $rc, expected 3 and the module's name" >&2; cat "$lonely/err" >&2; exit 1
fi
rm -rf "$lonely"
if [ "$BUILD_ONLY" = 1 ]; then
  stamp "done (Linux lane, build only)"
  exit 0
fi

stamp "Linux GUI smoke test (Xvfb)"
QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a build/bin/winsock-doctor --target demo --screenshot "$ART/linux-wizard.png"
bash tools/check-png.sh "$ART/linux-wizard.png"
stamp "screenshots of every wizard page, en and zh_CN (Xvfb)"
bash tools/screenshots.sh "$ART/screenshots" build/bin/winsock-doctor
for png in "$ART"/screenshots/*.png; do bash tools/check-png.sh "$png"; done

if [ ! -f ../shared/toolchains/qt6-mingw-6.4.2-x86_64.tar.xz ] && [ -z "${WD_QT_MINGW:-}" ] && [ ! -d .cache/qt6-mingw ]; then
  if [ -n "${CI:-}" ]; then echo "CI needs ../shared/toolchains for the Windows lane" >&2; exit 1; fi
  echo "Windows lane skipped: no Qt for mingw (../shared/toolchains or WD_QT_MINGW; tools/build-qt6-mingw.sh builds it)"
  SKIP_WINDOWS=1
fi
if [ -z "${SKIP_WINDOWS:-}" ]; then
stamp "Windows lane: cross build"
WD_HOST_BUILD_DIR=build bash tools/build-windows.sh build-windows
stamp "Windows lane: tests under wine"
export WINEPREFIX=$(mktemp -d) WINEDEBUG=-all
wineboot -i >/dev/null 2>&1 || true
(cd build-windows/deploy && wine winsock-doctor.exe --version) | tee "$ART/windows-version.txt"
grep -q "winsock-doctor" "$ART/windows-version.txt"
# Under wine, GUI processes used to hang in process detach after their last line of output (fixed by
# wd::endProcess, diagnostics/platform/process_end.h); a process the tests find hung now has its stacks
# printed (tests/support/test_util.h). Should Wine still stall one, a failed test gets one more run in a
# fresh wineserver; the first run's log stays in ci-artifacts and the summary says it was needed.
set +e
(cd build-windows && ctest --output-on-failure) 2>&1 | tee "$ART/windows-ctest.log"
win_rc=${PIPESTATUS[0]}
set -e
win_summary=$(grep -E "tests passed|tests failed" "$ART/windows-ctest.log" | tail -1)
if [ "$win_rc" != 0 ]; then
  stamp "Windows lane: the failed tests once more, in a fresh wineserver"
  wineserver -k || true
  (cd build-windows && ctest --output-on-failure --rerun-failed) 2>&1 | tee "$ART/windows-ctest-rerun.log"
  [ "${PIPESTATUS[0]}" = 0 ] || { echo "Windows lane tests failed twice under wine" >&2; exit 1; }
  win_summary="$win_summary; passed when run again (first run: ci-artifacts/windows-ctest.log)"
fi
wine_shot() { (cd build-windows/deploy && timeout 180 xvfb-run -a wine winsock-doctor.exe --screenshot "$ART/windows-wizard.png"); }
wine_shot || { echo "wine screenshot failed; once more in a fresh wineserver" >&2; wineserver -k || true; wine_shot; }
bash tools/check-png.sh "$ART/windows-wizard.png"
wineserver -k || true
stamp "Windows lane: live backend under wine (tests/wine)"
bash tests/wine/run-wine-tests.sh build-windows/deploy "$ART/wine" 2>&1 | tee "$ART/wine-tests.log"
stamp "Windows lane: offline volumes and the demo under wine (tests/wine/run-wine-offline-tests.sh)"
bash tests/wine/run-wine-offline-tests.sh build-windows/deploy build/bin/winsock-doctor "$ART/wine-offline" 2>&1 | tee "$ART/wine-offline-tests.log"
stamp "Windows lane: package (portable ZIP, NSIS installer, test-signed)"
WD_SIGN_TEST=1 WD_PACKAGE_FAST=1 WD_PACKAGE_TEST_INSTALL=1 bash tools/package-windows.sh build-windows/deploy build-windows/package 2>&1 | tee "$ART/package.log"
bash tools/check-exe-icon.sh build-windows/deploy/winsock-doctor.exe resources/icons/winsock-doctor.ico
stamp "Windows lane: a branded build (resources/brands/example): version resource, icon, --version, package names, Start menu"
# Only the brand's resource and the links change: the rebuild relinks. The next tools/build-windows.sh
# without WD_BRANDING builds the default brand again.
BRAND_JSON=$PWD/resources/brands/example/brand.json
WD_BRANDING=$BRAND_JSON bash tools/build-windows.sh build-windows >"$ART/windows-branded-build.log" 2>&1 \
  || { tail -30 "$ART/windows-branded-build.log"; exit 1; }
wide=$(strings -el build-windows/deploy/winsock-doctor.exe)
for s in "Contoso PC Rescue" "Contoso Support Ltd." "Based on Winsock Doctor"; do
  grep -qF "$s" <<<"$wide" || { echo "the branded winsock-doctor.exe's version resource lacks \"$s\"" >&2; exit 1; }
done
# The brand's icon, not the product's, in the program and (below) the installer's staged copy.
bash tools/check-exe-icon.sh build-windows/deploy/winsock-doctor.exe resources/brands/example/icon.ico
bash tools/check-exe-icon.sh build-windows/deploy/winsock-doctor.exe resources/icons/winsock-doctor.ico --not
WD_SIGN_TEST=1 WD_PACKAGE_FAST=1 WD_PACKAGE_TEST_INSTALL=1 bash tools/package-windows.sh build-windows/deploy build-windows/package-branded 2>&1 | tee "$ART/package-branded.log"
cmp build-windows/package-branded/stage/ContosoPCRescue/winsock-doctor.ico resources/brands/example/icon.ico
ls build-windows/package-branded/contoso-pc-rescue-*-windows-x64.zip build-windows/package-branded/contoso-pc-rescue-*-windows-x64-setup.exe >/dev/null
fi

stamp "Linux tests"
set +e
(cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2) 2>&1 | tee "$ART/linux-ctest.log"
rc=${PIPESTATUS[0]}
set -e

# A branded build (cmake -DWD_BRANDING, docs/branding.md) next to the default one: same build folder, only
# the brand's resource and the links change. tools/check-branding.sh compares it with the default build's
# demo scan (exit code, finding ids, JSON keys) and checks names, languages, reports and the GUI.
if [ "$rc" = 0 ]; then
  stamp "Linux: a branded build (resources/brands/example) checked by tools/check-branding.sh"
  set +e
  build/bin/winsock-doctor scan --target demo --format json -o "$ART/demo-scan-default.json" >/dev/null 2>&1
  base_rc=$?
  set -e
  cmake -S . -B build -DWD_BRANDING="$PWD/resources/brands/example/brand.json" >/dev/null
  cmake --build build --target winsock-doctor wd_gui_tests
  bash tools/check-branding.sh build "$PWD/resources/brands/example/brand.json" "$ART/demo-scan-default.json" "$base_rc" 2>&1 | tee "$ART/branding.log"
  [ "${PIPESTATUS[0]}" = 0 ] || rc=1
  cmake -S . -B build -DWD_BRANDING="$PWD/resources/brands/default/brand.json" >/dev/null
  cmake --build build --target winsock-doctor wd_gui_tests >/dev/null
fi

# Hostile input: every fuzz target for a bounded time (tools/fuzz.sh --ci, 30 s each, docs/fuzzing.md),
# then the kept fuzz inputs, the unit tests (wd_tests, one process) and the GUI tests (wd_gui_tests, with
# the winsock-doctor they start) under AddressSanitizer + UBSan.
# Both use the linux-asan preset's folder (build-asan: clang, ASan + UBSan, libraries instrumented for
# libFuzzer too), so the libraries compile once. WD_ASAN=0 skips the unit tests under ASan,
# WD_ASAN_TAGS limits them to Catch tags (e.g. "[regf],[plan],[bounds]"), WD_SANITIZERS=0 skips both.
san_rc=0
asan_rc=0
if [ "${WD_SANITIZERS:-1}" = 1 ]; then
  stamp "fuzzing: every target for 30 s (tools/fuzz.sh --ci)"
  set +e
  WD_DEMO_VOLUME=build/demo/volume bash tools/fuzz.sh --ci 2>&1 | tee "$ART/fuzz.log"
  fuzz_rc=${PIPESTATUS[0]}
  if [ "${WD_ASAN:-1}" = 1 ]; then
  stamp "unit and GUI tests under ASan + UBSan (linux-asan preset, build-asan)"
  # detect_leaks=0: Qt's process-wide caches are reported as leaks at exit (the fuzzers keep leak
  # detection on). One wd_tests process: ctest would start one per test case.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  { cmake --preset linux-asan >/dev/null \
      && cmake --build build-asan --target wd_tests wd_gui_tests winsock-doctor wd_fuzz_regressions \
      && build-asan/bin/wd_fuzz_regressions tests/fuzz/regressions \
      && QT_QPA_PLATFORM=offscreen timeout 1800 build-asan/bin/wd_tests ${WD_ASAN_TAGS:+"$WD_ASAN_TAGS"} \
      && { [ -n "${WD_ASAN_TAGS:-}" ] || QT_QPA_PLATFORM=offscreen timeout 900 build-asan/bin/wd_gui_tests; }; } 2>&1 \
      | grep --line-buffered -v "does not support propagateSizeHints" | tee "$ART/asan-tests.log"
  asan_rc=${PIPESTATUS[0]}
  unset ASAN_OPTIONS UBSAN_OPTIONS
  fi
  set -e
  [ "$fuzz_rc" = 0 ] && [ "$asan_rc" = 0 ] || san_rc=1
fi

fresh_rc=0
if [ "${WD_FRESH_DEBIAN:-${CI:+1}}" = 1 ]; then
  stamp "a fresh Debian 12 root: tools/demo.sh and the Linux lane's build (tools/fresh-debian-check.sh)"
  set +e
  timeout 2400 bash tools/fresh-debian-check.sh >"$ART/fresh-debian.log" 2>&1
  fresh_rc=$?
  set -e
  tail -12 "$ART/fresh-debian.log"
fi
stamp "done"
echo "Windows lane: ${win_summary:-skipped}"
[ "${WD_FRESH_DEBIAN:-${CI:+1}}" = 1 ] && echo "Fresh Debian 12 root: $([ $fresh_rc = 0 ] && echo passed || echo "FAILED (exit $fresh_rc)")"
grep -E "tests passed|tests failed" "$ART/linux-ctest.log" | tail -1
if [ "${WD_SANITIZERS:-1}" = 1 ]; then
  echo "Fuzzing: $([ "$fuzz_rc" = 0 ] && echo "no finding" || echo "FOUND A PROBLEM (ci-artifacts/fuzz.log)")"
  [ "${WD_ASAN:-1}" = 1 ] && echo "ASan + UBSan (wd_tests, then wd_gui_tests): $(grep -E "All tests passed|test cases:" "$ART/asan-tests.log" | tr '\n' ' ')"
fi
[ "$rc" = 0 ] || exit "$rc"
[ "$san_rc" = 0 ] || exit 1
exit "$fresh_rc"
