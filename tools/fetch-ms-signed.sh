#!/usr/bin/env bash
# Fetches one genuine Microsoft-signed, RFC 3161-timestamped PE for the signature tests:
# vsce-sign.exe from the npm package @vscode/vsce-sign-win32-x64 (pinned version and SHA-256).
# It lands in .cache/ms-signed/ (never committed). Prints the path on success; exit 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
PKG='@vscode/vsce-sign-win32-x64@2.0.6'
SHA='7eb5f35f7e99baf3ae5475692aad47edee19906dad920c4cf4d08bd68aded02e'
DIR=.cache/ms-signed
OUT=$DIR/vsce-sign.exe
if [ -f "$OUT" ] && echo "$SHA  $OUT" | sha256sum -c --status; then
  echo "$PWD/$OUT"; exit 0
fi
mkdir -p "$DIR"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if command -v npm >/dev/null; then
  (cd "$TMP" && timeout 120 npm pack --silent "$PKG" >/dev/null) || { echo "npm pack $PKG failed" >&2; exit 1; }
else # the registry's tarball address, without npm
  timeout 120 python3 - "$TMP/pkg.tgz" <<'PY' || { echo "download of $PKG failed" >&2; exit 1; }
import sys, urllib.request
url = "https://registry.npmjs.org/@vscode/vsce-sign-win32-x64/-/vsce-sign-win32-x64-2.0.6.tgz"
with urllib.request.urlopen(url, timeout=60) as r, open(sys.argv[1], "wb") as f:
    f.write(r.read())
PY
fi
tar -xzf "$TMP"/*.tgz -C "$TMP" package/bin/vsce-sign.exe
echo "$SHA  $TMP/package/bin/vsce-sign.exe" | sha256sum -c --status || { echo "unexpected SHA-256 for vsce-sign.exe" >&2; exit 1; }
cp "$TMP/package/bin/vsce-sign.exe" "$OUT"
echo "$PWD/$OUT"
