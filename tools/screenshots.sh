#!/bin/sh
# Writes PNG screenshots of every wizard page, in English and Simplified Chinese, under Xvfb.
# Usage: tools/screenshots.sh OUTPUT_DIR [BINARY] [extra wizard options, e.g. --dark]
# The flow is replayed from tests/data/sample_scan.json on the demo target (repairs go to the demo service),
# except "welcome"; set WD_SHOT_TARGET=demo to scan the real demo volume instead.
set -eu
out=${1:?usage: tools/screenshots.sh OUTPUT_DIR [BINARY] [options]}
here=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-$here/build/bin/winsock-doctor}
[ $# -ge 2 ] && shift 2 || shift $#
mkdir -p "$out"
export QT_QPA_PLATFORM=xcb
replay="--scan-result $here/tests/data/sample_scan.json"
[ "${WD_SHOT_TARGET:-}" = demo ] && replay=""
status=0
for lang in en zh_CN; do
  for page in welcome scan findings dumps leaks plan apply result; do
    file="$out/$page-$lang.png"
    # shellcheck disable=SC2086
    if xvfb-run -a -s "-screen 0 1280x900x24" "$bin" gui --lang "$lang" --target demo $replay --page "$page" \
         --screenshot "$file" "$@" >/dev/null 2>"$out/$page-$lang.log"; then
      rm -f "$out/$page-$lang.log"
      echo "$file"
    else
      echo "FAILED: $page ($lang), see $out/$page-$lang.log" >&2
      status=1
    fi
  done
done
exit $status
