// The seams of the wizard: how a target is scanned, repaired and sampled, chosen per target spec.
// defaultWizardHooks() wires the real engine for every target; tests pass their own (a hook left empty
// falls back to the default).
#pragma once
#include "core/check.h"
#include "core/scan_result.h"
#include "ui/leak_model.h"
#include "ui/repair_service.h"
#include <QList>
#include <QPair>
#include <functional>
#include <memory>

namespace wd {
namespace ui {

struct WizardHooks {
    // Opens SPEC and scans it (on a worker thread). Default: openTarget + scanTarget.
    std::function<Expected<ScanResult>(const QString &spec, const ScanOptions &, const CancelToken &, const ProgressFn &)> scan;
    // The checks the scan will run, shown as rows before they start: (id, title). Default: allChecks().
    std::function<QList<QPair<QString, QString>>(const QString &spec)> plannedChecks;
    std::function<std::shared_ptr<RepairService>(const QString &spec)> repairs;
    std::function<std::shared_ptr<LeakSampler>(const QString &spec)> leakSampler;
};
WizardHooks defaultWizardHooks();

} // namespace ui
} // namespace wd
