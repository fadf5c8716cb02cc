// The seam between the wizard and the repairs engine. The wizard only talks to this interface; the
// integrator provides an implementation over repairs/ (plan -> preview -> snapshot -> apply -> verify -> undo).
// EngineRepairService (ui/engine_repair_service.h) is that implementation; DemoRepairService is an in-memory
// stand-in kept for the GUI tests that inject failures.
#pragma once
#include "core/cancel.h"
#include "core/error.h"
#include <QDateTime>
#include <QStringList>
#include <functional>
#include <memory>

namespace wd {
namespace ui {

struct RepairPreview {
    QString actionId;        // "winsock.remove-lsp"
    QString title;           // translated
    QStringList changes;     // exact change lines, e.g. "Delete HKLM\...\Catalog_Entries\000000000012"
    bool needsElevation = false;
    bool needsReboot = false;
    QString error;           // translated; non-empty: this action cannot run on this target
    // The repair restores from the backup chosen on the plan page (RepairService::setRestoreFile):
    // "Restore Winsock settings from a backup", and "Reset the Winsock catalog" on a Windows that is not running.
    bool usesBackup = false;
};

struct ApplyStep {
    QString actionId;
    QString title;
    bool ok = false;
    bool rolledBack = false;   // the action failed and its own changes were undone
    bool nothingToDo = false;  // ok, but the plan had nothing it could change (its notes say why)
    QStringList log;           // translated log lines
};

struct ApplyOutcome {
    bool ok = false;
    QString snapshotId;        // undo handle (folder of the snapshot for the real engine)
    QList<ApplyStep> steps;
    bool rebootRequired = false;
    QStringList verification;  // translated lines: what the re-check after the repair found
    QStringList remaining;     // translated lines: every problem the verification scan still finds, and what can still be done
    int remainingCritical = 0; // how many of them are critical
    QString error;             // translated, when !ok
};

struct SnapshotInfo {
    QString id;
    QDateTime created;
    QStringList actions;       // action ids in the snapshot
};

// A Winsock backup of this target: the Winsock keys that an earlier repair saved in its snapshot,
// as a .reg export that "Restore Winsock settings from a backup" can put back.
struct BackupInfo {
    QString file;              // the .reg export inside the snapshot folder
    QString snapshot;          // the snapshot (run) folder
    QDateTime created;
    QStringList actions;       // the repairs of that run (action ids)
};

// Progress of apply/undo: action id, translated log line, actions done, actions total. Called on a worker thread.
using RepairProgressFn = std::function<void(const QString &actionId, const QString &line, int done, int total)>;

class RepairService {
public:
    virtual ~RepairService() = default;
    // Empty when repairs are possible; else a translated reason (read-only report, needs elevation...).
    virtual QString unavailableReason() const = 0;
    virtual QList<RepairPreview> preview(const QStringList &actionIds) = 0;
    // Runs off the GUI thread. Transactional per action; a failed action is rolled back and reported honestly.
    virtual ApplyOutcome apply(const QStringList &actionIds, const CancelToken &cancel, const RepairProgressFn &progress) = 0;
    virtual Expected<QStringList> undo(const QString &snapshotId, const RepairProgressFn &progress) = 0;
    virtual QList<SnapshotInfo> listSnapshots() = 0;
    // The .reg backup that "Restore Winsock settings from a backup" restores (chosen on the plan page);
    // services that cannot restore one ignore it.
    virtual void setRestoreFile(const QString &path) { Q_UNUSED(path); }
    virtual QString restoreFile() const { return {}; }
    // The Winsock backups saved by earlier repairs of this target (newest first), offered as restore files.
    virtual QList<BackupInfo> listBackups() { return {}; }
};

// A repair service that changes nothing: explains why repairs are unavailable (report target, no engine).
class UnavailableRepairService final : public RepairService {
public:
    explicit UnavailableRepairService(QString reason) : m_reason(std::move(reason)) {}
    QString unavailableReason() const override { return m_reason; }
    QList<RepairPreview> preview(const QStringList &) override { return {}; }
    ApplyOutcome apply(const QStringList &, const CancelToken &, const RepairProgressFn &) override;
    Expected<QStringList> undo(const QString &, const RepairProgressFn &) override;
    QList<SnapshotInfo> listSnapshots() override { return {}; }

private:
    QString m_reason;
};

// In-memory repairs for the demo PC and the tests: previews describe the changes the real actions make,
// apply records a snapshot, undo removes it. failAction makes one action fail (and roll back) for tests.
class DemoRepairService final : public RepairService {
public:
    DemoRepairService() = default;
    void setFailingAction(const QString &id) { m_failing = id; }
    void setStepDelayMs(int ms) { m_delayMs = ms; }
    QString unavailableReason() const override { return {}; }
    QList<RepairPreview> preview(const QStringList &actionIds) override;
    ApplyOutcome apply(const QStringList &actionIds, const CancelToken &cancel, const RepairProgressFn &progress) override;
    Expected<QStringList> undo(const QString &snapshotId, const RepairProgressFn &progress) override;
    QList<SnapshotInfo> listSnapshots() override;
    QStringList appliedActions() const; // actions currently in effect (applied and not undone)

private:
    QString m_failing;
    int m_delayMs = 0;
    QList<SnapshotInfo> m_snapshots;
    int m_next = 1;
};

// Repair action display helpers (title from the repair catalog, elevation / reboot needs).
QString repairTitle(const QString &actionId);

} // namespace ui
} // namespace wd
