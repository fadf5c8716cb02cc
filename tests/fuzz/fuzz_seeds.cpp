// Generated seed inputs for the fuzz targets (tools/fuzz.sh runs "wd_fuzz_regressions --seeds DIR").
// Real files (../shared/realdata, Wine's PE DLLs, the demo's catalogs) are linked by the script.
#include "checks/verification_cache.h"
#include "core/i18n.h"
#include "core/support_code.h"
#include "formats/hive.h"
#include "formats/hive_log.h"
#include "formats/pe.h"
#include "formats/winsock_catalog.h"
#include "fuzz_targets.h"
#include "repairs/reg_file.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>

namespace wd::fuzz {
namespace {

int g_count = 0;

void seed(const QString &dir, const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(dir + QLatin1Char('/') + target);
    QFile f(dir + QLatin1Char('/') + target + QLatin1Char('/') + name);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size())
        ++g_count;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray u24(qsizetype n)
{
    const char b[3] = {char(n & 0xFF), char((n >> 8) & 0xFF), char((n >> 16) & 0xFF)};
    return QByteArray(b, 3);
}

ProtocolInfo tcpInfo()
{
    ProtocolInfo i;
    i.serviceFlags1 = 0x20066;
    i.providerFlags = 8;
    i.providerId = QStringLiteral("{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}");
    i.catalogEntryId = 1001;
    i.chainLen = 1;
    i.version = 2;
    i.addressFamily = 2;
    i.maxSockAddr = 16;
    i.minSockAddr = 16;
    i.socketType = 1;
    i.protocol = 6;
    i.protocolName = QStringLiteral("@%SystemRoot%\\system32\\mswsock.dll,-60100");
    return i;
}

ScanResult sampleReport(int variant)
{
    ScanResult r;
    r.target.kind = QStringLiteral("offline");
    r.target.path = QStringLiteral("/mnt/windows");
    r.target.windows = {QStringLiteral("Windows 10 Pro"), QStringLiteral("19045"), QStringLiteral("x64"), QStringLiteral("22H2")};
    r.started = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    r.durationMs = 1234;
    r.checks.append({QStringLiteral("winsock"), QStringLiteral("Winsock catalog"), QStringLiteral("ok"), QString(), 12});
    if (variant > 0) {
        Finding f;
        f.id = QStringLiteral("winsock.lsp");
        f.check = QStringLiteral("winsock");
        f.severity = variant > 1 ? Severity::Critical : Severity::Warning;
        f.title = QStringLiteral("A layered provider is installed");
        f.detail = QStringLiteral("C:\\Windows\\evil.dll <b>&amp;</b>");
        r.findings.append(f);
    }
    r.winsock = QJsonObject{{QStringLiteral("protocols"), QJsonArray{QJsonObject{{QStringLiteral("dll"), QStringLiteral("mswsock.dll")}}}}};
    r.dumps = QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("C:\\Windows\\Minidump\\1.dmp")},
                                     {QStringLiteral("bugcheck"), QStringLiteral("0x000000D1")}}};
    r.supportCode = SupportCode::encode(r);
    return r;
}

} // namespace

int writeGeneratedSeeds(const QString &dir)
{
    g_count = 0;
    // PackedCatalogItem: a base provider, a layered one, a chain, truncated and oversized values.
    ProtocolInfo i = tcpInfo();
    const QString dll = QStringLiteral("%SystemRoot%\\system32\\mswsock.dll");
    seed(dir, QStringLiteral("packed_item"), QStringLiteral("base-tcp"), encodePackedCatalogItem(dll, i));
    i.chainLen = 0;
    i.protocolName = QStringLiteral("Hostile LSP");
    seed(dir, QStringLiteral("packed_item"), QStringLiteral("layered"), encodePackedCatalogItem(QStringLiteral("C:\\lsp\\evil.dll"), i));
    i.chainLen = 3;
    i.chainEntries = {2001, 1001, 1002};
    seed(dir, QStringLiteral("packed_item"), QStringLiteral("chain"), encodePackedCatalogItem(dll, i));
    seed(dir, QStringLiteral("packed_item"), QStringLiteral("truncated"), encodePackedCatalogItem(dll, tcpInfo()).left(500));
    seed(dir, QStringLiteral("packed_item"), QStringLiteral("oversized"), encodePackedCatalogItem(dll, tcpInfo()) + QByteArray(40, 'x'));

    // .reg files: regedit 5 (UTF-16) with every value kind, and REGEDIT4.
    RegFile rf;
    RegFileKey k;
    k.path = QStringLiteral("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters");
    k.values.append({RegValue::sz(QStringLiteral("Name"), QStringLiteral("text \"quoted\" \\ back")), false, 0});
    k.values.append({RegValue::sz(QString(), QStringLiteral("default"), RegExpandSz), false, 0});
    k.values.append({RegValue::dword(QStringLiteral("Dword"), 0xDEADBEEF), false, 0});
    k.values.append({RegValue::qword(QStringLiteral("Qword"), 42), false, 0});
    k.values.append({RegValue::multiSz(QStringLiteral("Multi"), {QStringLiteral("a"), QStringLiteral("b")}), false, 0});
    k.values.append({RegValue::binary(QStringLiteral("Blob"), QByteArray(200, '\x5A')), false, 0});
    k.values.append({RegValue{QStringLiteral("Gone"), RegNone, {}}, true, 0});
    rf.keys.append(k);
    RegFileKey del;
    del.path = QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Old");
    del.remove = true;
    rf.keys.append(del);
    seed(dir, QStringLiteral("reg_file"), QStringLiteral("regedit5.reg"), writeRegFile(rf));
    seed(dir, QStringLiteral("reg_file"), QStringLiteral("regedit4.reg"),
         "REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Test]\r\n\"A\"=\"b\"\r\n\"D\"=dword:00000010\r\n"
         "\"H\"=hex(2):25,00,00,00\r\n@=\"x\"\r\n\"Long\"=hex:01,02,03,\\\r\n  04,05\r\n\r\n[-HKEY_CURRENT_USER\\X]\r\n");

    // Reports and support codes.
    for (int v = 0; v < 3; ++v) {
        const ScanResult r = sampleReport(v);
        seed(dir, QStringLiteral("report"), QStringLiteral("report-%1.json").arg(v), QJsonDocument(r.toJson()).toJson());
        seed(dir, QStringLiteral("support_code"), QStringLiteral("code-%1").arg(v), r.supportCode.toUtf8());
        seed(dir, QStringLiteral("support_code"), QStringLiteral("code-%1-typed").arg(v),
             (QStringLiteral(" ") + r.supportCode.toLower().replace(QLatin1Char('1'), QLatin1Char('l')) + QStringLiteral("\n")).toUtf8());
    }

    // Verification cache: verdicts (valid with a timestamp and a nested signature, unsigned) alone,
    // and a cache file's payload holding them (what the harness wraps in a header and checksum).
    {
        sig::CertInfo leaf;
        leaf.subject = QStringLiteral("CN=Microsoft Windows, O=Microsoft Corporation");
        leaf.commonName = QStringLiteral("Microsoft Windows");
        leaf.organization = QStringLiteral("Microsoft Corporation");
        leaf.issuer = QStringLiteral("CN=Microsoft Windows Production PCA 2011");
        leaf.serial = QStringLiteral("33000002ed");
        leaf.sha1 = QStringLiteral("AB").repeated(20);
        leaf.notBefore = QDateTime::fromSecsSinceEpoch(1600000000, Qt::UTC);
        leaf.notAfter = QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC);
        VerifiedFile signedFile;
        signedFile.exists = true;
        signedFile.sha256 = QStringLiteral("00").repeated(32);
        signedFile.machine = QStringLiteral("x64");
        signedFile.version.fileVersion = QStringLiteral("10.0.19041.1");
        signedFile.version.companyName = QStringLiteral("Microsoft Corporation");
        signedFile.source = QStringLiteral("catalog");
        signedFile.catalog = QStringLiteral("C:\\Windows\\System32\\CatRoot\\{F750E6C3-38EE-11D1-85E5-00C04FC295EE}\\a.cat");
        sig::SignatureInfo &s = signedFile.signature;
        s.status = sig::Status::Valid;
        s.digestAlgorithm = QStringLiteral("sha256");
        s.signer = leaf;
        s.chain = {leaf, leaf};
        s.chainsToMicrosoft = true;
        s.timestamp = sig::Timestamp{QStringLiteral("rfc3161"), leaf.notBefore, true, QStringLiteral("TSA"), Text()};
        s.verifiedAt = leaf.notBefore;
        s.contentType = QStringLiteral("1.3.6.1.4.1.311.10.1");
        sig::SignatureInfo nested = s;
        nested.status = sig::Status::HashMismatch;
        nested.reason = translate("wd::Signature", "The signature does not match the signed content.");
        s.nested = {nested};
        VerifiedFile unsignedFile;
        unsignedFile.exists = true;
        unsignedFile.source = QStringLiteral("none");
        unsignedFile.signature.status = sig::Status::Unsigned;
        unsignedFile.signature.reason = translate("wd::Signature", "No signature found.");
        signedFile.path = QStringLiteral("C:\\Windows\\System32\\ws2_32.dll");
        signedFile.role = QStringLiteral("system");
        signedFile.jsonText = signedFile.toJsonText(); // with its report entry, as the cache keeps verdicts
        seed(dir, QStringLiteral("vcache"), QStringLiteral("verdict-signed"), vcache::encode(signedFile));
        seed(dir, QStringLiteral("vcache"), QStringLiteral("verdict-unsigned"), vcache::encode(unsignedFile));
        seed(dir, QStringLiteral("vcache"), QStringLiteral("entry-text"), signedFile.jsonText); // a kept report entry alone
        VerificationCache cache(QStringLiteral("fuzz|target"), false, QString());
        const QByteArray context("context");
        cache.begin(context);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        FileStamp stamp;
        stamp.size = 4096;
        stamp.mtimeNs = 1;
        stamp.fileId = QByteArray("inode-1");
        cache.store(context, {QStringLiteral("/vol/windows/system32/ws2_32.dll"), QStringLiteral("winsock"), true, now - 1000}, stamp,
                    signedFile, now - 1000);
        stamp.fileId = QByteArray("inode-2");
        cache.store(context, {QStringLiteral("/vol/windows/system32/x.dll"), QStringLiteral("system"), false, now - 1000}, stamp,
                    unsignedFile, now - 1000);
        seed(dir, QStringLiteral("vcache"), QStringLiteral("cache-payload"), cache.fileBytes().mid(56));
    }

    // A dirty hive: the primary lags, LOG1 holds the missing pages (new format), and a legacy variant.
    QTemporaryDir tmp;
    const QString oldPath = tmp.filePath(QStringLiteral("old")), newPath = tmp.filePath(QStringLiteral("new"));
    if (Hive::createEmpty(oldPath, QStringLiteral("ROOT")) && QFile::copy(oldPath, newPath)) {
        if (auto h = Hive::open(newPath, Hive::Mode::Write); h) {
            if (auto n = (*h)->ensureKey(QStringLiteral("Added\\Deep")); n)
                (void)(*h)->setValue(*n, RegValue::sz(QStringLiteral("Name"), QStringLiteral("from the log")));
            (void)(*h)->commit();
        }
        const QByteArray oldB = readAll(oldPath), newB = readAll(newPath);
        const quint32 hbins = qFromLittleEndian<quint32>(newB.constData() + 0x28);
        QList<HiveLogPage> pages;
        for (qint64 off = 0; off < hbins; off += 4096)
            if (oldB.mid(4096 + off, 4096) != newB.mid(4096 + off, 4096))
                pages.append({quint32(off), newB.mid(4096 + off, 4096)});
        QByteArray primary = oldB;
        qToLittleEndian<quint32>(10, primary.data() + 4);
        qToLittleEndian<quint32>(9, primary.data() + 8);
        qToLittleEndian<quint32>(baseBlockChecksum(primary.left(512)), primary.data() + 0x1FC);
        const QByteArray log1 = makeLogFile(oldB.left(4096), 10, {makeLogEntry(10, hbins, pages)});
        seed(dir, QStringLiteral("hive_log"), QStringLiteral("dirty-new-format"),
             u24(primary.size()) + primary + u24(log1.size()) + log1 + makeLogFile(oldB.left(4096), 11, {}));
        seed(dir, QStringLiteral("hive_log"), QStringLiteral("clean"), u24(oldB.size()) + oldB + u24(0));
    }
    return g_count;
}

// Seeds for pkcs7 from the certificate tables of signed PE files.
int writePkcs7Seeds(const QString &dir, const QStringList &peFiles)
{
    int n = 0;
    for (const QString &path : peFiles) {
        const QByteArray bytes = readAll(path);
        Expected<pe::Image> img = pe::parse(bytes);
        if (!img)
            continue;
        for (const pe::Certificate &c : img->certificates)
            seed(dir, QStringLiteral("pkcs7_catalog"), QStringLiteral("sig-%1-%2").arg(QFileInfo(path).fileName()).arg(++n), c.data);
    }
    return n;
}

} // namespace wd::fuzz
