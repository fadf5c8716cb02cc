#!/usr/bin/env bash
# Regenerates translations/*.ts from the sources (lupdate). With --check, fails when the .ts files
# are out of date or zh_CN has unfinished entries, without changing them.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || true)
[ -n "$LUPDATE" ] || LUPDATE=/usr/lib/qt6/bin/lupdate
dirs=(app ui diagnostics repairs)
run_lupdate() { # $1 = output dir
  for lang in en zh_CN; do
    cp "translations/winsock-doctor_${lang}.ts" "$1/winsock-doctor_${lang}.ts" 2>/dev/null || true
    "$LUPDATE" -silent -I . -I diagnostics -locations none -no-obsolete -extensions cpp,h "${dirs[@]}" \
      -source-language en -target-language "$lang" -ts "$1/winsock-doctor_${lang}.ts"
  done
}
if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  run_lupdate "$tmp"
  rc=0
  for lang in en zh_CN; do
    if ! diff -q "translations/winsock-doctor_${lang}.ts" "$tmp/winsock-doctor_${lang}.ts" >/dev/null; then
      echo "translations/winsock-doctor_${lang}.ts is out of date: run tools/update-translations.sh" >&2
      diff -u "translations/winsock-doctor_${lang}.ts" "$tmp/winsock-doctor_${lang}.ts" | head -40 >&2
      rc=1
    fi
  done
  unfinished=$(grep -c 'type="unfinished"' translations/winsock-doctor_zh_CN.ts || true)
  if [ "$unfinished" != "0" ]; then
    echo "translations/winsock-doctor_zh_CN.ts has $unfinished unfinished entries" >&2
    rc=1
  fi
  exit $rc
fi
mkdir -p translations
run_lupdate translations
echo "zh_CN unfinished: $(grep -c 'type="unfinished"' translations/winsock-doctor_zh_CN.ts || true)"
