#!/usr/bin/env python3
"""Writes a regedit file that injects a layered Winsock provider (LSP) into both protocol catalogs
and an AppInit_DLLs entry into both registry views: the "hijacked PC" the wine tests diagnose and
repair. Usage: make_injection_reg.py OUT.reg"""
import struct
import sys
import uuid

PARAMS = r"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters"
LSP_DLL = r"%SystemRoot%\system32\wd_test_lsp.dll"
LSP_NAME = "WD Test LSP [TCP/IP]"
LSP_GUID = uuid.UUID("{5D1E2C3B-4A59-4F6E-8D7C-0B1A29384756}")
APPINIT_DLL = r"C:\windows\system32\wd_test_appinit.dll"


def packed_catalog_item(catalog_entry_id: int) -> bytes:
    path = LSP_DLL.encode("ascii").ljust(260, b"\0")
    info = struct.pack("<IIIII", 0x20066, 0, 0, 0, 0x8)          # service flags 1-4, provider flags
    info += LSP_GUID.bytes_le                                     # ProviderId
    info += struct.pack("<I", catalog_entry_id)                   # dwCatalogEntryId
    info += struct.pack("<i7I", 0, 0, 0, 0, 0, 0, 0, 0)           # ProtocolChain: ChainLen 0 = layered
    info += struct.pack("<9i", 2, 2, 16, 16, 1, 6, 0, 0, 0)       # version, AF_INET, sockaddr sizes, SOCK_STREAM, TCP, ...
    info += struct.pack("<II", 0, 0)                              # dwMessageSize, dwProviderReserved
    info += LSP_NAME.encode("utf-16-le").ljust(512, b"\0")        # szProtocol[256]
    assert len(info) == 628
    return path + info


def hex_value(data: bytes) -> str:
    parts = [f"{b:02x}" for b in data]
    lines = [",".join(parts[i:i + 24]) for i in range(0, len(parts), 24)]
    return "hex:" + ",\\\n  ".join(lines)


def main() -> None:
    out = []
    out.append("Windows Registry Editor Version 5.00")
    out.append("")
    for cat, count_name in (("Catalog_Entries64", "Num_Catalog_Entries64"), ("Catalog_Entries", "Num_Catalog_Entries")):
        out.append(f"[{PARAMS}\\Protocol_Catalog9]")
        out.append(f'"{count_name}"=dword:00000001')
        out.append("")
        out.append(f"[{PARAMS}\\Protocol_Catalog9\\{cat}\\000000000001]")
        out.append('"PackedCatalogItem"=' + hex_value(packed_catalog_item(1099)))
        out.append("")
    for key in (r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Windows",
                r"HKEY_LOCAL_MACHINE\SOFTWARE\Wow6432Node\Microsoft\Windows NT\CurrentVersion\Windows"):
        out.append(f"[{key}]")
        out.append('"AppInit_DLLs"="' + APPINIT_DLL.replace("\\", "\\\\") + '"')
        out.append('"LoadAppInit_DLLs"=dword:00000001')
        out.append("")
    with open(sys.argv[1], "w", encoding="utf-16", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
