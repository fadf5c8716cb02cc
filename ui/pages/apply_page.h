// Applying repairs: per-repair status and the engine's log while the repairs run on a worker thread;
// the outcome goes into the wizard's state.
#pragma once
#include "ui/pages/wizard_state.h"
#include <QFutureWatcher>
#include <QWizardPage>

class QPlainTextEdit;
class QProgressBar;
class QTreeWidget;

namespace wd {
namespace ui {
namespace pages {

class ApplyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ApplyPage(WizardState &state, QWidget *parent = nullptr);
    ~ApplyPage() override;

    void start(const QStringList &actionIds); // nothing happens while repairs run
    bool isRunning() const { return m_watcher.isRunning(); }
    void waitForWork();

    bool isComplete() const override;
    void retranslateUi();

signals:
    void applyFinished(); // the state holds the outcome

private:
    void onProgress(const QString &actionId, const QString &line, int done, int total);
    void onFinished();
    void showStatus();

    WizardState &m_state;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QFutureWatcher<ApplyOutcome> m_watcher;
};

} // namespace pages
} // namespace ui
} // namespace wd
