// What the pages of the wizard share: the hooks, the target scanned and its ScanResult, the repair
// service of that target, the previews of the plan and the outcome of the repairs. WizardWindow owns
// one; every page reads it and writes only its own part (ScanPage the scan, PlanPage the plan,
// ApplyPage the outcome). Which page follows which is decided by WizardWindow alone.
#pragma once
#include "core/scan_result.h"
#include "ui/leak_chart.h"
#include "ui/repair_service.h"
#include "ui/wizard_hooks.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <memory>

class QLabel;
class QWidget;

namespace wd {
namespace ui {
namespace pages {

constexpr int kFindingRole = Qt::UserRole + 1; // findings tree: index into ScanResult::findings (-1: a check's row)
constexpr int kActionRole = Qt::UserRole + 2;  // plan and apply trees: the repair's action id

struct WizardState {
    Q_DECLARE_TR_FUNCTIONS(wd::ui::pages::WizardState)

public:
    WizardHooks hooks;
    ChartBackend chartBackend = ChartBackend::Auto;
    QString lang; // "en" | "zh_CN"
    bool autoAdvance = true; // the scan page moves on by itself when the scan has finished

    // The scan (written by ScanPage).
    QString spec; // the target of the last scan started
    ScanResult result;
    bool scanRunning = false;
    bool scanDone = false;
    bool scanCancelled = false;
    QString scanError; // the target could not be opened
    bool haveResult() const { return scanDone && !scanRunning && scanError.isEmpty(); }
    bool isReadOnly() const { return isReportSpec(spec); }
    std::shared_ptr<RepairService> repairs; // of SPEC, chosen when its scan starts

    // The plan (PlanPage) and the repairs (ApplyPage, ResultPage).
    QList<RepairPreview> previews;
    ApplyOutcome outcome;
    bool applyDone = false;
    bool writing = false; // a repair or an undo is writing to the target: the window does not close

    static bool isReportSpec(const QString &spec);
    // "29 Nov 23:13 — Remove layered service providers (LSPs) from the Winsock catalog" (one repair) or
    // "29 Nov 23:13 — 3 repairs": a snapshot as a person remembers it, short enough for a choice box.
    static QString snapshotLabel(const QDateTime &created, const QStringList &actionIds);
    // The same with every repair named ("29 Nov 23:13 — Remove ..., Disable ..."): tooltips.
    static QString snapshotDescription(const QDateTime &created, const QStringList &actionIds);
    // The repairs of a snapshot by name, joined by commas.
    static QString snapshotRepairNames(const QStringList &actionIds);
    // Writes RESULT as JSON, or as HTML when PATH ends in .html / .htm.
    static Expected<void> saveReport(const ScanResult &result, const QString &path);
    // Asks where, then saves; a failure is shown in a message box over PARENT.
    static void chooseAndSaveReport(QWidget *parent, const ScanResult &result);
};

QLabel *wrapLabel();      // a word-wrapped label
QString formatMs(qint64 ms); // "1.2 s", "12 s"

} // namespace pages
} // namespace ui
} // namespace wd
