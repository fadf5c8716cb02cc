#!/usr/bin/env python3
# Removes catalog entry 000000000024 from a Protocol_Catalog9 .reg export (UTF-16) and lowers
# Num_Catalog_Entries from 24 to 23: a changed backup to restore in tests/wine/run-wine-offline-tests.sh.
import sys, re
src, dst = sys.argv[1], sys.argv[2]
t = open(src, encoding="utf-16").read()
blocks = re.split(r'(?=\r?\n\[)', t)
last = [b for b in blocks if re.search(r'\\Catalog_Entries\\0+24\]', b)]
assert last, "no entry 24"
blocks = [b for b in blocks if b not in last]
t = "".join(blocks)
t, n = re.subn(r'"Num_Catalog_Entries"=dword:00000018', '"Num_Catalog_Entries"=dword:00000017', t)
assert n == 1, "Num_Catalog_Entries"
open(dst, "w", encoding="utf-16").write(t)
