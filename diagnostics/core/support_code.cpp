#include "core/support_code.h"
#include <array>

namespace wd {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kDataBits = 50;
constexpr int kFamilyBits = 42;
constexpr quint32 kCrcPoly = 0x233; // x^10+x^9+x^5+x^4+x+1 without the x^10 term

struct FamilyDef {
    const char *key;
    const char *prefixes; // space-separated dotted prefixes of finding ids or check ids
    const char *text;
};

// Version 1 of the family table. Never reorder or reuse a bit: add new families at the end and keep old codes readable.
const std::array<FamilyDef, 18> kFamilies{{
    {"winsock.lsp", "winsock.lsp winsock.layered", QT_TRANSLATE_NOOP("wd::SupportCode", "A layered service provider (LSP) is hooked into Winsock")},
    {"winsock.catalog", "winsock.catalog", QT_TRANSLATE_NOOP("wd::SupportCode", "The Winsock catalog is damaged or inconsistent")},
    {"winsock.provider", "winsock.provider", QT_TRANSLATE_NOOP("wd::SupportCode", "A Winsock provider DLL is missing or suspicious")},
    {"winsock", "winsock", QT_TRANSLATE_NOOP("wd::SupportCode", "Another Winsock catalog problem")},
    {"namespace", "namespace namespaces", QT_TRANSLATE_NOOP("wd::SupportCode", "A name resolution (namespace) provider problem")},
    {"system.file", "system.file system-files", QT_TRANSLATE_NOOP("wd::SupportCode", "A system network file is missing")},
    {"signature", "signature signatures files file", QT_TRANSLATE_NOOP("wd::SupportCode", "A system file has a missing or invalid signature")},
    {"appinit", "appinit", QT_TRANSLATE_NOOP("wd::SupportCode", "AppInit_DLLs loads a DLL into every program")},
    {"device", "device devices", QT_TRANSLATE_NOOP("wd::SupportCode", "A network device or its driver has a problem")},
    {"driver.filter", "driver.filter devices.filter device.filter", QT_TRANSLATE_NOOP("wd::SupportCode", "An extra filter driver sits in the network stack")},
    {"tcp", "tcp network.tcp", QT_TRANSLATE_NOOP("wd::SupportCode", "TCP/IP settings differ from the Windows defaults")},
    {"ipv6", "ipv6 network.ipv6", QT_TRANSLATE_NOOP("wd::SupportCode", "IPv6 is disabled or altered")},
    {"teredo", "teredo network.teredo", QT_TRANSLATE_NOOP("wd::SupportCode", "Teredo tunnelling settings are altered")},
    {"network", "network", QT_TRANSLATE_NOOP("wd::SupportCode", "Another network settings problem")},
    {"dump", "dump dumps", QT_TRANSLATE_NOOP("wd::SupportCode", "Blue screen crash dumps were found")},
    {"leak", "leak leaks", QT_TRANSLATE_NOOP("wd::SupportCode", "A process leaks handles or kernel pool memory")},
    {"check-failed", "", QT_TRANSLATE_NOOP("wd::SupportCode", "A check could not run, part of the system was not examined")},
    {"other", "", QT_TRANSLATE_NOOP("wd::SupportCode", "Another problem")},
}};
static_assert(kFamilies.size() <= kFamilyBits);

quint32 crc10(quint64 data)
{
    // Bitwise CRC over the 50 data bits, MSB first, zero initial value: data * x^10 + crc is divisible by the generator.
    quint32 crc = 0;
    for (int i = kDataBits - 1; i >= 0; --i) {
        const quint32 bit = quint32((data >> i) & 1u);
        const quint32 top = (crc >> 9) & 1u;
        crc = (crc << 1) & 0x3FF;
        if (top ^ bit)
            crc ^= kCrcPoly;
    }
    return crc;
}

int symbolValue(QChar c)
{
    c = c.toUpper();
    if (c == QLatin1Char('O'))
        return 0;
    if (c == QLatin1Char('I') || c == QLatin1Char('L'))
        return 1;
    for (int i = 0; i < 32; ++i)
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    return -1;
}

bool hasPrefix(const QString &id, const QString &prefix)
{
    return id == prefix || id.startsWith(prefix + QLatin1Char('.'));
}

} // namespace

QList<SupportCodeFamily> SupportCode::families()
{
    QList<SupportCodeFamily> out;
    int bit = 0;
    for (const FamilyDef &f : kFamilies)
        out.append({bit++, QString::fromLatin1(f.key), translate("wd::SupportCode", f.text)});
    return out;
}

int SupportCode::familyOf(const QString &findingId, const QString &checkId)
{
    if (findingId.endsWith(QLatin1String(".check-failed")))
        return 16;
    int best = -1;
    qsizetype bestLen = -1;
    for (int i = 0; i < int(kFamilies.size()); ++i) {
        const QStringList prefixes = QString::fromLatin1(kFamilies[size_t(i)].prefixes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &p : prefixes) {
            if (hasPrefix(findingId, p) && p.size() > bestLen) {
                best = i;
                bestLen = p.size();
            }
        }
    }
    if (best >= 0)
        return best;
    // Unknown id: fall back to the check that produced it.
    for (int i = 0; i < int(kFamilies.size()); ++i) {
        const QStringList prefixes = QString::fromLatin1(kFamilies[size_t(i)].prefixes).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (prefixes.contains(checkId))
            return i;
    }
    return 17;
}

int SupportCode::buildBucket(const QString &build)
{
    bool ok = false;
    const int b = build.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    if (!ok || b <= 0)
        return 0;
    if (b < 7600) return 1;
    if (b < 9200) return 2;
    if (b < 9600) return 3;
    if (b < 10240) return 4;
    if (b < 17763) return 5;
    if (b < 18362) return 6;
    if (b < 22000) return 7;
    if (b < 26100) return 8;
    return 9;
}

QString SupportCode::buildBucketName(int bucket)
{
    switch (bucket) {
    case 1: return translate("wd::SupportCode", "Windows Vista or older (build below 7600)");
    case 2: return translate("wd::SupportCode", "Windows 7 (builds 7600-7601)");
    case 3: return translate("wd::SupportCode", "Windows 8 (build 9200)");
    case 4: return translate("wd::SupportCode", "Windows 8.1 (build 9600)");
    case 5: return translate("wd::SupportCode", "Windows 10 (builds 10240-17134)");
    case 6: return translate("wd::SupportCode", "Windows 10 1809 / Server 2019 (build 17763)");
    case 7: return translate("wd::SupportCode", "Windows 10 1903-22H2 (builds 18362-19045)");
    case 8: return translate("wd::SupportCode", "Windows 11 (builds 22000-22631)");
    case 9: return translate("wd::SupportCode", "Windows 11 24H2 or newer (build 26100+)");
    default: return {};
    }
}

QString SupportCode::format(const QString &s)
{
    if (s.size() != kLength)
        return s;
    return s.left(4) + QLatin1Char('-') + s.mid(4, 4) + QLatin1Char('-') + s.mid(8, 4);
}

QString SupportCode::encode(const ScanResult &r)
{
    quint64 families = 0;
    Severity worst = Severity::Info;
    for (const Finding &f : r.findings) {
        worst = std::max(worst, f.severity);
        if (f.severity < Severity::Warning)
            continue;
        const int bit = familyOf(f.id, f.check);
        if (bit >= 0)
            families |= quint64(1) << bit;
    }
    quint64 data = quint64(kVersion) << 48;
    data |= quint64(int(worst) & 3) << 46;
    data |= quint64(buildBucket(r.target.windows.build) & 0xF) << 42;
    data |= families & ((quint64(1) << kFamilyBits) - 1);
    const quint64 word = (data << 10) | crc10(data);
    QString out;
    for (int i = kLength - 1; i >= 0; --i)
        out.append(QLatin1Char(kAlphabet[(word >> (5 * i)) & 31]));
    return format(out);
}

Expected<SupportCodeInfo> SupportCode::decode(const QString &code)
{
    quint64 word = 0;
    int n = 0;
    for (QChar c : code) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = symbolValue(c);
        if (v < 0)
            return Error(ErrorKind::Corrupt,
                         translate("wd::SupportCode", "The support code contains \"%1\", which is not used in support codes. "
                                   "Please read the code again.").arg(c));
        if (++n > kLength)
            break;
        word = (word << 5) | quint64(v);
    }
    if (n != kLength)
        return Error(ErrorKind::Corrupt, translate("wd::SupportCode", "A support code has %1 characters (not counting dashes), "
                                                  "this one has %2.").arg(kLength).arg(n));
    const quint64 data = word >> 10;
    if (crc10(data) != quint32(word & 0x3FF))
        return Error(ErrorKind::Corrupt, translate("wd::SupportCode", "This support code is not valid: a character was probably "
                                                  "misread or mistyped. Please read the code again."));
    SupportCodeInfo info;
    info.version = int((data >> 48) & 3);
    if (info.version != kVersion)
        return Error(ErrorKind::Unsupported, translate("wd::SupportCode", "This support code was made by a different version of "
                                                        "Winsock Doctor (code version %1).").arg(info.version));
    info.worstSeverity = severityToString(Severity(int((data >> 46) & 3)));
    info.build = buildBucketName(int((data >> 42) & 0xF));
    const QList<SupportCodeFamily> fams = families();
    for (const SupportCodeFamily &f : fams) {
        if (data & (quint64(1) << f.bit)) {
            info.findingIds.append(f.key);
            info.descriptions.append(f.description);
        }
    }
    // Bits beyond the table belong to a newer table version.
    if ((data & ((quint64(1) << kFamilyBits) - 1)) >> fams.size())
        return Error(ErrorKind::Unsupported, translate("wd::SupportCode", "This support code names problems this version of "
                                                        "Winsock Doctor does not know; please update."));
    return info;
}

} // namespace wd
