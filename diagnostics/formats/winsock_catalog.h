// Winsock catalog formats: the PackedCatalogItem value of
// Services\WinSock2\Parameters\Protocol_Catalog9\Catalog_Entries[64]\NNNNNNNNNNNN
// (260-byte ANSI DLL path followed by a WSAPROTOCOL_INFOW, 888 bytes in total) and the GUID
// encoding shared with NameSpace_Catalog5.
#pragma once
#include "core/error.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace wd {

inline constexpr int kPackedPathSize = 260;          // MAX_PATH ANSI characters
inline constexpr int kProtocolInfoWSize = 628;       // sizeof(WSAPROTOCOL_INFOW)
inline constexpr int kPackedCatalogItemSize = 888;   // 260 + 628
inline constexpr int kMaxProtocolChain = 7;          // MAX_PROTOCOL_CHAIN
inline constexpr int kProtocolNameChars = 256;       // WSAPROTOCOL_LEN + 1
// The entries of one catalog that the Winsock check examines and the LSP repair handles at most.
// Windows installs about 20 per catalog and a PC with several layered providers still has well under
// 200; a catalog beyond this was left by an installer that ran in a loop or is damaged.
inline constexpr int kMaxCatalogEntries = 1000;

// Offsets inside WSAPROTOCOL_INFOW.
namespace wsapi {
inline constexpr int ServiceFlags1 = 0, ServiceFlags2 = 4, ServiceFlags3 = 8, ServiceFlags4 = 12;
inline constexpr int ProviderFlags = 16, ProviderId = 20, CatalogEntryId = 36;
inline constexpr int ChainLen = 40, ChainEntries = 44; // 7 DWORDs
inline constexpr int Version = 72, AddressFamily = 76, MaxSockAddr = 80, MinSockAddr = 84;
inline constexpr int SocketType = 88, Protocol = 92, ProtocolMaxOffset = 96, NetworkByteOrder = 100;
inline constexpr int SecurityScheme = 104, MessageSize = 108, ProviderReserved = 112, ProtocolName = 116;
} // namespace wsapi

// "{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}" from / to the 16-byte Windows GUID layout.
QString guidToString(const QByteArray &sixteen);
std::optional<QByteArray> guidFromString(const QString &s);

struct ProtocolInfo {
    quint32 serviceFlags1 = 0, serviceFlags2 = 0, serviceFlags3 = 0, serviceFlags4 = 0;
    quint32 providerFlags = 0;
    QString providerId;          // "{...}"
    quint32 catalogEntryId = 0;
    qint32 chainLen = 0;         // 0 = layered (LSP), 1 = base, > 1 = chain
    QList<quint32> chainEntries; // the first min(chainLen, 7) entries
    qint32 version = 0;
    qint32 addressFamily = 0;
    qint32 maxSockAddr = 0, minSockAddr = 0;
    qint32 socketType = 0, protocol = 0, protocolMaxOffset = 0;
    qint32 networkByteOrder = 0, securityScheme = 0;
    quint32 messageSize = 0, providerReserved = 0;
    QString protocolName;        // szProtocol
};

struct PackedCatalogItem {
    QString dllPath;     // as stored: "%SystemRoot%\system32\mswsock.dll"
    ProtocolInfo info;
    int rawSize = 0;     // bytes of the registry value
    bool truncated() const { return rawSize < kPackedCatalogItemSize; }
    bool oversized() const { return rawSize > kPackedCatalogItemSize; }
    // "base" | "layered" | "chain"
    QString kind() const;
};

// Decodes one PackedCatalogItem. Shorter than the 260-byte path plus the fixed part of
// WSAPROTOCOL_INFOW (116 bytes) is a Corrupt error; a missing tail of szProtocol and extra bytes
// are tolerated (see truncated()/oversized()); the caller reports them.
Expected<PackedCatalogItem> decodePackedCatalogItem(const QByteArray &data);
// Encodes an item to the 888-byte registry form (fixtures, repairs).
QByteArray encodePackedCatalogItem(const QString &dllPath, const ProtocolInfo &info);

// szProtocol of Windows 8+ providers is a MUI reference ("@%SystemRoot%\System32\mswsock.dll,-60100");
// returns the English name Windows shows for the known ones, else NAME unchanged.
QString protocolDisplayName(const QString &name);

// Readable names for numbers found in WSAPROTOCOL_INFOW.
QString addressFamilyName(qint32 af);   // "AF_INET", "AF_INET6", "AF_NETBIOS", ... or the number
QString socketTypeName(qint32 type);    // "SOCK_STREAM", ...
QString protocolNumberName(qint32 proto, qint32 af); // "IPPROTO_TCP", ...

} // namespace wd
