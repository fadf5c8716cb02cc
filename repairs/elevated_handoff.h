// The hand-off between a process without administrator rights and the elevated copy of Winsock
// Doctor that it starts through UAC ("runas") to apply a repair or an undo. The requesting process
// writes a request file (the actions, the evidence the plan was built from, and the SHA-256 of the
// preview the user confirmed); the elevated copy plans again, refuses when its preview differs from
// the confirmed one, runs the engine and writes a result file that the requester reads back.
#pragma once
#include "core/error.h"
#include "core/finding.h"
#include <QJsonObject>
#include <QStringList>

namespace wd {

struct ActionPlan;

namespace handoff {

inline constexpr const char *kRequestSchema = "winsock-doctor/elevated-request/1";
inline constexpr const char *kResultSchema = "winsock-doctor/elevated-result/1";

struct RepairRequest {
    QString target;           // live | offline:DIR
    QStringList actions;      // repair action ids
    QList<Finding> findings;  // evidence of the scan the preview was built from
    QString regFile;
    QStringList services, devices;
    QStringList drivers;      // verifier.enable
    QString previewSha256;    // of RepairEngine::preview() as confirmed by the user; empty: not checked

    QJsonObject toJson() const;
    static Expected<RepairRequest> fromJson(const QJsonObject &o);
};

struct ActionResult {
    QString actionId;
    bool applied = false;
    bool nothingToDo = false;
};

struct Result {
    bool ok = false;
    int exitCode = 0;
    QString error;            // translated (in the elevated process's language)
    QString errorKind;        // ErrorKind name, or "plan-changed"
    QString runDir;           // snapshot run folder (undo handle)
    bool rebootRequired = false;
    QList<ActionResult> actions;
    QStringList log;          // what was restored (undo)

    QJsonObject toJson() const;
    static Expected<Result> fromJson(const QJsonObject &o);
};

// SHA-256 (hex) of the preview text of PLANS: what the user saw is what the elevated copy runs.
QString previewDigest(const QList<ActionPlan> &plans);
QString errorKindName(ErrorKind k);
ErrorKind errorKindFromName(const QString &name);

// Reads the result the elevated copy wrote to RESULT_FILE after it exited with EXIT_CODE; a missing or
// malformed file is ErrorKind::Internal with a message that says so.
Expected<Result> loadResult(const QString &resultFile, int exitCode);

// Files are written atomically and read with a size limit; malformed files are ErrorKind::Corrupt.
Expected<void> save(const QString &path, const QJsonObject &o);
Expected<QJsonObject> load(const QString &path, const char *schema);

} // namespace handoff
} // namespace wd
