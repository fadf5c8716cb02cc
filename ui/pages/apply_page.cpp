#include "ui/pages/apply_page.h"
#include "ui/icons.h"
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace wd {
namespace ui {
namespace pages {

namespace {
constexpr int kRunningRole = Qt::UserRole + 3; // the row's action has started
}

ApplyPage::ApplyPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    auto *layout = new QVBoxLayout(this);
    m_progress = new QProgressBar;
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("applyTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_log = new QPlainTextEdit;
    m_log->setObjectName(QStringLiteral("applyLog"));
    m_log->setReadOnly(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_log, 2);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ApplyPage::onFinished);
}

ApplyPage::~ApplyPage()
{
    waitForWork();
}

void ApplyPage::waitForWork()
{
    m_watcher.waitForFinished();
}

bool ApplyPage::isComplete() const
{
    return m_state.applyDone;
}

void ApplyPage::start(const QStringList &actionIds)
{
    if (m_state.writing || !m_state.repairs)
        return;
    m_state.applyDone = false;
    m_state.writing = true;
    m_state.outcome = ApplyOutcome();
    m_log->clear();
    m_tree->clear();
    for (const QString &id : actionIds) {
        auto *item = new QTreeWidgetItem(m_tree, {repairTitle(id)});
        item->setData(0, kActionRole, id);
    }
    showStatus();
    m_progress->setRange(0, std::max<int>(1, int(actionIds.size())));
    m_progress->setValue(0);
    emit completeChanged();
    QPointer<ApplyPage> self(this);
    RepairProgressFn progress = [self](const QString &id, const QString &line, int done, int total) {
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, id, line, done, total]() {
                if (self)
                    self->onProgress(id, line, done, total);
            }, Qt::QueuedConnection);
    };
    auto service = m_state.repairs;
    auto cancel = std::make_shared<CancelToken>();
    m_watcher.setFuture(QtConcurrent::run([service, actionIds, cancel, progress]() { return service->apply(actionIds, *cancel, progress); }));
}

void ApplyPage::onProgress(const QString &actionId, const QString &line, int done, int total)
{
    if (!line.isEmpty())
        m_log->appendPlainText(line);
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(std::min(done, std::max(1, total)));
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_tree->topLevelItem(i);
        if (it->data(0, kActionRole).toString() == actionId)
            it->setData(0, kRunningRole, true);
    }
    showStatus();
}

void ApplyPage::onFinished()
{
    m_state.writing = false;
    m_state.applyDone = true;
    m_state.outcome = m_watcher.result();
    m_progress->setValue(m_progress->maximum());
    showStatus();
    if (!m_state.outcome.error.isEmpty())
        m_log->appendPlainText(m_state.outcome.error);
    emit completeChanged();
    emit applyFinished();
}

// Each row's status in the language shown now: waiting, running, or how it ended.
void ApplyPage::showStatus()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_tree->topLevelItem(i);
        const QString id = it->data(0, kActionRole).toString();
        it->setText(0, repairTitle(id));
        it->setToolTip(0, it->text(0));
        it->setText(1, it->data(0, kRunningRole).toBool() ? tr("running") : tr("waiting"));
        if (!m_state.applyDone)
            continue;
        for (const ApplyStep &s : std::as_const(m_state.outcome.steps)) {
            if (s.actionId != id)
                continue;
            if (s.ok) {
                it->setText(1, s.nothingToDo ? tr("nothing changed") : tr("done"));
                it->setIcon(0, healthyIcon());
            } else if (s.rolledBack) {
                it->setText(1, tr("failed, rolled back"));
                it->setIcon(0, severityIcon(Severity::Error));
            } else {
                it->setText(1, tr("not done"));
                it->setIcon(0, severityIcon(Severity::Warning));
            }
        }
    }
}

void ApplyPage::retranslateUi()
{
    setTitle(tr("Applying repairs"));
    setSubTitle(tr("Each repair is applied as a whole or not at all; a failed repair is rolled back."));
    m_tree->setHeaderLabels({tr("Repair"), tr("Status")});
    m_tree->setAccessibleName(tr("Repairs and their status"));
    m_log->setAccessibleName(tr("Repair log"));
    m_progress->setAccessibleName(tr("Repair progress"));
    showStatus();
}

} // namespace pages
} // namespace ui
} // namespace wd
