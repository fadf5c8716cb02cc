#!/usr/bin/env python3
"""Writes hand-made hostile hives into tests/fuzz/regressions/ (run once; the files are committed).
Each starts from a minimal hive built here (base block + one bin: root nk, sk, one subkey with one
value) and breaks one thing a reader or writer must survive."""
import os, struct, sys

def checksum(b):
    s = 0
    for i in range(127):
        s ^= struct.unpack_from('<I', b, i * 4)[0]
    return 0xFFFFFFFE if s == 0xFFFFFFFF else (1 if s == 0 else s)

def cell(payload):
    size = (4 + len(payload) + 7) // 8 * 8
    return struct.pack('<i', -size) + payload + b'\0' * (size - 4 - len(payload))

def hive(mutate=None):
    # Layout (offsets relative to the first bin): sk 0x20, root nk, child nk, lf list, vk, data.
    cells = {}
    order = ['sk', 'root', 'child', 'list', 'vk', 'data', 'vlist']
    sizes = {'sk': 48, 'root': 88, 'child': 88, 'list': 16, 'vk': 32, 'data': 16, 'vlist': 8}
    off, at = 0x20, {}
    for n in order:
        at[n] = off
        off += sizes[n]
    def nk(name, parent, flags, nsub, sublist, nval, vlist):
        return (b'nk' + struct.pack('<HQI', flags, 0, 0) + struct.pack('<IIIIIIIII', parent, nsub, 0, sublist, 0xFFFFFFFF, nval, vlist, at['sk'], 0xFFFFFFFF)
                + struct.pack('<IIIII', 0, 0, 0, 0, 0) + struct.pack('<HH', len(name), 0) + name)
    cells['sk'] = b'sk' + struct.pack('<HIIII', 0, at['sk'], at['sk'], 2, 20) + bytes([1, 0]) + struct.pack('<H', 0x8000) + b'\0' * 16
    cells['root'] = nk(b'ROOT', 0xFFFFFFFF, 0x2C, 1, at['list'], 0, 0xFFFFFFFF)
    cells['child'] = nk(b'Child', at['root'], 0x20, 0, 0xFFFFFFFF, 1, at['vlist'])
    cells['list'] = b'lf' + struct.pack('<HI', 1, at['child']) + b'Chil'
    cells['vk'] = b'vk' + struct.pack('<HIIIHH', 1, 8, at['data'], 3, 1, 0) + b'V'
    cells['data'] = b'12345678'
    cells['vlist'] = struct.pack('<I', at['vk'])
    if mutate:
        mutate(cells, at)
    body = b''.join(cell(cells[n]).ljust(sizes[n], b'\0')[:sizes[n]] for n in order)
    binsize = 0x1000
    free = binsize - 0x20 - len(body)
    hb = b'hbin' + struct.pack('<III', 0, binsize, 0) + b'\0' * 16 + body + struct.pack('<i', free) + b'\0' * (free - 4)
    base = bytearray(4096)
    base[0:4] = b'regf'
    struct.pack_into('<IIQIIIIII', base, 4, 1, 1, 0, 1, 5, 0, 1, at['root'], binsize)
    struct.pack_into('<I', base, 0x1FC, checksum(base))
    return bytes(base) + hb

def set_(name, off, fmt, val):
    def m(cells, at):
        b = bytearray(cells[name]); struct.pack_into(fmt, b, off, val(at) if callable(val) else val); cells[name] = bytes(b)
    return m

cases = {
    'reader': {
        'subkey-loop': set_('list', 4, '<I', lambda at: at['root']),          # the root lists itself
        'list-into-middle-of-cell': set_('list', 4, '<I', lambda at: at['child'] + 8),
        'value-length-huge': set_('vk', 4, '<I', 0x7FFFFFF0),
        'inline-value-too-long': set_('vk', 4, '<I', 0x80000010),
        'subkey-count-lies': set_('root', 0x14, '<I', 5000),
        'value-count-lies': set_('child', 0x24, '<I', 100000),
        'name-longer-than-cell': set_('child', 0x48, '<H', 0xFFFF),
        'list-count-lies': set_('list', 2, '<H', 0xFFFF),
    },
}
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), 'regressions')
for target, muts in cases.items():
    for name, m in muts.items():
        data = hive(m)
        for t in ('hive_reader', 'hive_writer'):
            d = os.path.join(out, t)
            os.makedirs(d, exist_ok=True)
            # The writer harness reads one byte (odd: hive follows, its length in pages) first.
            blob = data if t == 'hive_reader' else bytes([len(data) // 4096 | 1]) + data + bytes(range(64))
            open(os.path.join(d, name), 'wb').write(blob)
    open(os.path.join(out, 'hive_reader', 'sound-minimal'), 'wb').write(hive())
    open(os.path.join(out, 'hive_writer', 'sound-minimal-edited'), 'wb').write(bytes([3]) + hive() + bytes(range(200)))
    open(os.path.join(out, 'hive_writer', 'fresh-hive-edits'), 'wb').write(bytes([0]) + bytes((i * 37 + 11) % 256 for i in range(400)))
