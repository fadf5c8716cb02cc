// Resource bounds on huge or hostile files: a 2 GB hive, a 4 GB dump (sparse files, so the tests
// stay fast and take no disk space) are read with bounded memory or refused with a clear message.
// ctest runs every test case in its own process, so ru_maxrss is this case's peak.
#include "fixtures/dump_writer.h"
#include "formats/hive.h"
#include "formats/hive_log.h"
#include "formats/minidump.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <catch2/catch.hpp>
#ifndef Q_OS_WIN
#include <sys/resource.h>
#endif

using namespace wd;

namespace {

constexpr qint64 kLimitMb = 300;

// Peak resident memory of this process so far, in MB (-1 where not available).
qint64 peakRssMb()
{
#ifndef Q_OS_WIN
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_maxrss) / 1024;
#else
    return -1;
#endif
}

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
