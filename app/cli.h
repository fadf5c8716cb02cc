// Command-line front end (also the fleet / helpdesk contract, see DESIGN.md).
#pragma once
#include "core/error.h"
#include "repairs/elevated_handoff.h"
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace wd::cli {

struct Context {
    QTextStream &out;
    QTextStream &err;
    QString program; // argv[0] name for messages
};

// Each command: ARGS are the arguments after the command name (common options removed).
using CommandFn = int (*)(Context &ctx, const QStringList &args);

struct Command {
    const char *name;
    CommandFn fn;
    const char *summary; // QT_TRANSLATE_NOOP("wd::cli", ...)
};

const QList<Command> &commands();
int run(Context &ctx, const QString &command, const QStringList &args);

// Parses ARGS with PARSER (adds --help, --lang, --target when wantTarget). On a usage error prints
// a clear message and returns false with exitCode = 2.
bool parse(Context &ctx, QCommandLineParser &parser, const QString &command, const QStringList &args, int &exitCode);
void addTargetOption(QCommandLineParser &parser, const QString &defaultTarget = {});
void addFormatOption(QCommandLineParser &parser, const QStringList &formats);
// Reports an Error on stderr and returns its exit code.
int fail(Context &ctx, const Error &e);
// Writes UTF8 to FILE atomically, or to stdout when FILE is empty or "-". Returns an exit code.
int writeOutput(Context &ctx, const QString &file, const QByteArray &utf8);
// Writes UTF8 to stdout after what CTX.out holds: straight to its device (no decoding and encoding
// again) when it has one. False when the device refuses it.
bool writeStdout(Context &ctx, QByteArrayView utf8);
// The --result FILE of repair / undo: every outcome after parsing is also written there as JSON
// (repairs/elevated_handoff.h), so that a requester without administrator rights can read it back.
class ResultFile {
public:
    ResultFile(Context &ctx, QString path) : m_ctx(ctx), m_path(std::move(path)) {}
    handoff::Result result;
    // Records RC (and E) and returns RC, or the exit code of a failed write.
    int done(int rc, const std::optional<Error> &e = std::nullopt);
    // Reports E on stderr (like fail()) and records it.
    int failed(const Error &e) { return done(fail(m_ctx, e), e); }

private:
    Context &m_ctx;
    QString m_path;
};

// The default target: live on Windows, none elsewhere (the command must be told).
QString defaultTargetSpec();

// Commands (one file each).
int cmdScan(Context &, const QStringList &);
int cmdVerify(Context &, const QStringList &);
int cmdDump(Context &, const QStringList &);
int cmdRepair(Context &, const QStringList &);
int cmdUndo(Context &, const QStringList &);
int cmdSnapshots(Context &, const QStringList &);
int cmdReport(Context &, const QStringList &);
int cmdDetect(Context &, const QStringList &);
int cmdRemediate(Context &, const QStringList &);
int cmdTargets(Context &, const QStringList &);
int cmdExport(Context &, const QStringList &);

} // namespace wd::cli
