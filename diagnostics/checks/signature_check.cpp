// Signatures: verifies every file the other checks listed (ws2_32, providers, namespace providers,
// AppInit DLLs, drivers, system Winsock DLLs) — embedded Authenticode or security catalog — offline,
// against the target's own trust anchors. Runs last. --deep adds all of System32 and the drivers.
#include "core/wildcard.h"
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/partial_volume.h"
#include "checks/file_verifier.h"
#include "core/json_text.h"
#include "checks/verification_cache.h"
#include "checks/system_release.h"
#include "platform/system_view.h"
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace wd {
namespace {

bool pinnedToMicrosoft(const QString &role, const QString &path)
{
    if (role == QLatin1String("ws2_32") || role == QLatin1String("system"))
        return true;
    const QString name = path.section(QLatin1Char('\\'), -1).toLower();
    static const QStringList pinned{QStringLiteral("ws2_32.dll"), QStringLiteral("mswsock.dll"), QStringLiteral("wshtcpip.dll"),
                                    QStringLiteral("ws2help.dll"), QStringLiteral("wship6.dll"), QStringLiteral("napinsp.dll"),
                                    QStringLiteral("pnrpnsp.dll"), QStringLiteral("nlansp_c.dll"), QStringLiteral("wshqos.dll")};
    return pinned.contains(name) && path.contains(QStringLiteral("\\system32\\"), Qt::CaseInsensitive);
}

// SHA-256 thumbprints (hex, one per line) of the demo's stand-in roots, written by the demo generator.
using checkutil::finding;

// The deep scan (--deep) verifies System32's *.dll, *.exe and *.sys and the drivers' *.sys: a few
// thousand files on a real Windows. Per folder it looks at no more entries and verifies no more files
// than these, so that a folder flooded with a million files cannot exhaust memory or time.
constexpr qint64 kDeepMaxEntriesPerFolder = 200000;
constexpr qint64 kDeepMaxFilesPerFolder = 20000;

class SignatureCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("signatures"); }
    Text title() const override { return translate("wd::SignatureCheck", "File signatures"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        auto trust = std::make_shared<sig::TrustStore>();
        loadTargetRoots(sys, *trust);
        // The built-in demo (never a real PC or volume): its test root stands in for Microsoft's.
        if (sys.info().kind == QLatin1String("demo") && loadDemoStandIns(sys, *trust) > 0)
            ctx.result.add(finding(QStringLiteral("signature.demo.stand-in"), id(), Severity::Info,
                                   translate("wd::SignatureCheck", "Demo: a test certificate authority stands in for Microsoft"),
                                   translate("wd::SignatureCheck",
                                             "The demo PC cannot carry Microsoft's signatures, so its intact Windows files are signed "
                                             "by a test certificate authority that this demo treats like Microsoft's root. On a real "
                                             "PC only Microsoft's own roots count.")));
        if (!ctx.options.trustRootsDir.isEmpty()) {
            Expected<int> n = trust->addPemDir(ctx.options.trustRootsDir);
            if (!n)
                return n.error();
        }
        auto catalogs = std::make_shared<sig::CatalogIndex>();
        QMutex progressMutex;
        // Indexed before the first file the verification cache cannot answer (a scan served from the
        // cache never reads the catalogs; the cache stamps them before this runs).
        auto indexCatalogs = [&] {
            {
                QMutexLocker lock(&progressMutex);
                ctx.report(id(), 0, 0, translate("wd::SignatureCheck", "Indexing security catalogs"));
            }
            (void)loadTargetCatalogs(sys, *catalogs); // no catalog folder: embedded signatures only
        };

        QList<FileRef> files = ctx.result.filesToVerify;
        // Each file's host path when a folder listing knows it ("": resolved by the worker), beside FILES.
        QStringList knownHostPaths(files.size());
        if (ctx.options.deep) {
            QSet<QString> known;
            for (const FileRef &f : files)
                known.insert(f.path.toLower());
            QJsonArray folders;
            bool stopped = false;
            // Each folder's files by pattern, then by name; a folder flooded with files is listed only
            // up to the limits (a finding says so), so that its files are not all held in memory.
            auto addDir = [&](const QString &dir, const QStringList &patterns, const QString &role) {
                Expected<DirListing> l = sys.listDirBounded(dir, patterns, kDeepMaxFilesPerFolder, kDeepMaxEntriesPerFolder);
                if (!l)
                    return;
                const WildcardSet match(patterns);
                const QString lowerDir = dir.toLower() + QLatin1Char('\\');
                known.reserve(known.size() + l->names.size());
                files.reserve(files.size() + l->names.size());
                for (qsizetype pat = 0; pat < match.size(); ++pat) {
                    for (qsizetype i = 0; i < l->names.size(); ++i) {
                        const QString &n = l->names.at(i);
                        if (!match.matches(pat, n))
                            continue;
                        // The folder lower-cased once: most names are lower-case already (no copy).
                        QString lower = lowerDir + n.toLower();
                        if (!known.contains(lower)) {
                            known.insert(std::move(lower));
                            files.append({dir + QLatin1Char('\\') + n, role});
                            knownHostPaths.append(l->knownHostPath(i));
                        }
                    }
                }
                folders.append(QJsonObject{{QStringLiteral("folder"), dir}, {QStringLiteral("entries"), l->entries},
                                           {QStringLiteral("files"), l->names.size()}, {QStringLiteral("complete"), l->complete}});
                stopped = stopped || !l->complete;
            };
            addDir(sys.system32(), {QStringLiteral("*.dll"), QStringLiteral("*.exe"), QStringLiteral("*.sys")}, QStringLiteral("system"));
            addDir(sys.system32() + QStringLiteral("\\drivers"), {QStringLiteral("*.sys")}, QStringLiteral("driver"));
            if (stopped)
                ctx.result.add(finding(QStringLiteral("signature.deep.incomplete"), id(), Severity::Warning,
                                       translate("wd::SignatureCheck", "The deep scan verified only part of the system folders"),
                                       translate("wd::SignatureCheck",
                                                 "A system folder holds far more files than Windows puts there (a few thousand "
                                                 "in System32). The deep scan looks at no more than %1 entries of a folder and "
                                                 "verifies no more than %2 of its files, so the files after that point were not "
                                                 "verified. So many files in a system folder usually mean that a program filled "
                                                 "it with copies or temporary files.")
                                           .arg(kDeepMaxEntriesPerFolder)
                                           .arg(kDeepMaxFilesPerFolder),
                                       QJsonObject{{QStringLiteral("folders"), folders},
                                                   {QStringLiteral("max_entries"), kDeepMaxEntriesPerFolder},
                                                   {QStringLiteral("max_files"), kDeepMaxFilesPerFolder}}));
        }

        const FileVerifier verifier(trust, catalogs, ctx.options.verificationTime);
        // The flat SHA-256 only for the files the checks listed (the report shows it) unless --hashes
        // asks for it everywhere: the deep scan's files need only their Authenticode digest.
        const qsizetype listed = ctx.result.filesToVerify.size();
        QList<VerifyJob> jobs;
        jobs.reserve(files.size());
        for (qsizetype i = 0; i < files.size(); ++i)
            jobs.append({files.at(i).path, files.at(i).role, i < listed || ctx.options.hashes, knownHostPaths.at(i)});
        // Verdicts of unchanged files come from the target's verification cache (checks/verification_cache.h);
        // the catalogs are indexed only when a file has to be verified.
        const CachedVerifier cached(verifier, &sys, *trust, ctx.options.verificationTime, ctx.options.verificationCache, indexCatalogs);
        VerifyRun run;
        run.cancel = &ctx.cancel;
        run.verify = [&cached](const QString &host, const VerifyJob &job, QByteArray *scratch) {
            return cached.verifyHostFile(host, job.path, job.role, job.flatHash, scratch);
        };
        run.hostPath = [&sys](const QString &path) { return sys.hostPath(path); };
        run.progress = [&](qint64 done, qint64 total, const QString &path) {
            QMutexLocker lock(&progressMutex); // the catalog indexing reports from a worker too
            ctx.report(id(), done, total, path);
        };
        // Each file's report entry is made on the worker that verified it (or kept by the cache); the
        // report gets them only when the verification was not cancelled.
        run.reportEntries = true;
        const QList<VerifiedFile> results = verifyFiles(verifier, jobs, run);
        if (ctx.cancel.isCancelled())
            return Error(ErrorKind::Cancelled, translate("wd::SignatureCheck", "Signature verification was cancelled."));
        for (const VerifiedFile &v : results)
            ctx.result.files.appendText(v.reportEntryText()); // parsed only if somebody reads them as objects
        if (ctx.options.deep) // how many verdicts came from the cache (not in the support code)
            ctx.result.extra.insert(QStringLiteral("verification_cache"), cached.toJson());

        // The deep scan's files that are not validly signed, as the evidence {"files": [{path, status}...]}
        // (JSON text: there can be thousands, core/json_text.h).
        JsonText deepBad;
        deepBad.beginObject().key(QLatin1String("files")).beginArray();
        int deepBadCount = 0;
        bool restorableBad = false; // a file of deepBad the system-file repair can put back
        QList<const VerifiedFile *> foreign;
        const TargetRelease release = readTargetRelease(sys);
        const QString systemRoot = sys.systemRoot();
        const bool noCatalogs = partial::volumeLacksCatalogs(ctx);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const VerifiedFile &v = results.at(i);
            if (!v.exists)
                continue; // missing files are reported by the check that listed them
            const bool deepOnly = i >= ctx.result.filesToVerify.size();
            const sig::Status st = v.unreadable ? sig::Status::Malformed : v.signature.status;
            const bool restorable = isRestorableNetworkFile(v.path, systemRoot);
            // Whatever its signature (a genuine Microsoft file of another Windows is validly signed).
            if (!v.unreadable && restorable)
                if (std::optional<Finding> f = foreignVersion(v, release))
                    ctx.result.add(*f);
            if (st == sig::Status::Valid) {
                if (pinnedToMicrosoft(v.role, v.path) && !v.signature.chainsToMicrosoft)
                    foreign.append(&v);
                continue;
            }
            // No catalogs on the volume (CatRoot absent): "no signature found" says nothing about the file.
            if (st == sig::Status::Unsigned && noCatalogs && partial::catalogsAbsent(ctx, v.path))
                continue;
            if (deepOnly) {
                deepBad.beginObject().member(QLatin1String("path"), v.path).member(QLatin1String("status"), sig::statusToString(st)).endObject();
                ++deepBadCount;
                restorableBad = restorableBad || restorable;
                continue;
            }
            ctx.result.add(invalid(v, st));
        }
        if (!foreign.isEmpty())
            ctx.result.add(notMicrosoft(foreign));
        if (deepBadCount > 0) {
            Finding f;
            f.id = QStringLiteral("signature.system.invalid");
            f.check = id();
            f.severity = Severity::Warning;
            f.title = translate("wd::SignatureCheck", "%n system file(s) are not validly signed", nullptr, deepBadCount);
            f.detail = translate("wd::SignatureCheck",
                                 "These files in System32 or the drivers folder carry no valid Microsoft signature. Replaced or "
                                 "damaged system files can make Windows unstable. Run \"sfc /scannow\" (or DISM) to restore them.");
            f.evidence = deepBad.endArray().endObject().object();
            if (restorableBad)
                f.repairs = {QStringLiteral("system.file.restore")};
            ctx.result.add(f);
        }
        return {};
    }

private:
    // system.file.foreign-version: a Windows network-stack file (System32, SysWOW64, drivers) whose
    // version resource is of another Windows release than the target (error), or of the target's
    // release family but a newer update revision than the installed one, UBR (warning: an update
    // installed only partly, or a copy from a more recent PC). One id, two severities; the evidence's
    // "release.verdict" says which ("other-release" | "newer-revision").
    std::optional<Finding> foreignVersion(const VerifiedFile &v, const TargetRelease &release) const
    {
        const FileVersion fv = fileVersionOf(v.version.fixedFileVersion, v.version.fileVersion);
        const ReleaseFit fit = classifyRelease(release, fv);
        if (fit != ReleaseFit::OtherRelease && fit != ReleaseFit::NewerRevision)
            return std::nullopt;
        const bool other = fit == ReleaseFit::OtherRelease;
        const bool microsoft = v.signature.status == sig::Status::Valid && v.signature.chainsToMicrosoft;
        Finding f;
        f.id = QStringLiteral("system.file.foreign-version");
        f.check = id();
        f.severity = other ? Severity::Error : Severity::Warning;
        if (other) {
            f.title = translate("wd::SignatureCheck", "%1 is from another Windows release (version %2)").arg(v.path, fv.toString());
            f.detail = translate("wd::SignatureCheck",
                                 "This Windows network file has version %1, which belongs to another Windows release than this "
                                 "Windows (%2, files %3.x). %4 Network files copied in from another Windows (for example a "
                                 "ws2_32.dll downloaded from a DLL site) break the network stack in ways that are hard to see, "
                                 "because they do not match the rest of this Windows. The repair puts back this Windows' own "
                                 "copy from its component store.")
                           .arg(fv.toString(), release.familyName(), release.family(),
                                microsoft ? translate("wd::SignatureCheck", "It is validly signed by Microsoft, but a valid signature "
                                                                            "does not make it fit this Windows.")
                                          : Text());
        } else {
            f.title = translate("wd::SignatureCheck", "%1 is newer than the installed Windows update (version %2, update %3)")
                          .arg(v.path, fv.toString())
                          .arg(release.ubr);
            f.detail = translate("wd::SignatureCheck",
                                 "This Windows network file is of this Windows release (%1) but of update revision %2, above the "
                                 "update this Windows has installed (revision %3). Usually an update was installed only partly "
                                 "(it waits for a restart) or the file was copied from a more up-to-date PC. Restart Windows "
                                 "and let pending updates finish; if the file stays newer than the rest, the repair puts back "
                                 "the copy of the installed update from the component store.")
                           .arg(release.familyName())
                           .arg(fv.revision)
                           .arg(release.ubr);
        }
        f.evidence = v.toJson();
        f.evidence.insert(QStringLiteral("release"),
                          QJsonObject{{QStringLiteral("verdict"), other ? QStringLiteral("other-release") : QStringLiteral("newer-revision")},
                                      {QStringLiteral("file_version"), fv.toString()},
                                      {QStringLiteral("target_family"), release.family()},
                                      {QStringLiteral("target_family_name"), release.familyName()},
                                      {QStringLiteral("target_build"), release.build},
                                      {QStringLiteral("target_ubr"), release.ubr},
                                      {QStringLiteral("signed_by_microsoft"), microsoft}});
        f.repairs = {QStringLiteral("system.file.restore")};
        return f;
    }

    Finding notMicrosoft(const QList<const VerifiedFile *> &files) const
    {
        Finding f;
        f.id = QStringLiteral("signature.not-microsoft");
        f.check = id();
        f.severity = Severity::Critical;
        QStringList names, signers;
        JsonText evidence; // {"files": [{path, signer, source}...]}
        evidence.beginObject().key(QLatin1String("files")).beginArray();
        for (const VerifiedFile *v : files) {
            names << v->path;
            if (!signers.contains(v->signature.signer.commonName))
                signers << v->signature.signer.commonName;
            evidence.beginObject()
                .member(QLatin1String("path"), v->path)
                .member(QLatin1String("signer"), v->signature.signer.commonName)
                .member(QLatin1String("source"), v->source)
                .endObject();
        }
        f.title = files.size() == 1
                      ? translate("wd::SignatureCheck", "%1 is signed, but not by Microsoft").arg(names.first())
                      : translate("wd::SignatureCheck", "%n Windows network file(s) are signed, but not by Microsoft", nullptr,
                                  int(files.size()));
        f.detail = translate("wd::SignatureCheck",
                             "Windows network files must be signed by Microsoft. These carry a valid signature from "
                             "someone else (%1), which means they were replaced. A replaced Winsock file can intercept or "
                             "break every network connection. Restore the originals with \"sfc /scannow\".")
                       .arg(signers.join(QStringLiteral(", ")));
        f.evidence = evidence.endArray().endObject().object();
        f.repairs = {QStringLiteral("system.file.restore")};
        return f;
    }

    Finding invalid(const VerifiedFile &v, sig::Status st) const
    {
        Finding f;
        f.check = id();
        f.evidence = v.toJson();
        const QString role = v.role.isEmpty() ? QStringLiteral("system") : v.role;
        const bool core = role == QLatin1String("ws2_32") || role == QLatin1String("system");
        const Text why = v.unreadable ? Text(v.error) : v.signature.reason;
        if (st == sig::Status::Unsigned && !core) {
            f.id = QStringLiteral("signature.%1.unsigned").arg(role);
            f.severity = Severity::Warning;
            f.title = translate("wd::SignatureCheck", "%1 is not signed").arg(v.path);
            if (role == QLatin1String("driver"))
                f.detail = translate("wd::SignatureCheck",
                                     "This network driver runs inside the Windows kernel, but nobody signed it, so its origin is "
                                     "unknown. 64-bit Windows normally refuses to load unsigned drivers unless test signing or "
                                     "driver signature enforcement was turned off. A faulty network driver causes blue screens "
                                     "in ndis.sys or tcpip.sys. Update it from the device maker, or roll it back (repair).");
            else
                f.detail = translate("wd::SignatureCheck",
                                     "This file is loaded into programs that use the network (as a Winsock provider, name "
                                     "provider or AppInit DLL) but nobody signed it, so its origin is unknown. Unsigned "
                                     "network add-ons are a common cause of lost connections and crashes, and are used by "
                                     "adware. Removing the provider (repair) restores the default network stack.");
        } else {
            f.id = QStringLiteral("signature.%1.invalid").arg(role);
            f.severity = core ? Severity::Critical : Severity::Error;
            f.title = translate("wd::SignatureCheck", "%1 has an invalid signature (%2)").arg(v.path, sig::statusToString(st));
            f.detail = translate("wd::SignatureCheck",
                                 "The signature of this file does not check out: %1 A modified or replaced network file "
                                 "can break or spy on every connection and can crash programs or Windows itself. Restore "
                                 "the original file (\"sfc /scannow\" for Windows files, reinstall the product otherwise).")
                           .arg(why);
        }
        if (core)
            f.repairs = {QStringLiteral("system.file.restore")}; // the Windows original from the component store
        else if (role == QLatin1String("provider"))
            f.repairs = {QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset")};
        else if (role == QLatin1String("appinit"))
            f.repairs = {QStringLiteral("appinit.disable")};
        else if (role == QLatin1String("driver"))
            f.repairs = {QStringLiteral("driver.rollback")};
        else if (role == QLatin1String("namespace"))
            f.repairs = {QStringLiteral("winsock.reset")};
        return f;
    }
};

} // namespace

std::unique_ptr<Check> makeSignatureCheck()
{
    return std::make_unique<SignatureCheck>();
}

} // namespace wd
