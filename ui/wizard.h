// The repair wizard: Welcome -> Scan -> Findings (with crash dumps and the leak monitor) -> Repair plan -> Apply -> Result.
// It works from ScanResult only; repairs go through RepairService and leak samples through LeakSampler, both
// chosen per target by WizardHooks (the integrator wires the real engine there).
#pragma once
#include "core/check.h"
#include "core/scan_result.h"
#include "platform/installations.h"
#include "ui/leak_chart.h"
#include "ui/repair_service.h"
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QWizard>
#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace wd {
namespace ui {

struct WizardHooks {
    // Opens SPEC and scans it (on a worker thread). Default: openTarget + scanTarget.
    std::function<Expected<ScanResult>(const QString &spec, const ScanOptions &, const CancelToken &, const ProgressFn &)> scan;
    // The checks the scan will run, shown as rows before they start: (id, title). Default: allChecks().
    std::function<QList<QPair<QString, QString>>(const QString &spec)> plannedChecks;
    std::function<std::shared_ptr<RepairService>(const QString &spec)> repairs;
    std::function<std::shared_ptr<LeakSampler>(const QString &spec)> leakSampler;
};
WizardHooks defaultWizardHooks();

class WizardPage; // QWizardPage with an isComplete predicate

class WizardWindow : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePage, ScanPage, FindingsPage, PlanPage, ApplyPage, ResultPage };
    enum FindingsTab { FindingsTabList, FindingsTabDumps, FindingsTabLeaks };

    explicit WizardWindow(const QString &initialTarget = {}, WizardHooks hooks = defaultWizardHooks(),
                          ChartBackend chart = ChartBackend::Auto, QWidget *parent = nullptr);
    ~WizardWindow() override;

    QString targetSpec() const;
    void setTargetSpec(const QString &spec);
    // The Windows installations listed on the welcome page (found in the background at start).
    QList<WindowsInstallation> installations() const { return m_found; }
    void showInstallations(const QList<WindowsInstallation> &found);
    bool isReadOnly() const; // a saved report: repairs disabled
    const ScanResult &result() const { return m_result; }
    bool scanFinished() const { return m_scanDone; }
    bool scanCancelled() const { return m_scanCancelled; }
    bool applyFinished() const { return m_applyDone; }
    QStringList runningWork() const; // "scan", "repair", "installations", "undo": background work not yet finished
    const ApplyOutcome &applyOutcome() const { return m_outcome; }
    RepairService *repairService() const { return m_repairs.get(); }
    LeakMonitorWidget *leakMonitor() const { return m_leak; }
    void setAutoAdvance(bool on) { m_autoAdvance = on; }
    void setDeepScan(bool on);
    void setLanguage(const QString &lang); // "en" | "zh_CN", re-translates at run time
    QString language() const { return m_lang; }

    // Test and screenshot helpers.
    void cancelScan();
    QStringList plannedActions() const;   // action ids in the plan
    QStringList selectedActions() const;  // checked action ids
    void setActionSelected(const QString &id, bool on);
    void setConfirmed(bool on);
    void setRestoreFile(const QString &path); // the .reg backup for "Restore Winsock settings from a backup"
    void showFindingsTab(FindingsTab tab);
    QString findingsText() const;         // what "Copy" puts on the clipboard
    void copyFindings();
    Expected<void> saveReport(const QString &path); // .json or .html by suffix
    QStringList snapshotIds() const;      // as listed in the Undo box
    QStringList snapshotLabels() const;   // what the Undo box shows: "29 Nov 23:13 — Remove ..."
    Expected<QStringList> undoSnapshot(const QString &id);
    QString planExplanation() const;

signals:
    void scanCompleted();
    void applyCompleted();
    void languageChanged();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    int nextId() const override;
    void changeEvent(QEvent *e) override;
    void closeEvent(QCloseEvent *e) override;

private:
    WizardPage *createWelcomePage();
    WizardPage *createScanPage();
    WizardPage *createFindingsPage();
    WizardPage *createPlanPage();
    WizardPage *createApplyPage();
    WizardPage *createResultPage();
    void retranslateUi();
    void retranslateInstallations();
    void showScanRows();
    void startScan();
    void onProgress(const QString &checkId, qint64 done, qint64 total, const QString &message);
    void onScanFinished();
    void tickElapsed();
    void activateLeakMonitor();
    void populateFindings();
    void populateDumps();
    void showFindingDetail(QTreeWidgetItem *item);
    void populatePlan();
    void updatePlanState();
    void startApply();
    void onApplyProgress(const QString &actionId, const QString &line, int done, int total);
    void onApplyFinished();
    void populateResult();
    void refreshSnapshots();
    void showUndoResult(const QString &id, const Expected<QStringList> &r);
    void chooseAndSaveReport();
    QTreeWidgetItem *scanRow(const QString &checkId, const QString &title);

    WizardHooks m_hooks;
    QString m_lang;
    bool m_autoAdvance = true;

    // welcome
    WizardPage *m_welcome = nullptr;
    QLabel *m_targetPrompt = nullptr;
    QButtonGroup *m_targetGroup = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_deep = nullptr;
    QLabel *m_langLabel = nullptr;
    QComboBox *m_langCombo = nullptr;
    QPushButton *m_codeButton = nullptr;
    QLabel *m_installLabel = nullptr;
    QTreeWidget *m_installList = nullptr;
    QFutureWatcher<QList<WindowsInstallation>> m_installWatcher;
    QList<WindowsInstallation> m_found;
    bool m_autoRequested = false; // --target offline:auto found none or several: the list asks the user
    // scan
    WizardPage *m_scan = nullptr;
    QLabel *m_scanStatus = nullptr;
    QProgressBar *m_scanProgress = nullptr;
    QTreeWidget *m_checkTree = nullptr;
    QPushButton *m_cancelScan = nullptr;
    QTimer *m_elapsedTimer = nullptr;
    QElapsedTimer m_scanClock;
    QHash<QString, QElapsedTimer> m_checkClocks;
    QFutureWatcher<Expected<ScanResult>> m_scanWatcher;
    std::shared_ptr<CancelToken> m_cancel;
    // findings
    WizardPage *m_findingsPage = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_codeLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_findings = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_evidenceLabel = nullptr;
    QTableWidget *m_evidence = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QTableWidget *m_dumps = nullptr;
    QTextBrowser *m_dumpDetail = nullptr;
    QLabel *m_dumpsEmpty = nullptr;
    LeakMonitorWidget *m_leak = nullptr;
    ChartBackend m_chartBackend;
    // plan
    WizardPage *m_plan = nullptr;
    QLabel *m_planIntro = nullptr;
    QLabel *m_planUnavailable = nullptr;
    QTreeWidget *m_actions = nullptr;
    QLabel *m_rebootNotice = nullptr;
    QLabel *m_elevationNotice = nullptr;
    QCheckBox *m_confirm = nullptr;
    // apply
    WizardPage *m_apply = nullptr;
    QProgressBar *m_applyProgress = nullptr;
    QTreeWidget *m_applyTree = nullptr;
    QPlainTextEdit *m_applyLog = nullptr;
    QFutureWatcher<ApplyOutcome> m_applyWatcher;
    // result
    WizardPage *m_resultPage = nullptr;
    QLabel *m_resultHeadline = nullptr;
    QTextBrowser *m_verification = nullptr;
    QLabel *m_resultReboot = nullptr;
    QLabel *m_resultCode = nullptr;
    QLabel *m_undoLabel = nullptr;
    QComboBox *m_snapshots = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_saveResult = nullptr;
    QPlainTextEdit *m_undoLog = nullptr;

    ScanResult m_result;
    bool m_scanDone = false;
    bool m_scanCancelled = false;
    bool m_scanRunning = false;
    bool m_leakPending = false;
    QString m_scanError;
    std::shared_ptr<RepairService> m_repairs;
    QString m_repairsSpec;
    QList<RepairPreview> m_previews;
    ApplyOutcome m_outcome;
    bool m_applyDone = false;
    bool m_applyRunning = false;
    QStringList m_applying;
};

} // namespace ui
} // namespace wd
