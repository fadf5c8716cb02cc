#!/usr/bin/env bash
# Fails unless FILE is a PNG screenshot that is not blank (some variation in its pixels).
set -euo pipefail
f=$1
[ -s "$f" ] || { echo "$f: missing or empty" >&2; exit 1; }
sd=$(convert "$f" -colorspace Gray -format '%[fx:standard_deviation]' info:)
colors=$(convert "$f" -format '%k' info:)
echo "$f: $(identify -format '%wx%h' "$f"), $colors colours, grey stddev $sd"
awk -v s="$sd" -v c="$colors" 'BEGIN { exit !(s > 0.02 && c > 8) }' || { echo "$f looks blank" >&2; exit 1; }
