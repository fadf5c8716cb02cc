// The repair commands of the command line on a generated offline volume (one process per call).
#include "fixtures/repair_fixtures.h"
#include "repairs/system_writer.h"
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

TEST_CASE("remediate runs the safe defaults: --include and --exclude change the set", "[repair][cli]")
{
    const auto startOf = [](const QString &root) {
        Expected<std::unique_ptr<SystemWriter>> w = openOfflineWriter(root);
        REQUIRE(w.ok());
        auto v = (*w)->value(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\badfilt"), QStringLiteral("Start"), RegView::Native);
        REQUIRE(v.ok());
        REQUIRE(v->has_value());
        return (*v)->toDword().value_or(999);
    };
    const auto lspCount = [](const QString &root) {
        Expected<std::unique_ptr<SystemWriter>> w = openOfflineWriter(root);
        REQUIRE(w.ok());
        auto v = (*w)->value(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\Protocol_Catalog9"),
                             QStringLiteral("Num_Catalog_Entries64"), RegView::Native);
        REQUIRE(v.ok());
        REQUIRE(v->has_value());
        return (*v)->toDword().value_or(0);
    };
    QTemporaryDir plain, included, excluded;
    for (const QTemporaryDir *d : {&plain, &included, &excluded})
        fx::buildRepairImage(d->path());
    const quint32 startBefore = startOf(plain.path());
    const quint32 lspBefore = lspCount(plain.path());
    REQUIRE(startBefore != 4);

    auto r = test::runApp({QStringLiteral("remediate"), QStringLiteral("--target"), QStringLiteral("offline:") + plain.path()});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(startOf(plain.path()) == startBefore); // driver.rollback is not a safe default
    CHECK(lspCount(plain.path()) < lspBefore);

    r = test::runApp({QStringLiteral("remediate"), QStringLiteral("--target"), QStringLiteral("offline:") + included.path(),
                      QStringLiteral("--include"), QStringLiteral("driver.rollback")});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("driver.rollback"));
    CHECK(startOf(included.path()) == 4); // the filter driver is disabled

    r = test::runApp({QStringLiteral("remediate"), QStringLiteral("--target"), QStringLiteral("offline:") + excluded.path(),
                      QStringLiteral("--exclude"), QStringLiteral("winsock.remove-lsp")});
    CHECK(r.exitCode == 0);
    CHECK(lspCount(excluded.path()) == lspBefore);

    r = test::runApp({QStringLiteral("remediate"), QStringLiteral("--target"), QStringLiteral("offline:") + excluded.path(),
                      QStringLiteral("--include"), QStringLiteral("no.such-repair")});
    CHECK(r.exitCode == 2);
    CHECK(r.out.count('\n') == 1);
}
