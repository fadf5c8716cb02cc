// Findings: grouped by check with severity icons, the selected finding's explanation and evidence,
// copy and save; tabs "Crash dumps" and "Leak monitor" (the monitor starts when its tab is first opened).
#pragma once
#include "ui/pages/wizard_state.h"
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace wd {
namespace ui {

class LeakMonitorWidget;

namespace pages {

class FindingsPage : public QWizardPage {
    Q_OBJECT
public:
    enum Tab { TabList, TabDumps, TabLeaks };
    explicit FindingsPage(WizardState &state, QWidget *parent = nullptr);

    void populate(); // the findings and crash dumps of the state's result
    // A new scan: the leak monitor samples the new target when its tab is shown.
    void resetLeakMonitor();
    void showTab(Tab tab);
    LeakMonitorWidget *leakMonitor() const { return m_leak; }
    QString findingsText() const; // what "Copy" puts on the clipboard
    void copyFindings();
    void retranslateUi();

private:
    void populateFindings();
    void populateDumps();
    void showFindingDetail(QTreeWidgetItem *item);
    void showDumpDetail(int row);
    void activateLeakMonitor();

    WizardState &m_state;
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
    bool m_leakPending = false;
};

} // namespace pages
} // namespace ui
} // namespace wd
