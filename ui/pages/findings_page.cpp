#include "ui/pages/findings_page.h"
#include "core/support_code.h"
#include "formats/bugcheck_kb.h"
#include "report/html_report.h"
#include "report/text_report.h"
#include "ui/icons.h"
#include "ui/leak_chart.h"
#include "ui/pages/scan_page.h"
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace wd {
namespace ui {
namespace pages {

namespace {

// Why a family of findings matters, in plain words (shown under the finding's own explanation).
QString whyItMatters(const QString &family)
{
    if (family.startsWith(QLatin1String("winsock")))
        return FindingsPage::tr(
            "Every program that uses the network loads the Winsock providers into its own process. A broken or "
            "hostile provider makes connections fail or programs crash, and when it comes with a kernel driver "
            "(many filtering and security products do) its bugs stop Windows with a blue screen.");
    if (family == QLatin1String("namespace"))
        return FindingsPage::tr(
            "Namespace providers answer name lookups (DNS) for every program. A broken one makes web sites "
            "\"not found\" although the connection works.");
    if (family == QLatin1String("system.file") || family == QLatin1String("signature"))
        return FindingsPage::tr(
            "Windows trusts its own network files. A missing, replaced or unsigned file can be damage, an "
            "incompatible update or malware, and crashes in it bring down every program that uses the network.");
    if (family == QLatin1String("appinit"))
        return FindingsPage::tr(
            "AppInit_DLLs loads a DLL into every program that starts. Malware and old software use it; a faulty "
            "DLL there crashes programs at random and can hook every network call.");
    if (family == QLatin1String("device") || family == QLatin1String("driver.filter"))
        return FindingsPage::tr(
            "Network drivers run inside the Windows kernel. A faulty driver or filter stops the whole system with "
            "a blue screen (for example DRIVER_IRQL_NOT_LESS_OR_EQUAL in ndis.sys or tcpip.sys).");
    if (family == QLatin1String("dump"))
        return FindingsPage::tr(
            "A crash dump is written when Windows stops with a blue screen; the bug check and the driver it names "
            "point at the cause.");
    if (family == QLatin1String("leak"))
        return FindingsPage::tr(
            "A steady leak exhausts handles or kernel pool memory; when the nonpaged pool runs out, network "
            "drivers fail and Windows may stop with a blue screen.");
    if (family == QLatin1String("tcp") || family == QLatin1String("ipv6") || family == QLatin1String("teredo")
        || family == QLatin1String("network"))
        return FindingsPage::tr(
            "Changed TCP/IP settings are left behind by \"speed-up\" tools and VPN software; they cause slow or "
            "failing connections.");
    return {};
}

} // namespace

FindingsPage::FindingsPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    auto *layout = new QVBoxLayout(this);
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
    // A title that does not fit is cut; the whole title is in its tooltip and in the explanation beside it.
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
    connect(m_copy, &QPushButton::clicked, this, &FindingsPage::copyFindings);
    connect(m_save, &QPushButton::clicked, this, [this]() { WizardState::chooseAndSaveReport(this, m_state.result); });
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
    // Time, stop code and suspect driver always whole; the stop code's name (explained below the
    // table) takes the rest and is shortened in the middle when the window is narrow (its tooltip has it all).
    m_dumps->setTextElideMode(Qt::ElideMiddle);
    m_dumps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dumps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_dumpDetail = new QTextBrowser;
    m_dumpDetail->setObjectName(QStringLiteral("dumpDetail"));
    connect(m_dumps, &QTableWidget::currentCellChanged, this, [this](int row) { showDumpDetail(row); });
    dl->addWidget(m_dumpsEmpty);
    dl->addWidget(m_dumps, 2);
    dl->addWidget(m_dumpDetail, 1);
    m_tabs->addTab(dumps, QString());
    // Leak monitor
    m_leak = new LeakMonitorWidget(std::make_shared<UnavailableLeakSampler>(QString()), m_state.chartBackend);
    m_leak->setObjectName(QStringLiteral("leakMonitor"));
    m_tabs->addTab(m_leak, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == TabLeaks)
            activateLeakMonitor();
    });
    layout->addWidget(m_tabs, 1);
}

void FindingsPage::resetLeakMonitor()
{
    // The monitor starts when its tab is first shown: no sampling (or chart work) the user does not look at.
    m_leak->stop();
    m_leakPending = true;
    if (m_tabs->currentIndex() == TabLeaks)
        activateLeakMonitor();
}

void FindingsPage::activateLeakMonitor()
{
    if (!m_leakPending)
        return;
    m_leakPending = false;
    m_leak->setSampler(m_state.hooks.leakSampler(m_state.spec));
    m_leak->start();
}

void FindingsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void FindingsPage::populate()
{
    populateFindings();
    populateDumps();
}

void FindingsPage::populateFindings()
{
    const ScanResult &result = m_state.result;
    m_findings->clear();
    m_detail->clear();
    m_evidence->setRowCount(0);
    const qsizetype problems = std::count_if(result.findings.begin(), result.findings.end(),
                                             [](const Finding &f) { return f.severity >= Severity::Warning; });
    QString summary = problems == 0 ? tr("No problems were found.") : tr("Winsock Doctor found %n problem(s).", nullptr, int(problems));
    if (!result.target.windows.product.isEmpty())
        summary += QLatin1Char(' ') + tr("Windows: %1 (build %2).").arg(result.target.windows.product, result.target.windows.build);
    if (m_state.isReadOnly())
        summary += QLatin1Char(' ') + tr("This is a saved report (read-only).");
    m_summary->setText(summary);
    m_codeLabel->setText(result.supportCode.isEmpty() ? QString() : tr("Support code: <b>%1</b>").arg(result.supportCode));
    // Group by check, in the order the checks ran; findings of unknown checks (target findings) last.
    QStringList order;
    QHash<QString, QString> titles;
    for (const CheckRun &c : result.checks) {
        order << c.id;
        titles.insert(c.id, c.title);
    }
    for (const Finding &f : result.findings)
        if (!order.contains(f.check)) {
            order << f.check;
            titles.insert(f.check, f.check == QLatin1String("target") || f.check.isEmpty() ? tr("Target") : f.check);
        }
    QTreeWidgetItem *firstProblem = nullptr;
    for (const QString &check : order) {
        QList<int> idx;
        for (int i = 0; i < result.findings.size(); ++i)
            if (result.findings[i].check == check)
                idx << i;
        std::stable_sort(idx.begin(), idx.end(), [&result](int a, int b) { return result.findings[a].severity > result.findings[b].severity; });
        QString status;
        for (const CheckRun &c : result.checks)
            if (c.id == check)
                status = c.status;
        auto *group = new QTreeWidgetItem(m_findings);
        Severity worst = Severity::Info;
        for (int i : idx)
            worst = std::max(worst, result.findings[i].severity);
        if (idx.isEmpty() && (status == QLatin1String("ok") || status.isEmpty())) {
            group->setText(0, tr("%1 — healthy").arg(titles.value(check)));
            group->setIcon(0, healthyIcon());
        } else if (idx.isEmpty()) {
            group->setText(0, tr("%1 — %2").arg(titles.value(check), ScanPage::checkStatusText(status, QString())));
        } else {
            group->setText(0, tr("%1 — %n finding(s)", nullptr, int(idx.size())).arg(titles.value(check)));
            group->setIcon(0, worst >= Severity::Warning ? severityIcon(worst) : healthyIcon());
        }
        group->setToolTip(0, group->text(0));
        group->setData(0, kFindingRole, -1);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (int i : idx) {
            const Finding &f = result.findings[i];
            auto *item = new QTreeWidgetItem(group, {f.title});
            item->setIcon(0, severityIcon(f.severity));
            item->setData(0, kFindingRole, i);
            // The whole title (the row may cut it), then its severity and id.
            item->setToolTip(0, QStringLiteral("%1\n%2 · %3").arg(f.title.toString(), severityDisplayName(f.severity), f.id));
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

void FindingsPage::showFindingDetail(QTreeWidgetItem *item)
{
    const ScanResult &result = m_state.result;
    m_evidence->setRowCount(0);
    if (!item) {
        m_detail->clear();
        return;
    }
    const int i = item->data(0, kFindingRole).toInt();
    if (i < 0 || i >= result.findings.size()) {
        m_detail->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                              .arg(htmlEscape(item->text(0)),
                                   htmlEscape(item->childCount() == 0 ? tr("This check found nothing wrong.")
                                                                      : tr("Select a finding to read what it means."))));
        return;
    }
    const Finding &f = result.findings[i];
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
        auto *k = new QTableWidgetItem(it.key());
        k->setToolTip(it.key());
        m_evidence->setItem(row, 0, k);
        auto *v = new QTableWidgetItem(value);
        v->setToolTip(value);
        m_evidence->setItem(row, 1, v);
    }
    m_evidence->resizeColumnToContents(0);
}

void FindingsPage::showDumpDetail(int row)
{
    if (row < 0 || row >= m_state.result.dumps.size()) {
        m_dumpDetail->clear();
        return;
    }
    const QJsonObject d = m_state.result.dumps.at(row).toObject();
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
}

void FindingsPage::populateDumps()
{
    const ScanResult &result = m_state.result;
    m_dumps->setRowCount(0);
    for (const QJsonValue &v : result.dumps) {
        const QJsonObject d = v.toObject();
        const int row = m_dumps->rowCount();
        m_dumps->insertRow(row);
        int col = 0;
        for (const char *key : {"time", "bugcheck", "name", "suspect"}) {
            const QString text = d.value(QLatin1String(key)).toString();
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_dumps->setItem(row, col++, item);
        }
        m_dumps->item(row, 1)->setIcon(severityIcon(Severity::Critical));
    }
    const bool none = result.dumps.isEmpty();
    m_dumpsEmpty->setText(none ? tr("No crash dumps were found: Windows has not recorded a blue screen on this system (or the dumps "
                                    "were deleted).")
                               : tr("%n crash dump(s). Select one to read what the bug check means and which driver is suspected.",
                                    nullptr, int(result.dumps.size())));
    m_dumps->setVisible(!none);
    m_dumpDetail->setVisible(!none);
    if (!none)
        m_dumps->selectRow(0);
}

QString FindingsPage::findingsText() const
{
    return formatScanText(m_state.result);
}

void FindingsPage::copyFindings()
{
    QApplication::clipboard()->setText(findingsText());
}

void FindingsPage::retranslateUi()
{
    setTitle(tr("Findings"));
    setSubTitle(tr("What the scan found, check by check. Select a finding to read what it means."));
    m_tabs->setTabText(TabList, tr("&Findings"));
    m_tabs->setTabText(TabDumps, tr("Crash &dumps"));
    m_tabs->setTabText(TabLeaks, tr("&Leak monitor"));
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
    // The scan's texts again in the new language; nothing is scanned again.
    if (m_state.haveResult())
        populate();
}

} // namespace pages
} // namespace ui
} // namespace wd
