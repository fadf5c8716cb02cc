#!/usr/bin/env python3
"""Session Manager PendingFileRenameOperations for the wine tests (exact bytes, not reg query's text).

  pending_renames.py seed OUT.reg          a .reg (regedit 5, UTF-16LE) that sets the value to two pairs of
                                           another program: a replace, and a delete (empty destination)
  pending_renames.py value EXPORT.reg      the value's bytes as hex from a `reg export` of Session Manager,
                                           or "absent"
  pending_renames.py pairs EXPORT.reg      the decoded pairs, one "source -> destination" per line
"""
import re
import sys

KEY = r"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\Session Manager"
NAME = "PendingFileRenameOperations"
SEED = [(r"\??\C:\wd-test\app.dll.new", r"!\??\C:\wd-test\app.dll"), (r"\??\C:\wd-test\junk.tmp", "")]


def encode(pairs):
    data = b""
    for src, dst in pairs:
        data += src.encode("utf-16-le") + b"\0\0" + dst.encode("utf-16-le") + b"\0\0"
    return data + b"\0\0"


def decode(data):
    units = [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data) - 1, 2)]
    strings, cur = [], []
    for u in units:
        if u == 0:
            strings.append("".join(map(chr, cur)))
            cur = []
        else:
            cur.append(u)
    pairs, i = [], 0
    while i < len(strings) and strings[i]:
        pairs.append((strings[i], strings[i + 1] if i + 1 < len(strings) else None))
        i += 2
    return pairs


def value_from_export(path):
    text = open(path, "rb").read().decode("utf-16")
    text = re.sub(r"\\\r?\n\s*", "", text)  # continuation lines
    m = re.search(r'^"%s"=hex\(7\):([0-9a-fA-F,]*)\s*$' % NAME, text, re.M)
    if not m:
        return None
    return bytes(int(x, 16) for x in m.group(1).split(",") if x)


def main():
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == "seed":
        hexdata = ",".join("%02x" % b for b in encode(SEED))
        reg = "Windows Registry Editor Version 5.00\r\n\r\n[%s]\r\n\"%s\"=hex(7):%s\r\n\r\n" % (KEY, NAME, hexdata)
        open(path, "wb").write(b"\xff\xfe" + reg.encode("utf-16-le"))
    elif cmd == "value":
        v = value_from_export(path)
        print("absent" if v is None else v.hex())
    elif cmd == "pairs":
        v = value_from_export(path)
        for src, dst in decode(v or b""):
            print("%s -> %s" % (src, dst))
    else:
        sys.exit("unknown command " + cmd)


if __name__ == "__main__":
    main()
