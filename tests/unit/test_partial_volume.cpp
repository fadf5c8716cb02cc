// Issue 16 items 5 and 7 on real Windows hives (../shared/realdata, copied into temporary folders; no
// generated hives, so these run in the Windows build too): a volume without whole folders gives one
// scan.partial-volume finding instead of a "file missing" error per file; HTREE\ROOT\0 is not a device;
// the TCP values persisted under Control\Nsi are listed raw as evidence. Generated volumes:
// test_partial_volume_fixtures.cpp.
#include "platform/targets.h"
#include "support/test_util.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

QString realVolume(const QTemporaryDir &dir, const QString &hive)
{
    const QString config = dir.path() + QStringLiteral("/Windows/System32/config/");
    REQUIRE(QDir().mkpath(config));
    REQUIRE(QFile::copy(test::realDataDir() + QStringLiteral("/hives/") + hive, config + QStringLiteral("SYSTEM")));
    QFile::setPermissions(config + QStringLiteral("SYSTEM"), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return dir.path();
}

ScanResult scan(const QString &root)
{
    auto spec = TargetSpec::parse(QStringLiteral("offline:") + root);
    REQUIRE(spec.ok());
    auto target = openTarget(*spec);
    REQUIRE(target.ok());
    CancelToken cancel;
    return scanTarget(*target, ScanOptions{}, cancel);
}

QList<Finding> findingsOf(const ScanResult &r, const QString &id)
{
    QList<Finding> out;
    for (const Finding &f : r.findings)
        if (f.id == id)
            out << f;
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << (x.isObject() ? x.toObject().value(QStringLiteral("folder")).toString() : x.toString());
    return out;
}

const QStringList kFileMissing{QStringLiteral("system.file.missing"), QStringLiteral("winsock.provider.dll-missing"),
                               QStringLiteral("namespace.provider.dll-missing"), QStringLiteral("namespace.dns.missing"),
                               QStringLiteral("devices.filter.missing-file"), QStringLiteral("devices.filter.windows-file-missing"),
                               QStringLiteral("appinit.dll.missing")};

} // namespace

TEST_CASE("Real Windows 7 hive without files: one partial-volume finding, no file-missing errors, no HTREE device",
          "[partial][realdata]")
{
    if (!test::haveRealData())
        return;
    QTemporaryDir dir;
    const ScanResult r = scan(realVolume(dir, QStringLiteral("SYSTEM")));
    for (const QString &id : kFileMissing)
        CHECK(findingsOf(r, id).isEmpty());
    const QList<Finding> p = findingsOf(r, QStringLiteral("scan.partial-volume"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].severity == Severity::Info);
    CHECK(strings(p[0].evidence.value(QStringLiteral("absent"))) ==
          QStringList{QStringLiteral("C:\\Windows\\System32"), QStringLiteral("C:\\Program Files")}); // x86: no SysWOW64
    const QStringList notChecked = strings(p[0].evidence.value(QStringLiteral("not_checked")));
    // What the scan used to report as missing: 22 providers in mswsock.dll + VMware's vsocklib.dll, the
    // namespace providers, ws2_32.dll, and the filter drivers.
    for (const char *path : {"C:\\Windows\\system32\\mswsock.dll", "C:\\Windows\\System32\\ws2_32.dll", "C:\\Windows\\system32\\NLAapi.dll",
                             "C:\\Windows\\System32\\winrnr.dll", "C:\\Windows\\system32\\DRIVERS\\pacer.sys",
                             "C:\\Windows\\system32\\DRIVERS\\mfenlfk.sys",
                             "C:\\Program Files\\VMware\\VMware Tools\\VSock SDK\\bin\\win32\\vsocklib.dll"})
        CHECK(notChecked.contains(QLatin1String(path), Qt::CaseInsensitive));
    CHECK(p[0].evidence.value(QStringLiteral("not_checked_count")).toInt() == notChecked.size());
    CHECK(p[0].detail.contains(QStringLiteral("%1 files").arg(notChecked.size())));
    CHECK(p[0].title.contains(QStringLiteral("2 folders")));
    // Registry findings stay: the adapter whose driver never installed (Code 28) is real.
    CHECK(findingsOf(r, QStringLiteral("devices.net.failed-install")).size() == 1);
    // The root of the device tree carries CONFIGFLAG_REINSTALL in this hive; it is not a device.
    for (const QJsonValue &d : r.devices)
        CHECK(d.toObject().value(QStringLiteral("id")).toString() != QStringLiteral("HTREE\\ROOT\\0"));
    // Without the files nothing is critical any more (the Code 28 adapter is the worst: an error).
    CHECK(r.worstSeverity() == Severity::Error);
}

TEST_CASE("Real Windows 7 hive: the TCP values persisted under Control\\Nsi are listed raw", "[partial][network][realdata]")
{
    if (!test::haveRealData())
        return;
    QTemporaryDir dir;
    const ScanResult r = scan(realVolume(dir, QStringLiteral("SYSTEM")));
    const QJsonObject nsi = r.network.value(QStringLiteral("nsi_tcp")).toObject();
    CHECK(nsi.value(QStringLiteral("present")).toBool());
    CHECK(nsi.value(QStringLiteral("decoded")).toBool() == false);
    CHECK(nsi.value(QStringLiteral("value_count")).toInt() == 5);
    const QJsonArray objects = nsi.value(QStringLiteral("objects")).toArray();
    REQUIRE(objects.size() == 2);
    const QJsonObject o22 = objects[0].toObject();
    CHECK(o22.value(QStringLiteral("object")).toString() == QStringLiteral("22"));
    const QJsonArray v22 = o22.value(QStringLiteral("values")).toArray();
    REQUIRE(v22.size() == 1);
    CHECK(v22[0].toObject().value(QStringLiteral("name")).toString().isEmpty()); // the key's default value
    CHECK(v22[0].toObject().value(QStringLiteral("type")).toInt() == RegBinary);
    CHECK(v22[0].toObject().value(QStringLiteral("size")).toInt() == 32);
    CHECK(v22[0].toObject().value(QStringLiteral("hex")).toString() ==
          QStringLiteral("01000000000000000300000000000000ffffffffffffffffffffffffffffffff"));
    const QJsonObject o24 = objects[1].toObject();
    CHECK(o24.value(QStringLiteral("object")).toString() == QStringLiteral("24"));
    const QJsonArray v24 = o24.value(QStringLiteral("values")).toArray();
    REQUIRE(v24.size() == 4);
    CHECK(v24[1].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("ffffffffffffffffffffffffffffff01"));
    CHECK(v24[1].toObject().value(QStringLiteral("hex")).toString() == QStringLiteral("000000009000000011000000ffffffffffffffffffffffff"));
    const QList<Finding> f = findingsOf(r, QStringLiteral("tcp.nsi.persisted"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == Severity::Info);
    CHECK(f[0].repairs.isEmpty());
    CHECK(f[0].detail.contains(QStringLiteral("objects 22, 24")));
    CHECK_FALSE(f[0].detail.contains(QStringLiteral("default value")));

    // Windows 8.1: the TCP objects exist but hold no values: nothing listed, no finding.
    QTemporaryDir d81;
    const ScanResult r81 = scan(realVolume(d81, QStringLiteral("SYSTEM_2")));
    const QJsonObject n81 = r81.network.value(QStringLiteral("nsi_tcp")).toObject();
    CHECK(n81.value(QStringLiteral("present")).toBool());
    CHECK(n81.value(QStringLiteral("value_count")).toInt() == 0);
    CHECK(findingsOf(r81, QStringLiteral("tcp.nsi.persisted")).isEmpty());
}
