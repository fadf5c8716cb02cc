// Readable names from indirect strings ("@%SystemRoot%\system32\mswsock.dll,-60100"): the RT_STRING
// reader on real PEs (Wine's ipconfig.exe carries string tables in 40 languages; its id 104 is
// "Ethernet" in 0x0409 and "以太网" in 0x0804, read independently with a separate parser when this test
// was written), and the resolver on generated volumes: the language folder's .mui first, the file's own
// table next, the caller's fallback when neither has the string (never the raw @-string).
#include "checks/checks.h"
#include "checks/mui_string.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "formats/pe.h"
#include "platform/offline_view.h"
#include "support/test_util.h"
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

QByteArray winePe(const QString &name)
{
    const QByteArray b = fx::winePeDll(name);
    REQUIRE(!b.isEmpty());
    return b;
}

std::unique_ptr<OfflineView> openView(const QString &root)
{
    Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(root);
    REQUIRE(v.ok());
    return std::move(*v);
}

} // namespace

TEST_CASE("RT_STRING: strings of a real PE by id and language, bounds-checked", "[mui][pe]")
{
    const QByteArray exe = winePe(QStringLiteral("ipconfig.exe"));
    Expected<pe::Image> img = pe::parse(exe);
    REQUIRE(img.ok());
    // Block 104/16+1 = 7, entry 104%16 = 8.
    CHECK(pe::readResourceString(exe, *img, 104, {0x0409}) == std::optional<QString>(QStringLiteral("Ethernet")));
    CHECK(pe::readResourceString(exe, *img, 104, {0x0804}) == std::optional<QString>(QString::fromUtf8("以太网")));
    CHECK(pe::readResourceString(exe, *img, 105, {0x0804, 0x0409}) == std::optional<QString>(QString::fromUtf8("未知")));
    CHECK(pe::readResourceString(exe, *img, 101, {0x0409}) == std::optional<QString>(QStringLiteral("Usage: ipconfig [ /? | /all ]\n")));
    // A language the file lacks: the neutral / first language present still gives a string.
    const std::optional<QString> any = pe::readResourceString(exe, *img, 104, {0x0439});
    REQUIRE(any);
    CHECK(!any->isEmpty());
    // Ids the file does not have.
    CHECK_FALSE(pe::readResourceString(exe, *img, 60100, {0x0409}));
    CHECK_FALSE(pe::readResourceString(exe, *img, 0x10000, {0x0409}));
    // A PE without a string table.
    const QByteArray mswsock = winePe(QStringLiteral("mswsock.dll"));
    Expected<pe::Image> mi = pe::parse(mswsock);
    REQUIRE(mi.ok());
    CHECK_FALSE(pe::readResourceString(mswsock, *mi, 104));

    // Damaged copies never crash and never read past the end: cut inside the resource section, and
    // every string block's length prefix turned huge.
    const qint64 rsrc = pe::rvaToOffset(*img, img->directories[2].rva);
    REQUIRE(rsrc > 0);
    for (qint64 cut : {rsrc + 8, rsrc + 200, qint64(exe.size()) - 4000}) {
        const QByteArray t = exe.left(cut);
        (void)pe::readResourceString(t, *img, 104, {0x0409}); // image parsed from the whole file: offsets beyond T
    }
    QByteArray bad = exe;
    // Every length-prefixed "Ethernet" (several languages keep the word): length 65535 instead of 8.
    const QByteArray needle = QByteArray("\x08\x00", 2) + QByteArray::fromRawData(reinterpret_cast<const char *>(u"Ethernet"), 16);
    int patched = 0;
    for (qsizetype at = bad.indexOf(needle); at >= 0; at = bad.indexOf(needle, at + 1), ++patched) {
        bad[at] = char(0xFF);
        bad[at + 1] = char(0xFF);
    }
    REQUIRE(patched >= 1);
    const std::optional<QString> broken = pe::readResourceString(bad, *img, 104, {0x0409});
    CHECK((!broken || *broken != QLatin1String("Ethernet")));
}

TEST_CASE("MUI strings resolved from the target's own files: language folder .mui, then the PE itself", "[mui]")
{
    QTemporaryDir dir;
    const QString root = dir.path();
    {
        fx::WindowsImage img(root);
        // The DLL itself has no string table; its Simplified Chinese .mui has the strings.
        img.writeFile(QStringLiteral("Windows\\System32\\mswsock.dll"), winePe(QStringLiteral("mswsock.dll")));
        img.writeFile(QStringLiteral("Windows\\System32\\zh-CN\\mswsock.dll.mui"), winePe(QStringLiteral("ipconfig.exe")));
        // A driver whose strings are in its own file.
        img.writeFile(QStringLiteral("Windows\\System32\\drivers\\wfplwfs.sys"), winePe(QStringLiteral("ipconfig.exe")));
        img.setCcs(QStringLiteral("Control\\Nls\\Language"), RegValue::sz(QStringLiteral("Default"), QStringLiteral("0804")));
        img.setCcs(QStringLiteral("Control\\MUI\\UILanguages\\zh-CN"), RegValue::dword(QStringLiteral("LCID"), 0x804));
        // A namespace provider whose DisplayString points into mswsock.dll.
        const QString ns = QStringLiteral("Services\\WinSock2\\Parameters\\NameSpace_Catalog5\\Catalog_Entries\\000000000001");
        img.setCcs(ns, RegValue::sz(QStringLiteral("LibraryPath"), QStringLiteral("%SystemRoot%\\system32\\mswsock.dll"), RegExpandSz));
        img.setCcs(ns, RegValue::sz(QStringLiteral("DisplayString"), QStringLiteral("@%SystemRoot%\\system32\\mswsock.dll,-104")));
        img.setCcs(ns, RegValue::dword(QStringLiteral("SupportedNameSpace"), 12));
        img.setCcs(ns, RegValue::dword(QStringLiteral("Enabled"), 1));
        const QString ns2 = QStringLiteral("Services\\WinSock2\\Parameters\\NameSpace_Catalog5\\Catalog_Entries\\000000000002");
        img.setCcs(ns2, RegValue::sz(QStringLiteral("LibraryPath"), QStringLiteral("%SystemRoot%\\system32\\mswsock.dll"), RegExpandSz));
        img.setCcs(ns2, RegValue::sz(QStringLiteral("DisplayString"), QStringLiteral("@%SystemRoot%\\system32\\mswsock.dll,-60999")));
        img.setCcs(ns2, RegValue::dword(QStringLiteral("SupportedNameSpace"), 12));
        img.commit();
    }
    std::unique_ptr<OfflineView> view = openView(root);
    const MuiResolver mui(*view);
    REQUIRE(!mui.languages().isEmpty());
    CHECK(mui.languages().first() == QLatin1String("zh-CN"));
    CHECK(mui.languages().contains(QStringLiteral("en-US")));

    // From System32\zh-CN\mswsock.dll.mui in the system's language.
    CHECK(mui.resolve(QStringLiteral("@%SystemRoot%\\system32\\mswsock.dll,-104")) == std::optional<QString>(QString::fromUtf8("以太网")));
    // From the driver's own string table (no .mui), drivers folder, %windir% form.
    CHECK(mui.resolve(QStringLiteral("@%windir%\\System32\\drivers\\wfplwfs.sys,-105")) == std::optional<QString>(QString::fromUtf8("未知")));
    // Not indirect: returned as is.
    CHECK(mui.resolve(QStringLiteral("MSAFD Tcpip [TCP/IP]")) == std::optional<QString>(QStringLiteral("MSAFD Tcpip [TCP/IP]")));
    // Unresolvable: nullopt; readable() gives the fallback, or the string's own ";text".
    CHECK_FALSE(mui.resolve(QStringLiteral("@%SystemRoot%\\system32\\mswsock.dll,-60999")));
    CHECK_FALSE(mui.resolve(QStringLiteral("@%SystemRoot%\\system32\\nothere.dll,-1")));
    CHECK(mui.readable(QStringLiteral("@%SystemRoot%\\system32\\nothere.dll,-1"), QStringLiteral("nothere.dll")) == QLatin1String("nothere.dll"));
    CHECK(mui.readable(QStringLiteral("@net.inf,%e1000.devicedesc%;Intel(R) PRO/1000"), QStringLiteral("x")) == QLatin1String("Intel(R) PRO/1000"));

    // The namespace check shows the resolved name, keeps the stored string as evidence, and never shows
    // an @-string: the unresolvable entry gets the provider DLL's name.
    ScanResult result;
    ScanOptions options;
    CancelToken cancel;
    ScanContext ctx{*view, result, options, cancel, {}};
    REQUIRE(makeNamespaceCheck()->run(ctx).ok());
    QStringList shown;
    for (const QJsonValue &v : result.winsock.value(QStringLiteral("namespaces")).toArray())
        shown << v.toObject().value(QStringLiteral("display_name")).toString();
    INFO(shown.join(QStringLiteral(" | ")).toStdString());
    CHECK(shown.contains(QString::fromUtf8("以太网")));
    CHECK(shown.contains(QStringLiteral("mswsock.dll (NS_DNS)")));
    for (const QString &s : shown)
        CHECK_FALSE(s.startsWith(QLatin1Char('@')));
}
