// The verification cache (checks/verification_cache.h) on real files: the generated demo volume,
// extracted into temporary folders and scanned as offline targets (and as the demo), in every build.
// Counts come from the cache's own counters and the process-wide count of verifications, never from timing.
#include "checks/verification_cache.h"
#include "core/i18n.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include "repairs/engine.h"
#include "support/test_util.h"
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimeZone>
#include <QtEndian>
#include <cstring>
#include <catch2/catch.hpp>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace wd;

namespace {

const QString kCatRoot = QStringLiteral("Windows/System32/CatRoot/{F750E6C3-38EE-11D1-85E5-00C04FC295EE}");

// A cache folder of this test, empty in-process caches, and (for most tests) no racy-timestamp window:
// the files were just extracted, and the tests wait a moment after every change instead.
struct CacheEnv {
    QTemporaryDir dir;
    QByteArray oldDir, oldElevated;
    explicit CacheEnv(qint64 recentWindowMs = 0)
    {
        REQUIRE(dir.isValid());
        oldDir = qgetenv("WD_CACHE_DIR");
        oldElevated = qgetenv("WD_TEST_NOT_ELEVATED");
        qputenv("WD_CACHE_DIR", QFile::encodeName(dir.path()));
        // Wine gives every process a full administrator token; an elevated run keeps no disk cache.
        qputenv("WD_TEST_NOT_ELEVATED", "1");
        VerificationCache::forgetAllInProcess();
        CachedVerifier::setRecentWindowMsForTests(recentWindowMs);
    }
    ~CacheEnv()
    {
        qputenv("WD_CACHE_DIR", oldDir);
        if (oldElevated.isEmpty())
            qunsetenv("WD_TEST_NOT_ELEVATED");
        else
            qputenv("WD_TEST_NOT_ELEVATED", oldElevated);
        VerificationCache::forgetAllInProcess();
        CachedVerifier::setRecentWindowMsForTests(2000);
    }
    QStringList cacheFiles() const
    {
        QStringList out;
        QDirIterator it(dir.path() + QStringLiteral("/verification"), {QStringLiteral("*.wdvc")}, QDir::Files);
        while (it.hasNext())
            out << it.next();
        out.sort();
        return out;
    }
};

// The timestamps of what a test just wrote lie before the next scan's start.
void settle()
{
    QThread::msleep(30);
}

struct DemoCopy {
    QTemporaryDir dir;
    QString root;
    DemoCopy()
    {
        REQUIRE(dir.isValid());
        root = dir.path();
        REQUIRE(extractDemoImage(root).ok());
        settle();
    }
    QString file(const QString &rel) const { return root + QLatin1Char('/') + rel; }
};

ScanResult scanFolder(const QString &root, const QString &kind, ScanOptions opts = {})
{
    Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(root, kind);
    REQUIRE(v.ok());
    OpenedTarget t;
    t.spec.kind = kind == QLatin1String("demo") ? TargetSpec::Demo : TargetSpec::Offline;
    t.spec.path = root;
    t.view = std::move(*v);
    CancelToken cancel;
    return scanTarget(t, opts, cancel);
}

ScanOptions deep()
{
    ScanOptions o;
    o.deep = true;
    return o;
}

struct Stats {
    bool enabled = false;
    qint64 files = 0, fromCache = 0, verified = 0, stored = 0, tooRecent = 0;
    QString ignored;
};

Stats statsOf(const ScanResult &r)
{
    const QJsonObject o = r.extra.value(QStringLiteral("verification_cache")).toObject();
    REQUIRE(!o.isEmpty());
    Stats s;
    s.enabled = o.value(QStringLiteral("enabled")).toBool();
    s.files = o.value(QStringLiteral("files")).toInteger();
    s.fromCache = o.value(QStringLiteral("from_cache")).toInteger();
    s.verified = o.value(QStringLiteral("verified")).toInteger();
    s.stored = o.value(QStringLiteral("stored")).toInteger();
    s.tooRecent = o.value(QStringLiteral("too_recent")).toInteger();
    s.ignored = o.value(QStringLiteral("disk_file_ignored")).toString();
    return s;
}

QJsonObject fileEntry(const ScanResult &r, const QString &suffix)
{
    for (const QJsonValue &v : r.files)
        if (v.toObject().value(QStringLiteral("path")).toString().endsWith(suffix, Qt::CaseInsensitive))
            return v.toObject();
    FAIL("no file entry ending in " << suffix.toStdString());
    return {};
}

QString statusOf(const ScanResult &r, const QString &suffix)
{
    return fileEntry(r, suffix).value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString();
}

// What a scan says about the files and its findings, rendered now (no times, no cache counters).
QByteArray verdicts(const ScanResult &r)
{
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(QJsonObject{{QStringLiteral("id"), f.id},
                                    {QStringLiteral("title"), f.title.toString()},
                                    {QStringLiteral("detail"), f.detail.toString()},
                                    {QStringLiteral("evidence"), f.evidence}});
    return QJsonDocument(QJsonObject{{QStringLiteral("files"), r.files.array()}, {QStringLiteral("findings"), findings}})
        .toJson(QJsonDocument::Compact);
}

void writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

QDateTime mtimeOf(const QString &path)
{
    QFile f(path);
    return f.fileTime(QFileDevice::FileModificationTime);
}

void setMtime(const QString &path, const QDateTime &t)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.setFileTime(t, QFileDevice::FileModificationTime));
}

// A self-signed root (EC P-256) as PEM, made here: a trust anchor the target does not have.
QByteArray newRootPem(const char *cn)
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    REQUIRE(key);
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 4242);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600L * 24 * 365);
    X509_set_pubkey(x, key);
    X509_NAME *name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(x, name);
    REQUIRE(X509_sign(x, key, EVP_sha256()) > 0);
    BIO *b = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(b, x);
    char *data = nullptr;
    const long n = BIO_get_mem_data(b, &data);
    const QByteArray pem(data, int(n));
    BIO_free(b);
    X509_free(x);
    EVP_PKEY_free(key);
    return pem;
}

// A cache file with PAYLOAD and a correct header and checksum (the documented layout).
QByteArray cacheFileWith(const QByteArray &payload, quint32 format = vcache::kFileFormat)
{
    QByteArray out(8 + 4 + 4 + 8 + 32, '\0');
    memcpy(out.data(), "WDVCACHE", 8);
    qToBigEndian<quint32>(format, out.data() + 8);
    qToBigEndian<quint64>(quint64(payload.size()), out.data() + 16);
    const QByteArray sum = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    memcpy(out.data() + 24, sum.constData(), 32);
    return out + payload;
}

QByteArray payloadOf(const QByteArray &file)
{
    return file.mid(56);
}

} // namespace

TEST_CASE("a second deep scan of an unchanged offline target is served from the verification cache, in the process and from disk",
          "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env;
    DemoCopy vol;
    const qint64 before = vcache::verificationsPerformed();
    const ScanResult first = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const Stats s1 = statsOf(first);
    CHECK(s1.enabled);
    CHECK(s1.fromCache == 0);
    REQUIRE(s1.verified > 10);
    CHECK(s1.stored == s1.verified);
    CHECK(vcache::verificationsPerformed() - before >= s1.verified); // and the planted-copies check's
    REQUIRE(env.cacheFiles().size() == 1);

    // Again in this process (the wizard's rescans): every file from the cache, none opened.
    const qint64 mid = vcache::verificationsPerformed();
    const ScanResult second = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const Stats s2 = statsOf(second);
    CHECK(s2.files == s1.files);
    CHECK(s2.fromCache == s1.files);
    CHECK(s2.verified == 0);
    CHECK(vcache::verificationsPerformed() == mid);
    CHECK(verdicts(second) == verdicts(first));

    // A new cache object that only has the file (as a new process would).
    VerificationCache::forgetAllInProcess();
    const ScanResult third = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const Stats s3 = statsOf(third);
    CHECK(s3.fromCache == s1.files);
    CHECK(s3.verified == 0);
    CHECK(s3.ignored.isEmpty());
    CHECK(vcache::verificationsPerformed() == mid);
    CHECK(verdicts(third) == verdicts(first));

    // --no-cache: everything verified again, and the cache is not consulted.
    ScanOptions off = deep();
    off.verificationCache = false;
    const ScanResult uncached = scanFolder(vol.root, QStringLiteral("offline"), off);
    CHECK_FALSE(statsOf(uncached).enabled);
    CHECK(statsOf(uncached).verified == s1.files);
    CHECK(verdicts(uncached) == verdicts(first));
    // WD_NO_VERIFICATION_CACHE=1 does the same for every command.
    qputenv("WD_NO_VERIFICATION_CACHE", "1");
    const ScanResult envOff = scanFolder(vol.root, QStringLiteral("offline"), deep());
    qunsetenv("WD_NO_VERIFICATION_CACHE");
    CHECK_FALSE(statsOf(envOff).enabled);
    CHECK(statsOf(envOff).verified == s1.files);
}

TEST_CASE("the verification cache's file is read ahead by the scan's preload, and only when the cache is on", "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env;
    DemoCopy vol;
    const ScanResult first = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const qsizetype stored = statsOf(first).stored;
    REQUIRE(stored > 10);
    REQUIRE(env.cacheFiles().size() == 1);
    Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(vol.root, QStringLiteral("offline"));
    REQUIRE(v.ok());
    bool persistent = false;
    const QString identity = vcache::targetIdentity(**v, &persistent);
    REQUIRE(persistent);

    // Off (--no-cache): nothing is read.
    VerificationCache::forgetAllInProcess();
    { const VerificationCachePreload off(**v, false); }
    CHECK_FALSE(VerificationCache::forIdentity(identity, true)->loadedFromDisk());

    // On: the file is read on the preload's thread, before any run begins with the cache.
    VerificationCache::forgetAllInProcess();
    { const VerificationCachePreload on(**v, true); }
    std::shared_ptr<VerificationCache> cache = VerificationCache::forIdentity(identity, true);
    CHECK(cache->loadedFromDisk());
    CHECK(cache->loadProblem().isEmpty());
    CHECK(cache->size() >= stored); // the deep scan's verdicts and those of the other checks
    // and the scan is served from what was read ahead.
    const qint64 mid = vcache::verificationsPerformed();
    const Stats served = statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep()));
    CHECK(served.fromCache == statsOf(first).files);
    CHECK(served.verified == 0);
    CHECK(vcache::verificationsPerformed() == mid);

    // A damaged file read ahead is refused as when the scan reads it, and the scan verifies again.
    VerificationCache::forgetAllInProcess();
    const QString file = env.cacheFiles().first();
    writeBytes(file, test::readFile(file).chopped(3) + "xyz");
    { const VerificationCachePreload damaged(**v, true); }
    CHECK_FALSE(VerificationCache::forIdentity(identity, true)->loadProblem().isEmpty());
    const Stats again = statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep()));
    CHECK(again.fromCache == 0);
    CHECK(again.verified == statsOf(first).files);
}

TEST_CASE("a changed file is verified again: content, size, replacement by rename, restored modification time", "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env;
    DemoCopy vol;
    const QString msw = vol.file(QStringLiteral("Windows/System32/mswsock.dll"));
    scanFolder(vol.root, QStringLiteral("offline"), deep());
    const ScanResult warm = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const Stats base = statsOf(warm);
    REQUIRE(base.verified == 0);
    REQUIRE(statusOf(warm, QStringLiteral("System32\\mswsock.dll")) == QLatin1String("valid"));
    const QByteArray original = test::readFile(msw);

    SECTION("same size, new content, new modification time")
    {
        QByteArray b = original;
        b[0x600] = char(b[0x600] ^ 0x5a);
        writeBytes(msw, b);
        setMtime(msw, mtimeOf(msw).addSecs(5));
    }
    SECTION("size changed")
    {
        writeBytes(msw, original + QByteArray(512, '\0'));
    }
    SECTION("replaced by a rename: same size and the old modification time, another file id")
    {
        const QDateTime old = mtimeOf(msw);
        QByteArray b = original;
        b[0x600] = char(b[0x600] ^ 0x5a);
        const QString tmp = msw + QStringLiteral(".new");
        writeBytes(tmp, b);
        setMtime(tmp, old);
        REQUIRE(QFile::remove(msw));
        REQUIRE(QFile::rename(tmp, msw));
        REQUIRE(mtimeOf(msw) == old);
    }
    SECTION("rewritten in place with the old modification time put back (the change time tells)")
    {
        const QDateTime old = mtimeOf(msw);
        QThread::msleep(20);
        QFile f(msw);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.seek(0x600));
        REQUIRE(f.putChar(char(original[0x600] ^ 0x5a)));
        f.close();
        setMtime(msw, old);
        REQUIRE(mtimeOf(msw) == old);
        REQUIRE(QFileInfo(msw).size() == original.size());
    }
    settle();
    const qint64 n0 = vcache::verificationsPerformed();
    const ScanResult after = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const Stats s = statsOf(after);
    CHECK(s.verified == 1);
    CHECK(s.fromCache == base.files - 1);
    CHECK(vcache::verificationsPerformed() - n0 == 1);
    // The new verdict, not the cached one: the catalog no longer lists the changed file.
    CHECK(statusOf(after, QStringLiteral("System32\\mswsock.dll")) != QLatin1String("valid"));
    // The same as a scan without the cache.
    ScanOptions off = deep();
    off.verificationCache = false;
    CHECK(verdicts(after) == verdicts(scanFolder(vol.root, QStringLiteral("offline"), off)));
}

TEST_CASE("catalogs added or removed and a trust root added invalidate the whole verification cache", "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env;
    DemoCopy vol;
    const ScanResult first = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const qint64 files = statsOf(first).files;
    REQUIRE(statusOf(first, QStringLiteral("System32\\mswsock.dll")) == QLatin1String("valid"));
    QDir cats(vol.file(kCatRoot));
    const QStringList names = cats.entryList({QStringLiteral("*.cat")}, QDir::Files);
    REQUIRE(!names.isEmpty());

    auto expectAllVerified = [&](const ScanOptions &o) {
        settle();
        const ScanResult r = scanFolder(vol.root, QStringLiteral("offline"), o);
        const Stats s = statsOf(r);
        CHECK(s.fromCache == 0);
        CHECK(s.verified == files);
        return r;
    };
    // A catalog added (a copy under another name).
    REQUIRE(QFile::copy(cats.filePath(names.first()), cats.filePath(QStringLiteral("added.cat"))));
    expectAllVerified(deep());
    CHECK(statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep())).fromCache == files);
    // Removed again.
    REQUIRE(QFile::remove(cats.filePath(QStringLiteral("added.cat"))));
    expectAllVerified(deep());
    // The catalog that signs mswsock.dll removed: its verdict changes.
    REQUIRE(QFile::remove(cats.filePath(names.first())));
    const ScanResult noCatalog = expectAllVerified(deep());
    CHECK(statusOf(noCatalog, QStringLiteral("System32\\mswsock.dll")) != QLatin1String("valid"));
    // A trust root added (--trust-roots), then the same roots again: cached.
    QTemporaryDir roots;
    writeBytes(roots.filePath(QStringLiteral("extra.pem")), newRootPem("WD Cache Test Root"));
    ScanOptions withRoot = deep();
    withRoot.trustRootsDir = roots.path();
    expectAllVerified(withRoot);
    CHECK(statsOf(scanFolder(vol.root, QStringLiteral("offline"), withRoot)).fromCache == files);
    // Another root in the same folder.
    writeBytes(roots.filePath(QStringLiteral("more.pem")), newRootPem("WD Cache Test Root 2"));
    expectAllVerified(withRoot);
}

TEST_CASE("a damaged, truncated, foreign or hostile verification cache file is ignored and rewritten", "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env;
    DemoCopy vol;
    const ScanResult first = scanFolder(vol.root, QStringLiteral("offline"), deep());
    const qint64 files = statsOf(first).files;
    REQUIRE(env.cacheFiles().size() == 1);
    const QString file = env.cacheFiles().first();
    const QByteArray good = test::readFile(file);
    REQUIRE(good.size() > 56);

    QList<std::pair<const char *, QByteArray>> variants;
    variants.append({"empty", QByteArray()});
    variants.append({"truncated", good.left(good.size() / 2)});
    variants.append({"header only", good.left(56)});
    QByteArray flipped = good;
    flipped[good.size() - 10] = char(flipped[good.size() - 10] ^ 1);
    variants.append({"one bit flipped", flipped});
    variants.append({"garbage", QByteArray(4096, 'x')});
    variants.append({"another format version", cacheFileWith(payloadOf(good), 99)});
    variants.append({"nested 100000 deep", cacheFileWith(QByteArray(100000, '\x81') + '\x00')});
    variants.append({"huge claimed length", cacheFileWith(QByteArray::fromHex("5bffffffffffffffff"))});
    variants.append({"not a map", cacheFileWith(QCborValue(42).toCbor())});
    // Valid structure, every entry's verdict replaced by junk of the right type.
    QCborMap m = QCborValue::fromCbor(payloadOf(good)).toMap();
    REQUIRE(m.value(QStringLiteral("entries")).isArray());
    QCborArray junkEntries;
    for (const QCborValue &e : m.value(QStringLiteral("entries")).toArray()) {
        QCborArray a = e.toArray();
        REQUIRE(a.size() == 13);
        a[12] = QByteArray::fromHex("8301020383");
        junkEntries.append(a);
    }
    QCborMap junk = m;
    junk[QStringLiteral("entries")] = junkEntries;
    variants.append({"junk verdicts", cacheFileWith(junk.toCborValue().toCbor())});
    // Entries of wrong types and sizes.
    QCborMap wrong = m;
    wrong[QStringLiteral("entries")] = QCborArray{QCborArray{1, 2, 3}, QStringLiteral("x"), QCborArray{}, QCborMap{}};
    variants.append({"wrong entries", cacheFileWith(wrong.toCborValue().toCbor())});
    // Another target's identity.
    QCborMap foreign = m;
    foreign[QStringLiteral("target")] = QStringLiteral("offline|/somewhere/else|1:2");
    variants.append({"another target", cacheFileWith(foreign.toCborValue().toCbor())});

    for (const auto &[name, bytes] : variants) {
        INFO("variant: " << name);
        writeBytes(file, bytes);
        VerificationCache::forgetAllInProcess();
        const ScanResult r = scanFolder(vol.root, QStringLiteral("offline"), deep());
        const Stats s = statsOf(r);
        CHECK(s.fromCache == 0);
        CHECK(s.verified == files);
        // Only the variant made for it is refused for its format: the others reach the reader.
        CHECK(s.ignored.startsWith(QLatin1String("format ")) == (std::string(name) == "another format version"));
        CHECK(verdicts(r) == verdicts(first));
        // Rewritten: a new cache object is served from it.
        VerificationCache::forgetAllInProcess();
        CHECK(statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep())).fromCache == files);
    }
    // Read as a stream: the keys in another order and a key of a later version are fine, and one entry
    // with a field of another type is skipped while the others are used.
    {
        QCborMap reordered;
        reordered[QStringLiteral("a later key")] = QCborArray{1, QCborMap{{2, 3}}};
        QCborArray entries = m.value(QStringLiteral("entries")).toArray();
        int broken = 0; // the entries of a file every deep scan verifies
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCborArray a = entries.at(i).toArray();
            if (!a.at(0).toString().endsWith(QLatin1String("ws2_32.dll"), Qt::CaseInsensitive))
                continue;
            a[3] = QStringLiteral("not a time");
            entries[i] = a;
            ++broken;
        }
        REQUIRE(broken > 0);
        reordered[QStringLiteral("entries")] = entries;
        for (const QString &k : {QStringLiteral("written"), QStringLiteral("context"), QStringLiteral("target"), QStringLiteral("program"),
                                 QStringLiteral("format")})
            reordered[k] = m.value(k);
        writeBytes(file, cacheFileWith(reordered.toCborValue().toCbor()));
        VerificationCache::forgetAllInProcess();
        const Stats s = statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep()));
        INFO("ignored: " << s.ignored.toStdString());
        CHECK(s.ignored.isEmpty());
        CHECK(s.verified >= 1); // ws2_32.dll again
        CHECK(s.verified <= broken);
        CHECK(s.fromCache == files - s.verified);
    }
#ifndef Q_OS_WIN
    // Writable by others: not read (and rewritten privately).
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther);
    VerificationCache::forgetAllInProcess();
    const Stats open = statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep()));
    CHECK(open.fromCache == 0);
    CHECK_FALSE(open.ignored.isEmpty());
    CHECK_FALSE(QFileInfo(file).permissions().testFlag(QFile::WriteOther));
#endif
}

TEST_CASE("two targets never share verification cache entries, and the demo keeps its cache in the process", "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env;
    DemoCopy a, b;
    const Stats sa = statsOf(scanFolder(a.root, QStringLiteral("offline"), deep()));
    REQUIRE(sa.stored > 0);
    // The same bytes in another folder: another target, nothing from A's cache.
    const Stats sb = statsOf(scanFolder(b.root, QStringLiteral("offline"), deep()));
    CHECK(sb.fromCache == 0);
    CHECK(sb.verified == sa.verified);
    const QStringList files = env.cacheFiles();
    REQUIRE(files.size() == 2);
    // One target's file put in the other's place is refused there (it names another target).
    writeBytes(files.at(1), test::readFile(files.at(0)));
    VerificationCache::forgetAllInProcess();
    const Stats ra = statsOf(scanFolder(a.root, QStringLiteral("offline"), deep()));
    const Stats rb = statsOf(scanFolder(b.root, QStringLiteral("offline"), deep()));
    CHECK((ra.fromCache == 0) != (rb.fromCache == 0));
    CHECK(ra.fromCache + rb.fromCache == sa.files);
    CHECK(ra.ignored.isEmpty() != rb.ignored.isEmpty());

    // The demo: cached within the process (the wizard's rescans), never on disk.
    DemoCopy d;
    const QStringList before = env.cacheFiles();
    const Stats d1 = statsOf(scanFolder(d.root, QStringLiteral("demo"), deep()));
    CHECK(d1.stored == d1.verified);
    const Stats d2 = statsOf(scanFolder(d.root, QStringLiteral("demo"), deep()));
    CHECK(d2.fromCache == d1.files);
    CHECK(env.cacheFiles() == before);
    VerificationCache::forgetAllInProcess();
    CHECK(statsOf(scanFolder(d.root, QStringLiteral("demo"), deep())).fromCache == 0);
    // The same folder as an offline target is another target than the demo.
    CHECK(statsOf(scanFolder(d.root, QStringLiteral("offline"), deep())).fromCache == 0);
}

TEST_CASE("files written within 2 seconds of the scan's start are not cached", "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env(2000);
    DemoCopy vol; // written just now
    const Stats s1 = statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep()));
    CHECK(s1.stored == 0);
    CHECK(s1.tooRecent == s1.verified);
    const Stats s2 = statsOf(scanFolder(vol.root, QStringLiteral("offline"), deep()));
    CHECK(s2.fromCache == 0);
    CHECK(s2.verified == s1.verified);
}

TEST_CASE("the wizard's rescans: a repaired and an undone file are verified again, a language switch is served from the cache",
          "[vcache]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env;
    DemoCopy vol;
    const QString kWs2 = QStringLiteral("C:\\Windows\\System32\\ws2_32.dll");
    const ScanResult first = scanFolder(vol.root, QStringLiteral("demo"), deep());
    REQUIRE(statusOf(first, QStringLiteral("System32\\ws2_32.dll")) == QLatin1String("hash_mismatch"));
    const qint64 files = statsOf(first).files;

    // The language switch: the same verdicts, rendered in Chinese, without verifying anything.
    const QByteArray english = verdicts(first);
    {
        test::LanguageGuard zh(QStringLiteral("zh_CN"));
        const ScanResult cachedZh = scanFolder(vol.root, QStringLiteral("demo"), deep());
        CHECK(statsOf(cachedZh).fromCache == files);
        ScanOptions off = deep();
        off.verificationCache = false;
        const ScanResult freshZh = scanFolder(vol.root, QStringLiteral("demo"), off);
        CHECK(verdicts(cachedZh) == verdicts(freshZh));
        CHECK(verdicts(cachedZh) != english); // really rendered in another language
    }

    // The repair replaces ws2_32.dll (the restore verifies its candidates and the result itself, never
    // through the cache); the rescan verifies the new file and trusts nothing of the old verdict.
    auto w = openOfflineWriter(vol.root, {}, QStringLiteral("demo"));
    REQUIRE(w.ok());
    RepairEngine engine(**w);
    const Expected<QList<ActionPlan>> plans = engine.plan({QStringLiteral("system.file.restore")}, {});
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    REQUIRE(plans->first().affectedFiles.contains(kWs2));
    const Expected<RunOutcome> run = engine.run(*plans);
    REQUIRE(run.ok());
    settle();
    const ScanResult repaired = scanFolder(vol.root, QStringLiteral("demo"), deep());
    CHECK(statusOf(repaired, QStringLiteral("System32\\ws2_32.dll")) == QLatin1String("valid"));
    CHECK(statsOf(repaired).verified >= 1);
    CHECK(statsOf(repaired).fromCache == files - statsOf(repaired).verified);

    // Undo puts the damaged file back byte for byte: verified again, flagged again.
    REQUIRE(engine.undo(run->runDir).ok());
    settle();
    const ScanResult undone = scanFolder(vol.root, QStringLiteral("demo"), deep());
    CHECK(statusOf(undone, QStringLiteral("System32\\ws2_32.dll")) == QLatin1String("hash_mismatch"));
    CHECK(statsOf(undone).verified >= 1);
    ScanOptions off = deep();
    off.verificationCache = false;
    CHECK(verdicts(undone) == verdicts(scanFolder(vol.root, QStringLiteral("demo"), off)));
}

TEST_CASE("cached verdicts round-trip exactly, with their texts still translatable", "[vcache]")
{
    if (!demoImageAvailable())
        return;
    DemoCopy vol;
    const std::unique_ptr<FileVerifier> demo = test::demoVolumeVerifier(vol.root);
    const FileVerifier &verifier = *demo;
    QDirIterator it(vol.root + QStringLiteral("/Windows"), QDir::Files, QDirIterator::Subdirectories);
    int n = 0, timestamped = 0, reasons = 0;
    vcache::SignatureMemo memo;
    // Every verdict also kept in a cache, whose file is read back below.
    VerificationCache kept(QStringLiteral("test|file round trip"), false, QString());
    const QByteArray context("ctx");
    kept.begin(context);
    const qint64 atMs = QDateTime::currentMSecsSinceEpoch() - 60000;
    QList<std::pair<VerificationCache::Key, VerifiedFile>> stored;
    FileStamp stamp;
    stamp.size = 1;
    while (it.hasNext()) {
        const QString path = it.next();
        const VerifiedFile v = verifier.verifyHostFile(path, QStringLiteral("C:\\x\\") + it.fileName(), QStringLiteral("system"), n % 2 == 0);
        if (!v.exists || v.unreadable)
            continue;
        ++n;
        timestamped += v.signature.timestamp ? 1 : 0;
        reasons += v.signature.reason.isLiteral() ? 0 : 1;
        const std::optional<VerifiedFile> back = vcache::decode(vcache::encode(v));
        INFO(path.toStdString());
        REQUIRE(back);
        CHECK(back->jsonText.isEmpty()); // no report entry was made with it
        // With its report entry (as the cache keeps it), through the memo every verdict shares (twice:
        // made, then taken from it): the same verdict, and the entry read back as it was made.
        VerifiedFile withEntry = v;
        withEntry.jsonText = v.toJsonText();
        for (int pass = 0; pass < 2; ++pass) {
            std::optional<VerifiedFile> shared = vcache::decode(vcache::encode(withEntry), &memo);
            REQUIRE(shared);
            CHECK(shared->jsonText == withEntry.jsonText);
            shared->path = v.path;
            shared->role = v.role;
            CHECK(shared->toJson() == v.toJson());
            CHECK(shared->signature.toJson() == v.signature.toJson());
            CHECK(shared->catalog == v.catalog);
        }
        // A report entry that does not say what the verdict says is refused with it.
        for (const auto &[field, value] : {std::pair{"sha256", QJsonValue(QStringLiteral("00"))},
                                           std::pair{"machine", QJsonValue(QStringLiteral("arm"))},
                                           std::pair{"signature", QJsonValue(QJsonObject{{QStringLiteral("status"), QStringLiteral("valid")}})}}) {
            QJsonObject entry = v.toJson();
            entry.insert(QLatin1String(field), value);
            VerifiedFile forged = withEntry;
            forged.jsonText = QJsonDocument(entry).toJson(QJsonDocument::Compact);
            if (entry != v.toJson())
                CHECK_FALSE(vcache::decode(vcache::encode(forged)));
        }
        // An entry that is not one compact JSON object as the program writes them is refused too.
        for (const QByteArray &bad : {withEntry.jsonText.chopped(1), withEntry.jsonText + " ", QByteArray("[") + withEntry.jsonText + "]",
                                      QJsonDocument(v.toJson()).toJson(QJsonDocument::Indented), QByteArray("{\"sha256\":1}")}) {
            VerifiedFile forged = withEntry;
            forged.jsonText = bad;
            CHECK_FALSE(vcache::decode(vcache::encode(forged)));
        }
        VerifiedFile d = *back;
        d.path = v.path;
        d.role = v.role;
        CHECK(d.toJson() == v.toJson());
        CHECK(d.signingDate() == v.signingDate());
        if (v.signature.timestamp) {
            CHECK(d.signature.timestamp->time.timeSpec() == v.signature.timestamp->time.timeSpec());
            CHECK(d.signature.timestamp->time.toString(Qt::ISODateWithMs) == v.signature.timestamp->time.toString(Qt::ISODateWithMs));
        }
        CHECK(d.signature.reason.toJson() == v.signature.reason.toJson());
        CHECK(d.signature.verifiedAt == v.signature.verifiedAt);
        CHECK(d.version.fixedFileVersion == v.version.fixedFileVersion);
        CHECK(d.signature.chain.size() == v.signature.chain.size());
        for (qsizetype i = 0; i < v.signature.chain.size(); ++i) {
            CHECK(d.signature.chain[i].notAfter == v.signature.chain[i].notAfter);
            CHECK(d.signature.chain[i].commonName == v.signature.chain[i].commonName);
        }
        test::LanguageGuard zh(QStringLiteral("zh_CN"));
        CHECK(d.signature.reason.toString() == v.signature.reason.toString());
        const VerificationCache::Key key{path, v.role, n % 2 == 1, atMs};
        stamp.fileId = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).left(16); // an inode's size
        kept.store(context, key, stamp, withEntry, atMs);
        stored.append({key, v});
    }
    // The cache file, read into another cache of the same target: the same verdicts.
    VerificationCache back(kept.identity(), false, QString());
    REQUIRE(back.loadFromBytes(kept.fileBytes()));
    CHECK(back.loadProblem().isEmpty());
    CHECK(back.size() == stored.size());
    for (const auto &[key, v] : stored) {
        FileStamp st = stamp;
        st.fileId = QCryptographicHash::hash(key.path.toUtf8(), QCryptographicHash::Sha1).left(16);
        std::optional<VerifiedFile> hit = back.lookup(context, key, st);
        REQUIRE(hit);
        CHECK(QJsonDocument::fromJson(hit->jsonText).object() == v.toJson()); // the report entry kept with it, read back
        hit->path = v.path;
        hit->role = v.role;
        CHECK(hit->toJson() == v.toJson());
    }
    // Not for another target; a verdict with bytes after it is refused.
    VerificationCache other(QStringLiteral("test|another target"), false, QString());
    CHECK_FALSE(other.loadFromBytes(kept.fileBytes()));
    CHECK(other.loadProblem() == QLatin1String("another program version or target"));
    CHECK(other.size() == 0);
    REQUIRE(!stored.isEmpty());
    CHECK(vcache::decode(vcache::encode(stored.first().second)));
    CHECK_FALSE(vcache::decode(vcache::encode(stored.first().second) + QByteArray(1, '\0')));
    CHECK(n > 10);
    CHECK(timestamped > 0);
    CHECK(reasons > 0);
    CHECK(memo.byEncoding.size() < n); // verdicts of one signature share one entry
    // Hostile bytes never give a verdict.
    for (const QByteArray &bad : {QByteArray(), QByteArray("\xff"), QByteArray(5000, '\x81'), QCborValue(1).toCbor(),
                                  QCborArray{1, 2, 3, 4, 5, 6, 7}.toCborValue().toCbor()})
        CHECK_FALSE(vcache::decode(bad));
    // A report entry that is not a JSON object: refused.
    {
        QCborArray a = QCborValue::fromCbor(vcache::encode(stored.first().second)).toArray();
        REQUIRE(a.size() == 7);
        for (const QByteArray &text : {QByteArray("[1]"), QByteArray("{\"sha256\":"), QByteArray("\"x\"")}) {
            a[6] = text;
            CHECK_FALSE(vcache::decode(a.toCborValue().toCbor()));
        }
        a[6] = QByteArray();
        CHECK(vcache::decode(a.toCborValue().toCbor())); // none: made again when needed
    }
}

TEST_CASE("verdicts made as of now expire with their certificates and when the clock goes back", "[vcache]")
{
    auto cache = VerificationCache::forIdentity(QStringLiteral("test|expiry"), false);
    const QByteArray ctx("context");
    cache->begin(ctx);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    FileStamp st;
    st.size = 10;
    st.mtimeNs = 1;
    st.fileId = QByteArray("id");
    auto fileWith = [&](qint64 notAfterMs) {
        VerifiedFile v;
        v.exists = true;
        v.signature.status = sig::Status::Valid;
        sig::CertInfo c;
        c.commonName = QStringLiteral("leaf");
        c.notAfter = QDateTime::fromMSecsSinceEpoch(notAfterMs, QTimeZone::utc());
        v.signature.chain = {c};
        return v;
    };
    const VerificationCache::Key lasting{QStringLiteral("/a"), QStringLiteral("system"), true, -1};
    cache->store(ctx, lasting, st, fileWith(now + 30LL * 24 * 3600 * 1000), now);
    CHECK(cache->lookup(ctx, lasting, st));
    // Another stamp, another context: not this verdict.
    FileStamp other = st;
    other.ctimeNs = 2;
    CHECK_FALSE(cache->lookup(ctx, lasting, other));
    CHECK_FALSE(cache->lookup(QByteArray("other"), lasting, st));
    // A certificate that has expired: not kept.
    const VerificationCache::Key expired{QStringLiteral("/b"), QStringLiteral("system"), true, -1};
    cache->store(ctx, expired, st, fileWith(now - 1000), now);
    CHECK_FALSE(cache->lookup(ctx, expired, st));
    // ... but kept for a fixed verification time (--at), which does not move.
    const VerificationCache::Key fixed{QStringLiteral("/b"), QStringLiteral("system"), true, now - 3600 * 1000};
    cache->store(ctx, fixed, st, fileWith(now - 1000), now);
    CHECK(cache->lookup(ctx, fixed, st));
    // A certificate that expires in a moment: used until then only.
    const VerificationCache::Key soon{QStringLiteral("/c"), QStringLiteral("system"), true, -1};
    cache->store(ctx, soon, st, fileWith(now + 400), now);
    CHECK(cache->lookup(ctx, soon, st));
    QThread::msleep(600);
    CHECK_FALSE(cache->lookup(ctx, soon, st));
    // Made "later" than now (the clock went back since): not used.
    const VerificationCache::Key back{QStringLiteral("/d"), QStringLiteral("system"), true, -1};
    cache->store(ctx, back, st, fileWith(now + 30LL * 24 * 3600 * 1000), now + 3600 * 1000);
    CHECK_FALSE(cache->lookup(ctx, back, st));
    // Never beyond a week, whatever the certificates.
    const VerificationCache::Key old{QStringLiteral("/e"), QStringLiteral("system"), true, -1};
    cache->store(ctx, old, st, fileWith(now + 30LL * 24 * 3600 * 1000), now - VerificationCache::kNowVerdictMs - 1000);
    CHECK_FALSE(cache->lookup(ctx, old, st));
    // A new context drops everything.
    CHECK(cache->begin(QByteArray("new")));
    CHECK(cache->size() == 0);
    VerificationCache::forgetAllInProcess();
}

TEST_CASE("scan and verify commands: the second run in a new process comes from the disk cache, --no-cache verifies again",
          "[vcache][cli]")
{
    if (!demoImageAvailable())
        return;
    CacheEnv env(2000);
    DemoCopy vol;
    QThread::msleep(2200); // the program keeps the 2-second rule
    const QStringList envs{QStringLiteral("WD_CACHE_DIR=") + env.dir.path(), QStringLiteral("WD_TEST_NOT_ELEVATED=1")};
    const QStringList scan{QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("offline:") + vol.root, QStringLiteral("--deep"),
                           QStringLiteral("--format"), QStringLiteral("json")};
    auto cacheOf = [](const test::RunResult &r) {
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("verification_cache")).toObject();
    };
    const test::RunResult r1 = test::runApp(scan, {}, envs);
    INFO(r1.err.toStdString());
    REQUIRE(r1.exitCode == 1);
    const QJsonObject c1 = cacheOf(r1);
    REQUIRE(c1.value(QStringLiteral("verified")).toInteger() > 10);
    CHECK(c1.value(QStringLiteral("stored")).toInteger() == c1.value(QStringLiteral("verified")).toInteger());
    const test::RunResult r2 = test::runApp(scan, {}, envs);
    const QJsonObject c2 = cacheOf(r2);
    CHECK(c2.value(QStringLiteral("from_cache")).toInteger() == c1.value(QStringLiteral("files")).toInteger());
    CHECK(c2.value(QStringLiteral("verified")).toInteger() == 0);
    const QJsonObject j1 = QJsonDocument::fromJson(r1.out).object(), j2 = QJsonDocument::fromJson(r2.out).object();
    CHECK(j1.value(QStringLiteral("files")) == j2.value(QStringLiteral("files")));
    CHECK(j1.value(QStringLiteral("findings")) == j2.value(QStringLiteral("findings")));
    const test::RunResult r3 = test::runApp(scan + QStringList{QStringLiteral("--no-cache")}, {}, envs);
    CHECK(cacheOf(r3).value(QStringLiteral("enabled")).toBool() == false);
    CHECK(cacheOf(r3).value(QStringLiteral("verified")).toInteger() == c1.value(QStringLiteral("files")).toInteger());

    // verify: the same answer from the cache as without it.
    const QStringList verify{QStringLiteral("verify"), QStringLiteral("--target"), QStringLiteral("offline:") + vol.root,
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("C:\\Windows\\System32\\mswsock.dll"),
                             QStringLiteral("C:\\Windows\\System32\\ws2_32.dll")};
    const test::RunResult v1 = test::runApp(verify, {}, envs);
    const test::RunResult v2 = test::runApp(verify, {}, envs);
    const test::RunResult v3 = test::runApp(verify + QStringList{QStringLiteral("--no-cache")}, {}, envs);
    CHECK(v1.exitCode == 1);
    CHECK(v2.exitCode == v1.exitCode);
    CHECK(v2.out == v1.out);
    CHECK(v3.out == v1.out);
    CHECK(v1.out.contains("hash_mismatch"));
}

TEST_CASE("cache keys of host paths are the cleaned absolute paths, however the path is written", "[vcache]")
{
    const QString cwd = QDir::currentPath();
    for (const QString &p : {QStringLiteral("/"), QStringLiteral("/a/b/c.dll"), QStringLiteral("/a//b/c.dll"), QStringLiteral("/a/./b"),
                             QStringLiteral("/a/b/../c"), QStringLiteral("/a/b/"), QStringLiteral("/a/b/."), QStringLiteral("/a/.."),
                             QStringLiteral("/.hidden/..x/...y"), QStringLiteral("relative/x.dll"), QStringLiteral("./x.dll"),
                             QStringLiteral("../x.dll"), QStringLiteral("/a/b\\c.dll"), QStringLiteral("/Mixed/Case.DLL")}) {
        INFO(p.toStdString());
        QString expected = QDir::cleanPath(QFileInfo(p).absoluteFilePath());
#ifdef Q_OS_WIN
        expected = expected.toLower();
#endif
        CHECK(vcache::normalizedPath(p) == expected);
    }
    CHECK(vcache::normalizedPath(QStringLiteral("x.dll")) == vcache::normalizedPath(cwd + QStringLiteral("/x.dll")));
    CHECK(vcache::normalizedPath(QStringLiteral("/a/b/../b/x.dll")) == vcache::normalizedPath(QStringLiteral("/a/b/x.dll")));
}
