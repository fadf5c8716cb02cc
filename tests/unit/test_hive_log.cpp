// Dirty hives: transaction log replay into a temporary copy (generated logs and the real SYSTEM_B).
#include "fixtures/windows_image.h"
#include "formats/byte_reader.h"
#include "formats/hive_log.h"
#include "platform/offline_view.h"
#include "support/test_util.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtEndian>
#include <functional>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

void writeBytes(const QString &path, const QByteArray &b)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(b) == b.size());
}

// Builds OLD (the state on disk) and NEW (the state Windows had in memory) versions of one hive,
// then turns OLD into a dirty primary whose missing changes are in NAME.LOG1/.LOG2.
struct DirtyHive {
    QString primary, log1, log2;
};

QList<HiveLogPage> diffPages(const QByteArray &from, const QByteArray &to)
{
    const quint32 hbins = qFromLittleEndian<quint32>(to.constData() + 0x28);
    QList<HiveLogPage> pages;
    for (qint64 off = 0; off < hbins; off += 4096) {
        const QByteArray n = to.mid(4096 + off, 4096);
        if (from.mid(4096 + off, 4096) != n)
            pages.append({quint32(off), n});
    }
    return pages;
}

void editHive(const QString &path, const std::function<void(Hive &)> &edit)
{
    auto h = Hive::open(path, Hive::Mode::Write);
    REQUIRE(h.ok());
    edit(**h);
    REQUIRE((*h)->commit().ok());
}

// Three states of one hive: OLD (on disk), MID and NEW (what Windows had in memory). The primary
// file holds OLD with unequal sequence numbers; LOG1 holds an already applied entry (seq 8) and
// OLD->MID (seq 10); LOG2 holds MID->NEW (seq 11), which needs a second hive bin.
DirtyHive makeDirtyHive(const QString &dir, bool corruptSecondEntry = false)
{
    const QString oldPath = dir + QStringLiteral("/old"), midPath = dir + QStringLiteral("/mid"), newPath = dir + QStringLiteral("/new");
    {
        fx::HiveBuilder b(oldPath, QStringLiteral("ROOT"));
        b.set(QStringLiteral("Keep"), RegValue::dword(QStringLiteral("A"), 1));
        b.commit();
    }
    REQUIRE(QFile::copy(oldPath, midPath));
    editHive(midPath, [](Hive &hv) {
        auto k = hv.ensureKey(QStringLiteral("Added\\Deep"));
        REQUIRE(k.ok());
        REQUIRE(hv.setValue(*k, RegValue::sz(QStringLiteral("Name"), QStringLiteral("from the log"))).ok());
    });
    REQUIRE(QFile::copy(midPath, newPath));
    editHive(newPath, [](Hive &hv) {
        REQUIRE(hv.setValue(hv.find(QStringLiteral("Added\\Deep")), RegValue::binary(QStringLiteral("Big"), QByteArray(6000, 'x'))).ok());
    });
    const QByteArray oldB = test::readFile(oldPath), midB = test::readFile(midPath), newB = test::readFile(newPath);
    const quint32 oldHbins = qFromLittleEndian<quint32>(oldB.constData() + 0x28);
    const quint32 midHbins = qFromLittleEndian<quint32>(midB.constData() + 0x28);
    const quint32 newHbins = qFromLittleEndian<quint32>(newB.constData() + 0x28);
    REQUIRE(newHbins > oldHbins);
    const QList<HiveLogPage> first = diffPages(oldB, midB), second = diffPages(midB, newB);
    REQUIRE(!first.isEmpty());
    REQUIRE(!second.isEmpty());
    QByteArray primary = oldB;
    qToLittleEndian<quint32>(10, primary.data() + 4);
    qToLittleEndian<quint32>(9, primary.data() + 8);
    qToLittleEndian<quint32>(baseBlockChecksum(primary.left(512)), primary.data() + 0x1FC);
    DirtyHive d;
    d.primary = dir + QStringLiteral("/SYSTEM");
    d.log1 = d.primary + QStringLiteral(".LOG1");
    d.log2 = d.primary + QStringLiteral(".LOG2");
    writeBytes(d.primary, primary);
    const QByteArray stale = makeLogEntry(8, oldHbins, {{0, QByteArray(4096, 'Z')}});
    QByteArray e11 = makeLogEntry(11, newHbins, second);
    if (corruptSecondEntry)
        e11[e11.size() - 1] = char(e11.at(e11.size() - 1) ^ 0x55); // Hash-1 no longer matches
    writeBytes(d.log1, makeLogFile(oldB.left(4096), 10, {stale, makeLogEntry(10, midHbins, first)}));
    writeBytes(d.log2, makeLogFile(oldB.left(4096), 11, {e11}));
    for (const QString &p : {oldPath, midPath, newPath})
        QFile::remove(p);
    return d;
}

} // namespace

TEST_CASE("Marvin32 matches the published test vectors", "[hivelog]")
{
    // Vectors published with the reference implementation (seed 0x004FB61A001BDBCC), 64-bit form.
    const quint64 seed = 0x004FB61A001BDBCCull;
    CHECK(marvin32(QByteArray(), seed) == 0x30ED35C100CD3C7Dull);
    CHECK(marvin32(QByteArray::fromHex("af"), seed) == 0x48E73FC77D75DDC1ull);
    CHECK(marvin32(QByteArray::fromHex("e70f"), seed) == 0xB5F6E1FC485DBFF8ull);
}

TEST_CASE("A clean hive is read in place", "[hivelog]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("SYSTEM"));
    REQUIRE(Hive::createEmpty(path).ok());
    auto p = prepareHiveForReading(path, dir.filePath(QStringLiteral("tmp")));
    REQUIRE(p.ok());
    CHECK(p->path == path);
    CHECK_FALSE(p->replayed);
    CHECK(p->findings.isEmpty());
}

TEST_CASE("A generated dirty hive is replayed from LOG1 and LOG2 into a copy", "[hivelog]")
{
    QTemporaryDir dir;
    const DirtyHive d = makeDirtyHive(dir.path());
    const QByteArray before = sha(d.primary), before1 = sha(d.log1), before2 = sha(d.log2);
    // Without replay the change is not visible.
    {
        auto raw = Hive::open(d.primary);
        REQUIRE(raw.ok());
        CHECK((*raw)->find(QStringLiteral("Added\\Deep")) == 0);
    }
    auto p = prepareHiveForReading(d.primary, dir.filePath(QStringLiteral("tmp")));
    REQUIRE(p.ok());
    CHECK(p->replayed);
    CHECK(p->appliedEntries == 2); // the stale entry (seq 8) is skipped
    CHECK(p->path != d.primary);
    REQUIRE(p->findings.size() == 1);
    CHECK(p->findings[0].id == QStringLiteral("target.hive.replayed"));
    CHECK(p->findings[0].severity == Severity::Info);
    auto hdr = Hive::readHeader(p->path);
    REQUIRE(hdr.ok());
    CHECK(hdr->checksumOk);
    CHECK_FALSE(hdr->dirty());
    CHECK(hdr->primarySeq == 11u);
    auto h = Hive::open(p->path);
    REQUIRE(h.ok());
    const Hive::Node n = (*h)->find(QStringLiteral("Added\\Deep"));
    REQUIRE(n != 0);
    auto vals = (*h)->values(n);
    REQUIRE(vals.ok());
    REQUIRE(vals->size() == 2);
    CHECK((*vals)[0].toString() == QStringLiteral("from the log"));
    CHECK((*vals)[1].data == QByteArray(6000, 'x'));
    // The originals are untouched.
    CHECK(sha(d.primary) == before);
    CHECK(sha(d.log1) == before1);
    CHECK(sha(d.log2) == before2);
}

TEST_CASE("Replay stops at a log entry with a bad hash", "[hivelog]")
{
    QTemporaryDir dir;
    const DirtyHive d = makeDirtyHive(dir.path(), true);
    auto p = prepareHiveForReading(d.primary, dir.filePath(QStringLiteral("tmp")));
    REQUIRE(p.ok());
    CHECK(p->replayed);
    CHECK(p->appliedEntries == 1);
    REQUIRE_FALSE(p->findings.isEmpty());
    CHECK(p->findings[0].evidence.value(QStringLiteral("log_problems")).toString().contains(QStringLiteral("hash")));
    // The state after the first entry: the key exists, the value of the bogus entry does not.
    auto h = Hive::open(p->path);
    REQUIRE(h.ok());
    auto vals = (*h)->values((*h)->find(QStringLiteral("Added\\Deep")));
    REQUIRE(vals.ok());
    REQUIRE(vals->size() == 1);
    CHECK((*vals)[0].name == QStringLiteral("Name"));
}

TEST_CASE("A dirty hive without logs is read as is, with a stale-data warning", "[hivelog]")
{
    QTemporaryDir dir;
    const DirtyHive d = makeDirtyHive(dir.path());
    QFile::remove(d.log1);
    QFile::remove(d.log2);
    auto p = prepareHiveForReading(d.primary, dir.filePath(QStringLiteral("tmp")));
    REQUIRE(p.ok());
    CHECK_FALSE(p->replayed);
    CHECK(p->path == d.primary);
    REQUIRE(p->findings.size() == 1);
    CHECK(p->findings[0].id == QStringLiteral("target.hive.stale"));
    CHECK(p->findings[0].severity == Severity::Warning);
}

TEST_CASE("Garbage log files do not crash the replay", "[hivelog]")
{
    QTemporaryDir dir;
    const DirtyHive d = makeDirtyHive(dir.path());
    QByteArray log = test::readFile(d.log1);
    // Entry size field pointing far beyond the file, and a page reference beyond the hive.
    QByteArray bad = log;
    qToLittleEndian<quint32>(0x7FFFFE00u, bad.data() + 512 + 4);
    writeBytes(d.log1, bad);
    writeBytes(d.log2, log.left(700));
    auto p = prepareHiveForReading(d.primary, dir.filePath(QStringLiteral("tmp")));
    REQUIRE(p.ok());
    CHECK_FALSE(p->replayed);
    REQUIRE(p->findings.size() == 1);
    CHECK(p->findings[0].id == QStringLiteral("target.hive.stale"));
}

TEST_CASE("The real SYSTEM_B hive is replayed from its two transaction logs", "[hivelog][realdata]")
{
    if (!test::haveRealData())
        return;
    const QString hives = test::realDataDir() + QStringLiteral("/hives");
    QTemporaryDir dir;
    for (const char *n : {"SYSTEM_B", "SYSTEM_B.LOG1", "SYSTEM_B.LOG2"})
        REQUIRE(QFile::copy(hives + QLatin1Char('/') + QLatin1String(n), dir.filePath(QLatin1String(n))));
    const QString primary = dir.filePath(QStringLiteral("SYSTEM_B"));
    const QByteArray before = sha(primary);
    auto p = prepareHiveForReading(primary, dir.filePath(QStringLiteral("tmp")));
    REQUIRE(p.ok());
    CHECK(p->replayed);
    CHECK(p->appliedEntries >= 2);
    CHECK(p->appliedPages > 0);
    CHECK(sha(primary) == before);
    auto h = Hive::open(p->path);
    REQUIRE(h.ok());
    const QString base = QStringLiteral("ControlSet001\\Services\\WinSock2\\Parameters\\");
    CHECK((*h)->childNames((*h)->find(base + QStringLiteral("Protocol_Catalog9\\Catalog_Entries"))).size() == 13);
    CHECK((*h)->childNames((*h)->find(base + QStringLiteral("Protocol_Catalog9\\Catalog_Entries64"))).size() == 13);
    CHECK((*h)->childNames((*h)->find(base + QStringLiteral("NameSpace_Catalog5\\Catalog_Entries"))).size() == 7);
    CHECK((*h)->childNames((*h)->find(base + QStringLiteral("NameSpace_Catalog5\\Catalog_Entries64"))).size() == 7);
}

TEST_CASE("A generated volume with a damaged or truncated SYSTEM hive gives exit 3 naming the file", "[hivelog][winsock]")
{
    for (int variant = 0; variant < 2; ++variant) {
        QTemporaryDir dir;
        {
            fx::WindowsImage img(dir.path());
            img.setCcs(QStringLiteral("Services\\WinSock2\\Parameters\\Protocol_Catalog9"), RegValue::dword(QStringLiteral("Num_Catalog_Entries"), 0));
            img.commit();
        }
        const QString hive = dir.path() + QStringLiteral("/Windows/System32/config/SYSTEM");
        QByteArray b = test::readFile(hive);
        if (variant == 0)
            b.replace(4096, 4, "XXXX"); // first hive bin without its signature
        else
            b.truncate(b.size() - 4096); // last page missing
        writeBytes(hive, b);
        auto v = OfflineView::open(dir.path());
        REQUIRE_FALSE(v.ok());
        CHECK(v.error().kind == ErrorKind::Corrupt);
        CHECK(v.error().message.contains(hive));
        const test::RunResult rr = test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("offline:") + dir.path()});
        CHECK(rr.exitCode == 3);
        CHECK(rr.err.contains(hive.toUtf8()));
        CHECK(rr.out.isEmpty());
    }
}

TEST_CASE("A legacy (DIRT) transaction log is replayed", "[hivelog]")
{
    QTemporaryDir dir;
    const QString oldPath = dir.filePath(QStringLiteral("old")), newPath = dir.filePath(QStringLiteral("new"));
    {
        fx::HiveBuilder b(oldPath, QStringLiteral("ROOT"));
        b.set(QStringLiteral("Keep"), RegValue::dword(QStringLiteral("A"), 1));
        b.commit();
    }
    REQUIRE(QFile::copy(oldPath, newPath));
    editHive(newPath, [](Hive &hv) { REQUIRE(hv.setValue(hv.find(QStringLiteral("Keep")), RegValue::dword(QStringLiteral("B"), 7)).ok()); });
    const QByteArray oldB = test::readFile(oldPath), newB = test::readFile(newPath);
    const quint32 hbins = qFromLittleEndian<quint32>(newB.constData() + 0x28); // the hive grew by one bin
    QByteArray primary = oldB;
    qToLittleEndian<quint32>(5, primary.data() + 4);
    qToLittleEndian<quint32>(4, primary.data() + 8);
    qToLittleEndian<quint32>(baseBlockChecksum(primary.left(512)), primary.data() + 0x1FC);
    const QString path = dir.filePath(QStringLiteral("SYSTEM"));
    writeBytes(path, primary);
    // Log: base block (type 1, sequence 5/5), "DIRT" + bitmap of 512-byte pages, then the dirty pages.
    QByteArray log = primary.left(512);
    qToLittleEndian<quint32>(5, log.data() + 8);
    qToLittleEndian<quint32>(hbins, log.data() + 0x28);
    qToLittleEndian<quint32>(1, log.data() + 0x1C);
    qToLittleEndian<quint32>(baseBlockChecksum(log), log.data() + 0x1FC);
    const int bits = int(hbins / 512);
    QByteArray bitmap((bits + 7) / 8, '\0');
    QByteArray pages;
    for (int i = 0; i < bits; ++i)
        if (oldB.mid(4096 + i * 512, 512) != newB.mid(4096 + i * 512, 512)) {
            bitmap[i / 8] = char(bitmap.at(i / 8) | (1 << (i % 8)));
            pages += newB.mid(4096 + i * 512, 512);
        }
    REQUIRE_FALSE(pages.isEmpty());
    log += QByteArray("DIRT") + bitmap;
    log.append(QByteArray(int((512 - log.size() % 512) % 512), '\0'));
    log += pages;
    writeBytes(path + QStringLiteral(".LOG"), log);
    auto p = prepareHiveForReading(path, dir.filePath(QStringLiteral("tmp")));
    REQUIRE(p.ok());
    CHECK(p->replayed);
    CHECK(p->appliedPages > 0);
    auto h = Hive::open(p->path);
    REQUIRE(h.ok());
    auto vals = (*h)->values((*h)->find(QStringLiteral("Keep")));
    REQUIRE(vals.ok());
    REQUIRE(vals->size() == 2);
    CHECK((*vals)[1].toDword() == 7u);
}
