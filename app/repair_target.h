// Opening a SystemWriter for the repair commands (repair, undo, snapshots, remediate).
#pragma once
#include "cli.h"
#include "platform/targets.h"
#include "repairs/system_writer.h"
#include <memory>

namespace wd::cli {

struct RepairTarget {
    TargetSpec spec;
    std::unique_ptr<SystemWriter> writer;
    std::shared_ptr<QTemporaryDir> scratch; // demo: this process's working copy of the demo volume
    QString label;
};

// live | offline:DIR | demo. A report target cannot be repaired (Usage). SNAPSHOTDIR overrides
// where snapshots are kept.
Expected<RepairTarget> openRepairTarget(const QString &targetSpec, const QString &snapshotDir = {});
// Prints the demo caveat (fresh copy per process) when the target is the demo.
void noteDemo(Context &ctx, const RepairTarget &t);
// Reads a yes/no answer from stdin; false when stdin is closed or not a yes.
bool confirm(Context &ctx, const QString &question);

} // namespace wd::cli
