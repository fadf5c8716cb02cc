// The live Windows backend, exercised for real: under wine in CI (wd_tests.exe), on Windows by hand.
// The platform-neutral helpers (argument quoting, trend fitting, problem codes) run everywhere.
#include "support/test_util.h"
#include "platform/live_apis.h"
#include "platform/live_windows/elevation.h"
#include "platform/targets.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef Q_OS_WIN
#include "platform/live_windows/live_view.h"
#include <windows.h>
#endif

using namespace wd;

TEST_CASE("Elevated restart arguments survive CommandLineToArgvW quoting", "[live]")
{
    using elevation::quoteArgument;
    CHECK(quoteArgument(QStringLiteral("repair")) == QStringLiteral("repair"));
    CHECK(quoteArgument(QStringLiteral("C:\\Program Files\\x")) == QStringLiteral("\"C:\\Program Files\\x\""));
    CHECK(quoteArgument(QString()) == QStringLiteral("\"\""));
    CHECK(quoteArgument(QStringLiteral("a\"b")) == QStringLiteral("\"a\\\"b\""));
    // A trailing backslash before the closing quote must be doubled, or it would escape the quote.
    CHECK(quoteArgument(QStringLiteral("C:\\dir with space\\")) == QStringLiteral("\"C:\\dir with space\\\\\""));
    CHECK(elevation::joinArguments({QStringLiteral("undo"), QStringLiteral("C:\\snap shots\\1"), QStringLiteral("--yes")})
          == QStringLiteral("undo \"C:\\snap shots\\1\" --yes"));
}

TEST_CASE("Leak trend: least-squares growth per second", "[live]")
{
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    QList<QDateTime> times;
    QList<qint64> grow, flat;
    for (int i = 0; i < 10; ++i) {
        times.append(t0.addSecs(i * 2));
        grow.append(1000 + 50 * (i * 2)); // +50 per second
        flat.append(i % 2 ? 1010 : 990);
    }
    CHECK(linearGrowthPerSecond(times, grow) == Approx(50.0));
    CHECK(std::abs(linearGrowthPerSecond(times, flat)) < 2.0);
    CHECK(linearGrowthPerSecond(times.mid(0, 1), grow.mid(0, 1)) == 0.0);
    CHECK(cmProblemName(10) == QStringLiteral("CM_PROB_FAILED_START"));
    CHECK(cmProblemName(9999) == QStringLiteral("CM_PROB_9999"));
}

#ifdef Q_OS_WIN

namespace {

// Writes a test key in one registry view.
bool writeTestValue(REGSAM view, const wchar_t *name, const QString &data)
{
    HKEY k = nullptr;
    if (RegCreateKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\WinsockDoctorTest\\Sub", 0, nullptr, 0, KEY_WRITE | view, nullptr, &k, nullptr)
        != ERROR_SUCCESS)
        return false;
    const std::wstring w = data.toStdWString();
    const LONG rc = RegSetValueExW(k, name, 0, REG_SZ, reinterpret_cast<const BYTE *>(w.c_str()), DWORD((w.size() + 1) * sizeof(wchar_t)));
    const DWORD dw = 0x12345678;
    RegSetValueExW(k, L"Number", 0, REG_DWORD, reinterpret_cast<const BYTE *>(&dw), sizeof(dw));
    RegCloseKey(k);
    return rc == ERROR_SUCCESS;
}

void deleteTestKeys()
{
    for (REGSAM view : {REGSAM(KEY_WOW64_64KEY), REGSAM(KEY_WOW64_32KEY)}) {
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\WinsockDoctorTest\\Sub", view, 0);
        RegDeleteKeyExW(HKEY_LOCAL_MACHINE, L"SOFTWARE\\WinsockDoctorTest", view, 0);
    }
}

} // namespace

TEST_CASE("LiveView reads the registry through explicit 64-bit and 32-bit views", "[live]")
{
    deleteTestKeys();
    REQUIRE(writeTestValue(KEY_WOW64_64KEY, L"Which", QStringLiteral("sixty-four 六十四")));
    REQUIRE(writeTestValue(KEY_WOW64_32KEY, L"Which", QStringLiteral("thirty-two")));
    LiveView v;
    REQUIRE(v.is64Bit());
    const QString key = QStringLiteral("HKLM\\SOFTWARE\\WinsockDoctorTest\\Sub");
    auto v64 = v.value(key, QStringLiteral("which"), RegView::View64);
    auto v32 = v.value(key, QStringLiteral("Which"), RegView::View32);
    auto native = v.value(key, QStringLiteral("Which"));
    REQUIRE(v64.ok());
    REQUIRE(v32.ok());
    REQUIRE(native.ok());
    REQUIRE(v64->has_value());
    REQUIRE(v32->has_value());
    CHECK((*v64)->toString() == QStringLiteral("sixty-four 六十四"));
    CHECK((*v32)->toString() == QStringLiteral("thirty-two"));
    CHECK((*native)->toString() == QStringLiteral("sixty-four 六十四")); // Native = the OS's own (64-bit) view
    auto num = v.value(key, QStringLiteral("Number"), RegView::View32);
    REQUIRE(num.ok());
    REQUIRE(num->has_value());
    CHECK((*num)->type == RegDword);
    CHECK((*num)->toDword() == 0x12345678u);
    auto subs = v.subKeys(QStringLiteral("HKLM\\SOFTWARE\\WinsockDoctorTest"), RegView::View64);
    REQUIRE(subs.ok());
    CHECK(*subs == QStringList{QStringLiteral("Sub")});
    CHECK(v.keyExists(QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\WinsockDoctorTest\\Sub"), RegView::View32));

    auto missing = v.values(QStringLiteral("HKLM\\SOFTWARE\\WinsockDoctorTest\\NoSuchKey"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    auto missingValue = v.value(key, QStringLiteral("NoSuchValue"));
    REQUIRE(missingValue.ok());
    CHECK_FALSE(missingValue->has_value());
    CHECK_FALSE(v.keyExists(QStringLiteral("HKXX\\SOFTWARE")));
    deleteTestKeys();
    CHECK_FALSE(v.keyExists(key, RegView::View64));
}

TEST_CASE("LiveView describes this Windows and resolves its paths", "[live]")
{
    Expected<std::unique_ptr<SystemView>> opened = openLiveSystem();
    REQUIRE(opened.ok());
    SystemView &v = **opened;
    const TargetInfo info = v.info();
    CHECK(info.kind == QStringLiteral("live"));
    CHECK(info.windows.arch == QStringLiteral("x64"));
    CHECK_FALSE(info.windows.build.isEmpty());
    CHECK(info.windows.build.toInt() > 0);
    CHECK_FALSE(info.windows.product.isEmpty());

    const QString root = v.systemRoot();
    REQUIRE(root.size() > 3);
    CHECK(root.at(1) == QLatin1Char(':'));
    CHECK(v.expandPath(QStringLiteral("%SystemRoot%\\system32\\ws2_32.dll")).compare(root + QStringLiteral("\\system32\\ws2_32.dll"), Qt::CaseInsensitive) == 0);
    CHECK(v.expandPath(QStringLiteral("\\SystemRoot\\System32\\drivers\\tcpip.sys")) == root + QStringLiteral("\\System32\\drivers\\tcpip.sys"));
    CHECK(v.expandPath(QStringLiteral("System32\\drivers\\afd.sys")) == root + QStringLiteral("\\System32\\drivers\\afd.sys"));
    CHECK(v.expandPath(QStringLiteral("\\??\\C:\\x\\y.dll")) == QStringLiteral("C:\\x\\y.dll"));
    CHECK(v.expandPath(QStringLiteral("mswsock.dll")) == root + QStringLiteral("\\System32\\mswsock.dll"));
    CHECK(v.expandPath(QStringLiteral("\"C:/quoted/path.dll\"")) == QStringLiteral("C:\\quoted\\path.dll"));

    CHECK(v.fileExists(QStringLiteral("%SystemRoot%\\System32\\ws2_32.dll")));
    CHECK_FALSE(v.fileExists(QStringLiteral("%SystemRoot%\\System32\\no-such-file-wd.dll")));
    auto host = v.hostPath(QStringLiteral("%windir%\\System32\\ws2_32.dll"));
    REQUIRE(host.ok());
    QFile f(*host);
    CHECK(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == QByteArray("MZ"));
    CHECK(v.hostPath(QStringLiteral("C:\\definitely\\not\\here.dll")).error().kind == ErrorKind::NotFound);

    auto dlls = v.listDir(v.system32(), QStringLiteral("ws2_*.dll"));
    REQUIRE(dlls.ok());
    CHECK(dlls->contains(QStringLiteral("ws2_32.dll"), Qt::CaseInsensitive));
    for (const QString &n : *dlls)
        CHECK(n.startsWith(QLatin1String("ws2_"), Qt::CaseInsensitive));
    auto none = v.listDir(v.system32(), QStringLiteral("*.no-such-extension"));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
    CHECK_FALSE(v.listDir(QStringLiteral("C:\\no\\such\\folder")).ok());
}

TEST_CASE("LiveApis: Winsock providers, namespace providers, devices and counters", "[live]")
{
    auto opened = openLiveSystem();
    REQUIRE(opened.ok());
    LiveApis *api = (*opened)->live();
    REQUIRE(api != nullptr);

    auto protos = api->protocols();
    REQUIRE(protos.ok());
    REQUIRE(protos->size() > 0);
    bool tcp = false;
    for (const LiveProtocol &p : *protos) {
        CHECK_FALSE(p.name.isEmpty());
        CHECK(p.catalogEntryId != 0);
        CHECK(p.chainLen >= 0);
        if (p.addressFamily == 2 && p.socketType == 1 && p.protocol == 6) // AF_INET, SOCK_STREAM, IPPROTO_TCP
            tcp = true;
    }
    CHECK(tcp);

    auto ns = api->namespaces();
    REQUIRE(ns.ok());
    for (const LiveNamespace &n : *ns)
        CHECK_FALSE(n.providerId.isNull());
    if (api->wineVersion().isEmpty())
        CHECK(ns->size() > 0); // Windows always has DNS and NLA; Wine 8's enumeration answers with none

    auto devs = api->devices();
    REQUIRE(devs.ok());
    REQUIRE(devs->size() > 0);
    int withStatus = 0;
    for (const LiveDevice &d : *devs) {
        CHECK_FALSE(d.instanceId.isEmpty());
        withStatus += d.statusKnown ? 1 : 0;
    }
    CHECK(withStatus > 0);

    auto perf = api->samplePerformance();
    REQUIRE(perf.ok());
    CHECK((perf->nonPagedPoolBytes > 0 || !perf->processes.isEmpty()));
}

TEST_CASE("WinVerifyTrust puts an unsigned file in the unsigned class", "[live]")
{
    auto opened = openLiveSystem();
    REQUIRE(opened.ok());
    LiveApis *api = (*opened)->live();
    REQUIRE(api != nullptr);
    // A copy of this (unsigned) test program: a real PE without a certificate table.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = QDir::toNativeSeparators(dir.filePath(QStringLiteral("unsigned-copy.exe")));
    REQUIRE(QFile::copy(QCoreApplication::applicationFilePath(), copy));
    const LiveTrust t = api->verifyFile(copy);
    INFO(t.message.toStdString());
    CHECK(t.status == QStringLiteral("unsigned"));
    CHECK(t.source == QStringLiteral("none"));
    CHECK(t.embeddedResult != 0);

    const LiveTrust missing = api->verifyFile(QStringLiteral("C:\\no\\such\\file.dll"));
    CHECK(missing.status == QStringLiteral("error"));
    if (!api->wineVersion().isEmpty()) {
        // Wine's own ws2_32.dll carries no signature.
        const LiveTrust ws2 = api->verifyFile((*opened)->system32() + QStringLiteral("\\ws2_32.dll"));
        CHECK(ws2.status == QStringLiteral("unsigned"));
    }
}

TEST_CASE("The live check records what the Win32 APIs report in the scan report", "[live]")
{
    auto t = openTarget(TargetSpec{TargetSpec::Live, {}});
    REQUIRE(t.ok());
    CancelToken cancel;
    const ScanResult r = scanTarget(*t, ScanOptions{}, cancel);
    const QJsonObject live = r.extra.value(QStringLiteral("live")).toObject();
    REQUIRE_FALSE(live.isEmpty());
    CHECK(live.value(QStringLiteral("protocols")).toObject().value(QStringLiteral("WSCEnumProtocols")).toArray().size() > 0);
    CHECK(live.value(QStringLiteral("devices")).toArray().size() > 0);
    CHECK(live.value(QStringLiteral("signatures")).toArray().size() >= 1);
    bool ran = false;
    for (const CheckRun &c : r.checks)
        if (c.id == QStringLiteral("live"))
            ran = c.status == QStringLiteral("ok") || c.status == QStringLiteral("problems");
    CHECK(ran);
    if (!live.value(QStringLiteral("wine")).toString().isEmpty()) {
        bool wineNote = false;
        for (const Finding &f : r.findings)
            wineNote = wineNote || f.id == QStringLiteral("live.wine");
        CHECK(wineNote);
    }
}

#endif // Q_OS_WIN
