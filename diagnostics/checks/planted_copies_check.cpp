// system.file.planted-copy: files named like network-stack DLLs (ws2_32.dll, mswsock.dll, wsock32.dll
// and the Windows provider / namespace DLLs) outside their Windows folders. Programs load a DLL from
// their own folder before System32 for names that are not "known DLLs", so a copy next to a program,
// in a download folder or in the Windows folder itself is either a hijack (DLL planting) or an app's
// own bundled copy — the finding says which it looks like from the copy's signer and version.
// Offline and live: a bounded walk (planted_copies.h). Live also: the modules of running processes.
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/file_verifier.h"
#include "checks/verification_cache.h"
#include "checks/planted_copies.h"
#include "checks/system_release.h"
#include "core/cancel.h"
#include "platform/live_apis.h"
#include "platform/system_view.h"
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QQueue>
#include <algorithm>
#include <vector>
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace wd {

namespace {

QString norm(QString p)
{
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    while (p.endsWith(QLatin1Char('\\')))
        p.chop(1);
    return p;
}

bool under(const QString &path, const QString &dir)
{
    return path.startsWith(dir + QLatin1Char('\\'), Qt::CaseInsensitive);
}

// A folder entry the walk must not enter: a symbolic link, junction or shortcut as Qt sees them, and on
// Windows also any directory that is a name-surrogate reparse point. Wine (8.x) shows a Unix symbolic
// link -- a fresh prefix links the user's Desktop, Documents, Downloads, Music, Pictures and Videos to
// the Unix home folder -- as a directory with FILE_ATTRIBUTE_REPARSE_POINT and reparse tag 0, which Qt
// does not call a link; followed, the walk read the Unix home six times over and ran into its entry
// limit on every live scan under Wine. Windows' own reparse points that are not links (OneDrive and
// other cloud placeholders, deduplicated files) are walked as ordinary folders.
bool isLink(const QFileInfo &fi)
{
    if (fi.isSymLink() || fi.isJunction() || fi.isShortcut())
        return true;
#ifdef Q_OS_WIN
    if (!fi.isDir())
        return false;
    const std::wstring path = QDir::toNativeSeparators(fi.absoluteFilePath()).toStdWString();
    WIN32_FIND_DATAW fd;
    HANDLE h = FindFirstFileExW(path.c_str(), FindExInfoBasic, &fd, FindExSearchNameMatch, nullptr, 0);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    FindClose(h);
    if (!(fd.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT))
        return false;
    const DWORD tag = fd.dwReserved0; // the reparse tag, for reparse points
    return tag == 0 || tag == IO_REPARSE_TAG_SYMLINK || tag == IO_REPARSE_TAG_MOUNT_POINT || IsReparseTagNameSurrogate(tag);
#else
    return false;
#endif
}

} // namespace

bool isWindowsOwnCopyFolder(const QString &windowsPath, const QString &systemRoot)
{
    const QString p = norm(windowsPath);
    for (const char *d : {"System32", "SysWOW64", "SysArm32", "WinSxS", "servicing", "Installer", "SoftwareDistribution"})
        if (under(p, systemRoot + QLatin1Char('\\') + QLatin1String(d)))
            return true;
    return false;
}

PlantedWalk findPlantedCopies(const SystemView &sys, const QStringList &names, const PlantedWalkLimits &limits,
                              const CancelToken *cancel)
{
    PlantedWalk out;
    const QString sysRoot = norm(sys.systemRoot());
    const QString drive = sysRoot.left(2);
    struct Dir {
        QString windows, host;
        bool recursive;
    };
    QQueue<Dir> queue;
    auto root = [&](const QString &windowsPath, bool recursive) {
        Expected<QString> host = sys.hostPath(windowsPath); // offline: refused when it leaves the volume
        if (!host || !QFileInfo(*host).isDir())
            return;
        out.walked << windowsPath;
        queue.enqueue({windowsPath, *host, recursive});
    };
    root(sysRoot, false);
    root(sysRoot + QStringLiteral("\\Temp"), true);
    for (const char *d : {"\\Program Files", "\\Program Files (x86)", "\\ProgramData", "\\Users"})
        root(drive + QLatin1String(d), true);

    QElapsedTimer clock;
    clock.start();
    while (!queue.isEmpty()) {
        if (cancel && cancel->isCancelled()) {
            out.stoppedBy = QStringLiteral("cancelled");
            break;
        }
        if (clock.elapsed() > limits.maxMillis) {
            out.stoppedBy = QStringLiteral("time");
            break;
        }
        const Dir d = queue.dequeue();
        // The folder's entries up to what is left of the budget, then in name order: a folder of a
        // million files is read no further than the budget (a whole listing held them all in memory).
        struct Entry {
            QString name;
            bool link, dir;
        };
        std::vector<Entry> entries;
        bool more = false;
        QDirIterator it(d.host, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            if (out.entries + qint64(entries.size()) >= limits.maxEntries) {
                more = true;
                break;
            }
            it.next();
            const QFileInfo fi = it.fileInfo();
            entries.push_back({fi.fileName(), isLink(fi), fi.isDir()});
        }
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.name < b.name; });
        for (const Entry &e : entries) {
            ++out.entries;
            const QString windows = d.windows + QLatin1Char('\\') + e.name;
            if (e.link) {
                ++out.linksSkipped; // never followed: it may leave the volume or loop
                continue;
            }
            if (e.dir) {
                if (d.recursive)
                    queue.enqueue({windows, QDir(d.host).filePath(e.name), true});
            } else if (names.contains(e.name.toLower())) {
                out.copies << windows;
            }
        }
        if (more) {
            out.stoppedBy = QStringLiteral("entries");
            break;
        }
    }
    return out;
}

namespace {

using checkutil::finding;

class PlantedCopiesCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("planted-copies"); }
    Text title() const override { return translate("wd::PlantedCopiesCheck", "Copies of network DLLs outside Windows"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        const QString sysRoot = norm(sys.systemRoot());
        // The names: Windows' network-stack DLLs and the DLLs of the Windows providers in the catalogs
        // (those the Winsock and namespace checks found in System32 / SysWOW64).
        QStringList names;
        for (const QString &n : restorableNetworkFiles())
            if (n.endsWith(QLatin1String(".dll")))
                names << n;
        for (const FileRef &f : ctx.result.filesToVerify)
            if ((f.role == QLatin1String("provider") || f.role == QLatin1String("namespace")) && isWindowsOwnCopyFolder(f.path, sysRoot))
                if (const QString n = checkutil::fileName(f.path).toLower(); n.endsWith(QLatin1String(".dll")) && !names.contains(n))
                    names << n;

        ctx.report(id(), 0, 0, translate("wd::PlantedCopiesCheck", "Looking for copies of network DLLs outside Windows"));
        const PlantedWalk walk = findPlantedCopies(sys, names, m_limits, &ctx.cancel);
        if (walk.stoppedBy == QLatin1String("cancelled"))
            return Error(ErrorKind::Cancelled, translate("wd::PlantedCopiesCheck", "The search for copies of network DLLs was cancelled."));

        // path -> processes that have it loaded
        QMap<QString, QStringList> copies;
        for (const QString &c : walk.copies)
            copies[c];
        QString modulesNote;
        if (LiveApis *api = sys.live()) {
            Expected<QList<LiveModule>> mods = api->loadedModules(names, 20000);
            if (!mods) {
                modulesNote = mods.error().message;
            } else {
                for (const LiveModule &m : *mods) {
                    const QString p = norm(m.path);
                    if (p.isEmpty() || isWindowsOwnCopyFolder(p, sysRoot))
                        continue;
                    QString key = p;
                    for (auto it = copies.begin(); it != copies.end(); ++it)
                        if (it.key().compare(p, Qt::CaseInsensitive) == 0)
                            key = it.key();
                    QStringList &procs = copies[key];
                    const QString proc = QStringLiteral("%1 (%2)").arg(m.process).arg(m.pid);
                    if (!procs.contains(proc))
                        procs << proc;
                }
            }
        }

        const QJsonObject walkEvidence{{QStringLiteral("folders"), QJsonArray::fromStringList(walk.walked)},
                                       {QStringLiteral("entries"), walk.entries},
                                       {QStringLiteral("links_not_followed"), walk.linksSkipped},
                                       {QStringLiteral("stopped_by"), walk.stoppedBy},
                                       {QStringLiteral("max_entries"), m_limits.maxEntries},
                                       {QStringLiteral("max_seconds"), double(m_limits.maxMillis) / 1000.0},
                                       {QStringLiteral("names"), QJsonArray::fromStringList(names)},
                                       {QStringLiteral("modules_error"), modulesNote}};
        if (!walk.stoppedBy.isEmpty()) {
            Finding f = finding(QStringLiteral("system.file.planted-copy.incomplete"), id(), Severity::Info,
                                translate("wd::PlantedCopiesCheck", "The search for copies of network DLLs stopped early"),
                                walk.stoppedBy == QLatin1String("time")
                                    ? translate("wd::PlantedCopiesCheck", "The search stopped after %1 seconds (%2 entries looked at), so "
                                                                          "folders after that point were not searched.")
                                          .arg(m_limits.maxMillis / 1000)
                                          .arg(walk.entries)
                                    : translate("wd::PlantedCopiesCheck", "The search stopped after %1 entries, so folders after that "
                                                                          "point were not searched.")
                                          .arg(walk.entries));
            f.evidence = walkEvidence;
            ctx.result.add(f);
        }
        if (copies.isEmpty())
            return {};

        // What each copy is: signature (embedded, or the target's catalogs) and version resource.
        auto trust = std::make_shared<sig::TrustStore>();
        loadTargetRoots(sys, *trust);
        if (sys.info().kind == QLatin1String("demo"))
            loadDemoStandIns(sys, *trust);
        if (!ctx.options.trustRootsDir.isEmpty())
            (void)trust->addPemDir(ctx.options.trustRootsDir);
        auto catalogs = std::make_shared<sig::CatalogIndex>();
        const FileVerifier verifier(trust, catalogs, ctx.options.verificationTime);
        // Through the target's verification cache; the catalogs are indexed only for a copy it cannot answer.
        const CachedVerifier cached(verifier, &sys, *trust, ctx.options.verificationTime, ctx.options.verificationCache,
                                    [&] { (void)loadTargetCatalogs(sys, *catalogs); });
        const TargetRelease release = readTargetRelease(sys);
        for (auto it = copies.cbegin(); it != copies.cend(); ++it)
            ctx.result.add(describe(sys, cached, release, it.key(), it.value(), walkEvidence));
        return {};
    }

    PlantedWalkLimits m_limits;

private:
    Finding describe(SystemView &sys, const CachedVerifier &verifier, const TargetRelease &release, const QString &path,
                     const QStringList &loadedBy, const QJsonObject &walk) const
    {
        Finding f;
        f.id = QStringLiteral("system.file.planted-copy");
        f.check = id();
        f.severity = Severity::Error;
        VerifiedFile v;
        if (Expected<QString> host = sys.hostPath(path))
            v = verifier.verifyHostFile(*host, path, QStringLiteral("planted"));
        else
            v.path = path, v.error = host.error().message;
        const QString name = checkutil::fileName(path);
        const FileVersion fv = fileVersionOf(v.version.fixedFileVersion, v.version.fileVersion);
        const bool valid = v.exists && !v.unreadable && v.signature.status == sig::Status::Valid;
        const bool microsoft = valid && v.signature.chainsToMicrosoft;
        QString verdict;
        Text what;
        if (microsoft) {
            const ReleaseFit fit = classifyRelease(release, fv);
            verdict = QStringLiteral("bundled-microsoft");
            what = fit == ReleaseFit::Fits
                       ? translate("wd::PlantedCopiesCheck", "It is Microsoft's file (signed by %1, version %2, this Windows' release): "
                                                             "most likely a program's own bundled copy.")
                             .arg(v.signature.signer.commonName, fv.toString())
                       : translate("wd::PlantedCopiesCheck", "It is Microsoft's file (signed by %1) but version %2, which is not this "
                                                             "Windows' (%3): a copy from another Windows, bundled by a program or "
                                                             "downloaded from a DLL site.")
                             .arg(v.signature.signer.commonName, fv.valid() ? fv.toString() : QStringLiteral("?"), release.familyName());
        } else if (valid) {
            verdict = QStringLiteral("bundled-vendor");
            what = translate("wd::PlantedCopiesCheck", "It is not Microsoft's file: it is signed by %1 (%2). A program ships its own "
                                                       "replacement of this Windows DLL, which sits between the program and the network "
                                                       "(game mods, proxies and some security tools do this).")
                       .arg(v.signature.signer.commonName, v.version.companyName.isEmpty() ? v.version.productName : v.version.companyName);
        } else {
            verdict = QStringLiteral("hijack");
            const QString status = v.unreadable || !v.exists ? v.error : sig::statusToString(v.signature.status);
            what = fv.valid() ? translate("wd::PlantedCopiesCheck", "It carries no valid signature (%1) and calls itself version %2, so "
                                                                    "nothing tells who made it: treat it as planted (DLL hijacking) unless "
                                                                    "you know the program that put it there.")
                                    .arg(status, fv.toString())
                              : translate("wd::PlantedCopiesCheck", "It carries no valid signature (%1) and no version, so nothing tells "
                                                                    "who made it: treat it as planted (DLL hijacking) unless you know the "
                                                                    "program that put it there.")
                                    .arg(status);
        }
        f.title = translate("wd::PlantedCopiesCheck", "A copy of %1 outside Windows: %2").arg(name, path);
        // Two sentences for a copy nobody has loaded, three when processes have it loaded (no empty slot:
        // an empty %3 left a double space in the text).
        if (loadedBy.isEmpty())
            f.detail = translate("wd::PlantedCopiesCheck",
                                 "%1 belongs in the Windows folders. A program started from the folder of this copy can load it "
                                 "instead of Windows' own, so whatever it contains runs inside that program and sees its network "
                                 "traffic. %2 If you do not know why it is there, delete it or reinstall the program it belongs to; "
                                 "Windows' own copy is not affected.")
                           .arg(name, what);
        else
            f.detail = translate("wd::PlantedCopiesCheck",
                                 "%1 belongs in the Windows folders. A program started from the folder of this copy can load it "
                                 "instead of Windows' own, so whatever it contains runs inside that program and sees its network "
                                 "traffic. %2 It is loaded right now by: %3. If you do not know why it is there, end those programs "
                                 "and delete it, or reinstall the program it belongs to; Windows' own copy is not affected.")
                           .arg(name, what, loadedBy.join(QStringLiteral(", ")));
        f.evidence = v.toJson();
        f.evidence.insert(QStringLiteral("path"), path);
        f.evidence.insert(QStringLiteral("verdict"), verdict);
        f.evidence.insert(QStringLiteral("signer"), v.signature.signer.commonName);
        f.evidence.insert(QStringLiteral("file_version"), fv.toString());
        f.evidence.insert(QStringLiteral("company"), v.version.companyName);
        f.evidence.insert(QStringLiteral("loaded_by"), QJsonArray::fromStringList(loadedBy));
        f.evidence.insert(QStringLiteral("search"), walk);
        return f;
    }
};

} // namespace

std::unique_ptr<Check> makePlantedCopiesCheck(qint64 maxEntries, qint64 maxMillis)
{
    auto c = std::make_unique<PlantedCopiesCheck>();
    if (maxEntries > 0)
        c->m_limits.maxEntries = maxEntries;
    if (maxMillis > 0)
        c->m_limits.maxMillis = maxMillis;
    return c;
}

} // namespace wd
