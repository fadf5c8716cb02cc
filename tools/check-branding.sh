#!/usr/bin/env bash
# Checks a branded build (cmake -DWD_BRANDING=BRAND_JSON, docs/branding.md) against its brand file:
#  - --version and --help name the brand, in English and in Chinese (its per-language product name);
#  - without --lang and with a system language the program does not speak, the brand's default language;
#  - text and HTML reports carry the brand's footer, support phone and address (per language);
#  - what machines read does not change: the demo scan's exit code, finding ids and the JSON's keys
#    equal BASELINE_JSON's (the same scan by the default build);
#  - the GUI tests tagged [brand] pass against the compiled-in brand (window title, About, logo), and
#    so do the [layout] tests: with the brand's names every page still shows its whole text.
# Usage: tools/check-branding.sh BUILD_DIR BRAND_JSON BASELINE_JSON BASELINE_EXIT_CODE
set -euo pipefail
BUILD=$1 BRAND=$2 BASELINE=$3 BASELINE_RC=$4
EXE=$BUILD/bin/winsock-doctor
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
field() { python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); l=sys.argv[3]
v=b.get("translations",{}).get(l,{}).get(sys.argv[2], b.get(sys.argv[2],"")) if l else b.get(sys.argv[2],"")
print(v)' "$BRAND" "$1" "${2:-}"; }
fail() { echo "check-branding: $*" >&2; exit 1; }
has() { grep -qF -- "$2" "$1" || { echo "--- $1:" >&2; head -40 "$1" >&2; fail "$(basename "$1") lacks: $2"; }; }
version=$(sed -n 's/^project(WinsockDoctor VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)

for lang in en zh_CN; do
  name=$(field product_name "$lang")
  "$EXE" --version --lang "$lang" >"$OUT/version-$lang.txt"
  has "$OUT/version-$lang.txt" "$name $version (winsock-doctor $version)"
  "$EXE" --help --lang "$lang" >"$OUT/help-$lang.txt"
  has "$OUT/help-$lang.txt" "$name $version"
  if grep -q "Winsock Doctor" "$OUT/help-$lang.txt"; then fail "--help --lang $lang still says Winsock Doctor"; fi
done
echo "ok: --version and --help name the brand in en and zh_CN"

default_lang=$(field default_language)
if [ -n "$default_lang" ]; then
  LANGUAGE=fr LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 "$EXE" --help >"$OUT/help-default.txt" 2>/dev/null
  has "$OUT/help-default.txt" "$(field product_name "$default_lang") $version"
  echo "ok: with a French system the program speaks the brand's default language ($default_lang)"
fi

set +e
"$EXE" scan --target demo --format json -o "$OUT/scan.json" >/dev/null 2>"$OUT/scan.err"
scan_rc=$?
set -e
[ "$scan_rc" = "$BASELINE_RC" ] || fail "the demo scan exits $scan_rc, the default build $BASELINE_RC"
python3 - "$BASELINE" "$OUT/scan.json" <<'PY'
import json, sys
def keys(v, path=""):
    out = set()
    if isinstance(v, dict):
        for k, x in v.items():
            out.add(path + "/" + k); out |= keys(x, path + "/" + k)
    elif isinstance(v, list):
        for x in v: out |= keys(x, path + "[]")
    return out
a, b = (json.load(open(p)) for p in sys.argv[1:3])
ids = lambda r: sorted(f["id"] for f in r.get("findings", []))
if ids(a) != ids(b): sys.exit("finding ids differ: %s vs %s" % (ids(a), ids(b)))
if keys(a) != keys(b): sys.exit("JSON keys differ: %s" % sorted(keys(a) ^ keys(b))[:20])
print("ok: exit code, %d finding ids and every JSON key as in the default build" % len(ids(a)))
PY

for lang in en zh_CN; do
  "$EXE" report "$OUT/scan.json" --lang "$lang" >"$OUT/report-$lang.txt" || true
  "$EXE" report "$OUT/scan.json" --lang "$lang" --format html -o "$OUT/report-$lang.html" >/dev/null || true
  for f in report_footer support_phone support_url; do
    v=$(field "$f" "$lang")
    [ -z "$v" ] && continue
    has "$OUT/report-$lang.txt" "$v"
    has "$OUT/report-$lang.html" "$v"
  done
  has "$OUT/report-$lang.html" "data:image/png;base64,"
done
echo "ok: text and HTML reports carry the footer and support contacts in en and zh_CN, HTML the logo"

WD_EXPECT_PRODUCT=$(field product_name en) WD_EXPECT_VENDOR=$(field vendor en) QT_QPA_PLATFORM=offscreen \
  "$BUILD/bin/wd_gui_tests" "[brand],[layout]"
echo "ok: GUI [brand] and [layout] tests against the compiled-in brand"
