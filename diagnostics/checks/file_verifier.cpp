#include "checks/file_verifier.h"
#include "core/workers.h"
#include "platform/system_view.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <atomic>
#include <map>

namespace wd {

QString VerifiedFile::signingDate() const
{
    if (signature.timestamp && signature.timestamp->time.isValid())
        return signature.timestamp->time.toString(Qt::ISODate);
    if (signature.signingTime.isValid())
        return signature.signingTime.toString(Qt::ISODate);
    return {};
}

QByteArray VerifiedFile::toJsonText() const
{
    // Written as text (core/json_text.h: a third of the cost of inserting the members), parsed when needed.
    JsonText t;
    t.beginObject()
        .member(QLatin1String("path"), path)
        .member(QLatin1String("role"), role)
        .member(QLatin1String("exists"), exists)
        .member(QLatin1String("sha256"), sha256)
        .member(QLatin1String("version"), version.fileVersion);
    t.key(QLatin1String("version_info"))
        .beginObject()
        .member(QLatin1String("file_version"), version.fileVersion)
        .member(QLatin1String("product_version"), version.productVersion)
        .member(QLatin1String("company"), version.companyName)
        .member(QLatin1String("product"), version.productName)
        .member(QLatin1String("description"), version.fileDescription)
        .member(QLatin1String("original_filename"), version.originalFilename)
        .endObject();
    if (!machine.isEmpty())
        t.member(QLatin1String("machine"), machine);
    t.key(QLatin1String("signature"));
    writeSignatureEntry(t);
    t.endObject();
    return t.text();
}

QJsonObject VerifiedFile::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}

QJsonObject VerifiedFile::reportEntry() const
{
    return QJsonDocument::fromJson(reportEntryText()).object();
}

QJsonObject VerifiedFile::signatureEntry() const
{
    JsonText t;
    writeSignatureEntry(t);
    return t.object();
}

void VerifiedFile::writeSignatureEntry(JsonText &t) const
{
    t.beginObject();
    if (!exists || unreadable) {
        t.member(QLatin1String("status"), QStringLiteral("malformed"))
            .member(QLatin1String("source"), QStringLiteral("none"))
            .member(QLatin1String("signer"), QString());
        t.key(QLatin1String("chain")).beginArray().endArray();
        t.member(QLatin1String("catalog"), QString()).key(QLatin1String("timestamp")).null().member(QLatin1String("reason"), error);
    } else {
        signature.writeJsonMembers(t);
        t.member(QLatin1String("source"), source).member(QLatin1String("catalog"), catalog);
    }
    t.endObject();
}

FileVerifier::FileVerifier(std::shared_ptr<const sig::TrustStore> trust, std::shared_ptr<const sig::CatalogIndex> catalogs,
                           QDateTime at)
    : m_trust(std::move(trust)), m_catalogs(std::move(catalogs)), m_at(std::move(at))
{
}

VerifiedFile FileVerifier::verifyHostFile(const QString &hostPath, const QString &displayPath, const QString &role,
                                          bool flatHash, QByteArray *scratch) const
{
    VerifiedFile v;
    v.path = displayPath.isEmpty() ? hostPath : displayPath;
    v.role = role;
    v.source = QStringLiteral("none");
    QFile f(hostPath);
    // Opened first (a file that opens exists: no separate look-up for every file of a deep scan).
    const bool opened = f.open(QIODevice::ReadOnly);
    if (!opened && !f.exists()) {
        v.error = translate("wd::Signature", "The file does not exist.");
        return v;
    }
    v.exists = true;
    if (!opened) {
        v.unreadable = true;
        v.error = translate("wd::Signature", "The file cannot be read: %1").arg(f.errorString());
        return v;
    }
    // One read of the file into the caller's reused buffer (no page faults on fresh memory); very
    // large files are mapped instead. Every digest is fed from these bytes. (Mapping every file was
    // measured: its page faults and munmap cost as much as the kernel's copy, bench/README.md.)
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
    v.hashing.files = 1;
    v.hashing.bytesRead = data.size();
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
    auto finish = [&](const sig::FileDigests &d) {
        v.sha256 = QString::fromLatin1(d.flatSha256.toHex());
        v.hashing.flatSha1 = d.hashed.flatSha1;
        v.hashing.flatSha256 = d.hashed.flatSha256;
        v.hashing.authSha1 = d.hashed.authSha1;
        v.hashing.authSha256 = d.hashed.authSha256;
    };
    const unsigned flat = flatHash ? unsigned(sig::NeedFlatSha256) : 0u;
    if (malformedPe) {
        finish(sig::computeDigests(data, nullptr, flat));
        return v;
    }
    // Every digest is decided before hashing, so that one pass over DATA computes them all: the flat
    // SHA-256 when asked; the Authenticode digests the embedded signature names (its chain is checked
    // first, which needs no digest); for a catalog lookup, the catalogs' member hash type.
    const bool catalogs = m_catalogs && m_catalogs->catalogCount() > 0;
    const bool sha256Members = catalogs && m_catalogs->hasSha256Members();
    const bool sha1Members = catalogs && m_catalogs->hasSha1Members();
    const unsigned lookup256 = img ? sig::NeedAuthSha256 : sig::NeedFlatSha256;
    const unsigned lookup1 = img ? sig::NeedAuthSha1 : sig::NeedFlatSha1;
    // With both member types, SHA-1 is computed only when SHA-256 finds nothing.
    const unsigned lookupFirst = sha256Members ? lookup256 : sha1Members ? lookup1 : 0u;
    unsigned needs = flat;
    std::optional<sig::SignatureInfo> embedded;
    if (img) {
        embedded = sig::verifyEmbeddedSignature(*img, params);
        needs |= sig::embeddedDigestNeeds(*embedded);
    }
    // A signature whose chain is good needs the catalogs only if its digest does not match (rare: the
    // lookup digest is then added by a second pass over DATA in memory, not by another read).
    if (!embedded || embedded->status != sig::Status::Valid)
        needs |= lookupFirst;
    sig::FileDigests digests = sig::computeDigests(data, pimg, needs);
    if (img) {
        v.signature = sig::checkEmbeddedDigest(std::move(*embedded), *img, digests);
        if (v.signature.status != sig::Status::Unsigned)
            v.source = QStringLiteral("embedded");
    } else {
        v.signature.status = sig::Status::Unsigned;
        v.signature.reason = translate("wd::Signature", "The file is not a PE image and has no embedded signature.");
    }
    v.signature.content.clear();
    if (v.signature.status != sig::Status::Valid && catalogs) {
        sig::completeDigests(digests, data, pimg, lookupFirst);
        std::optional<sig::CatalogIndex::Match> match = m_catalogs->find(digests);
        if (!match && sha1Members && sha256Members) {
            sig::completeDigests(digests, data, pimg, lookup1);
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
    finish(digests);
    return v;
}

int defaultVerifyThreads()
{
    return defaultWorkerCount();
}

QList<VerifiedFile> verifyFiles(const FileVerifier &verifier, const QList<VerifyJob> &jobs, const VerifyRun &run,
                                sig::HashStats *stats)
{
    const qsizetype total = jobs.size();
    QList<VerifiedFile> results;
    if (!run.result)
        results.resize(total);
    VerifiedFile *const resultAt = run.result ? nullptr : results.data(); // each index written by one worker only
    std::atomic<qsizetype> next{0};
    qint64 done = 0;
    QMutex mutex; // guards DONE, PENDING, NEXTOUT, SUM and the callbacks
    std::map<qsizetype, VerifiedFile> pending; // finished out of order (RUN.result only)
    qsizetype nextOut = 0;
    sig::HashStats sum;
    auto worker = [&] {
        QByteArray scratch; // this worker's read buffer, released before its thread ends
        sig::HashStats mine; // this worker's share of SUM, added when it ends
        for (;;) {
            if (run.cancel && run.cancel->isCancelled())
                break;
            const qsizetype i = next.fetch_add(1);
            if (i >= total)
                break;
            const VerifyJob &job = jobs.at(i);
            VerifiedFile v;
            Expected<QString> host = !job.hostPath.isEmpty() ? Expected<QString>(job.hostPath)
                                   : run.hostPath         ? run.hostPath(job.path)
                                                          : Expected<QString>(job.path);
            if (host) {
                v = run.verify ? run.verify(*host, job, &scratch) : verifier.verifyHostFile(*host, job.path, job.role, job.flatHash, &scratch);
            } else {
                v.path = job.path;
                v.role = job.role;
                v.error = host.error().message;
            }
            if (run.reportEntries && v.jsonText.isEmpty())
                v.jsonText = v.toJsonText();
            if (run.prepare)
                run.prepare(i, v);
            mine += v.hashing;
            if (resultAt) {
                // No lock for the result itself: the workers do not wait for each other per file.
                resultAt[i] = std::move(v);
                if (run.progress) {
                    QMutexLocker lock(&mutex);
                    run.progress(++done, total, job.path);
                }
                continue;
            }
            QMutexLocker lock(&mutex);
            ++done;
            if (run.progress)
                run.progress(done, total, job.path);
            pending.emplace(i, std::move(v));
            for (auto it = pending.begin(); it != pending.end() && it->first == nextOut; it = pending.erase(it), ++nextOut)
                run.result(it->first, std::move(it->second));
        }
        QMutexLocker lock(&mutex);
        sum += mine;
    };
    const int threads = run.threads > 0 ? run.threads : defaultVerifyThreads();
    runWorkers(int(std::min<qsizetype>(threads, qMax<qsizetype>(1, total))), worker);
    if (stats)
        *stats += sum;
    return results;
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
