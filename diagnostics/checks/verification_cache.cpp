#include "checks/verification_cache.h"
#include "core/json_text.h"
#include "platform/system_view.h"
#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QtEndian>
#include <algorithm>
#include <list>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#ifdef Q_OS_WIN
#include "platform/live_windows/elevation.h"
#include <windows.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace wd {

// ---- file stamps ---------------------------------------------------------------------------------------------

namespace {

#ifdef Q_OS_WIN
qint64 fileTimeNs(qint64 t100ns)
{
    // 100 ns steps since 1601-01-01 -> ns since 1970-01-01.
    return (t100ns - 116444736000000000LL) * 100;
}

std::optional<FileStamp> stampPath(const QString &hostPath, bool wantDir)
{
    QString native = QDir::toNativeSeparators(QDir::cleanPath(QFileInfo(hostPath).absoluteFilePath()));
    if (native.size() >= MAX_PATH - 12 && !native.startsWith(QLatin1String("\\\\")))
        native.prepend(QStringLiteral("\\\\?\\"));
    const std::wstring w = native.toStdWString();
    // Attributes only (no read access: a file another program holds open is stamped too);
    // BACKUP_SEMANTICS opens folders as well.
    HANDLE h = CreateFileW(w.c_str(), FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return std::nullopt;
    std::optional<FileStamp> out;
    BY_HANDLE_FILE_INFORMATION bi = {};
    FILE_BASIC_INFO basic = {};
    if (GetFileInformationByHandle(h, &bi) && bool(bi.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) == wantDir
        && GetFileInformationByHandleEx(h, FileBasicInfo, &basic, sizeof(basic))) {
        FileStamp s;
        s.size = wantDir ? 0 : qint64((quint64(bi.nFileSizeHigh) << 32) | bi.nFileSizeLow);
        s.mtimeNs = fileTimeNs(basic.LastWriteTime.QuadPart);
        s.ctimeNs = fileTimeNs(basic.ChangeTime.QuadPart);
        FILE_ID_INFO idi = {};
        if (GetFileInformationByHandleEx(h, FileIdInfo, &idi, sizeof(idi))) {
            // ReFS ids are 128 bits; NTFS ones fit the low 64 (record number + sequence number).
            s.volume = quint64(idi.VolumeSerialNumber);
            s.fileId = QByteArray(reinterpret_cast<const char *>(idi.FileId.Identifier), sizeof(idi.FileId.Identifier));
        } else {
            s.volume = bi.dwVolumeSerialNumber;
            const quint64 index = (quint64(bi.nFileIndexHigh) << 32) | bi.nFileIndexLow;
            s.fileId = QByteArray(reinterpret_cast<const char *>(&index), sizeof(index));
        }
        out = s;
    }
    CloseHandle(h);
    return out;
}
#else
std::optional<FileStamp> stampPath(const QString &hostPath, bool wantDir)
{
    struct stat st {};
    if (::stat(QFile::encodeName(hostPath).constData(), &st) != 0)
        return std::nullopt;
    if (wantDir ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode))
        return std::nullopt;
    FileStamp s;
    s.size = wantDir ? 0 : qint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    s.ctimeNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    s.volume = quint64(st.st_dev);
    const quint64 ino = quint64(st.st_ino);
    s.fileId = QByteArray(reinterpret_cast<const char *>(&ino), sizeof(ino));
    return s;
}
#endif

void addStamp(QCryptographicHash &h, const FileStamp &s)
{
    const qint64 nums[] = {s.size, s.mtimeNs, s.ctimeNs, qint64(s.volume)};
    h.addData(QByteArrayView(reinterpret_cast<const char *>(nums), sizeof(nums)));
    h.addData(s.fileId);
}

// Streaming CBOR reads for the cache file and its verdicts (no value tree: a cached rescan reads
// thousands of them). Each checks the type first and returns false on a mismatch or broken input.
// A text or byte string, whatever its chunks (READ: QCborStreamReader::readString or readByteArray).
template <typename T>
bool cborString(QCborStreamReader &r, QCborStreamReader::StringResult<T> (QCborStreamReader::*read)(), T *out)
{
    T s;
    auto chunk = (r.*read)();
    while (chunk.status == QCborStreamReader::Ok) {
        s += chunk.data;
        chunk = (r.*read)();
    }
    if (chunk.status != QCborStreamReader::EndOfString)
        return false;
    *out = std::move(s);
    return true;
}

bool cborText(QCborStreamReader &r, QString *out)
{
    return r.isString() && cborString(r, &QCborStreamReader::readString, out);
}

bool cborBytes(QCborStreamReader &r, QByteArray *out)
{
    return r.isByteArray() && cborString(r, &QCborStreamReader::readByteArray, out);
}

bool cborInt(QCborStreamReader &r, qint64 *out)
{
    if (!r.isInteger())
        return false;
    *out = r.toInteger();
    return r.next();
}

bool cborBool(QCborStreamReader &r, bool *out)
{
    if (!r.isBool())
        return false;
    *out = r.toBool();
    return r.next();
}

// Enters an array of exactly N elements.
bool cborArray(QCborStreamReader &r, quint64 n)
{
    return r.isArray() && r.isLengthKnown() && r.length() == n && r.enterContainer();
}

constexpr int kFormatVersion = vcache::kFileFormat;
constexpr char kMagic[8] = {'W', 'D', 'V', 'C', 'A', 'C', 'H', 'E'};
constexpr qsizetype kHeaderSize = 8 + 4 + 4 + 8 + 32;
constexpr qsizetype kMaxEncodedEntry = 1024 * 1024;
constexpr int kMaxFolderEntries = 200000;
constexpr int kMaxCacheFiles = 64;
constexpr int kMaxTargetsInProcess = 8;

std::atomic<qint64> g_verifications{0};
std::atomic<qint64> g_recentWindowMs{2000};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// SHA-256 of the cache file's payload through OpenSSL (several times faster than QCryptographicHash's).
QByteArray sha256(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), md, &len, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(md), int(len));
}

} // namespace

std::optional<FileStamp> stampFile(const QString &hostPath)
{
    return stampPath(hostPath, false);
}

std::optional<FileStamp> stampFolder(const QString &hostPath)
{
    return stampPath(hostPath, true);
}

// ---- serialisation of results --------------------------------------------------------------------------------

namespace vcache {
namespace {

// Verdicts are written with a stream writer (no value tree: a first scan stores thousands of them, and
// a tree costs an allocation per value); they are read back as the trees and streams below expect.
void writeTime(QCborStreamWriter &w, const QDateTime &t)
{
    if (!t.isValid()) {
        w.append(nullptr);
        return;
    }
    // The instant and its time spec, so that the time prints as it did (ISO dates with "Z", "+00:00"
    // or no suffix, as made).
    const qint64 ms = t.toMSecsSinceEpoch();
    switch (t.timeSpec()) {
    case Qt::UTC:
        w.append(ms);
        return;
    case Qt::OffsetFromUTC:
        w.startArray(2);
        w.append(ms);
        w.append(qint64(t.offsetFromUtc()));
        w.endArray();
        return;
    case Qt::TimeZone:
        w.startArray(2);
        w.append(ms);
        w.append(QString::fromLatin1(t.timeZone().id()));
        w.endArray();
        return;
    case Qt::LocalTime:
        break;
    }
    w.startArray(1);
    w.append(ms);
    w.endArray();
}

bool timeFromCbor(const QCborValue &v, QDateTime *out)
{
    if (v.isNull()) {
        *out = QDateTime();
        return true;
    }
    if (v.isInteger()) {
        *out = QDateTime::fromMSecsSinceEpoch(v.toInteger(), Qt::UTC);
        return true;
    }
    if (!v.isArray())
        return false;
    const QCborArray a = v.toArray();
    if (a.size() == 1 && a.at(0).isInteger()) {
        *out = QDateTime::fromMSecsSinceEpoch(a.at(0).toInteger());
        return true;
    }
    if (a.size() == 2 && a.at(0).isInteger() && a.at(1).isInteger() && qAbs(a.at(1).toInteger()) <= 24 * 3600) {
        *out = QDateTime::fromMSecsSinceEpoch(a.at(0).toInteger(), Qt::OffsetFromUTC, int(a.at(1).toInteger()));
        return true;
    }
    if (a.size() == 2 && a.at(0).isInteger() && a.at(1).isString() && a.at(1).toString().size() <= 64) {
        const QTimeZone zone(a.at(1).toString().toLatin1());
        if (!zone.isValid())
            return false;
        *out = QDateTime::fromMSecsSinceEpoch(a.at(0).toInteger(), zone);
        return true;
    }
    return false;
}

// Texts as their JSON form (the message tree, so that they are rendered in the language of the moment);
// a literal is a plain string.
void writeText(QCborStreamWriter &w, const Text &t)
{
    const QJsonValue j = t.toJson();
    if (j.isString())
        w.append(j.toString());
    else
        QCborValue::fromJsonValue(j).toCbor(w);
}

Text textFromCbor(const QCborValue &v)
{
    if (v.isString())
        return Text(v.toString());
    return Text::fromJson(v.toJsonValue());
}

void writeCert(QCborStreamWriter &w, const sig::CertInfo &c)
{
    w.startArray(8);
    for (const QString *f : {&c.subject, &c.commonName, &c.organization, &c.issuer, &c.serial, &c.sha1})
        w.append(*f);
    writeTime(w, c.notBefore);
    writeTime(w, c.notAfter);
    w.endArray();
}

bool str(const QCborValue &v, QString *out)
{
    if (!v.isString())
        return false;
    *out = v.toString();
    return true;
}

bool certFromCbor(const QCborValue &v, sig::CertInfo *c)
{
    if (!v.isArray())
        return false;
    const QCborArray a = v.toArray();
    return a.size() == 8 && str(a.at(0), &c->subject) && str(a.at(1), &c->commonName) && str(a.at(2), &c->organization)
        && str(a.at(3), &c->issuer) && str(a.at(4), &c->serial) && str(a.at(5), &c->sha1) && timeFromCbor(a.at(6), &c->notBefore)
        && timeFromCbor(a.at(7), &c->notAfter);
}

constexpr int kMaxNesting = 8;

void writeSignature(QCborStreamWriter &w, const sig::SignatureInfo &s, int depth)
{
    w.startArray(12);
    w.append(qint64(s.status));
    writeText(w, s.reason);
    w.append(s.digestAlgorithm);
    w.append(s.signedDigest);
    writeCert(w, s.signer);
    w.startArray(quint64(s.chain.size()));
    for (const sig::CertInfo &c : s.chain)
        writeCert(w, c);
    w.endArray();
    w.append(s.chainsToMicrosoft);
    if (s.timestamp) {
        w.startArray(5);
        w.append(s.timestamp->kind);
        writeTime(w, s.timestamp->time);
        w.append(s.timestamp->valid);
        w.append(s.timestamp->signer);
        writeText(w, s.timestamp->reason);
        w.endArray();
    } else {
        w.append(nullptr);
    }
    writeTime(w, s.signingTime);
    writeTime(w, s.verifiedAt);
    const qsizetype nested = depth < kMaxNesting ? s.nested.size() : 0;
    w.startArray(quint64(nested));
    for (qsizetype i = 0; i < nested; ++i)
        writeSignature(w, s.nested.at(i), depth + 1);
    w.endArray();
    w.append(s.contentType);
    w.endArray();
}

bool signatureFromCbor(const QCborValue &v, sig::SignatureInfo *s, int depth)
{
    if (!v.isArray() || depth > kMaxNesting)
        return false;
    const QCborArray a = v.toArray();
    if (a.size() != 12 || !a.at(0).isInteger() || !a.at(3).isByteArray() || !a.at(5).isArray() || !a.at(6).isBool()
        || !a.at(10).isArray())
        return false;
    const qint64 status = a.at(0).toInteger();
    if (status < int(sig::Status::Valid) || status > int(sig::Status::Malformed))
        return false;
    s->status = sig::Status(status);
    s->reason = textFromCbor(a.at(1));
    if (!str(a.at(2), &s->digestAlgorithm))
        return false;
    s->signedDigest = a.at(3).toByteArray();
    if (!certFromCbor(a.at(4), &s->signer))
        return false;
    for (const QCborValue &c : a.at(5).toArray()) {
        sig::CertInfo ci;
        if (!certFromCbor(c, &ci))
            return false;
        s->chain.append(ci);
    }
    s->chainsToMicrosoft = a.at(6).toBool();
    if (!a.at(7).isNull()) {
        if (!a.at(7).isArray())
            return false;
        const QCborArray t = a.at(7).toArray();
        sig::Timestamp ts;
        if (t.size() != 5 || !str(t.at(0), &ts.kind) || !timeFromCbor(t.at(1), &ts.time) || !t.at(2).isBool() || !str(t.at(3), &ts.signer))
            return false;
        ts.valid = t.at(2).toBool();
        ts.reason = textFromCbor(t.at(4));
        s->timestamp = ts;
    }
    if (!timeFromCbor(a.at(8), &s->signingTime) || !timeFromCbor(a.at(9), &s->verifiedAt))
        return false;
    for (const QCborValue &n : a.at(10).toArray()) {
        sig::SignatureInfo ni;
        if (!signatureFromCbor(n, &ni, depth + 1))
            return false;
        s->nested.append(ni);
    }
    return str(a.at(11), &s->contentType);
}

} // namespace

QByteArray encode(const VerifiedFile &v)
{
    QByteArray sigBytes;
    {
        QCborStreamWriter w(&sigBytes);
        writeSignature(w, v.signature, 0);
    }
    const pe::VersionInfo &ver = v.version;
    QByteArray out;
    out.reserve(sigBytes.size() + v.jsonText.size() + 512);
    QCborStreamWriter w(&out);
    w.startArray(7);
    w.append(v.sha256);
    w.append(v.machine);
    w.startArray(7);
    for (const QString *f : {&ver.fileVersion, &ver.productVersion, &ver.companyName, &ver.productName, &ver.fileDescription,
                             &ver.originalFilename, &ver.fixedFileVersion})
        w.append(*f);
    w.endArray();
    w.append(sigBytes);
    w.append(v.source);
    w.append(v.catalog);
    w.append(v.jsonText);
    w.endArray();
    return out;
}

namespace {

// Whether RAW (a member's value in a compact JSON text, empty when absent) is the string EXPECTED; an
// absent member stands for "" (as QJsonObject::value(KEY).toString() reads it).
bool textIs(QByteArrayView raw, const QString &expected)
{
    if (raw.isEmpty())
        return expected.isEmpty();
    const std::optional<QString> s = jsontext::stringValue(raw);
    return s && *s == expected;
}

// The report entry kept with a verdict (compact JSON text, read without making its object) must be one
// object that says what the verdict says (else the entry is refused).
bool entryAgrees(QByteArrayView entry, const VerifiedFile &v)
{
    static const QLatin1String kTop[] = {QLatin1String("sha256"), QLatin1String("machine"), QLatin1String("version"),
                                         QLatin1String("signature")};
    static const QLatin1String kSig[] = {QLatin1String("status"), QLatin1String("microsoft"), QLatin1String("source"),
                                         QLatin1String("catalog")};
    QByteArrayView top[4], sig[4];
    if (!jsontext::memberValues(entry, kTop, 4, top) || top[3].isEmpty() || top[3].at(0) != '{'
        || !jsontext::memberValues(top[3], kSig, 4, sig, true))
        return false;
    return textIs(top[0], v.sha256) && textIs(top[1], v.machine) && textIs(top[2], v.version.fileVersion)
        && textIs(sig[0], sig::statusToString(v.signature.status)) && (sig[1] == QByteArrayView("true")) == v.signature.chainsToMicrosoft
        && textIs(sig[2], v.source) && textIs(sig[3], v.catalog);
}

// Whether the report entry ENTRY names PATH and ROLE.
bool entryNames(QByteArrayView entry, const QString &path, const QString &role)
{
    static const QLatin1String kKeys[] = {QLatin1String("path"), QLatin1String("role")};
    QByteArrayView values[2];
    return jsontext::memberValues(entry, kKeys, 2, values, true) && !values[0].isEmpty() && textIs(values[0], path)
        && !values[1].isEmpty() && textIs(values[1], role);
}

} // namespace

std::optional<VerifiedFile> decode(const QByteArray &bytes, SignatureMemo *signatures)
{
    if (bytes.size() > kMaxEncodedEntry)
        return std::nullopt;
    // [sha256, machine, [7 version texts], signature (CBOR of its own), source, catalog, report entry (JSON text or empty)]
    QCborStreamReader r(bytes);
    VerifiedFile v;
    v.exists = true;
    pe::VersionInfo &vi = v.version;
    QByteArray sigBytes, entryText;
    if (!cborArray(r, 7) || !cborText(r, &v.sha256) || !cborText(r, &v.machine) || !cborArray(r, 7) || !cborText(r, &vi.fileVersion)
        || !cborText(r, &vi.productVersion) || !cborText(r, &vi.companyName) || !cborText(r, &vi.productName)
        || !cborText(r, &vi.fileDescription) || !cborText(r, &vi.originalFilename) || !cborText(r, &vi.fixedFileVersion)
        || !r.leaveContainer() || !cborBytes(r, &sigBytes) || !cborText(r, &v.source) || !cborText(r, &v.catalog)
        || !cborBytes(r, &entryText) || !r.leaveContainer() || r.lastError() != QCborError::NoError || r.currentOffset() != bytes.size())
        return std::nullopt;
    std::shared_ptr<const sig::SignatureInfo> shared;
    if (signatures) {
        std::shared_lock lock(signatures->mutex);
        shared = signatures->byEncoding.value(sigBytes);
    }
    if (shared) {
        v.signature = *shared;
    } else {
        QCborParserError err;
        const QCborValue sigRoot = QCborValue::fromCbor(sigBytes, &err);
        if (err.error != QCborError::NoError || !signatureFromCbor(sigRoot, &v.signature, 0))
            return std::nullopt;
        if (signatures) {
            auto made = std::make_shared<const sig::SignatureInfo>(v.signature);
            std::unique_lock lock(signatures->mutex);
            if (signatures->byEncoding.size() >= SignatureMemo::kMax)
                signatures->byEncoding.clear();
            signatures->byEncoding.insert(sigBytes, std::move(made));
        }
    }
    // The report entry as it was made: kept as text (a report is written from it; it becomes an
    // object only when somebody reads it as one).
    if (!entryText.isEmpty()) {
        if (!entryAgrees(entryText, v))
            return std::nullopt;
        v.jsonText = entryText;
    }
    return v;
}

namespace {

// Whether P is absolute and clean already, as SystemView::hostPath makes paths: "/" separators, no
// empty, "." or ".." component, no "/" at the end but the root's.
bool isCleanAbsolute(QStringView p)
{
#ifdef Q_OS_WIN
    if (p.size() < 3 || !p.at(0).isLetter() || p.at(1) != u':' || p.at(2) != u'/')
        return false;
    const qsizetype start = 3;
#else
    if (p.isEmpty() || p.at(0) != u'/')
        return false;
    const qsizetype start = 1;
#endif
    if (p.size() == start)
        return true;
    qsizetype component = start;
    for (qsizetype i = start; i <= p.size(); ++i) {
        if (i < p.size() && p.at(i) != u'/') {
#ifdef Q_OS_WIN
            if (p.at(i) == u'\\')
                return false;
#endif
            continue;
        }
        const QStringView c = p.sliced(component, i - component);
        if (c.isEmpty() || c == u"." || c == u"..")
            return false;
        component = i + 1;
    }
    return true;
}

} // namespace

QString normalizedPath(const QString &hostPath)
{
    // Host paths from the views are clean and absolute: kept as they are (no copies per file).
    QString p = isCleanAbsolute(hostPath) ? hostPath : QDir::cleanPath(QFileInfo(hostPath).absoluteFilePath());
#ifdef Q_OS_WIN
    p = p.toLower();
#endif
    return p;
}

QByteArray trustFingerprint(const sig::TrustStore &trust)
{
    QList<QByteArray> certs;
    if (X509_STORE *store = trust.store()) {
        STACK_OF(X509_OBJECT) *objs = X509_STORE_get0_objects(store);
        for (int i = 0; objs && i < sk_X509_OBJECT_num(objs); ++i) {
            X509_OBJECT *o = sk_X509_OBJECT_value(objs, i);
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int len = 0;
            if (X509 *c = X509_OBJECT_get0_X509(o)) {
                if (X509_digest(c, EVP_sha256(), md, &len) == 1)
                    certs.append(QByteArray("cert:") + QByteArray(reinterpret_cast<const char *>(md), int(len)));
            } else if (X509_CRL *crl = X509_OBJECT_get0_X509_CRL(o)) {
                if (X509_CRL_digest(crl, EVP_sha256(), md, &len) == 1)
                    certs.append(QByteArray("crl:") + QByteArray(reinterpret_cast<const char *>(md), int(len)));
            }
        }
    }
    std::sort(certs.begin(), certs.end());
    QList<QByteArray> standIns = trust.microsoftStandIns();
    std::sort(standIns.begin(), standIns.end());
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QByteArray &c : certs)
        h.addData(c);
    h.addData("|stand-ins|");
    for (const QByteArray &s : standIns)
        h.addData(s);
    return h.result();
}

std::optional<QByteArray> folderFingerprint(const QString &hostDir)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const std::optional<FileStamp> self = stampFolder(hostDir);
    if (!self)
        return QByteArray("absent");
    QStringList names;
    QDirIterator it(hostDir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        if (names.size() >= kMaxFolderEntries)
            return std::nullopt;
        names.append(it.fileName());
    }
    std::sort(names.begin(), names.end());
    for (const QString &n : names) {
        h.addData(n.toUtf8());
        h.addData(QByteArrayView("\0", 1));
        if (const std::optional<FileStamp> s = stampFile(hostDir + QLatin1Char('/') + n))
            addStamp(h, *s);
        else
            h.addData("unstamped");
    }
    return h.result();
}

QString targetIdentity(const SystemView &sys, bool *persistent)
{
    *persistent = false;
    const TargetInfo info = sys.info();
    auto folderId = [](const QString &hostPath) -> QString {
        const std::optional<FileStamp> s = stampFolder(hostPath);
        if (!s)
            return {};
        return QString::number(s->volume, 16) + QLatin1Char(':') + QString::fromLatin1(s->fileId.toHex());
    };
    if (info.kind == QLatin1String("offline") || info.kind == QLatin1String("demo")) {
        QString root = QFileInfo(info.path).canonicalFilePath();
        if (root.isEmpty())
            return {};
#ifdef Q_OS_WIN
        root = root.toLower();
#endif
        const QString id = folderId(root);
        if (id.isEmpty())
            return {};
        // The demo's working copy is extracted anew for every run: its cache lives in the process.
        *persistent = info.kind == QLatin1String("offline");
        return info.kind + QLatin1Char('|') + root + QLatin1Char('|') + id;
    }
    if (info.kind == QLatin1String("live")) {
        Expected<std::optional<RegValue>> guid =
            sys.value(QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Cryptography"), QStringLiteral("MachineGuid"));
        Expected<QString> sysRoot = sys.hostPath(sys.systemRoot());
        if (!guid || !guid->has_value() || !sysRoot)
            return {};
        const QString machine = (*guid)->toString().trimmed().toLower();
        const QString id = folderId(*sysRoot);
        if (machine.isEmpty() || id.isEmpty())
            return {};
        *persistent = true;
        return QStringLiteral("live|") + machine + QLatin1Char('|') + id;
    }
    return {};
}

QString cacheFolder()
{
    const QString env = qEnvironmentVariable("WD_CACHE_DIR");
    if (!env.isEmpty())
        return QDir(env).absoluteFilePath(QStringLiteral("verification"));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (base.isEmpty())
        return {};
    return base + QStringLiteral("/verification");
}

bool enabledByEnvironment()
{
    return qEnvironmentVariable("WD_NO_VERIFICATION_CACHE") != QLatin1String("1");
}

qint64 verificationsPerformed()
{
    return g_verifications.load();
}

} // namespace vcache

// ---- the per-target cache ------------------------------------------------------------------------------------

namespace {

struct Registry {
    std::mutex mutex;
    std::list<std::shared_ptr<VerificationCache>> caches; // most recently used first
};

Registry &registry()
{
    static Registry *r = new Registry; // never destroyed: no order problem at exit
    return *r;
}

// Whether this process may trust and write a disk cache at all.
bool diskAllowed()
{
#ifdef Q_OS_WIN
    // The file lives in the user's profile, writable by every unelevated program of the user: an
    // elevated run must not take verdicts from it.
    return !elevation::isElevated();
#else
    return true;
#endif
}

// The latest time (ms) up to which a verdict made "as of now" holds: the earliest end of validity of a
// certificate it names (and the start of one not valid yet), capped.
void limitByCertificates(const sig::SignatureInfo &s, qint64 now, qint64 *until, int depth = 0)
{
    auto limit = [&](const sig::CertInfo &c) {
        if (c.notAfter.isValid())
            *until = std::min(*until, c.notAfter.toMSecsSinceEpoch());
        if (c.notBefore.isValid() && c.notBefore.toMSecsSinceEpoch() > now)
            *until = std::min(*until, c.notBefore.toMSecsSinceEpoch());
    };
    limit(s.signer);
    for (const sig::CertInfo &c : s.chain)
        limit(c);
    if (depth < 8)
        for (const sig::SignatureInfo &n : s.nested)
            limitByCertificates(n, now, until, depth + 1);
}

} // namespace

std::shared_ptr<VerificationCache> VerificationCache::forIdentity(const QString &identity, bool persistent)
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    for (auto it = r.caches.begin(); it != r.caches.end(); ++it) {
        if ((*it)->identity() == identity && (*it)->persistent() == persistent) {
            std::shared_ptr<VerificationCache> c = *it;
            r.caches.erase(it);
            r.caches.push_front(c);
            return c;
        }
    }
    QString file;
    if (persistent) {
        const QString folder = vcache::cacheFolder();
        if (folder.isEmpty())
            persistent = false;
        else
            file = folder + QLatin1Char('/')
                 + QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256).toHex().left(40))
                 + QStringLiteral(".wdvc");
    }
    auto c = std::make_shared<VerificationCache>(identity, persistent, file);
    r.caches.push_front(c);
    while (r.caches.size() > size_t(kMaxTargetsInProcess))
        r.caches.pop_back();
    return c;
}

void VerificationCache::forgetAllInProcess()
{
    Registry &r = registry();
    std::lock_guard lock(r.mutex);
    r.caches.clear();
}

VerificationCache::VerificationCache(QString identity, bool persistent, QString file)
    : m_identity(std::move(identity)), m_persistent(persistent), m_file(std::move(file))
{
}

VerificationCache::~VerificationCache() = default;

QString VerificationCache::Key::mapKey() const
{
    return path + QLatin1Char('\n') + role + QLatin1Char('\n') + (flatHash ? QLatin1Char('1') : QLatin1Char('0')) + QLatin1Char('\n')
         + QString::number(atMs);
}

qsizetype VerificationCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

bool VerificationCache::begin(const QByteArray &context)
{
    std::lock_guard lock(m_mutex);
    loadLocked();
    if (m_context == context)
        return false;
    const bool had = !m_entries.isEmpty() || !m_context.isEmpty();
    m_entries.clear();
    m_context = context;
    m_dirty = true; // the file on disk belongs to another context: rewrite it
    return had;
}

void VerificationCache::preload()
{
    std::lock_guard lock(m_mutex);
    loadLocked();
}

VerificationCachePreload::VerificationCachePreload(const SystemView &sys, bool enabled)
{
    if (!enabled || !vcache::enabledByEnvironment())
        return;
    bool persistent = false;
    const QString identity = vcache::targetIdentity(sys, &persistent);
    if (identity.isEmpty() || !persistent)
        return;
    std::shared_ptr<VerificationCache> cache = VerificationCache::forIdentity(identity, persistent);
    m_task = std::make_unique<BackgroundTask>([cache] { cache->preload(); });
}

VerificationCachePreload::~VerificationCachePreload() = default;

std::optional<VerifiedFile> VerificationCache::lookup(const QByteArray &context, const Key &key, const FileStamp &stamp)
{
    const QString k = key.mapKey();
    const qint64 now = nowMs();
    QByteArray encoded;
    std::shared_ptr<const VerifiedFile> decoded;
    {
        std::lock_guard lock(m_mutex);
        if (context != m_context)
            return std::nullopt;
        auto it = m_entries.find(k);
        if (it == m_entries.end() || !(it->stamp == stamp))
            return std::nullopt;
        if (key.atMs < 0 && (now < it->verifiedAtMs || (it->validUntilMs > 0 && now >= it->validUntilMs)))
            return std::nullopt; // a verdict "as of now" that may no longer hold now
        // The last use is kept to the day: a scan served from the cache does not rewrite the file.
        if (now - it->lastUsedMs > 24 * 3600 * 1000) {
            it->lastUsedMs = now;
            m_dirty = m_dirty || m_persistent;
        }
        decoded = it->decoded;
        if (!decoded)
            encoded = it->encoded;
    }
    if (decoded)
        return *decoded; // copied outside the lock
    std::optional<VerifiedFile> v = vcache::decode(encoded, &m_signatures); // outside the lock: the workers decode in parallel
    std::shared_ptr<const VerifiedFile> keep = v ? std::make_shared<const VerifiedFile>(*v) : nullptr;
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(k);
    if (it != m_entries.end() && it->encoded == encoded) {
        if (v)
            it->decoded = std::move(keep);
        else {
            m_entries.erase(it); // unreadable entry (a damaged or foreign file): verified again, then replaced
            m_dirty = m_dirty || m_persistent;
        }
    }
    return v;
}

void VerificationCache::store(const QByteArray &context, const Key &key, const FileStamp &stamp, const VerifiedFile &v,
                              qint64 verifiedAtMs)
{
    Entry e;
    e.stamp = stamp;
    e.verifiedAtMs = verifiedAtMs;
    e.lastUsedMs = verifiedAtMs;
    if (key.atMs < 0) {
        qint64 until = verifiedAtMs + kNowVerdictMs;
        limitByCertificates(v.signature, verifiedAtMs, &until);
        if (until <= verifiedAtMs)
            return; // a certificate ends right now: nothing worth keeping
        e.validUntilMs = until;
    }
    auto kept = std::make_shared<VerifiedFile>(v);
    kept->path.clear();
    kept->role.clear();
    if (m_persistent)
        e.encoded = vcache::encode(*kept); // here, on a worker: save() does not encode thousands in a row
    e.decoded = std::move(kept);
    e.role = key.role;
    e.path = key.path;
    e.flatHash = key.flatHash;
    e.atMs = key.atMs;
    std::lock_guard lock(m_mutex);
    if (context != m_context)
        return;
    if (m_entries.size() >= kMaxEntries * 2 && !m_entries.contains(key.mapKey()))
        return; // bounded in memory too (the file keeps the most recent kMaxEntries)
    m_entries.insert(key.mapKey(), std::move(e));
    m_dirty = m_dirty || m_persistent;
}

void VerificationCache::loadLocked()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (!m_persistent || m_file.isEmpty() || !diskAllowed())
        return;
    QFile f(m_file);
    if (!f.exists())
        return;
    auto reject = [&](const QString &why) {
        m_loadProblem = why;
        m_entries.clear();
        m_context.clear();
        m_dirty = true; // rewritten at the next save
    };
    if (!f.open(QIODevice::ReadOnly))
        return reject(QStringLiteral("cannot be opened: ") + f.errorString());
#ifndef Q_OS_WIN
    struct stat st {};
    if (::fstat(f.handle(), &st) != 0 || st.st_uid != ::geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH)) || !S_ISREG(st.st_mode))
        return reject(QStringLiteral("not a private file of this user"));
#endif
    if (f.size() < kHeaderSize || f.size() > kMaxFileBytes + kHeaderSize)
        return reject(QStringLiteral("size out of bounds"));
    const QByteArray all = f.readAll();
    if (all.size() != f.size())
        return reject(QStringLiteral("cannot be read: ") + f.errorString());
    loadBytesLocked(all);
}

bool VerificationCache::loadFromBytes(const QByteArray &fileBytes)
{
    std::lock_guard lock(m_mutex);
    m_loaded = true;
    return loadBytesLocked(fileBytes);
}

QByteArray VerificationCache::fileBytes()
{
    std::lock_guard lock(m_mutex);
    return serializeLocked();
}

bool VerificationCache::loadBytesLocked(const QByteArray &all)
{
    auto reject = [&](const QString &why) {
        m_loadProblem = why;
        m_entries.clear();
        m_context.clear();
        m_dirty = true; // rewritten at the next save
        return false;
    };
    if (all.size() < kHeaderSize || all.size() > kMaxFileBytes + kHeaderSize)
        return reject(QStringLiteral("size out of bounds"));
    if (!all.startsWith(QByteArrayView(kMagic, 8)))
        return reject(QStringLiteral("not a verification cache"));
    const quint32 format = qFromBigEndian<quint32>(all.constData() + 8);
    const quint64 length = qFromBigEndian<quint64>(all.constData() + 16);
    if (format != quint32(kFormatVersion))
        return reject(QStringLiteral("format %1").arg(format));
    if (length != quint64(all.size() - kHeaderSize))
        return reject(QStringLiteral("truncated"));
    const QByteArrayView payload(all.constData() + kHeaderSize, all.size() - kHeaderSize);
    const QByteArray sum = sha256(payload);
    if (sum.size() != 32 || sum != QByteArrayView(all.constData() + 24, 32))
        return reject(QStringLiteral("checksum mismatch"));
    // Read as a stream (no value tree): {"format", "program", "target", "context", "written",
    // "entries": [[path, role, flatHash, atMs, size, mtimeNs, ctimeNs, volume, fileId, verifiedAtMs,
    // validUntilMs, lastUsedMs, encoded verdict], ...]}, keys in any order, unknown keys skipped.
    QCborStreamReader r(payload.data(), payload.size());
    qint64 mapFormat = -1;
    QString program, target;
    QByteArray context;
    bool haveContext = false, haveEntries = false, broken = false;
    const qint64 now = nowMs();
    QHash<QString, Entry> entries;
    auto readEntries = [&] {
        if (!r.isArray() || !r.enterContainer())
            return false;
        while (r.hasNext() && r.lastError() == QCborError::NoError) {
            if (entries.size() >= kMaxEntries || !cborArray(r, 13)) {
                if (!r.next()) // beyond the limit, or not an entry: skipped
                    return false;
                continue;
            }
            Entry e;
            qint64 volume = 0;
            bool ok = cborText(r, &e.path) && cborText(r, &e.role) && cborBool(r, &e.flatHash) && cborInt(r, &e.atMs)
                   && cborInt(r, &e.stamp.size) && cborInt(r, &e.stamp.mtimeNs) && cborInt(r, &e.stamp.ctimeNs) && cborInt(r, &volume)
                   && cborBytes(r, &e.stamp.fileId) && cborInt(r, &e.verifiedAtMs) && cborInt(r, &e.validUntilMs)
                   && cborInt(r, &e.lastUsedMs) && cborBytes(r, &e.encoded);
            while (!ok && r.hasNext() && r.lastError() == QCborError::NoError) // a field of another type: the rest skipped
                if (!r.next())
                    return false;
            if (r.lastError() != QCborError::NoError || !r.leaveContainer())
                return false;
            // Times are milliseconds since 1970 (atMs -1: "now"); others (a damaged or planted file)
            // would overflow the age arithmetic: the entry is dropped.
            const bool times = e.verifiedAtMs >= 0 && e.validUntilMs >= 0 && e.lastUsedMs >= 0 && e.atMs >= -1 && e.stamp.size >= 0;
            if (!ok || !times || e.encoded.size() > kMaxEncodedEntry || e.stamp.fileId.size() > 64 || e.path.isEmpty())
                continue;
            e.stamp.volume = quint64(volume);
            e.lastUsedMs = std::min(e.lastUsedMs, now);
            const Key k{e.path, e.role, e.flatHash, e.atMs};
            entries.insert(k.mapKey(), std::move(e));
        }
        return r.lastError() == QCborError::NoError && r.leaveContainer();
    };
    if (!r.isMap() || !r.enterContainer())
        return reject(QStringLiteral("unreadable"));
    while (!broken && r.hasNext() && r.lastError() == QCborError::NoError) {
        QString key;
        if (!cborText(r, &key)) {
            broken = true;
        } else if (key == QLatin1String("format")) {
            broken = !cborInt(r, &mapFormat);
        } else if (key == QLatin1String("program")) {
            broken = !cborText(r, &program);
        } else if (key == QLatin1String("target")) {
            broken = !cborText(r, &target);
        } else if (key == QLatin1String("context")) {
            broken = !cborBytes(r, &context);
            haveContext = !broken;
        } else if (key == QLatin1String("entries")) {
            broken = haveEntries || !readEntries();
            haveEntries = true;
        } else {
            broken = !r.next();
        }
    }
    if (broken || r.lastError() != QCborError::NoError || !r.leaveContainer() || r.currentOffset() != payload.size())
        return reject(QStringLiteral("unreadable"));
    if (mapFormat != kFormatVersion || program != QStringLiteral(WD_VERSION) || target != m_identity || !haveContext || !haveEntries)
        return reject(QStringLiteral("another program version or target"));
    m_entries = std::move(entries);
    m_context = context;
    m_loadedFromDisk = true;
    m_dirty = false;
    m_loadProblem.clear();
    return true;
}

QByteArray VerificationCache::serializeLocked()
{
    const qint64 now = nowMs();
    QList<Entry *> keep;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (now - it->lastUsedMs <= kMaxIdleMs)
            keep.append(&*it);
    std::sort(keep.begin(), keep.end(), [](const Entry *a, const Entry *b) { return a->lastUsedMs > b->lastUsedMs; });
    QCborArray entries;
    qint64 bytes = 0;
    for (Entry *e : keep) {
        if (entries.size() >= kMaxEntries)
            break;
        if (e->encoded.isEmpty() && e->decoded)
            e->encoded = vcache::encode(*e->decoded);
        if (e->encoded.isEmpty())
            continue;
        const qint64 size = e->encoded.size() + e->path.size() * 2 + 96;
        if (bytes + size > kMaxFileBytes - 4096)
            break;
        bytes += size;
        entries.append(QCborArray{e->path, e->role, e->flatHash, e->atMs, e->stamp.size, e->stamp.mtimeNs, e->stamp.ctimeNs,
                                  qint64(e->stamp.volume), e->stamp.fileId, e->verifiedAtMs, e->validUntilMs, e->lastUsedMs,
                                  e->encoded});
    }
    const QCborMap m{{QStringLiteral("format"), kFormatVersion},
                     {QStringLiteral("program"), QStringLiteral(WD_VERSION)},
                     {QStringLiteral("target"), m_identity},
                     {QStringLiteral("context"), m_context},
                     {QStringLiteral("written"), now},
                     {QStringLiteral("entries"), entries}};
    const QByteArray payload = m.toCborValue().toCbor();
    QByteArray out(kHeaderSize, '\0');
    std::copy(kMagic, kMagic + 8, out.data());
    qToBigEndian<quint32>(quint32(kFormatVersion), out.data() + 8);
    qToBigEndian<quint64>(quint64(payload.size()), out.data() + 16);
    const QByteArray sum = sha256(payload);
    if (sum.size() != 32)
        return {};
    std::copy(sum.constBegin(), sum.constEnd(), out.data() + 24);
    out += payload;
    return out;
}

bool VerificationCache::save()
{
    std::lock_guard lock(m_mutex);
    if (!m_persistent || m_file.isEmpty() || !m_dirty || !diskAllowed() || m_context.isEmpty())
        return true;
    const QString folder = QFileInfo(m_file).absolutePath();
    if (!QDir(folder).exists()) {
        QDir().mkpath(QFileInfo(folder).absolutePath());
        QDir().mkdir(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray bytes = serializeLocked();
    if (bytes.isEmpty() || f.write(bytes) != bytes.size() || !f.commit())
        return false;
    m_dirty = false;
    // Other targets' files: those not written for long go, and no more than kMaxCacheFiles stay.
    QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.wdvc")}, QDir::Files, QDir::Time);
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addMSecs(-kMaxIdleMs);
    for (qsizetype i = 0; i < files.size(); ++i)
        if (files.at(i).absoluteFilePath() != QFileInfo(m_file).absoluteFilePath()
            && (i >= kMaxCacheFiles || files.at(i).lastModified() < oldest))
            QFile::remove(files.at(i).absoluteFilePath());
    return true;
}

// ---- one run -------------------------------------------------------------------------------------------------

CachedVerifier::CachedVerifier(const FileVerifier &verifier, const SystemView *sys, const sig::TrustStore &trust, QDateTime at,
                               bool enabled, std::function<void()> prepare)
    : m_verifier(verifier), m_at(std::move(at)), m_prepare(std::move(prepare)), m_startMs(nowMs())
{
    m_requested = enabled;
    if (!enabled || !vcache::enabledByEnvironment()) {
        m_why = QStringLiteral("disabled");
        return;
    }
    bool persistent = false;
    const QString identity = sys ? vcache::targetIdentity(*sys, &persistent) : QString();
    if (identity.isEmpty()) {
        m_why = QStringLiteral("no-target-identity");
        return;
    }
    // Stamped before PREPARE reads them: a catalog changed in between changes the next run's context.
    const QString catDir = sys->system32() + QStringLiteral("\\CatRoot\\") + QLatin1String(sig::kCatRootGuid);
    Expected<QString> catHost = sys->hostPath(catDir);
    std::optional<QByteArray> catalogs = catHost ? vcache::folderFingerprint(*catHost) : std::optional<QByteArray>(QByteArray("none"));
    if (!catalogs) {
        m_why = QStringLiteral("too-many-catalogs");
        return;
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(kFormatVersion));
    h.addData("|" WD_VERSION "|");
    h.addData(OpenSSL_version(OPENSSL_VERSION));
    h.addData("|trust|");
    h.addData(vcache::trustFingerprint(trust));
    h.addData("|catalogs|");
    h.addData(catHost ? catHost->toUtf8() : QByteArray());
    h.addData(*catalogs);
    m_context = h.result();
    m_cache = VerificationCache::forIdentity(identity, persistent);
    m_cache->begin(m_context);
}

CachedVerifier::CachedVerifier(const FileVerifier &verifier, std::shared_ptr<VerificationCache> cache, QByteArray context, QDateTime at,
                               std::function<void()> prepare)
    : m_verifier(verifier), m_cache(std::move(cache)), m_context(std::move(context)), m_at(std::move(at)), m_prepare(std::move(prepare)),
      m_startMs(nowMs())
{
    if (m_cache)
        m_cache->begin(m_context);
    else
        m_why = QStringLiteral("disabled");
}

CachedVerifier::~CachedVerifier()
{
    save();
}

bool CachedVerifier::save()
{
    return m_cache ? m_cache->save() : true;
}

void CachedVerifier::prepare() const
{
    std::call_once(m_prepared, [this] {
        if (m_prepare)
            m_prepare();
    });
}

void CachedVerifier::setRecentWindowMsForTests(qint64 ms)
{
    g_recentWindowMs = ms;
}

VerifiedFile CachedVerifier::verifyHostFile(const QString &hostPath, const QString &displayPath, const QString &role, bool flatHash,
                                            QByteArray *scratch) const
{
    ++m_files;
    auto verify = [&] {
        prepare();
        ++m_verified;
        ++g_verifications;
        return m_verifier.verifyHostFile(hostPath, displayPath, role, flatHash, scratch);
    };
    if (!m_cache)
        return verify();
    const VerificationCache::Key key{vcache::normalizedPath(hostPath), role, flatHash, m_at.isValid() ? m_at.toMSecsSinceEpoch() : -1};
    const std::optional<FileStamp> before = stampFile(hostPath);
    if (before) {
        if (std::optional<VerifiedFile> hit = m_cache->lookup(m_context, key, *before)) {
            ++m_fromCache;
            hit->path = displayPath.isEmpty() ? hostPath : displayPath;
            hit->role = role;
            // The report entry kept with the verdict names the path and role it was made with.
            if (!hit->jsonText.isEmpty()
                && !vcache::entryNames(hit->jsonText, hit->path, role))
                hit->jsonText.clear();
            return std::move(*hit);
        }
    }
    const qint64 verifiedAt = nowMs();
    VerifiedFile v = verify();
    if (!before || !v.exists || v.unreadable)
        return v;
    // Racy timestamps: a file written this close to the start could be written again within the
    // file system's timestamp granularity without any visible change.
    const qint64 recentNs = (m_startMs - g_recentWindowMs.load()) * 1000000;
    if (before->mtimeNs > recentNs || before->ctimeNs > recentNs) {
        ++m_tooRecent;
        return v;
    }
    const std::optional<FileStamp> after = stampFile(hostPath);
    if (!after || !(*after == *before))
        return v; // changed while it was read
    if (v.jsonText.isEmpty())
        v.jsonText = v.toJsonText(); // kept with the verdict: a rescan served from the cache does not make it again
    m_cache->store(m_context, key, *before, v, verifiedAt);
    ++m_stored;
    return v;
}

CachedVerifier::Stats CachedVerifier::stats() const
{
    return Stats{m_files.load(), m_fromCache.load(), m_verified.load(), m_stored.load(), m_tooRecent.load()};
}

QJsonObject CachedVerifier::toJson() const
{
    const Stats s = stats();
    QJsonObject o{{QStringLiteral("enabled"), m_cache != nullptr},
                  {QStringLiteral("files"), s.files},
                  {QStringLiteral("from_cache"), s.fromCache},
                  {QStringLiteral("verified"), s.verified},
                  {QStringLiteral("stored"), s.stored},
                  {QStringLiteral("too_recent"), s.tooRecent}};
    if (m_cache) {
        o.insert(QStringLiteral("persistent"), m_cache->persistent() && diskAllowed());
        if (!m_cache->loadProblem().isEmpty())
            o.insert(QStringLiteral("disk_file_ignored"), m_cache->loadProblem());
    } else {
        o.insert(QStringLiteral("reason"), m_why);
    }
    return o;
}

} // namespace wd
