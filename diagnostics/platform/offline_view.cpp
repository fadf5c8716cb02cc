#include "platform/offline_view.h"
#include "core/wildcard.h"
#include "formats/hive_log.h"
#include <QDirIterator>
#include <QFileInfo>
#include <algorithm>

namespace wd {


// NAME in DIR, spelled as on disk: the exact spelling when it exists, else the first entry (in the
// folder's order) that matches case-insensitively. Entries are looked at one by one, never listed
// whole: System32 is walked through here, and a flooded one may hold a million files.
static QString findCaseInsensitive(const QString &dir, const QString &name)
{
    if (dir.isEmpty() || name.isEmpty())
        return {};
    QDir d(dir);
    if (!name.contains(QLatin1Char('/')) && QFileInfo::exists(d.filePath(name)))
        return d.filePath(name);
    QDirIterator it(dir, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        if (it.fileName().compare(name, Qt::CaseInsensitive) == 0)
            return d.filePath(it.fileName());
    }
    return {};
}

namespace {
// Folders of up to this many entries are cached whole for case-insensitive look-ups (lower-case name
// -> name); a larger one (a system folder flooded with files) only as the sorted hashes of its
// lower-case names, 8 bytes an entry instead of about 200.
constexpr qsizetype kMaxCachedNames = 65536;
// Resolved folders kept by resolveInsideRoot (a hostile volume cannot make it grow without bound).
constexpr qsizetype kMaxResolvedDirs = 65536;

size_t nameHash(const QString &lower) { return qHash(lower, size_t(0)); }

// A link to follow only after checking where it leads: a symbolic link (or shortcut) and, on Windows, a
// junction (a mount point: QFileInfo::isSymLink() does not count those).
bool isLink(const QFileInfo &fi) { return fi.isSymLink() || fi.isJunction(); }
} // namespace

OfflineView::DirIndex OfflineView::indexDir(const QString &dir)
{
    DirIndex idx;
    QDirIterator it(dir, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        const QString name = it.fileName();
        const QString lower = name.toLower();
        if (!idx.big && idx.names.size() >= kMaxCachedNames) {
            idx.big = true;
            idx.hashes.reserve(size_t(idx.names.size()) * 2);
            for (auto n = idx.names.cbegin(); n != idx.names.cend(); ++n)
                idx.hashes.push_back(nameHash(n.key()));
            idx.names.clear();
            idx.names.squeeze();
        }
        if (idx.big)
            idx.hashes.push_back(nameHash(lower));
        else
            idx.names.insert(lower, name);
        // The entry's type comes with the listing (d_type, FindFirstFile's attributes): no lstat.
        if (!idx.big && isLink(it.fileInfo()))
            idx.links.insert(lower);
    }
    std::sort(idx.hashes.begin(), idx.hashes.end());
    idx.hashes.shrink_to_fit();
    return idx;
}

QString findHiveFile(const QString &root, const QString &name)
{
    QString p = root;
    for (const QString &c : {QStringLiteral("Windows"), QStringLiteral("System32"), QStringLiteral("config"), name}) {
        p = findCaseInsensitive(p, c);
        if (p.isEmpty())
            return {};
    }
    return p;
}

OfflineView::~OfflineView() = default;

Expected<std::unique_ptr<OfflineView>> OfflineView::open(const QString &rootIn, const QString &kind)
{
    QFileInfo rootInfo(rootIn);
    if (!rootInfo.isDir())
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "The folder %1 does not exist.").arg(rootIn), rootIn);
    std::unique_ptr<OfflineView> v(new OfflineView);
    v->m_root = rootInfo.canonicalFilePath();
    v->m_info.kind = kind;
    v->m_info.path = QDir::toNativeSeparators(rootInfo.absoluteFilePath());

    const QString systemFile = findHiveFile(v->m_root, QStringLiteral("SYSTEM"));
    if (systemFile.isEmpty())
        return Error(ErrorKind::NotFound,
                     translate("wd::OfflineView", "%1 does not look like a Windows volume: Windows\\System32\\config\\SYSTEM was not found.")
                         .arg(rootIn), rootIn);
    v->m_tempDir = std::make_unique<QTemporaryDir>();

    // Open each hive, replaying its transaction logs into a temporary copy when it is dirty.
    auto openHive = [&](const QString &file, QString &usedPath) -> Expected<std::unique_ptr<Hive>> {
        Expected<PreparedHive> prepared = prepareHiveForReading(file, v->m_tempDir->path());
        if (!prepared)
            return prepared.error();
        usedPath = prepared->path;
        v->m_findings += prepared->findings;
        return Hive::open(prepared->path, Hive::Mode::Read);
    };
    Expected<std::unique_ptr<Hive>> sys = openHive(systemFile, v->m_systemHivePath);
    if (!sys)
        return sys.error();
    v->m_system = std::move(*sys);

    const QString softwareFile = findHiveFile(v->m_root, QStringLiteral("SOFTWARE"));
    if (!softwareFile.isEmpty()) {
        Expected<std::unique_ptr<Hive>> sw = openHive(softwareFile, v->m_softwareHivePath);
        if (!sw)
            return sw.error();
        v->m_software = std::move(*sw);
    } else {
        Finding f;
        f.id = QStringLiteral("target.software-hive.missing");
        f.check = QStringLiteral("target");
        f.severity = Severity::Warning;
        f.title = translate("wd::OfflineView", "The SOFTWARE registry hive is missing");
        f.detail = translate("wd::OfflineView", "Windows\\System32\\config\\SOFTWARE was not found on this volume. AppInit_DLLs, the "
                            "Windows version and the certificate stores cannot be examined.");
        v->m_findings.append(f);
    }

    // Current control set.
    Hive *h = v->m_system.get();
    Hive::Node select = h->find(QStringLiteral("Select"));
    quint32 current = 1;
    if (select) {
        Expected<QList<RegValue>> vals = h->values(select);
        if (vals)
            for (const RegValue &rv : *vals)
                if (rv.name.compare(QLatin1String("Current"), Qt::CaseInsensitive) == 0 && rv.toDword())
                    current = *rv.toDword();
    }
    v->m_controlSet = QStringLiteral("ControlSet%1").arg(current, 3, 10, QLatin1Char('0'));
    if (!h->find(v->m_controlSet)) {
        return Error(ErrorKind::Corrupt,
                     translate("wd::OfflineView", "The SYSTEM hive %1 has no control set %2; it is damaged or not a Windows SYSTEM hive.")
                         .arg(systemFile, v->m_controlSet), systemFile);
    }

    // Windows version.
    auto sv = [&](const QString &key, const QString &name) -> QString {
        auto r = v->value(key, name);
        return (r.ok() && r->has_value()) ? (*r)->toString() : QString();
    };
    const QString cv = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion");
    v->m_info.windows.product = sv(cv, QStringLiteral("ProductName"));
    v->m_info.windows.build = sv(cv, QStringLiteral("CurrentBuildNumber"));
    if (v->m_info.windows.build.isEmpty())
        v->m_info.windows.build = sv(cv, QStringLiteral("CurrentBuild"));
    v->m_info.windows.version = sv(cv, QStringLiteral("DisplayVersion"));
    if (v->m_info.windows.version.isEmpty())
        v->m_info.windows.version = sv(cv, QStringLiteral("ReleaseId"));
    const QString sysRoot = sv(cv, QStringLiteral("SystemRoot"));
    if (sysRoot.size() >= 3 && sysRoot.at(1) == QLatin1Char(':')) {
        v->m_systemRoot = sysRoot;
        v->m_systemDrive = sysRoot.left(2).toUpper();
    }
    const QString arch = sv(QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment"),
                            QStringLiteral("PROCESSOR_ARCHITECTURE")).toUpper();
    if (arch == QLatin1String("AMD64"))
        v->m_info.windows.arch = QStringLiteral("x64");
    else if (arch == QLatin1String("X86"))
        v->m_info.windows.arch = QStringLiteral("x86");
    else if (arch == QLatin1String("ARM64"))
        v->m_info.windows.arch = QStringLiteral("arm64");
    else if (h->find(v->m_controlSet + QStringLiteral("\\Services\\WinSock2\\Parameters\\Protocol_Catalog9\\Catalog_Entries64")))
        v->m_info.windows.arch = QStringLiteral("x64"); // only 64-bit Windows keeps a second (64-bit) Winsock catalog
    else
        v->m_info.windows.arch = findCaseInsensitive(findCaseInsensitive(v->m_root, QStringLiteral("Windows")),
                                                     QStringLiteral("SysWOW64")).isEmpty()
                                     ? QStringLiteral("x86") : QStringLiteral("x64");
    return v;
}

OfflineView::Mapped OfflineView::mapKey(const QString &keyIn, RegView view) const
{
    QString key = keyIn;
    key.replace(QLatin1Char('/'), QLatin1Char('\\'));
    for (const QString &prefix : {QStringLiteral("HKEY_LOCAL_MACHINE\\"), QStringLiteral("HKLM\\")})
        if (key.startsWith(prefix, Qt::CaseInsensitive)) {
            key = key.mid(prefix.size());
            break;
        }
    QStringList parts = key.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    const QString hiveName = parts.takeFirst().toUpper();
    Mapped m;
    m.hiveName = hiveName;
    if (hiveName == QLatin1String("SYSTEM")) {
        m.hive = m_system.get();
        if (!parts.isEmpty() && parts.first().compare(QLatin1String("CurrentControlSet"), Qt::CaseInsensitive) == 0)
            parts.first() = m_controlSet;
    } else if (hiveName == QLatin1String("SOFTWARE")) {
        m.hive = m_software.get();
        const bool wow = view == RegView::View32 && is64Bit();
        if (wow && !(parts.size() >= 1 && parts.first().compare(QLatin1String("Wow6432Node"), Qt::CaseInsensitive) == 0))
            parts.prepend(QStringLiteral("Wow6432Node"));
    }
    m.rel = parts.join(QLatin1Char('\\'));
    return m;
}

Expected<QStringList> OfflineView::subKeys(const QString &key, RegView view) const
{
    Mapped m = mapKey(key, view);
    if (!m.hive)
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "The registry key %1 is not available on this target.").arg(key), key);
    Hive::Node n = m.hive->find(m.rel);
    if (!n)
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "The registry key %1 does not exist.").arg(key), key);
    return m.hive->childNames(n);
}

Expected<QList<RegValue>> OfflineView::values(const QString &key, RegView view) const
{
    Mapped m = mapKey(key, view);
    if (!m.hive)
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "The registry key %1 is not available on this target.").arg(key), key);
    Hive::Node n = m.hive->find(m.rel);
    if (!n)
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "The registry key %1 does not exist.").arg(key), key);
    return m.hive->values(n);
}

QString OfflineView::expandPath(const QString &in) const
{
    QString p = in.trimmed();
    if (p.size() >= 2 && p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
        p = p.mid(1, p.size() - 2);
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    const QString sysRoot = m_systemRoot;
    const QString drive = m_systemDrive;
    const QList<QPair<QString, QString>> vars = !p.contains(QLatin1Char('%')) ? QList<QPair<QString, QString>>() : QList<QPair<QString, QString>>{
        {QStringLiteral("%SystemRoot%"), sysRoot},
        {QStringLiteral("%windir%"), sysRoot},
        {QStringLiteral("%SystemDrive%"), drive},
        {QStringLiteral("%ProgramFiles%"), drive + QStringLiteral("\\Program Files")},
        {QStringLiteral("%ProgramW6432%"), drive + QStringLiteral("\\Program Files")},
        {QStringLiteral("%ProgramFiles(x86)%"), drive + QStringLiteral("\\Program Files (x86)")},
        {QStringLiteral("%CommonProgramFiles%"), drive + QStringLiteral("\\Program Files\\Common Files")},
        {QStringLiteral("%CommonProgramFiles(x86)%"), drive + QStringLiteral("\\Program Files (x86)\\Common Files")},
        {QStringLiteral("%ProgramData%"), drive + QStringLiteral("\\ProgramData")},
        {QStringLiteral("%ALLUSERSPROFILE%"), drive + QStringLiteral("\\ProgramData")},
    }; // built only for a path with variables (a deep scan expands thousands of plain paths)
    for (const auto &[k, val] : vars)
        p.replace(k, val, Qt::CaseInsensitive);
    // NT and driver-style prefixes: \??\C:\..., \\?\C:\..., \SystemRoot\..., System32\drivers\x.sys
    for (const QString &pre : {QStringLiteral("\\??\\"), QStringLiteral("\\\\?\\")})
        if (p.startsWith(pre))
            p = p.mid(pre.size());
    if (p.startsWith(QLatin1String("\\SystemRoot\\"), Qt::CaseInsensitive))
        p = sysRoot + p.mid(11);
    else if (p.startsWith(QLatin1String("SystemRoot\\"), Qt::CaseInsensitive))
        p = sysRoot + QLatin1Char('\\') + p.mid(11);
    else if (p.startsWith(QLatin1String("System32\\"), Qt::CaseInsensitive)
             || p.startsWith(QLatin1String("SysWOW64\\"), Qt::CaseInsensitive))
        p = sysRoot + QLatin1Char('\\') + p;
    else if (p.startsWith(QLatin1Char('\\')) && !p.startsWith(QLatin1String("\\\\")))
        p = drive + p;
    else if (!p.isEmpty() && !(p.size() >= 2 && p.at(1) == QLatin1Char(':')) && !p.startsWith(QLatin1String("\\\\")))
        p = sysRoot + QStringLiteral("\\System32\\") + p; // bare file name: the loader's System32 lookup
    return p;
}

Expected<QString> OfflineView::resolveInsideRoot(const QStringList &components) const
{
    QString cur = m_root;
    // The folder part from the resolved folders when it was resolved before: only the last
    // component is looked up and checked for a link then.
    qsizetype first = 0;
    QString folderKey;
    if (components.size() > 1) {
        folderKey = components.mid(0, components.size() - 1).join(QLatin1Char('\\')).toLower();
        QMutexLocker l(&m_cacheMutex);
        if (auto it = m_resolvedDirs.constFind(folderKey); it != m_resolvedDirs.constEnd()) {
            cur = *it;
            first = components.size() - 1;
        }
    }
    for (qsizetype i = first; i < components.size(); ++i) {
        const QString &c = components.at(i);
        if (i == components.size() - 1 && first == 0 && !folderKey.isEmpty()) { // the folder part is resolved
            QMutexLocker l(&m_cacheMutex);
            if (m_resolvedDirs.size() < kMaxResolvedDirs)
                m_resolvedDirs.insert(folderKey, cur);
        }
        QString next;
        bool mayBeLink = true; // unknown unless the folder's index says
        {
            QMutexLocker l(&m_cacheMutex);
            auto it = m_dirCache.find(cur);
            if (it == m_dirCache.end())
                it = m_dirCache.insert(cur, indexDir(cur));
            const QString lower = c.toLower();
            QString real;
            if (!it->big) {
                real = it->names.value(lower);
                mayBeLink = it->links.contains(lower);
            } else if (std::binary_search(it->hashes.begin(), it->hashes.end(), nameHash(lower))) {
                // A flooded folder: the name as given, else a pass over the folder for its spelling.
                const QString dir = cur.endsWith(QLatin1Char('/')) ? cur : cur + QLatin1Char('/');
                real = !c.contains(QLatin1Char('/')) && QFileInfo::exists(dir + c) ? c : QFileInfo(findCaseInsensitive(cur, c)).fileName();
            }
            if (real.isEmpty())
                return Error(ErrorKind::NotFound, translate("wd::OfflineView", "%1 does not exist on the target.").arg(c), c);
            next = cur.endsWith(QLatin1Char('/')) ? cur + real : cur + QLatin1Char('/') + real; // root may be "D:/"
        }
        if (mayBeLink && isLink(QFileInfo(next))) {
            const QFileInfo fi(next);
            const QString target = fi.canonicalFilePath();
            const QString rootDir = m_root.endsWith(QLatin1Char('/')) ? m_root : m_root + QLatin1Char('/');
            if (target.isEmpty() || !(target == m_root || target.startsWith(rootDir)))
                return Error(ErrorKind::OutsideRoot,
                             translate("wd::OfflineView", "%1 is a link that points outside the Windows volume; it was not followed.")
                                 .arg(QDir::toNativeSeparators(next)), next);
            next = target;
        }
        cur = next;
    }
    return cur;
}

Expected<QString> OfflineView::hostPath(const QString &windowsPath) const
{
    const QString p = expandPath(windowsPath);
    if (p.startsWith(QLatin1String("\\\\")))
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "%1 is a network path; it cannot be examined offline.").arg(p), p);
    if (p.size() < 2 || p.at(1) != QLatin1Char(':'))
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "%1 is not an absolute Windows path.").arg(p), p);
    if (p.left(2).compare(m_systemDrive, Qt::CaseInsensitive) != 0)
        return Error(ErrorKind::NotFound,
                     translate("wd::OfflineView", "%1 is on another drive than the Windows volume; it cannot be examined offline.").arg(p), p);
    QStringList out;
    for (const QString &c : p.mid(2).split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
        if (c == QLatin1String("."))
            continue;
        if (c == QLatin1String("..")) {
            if (out.isEmpty())
                return Error(ErrorKind::OutsideRoot, translate("wd::OfflineView", "%1 points outside the Windows volume.").arg(p), p);
            out.removeLast();
            continue;
        }
        out.append(c);
    }
    Expected<QString> r = resolveInsideRoot(out);
    if (!r && r.error().kind == ErrorKind::NotFound)
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "%1 does not exist on the target.").arg(p), p);
    return r;
}

Expected<DirListing> OfflineView::listDirBounded(const QString &windowsDir, const QStringList &patterns, qint64 maxNames,
                                                 qint64 maxEntries) const
{
    Expected<QString> host = hostPath(windowsDir);
    if (!host)
        return host.error();
    {
        QMutexLocker l(&m_cacheMutex);
        auto it = m_dirCache.find(*host);
        if (it == m_dirCache.end() && QFileInfo(*host).isDir())
            it = m_dirCache.insert(*host, indexDir(*host));
        // A flooded folder's index holds hashes only: listed by the bounded pass below.
        if (it != m_dirCache.end() && !it->big) {
            const WildcardSet match(patterns);
            DirListing out;
            for (auto n = it->names.cbegin(); n != it->names.cend(); ++n) {
                if (out.entries >= maxEntries || out.names.size() >= maxNames) {
                    out.complete = false;
                    break;
                }
                ++out.entries;
                if (match.matchesAny(n.value()))
                    out.names.append(n.value());
            }
            std::sort(out.names.begin(), out.names.end());
            // What resolveInsideRoot would make of each entry: the folder + its name, unless a link.
            out.hostDir = *host;
            out.plain.reserve(out.names.size());
            for (const QString &n : std::as_const(out.names))
                out.plain.append(!it->links.contains(n.toLower()));
            return out;
        }
    }
    return SystemView::listDirBounded(windowsDir, patterns, maxNames, maxEntries);
}

Expected<QStringList> OfflineView::listDir(const QString &windowsDir, const QString &pattern) const
{
    Expected<QString> dir = hostPath(windowsDir);
    if (!dir)
        return dir.error();
    QDir d(*dir);
    if (!QFileInfo(*dir).isDir())
        return Error(ErrorKind::NotFound, translate("wd::OfflineView", "%1 is not a folder.").arg(windowsDir), windowsDir);
    const WildcardSet match({pattern});
    QStringList out;
    for (const QString &e : d.entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name))
        if (match.matchesAny(e))
            out.append(e);
    return out;
}

} // namespace wd
