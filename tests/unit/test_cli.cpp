// The command-line contract: version, help, usage errors and the scan/2 JSON report.
#include "support/test_util.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>
#include <algorithm>

using namespace wd::test;

TEST_CASE("The version option prints the version and exits 0", "[cli]")
{
    RunResult r = runApp({QStringLiteral("--version")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith("winsock-doctor " WD_VERSION));
}

TEST_CASE("The help option lists the commands", "[cli]")
{
    RunResult r = runApp({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    for (const char *c : {"scan", "verify", "dump", "repair", "undo", "snapshots", "report", "detect", "remediate"})
        CHECK(r.out.contains(c));
}

TEST_CASE("Without --lang the language follows the system's UI language: --lang wins", "[cli][i18n]")
{
    auto hasCjk = [](const QByteArray &b) {
        const QString s = QString::fromUtf8(b);
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    };
    // Linux reads LANGUAGE before LC_ALL/LC_MESSAGES/LANG; Wine takes its UI language from LC_ALL/LANG.
    const QStringList zh{QStringLiteral("LANGUAGE=zh_CN:en"), QStringLiteral("LC_ALL=zh_CN.UTF-8"), QStringLiteral("LANG=zh_CN.UTF-8")};
    const QStringList en{QStringLiteral("LANGUAGE=en_US"), QStringLiteral("LC_ALL=en_US.UTF-8"), QStringLiteral("LANG=en_US.UTF-8")};
    RunResult r = runApp({QStringLiteral("--help")}, {}, zh);
    CHECK(r.exitCode == 0);
    CHECK(hasCjk(r.out));
    r = runApp({QStringLiteral("--help")}, {}, en);
    CHECK(r.exitCode == 0);
    CHECK_FALSE(hasCjk(r.out));
    r = runApp({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, {}, zh);
    CHECK_FALSE(hasCjk(r.out));
    r = runApp({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("zh_CN")}, {}, en);
    CHECK(hasCjk(r.out));
}

TEST_CASE("Unknown options and commands are usage errors (exit 2) with a clear message", "[cli]")
{
    RunResult a = runApp({QStringLiteral("scan"), QStringLiteral("--bogus")});
    CHECK(a.exitCode == 2);
    CHECK(a.err.contains("bogus"));
    RunResult b = runApp({QStringLiteral("frobnicate")});
    CHECK(b.exitCode == 2);
    CHECK(b.err.contains("frobnicate"));
    RunResult c = runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("nowhere:x")});
    CHECK(c.exitCode == 2);
}

TEST_CASE("scan --target demo --format json prints a winsock-doctor/scan/2 report", "[cli][demo]")
{
    RunResult r = runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("demo"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1); // the demo PC is broken
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &pe);
    REQUIRE(pe.error == QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    CHECK(o.value(QStringLiteral("schema")).toString() == QStringLiteral("winsock-doctor/scan/2"));
    for (const char *k : {"tool", "target", "started", "duration_ms", "support_code", "findings", "winsock", "files",
                          "appinit", "devices", "network", "dumps"})
        CHECK(o.contains(QLatin1String(k)));
    CHECK(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("demo"));
    CHECK(o.value(QStringLiteral("target")).toObject().value(QStringLiteral("windows")).toObject()
              .value(QStringLiteral("build")).toString() == QStringLiteral("19045"));
    const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
    REQUIRE_FALSE(findings.isEmpty());
    for (const QJsonValue &f : findings) {
        const QJsonObject fo = f.toObject();
        CHECK_FALSE(fo.value(QStringLiteral("id")).toString().isEmpty());
        const QString sev = fo.value(QStringLiteral("severity")).toString();
        CHECK((sev == QStringLiteral("info") || sev == QStringLiteral("warning") || sev == QStringLiteral("error")
               || sev == QStringLiteral("critical")));
    }
}

TEST_CASE("scan of a missing offline folder exits 3 with the folder named", "[cli]")
{
    RunResult r = runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("offline:/nonexistent/volume")});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains("/nonexistent/volume"));
}
