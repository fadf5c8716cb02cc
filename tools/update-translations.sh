#!/usr/bin/env bash
# Regenerates translations/*.ts from the sources (lupdate). With --check, fails when the .ts files
# are out of date, zh_CN has unfinished entries or en has an unfinished plural (numerus) entry,
# without changing them. English needs only its plurals: the singular and plural forms of the
# "%n file(s)" idiom (tools/ts-translate.py en-plurals); every other English text is the source.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate || true)
[ -n "$LUPDATE" ] || LUPDATE=/usr/lib/qt6/bin/lupdate
dirs=(app ui diagnostics repairs)
run_lupdate() { # $1 = output dir
  for lang in en zh_CN; do
    cp "translations/winsock-doctor_${lang}.ts" "$1/winsock-doctor_${lang}.ts" 2>/dev/null || true
    # lupdate's C++ parser can loop forever on some constructs (a generic lambda with a '>' comparison
    # inside a function that also calls translate() did): fail loudly instead of hanging CI.
    timeout 300 "$LUPDATE" -silent -I . -I diagnostics -locations none -no-obsolete -extensions cpp,h "${dirs[@]}" \
      -source-language en -target-language "$lang" -ts "$1/winsock-doctor_${lang}.ts" || {
      echo "lupdate failed or ran over 5 minutes (exit $?): find the source it stalls on with one file at a time" >&2
      return 1
    }
  done
}
# Numerus (plural) messages of an en .ts file whose translation is unfinished: "count" prints how
# many, "list" their source texts (first line, one a line).
en_numerus_unfinished() { # $1 = count|list, $2 = .ts file
  awk -v mode="$1" '
    /<message[ >]/ { num = ($0 ~ /numerus="yes"/); src = "" }
    num && /<source>/ { src = $0; sub(/.*<source>/, "", src); sub(/<\/source>.*/, "", src) }
    num && /<translation/ && /type="unfinished"/ { n++; if (mode == "list") print "  " src }
    /<\/message>/ { num = 0 }
    END { if (mode == "count") print n + 0 }
  ' "$2"
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
  # The file as lupdate makes it: a new plural string in the sources is named here too.
  en_plurals=$(en_numerus_unfinished count "$tmp/winsock-doctor_en.ts")
  if [ "$en_plurals" != "0" ]; then
    echo "translations/winsock-doctor_en.ts has $en_plurals unfinished plural (numerus) entries; without both forms" \
         "the English UI shows the source's \"(s)\". Fill them (tools/ts-translate.py en-plurals) and mark them finished:" >&2
    en_numerus_unfinished list "$tmp/winsock-doctor_en.ts" >&2
    rc=1
  fi
  exit $rc
fi
mkdir -p translations
run_lupdate translations
echo "zh_CN unfinished: $(grep -c 'type="unfinished"' translations/winsock-doctor_zh_CN.ts || true)"
echo "en unfinished plurals (numerus): $(en_numerus_unfinished count translations/winsock-doctor_en.ts)"
