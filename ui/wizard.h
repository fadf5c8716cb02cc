// The repair wizard: welcome (target) -> scan -> findings.
#pragma once
#include "core/scan_result.h"
#include "platform/targets.h"
#include <QFutureWatcher>
#include <QWizard>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QTreeWidget;

namespace wd::ui {

class WizardWindow : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePage, ScanPage, FindingsPage };
    explicit WizardWindow(const QString &initialTarget, QWidget *parent = nullptr);
    ~WizardWindow() override;

    QString targetSpec() const;
    const ScanResult &result() const { return m_result; }
    bool scanFinished() const { return m_scanDone; }

signals:
    void scanCompleted();

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *createWelcomePage();
    QWizardPage *createScanPage();
    QWizardPage *createFindingsPage();
    void startScan();
    void showResult();

    QButtonGroup *m_targetGroup = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_scanStatus = nullptr;
    QProgressBar *m_scanProgress = nullptr;
    QListWidget *m_checkList = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLabel *m_summary = nullptr;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<OpenedTarget> m_target;
    ScanResult m_result;
    bool m_scanDone = false;
    CancelToken m_cancel;
};

} // namespace wd::ui
