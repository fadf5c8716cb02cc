// A Check inspects one area of a target through SystemView and adds Findings and report sections.
#pragma once
#include "core/cancel.h"
#include "core/scan_result.h"
#include <QDateTime>
#include <memory>
#include <vector>

namespace wd {

class SystemView;

struct ScanOptions {
    bool deep = false;              // verify all of System32 + drivers, not only the Winsock-related files
    QDateTime verificationTime;     // signature checks "as of" this time; invalid = now
    QString trustRootsDir;          // extra PEM trust anchors (--trust-roots)
    bool hashes = false;            // the flat SHA-256 of every verified file (--hashes), not only of the listed ones
    bool verificationCache = true;  // reuse verdicts of unchanged files (checks/verification_cache.h); --no-cache: off
};

struct ScanContext {
    SystemView &system;
    ScanResult &result;
    const ScanOptions &options;
    const CancelToken &cancel;
    ProgressFn progress; // may be empty

    void report(const QString &checkId, qint64 done, qint64 total, const QString &msg) const
    {
        if (progress)
            progress(checkId, done, total, msg);
    }
};

class Check {
public:
    virtual ~Check() = default;
    virtual QString id() const = 0;     // stable: "winsock", "namespaces", "appinit", ...
    virtual Text title() const = 0;  // translated when shown
    // Adds findings / sections to ctx.result. A returned Error marks the check as failed
    // (the scan goes on with the other checks and says so).
    virtual Expected<void> run(ScanContext &ctx) = 0;
};

// All checks in the order they run. Checks that verify files run after the ones that list them.
std::vector<std::unique_ptr<Check>> allChecks();

} // namespace wd
