#!/usr/bin/env python3
"""store_blob_pem.py EXPORT.reg OUT.pem: the certificates of a regedit export of a SystemCertificates
store (each "Blob" value: serialized store element, property 32 = the DER certificate) as PEM."""
import base64
import re
import struct
import sys

text = open(sys.argv[1], "rb").read().decode("utf-16")
text = re.sub(r"\\\r?\n\s*", "", text)
pems = []
for m in re.finditer(r'^"Blob"=hex:([0-9a-fA-F,]*)\s*$', text, re.M):
    blob = bytes(int(x, 16) for x in m.group(1).split(",") if x)
    pos = 0
    while pos + 12 <= len(blob):
        prop, _, size = struct.unpack_from("<III", blob, pos)
        pos += 12
        if prop == 32:
            b64 = base64.encodebytes(blob[pos:pos + size]).decode().replace("\n", "")
            pems.append("-----BEGIN CERTIFICATE-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))
                        + "\n-----END CERTIFICATE-----\n")
        pos += size
if not pems:
    sys.exit("no certificate in " + sys.argv[1])
open(sys.argv[2], "w").write("".join(pems))
print(len(pems), "certificate(s)")
