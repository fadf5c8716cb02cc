// winsock-doctor remediate [--target T] — Intune Remediations remediation script contract: runs the
// safe default plan for what the scan found, non-interactively, with a snapshot; never reboots.
// stdout ONE line of at most 2,048 characters; exit 0 repaired (or nothing to do), 4 failed and
// rolled back, 5 not elevated.
// --include ACTION adds a repair that is not in the safe default set (driver.rollback,
// winsock.restore-backup...) when the scan names it; --exclude ACTION leaves one out.
#include "cli.h"
#include "platform/targets.h"
#include "repair_target.h"
#include "repairs/engine.h"

namespace wd::cli {

QString oneLine(QString s); // cmd_detect.cpp

int cmdRemediate(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Fleet remediation: runs the safe repairs for what a scan finds, without questions."));
    addTargetOption(p, defaultTargetSpec());
    p.addOption(QCommandLineOption(QStringLiteral("include"), translate("wd::cli", "Also run ACTION when the scan names it (repeatable; e.g. driver.rollback)."), QStringLiteral("ACTION")));
    p.addOption(QCommandLineOption(QStringLiteral("exclude"), translate("wd::cli", "Never run ACTION (repeatable)."), QStringLiteral("ACTION")));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("remediate"), args, code))
        return code;
    const QStringList known = repairActionIds();
    for (const QString &a : p.values(QStringLiteral("include")) + p.values(QStringLiteral("exclude")))
        if (!known.contains(a)) {
            ctx.out << oneLine(translate("wd::cli", "Unknown repair \"%1\"; known: %2").arg(a, known.join(QStringLiteral(", ")))) << Qt::endl;
            return int(ExitCode::Usage);
        }
    if (p.value(QStringLiteral("target")).isEmpty()) {
        ctx.out << oneLine(translate("wd::cli", "Choose a target with --target.")) << Qt::endl;
        return int(ExitCode::Usage);
    }
    Expected<RepairTarget> t = openRepairTarget(p.value(QStringLiteral("target")));
    if (!t) {
        ctx.out << oneLine(t.error().toString()) << Qt::endl;
        return int(t.error().exitCode());
    }
    // Scan the same volume the writer changes (the demo's working copy, not a second copy).
    TargetSpec scanSpec = t->spec;
    if (t->spec.kind == TargetSpec::Demo && t->scratch) {
        scanSpec.kind = TargetSpec::Offline;
        scanSpec.path = t->scratch->path();
    }
    Expected<OpenedTarget> target = openTarget(scanSpec);
    if (!target) {
        ctx.out << oneLine(target.error().toString()) << Qt::endl;
        return int(target.error().exitCode());
    }
    CancelToken cancel;
    const ScanResult result = scanTarget(*target, ScanOptions{}, cancel);
    const QStringList safe = safeDefaultRepairIds(t->writer->isLive());
    QStringList allowed = safe + p.values(QStringLiteral("include"));
    for (const QString &x : p.values(QStringLiteral("exclude")))
        allowed.removeAll(x);
    QStringList ids;
    for (const QString &id : repairIdsFromFindings(result.findings))
        if (allowed.contains(id))
            ids << id;
    if (ids.isEmpty()) {
        ctx.out << oneLine(translate("wd::cli", "Winsock Doctor: nothing to remediate.")) << Qt::endl;
        return 0;
    }
    if (t->writer->isLive() && !t->writer->isElevated()) {
        ctx.out << oneLine(translate("wd::cli", "Winsock Doctor: remediation needs administrator rights (run as SYSTEM or elevated).")) << Qt::endl;
        return int(ExitCode::NeedsElevation);
    }
    RepairOptions o;
    o.findings = result.findings;
    RepairEngine engine(*t->writer);
    // An included (non-default) repair that the scan's evidence cannot plan is skipped, not fatal.
    QStringList skipped;
    for (const QString &id : p.values(QStringLiteral("include"))) {
        if (!ids.contains(id) || safe.contains(id))
            continue;
        if (Expected<QList<ActionPlan>> one = engine.plan({id}, o); !one && one.error().kind == ErrorKind::Usage) {
            ids.removeAll(id);
            skipped << translate("wd::cli", "%1 skipped: %2").arg(id, one.error().message);
        }
    }
    if (ids.isEmpty()) {
        ctx.out << oneLine(translate("wd::cli", "Winsock Doctor: nothing to remediate.") + QLatin1Char(' ') + skipped.join(QLatin1Char(' '))) << Qt::endl;
        return 0;
    }
    Expected<QList<ActionPlan>> plans = engine.plan(ids, o);
    if (!plans) {
        ctx.out << oneLine(plans.error().toString()) << Qt::endl;
        return int(plans.error().exitCode());
    }
    RunOptions ro;
    ro.targetLabel = t->label;
    Expected<RunOutcome> run = engine.run(*plans, ro);
    if (!run) {
        ctx.out << oneLine(run.error().toString()) << Qt::endl;
        return int(run.error().exitCode());
    }
    QString line = translate("wd::cli", "Winsock Doctor: repaired %1; snapshot %2.").arg(ids.join(QStringLiteral(", ")), run->runDir);
    if (run->rebootRequired)
        line += QLatin1Char(' ') + translate("wd::cli", "A restart is needed to finish (not done automatically).");
    for (const QString &x : skipped)
        line += QLatin1Char(' ') + x;
    ctx.out << oneLine(line) << Qt::endl;
    return 0;
}

} // namespace wd::cli
