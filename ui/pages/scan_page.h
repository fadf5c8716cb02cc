// Scanning: one row per check with its live status and elapsed time, "Stop scan". The scan runs on a
// worker thread; the page writes the ScanResult into the wizard's state.
#pragma once
#include "ui/pages/wizard_state.h"
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace wd {
namespace ui {
namespace pages {

class ScanPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ScanPage(WizardState &state, QWidget *parent = nullptr);
    ~ScanPage() override;

    // Scans SPEC (chooses its repair service first). Nothing happens while a scan runs.
    void start(const QString &spec, bool deep);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForWork(); // cancels a running scan and waits for its thread

    bool isComplete() const override;
    void retranslateUi();
    // A check's status in words: "healthy", "problems found", "could not run: ..."
    static QString checkStatusText(const QString &status, const QString &message);

signals:
    void scanStarted();
    void scanFinished(); // the state holds the result (or scanError)

private:
    void onProgress(const QString &checkId, qint64 done, qint64 total, const QString &message);
    void onFinished();
    void tickElapsed();
    void showRows();
    QTreeWidgetItem *row(const QString &checkId, const QString &title);

    WizardState &m_state;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_checks = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_elapsedTimer = nullptr;
    QElapsedTimer m_clock;
    QHash<QString, QElapsedTimer> m_checkClocks;
    QFutureWatcher<Expected<ScanResult>> m_watcher;
    std::shared_ptr<CancelToken> m_cancelToken;
};

} // namespace pages
} // namespace ui
} // namespace wd
