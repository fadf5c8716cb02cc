// winsock-doctor targets [--format text|json]: the Windows installations that can be opened offline.
#include "cli.h"
#include "platform/installations.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wd::cli {

int cmdTargets(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "List the Windows installations on the other drives or mounted volumes "
                                                     "of this computer, to open one with --target offline:DIR (or offline:auto)."));
    addFormatOption(p, {QStringLiteral("text"), QStringLiteral("json")});
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("targets"), args, code))
        return code;
    if (!p.positionalArguments().isEmpty()) {
        ctx.err << translate("wd::cli", "targets takes no arguments (got \"%1\").").arg(p.positionalArguments().join(QLatin1Char(' ')))
                << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        ctx.err << translate("wd::cli", "Unknown format \"%1\" (use text or json).").arg(format) << Qt::endl;
        return int(ExitCode::Usage);
    }

    const QList<WindowsInstallation> found = findWindowsInstallations();
    if (format == QLatin1String("json")) {
        QJsonArray arr;
        for (const WindowsInstallation &i : found) {
            QJsonObject o;
            o.insert(QStringLiteral("root"), i.nativeRoot());
            o.insert(QStringLiteral("target"), i.targetSpec());
            o.insert(QStringLiteral("source"), i.source);
            o.insert(QStringLiteral("product"), i.product);
            o.insert(QStringLiteral("build"), i.build);
            o.insert(QStringLiteral("version"), i.version);
            o.insert(QStringLiteral("arch"), i.arch);
            o.insert(QStringLiteral("system_hive_written"),
                     i.systemWritten.isValid() ? QJsonValue(i.systemWritten.toString(Qt::ISODate)) : QJsonValue());
            if (!i.problem.isEmpty())
                o.insert(QStringLiteral("problem"), i.problem);
            arr.append(o);
        }
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), QStringLiteral("winsock-doctor/targets/1"));
        doc.insert(QStringLiteral("installations"), arr);
        return writeOutput(ctx, QString(), QJsonDocument(doc).toJson(QJsonDocument::Indented));
    }

    if (found.isEmpty()) {
#ifdef Q_OS_WIN
        ctx.out << translate("wd::cli", "No Windows installation was found on the other drives of this PC. The running "
                                        "Windows is not listed: examine it with --target live.") << Qt::endl;
#else
        ctx.out << translate("wd::cli", "No Windows installation was found on the mounted NTFS volumes. Mount the Windows "
                                        "volume (for example with your file manager), or name its folder with --target "
                                        "offline:DIR.") << Qt::endl;
#endif
        return 0;
    }
    ctx.out << translate("wd::cli", "Windows installations found: %1").arg(found.size()) << Qt::endl;
    for (const WindowsInstallation &i : found) {
        const QString spec = i.targetSpec();
        // Quoted when it has a space, ready to paste into cmd.exe or a shell.
        ctx.out << Qt::endl << QStringLiteral("  --target ")
                << (spec.contains(QLatin1Char(' ')) ? QLatin1Char('"') + spec + QLatin1Char('"') : spec) << Qt::endl;
        ctx.out << QStringLiteral("    ") << i.summary() << Qt::endl;
        if (!i.source.isEmpty() && i.source != i.nativeRoot().left(2))
            ctx.out << QStringLiteral("    ") << translate("wd::cli", "Volume: %1").arg(i.source) << Qt::endl;
        if (i.systemWritten.isValid())
            ctx.out << QStringLiteral("    ")
                    << translate("wd::cli", "System registry last written: %1 UTC")
                           .arg(i.systemWritten.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                    << Qt::endl;
        if (!i.problem.isEmpty())
            ctx.out << QStringLiteral("    ") << translate("wd::cli", "Note: %1").arg(i.problem) << Qt::endl;
    }
    if (found.size() == 1)
        ctx.out << Qt::endl << translate("wd::cli", "--target offline:auto opens it.") << Qt::endl;
    return 0;
}

} // namespace wd::cli
