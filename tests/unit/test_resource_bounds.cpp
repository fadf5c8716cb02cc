// Resource bounds on huge or hostile input (issue #17): a 2 GB hive, a 4 GB dump (sparse files, so the
// tests stay fast and take no disk space), a Winsock catalog of 100,000 entries, a security catalog of
// 100,000 members and a million files in System32 are read with bounded memory (under 300 MB more than
// at the start) and time, or stopped / refused with a clear message.
// ctest runs every test case in its own process, so the peak resident size is this case's; the cases
// that generate a large input first reset the peak after generating it (PeakSince).
#include "core/cancel.h"
#include "fixtures/dump_writer.h"
#include "fixtures/repair_fixtures.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/winsock_fixtures.h"
#include "formats/catalog.h"
#include "formats/hive.h"
#include "formats/hive_log.h"
#include "formats/minidump.h"
#include "checks/checks.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include "repairs/engine.h"
#include "repairs/system_writer.h"
#include "support/test_util.h"
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstring>
#ifndef Q_OS_WIN
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace wd;

namespace {

constexpr qint64 kLimitMb = 300;

// Under AddressSanitizer freed memory waits in its quarantine (256 MB), so the resident size measures
// ASan more than the code: the memory bound is checked in builds without it. Time limits are 5 times
// longer in sanitized and unoptimised builds.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif
#ifdef NDEBUG
constexpr qint64 kSlow = kSanitized ? 5 : 1;
#else
constexpr qint64 kSlow = 5;
#endif

// Peak resident memory of this process so far, in MB (-1 where not available): VmHWM on Linux (the
// peak resetPeakRss() can lower), else ru_maxrss.
qint64 peakRssMb()
{
#ifndef Q_OS_WIN
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong() / 1024;
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_maxrss) / 1024;
#else
    return -1;
#endif
}

// Lowers the peak to what the process holds now (Linux 4.0+: /proc/self/clear_refs), so that what a
// test generated first (a 100 MB hive, a million files) does not count against what it measures.
// False where that is not possible: the measurement then includes the setup's peak.
bool resetPeakRss()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
#else
    return false;
#endif
}

// The peak of what a test does after its setup: the resident size when it starts (peak reset), the
// peak when it ends.
struct PeakSince {
    bool reset = resetPeakRss();
    qint64 before = peakRssMb();
    QElapsedTimer clock;
    PeakSince() { clock.start(); }
    qint64 growthMb() const { return before >= 0 ? peakRssMb() - before : -1; }
    QString describe() const
    {
        return QStringLiteral("peak RSS %1 MB at the start%2, %3 MB at the end (+%4 MB), %5 s")
            .arg(before).arg(reset ? QString() : QStringLiteral(" (peak not reset: includes the setup)"))
            .arg(peakRssMb()).arg(growthMb()).arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1);
    }
    // Less than kLimitMb more than at the start, in less than MAXMILLIS.
    void check(qint64 maxMillis) const
    {
        if (growthMb() >= 0 && !kSanitized)
            CHECK(growthMb() < kLimitMb);
        CHECK(clock.elapsed() < maxMillis * kSlow);
    }
};

void sparse(const QString &path, const QByteArray &head, qint64 size)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(head) == head.size());
    REQUIRE(f.resize(size)); // a hole: no disk space, reads as zeros
}

// The base block of a fresh hive, with hbinsSize patched (and the checksum fixed).
QByteArray hiveHead(const QByteArray &image, quint32 hbins)
{
    QByteArray b = image;
    qToLittleEndian<quint32>(hbins, b.data() + 0x28);
    qToLittleEndian<quint32>(baseBlockChecksum(b.left(512)), b.data() + 0x1FC);
    return b;
}

} // namespace

TEST_CASE("a 2 GB hive file is read with bounded memory or refused clearly", "[bounds][regf]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty"));
    REQUIRE(Hive::createEmpty(empty).ok());
    const QByteArray image = test::readFile(empty);
    const qint64 before = peakRssMb();
    const qint64 size = 2000ll * 1000 * 1000;

    // A sound hive followed by 2 GB of nothing: only its bins are read.
    const QString big = dir.filePath(QStringLiteral("BIG"));
    sparse(big, image, size);
    Expected<std::unique_ptr<Hive>> h = Hive::open(big);
    REQUIRE(h.ok());
    CHECK((*h)->children((*h)->root()).isEmpty());
    QTemporaryDir tmp;
    Expected<PreparedHive> p = prepareHiveForReading(big, tmp.path());
    REQUIRE(p.ok());
    CHECK_FALSE(p->replayed);

    // A header that announces ~2 GB of bins over a file of zeros: refused at the first page.
    const QString liar = dir.filePath(QStringLiteral("LIAR"));
    sparse(liar, hiveHead(image, quint32(size - 8192) & ~0xFFFu).left(4096), size);
    Expected<std::unique_ptr<Hive>> l = Hive::open(liar);
    REQUIRE_FALSE(l.ok());
    CHECK(l.error().kind == ErrorKind::Corrupt);
    CHECK(l.error().message.contains(QStringLiteral("no hive bin at offset 0x0")));
    Expected<PreparedHive> lp = prepareHiveForReading(liar, tmp.path());
    REQUIRE_FALSE(lp.ok());
    CHECK(lp.error().message.contains(QStringLiteral("RegBack")));

    // Over 2 GiB: refused by size.
    sparse(liar, image, 3ll * 1024 * 1024 * 1024);
    l = Hive::open(liar);
    REQUIRE_FALSE(l.ok());
    CHECK(l.error().message.contains(QStringLiteral("larger than 2 GiB")));

    const qint64 after = peakRssMb();
    INFO("peak RSS before " << before << " MB, after " << after << " MB");
    if (after >= 0)
        CHECK(after - before < kLimitMb);
}

TEST_CASE("a 4 GB dump file is summarised with bounded memory", "[bounds][minidump]")
{
    QTemporaryDir dir;
    const qint64 before = peakRssMb();
    const qint64 size = 4ll * 1024 * 1024 * 1024;

    // A complete memory dump (DumpType 1): summarised from its header.
    fx::KernelDumpSpec full;
    full.dumpType = 1;
    const QString memory = dir.filePath(QStringLiteral("MEMORY.DMP"));
    sparse(memory, fx::writeKernelDump(full).left(0x2000), size);
    Expected<DumpInfo> d = readDumpFile(memory);
    REQUIRE(d.ok());
    CHECK(d->kind == DumpInfo::Kind::KernelFull);
    CHECK(d->bugcheck == 0xD1);

    // A "small" dump (DumpType 4) or a user-mode dump that claims 4 GB: at most 64 MiB are read.
    fx::KernelDumpSpec small;
    const QString mini = dir.filePath(QStringLiteral("Mini.dmp"));
    sparse(mini, fx::writeKernelDump(small), size);
    Expected<DumpInfo> m = readDumpFile(mini);
    if (m.ok())
        CHECK(m->bugcheck == 0xD1);
    else
        CHECK_FALSE(m.error().message.isEmpty());
    const QString user = dir.filePath(QStringLiteral("app.dmp"));
    sparse(user, QByteArray("MDMP\x93\xa7\x00\x00", 8) + QByteArray(24, '\0'), size);
    Expected<DumpInfo> u = readDumpFile(user);
    if (!u.ok())
        CHECK_FALSE(u.error().message.isEmpty());

    const qint64 after = peakRssMb();
    INFO("peak RSS before " << before << " MB, after " << after << " MB");
    if (after >= 0)
        CHECK(after - before < kLimitMb);
}

namespace {

// Finds of ID in R.
QList<Finding> findingsWithId(const ScanResult &r, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.id == id)
            out.append(f);
    return out;
}

ScanResult scanOffline(const QString &root, const ScanOptions &options = {})
{
    Expected<TargetSpec> spec = TargetSpec::parse(QStringLiteral("offline:") + root);
    REQUIRE(spec.ok());
    Expected<OpenedTarget> target = openTarget(*spec);
    REQUIRE(target.ok());
    CancelToken cancel;
    return scanTarget(*target, options, cancel);
}

} // namespace

TEST_CASE("a Winsock catalog of 100,000 entries is examined in part, with bounded memory and time", "[bounds][winsock]")
{
    // A clean Windows 10 x64 volume whose 64-bit catalog an LSP installer running in a loop grew to
    // 100,000 entries: the 13 Windows providers, then (layered entry, TCP chain, UDP chain) again and again.
    QTemporaryDir dir;
    const QString root = dir.path();
    fx::buildWinsockFixture(root, fx::WinsockFixture::CleanX64);
    constexpr int kEntries = 100000;
    const QList<fx::CatalogItem> baseItems = fx::windows10BaseProviders();
    const QString lspDll = QStringLiteral("%ProgramFiles%\\LoopShield\\lslsp64.dll");
    int layeredExamined = 0; // layered entries among the first kMaxCatalogEntries
    quint32 nextId = 2000;
    {
        Expected<std::unique_ptr<Hive>> h = Hive::open(root + QStringLiteral("/Windows/System32/config/SYSTEM"), Hive::Mode::Write);
        REQUIRE(h.ok());
        Hive &hive = **h;
        const QString pc = QStringLiteral("ControlSet001\\Services\\WinSock2\\Parameters\\Protocol_Catalog9");
        const Hive::Node cat = hive.find(pc + QStringLiteral("\\Catalog_Entries64"));
        REQUIRE(cat);
        REQUIRE(hive.children(cat).size() == baseItems.size());
        QStringList names;
        for (int i = int(baseItems.size()) + 1; i <= kEntries; ++i)
            names << QStringLiteral("%1").arg(i, 12, 10, QLatin1Char('0'));
        Expected<QList<Hive::Node>> nodes = hive.addKeys(cat, names);
        REQUIRE(nodes.ok());
        REQUIRE(nodes->size() == names.size());
        const fx::CatalogItem tcp = baseItems.at(1), udp = baseItems.at(2);
        REQUIRE(tcp.info.protocol == 6);
        REQUIRE(udp.info.protocol == 17);
        quint32 layeredId = 0;
        int written = 0;
        for (int i = 0; i < nodes->size(); ++i) {
            ProtocolInfo info = (i % 3 == 2 ? udp : tcp).info;
            info.providerId = QStringLiteral("{5A1B2C3D-4E5F-4061-8293-A4B5C6D7E8F9}");
            info.catalogEntryId = nextId++;
            if (i % 3 == 0) {
                layeredId = info.catalogEntryId;
                info.chainLen = 0;
                info.chainEntries = {};
                info.protocolName = QStringLiteral("LoopShield Web Filter");
                if (int(baseItems.size()) + i < kMaxCatalogEntries)
                    ++layeredExamined;
            } else {
                const fx::CatalogItem &over = i % 3 == 1 ? tcp : udp;
                info.chainLen = 2;
                info.chainEntries = {layeredId, over.info.catalogEntryId};
                info.protocolName = QStringLiteral("LoopShield Web Filter over [%1]").arg(protocolDisplayName(over.info.protocolName));
            }
            written += hive.setValue(nodes->at(i), RegValue::binary(QStringLiteral("PackedCatalogItem"),
                                                                    encodePackedCatalogItem(lspDll, info))).ok();
        }
        REQUIRE(written == nodes->size());
        const Hive::Node top = hive.find(pc);
        REQUIRE(hive.setValue(top, RegValue::dword(QStringLiteral("Num_Catalog_Entries64"), kEntries)).ok());
        REQUIRE(hive.setValue(top, RegValue::dword(QStringLiteral("Next_Catalog_Entry_ID"), nextId)).ok());
        REQUIRE(hive.commit().ok());
    }
    REQUIRE(QDir(root).mkpath(QStringLiteral("Program Files/LoopShield")));
    {
        QFile dll(root + QStringLiteral("/Program Files/LoopShield/lslsp64.dll"));
        REQUIRE(dll.open(QIODevice::WriteOnly));
        dll.write(fx::placeholderDll(QStringLiteral("lslsp64.dll")));
    }
    INFO("SYSTEM hive: " << QFileInfo(root + QStringLiteral("/Windows/System32/config/SYSTEM")).size() / (1024 * 1024) << " MB");
    {
        // Every entry key found by its name: a binary search of the sorted subkey list each (a scan of
        // the list per look-up made reading all of them quadratic: 5 * 10^9 name reads).
        Expected<std::unique_ptr<Hive>> h = Hive::open(root + QStringLiteral("/Windows/System32/config/SYSTEM"));
        REQUIRE(h.ok());
        const Hive::Node cat = (*h)->find(QStringLiteral("ControlSet001\\Services\\WinSock2\\Parameters\\Protocol_Catalog9\\Catalog_Entries64"));
        REQUIRE(cat);
        QElapsedTimer clock;
        clock.start();
        int found = 0;
        for (int i = 1; i <= kEntries && clock.elapsed() < 10000 * kSlow; ++i)
            found += (*h)->child(cat, QStringLiteral("%1").arg(i, 12, 10, QLatin1Char('0'))) != 0;
        CHECK(found == kEntries);
        CHECK((*h)->child(cat, QStringLiteral("000000100001")) == 0);
        INFO("100,000 look-ups: " << clock.elapsed() << " ms");
        CHECK(clock.elapsed() < 10000 * kSlow);
    }

    const PeakSince peak;
    const ScanResult r = scanOffline(root);
    INFO("scan: " << peak.describe().toStdString());
    peak.check(30000);

    const QList<Finding> oversized = findingsWithId(r, QStringLiteral("winsock.catalog.oversized"));
    REQUIRE(oversized.size() == 1);
    CHECK(oversized[0].title.toString() == QStringLiteral("The Winsock catalog Catalog_Entries64 has 100000 entries; only the first 1000 were examined"));
    CHECK(oversized[0].evidence.value(QStringLiteral("entries")).toInt() == kEntries);
    CHECK(oversized[0].evidence.value(QStringLiteral("examined")).toInt() == kMaxCatalogEntries);
    CHECK(oversized[0].repairs.contains(QStringLiteral("winsock.reset")));
    // The examined part is reported as usual: the first entries, their layered providers (with their
    // chains); nothing is claimed about the rest (no dangling chain, no missing TCP/IP, no 32/64 comparison).
    for (const QJsonValue &c : r.winsock.value(QStringLiteral("catalogs")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("name")).toString() == QLatin1String("Catalog_Entries64")) {
            CHECK(o.value(QStringLiteral("protocols")).toArray().size() == kMaxCatalogEntries);
            CHECK(o.value(QStringLiteral("entries_total")).toInt() == kEntries);
        } else {
            CHECK(o.value(QStringLiteral("protocols")).toArray().size() == baseItems.size());
        }
    }
    const QList<Finding> lsps = findingsWithId(r, QStringLiteral("winsock.lsp.present"));
    CHECK(lsps.size() == layeredExamined);
    for (const Finding &f : lsps)
        CHECK(f.evidence.value(QStringLiteral("chains")).toArray().size() == 2);
    for (const char *absent : {"winsock.chain.dangling", "winsock.catalog.no-tcpip", "winsock.catalog.mismatch-32-64",
                               "winsock.catalog.count-mismatch", "winsock.entry.unreadable"})
        CHECK(findingsWithId(r, QLatin1String(absent)).isEmpty());
    CHECK(r.findings.size() < 2 * kMaxCatalogEntries);

    // Removing the LSPs entry by entry: a clear refusal that points at the reset, nothing read whole.
    Expected<std::unique_ptr<SystemWriter>> w = openOfflineWriter(root, dir.filePath(QStringLiteral("snapshots")));
    REQUIRE(w.ok());
    RepairEngine engine(**w);
    Expected<QList<ActionPlan>> plans = engine.plan({QStringLiteral("winsock.remove-lsp")}, {});
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    CHECK(plans->at(0).nothingToDo());
    const QString preview = RepairEngine::preview(*plans);
    CHECK(preview.contains(QStringLiteral("The catalog Catalog_Entries64 has 100000 entries, more than the 1000 this repair handles")));
    CHECK(preview.contains(QStringLiteral("reset the Winsock catalog or restore Winsock settings from a backup")));

    {
        QFile reg(dir.filePath(QStringLiteral("clean.reg")));
        REQUIRE(reg.open(QIODevice::WriteOnly));
        reg.write(fx::cleanCatalogReg());
        reg.close();
        RepairOptions ro;
        ro.regFile = reg.fileName();
        // The reset from a known-good .reg: refused before the 100,000 entries are read and saved.
        Expected<QList<ActionPlan>> rp = engine.plan({QStringLiteral("winsock.reset")}, ro);
        REQUIRE_FALSE(rp.ok());
        CHECK(rp.error().message == QStringLiteral("The registry key HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters"
                                                   "\\Protocol_Catalog9\\Catalog_Entries64 has too many subkeys to be saved safely."));
    }
    INFO("scan and plan: " << peak.describe().toStdString());
    peak.check(60000);
}

TEST_CASE("a security catalog of 100,000 members is parsed and searched with bounded memory and time", "[bounds][catalog]")
{
    // A signed catalog listing 100,000 files, half by their Authenticode hash, half by the flat hash,
    // each with its "File" name attribute (28 MB).
    constexpr int kMembers = 100000;
    auto digestOf = [](const char *what, int i) {
        return QCryptographicHash::hash(QByteArray(what) + QByteArray::number(i), QCryptographicHash::Sha256);
    };
    const fx::TestPki &pki = fx::TestPki::instance();
    QTemporaryDir dir;
    {
        QList<fx::CatalogEntry> members;
        members.reserve(kMembers);
        for (int i = 0; i < kMembers; ++i)
            members.append({digestOf("member", i), i % 2 == 0, QStringLiteral("file%1.dll").arg(i)});
        Expected<QByteArray> cat = fx::makeCatalog(members, pki.signer);
        REQUIRE(cat.ok());
        QFile f(dir.filePath(QStringLiteral("huge.cat")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(*cat) == cat->size());
    }
    INFO("catalog: " << QFileInfo(dir.filePath(QStringLiteral("huge.cat"))).size() / 1024 << " KiB");

    const PeakSince peak;
    sig::CatalogIndex index;
    Expected<int> added = index.addDirectory(dir.path());
    REQUIRE(added.ok());
    REQUIRE(*added == 1);
    CHECK(index.memberCount() == kMembers);
    const qint64 loadedMs = peak.clock.elapsed();

    // Every member is found (PE members by the image hash, the others by the flat hash), and 100,000
    // files that are not members are not: 200,000 look-ups, each a hash-table probe.
    QElapsedTimer lookups;
    lookups.start();
    int found = 0, wrong = 0;
    for (int i = 0; i < kMembers && lookups.elapsed() < 10000 * kSlow; ++i) {
        sig::FileDigests d;
        d.isPe = i % 2 == 0;
        (d.isPe ? d.authSha256 : d.flatSha256) = digestOf("member", i);
        const std::optional<sig::CatalogIndex::Match> m = index.find(d);
        if (m && m->path.endsWith(QStringLiteral("huge.cat")) && m->digestAlgorithm == QLatin1String("sha256")
            && m->tag == QString::fromLatin1(digestOf("member", i).toHex().toUpper()))
            ++found;
        sig::FileDigests absent;
        absent.isPe = d.isPe;
        (absent.isPe ? absent.authSha256 : absent.flatSha256) = digestOf("absent", i);
        if (index.find(absent))
            ++wrong;
    }
    const qint64 lookupMs = lookups.elapsed();
    CHECK(found == kMembers);
    CHECK(wrong == 0);

    // The catalog's own signature over its 100,000 entries.
    sig::TrustStore trust;
    REQUIRE(trust.addDer(pki.root.certDer()));
    const sig::SignatureInfo s = index.verifyCatalog(0, {&trust, QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC)});
    INFO(s.reason.toString().toStdString());
    CHECK(s.status == sig::Status::Valid);

    INFO("load " << loadedMs << " ms, 200,000 look-ups " << lookupMs << " ms; " << peak.describe().toStdString());
    CHECK(lookupMs < 10000 * kSlow); // ~300 ms; a scan of the member list per look-up: ~30 minutes
    peak.check(60000);
}

#ifdef Q_OS_LINUX
namespace {

// Creates COUNT empty files in DIR, one openat()/close() each: one in 20 named like a DLL, the others
// like temporary files.
void createFlood(const QString &dir, int count)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    char name[32];
    for (int i = 0; i < count; ++i) {
        std::snprintf(name, sizeof name, "wd%07d.%s", i, i % 20 == 0 ? "dll" : "tmp");
        const int f = ::openat(fd, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (f < 0) {
            ::close(fd);
            FAIL("cannot create " << name << " in " << dir.toStdString());
        }
        ::close(f);
    }
    ::close(fd);
}

// Removes the flood files of DIR with unlinkat(), before QTemporaryDir removes the rest.
void removeFlood(const QString &dir)
{
    DIR *d = ::opendir(QFile::encodeName(dir).constData());
    if (!d)
        return;
    const int fd = ::dirfd(d);
    while (dirent *e = ::readdir(d))
        if (std::strncmp(e->d_name, "wd", 2) == 0)
            ::unlinkat(fd, e->d_name, 0);
    ::closedir(d);
}

} // namespace

TEST_CASE("a million files in System32 are walked with bounded memory and a clear stop", "[bounds][walk]")
{
    // On tmpfs when there is one: a million files took 8-14 s to create there on the development
    // machine, 29-55 s on ext4 (depending on its load), and 6.5 s / 13-18 s to remove.
    const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    QTemporaryDir dir(base + QStringLiteral("/wd-bounds-XXXXXX"));
    REQUIRE(dir.isValid());
    const QString root = dir.path();
    fx::buildWinsockFixture(root, fx::WinsockFixture::CleanX64);
    const QString s32 = root + QStringLiteral("/Windows/System32");
    const QStringList own = QDir(s32).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    REQUIRE(own.contains(QStringLiteral("ws2_32.dll")));
    constexpr int kFiles = 1000000;
    QElapsedTimer created;
    created.start();
    createFlood(s32, kFiles);
    const qint64 createMs = created.elapsed();
    struct Cleanup {
        QString a, b;
        ~Cleanup() { removeFlood(a); removeFlood(b); }
    } cleanup{s32, root + QStringLiteral("/Program Files/Flood")};
    INFO(kFiles << " files created in " << createMs << " ms under " << base.toStdString());

    // The deep scan: System32 is listed up to 200,000 entries (a finding says it stopped there), and
    // the system files in it are still found through the case-insensitive look-ups of the flooded folder.
    const PeakSince peak;
    ScanOptions deep;
    deep.deep = true;
    const ScanResult r = scanOffline(root, deep);
    INFO("deep scan: " << peak.describe().toStdString());
    peak.check(30000);
    const QList<Finding> stopped = findingsWithId(r, QStringLiteral("signature.deep.incomplete"));
    REQUIRE(stopped.size() == 1);
    CHECK(stopped[0].title.toString() == QStringLiteral("The deep scan verified only part of the system folders"));
    CHECK(stopped[0].detail.toString().contains(QStringLiteral("no more than 200000 entries of a folder")));
    const QJsonArray folders = stopped[0].evidence.value(QStringLiteral("folders")).toArray();
    REQUIRE(folders.size() == 2);
    const QJsonObject sys32 = folders[0].toObject(), drivers = folders[1].toObject();
    CHECK(sys32.value(QStringLiteral("folder")).toString() == QStringLiteral("C:\\Windows\\System32"));
    CHECK(sys32.value(QStringLiteral("entries")).toInteger() == 200000);
    CHECK_FALSE(sys32.value(QStringLiteral("complete")).toBool());
    const qint64 listed = sys32.value(QStringLiteral("files")).toInteger();
    CHECK(listed > 0);
    CHECK(listed <= 20000);
    CHECK(drivers.value(QStringLiteral("complete")).toBool());
    CHECK(r.files.size() <= listed + 100); // the deep files plus those the checks listed
    CHECK(findingsWithId(r, QStringLiteral("system.file.missing")).isEmpty());
    bool ws2Verified = false;
    for (const QJsonValue &f : r.files)
        ws2Verified = ws2Verified || f.toObject().value(QStringLiteral("path")).toString() == QLatin1String("C:\\Windows\\System32\\ws2_32.dll");
    CHECK(ws2Verified);
    CHECK(findingsWithId(r, QStringLiteral("winsock.provider.dll-missing")).isEmpty());

    // The same million files in Program Files (a program's own folder): the search for planted copies
    // stops after its 200,000 entries and says so.
    const QString flood = root + QStringLiteral("/Program Files/Flood");
    for (const QString &e : own)
        if (QFileInfo(s32 + QLatin1Char('/') + e).isFile())
            REQUIRE(QFile::remove(s32 + QLatin1Char('/') + e));
    REQUIRE(QDir().rename(s32, flood));
    REQUIRE(QDir().mkdir(s32));
    for (const QString &e : own)
        if (QFileInfo(flood + QLatin1Char('/') + e).isDir())
            REQUIRE(QDir().rename(flood + QLatin1Char('/') + e, s32 + QLatin1Char('/') + e));
    Expected<std::unique_ptr<OfflineView>> view = OfflineView::open(root);
    REQUIRE(view.ok());
    ScanResult planted;
    const ScanOptions options;
    const CancelToken cancel;
    ScanContext ctx{**view, planted, options, cancel, {}};
    REQUIRE(makePlantedCopiesCheck()->run(ctx).ok());
    const QList<Finding> walk = findingsWithId(planted, QStringLiteral("system.file.planted-copy.incomplete"));
    REQUIRE(walk.size() == 1);
    CHECK(walk[0].detail.toString() == QStringLiteral("The search stopped after 200000 entries, so folders after that point were not searched."));
    CHECK(walk[0].evidence.value(QStringLiteral("stopped_by")).toString() == QLatin1String("entries"));
    CHECK(findingsWithId(planted, QStringLiteral("system.file.planted-copy")).isEmpty());

    INFO("deep scan and planted-copy search: " << peak.describe().toStdString());
    peak.check(60000);
}
#endif

TEST_CASE("a Minidump folder of thousands of dumps: the newest are read, the rest counted", "[bounds][minidump]")
{
    // 3,000 small kernel dumps: the 2,950 oldest blame 0xD1, the 50 newest 0x7B. Only the newest are
    // read (their bugcheck shows it), and dumps.too-many says how many there were.
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path()); // hives of a minimal Windows, so the folder opens as a target
        img.commit();
    }
    const QString mini = dir.filePath(QStringLiteral("Windows/Minidump"));
    REQUIRE(QDir().mkpath(mini));
    fx::KernelDumpSpec oldSpec;
    fx::KernelDumpSpec newSpec;
    newSpec.bugcheck = 0x7B;
    const QByteArray oldDump = fx::writeKernelDump(oldSpec);
    const QByteArray newDump = fx::writeKernelDump(newSpec);
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const int total = 3000;
    for (int i = 0; i < total; ++i) {
        // Names do not sort by age: "aNNNN" for odd, "zNNNN" for even i, so a name order would mix them.
        const QString name = QStringLiteral("%1%2.dmp").arg(i % 2 ? QLatin1Char('a') : QLatin1Char('z')).arg(total - i, 5, 10, QLatin1Char('0'));
        QFile f(mini + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        const bool newest = i >= total - 50;
        f.write(newest ? newDump : oldDump);
        f.close();
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(base.addSecs(qint64(i) * 60), QFileDevice::FileModificationTime));
    }
    auto view = OfflineView::open(dir.path());
    REQUIRE(view.ok());
    ScanResult result;
    ScanOptions opts;
    CancelToken cancel;
    ScanContext ctx{**view, result, opts, cancel, {}};
    QElapsedTimer t;
    t.start();
    REQUIRE(makeCrashDumpCheck()->run(ctx).ok());
    INFO("dump check over " << total << " dumps took " << t.elapsed() << " ms");
    REQUIRE(result.dumps.size() == 50);
    for (const QJsonValue &v : std::as_const(result.dumps))
        CHECK(v.toObject().value(QStringLiteral("bugcheck")).toString() == QStringLiteral("0x0000007B"));
    const QList<Finding> many = findingsWithId(result, QStringLiteral("dumps.too-many"));
    REQUIRE(many.size() == 1);
    CHECK(many[0].evidence.value(QStringLiteral("dumps_found")).toInteger() == total);
    CHECK(many[0].evidence.value(QStringLiteral("dumps_read")).toInteger() == 50);
    CHECK(many[0].title.toString().contains(QStringLiteral("3000 crash dumps")));
}
