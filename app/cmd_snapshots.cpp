// winsock-doctor snapshots [--target T]
#include "cli.h"
#include "repair_target.h"
#include "repairs/engine.h"
#include <QDir>

namespace wd::cli {

int cmdSnapshots(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "List the snapshots saved before repairs of a target."));
    addTargetOption(p, defaultTargetSpec());
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("snapshots"), args, code))
        return code;
    if (p.value(QStringLiteral("target")).isEmpty()) {
        ctx.err << translate("wd::cli", "Choose a target with --target (offline:DIR).") << Qt::endl;
        return int(ExitCode::Usage);
    }
    Expected<RepairTarget> t = openRepairTarget(p.value(QStringLiteral("target")));
    if (!t)
        return fail(ctx, t.error());
    const QString root = t->writer->snapshotRoot();
    const QList<SnapshotInfo> list = snapshot::list(root);
    ctx.out << translate("wd::cli", "Snapshots in %1: %2").arg(QDir::toNativeSeparators(root)).arg(list.size()) << Qt::endl;
    for (const SnapshotInfo &s : list)
        ctx.out << QStringLiteral("  %1  %2  %3  %4").arg(s.created, s.state, s.actions.join(QLatin1Char(',')), QDir::toNativeSeparators(s.dir)) << Qt::endl;
    return 0;
}

} // namespace wd::cli
