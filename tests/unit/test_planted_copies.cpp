// system.file.planted-copy on generated offline volumes: copies of network-stack DLLs (real PEs) in
// Program Files, a user's Downloads and the Windows folder are found and described (signer, version,
// verdict); Windows' own copies (System32, WinSxS) are not; links are never followed; the walk stops
// with an info finding at its entry limit.
#include "checks/checks.h"
#include "checks/file_verifier.h"
#include "checks/planted_copies.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include "support/test_util.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

struct PlantedVolume {
    QTemporaryDir dir, outside;
    QString root;
    PlantedVolume()
    {
        root = dir.path();
        fx::WindowsImage img(root);
        fx::addSignatureFixtures(img);
        fx::addComponentStore(img, 3636); // WinSxS copies of ws2_32.dll: Windows' own, never flagged
        img.writeFile(QString::fromLatin1(kDemoStandInFile).mid(1),
                      QCryptographicHash::hash(fx::TestPki::instance().root.certDer(), QCryptographicHash::Sha256).toHex() + '\n');
        // An app's bundled copy of "Microsoft's" ws2_32.dll (signed by the demo's stand-in for Microsoft), this release.
        Expected<QByteArray> ms = fx::signPe(fx::withFileVersion(winePe(QStringLiteral("ws2_32.dll")), 10, 0, 19041, 3636),
                                             fx::TestPki::instance().publisher);
        REQUIRE(ms.ok());
        img.writeFile(QStringLiteral("Program Files\\App\\ws2_32.dll"), *ms);
        // Unsigned copies: in a download folder and in the Windows folder itself.
        img.writeFile(QStringLiteral("Users\\bob\\Downloads\\wsock32.dll"), winePe(QStringLiteral("wsock32.dll")));
        img.writeFile(QStringLiteral("Windows\\ws2_32.dll"), winePe(QStringLiteral("ws2_32.dll")));
        // Something else with an unrelated name.
        img.writeFile(QStringLiteral("Program Files\\App\\app.dll"), winePe(QStringLiteral("version.dll")));
        img.commit();
        // A folder link out of the volume, with a copy behind it: never followed.
        QFile out(outside.filePath(QStringLiteral("ws2_32.dll")));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(winePe(QStringLiteral("ws2_32.dll")));
        out.close();
        REQUIRE(QFile::link(outside.path(), root + QStringLiteral("/Users/bob/Desktop")));
    }
    std::unique_ptr<OfflineView> view() const
    {
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(root, QStringLiteral("demo"));
        REQUIRE(v.ok());
        return std::move(*v);
    }
};

const Finding *plantedAt(const ScanResult &r, const QString &path)
{
    for (const Finding &f : r.findings)
        if (f.id == QLatin1String("system.file.planted-copy")
            && f.evidence.value(QStringLiteral("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

const QStringList kNames{QStringLiteral("ws2_32.dll"), QStringLiteral("wsock32.dll"), QStringLiteral("mswsock.dll")};

} // namespace

TEST_CASE("planted copies: Program Files, Downloads and the Windows folder, not System32 or WinSxS", "[planted-copy]")
{
    PlantedVolume vol;
    std::unique_ptr<OfflineView> view = vol.view();
    const PlantedWalk walk = findPlantedCopies(*view, kNames, {});
    QStringList copies = walk.copies;
    copies.sort(Qt::CaseInsensitive);
    CHECK(copies == QStringList{QStringLiteral("C:\\Program Files\\App\\ws2_32.dll"), QStringLiteral("C:\\Users\\bob\\Downloads\\wsock32.dll"),
                                QStringLiteral("C:\\Windows\\ws2_32.dll")});
    CHECK(walk.stoppedBy.isEmpty());
    CHECK(walk.linksSkipped >= 1); // Users\bob\Desktop -> outside the volume
    CHECK(walk.entries > 5);

    // The whole scan: one finding per copy, with what it is.
    ScanResult result;
    ScanOptions options;
    CancelToken cancel;
    ScanContext ctx{*view, result, options, cancel, {}};
    REQUIRE(makePlantedCopiesCheck()->run(ctx).ok());
    const Finding *app = plantedAt(result, QStringLiteral("C:\\Program Files\\App\\ws2_32.dll"));
    REQUIRE(app);
    CHECK(app->severity == Severity::Error);
    CHECK(app->evidence.value(QStringLiteral("verdict")).toString() == QLatin1String("bundled-microsoft"));
    CHECK(app->evidence.value(QStringLiteral("signer")).toString() == QLatin1String("WD Test Publisher"));
    CHECK(app->evidence.value(QStringLiteral("file_version")).toString() == QLatin1String("10.0.19041.3636"));
    CHECK(app->detail.contains(QStringLiteral("bundled copy")));
    const Finding *dl = plantedAt(result, QStringLiteral("C:\\Users\\bob\\Downloads\\wsock32.dll"));
    REQUIRE(dl);
    CHECK(dl->evidence.value(QStringLiteral("verdict")).toString() == QLatin1String("hijack"));
    CHECK(dl->detail.contains(QStringLiteral("no valid signature")));
    // What the copy says it is: the version of its resource, in the text as in the evidence.
    const QString dlVersion = dl->evidence.value(QStringLiteral("file_version")).toString();
    REQUIRE(!dlVersion.isEmpty()); // Wine's wsock32.dll has a version resource
    CHECK(dl->detail.contains(QStringLiteral("version ") + dlVersion));
    CHECK(plantedAt(result, QStringLiteral("C:\\Windows\\ws2_32.dll")));
    for (const Finding &f : result.findings) {
        const QString p = f.evidence.value(QStringLiteral("path")).toString();
        CHECK_FALSE(p.contains(QStringLiteral("\\WinSxS\\"), Qt::CaseInsensitive));
        CHECK_FALSE(p.contains(QStringLiteral("\\System32\\"), Qt::CaseInsensitive));
        CHECK_FALSE(p.contains(QStringLiteral("Desktop"), Qt::CaseInsensitive));
        CHECK(f.id != QLatin1String("system.file.planted-copy.incomplete"));
        CHECK_FALSE(f.detail.contains(QStringLiteral("  "))); // no empty slot left in the text
        CHECK(f.evidence.value(QStringLiteral("loaded_by")).toArray().isEmpty()); // offline: nothing is running
    }
}

TEST_CASE("planted copies: the walk stops at its entry limit and says so", "[planted-copy]")
{
    PlantedVolume vol;
    std::unique_ptr<OfflineView> view = vol.view();
    PlantedWalkLimits lim;
    lim.maxEntries = 3;
    const PlantedWalk walk = findPlantedCopies(*view, kNames, lim);
    CHECK(walk.stoppedBy == QLatin1String("entries"));
    CHECK(walk.entries == 3);

    ScanResult result;
    ScanOptions options;
    CancelToken cancel;
    ScanContext ctx{*view, result, options, cancel, {}};
    REQUIRE(makePlantedCopiesCheck(3)->run(ctx).ok());
    bool noted = false;
    for (const Finding &f : result.findings)
        if (f.id == QLatin1String("system.file.planted-copy.incomplete")) {
            noted = true;
            CHECK(f.severity == Severity::Info);
            CHECK(f.evidence.value(QStringLiteral("stopped_by")).toString() == QLatin1String("entries"));
            CHECK(f.evidence.value(QStringLiteral("max_entries")).toInteger() == 3);
        }
    CHECK(noted);

    // A time limit of zero stops before the first folder is read.
    lim = {};
    lim.maxMillis = -1;
    CHECK(findPlantedCopies(*view, kNames, lim).stoppedBy == QLatin1String("time"));
    // Cancelled.
    CancelToken stop;
    stop.cancel();
    CHECK(findPlantedCopies(*view, kNames, {}, &stop).stoppedBy == QLatin1String("cancelled"));
}

TEST_CASE("planted copies: the full scan reports them through the scanner", "[planted-copy]")
{
    PlantedVolume vol;
    OpenedTarget t;
    t.spec.kind = TargetSpec::Offline;
    t.spec.path = vol.root;
    t.view = vol.view();
    CancelToken cancel;
    const ScanResult r = scanTarget(t, ScanOptions{}, cancel);
    CHECK(plantedAt(r, QStringLiteral("C:\\Program Files\\App\\ws2_32.dll")));
    CHECK(plantedAt(r, QStringLiteral("C:\\Users\\bob\\Downloads\\wsock32.dll")));
}

TEST_CASE("the demo shows a planted ws2_32.dll and a wsock32.dll from Windows 11", "[planted-copy][foreign-version][demo]")
{
    if (!demoImageAvailable())
        return;
    Expected<TargetSpec> demo = TargetSpec::parse(QStringLiteral("demo"));
    REQUIRE(demo.ok());
    Expected<OpenedTarget> t = openTarget(*demo);
    REQUIRE(t.ok());
    CancelToken cancel;
    const ScanResult r = scanTarget(*t, ScanOptions{}, cancel);
    // The DLL-site download: unsigned, a Windows 7 version, in a user's Downloads folder.
    const Finding *dl = plantedAt(r, QStringLiteral("C:\\Users\\Alex\\Downloads\\ws2_32.dll"));
    REQUIRE(dl);
    CHECK(dl->severity == Severity::Error);
    CHECK(dl->evidence.value(QStringLiteral("verdict")).toString() == QLatin1String("hijack"));
    CHECK(dl->evidence.value(QStringLiteral("file_version")).toString() == QLatin1String("6.1.7601.23451"));
    CHECK(dl->detail.contains(QStringLiteral("6.1.7601.23451")));
    int planted = 0, foreign = 0;
    for (const Finding &f : r.findings) {
        planted += f.id == QLatin1String("system.file.planted-copy");
        if (f.id == QLatin1String("system.file.foreign-version")) {
            ++foreign;
            // Windows 11 22H2's wsock32.dll in this Windows 10 22H2, validly signed (the demo's stand-in for
            // Microsoft) and still an error, with the restore repair offered.
            CHECK(f.severity == Severity::Error);
            CHECK(f.evidence.value(QStringLiteral("path")).toString().compare(QStringLiteral("C:\\Windows\\System32\\wsock32.dll"), Qt::CaseInsensitive) == 0);
            const QJsonObject rel = f.evidence.value(QStringLiteral("release")).toObject();
            CHECK(rel.value(QStringLiteral("verdict")).toString() == QLatin1String("other-release"));
            CHECK(rel.value(QStringLiteral("file_version")).toString() == QLatin1String("10.0.22621.2428"));
            CHECK(rel.value(QStringLiteral("signed_by_microsoft")).toBool());
            CHECK(f.repairs == QStringList{QStringLiteral("system.file.restore")});
        }
    }
    CHECK(planted == 1); // nothing else on the demo volume is a copy outside Windows
    CHECK(foreign == 1);
}
