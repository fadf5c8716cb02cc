// winsock-doctor verify FILE... [--files-from LIST] [--target T] [--trust-roots DIR] [--format text|json]
//                       [--at ISO-TIME] [--hashes] [--no-cache]
// Signature verification of files (embedded Authenticode or the target's security catalogs), on every
// core with the deep scan's verifier (verifyFiles); the output keeps the order of the files given. With a
// target, verdicts of unchanged files come from its verification cache.
#include "checks/file_verifier.h"
#include "checks/verification_cache.h"
#include "cli.h"
#include "core/scan_result.h"
#include "platform/targets.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace wd::cli {

namespace {

bool isWindowsPath(const QString &p)
{
    return (p.size() > 2 && p.at(1) == QLatin1Char(':') && (p.at(2) == QLatin1Char('\\') || p.at(2) == QLatin1Char('/')))
        || p.startsWith(QLatin1Char('%'));
}

QString orNa(const QString &s)
{
    return s.isEmpty() ? translate("wd::cli", "n/a").toString() : s;
}

void printText(Context &ctx, const VerifiedFile &v)
{
    ctx.out << v.path << QLatin1Char(':') << QLatin1Char('\n');
    auto line = [&](const QString &label, const QString &value) {
        ctx.out << QLatin1Char('\t') << label << QLatin1Char(':') << QLatin1Char('\t') << value << QLatin1Char('\n');
    };
    if (!v.exists || v.unreadable) {
        line(translate("wd::cli", "Verified"), v.error);
        return;
    }
    QString verified = sig::statusDisplay(v.signature.status);
    if (v.signature.status != sig::Status::Valid && !v.signature.reason.isEmpty())
        verified += QStringLiteral(" - ") + v.signature.reason;
    line(translate("wd::cli", "Verified"), verified);
    line(translate("wd::cli", "Status"), sig::statusToString(v.signature.status));
    line(translate("wd::cli", "Source"), v.source);
    if (!v.catalog.isEmpty())
        line(translate("wd::cli", "Catalog"), v.catalog);
    line(translate("wd::cli", "Signing date"), orNa(v.signingDate()));
    if (v.signature.timestamp)
        line(translate("wd::cli", "Timestamp"),
             v.signature.timestamp->kind + QLatin1Char(' ')
                 + (v.signature.timestamp->valid ? translate("wd::cli", "valid") : Text(v.signature.timestamp->reason)));
    line(translate("wd::cli", "Publisher"), orNa(v.signature.signer.commonName));
    for (qsizetype i = 1; i < v.signature.chain.size(); ++i)
        line(translate("wd::cli", "Issuer"), v.signature.chain.at(i).commonName.isEmpty() ? v.signature.chain.at(i).subject
                                                                                          : v.signature.chain.at(i).commonName);
    for (const sig::SignatureInfo &n : v.signature.nested)
        line(translate("wd::cli", "Nested"), n.digestAlgorithm + QLatin1Char(' ') + sig::statusToString(n.status) + QLatin1Char(' ')
                                                 + n.signer.commonName);
    line(translate("wd::cli", "Company"), orNa(v.version.companyName));
    line(translate("wd::cli", "Description"), orNa(v.version.fileDescription));
    line(translate("wd::cli", "Product"), orNa(v.version.productName));
    line(translate("wd::cli", "Prod version"), orNa(v.version.productVersion));
    line(translate("wd::cli", "File version"), orNa(v.version.fileVersion));
    if (!v.machine.isEmpty())
        line(translate("wd::cli", "MachineType"), v.machine);
    if (!v.sha256.isEmpty()) // computed with --hashes (or when a catalog lookup needed it)
        line(translate("wd::cli", "SHA256"), v.sha256);
}

} // namespace

int cmdVerify(Context &ctx, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(translate("wd::cli", "Verify the digital signatures of files (embedded or catalog)."));
    addTargetOption(p, QString());
    addFormatOption(p, {QStringLiteral("text"), QStringLiteral("json")});
    p.addOption(QCommandLineOption(QStringLiteral("trust-roots"),
                                   translate("wd::cli", "Extra trusted root certificates (folder of PEM files)."), QStringLiteral("DIR")));
    p.addOption(QCommandLineOption(QStringLiteral("at"),
                                   translate("wd::cli", "Check certificates as of this time (ISO 8601, UTC) instead of now."),
                                   QStringLiteral("ISO-TIME")));
    p.addOption(QCommandLineOption(QStringLiteral("hashes"), translate("wd::cli", "Also show each file's SHA-256.")));
    p.addOption(QCommandLineOption(QStringLiteral("files-from"),
                                   translate("wd::cli", "Also verify the files listed in LIST, one path per line (\"-\": "
                                                        "standard input), for more files than a command line holds."),
                                   QStringLiteral("LIST")));
    p.addOption(QCommandLineOption(QStringLiteral("no-cache"),
                                   translate("wd::cli", "Verify every file again instead of reusing the verdicts of unchanged files.")));
    p.addPositionalArgument(QStringLiteral("FILE"), translate("wd::cli", "Files to verify."), QStringLiteral("FILE..."));
    int code = 0;
    if (!parse(ctx, p, QStringLiteral("verify"), args, code))
        return code;
    QStringList files = p.positionalArguments();
    if (p.isSet(QStringLiteral("files-from"))) {
        const QString list = p.value(QStringLiteral("files-from"));
        QFile f(list);
        const bool open = list == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
        if (!open)
            return fail(ctx, Error(ErrorKind::NotFound, translate("wd::cli", "Cannot read the list of files: %1").arg(f.errorString()),
                                   list));
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QString path = QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
            if (!path.trimmed().isEmpty())
                files.append(path);
        }
    }
    if (files.isEmpty()) {
        ctx.err << translate("wd::cli", "Name at least one file to verify.") << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QString format = p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        ctx.err << translate("wd::cli", "Unknown format \"%1\" (use text or json).").arg(format) << Qt::endl;
        return int(ExitCode::Usage);
    }
    QDateTime at;
    if (p.isSet(QStringLiteral("at"))) {
        at = QDateTime::fromString(p.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid()) {
            ctx.err << translate("wd::cli", "Cannot read the time \"%1\" (use ISO 8601, e.g. 2026-01-31T12:00:00Z).")
                           .arg(p.value(QStringLiteral("at")))
                    << Qt::endl;
            return int(ExitCode::Usage);
        }
    }

    auto trust = std::make_shared<sig::TrustStore>();
    auto catalogs = std::make_shared<sig::CatalogIndex>();
    std::optional<OpenedTarget> target;
    if (!p.value(QStringLiteral("target")).isEmpty()) {
        Expected<TargetSpec> spec = TargetSpec::parse(p.value(QStringLiteral("target")));
        if (!spec)
            return fail(ctx, spec.error());
        Expected<OpenedTarget> t = openTarget(*spec);
        if (!t)
            return fail(ctx, t.error());
        if (!t->view)
            return fail(ctx, Error(ErrorKind::Unsupported, translate("wd::cli", "verify needs a live, offline or demo target.")));
        target = std::move(*t);
        loadTargetRoots(*target->view, *trust);
    }
    if (p.isSet(QStringLiteral("trust-roots"))) {
        Expected<int> n = trust->addPemDir(p.value(QStringLiteral("trust-roots")));
        if (!n)
            return fail(ctx, n.error());
    }
    const FileVerifier verifier(trust, catalogs, at);
    // With a target: verdicts of unchanged files come from its verification cache, and its catalogs
    // are indexed only when a file has to be verified (checks/verification_cache.h).
    const CachedVerifier cached(verifier, target ? target->view.get() : nullptr, *trust, at, !p.isSet(QStringLiteral("no-cache")),
                                [&] {
                                    if (target)
                                        (void)loadTargetCatalogs(*target->view, *catalogs);
                                });

    QList<VerifyJob> jobs;
    jobs.reserve(files.size());
    const bool hashes = p.isSet(QStringLiteral("hashes"));
    for (const QString &file : files)
        jobs.append({file, QString(), hashes, QString()});
    bool anyInvalid = false, anyUnreadable = false;
    const bool json = format == QLatin1String("json");
    VerifyRun run;
    run.reportEntries = json; // each file's JSON made on its worker (or kept by the cache), not under the output lock
    run.verify = [&cached](const QString &host, const VerifyJob &job, QByteArray *scratch) {
        return cached.verifyHostFile(host, job.path, job.role, job.flatHash, scratch);
    };
    if (target)
        run.hostPath = [&target](const QString &file) -> Expected<QString> {
            if (isWindowsPath(file))
                if (Expected<QString> h = target->view->hostPath(file))
                    return h;
            return file;
        };
    // In the order given, each as soon as it and the ones before it are done. The JSON document is
    // written the same way, file by file, exactly as QJsonDocument indents it: {"files": [...],
    // "schema": "winsock-doctor/verify/1"} (its keys in order).
    // Each file's part of the document is made on its worker (run.prepare) and only written in order.
    std::vector<QByteArray> parts(size_t(jobs.size()));
    bool writeFailed = false;
    if (json) {
        writeFailed = !writeStdout(ctx, "{\n    \"files\": [\n");
        run.prepare = [&parts](qsizetype index, VerifiedFile &v) {
            // Indented as in the whole document, from the entry's text (made on the worker or kept by the cache).
            QByteArray entry = filesListElement(v.reportEntryText());
            if (entry.isEmpty())
                entry = filesListElements(QJsonArray{v.reportEntry()});
            Q_ASSERT(!entry.isEmpty());
            parts[size_t(index)] = index > 0 ? QByteArrayLiteral(",\n") + entry : entry;
        };
    }
    run.result = [&](qsizetype index, VerifiedFile &&v) {
        if (!v.exists || v.unreadable)
            anyUnreadable = true;
        else if (v.signature.status != sig::Status::Valid)
            anyInvalid = true;
        if (!json) {
            printText(ctx, v);
            return;
        }
        writeFailed = !writeStdout(ctx, parts[size_t(index)]) || writeFailed;
        parts[size_t(index)] = QByteArray();
    };
    verifyFiles(verifier, jobs, run);
    if (json)
        writeFailed = !writeStdout(ctx, "\n    ],\n    \"schema\": \"winsock-doctor/verify/1\"\n}\n") || writeFailed;
    ctx.out.flush();
    if (auto *fd = qobject_cast<QFileDevice *>(ctx.out.device()))
        writeFailed = !fd->flush() || writeFailed;
    if (writeFailed)
        return fail(ctx, Error(ErrorKind::Io, translate("wd::cli", "Cannot write the output: %1").arg(ctx.out.device()->errorString())));
    if (anyUnreadable)
        return int(ExitCode::Unreadable);
    return anyInvalid ? int(ExitCode::ProblemsFound) : int(ExitCode::Ok);
}

} // namespace wd::cli
