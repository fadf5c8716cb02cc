#!/usr/bin/env bash
# Packages the Windows build: a staged program folder, a portable ZIP and an NSIS installer, all
# optionally Authenticode-signed with osslsigncode.
# Usage: tools/package-windows.sh [DEPLOY_DIR] [OUT_DIR]     (defaults: build-windows/deploy, build-windows/package)
# Signing: WD_SIGN_PFX=cert.pfx WD_SIGN_PASS=secret (optional WD_SIGN_TIMESTAMP=URL). With
# WD_SIGN_TEST=1 and no certificate, a throw-away self-signed code-signing certificate is made
# with openssl (CI) and the signatures are verified against it.
# Brand (cmake -DWD_BRANDING): the names come from BUILD/brand/package.env, written by the build that made
# DEPLOY_DIR (BUILD = DEPLOY_DIR/..; WD_BRAND_ENV=FILE overrides): ZIP and installer file names, the
# installation folder, the Start-menu entry and the Apps entry carry the brand's names.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DEPLOY=$(cd "${1:-build-windows/deploy}" && pwd)
OUT=${2:-build-windows/package}
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
VERSION=$(sed -n 's/^project(WinsockDoctor VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ -n "$VERSION" ] || { echo "cannot read the version from CMakeLists.txt" >&2; exit 1; }
[ -f "$DEPLOY/winsock-doctor.exe" ] || { echo "no winsock-doctor.exe in $DEPLOY (run tools/build-windows.sh)" >&2; exit 1; }
BRAND_ENV=${WD_BRAND_ENV:-$DEPLOY/../brand/package.env}
[ -f "$BRAND_ENV" ] || { echo "no brand file $BRAND_ENV (written by the build's cmake)" >&2; exit 1; }
WD_BRAND_PRODUCT=; WD_BRAND_VENDOR=; WD_BRAND_PACKAGE=; WD_BRAND_ICON=
# shellcheck disable=SC1090
. "$BRAND_ENV"
[ -n "$WD_BRAND_PRODUCT" ] && [ -n "$WD_BRAND_PACKAGE" ] || { echo "$BRAND_ENV names no product" >&2; exit 1; }
PRODUCT=$WD_BRAND_PRODUCT
VENDOR=$WD_BRAND_VENDOR
# The Apps entry's key: the default brand keeps the key of earlier releases.
UNINST_ID=$WD_BRAND_PACKAGE
[ "$WD_BRAND_PACKAGE" = winsock-doctor ] && UNINST_ID=WinsockDoctor
echo "== brand: $PRODUCT ($VENDOR), package $WD_BRAND_PACKAGE"
NAME=$WD_BRAND_PACKAGE-$VERSION-windows-x64
STAGE_DIR=$(tr -cd 'A-Za-z0-9' <<<"$PRODUCT")
STAGE=$OUT/stage/$STAGE_DIR
rm -rf "$OUT/stage" "$OUT/$NAME.zip" "$OUT/$NAME-setup.exe"
mkdir -p "$STAGE"

echo "== stage $STAGE"
# Everything from the deploy folder except the test programs.
(cd "$DEPLOY" && find . -type f ! -name 'wd_tests.exe' ! -name 'wd_gui_tests.exe' ! -name '*.log' -print0) |
  (cd "$DEPLOY" && xargs -0 cp --parents -t "$STAGE")
# The brand's icon (the one compiled into winsock-doctor.exe): Start menu, installer, uninstaller.
ICON=${WD_BRAND_ICON:-resources/icons/winsock-doctor.ico}
[ -f "$ICON" ] || { echo "the brand's icon $ICON is missing (rebuild: tools/build-windows.sh)" >&2; exit 1; }
cp "$ICON" "$STAGE/winsock-doctor.ico"
cat >"$STAGE/README.txt" <<TXT
$PRODUCT $VERSION (Windows 10/11, 64-bit)

Double-click winsock-doctor.exe. The diagnosis runs without administrator rights; Windows asks
for them only when you apply a repair. Command line: winsock-doctor.exe --help
TXT

# Resource sanity: version resource, manifest (asInvoker, PerMonitorV2, Windows 10/11, long paths), icon.
exe="$STAGE/winsock-doctor.exe"
for s in asInvoker PerMonitorV2 longPathAware '8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a'; do
  grep -qa "$s" "$exe" || { echo "manifest of winsock-doctor.exe lacks $s" >&2; exit 1; }
done
wide_strings=$(strings -el "$exe")   # (no "| grep -q": with pipefail an early exit of grep fails the pipe)
grep -qx "$VERSION" <<<"$wide_strings" && grep -qx "ProductVersion" <<<"$wide_strings" \
  || { echo "version resource of winsock-doctor.exe lacks $VERSION" >&2; exit 1; }
sections=$(x86_64-w64-mingw32-objdump -h "$exe")
grep -q '\.rsrc' <<<"$sections" || { echo "winsock-doctor.exe has no resources" >&2; exit 1; }

# --- Signing
PFX=${WD_SIGN_PFX:-}
PASS=${WD_SIGN_PASS:-}
CAFILE=
if [ -z "$PFX" ] && [ -n "${WD_SIGN_TEST:-}" ]; then
  echo "== throw-away test certificate"
  T=$OUT/test-cert; mkdir -p "$T"
  openssl req -x509 -newkey rsa:3072 -nodes -sha256 -days 2 -keyout "$T/key.pem" -out "$T/cert.pem" \
    -subj "/CN=Winsock Doctor Test Signing/O=Winsock Doctor CI" \
    -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=digitalSignature" 2>/dev/null
  PASS=ci-test-only
  openssl pkcs12 -export -out "$T/test.pfx" -inkey "$T/key.pem" -in "$T/cert.pem" -passout "pass:$PASS"
  PFX=$T/test.pfx
  CAFILE=$T/cert.pem
fi
sign() { # sign FILE
  [ -n "$PFX" ] || return 0
  local ts=()
  [ -n "${WD_SIGN_TIMESTAMP:-}" ] && ts=(-ts "$WD_SIGN_TIMESTAMP")
  osslsigncode sign -pkcs12 "$PFX" -pass "$PASS" -h sha256 -n "$PRODUCT" -i "https://github.com/" \
    "${ts[@]}" -in "$1" -out "$1.signed" >/dev/null
  mv "$1.signed" "$1"
  echo "signed $(basename "$1")"
}
verify_sig() { # verify FILE
  [ -n "$PFX" ] || return 0
  local ca=()
  [ -n "$CAFILE" ] && ca=(-CAfile "$CAFILE")
  osslsigncode verify "${ca[@]}" -in "$1" >"$1.verify.log" 2>&1 || { cat "$1.verify.log" >&2; echo "signature of $1 does not verify" >&2; exit 1; }
  grep -q "Signature verification: ok" "$1.verify.log" || { cat "$1.verify.log" >&2; exit 1; }
  echo "verified $(basename "$1") (osslsigncode)"
  rm -f "$1.verify.log"
}
sign "$exe"
verify_sig "$exe"

echo "== portable ZIP"
ZIPLEVEL=(-9)
[ -n "${WD_PACKAGE_FAST:-}" ] && ZIPLEVEL=(-1)
(cd "$OUT/stage" && zip -qr "${ZIPLEVEL[@]}" "$OUT/$NAME.zip" "$STAGE_DIR")
unzip -tq "$OUT/$NAME.zip" >/dev/null || { echo "the ZIP does not test clean" >&2; exit 1; }

echo "== NSIS installer"
FAST=()
[ -n "${WD_PACKAGE_FAST:-}" ] && FAST=(-DFAST=1)
makensis -V2 "${FAST[@]}" -DVERSION="$VERSION" -DAPP="$PRODUCT" -DVENDOR="$VENDOR" -DUNINST_ID="$UNINST_ID" -DSTAGE="$STAGE" -DOUTFILE="$OUT/$NAME-setup.exe" app/windows/winsock-doctor.nsi
sign "$OUT/$NAME-setup.exe"
verify_sig "$OUT/$NAME-setup.exe"

# Our own verifier, when this build has it (it must accept the test signature's structure).
if [ -n "$CAFILE" ] && command -v wine >/dev/null && (cd "$STAGE" && WINEDEBUG=-all wine winsock-doctor.exe verify --help >/dev/null 2>&1); then
  mkdir -p "$OUT/roots" && cp "$CAFILE" "$OUT/roots/test-root.pem"
  (cd "$STAGE" && WINEDEBUG=-all wine winsock-doctor.exe verify --trust-roots "$(winepath -w "$OUT/roots")" \
     "$(winepath -w "$exe")" "$(winepath -w "$OUT/$NAME-setup.exe")") || { echo "winsock-doctor verify rejected the signed files" >&2; exit 1; }
  echo "verified with winsock-doctor verify"
fi
# Install per user (no admin), check the program, Start-menu shortcut and Apps entry, then uninstall.
if [ -n "${WD_PACKAGE_TEST_INSTALL:-}" ]; then
  echo "== installer test under wine (per user, silent)"
  export WINEDEBUG=-all
  WINEPREFIX=$(mktemp -d /tmp/wd-pkg-prefix.XXXXXX); export WINEPREFIX
  trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$WINEPREFIX"' EXIT
  wineboot -i >/dev/null 2>&1 || true
  wine "$OUT/$NAME-setup.exe" /S || { echo "the installer failed" >&2; exit 1; }
  appdata=$(winepath -u "$(wine cmd /c echo %LOCALAPPDATA% 2>/dev/null | tr -d '\r')")
  programs=$(winepath -u "$(wine cmd /c echo %APPDATA% 2>/dev/null | tr -d '\r')")"/Microsoft/Windows/Start Menu/Programs"
  dir="$appdata/Programs/$PRODUCT"
  [ -f "$dir/winsock-doctor.exe" ] && [ -f "$dir/uninstall.exe" ] && [ -f "$dir/platforms/qwindows.dll" ] \
    || { echo "the installer did not install into $dir" >&2; exit 1; }
  [ ! -e "$dir/wd_tests.exe" ] || { echo "test programs must not be installed" >&2; exit 1; }
  lnk="$programs/$PRODUCT/$PRODUCT.lnk"
  [ -f "$lnk" ] || { echo "no Start-menu shortcut $lnk" >&2; exit 1; }
  uninst=$(wine reg query "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$UNINST_ID" /v DisplayVersion 2>/dev/null | tr -d '\r')
  grep -q "$VERSION" <<<"$uninst" || { echo "no per-user Apps entry: $uninst" >&2; exit 1; }
  ver=$(cd "$dir" && wine winsock-doctor.exe --version | tr -d '\r')
  grep -q "winsock-doctor $VERSION" <<<"$ver" || { echo "the installed program does not run: $ver" >&2; exit 1; }
  if [ "$PRODUCT" != "Winsock Doctor" ]; then
    grep -qF "$PRODUCT $VERSION" <<<"$ver" || { echo "the installed program does not name the brand: $ver" >&2; exit 1; }
  fi
  # The uninstaller copies itself to %TEMP% and continues from there: wait for every wine process.
  wine "$(winepath -w "$dir/uninstall.exe")" /S || { echo "the uninstaller failed" >&2; exit 1; }
  wineserver -w
  [ ! -e "$dir/winsock-doctor.exe" ] || { echo "the uninstaller left the program behind" >&2; exit 1; }
  [ ! -e "$lnk" ] || { echo "the uninstaller left the shortcut" >&2; exit 1; }
  if wine reg query "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\$UNINST_ID" >/dev/null 2>&1; then
    echo "the uninstaller left the Apps entry" >&2; exit 1
  fi
  echo "installed per user, started, shortcut and Apps entry present; uninstalled cleanly"
fi
ls -l "$OUT/$NAME.zip" "$OUT/$NAME-setup.exe"
