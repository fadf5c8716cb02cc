#include "ui/pages/plan_page.h"
#include "ui/icons.h"
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <algorithm>

namespace wd {
namespace ui {
namespace pages {

namespace {
constexpr int kOtherFileRole = Qt::UserRole + 10; // the chooser's "Choose a file..." entry
}

PlanPage::PlanPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    auto *layout = new QVBoxLayout(this);
    m_intro = wrapLabel();
    m_unavailable = wrapLabel();
    m_unavailable->setObjectName(QStringLiteral("planUnavailable"));
    m_actions = new QTreeWidget;
    m_actions->setObjectName(QStringLiteral("actionsTree"));
    m_actions->setColumnCount(2);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_actions->header()->setStretchLastSection(false);
    m_actions->setTextElideMode(Qt::ElideMiddle); // long registry paths: keep both ends; the tooltip has all
    connect(m_actions, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, kActionRole).toString();
        if (!m_populating && !id.isEmpty() && !item->isDisabled())
            m_choices.insert(id, item->checkState(0) == Qt::Checked);
        updateState();
    });
    m_rebootNotice = wrapLabel();
    m_rebootNotice->setObjectName(QStringLiteral("rebootNotice"));
    m_elevationNotice = wrapLabel();
    m_confirm = new QCheckBox;
    m_confirm->setObjectName(QStringLiteral("confirmRepairs"));
    connect(m_confirm, &QCheckBox::toggled, this, [this]() { updateState(); });
    layout->addWidget(m_intro);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_elevationNotice);
    layout->addWidget(m_rebootNotice);
    layout->addWidget(m_confirm);
}

bool PlanPage::isComplete() const
{
    // Never while a scan reads the target.
    return !m_state.scanRunning && m_state.repairs && m_state.repairs->unavailableReason().isEmpty() && m_confirm->isChecked()
           && !selectedActions().isEmpty();
}

void PlanPage::resetChoices()
{
    m_choices.clear();
}

void PlanPage::populate()
{
    m_populating = true;
    const QSignalBlocker block(m_actions);
    m_actions->clear();
    m_state.previews.clear();
    const ScanResult &result = m_state.result;
    const QString why = m_state.repairs ? m_state.repairs->unavailableReason() : tr("No target was scanned.");
    // Actions proposed by the findings, with the worst severity that asks for each.
    QStringList ids;
    QHash<QString, Severity> worst;
    for (const Finding &f : result.findings)
        for (const QString &r : f.repairs) {
            if (!ids.contains(r))
                ids << r;
            worst[r] = std::max(worst.value(r, Severity::Info), f.severity);
        }
    std::stable_sort(ids.begin(), ids.end(), [&worst](const QString &a, const QString &b) { return worst.value(a) > worst.value(b); });
    if (!why.isEmpty()) {
        m_intro->setText(ids.isEmpty() ? tr("No repairs are needed.") : tr("The findings call for %n repair(s):", nullptr, int(ids.size())));
        m_unavailable->setText(tr("Repairs are disabled: %1").arg(why));
        m_unavailable->show();
        for (const QString &id : ids) {
            auto *item = new QTreeWidgetItem(m_actions, {repairTitle(id), severityDisplayName(worst.value(id))});
            item->setToolTip(0, item->text(0));
            item->setDisabled(true);
        }
        m_confirm->setChecked(false);
        m_confirm->setEnabled(false);
        m_rebootNotice->hide();
        m_elevationNotice->hide();
        m_populating = false;
        emit completeChanged();
        return;
    }
    m_unavailable->hide();
    m_intro->setText(ids.isEmpty() ? tr("No repairs are needed: the findings need no change to the system.")
                                   : tr("Recommended repairs are selected. Each shows exactly what it will change."));
    m_confirm->setEnabled(!ids.isEmpty());
    m_state.previews = m_state.repairs->preview(ids);
    // Each finding's first repair that can run here is its fix; the ones after it are alternatives
    // (e.g. a full Winsock reset instead of removing one LSP) and are not selected for the user.
    QSet<QString> runnable;
    bool anyBackup = false;
    for (const RepairPreview &p : std::as_const(m_state.previews)) {
        if (p.error.isEmpty())
            runnable.insert(p.actionId);
        anyBackup = anyBackup || p.usesBackup;
    }
    QHash<QString, Severity> primary;
    for (const Finding &f : result.findings)
        for (const QString &r : f.repairs)
            if (runnable.contains(r)) {
                primary[r] = std::max(primary.value(r, Severity::Info), f.severity);
                break;
            }
    const QList<BackupInfo> backups = anyBackup ? m_state.repairs->listBackups() : QList<BackupInfo>();
    for (const RepairPreview &p : std::as_const(m_state.previews)) {
        const Severity s = worst.value(p.actionId);
        const bool isPrimary = primary.contains(p.actionId);
        const bool recommended = isPrimary && primary.value(p.actionId) >= Severity::Error;
        auto *item = new QTreeWidgetItem(m_actions, {p.title, recommended ? tr("recommended")
                                                              : isPrimary || s < Severity::Error ? tr("optional")
                                                                                                 : tr("alternative")});
        item->setData(0, kActionRole, p.actionId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        bool on = recommended && p.error.isEmpty();
        if (p.error.isEmpty() && m_choices.contains(p.actionId))
            on = m_choices.value(p.actionId);
        item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        item->setIcon(0, p.needsElevation ? shieldIcon() : severityIcon(s));
        item->setToolTip(0, p.needsElevation ? tr("%1\nNeeds administrator rights").arg(p.title) : p.title);
        if (p.needsReboot)
            item->setText(1, item->text(1) + QStringLiteral(" · ") + tr("restart"));
        for (const QString &c : p.changes) {
            auto *child = new QTreeWidgetItem(item, {c});
            child->setToolTip(0, c);
        }
        if (!p.error.isEmpty()) {
            item->setDisabled(true);
            auto *err = new QTreeWidgetItem(item, {p.error});
            err->setToolTip(0, p.error);
        }
        if (p.usesBackup) {
            // The backup is chosen here, not on a command line: one this target's repairs saved, or a .reg file.
            auto *row = new QTreeWidgetItem(item);
            m_actions->setItemWidget(row, 0, backupChooser(p.actionId, backups));
        }
        item->setExpanded(true);
    }
    m_populating = false;
    updateState();
}

QWidget *PlanPage::backupChooser(const QString &actionId, const QList<BackupInfo> &backups)
{
    const bool reset = actionId == QLatin1String("winsock.reset");
    const QString current = m_state.repairs->restoreFile();
    auto *combo = new QComboBox;
    combo->setObjectName(reset ? QStringLiteral("chooseResetCopy") : QStringLiteral("chooseBackup"));
    combo->setAccessibleName(reset ? tr("Known-good copy of the Winsock catalog") : tr("Backup to restore"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(20);
    combo->setPlaceholderText(reset ? tr("Choose the known-good copy to reset from...") : tr("Choose the backup (.reg) to restore..."));
    int currentIndex = -1;
    for (const BackupInfo &b : backups) {
        combo->addItem(WizardState::snapshotLabel(b.created, b.actions), b.file);
        combo->setItemData(combo->count() - 1,
                           tr("%1\nThe Winsock settings as they were before this repair.\nSnapshot folder: %2")
                               .arg(WizardState::snapshotDescription(b.created, b.actions), QDir::toNativeSeparators(b.snapshot)),
                           Qt::ToolTipRole);
        if (!current.isEmpty() && QFileInfo(b.file) == QFileInfo(current))
            currentIndex = combo->count() - 1;
    }
    if (!current.isEmpty() && currentIndex < 0) {
        combo->addItem(tr("File: %1").arg(QFileInfo(current).fileName()), current);
        combo->setItemData(combo->count() - 1, QDir::toNativeSeparators(current), Qt::ToolTipRole);
        currentIndex = combo->count() - 1;
    }
    combo->addItem(tr("Choose a file (.reg)..."));
    combo->setItemData(combo->count() - 1, true, kOtherFileRole);
    combo->setItemData(combo->count() - 1,
                       reset ? tr("A .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build")
                             : tr("A .reg file with the Winsock keys of a healthy PC, as Registry Editor exports them"),
                       Qt::ToolTipRole);
    combo->setCurrentIndex(currentIndex);
    combo->setToolTip(currentIndex >= 0 ? combo->itemData(currentIndex, Qt::ToolTipRole).toString() : QString());
    connect(combo, &QComboBox::activated, this, [this, combo, actionId, currentIndex](int i) {
        QString path = combo->itemData(i).toString();
        if (combo->itemData(i, kOtherFileRole).toBool()) {
            path = QFileDialog::getOpenFileName(this, tr("Choose a Winsock backup"), QString(), tr("Registry files (*.reg);;All files (*)"));
            if (path.isEmpty()) {
                combo->setCurrentIndex(currentIndex);
                return;
            }
        }
        chooseBackup(actionId, path);
    });
    return combo;
}

void PlanPage::chooseBackup(const QString &actionId, const QString &path)
{
    if (!m_state.repairs)
        return;
    m_state.repairs->setRestoreFile(path);
    populate();
    // The person chose a backup for this repair: select it when its preview holds.
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_actions->topLevelItem(i);
        if (item->data(0, kActionRole).toString() == actionId && !item->isDisabled())
            item->setCheckState(0, Qt::Checked);
    }
    updateState();
}

QStringList PlanPage::plannedActions() const
{
    QStringList out;
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        const QString id = m_actions->topLevelItem(i)->data(0, kActionRole).toString();
        if (!id.isEmpty())
            out << id;
    }
    return out;
}

QStringList PlanPage::selectedActions() const
{
    QStringList out;
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_actions->topLevelItem(i);
        if (it->checkState(0) == Qt::Checked && !it->isDisabled())
            out << it->data(0, kActionRole).toString();
    }
    return out;
}

void PlanPage::setActionSelected(const QString &id, bool on)
{
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_actions->topLevelItem(i);
        if (it->data(0, kActionRole).toString() == id)
            it->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
    }
    updateState();
}

void PlanPage::setConfirmed(bool on)
{
    m_confirm->setChecked(on);
}

QString PlanPage::explanation() const
{
    return m_unavailable->isHidden() ? QString() : m_unavailable->text();
}

bool PlanPage::needsElevation() const
{
    return !m_elevationNotice->isHidden();
}

void PlanPage::updateState()
{
    const QStringList sel = selectedActions();
    bool reboot = false, elevate = false;
    for (const RepairPreview &p : std::as_const(m_state.previews))
        if (sel.contains(p.actionId)) {
            reboot = reboot || p.needsReboot;
            elevate = elevate || p.needsElevation;
        }
    m_rebootNotice->setVisible(reboot);
    m_elevationNotice->setVisible(elevate);
    // The UAC shield on the commit button when a chosen repair needs elevation.
    if (wizard() && wizard()->currentPage() == this)
        if (QAbstractButton *b = wizard()->button(QWizard::CommitButton))
            b->setIcon(elevate ? shieldIcon() : QIcon());
    emit completeChanged();
}

void PlanPage::retranslateUi()
{
    setTitle(tr("Repair plan"));
    setSubTitle(tr("Choose the repairs. Nothing changes until you confirm; a snapshot is taken first so that every "
                   "repair can be undone."));
    m_actions->setHeaderLabels({tr("Repair and its exact changes"), tr("Priority")});
    m_actions->setAccessibleName(tr("Repair actions"));
    m_confirm->setText(tr("I have read the changes above. Make them &now."));
    m_confirm->setAccessibleName(tr("Confirm the repairs"));
    m_elevationNotice->setText(tr("Repairs marked with the shield need administrator rights; Windows will ask for them."));
    m_rebootNotice->setText(tr("Some of the chosen repairs take effect only after a restart."));
    // The previews again in the new language (the choices are kept).
    if (m_state.repairs)
        populate();
}

} // namespace pages
} // namespace ui
} // namespace wd
