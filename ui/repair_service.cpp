#include "ui/repair_service.h"
#include "repairs/repair_catalog.h"
#include <QThread>

namespace wd {
namespace ui {

QString repairTitle(const QString &actionId)
{
    const RepairInfo info = repairInfo(actionId);
    return info.id.isEmpty() ? actionId : info.title;
}

ApplyOutcome UnavailableRepairService::apply(const QStringList &, const CancelToken &, const RepairProgressFn &)
{
    ApplyOutcome o;
    o.error = m_reason;
    return o;
}

Expected<QStringList> UnavailableRepairService::undo(const QString &, const RepairProgressFn &)
{
    return Error(ErrorKind::Unsupported, m_reason);
}

namespace {

QStringList demoChanges(const QString &id)
{
    const QString ws = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\Protocol_Catalog9");
    if (id == QLatin1String("winsock.remove-lsp"))
        return {translate("wd::DemoRepairs", "Delete key %1\\Catalog_Entries\\000000000012 (layered provider \"%2\")")
                    .arg(ws, QStringLiteral("C:\\Program Files\\NetShield\\nsp.dll")),
                translate("wd::DemoRepairs", "Delete key %1\\Catalog_Entries64\\000000000012").arg(ws),
                translate("wd::DemoRepairs", "Set %1\\Num_Catalog_Entries = 11 (was 12)").arg(ws),
                translate("wd::DemoRepairs", "Rewrite the protocol chains of 3 entries that pointed at the layered provider")};
    if (id == QLatin1String("winsock.reset"))
        return {translate("wd::DemoRepairs", "Replace %1 with the Windows default catalog (11 base providers)").arg(ws),
                translate("wd::DemoRepairs", "Keep the namespace providers (NameSpace_Catalog5) unchanged")};
    if (id == QLatin1String("appinit.disable"))
        return {translate("wd::DemoRepairs", "Set HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows\\LoadAppInit_DLLs = 0 (was 1)"),
                translate("wd::DemoRepairs", "Set HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Windows\\LoadAppInit_DLLs = 0 (was 1)"),
                translate("wd::DemoRepairs", "Keep the AppInit_DLLs value itself, so the change can be undone")};
    if (id == QLatin1String("driver.rollback"))
        return {translate("wd::DemoRepairs", "Roll back the network adapter driver to the previous version"),
                translate("wd::DemoRepairs", "Remove the extra filter \"nsfilter\" from UpperFilters of the network adapter class")};
    if (id == QLatin1String("tcp.restore-defaults"))
        return {translate("wd::DemoRepairs", "Delete HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters\\TcpWindowSize"),
                translate("wd::DemoRepairs", "Set HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters\\DisabledComponents = 0")};
    if (id == QLatin1String("winsock.restore-backup"))
        return {translate("wd::DemoRepairs", "Import the Winsock catalog from the newest backup")};
    return {translate("wd::DemoRepairs", "Unknown repair action %1").arg(id)};
}

} // namespace

QList<RepairPreview> DemoRepairService::preview(const QStringList &actionIds)
{
    QList<RepairPreview> out;
    for (const QString &id : actionIds) {
        RepairPreview p;
        p.actionId = id;
        const RepairInfo info = repairInfo(id);
        p.title = info.id.isEmpty() ? id : info.title;
        p.needsReboot = info.needsReboot;
        p.needsElevation = true; // every repair writes to HKLM or system folders
        p.changes = demoChanges(id);
        if (info.id.isEmpty())
            p.error = translate("wd::DemoRepairs", "This version of Winsock Doctor does not know the repair \"%1\".").arg(id);
        out.append(p);
    }
    return out;
}

ApplyOutcome DemoRepairService::apply(const QStringList &actionIds, const CancelToken &cancel, const RepairProgressFn &progress)
{
    ApplyOutcome o;
    o.ok = true;
    SnapshotInfo snap;
    snap.id = QStringLiteral("demo-snapshot-%1").arg(m_next++, 3, 10, QLatin1Char('0'));
    snap.created = QDateTime::currentDateTimeUtc();
    const auto say = [&](const QString &id, const QString &line, int done) {
        if (progress)
            progress(id, line, done, int(actionIds.size()));
    };
    say(QString(), translate("wd::DemoRepairs", "Snapshot %1 written and read back (SHA-256 verified).").arg(snap.id), 0);
    int done = 0;
    for (const QString &id : actionIds) {
        ApplyStep step;
        step.actionId = id;
        step.title = repairTitle(id);
        if (cancel.isCancelled()) {
            step.log << translate("wd::DemoRepairs", "Not started: cancelled.");
            o.steps.append(step);
            o.ok = false;
            continue;
        }
        for (const QString &change : demoChanges(id)) {
            if (m_delayMs > 0)
                QThread::msleep(ulong(m_delayMs));
            step.log << translate("wd::DemoRepairs", "Done: %1").arg(change);
            say(id, step.log.last(), done);
        }
        if (id == m_failing) {
            step.log << translate("wd::DemoRepairs", "Failed: the key is locked by another program (access denied).");
            say(id, step.log.last(), done);
            step.log << translate("wd::DemoRepairs", "Rolled back: every change of this action was restored from the snapshot.");
            say(id, step.log.last(), done);
            step.rolledBack = true;
            o.ok = false;
        } else {
            step.ok = true;
            snap.actions.append(id);
            o.rebootRequired = o.rebootRequired || repairInfo(id).needsReboot;
        }
        o.steps.append(step);
        say(id, QString(), ++done);
    }
    if (!snap.actions.isEmpty()) {
        m_snapshots.prepend(snap);
        o.snapshotId = snap.id;
    }
    for (const ApplyStep &s : std::as_const(o.steps))
        o.verification << (s.ok ? translate("wd::DemoRepairs", "Verified: %1 - the problem is gone.").arg(s.title)
                                : translate("wd::DemoRepairs", "Not repaired: %1 - the system is as before.").arg(s.title));
    if (!o.ok)
        o.error = translate("wd::DemoRepairs", "Not every repair succeeded; failed actions were rolled back.");
    return o;
}

Expected<QStringList> DemoRepairService::undo(const QString &snapshotId, const RepairProgressFn &progress)
{
    for (qsizetype i = 0; i < m_snapshots.size(); ++i) {
        if (m_snapshots[i].id != snapshotId)
            continue;
        QStringList log;
        const SnapshotInfo s = m_snapshots.takeAt(i);
        int done = 0;
        for (const QString &a : s.actions) {
            log << translate("wd::DemoRepairs", "Restored the state before \"%1\" (byte-identical).").arg(repairTitle(a));
            if (progress)
                progress(a, log.last(), ++done, int(s.actions.size()));
        }
        return log;
    }
    return Error(ErrorKind::NotFound, translate("wd::DemoRepairs", "There is no snapshot \"%1\".").arg(snapshotId));
}

QList<SnapshotInfo> DemoRepairService::listSnapshots()
{
    return m_snapshots;
}

QStringList DemoRepairService::appliedActions() const
{
    QStringList out;
    for (const SnapshotInfo &s : m_snapshots)
        out += s.actions;
    return out;
}

} // namespace ui
} // namespace wd
