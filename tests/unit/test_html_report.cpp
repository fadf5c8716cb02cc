#include "core/support_code.h"
#include "platform/targets.h"
#include "report/html_report.h"
#include "support/test_util.h"
#include <QFile>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace wd;

namespace {
ScanResult hostileScan()
{
    ScanResult r;
    r.target.kind = QStringLiteral("offline");
    r.target.path = QStringLiteral("/mnt/<img src=x onerror=alert(1)>");
    r.target.windows.product = QStringLiteral("Windows 10 Pro");
    r.target.windows.build = QStringLiteral("19045");
    r.started = QDateTime::currentDateTimeUtc();
    Finding f;
    f.id = QStringLiteral("winsock.lsp.present");
    f.check = QStringLiteral("winsock");
    f.severity = Severity::Critical;
    f.title = QStringLiteral("LSP \"<script>alert('x')</script>\" & friends");
    f.detail = QStringLiteral("Line one\nLine <b>two</b>");
    f.evidence.insert(QStringLiteral("dll<"), QStringLiteral("C:\\evil\\\"><script>x</script>.dll"));
    f.evidence.insert(QStringLiteral("count"), 3);
    f.repairs << QStringLiteral("winsock.remove-lsp");
    r.add(f);
    r.checks.append({QStringLiteral("winsock"), QStringLiteral("Winsock <catalog>"), QStringLiteral("problems"), QString(), 12});
    r.dumps.append(QJsonObject{{QStringLiteral("bugcheck"), QStringLiteral("0x000000D1")},
                               {QStringLiteral("name"), QStringLiteral("DRIVER_IRQL_NOT_LESS_OR_EQUAL")},
                               {QStringLiteral("suspect"), QStringLiteral("<nsfilter.sys>")},
                               {QStringLiteral("explanation"), QStringLiteral("A driver touched memory at a bad IRQL & crashed.")}});
    r.supportCode = SupportCode::encode(r);
    return r;
}
} // namespace

TEST_CASE("htmlEscape escapes markup and quotes", "[html]")
{
    CHECK(htmlEscape(QStringLiteral("<a href=\"x\">'&'</a>")) == QStringLiteral("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"));
    CHECK(htmlEscape(QStringLiteral("plain 中文")) == QStringLiteral("plain 中文"));
}

TEST_CASE("HTML report is self-contained and escapes every text", "[html]")
{
    const QString html = formatScanHtml(hostileScan());
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<style>")));
    // No scripts, no external resources, no raw markup from the report.
    CHECK_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    CHECK_FALSE(html.contains(QStringLiteral("<b>two")));
    CHECK_FALSE(html.contains(QStringLiteral("http://")));
    CHECK_FALSE(html.contains(QStringLiteral("https://")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
    CHECK(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    CHECK(html.contains(QStringLiteral("Line one<br>Line &lt;b&gt;two&lt;/b&gt;")));
    CHECK(html.contains(QStringLiteral("&lt;nsfilter.sys&gt;")));
    CHECK(html.contains(QStringLiteral("DRIVER_IRQL_NOT_LESS_OR_EQUAL")));
    CHECK(html.contains(hostileScan().supportCode));
    CHECK(html.contains(QStringLiteral("Content-Security-Policy")));
    // Every '<' in the output opens one of our own tags.
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9!]+)"));
    const QStringList allowed{QStringLiteral("!DOCTYPE"), QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"),
                              QStringLiteral("title"), QStringLiteral("style"), QStringLiteral("body"), QStringLiteral("h1"),
                              QStringLiteral("h2"), QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("span"),
                              QStringLiteral("div"), QStringLiteral("strong"), QStringLiteral("table"), QStringLiteral("tr"),
                              QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("pre")};
    auto it = tag.globalMatch(html);
    int tags = 0;
    while (it.hasNext()) {
        const QString name = it.next().captured(2);
        INFO(name.toStdString());
        CHECK(allowed.contains(name));
        ++tags;
    }
    CHECK(tags > 20);
}

TEST_CASE("scan --format html and report --format html write the page", "[html]")
{
    if (!demoImageAvailable())
        return;
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("r.html"));
    const QString json = dir.filePath(QStringLiteral("r.json"));
    const auto scan = wd::test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("demo"),
                                        QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), html});
    CHECK((scan.exitCode == 0 || scan.exitCode == 1));
    const QByteArray page = wd::test::readFile(html);
    CHECK(page.startsWith("<!DOCTYPE html>"));
    CHECK_FALSE(page.contains("<script"));
    const auto scanJson = wd::test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("demo"),
                                            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), json});
    REQUIRE(QFile::exists(json));
    const auto rep = wd::test::runApp({QStringLiteral("report"), json, QStringLiteral("--format"), QStringLiteral("html")});
    CHECK(rep.exitCode == scanJson.exitCode);
    CHECK(rep.out.startsWith("<!DOCTYPE html>"));
    const auto text = wd::test::runApp({QStringLiteral("report"), json});
    CHECK(text.exitCode == scanJson.exitCode);
    CHECK(text.out.contains("Support code"));
    // A report that is not JSON is unreadable input.
    QFile bad(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("{not json");
    bad.close();
    CHECK(wd::test::runApp({QStringLiteral("report"), bad.fileName()}).exitCode == 3);
    CHECK(wd::test::runApp({QStringLiteral("report")}).exitCode == 2);
}
