// Texts translated when shown: a report made in one language reads in another (scan/2 "i18n").
#include "core/error.h"
#include "core/i18n.h"
#include "core/scan_result.h"
#include "core/text.h"
#include "support/test_util.h"
#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace wd;
using wd::test::LanguageGuard;

namespace {

bool hasCjk(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

TEST_CASE("Text keeps QString::arg semantics and renders in the language in effect", "[i18n][text]")
{
    const Text t = translate("wd::Severity", "Warning");
    CHECK(t.toString() == QStringLiteral("Warning"));
    {
        LanguageGuard zh(QStringLiteral("zh_CN"));
        CHECK(hasCjk(t.toString()));
        CHECK(t.toString() != QStringLiteral("Warning"));
    }
    CHECK(t.toString() == QStringLiteral("Warning"));

    // chained and multi-argument .arg() behave exactly like QString's
    const QString src = QStringLiteral("%1 and %2");
    const Text chained = Text::message("wd::TestOnly", "%1 and %2").arg(QStringLiteral("a%2")).arg(QStringLiteral("b"));
    CHECK(chained.toString() == src.arg(QStringLiteral("a%2")).arg(QStringLiteral("b")));
    const Text multi = Text::message("wd::TestOnly", "%1 and %2").arg(QStringLiteral("a%2"), QStringLiteral("b"));
    CHECK(multi.toString() == src.arg(QStringLiteral("a%2"), QStringLiteral("b")));
    CHECK(chained.toString() != multi.toString());
    CHECK(Text::message("wd::TestOnly", "0x%1").arg(0xC4u, 8, 16, QLatin1Char('0')).toString() == QStringLiteral("0x000000c4"));
    CHECK(Text::message("wd::TestOnly", "%1%").arg(12.5, 0, 'f', 1).toString() == QStringLiteral("12.5%"));
    CHECK(Text::message("wd::TestOnly", "[%1]").arg(QStringLiteral("x"), 4, QLatin1Char('.')).toString() == QStringLiteral("[...x]"));

    // nested and concatenated texts survive JSON and re-render in another language
    const Text nested = translate("wd::Scanner", "The check \"%1\" could not run").arg(translate("wd::Severity", "Critical"))
                        + QStringLiteral(" / ") + QStringLiteral("C:\\Windows");
    const Text back = Text::fromJson(QJsonDocument::fromJson(QJsonDocument(QJsonObject{{QStringLiteral("t"), nested.toJson()}})
                                                                 .toJson()).object().value(QStringLiteral("t")));
    CHECK(back.toString() == nested.toString());
    CHECK(back.toString() == QStringLiteral("The check \"Critical\" could not run / C:\\Windows"));
    {
        LanguageGuard zh(QStringLiteral("zh_CN"));
        CHECK(back.toString() == nested.toString());
        CHECK(hasCjk(back.toString()));
        CHECK(back.toString().endsWith(QStringLiteral(" / C:\\Windows")));
        CHECK_FALSE(back.toString().contains(QStringLiteral("Critical")));
    }

    // plurals keep their count
    const Text plural = translate("wd::SignatureCheck", "%n system file(s) are not validly signed", nullptr, 3);
    CHECK(Text::fromJson(plural.toJson()).toString() == QStringLiteral("3 system files are not validly signed"));

    // literals stay literals (never looked up), and hostile JSON stays bounded and harmless
    CHECK(Text(QStringLiteral("Warning")).isLiteral());
    CHECK(Text::fromJson(QJsonObject{{QStringLiteral("ctx"), 5}}).isEmpty());
    QJsonValue deep = QStringLiteral("x");
    for (int i = 0; i < 200; ++i)
        deep = QJsonObject{{QStringLiteral("cat"), QJsonArray{deep}}};
    CHECK(Text::fromJson(deep).toString().size() <= 1);
}

TEST_CASE("a report made in Chinese reads in English and the reverse (text, HTML, JSON)", "[i18n][report][demo]")
{
    QTemporaryDir tmp;
    const QString zhJson = tmp.filePath(QStringLiteral("zh.json"));
    const QString enJson = tmp.filePath(QStringLiteral("en.json"));
    auto scan = [](const QString &lang, const QString &out) {
        test::RunResult r = test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("demo"),
                                          QStringLiteral("--lang"), lang, QStringLiteral("--format"), QStringLiteral("json"),
                                          QStringLiteral("--output"), out});
        REQUIRE(r.exitCode == 1);
    };
    scan(QStringLiteral("zh_CN"), zhJson);
    scan(QStringLiteral("en"), enJson);

    const QJsonObject zh = readJson(zhJson);
    CHECK(zh.value(QStringLiteral("schema")).toString() == QStringLiteral("winsock-doctor/scan/2"));
    CHECK(zh.value(QStringLiteral("language")).toString() == QStringLiteral("zh_CN"));
    const QJsonArray zhFindings = zh.value(QStringLiteral("findings")).toArray();
    REQUIRE(zhFindings.size() > 5);
    int zhTitles = 0;
    for (const QJsonValue &v : zhFindings) {
        const QJsonObject f = v.toObject();
        // the file itself stays readable in the scan's language
        zhTitles += hasCjk(f.value(QStringLiteral("title")).toString()) ? 1 : 0;
        CHECK(f.value(QStringLiteral("i18n")).toObject().contains(QStringLiteral("title")));
    }
    CHECK(zhTitles == zhFindings.size());

    // zh report -> English, in every format: no Chinese text left in any finding
    for (const QString &format : {QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("json")}) {
        INFO("format " << format.toStdString());
        test::RunResult r = test::runApp({QStringLiteral("report"), zhJson, QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("--format"), format});
        REQUIRE(r.exitCode == 1);
        if (format == QLatin1String("json")) {
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            CHECK(o.value(QStringLiteral("language")).toString() == QStringLiteral("en"));
            for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
                const QJsonObject f = v.toObject();
                INFO(f.value(QStringLiteral("id")).toString().toStdString());
                CHECK_FALSE(hasCjk(f.value(QStringLiteral("title")).toString()));
                CHECK_FALSE(hasCjk(f.value(QStringLiteral("detail")).toString()));
            }
            for (const QJsonValue &v : o.value(QStringLiteral("checks")).toArray())
                CHECK_FALSE(hasCjk(v.toObject().value(QStringLiteral("title")).toString()));
        } else {
            CHECK_FALSE(hasCjk(QString::fromUtf8(r.out)));
        }
    }
    // ... and equal to the English scan's own rendering, finding by finding
    {
        test::RunResult a = test::runApp({QStringLiteral("report"), zhJson, QStringLiteral("--lang"), QStringLiteral("en"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonArray fromZh = QJsonDocument::fromJson(a.out).object().value(QStringLiteral("findings")).toArray();
        const QJsonArray en = readJson(enJson).value(QStringLiteral("findings")).toArray();
        REQUIRE(fromZh.size() == en.size());
        for (qsizetype i = 0; i < en.size(); ++i) {
            CHECK(fromZh[i].toObject().value(QStringLiteral("title")) == en[i].toObject().value(QStringLiteral("title")));
            CHECK(fromZh[i].toObject().value(QStringLiteral("detail")) == en[i].toObject().value(QStringLiteral("detail")));
        }
    }
    // en report -> Chinese: every translated title is Chinese now
    test::RunResult r = test::runApp({QStringLiteral("report"), enJson, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 1);
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("findings")).toArray()) {
        INFO(v.toObject().value(QStringLiteral("id")).toString().toStdString());
        CHECK(hasCjk(v.toObject().value(QStringLiteral("title")).toString()));
        CHECK(hasCjk(v.toObject().value(QStringLiteral("detail")).toString()));
    }
}

TEST_CASE("a scan/1 report still opens, in its own language, with a note", "[i18n][report]")
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("v1.json"));
    QJsonObject o{{QStringLiteral("schema"), QStringLiteral("winsock-doctor/scan/1")},
                  {QStringLiteral("target"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("live")}}},
                  {QStringLiteral("findings"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("winsock.lsp.present")},
                                          {QStringLiteral("check"), QStringLiteral("winsock")},
                                          {QStringLiteral("severity"), QStringLiteral("warning")},
                                          {QStringLiteral("title"), QStringLiteral("已安装分层服务提供程序")},
                                          {QStringLiteral("detail"), QStringLiteral("旧报告")}}}}};
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
    f.close();
    test::RunResult r = test::runApp({QStringLiteral("report"), path, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(r.exitCode == 1);
    CHECK(QString::fromUtf8(r.out).contains(QStringLiteral("已安装分层服务提供程序")));
    CHECK(r.out.contains("scan/1"));
}
