// Result: what was repaired and verified by a new scan, what the verification scan still finds, the
// restart notice, the support code, undo by date and repair names, save report.
#pragma once
#include "ui/pages/wizard_state.h"
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace wd {
namespace ui {
namespace pages {

class ResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ResultPage(WizardState &state, QWidget *parent = nullptr);

    void populate();
    QStringList snapshotIds() const;    // as listed in the Undo box
    QStringList snapshotLabels() const; // what the Undo box shows: "29 Nov 23:13 — Remove ..."
    Expected<QStringList> undoSnapshot(const QString &id); // on this thread
    void retranslateUi();

private:
    void refreshSnapshots();
    void showSnapshotDetail();
    static constexpr int kRepairNamesRole = Qt::UserRole + 1;
    void undoSelected(); // asks, then undoes on a worker thread
    void showUndoResult(const QString &id, const Expected<QStringList> &r);

    WizardState &m_state;
    QLabel *m_headline = nullptr;
    QTextBrowser *m_verification = nullptr;
    QLabel *m_reboot = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_undoLabel = nullptr;
    QLabel *m_snapshotDetail = nullptr; // the repairs of the snapshot chosen in m_snapshots
    QComboBox *m_snapshots = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_save = nullptr;
    QPlainTextEdit *m_undoLog = nullptr;
    QString m_undoneId; // the snapshot last undone: the headline says so
};

} // namespace pages
} // namespace ui
} // namespace wd
