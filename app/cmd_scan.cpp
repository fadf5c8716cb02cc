// winsock-doctor scan [--target T] [--format text|json|html] [--output FILE] [--deep] [--hashes] [--no-cache]
#include "cli.h"
#include "platform/targets.h"
#include "report/html_report.h"
#include "report/text_report.h"
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace wd::cli {


int cmdScan(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Diagnose a target and print a report."));
    addTargetOption(p, defaultTargetSpec());
    addFormatOption(p, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html")});
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("output"), QStringLiteral("o")},
                                   translate("wd::cli", "Write the report to FILE instead of the console."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("deep"), translate("wd::cli", "Also verify every file in System32 and the drivers.")));
    p.addOption(QCommandLineOption(QStringLiteral("hashes"),
                                   translate("wd::cli", "Show the SHA-256 of every verified file, not only of the Winsock, "
                                                        "provider and AppInit files (makes --deep slower).")));
    p.addOption(QCommandLineOption(QStringLiteral("trust-roots"),
                                   translate("wd::cli", "Extra trusted root certificates (folder of PEM files)."), QStringLiteral("DIR")));
    p.addOption(QCommandLineOption(QStringLiteral("no-cache"),
                                   translate("wd::cli", "Verify every file again instead of reusing the verdicts of unchanged files.")));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("scan"), args, code))
        return code;
    if (!p.positionalArguments().isEmpty()) {
        ctx.err << translate("wd::cli", "scan takes no file arguments (got \"%1\").").arg(p.positionalArguments().join(QLatin1Char(' ')))
                << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("html")) {
        ctx.err << translate("wd::cli", "Unknown format \"%1\" (use text, json or html).").arg(format) << Qt::endl;
        return int(ExitCode::Usage);
    }
    if (p.value(QStringLiteral("target")).isEmpty()) {
        ctx.err << translate("wd::cli", "Choose a target with --target (demo, offline:DIR or report:FILE).") << Qt::endl;
        return int(ExitCode::Usage);
    }
    Expected<TargetSpec> spec = TargetSpec::parse(p.value(QStringLiteral("target")));
    if (!spec)
        return fail(ctx, spec.error());
    Expected<OpenedTarget> target = openTarget(*spec);
    if (!target)
        return fail(ctx, target.error());
    ScanOptions opts;
    opts.deep = p.isSet(QStringLiteral("deep"));
    opts.trustRootsDir = p.value(QStringLiteral("trust-roots"));
    opts.hashes = p.isSet(QStringLiteral("hashes"));
    opts.verificationCache = !p.isSet(QStringLiteral("no-cache"));
    CancelToken cancel;
    const ScanResult result = scanTarget(*target, opts, cancel);

    QByteArray bytes;
    if (format == QLatin1String("json")) {
        bytes = result.toJsonBytes();
    } else if (format == QLatin1String("html")) {
        bytes = formatScanHtml(result).toUtf8();
    } else {
        bytes = formatScanText(result).toUtf8();
    }
    if (int rc = writeOutput(ctx, p.value(QStringLiteral("output")), bytes))
        return rc;
    return result.needsAttention() ? int(ExitCode::ProblemsFound) : int(ExitCode::Ok);
}

} // namespace wd::cli
