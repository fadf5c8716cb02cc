#include "ui/pages/result_page.h"
#include "report/html_report.h"
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wd {
namespace ui {
namespace pages {

ResultPage::ResultPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    auto *layout = new QVBoxLayout(this);
    m_headline = wrapLabel();
    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    QFont f = m_headline->font();
    f.setBold(true);
    m_headline->setFont(f);
    m_verification = new QTextBrowser;
    m_verification->setObjectName(QStringLiteral("verification"));
    m_reboot = wrapLabel();
    m_code = new QLabel;
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *undoRow = new QHBoxLayout;
    m_undoLabel = new QLabel;
    m_snapshots = new QComboBox;
    m_snapshots->setObjectName(QStringLiteral("snapshots"));
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshots->setMinimumContentsLength(24);
    m_undoLabel->setBuddy(m_snapshots);
    m_undo = new QPushButton;
    m_undo->setObjectName(QStringLiteral("undo"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveReportResult"));
    undoRow->addWidget(m_undoLabel);
    undoRow->addWidget(m_snapshots, 1);
    undoRow->addWidget(m_undo);
    undoRow->addSpacing(16);
    undoRow->addWidget(m_save);
    m_snapshotDetail = wrapLabel();
    m_snapshotDetail->setObjectName(QStringLiteral("snapshotDetail"));
    connect(m_snapshots, &QComboBox::currentIndexChanged, this, [this]() { showSnapshotDetail(); });
    m_undoLog = new QPlainTextEdit;
    m_undoLog->setObjectName(QStringLiteral("undoLog"));
    m_undoLog->setReadOnly(true);
    m_undoLog->setMaximumHeight(110);
    connect(m_save, &QPushButton::clicked, this, [this]() { WizardState::chooseAndSaveReport(this, m_state.result); });
    connect(m_undo, &QPushButton::clicked, this, &ResultPage::undoSelected);
    layout->addWidget(m_headline);
    layout->addWidget(m_verification, 1);
    layout->addWidget(m_reboot);
    layout->addWidget(m_code);
    layout->addLayout(undoRow);
    layout->addWidget(m_snapshotDetail);
    layout->addWidget(m_undoLog);
}

void ResultPage::undoSelected()
{
    const QString id = m_snapshots->currentData().toString();
    if (id.isEmpty() || !m_state.repairs)
        return;
    if (QMessageBox::question(this, window()->windowTitle(), tr("Undo the repairs of snapshot %1 and restore the previous state?").arg(id))
        != QMessageBox::Yes)
        return;
    // Undo writes to the system like a repair: off the GUI thread, the window stays responsive.
    m_undo->setEnabled(false);
    m_snapshots->setEnabled(false);
    m_undoLog->appendPlainText(tr("Undoing snapshot %1...").arg(id));
    auto service = m_state.repairs;
    auto *watcher = new QFutureWatcher<Expected<QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id]() {
        watcher->deleteLater();
        const Expected<QStringList> r = watcher->result();
        showUndoResult(id, r);
        if (!r)
            QMessageBox::warning(this, window()->windowTitle(), r.error().toString());
    });
    m_state.writing = true; // the window does not close while the undo writes
    watcher->setFuture(QtConcurrent::run([service, id]() { return service->undo(id, {}); }));
}

void ResultPage::populate()
{
    const ApplyOutcome &outcome = m_state.outcome;
    int ok = 0, failed = 0, unchanged = 0;
    for (const ApplyStep &s : outcome.steps)
        (s.ok ? (s.nothingToDo ? unchanged : ok) : failed)++;
    // Never "all applied and verified" above a critical problem the verification scan still finds.
    const QString still = outcome.remainingCritical > 0
                              ? QLatin1Char(' ') + tr("But the verification scan still finds %n critical problem(s); see \"Still found by the verification scan\" below "
                                                      "for "
                                                      "what can still be done.", nullptr, outcome.remainingCritical)
                              : QString();
    const QString idle = unchanged > 0 ? QLatin1Char(' ') + tr("%n repair(s) could change nothing (see below).", nullptr, unchanged) : QString();
    if (!m_undoneId.isEmpty())
        m_headline->setText(tr("The repairs of snapshot %1 were undone; the system is as it was before them.").arg(m_undoneId));
    else if (failed == 0 && ok > 0)
        m_headline->setText(tr("All %n repair(s) that had changes to make were applied and verified.", nullptr, ok) + idle + still);
    else if (failed == 0 && unchanged > 0)
        m_headline->setText(tr("No change was made: the selected repairs had nothing they could change.") + still);
    else if (ok > 0)
        m_headline->setText(tr("%1 repair(s) succeeded; %2 failed and were rolled back, so that part of the system is as it was.")
                                .arg(ok)
                                .arg(failed) + still);
    else
        m_headline->setText(tr("No repair was applied. %1").arg(outcome.error));
    QString html;
    for (const ApplyStep &s : outcome.steps) {
        html += QStringLiteral("<p><b>%1</b> — %2</p><ul>")
                    .arg(htmlEscape(s.title), htmlEscape(s.ok ? (s.nothingToDo ? tr("nothing changed") : tr("done"))
                                                              : s.rolledBack ? tr("failed, rolled back") : tr("not done")));
        for (const QString &l : s.log)
            html += QStringLiteral("<li>%1</li>").arg(htmlEscape(l));
        html += QStringLiteral("</ul>");
    }
    if (!outcome.verification.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(htmlEscape(tr("Verification")));
        for (const QString &l : outcome.verification)
            html += QStringLiteral("<li>%1</li>").arg(htmlEscape(l));
        html += QStringLiteral("</ul>");
    }
    if (!outcome.remaining.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(htmlEscape(tr("Still found by the verification scan")));
        for (const QString &l : outcome.remaining)
            html += QStringLiteral("<li>%1</li>").arg(htmlEscape(l));
        html += QStringLiteral("</ul>");
    }
    m_verification->setHtml(html);
    m_reboot->setText(outcome.rebootRequired ? tr("Restart Windows to finish the repairs. Winsock Doctor never restarts the PC "
                                                  "by itself.")
                                             : QString());
    m_reboot->setVisible(outcome.rebootRequired);
    m_code->setText(m_state.result.supportCode.isEmpty() ? QString() : tr("Support code of the scan: <b>%1</b>").arg(m_state.result.supportCode));
    refreshSnapshots();
}

void ResultPage::refreshSnapshots()
{
    m_snapshots->clear();
    if (m_state.repairs)
        for (const SnapshotInfo &s : m_state.repairs->listSnapshots()) {
            // When and what, as a person remembers it (short: the repairs are named below the box);
            // the snapshot's folder is in the tooltip.
            m_snapshots->addItem(WizardState::snapshotLabel(s.created, s.actions), s.id);
            const int i = m_snapshots->count() - 1;
            m_snapshots->setItemData(i, tr("%1\nSnapshot folder: %2").arg(WizardState::snapshotDescription(s.created, s.actions), s.id),
                                     Qt::ToolTipRole);
            m_snapshots->setItemData(i, WizardState::snapshotRepairNames(s.actions), kRepairNamesRole);
        }
    m_undo->setEnabled(m_snapshots->count() > 0);
    m_snapshots->setEnabled(m_snapshots->count() > 0);
    showSnapshotDetail();
}

void ResultPage::showSnapshotDetail()
{
    const QString names = m_snapshots->currentData(kRepairNamesRole).toString();
    m_snapshotDetail->setText(names.isEmpty() ? QString() : tr("Repairs in this snapshot: %1").arg(names));
    m_snapshotDetail->setVisible(!names.isEmpty());
}

QStringList ResultPage::snapshotLabels() const
{
    QStringList out;
    for (int i = 0; i < m_snapshots->count(); ++i)
        out << m_snapshots->itemText(i);
    return out;
}

QStringList ResultPage::snapshotIds() const
{
    QStringList out;
    for (int i = 0; i < m_snapshots->count(); ++i)
        out << m_snapshots->itemData(i).toString();
    return out;
}

Expected<QStringList> ResultPage::undoSnapshot(const QString &id)
{
    if (!m_state.repairs)
        return Error(ErrorKind::Unsupported, tr("No repairs to undo."));
    Expected<QStringList> r = m_state.repairs->undo(id, {});
    showUndoResult(id, r);
    return r;
}

void ResultPage::showUndoResult(const QString &id, const Expected<QStringList> &r)
{
    m_state.writing = false;
    if (r) {
        m_undoLog->appendPlainText(tr("Undone: snapshot %1").arg(id));
        for (const QString &l : *r)
            m_undoLog->appendPlainText(l);
        m_undoneId = id;
        m_headline->setText(tr("The repairs of snapshot %1 were undone; the system is as it was before them.").arg(id));
    } else {
        m_undoLog->appendPlainText(r.error().toString());
    }
    refreshSnapshots();
}

void ResultPage::retranslateUi()
{
    setTitle(tr("Result"));
    setSubTitle(tr("What was repaired and verified. Keep the support code for the helpdesk."));
    m_verification->setAccessibleName(tr("Verification result"));
    m_undoLabel->setText(tr("&Undo a repair:"));
    m_snapshots->setAccessibleName(tr("Snapshots"));
    m_undo->setText(tr("U&ndo"));
    m_undo->setAccessibleName(tr("Undo the repairs of the selected snapshot"));
    m_save->setText(tr("&Save report..."));
    m_save->setAccessibleName(tr("Save the report as JSON or HTML"));
    m_undoLog->setAccessibleName(tr("Undo log"));
    if (m_state.applyDone)
        populate();
}

} // namespace pages
} // namespace ui
} // namespace wd
