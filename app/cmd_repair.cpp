// winsock-doctor repair ACTION-ID... [--target T] [--dry-run] [--yes] [--file REG] [--service NAME] [--device ID] [--driver NAME]
//                       [--elevate] [--plan REQUEST.json] [--result RESULT.json]
// --plan / --result are the hand-off with a requester that has no administrator rights (the wizard):
// see repairs/elevated_handoff.h.
#include "cli.h"
#include "repair_target.h"
#include "checks/pending_renames.h"
#include "platform/offline_view.h"
#include "platform/targets.h"
#include <QDir>
#include "repairs/elevated_handoff.h"
#include "repairs/engine.h"
#include "repairs/plan_validation.h"
#ifdef Q_OS_WIN
#include "platform/live_windows/elevation.h"
#endif

namespace wd::cli {

int cmdRepair(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Apply repairs. The preview of every change is shown first and a snapshot is saved "
                                                     "before anything is touched; \"undo SNAPSHOT-DIR\" puts everything back."));
    addTargetOption(p, defaultTargetSpec());
    p.addOption(QCommandLineOption(QStringLiteral("dry-run"), translate("wd::cli", "Only show what would change.")));
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("yes"), QStringLiteral("y")}, translate("wd::cli", "Do not ask for confirmation.")));
    p.addOption(QCommandLineOption(QStringLiteral("file"), translate("wd::cli", "The .reg backup or known-good catalog (or a snapshot folder) to restore from; system.file.restore: the one system file to restore (a Windows path such as C:\\Windows\\System32\\ws2_32.dll)."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("trust-roots"), translate("wd::cli", "system.file.restore: also trust the root certificates (PEM) in DIR when verifying the files, as scan and verify do."), QStringLiteral("DIR")));
    p.addOption(QCommandLineOption(QStringLiteral("service"), translate("wd::cli", "driver.rollback: the filter driver service to disable."), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("driver"), translate("wd::cli", "verifier.enable: a driver image name (e.g. ndis.sys) Driver Verifier should check after the restart (repeatable)."), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("device"), translate("wd::cli", "driver.rollback (running Windows): the device instance id to roll back."), QStringLiteral("ID")));
    p.addOption(QCommandLineOption(QStringLiteral("elevate"), translate("wd::cli", "When not running as administrator, ask Windows for administrator rights (UAC prompt) and run the repair in an elevated copy of Winsock Doctor.")));
    p.addOption(QCommandLineOption(QStringLiteral("snapshot-dir"), translate("wd::cli", "Keep the snapshot in DIR instead of the target's snapshot folder."), QStringLiteral("DIR")));
    p.addOption(QCommandLineOption(QStringLiteral("plan"), translate("wd::cli", "Run the repair request in FILE (written by the wizard for the elevated copy); it is refused when its confirmed preview no longer matches."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("result"), translate("wd::cli", "Write the outcome as JSON to FILE."), QStringLiteral("FILE")));
    p.addPositionalArgument(QStringLiteral("ACTION-ID"), translate("wd::cli", "Repairs to run: %1").arg(repairActionIds().join(QStringLiteral(", "))));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("repair"), args, code))
        return code;
    const QString resultFile = p.value(QStringLiteral("result"));
    ResultFile out(ctx, resultFile); // every outcome after this point is also written to --result
    handoff::Result &result = out.result;
    QStringList ids = p.positionalArguments();
    RepairOptions o;
    o.regFile = p.value(QStringLiteral("file"));
    o.trustRootsDir = p.value(QStringLiteral("trust-roots"));
    if (ids.contains(QStringLiteral("system.file.restore"))) {
        if (ids.contains(QStringLiteral("winsock.restore-backup")) && p.isSet(QStringLiteral("file"))) {
            ctx.err << translate("wd::cli", "--file cannot name both the .reg backup and the system file; run the two repairs one after the other.") << Qt::endl;
            return out.done(int(ExitCode::Usage));
        }
        o.files = p.values(QStringLiteral("file"));
    }
    o.services = p.values(QStringLiteral("service"));
    o.deviceInstances = p.values(QStringLiteral("device"));
    o.drivers = p.values(QStringLiteral("driver"));
    QString targetText = p.value(QStringLiteral("target"));
    QString confirmedPreview;
    if (p.isSet(QStringLiteral("plan"))) {
        // The request file alone decides what the elevated copy does (repairs/plan_validation.h).
        for (const char *other : {"target", "file", "trust-roots", "service", "driver", "device", "snapshot-dir", "elevate"})
            if (p.isSet(QLatin1String(other)))
                return out.failed(Error(ErrorKind::Usage, translate("wd::cli", "--plan cannot be combined with --%1: the request file alone says what to repair. Nothing was changed.").arg(QLatin1String(other))));
        if (!ids.isEmpty())
            return out.failed(Error(ErrorKind::Usage, translate("wd::cli", "--plan cannot be combined with repair names: the request file alone says what to repair. Nothing was changed.")));
        Expected<handoff::RepairRequest> req = handoff::loadRequest(p.value(QStringLiteral("plan")));
        if (!req)
            return out.failed(req.error());
        ids = req->actions;
        targetText = req->target;
        o.findings = req->findings;
        o.regFile = req->regFile;
        o.services = req->services;
        o.deviceInstances = req->devices;
        o.drivers = req->drivers;
        confirmedPreview = req->previewSha256;
    }
    if (ids.isEmpty()) {
        ctx.err << translate("wd::cli", "Name at least one repair: %1").arg(repairActionIds().join(QStringLiteral(", "))) << Qt::endl;
        return out.done(int(ExitCode::Usage));
    }
    if (targetText.isEmpty()) {
        ctx.err << translate("wd::cli", "Choose a target with --target (demo or offline:DIR).") << Qt::endl;
        return out.done(int(ExitCode::Usage));
    }
    Expected<RepairTarget> t = openRepairTarget(targetText, p.value(QStringLiteral("snapshot-dir")));
    if (!t)
        return out.failed(t.error());
    noteDemo(ctx, *t);
    RepairEngine engine(*t->writer);
    Expected<QList<ActionPlan>> plans = engine.plan(ids, o);
    if (!plans)
        return out.failed(plans.error());
    if (!confirmedPreview.isEmpty() && handoff::previewDigest(*plans) != confirmedPreview) {
        result.errorKind = QStringLiteral("plan-changed");
        result.error = translate("wd::cli", "The system changed after the preview was shown, so the confirmed changes are no longer "
                                            "the ones that would be made. Nothing was changed; review the new preview and apply again.");
        ctx.err << result.error << Qt::endl;
        return out.done(int(ExitCode::RepairFailed));
    }
    ctx.out << translate("wd::cli", "Planned changes on %1:").arg(t->label) << Qt::endl << RepairEngine::preview(*plans);
    // Files waiting for a restart: the repairs would be judged against files that are about to change.
    if (Expected<std::unique_ptr<SystemView>> v = t->writer->openView(); v)
        for (const Finding &f : pending::pendingRebootFindings(**v))
            ctx.out << translate("wd::cli", "Note: %1 (%2). Restarting Windows before any repair is best; then scan again.").arg(f.title, f.id)
                    << Qt::endl;
    ctx.out.flush();
    bool anything = false;
    bool elevation = false;
    for (const ActionPlan &a : *plans) {
        anything = anything || !a.nothingToDo();
        elevation = elevation || (a.needsElevation && !a.nothingToDo());
    }
    if (p.isSet(QStringLiteral("dry-run")) || !anything) {
        if (!anything)
            ctx.out << translate("wd::cli", "Nothing to do.") << Qt::endl;
        return out.done(0);
    }
    if (elevation && t->writer->isLive() && !t->writer->isElevated()) {
#ifdef Q_OS_WIN
        if (p.isSet(QStringLiteral("elevate"))) {
            if (!p.isSet(QStringLiteral("yes")) && !confirm(ctx, translate("wd::cli", "Apply these changes as administrator?"))) {
                ctx.err << translate("wd::cli", "Not confirmed (use --yes when running without a console). Nothing was changed.") << Qt::endl;
                return out.done(int(ExitCode::Usage));
            }
            // The elevated copy runs the same repair, confirmed, and keeps its own console window.
            QStringList again{QStringLiteral("repair")};
            for (const QString &a : args)
                if (a != QLatin1String("--elevate"))
                    again << a;
            if (!again.contains(QStringLiteral("--yes")))
                again << QStringLiteral("--yes");
            Expected<int> rc = elevation::runElevated(again);
            if (!rc)
                return out.failed(rc.error());
            return resultFile.isEmpty() ? out.done(*rc) : *rc; // the elevated copy wrote --result itself
        }
#endif
        ctx.err << translate("wd::cli", "These repairs change system settings and need administrator rights. Run Winsock Doctor "
                                        "\"as administrator\" and try again. Nothing was changed.") << Qt::endl;
        return out.done(int(ExitCode::NeedsElevation), Error(ErrorKind::NeedsElevation, translate("wd::cli", "These repairs need administrator rights.")));
    }
    if (!p.isSet(QStringLiteral("yes")) && !confirm(ctx, translate("wd::cli", "Apply these changes?"))) {
        ctx.err << translate("wd::cli", "Not confirmed (use --yes when running without a console). Nothing was changed.") << Qt::endl;
        return out.done(int(ExitCode::Usage));
    }
    RunOptions ro;
    ro.targetLabel = t->label;
    Expected<RunOutcome> run = engine.run(*plans, ro);
    for (const ActionPlan &a : *plans)
        result.actions.append({a.actionId, false, a.nothingToDo()});
    if (!run)
        return out.failed(run.error());
    result.runDir = run->runDir;
    result.rebootRequired = run->rebootRequired;
    for (handoff::ActionResult &a : result.actions)
        for (const ActionOutcome &x : run->actions)
            if (x.actionId == a.actionId)
                a.applied = x.applied;
    ctx.out << translate("wd::cli", "Done. Every change was applied and verified.") << Qt::endl;
    // Re-run the checks on the repaired target and say what they still report for these repairs.
    Expected<OpenedTarget> after = Error(ErrorKind::Internal, QString());
    if (t->spec.kind == TargetSpec::Demo && t->scratch) {
        // This process's working copy of the demo, still seen as the demo (its stand-in root counts).
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(t->scratch->path(), QStringLiteral("demo"));
        if (v) {
            OpenedTarget o;
            o.spec = t->spec;
            o.view = std::move(*v);
            o.scratch = t->scratch;
            after = std::move(o);
        }
    } else {
        after = openTarget(t->spec);
    }
    if (after) {
        CancelToken cancel;
        ScanOptions so;
        so.trustRootsDir = o.trustRootsDir;
        const ScanResult rescan = scanTarget(*after, so, cancel);
        int critical = 0;
        const QStringList remaining = describeRemaining(rescan.findings, ids, &critical);
        if (remaining.isEmpty())
            ctx.out << translate("wd::cli", "A new scan finds no remaining problems.") << Qt::endl;
        else {
            ctx.out << (critical > 0 ? translate("wd::cli", "But a new scan still finds %n critical problem(s); everything it still reports and what can still be done:", nullptr, critical)
                                     : translate("wd::cli", "A new scan still reports (a restart may be needed first):"))
                    << Qt::endl;
            for (const QString &l : remaining)
                ctx.out << QStringLiteral("  ") << l << Qt::endl;
        }
    }
    const QString shown = QDir::toNativeSeparators(run->runDir);
    ctx.out << translate("wd::cli", "Snapshot: %1").arg(shown) << Qt::endl;
    ctx.out << translate("wd::cli", "To undo: %1 undo \"%2\" --target %3").arg(ctx.program, shown, t->label) << Qt::endl;
    if (run->rebootRequired)
        ctx.out << translate("wd::cli", "Restart Windows to finish the repair.") << Qt::endl;
    return out.done(0);
}

} // namespace wd::cli
