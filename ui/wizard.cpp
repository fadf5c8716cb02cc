#include "ui/wizard.h"
#include "core/scanner.h"
#include <QButtonGroup>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace wd::ui {

namespace {
enum TargetChoice { ThisPc = 0, Volume = 1, Report = 2, Demo = 3 };
}

WizardWindow::WizardWindow(const QString &initialTarget, QWidget *parent) : QWizard(parent)
{
    // AeroStyle paints its buttons through DWM, which Wine cannot show; ModernStyle renders everywhere.
    setWizardStyle(QWizard::ModernStyle);
    setWindowTitle(tr("Winsock Doctor"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(WelcomePage, createWelcomePage());
    setPage(ScanPage, createScanPage());
    setPage(FindingsPage, createFindingsPage());
    resize(860, 620);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &WizardWindow::showResult);

    if (!initialTarget.isEmpty()) {
        if (initialTarget == QLatin1String("demo"))
            m_targetGroup->button(Demo)->setChecked(true);
        else if (initialTarget == QLatin1String("live"))
            m_targetGroup->button(ThisPc)->setChecked(true);
        else if (initialTarget.startsWith(QLatin1String("offline:"))) {
            m_targetGroup->button(Volume)->setChecked(true);
            m_pathEdit->setText(initialTarget.mid(8));
        } else if (initialTarget.startsWith(QLatin1String("report:"))) {
            m_targetGroup->button(Report)->setChecked(true);
            m_pathEdit->setText(initialTarget.mid(7));
        }
        // A target on the command line starts the scan at once.
        QMetaObject::invokeMethod(this, [this]() { next(); }, Qt::QueuedConnection);
    }
}

WizardWindow::~WizardWindow()
{
    m_cancel.cancel();
    m_watcher.waitForFinished();
}

QWizardPage *WizardWindow::createWelcomePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Welcome to Winsock Doctor"));
    page->setSubTitle(tr("Finds and repairs what breaks the Windows network stack: hijacked Winsock catalogs, "
                         "tampered system files, injected DLLs, bad network drivers and the blue screens they cause."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Which Windows do you want to examine?")));
    m_targetGroup = new QButtonGroup(page);
    const QList<QPair<int, QString>> choices = {
        {ThisPc, tr("This PC")},
        {Volume, tr("A Windows volume (a disk from a PC that does not start)")},
        {Report, tr("A report saved by Winsock Doctor (read-only)")},
        {Demo, tr("The demo PC (a generated broken Windows, safe to repair)")},
    };
    for (const auto &[id, text] : choices) {
        auto *rb = new QRadioButton(text);
        rb->setAccessibleName(text);
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
    m_pathEdit->setPlaceholderText(tr("Folder of the Windows volume, or report file"));
    m_pathEdit->setAccessibleName(tr("Path"));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this]() {
        QString path;
        if (m_targetGroup->checkedId() == Report)
            path = QFileDialog::getOpenFileName(this, tr("Open report"), QString(), tr("Reports (*.json)"));
        else
            path = QFileDialog::getExistingDirectory(this, tr("Root folder of the Windows volume"));
        if (!path.isEmpty())
            m_pathEdit->setText(path);
    });
    row->addWidget(m_pathEdit);
    row->addWidget(browse);
    layout->addLayout(row);
    layout->addStretch();
    return page;
}

QWizardPage *WizardWindow::createScanPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Scanning"));
    page->setSubTitle(tr("Each check reads the system only; nothing is changed."));
    auto *layout = new QVBoxLayout(page);
    m_scanStatus = new QLabel;
    m_scanProgress = new QProgressBar;
    m_scanProgress->setRange(0, 0);
    m_checkList = new QListWidget;
    m_checkList->setAccessibleName(tr("Checks"));
    layout->addWidget(m_scanStatus);
    layout->addWidget(m_scanProgress);
    layout->addWidget(m_checkList);
    return page;
}

QWizardPage *WizardWindow::createFindingsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Findings"));
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_findings = new QTreeWidget;
    m_findings->setHeaderLabels({tr("Severity"), tr("Finding")});
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_findings);
    page->setFinalPage(true);
    return page;
}

QString WizardWindow::targetSpec() const
{
    switch (m_targetGroup->checkedId()) {
    case ThisPc: return QStringLiteral("live");
    case Volume: return QStringLiteral("offline:") + m_pathEdit->text();
    case Report: return QStringLiteral("report:") + m_pathEdit->text();
    default: return QStringLiteral("demo");
    }
}

bool WizardWindow::validateCurrentPage()
{
    if (currentId() == WelcomePage) {
        const int id = m_targetGroup->checkedId();
        if ((id == Volume || id == Report) && m_pathEdit->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Please choose a folder or a report file first."));
            return false;
        }
    }
    if (currentId() == ScanPage)
        return m_scanDone;
    return true;
}

void WizardWindow::initializePage(int id)
{
    if (id == ScanPage)
        startScan();
    QWizard::initializePage(id);
}

void WizardWindow::startScan()
{
    m_scanDone = false;
    m_checkList->clear();
    m_scanProgress->setRange(0, 0);
    m_scanStatus->setText(tr("Opening the target..."));
    const QString spec = targetSpec();
    m_watcher.setFuture(QtConcurrent::run([this, spec]() {
        Expected<TargetSpec> ts = TargetSpec::parse(spec);
        if (!ts) {
            m_result = ScanResult();
            m_result.checks.append({QStringLiteral("target"), tr("Open the target"), QStringLiteral("error"), ts.error().toString(), 0});
            return;
        }
        Expected<OpenedTarget> t = openTarget(*ts);
        if (!t) {
            m_result = ScanResult();
            m_result.checks.append({QStringLiteral("target"), tr("Open the target"), QStringLiteral("error"), t.error().toString(), 0});
            return;
        }
        m_target = std::make_shared<OpenedTarget>(std::move(*t));
        ScanOptions opts;
        m_result = scanTarget(*m_target, opts, m_cancel, [this](const QString &, qint64 done, qint64, const QString &msg) {
            if (done == 0)
                QMetaObject::invokeMethod(this, [this, msg]() {
                    m_scanStatus->setText(tr("Checking: %1").arg(msg));
                    m_checkList->addItem(msg);
                }, Qt::QueuedConnection);
        });
    }));
}

void WizardWindow::showResult()
{
    m_scanDone = true;
    m_scanProgress->setRange(0, 1);
    m_scanProgress->setValue(1);
    m_checkList->clear();
    for (const CheckRun &c : m_result.checks) {
        QString status = c.status == QLatin1String("ok") ? tr("healthy")
                       : c.status == QLatin1String("problems") ? tr("problems found")
                       : c.status == QLatin1String("error") ? tr("could not run: %1").arg(c.message)
                       : tr("skipped");
        m_checkList->addItem(QStringLiteral("%1 — %2").arg(c.title, status));
    }
    m_scanStatus->setText(tr("Scan finished: %n finding(s).", nullptr, int(m_result.findings.size())));
    m_findings->clear();
    for (const Finding &f : m_result.findings) {
        auto *item = new QTreeWidgetItem(m_findings, {severityDisplayName(f.severity), f.title});
        auto *detail = new QTreeWidgetItem(item, {QString(), f.detail});
        detail->setFirstColumnSpanned(false);
    }
    m_findings->expandAll();
    m_summary->setText(m_result.findings.isEmpty() ? tr("No problems were found.")
                                                   : tr("Winsock Doctor found %n problem(s).", nullptr,
                                                        int(m_result.findings.size())));
    if (currentId() == ScanPage)
        next();
    emit scanCompleted();
}

} // namespace wd::ui
