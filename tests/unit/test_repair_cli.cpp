// The repair commands of the command line on a generated offline volume (one process per call).
#include "fixtures/repair_fixtures.h"
#include "support/test_util.h"
#include <QDir>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace wd;

TEST_CASE("repair previews, refuses without confirmation, snapshots, lists and undoes from the command line", "[repair][cli]")
{
    QTemporaryDir dir;
    fx::buildRepairImage(dir.path());
    const QString sys = dir.path() + QStringLiteral("/Windows/System32/config/SYSTEM");
    const QByteArray original = test::readFile(sys);
    const QString target = QStringLiteral("offline:") + dir.path();

    auto dry = test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.remove-lsp"), QStringLiteral("driver.rollback"),
                             QStringLiteral("--service"), QStringLiteral("badfilt"), QStringLiteral("--target"), target, QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains("remove 000000000001: \"FastNet LSP\""));
    CHECK(dry.out.contains("Service badfilt: Start"));
    CHECK(test::readFile(sys) == original);

    // No console answer: refused, nothing changed.
    auto noYes = test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.remove-lsp"), QStringLiteral("--target"), target});
    CHECK(noYes.exitCode == 2);
    CHECK(noYes.err.contains("--yes"));
    CHECK(test::readFile(sys) == original);
    CHECK_FALSE(QDir(dir.path() + QStringLiteral("/ProgramData/WinsockDoctor/snapshots")).exists());

    // "n" on stdin: refused as well; "y": applied.
    CHECK(test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.remove-lsp"), QStringLiteral("--target"), target}, "n\n").exitCode == 2);
    auto yes = test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.remove-lsp"), QStringLiteral("--target"), target}, "y\n");
    REQUIRE(yes.exitCode == 0);
    CHECK(yes.out.contains("Restart Windows"));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Snapshot: (.+)\n")).match(QString::fromUtf8(yes.out));
    REQUIRE(m.hasMatch());
    const QString snap = m.captured(1).trimmed();
    CHECK(snap.startsWith(dir.path() + QStringLiteral("/ProgramData/WinsockDoctor/snapshots/")));
    CHECK(test::readFile(sys) != original);

    auto list = test::runApp({QStringLiteral("snapshots"), QStringLiteral("--target"), target});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains("Snapshots in"));
    CHECK(list.out.contains("applied  winsock.remove-lsp"));

    auto undo = test::runApp({QStringLiteral("undo"), snap, QStringLiteral("--target"), target, QStringLiteral("--yes")});
    CHECK(undo.exitCode == 0);
    CHECK(undo.out.contains("byte for byte"));
    CHECK(test::readFile(sys) == original);

    // Usage errors.
    CHECK(test::runApp({QStringLiteral("repair"), QStringLiteral("--target"), target}).exitCode == 2);
    CHECK(test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.nope"), QStringLiteral("--target"), target, QStringLiteral("--yes")}).exitCode == 2);
    auto reportTarget = test::runApp({QStringLiteral("repair"), QStringLiteral("appinit.disable"), QStringLiteral("--target"), QStringLiteral("report:x.json")});
    CHECK(reportTarget.exitCode == 2);
    auto hostile = test::runApp({QStringLiteral("repair"), QStringLiteral("winsock.restore-backup"), QStringLiteral("--file"),
                                 test::sourceDir() + QStringLiteral("/CMakeLists.txt"), QStringLiteral("--target"), target, QStringLiteral("--yes")});
    CHECK(hostile.exitCode == 3);
    CHECK(hostile.err.contains("line 1"));
    CHECK(test::readFile(sys) == original);
}

TEST_CASE("detect and remediate print one line and follow the exit code contract", "[repair][cli]")
{
    QTemporaryDir dir;
    fx::buildRepairImage(dir.path(), fx::BrokenOptions{false, false, false, false});
    const QString target = QStringLiteral("offline:") + dir.path();
    for (const char *cmd : {"detect", "remediate"}) {
        auto r = test::runApp({QString::fromLatin1(cmd), QStringLiteral("--target"), target});
        INFO(cmd << ": " << r.out.toStdString() << r.err.toStdString());
        CHECK((r.exitCode == 0 || r.exitCode == 1));
        CHECK(r.out.count('\n') == 1);
        CHECK(r.out.size() <= 2049);
        CHECK(r.out.startsWith("Winsock Doctor: "));
    }
    auto bad = test::runApp({QStringLiteral("detect"), QStringLiteral("--target"), QStringLiteral("offline:/nonexistent/volume")});
    CHECK(bad.exitCode == 3);
    CHECK(bad.out.count('\n') == 1);
}
