#include "formats/catalog.h"
#include "formats/authenticode.h"
#include "formats/byte_reader.h"
#include "formats/der.h"
#include "core/workers.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <algorithm>
#include <atomic>
#include <cstring>
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
        // Each member walked in place (no list of its parts, no copies but its digest).
        for (const der::Tlv &s : subjects) {
            const der::FirstChildren<2> parts = der::firstChildren<2>(r, s);
            if (!parts.ok || parts.count == 0 || parts.tlv[0].tag != 0x04)
                return corruptCatalog(name, translate("wd::Catalog", "a member entry cannot be decoded."));
            CatalogMember m;
            if (withTags)
                m.tag = tagText(der::content(r, parts.tlv[0]));
            if (parts.count > 1 && parts.tlv[1].tag == 0x31) {
                der::forEachChild(r, parts.tlv[1], [&](const der::Tlv &attr) {
                    const der::FirstChildren<2> av = der::firstChildren<2>(r, attr);
                    if (av.count != 2 || der::oidText(r, av.tlv[0]) != QLatin1String("1.3.6.1.4.1.311.2.1.4"))
                        return;
                    der::forEachChild(r, av.tlv[1], [&](const der::Tlv &val) {
                        der::Tlv oid, digest;
                        if (val.tag == 0x30 && indirectDataDigest(r, val, &oid, &digest)) {
                            m.digestAlgorithm = digestName(der::oidText(r, oid));
                            m.digest = der::content(r, digest);
                        }
                    });
                });
            }
            if (!m.digest.isEmpty())
                cat.members.append(std::move(m));
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

bool CatalogIndex::toSlot(const QByteArray &digest, Slot *slot)
{
    // Only SHA-1 and SHA-256 members can be looked up (find() asks for those digests).
    if (digest.size() != 20 && digest.size() != 32)
        return false;
    *slot = Slot{};
    std::copy(digest.cbegin(), digest.cend(), slot->digest.begin());
    slot->catalog = digest.size() == 20 ? kSha1 : 0;
    return true;
}

namespace {
// Keys of the digest hash, drawn once per process: a vector multiply-shift hash (the sum of random
// 64-bit multipliers times the digest's 32-bit words; its high bits are used). A catalog's digests
// are bytes its author chose, so a fixed hash would let a crafted catalog pile every member onto one
// probe run; with unknown keys no digests collide more often than by chance. SipHash through
// qHashBits() cost ~90 ns a digest here, this ~3 ns.
const std::array<quint64, 10> &hashKeys()
{
    static const std::array<quint64, 10> keys = [] {
        std::array<quint64, 10> k{};
        for (quint64 &v : k)
            v = QRandomGenerator::system()->generate64();
        return k;
    }();
    return keys;
}
} // namespace

size_t CatalogIndex::hashOf(const Slot &s)
{
    const std::array<quint64, 10> &k = hashKeys();
    const bool sha1 = s.catalog & kSha1;
    quint64 h = k[8] + (sha1 ? k[9] : 0);
    for (int i = 0; i < (sha1 ? 5 : 8); ++i) {
        quint32 w;
        std::memcpy(&w, s.digest.data() + 4 * i, 4);
        h += k[size_t(i)] * w;
    }
    return size_t(h);
}

namespace {
// The table of a hash (its top bits) and the cell a probe starts at (the bits below those).
int tableOf(size_t hash, int tables)
{
    return int((quint64(hash) >> 58) % quint64(tables));
}
size_t startOf(size_t hash, size_t cells)
{
    return size_t((static_cast<unsigned __int128>(quint64(hash) << 6) * cells) >> 64);
}
} // namespace

void CatalogIndex::reserve(Table &t, qsizetype more)
{
    const qsizetype need = t.used + more;
    if (need * 10 <= qsizetype(t.cells.size()) * 7) // at most 70 % full
        return;
    std::vector<Slot> old = std::move(t.cells);
    t.cells.assign(size_t(std::max<qsizetype>(16, need * 10 / 7 + 1)), Slot{});
    t.used = 0;
    for (const Slot &s : old)
        if (s.catalog >= 0)
            insert(t, s, hashOf(s));
}

bool CatalogIndex::insert(Table &t, const Slot &member, size_t hash)
{
    if ((t.used + 1) * 10 > qsizetype(t.cells.size()) * 7)
        reserve(t, std::max<qsizetype>(1, t.used)); // doubles
    const size_t n = t.cells.size();
    for (size_t i = startOf(hash, n);; i = i + 1 == n ? 0 : i + 1) {
        Slot &s = t.cells[i];
        if (s.catalog < 0) {
            s = member;
            ++t.used;
            return true;
        }
        if (((s.catalog ^ member.catalog) & kSha1) == 0 && s.digest == member.digest) {
            if ((member.catalog & ~kSha1) < (s.catalog & ~kSha1))
                s.catalog = member.catalog; // the first catalog in name order names it
            return false;
        }
    }
}

const CatalogIndex::Slot *CatalogIndex::lookup(const Slot &key) const
{
    const size_t hash = hashOf(key);
    const Table &t = m_tables[size_t(tableOf(hash, kTables))];
    const size_t n = t.cells.size();
    if (n == 0)
        return nullptr;
    for (size_t i = startOf(hash, n);; i = i + 1 == n ? 0 : i + 1) {
        const Slot &s = t.cells[i];
        if (s.catalog < 0)
            return nullptr;
        if (((s.catalog ^ key.catalog) & kSha1) == 0 && s.digest == key.digest)
            return &s;
    }
}

void CatalogIndex::countNew(const Slot &member)
{
    ++((member.catalog & kSha1) ? m_sha1Members : m_sha256Members);
}

void CatalogIndex::addParsed(const QString &path, const Catalog &c)
{
    const qint32 number = qint32(m_paths.size());
    m_paths.append(path);
    for (const CatalogMember &m : c.members) {
        Slot slot;
        if (!toSlot(m.digest, &slot))
            continue;
        slot.catalog |= number;
        const size_t hash = hashOf(slot);
        if (insert(m_tables[size_t(tableOf(hash, kTables))], slot, hash))
            countNew(slot);
    }
}

qsizetype CatalogIndex::memberCount() const
{
    qsizetype n = 0;
    for (const Table &t : m_tables)
        n += t.used;
    return n;
}

Expected<int> CatalogIndex::addDirectory(const QString &hostDir, int threads)
{
    QDir d(hostDir);
    if (!d.exists())
        return Error(ErrorKind::NotFound, translate("wd::Catalog", "The catalog folder does not exist."), hostDir);
    // The *.cat files in name order, as QDir::entryList({"*.cat"}, QDir::Files, QDir::Name) lists them,
    // without its wildcard matching of every name (a CatRoot folder holds thousands).
    QStringList names;
    for (QDirIterator it(hostDir, QDir::Files); it.hasNext();) {
        it.next();
        QString name = it.fileName();
        if (name.endsWith(QLatin1String(".cat"), Qt::CaseInsensitive))
            names.append(std::move(name));
    }
    std::sort(names.begin(), names.end());
    const int workers = int(std::min<qsizetype>(threads > 0 ? threads : defaultWorkerCount(), qMax<qsizetype>(1, names.size())));
    // 1. Read and parsed on the workers, each catalog into its own list of members; each table's
    //    share counted on the way.
    std::vector<std::optional<std::vector<Slot>>> parsed(size_t(names.size())); // nullopt: cannot be read or parsed
    std::array<std::atomic<qsizetype>, kTables> perTable{};
    std::atomic<qsizetype> next{0};
    runWorkers(workers, [&] {
        std::array<qsizetype, kTables> counted{};
        for (;;) {
            const qsizetype i = next.fetch_add(1);
            if (i >= names.size())
                break;
            QFile f(d.filePath(names.at(i)));
            if (!f.open(QIODevice::ReadOnly) || f.size() > 256 * 1024 * 1024)
                continue;
            Expected<Catalog> c = parseCatalogImpl(f.readAll(), f.fileName(), false);
            if (!c)
                continue;
            std::vector<Slot> members;
            members.reserve(size_t(c->members.size()));
            for (const CatalogMember &m : std::as_const(c->members)) {
                Slot slot;
                if (!toSlot(m.digest, &slot))
                    continue;
                ++counted[size_t(tableOf(hashOf(slot), kTables))];
                members.push_back(slot);
            }
            parsed[size_t(i)] = std::move(members);
        }
        for (int s = 0; s < kTables; ++s)
            perTable[size_t(s)] += counted[size_t(s)];
    });
    // 2. Numbered in name order.
    std::vector<qint32> number(parsed.size(), -1);
    int n = 0;
    for (size_t i = 0; i < parsed.size(); ++i) {
        if (!parsed[i]) {
            ++m_failed;
            continue;
        }
        number[i] = qint32(m_paths.size());
        m_paths.append(d.filePath(names.at(qsizetype(i))));
        ++n;
    }
    // 3. The tables sized for what they get, then each filled by one worker visiting the catalogs in
    //    name order (no lock; the lowest catalog number also wins on its own).
    for (int s = 0; s < kTables; ++s)
        reserve(m_tables[size_t(s)], perTable[size_t(s)]);
    std::atomic<int> nextWorker{0};
    std::atomic<qsizetype> sha1{0}, sha256{0};
    runWorkers(workers, [&] {
        const int w = nextWorker.fetch_add(1);
        qsizetype s1 = 0, s256 = 0;
        for (size_t i = 0; i < parsed.size(); ++i) {
            if (!parsed[i])
                continue;
            for (Slot m : std::as_const(*parsed[i])) {
                const size_t hash = hashOf(m);
                const int s = tableOf(hash, kTables);
                if (s % workers != w)
                    continue;
                m.catalog |= number[i];
                if (insert(m_tables[size_t(s)], m, hash))
                    ++((m.catalog & kSha1) ? s1 : s256);
            }
        }
        sha1 += s1;
        sha256 += s256;
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
        Slot key;
        if (!toSlot(k, &key))
            continue;
        if (const Slot *s = lookup(key)) {
            const int catalog = s->catalog & ~kSha1;
            return Match{catalog, m_paths.value(catalog), QString::fromLatin1(k.toHex().toUpper()),
                         (s->catalog & kSha1) ? QStringLiteral("sha1") : QStringLiteral("sha256")};
        }
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
