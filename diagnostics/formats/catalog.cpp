#include "formats/catalog.h"
#include "formats/authenticode.h"
#include "formats/byte_reader.h"
#include "formats/der.h"
#include "core/workers.h"
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <atomic>
#include <map>
#include <memory>
#include <optional>

namespace wd::sig {

namespace {

Error corruptCatalog(const QString &name, const QString &why)
{
    return Error(ErrorKind::Corrupt, translate("wd::Catalog", "The security catalog is malformed: %1").arg(why), name);
}

QString tagText(const QByteArray &id)
{
    // Identifiers are usually UTF-16LE hex text; fall back to hex of the raw bytes.
    if (id.size() >= 2 && id.size() % 2 == 0 && id.at(1) == 0) {
        ByteReader r(id);
        return r.utf16At(0, id.size() / 2);
    }
    return QString::fromLatin1(id.toHex().toUpper());
}

// The certificate trust list (its whole SEQUENCE, a view into DER) of a DER-encoded SignedData whose
// content is one, found without decoding the rest (indexing reads every catalog of the target; the
// signature is verified with OpenSSL when a member is looked up). Empty when DER is not laid out so:
// then OpenSSL decodes it (BER, unusual layouts).
QByteArray ctlByDer(const QByteArray &derIn)
{
    ByteReader r(derIn);
    const der::Tlv ci = der::readTlv(r, 0);
    bool ok = false;
    const QList<der::Tlv> ciKids = ci.valid && ci.tag == 0x30 ? der::children(r, ci, &ok) : QList<der::Tlv>{};
    if (!ok || ciKids.size() != 2 || ciKids[0].tag != 0x06 || ciKids[1].tag != 0xA0
        || der::oidText(r, ciKids[0]) != QLatin1String("1.2.840.113549.1.7.2"))
        return {};
    const QList<der::Tlv> explicitKids = der::children(r, ciKids[1], &ok);
    if (!ok || explicitKids.size() != 1 || explicitKids[0].tag != 0x30)
        return {};
    // SignedData ::= SEQUENCE { version INTEGER, digestAlgorithms SET, contentInfo SEQUENCE,
    //                           [0] certificates OPTIONAL, [1] crls OPTIONAL, signerInfos SET }
    const QList<der::Tlv> sd = der::children(r, explicitKids[0], &ok);
    if (!ok || sd.size() < 4 || sd.size() > 6 || sd[0].tag != 0x02 || sd[1].tag != 0x31 || sd[2].tag != 0x30
        || sd.last().tag != 0x31)
        return {};
    for (qsizetype i = 3; i + 1 < sd.size(); ++i)
        if (sd[i].tag != 0xA0 && sd[i].tag != 0xA1)
            return {};
    const QList<der::Tlv> content = der::children(r, sd[2], &ok);
    if (!ok || content.size() != 2 || content[0].tag != 0x06 || content[1].tag != 0xA0 || der::oidText(r, content[0]) != QLatin1String(kOidCtl))
        return {};
    const QList<der::Tlv> inner = der::children(r, content[1], &ok);
    if (!ok || inner.size() != 1 || inner[0].tag != 0x30)
        return {};
    return QByteArray::fromRawData(derIn.constData() + inner[0].offset, qsizetype(inner[0].headerLen + inner[0].length));
}

Expected<Catalog> parseCatalogImpl(const QByteArray &derIn, const QString &name, bool withTags);

} // namespace

Expected<Catalog> parseCatalog(const QByteArray &derIn, const QString &name)
{
    return parseCatalogImpl(derIn, name, true);
}

namespace {

// WITHTAGS: also the members' subject identifiers (text); the index needs only their digests.
Expected<Catalog> parseCatalogImpl(const QByteArray &derIn, const QString &name, bool withTags)
{
    Catalog cat;
    cat.name = name;
    // The members only; certificates are checked on use.
    QByteArray ctl = ctlByDer(derIn); // a view of the trust list (tens of MB for big catalogs)
    bool isCtl = !ctl.isEmpty();
    std::unique_ptr<PKCS7, decltype(&PKCS7_free)> p7(nullptr, &PKCS7_free);
    if (!isCtl) {
        p7.reset(decodePkcs7(derIn, false));
        if (!p7)
            return corruptCatalog(name, translate("wd::Catalog", "not a PKCS #7 structure."));
    }
    if (!isCtl && PKCS7_type_is_signed(p7.get()) && p7->d.sign && p7->d.sign->contents) {
        PKCS7 *inner = p7->d.sign->contents;
        char buf[64];
        OBJ_obj2txt(buf, sizeof buf, inner->type, 1);
        isCtl = qstrcmp(buf, kOidCtl) == 0;
        if (isCtl && PKCS7_type_is_other(inner) && inner->d.other && inner->d.other->type == V_ASN1_SEQUENCE)
            ctl = QByteArray::fromRawData(reinterpret_cast<const char *>(inner->d.other->value.sequence->data),
                                          inner->d.other->value.sequence->length);
    }
    if (!isCtl)
        return corruptCatalog(name, translate("wd::Catalog", "the signed content is not a certificate trust list."));
    ByteReader r(ctl);
    const der::Tlv top = der::readTlv(r, 0);
    bool ok = false;
    const QList<der::Tlv> fields = der::children(r, top, &ok);
    if (!ok || top.tag != 0x30)
        return corruptCatalog(name, translate("wd::Catalog", "the trust list cannot be decoded."));
    for (const der::Tlv &f : fields) {
        if (f.tag != 0x30)
            continue;
        const QList<der::Tlv> subjects = der::children(r, f, &ok);
        if (!ok || subjects.isEmpty() || subjects[0].tag != 0x30)
            continue;
        const QList<der::Tlv> first = der::children(r, subjects[0]);
        if (first.isEmpty() || first[0].tag != 0x04)
            continue; // not the TrustedSubjects sequence
        for (const der::Tlv &s : subjects) {
            const QList<der::Tlv> parts = der::children(r, s, &ok);
            if (!ok || parts.isEmpty() || parts[0].tag != 0x04)
                return corruptCatalog(name, translate("wd::Catalog", "a member entry cannot be decoded."));
            CatalogMember m;
            if (withTags)
                m.tag = tagText(der::content(r, parts[0]));
            if (parts.size() > 1 && parts[1].tag == 0x31) {
                for (const der::Tlv &attr : der::children(r, parts[1])) {
                    const QList<der::Tlv> av = der::children(r, attr);
                    if (av.size() != 2 || der::oidText(r, av[0]) != QLatin1String("1.3.6.1.4.1.311.2.1.4"))
                        continue;
                    for (const der::Tlv &val : der::children(r, av[1])) {
                        QString oid;
                        QByteArray digest;
                        if (val.tag == 0x30 && parseIndirectData(der::content(r, val), &oid, &digest)) {
                            m.digestAlgorithm = digestName(oid);
                            m.digest = digest;
                        }
                    }
                }
            }
            if (!m.digest.isEmpty())
                cat.members.append(m);
        }
    }
    return cat;
}

} // namespace

bool CatalogIndex::add(const QString &path, const QByteArray &der)
{
    Expected<Catalog> c = parseCatalogImpl(der, path, false);
    if (!c) {
        ++m_failed;
        return false;
    }
    addParsed(path, *c);
    return true;
}

void CatalogIndex::addParsed(const QString &path, const Catalog &c)
{
    const int idx = int(m_paths.size());
    m_paths.append(path);
    for (const CatalogMember &m : c.members) {
        Entry &e = m_byDigest[size_t(shardOf(m.digest))][m.digest]; // one look-up; a new entry has catalog -1
        if (e.catalog >= 0)
            continue;
        e = Entry{idx, m.digest.size() == 20};
        if (m.digest.size() == 20)
            ++m_sha1Members;
        else if (m.digest.size() == 32)
            ++m_sha256Members;
    }
}

qsizetype CatalogIndex::memberCount() const
{
    qsizetype n = 0;
    for (const auto &shard : m_byDigest)
        n += shard.size();
    return n;
}

Expected<int> CatalogIndex::addDirectory(const QString &hostDir, int threads)
{
    QDir d(hostDir);
    if (!d.exists())
        return Error(ErrorKind::NotFound, translate("wd::Catalog", "The catalog folder does not exist."), hostDir);
    const QStringList names = d.entryList({QStringLiteral("*.cat")}, QDir::Files, QDir::Name);
    const int workers = int(std::min<qsizetype>(threads > 0 ? threads : defaultWorkerCount(), qMax<qsizetype>(1, names.size())));
    // 1. Read and parsed on the workers, each into its own slot (only the digests are kept).
    std::vector<std::optional<QList<QByteArray>>> parsed(size_t(names.size())); // nullopt: cannot be read or parsed
    std::atomic<qsizetype> next{0};
    runWorkers(workers, [&] {
        for (;;) {
            const qsizetype i = next.fetch_add(1);
            if (i >= names.size())
                return;
            QFile f(d.filePath(names.at(i)));
            if (!f.open(QIODevice::ReadOnly) || f.size() > 256 * 1024 * 1024)
                continue;
            Expected<Catalog> c = parseCatalogImpl(f.readAll(), f.fileName(), false);
            if (!c)
                continue;
            QList<QByteArray> digests;
            digests.reserve(c->members.size());
            for (CatalogMember &m : c->members)
                digests.append(std::move(m.digest));
            parsed[size_t(i)] = std::move(digests);
        }
    });
    // 2. Numbered in name order (the first catalog listing a hash names it, whatever the threads).
    std::vector<int> number(parsed.size(), -1);
    int n = 0;
    for (size_t i = 0; i < parsed.size(); ++i) {
        if (!parsed[i]) {
            ++m_failed;
            continue;
        }
        number[i] = int(m_paths.size());
        m_paths.append(d.filePath(names.at(qsizetype(i))));
        ++n;
    }
    // 3. Each shard filled by one worker, visiting the catalogs in that order: no lock, same result.
    //    Sized first (digests are uniform: a shard gets about 1/kShards of them), not grown on the way.
    qsizetype digests = 0;
    for (const auto &p : parsed)
        digests += p ? p->size() : 0;
    std::atomic<int> nextShard{0};
    std::atomic<qsizetype> sha1{0}, sha256{0};
    runWorkers(std::min(workers, kShards), [&] {
        for (;;) {
            const int s = nextShard.fetch_add(1);
            if (s >= kShards)
                return;
            QHash<QByteArray, Entry> &shard = m_byDigest[size_t(s)];
            shard.reserve(shard.size() + digests / kShards + digests / (kShards * 8) + 16);
            qsizetype s1 = 0, s256 = 0;
            for (size_t i = 0; i < parsed.size(); ++i) {
                if (!parsed[i])
                    continue;
                for (const QByteArray &digest : std::as_const(*parsed[i])) {
                    if (shardOf(digest) != s)
                        continue;
                    Entry &e = shard[digest]; // one look-up; a new entry has catalog -1
                    if (e.catalog >= 0)
                        continue;
                    e = Entry{number[i], digest.size() == 20};
                    s1 += digest.size() == 20;
                    s256 += digest.size() == 32;
                }
            }
            sha1 += s1;
            sha256 += s256;
        }
    });
    m_sha1Members += sha1;
    m_sha256Members += sha256;
    return n;
}

std::optional<CatalogIndex::Match> CatalogIndex::find(const FileDigests &d) const
{
    const QList<QByteArray> keys = d.isPe ? QList<QByteArray>{d.authSha256, d.authSha1}
                                          : QList<QByteArray>{d.flatSha256, d.flatSha1};
    for (const QByteArray &k : keys) {
        if (k.isEmpty())
            continue;
        const QHash<QByteArray, Entry> &shard = m_byDigest[size_t(shardOf(k))];
        auto it = shard.constFind(k);
        if (it != shard.constEnd())
            return Match{it->catalog, m_paths.value(it->catalog), QString::fromLatin1(k.toHex().toUpper()),
                         it->sha1 ? QStringLiteral("sha1") : QStringLiteral("sha256")};
    }
    return std::nullopt;
}

SignatureInfo CatalogIndex::verifyCatalog(int catalog, const VerifyParams &params) const
{
    const auto key = std::make_tuple(catalog, params.trust ? params.trust->identity() : quint64(0),
                                     params.at.isValid() ? params.at.toSecsSinceEpoch() : qint64(-1));
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_verified.find(key);
        if (it != m_verified.end())
            return it->second;
    }
    QFile f(m_paths.value(catalog));
    SignatureInfo s;
    if (!f.open(QIODevice::ReadOnly)) {
        s.status = Status::Malformed;
        s.reason = translate("wd::Catalog", "The catalog cannot be read.");
    } else {
        s = verifySignedData(f.readAll(), kOidCtl, params);
    }
    s.content.clear();
    QMutexLocker lock(&m_mutex);
    m_verified.emplace(key, s);
    return s;
}

} // namespace wd::sig
