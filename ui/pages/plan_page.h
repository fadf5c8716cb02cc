// Repair plan: for each finding its first repair that can run here is its fix (pre-selected for errors
// and critical problems), the repairs after it are alternatives. Every repair lists its exact changes;
// the ones that restore from a backup offer the target's own backups (saved by earlier repairs) and
// any other .reg file. Nothing runs before the explicit confirmation.
#pragma once
#include "ui/pages/wizard_state.h"
#include <QHash>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace wd {
namespace ui {
namespace pages {

class PlanPage : public QWizardPage {
    Q_OBJECT
public:
    explicit PlanPage(WizardState &state, QWidget *parent = nullptr);

    void populate();     // previews the repairs the findings call for
    void resetChoices(); // a new scan: forget which repairs the person ticked or unticked
    QStringList plannedActions() const;
    QStringList selectedActions() const;
    void setActionSelected(const QString &id, bool on);
    void setConfirmed(bool on);
    // The backup to restore from, chosen for ACTIONID: previewed at once, and that repair is selected
    // when its preview holds.
    void chooseBackup(const QString &actionId, const QString &path);
    QString explanation() const; // why repairs are disabled, or ""
    bool needsElevation() const; // a selected repair needs administrator rights

    bool isComplete() const override;
    void retranslateUi();

private:
    void updateState();
    QWidget *backupChooser(const QString &actionId, const QList<BackupInfo> &backups);

    WizardState &m_state;
    QLabel *m_intro = nullptr;
    QLabel *m_unavailable = nullptr;
    QTreeWidget *m_actions = nullptr;
    QLabel *m_rebootNotice = nullptr;
    QLabel *m_elevationNotice = nullptr;
    QCheckBox *m_confirm = nullptr;
    QHash<QString, bool> m_choices; // action id -> ticked by the person (kept when the plan is shown again)
    bool m_populating = false;
};

} // namespace pages
} // namespace ui
} // namespace wd
