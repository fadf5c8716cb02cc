// Factories of the repair actions (one file each) and helpers they share.
#pragma once
#include "repairs/engine.h"

namespace wd::actions {

std::unique_ptr<RepairAction> makeRemoveLsp();
std::unique_ptr<RepairAction> makeWinsockReset();
std::unique_ptr<RepairAction> makeRestoreBackup();
std::unique_ptr<RepairAction> makeAppInitDisable();
std::unique_ptr<RepairAction> makeDriverRollback();
std::unique_ptr<RepairAction> makeTcpRestoreDefaults();
std::unique_ptr<RepairAction> makeSystemFileRestore();
std::unique_ptr<RepairAction> makeVerifierReset();
std::unique_ptr<RepairAction> makeVerifierEnable();

// Registry locations (HKLM paths as SystemWriter takes them).
inline QString winsockParams() { return QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters"); }
inline QString protocolCatalog() { return winsockParams() + QStringLiteral("\\Protocol_Catalog9"); }
inline QString tcpipParams() { return QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters"); }
inline QString appInitKey() { return QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows"); }

// A value in words for previews: dword 0x00000001 (1), "text", a; b, 16 bytes ...
Text describeValue(const std::optional<RegValue> &v);

// One protocol catalog entry (PackedCatalogItem: 260-byte ANSI path + WSAPROTOCOL_INFOW).
struct CatalogEntry {
    QString keyName;       // "000000000001"
    QString dll;           // ANSI path
    int chainLen = -1;     // ProtocolChain.ChainLen: 0 layered, 1 base, >1 chain; -1 unreadable
    quint32 entryId = 0;   // dwCatalogEntryId
    QString protocol;      // szProtocol
    RegKeyTree tree;
    bool isBase() const { return chainLen == 1; }
    QString kindName() const; // translated: layered provider / protocol chain / base provider
};
CatalogEntry parseCatalogEntry(const RegKeyTree &entryKey);
// Base entries only, renumbered 000000000001..; REMOVED gets the rest.
RegKeyTree keepBaseEntries(const RegKeyTree &catalog, QList<CatalogEntry> *removed, QList<CatalogEntry> *kept);
// "HKLM\SYSTEM\ControlSet001\..." -> "HKLM\SYSTEM\CurrentControlSet\..."
QString normalizeControlSet(const QString &key);

} // namespace wd::actions
