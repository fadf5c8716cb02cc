// Welcome: which Windows to examine (this PC, a volume, a saved report, the demo PC), the Windows
// installations found on this computer, deep scan, language and "I have a support code".
#pragma once
#include "platform/installations.h"
#include "ui/pages/wizard_state.h"
#include <QFutureWatcher>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace wd {
namespace ui {
namespace pages {

class WelcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomePage(WizardState &state, QWidget *parent = nullptr);
    ~WelcomePage() override;

    QString targetSpec() const; // live | offline:DIR | report:FILE | demo
    void setTargetSpec(const QString &spec);
    bool deepScan() const;
    void setDeepScan(bool on);
    // The installations on the other drives / mounted volumes. findInstallations() looks in the
    // background; resolveAuto() looks now for offline:auto: the one found, or "" (the list asks the user).
    void findInstallations();
    QString resolveAuto();
    bool findingInstallations() const { return m_installWatcher.isRunning(); }
    QList<WindowsInstallation> installations() const { return m_found; }
    void showInstallations(const QList<WindowsInstallation> &found);
    void waitForWork();

    bool isComplete() const override;
    void retranslateUi();

signals:
    void languageChosen(const QString &lang);
    void installationActivated(); // a double click / Enter on an installation: examine it now

private:
    void updatePath();
    void retranslateInstallations();

    WizardState &m_state;
    QLabel *m_intro = nullptr;
    QLabel *m_targetPrompt = nullptr;
    QButtonGroup *m_targetGroup = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QCheckBox *m_deep = nullptr;
    QLabel *m_deepNote = nullptr;
    QLabel *m_langLabel = nullptr;
    QComboBox *m_langCombo = nullptr;
    QPushButton *m_codeButton = nullptr;
    QLabel *m_installLabel = nullptr;
    QTreeWidget *m_installList = nullptr;
    QFutureWatcher<QList<WindowsInstallation>> m_installWatcher;
    QList<WindowsInstallation> m_found;
    bool m_autoRequested = false; // offline:auto found none or several: the list asks the user
};

} // namespace pages
} // namespace ui
} // namespace wd
