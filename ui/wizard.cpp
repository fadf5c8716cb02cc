#include "ui/wizard.h"
#include "core/brand.h"
#include "ui/about_dialog.h"
#include "ui/brand_ui.h"
#include "core/i18n.h"
#include "platform/targets.h"
#include "ui/engine_repair_service.h"
#include "ui/icons.h"
#include "ui/live_leak_sampler.h"
#include "ui/pages/apply_page.h"
#include "ui/pages/findings_page.h"
#include "ui/pages/plan_page.h"
#include "ui/pages/result_page.h"
#include "ui/pages/scan_page.h"
#include "ui/pages/welcome_page.h"
#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QLocale>
#include <QMessageBox>

namespace wd {
namespace ui {

using pages::WizardState;

// ---- hooks -----------------------------------------------------------------------------------------------------

WizardHooks defaultWizardHooks()
{
    WizardHooks h;
    // The scan and the repairs of one wizard share one session per target: the demo volume is extracted once,
    // so the repairs, the verification scan and undo act on the copy the user saw scanned.
    auto sessions = std::make_shared<SessionCache>();
    h.scan = [sessions](const QString &spec, const ScanOptions &opts, const CancelToken &cancel, const ProgressFn &progress) -> Expected<ScanResult> {
        if (!WizardState::isReportSpec(spec)) {
            Expected<std::shared_ptr<TargetSession>> s = sessions->get(spec);
            if (!s)
                return s.error();
            return (*s)->scan(opts, cancel, progress);
        }
        Expected<TargetSpec> ts = TargetSpec::parse(spec);
        if (!ts)
            return ts.error();
        Expected<OpenedTarget> t = openTarget(*ts);
        if (!t)
            return t.error();
        return scanTarget(*t, opts, cancel, progress);
    };
    h.plannedChecks = [](const QString &spec) {
        QList<QPair<QString, QString>> out;
        if (WizardState::isReportSpec(spec))
            return out;
        for (const auto &c : allChecks())
            out.append({c->id(), c->title()});
        return out;
    };
    h.repairs = [sessions](const QString &spec) -> std::shared_ptr<RepairService> {
        if (WizardState::isReportSpec(spec))
            return std::make_shared<UnavailableRepairService>(QCoreApplication::translate("wd::ui::WizardWindow",
                "This is a saved report: it shows what Winsock Doctor found on another PC, and nothing here can change "
                "that PC. Ask the user to run the repair on their own PC."));
        return std::make_shared<EngineRepairService>([sessions, spec]() { return sessions->get(spec); });
    };
    h.leakSampler = [](const QString &spec) -> std::shared_ptr<LeakSampler> {
        if (spec == QLatin1String("demo"))
            return std::make_shared<RecordedLeakSampler>();
        if (WizardState::isReportSpec(spec))
            return std::make_shared<UnavailableLeakSampler>(QCoreApplication::translate("wd::ui::WizardWindow",
                "a saved report holds no live data; the leak monitor watches a running PC."));
        if (spec.startsWith(QLatin1String("offline:")))
            return std::make_shared<UnavailableLeakSampler>(QCoreApplication::translate("wd::ui::WizardWindow",
                "the Windows on this volume is not running; handle counts and pool usage exist only on a running PC."));
        return makeLiveLeakSampler(); // this PC: the live backend, or why it is unavailable
    };
    return h;
}

// ---- window ----------------------------------------------------------------------------------------------------

WizardWindow::WizardWindow(const QString &initialTarget, WizardHooks hooks, ChartBackend chart, QWidget *parent)
    : QWizard(parent)
{
    const WizardHooks defaults = defaultWizardHooks();
    m_state.hooks = std::move(hooks);
    if (!m_state.hooks.scan) m_state.hooks.scan = defaults.scan;
    if (!m_state.hooks.plannedChecks) m_state.hooks.plannedChecks = defaults.plannedChecks;
    if (!m_state.hooks.repairs) m_state.hooks.repairs = defaults.repairs;
    if (!m_state.hooks.leakSampler) m_state.hooks.leakSampler = defaults.leakSampler;
    m_state.chartBackend = chart;
    m_state.lang = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");

    // AeroStyle paints its buttons through DWM, which Wine cannot show; ModernStyle renders everywhere.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_welcome = new pages::WelcomePage(m_state);
    m_scan = new pages::ScanPage(m_state);
    m_findings = new pages::FindingsPage(m_state);
    m_plan = new pages::PlanPage(m_state);
    m_apply = new pages::ApplyPage(m_state);
    m_result = new pages::ResultPage(m_state);
    setPage(WelcomePage, m_welcome);
    setPage(ScanPage, m_scan);
    setPage(FindingsPage, m_findings);
    setPage(PlanPage, m_plan);
    setPage(ApplyPage, m_apply);
    setPage(ResultPage, m_result);
    // The findings can be the end (nothing to repair, or a saved report); the plan commits the repairs.
    m_findings->setFinalPage(true);
    m_plan->setCommitPage(true);
    setWindowIcon(brand().isBase() ? QIcon(QStringLiteral(":/icons/winsock-doctor.png")) : QIcon(brandLogo(128)));
    applyBrand(*this);
    setOption(QWizard::HaveCustomButton1); // About
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    resize(900, 660);

    connect(m_welcome, &pages::WelcomePage::languageChosen, this, &WizardWindow::setLanguage);
    connect(m_welcome, &pages::WelcomePage::installationActivated, this, &QWizard::next);
    connect(m_scan, &pages::ScanPage::scanStarted, this, [this]() {
        m_findings->resetLeakMonitor();
        m_plan->resetChoices();
    });
    connect(m_scan, &pages::ScanPage::scanFinished, this, &WizardWindow::onScanFinished);
    connect(m_apply, &pages::ApplyPage::applyFinished, this, &WizardWindow::applyCompleted);
    retranslateUi();

    QString target = initialTarget;
    if (target == QLatin1String("offline:auto"))
        target = m_welcome->resolveAuto(); // the one installation, or the list asks
    else
        m_welcome->findInstallations();
    if (!target.isEmpty()) {
        setTargetSpec(target);
        // A target on the command line starts the scan at once.
        QMetaObject::invokeMethod(this, [this]() { next(); }, Qt::QueuedConnection);
    }
}

WizardWindow::~WizardWindow()
{
    m_scan->waitForWork();
    m_apply->waitForWork();
    m_welcome->waitForWork();
}

void WizardWindow::closeEvent(QCloseEvent *e)
{
    if (m_state.writing) {
        // Never leave a repair half done: the window stays until the running action has finished or rolled back.
        QMessageBox::information(this, windowTitle(), tr("A repair is running. Please wait until it has finished."));
        e->ignore();
        return;
    }
    m_scan->cancel();
    QWizard::closeEvent(e);
}

// ---- the page flow -------------------------------------------------------------------------------------------------

int WizardWindow::nextId() const
{
    switch (currentId()) {
    case WelcomePage: return ScanPage;
    case ScanPage: return FindingsPage;
    case FindingsPage: return PlanPage;
    case PlanPage: return ApplyPage;
    case ApplyPage: return ResultPage;
    default: return -1;
    }
}

bool WizardWindow::validateCurrentPage()
{
    // next() from code (a target on the command line, the installation list) does not look at the Next button.
    if (currentId() == WelcomePage && !m_welcome->isComplete())
        return false;
    return QWizard::validateCurrentPage();
}

// What each page is given when it is entered.
void WizardWindow::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ScanPage)
        m_scan->start(m_welcome->targetSpec(), m_welcome->deepScan());
    else if (id == PlanPage)
        m_plan->populate();
    else if (id == ApplyPage)
        m_apply->start(m_plan->selectedActions());
    else if (id == ResultPage)
        m_result->populate();
    // The UAC shield on the commit button when a chosen repair needs elevation.
    if (QAbstractButton *b = button(QWizard::CommitButton))
        b->setIcon(id == PlanPage && m_plan->needsElevation() ? shieldIcon() : QIcon());
}

void WizardWindow::onScanFinished()
{
    if (m_state.scanError.isEmpty())
        m_findings->populate();
    emit m_plan->completeChanged();
    // The findings follow the scan at once.
    if (m_state.autoAdvance && m_state.scanError.isEmpty() && currentId() == ScanPage)
        next();
    emit scanCompleted();
}

// ---- translation -------------------------------------------------------------------------------------------------

void WizardWindow::setLanguage(const QString &lang)
{
    m_state.lang = installTranslator(*qApp, lang);
    // QCoreApplication sends LanguageChange to every widget; changeEvent() re-translates.
}

void WizardWindow::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange) {
        retranslateUi();
        emit languageChanged();
    }
    QWizard::changeEvent(e);
}

void WizardWindow::retranslateUi()
{
    setWindowTitle(tr("Winsock Doctor"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CommitButton, tr("&Apply repairs"));
    setButtonText(QWizard::CustomButton1, tr("A&bout"));
    // Every page renders its texts (and the scan's) again in the new language; nothing is scanned again.
    m_welcome->retranslateUi();
    m_scan->retranslateUi();
    m_findings->retranslateUi();
    m_plan->retranslateUi();
    m_apply->retranslateUi();
    m_result->retranslateUi();
}

// ---- the public API, forwarded to the pages ------------------------------------------------------------------------

QStringList WizardWindow::runningWork() const
{
    QStringList out;
    if (m_scan->isRunning())
        out << QStringLiteral("scan");
    if (m_apply->isRunning())
        out << QStringLiteral("repair");
    else if (m_state.writing)
        out << QStringLiteral("undo");
    if (m_welcome->findingInstallations())
        out << QStringLiteral("installations");
    return out;
}

QString WizardWindow::targetSpec() const { return m_welcome->targetSpec(); }
void WizardWindow::setTargetSpec(const QString &spec) { m_welcome->setTargetSpec(spec); }
QList<WindowsInstallation> WizardWindow::installations() const { return m_welcome->installations(); }
void WizardWindow::showInstallations(const QList<WindowsInstallation> &found) { m_welcome->showInstallations(found); }
void WizardWindow::setDeepScan(bool on) { m_welcome->setDeepScan(on); }
bool WizardWindow::isReadOnly() const { return WizardState::isReportSpec(targetSpec()); }
LeakMonitorWidget *WizardWindow::leakMonitor() const { return m_findings->leakMonitor(); }
void WizardWindow::cancelScan() { m_scan->cancel(); }
QStringList WizardWindow::plannedActions() const { return m_plan->plannedActions(); }
QStringList WizardWindow::selectedActions() const { return m_plan->selectedActions(); }
void WizardWindow::setActionSelected(const QString &id, bool on) { m_plan->setActionSelected(id, on); }
void WizardWindow::setConfirmed(bool on) { m_plan->setConfirmed(on); }
void WizardWindow::setRestoreFile(const QString &path) { m_plan->chooseBackup(QStringLiteral("winsock.restore-backup"), path); }
QString WizardWindow::planExplanation() const { return m_plan->explanation(); }
void WizardWindow::showFindingsTab(FindingsTab tab) { m_findings->showTab(pages::FindingsPage::Tab(tab)); }
QString WizardWindow::findingsText() const { return m_findings->findingsText(); }
void WizardWindow::copyFindings() { m_findings->copyFindings(); }
Expected<void> WizardWindow::saveReport(const QString &path) { return WizardState::saveReport(m_state.result, path); }
QStringList WizardWindow::snapshotIds() const { return m_result->snapshotIds(); }
QStringList WizardWindow::snapshotLabels() const { return m_result->snapshotLabels(); }
Expected<QStringList> WizardWindow::undoSnapshot(const QString &id) { return m_result->undoSnapshot(id); }

} // namespace ui
} // namespace wd
