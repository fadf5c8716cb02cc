// system.file.restore on generated Windows volumes: real PEs signed with the test PKI (osslsigncode),
// a component store (WinSxS) with several revisions, the demo's stand-in root (demo kind only).
// Plan -> snapshot (current file + SHA-256) -> copy -> verify -> undo byte for byte; candidates that
// are tampered, of a newer update than installed or links out of the volume are never used.
#include "checks/file_verifier.h"
#include "fixtures/signing_fixtures.h"
#include "fixtures/windows_image.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include "repairs/engine.h"
#include "support/test_util.h"
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace wd;

namespace {

const QString kWs2 = QStringLiteral("C:\\Windows\\System32\\ws2_32.dll");
const QString kWs2Wow = QStringLiteral("C:\\Windows\\SysWOW64\\ws2_32.dll");

struct SxsVolume {
    QTemporaryDir dir;
    QString root;
    QByteArray broken;  // System32\ws2_32.dll as generated (signed, then patched)
    QByteArray genuine; // the component store's revision-UBR copy

    SxsVolume()
    {
        root = dir.path();
        fx::WindowsImage img(root);
        fx::addSignatureFixtures(img);
        genuine = fx::addComponentStore(img, 3636);
        // The demo's marker: its test root stands in for Microsoft (honoured for the demo kind only).
        img.writeFile(QString::fromLatin1(kDemoStandInFile).mid(1),
                      QCryptographicHash::hash(fx::TestPki::instance().root.certDer(), QCryptographicHash::Sha256).toHex() + '\n');
        img.commit();
        broken = test::readFile(ws2());
    }
    QString ws2() const { return root + QStringLiteral("/Windows/System32/ws2_32.dll"); }
    QString sxs(int rev) const
    {
        QDirIterator it(root + QStringLiteral("/Windows/WinSxS"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QString d = it.next();
            if (d.contains(QStringLiteral("_10.0.19041.%1_").arg(rev)))
                return d + QStringLiteral("/ws2_32.dll");
        }
        return {};
    }
    std::unique_ptr<SystemWriter> writer(const QString &kind = QStringLiteral("demo")) const
    {
        auto w = openOfflineWriter(root, {}, kind);
        REQUIRE(w.ok());
        return std::move(*w);
    }
    ScanResult scan() const
    {
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(root, QStringLiteral("demo"));
        REQUIRE(v.ok());
        OpenedTarget t;
        t.spec.kind = TargetSpec::Offline;
        t.spec.path = root;
        t.view = std::move(*v);
        CancelToken cancel;
        return scanTarget(t, ScanOptions{}, cancel);
    }
};

bool flagged(const ScanResult &r, const QString &path)
{
    for (const Finding &f : r.findings) {
        if (f.severity < Severity::Warning)
            continue;
        if (f.evidence.value(QStringLiteral("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
            return true;
        for (const QJsonValue &x : f.evidence.value(QStringLiteral("files")).toArray())
            if (x.toObject().value(QStringLiteral("path")).toString().compare(path, Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

void flipByte(const QString &path, qint64 at)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(at));
    char c = 0;
    REQUIRE(f.getChar(&c));
    REQUIRE(f.seek(at));
    REQUIRE(f.putChar(char(c ^ 0x55)));
}

const ActionPlan &only(const Expected<QList<ActionPlan>> &plans)
{
    REQUIRE(plans.ok());
    REQUIRE(plans->size() == 1);
    return plans->first();
}

} // namespace

TEST_CASE("system.file.restore puts ws2_32.dll back from the component store: undo restores the damaged file byte for byte",
          "[system-file-restore]")
{
    SxsVolume vol;
    // The scan flags the patched file and names this repair.
    const ScanResult before = vol.scan();
    REQUIRE(flagged(before, kWs2));
    bool named = false;
    for (const Finding &f : before.findings)
        named = named || (f.id == QLatin1String("signature.ws2_32.invalid") && f.repairs.contains(QStringLiteral("system.file.restore")));
    CHECK(named);

    auto w = vol.writer();
    RepairEngine engine(*w);
    const Expected<QList<ActionPlan>> plans = engine.plan({QStringLiteral("system.file.restore")}, {});
    const ActionPlan &p = only(plans);
    REQUIRE(p.affectedFiles == QStringList{kWs2});
    REQUIRE(p.steps.size() == 1);
    // The highest revision not above the installed update revision (3636), not the newer 4170 nor the older 3570.
    CHECK(p.steps[0].contains(QStringLiteral("_10.0.19041.3636_")));
    CHECK(p.steps[0].contains(QStringLiteral("10.0.19041.3636")));
    CHECK(p.steps[0].contains(QStringLiteral("hash_mismatch")));
    // The missing 32-bit copy has no candidate (no x86 copy in this store): said so, with the commands.
    const QString notes = joinRendered(p.notes, QString(QLatin1Char('\n')));
    CHECK(notes.contains(kWs2Wow));
    CHECK(notes.contains(QStringLiteral("sfc /scanfile=D:\\Windows\\SysWOW64\\ws2_32.dll /offbootdir=D:\\ /offwindir=D:\\Windows")));
    CHECK(notes.contains(QStringLiteral("DISM /Image:D:\\ /Cleanup-Image /RestoreHealth")));
    CHECK(RepairEngine::preview(*plans).contains(kWs2));

    const Expected<RunOutcome> run = engine.run(*plans);
    REQUIRE(run.ok());
    CHECK(test::readFile(vol.ws2()) == vol.genuine);
    // The snapshot holds the damaged file with its SHA-256.
    const QString snap = run->actions.first().snapshotDir;
    const Expected<QJsonObject> m = snapshot::loadVerified(snap);
    REQUIRE(m.ok());
    const QJsonObject saved = m->value(QStringLiteral("files")).toArray().first().toObject();
    CHECK(saved.value(QStringLiteral("path")).toString() == kWs2);
    CHECK(saved.value(QStringLiteral("sha256")).toString()
          == QString::fromLatin1(QCryptographicHash::hash(vol.broken, QCryptographicHash::Sha256).toHex()));
    CHECK(test::readFile(QDir(snap).filePath(saved.value(QStringLiteral("file")).toString())) == vol.broken);
    // No temp file left beside it.
    CHECK(QDir(vol.root + QStringLiteral("/Windows/System32")).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("ws2_32")).size() == 1);

    // The verification scan no longer flags it (the 32-bit one stays missing).
    const ScanResult after = vol.scan();
    CHECK_FALSE(flagged(after, kWs2));
    CHECK(flagged(after, kWs2Wow));
    int critical = 0;
    const QStringList remaining = describeRemaining(after.findings, {QStringLiteral("system.file.restore")}, &critical);
    CHECK(critical >= 1);
    CHECK(remaining.join(QLatin1Char('\n')).contains(kWs2Wow));

    // Nothing more to do for the 64-bit file now.
    const Expected<QList<ActionPlan>> again = engine.plan({QStringLiteral("system.file.restore")}, {});
    CHECK(only(again).affectedFiles.isEmpty());

    // Undo: the damaged file comes back byte for byte.
    const Expected<QStringList> undone = engine.undo(run->runDir);
    REQUIRE(undone.ok());
    CHECK(test::readFile(vol.ws2()) == vol.broken);
    CHECK(undone->join(QString()).contains(QStringLiteral("byte for byte")));
}

TEST_CASE("system.file.restore: a missing file is copied in and undo removes it again: a failed verification rolls back",
          "[system-file-restore]")
{
    SxsVolume vol;
    REQUIRE(QFile::remove(vol.ws2()));
    auto w = vol.writer();
    RepairEngine engine(*w);
    {
        const Expected<QList<ActionPlan>> plans = engine.plan({QStringLiteral("system.file.restore")}, {});
        REQUIRE(only(plans).affectedFiles == QStringList{kWs2});
        CHECK(only(plans).steps[0].contains(QStringLiteral("missing")));
        // A fault after the copy: everything is rolled back, the file is missing again.
        RunOptions ro;
        ro.hook = [](const QString &step) { return step == QLatin1String("verified"); };
        const Expected<RunOutcome> failed = engine.run(*plans, ro);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.error().kind == ErrorKind::RepairFailed);
        CHECK_FALSE(QFile::exists(vol.ws2()));
    }
    const Expected<QList<ActionPlan>> plans = engine.plan({QStringLiteral("system.file.restore")}, {});
    const Expected<RunOutcome> run = engine.run(*plans);
    REQUIRE(run.ok());
    CHECK(test::readFile(vol.ws2()) == vol.genuine);
    REQUIRE(engine.undo(run->runDir).ok());
    CHECK_FALSE(QFile::exists(vol.ws2()));
}

TEST_CASE("system.file.restore uses only verified copies of this release from inside the volume", "[system-file-restore]")
{
    SECTION("a tampered best candidate is skipped: the next lower revision that verifies wins")
    {
        SxsVolume vol;
        flipByte(vol.sxs(3636), 0x400);
        auto w = vol.writer();
        const Expected<QList<ActionPlan>> plans = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        REQUIRE(only(plans).steps.size() == 1);
        CHECK(only(plans).steps[0].contains(QStringLiteral("_10.0.19041.3570_")));
    }
    SECTION("no copy verifies: nothing is planned, the note gives the sfc and DISM commands")
    {
        SxsVolume vol;
        flipByte(vol.sxs(3636), 0x400);
        flipByte(vol.sxs(3570), 0x400);
        auto w = vol.writer();
        const Expected<QList<ActionPlan>> plans = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        CHECK(only(plans).nothingToDo());
        const QString notes = joinRendered(only(plans).notes, QString(QLatin1Char('\n')));
        CHECK(notes.contains(QStringLiteral("sfc /scanfile=D:\\Windows\\System32\\ws2_32.dll /offbootdir=D:\\ /offwindir=D:\\Windows")));
        CHECK(notes.contains(QStringLiteral("hash_mismatch"))); // why the copies found were not used
        CHECK(notes.contains(QStringLiteral("_10.0.19041.3636_")));
    }
    SECTION("a delta-compressed copy (DCM + PA30, as Windows keeps superseded files) is named and passed over")
    {
        SxsVolume vol;
        {
            QFile f(vol.sxs(3636));
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray("DCM\x01PA30", 8) + QByteArray(600, '\x5a'));
        }
        auto w = vol.writer();
        const Expected<QList<ActionPlan>> plans = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        REQUIRE(only(plans).steps.size() == 1);
        CHECK(only(plans).steps[0].contains(QStringLiteral("_10.0.19041.3570_")));
        // With the older copy tampered too, the note says why the delta was not used.
        flipByte(vol.sxs(3570), 0x400);
        const Expected<QList<ActionPlan>> none = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        CHECK(only(none).nothingToDo());
        const QString notes = joinRendered(only(none).notes, QString(QLatin1Char('\n')));
        CHECK(notes.contains(QStringLiteral("_10.0.19041.3636_")));
        CHECK(notes.contains(QStringLiteral("compressed delta")));
    }
    SECTION("the test root is not Microsoft on an ordinary offline volume: no candidate")
    {
        SxsVolume vol;
        auto w = vol.writer(QStringLiteral("offline"));
        const Expected<QList<ActionPlan>> plans = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        CHECK(only(plans).affectedFiles.isEmpty());
        CHECK(joinRendered(only(plans).notes, QString(QLatin1Char('\n'))).contains(QStringLiteral("not signed by Microsoft")));
    }
    SECTION("a newer update than the installed one is never used")
    {
        SxsVolume vol;
        flipByte(vol.sxs(3636), 0x400);
        flipByte(vol.sxs(3570), 0x400);
        // Only 4170 is left intact; the target is at UBR 3636.
        auto w = vol.writer();
        const Expected<QList<ActionPlan>> plans = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        CHECK(only(plans).affectedFiles.isEmpty());
        CHECK_FALSE(joinRendered(only(plans).steps, QString(QString())).contains(QStringLiteral("4170")));
    }
    SECTION("a candidate that is a link out of the volume is not followed")
    {
        SxsVolume vol;
        QTemporaryDir outside;
        const QString copy = outside.filePath(QStringLiteral("ws2_32.dll"));
        QFile::copy(vol.sxs(3636), copy);
        for (int rev : {3636, 3570}) {
            REQUIRE(QFile::remove(vol.sxs(rev)));
            REQUIRE(QFile::link(copy, vol.sxs(rev)));
        }
        auto w = vol.writer();
        const Expected<QList<ActionPlan>> plans = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        CHECK(only(plans).affectedFiles.isEmpty());
    }
    SECTION("the file itself as a link out of the volume: refused, nothing planned")
    {
        SxsVolume vol;
        QTemporaryDir outside;
        const QString copy = outside.filePath(QStringLiteral("ws2_32.dll"));
        QFile::copy(vol.ws2(), copy);
        REQUIRE(QFile::remove(vol.ws2()));
        REQUIRE(QFile::link(copy, vol.ws2()));
        auto w = vol.writer();
        const Expected<QList<ActionPlan>> plans = RepairEngine(*w).plan({QStringLiteral("system.file.restore")}, {});
        REQUIRE_FALSE(plans.ok());
        CHECK(plans.error().kind == ErrorKind::OutsideRoot);
        CHECK(test::readFile(copy) == vol.broken);
    }
}

TEST_CASE("system.file.restore --file limits the repair to one file: other files are refused", "[system-file-restore]")
{
    SxsVolume vol;
    auto w = vol.writer();
    RepairEngine engine(*w);
    RepairOptions o;
    o.files = {QStringLiteral("c:\\windows\\system32\\WS2_32.DLL")};
    const Expected<QList<ActionPlan>> plans = engine.plan({QStringLiteral("system.file.restore")}, o);
    CHECK(only(plans).affectedFiles.size() == 1);
    CHECK(joinRendered(only(plans).notes, QString(QString())).indexOf(kWs2Wow) < 0); // the 32-bit file is not looked at
    o.files = {QStringLiteral("C:\\Windows\\System32\\kernel32.dll")};
    const Expected<QList<ActionPlan>> refused = engine.plan({QStringLiteral("system.file.restore")}, o);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Usage);
    o.files = {QStringLiteral("C:\\Windows\\System32\\mswsock.dll")}; // intact
    const Expected<QList<ActionPlan>> intact = engine.plan({QStringLiteral("system.file.restore")}, o);
    CHECK(only(intact).nothingToDo());
    CHECK(joinRendered(only(intact).notes, QString(QString())).contains(QStringLiteral("nothing to restore")));
}

TEST_CASE("repair system.file.restore on the demo restores ws2_32.dll and says what the verification scan still finds",
          "[system-file-restore][cli]")
{
    auto r = test::runApp({QStringLiteral("repair"), QStringLiteral("system.file.restore"), QStringLiteral("--target"), QStringLiteral("demo"),
                           QStringLiteral("--yes")});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("Replace C:\\Windows\\System32\\ws2_32.dll"));
    CHECK(r.out.contains("_10.0.19041.3636_"));
    // The demo's wsock32.dll from Windows 11 (system.file.foreign-version) goes back to this release's copy.
    CHECK(r.out.contains("Replace C:\\Windows\\System32\\wsock32.dll"));
    CHECK(r.out.contains("amd64_microsoft-windows-wsock32_31bf3856ad364e35_10.0.19041.3636_"));
    CHECK_FALSE(r.out.contains("wsock32.dll is from another Windows release"));
    CHECK(r.out.contains("sfc /scanfile=D:\\Windows\\SysWOW64\\ws2_32.dll /offbootdir=D:\\ /offwindir=D:\\Windows"));
    CHECK(r.out.contains("Done. Every change was applied and verified."));
    CHECK(r.out.contains("But a new scan still finds"));
    CHECK(r.out.contains("C:\\Windows\\SysWOW64\\ws2_32.dll is missing"));
    CHECK_FALSE(r.out.contains("signature.ws2_32.invalid"));

    // Usage: --file names something this repair does not restore.
    auto bad = test::runApp({QStringLiteral("repair"), QStringLiteral("system.file.restore"), QStringLiteral("--file"),
                             QStringLiteral("C:\\Windows\\System32\\kernel32.dll"), QStringLiteral("--target"), QStringLiteral("demo"),
                             QStringLiteral("--yes")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("kernel32.dll"));
    // --trust-roots is accepted like scan and verify take it.
    auto dry = test::runApp({QStringLiteral("repair"), QStringLiteral("system.file.restore"), QStringLiteral("--trust-roots"),
                             test::sourceDir() + QStringLiteral("/tests/data"), QStringLiteral("--target"), QStringLiteral("demo"),
                             QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
}
