// Repairs without administrator rights: the repair service hands the confirmed plan to an elevated
// copy of Winsock Doctor ("repair --plan REQUEST --result RESULT --yes"), reads its outcome back,
// verifies with a new scan, and undoes through the elevated copy too. Here the "elevated copy" is the
// real winsock-doctor binary started with QProcess on the demo working copy; under Wine the same path
// runs through ShellExecuteEx "runas" on the live registry (tests/wine).
#include "core/i18n.h"
#include "platform/targets.h"
#include "repairs/elevated_handoff.h"
#include "repairs/system_writer.h"
#include "support/test_util.h"
#include "ui/engine_repair_service.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include "repairs/engine.h"

using namespace wd;
using namespace wd::ui;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// The winsock-doctor program: beside the test (the Windows deploy folder under Wine) or the build's.
QString appPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/winsock-doctor.exe");
    return QFile::exists(beside) ? beside : QStringLiteral(WD_APP_PATH);
}

struct Recorder {
    QList<QStringList> calls;
    QString lastRequest;
    QJsonObject lastRequestJson;
};

// Runs the real program as the elevated copy (same arguments the UAC prompt would get).
EngineRepairService::ElevatedRunner realCopy(Recorder &rec, std::function<void()> before = {})
{
    return [&rec, before](const QStringList &args) -> Expected<int> {
        rec.calls << args;
        const int plan = int(args.indexOf(QStringLiteral("--plan")));
        if (plan >= 0) {
            rec.lastRequest = args.value(plan + 1);
            Expected<QJsonObject> j = handoff::load(rec.lastRequest, handoff::kRequestSchema);
            REQUIRE(j.ok());
            rec.lastRequestJson = *j;
        }
        if (before)
            before();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(appPath(), args);
        REQUIRE(p.waitForFinished(120000));
        INFO(p.readAll().toStdString());
        return p.exitCode();
    };
}

// A Winsock backup that holds only allow-listed values: the AppInit values of a healthy PC.
const QByteArray kHealthyAppInitReg("REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows]\r\n"
                                    "\"AppInit_DLLs\"=\"\"\r\n\"LoadAppInit_DLLs\"=dword:00000000\r\n");

const QStringList kActions{QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable")};

// A scanned demo working copy and the bytes of its hive files before any repair.
struct ScannedDemo {
    std::shared_ptr<TargetSession> session;
    QString systemHive, softwareHive;
    QByteArray systemBefore, softwareBefore;

    ScannedDemo()
    {
        Expected<std::shared_ptr<TargetSession>> s = TargetSession::open(QStringLiteral("demo"));
        REQUIRE(s.ok());
        session = *s;
        CancelToken cancel;
        REQUIRE(session->scan(ScanOptions{}, cancel).ok());
        Expected<std::unique_ptr<SystemWriter>> writer = session->openWriter();
        REQUIRE(writer.ok());
        systemHive = (*writer)->hiveFile(QStringLiteral("SYSTEM"));
        softwareHive = (*writer)->hiveFile(QStringLiteral("SOFTWARE"));
        REQUIRE_FALSE(systemHive.isEmpty());
        systemBefore = bytesOf(systemHive);
        softwareBefore = bytesOf(softwareHive);
    }
};

} // namespace

TEST_CASE("elevated hand-off: the confirmed plan runs in the elevated copy, is verified and undone byte for byte", "[gui][engine][elevation]")
{
    if (!demoImageAvailable())
        return;
    const ScannedDemo demo;
    const auto &[session, systemHive, softwareHive, systemBefore, softwareBefore] = demo;
    CancelToken cancel;
    EngineRepairService service(session);
    service.setNeedsElevatedCopy([](const SystemWriter &) { return true; });
    Recorder rec;
    service.setElevatedRunner(realCopy(rec));
    CHECK(service.unavailableReason().isEmpty()); // Windows will ask: repairs stay available

    QStringList lines;
    const ApplyOutcome o = service.apply(kActions, cancel, [&](const QString &, const QString &line, int, int) { lines << line; });
    INFO(o.error.toStdString());
    REQUIRE(o.ok);
    REQUIRE(rec.calls.size() == 1);
    CHECK(rec.calls[0].first() == QStringLiteral("repair"));
    CHECK(rec.calls[0].contains(QStringLiteral("--yes")));
    // The request names the working copy, the actions, the evidence and the confirmed preview.
    CHECK(rec.lastRequestJson.value(QStringLiteral("target")).toString() == QStringLiteral("offline:") + session->volumeRoot());
    CHECK(rec.lastRequestJson.value(QStringLiteral("actions")).toArray().size() == 2);
    CHECK(rec.lastRequestJson.value(QStringLiteral("findings")).toArray().size() >= 2);
    CHECK(rec.lastRequestJson.value(QStringLiteral("preview_sha256")).toString().size() == 64);
    CHECK(lines.join(QLatin1Char('\n')).contains(QStringLiteral("administrator rights")));
    REQUIRE(o.steps.size() == 2);
    for (const ApplyStep &s : o.steps) {
        CHECK(s.ok);
        CHECK(s.log.join(QLatin1Char('\n')).contains(QStringLiteral("elevated copy")));
    }
    CHECK(bytesOf(systemHive) != systemBefore);
    CHECK(bytesOf(softwareHive) != softwareBefore);
    // Verified by a new scan in this process.
    REQUIRE(o.verification.size() == 2);
    for (const QString &v : o.verification)
        CHECK(v.startsWith(QStringLiteral("Verified:")));
    // The elevated copy's snapshot is the undo handle, listed like any other.
    REQUIRE_FALSE(o.snapshotId.isEmpty());
    REQUIRE(service.listSnapshots().size() == 1);
    CHECK(service.listSnapshots().first().id == o.snapshotId);

    // Undo through the elevated copy as well: the hive files are back byte for byte.
    const Expected<QStringList> undone = service.undo(o.snapshotId, {});
    INFO((undone ? QString() : undone.error().toString()).toStdString());
    REQUIRE(undone.ok());
    CHECK_FALSE(undone->isEmpty());
    REQUIRE(rec.calls.size() == 2);
    CHECK(rec.calls[1].first() == QStringLiteral("undo"));
    CHECK(bytesOf(systemHive) == systemBefore);
    CHECK(bytesOf(softwareHive) == softwareBefore);
    CHECK(service.listSnapshots().isEmpty());
}

TEST_CASE("elevated hand-off: a target changed after the preview is refused and left alone", "[gui][engine][elevation]")
{
    if (!demoImageAvailable())
        return;
    const ScannedDemo demo;
    const std::shared_ptr<TargetSession> &session = demo.session;
    CancelToken cancel;
    EngineRepairService service(session);
    service.setNeedsElevatedCopy([](const SystemWriter &) { return true; });
    Recorder rec;
    QByteArray systemChanged;
    QString systemHive;
    // Between the confirmation and the elevated run, something else disables AppInit_DLLs.
    service.setElevatedRunner(realCopy(rec, [&]() {
        Expected<std::unique_ptr<SystemWriter>> w = session->openWriter();
        REQUIRE(w.ok());
        RepairEngine e(**w);
        Expected<QList<ActionPlan>> p = e.plan({QStringLiteral("appinit.disable")}, {});
        REQUIRE(p.ok());
        REQUIRE(e.run(*p).ok());
        systemHive = (*w)->hiveFile(QStringLiteral("SYSTEM"));
        systemChanged = bytesOf(systemHive);
    }));
    // The elevated copy answers in the wizard's language.
    installTranslator(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    const ApplyOutcome o = service.apply(kActions, cancel, {});
    installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    REQUIRE(rec.calls.size() == 1);
    CHECK(rec.calls[0].join(QLatin1Char(' ')).contains(QStringLiteral("--lang zh_CN")));
    CHECK_FALSE(o.ok);
    INFO(o.error.toStdString());
    CHECK(o.error.contains(QStringLiteral("显示预览之后系统发生了变化")));
    CHECK(o.snapshotId.isEmpty());
    for (const ApplyStep &s : o.steps)
        CHECK_FALSE(s.ok);
    // The elevated copy changed nothing (the LSP is still there).
    REQUIRE_FALSE(systemHive.isEmpty());
    CHECK(bytesOf(systemHive) == systemChanged);
}

TEST_CASE("elevated hand-off: a declined prompt and a silent copy change nothing and say so", "[gui][engine][elevation]")
{
    if (!demoImageAvailable())
        return;
    const ScannedDemo demo;
    CancelToken cancel;
    EngineRepairService service(demo.session);
    service.setNeedsElevatedCopy([](const SystemWriter &) { return true; });

    service.setElevatedRunner([](const QStringList &) -> Expected<int> {
        return Error(ErrorKind::NeedsElevation, QStringLiteral("The repair needs administrator rights, and the Windows prompt was declined."));
    });
    ApplyOutcome o = service.apply(kActions, cancel, {});
    CHECK_FALSE(o.ok);
    CHECK(service.lastErrorKind() == ErrorKind::NeedsElevation);
    CHECK(o.error.contains(QStringLiteral("declined")));
    REQUIRE(o.steps.size() == 2);
    CHECK(o.steps[0].log.join(QLatin1Char('\n')).contains(QStringLiteral("Not started")));

    service.setElevatedRunner([](const QStringList &) -> Expected<int> { return 0; }); // wrote no result
    o = service.apply(kActions, cancel, {});
    CHECK_FALSE(o.ok);
    CHECK(o.error.contains(QStringLiteral("without reporting")));

    // Without any way to elevate, repairs are unavailable and say why.
    service.setElevatedRunner({});
    CHECK(service.unavailableReason().contains(QStringLiteral("administrator")));
    o = service.apply(kActions, cancel, {});
    CHECK_FALSE(o.ok);
    CHECK(service.lastErrorKind() == ErrorKind::NeedsElevation);
    CHECK(bytesOf(demo.systemHive) == demo.systemBefore);
}

TEST_CASE("elevated hand-off: malformed request files are refused with a clear error", "[engine][elevation]")
{
    QTemporaryDir dir;
    const QString req = dir.filePath(QStringLiteral("req.json"));
    const QString res = dir.filePath(QStringLiteral("res.json"));
    auto run = [&](const QByteArray &content) {
        QFile f(req);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QFile::remove(res);
        QProcess p;
        p.start(appPath(), {QStringLiteral("repair"), QStringLiteral("--plan"), req, QStringLiteral("--result"), res,
                                               QStringLiteral("--yes")});
        REQUIRE(p.waitForFinished(60000));
        Expected<QJsonObject> j = handoff::load(res, handoff::kResultSchema);
        REQUIRE(j.ok());
        Expected<handoff::Result> r = handoff::Result::fromJson(*j);
        REQUIRE(r.ok());
        CHECK_FALSE(r->ok);
        CHECK(r->exitCode == p.exitCode());
        return *r;
    };
    handoff::Result r = run("not json");
    CHECK(r.errorKind == QStringLiteral("corrupt"));
    CHECK(r.error.contains(QStringLiteral("not valid JSON")));
    r = run(R"({"schema":"winsock-doctor/elevated-request/1","target":"live"})");
    CHECK(r.errorKind == QStringLiteral("corrupt"));
    r = run(R"({"schema":"something/else","target":"live","actions":["appinit.disable"]})");
    CHECK(r.errorKind == QStringLiteral("corrupt"));
    r = run(R"({"schema":"winsock-doctor/elevated-request/1","target":"offline:/nonexistent/volume","actions":["appinit.disable"]})");
    CHECK_FALSE(r.error.isEmpty());
}

TEST_CASE("elevated hand-off: the backup chosen for winsock.restore-backup travels in the request's folder and is undone exactly", "[gui][engine][elevation]")
{
    if (!demoImageAvailable())
        return;
    const ScannedDemo demo;
    const auto &[session, systemHive, softwareHive, systemBefore, softwareBefore] = demo;
    QTemporaryDir tmp;
    const QString backup = tmp.filePath(QStringLiteral("healthy-appinit.reg"));
    {
        QFile f(backup);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(kHealthyAppInitReg);
    }
    EngineRepairService service(session);
    service.setNeedsElevatedCopy([](const SystemWriter &) { return true; });
    service.setRestoreFile(backup);
    Recorder rec;
    QByteArray handed;
    service.setElevatedRunner(realCopy(rec, [&]() {
        if (rec.calls.size() != 1)
            return; // the undo call
        // The request names a copy inside its own folder, under the chosen file's name.
        const QString file = rec.lastRequestJson.value(QStringLiteral("file")).toString();
        CHECK(QFileInfo(file).fileName() == QStringLiteral("healthy-appinit.reg"));
        CHECK(QDir::cleanPath(QFileInfo(file).absoluteFilePath()).startsWith(QDir::cleanPath(QFileInfo(rec.lastRequest).absolutePath())));
        handed = bytesOf(file);
    }));
    const QStringList ids{QStringLiteral("winsock.restore-backup")};
    const QList<RepairPreview> preview = service.preview(ids);
    REQUIRE(preview.size() == 1);
    INFO(preview.first().error.toStdString());
    REQUIRE(preview.first().error.isEmpty());
    CancelToken cancel;
    const ApplyOutcome o = service.apply(ids, cancel, {});
    INFO(o.error.toStdString());
    REQUIRE(o.ok); // the elevated copy re-planned with the handed file and found the confirmed preview
    CHECK(handed == kHealthyAppInitReg);
    CHECK(bytesOf(softwareHive) != softwareBefore);
    const Expected<QStringList> undone = service.undo(o.snapshotId, {});
    REQUIRE(undone.ok());
    CHECK(bytesOf(systemHive) == systemBefore);
    CHECK(bytesOf(softwareHive) == softwareBefore);
}

TEST_CASE("elevated hand-off: the backup chosen for winsock.reset alone travels too and is undone exactly", "[gui][engine][elevation]")
{
    if (!demoImageAvailable())
        return;
    const ScannedDemo demo;
    const auto &[session, systemHive, softwareHive, systemBefore, softwareBefore] = demo;
    EngineRepairService service(session);
    auto elevate = std::make_shared<bool>(false);
    service.setNeedsElevatedCopy([elevate](const SystemWriter &) { return *elevate; });
    CancelToken cancel;
    // A clean catalog backup: removing the LSPs saves the catalog with them; restoring that saves the clean one.
    const ApplyOutcome removed = service.apply({QStringLiteral("winsock.remove-lsp")}, cancel, {});
    REQUIRE(removed.ok);
    REQUIRE(service.listBackups().size() == 1);
    service.setRestoreFile(service.listBackups().first().file);
    const ApplyOutcome restored = service.apply({QStringLiteral("winsock.restore-backup")}, cancel, {});
    REQUIRE(restored.ok);
    const QList<BackupInfo> backups = service.listBackups();
    REQUIRE(backups.size() == 2);
    const QString clean = backups.first().snapshot == restored.snapshotId ? backups.first().file : backups.last().file;
    service.setRestoreFile(clean);
    const QByteArray systemMid = bytesOf(systemHive);

    // Only the reset, through the elevated copy: the file goes along, so the re-plan matches the preview.
    *elevate = true;
    Recorder rec;
    QByteArray handed;
    service.setElevatedRunner(realCopy(rec, [&]() {
        if (rec.calls.size() != 1)
            return; // the undo call
        const QString file = rec.lastRequestJson.value(QStringLiteral("file")).toString();
        INFO("request: " << QJsonDocument(rec.lastRequestJson).toJson(QJsonDocument::Compact).left(600).toStdString());
        CHECK(QFileInfo(file).fileName() == QFileInfo(clean).fileName());
        handed = bytesOf(file);
    }));
    const QStringList ids{QStringLiteral("winsock.reset")};
    const QList<RepairPreview> preview = service.preview(ids);
    REQUIRE(preview.size() == 1);
    INFO(preview.first().error.toStdString());
    REQUIRE(preview.first().error.isEmpty());
    INFO("clean backup " << clean.toStdString() << ", backups: " << backups.first().snapshot.toStdString() << " | "
                         << backups.last().snapshot.toStdString() << ", restored " << restored.snapshotId.toStdString());
    REQUIRE_FALSE(preview.first().changes.isEmpty());
    const ApplyOutcome o = service.apply(ids, cancel, {});
    INFO(o.error.toStdString());
    REQUIRE(o.ok);
    REQUIRE(rec.calls.size() == 1); // the reset ran in the elevated copy
    CHECK(handed == bytesOf(clean));
    const Expected<QStringList> undone = service.undo(o.snapshotId, {});
    REQUIRE(undone.ok());
    CHECK(bytesOf(systemHive) == systemMid);
}

#ifdef Q_OS_WIN
#include "platform/live_windows/elevation.h"
#include <QCoreApplication>

// Run by tests/wine/run-wine-tests.sh on a prefix with an injected LSP and AppInit_DLLs, with
// WD_TEST_NOT_ELEVATED=1 (Wine gives every process a full token): the live repair goes through
// ShellExecuteEx "runas" of winsock-doctor.exe, and so does the undo. The script compares the
// registry before and after.
TEST_CASE("elevated hand-off on this PC (Wine): apply and undo through runas", "[.wine-live][elevation]")
{
    REQUIRE(qEnvironmentVariable("WD_TEST_NOT_ELEVATED") == QLatin1String("1"));
    REQUIRE_FALSE(elevation::isElevated());
    Expected<std::shared_ptr<TargetSession>> session = TargetSession::open(QStringLiteral("live"));
    REQUIRE(session.ok());
    CancelToken cancel;
    Expected<ScanResult> before = (*session)->scan(ScanOptions{}, cancel);
    REQUIRE(before.ok());
    EngineRepairService service(*session);
    const QString exe = QCoreApplication::applicationDirPath() + QStringLiteral("/winsock-doctor.exe");
    REQUIRE(QFile::exists(exe));
    QList<QStringList> calls;
    service.setElevatedRunner([&](const QStringList &args) {
        calls << args;
        return elevation::runElevated(args, 300000, QDir::toNativeSeparators(exe), false);
    });
    CHECK(service.unavailableReason().isEmpty());
    const ApplyOutcome o = service.apply(kActions, cancel, {});
    INFO(o.error.toStdString());
    REQUIRE(o.ok);
    REQUIRE(calls.size() == 1);
    for (const ApplyStep &s : o.steps)
        CHECK(s.ok);
    for (const QString &v : o.verification) {
        INFO(v.toStdString());
        CHECK(v.startsWith(QStringLiteral("Verified:")));
    }
    REQUIRE_FALSE(o.snapshotId.isEmpty());
    const Expected<QStringList> undone = service.undo(o.snapshotId, {});
    INFO((undone ? QString() : undone.error().toString()).toStdString());
    REQUIRE(undone.ok());
    REQUIRE(calls.size() == 2);
    CHECK(calls[1].first() == QStringLiteral("undo"));
}
#endif
