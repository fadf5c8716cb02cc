// The repair engine: plan -> preview -> snapshot -> apply -> verify (-> rollback) and undo.
#pragma once
#include "core/error.h"
#include "core/finding.h"
#include "repairs/system_writer.h"
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace wd {

struct RepairOptions {
    QString regFile;               // winsock.restore-backup / winsock.reset (offline): .reg file or snapshot folder
    QStringList services;          // driver.rollback (offline): filter driver services to disable
    QStringList deviceInstances;   // driver.rollback (live): device instance ids to roll back
    QList<Finding> findings;       // evidence of the scan the plan is built from (may be empty)
    QStringList files;             // system.file.restore: only these Windows paths (--file); empty: every flagged one
    QString trustRootsDir;         // system.file.restore: extra PEM trust anchors (--trust-roots), as scan and verify take them
    QStringList drivers;           // verifier.enable: driver image names to verify (--driver)
};

// What one action will do, in full, before anything is touched.
struct ActionPlan {
    QString actionId;
    Text title;
    bool needsElevation = true;
    bool needsReboot = false;
    QList<KeyRef> affectedKeys;    // saved whole into the snapshot
    QStringList affectedFiles;     // Windows paths of files that will change (copied into the snapshot)
    QList<RegChange> changes;
    QList<Text> steps;             // non-registry steps, in words (netsh, DiRollbackDriver); translated when shown
    QList<Text> notes;             // remarks for the user
    QJsonObject data;              // action-private details (e.g. device ids for the live rollback)
    bool nothingToDo() const { return changes.isEmpty() && steps.isEmpty(); }
};

class RepairAction {
public:
    virtual ~RepairAction() = default;
    virtual QString id() const = 0;
    virtual Text title() const = 0;
    virtual bool needsElevation() const { return true; }
    virtual bool needsReboot() const { return false; }
    // Reads the current state and lists the exact changes (the preview). Never writes.
    virtual Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &o) const = 0;
    virtual Expected<void> apply(SystemWriter &w, const ActionPlan &p, const FaultHook &hook) const;
    // Re-reads the state: every planned change must be in place (plus action-specific checks).
    virtual Expected<void> verify(const SystemWriter &w, const ActionPlan &p) const;
    ActionPlan basePlan() const;
};

std::unique_ptr<RepairAction> createRepairAction(const QString &id); // nullptr when unknown
QStringList repairActionIds();
// The repair ids named by findings of severity >= warning, in catalog order, without duplicates.
QStringList repairIdsFromFindings(const QList<Finding> &findings);
// What a verification scan still finds after repairs: one translated line per finding of severity >=
// warning, worst first ("[critical] title (id): what can still be done"). RANIDS are the repairs of
// the run; CRITICAL (optional) receives how many of the findings are critical.
QStringList describeRemaining(const QList<Finding> &after, const QStringList &ranIds, int *critical = nullptr);
// Repairs that only run when the user names them (verifier.enable): never taken from findings.
bool isOptInRepair(const QString &id);
// Repairs the unattended "remediate" plan may run (no user file, no guessing).
QStringList safeDefaultRepairIds(bool live);

// ---------------------------------------------------------------- snapshots

struct SnapshotInfo {
    QString dir;
    QString created;     // ISO 8601 UTC
    QString target;
    QStringList actions;
    QString state;       // prepared | applied | rolled-back | undone
    bool isRun = false;  // a run folder holding one snapshot per action
};

namespace snapshot {
// Writes DIR (keys/*.reg, hives/*, manifest.json), flushes, re-reads and checks every hash.
Expected<void> create(const SystemWriter &w, const QString &dir, const ActionPlan &plan, const QString &targetLabel);
// Reads DIR/manifest.json and checks the SHA-256 of every part.
Expected<QJsonObject> loadVerified(const QString &dir);
Expected<void> setState(const QString &dir, const QString &state, const SystemWriter *w = nullptr);
// Restores the saved state. Offline hives are put back byte for byte when they were not changed
// since the repair; otherwise every saved key is restored from its .reg export. HOW says which.
Expected<void> restore(SystemWriter &w, const QString &dir, QString *how = nullptr, const FaultHook &hook = {});
QList<SnapshotInfo> list(const QString &root);
} // namespace snapshot

// ---------------------------------------------------------------- engine

struct ActionOutcome {
    QString actionId;
    QString snapshotDir;
    bool applied = false;
    bool nothingToDo = false;
    bool needsReboot = false;
};

struct RunOutcome {
    QString runDir;
    QList<ActionOutcome> actions;
    bool rebootRequired = false;
};

struct RunOptions {
    FaultHook hook;        // test seam: steps "snapshot", "change N", "commit X", "applied", "verified", "recorded"
    QString targetLabel;   // recorded in manifests
};

class RepairEngine {
public:
    explicit RepairEngine(SystemWriter &w) : m_w(w) {}
    Expected<QList<ActionPlan>> plan(const QStringList &ids, const RepairOptions &o) const;
    static QString preview(const QList<ActionPlan> &plans);
    // Applies every plan with a snapshot each. Any failure rolls back everything of this run and
    // returns ErrorKind::RepairFailed (exit 4).
    Expected<RunOutcome> run(const QList<ActionPlan> &plans, const RunOptions &opts = {});
    // Undoes a run folder (all its actions, newest first) or one action snapshot folder.
    Expected<QStringList> undo(const QString &dir, const FaultHook &hook = {});

private:
    SystemWriter &m_w;
};

} // namespace wd
