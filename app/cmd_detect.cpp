// winsock-doctor detect [--target T] — Intune Remediations detection script contract:
// exit 1 when a repair is needed (0 otherwise), stdout ONE line of at most 2,048 characters.
#include "cli.h"
#include "platform/targets.h"
#include "repairs/engine.h"

namespace wd::cli {

QString oneLine(QString s)
{
    s.replace(QLatin1Char('\r'), QLatin1Char(' '));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (s.size() > 2048)
        s = s.left(2045) + QStringLiteral("...");
    return s;
}

int cmdDetect(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Fleet detection: prints one line and exits 1 when a repair is needed."));
    addTargetOption(p, defaultTargetSpec());
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("detect"), args, code))
        return code;
    if (p.value(QStringLiteral("target")).isEmpty()) {
        ctx.out << oneLine(translate("wd::cli", "Choose a target with --target.")) << Qt::endl;
        return int(ExitCode::Usage);
    }
    Expected<TargetSpec> spec = TargetSpec::parse(p.value(QStringLiteral("target")));
    if (!spec) {
        ctx.out << oneLine(spec.error().toString()) << Qt::endl;
        return int(spec.error().exitCode());
    }
    Expected<OpenedTarget> target = openTarget(*spec);
    if (!target) {
        ctx.out << oneLine(target.error().toString()) << Qt::endl;
        return int(target.error().exitCode());
    }
    CancelToken cancel;
    const ScanResult result = scanTarget(*target, ScanOptions{}, cancel);
    QStringList problems;
    for (const Finding &f : result.findings)
        if (f.severity >= Severity::Warning && !f.repairs.isEmpty())
            problems << QStringLiteral("%1 (%2)").arg(f.id, f.repairs.join(QLatin1Char('|')));
    if (problems.isEmpty()) {
        ctx.out << oneLine(translate("wd::cli", "Winsock Doctor: no repair needed.")) << Qt::endl;
        return 0;
    }
    ctx.out << oneLine(translate("wd::cli", "Winsock Doctor: %n problem(s) need a repair: %1", nullptr, int(problems.size()))
                           .arg(problems.join(QStringLiteral("; "))))
            << Qt::endl;
    return int(ExitCode::ProblemsFound);
}

} // namespace wd::cli
