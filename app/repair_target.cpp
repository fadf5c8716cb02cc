#include "repair_target.h"
#include <QFile>
#include <cstdio>

namespace wd::cli {

Expected<RepairTarget> openRepairTarget(const QString &targetSpec, const QString &snapshotDir)
{
    Expected<TargetSpec> spec = TargetSpec::parse(targetSpec);
    if (!spec)
        return spec.error();
    RepairTarget t;
    t.spec = *spec;
    t.label = spec->toString();
    switch (spec->kind) {
    case TargetSpec::Report:
        return Error(ErrorKind::Usage, translate("wd::cli", "A saved report cannot be repaired; use --target live, offline:DIR or demo."));
    case TargetSpec::Live: {
        Expected<std::unique_ptr<SystemWriter>> w = openLiveWriter(snapshotDir);
        if (!w)
            return w.error();
        t.writer = std::move(*w);
        return t;
    }
    case TargetSpec::Demo: {
        Expected<OpenedTarget> opened = openTarget(*spec);
        if (!opened)
            return opened.error();
        t.scratch = opened->scratch;
        Expected<std::unique_ptr<SystemWriter>> w = openOfflineWriter(opened->offlineRoot(), snapshotDir, QStringLiteral("demo"));
        if (!w)
            return w.error();
        t.writer = std::move(*w);
        return t;
    }
    case TargetSpec::Offline: {
        Expected<std::unique_ptr<SystemWriter>> w = openOfflineWriter(spec->path, snapshotDir);
        if (!w)
            return w.error();
        t.writer = std::move(*w);
        return t;
    }
    }
    return Error(ErrorKind::Usage, translate("wd::cli", "Unknown target."));
}

void noteDemo(Context &ctx, const RepairTarget &t)
{
    if (t.spec.kind == TargetSpec::Demo)
        ctx.err << translate("wd::cli", "Note: the demo target is a fresh copy of the demo PC in every run of the program; "
                                        "changes and snapshots vanish when this command ends (the built-in demo itself never changes).")
                << Qt::endl;
}

bool confirm(Context &ctx, const QString &question)
{
    ctx.out << question << QStringLiteral(" [y/N] ");
    ctx.out.flush();
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return false;
    const QByteArray line = in.readLine(64).trimmed().toLower();
    ctx.out << Qt::endl;
    return line == "y" || line == "yes" || line == QByteArray("j") || line == "ja";
}

} // namespace wd::cli
