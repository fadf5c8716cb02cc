#!/usr/bin/env bash
# Checks that a Windows program carries the images of an icon (.ico) file: the resource compiler copies
# each image of the icon into the program's RT_ICON resources byte for byte.
# Usage: tools/check-exe-icon.sh PROGRAM.exe ICON.ico [--not]   (--not: none of the icon's images is there)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 PROGRAM.exe ICON.ico [--not]" >&2; exit 2; }
python3 - "$1" "$2" "${3:-}" <<'PY'
import struct, sys
exe = open(sys.argv[1], 'rb').read()
ico = open(sys.argv[2], 'rb').read()
reserved, kind, count = struct.unpack('<HHH', ico[:6])
if reserved != 0 or kind != 1 or count == 0:
    sys.exit(f"{sys.argv[2]} is not an icon file")
found = 0
for i in range(count):
    size, offset = struct.unpack('<II', ico[6 + 16 * i + 8:6 + 16 * i + 16])
    found += ico[offset:offset + size] in exe
if sys.argv[3] == '--not':
    if found:
        sys.exit(f"{sys.argv[1]} carries {found} of the {count} images of {sys.argv[2]}")
    print(f"{sys.argv[1]}: none of the {count} images of {sys.argv[2]}")
else:
    if found != count:
        sys.exit(f"{sys.argv[1]} carries {found} of the {count} images of {sys.argv[2]}, not all")
    print(f"{sys.argv[1]}: all {count} images of {sys.argv[2]}")
PY
