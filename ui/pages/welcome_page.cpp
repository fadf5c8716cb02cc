#include "ui/pages/welcome_page.h"
#include "ui/support_code_dialog.h"
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wd {
namespace ui {
namespace pages {

namespace {
enum TargetChoice { ThisPc = 0, Volume = 1, Report = 2, Demo = 3 };
}

WelcomePage::WelcomePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    auto *layout = new QVBoxLayout(this);
    // The page header holds two lines at most (one of Chinese): what the wizard looks for is said here.
    m_intro = wrapLabel();
    m_intro->setObjectName(QStringLiteral("welcomeIntro"));
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    m_targetPrompt = wrapLabel();
    layout->addWidget(m_targetPrompt);
    m_targetGroup = new QButtonGroup(this);
    for (int id : {ThisPc, Volume, Report, Demo}) {
        auto *rb = new QRadioButton;
        rb->setObjectName(QStringLiteral("target%1").arg(id));
        m_targetGroup->addButton(rb, id);
        layout->addWidget(rb);
    }
#ifdef Q_OS_WIN
    m_targetGroup->button(ThisPc)->setChecked(true);
#else
    m_targetGroup->button(ThisPc)->setEnabled(false);
    m_targetGroup->button(Demo)->setChecked(true);
#endif
    auto *row = new QHBoxLayout;
    m_pathEdit = new QLineEdit;
    m_pathEdit->setObjectName(QStringLiteral("targetPath"));
    m_browse = new QPushButton;
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        QString path;
        if (m_targetGroup->checkedId() == Report)
            path = QFileDialog::getOpenFileName(this, tr("Open report"), QString(), tr("Reports (*.json)"));
        else
            path = QFileDialog::getExistingDirectory(this, tr("Root folder of the Windows volume"));
        if (!path.isEmpty()) {
            m_pathEdit->setText(path);
            if (m_targetGroup->checkedId() != Report)
                m_targetGroup->button(Volume)->setChecked(true);
        }
    });
    row->addSpacing(24);
    row->addWidget(m_pathEdit, 1);
    row->addWidget(m_browse);
    layout->addLayout(row);
    // The Windows installations on the other drives / mounted volumes: a click opens one as the volume.
    auto *installBox = new QVBoxLayout;
    m_installLabel = wrapLabel();
    m_installList = new QTreeWidget;
    m_installList->setObjectName(QStringLiteral("installations"));
    m_installList->setRootIsDecorated(false);
    m_installList->setColumnCount(4);
    m_installList->setMaximumHeight(110);
    m_installList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_installLabel->setBuddy(m_installList);
    m_installLabel->hide();
    m_installList->hide();
    const auto pick = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_targetGroup->button(Volume)->setChecked(true);
        m_pathEdit->setText(item->data(0, Qt::UserRole).toString());
    };
    connect(m_installList, &QTreeWidget::itemClicked, this, pick);
    connect(m_installList, &QTreeWidget::itemActivated, this, [this, pick](QTreeWidgetItem *item) {
        pick(item);
        emit installationActivated();
    });
    installBox->addWidget(m_installLabel);
    installBox->addWidget(m_installList);
    auto *installRow = new QHBoxLayout;
    installRow->addSpacing(24);
    installRow->addLayout(installBox, 1);
    layout->addLayout(installRow);
    // The check box says what it is in a few words (its text cannot wrap); the label under it says more.
    m_deep = new QCheckBox;
    m_deep->setObjectName(QStringLiteral("deepScan"));
    m_deepNote = wrapLabel();
    m_deepNote->setObjectName(QStringLiteral("deepScanNote"));
    m_deepNote->setBuddy(m_deep);
    layout->addWidget(m_deep);
    auto *noteRow = new QHBoxLayout;
    noteRow->addSpacing(24);
    noteRow->addWidget(m_deepNote, 1);
    layout->addLayout(noteRow);
    connect(m_targetGroup, &QButtonGroup::idToggled, this, &WelcomePage::updatePath);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &WelcomePage::updatePath);
    updatePath();
    layout->addStretch();
    auto *bottom = new QHBoxLayout;
    m_langLabel = new QLabel;
    m_langCombo = new QComboBox;
    m_langCombo->setObjectName(QStringLiteral("language"));
    m_langCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_langCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_langLabel->setBuddy(m_langCombo);
    connect(m_langCombo, &QComboBox::activated, this, [this](int i) { emit languageChosen(m_langCombo->itemData(i).toString()); });
    m_codeButton = new QPushButton;
    m_codeButton->setObjectName(QStringLiteral("supportCodeButton"));
    connect(m_codeButton, &QPushButton::clicked, this, [this]() {
        SupportCodeDialog d(this);
        d.exec();
    });
    bottom->addWidget(m_langLabel);
    bottom->addWidget(m_langCombo);
    bottom->addStretch();
    bottom->addWidget(m_codeButton);
    layout->addLayout(bottom);
    connect(&m_installWatcher, &QFutureWatcherBase::finished, this, [this]() { showInstallations(m_installWatcher.result()); });
}

WelcomePage::~WelcomePage()
{
    waitForWork();
}

void WelcomePage::waitForWork()
{
    m_installWatcher.waitForFinished();
}

bool WelcomePage::isComplete() const
{
    const int id = m_targetGroup->checkedId();
    if (id < 0 || !m_targetGroup->button(id)->isEnabled())
        return false;
    return !((id == Volume || id == Report) && m_pathEdit->text().trimmed().isEmpty());
}

void WelcomePage::updatePath()
{
    const int id = m_targetGroup->checkedId();
    const bool needsPath = id == Volume || id == Report;
    m_pathEdit->setEnabled(needsPath);
    m_browse->setEnabled(needsPath);
    m_deep->setEnabled(id != Report);
    m_deepNote->setEnabled(id != Report);
    emit completeChanged();
}

QString WelcomePage::targetSpec() const
{
    switch (m_targetGroup->checkedId()) {
    case ThisPc: return QStringLiteral("live");
    case Volume: return QStringLiteral("offline:") + m_pathEdit->text().trimmed();
    case Report: return QStringLiteral("report:") + m_pathEdit->text().trimmed();
    default: return QStringLiteral("demo");
    }
}

void WelcomePage::setTargetSpec(const QString &spec)
{
    if (spec == QLatin1String("demo")) {
        m_targetGroup->button(Demo)->setChecked(true);
    } else if (spec == QLatin1String("live")) {
        m_targetGroup->button(ThisPc)->setEnabled(true);
        m_targetGroup->button(ThisPc)->setChecked(true);
    } else if (spec.startsWith(QLatin1String("offline:"))) {
        m_targetGroup->button(Volume)->setChecked(true);
        m_pathEdit->setText(spec.mid(8));
    } else if (spec.startsWith(QLatin1String("report:"))) {
        m_targetGroup->button(Report)->setChecked(true);
        m_pathEdit->setText(spec.mid(7));
    }
}

bool WelcomePage::deepScan() const
{
    return m_deep->isChecked() && m_deep->isEnabled();
}

void WelcomePage::setDeepScan(bool on)
{
    m_deep->setChecked(on);
}

void WelcomePage::findInstallations()
{
    m_installWatcher.setFuture(QtConcurrent::run([]() { return findWindowsInstallations(); }));
}

QString WelcomePage::resolveAuto()
{
    // The one installation opens at once; with none or several the welcome page lists them.
    const QList<WindowsInstallation> found = findWindowsInstallations();
    m_autoRequested = found.size() != 1;
    showInstallations(found);
    if (found.size() == 1)
        return found.first().targetSpec();
    m_targetGroup->button(Volume)->setChecked(true);
    return {};
}

void WelcomePage::showInstallations(const QList<WindowsInstallation> &found)
{
    m_found = found;
    m_installList->clear();
    for (const WindowsInstallation &w : found) {
        auto *item = new QTreeWidgetItem(m_installList);
        item->setText(1, w.build);
        item->setText(3, w.nativeRoot());
        item->setData(0, Qt::UserRole, w.nativeRoot());
    }
    // Shown when there is something to pick, or when offline:auto needs the user to pick.
    m_installList->setVisible(!found.isEmpty());
    m_installLabel->setVisible(!found.isEmpty() || m_autoRequested);
    retranslateInstallations();
}

void WelcomePage::retranslateInstallations()
{
    if (m_found.isEmpty())
        m_installLabel->setText(tr("No Windows installation was found on the other drives or mounted volumes. Choose the root "
                                   "folder of the Windows volume above."));
    else if (m_autoRequested && m_found.size() > 1)
        m_installLabel->setText(tr("Several Windows installations were found. Choose the one to examine:"));
    else
        m_installLabel->setText(tr("Windows installations found on this computer (click one to examine it):"));
    m_installList->setHeaderLabels({tr("Windows"), tr("Build"), tr("Registry last written"), tr("Folder")});
    m_installList->setAccessibleName(tr("Windows installations found on this computer"));
    for (int i = 0; i < m_installList->topLevelItemCount() && i < m_found.size(); ++i) {
        const WindowsInstallation &w = m_found[i];
        QTreeWidgetItem *item = m_installList->topLevelItem(i);
        QString product = w.product.isEmpty() ? tr("Windows (product unknown)") : w.product;
        if (!w.version.isEmpty())
            product += QLatin1Char(' ') + w.version;
        if (!w.arch.isEmpty())
            product += QStringLiteral(" (%1)").arg(w.arch);
        item->setText(0, product);
        item->setText(2, w.systemWritten.isValid() ? QLocale().toString(w.systemWritten.toLocalTime(), QLocale::ShortFormat)
                                                   : tr("unknown"));
        // The whole row in the tooltip (the columns may be cut), and what is wrong with it, if anything.
        QStringList tip{product, w.build, item->text(2), w.nativeRoot()};
        tip.removeAll(QString());
        if (!w.problem.isEmpty())
            tip << w.problem;
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, tip.join(QLatin1Char('\n')));
    }
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome to Winsock Doctor"));
    setSubTitle(tr("Finds and repairs what breaks the Windows network stack."));
    m_intro->setText(tr("It looks for hijacked Winsock catalogs, tampered system files, injected DLLs, bad network drivers "
                        "and the blue screens they cause."));
    m_targetPrompt->setText(tr("Which Windows do you want to examine?"));
    const QStringList targets = {tr("&This PC"), tr("A Windows &volume (a disk from a PC that does not start)"),
                                 tr("A &report saved by Winsock Doctor (read-only, for helpdesk)"),
                                 tr("The &demo PC (a generated broken Windows, safe to repair)")};
    for (int i = 0; i < targets.size(); ++i) {
        m_targetGroup->button(i)->setText(targets[i]);
        m_targetGroup->button(i)->setAccessibleName(QString(targets[i]).remove(QLatin1Char('&')));
    }
#ifndef Q_OS_WIN
    m_targetGroup->button(ThisPc)->setToolTip(tr("Examining the running system needs Windows."));
#endif
    m_pathEdit->setPlaceholderText(tr("Folder of the Windows volume, or report file"));
    m_pathEdit->setAccessibleName(tr("Path of the volume or report"));
    m_browse->setText(tr("&Browse..."));
    m_browse->setAccessibleName(tr("Browse for the volume folder or report file"));
    retranslateInstallations();
    m_deep->setText(tr("D&eep scan (slower)"));
    m_deepNote->setText(tr("Also verifies the digital signature of every system file and driver."));
    m_deep->setAccessibleDescription(m_deepNote->text());
    m_langLabel->setText(tr("&Language:"));
    m_langCombo->setAccessibleName(tr("Language"));
    m_langCombo->setCurrentIndex(m_state.lang == QLatin1String("zh_CN") ? 1 : 0);
    m_codeButton->setText(tr("I have a support &code..."));
    m_codeButton->setAccessibleName(tr("Decode a support code"));
}

} // namespace pages
} // namespace ui
} // namespace wd
