// The wizard's repairs over the real engine (repairs/engine.h) for demo, offline and live targets.
// TargetSession keeps what a scan opened (for the demo: the working copy of the demo volume) so that the
// scan, the repairs, the verification scan and undo all act on the same copy.
#pragma once
#include "core/check.h"
#include "core/scan_result.h"
#include "platform/targets.h"
#include "repairs/elevated_handoff.h"
#include "repairs/engine.h"
#include "repairs/system_writer.h"
#include "ui/repair_service.h"
#include <QHash>
#include <QMutex>
#include <memory>
#include <optional>

namespace wd {
namespace ui {

class TargetSession {
public:
    // live | offline:DIR | demo (the demo volume is extracted once, here). Report targets: Usage.
    static Expected<std::shared_ptr<TargetSession>> open(const QString &spec);

    const TargetSpec &spec() const { return m_spec; }
    QString label() const { return m_spec.toString(); }
    QString volumeRoot() const { return m_root; } // offline / demo working copy; empty for live
    // Scans the target as it is now (re-reads every hive; the demo keeps its working copy).
    Expected<ScanResult> scan(const ScanOptions &opts, const CancelToken &cancel, const ProgressFn &progress = {});
    // The findings of the last scan (the evidence the repair plan is built from).
    QList<Finding> lastFindings() const;
    Expected<std::unique_ptr<SystemWriter>> openWriter() const;

private:
    TargetSpec m_spec;
    QString m_root;
    std::shared_ptr<QTemporaryDir> m_scratch;
    mutable QMutex m_mutex;
    QList<Finding> m_lastFindings;
};

// One session per target spec, shared by the scan and repairs hooks of one wizard.
class SessionCache {
public:
    Expected<std::shared_ptr<TargetSession>> get(const QString &spec);

private:
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<TargetSession>> m_sessions;
};

class EngineRepairService final : public RepairService {
public:
    // SESSION is resolved lazily (the demo copy is made by the first scan on its worker thread).
    using SessionFn = std::function<Expected<std::shared_ptr<TargetSession>>()>;
    explicit EngineRepairService(SessionFn session);
    explicit EngineRepairService(std::shared_ptr<TargetSession> session);

    QString unavailableReason() const override;
    QList<RepairPreview> preview(const QStringList &actionIds) override;
    ApplyOutcome apply(const QStringList &actionIds, const CancelToken &cancel, const RepairProgressFn &progress) override;
    Expected<QStringList> undo(const QString &snapshotId, const RepairProgressFn &progress) override;
    QList<SnapshotInfo> listSnapshots() override;
    void setRestoreFile(const QString &path) override;
    QString restoreFile() const override;
    QList<BackupInfo> listBackups() override;

    Expected<std::shared_ptr<TargetSession>> session() const;
    ErrorKind lastErrorKind() const { return m_lastErrorKind; } // of the last failed apply
    std::optional<ScanResult> lastVerificationScan() const;     // the re-scan after the last apply
    // Test seam: consulted after every engine step (see RunOptions::hook); true makes the run fail there.
    void setFaultHook(FaultHook hook) { m_fault = std::move(hook); }

    // Without administrator rights on this PC, apply and undo hand the work to an elevated copy of
    // Winsock Doctor (UAC prompt, only when the user applies): ARGS are its command line ("repair
    // --plan REQUEST --result RESULT --yes" or "undo DIR ... --result RESULT"); the runner waits for it
    // and returns its exit code. Default on Windows: this program through ShellExecuteEx "runas".
    // No runner: repairs that need administrator rights are unavailable.
    using ElevatedRunner = std::function<Expected<int>(const QStringList &args)>;
    void setElevatedRunner(ElevatedRunner runner);
    // Test seam: whether WRITER needs the elevated copy (default: a live target without administrator rights).
    void setNeedsElevatedCopy(std::function<bool(const SystemWriter &)> pred);

private:
    QList<wd::SnapshotInfo> snapshotRuns(); // the target's snapshot runs, oldest first; none when it cannot be opened

    SessionFn m_sessionFn;
    mutable QMutex m_mutex;
    QString m_restoreFile; // the .reg backup chosen for winsock.restore-backup
    mutable std::shared_ptr<TargetSession> m_session;
    mutable std::optional<QString> m_reason; // cached unavailableReason (checked on every page update)
    ErrorKind m_lastErrorKind = ErrorKind::Internal;
    std::optional<ScanResult> m_verification;
    FaultHook m_fault;
    ElevatedRunner m_runner;
    std::function<bool(const SystemWriter &)> m_needsCopy;

    using SayFn = std::function<void(const QString &actionId, const QString &line, int done)>;
    bool canElevate() const;
    bool needsElevatedCopy(const SystemWriter &w) const;
    QString handoffTarget(const TargetSession &s) const;
    // An outcome where none of ACTION_IDS started; every step logs STEP_LINE.
    ApplyOutcome notStarted(const QStringList &actionIds, ErrorKind kind, const QString &message, const QString &stepLine,
                            const SayFn &say);
    void verifyAfterRepair(TargetSession &s, ApplyOutcome &o, const std::function<void(const QString &)> &say);
    // Runs ARGS in the elevated copy with "--result FILE" (and "--plan FILE" holding REQUEST when it is
    // not empty) in a fresh temporary folder, and reads the result back.
    // RESTOREFILE is copied (same name) into the request's folder and named in the request as "file".
    Expected<handoff::Result> runElevatedCopy(QStringList args, QJsonObject request = {}, const QString &restoreFile = {});
    ApplyOutcome applyElevated(const QStringList &actionIds, const QList<ActionPlan> &plans, const QList<Finding> &findings,
                               TargetSession &s, const SayFn &say);
};

} // namespace ui
} // namespace wd
