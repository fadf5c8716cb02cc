// Devices & network filter drivers on generated Enum/Class/Services trees, the real SYSTEM hives,
// the demo volume (with its crash dump), golden JSON and the `dump` command.
#include "checks/checks.h"
#include "checks/device_problems.h"
#include "fixtures/demo_image.h"
#include "fixtures/device_fixtures.h"
#include "fixtures/dump_writer.h"
#include "platform/offline_view.h"
#include "report/text_report.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace wd;

namespace {

struct Ran {
    ScanResult result;
    QList<Expected<void>> outcomes;
};

Ran runChecks(SystemView &view, const std::vector<std::unique_ptr<Check>> &checks)
{
    Ran r;
    ScanOptions opts;
    CancelToken cancel;
    ScanContext ctx{view, r.result, opts, cancel, {}};
    for (const auto &c : checks)
        r.outcomes.append(c->run(ctx));
    return r;
}

Ran runIssue6Checks(SystemView &view)
{
    std::vector<std::unique_ptr<Check>> checks;
    checks.push_back(makeDevicesCheck());
    checks.push_back(makeCrashDumpCheck());
    return runChecks(view, checks);
}

QList<Finding> findingsWithId(const ScanResult &r, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.id == id)
            out << f;
    return out;
}

QJsonObject deviceById(const QJsonArray &devices, const QString &id)
{
    for (const QJsonValue &v : devices)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

// Compares JSON with tests/golden/NAME; WD_UPDATE_GOLDEN=1 rewrites the file.
void checkGolden(const QString &name, const QJsonDocument &doc)
{
    const QString path = wd::test::sourceDir() + QStringLiteral("/tests/golden/") + name;
    const QByteArray actual = doc.toJson(QJsonDocument::Indented);
    if (qEnvironmentVariable("WD_UPDATE_GOLDEN") == QLatin1String("1")) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(actual);
        WARN("golden file rewritten: " + path.toStdString());
        return;
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray expected = f.readAll();
    CHECK(QJsonDocument::fromJson(expected) == doc);
    if (QJsonDocument::fromJson(expected) != doc)
        WARN("actual JSON:\n" + actual.toStdString());
}

void buildNetworkTree(fx::WindowsImage &img)
{
    const QString vpnA = QStringLiteral("{11111111-2222-3333-4444-555555555501}");
    const QString vpnB = QStringLiteral("{11111111-2222-3333-4444-555555555502}");
    const QString vmw = QStringLiteral("{11111111-2222-3333-4444-555555555503}");
    const QString gone = QStringLiteral("{11111111-2222-3333-4444-555555555504}");
    const QString ms = QStringLiteral("{11111111-2222-3333-4444-555555555505}");
    fx::LwfSpec a;
    a.index = QStringLiteral("0010"); a.componentId = QStringLiteral("acme_vpnfilter"); a.guid = vpnA;
    a.description = QStringLiteral("Acme VPN Filter"); a.provider = QStringLiteral("Acme"); a.service = QStringLiteral("acmevpn");
    a.filterClass = QStringLiteral("vpn"); a.serviceFile = fx::minimalDriverPe(QStringLiteral("acmevpn.sys"));
    fx::addLwf(img, a);
    fx::LwfSpec b = a;
    b.index = QStringLiteral("0011"); b.componentId = QStringLiteral("globex_tunnel"); b.guid = vpnB;
    b.description = QStringLiteral("Globex Secure Tunnel"); b.provider = QStringLiteral("Globex"); b.service = QStringLiteral("gxtunnel");
    b.serviceFile = fx::minimalDriverPe(QStringLiteral("gxtunnel.sys"));
    fx::addLwf(img, b);
    fx::LwfSpec v = a;
    v.index = QStringLiteral("0012"); v.componentId = QStringLiteral("vmware_bridge"); v.guid = vmw;
    v.description = QStringLiteral("VMware Bridge Protocol"); v.provider = QStringLiteral("VMware, Inc."); v.service = QStringLiteral("vmnetbridge");
    v.filterClass = QStringLiteral("custom"); v.serviceFile = fx::minimalDriverPe(QStringLiteral("vmnetbridge.sys"));
    fx::addLwf(img, v);
    fx::LwfSpec g = a;
    g.index = QStringLiteral("0013"); g.componentId = QStringLiteral("oldav_ndis"); g.guid = gone;
    g.description = QStringLiteral("OldAV Network Shield"); g.provider = QStringLiteral("OldAV"); g.service = QStringLiteral("oldavndis");
    g.filterClass = QStringLiteral("ms_firewall_upper"); g.serviceFile = {};
    fx::addLwf(img, g);
    fx::LwfSpec m = a;
    m.index = QStringLiteral("0014"); m.componentId = QStringLiteral("ms_wfplwf_upper"); m.guid = ms;
    m.description = QStringLiteral("WFP Native MAC Layer LightWeight Filter"); m.provider = QStringLiteral("Microsoft");
    m.service = QStringLiteral("wfplwfs"); m.filterClass = QStringLiteral("ms_firewall_upper"); m.filterType = 1;
    m.serviceFile = fx::minimalDriverPe(QStringLiteral("wfplwfs.sys"));
    fx::addLwf(img, m);
    // An inbox filter registered only under Control\Network (as Windows does), its driver file missing.
    const QString pacer = QStringLiteral("Control\\Network\\") + fx::kNetServiceClassGuid + QStringLiteral("\\{B5F4D659-7DAA-4565-8E41-BE220ED60542}");
    img.setCcs(pacer, RegValue::sz(QStringLiteral("ComponentId"), QStringLiteral("ms_pacer")));
    img.setCcs(pacer, RegValue::dword(QStringLiteral("Characteristics"), 0x40028));
    img.setCcs(pacer, RegValue::sz(QStringLiteral("LocDescription"), QStringLiteral("@netpacer.inf,%desc%;QoS Packet Scheduler")));
    img.setCcs(pacer, RegValue::sz(QStringLiteral("InfPath"), QStringLiteral("netpacer.inf")));
    img.setCcs(pacer + QStringLiteral("\\Ndi"), RegValue::sz(QStringLiteral("Service"), QStringLiteral("Psched")));
    img.setCcs(pacer + QStringLiteral("\\Ndi"), RegValue::sz(QStringLiteral("FilterClass"), QStringLiteral("scheduler")));
    fx::addDriverService(img, QStringLiteral("Psched"), QStringLiteral("System32\\DRIVERS\\pacer.sys"), {}, 1, 1);
    // A NetService component that is not a filter is ignored.
    img.setCcs(QStringLiteral("Control\\Class\\") + fx::kNetServiceClassGuid + QStringLiteral("\\0001"),
               RegValue::sz(QStringLiteral("ComponentId"), QStringLiteral("ms_server")));
    img.setCcs(QStringLiteral("Control\\Class\\") + fx::kNetServiceClassGuid + QStringLiteral("\\Properties"),
               RegValue::sz(QStringLiteral("x"), QStringLiteral("y")));

    fx::NetAdapterSpec ok;
    ok.instanceId = QStringLiteral("PCI\\VEN_8086&DEV_15B8&SUBSYS_00001234&REV_00\\3&aaa&0&FE");
    ok.description = QStringLiteral("Intel(R) Ethernet I219-V");
    ok.service = QStringLiteral("e1dexpress");
    ok.serviceFile = fx::minimalDriverPe(QStringLiteral("e1dexpress.sys"));
    ok.driverIndex = QStringLiteral("0001");
    ok.netCfgInstanceId = QStringLiteral("{aaaaaaaa-0000-0000-0000-000000000001}");
    ok.boundFilterGuids = {vpnA, vpnB, ms};
    ok.upperFilters = {QStringLiteral("acmevpn")};
    fx::addNetAdapter(img, ok);
    fx::NetAdapterSpec bad = ok;
    bad.instanceId = QStringLiteral("USB\\VID_0BDA&PID_8153\\000001");
    bad.description = QStringLiteral("Realtek USB GbE Family Controller");
    bad.service = QStringLiteral("rtux64w10");
    bad.serviceFile = {};
    bad.driverIndex = QStringLiteral("0002");
    bad.provider = QStringLiteral("Realtek");
    bad.configFlags = 0x40;
    bad.netCfgInstanceId = QStringLiteral("{aaaaaaaa-0000-0000-0000-000000000002}");
    bad.boundFilterGuids = {};
    bad.upperFilters = {};
    fx::addNetAdapter(img, bad);
    fx::NetAdapterSpec off = bad;
    off.instanceId = QStringLiteral("ROOT\\NET\\0000");
    off.description = QStringLiteral("VMware Virtual Ethernet Adapter for VMnet8");
    off.service = QStringLiteral("VMnetAdapter");
    off.serviceFile = fx::minimalDriverPe(QStringLiteral("vmnetadapter.sys"));
    off.provider = QStringLiteral("VMware, Inc.");
    off.driverIndex = QStringLiteral("0003");
    off.configFlags = 0x1;
    fx::addNetAdapter(img, off);
    // Class-level lower filter of the Net class without a driver file.
    img.setCcs(QStringLiteral("Control\\Class\\") + fx::kNetClassGuid,
               RegValue::multiSz(QStringLiteral("LowerFilters"), {QStringLiteral("ghostflt")}));
    fx::addDriverService(img, QStringLiteral("ghostflt"), QStringLiteral("System32\\drivers\\ghostflt.sys"), {});
    // A non-network device with a failed install is listed; a healthy one is not.
    img.setCcs(QStringLiteral("Enum\\USB\\VID_1234&PID_0001\\5&1"), RegValue::dword(QStringLiteral("ConfigFlags"), 0x40));
    img.setCcs(QStringLiteral("Enum\\USB\\VID_1234&PID_0001\\5&1"), RegValue::sz(QStringLiteral("DeviceDesc"), QStringLiteral("Webcam")));
    img.setCcs(QStringLiteral("Enum\\USB\\VID_1234&PID_0002\\5&2"), RegValue::dword(QStringLiteral("ConfigFlags"), 0));
}

} // namespace

TEST_CASE("Device problem codes 1..57 have names, text and advice", "[devices]")
{
    CHECK(deviceProblemCount() == 57);
    for (int c = 1; c <= 57; ++c) {
        INFO(c);
        CHECK(deviceProblemSymbol(c).startsWith(QStringLiteral("CM_PROB_")));
        CHECK_FALSE(deviceProblemText(c).isEmpty());
        CHECK_FALSE(deviceProblemAdvice(c).isEmpty());
    }
    CHECK(deviceProblemSymbol(28) == QStringLiteral("CM_PROB_FAILED_INSTALL"));
    CHECK(deviceProblemSymbol(22) == QStringLiteral("CM_PROB_DISABLED"));
    CHECK(deviceProblemSymbol(58).isEmpty());
    CHECK(problemCodeFromConfigFlags(0x40) == 28);
    CHECK(problemCodeFromConfigFlags(0x20) == 18);
    CHECK(problemCodeFromConfigFlags(0x1) == 22);
    CHECK(problemCodeFromConfigFlags(0x400) == 0);
}

TEST_CASE("Generated network tree: adapters, LWF bindings, filters, problems and findings", "[devices]")
{
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path());
        buildNetworkTree(img);
        img.commit();
    }
    auto view = OfflineView::open(dir.path());
    REQUIRE(view.ok());
    Ran r = runIssue6Checks(**view);
    REQUIRE(r.outcomes[0].ok());
    const QJsonArray devs = r.result.devices;

    const QJsonObject ok = deviceById(devs, QStringLiteral("PCI\\VEN_8086&DEV_15B8&SUBSYS_00001234&REV_00\\3&aaa&0&FE"));
    REQUIRE_FALSE(ok.isEmpty());
    CHECK(ok.value(QStringLiteral("kind")).toString() == QStringLiteral("adapter"));
    CHECK(ok.value(QStringLiteral("description")).toString() == QStringLiteral("Intel(R) Ethernet I219-V"));
    CHECK(ok.value(QStringLiteral("state")).toString() == QStringLiteral("ok"));
    CHECK(ok.value(QStringLiteral("driver")).toObject().value(QStringLiteral("provider")).toString() == QStringLiteral("Intel"));
    CHECK(ok.value(QStringLiteral("driver")).toObject().value(QStringLiteral("inf")).toString() == QStringLiteral("oem12.inf"));
    CHECK(ok.value(QStringLiteral("bound_filters")).toArray().size() == 3);
    CHECK(ok.value(QStringLiteral("service")).toObject().value(QStringLiteral("file")).toString() ==
          QStringLiteral("C:\\Windows\\System32\\drivers\\e1dexpress.sys"));
    CHECK(ok.value(QStringLiteral("service")).toObject().value(QStringLiteral("file_exists")).toBool());

    const QJsonObject vpn = deviceById(devs, QStringLiteral("filter:{11111111-2222-3333-4444-555555555501}"));
    REQUIRE_FALSE(vpn.isEmpty());
    const QJsonObject fo = vpn.value(QStringLiteral("filter")).toObject();
    CHECK(fo.value(QStringLiteral("class")).toString() == QStringLiteral("vpn"));
    CHECK(fo.value(QStringLiteral("type")).toString() == QStringLiteral("modifying"));
    CHECK(fo.value(QStringLiteral("run_type")).toString() == QStringLiteral("optional"));
    CHECK(fo.value(QStringLiteral("registered")).toBool());
    CHECK(fo.value(QStringLiteral("media_types")).toArray().size() == 3);
    CHECK(fo.value(QStringLiteral("bound_adapters")).toArray() ==
          QJsonArray{QStringLiteral("PCI\\VEN_8086&DEV_15B8&SUBSYS_00001234&REV_00\\3&aaa&0&FE")});
    CHECK(vpn.value(QStringLiteral("third_party")).toBool());
    CHECK(vpn.value(QStringLiteral("service")).toObject().value(QStringLiteral("start")).toInt() == 1);
    const QJsonObject msf = deviceById(devs, QStringLiteral("filter:{11111111-2222-3333-4444-555555555505}"));
    CHECK_FALSE(msf.value(QStringLiteral("third_party")).toBool());
    CHECK(msf.value(QStringLiteral("filter")).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("monitoring"));
    CHECK(deviceById(devs, QStringLiteral("filter:0001")).isEmpty()); // ms_server is not a filter
    CHECK_FALSE(deviceById(devs, QStringLiteral("class_filter:ghostflt")).isEmpty());
    CHECK(deviceById(devs, QStringLiteral("class_filter:acmevpn")).value(QStringLiteral("scope")).toString() == QStringLiteral("device"));
    CHECK_FALSE(deviceById(devs, QStringLiteral("USB\\VID_1234&PID_0001\\5&1")).isEmpty());
    CHECK(deviceById(devs, QStringLiteral("USB\\VID_1234&PID_0002\\5&2")).isEmpty());

    // Findings.
    const auto failed = findingsWithId(r.result, QStringLiteral("devices.net.failed-install"));
    REQUIRE(failed.size() == 1);
    CHECK(failed[0].severity == Severity::Error);
    CHECK(failed[0].repairs == QStringList{QStringLiteral("driver.rollback")});
    CHECK(failed[0].title.contains(QStringLiteral("Realtek USB GbE")));
    CHECK(failed[0].title.contains(QStringLiteral("Code 28")));
    CHECK(findingsWithId(r.result, QStringLiteral("devices.net.disabled")).size() == 1);
    const auto missing = findingsWithId(r.result, QStringLiteral("devices.filter.missing-file"));
    REQUIRE(missing.size() == 2); // OldAV LWF and the ghostflt class filter
    for (const Finding &f : missing)
        CHECK(f.repairs == QStringList{QStringLiteral("driver.rollback")});
    const auto winMissing = findingsWithId(r.result, QStringLiteral("devices.filter.windows-file-missing"));
    REQUIRE(winMissing.size() == 1);
    CHECK(winMissing[0].title.contains(QStringLiteral("QoS Packet Scheduler")));
    CHECK(winMissing[0].repairs.isEmpty());
    const QJsonObject pacer = deviceById(devs, QStringLiteral("filter:{b5f4d659-7daa-4565-8e41-be220ed60542}"));
    CHECK_FALSE(pacer.value(QStringLiteral("third_party")).toBool());
    CHECK(pacer.value(QStringLiteral("filter")).toObject().value(QStringLiteral("class")).toString() == QStringLiteral("scheduler"));
    const auto dup = findingsWithId(r.result, QStringLiteral("devices.filter.duplicate-kind"));
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].evidence.value(QStringLiteral("filter_class")).toString() == QStringLiteral("vpn"));
    CHECK(dup[0].detail.contains(QStringLiteral("Acme VPN Filter")));
    CHECK(dup[0].detail.contains(QStringLiteral("Globex Secure Tunnel")));
    const auto virt = findingsWithId(r.result, QStringLiteral("devices.virtualization"));
    REQUIRE(virt.size() == 1);
    CHECK(virt[0].severity == Severity::Info);
    CHECK(virt[0].evidence.value(QStringLiteral("vendor")).toString() == QStringLiteral("VMware"));

    // Driver files are handed to the signature check.
    QStringList drivers;
    for (const FileRef &f : r.result.filesToVerify)
        if (f.role == QLatin1String("driver"))
            drivers << f.path;
    CHECK(drivers.contains(QStringLiteral("C:\\Windows\\system32\\DRIVERS\\acmevpn.sys")));
    CHECK(drivers.contains(QStringLiteral("C:\\Windows\\System32\\drivers\\e1dexpress.sys")));
    CHECK_FALSE(drivers.contains(QStringLiteral("C:\\Windows\\system32\\DRIVERS\\oldavndis.sys")));

    checkGolden(QStringLiteral("devices_generated.json"), QJsonDocument(devs));
    const QString text = formatDevicesText(devs);
    CHECK(text.contains(QStringLiteral("Driver file MISSING: C:\\Windows\\system32\\DRIVERS\\oldavndis.sys")));
    CHECK(text.contains(QStringLiteral("Code 28")));
}

TEST_CASE("Device trees of the real SYSTEM hives parse without error", "[devices]")
{
    if (!wd::test::haveRealData())
        return;
    struct Case { const char *hive; int minAdapters; };
    for (const Case &c : {Case{"SYSTEM", 1}, Case{"SYSTEM_2", 1}}) {
        INFO(c.hive);
        QTemporaryDir dir;
        REQUIRE(QDir().mkpath(dir.path() + QStringLiteral("/Windows/System32/config")));
        REQUIRE(QFile::copy(wd::test::realDataDir() + QStringLiteral("/hives/") + QLatin1String(c.hive),
                            dir.path() + QStringLiteral("/Windows/System32/config/SYSTEM")));
        QFile::setPermissions(dir.path() + QStringLiteral("/Windows/System32/config/SYSTEM"),
                              QFile::ReadOwner | QFile::WriteOwner);
        auto view = OfflineView::open(dir.path());
        REQUIRE(view.ok());
        Ran r = runIssue6Checks(**view);
        REQUIRE(r.outcomes[0].ok());
        REQUIRE(r.outcomes[1].ok());
        int adapters = 0, filters = 0;
        for (const QJsonValue &v : r.result.devices) {
            const QString kind = v.toObject().value(QStringLiteral("kind")).toString();
            adapters += kind == QLatin1String("adapter");
            filters += kind == QLatin1String("filter");
            CHECK_FALSE(v.toObject().value(QStringLiteral("id")).toString().isEmpty());
        }
        CHECK(adapters >= c.minAdapters);
        CHECK(filters >= 1);
        // Inbox filters are registered under Control\Network only; they are Windows' own.
        const QJsonObject wfp = deviceById(r.result.devices, QStringLiteral("filter:{b70d6460-3635-4d42-b866-b8ab1a24454c}"));
        REQUIRE_FALSE(wfp.isEmpty());
        CHECK(wfp.value(QStringLiteral("filter")).toObject().value(QStringLiteral("component_id")).toString().toLower()
                  .startsWith(QStringLiteral("ms_wfplwf")));
        CHECK_FALSE(wfp.value(QStringLiteral("third_party")).toBool());
        WARN(std::string(c.hive) + ": adapters " + std::to_string(adapters) + ", filters " + std::to_string(filters) +
             ", entries " + std::to_string(r.result.devices.size()));
        CHECK(r.result.dumps.isEmpty());
        if (QLatin1String(c.hive) == QLatin1String("SYSTEM")) {
            // The Windows 7 hive has a PCI network controller (PCnet, CC_0200) whose driver never installed.
            const QJsonObject nic = deviceById(r.result.devices, QStringLiteral("PCI\\VEN_1022&DEV_2000&SUBSYS_20001022&REV_10\\4&b70f118&0&0888"));
            REQUIRE_FALSE(nic.isEmpty());
            CHECK(nic.value(QStringLiteral("kind")).toString() == QStringLiteral("adapter"));
            CHECK(nic.value(QStringLiteral("state")).toString() == QStringLiteral("failed_install"));
            CHECK(nic.value(QStringLiteral("description")).toString() == QStringLiteral("Ethernet Controller"));
            CHECK(findingsWithId(r.result, QStringLiteral("devices.net.failed-install")).size() == 1);
            for (const QJsonValue &v : r.result.devices)
                CHECK_FALSE(v.toObject().value(QStringLiteral("id")).toString().startsWith(QStringLiteral("ROOT\\LEGACY_")));
        }
    }
}

TEST_CASE("Demo volume: failed-install adapter, third-party LWF and a 0xD1 dump blaming it", "[devices][minidump]")
{
    QTemporaryDir dir;
    fx::buildDemoImage(dir.path());
    auto view = OfflineView::open(dir.path());
    REQUIRE(view.ok());
    Ran r = runIssue6Checks(**view);
    REQUIRE(r.outcomes[0].ok());
    REQUIRE(r.outcomes[1].ok());
    CHECK(findingsWithId(r.result, QStringLiteral("devices.net.failed-install")).size() == 1);
    CHECK(findingsWithId(r.result, QStringLiteral("devices.filter.third-party")).size() == 1);
    REQUIRE(r.result.dumps.size() == 1);
    const QJsonObject d = r.result.dumps[0].toObject();
    CHECK(d.value(QStringLiteral("path")).toString() == QStringLiteral("C:\\Windows\\Minidump\\112026-10453-01.dmp"));
    CHECK(d.value(QStringLiteral("kind")).toString() == QStringLiteral("kernel_small"));
    CHECK(d.value(QStringLiteral("bugcheck")).toString() == QStringLiteral("0x000000D1"));
    CHECK(d.value(QStringLiteral("name")).toString() == QStringLiteral("DRIVER_IRQL_NOT_LESS_OR_EQUAL"));
    CHECK(d.value(QStringLiteral("suspect")).toString() == QStringLiteral("csnetshield.sys"));
    CHECK(d.value(QStringLiteral("time")).toString() == QStringLiteral("2026-11-20T09:30:12Z"));
    const auto bc = findingsWithId(r.result, QStringLiteral("dumps.bugcheck.network"));
    REQUIRE(bc.size() == 1);
    CHECK(bc[0].severity == Severity::Error);
    CHECK(bc[0].repairs == QStringList{QStringLiteral("driver.rollback")});
    CHECK(bc[0].detail.contains(QStringLiteral("Contoso NetShield Traffic Inspector")));
    CHECK(bc[0].evidence.value(QStringLiteral("suspect_device")).toString() ==
          QStringLiteral("filter:{6e1a3c52-7b0d-4f0e-9c55-3d2b7a9f0c11}"));
    bool lwfFile = false;
    for (const FileRef &f : r.result.filesToVerify)
        lwfFile = lwfFile || (f.role == QLatin1String("driver") && f.path.endsWith(QStringLiteral("csnetshield.sys")));
    CHECK(lwfFile);
    const QString text = formatDumpsText(r.result.dumps);
    CHECK(text.contains(QStringLiteral("Suspect: csnetshield.sys")));
    CHECK(text.contains(QStringLiteral("0x000000D1 DRIVER_IRQL_NOT_LESS_OR_EQUAL")));
}

TEST_CASE("A damaged dump in Windows\\Minidump becomes an info finding, not a failed check", "[minidump]")
{
    QTemporaryDir dir;
    {
        fx::WindowsImage img(dir.path());
        img.writeFile(QStringLiteral("Windows\\Minidump\\a.dmp"), QByteArray(4096, '\0'));
        img.writeFile(QStringLiteral("Windows\\MEMORY.DMP"), fx::writeKernelDump([] {
                          fx::KernelDumpSpec s;
                          s.dumpType = 1;
                          s.bugcheck = 0x7B;
                          return s;
                      }()));
        img.commit();
    }
    auto view = OfflineView::open(dir.path());
    REQUIRE(view.ok());
    Ran r = runIssue6Checks(**view);
    REQUIRE(r.outcomes[1].ok());
    REQUIRE(r.result.dumps.size() == 2);
    CHECK(r.result.dumps[0].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("unreadable"));
    CHECK(r.result.dumps[1].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("kernel_full"));
    CHECK(r.result.dumps[1].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("INACCESSIBLE_BOOT_DEVICE"));
    CHECK(findingsWithId(r.result, QStringLiteral("dumps.unreadable")).size() == 1);
    CHECK(findingsWithId(r.result, QStringLiteral("dumps.bugcheck.other")).size() == 1);
}

TEST_CASE("dump command: JSON schema, golden output and exit codes", "[minidump][cli]")
{
    QTemporaryDir dir;
    fx::KernelDumpSpec s;
    s.drivers = {{QStringLiteral("\\SystemRoot\\system32\\ntoskrnl.exe"), 0xFFFFF80412000000ULL, 0x1046000},
                 {QStringLiteral("\\SystemRoot\\system32\\DRIVERS\\vpnfilt.sys"), 0xFFFFF8041C400000ULL, 0x24000}};
    s.params = {0x28, 2, 0, 0xFFFFF8041C400010ULL};
    const QString dumpFile = dir.filePath(QStringLiteral("crash.dmp"));
    {
        QFile f(dumpFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(fx::writeKernelDump(s));
    }
    auto r = wd::test::runApp({QStringLiteral("dump"), dumpFile, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(r.exitCode == 1);
    QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    CHECK(doc.value(QStringLiteral("schema")).toString() == QStringLiteral("winsock-doctor/dump/1"));
    QJsonArray dumps = doc.value(QStringLiteral("dumps")).toArray();
    REQUIRE(dumps.size() == 1);
    QJsonObject d0 = dumps[0].toObject();
    CHECK(d0.value(QStringLiteral("suspect")).toString() == QStringLiteral("vpnfilt.sys"));
    d0.insert(QStringLiteral("path"), QStringLiteral("crash.dmp")); // volatile
    dumps[0] = d0;
    doc.insert(QStringLiteral("dumps"), dumps);
    checkGolden(QStringLiteral("dump_generated.json"), QJsonDocument(doc));

    auto text = wd::test::runApp({QStringLiteral("dump"), dumpFile});
    CHECK(text.exitCode == 1);
    CHECK(text.out.contains("Suspect: vpnfilt.sys"));

    const QString bad = dir.filePath(QStringLiteral("bad.dmp"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100, '\0'));
    }
    auto rb = wd::test::runApp({QStringLiteral("dump"), dumpFile, bad, QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(rb.exitCode == 3);
    CHECK(rb.err.contains("bad.dmp"));
    CHECK(QJsonDocument::fromJson(rb.out).object().value(QStringLiteral("dumps")).toArray().size() == 2);
    CHECK(wd::test::runApp({QStringLiteral("dump")}).exitCode == 2);
    CHECK(wd::test::runApp({QStringLiteral("dump"), dir.filePath(QStringLiteral("nothere.dmp"))}).exitCode == 3);

    if (wd::test::haveRealData()) {
        auto user = wd::test::runApp({QStringLiteral("dump"), wd::test::realDataDir() + QStringLiteral("/dumps/kdlibcpp_targetapp_minidump.dmp")});
        CHECK(user.exitCode == 0);
        CHECK(user.out.contains("not a kernel dump"));
        auto arm = wd::test::runApp({QStringLiteral("dump"), wd::test::realDataDir() + QStringLiteral("/dumps/kdlibcpp_win10_arm_rpi3_mini.dmp"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        CHECK(arm.exitCode == 0);
        CHECK(QJsonDocument::fromJson(arm.out).object().value(QStringLiteral("dumps")).toArray()[0].toObject()
                  .value(QStringLiteral("bugcheck")).isNull());
    }
}

TEST_CASE("scan --target demo --format json carries devices[] and dumps[]", "[devices][minidump][cli]")
{
    auto r = wd::test::runApp({QStringLiteral("scan"), QStringLiteral("--target"), QStringLiteral("demo"),
                               QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(r.exitCode == 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QJsonArray devices = o.value(QStringLiteral("devices")).toArray();
    const QJsonArray dumps = o.value(QStringLiteral("dumps")).toArray();
    REQUIRE(dumps.size() == 1);
    CHECK(dumps[0].toObject().value(QStringLiteral("suspect")).toString() == QStringLiteral("csnetshield.sys"));
    CHECK(dumps[0].toObject().value(QStringLiteral("params")).toArray().size() == 4);
    bool failedAdapter = false, lwf = false;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        failedAdapter = failedAdapter || (d.value(QStringLiteral("kind")).toString() == QStringLiteral("adapter") &&
                                          d.value(QStringLiteral("state")).toString() == QStringLiteral("failed_install"));
        lwf = lwf || (d.value(QStringLiteral("kind")).toString() == QStringLiteral("filter") &&
                      d.value(QStringLiteral("third_party")).toBool());
    }
    CHECK(failedAdapter);
    CHECK(lwf);
    QStringList ids;
    for (const QJsonValue &v : o.value(QStringLiteral("findings")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    CHECK(ids.contains(QStringLiteral("devices.net.failed-install")));
    CHECK(ids.contains(QStringLiteral("dumps.bugcheck.network")));
}
