#include "core/scanner.h"
#include "core/i18n.h"
#include "core/support_code.h"
#include "platform/system_view.h"
#include <QElapsedTimer>

namespace wd {

ScanResult Scanner::run(SystemView &system, const ScanOptions &options, const CancelToken &cancel,
                        const ProgressFn &progress)
{
    ScanResult result;
    result.target = system.info();
    result.started = QDateTime::currentDateTimeUtc();
    result.language = currentLanguage();
    QElapsedTimer total;
    total.start();
    for (const Finding &f : system.targetFindings())
        result.add(f);

    ScanContext ctx{system, result, options, cancel, progress};
    for (auto &check : allChecks()) {
        CheckRun run;
        run.id = check->id();
        run.title = check->title();
        if (cancel.isCancelled()) {
            run.status = QStringLiteral("cancelled");
            result.checks.append(run);
            continue;
        }
        ctx.report(run.id, 0, 0, run.title);
        QElapsedTimer t;
        t.start();
        const qsizetype before = result.findings.size();
        Expected<void> r = check->run(ctx);
        run.durationMs = t.elapsed();
        if (!r) {
            run.status = r.error().kind == ErrorKind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("error");
            run.message = r.error().toString();
            if (r.error().kind != ErrorKind::Cancelled) {
                Finding f;
                f.id = run.id + QStringLiteral(".check-failed");
                f.check = run.id;
                f.severity = Severity::Warning;
                f.title = translate("wd::Scanner", "The check \"%1\" could not run").arg(run.title);
                f.detail = translate("wd::Scanner", "%1 The other checks still ran; this part of the system was not examined.")
                               .arg(run.message);
                f.evidence.insert(QStringLiteral("error"), run.message.toString());
                if (!r.error().path.isEmpty())
                    f.evidence.insert(QStringLiteral("path"), r.error().path);
                result.add(f);
            }
        } else {
            bool problems = false;
            for (qsizetype i = before; i < result.findings.size(); ++i)
                problems = problems || result.findings[i].severity >= Severity::Warning;
            run.status = problems ? QStringLiteral("problems") : QStringLiteral("ok");
        }
        ctx.report(run.id, 1, 1, run.title);
        result.checks.append(run);
    }
    result.durationMs = total.elapsed();
    result.supportCode = SupportCode::encode(result);
    return result;
}

} // namespace wd
