// system.file.restore: puts back damaged, replaced, unsigned or missing network-stack system files
// (ws2_32.dll, mswsock.dll, wsock32.dll, the Windows provider and namespace DLLs, afd.sys, tcpip.sys,
// ndis.sys) from the target's own component store, Windows\WinSxS\<arch>_<component>_31bf3856ad364e35_
// <version>_<culture>_<hash>\<file>. A candidate is used only when our own verification accepts it
// (signed by Microsoft, embedded or through the target's catalogs; the right machine type) and it
// belongs to the target's release (same major.minor.build family, revision not above the installed
// update revision UBR); the highest such revision wins. Nothing comes from outside the target.
// Without a candidate the plan says so and gives the sfc / DISM command to run instead.
#include "repairs/actions/actions.h"
#include "checks/file_verifier.h"
#include "checks/pending_renames.h"
#include "checks/system_release.h"
#include "platform/live_apis.h"
#include "platform/system_view.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace wd::actions {
namespace {

const QString kId = QStringLiteral("system.file.restore");

// Tests of the live path under Wine only (whose own DLLs are unsigned): WD_TEST_WINE_STAND_IN_ROOTS
// names a file of SHA-256 root thumbprints, in the demo's format, whose roots stand in for
// Microsoft's. Ignored on Windows itself (no wine_get_version) and on every other target.
int loadWineTestStandIns(SystemView &view, sig::TrustStore &trust)
{
    LiveApis *api = view.live();
    const QString file = qEnvironmentVariable("WD_TEST_WINE_STAND_IN_ROOTS");
    if (!api || file.isEmpty() || api->wineVersion().isEmpty())
        return 0;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4096)
        return 0;
    int n = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QByteArray hex = line.trimmed().toLower();
        const QByteArray raw = QByteArray::fromHex(hex);
        if (raw.size() == 32 && raw.toHex() == hex) {
            trust.addMicrosoftStandIn(raw);
            ++n;
        }
    }
    return n;
}

// Trust and catalogs of the target, as the signature check builds them. Never through the verification
// cache (checks/verification_cache.h): the files to replace, the candidates and the restored copies are
// read and verified afresh every time.
struct TargetVerifier {
    std::shared_ptr<sig::TrustStore> trust = std::make_shared<sig::TrustStore>();
    std::shared_ptr<sig::CatalogIndex> catalogs = std::make_shared<sig::CatalogIndex>();
    std::unique_ptr<FileVerifier> verifier;

    Expected<void> load(SystemView &view, const QString &trustRootsDir)
    {
        loadTargetRoots(view, *trust);
        if (view.info().kind == QLatin1String("demo"))
            loadDemoStandIns(view, *trust); // the built-in demo only: its test root stands in for Microsoft's
        else if (view.info().kind == QLatin1String("live"))
            loadWineTestStandIns(view, *trust);
        if (!trustRootsDir.isEmpty()) {
            Expected<int> n = trust->addPemDir(trustRootsDir);
            if (!n)
                return n.error();
        }
        (void)loadTargetCatalogs(view, *catalogs); // no catalogs: embedded signatures only
        verifier = std::make_unique<FileVerifier>(trust, catalogs);
        return {};
    }
};

QString hostSha256(const QString &host)
{
    QFile f(host);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return {};
    return QString::fromLatin1(h.result().toHex());
}

FileVersion versionOf(const VerifiedFile &v)
{
    return fileVersionOf(v.version.fixedFileVersion, v.version.fileVersion);
}

// Why a present file needs restoring ("" when it is intact): the scan's criteria.
QString problemOf(const VerifiedFile &v, const TargetRelease &release)
{
    if (v.unreadable)
        return translate("wd::Repairs", "cannot be read: %1").arg(v.error);
    if (v.signature.status != sig::Status::Valid)
        return translate("wd::Repairs", "signature %1").arg(sig::statusToString(v.signature.status));
    if (!v.signature.chainsToMicrosoft)
        return translate("wd::Repairs", "signed by %1, not by Microsoft").arg(v.signature.signer.commonName);
    const FileVersion fv = versionOf(v);
    switch (classifyRelease(release, fv)) { // the scan's system.file.foreign-version
    case ReleaseFit::OtherRelease:
        return translate("wd::Repairs", "version %1 belongs to another Windows release than this one (%2)").arg(fv.toString(), release.family());
    case ReleaseFit::NewerRevision:
        return translate("wd::Repairs", "version %1 is newer than the installed update (revision %2)").arg(fv.toString()).arg(release.ubr);
    default:
        return {};
    }
}

bool required(const QString &name)
{
    return name == QLatin1String("ws2_32.dll") || name == QLatin1String("mswsock.dll");
}

// A component-store file kept as a compressed delta instead of a whole file: the delta format's
// signature "PA30" (or the older "PA19") at its start, or after the 4-byte "DCM\x01" header.
bool isDeltaCompressed(const QString &host)
{
    QFile f(host);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(8);
    auto delta = [](const QByteArray &b) { return b == "PA30" || b == "PA19"; };
    return delta(head.left(4)) || (head.startsWith(QByteArrayLiteral("DCM\x01")) && delta(head.mid(4, 4)));
}

struct Candidate {
    QString path;     // Windows path in WinSxS
    FileVersion version;
    QString sha256;
    QString signer, source, catalog;
};

class SystemFileRestore : public RepairAction {
public:
    QString id() const override { return kId; }
    Text title() const override { return translate("wd::Repairs", "Restore Windows network files from the component store"); }

    // The commands that restore PATH without us (live: this Windows; offline: from the recovery environment).
    static QStringList fallbackCommands(const QString &path, bool live, const QString &volumeRoot)
    {
        if (live)
            return {QStringLiteral("sfc /scanfile=%1").arg(path), QStringLiteral("DISM /Online /Cleanup-Image /RestoreHealth")};
        // The volume's letter in the recovery environment: the target's own drive when it is one (offline:D:\), else D:.
        QString drive = QStringLiteral("D:");
        static const QRegularExpression letter(QStringLiteral("^([A-Za-z]:)[\\\\/]?$"));
        if (const QRegularExpressionMatch m = letter.match(volumeRoot); m.hasMatch())
            drive = m.captured(1).toUpper();
        const QString onVolume = drive + path.mid(2);
        return {QStringLiteral("sfc /scanfile=%1 /offbootdir=%2\\ /offwindir=%2\\Windows").arg(onVolume, drive),
                QStringLiteral("DISM /Image:%1\\ /Cleanup-Image /RestoreHealth /Source:WIM:E:\\sources\\install.wim:1 /LimitAccess").arg(drive)};
    }

    static QString noCandidateNote(const QString &path, const QString &why, bool live, const QString &volumeRoot)
    {
        const QStringList cmds = fallbackCommands(path, live, volumeRoot);
        if (live)
            return translate("wd::Repairs", "%1 (%2): the component store of this Windows holds no copy of it that is signed by Microsoft "
                                            "and of this Windows release, so Winsock Doctor replaces nothing. Run in an administrator "
                                            "command prompt: \"%3\" (Windows Resource Protection puts back its own copy).")
                .arg(path, why, cmds[0]);
        return translate("wd::Repairs", "%1 (%2): the component store of this Windows holds no copy of it that is signed by Microsoft "
                                        "and of this Windows release, so nothing is replaced. Run instead: \"%3\"")
            .arg(path, why, cmds[0]);
    }

    // Said once after the per-file notes: where to run those commands, and DISM when sfc cannot.
    static QString fallbackHowTo(bool live, const QString &volumeRoot)
    {
        const QString dism = fallbackCommands(QStringLiteral("C:\\Windows"), live, volumeRoot).value(1);
        if (live)
            return translate("wd::Repairs", "If sfc reports that it could not repair a file, repair the component store first with \"%1\" "
                                            "(needs Windows Update or install media), then run sfc again.").arg(dism);
        static const QRegularExpression letter(QStringLiteral("^([A-Za-z]:)[\\\\/]?$"));
        const Text where = letter.match(volumeRoot).hasMatch()
                                  ? Text()
                                  : QLatin1Char(' ') + translate("wd::Repairs", "D: stands for the letter this Windows volume has there (\"diskpart\", "
                                                                                "\"list volume\" shows it).");
        return translate("wd::Repairs", "Run these commands in the Windows recovery environment's command prompt (or start this Windows "
                                        "and run \"sfc /scanfile=PATH\" as administrator).%1 If sfc cannot restore a file, repair the "
                                        "component store with the Windows installation media of the same version as E:: \"%2\".")
            .arg(where, dism);
    }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &o) const override
    {
        ActionPlan p = basePlan();
        const bool live = w.isLive();
        p.needsReboot = live;
        Expected<std::unique_ptr<SystemView>> viewOr = w.openView();
        if (!viewOr)
            return viewOr.error();
        SystemView &view = **viewOr;
        TargetVerifier tv;
        if (Expected<void> r = tv.load(view, o.trustRootsDir); !r)
            return r.error();
        const TargetRelease release = readTargetRelease(view);
        const QString sysRoot = view.systemRoot();

        // The files to examine: the one named, or every network file this repair knows.
        QStringList paths;
        const bool explicitFiles = !o.files.isEmpty();
        for (const QString &f : o.files) {
            QString path = view.expandPath(f.trimmed());
            path.replace(QLatin1Char('/'), QLatin1Char('\\'));
            if (!isRestorableNetworkFile(path, sysRoot))
                return Error(ErrorKind::Usage,
                             translate("wd::Repairs", "%1 is not a network system file this repair restores. It restores these files in "
                                                      "%2\\System32 and %2\\SysWOW64 (drivers in System32\\drivers): %3.")
                                 .arg(f, sysRoot, restorableNetworkFiles().join(QStringLiteral(", "))),
                             f);
            paths.append(path);
        }
        if (!explicitFiles) {
            QStringList dirs{sysRoot + QStringLiteral("\\System32")};
            if (view.is64Bit())
                dirs.append(sysRoot + QStringLiteral("\\SysWOW64"));
            for (const QString &dir : dirs)
                for (const QString &n : restorableNetworkFiles())
                    if (n.endsWith(QLatin1String(".dll")))
                        paths.append(dir + QLatin1Char('\\') + n);
            for (const QString &n : restorableNetworkFiles())
                if (n.endsWith(QLatin1String(".sys")))
                    paths.append(sysRoot + QStringLiteral("\\System32\\drivers\\") + n);
        }

        QJsonArray planned;
        bool missingCandidate = false;
        std::optional<QStringList> sxs; // WinSxS folder names, listed once
        for (const QString &path : paths) {
            const QString name = path.section(QLatin1Char('\\'), -1).toLower();
            QString why;
            Expected<QString> host = view.hostPath(path);
            if (!host) {
                if (host.error().kind != ErrorKind::NotFound)
                    return host.error(); // e.g. a link out of the volume: refused, nothing planned
                if (!explicitFiles && !required(name))
                    continue; // optional files may be absent
                why = translate("wd::Repairs", "missing");
            } else {
                const VerifiedFile cur = tv.verifier->verifyHostFile(*host, path, QStringLiteral("system"));
                why = problemOf(cur, release);
                if (why.isEmpty()) {
                    if (explicitFiles)
                        p.notes << translate("wd::Repairs", "%1 is intact (signed by %2, version %3): nothing to restore.")
                                       .arg(path, cur.signature.signer.commonName, versionOf(cur).toString());
                    continue;
                }
            }
            if (!sxs) {
                Expected<QStringList> l = view.listDir(sysRoot + QStringLiteral("\\WinSxS"), QStringLiteral("*_31bf3856ad364e35_*"));
                sxs = l ? *l : QStringList();
            }
            QStringList rejected;
            const std::optional<Candidate> best = findCandidate(view, tv, release, path, name, *sxs, &rejected);
            if (!best) {
                QString note = noCandidateNote(path, why, live, view.info().path);
                if (!rejected.isEmpty())
                    note += QLatin1Char(' ') + translate("wd::Repairs", "Copies found but not used: %1.").arg(rejected.mid(0, 5).join(QStringLiteral("; ")));
                p.notes << note;
                missingCandidate = true;
                continue;
            }
            p.affectedFiles << path;
            const Text signedBy = best->source == QLatin1String("catalog") ? translate("wd::Repairs", "catalog %1").arg(best->catalog)
                                                                              : translate("wd::Repairs", "embedded signature");
            if (live)
                p.steps << translate("wd::Repairs", "Stage Windows' own copy of %1 (%2) from the component store beside it as %3: %4 - "
                                                    "version %5, signed by %6 (%7), SHA-256 %8. Windows is told to replace %1 with it at "
                                                    "the next restart (MoveFileEx with MOVEFILE_DELAY_UNTIL_REBOOT, recorded in "
                                                    "PendingFileRenameOperations); until then the current file stays in use. The "
                                                    "current file is saved first.")
                               .arg(path, why, pending::stagedPathFor(path), best->path, best->version.toString(), best->signer, signedBy,
                                    best->sha256);
            else
                p.steps << translate("wd::Repairs", "Replace %1 (%2) with Windows' own copy from the component store: %3 - version %4, "
                                                "signed by %5 (%6), SHA-256 %7. The current file is saved first.")
                           .arg(path, why, best->path, best->version.toString(), best->signer, signedBy, best->sha256);
            planned.append(QJsonObject{{QStringLiteral("path"), path},
                                       {QStringLiteral("source"), best->path},
                                       {QStringLiteral("sha256"), best->sha256},
                                       {QStringLiteral("version"), best->version.toString()}});
        }
        if (missingCandidate)
            p.notes << fallbackHowTo(live, view.info().path);
        if (live && !planned.isEmpty())
            p.notes << translate("wd::Repairs", "Restart Windows to finish: until the restart the damaged files keep running, and a scan "
                                                "reports the waiting replacement (update.pending-reboot). Undo before the restart "
                                                "cancels it.");
        p.data[QStringLiteral("files")] = planned;
        p.data[QStringLiteral("trust_roots")] = o.trustRootsDir;
        if (p.nothingToDo() && p.notes.isEmpty())
            p.notes << translate("wd::Repairs", "Every network system file is present, signed by Microsoft and of this Windows release.");
        if (!release.known())
            p.notes << translate("wd::Repairs", "The Windows version of this target could not be read, so no copy from the component store can be matched to it.");
        else if (release.ubr < 0 && !p.affectedFiles.isEmpty())
            p.notes << translate("wd::Repairs", "The installed update revision (UBR) of this Windows is not recorded; the newest verified copy of release %1 was chosen.")
                           .arg(release.family());
        return p;
    }

    static std::optional<Candidate> findCandidate(const SystemView &view, const TargetVerifier &tv, const TargetRelease &release,
                                                  const QString &path, const QString &name, const QStringList &sxs, QStringList *rejected)
    {
        const QString sysRoot = view.systemRoot();
        const bool wow = path.startsWith(sysRoot + QStringLiteral("\\SysWOW64\\"), Qt::CaseInsensitive);
        const QString arch = view.info().windows.arch;
        QStringList prefixes;
        QString machine;
        if (wow) {
            prefixes = {QStringLiteral("wow64"), QStringLiteral("x86")};
            machine = QStringLiteral("x86");
        } else if (arch == QLatin1String("x86")) {
            prefixes = {QStringLiteral("x86")};
            machine = QStringLiteral("x86");
        } else if (arch == QLatin1String("arm64")) {
            prefixes = {QStringLiteral("arm64")};
            machine = QStringLiteral("arm64");
        } else {
            prefixes = {QStringLiteral("amd64")};
            machine = QStringLiteral("x64");
        }
        static const QRegularExpression re(QStringLiteral("^([a-z0-9]+)_(.+)_31bf3856ad364e35_(\\d+\\.\\d+\\.\\d+\\.\\d+)_([^_]+)_([0-9a-f]+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
        std::optional<Candidate> best;
        for (const QString &dir : sxs) {
            const QRegularExpressionMatch m = re.match(dir);
            if (!m.hasMatch() || !prefixes.contains(m.captured(1).toLower()))
                continue;
            if (!fitsRelease(release, FileVersion::parse(m.captured(3))))
                continue; // another release or a newer update than the installed one
            const QString cpath = sysRoot + QStringLiteral("\\WinSxS\\") + dir + QLatin1Char('\\') + name;
            Expected<QString> host = view.hostPath(cpath);
            if (!host || !QFileInfo(*host).isFile())
                continue; // not in this component (or a link out of the volume)
            if (isDeltaCompressed(*host)) {
                // Windows keeps superseded components as delta-compressed files ("PA30", or "DCM" + "PA30");
                // only Windows' own servicing (sfc, DISM) expands them, so such a copy is never used here.
                if (rejected)
                    rejected->append(QStringLiteral("%1 (%2)").arg(
                        cpath, translate("wd::Repairs", "a compressed delta that only Windows' own servicing (sfc or DISM) can expand")));
                continue;
            }
            const VerifiedFile v = tv.verifier->verifyHostFile(*host, cpath, QStringLiteral("system"));
            const FileVersion fv = versionOf(v);
            QString no;
            if (v.unreadable || v.signature.status != sig::Status::Valid)
                no = translate("wd::Repairs", "signature %1").arg(sig::statusToString(v.unreadable ? sig::Status::Malformed : v.signature.status));
            else if (!v.signature.chainsToMicrosoft)
                no = translate("wd::Repairs", "not signed by Microsoft");
            else if (v.machine != machine)
                no = translate("wd::Repairs", "built for %1, not %2").arg(v.machine, machine);
            else if (!fitsRelease(release, fv))
                no = translate("wd::Repairs", "version %1 does not fit this Windows (%2, update revision %3)")
                         .arg(fv.valid() ? fv.toString() : QStringLiteral("?"), release.family(), QString::number(release.ubr));
            if (!no.isEmpty()) {
                if (rejected)
                    rejected->append(QStringLiteral("%1 (%2)").arg(cpath, no));
                continue;
            }
            if (best && (fv.revision < best->version.revision || (fv.revision == best->version.revision && fv.build <= best->version.build)))
                continue;
            best = Candidate{cpath, fv, v.sha256, v.signature.signer.commonName, v.source, v.catalog.section(QLatin1Char('/'), -1)};
        }
        return best;
    }

    Expected<void> apply(SystemWriter &w, const ActionPlan &p, const FaultHook &hook) const override
    {
        int n = 0;
        for (const QJsonValue &v : p.data.value(QStringLiteral("files")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString path = e.value(QStringLiteral("path")).toString();
            const QString source = e.value(QStringLiteral("source")).toString();
            Expected<QString> host = w.targetHostPath(source);
            if (!host)
                return host.error();
            QFile f(*host);
            if (!f.open(QIODevice::ReadOnly))
                return Error(ErrorKind::Io, translate("wd::Repairs", "Cannot read %1: %2").arg(source, f.errorString()), source);
            const QByteArray bytes = f.readAll();
            if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != e.value(QStringLiteral("sha256")).toString())
                return Error(ErrorKind::RepairFailed,
                             translate("wd::Repairs", "%1 changed after the preview; nothing of it was used.").arg(source), source);
            bool pending = false;
            if (Expected<void> r = w.writeTargetFile(path, bytes, &pending); !r)
                return r;
            if (w.isLive() && !pending) // the live writer stages and replaces at the restart, never in place
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "%1 was not staged for the next restart.").arg(path), path);
            if (hook && hook(QStringLiteral("file %1").arg(++n)))
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "The repair was stopped after file %1 (fault injection).").arg(n));
        }
        return RepairAction::apply(w, p, hook);
    }

    // Live: the staged copy is the verified candidate and its replacement at the restart is registered.
    static Expected<void> verifyStaged(const SystemWriter &w, SystemView &view, const TargetVerifier &tv, const TargetRelease &release,
                                       const QString &path, const QString &sha256)
    {
        const QString staged = pending::stagedPathFor(path);
        Expected<QString> host = view.hostPath(staged);
        if (!host)
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the repair the staged copy %1 is not there: %2").arg(staged, host.error().message), staged);
        if (hostSha256(*host) != sha256)
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the repair %1 is not the copy from the component store.").arg(staged), staged);
        const VerifiedFile vf = tv.verifier->verifyHostFile(*host, staged, QStringLiteral("system"));
        if (const QString why = problemOf(vf, release); !why.isEmpty())
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the repair %1 does not verify: %2").arg(staged, why), staged);
        Expected<std::optional<RegValue>> v = w.value(QLatin1String(pending::kSessionManagerKey), QLatin1String(pending::kRenamesValue), RegView::Native);
        if (!v)
            return v.error();
        bool registered = false;
        if (v->has_value())
            for (const pending::RenameOp &op : pending::decode((*v)->data).ops)
                registered = registered || (pending::isOurReplace(op, path) && op.replaceExisting());
        if (!registered)
            return Error(ErrorKind::RepairFailed,
                         translate("wd::Repairs", "After the repair the replacement of %1 at the next restart is not recorded in %2.")
                             .arg(path, QLatin1String(pending::kRenamesValue)), path);
        return {};
    }

    Expected<void> verify(const SystemWriter &w, const ActionPlan &p) const override
    {
        Expected<std::unique_ptr<SystemView>> view = w.openView();
        if (!view)
            return view.error();
        TargetVerifier tv;
        if (Expected<void> r = tv.load(**view, p.data.value(QStringLiteral("trust_roots")).toString()); !r)
            return r;
        const TargetRelease release = readTargetRelease(**view);
        for (const QJsonValue &v : p.data.value(QStringLiteral("files")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString path = e.value(QStringLiteral("path")).toString();
            if (w.isLive()) {
                if (Expected<void> r = verifyStaged(w, **view, tv, release, path, e.value(QStringLiteral("sha256")).toString()); !r)
                    return r;
                continue;
            }
            Expected<QString> host = (*view)->hostPath(path);
            if (!host)
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the repair %1 is not there: %2").arg(path, host.error().message), path);
            if (hostSha256(*host) != e.value(QStringLiteral("sha256")).toString())
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the repair %1 is not the copy from the component store.").arg(path), path);
            const VerifiedFile vf = tv.verifier->verifyHostFile(*host, path, QStringLiteral("system"));
            if (const QString why = problemOf(vf, release); !why.isEmpty())
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the repair %1 does not verify: %2").arg(path, why), path);
        }
        return RepairAction::verify(w, p);
    }
};

} // namespace
std::unique_ptr<RepairAction> makeSystemFileRestore() { return std::make_unique<SystemFileRestore>(); }
} // namespace wd::actions
