// Crash dumps: the real kernel and user-mode dumps from public corpora, and the bug check knowledge
// base. No generated fixtures here, so these run in the Windows (wine) lane too.
#include "checks/crashdump.h"
#include "formats/bugcheck_kb.h"
#include "formats/minidump.h"
#include "support/test_util.h"
#include <QJsonArray>
#include <QJsonObject>

using namespace wd;

namespace {

QString dumpPath(const char *name)
{
    return wd::test::realDataDir() + QStringLiteral("/dumps/") + QLatin1String(name);
}

} // namespace

TEST_CASE("Real ARM64 PAGEDU64 small dump: MANUALLY_INITIATED_CRASH with its driver list", "[minidump]")
{
    if (!wd::test::haveRealData())
        return;
    auto d = readDumpFile(dumpPath("kdlibcpp_win10_arm64_mem.dmp"));
    REQUIRE(d.ok());
    CHECK(d->format == QStringLiteral("PAGEDU64"));
    CHECK(d->kind == DumpInfo::Kind::KernelSmall);
    CHECK(d->kindString() == QStringLiteral("kernel_small"));
    CHECK(d->machine == 0xAA64u);
    CHECK(d->archString() == QStringLiteral("arm64"));
    CHECK(d->build == 17134u);
    CHECK(d->dumpType == 4u);
    CHECK(d->hasBugcheck);
    CHECK(d->bugcheck == 0xE2u);
    CHECK(bugcheckName(d->bugcheck) == QStringLiteral("MANUALLY_INITIATED_CRASH"));
    CHECK(d->params == std::array<quint64, 4>{0, 0, 0, 0});
    REQUIRE(d->modules.size() == 228);
    CHECK(d->modules.first().name == QStringLiteral("ntoskrnl.exe"));
    CHECK(d->modules.first().base == 0xFFFFF801BCB30000ULL);
    CHECK(d->modules.first().size == 0x911000u);
    CHECK(d->modules[1].name == QStringLiteral("hal.dll"));
    CHECK(d->time.isValid());
    CHECK(d->time.date().year() == 2018);
    CHECK(d->exceptionCode == 0x80000003u);
    CHECK(d->warnings.isEmpty());
    CHECK(d->suspect.isEmpty()); // a crash started on purpose blames no driver
    const QJsonObject j = dumpToJson(*d, QStringLiteral("x.dmp"));
    CHECK(j.value(QStringLiteral("bugcheck")).toString() == QStringLiteral("0x000000E2"));
    CHECK(j.value(QStringLiteral("params")).toArray().first().toString() == QStringLiteral("0x0000000000000000"));
}

TEST_CASE("Real 32-bit ARM PAGEDUMP: machine 0x1C4 at 0x20, no bug check recorded at 0x28", "[minidump]")
{
    if (!wd::test::haveRealData())
        return;
    auto d = readDumpFile(dumpPath("kdlibcpp_win10_arm_rpi3_mini.dmp"));
    REQUIRE(d.ok());
    CHECK(d->format == QStringLiteral("PAGEDUMP"));
    CHECK(d->machine == 0x1C4u);
    CHECK(d->archString() == QStringLiteral("arm"));
    CHECK(d->build == 17134u);
    CHECK_FALSE(d->hasBugcheck);
    CHECK(d->bugcheck == 0u);
    CHECK(d->kind == DumpInfo::Kind::KernelSmall);
    REQUIRE(d->modules.size() == 136);
    CHECK(d->modules.first().name == QStringLiteral("ntoskrnl.exe"));
    CHECK(d->modules.first().base == 0x80C06000u);
    CHECK(d->modules[1].name == QStringLiteral("hal.dll"));
    CHECK(d->time.date().year() == 2018);
    const QJsonObject j = dumpToJson(*d, QStringLiteral("x.dmp"));
    CHECK(j.value(QStringLiteral("bugcheck")).isNull());
    CHECK(j.value(QStringLiteral("params")).toArray().size() == 4);
    CHECK(j.value(QStringLiteral("params")).toArray().first().toString() == QStringLiteral("0x00000000"));
}

TEST_CASE("Real user-mode MDMP minidumps are recognised as application dumps", "[minidump]")
{
    if (!wd::test::haveRealData())
        return;
    struct Case { const char *file; quint32 machine; };
    for (const Case &c : {Case{"kdlibcpp_targetapp_minidump.dmp", 0x8664}, Case{"kdlibcpp_targetapp_test_cv_allreg_amd64.dmp", 0x8664},
                          Case{"kdlibcpp_targetapp_test_cv_allreg_i386.dmp", 0x14c}}) {
        INFO(c.file);
        auto d = readDumpFile(dumpPath(c.file));
        REQUIRE(d.ok());
        CHECK(d->format == QStringLiteral("MDMP"));
        CHECK(d->kind == DumpInfo::Kind::User);
        CHECK_FALSE(d->isKernel());
        CHECK_FALSE(d->hasBugcheck);
        CHECK(d->exceptionCode == 0x80000003u);
        CHECK(d->machine == c.machine);
        CHECK(d->build == 18362u);
        CHECK(d->majorVersion == 10u);
        CHECK(d->modules.size() > 3);
        CHECK_FALSE(d->exceptionModule.isEmpty());
        const QJsonObject j = dumpToJson(*d, QStringLiteral("x.dmp"));
        CHECK(j.value(QStringLiteral("kind")).toString() == QStringLiteral("user"));
        CHECK(j.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("not a kernel dump")));
        CHECK(j.value(QStringLiteral("exception")).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("0x80000003"));
    }
}

TEST_CASE("Bug check knowledge base: every documented name, explanations for network codes", "[bugcheck]")
{
    CHECK(bugcheckKnownCount() >= 400);
    CHECK(bugcheckName(0xD1) == QStringLiteral("DRIVER_IRQL_NOT_LESS_OR_EQUAL"));
    CHECK(bugcheckName(0x133) == QStringLiteral("DPC_WATCHDOG_VIOLATION"));
    CHECK(bugcheckName(0x1C4) == QStringLiteral("DRIVER_VERIFIER_DETECTED_VIOLATION_LIVEDUMP"));
    CHECK(bugcheckName(0xDEADDEAD) == QStringLiteral("MANUALLY_INITIATED_CRASH1"));
    CHECK(bugcheckName(0xC000021A) == QStringLiteral("STATUS_SYSTEM_PROCESS_TERMINATED"));
    CHECK(bugcheckName(0x12345).isEmpty());
    CHECK(bugcheckCodeString(0xD1) == QStringLiteral("0x000000D1"));
    const QString generic = bugcheckExplanation(0x12345);
    for (quint32 code : {0x0Au, 0xD1u, 0x1Eu, 0x3Bu, 0x50u, 0x7Eu, 0x8Eu, 0xC2u, 0x19u, 0xEFu, 0x133u, 0x139u, 0x9Fu, 0xFCu, 0x7Fu}) {
        INFO(code);
        CHECK(bugcheckExplanation(code) != generic);
        CHECK_FALSE(bugcheckName(code).isEmpty());
    }
    CHECK(bugcheckIsNetworkRelated(0xD1));
    CHECK_FALSE(bugcheckIsNetworkRelated(0xE2));
    CHECK_FALSE(bugcheckIsNetworkRelated(0x7B));
}
