// Driver Verifier (issue 16 item 3): the check decodes VerifyDrivers / VerifyDriverLevel from a
// generated offline volume; verifier.reset removes them and undoes byte for byte; verifier.enable is
// opt-in (never taken from findings) and writes the standard flags for the named drivers.
#include "checks/driver_verifier.h"
#include "fixtures/windows_image.h"
#include "platform/targets.h"
#include "repairs/elevated_handoff.h"
#include "repairs/engine.h"
#include "support/test_util.h"
#include <QJsonArray>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

const QString kMm = QStringLiteral("Control\\Session Manager\\Memory Management");

// A Windows 10 (or BUILD) volume; VERIFIER: VerifyDrivers / VerifyDriverLevel as given (empty: unset).
QString makeVolume(const QTemporaryDir &dir, const QString &drivers, std::optional<quint32> level,
                   const QString &build = QStringLiteral("19045"))
{
    fx::ImageOptions o;
    o.build = build;
    fx::WindowsImage img(dir.path(), o);
    img.setCcs(kMm, RegValue::dword(QStringLiteral("ClearPageFileAtShutdown"), 0)); // the key exists on every Windows
    if (!drivers.isNull())
        img.setCcs(kMm, RegValue::sz(QStringLiteral("VerifyDrivers"), drivers));
    if (level)
        img.setCcs(kMm, RegValue::dword(QStringLiteral("VerifyDriverLevel"), *level));
    for (const char *name : {"ws2_32.dll", "mswsock.dll"})
        img.writeFile(QStringLiteral("Windows\\System32\\") + QLatin1String(name), fx::placeholderDll(QLatin1String(name)));
    img.writeFile(QStringLiteral("Windows\\System32\\drivers\\ndis.sys"), fx::placeholderDll(QStringLiteral("ndis.sys")));
    img.commit();
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

const Finding *findingOf(const ScanResult &r, const QString &id)
{
    for (const Finding &f : r.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

std::unique_ptr<SystemWriter> writer(const QString &root)
{
    auto w = openOfflineWriter(root);
    REQUIRE(w.ok());
    return std::move(*w);
}

std::optional<RegValue> mmValue(const SystemWriter &w, const QString &name)
{
    auto v = w.value(verifier::settingsKey(), name, RegView::Native);
    REQUIRE(v.ok());
    return *v;
}

QString systemHive(const QString &root) { return root + QStringLiteral("/Windows/System32/config/SYSTEM"); }

} // namespace

TEST_CASE("Driver Verifier flags: documented bits named, the rest raw", "[verifier]")
{
    quint32 unknown = 0;
    const QList<verifier::Flag> f = verifier::decodeLevel(0x209BBu, &unknown);
    QStringList names;
    for (const verifier::Flag &x : f)
        names << x.name;
    CHECK(names == QStringList{QStringLiteral("special pool"), QStringLiteral("force IRQL checking"), QStringLiteral("pool tracking"),
                               QStringLiteral("I/O verification"), QStringLiteral("deadlock detection"), QStringLiteral("DMA checking"),
                               QStringLiteral("security checks"), QStringLiteral("miscellaneous checks"),
                               QStringLiteral("DDI compliance checking")});
    CHECK(unknown == 0);
    verifier::decodeLevel(0x80001001u, &unknown);
    CHECK(unknown == 0x80001000u);
    CHECK(verifier::standardFlags(19045) == 0x209BBu);
    CHECK(verifier::standardFlags(7601) == 0x9BBu);
    CHECK(verifier::standardFlags(std::nullopt) == 0x9BBu);
    CHECK(verifier::parseDriverList(QStringLiteral("  ndis.sys  tcpip.sys ndis.sys ")) == QStringList{QStringLiteral("ndis.sys"), QStringLiteral("tcpip.sys")});
    CHECK(verifier::isValidDriverName(QStringLiteral("rt640x64.sys")));
    CHECK_FALSE(verifier::isValidDriverName(QStringLiteral("*")));
    CHECK_FALSE(verifier::isValidDriverName(QStringLiteral("..\\evil.sys")));
    CHECK_FALSE(verifier::isValidDriverName(QStringLiteral("C:\\Windows\\System32\\drivers\\ndis.sys")));
    CHECK_FALSE(verifier::isValidDriverName(QStringLiteral("ndis.dll")));
}

TEST_CASE("A volume with Driver Verifier left on: warning with the drivers and decoded flags", "[verifier][scan]")
{
    QTemporaryDir dir;
    const ScanResult r = scan(makeVolume(dir, QStringLiteral("ndis.sys rt640x64.sys"), 0x209BBu | 0x1000u));
    const Finding *f = findingOf(r, QStringLiteral("drivers.verifier.enabled"));
    REQUIRE(f);
    CHECK(f->severity == Severity::Warning);
    CHECK(f->repairs == QStringList{QStringLiteral("verifier.reset")});
    CHECK(f->title.contains(QStringLiteral("ndis.sys, rt640x64.sys")));
    CHECK(f->detail.contains(QStringLiteral("0xC4")));
    CHECK(f->detail.contains(QStringLiteral("DDI compliance checking")));
    CHECK(f->detail.contains(QStringLiteral("undocumented bits 0x00001000")));
    CHECK(f->evidence.value(QStringLiteral("verify_driver_level")).toString() == QStringLiteral("0x000219BB"));
    CHECK(f->evidence.value(QStringLiteral("unknown_bits")).toString() == QStringLiteral("0x00001000"));
    CHECK(f->evidence.value(QStringLiteral("flags")).toArray().size() == 9);
    CHECK(f->evidence.value(QStringLiteral("drivers")).toArray() == QJsonArray{QStringLiteral("ndis.sys"), QStringLiteral("rt640x64.sys")});
    CHECK(r.extra.value(QStringLiteral("driver_verifier")).toObject().value(QStringLiteral("present")).toBool());
    // The plan takes the reset from the finding, never the opt-in enable.
    const QStringList ids = repairIdsFromFindings(r.findings);
    CHECK(ids.contains(QStringLiteral("verifier.reset")));
    CHECK_FALSE(ids.contains(QStringLiteral("verifier.enable")));

    QTemporaryDir all;
    const ScanResult ra = scan(makeVolume(all, QStringLiteral("*"), 0x1u));
    const Finding *fa = findingOf(ra, QStringLiteral("drivers.verifier.enabled"));
    REQUIRE(fa);
    CHECK(fa->title.contains(QStringLiteral("all drivers")));
    CHECK(fa->evidence.value(QStringLiteral("all_drivers")).toBool());
}

TEST_CASE("Driver Verifier off or only a leftover level: no warning", "[verifier][scan]")
{
    QTemporaryDir clean;
    const ScanResult r = scan(makeVolume(clean, QString(), std::nullopt));
    CHECK_FALSE(findingOf(r, QStringLiteral("drivers.verifier.enabled")));
    CHECK_FALSE(findingOf(r, QStringLiteral("drivers.verifier.leftover")));

    QTemporaryDir empty;
    const ScanResult e = scan(makeVolume(empty, QStringLiteral("  "), 0x9BBu));
    CHECK_FALSE(findingOf(e, QStringLiteral("drivers.verifier.enabled")));
    const Finding *left = findingOf(e, QStringLiteral("drivers.verifier.leftover"));
    REQUIRE(left);
    CHECK(left->severity == Severity::Info);
}

TEST_CASE("verifier.reset removes the settings, verifies, and undo restores the hive byte for byte", "[verifier][repair]")
{
    QTemporaryDir dir;
    const QString root = makeVolume(dir, QStringLiteral("ndis.sys"), 0x209BBu);
    const QByteArray before = test::readFile(systemHive(root));
    auto w = writer(root);
    RepairEngine engine(*w);
    auto plans = engine.plan({QStringLiteral("verifier.reset")}, {});
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    const ActionPlan &p = plans->first();
    CHECK(p.needsReboot);
    REQUIRE(p.changes.size() == 2);
    CHECK(p.changes[0].kind == RegChange::DeleteValue);
    const QString preview = RepairEngine::preview(*plans);
    CHECK(preview.contains(QStringLiteral("VerifyDrivers: \"ndis.sys\" -> not set")));
    CHECK(preview.contains(QStringLiteral("VerifyDriverLevel: dword 0x000209bb (133563) -> not set")));
    CHECK(test::readFile(systemHive(root)) == before); // planning never writes

    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    CHECK(run->rebootRequired);
    CHECK_FALSE(mmValue(*w, QStringLiteral("VerifyDrivers")));
    CHECK_FALSE(mmValue(*w, QStringLiteral("VerifyDriverLevel")));
    CHECK(mmValue(*w, QStringLiteral("ClearPageFileAtShutdown"))); // the rest of the key stays
    CHECK_FALSE(findingOf(scan(root), QStringLiteral("drivers.verifier.enabled")));

    // Nothing left to do now.
    auto again = engine.plan({QStringLiteral("verifier.reset")}, {});
    REQUIRE(again.ok());
    CHECK(again->first().nothingToDo());

    auto undone = engine.undo(run->runDir);
    REQUIRE(undone.ok());
    CHECK(test::readFile(systemHive(root)) == before);
    CHECK(findingOf(scan(root), QStringLiteral("drivers.verifier.enabled")));
}

TEST_CASE("verifier.enable: named drivers only, standard flags of the release, undoable", "[verifier][repair]")
{
    QTemporaryDir dir;
    const QString root = makeVolume(dir, QString(), std::nullopt);
    const QByteArray before = test::readFile(systemHive(root));
    auto w = writer(root);
    RepairEngine engine(*w);

    // Usage errors: no driver, a path, a wildcard. Nothing written.
    for (const QStringList &bad : {QStringList{}, QStringList{QStringLiteral("C:\\x\\ndis.sys")}, QStringList{QStringLiteral("*")},
                                   QStringList{QStringLiteral("ndis.sys"), QStringLiteral("n*.sys")}}) {
        RepairOptions o;
        o.drivers = bad;
        auto p = engine.plan({QStringLiteral("verifier.enable")}, o);
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().kind == ErrorKind::Usage);
    }
    CHECK(test::readFile(systemHive(root)) == before);

    RepairOptions o;
    o.drivers = {QStringLiteral("ndis.sys"), QStringLiteral("tcpip.sys"), QStringLiteral("NDIS.sys")};
    auto plans = engine.plan({QStringLiteral("verifier.enable")}, o);
    REQUIRE(plans.ok());
    const ActionPlan &p = plans->first();
    REQUIRE(p.changes.size() == 2);
    const QString preview = RepairEngine::preview(*plans);
    CHECK(preview.contains(QStringLiteral("VerifyDrivers: (not set) -> \"ndis.sys tcpip.sys\"")));
    CHECK(preview.contains(QStringLiteral("VerifyDriverLevel: (not set) -> dword 0x000209bb")));
    CHECK(preview.contains(QStringLiteral("tcpip.sys is not in System32\\drivers"))); // the fixture has ndis.sys only
    CHECK_FALSE(preview.contains(QStringLiteral("ndis.sys is not in")));

    auto run = engine.run(*plans);
    REQUIRE(run.ok());
    auto drivers = mmValue(*w, QStringLiteral("VerifyDrivers"));
    REQUIRE(drivers);
    CHECK(drivers->type == RegSz);
    CHECK(drivers->toString() == QStringLiteral("ndis.sys tcpip.sys"));
    auto level = mmValue(*w, QStringLiteral("VerifyDriverLevel"));
    REQUIRE(level);
    CHECK(level->toDword() == 0x209BBu);
    // The scan now reports it, and its plan offers only the reset.
    const ScanResult after = scan(root);
    REQUIRE(findingOf(after, QStringLiteral("drivers.verifier.enabled")));
    const QStringList ids = repairIdsFromFindings(after.findings);
    CHECK(ids.contains(QStringLiteral("verifier.reset")));
    CHECK_FALSE(ids.contains(QStringLiteral("verifier.enable")));

    REQUIRE(engine.undo(run->runDir).ok());
    CHECK(test::readFile(systemHive(root)) == before);

    // Windows 7: no DDI compliance bit; an existing selection is kept and extended.
    QTemporaryDir w7;
    const QString root7 = makeVolume(w7, QStringLiteral("ndis.sys"), 0x1u, QStringLiteral("7601"));
    auto w7w = writer(root7);
    RepairEngine e7(*w7w);
    RepairOptions o7;
    o7.drivers = {QStringLiteral("tcpip.sys")};
    auto p7 = e7.plan({QStringLiteral("verifier.enable")}, o7);
    REQUIRE(p7.ok());
    REQUIRE(e7.run(*p7).ok());
    CHECK(mmValue(*w7w, QStringLiteral("VerifyDrivers"))->toString() == QStringLiteral("ndis.sys tcpip.sys"));
    CHECK(mmValue(*w7w, QStringLiteral("VerifyDriverLevel"))->toDword() == 0x9BBu);
}

TEST_CASE("verifier.enable is opt-in: never selected from findings or by remediate", "[verifier][repair]")
{
    CHECK(isOptInRepair(QStringLiteral("verifier.enable")));
    CHECK_FALSE(isOptInRepair(QStringLiteral("verifier.reset")));
    Finding f;
    f.id = QStringLiteral("x");
    f.severity = Severity::Critical;
    f.repairs = {QStringLiteral("verifier.enable"), QStringLiteral("verifier.reset")};
    CHECK(repairIdsFromFindings({f}) == QStringList{QStringLiteral("verifier.reset")});
    for (bool live : {false, true})
        CHECK_FALSE(safeDefaultRepairIds(live).contains(QStringLiteral("verifier.enable")));
    // The elevated hand-off carries the driver names.
    handoff::RepairRequest req;
    req.target = QStringLiteral("live");
    req.actions = {QStringLiteral("verifier.enable")};
    req.drivers = {QStringLiteral("ndis.sys")};
    auto back = handoff::RepairRequest::fromJson(req.toJson());
    REQUIRE(back.ok());
    CHECK(back->drivers == req.drivers);
}

TEST_CASE("repair verifier.enable --driver and verifier.reset from the command line", "[verifier][repair][cli]")
{
    QTemporaryDir dir;
    const QString root = makeVolume(dir, QString(), std::nullopt);
    const QString target = QStringLiteral("offline:") + root;
    auto noDriver = test::runApp({QStringLiteral("repair"), QStringLiteral("verifier.enable"), QStringLiteral("--target"), target, QStringLiteral("--yes")});
    CHECK(noDriver.exitCode == 2);
    CHECK(noDriver.err.contains("--driver"));
    auto on = test::runApp({QStringLiteral("repair"), QStringLiteral("verifier.enable"), QStringLiteral("--driver"), QStringLiteral("ndis.sys"),
                            QStringLiteral("--target"), target, QStringLiteral("--yes")});
    REQUIRE(on.exitCode == 0);
    CHECK(on.out.contains("\"ndis.sys\""));
    CHECK(on.out.contains("Restart Windows"));
    auto off = test::runApp({QStringLiteral("repair"), QStringLiteral("verifier.reset"), QStringLiteral("--target"), target, QStringLiteral("--yes")});
    REQUIRE(off.exitCode == 0);
    CHECK(off.out.contains("VerifyDrivers: \"ndis.sys\" -> not set"));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Snapshot: (.+)\n")).match(QString::fromUtf8(on.out));
    REQUIRE(m.hasMatch());
    // Undo of the enable run after the reset: the keys are restored from the .reg export (hive changed since).
    auto undo = test::runApp({QStringLiteral("undo"), m.captured(1).trimmed(), QStringLiteral("--target"), target, QStringLiteral("--yes")});
    CHECK(undo.exitCode == 0);
    auto w = writer(root);
    CHECK_FALSE(mmValue(*w, QStringLiteral("VerifyDrivers")));
    CHECK_FALSE(mmValue(*w, QStringLiteral("VerifyDriverLevel")));
    CHECK(mmValue(*w, QStringLiteral("ClearPageFileAtShutdown")));
}
