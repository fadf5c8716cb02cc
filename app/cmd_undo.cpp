// winsock-doctor undo SNAPSHOT-DIR [--target T] [--yes] [--result FILE]
#include "cli.h"
#include "repair_target.h"
#include "repairs/elevated_handoff.h"
#include "repairs/engine.h"

namespace wd::cli {

int cmdUndo(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Restore the state saved in a snapshot folder (printed by \"repair\", listed by \"snapshots\")."));
    addTargetOption(p, defaultTargetSpec());
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")}, translate("wd::cli", "Do not ask for confirmation.")));
    p.addOption(QCommandLineOption(QStringLiteral("result"), translate("wd::cli", "Write the outcome as JSON to FILE."), QStringLiteral("FILE")));
    p.addPositionalArgument(QStringLiteral("SNAPSHOT-DIR"), translate("wd::cli", "The snapshot folder."));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("undo"), args, code))
        return code;
    ResultFile out(ctx, p.value(QStringLiteral("result"))); // every outcome after this point is also written to --result
    handoff::Result &result = out.result;
    if (p.positionalArguments().size() != 1) {
        ctx.err << translate("wd::cli", "undo takes exactly one snapshot folder.") << Qt::endl;
        return out.done(int(ExitCode::Usage));
    }
    if (p.value(QStringLiteral("target")).isEmpty()) {
        ctx.err << translate("wd::cli", "Choose a target with --target (offline:DIR).") << Qt::endl;
        return out.done(int(ExitCode::Usage));
    }
    const QString dir = p.positionalArguments().first();
    Expected<RepairTarget> t = openRepairTarget(p.value(QStringLiteral("target")));
    if (!t)
        return out.failed(t.error());
    noteDemo(ctx, *t);
    if (t->writer->isLive() && !t->writer->isElevated()) {
        ctx.err << translate("wd::cli", "Undoing a repair changes system settings and needs administrator rights. Run Winsock Doctor "
                                        "\"as administrator\" and try again. Nothing was changed.") << Qt::endl;
        return out.done(int(ExitCode::NeedsElevation), Error(ErrorKind::NeedsElevation, translate("wd::cli", "Undo needs administrator rights.")));
    }
    if (!p.isSet(QStringLiteral("yes")) && !confirm(ctx, translate("wd::cli", "Restore the state saved in %1?").arg(dir))) {
        ctx.err << translate("wd::cli", "Not confirmed (use --yes when running without a console). Nothing was changed.") << Qt::endl;
        return out.done(int(ExitCode::Usage));
    }
    RepairEngine engine(*t->writer);
    Expected<QStringList> how = engine.undo(dir);
    if (!how)
        return out.failed(how.error());
    ctx.out << translate("wd::cli", "Restored from %1.").arg(dir) << Qt::endl;
    for (const QString &h : *how)
        ctx.out << QStringLiteral("  ") << h << Qt::endl;
    result.runDir = dir;
    result.log = *how;
    return out.done(0);
}

} // namespace wd::cli
