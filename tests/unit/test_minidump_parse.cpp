// Crash dumps: real kernel/user dumps from public corpora, generated small dumps, and damaged files.
#include "checks/crashdump.h"
#include "fixtures/dump_writer.h"
#include "formats/bugcheck_kb.h"
#include "formats/minidump.h"
#include "support/test_util.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

using namespace wd;

namespace {

QString dumpPath(const char *name)
{
    return wd::test::realDataDir() + QStringLiteral("/dumps/") + QLatin1String(name);
}

fx::KernelDumpSpec sampleSpec()
{
    fx::KernelDumpSpec s;
    s.bugcheck = 0xD1;
    s.drivers = {{QStringLiteral("\\SystemRoot\\system32\\ntoskrnl.exe"), 0xFFFFF80412000000ULL, 0x1046000},
                 {QStringLiteral("\\SystemRoot\\System32\\drivers\\ndis.sys"), 0xFFFFF80418A00000ULL, 0x174000},
                 {QStringLiteral("\\SystemRoot\\system32\\DRIVERS\\vpnfilt.sys"), 0xFFFFF8041C400000ULL, 0x24000}};
    s.params = {0x28, 2, 0, 0xFFFFF80418A00000ULL + 0x1234};
    s.stack = {0xFFFFF80412000000ULL + 0x500, 0x1234, 0xFFFFF8041C400000ULL + 0x1C30};
    return s;
}

} // namespace

TEST_CASE("Truncated, zero-filled and garbage dumps give a Corrupt error", "[minidump]")
{
    if (wd::test::haveRealData()) {
        const QByteArray real = wd::test::readFile(dumpPath("kdlibcpp_win10_arm64_mem.dmp"));
        for (qsizetype cut : {qsizetype(4), qsizetype(0x40), qsizetype(0x1000), qsizetype(0x1FFF), qsizetype(0x2010),
                              qsizetype(0xAE80), qsizetype(0x50000), qsizetype(0xB3653)}) {
            INFO(cut);
            auto d = parseDump(real.left(cut), QStringLiteral("cut.dmp"));
            REQUIRE_FALSE(d.ok());
            CHECK(d.error().kind == ErrorKind::Corrupt);
            CHECK(d.error().message.contains(QStringLiteral("cut.dmp")));
        }
        const QByteArray arm = wd::test::readFile(dumpPath("kdlibcpp_win10_arm_rpi3_mini.dmp"));
        auto a = parseDump(arm.left(0x800), QStringLiteral("a.dmp"));
        REQUIRE_FALSE(a.ok());
        CHECK(a.error().kind == ErrorKind::Corrupt);
    }
    auto empty = parseDump(QByteArray(), QStringLiteral("e.dmp"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("empty")));
    auto zeros = parseDump(QByteArray(0x10000, '\0'), QStringLiteral("z.dmp"));
    REQUIRE_FALSE(zeros.ok());
    CHECK(zeros.error().kind == ErrorKind::Corrupt);
    CHECK(zeros.error().message.contains(QStringLiteral("zeros")));
    QByteArray garbage(0x3000, '\0');
    QRandomGenerator rng(42);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    auto g = parseDump(garbage, QStringLiteral("g.dmp"));
    REQUIRE_FALSE(g.ok());
    CHECK(g.error().kind == ErrorKind::Corrupt);
}

TEST_CASE("Every prefix and random corruption of a generated small dump is handled safely", "[minidump]")
{
    for (bool is64 : {true, false}) {
        fx::KernelDumpSpec s = sampleSpec();
        s.is64 = is64;
        s.machine = is64 ? 0x8664 : 0x14c;
        if (!is64)
            for (fx::DumpDriver &d : s.drivers)
                d.base &= 0xFFFFFFFF;
        const QByteArray full = fx::writeKernelDump(s);
        REQUIRE(parseDump(full, QStringLiteral("f.dmp")).ok());
        for (qsizetype n = 0; n < full.size(); n += 7) {
            auto d = parseDump(full.left(n), QStringLiteral("p.dmp"));
            REQUIRE_FALSE(d.ok());
            CHECK(d.error().kind == ErrorKind::Corrupt);
        }
        QRandomGenerator rng(7);
        for (int round = 0; round < 300; ++round) {
            QByteArray m = full;
            for (int k = 0; k < 8; ++k)
                m[qsizetype(rng.bounded(int(m.size())))] = char(rng.bounded(256));
            auto d = parseDump(m, QStringLiteral("m.dmp"));
            if (d.ok())
                CHECK(d->modules.size() <= 16);
        }
    }
    // Hostile driver count and offsets.
    QByteArray h = fx::writeKernelDump(sampleSpec());
    auto patch = [](QByteArray &b, int off, quint32 v) { for (int i = 0; i < 4; ++i) b[off + i] = char((v >> (8 * i)) & 0xFF); };
    QByteArray count = h;
    patch(count, 0x2000 + 0x34, 0xFFFFFFFF);
    auto c = parseDump(count, QStringLiteral("h.dmp"));
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message.contains(QStringLiteral("outside the file")));
    QByteArray off = h;
    patch(off, 0x2000 + 0x30, 0x7FFFFFF0);
    REQUIRE_FALSE(parseDump(off, QStringLiteral("h.dmp")).ok());
    QByteArray size = h;
    patch(size, 0x2000 + 0x04, 0xFFFFFFFF);
    REQUIRE_FALSE(parseDump(size, QStringLiteral("h.dmp")).ok());
}

TEST_CASE("Suspect driver: a parameter inside a third-party module, else the first third-party module on the stack", "[minidump]")
{
    fx::KernelDumpSpec s = sampleSpec();
    auto viaStack = parseDump(fx::writeKernelDump(s), QStringLiteral("s.dmp"));
    REQUIRE(viaStack.ok());
    CHECK(viaStack->suspect == QStringLiteral("vpnfilt.sys"));
    CHECK(viaStack->suspectReason == QStringLiteral("stack"));
    CHECK(viaStack->bugcheck == 0xD1u);
    CHECK(viaStack->params[3] == 0xFFFFF80418A01234ULL);
    CHECK(viaStack->time == QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC));

    s.params[3] = 0xFFFFF8041C400000ULL + 0x10;
    s.stack.clear();
    auto viaParam = parseDump(fx::writeKernelDump(s), QStringLiteral("s.dmp"));
    REQUIRE(viaParam.ok());
    CHECK(viaParam->suspect == QStringLiteral("vpnfilt.sys"));
    CHECK(viaParam->suspectReason == QStringLiteral("parameter"));

    s.params[3] = 0xFFFFF80418A00000ULL + 0x10; // inside ndis.sys, nothing third-party anywhere
    auto windowsOnly = parseDump(fx::writeKernelDump(s), QStringLiteral("s.dmp"));
    REQUIRE(windowsOnly.ok());
    CHECK(windowsOnly->suspect == QStringLiteral("ndis.sys"));

    s.is64 = false;
    s.machine = 0x14c;
    s.params = {0x28, 2, 0, 0x9C400010};
    s.drivers = {{QStringLiteral("\\SystemRoot\\system32\\ntoskrnl.exe"), 0x82000000, 0x400000},
                 {QStringLiteral("\\SystemRoot\\system32\\DRIVERS\\vpnfilt.sys"), 0x9C400000, 0x24000}};
    auto x86 = parseDump(fx::writeKernelDump(s), QStringLiteral("s.dmp"));
    REQUIRE(x86.ok());
    CHECK(x86->format == QStringLiteral("PAGEDUMP"));
    CHECK(x86->archString() == QStringLiteral("x86"));
    CHECK(x86->suspect == QStringLiteral("vpnfilt.sys"));
}

TEST_CASE("Generated user-mode dump names the faulting module: big kernel dumps are read from the header", "[minidump]")
{
    fx::UserDumpSpec u;
    u.exceptionCode = 0xC0000005;
    u.exceptionAddress = 0x7FF812345678ULL;
    u.modules = {{QStringLiteral("C:\\Program Files\\App\\app.exe"), 0x7FF600000000ULL, 0x10000},
                 {QStringLiteral("C:\\Windows\\System32\\mswsock.dll"), 0x7FF812340000ULL, 0x80000}};
    auto d = parseDump(fx::writeUserDump(u), QStringLiteral("u.dmp"));
    REQUIRE(d.ok());
    CHECK(d->kind == DumpInfo::Kind::User);
    CHECK(d->exceptionModule == QStringLiteral("mswsock.dll"));
    CHECK(d->build == 19045u);

    fx::KernelDumpSpec k = sampleSpec();
    k.dumpType = 2;
    k.bugcheck = 0x133;
    auto full = parseDump(fx::writeKernelDump(k), QStringLiteral("MEMORY.DMP"));
    REQUIRE(full.ok());
    CHECK(full->kind == DumpInfo::Kind::KernelSummary);
    CHECK(full->bugcheck == 0x133u);
    CHECK(full->modules.isEmpty());
    k.dumpType = 99;
    REQUIRE_FALSE(parseDump(fx::writeKernelDump(k), QStringLiteral("MEMORY.DMP")).ok());
}

