// The repair wizard: Welcome -> Scan -> Findings (with crash dumps and the leak monitor) -> Repair plan -> Apply -> Result.
// One class per page (ui/pages/) around a small shared state (ui/pages/wizard_state.h); this window holds
// the page flow: which page follows which, what each page is given when it is entered, auto-advance.
// It works from ScanResult only; repairs go through RepairService and leak samples through LeakSampler, both
// chosen per target by WizardHooks (the integrator wires the real engine there).
#pragma once
#include "core/check.h"
#include "core/scan_result.h"
#include "platform/installations.h"
#include "ui/leak_chart.h"
#include "ui/pages/wizard_state.h"
#include "ui/repair_service.h"
#include "ui/wizard_hooks.h"
#include <QWizard>

namespace wd {
namespace ui {

namespace pages {
class WelcomePage;
class ScanPage;
class FindingsPage;
class PlanPage;
class ApplyPage;
class ResultPage;
} // namespace pages

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
    QList<WindowsInstallation> installations() const;
    void showInstallations(const QList<WindowsInstallation> &found);
    bool isReadOnly() const; // a saved report: repairs disabled
    const ScanResult &result() const { return m_state.result; }
    bool scanFinished() const { return m_state.scanDone; }
    bool scanCancelled() const { return m_state.scanCancelled; }
    bool applyFinished() const { return m_state.applyDone; }
    QStringList runningWork() const; // "scan", "repair", "installations", "undo": background work not yet finished
    const ApplyOutcome &applyOutcome() const { return m_state.outcome; }
    RepairService *repairService() const { return m_state.repairs.get(); }
    LeakMonitorWidget *leakMonitor() const;
    void setAutoAdvance(bool on) { m_state.autoAdvance = on; }
    void setDeepScan(bool on);
    void setLanguage(const QString &lang); // "en" | "zh_CN", re-translates at run time
    QString language() const { return m_state.lang; }

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
    void retranslateUi();
    void onScanFinished();

    pages::WizardState m_state;
    pages::WelcomePage *m_welcome = nullptr;
    pages::ScanPage *m_scan = nullptr;
    pages::FindingsPage *m_findings = nullptr;
    pages::PlanPage *m_plan = nullptr;
    pages::ApplyPage *m_apply = nullptr;
    pages::ResultPage *m_result = nullptr;
};

} // namespace ui
} // namespace wd
