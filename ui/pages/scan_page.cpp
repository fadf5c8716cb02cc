#include "ui/pages/scan_page.h"
#include "core/support_code.h"
#include "ui/icons.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace wd {
namespace ui {
namespace pages {

ScanPage::ScanPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    auto *layout = new QVBoxLayout(this);
    m_status = wrapLabel();
    m_status->setObjectName(QStringLiteral("scanStatus"));
    m_progress = new QProgressBar;
    m_checks = new QTreeWidget;
    m_checks->setObjectName(QStringLiteral("checkTree"));
    m_checks->setColumnCount(3);
    m_checks->setRootIsDecorated(false);
    m_checks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checks->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_checks->header()->setStretchLastSection(false);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("cancelScan"));
    connect(m_cancel, &QPushButton::clicked, this, &ScanPage::cancel);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(m_checks, 1);
    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(100);
    connect(m_elapsedTimer, &QTimer::timeout, this, &ScanPage::tickElapsed);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ScanPage::onFinished);
}

ScanPage::~ScanPage()
{
    waitForWork();
}

void ScanPage::waitForWork()
{
    if (m_cancelToken)
        m_cancelToken->cancel();
    m_watcher.waitForFinished();
}

bool ScanPage::isComplete() const
{
    return m_state.scanDone && m_state.scanError.isEmpty();
}

QString ScanPage::checkStatusText(const QString &status, const QString &message)
{
    if (status == QLatin1String("ok"))
        return tr("healthy");
    if (status == QLatin1String("problems"))
        return tr("problems found");
    if (status == QLatin1String("error"))
        return tr("could not run: %1").arg(message);
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    return tr("skipped");
}

QTreeWidgetItem *ScanPage::row(const QString &checkId, const QString &title)
{
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i)
        if (m_checks->topLevelItem(i)->data(0, Qt::UserRole).toString() == checkId)
            return m_checks->topLevelItem(i);
    auto *item = new QTreeWidgetItem(m_checks, {title.isEmpty() ? checkId : title, tr("waiting"), QString()});
    item->setData(0, Qt::UserRole, checkId);
    return item;
}

void ScanPage::start(const QString &spec, bool deep)
{
    if (m_state.scanRunning)
        return;
    m_state.spec = spec;
    m_state.scanDone = false;
    m_state.scanCancelled = false;
    m_state.scanError.clear();
    m_state.scanRunning = true;
    m_state.result = ScanResult();
    m_checks->clear();
    m_checkClocks.clear();
    for (const auto &[id, title] : m_state.hooks.plannedChecks(spec))
        row(id, title);
    m_progress->setRange(0, std::max(1, m_checks->topLevelItemCount()));
    m_progress->setValue(0);
    if (m_checks->topLevelItemCount() == 0)
        m_progress->setRange(0, 0);
    m_status->setText(WizardState::isReportSpec(spec) ? tr("Opening the report...") : tr("Opening the target..."));
    m_cancel->setEnabled(true);
    emit completeChanged();
    // Repairs follow the target.
    m_state.repairs = m_state.hooks.repairs(spec);
    emit scanStarted();

    m_cancelToken = std::make_shared<CancelToken>();
    ScanOptions opts;
    opts.deep = deep;
    auto cancel = m_cancelToken;
    auto scan = m_state.hooks.scan;
    QPointer<ScanPage> self(this);
    ProgressFn progress = [self](const QString &checkId, qint64 done, qint64 total, const QString &msg) {
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, checkId, done, total, msg]() {
                if (self)
                    self->onProgress(checkId, done, total, msg);
            }, Qt::QueuedConnection);
    };
    m_clock.start();
    m_elapsedTimer->start();
    m_watcher.setFuture(QtConcurrent::run([scan, spec, opts, cancel, progress]() { return scan(spec, opts, *cancel, progress); }));
}

void ScanPage::cancel()
{
    if (!m_state.scanRunning || !m_cancelToken)
        return;
    m_cancelToken->cancel();
    m_state.scanCancelled = true;
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping the scan..."));
}

void ScanPage::onProgress(const QString &checkId, qint64 done, qint64 total, const QString &message)
{
    if (!m_state.scanRunning)
        return;
    QTreeWidgetItem *r = row(checkId, message);
    if (!m_checkClocks.contains(checkId)) {
        QElapsedTimer t;
        t.start();
        m_checkClocks.insert(checkId, t);
    }
    const bool finished = total > 0 && done >= total;
    if (finished) {
        r->setText(1, tr("done"));
        r->setData(1, Qt::UserRole, true);
        m_checkClocks[checkId].invalidate();
        int doneRows = 0;
        for (int i = 0; i < m_checks->topLevelItemCount(); ++i)
            doneRows += m_checks->topLevelItem(i)->data(1, Qt::UserRole).toBool() ? 1 : 0;
        if (m_progress->maximum() > 0)
            m_progress->setValue(std::min(doneRows, m_progress->maximum()));
    } else {
        r->setText(1, total > 0 ? tr("running %1%").arg(int(done * 100 / total)) : tr("running"));
        m_status->setText(tr("Checking: %1").arg(r->text(0)));
        m_checks->scrollToItem(r);
    }
}

void ScanPage::tickElapsed()
{
    if (!m_state.scanRunning)
        return;
    for (int i = 0; i < m_checks->topLevelItemCount(); ++i) {
        QTreeWidgetItem *r = m_checks->topLevelItem(i);
        const QString id = r->data(0, Qt::UserRole).toString();
        auto it = m_checkClocks.find(id);
        if (it != m_checkClocks.end() && it->isValid())
            r->setText(2, formatMs(it->elapsed()));
    }
    m_status->setToolTip(tr("Elapsed: %1").arg(formatMs(m_clock.elapsed())));
    if (m_progress->maximum() == 0 || !m_status->text().contains(QLatin1Char('(')))
        m_progress->setFormat(QStringLiteral("%p% · ") + formatMs(m_clock.elapsed()));
}

void ScanPage::onFinished()
{
    m_elapsedTimer->stop();
    m_state.scanRunning = false;
    m_state.scanDone = true;
    m_cancel->setEnabled(false);
    Expected<ScanResult> r = m_watcher.result();
    if (!r) {
        m_state.scanError = r.error().toString();
        m_status->setText(tr("The target could not be opened: %1").arg(m_state.scanError));
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        emit completeChanged();
        emit scanFinished();
        return;
    }
    m_state.result = std::move(*r);
    if (m_state.result.supportCode.isEmpty())
        m_state.result.supportCode = SupportCode::encode(m_state.result);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(QStringLiteral("%p% · ") + formatMs(m_clock.elapsed()));
    bool anyCancelled = false;
    for (const CheckRun &c : m_state.result.checks)
        anyCancelled = anyCancelled || c.status == QLatin1String("cancelled");
    m_state.scanCancelled = m_state.scanCancelled || anyCancelled;
    showRows();
    emit completeChanged();
    emit scanFinished();
}

// The rows and the summary from the result, in the language shown now.
void ScanPage::showRows()
{
    for (const CheckRun &c : m_state.result.checks) {
        QTreeWidgetItem *r = row(c.id, c.title);
        r->setText(0, c.title);
        r->setText(1, checkStatusText(c.status, c.message));
        r->setText(2, formatMs(c.durationMs));
        // An error's message can be long: the whole status in the tooltip.
        r->setToolTip(1, r->text(1));
        Severity worst = Severity::Info;
        for (const Finding &f : m_state.result.findingsOf(c.id))
            worst = std::max(worst, f.severity);
        if (c.status == QLatin1String("ok"))
            r->setIcon(0, healthyIcon());
        else if (c.status == QLatin1String("problems"))
            r->setIcon(0, severityIcon(worst));
        else if (c.status == QLatin1String("error"))
            r->setIcon(0, severityIcon(Severity::Warning));
    }
    const int n = int(m_state.result.findings.size());
    m_status->setText(m_state.scanCancelled ? tr("Scan stopped: %n finding(s) so far; the cancelled checks did not run.", nullptr, n)
                                            : tr("Scan finished: %n finding(s).", nullptr, n));
}

void ScanPage::retranslateUi()
{
    setTitle(tr("Scanning"));
    setSubTitle(tr("Each check only reads the system; nothing is changed."));
    m_checks->setHeaderLabels({tr("Check"), tr("Status"), tr("Time")});
    m_checks->setAccessibleName(tr("Checks and their progress"));
    m_progress->setAccessibleName(tr("Scan progress"));
    m_cancel->setText(tr("&Stop scan"));
    m_cancel->setAccessibleName(tr("Stop the scan"));
    // The scan's texts again in the new language; nothing is scanned again.
    if (m_state.haveResult())
        showRows();
}

} // namespace pages
} // namespace ui
} // namespace wd
