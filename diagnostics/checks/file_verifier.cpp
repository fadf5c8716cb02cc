#include "checks/file_verifier.h"
#include "platform/system_view.h"
#include <QFile>
#include <QJsonArray>

namespace wd {

QString VerifiedFile::signingDate() const
{
    if (signature.timestamp && signature.timestamp->time.isValid())
        return signature.timestamp->time.toString(Qt::ISODate);
    if (signature.signingTime.isValid())
        return signature.signingTime.toString(Qt::ISODate);
    return {};
}

QJsonObject VerifiedFile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("exists"), exists);
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("version"), version.fileVersion);
    o.insert(QStringLiteral("version_info"),
             QJsonObject{{QStringLiteral("file_version"), version.fileVersion},
                         {QStringLiteral("product_version"), version.productVersion},
                         {QStringLiteral("company"), version.companyName},
                         {QStringLiteral("product"), version.productName},
                         {QStringLiteral("description"), version.fileDescription},
                         {QStringLiteral("original_filename"), version.originalFilename}});
    if (!machine.isEmpty())
        o.insert(QStringLiteral("machine"), machine);
    QJsonObject s = signature.toJson();
    s.insert(QStringLiteral("source"), source);
    s.insert(QStringLiteral("catalog"), catalog);
    if (!exists || unreadable) {
        s = QJsonObject{{QStringLiteral("status"), QStringLiteral("malformed")}, {QStringLiteral("source"), QStringLiteral("none")},
                        {QStringLiteral("signer"), QString()}, {QStringLiteral("chain"), QJsonArray()},
                        {QStringLiteral("catalog"), QString()}, {QStringLiteral("timestamp"), QJsonValue()},
                        {QStringLiteral("reason"), error}};
    }
    o.insert(QStringLiteral("signature"), s);
    return o;
}

FileVerifier::FileVerifier(std::shared_ptr<const sig::TrustStore> trust, std::shared_ptr<const sig::CatalogIndex> catalogs,
                           QDateTime at)
    : m_trust(std::move(trust)), m_catalogs(std::move(catalogs)), m_at(std::move(at))
{
}

namespace {
bool usesSha1(const sig::SignatureInfo &s)
{
    if (s.digestAlgorithm == QLatin1String("sha1"))
        return true;
    for (const sig::SignatureInfo &n : s.nested)
        if (usesSha1(n))
            return true;
    return false;
}
} // namespace

VerifiedFile FileVerifier::verifyHostFile(const QString &hostPath, const QString &displayPath, const QString &role,
                                          bool flatHash, QByteArray *scratch) const
{
    VerifiedFile v;
    v.path = displayPath.isEmpty() ? hostPath : displayPath;
    v.role = role;
    v.source = QStringLiteral("none");
    QFile f(hostPath);
    if (!f.exists()) {
        v.error = translate("wd::Signature", "The file does not exist.");
        return v;
    }
    v.exists = true;
    if (!f.open(QIODevice::ReadOnly)) {
        v.unreadable = true;
        v.error = translate("wd::Signature", "The file cannot be read: %1").arg(f.errorString());
        return v;
    }
    // One read of the file into the caller's reused buffer (no page faults on fresh memory); very
    // large files are mapped instead. Every digest is fed from these bytes.
    QByteArray data;
    QByteArray local; // the buffer when the caller has none; DATA may point into it
    const qint64 size = f.size();
    constexpr qint64 kBufferLimit = 64 * 1024 * 1024;
    if (size > 0 && size <= kBufferLimit) {
        QByteArray &buffer = scratch ? *scratch : local;
        if (buffer.size() < size)
            buffer.resize(qsizetype(qMax<qint64>(size, qMin<qint64>(qint64(buffer.size()) * 2, kBufferLimit))));
        qint64 got = 0;
        while (got < size) {
            const qint64 n = f.read(buffer.data() + got, size - got);
            if (n <= 0)
                break;
            got += n;
        }
        if (got != size) {
            v.unreadable = true;
            v.error = translate("wd::Signature", "The file cannot be read: %1").arg(f.errorString());
            return v;
        }
        data = QByteArray::fromRawData(buffer.constData(), qsizetype(size));
    } else if (size > 0) {
        if (uchar *m = f.map(0, size))
            data = QByteArray::fromRawData(reinterpret_cast<const char *>(m), qsizetype(size));
        else
            data = f.readAll();
    }
    const sig::VerifyParams params{m_trust.get(), m_at};
    std::optional<pe::Image> img;
    bool malformedPe = false;
    if (pe::looksLikePe(data) || data.startsWith("MZ")) {
        Expected<pe::Image> parsed = pe::parse(data);
        if (parsed) {
            img = std::move(*parsed);
            v.machine = img->machineName();
            v.version = pe::readVersionInfo(data, *img);
        } else {
            malformedPe = true;
            v.signature.status = sig::Status::Malformed;
            v.signature.reason = parsed.error().message;
        }
    }
    const pe::Image *pimg = img ? &*img : nullptr;
    // One pass for what is needed now: the SHA-256 image digest (and the flat SHA-256); SHA-1 only
    // when a signature or the catalogs ask for it.
    sig::FileDigests digests = sig::computeDigests(
        data, pimg, (flatHash || !img ? unsigned(sig::NeedFlatSha256) : 0u) | unsigned(sig::NeedAuthSha256));
    v.sha256 = QString::fromLatin1(digests.flatSha256.toHex());
    if (malformedPe)
        return v;
    if (img) {
        v.signature = sig::verifyEmbedded(*img, digests, params);
        if (usesSha1(v.signature) && digests.authSha1.isEmpty()) {
            sig::completeDigests(digests, data, pimg, sig::NeedAuthSha1);
            v.signature = sig::verifyEmbedded(*img, digests, params);
        }
        if (v.signature.status != sig::Status::Unsigned)
            v.source = QStringLiteral("embedded");
    } else {
        v.signature.status = sig::Status::Unsigned;
        v.signature.reason = translate("wd::Signature", "The file is not a PE image and has no embedded signature.");
    }
    v.signature.content.clear();
    if (v.signature.status != sig::Status::Valid && m_catalogs) {
        std::optional<sig::CatalogIndex::Match> match = m_catalogs->find(digests);
        if (!match && m_catalogs->hasSha1Members()) {
            sig::completeDigests(digests, data, pimg, img ? sig::NeedAuthSha1 : sig::NeedFlatSha1);
            match = m_catalogs->find(digests);
        }
        if (match) {
            sig::SignatureInfo cs = m_catalogs->verifyCatalog(match->catalog, params);
            cs.digestAlgorithm = match->digestAlgorithm;
            if (cs.status == sig::Status::Valid || v.signature.status == sig::Status::Unsigned) {
                v.signature = cs;
                v.source = QStringLiteral("catalog");
                v.catalog = match->path;
            }
        }
    }
    return v;
}

int loadTargetRoots(const SystemView &sys, sig::TrustStore &store)
{
    int n = 0;
    for (const char *name : {"ROOT", "AuthRoot"}) {
        const QString base = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\SystemCertificates\\") + QLatin1String(name)
                           + QStringLiteral("\\Certificates");
        Expected<QStringList> keys = sys.subKeys(base);
        if (!keys)
            continue;
        for (const QString &k : *keys) {
            Expected<std::optional<RegValue>> blob = sys.value(base + QLatin1Char('\\') + k, QStringLiteral("Blob"));
            if (!blob || !blob->has_value())
                continue;
            const QByteArray der = sig::certificateFromStoreBlob((*blob)->data);
            if (!der.isEmpty() && store.addDer(der))
                ++n;
        }
    }
    return n;
}

int loadDemoStandIns(const SystemView &sys, sig::TrustStore &trust)
{
    Expected<QString> host = sys.hostPath(sys.systemRoot().left(2) + QLatin1String(kDemoStandInFile));
    if (!host)
        return 0;
    QFile f(*host);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4096)
        return 0;
    int n = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QByteArray hex = line.trimmed();
        const QByteArray raw = QByteArray::fromHex(hex);
        if (raw.size() == 32 && raw.toHex() == hex.toLower()) {
            trust.addMicrosoftStandIn(raw);
            ++n;
        }
    }
    return n;
}

Expected<int> loadTargetCatalogs(const SystemView &sys, sig::CatalogIndex &index)
{
    const QString dir = sys.system32() + QStringLiteral("\\CatRoot\\") + QLatin1String(sig::kCatRootGuid);
    Expected<QString> host = sys.hostPath(dir);
    if (!host)
        return host.error();
    return index.addDirectory(*host);
}

} // namespace wd
