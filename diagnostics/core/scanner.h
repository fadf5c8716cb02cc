// Runs all checks on a target and produces a ScanResult.
#pragma once
#include "core/check.h"
#include "core/scan_result.h"

namespace wd {

class SystemView;

class Scanner {
public:
    // Runs every check (each failure recorded in result.checks, never aborting the others).
    static ScanResult run(SystemView &system, const ScanOptions &options, const CancelToken &cancel,
                          const ProgressFn &progress = {});
};

} // namespace wd
