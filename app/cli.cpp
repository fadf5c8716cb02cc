#include "cli.h"
#include <QCoreApplication>
#include <QFileDevice>
#include <QSaveFile>

namespace wd::cli {


const QList<Command> &commands()
{
    static const QList<Command> cmds = {
        {"scan", cmdScan, QT_TRANSLATE_NOOP("wd::cli", "Diagnose a target and print a report")},
        {"verify", cmdVerify, QT_TRANSLATE_NOOP("wd::cli", "Verify the signatures and hashes of files")},
        {"dump", cmdDump, QT_TRANSLATE_NOOP("wd::cli", "Summarise crash dumps (bugcheck, suspect driver)")},
        {"repair", cmdRepair, QT_TRANSLATE_NOOP("wd::cli", "Apply repair actions (with preview, snapshot and undo)")},
        {"undo", cmdUndo, QT_TRANSLATE_NOOP("wd::cli", "Restore the state saved in a snapshot")},
        {"snapshots", cmdSnapshots, QT_TRANSLATE_NOOP("wd::cli", "List the snapshots of a target")},
        {"report", cmdReport, QT_TRANSLATE_NOOP("wd::cli", "Read a saved report or a support code")},
        {"detect", cmdDetect, QT_TRANSLATE_NOOP("wd::cli", "Fleet detection script (exit 1 when a repair is needed)")},
        {"remediate", cmdRemediate, QT_TRANSLATE_NOOP("wd::cli", "Fleet remediation script (runs the safe repairs)")},
        {"targets", cmdTargets, QT_TRANSLATE_NOOP("wd::cli", "List the Windows installations that can be examined offline")},
        {"export", cmdExport, QT_TRANSLATE_NOOP("wd::cli", "Export registry keys as a .reg file (or JSON) to restore elsewhere")},
    };
    return cmds;
}

int run(Context &ctx, const QString &command, const QStringList &args)
{
    for (const Command &c : commands())
        if (command == QLatin1String(c.name))
            return c.fn(ctx, args);
    ctx.err << translate("wd::cli", "Unknown command \"%1\". Run \"%2 --help\" for the list of commands.").arg(command, ctx.program)
            << Qt::endl;
    return int(ExitCode::Usage);
}

void addTargetOption(QCommandLineParser &parser, const QString &defaultTarget)
{
    parser.addOption(QCommandLineOption(
        QStringList{QStringLiteral("target"), QStringLiteral("t")},
        translate("wd::cli", "Target: live, demo, offline:DIR (root of a Windows volume), offline:auto or report:FILE."),
        QStringLiteral("T"), defaultTarget));
}

void addFormatOption(QCommandLineParser &parser, const QStringList &formats)
{
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("format"), QStringLiteral("f")},
                                        translate("wd::cli", "Output format: %1.").arg(formats.join(QStringLiteral(", "))),
                                        QStringLiteral("FORMAT"), formats.first()));
}

bool parse(Context &ctx, QCommandLineParser &parser, const QString &command, const QStringList &args, int &exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")}, translate("wd::cli", "Show this help."));
    parser.addOption(help);
    parser.addOption(QCommandLineOption(QStringLiteral("lang"), translate("wd::cli", "User interface language (en, zh_CN)."),
                                        QStringLiteral("LANG")));
    if (!parser.parse(QStringList{ctx.program} + args)) {
        ctx.err << translate("wd::cli", "%1 %2: %3").arg(ctx.program, command, parser.errorText()) << Qt::endl;
        ctx.err << translate("wd::cli", "Run \"%1 %2 --help\" for usage.").arg(ctx.program, command) << Qt::endl;
        exitCode = int(ExitCode::Usage);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(ctx.program + QStringLiteral(" [options]"), ctx.program + QLatin1Char(' ') + command + QStringLiteral(" [options]"));
        ctx.out << text;
        ctx.out.flush();
        exitCode = 0;
        return false;
    }
    return true;
}

int fail(Context &ctx, const Error &e)
{
    ctx.err << translate("wd::cli", "Error: %1").arg(e.toString()) << Qt::endl;
    return int(e.exitCode());
}

int ResultFile::done(int rc, const std::optional<Error> &e)
{
    result.exitCode = rc;
    result.ok = rc == 0;
    if (e) {
        result.error = e->message;
        result.errorKind = handoff::errorKindName(e->kind);
    }
    if (!m_path.isEmpty())
        if (Expected<void> w = handoff::save(m_path, result.toJson()); !w)
            return fail(m_ctx, w.error());
    return rc;
}

// Writes TEXT to FILE (atomically) or to stdout.
bool writeStdout(Context &ctx, QByteArrayView utf8)
{
    ctx.out.flush();
    QIODevice *dev = ctx.out.device();
    if (!dev) { // a stream on a string (tests)
        ctx.out << QString::fromUtf8(utf8);
        ctx.out.flush();
        return true;
    }
    return dev->write(utf8.data(), utf8.size()) == utf8.size();
}

int writeOutput(Context &ctx, const QString &file, const QByteArray &utf8)
{
    if (file.isEmpty() || file == QLatin1String("-")) {
        auto *fd = qobject_cast<QFileDevice *>(ctx.out.device());
        if (!writeStdout(ctx, utf8) || (fd && !fd->flush()))
            return fail(ctx, Error(ErrorKind::Io, translate("wd::cli", "Cannot write the output: %1").arg(ctx.out.device()->errorString())));
        return 0;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(utf8) != utf8.size() || !f.commit())
        return fail(ctx, Error(ErrorKind::Io, translate("wd::cli", "Cannot write %1: %2").arg(file, f.errorString()), file));
    return 0;
}

QString defaultTargetSpec()
{
#ifdef Q_OS_WIN
    return QStringLiteral("live");
#else
    return {};
#endif
}

} // namespace wd::cli
