// Branded builds (core/brand.h, cmake -DWD_BRANDING): the brand file's rules, the product name in every
// message and language, the report footer and contacts, --version, the default language — and what
// machines read (finding ids, JSON keys) untouched by the brand.
#include "core/brand.h"
#include "core/i18n.h"
#include "core/scan_result.h"
#include "core/text.h"
#include "report/html_report.h"
#include "report/text_report.h"
#include "support/test_util.h"
#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace wd;
using namespace wd::test;

namespace {

QString parseError(const char *json)
{
    Expected<Brand> b = Brand::parse(QByteArray(json));
    return b.ok() ? QString() : b.error().message;
}

ScanResult sampleResult()
{
    ScanResult r;
    r.target.kind = QStringLiteral("offline");
    r.target.path = QStringLiteral("/mnt/win");
    Finding f;
    f.id = QStringLiteral("appinit.dlls.active");
    f.check = QStringLiteral("appinit");
    f.severity = Severity::Error;
    f.title = Text(QStringLiteral("AppInit_DLLs loads a DLL into every program"));
    f.repairs << QStringLiteral("appinit.disable");
    r.findings << f;
    return r;
}

} // namespace

TEST_CASE("The brand files in the tree parse: the default one is Winsock Doctor itself", "[brand]")
{
    const Brand ex = exampleBrand();
    CHECK(ex.productName(QStringLiteral("en")) == QStringLiteral("Contoso PC Rescue"));
    CHECK(ex.productName(QStringLiteral("zh_CN")) == QStringLiteral("康托索电脑急救"));
    CHECK(ex.supportUrl(QStringLiteral("zh_CN")) == QStringLiteral("https://support.contoso.example/network")); // not overridden
    CHECK(ex.supportPhone(QStringLiteral("zh_CN")) == QStringLiteral("400 555 0100"));
    CHECK(ex.supportLine(QStringLiteral("en")) == QStringLiteral("+1 555 0100 \u00b7 https://support.contoso.example/network"));
    CHECK(ex.accentColor() == QStringLiteral("#0f7b6c"));
    CHECK(ex.defaultLanguage() == QStringLiteral("zh_CN"));
    CHECK(ex.logoPng().startsWith("\x89PNG"));
    CHECK_FALSE(ex.isBase());

    const Expected<Brand> def = Brand::parse(readFile(sourceDir() + QStringLiteral("/resources/brands/default/brand.json")));
    REQUIRE(def.ok());
    CHECK(def->isBase());
    CHECK(def->productName(QStringLiteral("zh_CN")) == QStringLiteral("Winsock Doctor"));
    // This build's own brand is well-formed whatever it is (the default build: the default brand).
    CHECK_FALSE(brand().productName().isEmpty());
    CHECK(brand().logoPng().startsWith("\x89PNG"));
}

TEST_CASE("A brand file that breaks a rule is refused with the reason", "[brand]")
{
    CHECK(parseError("[]").contains(QStringLiteral("not a JSON object")));
    CHECK(parseError(R"({"vendor":"v"})").contains(QStringLiteral("product_name")));
    CHECK(parseError(R"({"product_name":"A","vendor":"v","phone":"1"})").contains(QStringLiteral("unknown field \"phone\"")));
    CHECK(parseError(R"({"product_name":"A %1","vendor":"v"})").contains(QStringLiteral("%")));
    CHECK(parseError(R"({"product_name":"A","vendor":"v","accent_color":"teal"})").contains(QStringLiteral("#RRGGBB")));
    CHECK(parseError(R"({"product_name":"A","vendor":"v","support_url":"http://x.example"})").contains(QStringLiteral("https://")));
    CHECK(parseError(R"({"product_name":"A","vendor":"v","default_language":"fr"})").contains(QStringLiteral("default_language")));
    CHECK(parseError(R"({"product_name":"A","vendor":"v","translations":{"fr":{}}})").contains(QStringLiteral("\"fr\"")));
    CHECK(parseError(R"({"product_name":"A","vendor":"v","translations":{"zh_CN":{"logo":"x.png"}}})")
              .contains(QStringLiteral("cannot differ by language")));
    CHECK(parseError(R"({"product_name":"A","vendor":"v","report_footer":"line\nbreak"})").contains(QStringLiteral("line breaks")));
    CHECK(parseError(R"({"product_name":"A","vendor":7})").contains(QStringLiteral("must be a string")));
    CHECK_FALSE(Brand::parse(R"({"product_name":"A","vendor":"v"})", QByteArray("GIF89a")).ok());
    CHECK(Brand::parse(R"({"product_name":"A","vendor":"v"})").ok());
    CHECK(Brand::parse(R"({"product_name":"A","vendor":"v","icon":"app.ico"})").ok());
    CHECK(parseError(R"({"product_name":"A","vendor":"v","translations":{"zh_CN":{"icon":"x.ico"}}})")
              .contains(QStringLiteral("cannot differ by language")));
}

TEST_CASE("Every message names the brand's product, in each language, and nothing else changes", "[brand][i18n]")
{
    const ScopedBrandOverride scoped(exampleBrand());
    {
        const LanguageGuard en(QStringLiteral("en"));
        CHECK(QCoreApplication::translate("wd::ui::WizardWindow", "Welcome to Winsock Doctor") == QStringLiteral("Welcome to Contoso PC Rescue"));
        CHECK(QCoreApplication::translate("wd::ui::pages::FindingsPage", "Winsock Doctor found %n problem(s).", nullptr, 3)
              == QStringLiteral("Contoso PC Rescue found 3 problems."));
        CHECK(QCoreApplication::translate("wd::TextReport", "No problems found.") == QStringLiteral("No problems found."));
        // Arguments are data, never rewritten: a path that names the base product stays as it is.
        CHECK(translate("wd::TextReport", "Target: %1 %2").arg(QStringLiteral("offline"), QStringLiteral("C:/Winsock Doctor")).toString()
              == QStringLiteral("Target: offline C:/Winsock Doctor"));
        CHECK(translate("wd::TextReport", "Winsock Doctor scan").toSourceString() == QStringLiteral("Contoso PC Rescue scan"));
        CHECK(versionLine() == QStringLiteral("Contoso PC Rescue %1 (winsock-doctor %1)").arg(QStringLiteral(WD_VERSION)));
    }
    {
        const LanguageGuard zh(QStringLiteral("zh_CN"));
        const QString welcome = QCoreApplication::translate("wd::ui::WizardWindow", "Welcome to Winsock Doctor");
        CHECK(welcome.contains(QStringLiteral("康托索电脑急救")));
        CHECK_FALSE(welcome.contains(QStringLiteral("Winsock Doctor")));
        CHECK(versionLine().startsWith(QStringLiteral("康托索电脑急救 ")));
        // Evidence stays English (the brand's English name).
        CHECK(translate("wd::TextReport", "Winsock Doctor scan").toSourceString() == QStringLiteral("Contoso PC Rescue scan"));
    }
}

TEST_CASE("The default brand changes no message", "[brand][i18n]")
{
    Expected<Brand> def = Brand::parse(readFile(sourceDir() + QStringLiteral("/resources/brands/default/brand.json")));
    REQUIRE(def.ok());
    const ScopedBrandOverride scoped(*def);
    const LanguageGuard en(QStringLiteral("en"));
    CHECK(QCoreApplication::translate("wd::ui::WizardWindow", "Welcome to Winsock Doctor") == QStringLiteral("Welcome to Winsock Doctor"));
    CHECK(versionLine() == QStringLiteral("winsock-doctor %1").arg(QStringLiteral(WD_VERSION)));
    CHECK_FALSE(formatScanText(sampleResult()).contains(QStringLiteral("Support:")));
    CHECK_FALSE(formatScanHtml(sampleResult()).contains(QStringLiteral("<footer")));
}

TEST_CASE("Reports carry the brand's footer and support contacts: the JSON is the same as without a brand", "[brand][report]")
{
    const ScanResult r = sampleResult();
    const QByteArray plainJson = QJsonDocument(r.toJson()).toJson();
    const ScopedBrandOverride scoped(exampleBrand());
    {
        const LanguageGuard en(QStringLiteral("en"));
        const QString text = formatScanText(r);
        CHECK(text.startsWith(QStringLiteral("Contoso PC Rescue scan")));
        CHECK(text.contains(QStringLiteral("Send this report to Contoso Support with your ticket number.")));
        CHECK(text.contains(QStringLiteral("Support: +1 555 0100 \u00b7 https://support.contoso.example/network")));
        const QString html = formatScanHtml(r);
        CHECK(html.contains(QStringLiteral("<a href=\"https://support.contoso.example/network\">")));
        CHECK(html.contains(QStringLiteral("+1 555 0100")));
        CHECK(html.contains(QStringLiteral("src=\"data:image/png;base64,")));
        CHECK(html.contains(QStringLiteral("img-src data:"))); // the page's CSP lets the embedded logo show, nothing else
        CHECK(html.contains(QStringLiteral("Made by Contoso PC Rescue")));
        CHECK(QJsonDocument(r.toJson()).toJson() == plainJson);
    }
    {
        const LanguageGuard zh(QStringLiteral("zh_CN"));
        const QString text = formatScanText(r);
        CHECK(text.contains(QStringLiteral("请把这份报告连同工单号发送给康托索技术支持。")));
        CHECK(text.contains(QStringLiteral("400 555 0100")));
        CHECK_FALSE(text.contains(QStringLiteral("+1 555 0100")));
        CHECK(formatScanHtml(r).contains(QStringLiteral("400 555 0100")));
    }
}

TEST_CASE("The default language: the system's UI language when spoken, else the brand's, else English", "[brand][i18n]")
{
    CHECK(pickDefaultLanguage({QStringLiteral("zh-Hans-CN"), QStringLiteral("en-US")}, QStringLiteral("en")) == QStringLiteral("zh_CN"));
    CHECK(pickDefaultLanguage({QStringLiteral("en-GB")}, QStringLiteral("zh_CN")) == QStringLiteral("en"));
    CHECK(pickDefaultLanguage({QStringLiteral("fr-FR"), QStringLiteral("de-DE")}, QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(pickDefaultLanguage({QStringLiteral("fr-FR")}, QString()) == QStringLiteral("en"));
    CHECK(pickDefaultLanguage({QStringLiteral("fr-FR"), QStringLiteral("zh-TW")}, QStringLiteral("en")) == QStringLiteral("zh_CN"));
}

#ifndef _WIN32
// A brand's "icon" is compiled into winsock-doctor.exe and the installer: cmake/WdIcon.cmake (run by
// cmake/WdBranding.cmake) refuses a file a resource compiler or Windows would choke on, with the reason.
TEST_CASE("A brand icon that is not a sound .ico file is refused at build time with the reason", "[brand]")
{
    const QString cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
    if (cmake.isEmpty()) {
        WARN("no cmake on PATH");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto check = [&](const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("icon.ico"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(cmake, {QStringLiteral("-DICON=") + path, QStringLiteral("-P"), sourceDir() + QStringLiteral("/cmake/WdIcon.cmake")});
        REQUIRE(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAll()).simplified();
        return p.exitCode() == 0 ? QString() : out;
    };
    auto le16 = [](int v) { return QByteArray(1, char(v & 0xff)) + char((v >> 8) & 0xff); };
    auto le32 = [&](qint64 v) { return le16(int(v & 0xffff)) + le16(int((v >> 16) & 0xffff)); };
    // One image of SIZE bytes at OFFSET (the directory says so), then the bytes of IMAGE.
    auto icon = [&](int count, qint64 size, qint64 offset, const QByteArray &image) {
        QByteArray b = le16(0) + le16(1) + le16(count);
        for (int i = 0; i < count; ++i)
            b += QByteArray("\x20\x20\x00\x00", 4) + le16(1) + le16(32) + le32(size) + le32(offset);
        return b + image;
    };
    const QByteArray png = readFile(sourceDir() + QStringLiteral("/resources/brands/example/logo.png"));
    REQUIRE(png.startsWith("\x89PNG"));
    QByteArray dib = le32(40) + QByteArray(36 + 32 * 32 * 4, '\0');

    // Sound ones: a PNG image, a bitmap image; the example brand's own icon and the product's.
    CHECK(check(icon(1, png.size(), 22, png)).isEmpty());
    CHECK(check(icon(1, dib.size(), 22, dib)).isEmpty());
    CHECK(check(readFile(sourceDir() + QStringLiteral("/resources/brands/example/icon.ico"))).isEmpty());
    CHECK(check(readFile(sourceDir() + QStringLiteral("/resources/icons/winsock-doctor.ico"))).isEmpty());

    CHECK(check(png).contains(QStringLiteral("not a Windows icon")));
    CHECK(check(QByteArray("\0\0\1", 3)).contains(QStringLiteral("not a Windows icon")));
    CHECK(check(icon(0, 0, 6, {})).contains(QStringLiteral("names 0 images")));
    CHECK(check(icon(65, png.size(), 6 + 16 * 65, png)).contains(QStringLiteral("names 65 images")));
    CHECK(check(icon(3, png.size(), 22, png)).contains(QStringLiteral("image")));               // directory overlaps
    CHECK(check(icon(1, png.size() + 1, 22, png)).contains(QStringLiteral("outside the file")));  // one byte too long
    CHECK(check(icon(1, 0xffffffffLL, 22, png)).contains(QStringLiteral("outside the file")));
    CHECK(check(icon(1, png.size(), 0xfffffff0LL, png)).contains(QStringLiteral("outside the file")));
    CHECK(check(icon(1, 100, 22, QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(96, 'j'))).contains(QStringLiteral("neither a PNG nor a bitmap")));
    CHECK(check(icon(1, png.size(), 22, png) + QByteArray(1100000, '\0')).contains(QStringLiteral("larger than 1 MB")));
}
#endif
