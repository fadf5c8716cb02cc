// Winsock catalog, namespace, AppInit and network checks on generated Windows volumes, with golden
// JSON reports (tests/golden/winsock-*.json; WD_UPDATE_GOLDEN=1 rewrites them).
#include "checks/checks.h"
#include "fixtures/winsock_fixtures.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include "report/text_report.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

struct Scanned {
    QTemporaryDir dir;
    ScanResult result;
};

std::unique_ptr<Scanned> scanFixture(fx::WinsockFixture f)
{
    auto s = std::make_unique<Scanned>();
    fx::buildWinsockFixture(s->dir.path(), f);
    auto spec = TargetSpec::parse(QStringLiteral("offline:") + s->dir.path());
    REQUIRE(spec.ok());
    auto target = openTarget(*spec);
    REQUIRE(target.ok());
    CancelToken cancel;
    s->result = scanTarget(*target, ScanOptions{}, cancel);
    return s;
}

QList<Finding> withId(const ScanResult &r, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.id == id)
            out.append(f);
    return out;
}

QStringList ids(const ScanResult &r, const QString &check)
{
    QStringList out;
    for (const Finding &f : r.findings)
        if (f.check == check)
            out.append(f.id);
    return out;
}

QJsonArray protocols(const ScanResult &r, const QString &catalog)
{
    for (const QJsonValue &c : r.winsock.value(QStringLiteral("catalogs")).toArray())
        if (c.toObject().value(QStringLiteral("name")).toString() == catalog)
            return c.toObject().value(QStringLiteral("protocols")).toArray();
    return {};
}

// The stable part of a report: no times, temp paths, versions or checks of other features.
QJsonObject stable(const ScanResult &r, const QString &root)
{
    QJsonObject o = r.toJson();
    for (const char *k : {"started", "duration_ms", "support_code", "tool", "checks", "files", "devices", "dumps"})
        o.remove(QLatin1String(k));
    QJsonObject t = o.value(QStringLiteral("target")).toObject();
    t.remove(QStringLiteral("path"));
    o.insert(QStringLiteral("target"), t);
    QJsonArray fs;
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray()) {
        const QString check = v.toObject().value(QStringLiteral("check")).toString();
        if (check == QLatin1String("winsock") || check == QLatin1String("namespaces") || check == QLatin1String("appinit")
            || check == QLatin1String("network") || check == QLatin1String("target"))
            fs.append(v);
    }
    o.insert(QStringLiteral("findings"), fs);
    QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
    text.replace(root.toUtf8(), "<ROOT>");
    return QJsonDocument::fromJson(text).object();
}

void compareGolden(const QString &name, const QJsonObject &actual)
{
    const QString path = test::sourceDir() + QStringLiteral("/tests/golden/") + name + QStringLiteral(".json");
    const QByteArray bytes = QJsonDocument(actual).toJson(QJsonDocument::Indented);
    if (qEnvironmentVariable("WD_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        WARN("golden file rewritten: " << path.toStdString());
        return;
    }
    QFile f(path);
    INFO("golden file " << path.toStdString() << " (run with WD_UPDATE_GOLDEN=1 to create/update)");
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(f.readAll()).object();
    if (expected != actual)
        CHECK(bytes == QJsonDocument(expected).toJson(QJsonDocument::Indented));
    CHECK(expected == actual);
}

} // namespace

TEST_CASE("PackedCatalogItem decodes every WSAPROTOCOL_INFOW field and round-trips", "[winsock]")
{
    const fx::CatalogItem tcp = fx::windows10BaseProviders().at(1);
    const QByteArray raw = tcp.raw();
    REQUIRE(raw.size() == kPackedCatalogItemSize);
    auto item = decodePackedCatalogItem(raw);
    REQUIRE(item.ok());
    CHECK(item->dllPath == QStringLiteral("%SystemRoot%\\system32\\mswsock.dll"));
    CHECK(item->info.providerId == QStringLiteral("{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}"));
    CHECK(item->info.catalogEntryId == 1006u);
    CHECK(item->info.chainLen == 1);
    CHECK(item->kind() == QStringLiteral("base"));
    CHECK(item->info.serviceFlags1 == 0x20066u);
    CHECK(item->info.providerFlags == 0x8u);
    CHECK(item->info.version == 2);
    CHECK(item->info.addressFamily == 2);
    CHECK(item->info.maxSockAddr == 16);
    CHECK(item->info.minSockAddr == 16);
    CHECK(item->info.socketType == 1);
    CHECK(item->info.protocol == 6);
    CHECK(protocolDisplayName(item->info.protocolName) == QStringLiteral("MSAFD Tcpip [TCP/IP]"));
    CHECK_FALSE(item->truncated());
    CHECK_FALSE(item->oversized());
    CHECK(encodePackedCatalogItem(item->dllPath, item->info) == raw);
    // Byte offsets as laid out by Windows: 260-byte path, then WSAPROTOCOL_INFOW.
    CHECK(raw.mid(260 + 20, 4) == QByteArray::fromHex("a01a0fe7"));
    CHECK(raw.mid(260 + 36, 4) == QByteArray::fromHex("ee030000"));
    CHECK(raw.mid(260 + 116, 4) == QByteArray::fromHex("40002500")); // "@%" UTF-16LE
}

TEST_CASE("Short and long PackedCatalogItems are handled without reading past the end", "[winsock]")
{
    const QByteArray raw = fx::windows10BaseProviders().at(1).raw();
    for (int len : {0, 4, 259, 260, 300, 375})
        CHECK_FALSE(decodePackedCatalogItem(raw.left(len)).ok());
    auto partial = decodePackedCatalogItem(raw.left(400)); // name cut after a few characters
    REQUIRE(partial.ok());
    CHECK(partial->truncated());
    CHECK(partial->info.catalogEntryId == 1006u);
    auto longer = decodePackedCatalogItem(raw + QByteArray(64, '\xff'));
    REQUIRE(longer.ok());
    CHECK(longer->oversized());
    CHECK(longer->info.protocol == 6);
    CHECK(guidToString(QByteArray(15, '\0')).isEmpty());
    CHECK(guidFromString(QStringLiteral("{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}")).has_value());
    CHECK_FALSE(guidFromString(QStringLiteral("{E70F1AA0-AB8B-11CF-8CA3}")).has_value());
}

TEST_CASE("AppInit_DLLs lists are split like user32 does", "[appinit]")
{
    CHECK(parseAppInitDllList(QString()).isEmpty());
    CHECK(parseAppInitDllList(QStringLiteral("a.dll b.dll,c.dll")) ==
          QStringList{QStringLiteral("a.dll"), QStringLiteral("b.dll"), QStringLiteral("c.dll")});
    CHECK(parseAppInitDllList(QStringLiteral("\"C:\\Program Files\\x\\y.dll\", C:\\PROGRA~1\\z.dll")) ==
          QStringList{QStringLiteral("C:\\Program Files\\x\\y.dll"), QStringLiteral("C:\\PROGRA~1\\z.dll")});
    CHECK(parseAppInitDllList(QStringLiteral("  ,, ")).isEmpty());
}

TEST_CASE("Every generated Winsock hive round-trips through hivex", "[winsock]")
{
    for (const fx::WinsockFixtureInfo &fi : fx::winsockFixtures()) {
        INFO(fi.name);
        QTemporaryDir dir;
        fx::buildWinsockFixture(dir.path(), fi.id);
        for (const char *h : {"SYSTEM", "SOFTWARE"}) {
            const QString p = dir.path() + QStringLiteral("/Windows/System32/config/") + QLatin1String(h);
            auto hdr = Hive::readHeader(p);
            REQUIRE(hdr.ok());
            CHECK(hdr->checksumOk);
            CHECK_FALSE(hdr->dirty());
            auto hive = Hive::open(p);
            REQUIRE(hive.ok());
            CHECK((*hive)->root() != 0);
        }
    }
}

TEST_CASE("A clean Windows 10 x64 catalog has no findings", "[winsock][namespaces][appinit][network]")
{
    auto s = scanFixture(fx::WinsockFixture::CleanX64);
    const ScanResult &r = s->result;
    CHECK(ids(r, QStringLiteral("winsock")).isEmpty());
    CHECK(ids(r, QStringLiteral("namespaces")).isEmpty());
    CHECK(ids(r, QStringLiteral("appinit")).isEmpty());
    CHECK(ids(r, QStringLiteral("network")).isEmpty());
    const QJsonArray p32 = protocols(r, QStringLiteral("Catalog_Entries")), p64 = protocols(r, QStringLiteral("Catalog_Entries64"));
    CHECK(p32.size() == 13);
    CHECK(p64.size() == 13);
    for (const QJsonValue &v : p64)
        CHECK(v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("base"));
    CHECK(p64[1].toObject().value(QStringLiteral("protocol_display")).toString() == QStringLiteral("MSAFD Tcpip [TCP/IP]"));
    CHECK(r.winsock.value(QStringLiteral("namespaces")).toArray().size() == 14);
    // Provider files are handed to the signature check: 64-bit from System32, 32-bit from SysWOW64.
    QStringList roles;
    bool sys32 = false, wow = false;
    for (const FileRef &f : r.filesToVerify) {
        if (f.role == QLatin1String("provider") && f.path.compare(QStringLiteral("C:\\Windows\\system32\\mswsock.dll"), Qt::CaseInsensitive) == 0)
            sys32 = true;
        if (f.role == QLatin1String("provider") && f.path.compare(QStringLiteral("C:\\Windows\\SysWOW64\\mswsock.dll"), Qt::CaseInsensitive) == 0)
            wow = true;
        roles.append(f.role);
    }
    CHECK(sys32);
    CHECK(wow);
    CHECK(roles.contains(QStringLiteral("namespace")));
    CHECK(r.appinit.value(QStringLiteral("view64")).toObject().value(QStringLiteral("present")).toBool());
    CHECK(r.appinit.value(QStringLiteral("view32")).toObject().value(QStringLiteral("present")).toBool());
    CHECK(r.network.value(QStringLiteral("tcp_global")).toObject().value(QStringLiteral("modified")).toInt() == 0);
    CHECK(r.network.value(QStringLiteral("teredo")).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("default"));
    compareGolden(QStringLiteral("winsock-clean-x64"), stable(r, s->dir.path()));
}

TEST_CASE("An LSP over TCP and UDP is reported with its DLL, vendor and chains", "[winsock]")
{
    auto s = scanFixture(fx::WinsockFixture::LspTcpUdp);
    const ScanResult &r = s->result;
    const QList<Finding> lsp = withId(r, QStringLiteral("winsock.lsp.present"));
    REQUIRE(lsp.size() == 2); // one per catalog
    for (const Finding &f : lsp) {
        CHECK(f.severity == Severity::Error);
        CHECK(f.repairs == QStringList{QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset")});
        CHECK(f.evidence.value(QStringLiteral("vendor")).toString() == QStringLiteral("NetShield Web Filter"));
        CHECK(f.evidence.value(QStringLiteral("chains")).toArray().size() == 2);
        CHECK(f.evidence.value(QStringLiteral("dll")).toString().contains(QStringLiteral("NetShield")));
        CHECK(f.title.contains(QStringLiteral("nslsp")));
    }
    CHECK(withId(r, QStringLiteral("winsock.chain.dangling")).isEmpty());
    CHECK(withId(r, QStringLiteral("winsock.provider.dll-missing")).isEmpty());
    CHECK(withId(r, QStringLiteral("winsock.provider.outside-system")).size() == 2);
    const QJsonArray p64 = protocols(r, QStringLiteral("Catalog_Entries64"));
    REQUIRE(p64.size() == 16);
    CHECK(p64[0].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("chain"));
    CHECK(p64[0].toObject().value(QStringLiteral("chain")).toArray() == QJsonArray{1014, 1006});
    CHECK(p64[15].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("layered"));
    bool fileListed = false;
    for (const FileRef &f : r.filesToVerify)
        fileListed |= f.path == QStringLiteral("C:\\Program Files\\NetShield\\nslsp64.dll") && f.role == QLatin1String("provider");
    CHECK(fileListed);
    CHECK(r.needsAttention());
    compareGolden(QStringLiteral("winsock-lsp-tcp-udp"), stable(r, s->dir.path()));
}

TEST_CASE("A chain whose layered entry is gone is reported as dangling", "[winsock]")
{
    auto s = scanFixture(fx::WinsockFixture::DanglingChain);
    const ScanResult &r = s->result;
    const QList<Finding> d = withId(r, QStringLiteral("winsock.chain.dangling"));
    REQUIRE(d.size() == 4); // two chains in each catalog
    CHECK(d[0].severity == Severity::Critical);
    CHECK(d[0].evidence.value(QStringLiteral("missing_ids")).toArray() == QJsonArray{1014});
    CHECK(d[0].repairs.contains(QStringLiteral("winsock.reset")));
    CHECK(withId(r, QStringLiteral("winsock.lsp.present")).isEmpty());
    compareGolden(QStringLiteral("winsock-dangling-chain"), stable(r, s->dir.path()));
}

TEST_CASE("Truncated and oversized catalog items are reported", "[winsock]")
{
    auto s = scanFixture(fx::WinsockFixture::TruncatedItem);
    const ScanResult &r = s->result;
    const QList<Finding> t = withId(r, QStringLiteral("winsock.entry.truncated"));
    REQUIRE(t.size() == 1);
    CHECK(t[0].evidence.value(QStringLiteral("size")).toInt() == 600);
    CHECK(t[0].evidence.value(QStringLiteral("catalog")).toString() == QStringLiteral("Catalog_Entries64"));
    const QList<Finding> o = withId(r, QStringLiteral("winsock.entry.oversized"));
    REQUIRE(o.size() == 1);
    CHECK(o[0].evidence.value(QStringLiteral("size")).toInt() == 900);
    // The damaged items differ from their intact 32-bit twins only in size: the catalogs still agree.
    CHECK(withId(r, QStringLiteral("winsock.catalog.mismatch-32-64")).isEmpty());
    compareGolden(QStringLiteral("winsock-truncated-item"), stable(r, s->dir.path()));
}

TEST_CASE("A 32-bit Windows has one catalog and no WOW64 views", "[winsock][appinit]")
{
    auto s = scanFixture(fx::WinsockFixture::X86Only);
    const ScanResult &r = s->result;
    CHECK(r.target.windows.arch == QStringLiteral("x86"));
    CHECK(ids(r, QStringLiteral("winsock")).isEmpty());
    const QJsonArray cats = r.winsock.value(QStringLiteral("catalogs")).toArray();
    REQUIRE(cats.size() == 1);
    CHECK(cats[0].toObject().value(QStringLiteral("bitness")).toInt() == 32);
    CHECK(r.appinit.contains(QStringLiteral("view32")));
    CHECK_FALSE(r.appinit.contains(QStringLiteral("view64")));
    for (const FileRef &f : r.filesToVerify)
        CHECK_FALSE(f.path.contains(QStringLiteral("SysWOW64"), Qt::CaseInsensitive));
    compareGolden(QStringLiteral("winsock-x86-only"), stable(r, s->dir.path()));
}

TEST_CASE("AppInit_DLLs set in the 32-bit view only", "[appinit]")
{
    auto s = scanFixture(fx::WinsockFixture::AppInitOneView);
    const ScanResult &r = s->result;
    const QList<Finding> a = withId(r, QStringLiteral("appinit.dlls.active"));
    REQUIRE(a.size() == 1);
    CHECK(a[0].evidence.value(QStringLiteral("view")).toString() == QStringLiteral("view32"));
    CHECK(a[0].repairs == QStringList{QStringLiteral("appinit.disable")});
    const QJsonArray dlls = r.appinit.value(QStringLiteral("view32")).toObject().value(QStringLiteral("dlls")).toArray();
    REQUIRE(dlls.size() == 2);
    CHECK(dlls[0].toObject().value(QStringLiteral("path")).toString() == QStringLiteral("C:\\Program Files (x86)\\Shop Helper\\shophook.dll"));
    CHECK(dlls[0].toObject().value(QStringLiteral("exists")).toBool());
    CHECK_FALSE(dlls[1].toObject().value(QStringLiteral("exists")).toBool());
    CHECK(withId(r, QStringLiteral("appinit.dll.missing")).size() == 1);
    CHECK(withId(r, QStringLiteral("appinit.unsigned-allowed")).size() == 1);
    CHECK(r.appinit.value(QStringLiteral("view64")).toObject().value(QStringLiteral("dlls")).toArray().isEmpty());
    int appinitFiles = 0;
    for (const FileRef &f : r.filesToVerify)
        appinitFiles += f.role == QLatin1String("appinit");
    CHECK(appinitFiles == 2);
    compareGolden(QStringLiteral("winsock-appinit-one-view"), stable(r, s->dir.path()));
}

TEST_CASE("Namespace providers: third-party, missing DLL, counter mismatch, 32/64 difference", "[namespaces]")
{
    auto s = scanFixture(fx::WinsockFixture::NamespaceProblems);
    const ScanResult &r = s->result;
    CHECK(withId(r, QStringLiteral("namespace.provider.third-party")).size() == 1);
    CHECK(withId(r, QStringLiteral("namespace.provider.dll-missing")).size() == 1);
    const QList<Finding> c = withId(r, QStringLiteral("namespace.catalog.count-mismatch"));
    REQUIRE(c.size() == 1);
    CHECK(c[0].evidence.value(QStringLiteral("declared")).toInt() == 6);
    CHECK(c[0].evidence.value(QStringLiteral("present")).toInt() == 8);
    CHECK(withId(r, QStringLiteral("namespace.catalog.mismatch-32-64")).size() == 1);
    compareGolden(QStringLiteral("winsock-namespace-problems"), stable(r, s->dir.path()));
}

TEST_CASE("Tampered TCP/IP parameters and DisabledComponents are decoded", "[network]")
{
    auto s = scanFixture(fx::WinsockFixture::TcpTampered);
    const ScanResult &r = s->result;
    const QList<Finding> t = withId(r, QStringLiteral("tcp.settings.modified"));
    REQUIRE(t.size() == 1);
    CHECK(t[0].evidence.value(QStringLiteral("values")).toArray().size() == 3);
    CHECK(t[0].repairs == QStringList{QStringLiteral("tcp.restore-defaults")});
    CHECK(t[0].detail.contains(QStringLiteral("DefaultTTL = 64 (Windows default 128)")));
    CHECK(withId(r, QStringLiteral("network.ipv6.disabled-invalid")).size() == 1);
    const QJsonObject v6 = r.network.value(QStringLiteral("ipv6_disabled_components")).toObject();
    CHECK(v6.value(QStringLiteral("hex")).toString() == QStringLiteral("0xFFFFFFFF"));
    for (const QJsonValue &b : v6.value(QStringLiteral("bits")).toArray())
        CHECK(b.toObject().value(QStringLiteral("set")).toBool());
    CHECK(r.network.value(QStringLiteral("teredo")).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("disabled"));
    compareGolden(QStringLiteral("winsock-tcp-tampered"), stable(r, s->dir.path()));
}

TEST_CASE("The demo volume shows the LSP with a missing DLL, AppInit and a TCP change", "[winsock][appinit][network]")
{
    if (!demoImageAvailable())
        return;
    auto spec = TargetSpec::parse(QStringLiteral("demo"));
    REQUIRE(spec.ok());
    auto target = openTarget(*spec);
    REQUIRE(target.ok());
    CancelToken cancel;
    const ScanResult r = scanTarget(*target, ScanOptions{}, cancel);
    CHECK(withId(r, QStringLiteral("winsock.lsp.present")).size() == 2);
    CHECK(withId(r, QStringLiteral("winsock.provider.dll-missing")).size() == 2);
    CHECK(withId(r, QStringLiteral("winsock.catalog.duplicate-id")).isEmpty());
    CHECK(withId(r, QStringLiteral("appinit.dlls.active")).size() == 1);
    CHECK(withId(r, QStringLiteral("tcp.settings.modified")).size() == 1);
    const QString text = formatScanText(r);
    CHECK(text.contains(QStringLiteral("SpeedSurf Accelerator")));
    CHECK(text.contains(QStringLiteral("(FILE MISSING)")));
    CHECK(text.contains(QStringLiteral("Tcp1323Opts=0")));
}

TEST_CASE("Without PROCESSOR_ARCHITECTURE and SysWOW64 the 64-bit catalog marks an x64 system", "[winsock]")
{
    QTemporaryDir dir;
    fx::buildWinsockFixture(dir.path(), fx::WinsockFixture::CleanX64);
    REQUIRE(QDir(dir.path() + QStringLiteral("/Windows/SysWOW64")).removeRecursively());
    const QString sys = dir.path() + QStringLiteral("/Windows/System32/config/SYSTEM");
    {
        auto h = Hive::open(sys, Hive::Mode::Write);
        REQUIRE(h.ok());
        const Hive::Node env = (*h)->find(QStringLiteral("ControlSet001\\Control\\Session Manager\\Environment"));
        REQUIRE(env != 0);
        REQUIRE((*h)->deleteValue(env, QStringLiteral("PROCESSOR_ARCHITECTURE")).ok());
        REQUIRE((*h)->commit().ok());
    }
    auto v = OfflineView::open(dir.path());
    REQUIRE(v.ok());
    CHECK((*v)->info().windows.arch == QStringLiteral("x64"));
}

namespace {
ScanResult scanImage(const QString &root)
{
    auto target = openTarget(*TargetSpec::parse(QStringLiteral("offline:") + root));
    REQUIRE(target.ok());
    CancelToken cancel;
    return scanTarget(*target, ScanOptions{}, cancel);
}
} // namespace

TEST_CASE("Catalog bookkeeping: counters, next id, 32/64 disagreement", "[winsock]")
{
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path());
        fx::writeProviderDlls(img);
        fx::writeCleanAppInit(img);
        fx::writeCleanNetwork(img);
        fx::WinsockLayout l = fx::cleanWinsockLayout(true);
        fx::addLsp(l.catalog64, QStringLiteral("%SystemRoot%\\system32\\fltlsp.dll"), QStringLiteral("Filter LSP"),
                   QStringLiteral("{11111111-2222-3333-4444-555555555555}"), 0);
        img.writeFile(QStringLiteral("Windows\\System32\\fltlsp.dll"), fx::placeholderDll(QStringLiteral("fltlsp.dll")));
        l.num32 = 12;      // 13 entries exist
        l.nextId = 1010;   // ids up to 1016 are in use
        fx::writeWinsock(img, l);
        img.commit();
    }
    const ScanResult r = scanImage(dir.path());
    const QList<Finding> count = withId(r, QStringLiteral("winsock.catalog.count-mismatch"));
    REQUIRE(count.size() == 1);
    CHECK(count[0].evidence.value(QStringLiteral("catalog")).toString() == QStringLiteral("Catalog_Entries"));
    CHECK(count[0].evidence.value(QStringLiteral("declared")).toInt() == 12);
    CHECK(count[0].evidence.value(QStringLiteral("present")).toInt() == 13);
    const QList<Finding> next = withId(r, QStringLiteral("winsock.catalog.next-id"));
    REQUIRE(next.size() == 1);
    CHECK(next[0].evidence.value(QStringLiteral("highest_catalog_entry_id")).toInt() == 1016);
    const QList<Finding> mm = withId(r, QStringLiteral("winsock.catalog.mismatch-32-64"));
    REQUIRE(mm.size() == 1);
    CHECK(mm[0].evidence.value(QStringLiteral("only_64")).toArray().size() == 3);
    CHECK(mm[0].evidence.value(QStringLiteral("only_32")).toArray().isEmpty());
    const QList<Finding> lsp = withId(r, QStringLiteral("winsock.lsp.present"));
    REQUIRE(lsp.size() == 1);
    CHECK(lsp[0].evidence.value(QStringLiteral("catalog")).toString() == QStringLiteral("Catalog_Entries64"));
    // An LSP inside System32 is still an LSP, but not "outside the Windows folder".
    CHECK(withId(r, QStringLiteral("winsock.provider.outside-system")).isEmpty());
}

TEST_CASE("Missing 64-bit catalog, a catalog without TCP/IP and a missing base provider DLL", "[winsock]")
{
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path());
        fx::writeProviderDlls(img);
        fx::WinsockLayout l = fx::cleanWinsockLayout(true);
        QList<fx::CatalogItem> noTcp;
        for (const fx::CatalogItem &c : l.catalog32)
            if (c.info.providerId != QStringLiteral("{E70F1AA0-AB8B-11CF-8CA3-00805F48A192}")
                && c.info.providerId != QStringLiteral("{F9EAB0C0-26D4-11D0-BBBF-00AA006C34E4}"))
                noTcp.append(c);
        l.catalog32 = noTcp;
        fx::writeWinsock(img, l);
        img.system().remove(img.controlSet() + QStringLiteral("\\Services\\WinSock2\\Parameters\\Protocol_Catalog9\\Catalog_Entries64"));
        img.commit();
    }
    QFile::remove(dir.path() + QStringLiteral("/Windows/SysWOW64/mswsock.dll"));
    const ScanResult r = scanImage(dir.path());
    CHECK(withId(r, QStringLiteral("winsock.catalog64.missing")).size() == 1);
    CHECK(withId(r, QStringLiteral("winsock.catalog.no-tcpip")).size() == 1);
    const QList<Finding> miss = withId(r, QStringLiteral("winsock.provider.dll-missing"));
    REQUIRE(miss.size() == 1);
    CHECK(miss[0].evidence.value(QStringLiteral("path")).toString() == QStringLiteral("C:\\Windows\\SysWOW64\\mswsock.dll"));
    CHECK(miss[0].severity == Severity::Critical);
    CHECK_FALSE(miss[0].repairs.contains(QStringLiteral("winsock.remove-lsp")));
}
