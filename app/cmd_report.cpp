// winsock-doctor report FILE | --code CODE [--format text|json|html] [--output FILE]
// Reads a saved report (or a support code read out over the phone) and prints a readable summary.
#include "cli.h"
#include "core/i18n.h"
#include "core/support_code.h"
#include "platform/targets.h"
#include "report/html_report.h"
#include "report/text_report.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wd::cli {

// The words a helpdesk agent reads from a support code.
static QString supportCodeText(const QString &code, const SupportCodeInfo &info)
{
    QString t;
    QTextStream s(&t);
    s << translate("wd::cli", "Support code %1").arg(SupportCode::format(code.toUpper().remove(QLatin1Char('-')).remove(QLatin1Char(' '))))
      << '\n';
    s << translate("wd::cli", "Worst severity: %1").arg(severityDisplayName(severityFromString(info.worstSeverity))) << '\n';
    s << translate("wd::cli", "Windows: %1").arg(info.build.isEmpty() ? translate("wd::cli", "unknown") : Text(info.build)) << '\n';
    if (info.descriptions.isEmpty()) {
        s << translate("wd::cli", "No problems were found.") << '\n';
    } else {
        s << translate("wd::cli", "Problems found:") << '\n';
        for (qsizetype i = 0; i < info.descriptions.size(); ++i)
            s << QStringLiteral("  - %1 [%2]\n").arg(info.descriptions[i], info.findingIds[i]);
    }
    return t;
}

int cmdReport(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Read a saved report or a support code."));
    p.addPositionalArgument(QStringLiteral("FILE"), translate("wd::cli", "A report saved with \"scan --format json\" or by the wizard."));
    p.addOption(QCommandLineOption(QStringLiteral("code"), translate("wd::cli", "Decode a support code instead of a file."),
                                   QStringLiteral("CODE")));
    addFormatOption(p, {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("html")});
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("output"), QStringLiteral("o")},
                                   translate("wd::cli", "Write to FILE instead of the console."), QStringLiteral("FILE")));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("report"), args, code))
        return code;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("html")) {
        ctx.err << translate("wd::cli", "Unknown format \"%1\" (use text, json or html).").arg(format) << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QStringList files = p.positionalArguments();
    const bool haveCode = p.isSet(QStringLiteral("code"));
    if (haveCode == (files.size() == 1) || files.size() > 1) {
        ctx.err << translate("wd::cli", "Give one report FILE or --code CODE.") << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QString output = p.value(QStringLiteral("output"));
    if (haveCode) {
        const QString c = p.value(QStringLiteral("code"));
        Expected<SupportCodeInfo> info = SupportCode::decode(c);
        if (!info)
            return fail(ctx, info.error());
        if (format == QLatin1String("html")) {
            ctx.err << translate("wd::cli", "A support code can be printed as text or json.") << Qt::endl;
            return int(ExitCode::Usage);
        }
        QByteArray bytes;
        if (format == QLatin1String("json")) {
            QJsonArray fam;
            for (qsizetype i = 0; i < info->findingIds.size(); ++i)
                fam.append(QJsonObject{{QStringLiteral("family"), info->findingIds[i]},
                                       {QStringLiteral("description"), info->descriptions[i]}});
            bytes = QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("winsock-doctor/support-code/1")},
                                              {QStringLiteral("version"), info->version},
                                              {QStringLiteral("worst_severity"), info->worstSeverity},
                                              {QStringLiteral("windows"), info->build},
                                              {QStringLiteral("findings"), fam}})
                        .toJson(QJsonDocument::Indented);
        } else {
            bytes = supportCodeText(c, *info).toUtf8();
        }
        if (int rc = writeOutput(ctx, output, bytes))
            return rc;
        return info->findingIds.isEmpty() ? int(ExitCode::Ok) : int(ExitCode::ProblemsFound);
    }
    Expected<ScanResult> r = loadReport(files.first());
    if (!r)
        return fail(ctx, r.error());
    if (r->schemaVersion >= 2)
        r->language = currentLanguage(); // every translatable text is rendered in the language in effect now
    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = r->toJsonBytes();
    else if (format == QLatin1String("html"))
        bytes = formatScanHtml(*r).toUtf8();
    else
        bytes = formatScanText(*r).toUtf8();
    if (int rc = writeOutput(ctx, output, bytes))
        return rc;
    return r->needsAttention() ? int(ExitCode::ProblemsFound) : int(ExitCode::Ok);
}

} // namespace wd::cli
