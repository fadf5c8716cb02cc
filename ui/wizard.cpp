#include "formats/bugcheck_kb.h"
#include "ui/wizard.h"
#include "core/brand.h"
#include "ui/about_dialog.h"
#include "ui/brand_ui.h"
#include "core/i18n.h"
#include "core/support_code.h"
#include "platform/targets.h"
#include "report/html_report.h"
#include "report/text_report.h"
#include "ui/engine_repair_service.h"
#include "ui/icons.h"
#include "ui/live_leak_sampler.h"
#include "ui/support_code_dialog.h"
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QSet>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace wd {
namespace ui {

// A page whose completeness is a predicate; touch() re-evaluates it (enables / disables Next).
class WizardPage : public QWizardPage {
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    void touch() { emit completeChanged(); }
};

namespace {

enum TargetChoice { ThisPc = 0, Volume = 1, Report = 2, Demo = 3 };
constexpr int kFindingRole = Qt::UserRole + 1;
constexpr int kActionRole = Qt::UserRole + 2;

bool isReportSpec(const QString &spec)
{
    return spec.startsWith(QLatin1String("report:"));
}

// Why a family of findings matters, in plain words (shown under the finding's own explanation).
QString whyItMatters(const QString &family)
{
    if (family.startsWith(QLatin1String("winsock")))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "Every program that uses the network loads the Winsock providers into its own process. A broken or "
            "hostile provider makes connections fail or programs crash, and when it comes with a kernel driver "
            "(many filtering and security products do) its bugs stop Windows with a blue screen.");
    if (family == QLatin1String("namespace"))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "Namespace providers answer name lookups (DNS) for every program. A broken one makes web sites "
            "\"not found\" although the connection works.");
    if (family == QLatin1String("system.file") || family == QLatin1String("signature"))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "Windows trusts its own network files. A missing, replaced or unsigned file can be damage, an "
            "incompatible update or malware, and crashes in it bring down every program that uses the network.");
    if (family == QLatin1String("appinit"))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "AppInit_DLLs loads a DLL into every program that starts. Malware and old software use it; a faulty "
            "DLL there crashes programs at random and can hook every network call.");
    if (family == QLatin1String("device") || family == QLatin1String("driver.filter"))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "Network drivers run inside the Windows kernel. A faulty driver or filter stops the whole system with "
            "a blue screen (for example DRIVER_IRQL_NOT_LESS_OR_EQUAL in ndis.sys or tcpip.sys).");
    if (family == QLatin1String("dump"))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "A crash dump is written when Windows stops with a blue screen; the bug check and the driver it names "
            "point at the cause.");
    if (family == QLatin1String("leak"))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "A steady leak exhausts handles or kernel pool memory; when the nonpaged pool runs out, network "
            "drivers fail and Windows may stop with a blue screen.");
    if (family == QLatin1String("tcp") || family == QLatin1String("ipv6") || family == QLatin1String("teredo")
        || family == QLatin1String("network"))
        return QCoreApplication::translate("wd::ui::WizardWindow",
            "Changed TCP/IP settings are left behind by \"speed-up\" tools and VPN software; they cause slow or "
            "failing connections.");
    return {};
}

QString checkStatusText(const QString &status, const QString &message)
{
    if (status == QLatin1String("ok"))
        return QCoreApplication::translate("wd::ui::WizardWindow", "healthy");
    if (status == QLatin1String("problems"))
        return QCoreApplication::translate("wd::ui::WizardWindow", "problems found");
    if (status == QLatin1String("error"))
        return QCoreApplication::translate("wd::ui::WizardWindow", "could not run: %1").arg(message);
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("wd::ui::WizardWindow", "cancelled");
    return QCoreApplication::translate("wd::ui::WizardWindow", "skipped");
}

QLabel *wrapLabel(QWidget *parent = nullptr)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    return l;
}

QString formatMs(qint64 ms)
{
    return ms < 10000 ? QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1) : QStringLiteral("%1 s").arg(ms / 1000);
}

} // namespace

// ---- hooks -----------------------------------------------------------------------------------------------------

WizardHooks defaultWizardHooks()
{
    WizardHooks h;
    // The scan and the repairs of one wizard share one session per target: the demo volume is extracted once,
    // so the repairs, the verification scan and undo act on the copy the user saw scanned.
    auto sessions = std::make_shared<SessionCache>();
    h.scan = [sessions](const QString &spec, const ScanOptions &opts, const CancelToken &cancel, const ProgressFn &progress) -> Expected<ScanResult> {
        if (!isReportSpec(spec)) {
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
        if (isReportSpec(spec))
            return out;
        for (const auto &c : allChecks())
            out.append({c->id(), c->title()});
        return out;
    };
    h.repairs = [sessions](const QString &spec) -> std::shared_ptr<RepairService> {
        if (isReportSpec(spec))
            return std::make_shared<UnavailableRepairService>(QCoreApplication::translate("wd::ui::WizardWindow",
                "This is a saved report: it shows what Winsock Doctor found on another PC, and nothing here can change "
                "that PC. Ask the user to run the repair on their own PC."));
        return std::make_shared<EngineRepairService>([sessions, spec]() { return sessions->get(spec); });
    };
    h.leakSampler = [](const QString &spec) -> std::shared_ptr<LeakSampler> {
        if (spec == QLatin1String("demo"))
            return std::make_shared<RecordedLeakSampler>();
        if (isReportSpec(spec))
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
    : QWizard(parent), m_hooks(std::move(hooks)), m_chartBackend(chart)
{
    const WizardHooks defaults = defaultWizardHooks();
    if (!m_hooks.scan) m_hooks.scan = defaults.scan;
    if (!m_hooks.plannedChecks) m_hooks.plannedChecks = defaults.plannedChecks;
    if (!m_hooks.repairs) m_hooks.repairs = defaults.repairs;
    if (!m_hooks.leakSampler) m_hooks.leakSampler = defaults.leakSampler;
    m_lang = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");

    // AeroStyle paints its buttons through DWM, which Wine cannot show; ModernStyle renders everywhere.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePage, createWelcomePage());
    setPage(ScanPage, createScanPage());
    setPage(FindingsPage, createFindingsPage());
    setPage(PlanPage, createPlanPage());
    setPage(ApplyPage, createApplyPage());
    setPage(ResultPage, createResultPage());
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
    connect(&m_scanWatcher, &QFutureWatcherBase::finished, this, &WizardWindow::onScanFinished);
    connect(&m_applyWatcher, &QFutureWatcherBase::finished, this, &WizardWindow::onApplyFinished);
    retranslateUi();

    connect(&m_installWatcher, &QFutureWatcherBase::finished, this, [this]() { showInstallations(m_installWatcher.result()); });
    QString target = initialTarget;
    if (target == QLatin1String("offline:auto")) {
        // The one installation opens at once; with none or several the welcome page lists them.
        const QList<WindowsInstallation> found = findWindowsInstallations();
        m_autoRequested = found.size() != 1;
        showInstallations(found);
        target = found.size() == 1 ? found.first().targetSpec() : QString();
        if (target.isEmpty())
            m_targetGroup->button(Volume)->setChecked(true);
    } else {
        m_installWatcher.setFuture(QtConcurrent::run([]() { return findWindowsInstallations(); }));
    }
    if (!target.isEmpty()) {
        setTargetSpec(target);
        // A target on the command line starts the scan at once.
        QMetaObject::invokeMethod(this, [this]() { next(); }, Qt::QueuedConnection);
    }
}

QStringList WizardWindow::runningWork() const
{
    QStringList out;
    if (m_scanWatcher.isRunning())
        out << QStringLiteral("scan");
    if (m_applyWatcher.isRunning())
        out << QStringLiteral("repair");
    else if (m_applyRunning)
        out << QStringLiteral("undo");
    if (m_installWatcher.isRunning())
        out << QStringLiteral("installations");
    return out;
}

WizardWindow::~WizardWindow()
{
    if (m_cancel)
        m_cancel->cancel();
    m_scanWatcher.waitForFinished();
    m_applyWatcher.waitForFinished();
    m_installWatcher.waitForFinished();
}

void WizardWindow::closeEvent(QCloseEvent *e)
{
    if (m_applyRunning) {
        // Never leave a repair half done: the window stays until the running action has finished or rolled back.
        QMessageBox::information(this, windowTitle(), tr("A repair is running. Please wait until it has finished."));
        e->ignore();
        return;
    }
    if (m_cancel)
        m_cancel->cancel();
    QWizard::closeEvent(e);
}

WizardPage *WizardWindow::createWelcomePage()
{
    auto *page = new WizardPage;
    m_welcome = page;
    page->complete = [this]() {
        const int id = m_targetGroup->checkedId();
        if (id < 0 || !m_targetGroup->button(id)->isEnabled())
            return false;
        return !((id == Volume || id == Report) && m_pathEdit->text().trimmed().isEmpty());
    };
    auto *layout = new QVBoxLayout(page);
    m_targetPrompt = wrapLabel();
    layout->addWidget(m_targetPrompt);
    m_targetGroup = new QButtonGroup(page);
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
        next();
    });
    installBox->addWidget(m_installLabel);
    installBox->addWidget(m_installList);
    auto *installRow = new QHBoxLayout;
    installRow->addSpacing(24);
    installRow->addLayout(installBox, 1);
    layout->addLayout(installRow);
    m_deep = new QCheckBox;
    layout->addWidget(m_deep);
    const auto updatePath = [this, page]() {
        const int id = m_targetGroup->checkedId();
        const bool needsPath = id == Volume || id == Report;
        m_pathEdit->setEnabled(needsPath);
        m_browse->setEnabled(needsPath);
        m_deep->setEnabled(id != Report);
        page->touch();
    };
    connect(m_targetGroup, &QButtonGroup::idToggled, this, updatePath);
    connect(m_pathEdit, &QLineEdit::textChanged, this, updatePath);
    updatePath();
    layout->addStretch();
    auto *bottom = new QHBoxLayout;
    m_langLabel = new QLabel;
    m_langCombo = new QComboBox;
    m_langCombo->setObjectName(QStringLiteral("language"));
    m_langCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_langCombo->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_langCombo->setCurrentIndex(m_lang == QLatin1String("zh_CN") ? 1 : 0);
    m_langLabel->setBuddy(m_langCombo);
    connect(m_langCombo, &QComboBox::activated, this, [this](int i) { setLanguage(m_langCombo->itemData(i).toString()); });
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
    return page;
}

WizardPage *WizardWindow::createScanPage()
{
    auto *page = new WizardPage;
    m_scan = page;
    page->complete = [this]() { return m_scanDone && m_scanError.isEmpty(); };
    auto *layout = new QVBoxLayout(page);
    m_scanStatus = wrapLabel();
    m_scanStatus->setObjectName(QStringLiteral("scanStatus"));
    m_scanProgress = new QProgressBar;
    m_checkTree = new QTreeWidget;
    m_checkTree->setObjectName(QStringLiteral("checkTree"));
    m_checkTree->setColumnCount(3);
    m_checkTree->setRootIsDecorated(false);
    m_checkTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_checkTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_checkTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_checkTree->header()->setStretchLastSection(false);
    m_cancelScan = new QPushButton;
    m_cancelScan->setObjectName(QStringLiteral("cancelScan"));
    connect(m_cancelScan, &QPushButton::clicked, this, &WizardWindow::cancelScan);
    auto *row = new QHBoxLayout;
    row->addWidget(m_scanProgress, 1);
    row->addWidget(m_cancelScan);
    layout->addWidget(m_scanStatus);
    layout->addLayout(row);
    layout->addWidget(m_checkTree, 1);
    m_elapsedTimer = new QTimer(this);
    m_elapsedTimer->setInterval(100);
    connect(m_elapsedTimer, &QTimer::timeout, this, &WizardWindow::tickElapsed);
    return page;
}

WizardPage *WizardWindow::createFindingsPage()
{
    auto *page = new WizardPage;
    m_findingsPage = page;
    auto *layout = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    m_summary = wrapLabel();
    m_summary->setObjectName(QStringLiteral("summary"));
    m_codeLabel = new QLabel;
    m_codeLabel->setObjectName(QStringLiteral("supportCode"));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    top->addWidget(m_summary, 1);
    top->addWidget(m_codeLabel);
    layout->addLayout(top);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("findingsTabs"));
    // Findings
    auto *list = new QWidget;
    auto *ll = new QVBoxLayout(list);
    auto *split = new QSplitter(Qt::Horizontal);
    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("findingsTree"));
    m_findings->setColumnCount(1);
    m_findings->setHeaderHidden(true);
    m_findings->setIconSize(QSize(20, 20));
    m_findings->setWordWrap(true);
    auto *right = new QWidget;
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setOpenLinks(false);
    m_evidenceLabel = new QLabel;
    m_evidence = new QTableWidget(0, 2);
    m_evidence->setObjectName(QStringLiteral("evidence"));
    m_evidence->horizontalHeader()->setStretchLastSection(true);
    m_evidence->verticalHeader()->hide();
    m_evidence->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_evidenceLabel->setBuddy(m_evidence);
    rl->addWidget(m_detail, 3);
    rl->addWidget(m_evidenceLabel);
    rl->addWidget(m_evidence, 2);
    split->addWidget(m_findings);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    ll->addWidget(split, 1);
    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton;
    m_copy->setObjectName(QStringLiteral("copyFindings"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("saveReport"));
    connect(m_copy, &QPushButton::clicked, this, &WizardWindow::copyFindings);
    connect(m_save, &QPushButton::clicked, this, &WizardWindow::chooseAndSaveReport);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_save);
    buttons->addStretch();
    ll->addLayout(buttons);
    connect(m_findings, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *cur) { showFindingDetail(cur); });
    m_tabs->addTab(list, QString());
    // Crash dumps
    auto *dumps = new QWidget;
    auto *dl = new QVBoxLayout(dumps);
    m_dumpsEmpty = wrapLabel();
    m_dumps = new QTableWidget(0, 4);
    m_dumps->setObjectName(QStringLiteral("dumpsTable"));
    m_dumps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_dumps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_dumps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dumps->verticalHeader()->hide();
    m_dumps->horizontalHeader()->setStretchLastSection(true);
    m_dumpDetail = new QTextBrowser;
    m_dumpDetail->setObjectName(QStringLiteral("dumpDetail"));
    connect(m_dumps, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_result.dumps.size()) {
            m_dumpDetail->clear();
            return;
        }
        const QJsonObject d = m_result.dumps.at(row).toObject();
        QStringList params;
        for (const QJsonValue &p : d.value(QStringLiteral("params")).toArray())
            params << p.toString();
        m_dumpDetail->setHtml(QStringLiteral("<h3>%1 %2</h3><p>%3</p><p><b>%4</b> %5<br><b>%6</b> %7<br><b>%8</b> %9</p>")
                                  .arg(htmlEscape(d.value(QStringLiteral("bugcheck")).toString()),
                                       htmlEscape(d.value(QStringLiteral("name")).toString()),
                                       htmlEscape(shownBugcheckExplanation(d)),
                                       htmlEscape(tr("Suspect driver:")), htmlEscape(d.value(QStringLiteral("suspect")).toString()),
                                       htmlEscape(tr("Parameters:")), htmlEscape(params.join(QStringLiteral(", "))),
                                       htmlEscape(tr("File:")), htmlEscape(d.value(QStringLiteral("path")).toString())));
    });
    dl->addWidget(m_dumpsEmpty);
    dl->addWidget(m_dumps, 2);
    dl->addWidget(m_dumpDetail, 1);
    m_tabs->addTab(dumps, QString());
    // Leak monitor
    m_leak = new LeakMonitorWidget(std::make_shared<UnavailableLeakSampler>(QString()), m_chartBackend);
    m_leak->setObjectName(QStringLiteral("leakMonitor"));
    m_tabs->addTab(m_leak, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == FindingsTabLeaks)
            activateLeakMonitor();
    });
    layout->addWidget(m_tabs, 1);
    page->setFinalPage(true);
    return page;
}

WizardPage *WizardWindow::createPlanPage()
{
    auto *page = new WizardPage;
    m_plan = page;
    page->complete = [this]() {
        // Never while a scan reads the target (the re-scan after a language switch).
        return !m_scanRunning && m_repairs && m_repairs->unavailableReason().isEmpty() && m_confirm->isChecked()
               && !selectedActions().isEmpty();
    };
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    m_planIntro = wrapLabel();
    m_planUnavailable = wrapLabel();
    m_planUnavailable->setObjectName(QStringLiteral("planUnavailable"));
    m_actions = new QTreeWidget;
    m_actions->setObjectName(QStringLiteral("actionsTree"));
    m_actions->setColumnCount(2);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_actions->header()->setStretchLastSection(false);
    m_actions->setTextElideMode(Qt::ElideMiddle); // long registry paths: keep both ends; the tooltip has all
    m_actions->setUniformRowHeights(true);
    connect(m_actions, &QTreeWidget::itemChanged, this, [this]() { updatePlanState(); });
    m_rebootNotice = wrapLabel();
    m_rebootNotice->setObjectName(QStringLiteral("rebootNotice"));
    m_elevationNotice = wrapLabel();
    m_confirm = new QCheckBox;
    m_confirm->setObjectName(QStringLiteral("confirmRepairs"));
    connect(m_confirm, &QCheckBox::toggled, this, [this]() { updatePlanState(); });
    layout->addWidget(m_planIntro);
    layout->addWidget(m_planUnavailable);
    layout->addWidget(m_actions, 1);
    layout->addWidget(m_elevationNotice);
    layout->addWidget(m_rebootNotice);
    layout->addWidget(m_confirm);
    return page;
}

WizardPage *WizardWindow::createApplyPage()
{
    auto *page = new WizardPage;
    m_apply = page;
    page->complete = [this]() { return m_applyDone; };
    auto *layout = new QVBoxLayout(page);
    m_applyProgress = new QProgressBar;
    m_applyTree = new QTreeWidget;
    m_applyTree->setObjectName(QStringLiteral("applyTree"));
    m_applyTree->setColumnCount(2);
    m_applyTree->setRootIsDecorated(false);
    m_applyTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_applyTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_applyTree->header()->setStretchLastSection(false);
    m_applyLog = new QPlainTextEdit;
    m_applyLog->setObjectName(QStringLiteral("applyLog"));
    m_applyLog->setReadOnly(true);
    layout->addWidget(m_applyProgress);
    layout->addWidget(m_applyTree, 1);
    layout->addWidget(m_applyLog, 2);
    return page;
}

WizardPage *WizardWindow::createResultPage()
{
    auto *page = new WizardPage;
    m_resultPage = page;
    auto *layout = new QVBoxLayout(page);
    m_resultHeadline = wrapLabel();
    m_resultHeadline->setObjectName(QStringLiteral("resultHeadline"));
    QFont f = m_resultHeadline->font();
    f.setBold(true);
    m_resultHeadline->setFont(f);
    m_verification = new QTextBrowser;
    m_verification->setObjectName(QStringLiteral("verification"));
    m_resultReboot = wrapLabel();
    m_resultCode = new QLabel;
    m_resultCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *undoRow = new QHBoxLayout;
    m_undoLabel = new QLabel;
    m_snapshots = new QComboBox;
    m_snapshots->setObjectName(QStringLiteral("snapshots"));
    m_snapshots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_snapshots->setMinimumContentsLength(24);
    m_undoLabel->setBuddy(m_snapshots);
    m_undo = new QPushButton;
    m_undo->setObjectName(QStringLiteral("undo"));
    m_saveResult = new QPushButton;
    m_saveResult->setObjectName(QStringLiteral("saveReportResult"));
    undoRow->addWidget(m_undoLabel);
    undoRow->addWidget(m_snapshots, 1);
    undoRow->addWidget(m_undo);
    undoRow->addSpacing(16);
    undoRow->addWidget(m_saveResult);
    m_undoLog = new QPlainTextEdit;
    m_undoLog->setObjectName(QStringLiteral("undoLog"));
    m_undoLog->setReadOnly(true);
    m_undoLog->setMaximumHeight(110);
    connect(m_saveResult, &QPushButton::clicked, this, &WizardWindow::chooseAndSaveReport);
    connect(m_undo, &QPushButton::clicked, this, [this]() {
        const QString id = m_snapshots->currentData().toString();
        if (id.isEmpty())
            return;
        if (QMessageBox::question(this, windowTitle(), tr("Undo the repairs of snapshot %1 and restore the previous state?").arg(id))
            != QMessageBox::Yes)
            return;
        // Undo writes to the system like a repair: off the GUI thread, the window stays responsive.
        m_undo->setEnabled(false);
        m_snapshots->setEnabled(false);
        m_undoLog->appendPlainText(tr("Undoing snapshot %1...").arg(id));
        auto service = m_repairs;
        auto *watcher = new QFutureWatcher<Expected<QStringList>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id]() {
            watcher->deleteLater();
            const Expected<QStringList> r = watcher->result();
            showUndoResult(id, r);
            if (!r)
                QMessageBox::warning(this, windowTitle(), r.error().toString());
        });
        m_applyRunning = true; // the window does not close while the undo writes
        watcher->setFuture(QtConcurrent::run([service, id]() { return service->undo(id, {}); }));
    });
    layout->addWidget(m_resultHeadline);
    layout->addWidget(m_verification, 1);
    layout->addWidget(m_resultReboot);
    layout->addWidget(m_resultCode);
    layout->addLayout(undoRow);
    layout->addWidget(m_undoLog);
    return page;
}

// ---- translation -------------------------------------------------------------------------------------------------

void WizardWindow::setLanguage(const QString &lang)
{
    m_lang = installTranslator(*qApp, lang);
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
    // welcome
    m_welcome->setTitle(tr("Welcome to Winsock Doctor"));
    m_welcome->setSubTitle(tr("Finds and repairs what breaks the Windows network stack: hijacked Winsock catalogs, tampered "
                              "system files, injected DLLs, bad network drivers and the blue screens they cause."));
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
    m_deep->setText(tr("D&eep scan: also verify the signature of every system file and driver (slower)"));
    m_langLabel->setText(tr("&Language:"));
    m_langCombo->setAccessibleName(tr("Language"));
    m_codeButton->setText(tr("I have a support &code..."));
    m_codeButton->setAccessibleName(tr("Decode a support code"));
    // scan
    m_scan->setTitle(tr("Scanning"));
    m_scan->setSubTitle(tr("Each check only reads the system; nothing is changed."));
    m_checkTree->setHeaderLabels({tr("Check"), tr("Status"), tr("Time")});
    m_checkTree->setAccessibleName(tr("Checks and their progress"));
    m_scanProgress->setAccessibleName(tr("Scan progress"));
    m_cancelScan->setText(tr("&Stop scan"));
    m_cancelScan->setAccessibleName(tr("Stop the scan"));
    // findings
    m_findingsPage->setTitle(tr("Findings"));
    m_findingsPage->setSubTitle(tr("What the scan found, check by check. Select a finding to read what it means."));
    m_tabs->setTabText(FindingsTabList, tr("&Findings"));
    m_tabs->setTabText(FindingsTabDumps, tr("Crash &dumps"));
    m_tabs->setTabText(FindingsTabLeaks, tr("&Leak monitor"));
    m_findings->setAccessibleName(tr("Findings grouped by check"));
    m_detail->setAccessibleName(tr("Explanation of the selected finding"));
    m_evidenceLabel->setText(tr("E&vidence:"));
    m_evidence->setHorizontalHeaderLabels({tr("Item"), tr("Value")});
    m_evidence->setAccessibleName(tr("Evidence of the selected finding"));
    m_copy->setText(tr("&Copy to clipboard"));
    m_copy->setAccessibleName(tr("Copy the findings as text to the clipboard"));
    m_save->setText(tr("&Save report..."));
    m_save->setAccessibleName(tr("Save the report as JSON or HTML"));
    m_dumps->setHorizontalHeaderLabels({tr("Time"), tr("Bug check"), tr("Name"), tr("Suspect driver")});
    m_dumps->setAccessibleName(tr("Crash dumps"));
    m_dumpDetail->setAccessibleName(tr("Explanation of the selected crash dump"));
    m_codeLabel->setAccessibleName(tr("Support code"));
    // plan
    m_plan->setTitle(tr("Repair plan"));
    m_plan->setSubTitle(tr("Choose the repairs. Nothing changes until you confirm; a snapshot is taken first so that every "
                           "repair can be undone."));
    m_actions->setHeaderLabels({tr("Repair and its exact changes"), tr("Priority")});
    m_actions->setAccessibleName(tr("Repair actions"));
    m_confirm->setText(tr("I have read the changes above. Make them &now."));
    m_confirm->setAccessibleName(tr("Confirm the repairs"));
    m_elevationNotice->setText(tr("Repairs marked with the shield need administrator rights; Windows will ask for them."));
    m_rebootNotice->setText(tr("Some of the chosen repairs take effect only after a restart."));
    // apply
    m_apply->setTitle(tr("Applying repairs"));
    m_apply->setSubTitle(tr("Each repair is applied as a whole or not at all; a failed repair is rolled back."));
    m_applyTree->setHeaderLabels({tr("Repair"), tr("Status")});
    m_applyTree->setAccessibleName(tr("Repairs and their status"));
    m_applyLog->setAccessibleName(tr("Repair log"));
    m_applyProgress->setAccessibleName(tr("Repair progress"));
    // result
    m_resultPage->setTitle(tr("Result"));
    m_resultPage->setSubTitle(tr("What was repaired and verified. Keep the support code for the helpdesk."));
    m_verification->setAccessibleName(tr("Verification result"));
    m_undoLabel->setText(tr("&Undo a repair:"));
    m_snapshots->setAccessibleName(tr("Snapshots"));
    m_undo->setText(tr("U&ndo"));
    m_undo->setAccessibleName(tr("Undo the repairs of the selected snapshot"));
    m_saveResult->setText(tr("&Save report..."));
    m_saveResult->setAccessibleName(tr("Save the report as JSON or HTML"));
    m_undoLog->setAccessibleName(tr("Undo log"));
    // dynamic content: the scan's texts are rendered again in the new language; nothing is scanned again
    if (m_scanDone && !m_scanRunning && m_scanError.isEmpty()) {
        showScanRows();
        populateFindings();
        populateDumps();
    }
    if (m_repairs)
        populatePlan();
    if (m_applyDone)
        populateResult();
}

// ---- target ------------------------------------------------------------------------------------------------------

QString WizardWindow::targetSpec() const
{
    switch (m_targetGroup->checkedId()) {
    case ThisPc: return QStringLiteral("live");
    case Volume: return QStringLiteral("offline:") + m_pathEdit->text().trimmed();
    case Report: return QStringLiteral("report:") + m_pathEdit->text().trimmed();
    default: return QStringLiteral("demo");
    }
}

void WizardWindow::setTargetSpec(const QString &spec)
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

void WizardWindow::showInstallations(const QList<WindowsInstallation> &found)
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

void WizardWindow::retranslateInstallations()
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
        item->setToolTip(0, w.problem);
    }
}

void WizardWindow::setDeepScan(bool on)
{
    m_deep->setChecked(on);
}

bool WizardWindow::isReadOnly() const
{
    return isReportSpec(targetSpec());
}

bool WizardWindow::validateCurrentPage()
{
    if (currentId() == WelcomePage && !m_welcome->isComplete())
        return false;
    return QWizard::validateCurrentPage();
}

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

void WizardWindow::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == ScanPage)
        startScan();
    else if (id == PlanPage)
        populatePlan();
    else if (id == ApplyPage)
        startApply();
    else if (id == ResultPage)
        populateResult();
    // The UAC shield on the commit button when a chosen repair needs elevation.
    if (QAbstractButton *b = button(QWizard::CommitButton))
        b->setIcon(id == PlanPage && !m_elevationNotice->isHidden() ? shieldIcon() : QIcon());
}

// ---- scan ----------------------------------------------------------------------------------------------------------

QTreeWidgetItem *WizardWindow::scanRow(const QString &checkId, const QString &title)
{
    for (int i = 0; i < m_checkTree->topLevelItemCount(); ++i)
        if (m_checkTree->topLevelItem(i)->data(0, Qt::UserRole).toString() == checkId)
            return m_checkTree->topLevelItem(i);
    auto *item = new QTreeWidgetItem(m_checkTree, {title.isEmpty() ? checkId : title, tr("waiting"), QString()});
    item->setData(0, Qt::UserRole, checkId);
    return item;
}

void WizardWindow::startScan()
{
    if (m_scanRunning)
        return;
    m_scanDone = false;
    m_scanCancelled = false;
    m_scanError.clear();
    m_scanRunning = true;
    m_result = ScanResult();
    m_checkTree->clear();
    m_checkClocks.clear();
    const QString spec = targetSpec();
    for (const auto &[id, title] : m_hooks.plannedChecks(spec))
        scanRow(id, title);
    m_scanProgress->setRange(0, std::max(1, m_checkTree->topLevelItemCount()));
    m_scanProgress->setValue(0);
    if (m_checkTree->topLevelItemCount() == 0)
        m_scanProgress->setRange(0, 0);
    m_scanStatus->setText(isReportSpec(spec) ? tr("Opening the report...") : tr("Opening the target..."));
    m_cancelScan->setEnabled(true);
    m_scan->touch();
    // Repairs and leak sampling follow the target.
    m_repairs = m_hooks.repairs(spec);
    m_repairsSpec = spec;
    // The leak monitor starts when its tab is first shown: no sampling (or chart work) the user does not look at.
    m_leak->stop();
    m_leakPending = true;
    if (m_tabs->currentIndex() == FindingsTabLeaks)
        activateLeakMonitor();

    m_cancel = std::make_shared<CancelToken>();
    ScanOptions opts;
    opts.deep = m_deep->isChecked() && m_deep->isEnabled();
    auto cancel = m_cancel;
    auto scan = m_hooks.scan;
    QPointer<WizardWindow> self(this);
    ProgressFn progress = [self](const QString &checkId, qint64 done, qint64 total, const QString &msg) {
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, checkId, done, total, msg]() {
                if (self)
                    self->onProgress(checkId, done, total, msg);
            }, Qt::QueuedConnection);
    };
    m_scanClock.start();
    m_elapsedTimer->start();
    m_scanWatcher.setFuture(QtConcurrent::run([scan, spec, opts, cancel, progress]() { return scan(spec, opts, *cancel, progress); }));
}

void WizardWindow::activateLeakMonitor()
{
    if (!m_leakPending)
        return;
    m_leakPending = false;
    m_leak->setSampler(m_hooks.leakSampler(targetSpec()));
    m_leak->start();
}

void WizardWindow::cancelScan()
{
    if (!m_scanRunning || !m_cancel)
        return;
    m_cancel->cancel();
    m_scanCancelled = true;
    m_cancelScan->setEnabled(false);
    m_scanStatus->setText(tr("Stopping the scan..."));
}

void WizardWindow::onProgress(const QString &checkId, qint64 done, qint64 total, const QString &message)
{
    if (!m_scanRunning)
        return;
    QTreeWidgetItem *row = scanRow(checkId, message);
    if (!m_checkClocks.contains(checkId)) {
        QElapsedTimer t;
        t.start();
        m_checkClocks.insert(checkId, t);
    }
    const bool finished = total > 0 && done >= total;
    if (finished) {
        row->setText(1, tr("done"));
        row->setData(1, Qt::UserRole, true);
        m_checkClocks[checkId].invalidate();
        int doneRows = 0;
        for (int i = 0; i < m_checkTree->topLevelItemCount(); ++i)
            doneRows += m_checkTree->topLevelItem(i)->data(1, Qt::UserRole).toBool() ? 1 : 0;
        if (m_scanProgress->maximum() > 0)
            m_scanProgress->setValue(std::min(doneRows, m_scanProgress->maximum()));
    } else {
        row->setText(1, total > 0 ? tr("running %1%").arg(int(done * 100 / total)) : tr("running"));
        m_scanStatus->setText(tr("Checking: %1").arg(row->text(0)));
        m_checkTree->scrollToItem(row);
    }
}

void WizardWindow::tickElapsed()
{
    if (!m_scanRunning)
        return;
    for (int i = 0; i < m_checkTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_checkTree->topLevelItem(i);
        const QString id = row->data(0, Qt::UserRole).toString();
        auto it = m_checkClocks.find(id);
        if (it != m_checkClocks.end() && it->isValid())
            row->setText(2, formatMs(it->elapsed()));
    }
    m_scanStatus->setToolTip(tr("Elapsed: %1").arg(formatMs(m_scanClock.elapsed())));
    if (m_scanProgress->maximum() == 0 || !m_scanStatus->text().contains(QLatin1Char('(')))
        m_scanProgress->setFormat(QStringLiteral("%p% · ") + formatMs(m_scanClock.elapsed()));
}

void WizardWindow::onScanFinished()
{
    m_elapsedTimer->stop();
    m_scanRunning = false;
    m_scanDone = true;
    m_cancelScan->setEnabled(false);
    Expected<ScanResult> r = m_scanWatcher.result();
    if (!r) {
        m_scanError = r.error().toString();
        m_scanStatus->setText(tr("The target could not be opened: %1").arg(m_scanError));
        m_scanProgress->setRange(0, 1);
        m_scanProgress->setValue(0);
        m_scan->touch();
        m_plan->touch();
        emit scanCompleted();
        return;
    }
    m_result = std::move(*r);
    if (m_result.supportCode.isEmpty())
        m_result.supportCode = SupportCode::encode(m_result);
    m_scanProgress->setRange(0, 1);
    m_scanProgress->setValue(1);
    m_scanProgress->setFormat(QStringLiteral("%p% · ") + formatMs(m_scanClock.elapsed()));
    bool anyCancelled = false;
    for (const CheckRun &c : m_result.checks)
        anyCancelled = anyCancelled || c.status == QLatin1String("cancelled");
    m_scanCancelled = m_scanCancelled || anyCancelled;
    showScanRows();
    populateFindings();
    populateDumps();
    m_scan->touch();
    m_plan->touch();
    if (m_autoAdvance && currentId() == ScanPage)
        next();
    emit scanCompleted();
}

// The scan page's rows and summary from m_result, in the language shown now.
void WizardWindow::showScanRows()
{
    for (const CheckRun &c : m_result.checks) {
        QTreeWidgetItem *row = scanRow(c.id, c.title);
        row->setText(0, c.title);
        row->setText(1, checkStatusText(c.status, c.message));
        row->setText(2, formatMs(c.durationMs));
        Severity worst = Severity::Info;
        for (const Finding &f : m_result.findingsOf(c.id))
            worst = std::max(worst, f.severity);
        if (c.status == QLatin1String("ok"))
            row->setIcon(0, healthyIcon());
        else if (c.status == QLatin1String("problems"))
            row->setIcon(0, severityIcon(worst));
        else if (c.status == QLatin1String("error"))
            row->setIcon(0, severityIcon(Severity::Warning));
    }
    m_scanStatus->setText(m_scanCancelled
                              ? tr("Scan stopped: %n finding(s) so far; the cancelled checks did not run.", nullptr, int(m_result.findings.size()))
                              : tr("Scan finished: %n finding(s).", nullptr, int(m_result.findings.size())));
}

// ---- findings ------------------------------------------------------------------------------------------------------

void WizardWindow::populateFindings()
{
    m_findings->clear();
    m_detail->clear();
    m_evidence->setRowCount(0);
    const qsizetype problems = std::count_if(m_result.findings.begin(), m_result.findings.end(),
                                             [](const Finding &f) { return f.severity >= Severity::Warning; });
    QString summary = problems == 0 ? tr("No problems were found.")
                                    : tr("Winsock Doctor found %n problem(s).", nullptr, int(problems));
    if (!m_result.target.windows.product.isEmpty())
        summary += QLatin1Char(' ') + tr("Windows: %1 (build %2).").arg(m_result.target.windows.product, m_result.target.windows.build);
    if (isReadOnly())
        summary += QLatin1Char(' ') + tr("This is a saved report (read-only).");
    m_summary->setText(summary);
    m_codeLabel->setText(m_result.supportCode.isEmpty() ? QString() : tr("Support code: <b>%1</b>").arg(m_result.supportCode));
    // Group by check, in the order the checks ran; findings of unknown checks (target findings) last.
    QStringList order;
    QHash<QString, QString> titles;
    for (const CheckRun &c : m_result.checks) {
        order << c.id;
        titles.insert(c.id, c.title);
    }
    for (const Finding &f : m_result.findings)
        if (!order.contains(f.check)) {
            order << f.check;
            titles.insert(f.check, f.check == QLatin1String("target") || f.check.isEmpty() ? tr("Target") : f.check);
        }
    QTreeWidgetItem *firstProblem = nullptr;
    for (const QString &check : order) {
        QList<int> idx;
        for (int i = 0; i < m_result.findings.size(); ++i)
            if (m_result.findings[i].check == check)
                idx << i;
        std::stable_sort(idx.begin(), idx.end(), [this](int a, int b) { return m_result.findings[a].severity > m_result.findings[b].severity; });
        QString status;
        for (const CheckRun &c : m_result.checks)
            if (c.id == check)
                status = c.status;
        auto *group = new QTreeWidgetItem(m_findings);
        Severity worst = Severity::Info;
        for (int i : idx)
            worst = std::max(worst, m_result.findings[i].severity);
        if (idx.isEmpty() && (status == QLatin1String("ok") || status.isEmpty())) {
            group->setText(0, tr("%1 — healthy").arg(titles.value(check)));
            group->setIcon(0, healthyIcon());
        } else if (idx.isEmpty()) {
            group->setText(0, tr("%1 — %2").arg(titles.value(check), checkStatusText(status, QString())));
        } else {
            group->setText(0, tr("%1 — %n finding(s)", nullptr, int(idx.size())).arg(titles.value(check)));
            group->setIcon(0, worst >= Severity::Warning ? severityIcon(worst) : healthyIcon());
        }
        group->setData(0, kFindingRole, -1);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (int i : idx) {
            const Finding &f = m_result.findings[i];
            auto *item = new QTreeWidgetItem(group, {f.title});
            item->setIcon(0, severityIcon(f.severity));
            item->setData(0, kFindingRole, i);
            item->setToolTip(0, QStringLiteral("%1 · %2").arg(severityDisplayName(f.severity), f.id));
            item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(severityDisplayName(f.severity), f.title));
            if (!firstProblem)
                firstProblem = item;
        }
        group->setExpanded(true);
    }
    if (firstProblem)
        m_findings->setCurrentItem(firstProblem);
    else if (m_findings->topLevelItemCount() > 0)
        m_findings->setCurrentItem(m_findings->topLevelItem(0));
}

void WizardWindow::showFindingDetail(QTreeWidgetItem *item)
{
    m_evidence->setRowCount(0);
    if (!item) {
        m_detail->clear();
        return;
    }
    const int i = item->data(0, kFindingRole).toInt();
    if (i < 0 || i >= m_result.findings.size()) {
        m_detail->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                              .arg(htmlEscape(item->text(0)),
                                   htmlEscape(item->childCount() == 0 ? tr("This check found nothing wrong.")
                                                                      : tr("Select a finding to read what it means."))));
        return;
    }
    const Finding &f = m_result.findings[i];
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2 · %3</i></p><p>%4</p>")
                       .arg(htmlEscape(f.title), htmlEscape(severityDisplayName(f.severity)), htmlEscape(f.id),
                            htmlEscape(f.detail).replace(QLatin1Char('\n'), QLatin1String("<br>")));
    const QString why = whyItMatters(SupportCode::families().value(SupportCode::familyOf(f.id, f.check)).key);
    if (!why.isEmpty() && f.severity >= Severity::Warning)
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(htmlEscape(tr("Why this can break the network or cause a blue screen")),
                                                              htmlEscape(why));
    if (!f.repairs.isEmpty()) {
        QStringList names;
        for (const QString &r : f.repairs)
            names << repairTitle(r);
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(htmlEscape(tr("Repair:")), htmlEscape(names.join(QStringLiteral("; "))));
    }
    m_detail->setHtml(html);
    for (auto it = f.evidence.begin(); it != f.evidence.end(); ++it) {
        const int row = m_evidence->rowCount();
        m_evidence->insertRow(row);
        QString value;
        if (it.value().isString())
            value = it.value().toString();
        else if (it.value().isDouble())
            value = QString::number(it.value().toDouble(), 'g', 15);
        else if (it.value().isBool())
            value = it.value().toBool() ? tr("yes") : tr("no");
        else if (it.value().isArray())
            value = QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact));
        else if (it.value().isObject())
            value = QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        m_evidence->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_evidence->setItem(row, 1, new QTableWidgetItem(value));
    }
    m_evidence->resizeColumnToContents(0);
}

void WizardWindow::populateDumps()
{
    m_dumps->setRowCount(0);
    for (const QJsonValue &v : m_result.dumps) {
        const QJsonObject d = v.toObject();
        const int row = m_dumps->rowCount();
        m_dumps->insertRow(row);
        m_dumps->setItem(row, 0, new QTableWidgetItem(d.value(QStringLiteral("time")).toString()));
        m_dumps->setItem(row, 1, new QTableWidgetItem(d.value(QStringLiteral("bugcheck")).toString()));
        m_dumps->setItem(row, 2, new QTableWidgetItem(d.value(QStringLiteral("name")).toString()));
        m_dumps->setItem(row, 3, new QTableWidgetItem(d.value(QStringLiteral("suspect")).toString()));
        m_dumps->item(row, 1)->setIcon(severityIcon(Severity::Critical));
    }
    m_dumps->resizeColumnsToContents();
    m_dumps->horizontalHeader()->setStretchLastSection(true);
    const bool none = m_result.dumps.isEmpty();
    m_dumpsEmpty->setText(none ? tr("No crash dumps were found: Windows has not recorded a blue screen on this system (or the dumps "
                                    "were deleted).")
                               : tr("%n crash dump(s). Select one to read what the bug check means and which driver is suspected.",
                                    nullptr, int(m_result.dumps.size())));
    m_dumps->setVisible(!none);
    m_dumpDetail->setVisible(!none);
    if (!none)
        m_dumps->selectRow(0);
}

QString WizardWindow::findingsText() const
{
    return formatScanText(m_result);
}

void WizardWindow::copyFindings()
{
    QApplication::clipboard()->setText(findingsText());
}

void WizardWindow::showFindingsTab(FindingsTab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

Expected<void> WizardWindow::saveReport(const QString &path)
{
    const QByteArray bytes = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
                                 ? formatScanHtml(m_result).toUtf8()
                                 : QJsonDocument(m_result.toJson()).toJson(QJsonDocument::Indented);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, f.errorString()), path);
    return {};
}

void WizardWindow::chooseAndSaveReport()
{
    QString selected;
    const QString json = tr("Report for Winsock Doctor (*.json)");
    const QString html = tr("Web page (*.html)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QStringLiteral("winsock-doctor-report.json"),
                                                json + QStringLiteral(";;") + html, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == html ? QStringLiteral(".html") : QStringLiteral(".json");
    const Expected<void> r = saveReport(path);
    if (!r)
        QMessageBox::warning(this, windowTitle(), r.error().toString());
}

// ---- plan ----------------------------------------------------------------------------------------------------------

void WizardWindow::populatePlan()
{
    const QSignalBlocker block(m_actions);
    m_actions->clear();
    m_previews.clear();
    const QString why = m_repairs ? m_repairs->unavailableReason() : tr("No target was scanned.");
    // Actions proposed by the findings, with the worst severity that asks for each.
    QStringList ids;
    QHash<QString, Severity> worst;
    for (const Finding &f : m_result.findings)
        for (const QString &r : f.repairs) {
            if (!ids.contains(r))
                ids << r;
            worst[r] = std::max(worst.value(r, Severity::Info), f.severity);
        }
    std::stable_sort(ids.begin(), ids.end(), [&worst](const QString &a, const QString &b) { return worst.value(a) > worst.value(b); });
    if (!why.isEmpty()) {
        m_planIntro->setText(ids.isEmpty() ? tr("No repairs are needed.")
                                           : tr("The findings call for %n repair(s):", nullptr, int(ids.size())));
        m_planUnavailable->setText(tr("Repairs are disabled: %1").arg(why));
        m_planUnavailable->show();
        for (const QString &id : ids) {
            auto *item = new QTreeWidgetItem(m_actions, {repairTitle(id), severityDisplayName(worst.value(id))});
            item->setDisabled(true);
        }
        m_confirm->setChecked(false);
        m_confirm->setEnabled(false);
        m_rebootNotice->hide();
        m_elevationNotice->hide();
        m_plan->touch();
        return;
    }
    m_planUnavailable->hide();
    m_planIntro->setText(ids.isEmpty() ? tr("No repairs are needed: the findings need no change to the system.")
                                       : tr("Recommended repairs are selected. Each shows exactly what it will change."));
    m_confirm->setEnabled(!ids.isEmpty());
    m_previews = m_repairs->preview(ids);
    // Each finding's first repair that can run here is its fix; the ones after it are alternatives
    // (e.g. a full Winsock reset instead of removing one LSP) and are not selected for the user.
    QSet<QString> runnable;
    for (const RepairPreview &p : std::as_const(m_previews))
        if (p.error.isEmpty())
            runnable.insert(p.actionId);
    QHash<QString, Severity> primary;
    for (const Finding &f : m_result.findings)
        for (const QString &r : f.repairs)
            if (runnable.contains(r)) {
                primary[r] = std::max(primary.value(r, Severity::Info), f.severity);
                break;
            }
    for (const RepairPreview &p : std::as_const(m_previews)) {
        const Severity s = worst.value(p.actionId);
        const bool isPrimary = primary.contains(p.actionId);
        const bool recommended = isPrimary && primary.value(p.actionId) >= Severity::Error;
        auto *item = new QTreeWidgetItem(m_actions, {p.title, recommended ? tr("recommended")
                                                              : isPrimary || s < Severity::Error ? tr("optional")
                                                                                                 : tr("alternative")});
        item->setData(0, kActionRole, p.actionId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, recommended && p.error.isEmpty() ? Qt::Checked : Qt::Unchecked);
        item->setIcon(0, p.needsElevation ? shieldIcon() : severityIcon(s));
        item->setToolTip(0, p.needsElevation ? tr("Needs administrator rights") : QString());
        if (p.needsReboot)
            item->setText(1, item->text(1) + QStringLiteral(" · ") + tr("restart"));
        for (const QString &c : p.changes) {
            auto *child = new QTreeWidgetItem(item, {c});
            child->setToolTip(0, c);
        }
        if (!p.error.isEmpty()) {
            item->setDisabled(true);
            new QTreeWidgetItem(item, {p.error});
        }
        if (p.actionId == QLatin1String("winsock.restore-backup")) {
            // The backup is chosen here, not on a command line: a .reg export of a healthy PC's Winsock keys.
            const QString current = m_repairs->restoreFile();
            auto *row = new QTreeWidgetItem(item);
            auto *choose = new QPushButton(current.isEmpty() ? tr("Choose the backup (.reg) to restore...")
                                                             : tr("Backup: %1 - choose another...").arg(QFileInfo(current).fileName()));
            choose->setObjectName(QStringLiteral("chooseBackup"));
            choose->setToolTip(current.isEmpty() ? tr("A .reg file with the Winsock keys of a healthy PC (winsock-doctor export, or reg export)")
                                                 : QDir::toNativeSeparators(current));
            connect(choose, &QPushButton::clicked, this, [this]() {
                const QString f = QFileDialog::getOpenFileName(this, tr("Choose a Winsock backup"), QString(),
                                                               tr("Registry files (*.reg);;All files (*)"));
                if (!f.isEmpty())
                    setRestoreFile(f);
            });
            m_actions->setItemWidget(row, 0, choose);
        }
        item->setExpanded(true);
    }
    updatePlanState();
}

void WizardWindow::setRestoreFile(const QString &path)
{
    if (!m_repairs)
        return;
    m_repairs->setRestoreFile(path);
    populatePlan();
    // The person chose a backup for this repair: select it when its preview holds.
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_actions->topLevelItem(i);
        if (item->data(0, kActionRole).toString() == QLatin1String("winsock.restore-backup") && !item->isDisabled())
            item->setCheckState(0, Qt::Checked);
    }
    updatePlanState();
}

QStringList WizardWindow::plannedActions() const
{
    QStringList out;
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        const QString id = m_actions->topLevelItem(i)->data(0, kActionRole).toString();
        if (!id.isEmpty())
            out << id;
    }
    return out;
}

QStringList WizardWindow::selectedActions() const
{
    QStringList out;
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_actions->topLevelItem(i);
        if (it->checkState(0) == Qt::Checked && !it->isDisabled())
            out << it->data(0, kActionRole).toString();
    }
    return out;
}

void WizardWindow::setActionSelected(const QString &id, bool on)
{
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_actions->topLevelItem(i);
        if (it->data(0, kActionRole).toString() == id)
            it->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
    }
    updatePlanState();
}

void WizardWindow::setConfirmed(bool on)
{
    m_confirm->setChecked(on);
}

QString WizardWindow::planExplanation() const
{
    return m_planUnavailable->isVisible() || !m_planUnavailable->isHidden() ? m_planUnavailable->text() : QString();
}

void WizardWindow::updatePlanState()
{
    const QStringList sel = selectedActions();
    bool reboot = false, elevate = false;
    for (const RepairPreview &p : std::as_const(m_previews))
        if (sel.contains(p.actionId)) {
            reboot = reboot || p.needsReboot;
            elevate = elevate || p.needsElevation;
        }
    m_rebootNotice->setVisible(reboot);
    m_elevationNotice->setVisible(elevate);
    if (QAbstractButton *b = button(QWizard::CommitButton))
        b->setIcon(currentId() == PlanPage && elevate ? shieldIcon() : QIcon());
    m_plan->touch();
}

// ---- apply ---------------------------------------------------------------------------------------------------------

void WizardWindow::startApply()
{
    if (m_applyRunning || !m_repairs)
        return;
    m_applying = selectedActions();
    m_applyDone = false;
    m_applyRunning = true;
    m_applyLog->clear();
    m_applyTree->clear();
    for (const QString &id : std::as_const(m_applying)) {
        auto *item = new QTreeWidgetItem(m_applyTree, {repairTitle(id), tr("waiting")});
        item->setData(0, kActionRole, id);
    }
    m_applyProgress->setRange(0, std::max<int>(1, int(m_applying.size())));
    m_applyProgress->setValue(0);
    m_apply->touch();
    QPointer<WizardWindow> self(this);
    RepairProgressFn progress = [self](const QString &id, const QString &line, int done, int total) {
        if (self)
            QMetaObject::invokeMethod(self.data(), [self, id, line, done, total]() {
                if (self)
                    self->onApplyProgress(id, line, done, total);
            }, Qt::QueuedConnection);
    };
    auto service = m_repairs;
    auto cancel = std::make_shared<CancelToken>();
    const QStringList ids = m_applying;
    m_applyWatcher.setFuture(QtConcurrent::run([service, ids, cancel, progress]() { return service->apply(ids, *cancel, progress); }));
}

void WizardWindow::onApplyProgress(const QString &actionId, const QString &line, int done, int total)
{
    if (!line.isEmpty())
        m_applyLog->appendPlainText(line);
    m_applyProgress->setMaximum(std::max(1, total));
    m_applyProgress->setValue(std::min(done, std::max(1, total)));
    for (int i = 0; i < m_applyTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_applyTree->topLevelItem(i);
        if (it->data(0, kActionRole).toString() == actionId && it->text(1) == tr("waiting"))
            it->setText(1, tr("running"));
    }
}

void WizardWindow::onApplyFinished()
{
    m_applyRunning = false;
    m_applyDone = true;
    m_outcome = m_applyWatcher.result();
    m_applyProgress->setValue(m_applyProgress->maximum());
    for (const ApplyStep &s : std::as_const(m_outcome.steps)) {
        for (int i = 0; i < m_applyTree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *it = m_applyTree->topLevelItem(i);
            if (it->data(0, kActionRole).toString() != s.actionId)
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
    if (!m_outcome.error.isEmpty())
        m_applyLog->appendPlainText(m_outcome.error);
    m_apply->touch();
    emit applyCompleted();
}

// ---- result --------------------------------------------------------------------------------------------------------

void WizardWindow::populateResult()
{
    int ok = 0, failed = 0, unchanged = 0;
    for (const ApplyStep &s : std::as_const(m_outcome.steps))
        (s.ok ? (s.nothingToDo ? unchanged : ok) : failed)++;
    // Never "all applied and verified" above a critical problem the verification scan still finds.
    const QString still = m_outcome.remainingCritical > 0
                              ? QLatin1Char(' ') + tr("But the verification scan still finds %n critical problem(s); see \"Still found by the verification scan\" below "
                                                      "for "
                                                      "what can still be done.", nullptr, m_outcome.remainingCritical)
                              : QString();
    const QString idle = unchanged > 0 ? QLatin1Char(' ') + tr("%n repair(s) could change nothing (see below).", nullptr, unchanged) : QString();
    if (failed == 0 && ok > 0)
        m_resultHeadline->setText(tr("All %n repair(s) that had changes to make were applied and verified.", nullptr, ok) + idle + still);
    else if (failed == 0 && unchanged > 0)
        m_resultHeadline->setText(tr("No change was made: the selected repairs had nothing they could change.") + still);
    else if (ok > 0)
        m_resultHeadline->setText(tr("%1 repair(s) succeeded; %2 failed and were rolled back, so that part of the system is as it was.")
                                      .arg(ok)
                                      .arg(failed) + still);
    else
        m_resultHeadline->setText(tr("No repair was applied. %1").arg(m_outcome.error));
    QString html;
    for (const ApplyStep &s : std::as_const(m_outcome.steps)) {
        html += QStringLiteral("<p><b>%1</b> — %2</p><ul>").arg(htmlEscape(s.title), htmlEscape(s.ok ? (s.nothingToDo ? tr("nothing changed") : tr("done")) : s.rolledBack ? tr("failed, rolled back") : tr("not done")));
        for (const QString &l : s.log)
            html += QStringLiteral("<li>%1</li>").arg(htmlEscape(l));
        html += QStringLiteral("</ul>");
    }
    if (!m_outcome.verification.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(htmlEscape(tr("Verification")));
        for (const QString &l : std::as_const(m_outcome.verification))
            html += QStringLiteral("<li>%1</li>").arg(htmlEscape(l));
        html += QStringLiteral("</ul>");
    }
    if (!m_outcome.remaining.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(htmlEscape(tr("Still found by the verification scan")));
        for (const QString &l : std::as_const(m_outcome.remaining))
            html += QStringLiteral("<li>%1</li>").arg(htmlEscape(l));
        html += QStringLiteral("</ul>");
    }
    m_verification->setHtml(html);
    m_resultReboot->setText(m_outcome.rebootRequired ? tr("Restart Windows to finish the repairs. Winsock Doctor never restarts the PC "
                                                          "by itself.")
                                                     : QString());
    m_resultReboot->setVisible(m_outcome.rebootRequired);
    m_resultCode->setText(m_result.supportCode.isEmpty() ? QString()
                                                         : tr("Support code of the scan: <b>%1</b>").arg(m_result.supportCode));
    refreshSnapshots();
}

void WizardWindow::refreshSnapshots()
{
    m_snapshots->clear();
    if (m_repairs)
        for (const SnapshotInfo &s : m_repairs->listSnapshots()) {
            // "29 Nov 23:13 — Remove layered service providers": when and what, as a person remembers it;
            // the snapshot's folder is in the tooltip.
            QStringList names;
            for (const QString &a : s.actions)
                names << repairTitle(a);
            const QString when = QLocale().toString(s.created.toLocalTime(), tr("d MMM HH:mm", "snapshot date; QDateTime format"));
            const QString text = tr("%1 — %2", "snapshot date — repair names").arg(when, names.join(QStringLiteral(", ")));
            m_snapshots->addItem(text, s.id);
            m_snapshots->setItemData(m_snapshots->count() - 1, tr("%1\nSnapshot folder: %2").arg(text, s.id), Qt::ToolTipRole);
        }
    m_undo->setEnabled(m_snapshots->count() > 0);
    m_snapshots->setEnabled(m_snapshots->count() > 0);
}

QStringList WizardWindow::snapshotLabels() const
{
    QStringList out;
    for (int i = 0; i < m_snapshots->count(); ++i)
        out << m_snapshots->itemText(i);
    return out;
}

QStringList WizardWindow::snapshotIds() const
{
    QStringList out;
    for (int i = 0; i < m_snapshots->count(); ++i)
        out << m_snapshots->itemData(i).toString();
    return out;
}

Expected<QStringList> WizardWindow::undoSnapshot(const QString &id)
{
    if (!m_repairs)
        return Error(ErrorKind::Unsupported, tr("No repairs to undo."));
    Expected<QStringList> r = m_repairs->undo(id, {});
    showUndoResult(id, r);
    return r;
}

void WizardWindow::showUndoResult(const QString &id, const Expected<QStringList> &r)
{
    m_applyRunning = false;
    if (r) {
        m_undoLog->appendPlainText(tr("Undone: snapshot %1").arg(id));
        for (const QString &l : *r)
            m_undoLog->appendPlainText(l);
        m_resultHeadline->setText(tr("The repairs of snapshot %1 were undone; the system is as it was before them.").arg(id));
    } else {
        m_undoLog->appendPlainText(r.error().toString());
    }
    refreshSnapshots();
}

} // namespace ui
} // namespace wd
