#include "formats/winsock_catalog.h"
#include "formats/byte_reader.h"
#include <QRegularExpression>
#include <QtEndian>
#include <cstring>

namespace wd {

QString guidToString(const QByteArray &b)
{
    ByteReader r(b);
    if (!r.has(0, 16))
        return {};
    QString s = QStringLiteral("{%1-%2-%3-").arg(r.u32At(0), 8, 16, QLatin1Char('0'))
                    .arg(r.u16At(4), 4, 16, QLatin1Char('0'))
                    .arg(r.u16At(6), 4, 16, QLatin1Char('0'));
    for (int i = 8; i < 16; ++i) {
        if (i == 10)
            s += QLatin1Char('-');
        s += QStringLiteral("%1").arg(r.u8At(i), 2, 16, QLatin1Char('0'));
    }
    s += QLatin1Char('}');
    return s.toUpper();
}

std::optional<QByteArray> guidFromString(const QString &in)
{
    static const QRegularExpression re(QStringLiteral("^\\{?([0-9A-Fa-f]{8})-([0-9A-Fa-f]{4})-([0-9A-Fa-f]{4})-"
                                                      "([0-9A-Fa-f]{4})-([0-9A-Fa-f]{12})\\}?$"));
    const QRegularExpressionMatch m = re.match(in.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QByteArray out(16, '\0');
    qToLittleEndian(quint32(m.captured(1).toUInt(nullptr, 16)), out.data());
    qToLittleEndian(quint16(m.captured(2).toUShort(nullptr, 16)), out.data() + 4);
    qToLittleEndian(quint16(m.captured(3).toUShort(nullptr, 16)), out.data() + 6);
    const QString tail = m.captured(4) + m.captured(5);
    for (int i = 0; i < 8; ++i)
        out[8 + i] = char(tail.mid(2 * i, 2).toUInt(nullptr, 16));
    return out;
}

QString PackedCatalogItem::kind() const
{
    if (info.chainLen == 0)
        return QStringLiteral("layered");
    if (info.chainLen == 1)
        return QStringLiteral("base");
    return QStringLiteral("chain");
}

Expected<PackedCatalogItem> decodePackedCatalogItem(const QByteArray &data)
{
    ByteReader r(data);
    const int fixed = kPackedPathSize + wsapi::ProtocolName;
    if (!r.has(0, fixed))
        return Error(ErrorKind::Corrupt,
                     translate("wd::WinsockCatalog", "The catalog entry is only %1 bytes long; a valid entry has %2 bytes.")
                         .arg(data.size()).arg(kPackedCatalogItemSize));
    PackedCatalogItem item;
    item.rawSize = int(data.size());
    item.dllPath = r.localAt(0, kPackedPathSize);
    ByteReader p = r.sub(kPackedPathSize, data.size() - kPackedPathSize);
    ProtocolInfo &i = item.info;
    i.serviceFlags1 = p.u32At(wsapi::ServiceFlags1);
    i.serviceFlags2 = p.u32At(wsapi::ServiceFlags2);
    i.serviceFlags3 = p.u32At(wsapi::ServiceFlags3);
    i.serviceFlags4 = p.u32At(wsapi::ServiceFlags4);
    i.providerFlags = p.u32At(wsapi::ProviderFlags);
    i.providerId = guidToString(p.bytesAt(wsapi::ProviderId, 16));
    i.catalogEntryId = p.u32At(wsapi::CatalogEntryId);
    i.chainLen = qint32(p.u32At(wsapi::ChainLen));
    const int n = std::clamp(i.chainLen, 0, kMaxProtocolChain);
    for (int k = 0; k < n; ++k)
        i.chainEntries.append(p.u32At(wsapi::ChainEntries + 4 * k));
    i.version = qint32(p.u32At(wsapi::Version));
    i.addressFamily = qint32(p.u32At(wsapi::AddressFamily));
    i.maxSockAddr = qint32(p.u32At(wsapi::MaxSockAddr));
    i.minSockAddr = qint32(p.u32At(wsapi::MinSockAddr));
    i.socketType = qint32(p.u32At(wsapi::SocketType));
    i.protocol = qint32(p.u32At(wsapi::Protocol));
    i.protocolMaxOffset = qint32(p.u32At(wsapi::ProtocolMaxOffset));
    i.networkByteOrder = qint32(p.u32At(wsapi::NetworkByteOrder));
    i.securityScheme = qint32(p.u32At(wsapi::SecurityScheme));
    i.messageSize = p.u32At(wsapi::MessageSize);
    i.providerReserved = p.u32At(wsapi::ProviderReserved);
    i.protocolName = p.utf16At(wsapi::ProtocolName, kProtocolNameChars);
    return item;
}

QByteArray encodePackedCatalogItem(const QString &dllPath, const ProtocolInfo &i)
{
    QByteArray out(kPackedCatalogItemSize, '\0');
    // At most 259 bytes of the ANSI code page plus the NUL, cut between characters (never inside a
    // multi-byte one, which would leave a broken character at the end).
    QString fitting = dllPath;
    QByteArray path = fitting.toLocal8Bit();
    while (path.size() > kPackedPathSize - 1) {
        fitting.chop(path.size() - (kPackedPathSize - 1) > 8 ? (path.size() - (kPackedPathSize - 1)) / 4 + 1 : 1);
        if (!fitting.isEmpty() && fitting.back().isHighSurrogate())
            fitting.chop(1);
        path = fitting.toLocal8Bit();
    }
    std::memcpy(out.data(), path.constData(), size_t(path.size()));
    char *p = out.data() + kPackedPathSize;
    auto put = [&](int off, quint32 v) { qToLittleEndian(v, p + off); };
    put(wsapi::ServiceFlags1, i.serviceFlags1);
    put(wsapi::ServiceFlags2, i.serviceFlags2);
    put(wsapi::ServiceFlags3, i.serviceFlags3);
    put(wsapi::ServiceFlags4, i.serviceFlags4);
    put(wsapi::ProviderFlags, i.providerFlags);
    const QByteArray guid = guidFromString(i.providerId).value_or(QByteArray(16, '\0'));
    std::memcpy(p + wsapi::ProviderId, guid.constData(), 16);
    put(wsapi::CatalogEntryId, i.catalogEntryId);
    put(wsapi::ChainLen, quint32(i.chainLen));
    for (int k = 0; k < std::min<int>(int(i.chainEntries.size()), kMaxProtocolChain); ++k)
        put(wsapi::ChainEntries + 4 * k, i.chainEntries[k]);
    put(wsapi::Version, quint32(i.version));
    put(wsapi::AddressFamily, quint32(i.addressFamily));
    put(wsapi::MaxSockAddr, quint32(i.maxSockAddr));
    put(wsapi::MinSockAddr, quint32(i.minSockAddr));
    put(wsapi::SocketType, quint32(i.socketType));
    put(wsapi::Protocol, quint32(i.protocol));
    put(wsapi::ProtocolMaxOffset, quint32(i.protocolMaxOffset));
    put(wsapi::NetworkByteOrder, quint32(i.networkByteOrder));
    put(wsapi::SecurityScheme, quint32(i.securityScheme));
    put(wsapi::MessageSize, i.messageSize);
    put(wsapi::ProviderReserved, i.providerReserved);
    const QString name = i.protocolName.left(kProtocolNameChars - 1);
    for (int k = 0; k < name.size(); ++k)
        qToLittleEndian(quint16(name.at(k).unicode()), p + wsapi::ProtocolName + 2 * k);
    return out;
}

QString protocolDisplayName(const QString &name)
{
    if (!name.startsWith(QLatin1Char('@')))
        return name;
    static const QRegularExpression re(QStringLiteral("\\\\([^\\\\]+\\.dll),(-?\\d+)$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(name);
    if (!m.hasMatch())
        return name;
    const QString dll = m.captured(1).toLower();
    const int id = m.captured(2).toInt();
    if (dll == QLatin1String("mswsock.dll")) {
        switch (id) {
        case -60100: return QStringLiteral("MSAFD Tcpip [TCP/IP]");
        case -60101: return QStringLiteral("MSAFD Tcpip [UDP/IP]");
        case -60102: return QStringLiteral("MSAFD Tcpip [RAW/IP]");
        case -60200: return QStringLiteral("MSAFD Tcpip [TCP/IPv6]");
        case -60201: return QStringLiteral("MSAFD Tcpip [UDP/IPv6]");
        case -60202: return QStringLiteral("MSAFD Tcpip [RAW/IPv6]");
        default: break;
        }
    } else if (dll == QLatin1String("wshtcpip.dll") || dll == QLatin1String("wship6.dll")) { // Windows Vista / 7
        const bool v6 = dll == QLatin1String("wship6.dll");
        switch (id) {
        case -60100: return v6 ? QStringLiteral("MSAFD Tcpip [TCP/IPv6]") : QStringLiteral("MSAFD Tcpip [TCP/IP]");
        case -60101: return v6 ? QStringLiteral("MSAFD Tcpip [UDP/IPv6]") : QStringLiteral("MSAFD Tcpip [UDP/IP]");
        case -60102: return v6 ? QStringLiteral("MSAFD Tcpip [RAW/IPv6]") : QStringLiteral("MSAFD Tcpip [RAW/IP]");
        default: break;
        }
    } else if (dll == QLatin1String("wshqos.dll")) {
        switch (id) {
        case -100: return QStringLiteral("RSVP TCPv6 Service Provider");
        case -101: return QStringLiteral("RSVP TCP Service Provider");
        case -102: return QStringLiteral("RSVP UDPv6 Service Provider");
        case -103: return QStringLiteral("RSVP UDP Service Provider");
        default: break;
        }
    }
    return name;
}

QString addressFamilyName(qint32 af)
{
    switch (af) {
    case 0: return QStringLiteral("AF_UNSPEC");
    case 1: return QStringLiteral("AF_UNIX");
    case 2: return QStringLiteral("AF_INET");
    case 6: return QStringLiteral("AF_IPX");
    case 16: return QStringLiteral("AF_APPLETALK");
    case 17: return QStringLiteral("AF_NETBIOS");
    case 23: return QStringLiteral("AF_INET6");
    case 26: return QStringLiteral("AF_IRDA");
    case 32: return QStringLiteral("AF_BTH");
    case 34: return QStringLiteral("AF_HYPERV");
    default: return QString::number(af);
    }
}

QString socketTypeName(qint32 t)
{
    switch (t) {
    case 1: return QStringLiteral("SOCK_STREAM");
    case 2: return QStringLiteral("SOCK_DGRAM");
    case 3: return QStringLiteral("SOCK_RAW");
    case 4: return QStringLiteral("SOCK_RDM");
    case 5: return QStringLiteral("SOCK_SEQPACKET");
    default: return QString::number(t);
    }
}

QString protocolNumberName(qint32 proto, qint32 af)
{
    if (af == 2 || af == 23) {
        switch (proto) {
        case 0: return QStringLiteral("IPPROTO_IP");
        case 1: return QStringLiteral("IPPROTO_ICMP");
        case 6: return QStringLiteral("IPPROTO_TCP");
        case 17: return QStringLiteral("IPPROTO_UDP");
        case 58: return QStringLiteral("IPPROTO_ICMPV6");
        case 113: return QStringLiteral("IPPROTO_PGM");
        case 255: return QStringLiteral("IPPROTO_RAW");
        default: break;
        }
    }
    if (af == 32 && proto == 3)
        return QStringLiteral("BTHPROTO_RFCOMM");
    return QString::number(proto);
}

} // namespace wd
