// The wizard over the real repairs engine on the demo target: the scan, the repairs, the verification scan and
// undo all act on the same working copy of the demo volume; undo restores the hive files byte for byte.
#include "platform/targets.h"
#include "repairs/system_writer.h"
#include "support/test_util.h"
#include "ui/engine_repair_service.h"
#include "ui/wizard.h"
#include <QComboBox>
#include <QDateTime>
#include <QLocale>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace wd;
using namespace wd::ui;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList findingIds(const ScanResult &r)
{
    QStringList out;
    for (const Finding &f : r.findings)
        out << f.id;
    return out;
}

ScanResult rescan(const WizardHooks &h)
{
    CancelToken cancel;
    Expected<ScanResult> r = h.scan(QStringLiteral("demo"), ScanOptions{}, cancel, {});
    REQUIRE(r.ok());
    return *r;
}

} // namespace

TEST_CASE("wizard + engine: demo scan, apply, verify, undo restores the hives byte for byte", "[gui][engine]")
{
    if (!demoImageAvailable())
        return;
    const WizardHooks hooks = defaultWizardHooks(); // copies share the session cache with the window's hooks
    WizardWindow w(QStringLiteral("demo"), hooks, ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 120000));
    REQUIRE(w.currentId() == WizardWindow::FindingsPage);
    const QStringList before = findingIds(w.result());
    REQUIRE(before.contains(QStringLiteral("winsock.lsp.present")));
    REQUIRE(before.contains(QStringLiteral("appinit.dlls.active")));

    auto *service = dynamic_cast<EngineRepairService *>(w.repairService());
    REQUIRE(service != nullptr);
    CHECK(service->unavailableReason().isEmpty());
    Expected<std::shared_ptr<TargetSession>> session = service->session();
    REQUIRE(session.ok());
    const QString root = (*session)->volumeRoot();
    REQUIRE_FALSE(root.isEmpty());
    Expected<std::unique_ptr<SystemWriter>> writer = openOfflineWriter(root);
    REQUIRE(writer.ok());
    const QString systemHive = (*writer)->hiveFile(QStringLiteral("SYSTEM"));
    const QString softwareHive = (*writer)->hiveFile(QStringLiteral("SOFTWARE"));
    REQUIRE_FALSE(systemHive.isEmpty());
    REQUIRE_FALSE(softwareHive.isEmpty());
    const QByteArray systemBefore = fileBytes(systemHive);
    const QByteArray softwareBefore = fileBytes(softwareHive);

    // Plan: the repairs named by the findings, the errors pre-selected.
    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    const QStringList planned = w.plannedActions();
    for (const char *id : {"winsock.remove-lsp", "appinit.disable", "tcp.restore-defaults"})
        CHECK(planned.contains(QString::fromLatin1(id)));
    CHECK(w.selectedActions().contains(QStringLiteral("winsock.remove-lsp")));
    // A full Winsock reset is an alternative to removing the LSP: offered, not selected.
    REQUIRE(planned.contains(QStringLiteral("winsock.reset")));
    CHECK_FALSE(w.selectedActions().contains(QStringLiteral("winsock.reset")));
    for (const QString &id : planned)
        w.setActionSelected(id, id == QLatin1String("winsock.remove-lsp") || id == QLatin1String("appinit.disable")
                                    || id == QLatin1String("tcp.restore-defaults"));
    REQUIRE(w.selectedActions().size() == 3);
    CHECK(service->listSnapshots().isEmpty());
    // Nothing changed by planning and previewing.
    CHECK(fileBytes(systemHive) == systemBefore);
    w.setConfirmed(true);
    REQUIRE(w.currentPage()->isComplete());

    // Apply through the engine (worker thread).
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ApplyPage);
    REQUIRE(QTest::qWaitFor([&]() { return w.applyFinished(); }, 120000));
    INFO(w.applyOutcome().error.toStdString());
    REQUIRE(w.applyOutcome().ok);
    CHECK(w.applyOutcome().steps.size() == 3);
    for (const ApplyStep &s : w.applyOutcome().steps)
        CHECK(s.ok);
    CHECK(w.applyOutcome().rebootRequired);
    CHECK(fileBytes(systemHive) != systemBefore);
    CHECK(fileBytes(softwareHive) != softwareBefore);

    // The verification scan ran on the same copy and the problems are gone.
    const std::optional<ScanResult> verified = service->lastVerificationScan();
    REQUIRE(verified.has_value());
    CHECK_FALSE(findingIds(*verified).contains(QStringLiteral("winsock.lsp.present")));
    CHECK_FALSE(findingIds(*verified).contains(QStringLiteral("appinit.dlls.active")));
    REQUIRE(w.applyOutcome().verification.size() == 3);
    CHECK(w.applyOutcome().verification.first().startsWith(QStringLiteral("Verified:")));
    // A scan through the hooks (same session) agrees.
    const ScanResult after = rescan(hooks);
    CHECK_FALSE(findingIds(after).contains(QStringLiteral("winsock.lsp.present")));
    CHECK_FALSE(findingIds(after).contains(QStringLiteral("appinit.dlls.active")));

    // Result page: one undoable snapshot; undo restores the hive files byte for byte.
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ResultPage);
    CHECK(w.findChild<QLabel *>(QStringLiteral("resultHeadline"))->text().contains(QStringLiteral("verified")));
    REQUIRE(w.snapshotIds().size() == 1);
    CHECK(w.snapshotIds().first() == w.applyOutcome().snapshotId);
    // Offered by when and what, not by folder: "30 Nov 08:41 — 3 repairs", the repairs named below the box.
    const QString label = w.snapshotLabels().first();
    INFO(label.toStdString());
    CHECK(label.startsWith(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("d MMM"))));
    CHECK(label.endsWith(QStringLiteral(" — 3 repairs")));
    CHECK_FALSE(label.contains(w.snapshotIds().first()));
    const QLabel *detail = w.findChild<QLabel *>(QStringLiteral("snapshotDetail"));
    REQUIRE(detail);
    CHECK(detail->isVisible());
    CHECK(detail->text().contains(QStringLiteral("AppInit")));
    CHECK(detail->text().contains(QStringLiteral("layered service providers")));
    const Expected<QStringList> undone = w.undoSnapshot(w.snapshotIds().first());
    INFO((undone ? QString() : undone.error().toString()).toStdString());
    REQUIRE(undone.ok());
    CHECK(undone->size() == 3);
    CHECK(w.snapshotIds().isEmpty());
    CHECK(fileBytes(systemHive) == systemBefore);
    CHECK(fileBytes(softwareHive) == softwareBefore);
    const ScanResult again = rescan(hooks);
    CHECK(findingIds(again).contains(QStringLiteral("winsock.lsp.present")));
    CHECK(findingIds(again).contains(QStringLiteral("appinit.dlls.active")));
    // A second undo of the same snapshot is refused.
    CHECK_FALSE(service->undo(w.applyOutcome().snapshotId, {}).ok());
    // Snapshot ids outside the target's snapshot folder are refused.
    CHECK_FALSE(service->undo(root, {}).ok());
}

TEST_CASE("engine repair service: the demo preview lists the engine's exact changes", "[gui][engine]")
{
    if (!demoImageAvailable())
        return;
    Expected<std::shared_ptr<TargetSession>> session = TargetSession::open(QStringLiteral("demo"));
    REQUIRE(session.ok());
    EngineRepairService service(*session);
    REQUIRE(service.unavailableReason().isEmpty());
    const QList<RepairPreview> p = service.preview({QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable"),
                                                    QStringLiteral("tcp.restore-defaults"), QStringLiteral("no.such-repair")});
    REQUIRE(p.size() == 4);
    CHECK(p[0].actionId == QStringLiteral("winsock.remove-lsp"));
    CHECK(p[0].error.isEmpty());
    CHECK(p[0].needsElevation);
    CHECK(p[0].needsReboot);
    const QString lsp = p[0].changes.join(QLatin1Char('\n'));
    CHECK(lsp.contains(QStringLiteral("sslsp.dll")));
    CHECK(lsp.contains(QStringLiteral("Num_Catalog_Entries: dword 0x00000010 (16) -> dword 0x0000000d (13)")));
    CHECK(lsp.contains(QStringLiteral("Protocol_Catalog9")));
    const QString appinit = p[1].changes.join(QLatin1Char('\n'));
    CHECK(appinit.contains(QStringLiteral("LoadAppInit_DLLs (64-bit programs): dword 0x00000001 (1) -> dword 0x00000000 (0)")));
    CHECK(appinit.contains(QStringLiteral("64-bit view")));
    // The demo's TcpWindowSize is the stack's built-in value (the scan does not flag it): left alone.
    CHECK(p[2].changes.join(QLatin1Char('\n')).contains(QStringLiteral("Tcp1323Opts")));
    CHECK_FALSE(p[2].changes.join(QLatin1Char('\n')).contains(QStringLiteral("TcpWindowSize")));
    CHECK_FALSE(p[3].error.isEmpty());
    CHECK(p[3].changes.isEmpty());
    // Previewing changes nothing: nothing to undo.
    CHECK(service.listSnapshots().isEmpty());
}

TEST_CASE("engine repair service: a report target stays read-only", "[gui][engine]")
{
    WizardHooks h = defaultWizardHooks();
    const std::shared_ptr<RepairService> r = h.repairs(QStringLiteral("report:") + wd::test::sourceDir() + QStringLiteral("/tests/data/sample_scan.json"));
    CHECK(r->unavailableReason().contains(QStringLiteral("saved report")));
    CHECK(dynamic_cast<EngineRepairService *>(r.get()) == nullptr);
}

TEST_CASE("engine repair service: a failing repair rolls the whole run back and says so", "[gui][engine]")
{
    if (!demoImageAvailable())
        return;
    Expected<std::shared_ptr<TargetSession>> session = TargetSession::open(QStringLiteral("demo"));
    REQUIRE(session.ok());
    CancelToken cancel;
    REQUIRE((*session)->scan(ScanOptions{}, cancel).ok());
    Expected<std::unique_ptr<SystemWriter>> writer = (*session)->openWriter();
    REQUIRE(writer.ok());
    const QString systemHive = (*writer)->hiveFile(QStringLiteral("SYSTEM"));
    const QString softwareHive = (*writer)->hiveFile(QStringLiteral("SOFTWARE"));
    const QByteArray systemBefore = fileBytes(systemHive);
    const QByteArray softwareBefore = fileBytes(softwareHive);
    EngineRepairService service(*session);
    int verified = 0;
    service.setFaultHook([&](const QString &step) { return step == QLatin1String("verified") && ++verified == 2; });
    QStringList lines;
    const ApplyOutcome o = service.apply({QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable"), QStringLiteral("tcp.restore-defaults")},
                                         cancel, [&](const QString &, const QString &line, int, int) { lines << line; });
    CHECK_FALSE(o.ok);
    CHECK(service.lastErrorKind() == ErrorKind::RepairFailed);
    CHECK(o.error.contains(QStringLiteral("rolled back")));
    CHECK(o.snapshotId.isEmpty());
    REQUIRE(o.steps.size() == 3);
    CHECK(o.steps[0].rolledBack); // applied, then rolled back with the failed one
    CHECK(o.steps[1].rolledBack);
    CHECK_FALSE(o.steps[1].ok);
    CHECK_FALSE(o.steps[2].ok);
    CHECK_FALSE(o.steps[2].rolledBack); // never started
    CHECK_FALSE(lines.isEmpty());
    CHECK(fileBytes(systemHive) == systemBefore);
    CHECK(fileBytes(softwareHive) == softwareBefore);
    CHECK(service.listSnapshots().isEmpty());
    const Expected<ScanResult> again = (*session)->scan(ScanOptions{}, cancel);
    REQUIRE(again.ok());
    CHECK(findingIds(*again).contains(QStringLiteral("winsock.lsp.present")));
}

TEST_CASE("wizard + engine: a language switch after the scan re-renders the findings and keeps the plan ready, without a new scan", "[gui][engine]")
{
    if (!demoImageAvailable())
        return;
    WizardWindow w(QStringLiteral("demo"), defaultWizardHooks(), ChartBackend::Painter);
    w.setLanguage(QStringLiteral("en"));
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 120000));
    REQUIRE(w.currentId() == WizardWindow::FindingsPage);
    auto titleOf = [&](const QString &id) {
        for (const Finding &f : w.result().findings)
            if (f.id == id)
                return f.title.toString();
        return QString();
    };
    const QString en = titleOf(QStringLiteral("appinit.dlls.active"));
    REQUIRE(en.startsWith(QStringLiteral("DLLs are injected")));
    int completed = 0;
    QObject::connect(&w, &WizardWindow::scanCompleted, [&]() { ++completed; });
    w.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QString zh = titleOf(QStringLiteral("appinit.dlls.active"));
    INFO(zh.toStdString());
    CHECK(zh != en);
    CHECK(std::any_of(zh.begin(), zh.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }));
    CHECK(w.currentId() == WizardWindow::FindingsPage);
    // On the plan page the switch changes nothing but the words: the confirmed plan stays ready.
    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    w.setConfirmed(true);
    REQUIRE(w.currentPage()->isComplete());
    const QStringList planned = w.plannedActions();
    w.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(w.scanFinished());
    CHECK(w.currentPage()->isComplete());
    CHECK(w.plannedActions() == planned);
    CHECK(w.currentId() == WizardWindow::PlanPage);
    CHECK(titleOf(QStringLiteral("appinit.dlls.active")) == en);
    CHECK(completed == 0);
}

TEST_CASE("wizard + engine: the demo's damaged ws2_32.dll is offered, restored from the component store and undone, and the result "
          "page says what the verification scan still finds", "[gui][engine][system-file-restore]")
{
    if (!demoImageAvailable())
        return;
    const WizardHooks hooks = defaultWizardHooks();
    WizardWindow w(QStringLiteral("demo"), hooks, ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 120000));
    REQUIRE(findingIds(w.result()).contains(QStringLiteral("signature.ws2_32.invalid")));
    auto *service = dynamic_cast<EngineRepairService *>(w.repairService());
    REQUIRE(service != nullptr);
    Expected<std::shared_ptr<TargetSession>> session = service->session();
    REQUIRE(session.ok());
    const QString ws2 = (*session)->volumeRoot() + QStringLiteral("/Windows/System32/ws2_32.dll");
    const QByteArray damaged = fileBytes(ws2);

    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    REQUIRE(w.plannedActions().contains(QStringLiteral("system.file.restore")));
    CHECK(w.selectedActions().contains(QStringLiteral("system.file.restore"))); // the critical finding's first repair
    for (const QString &id : w.plannedActions())
        w.setActionSelected(id, id == QLatin1String("system.file.restore"));
    const QList<RepairPreview> preview = service->preview({QStringLiteral("system.file.restore")});
    REQUIRE(preview.size() == 1);
    const QString lines = preview.first().changes.join(QLatin1Char('\n'));
    CHECK(lines.contains(QStringLiteral("Replace C:\\Windows\\System32\\ws2_32.dll")));
    CHECK(lines.contains(QStringLiteral("sfc /scanfile=D:\\Windows\\SysWOW64\\ws2_32.dll")));
    CHECK(lines.contains(QStringLiteral("Saved first (for undo): file C:\\Windows\\System32\\ws2_32.dll")));
    w.setConfirmed(true);
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ApplyPage);
    REQUIRE(QTest::qWaitFor([&]() { return w.applyFinished(); }, 120000));
    INFO(w.applyOutcome().error.toStdString());
    REQUIRE(w.applyOutcome().ok);
    CHECK(fileBytes(ws2) != damaged);
    const std::optional<ScanResult> verified = service->lastVerificationScan();
    REQUIRE(verified.has_value());
    CHECK_FALSE(findingIds(*verified).contains(QStringLiteral("signature.ws2_32.invalid")));
    CHECK(findingIds(*verified).contains(QStringLiteral("system.file.missing"))); // the 32-bit copy: no candidate
    CHECK(w.applyOutcome().remainingCritical >= 1);

    // Honest result page: applied and verified, but critical problems remain, listed with what can be done.
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ResultPage);
    const QString headline = w.findChild<QLabel *>(QStringLiteral("resultHeadline"))->text();
    CHECK(headline.contains(QStringLiteral("verified")));
    CHECK(headline.contains(QStringLiteral("still finds")));
    const QString page = w.findChild<QTextBrowser *>(QStringLiteral("verification"))->toPlainText();
    CHECK(page.contains(QStringLiteral("Still found by the verification scan")));
    CHECK(page.contains(QStringLiteral("C:\\Windows\\SysWOW64\\ws2_32.dll is missing")));

    REQUIRE(w.snapshotIds().size() == 1);
    const Expected<QStringList> undone = w.undoSnapshot(w.snapshotIds().first());
    REQUIRE(undone.ok());
    CHECK(fileBytes(ws2) == damaged);
}

// A Winsock backup that holds only allow-listed values: the AppInit values of a healthy PC.
const QByteArray kHealthyAppInitReg("REGEDIT4\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows]\r\n"
                                    "\"AppInit_DLLs\"=\"\"\r\n\"LoadAppInit_DLLs\"=dword:00000000\r\n");

TEST_CASE("wizard + engine: the plan page takes the backup for \"Restore Winsock settings from a backup\", and a refused file leaves it "
          "unselectable", "[gui][engine]")
{
    if (!demoImageAvailable())
        return;
    WizardWindow w(QStringLiteral("demo"), defaultWizardHooks(), ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 120000));
    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    const QString restore = QStringLiteral("winsock.restore-backup");
    REQUIRE(w.plannedActions().contains(restore));
    CHECK_FALSE(w.selectedActions().contains(restore));
    auto *choose = w.findChild<QComboBox *>(QStringLiteral("chooseBackup"));
    REQUIRE(choose != nullptr);
    CHECK(choose->currentIndex() == -1); // nothing chosen yet: the placeholder asks for the backup
    CHECK(choose->placeholderText().contains(QStringLiteral(".reg")));

    QTemporaryDir tmp;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(tmp.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    // A file that reaches outside what a Winsock backup may hold: refused, nothing to select.
    const QString text = QStringLiteral("Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Evil]\r\n\"x\"=dword:00000001\r\n");
    QByteArray hostile("\xff\xfe", 2);
    hostile.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    w.setRestoreFile(write(QStringLiteral("hostile.reg"), hostile));
    CHECK_FALSE(w.selectedActions().contains(restore));
    // A healthy PC's AppInit values: previewed and selected for the person who chose it.
    w.setRestoreFile(write(QStringLiteral("healthy-appinit.reg"), kHealthyAppInitReg));
    CHECK(w.selectedActions().contains(restore));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the old plan rows' widgets
    choose = w.findChild<QComboBox *>(QStringLiteral("chooseBackup"));
    REQUIRE(choose != nullptr);
    CHECK(choose->currentText().contains(QStringLiteral("healthy-appinit.reg")));
}

namespace {

// Every text of the plan page's rows (and their tooltips), one a line.
QString planRowTexts(WizardWindow &w)
{
    auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("actionsTree"));
    REQUIRE(tree != nullptr);
    QStringList out;
    QList<QTreeWidgetItem *> items;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        items << tree->topLevelItem(i);
    while (!items.isEmpty()) {
        QTreeWidgetItem *it = items.takeFirst();
        for (int c = 0; c < it->columnCount(); ++c)
            out << it->text(c) << it->toolTip(c);
        for (int i = 0; i < it->childCount(); ++i)
            items << it->child(i);
    }
    for (QComboBox *combo : tree->findChildren<QComboBox *>()) {
        out << combo->placeholderText();
        for (int i = 0; i < combo->count(); ++i)
            out << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
    }
    return out.join(QLatin1Char('\n'));
}

// The plan page's row of ACTIONID and the text of its children.
QString planRowOf(WizardWindow &w, const QString &actionId)
{
    auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("actionsTree"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = tree->topLevelItem(i);
        if (it->data(0, Qt::UserRole + 2).toString() != actionId)
            continue;
        QStringList lines;
        for (int c = 0; c < it->childCount(); ++c)
            lines << it->child(c)->text(0);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

// The chooser NAME (a QComboBox in the plan page's tree), after the old rows' widgets are gone.
QComboBox *chooser(WizardWindow &w, const char *name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return w.findChild<QComboBox *>(QString::fromLatin1(name));
}

// Picks entry I of COMBO as a person does.
void pick(QComboBox *combo, int i)
{
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

// Scans the demo (the session of HOOKS) in a new wizard, then shows its plan page.
void toPlan(WizardWindow &w)
{
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 120000));
    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
}

void applyOnly(WizardWindow &w, const QString &id)
{
    for (const QString &a : w.plannedActions())
        w.setActionSelected(a, a == id);
    REQUIRE(w.selectedActions() == QStringList{id});
    w.setConfirmed(true);
    REQUIRE(w.currentPage()->isComplete());
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ApplyPage);
    REQUIRE(QTest::qWaitFor([&]() { return w.applyFinished(); }, 120000));
    INFO(w.applyOutcome().error.toStdString());
    REQUIRE(w.applyOutcome().ok);
}

bool verificationFinds(WizardWindow &w, const QString &findingId)
{
    auto *service = dynamic_cast<EngineRepairService *>(w.repairService());
    REQUIRE(service != nullptr);
    const std::optional<ScanResult> after = service->lastVerificationScan();
    REQUIRE(after.has_value());
    return findingIds(*after).contains(findingId);
}

} // namespace

TEST_CASE("wizard + engine: the plan page offers the target's own Winsock backups, saved by earlier repairs, to restore and to "
          "reset from, and no row shows command-line wording", "[gui][engine][backups]")
{
    if (!demoImageAvailable())
        return;
    const WizardHooks hooks = defaultWizardHooks(); // every wizard below works on the same copy of the demo volume
    const QString restore = QStringLiteral("winsock.restore-backup");
    const QString reset = QStringLiteral("winsock.reset");
    const QRegularExpression cliWording(QStringLiteral("--[a-z]|command line"));

    // 1. No backup yet: the demo is not running, so the reset asks for a known-good copy, in the wizard's words.
    {
        WizardWindow w(QStringLiteral("demo"), hooks, ChartBackend::Painter);
        w.setLanguage(QStringLiteral("en"));
        toPlan(w);
        REQUIRE(w.plannedActions().contains(reset));
        REQUIRE(w.plannedActions().contains(restore));
        const QString texts = planRowTexts(w);
        INFO(texts.toStdString());
        CHECK_FALSE(texts.contains(cliWording));
        CHECK(planRowOf(w, reset).contains(QStringLiteral("known-good copy")));
        CHECK(planRowOf(w, restore).contains(QStringLiteral("No backup chosen yet")));
        QComboBox *resetFrom = chooser(w, "chooseResetCopy");
        REQUIRE(resetFrom != nullptr);
        CHECK(resetFrom->count() == 1); // only "Choose a file (.reg)..."
        CHECK(chooser(w, "chooseBackup")->count() == 1);
        // Removing the LSPs saves the catalog as it was (with the LSPs) into a snapshot: the first backup.
        applyOnly(w, QStringLiteral("winsock.remove-lsp"));
        CHECK_FALSE(verificationFinds(w, QStringLiteral("winsock.lsp.present")));
        // Restoring that backup (the LSPs come back) saves the clean catalog into a second snapshot.
        RepairService *service = w.repairService();
        const QList<BackupInfo> first = service->listBackups();
        REQUIRE(first.size() == 1);
        CHECK(first.first().actions == QStringList{QStringLiteral("winsock.remove-lsp")});
        CHECK(first.first().snapshot == w.applyOutcome().snapshotId);
        CHECK(first.first().file.endsWith(QStringLiteral(".reg")));
        service->setRestoreFile(first.first().file);
        CancelToken cancel;
        const ApplyOutcome restored = service->apply({restore}, cancel, {});
        INFO(restored.error.toStdString());
        REQUIRE(restored.ok);
        CHECK(verificationFinds(w, QStringLiteral("winsock.lsp.present")));
        REQUIRE(service->listBackups().size() == 2);
    }

    // 2. Both backups are offered by date and repair names, newest first; choosing one previews at once.
    WizardWindow w(QStringLiteral("demo"), hooks, ChartBackend::Painter);
    w.setLanguage(QStringLiteral("en"));
    toPlan(w);
    REQUIRE(w.plannedActions().contains(restore));
    REQUIRE(w.plannedActions().contains(reset));
    CHECK_FALSE(w.selectedActions().contains(restore));
    CHECK_FALSE(w.selectedActions().contains(reset));
    QComboBox *backup = chooser(w, "chooseBackup");
    REQUIRE(backup != nullptr);
    REQUIRE(backup->count() == 3); // two backups, "Choose a file (.reg)..."
    const QString newest = backup->itemText(0);
    INFO(newest.toStdString());
    CHECK(newest.startsWith(QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("d MMM"))));
    CHECK(newest.contains(QStringLiteral(" — Restore Winsock settings from a backup")));
    CHECK(backup->itemText(1).contains(QStringLiteral(" — Remove layered service providers")));
    CHECK(backup->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("Snapshot folder")));
    CHECK(backup->itemText(2).contains(QStringLiteral(".reg")));
    // The newest holds the clean catalog: restoring it removes the LSPs again.
    pick(backup, 0);
    CHECK(w.selectedActions().contains(restore));
    QString preview = planRowOf(w, restore);
    INFO(preview.toStdString());
    CHECK_FALSE(preview.contains(QStringLiteral("No backup chosen")));
    CHECK(preview.contains(QStringLiteral("not in the backup")));
    backup = chooser(w, "chooseBackup");
    REQUIRE(backup != nullptr);
    CHECK(backup->currentIndex() == 0);
    CHECK_FALSE(planRowTexts(w).contains(cliWording));

    // 3. The reset of the Windows that is not running takes a known-good copy: the older backup still has the
    // LSPs and is refused, saying why; the clean one is previewed and selected.
    QComboBox *resetFrom = chooser(w, "chooseResetCopy");
    REQUIRE(resetFrom != nullptr);
    REQUIRE(resetFrom->count() == 3);
    pick(resetFrom, 1);
    CHECK_FALSE(w.selectedActions().contains(reset));
    CHECK(planRowOf(w, reset).contains(QStringLiteral("not a clean one")));
    resetFrom = chooser(w, "chooseResetCopy");
    REQUIRE(resetFrom != nullptr);
    CHECK(resetFrom->currentIndex() == 1);
    pick(resetFrom, 0);
    CHECK(w.selectedActions().contains(reset));
    preview = planRowOf(w, reset);
    CHECK(preview.contains(QStringLiteral("known-good copy from")));
    CHECK_FALSE(planRowTexts(w).contains(cliWording));
    applyOnly(w, reset);
    CHECK_FALSE(verificationFinds(w, QStringLiteral("winsock.lsp.present")));
}
