// update.pending-reboot: file replacements and servicing that wait for the next restart. Until
// then the running network files are not the ones the update (or a staged repair) installed, and
// every repair judged against them may be judged wrongly: restart first, then scan again.
// Sources: Session Manager PendingFileRenameOperations / PendingFileRenameOperations2 (pairs of
// "\??\source" and "\??\dest" or empty), Windows\WinSxS\pending.xml, and the servicing stack's
// SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending key.
// Offline and live alike: everything is read through SystemView.
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/pending_renames.h"
#include "checks/system_release.h"
#include <QJsonArray>

namespace wd {
namespace {

const QString kCbsRebootPending =
    QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\RebootPending");

class PendingRebootCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("pending-reboot"); }
    Text title() const override { return translate("wd::PendingRebootCheck", "Updates waiting for a restart"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        const QString sysRoot = sys.systemRoot();
        QJsonArray touched;
        QStringList touchedNames;
        int total = 0;
        bool malformed = false;
        for (const char *valueName : {pending::kRenamesValue, pending::kRenamesValue2}) {
            Expected<std::optional<RegValue>> v = sys.value(QLatin1String(pending::kSessionManagerKey), QLatin1String(valueName));
            if (!v)
                return v.error();
            if (!v->has_value())
                continue;
            const pending::RenameList list = pending::decode((*v)->data);
            malformed = malformed || list.malformed;
            total += int(list.ops.size());
            for (const pending::RenameOp &op : list.ops) {
                const QString src = op.sourcePath(), dst = op.destPath();
                const bool hit = isRestorableNetworkFile(src, sysRoot) || (!dst.isEmpty() && isRestorableNetworkFile(dst, sysRoot));
                if (!hit)
                    continue;
                const QString file = dst.isEmpty() ? src : dst;
                touchedNames << file;
                touched.append(QJsonObject{{QStringLiteral("value"), QLatin1String(valueName)},
                                           {QStringLiteral("source"), src},
                                           {QStringLiteral("destination"), dst},
                                           {QStringLiteral("operation"), dst.isEmpty() ? QStringLiteral("delete")
                                                                         : op.replaceExisting() ? QStringLiteral("replace")
                                                                                                : QStringLiteral("rename")}});
            }
        }
        const bool pendingXml = sys.fileExists(sysRoot + QStringLiteral("\\WinSxS\\pending.xml"));
        const bool cbsPending = sys.keyExists(kCbsRebootPending);
        if (touched.isEmpty() && !pendingXml && !cbsPending)
            return {}; // nothing pending, or only renames of files outside the network stack

        Finding f;
        f.id = QStringLiteral("update.pending-reboot");
        f.check = id();
        f.severity = Severity::Warning;
        f.evidence.insert(QStringLiteral("pending_renames"), total);
        f.evidence.insert(QStringLiteral("network_files"), touched);
        f.evidence.insert(QStringLiteral("pending_xml"), pendingXml);
        f.evidence.insert(QStringLiteral("cbs_reboot_pending"), cbsPending);
        if (malformed)
            f.evidence.insert(QStringLiteral("malformed"), true);
        touchedNames.removeDuplicates();
        if (!touched.isEmpty()) {
            f.title = translate("wd::PendingRebootCheck", "%n network system file(s) will be replaced at the next restart", nullptr,
                                int(touchedNames.size()));
            f.detail = translate("wd::PendingRebootCheck",
                                 "Windows has file replacements waiting for a restart that touch the network stack: %1. Until the PC "
                                 "restarts, the files that are running are not the ones that the update (or a repair that staged them) "
                                 "installed, so a scan now may judge the old files. Restart Windows before any repair, then scan "
                                 "again.%2")
                           .arg(touchedNames.join(QStringLiteral(", ")),
                                pendingXml || cbsPending
                                    ? QLatin1Char(' ') + translate("wd::PendingRebootCheck", "Windows servicing also waits for a restart to finish an update.")
                                    : Text());
        } else {
            QStringList servicing;
            if (pendingXml)
                servicing << sysRoot + QStringLiteral("\\WinSxS\\pending.xml");
            if (cbsPending)
                servicing << kCbsRebootPending;
            f.title = translate("wd::PendingRebootCheck", "A Windows update waits for a restart");
            f.detail = translate("wd::PendingRebootCheck",
                                 "Windows servicing has an operation waiting for the next restart (%1). Which files it will replace is "
                                 "not recorded where Winsock Doctor can read it, so the network files that are running may not be the "
                                 "ones the update installed. Restart Windows before any repair, then scan again.")
                           .arg(servicing.join(QStringLiteral(", ")));
        }
        ctx.result.add(f);
        return {};
    }
};

} // namespace

std::unique_ptr<Check> makePendingRebootCheck()
{
    return std::make_unique<PendingRebootCheck>();
}

QList<Finding> pending::pendingRebootFindings(SystemView &sys)
{
    ScanResult res;
    const ScanOptions opts;
    const CancelToken cancel;
    ScanContext ctx{sys, res, opts, cancel, {}};
    PendingRebootCheck check;
    if (Expected<void> r = check.run(ctx); !r)
        return {};
    return res.findings;
}

} // namespace wd
