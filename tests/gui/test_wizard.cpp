// Walks the wizard end to end with QTest (offscreen): demo scan, findings, repair plan, apply, result, undo;
// a saved report (read-only); cancel during a scan; the support code dialog; run-time language switch.
#include "core/support_code.h"
#include "platform/targets.h"
#include "support/test_util.h"
#include "ui/support_code_dialog.h"
#include "ui/wizard.h"
#include <QAbstractButton>
#include <algorithm>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTextEdit>

using namespace wd;
using namespace wd::ui;

namespace {

QString sampleScanPath()
{
    return wd::test::sourceDir() + QStringLiteral("/tests/data/sample_scan.json");
}

ScanResult sampleScan()
{
    Expected<ScanResult> r = loadReport(sampleScanPath());
    REQUIRE(r.ok());
    return *r;
}

// Hooks that replay the sample scan check by check and repair with a DemoRepairService the test can inspect.
WizardHooks sampleHooks(std::shared_ptr<DemoRepairService> service)
{
    WizardHooks h = defaultWizardHooks();
    const ScanResult saved = sampleScan();
    h.scan = [saved](const QString &, const ScanOptions &, const CancelToken &, const ProgressFn &progress) -> Expected<ScanResult> {
        for (const CheckRun &c : saved.checks) {
            progress(c.id, 0, 0, c.title);
            QThread::msleep(5);
            progress(c.id, 1, 1, c.title);
        }
        return saved;
    };
    // The rows of the scan page are the checks of the replayed scan, not of this build.
    h.plannedChecks = [saved](const QString &) {
        QList<QPair<QString, QString>> rows;
        for (const CheckRun &c : saved.checks)
            rows.append({c.id, c.title});
        return rows;
    };
    h.repairs = [service](const QString &) { return service; };
    return h;
}

QTreeWidget *tree(QWidget &w, const char *name)
{
    auto *t = w.findChild<QTreeWidget *>(QString::fromLatin1(name));
    REQUIRE(t != nullptr);
    return t;
}

} // namespace

TEST_CASE("wizard: demo scan, findings, repair, result and undo", "[gui]")
{
    auto service = std::make_shared<DemoRepairService>();
    WizardWindow w(QString(), sampleHooks(service), ChartBackend::Painter);
    w.setTargetSpec(QStringLiteral("demo"));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.currentId() == WizardWindow::WelcomePage);
    REQUIRE(w.currentPage()->isComplete());
    w.next();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 10000));
    REQUIRE(w.scanFinished());
    CHECK_FALSE(w.scanCancelled());

    // The scan page kept one row per check, each with a final status.
    QTreeWidget *checks = tree(w, "checkTree");
    CHECK(checks->topLevelItemCount() == 8);
    CHECK(checks->topLevelItem(0)->text(1) == QStringLiteral("healthy"));

    // Findings grouped by check; healthy checks are shown as healthy.
    QTreeWidget *findings = tree(w, "findingsTree");
    REQUIRE(findings->topLevelItemCount() == 8);
    CHECK(findings->topLevelItem(0)->text(0).contains(QStringLiteral("healthy")));
    CHECK(findings->topLevelItem(0)->childCount() == 0);
    QTreeWidgetItem *winsock = findings->topLevelItem(1);
    CHECK(winsock->childCount() == 2);
    CHECK(winsock->child(0)->text(0).contains(QStringLiteral("NetShield")));
    // The first problem is selected: detail and evidence are filled.
    auto *evidence = w.findChild<QTableWidget *>(QStringLiteral("evidence"));
    REQUIRE(evidence);
    CHECK(evidence->rowCount() >= 3);
    auto *detail = w.findChild<QWidget *>(QStringLiteral("findingDetail"));
    REQUIRE(detail);
    // Support code on the page, and it decodes to the sample's findings.
    CHECK(w.result().supportCode.size() == 14);
    const auto decoded = SupportCode::decode(w.result().supportCode);
    REQUIRE(decoded.ok());
    CHECK(decoded->findingIds.contains(QStringLiteral("winsock.lsp")));
    CHECK(decoded->findingIds.contains(QStringLiteral("appinit")));
    // Copy to clipboard.
    w.copyFindings();
    CHECK(QApplication::clipboard()->text().contains(QStringLiteral("NetShield")));
    // Crash dumps tab.
    w.showFindingsTab(WizardWindow::FindingsTabDumps);
    auto *dumps = w.findChild<QTableWidget *>(QStringLiteral("dumpsTable"));
    REQUIRE(dumps);
    CHECK(dumps->rowCount() == 2);
    CHECK(dumps->item(0, 2)->text() == QStringLiteral("DRIVER_IRQL_NOT_LESS_OR_EQUAL"));
    // Demo target: the leak monitor shows the recorded series once its tab is opened.
    w.showFindingsTab(WizardWindow::FindingsTabLeaks);
    REQUIRE(w.leakMonitor()->isAvailable());
    CHECK(w.leakMonitor()->model()->sampleCount() >= 90);
    CHECK(w.leakMonitor()->model()->growingProcesses().value(0).startsWith(QStringLiteral("NetShieldSvc.exe")));

    // Repair plan: actions pre-selected by severity, nothing runs before the confirmation.
    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    const QStringList planned = w.plannedActions();
    CHECK(planned.contains(QStringLiteral("winsock.remove-lsp")));
    CHECK(planned.contains(QStringLiteral("tcp.restore-defaults")));
    const QStringList selected = w.selectedActions();
    CHECK(selected.contains(QStringLiteral("winsock.remove-lsp")));
    CHECK(selected.contains(QStringLiteral("appinit.disable")));
    CHECK(selected.contains(QStringLiteral("driver.rollback")));
    CHECK_FALSE(selected.contains(QStringLiteral("tcp.restore-defaults"))); // only a warning: optional
    // Each action lists its exact changes.
    QTreeWidget *actions = tree(w, "actionsTree");
    CHECK(actions->topLevelItem(0)->childCount() >= 1);
    CHECK_FALSE(w.currentPage()->isComplete());
    w.setActionSelected(QStringLiteral("winsock.reset"), false);
    w.setConfirmed(true);
    CHECK(w.currentPage()->isComplete());
    CHECK(service->listSnapshots().isEmpty());

    // Apply.
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ApplyPage);
    REQUIRE(QTest::qWaitFor([&]() { return w.applyFinished(); }, 10000));
    CHECK(w.applyOutcome().ok);
    CHECK(service->appliedActions().size() == 3);
    CHECK(tree(w, "applyTree")->topLevelItemCount() == 3);
    CHECK(tree(w, "applyTree")->topLevelItem(0)->text(1) == QStringLiteral("done"));

    // Result: verification, snapshot listed, undo restores.
    w.next();
    REQUIRE(w.currentId() == WizardWindow::ResultPage);
    auto *headline = w.findChild<QLabel *>(QStringLiteral("resultHeadline"));
    REQUIRE(headline);
    CHECK(headline->text().contains(QStringLiteral("verified")));
    REQUIRE(w.snapshotIds().size() == 1);
    const auto undone = w.undoSnapshot(w.snapshotIds().first());
    REQUIRE(undone.ok());
    CHECK(undone->size() == 3);
    CHECK(service->appliedActions().isEmpty());
    CHECK(w.snapshotIds().isEmpty());

    // Save the report as JSON and HTML.
    QTemporaryDir dir;
    REQUIRE(w.saveReport(dir.filePath(QStringLiteral("r.json"))).ok());
    REQUIRE(w.saveReport(dir.filePath(QStringLiteral("r.html"))).ok());
    const auto reloaded = loadReport(dir.filePath(QStringLiteral("r.json")));
    REQUIRE(reloaded.ok());
    CHECK(reloaded->findings.size() == w.result().findings.size());
    CHECK(wd::test::readFile(dir.filePath(QStringLiteral("r.html"))).startsWith("<!DOCTYPE html>"));
}

TEST_CASE("wizard: a failing repair is rolled back and said so", "[gui]")
{
    auto service = std::make_shared<DemoRepairService>();
    service->setFailingAction(QStringLiteral("appinit.disable"));
    WizardWindow w(QStringLiteral("demo"), sampleHooks(service), ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 10000));
    w.next();
    w.setConfirmed(true);
    w.next();
    REQUIRE(QTest::qWaitFor([&]() { return w.applyFinished(); }, 10000));
    CHECK_FALSE(w.applyOutcome().ok);
    bool sawRollback = false;
    for (const ApplyStep &s : w.applyOutcome().steps)
        if (s.actionId == QLatin1String("appinit.disable")) {
            CHECK(s.rolledBack);
            CHECK_FALSE(s.ok);
            sawRollback = true;
        }
    CHECK(sawRollback);
    CHECK_FALSE(service->appliedActions().contains(QStringLiteral("appinit.disable")));
    bool rowSaysRolledBack = false;
    QTreeWidget *applyTree = tree(w, "applyTree");
    for (int i = 0; i < applyTree->topLevelItemCount(); ++i)
        rowSaysRolledBack = rowSaysRolledBack || applyTree->topLevelItem(i)->text(1).contains(QStringLiteral("rolled back"));
    CHECK(rowSaysRolledBack);
    w.next();
    CHECK(w.findChild<QLabel *>(QStringLiteral("resultHeadline"))->text().contains(QStringLiteral("rolled back")));
}

TEST_CASE("wizard: the real demo target scans without freezing", "[gui]")
{
    if (!demoImageAvailable())
        return;
    WizardWindow w(QStringLiteral("demo"));
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 60000));
    CHECK(w.currentId() == WizardWindow::FindingsPage);
    CHECK(w.result().target.kind == QStringLiteral("demo"));
    CHECK_FALSE(w.result().checks.isEmpty());
    CHECK(SupportCode::decode(w.result().supportCode).ok());
    CHECK(w.repairService()->unavailableReason().isEmpty());
}

TEST_CASE("wizard: a saved report opens read-only with repairs disabled", "[gui]")
{
    WizardWindow w(QStringLiteral("report:") + sampleScanPath());
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 10000));
    CHECK(w.isReadOnly());
    CHECK(w.result().findings.size() == sampleScan().findings.size());
    CHECK(w.findChild<QLabel *>(QStringLiteral("summary"))->text().contains(QStringLiteral("read-only")));
    w.showFindingsTab(WizardWindow::FindingsTabLeaks);
    CHECK_FALSE(w.leakMonitor()->isAvailable());
    w.next();
    REQUIRE(w.currentId() == WizardWindow::PlanPage);
    CHECK(w.planExplanation().contains(QStringLiteral("saved report")));
    CHECK(w.selectedActions().isEmpty());
    w.setConfirmed(true);
    CHECK_FALSE(w.currentPage()->isComplete());
    // The same findings as the user saw, grouped the same way.
    CHECK(tree(w, "findingsTree")->topLevelItemCount() == 8);
}

TEST_CASE("wizard: cancel during a scan stops it and the window stays responsive", "[gui]")
{
    WizardHooks h = defaultWizardHooks();
    h.plannedChecks = [](const QString &) {
        return QList<QPair<QString, QString>>{{QStringLiteral("slow1"), QStringLiteral("Slow one")},
                                              {QStringLiteral("slow2"), QStringLiteral("Slow two")}};
    };
    h.scan = [](const QString &, const ScanOptions &, const CancelToken &cancel, const ProgressFn &progress) -> Expected<ScanResult> {
        ScanResult r;
        for (const QString &id : {QStringLiteral("slow1"), QStringLiteral("slow2")}) {
            CheckRun run{id, id, QStringLiteral("ok"), QString(), 0};
            if (cancel.isCancelled()) {
                run.status = QStringLiteral("cancelled");
                r.checks.append(run);
                continue;
            }
            progress(id, 0, 0, id);
            for (int i = 0; i < 500 && !cancel.isCancelled(); ++i) {
                QThread::msleep(10);
                progress(id, i, 500, id);
            }
            if (cancel.isCancelled())
                run.status = QStringLiteral("cancelled");
            progress(id, 1, 1, id);
            r.checks.append(run);
        }
        return r;
    };
    WizardWindow w(QStringLiteral("demo"), h, ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::ScanPage; }, 5000));
    // The event loop keeps turning while the scan works (heartbeat every 10 ms).
    int beats = 0;
    qint64 longest = 0;
    QElapsedTimer since;
    since.start();
    QTimer heart;
    QObject::connect(&heart, &QTimer::timeout, [&]() {
        ++beats;
        longest = std::max(longest, since.restart());
    });
    heart.start(10);
    QTest::qWait(300);
    CHECK(beats > 10);
    CHECK(longest < 200);
    CHECK_FALSE(w.scanFinished());
    CHECK(tree(w, "checkTree")->topLevelItem(0)->text(1).startsWith(QStringLiteral("running")));
    QElapsedTimer t;
    t.start();
    auto *stop = w.findChild<QAbstractButton *>(QStringLiteral("cancelScan"));
    REQUIRE(stop);
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&]() { return w.scanFinished(); }, 3000));
    CHECK(t.elapsed() < 2000);
    CHECK(w.scanCancelled());
    CHECK(w.result().checks.value(1).status == QStringLiteral("cancelled"));
}

TEST_CASE("support code dialog decodes codes and rejects typos", "[gui]")
{
    const QString code = sampleScan().supportCode.isEmpty() ? SupportCode::encode(sampleScan()) : sampleScan().supportCode;
    SupportCodeDialog d;
    d.setCode(code.toLower());
    CHECK(d.decode());
    CHECK(d.resultText().contains(QStringLiteral("layered service provider")));
    QString typo = code;
    typo[2] = typo[2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    d.setCode(typo);
    CHECK_FALSE(d.decode());
    CHECK(d.resultText().contains(QStringLiteral("not valid")));
}

TEST_CASE("wizard: language switch at run time re-translates", "[gui]")
{
    WizardWindow w;
    w.show();
    int changes = 0;
    QObject::connect(&w, &WizardWindow::languageChanged, [&]() { ++changes; });
    auto *combo = w.findChild<QComboBox *>(QStringLiteral("language"));
    REQUIRE(combo);
    CHECK(combo->count() == 2);
    w.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    CHECK(w.language() == QStringLiteral("zh_CN"));
    CHECK(changes >= 1);
    w.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(w.language() == QStringLiteral("en"));
    CHECK(w.windowTitle() == QStringLiteral("Winsock Doctor"));
    CHECK(w.currentPage()->title() == QStringLiteral("Welcome to Winsock Doctor"));
}

TEST_CASE("wizard: the language switch re-renders the findings of the demo scan without scanning again", "[gui][demo][i18n]")
{
    auto hasCjk = [](const QString &s) {
        return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
    };
    WizardHooks h = defaultWizardHooks();
    auto scans = std::make_shared<int>(0);
    const auto realScan = h.scan;
    h.scan = [realScan, scans](const QString &spec, const ScanOptions &o, const CancelToken &c, const ProgressFn &p) {
        ++*scans;
        return realScan(spec, o, c, p);
    };
    WizardWindow w(QStringLiteral("demo"), h, ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 120000));
    const QString en = w.findingsText();
    REQUIRE(en.contains(QStringLiteral("ws2_32.dll")));
    CHECK_FALSE(hasCjk(en));
    w.setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QString zh = w.findingsText();
    CHECK(hasCjk(zh));
    CHECK(zh.contains(QStringLiteral("ws2_32.dll"))); // names read from the target stay as they are
    w.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(w.findingsText() == en);
    CHECK(*scans == 1);
    CHECK(w.currentId() == WizardWindow::FindingsPage);
}

TEST_CASE("wizard: every view and input has an accessible name", "[gui]")
{
    auto service = std::make_shared<DemoRepairService>();
    WizardWindow w(QStringLiteral("demo"), sampleHooks(service), ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 10000));
    w.showFindingsTab(WizardWindow::FindingsTabLeaks);
    QStringList unnamed;
    for (QWidget *c : w.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QAbstractItemView *>(c) || qobject_cast<QLineEdit *>(c) || qobject_cast<QComboBox *>(c)
            || qobject_cast<QProgressBar *>(c) || qobject_cast<QTextEdit *>(c) || qobject_cast<QPlainTextEdit *>(c)
            || qobject_cast<LeakChartView *>(c);
        if (!input || qobject_cast<QHeaderView *>(c))
            continue;
        bool insideCombo = false;
        for (QWidget *p = c->parentWidget(); p; p = p->parentWidget())
            insideCombo = insideCombo || qobject_cast<QComboBox *>(p);
        if (insideCombo)
            continue;
        if (c->accessibleName().isEmpty())
            unnamed << QStringLiteral("%1(%2)").arg(QString::fromLatin1(c->metaObject()->className()), c->objectName());
    }
    INFO(unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("wizard: the welcome page works from the keyboard", "[gui]")
{
    REQUIRE(demoImageAvailable()); // every build reads hives now
    auto service = std::make_shared<DemoRepairService>();
    WizardWindow w(QString(), sampleHooks(service), ChartBackend::Painter);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    w.activateWindow();
    if (!QTest::qWaitForWindowActive(&w, 3000)) {
        // Shortcuts go to the active window only; some platforms (Wine's offscreen) never activate one.
        WARN("the window could not be activated on this platform: keyboard shortcuts not tested");
        return;
    }
    // Alt+D picks the demo PC; Enter (the default Next button) starts the scan.
    QTest::keyClick(&w, Qt::Key_D, Qt::AltModifier);
    // A mnemonic clicks its button after a short animation.
    CHECK(QTest::qWaitFor([&]() { return w.targetSpec() == QStringLiteral("demo"); }, 3000));
    QTest::keyClick(&w, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&]() { return w.currentId() == WizardWindow::FindingsPage; }, 10000));
}

TEST_CASE("gui --page NAME --screenshot FILE writes a picture of that page", "[gui]")
{
    QTemporaryDir dir;
    for (const char *page : {"welcome", "result", "leaks"}) {
        const QString png = dir.filePath(QString::fromLatin1(page) + QStringLiteral(".png"));
        const auto r = wd::test::runApp({QStringLiteral("gui"), QStringLiteral("--target"), QStringLiteral("demo"),
                                         QStringLiteral("--scan-result"), sampleScanPath(), QStringLiteral("--page"),
                                         QString::fromLatin1(page), QStringLiteral("--screenshot"), png});
        INFO(page << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        QImage img(png);
        REQUIRE_FALSE(img.isNull());
        CHECK(img.width() >= 600);
    }
    const auto bad = wd::test::runApp({QStringLiteral("gui"), QStringLiteral("--page"), QStringLiteral("nope"),
                                       QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
    CHECK(bad.exitCode == 2);
}
