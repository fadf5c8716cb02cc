// system.file.foreign-version: network-stack system files whose version resource belongs to another
// Windows release than the target (error), or to its family with a revision above the installed update
// (warning). Real PEs (Wine DLLs) with a chosen VS_FIXEDFILEINFO, signed by the test PKI whose root
// stands in for Microsoft on the demo kind, in a generated volume whose SOFTWARE hive says build 19045,
// UBR 3803. The release-family table is checked on published build numbers.
#include "checks/file_verifier.h"
#include "checks/system_release.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include "repairs/engine.h"
#include "support/test_util.h"
#include <QCryptographicHash>
#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

QByteArray versioned(const QString &wineDll, int a, int b, int c, int d)
{
    const QByteArray base = fx::winePeDll(wineDll);
    REQUIRE(!base.isEmpty());
    const QByteArray withVersion = fx::withFileVersion(base, a, b, c, d);
    REQUIRE(withVersion != base); // the Wine DLL has a version resource to set
    Expected<QByteArray> s = fx::signPe(withVersion, fx::TestPki::instance().publisher);
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
    return *s;
}

struct ReleaseVolume {
    QTemporaryDir dir;
    QString root;
    explicit ReleaseVolume(int ubr = 3803)
    {
        root = dir.path();
        fx::WindowsImage img(root); // build 19045
        fx::addSignatureFixtures(img);
        fx::addComponentStore(img, ubr); // writes UBR, and 19041.<ubr> copies of ws2_32.dll in WinSxS
        img.writeFile(QString::fromLatin1(kDemoStandInFile).mid(1),
                      QCryptographicHash::hash(fx::TestPki::instance().root.certDer(), QCryptographicHash::Sha256).toHex() + '\n');
        // Windows 11 22H2's wsock32.dll in a Windows 10 22H2: another release.
        img.writeFile(QStringLiteral("Windows\\System32\\wsock32.dll"), versioned(QStringLiteral("wsock32.dll"), 10, 0, 22621, 2428));
        // The right family, an update above the installed one.
        img.writeFile(QStringLiteral("Windows\\System32\\drivers\\afd.sys"), versioned(QStringLiteral("version.dll"), 10, 0, 19041, 4000));
        // Exactly the installed update.
        img.writeFile(QStringLiteral("Windows\\System32\\drivers\\tcpip.sys"), versioned(QStringLiteral("version.dll"), 10, 0, 19041, ubr));
        // Windows 7's ndis.sys.
        img.writeFile(QStringLiteral("Windows\\System32\\drivers\\ndis.sys"), versioned(QStringLiteral("version.dll"), 6, 1, 7601, 24545));
        img.commit();
    }
    ScanResult scan(const QString &kind = QStringLiteral("demo")) const
    {
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(root, kind);
        REQUIRE(v.ok());
        OpenedTarget t;
        t.spec.kind = TargetSpec::Offline;
        t.spec.path = root;
        t.view = std::move(*v);
        CancelToken cancel;
        return scanTarget(t, ScanOptions{}, cancel);
    }
};

const Finding *foreignFor(const ScanResult &r, const QString &path)
{
    for (const Finding &f : r.findings)
        if (f.id == QLatin1String("system.file.foreign-version")
            && f.evidence.value(QStringLiteral("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("release families: one table from published build numbers", "[foreign-version]")
{
    auto fam = [](int major, int minor, int build) {
        const ReleaseFamily *f = releaseFamily(major, minor, build);
        return f ? f->fileBuild : -1;
    };
    for (int b : {19041, 19042, 19043, 19044, 19045})
        CHECK(fam(10, 0, b) == 19041);
    CHECK(fam(10, 0, 22621) == 22621);
    CHECK(fam(10, 0, 22631) == 22621);
    CHECK(fam(10, 0, 18363) == 18362);
    CHECK(fam(10, 0, 17763) == 17763);
    CHECK(fam(10, 0, 22000) == 22000);
    CHECK(fam(10, 0, 26100) == 26100);
    CHECK(fam(6, 1, 7601) == 7601);
    CHECK(fam(6, 3, 9600) == 9600);
    CHECK(fam(10, 0, 19046) == -1); // not a published release
    CHECK(fam(6, 3, 19045) == -1);  // the build does not belong to that version

    TargetRelease r;
    r.major = 10;
    r.build = 19045;
    r.familyBuild = 19041;
    r.ubr = 3803;
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("10.0.19041.3803"))) == ReleaseFit::Fits);
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("10.0.19041.1"))) == ReleaseFit::Fits);
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("10.0.19045.3803"))) == ReleaseFit::Fits);
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("10.0.19041.4000"))) == ReleaseFit::NewerRevision);
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("10.0.22621.2428"))) == ReleaseFit::OtherRelease);
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("10.0.18362.1"))) == ReleaseFit::OtherRelease);
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("6.3.9600.1"))) == ReleaseFit::OtherRelease);
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("garbage"))) == ReleaseFit::Unknown);
    r.ubr = -1; // no UBR recorded: any revision of the family fits
    CHECK(classifyRelease(r, FileVersion::parse(QStringLiteral("10.0.19041.9999"))) == ReleaseFit::Fits);
    TargetRelease seven;
    seven.major = 6;
    seven.minor = 1;
    seven.build = 7601;
    seven.familyBuild = 7601;
    CHECK(classifyRelease(seven, FileVersion::parse(QStringLiteral("6.1.7600.16385"))) == ReleaseFit::Fits); // RTM file on SP1
    CHECK(classifyRelease(seven, FileVersion::parse(QStringLiteral("10.0.19041.1"))) == ReleaseFit::OtherRelease);
}

TEST_CASE("system.file.foreign-version on a 19045 / UBR 3803 volume: 22621 error, 19041.4000 warning, 19041.3803 nothing",
          "[foreign-version][signature]")
{
    ReleaseVolume vol;
    const ScanResult r = vol.scan();
    {
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(vol.root, QStringLiteral("demo"));
        REQUIRE(v.ok());
        const TargetRelease rel = readTargetRelease(**v);
        CHECK(rel.build == 19045);
        CHECK(rel.ubr == 3803);
        CHECK(rel.family() == QLatin1String("10.0.19041"));
    }

    const Finding *wsock = foreignFor(r, QStringLiteral("C:\\Windows\\System32\\wsock32.dll"));
    REQUIRE(wsock);
    CHECK(wsock->severity == Severity::Error);
    CHECK(wsock->title.contains(QStringLiteral("10.0.22621.2428")));
    const QJsonObject rel = wsock->evidence.value(QStringLiteral("release")).toObject();
    CHECK(rel.value(QStringLiteral("verdict")).toString() == QLatin1String("other-release"));
    CHECK(rel.value(QStringLiteral("target_family")).toString() == QLatin1String("10.0.19041"));
    CHECK(rel.value(QStringLiteral("target_ubr")).toInt() == 3803);
    // Validly signed "by Microsoft" (the demo's stand-in root) and still flagged.
    CHECK(rel.value(QStringLiteral("signed_by_microsoft")).toBool());
    CHECK(wsock->detail.contains(QStringLiteral("validly signed by Microsoft")));
    CHECK(wsock->repairs.contains(QStringLiteral("system.file.restore")));

    const Finding *afd = foreignFor(r, QStringLiteral("C:\\Windows\\System32\\drivers\\afd.sys"));
    REQUIRE(afd);
    CHECK(afd->severity == Severity::Warning);
    CHECK(afd->evidence.value(QStringLiteral("release")).toObject().value(QStringLiteral("verdict")).toString()
          == QLatin1String("newer-revision"));
    CHECK(afd->repairs.contains(QStringLiteral("system.file.restore")));

    CHECK_FALSE(foreignFor(r, QStringLiteral("C:\\Windows\\System32\\drivers\\tcpip.sys")));
    const Finding *ndis = foreignFor(r, QStringLiteral("C:\\Windows\\System32\\drivers\\ndis.sys"));
    REQUIRE(ndis);
    CHECK(ndis->severity == Severity::Error);
    // The fixtures' own files (10.0.19041.3636) fit: no finding for them.
    CHECK_FALSE(foreignFor(r, QStringLiteral("C:\\Windows\\System32\\mswsock.dll")));
    // The old id is gone.
    for (const Finding &f : r.findings)
        CHECK(f.id != QLatin1String("system.file.other-release"));
}

TEST_CASE("system.file.foreign-version: the restore repair plans this release's copy from the component store",
          "[foreign-version][system-file-restore]")
{
    ReleaseVolume vol;
    // ws2_32.dll of Windows 11 in System32 (the component store holds 19041.3737/3803/4337 copies).
    const QByteArray foreign = versioned(QStringLiteral("ws2_32.dll"), 10, 0, 22621, 2428);
    QFile f(vol.root + QStringLiteral("/Windows/System32/ws2_32.dll"));
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(foreign) == foreign.size());
    f.close();
    const ScanResult r = vol.scan();
    const Finding *ws2 = foreignFor(r, QStringLiteral("C:\\Windows\\System32\\ws2_32.dll"));
    REQUIRE(ws2);
    CHECK(ws2->severity == Severity::Error);

    auto w = openOfflineWriter(vol.root, {}, QStringLiteral("demo"));
    REQUIRE(w.ok());
    RepairEngine engine(**w);
    RepairOptions o;
    o.files = {QStringLiteral("C:\\Windows\\System32\\ws2_32.dll")};
    const Expected<QList<ActionPlan>> plans = engine.plan({QStringLiteral("system.file.restore")}, o);
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    const ActionPlan &p = plans->first();
    REQUIRE(p.steps.size() == 1);
    CHECK(p.steps[0].contains(QStringLiteral("another Windows release")));
    CHECK(p.steps[0].contains(QStringLiteral("_10.0.19041.3803_"))); // the installed update, not 4337
    const Expected<RunOutcome> run = engine.run(*plans);
    REQUIRE(run.ok());
    CHECK_FALSE(foreignFor(vol.scan(), QStringLiteral("C:\\Windows\\System32\\ws2_32.dll")));
    REQUIRE(engine.undo(run->runDir).ok());
    CHECK(test::readFile(vol.root + QStringLiteral("/Windows/System32/ws2_32.dll")) == foreign);
}

TEST_CASE("network files the repair can restore: by name in any case, only in their own folder", "[foreign-version]")
{
    const QString root = QStringLiteral("C:\\Windows");
    CHECK(isRestorableNetworkFile(QStringLiteral("C:\\Windows\\System32\\ws2_32.dll"), root));
    CHECK(isRestorableNetworkFile(QStringLiteral("c:\\windows\\system32\\WS2_32.DLL"), root));
    CHECK(isRestorableNetworkFile(QStringLiteral("C:/Windows/SysWOW64/MSWSOCK.dll"), root));
    CHECK(isRestorableNetworkFile(QStringLiteral("C:\\Windows\\System32\\drivers\\Tcpip.sys"), root));
    CHECK(isRestorableNetworkFile(QStringLiteral("C:\\Windows\\System32/drivers\\afd.sys"), root));
    CHECK_FALSE(isRestorableNetworkFile(QStringLiteral("C:\\Windows\\System32\\tcpip.sys"), root));        // a driver outside drivers
    CHECK_FALSE(isRestorableNetworkFile(QStringLiteral("C:\\Windows\\System32\\drivers\\ws2_32.dll"), root)); // a DLL inside drivers
    CHECK_FALSE(isRestorableNetworkFile(QStringLiteral("C:\\Windows\\System32\\ws2_32.dll.bak"), root));
    CHECK_FALSE(isRestorableNetworkFile(QStringLiteral("C:\\Windows\\System32\\xws2_32.dll"), root));
    CHECK_FALSE(isRestorableNetworkFile(QStringLiteral("C:\\Temp\\ws2_32.dll"), root));
    CHECK_FALSE(isRestorableNetworkFile(QStringLiteral("ws2_32.dll"), root));
    CHECK_FALSE(isRestorableNetworkFile(QString(), root));
}
