#!/usr/bin/env bash
# Fails unless FILE is a PNG screenshot that is not blank (some variation in its pixels) and, when
# MIN_SIZE (WIDTHxHEIGHT) is given, at least that large (a whole window, not a stray dialog).
# Usage: tools/check-png.sh FILE [MIN_SIZE]
set -euo pipefail
f=$1 min=${2:-}
[ -s "$f" ] || { echo "$f: missing or empty" >&2; exit 1; }
[ "$(head -c 8 "$f" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "$f: not a PNG" >&2; exit 1; }
sd=$(convert "$f" -colorspace Gray -format '%[fx:standard_deviation]' info:)
colors=$(convert "$f" -format '%k' info:)
size=$(identify -format '%wx%h' "$f")
echo "$f: $size, $colors colours, grey stddev $sd"
awk -v s="$sd" -v c="$colors" 'BEGIN { exit !(s > 0.02 && c > 8) }' || { echo "$f looks blank" >&2; exit 1; }
if [ -n "$min" ]; then
  awk -v s="$size" -v m="$min" 'BEGIN { split(s, a, "x"); split(m, b, "x"); exit !(a[1] + 0 >= b[1] + 0 && a[2] + 0 >= b[2] + 0) }' ||
    { echo "$f is $size, smaller than $min" >&2; exit 1; }
fi
