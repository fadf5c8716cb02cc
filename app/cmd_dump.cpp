// winsock-doctor dump FILE... [--format text|json]
// Summarises crash dumps (kernel PAGEDU64/PAGEDUMP, user-mode MDMP).
// Exit: 3 when any file is unreadable or corrupt; else 1 when any dump records a bug check (a blue
// screen happened); else 0 (user-mode dumps and dumps without a bug check).
#include "checks/crashdump.h"
#include "cli.h"
#include "report/text_report.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace wd::cli {

int cmdDump(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Summarise Windows crash dumps (bug check, suspect driver, explanation)."));
    addFormatOption(p, {QStringLiteral("text"), QStringLiteral("json")});
    p.addPositionalArgument(QStringLiteral("FILE"), translate("wd::cli", "Crash dump files (.dmp)."), QStringLiteral("FILE..."));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("dump"), args, code))
        return code;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        ctx.err << translate("wd::cli", "Unknown format \"%1\" (use text or json).").arg(format) << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QStringList files = p.positionalArguments();
    if (files.isEmpty()) {
        ctx.err << translate("wd::cli", "Name at least one dump file, e.g. %1 dump C:\\Windows\\Minidump\\*.dmp").arg(ctx.program) << Qt::endl;
        return int(ExitCode::Usage);
    }
    QJsonArray dumps;
    bool unreadable = false, bugcheck = false;
    for (const QString &file : files) {
        Expected<DumpInfo> d = readDumpFile(file, file);
        if (!d) {
            unreadable = true;
            dumps.append(dumpErrorToJson(d.error(), file));
            ctx.err << d.error().toString() << Qt::endl;
            continue;
        }
        bugcheck = bugcheck || (d->isKernel() && d->hasBugcheck);
        dumps.append(dumpToJson(*d, file));
    }
    if (format == QLatin1String("json")) {
        const QJsonObject doc{{QStringLiteral("schema"), QStringLiteral("winsock-doctor/dump/1")}, {QStringLiteral("dumps"), dumps}};
        ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << formatDumpsText(dumps);
    }
    ctx.out.flush();
    if (unreadable)
        return int(ExitCode::Unreadable);
    return bugcheck ? int(ExitCode::ProblemsFound) : int(ExitCode::Ok);
}

} // namespace wd::cli
