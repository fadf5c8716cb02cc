#include "platform/installations.h"
#include "formats/byte_reader.h"
#include "formats/hive.h"
#include "platform/offline_view.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#ifdef Q_OS_WIN
#include <windows.h>
#include <vector>
#endif

namespace wd {

QString WindowsInstallation::nativeRoot() const
{
    return QDir::toNativeSeparators(root);
}

QString WindowsInstallation::targetSpec() const
{
    return QStringLiteral("offline:") + nativeRoot();
}

QString WindowsInstallation::summary() const
{
    QString s = product.isEmpty() ? translate("wd::Installations", "Windows (product unknown)").toString() : product;
    if (!version.isEmpty())
        s += QLatin1Char(' ') + version;
    if (!build.isEmpty())
        s += translate("wd::Installations", ", build %1").arg(build);
    if (!arch.isEmpty())
        s += QStringLiteral(", ") + arch;
    return s;
}

// ---------------------------------------------------------------- mountinfo

static QString unescapeMount(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char('\\') && i + 3 < s.size()) {
            const QString oct = s.mid(i + 1, 3);
            bool ok = oct.size() == 3;
            for (QChar c : oct)
                ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('7');
            if (ok) {
                out += QChar(char16_t(oct.toUInt(nullptr, 8)));
                i += 3;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

QList<MountEntry> parseMountInfo(const QString &text)
{
    QList<MountEntry> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
        const qsizetype dash = f.indexOf(QStringLiteral("-"), 6);
        if (dash < 0 || dash + 1 >= f.size())
            continue;
        MountEntry m;
        m.device = f.at(2);
        m.fsRoot = unescapeMount(f.at(3));
        m.mountPoint = unescapeMount(f.at(4));
        m.fsType = f.at(dash + 1);
        m.source = dash + 2 < f.size() ? unescapeMount(f.at(dash + 2)) : QString();
        if (!m.mountPoint.startsWith(QLatin1Char('/')))
            continue;
        out.append(m);
    }
    return out;
}

bool isNtfsMount(const MountEntry &m)
{
    const QString t = m.fsType.toLower();
    static const char *const types[] = {"ntfs3", "ntfs", "ntfs-3g", "fuseblk", "fuse.ntfs-3g", "fuseblk.ntfs-3g",
                                        "fuse.lowntfs-3g", "fuseblk.lowntfs-3g"};
    for (const char *x : types)
        if (t == QLatin1String(x))
            return true;
    // Some systems name the driver only in the source ("ntfs-3g" instead of the device).
    return t.startsWith(QLatin1String("fuse")) && m.source.contains(QLatin1String("ntfs"), Qt::CaseInsensitive);
}

QList<WindowsInstallation> installationsFromMountInfo(const QString &mountInfoText)
{
    QList<WindowsInstallation> out;
    QSet<QString> seen; // device + fs root: one volume mounted at several places is listed once
    for (const MountEntry &m : parseMountInfo(mountInfoText)) {
        if (!isNtfsMount(m))
            continue;
        const QString key = m.device + QLatin1Char('|') + m.fsRoot;
        if (seen.contains(key))
            continue;
        std::optional<WindowsInstallation> i = inspectInstallation(m.mountPoint);
        if (!i)
            continue;
        seen.insert(key);
        i->source = m.source;
        out.append(*i);
    }
    return out;
}

// ---------------------------------------------------------------- one installation

std::optional<QDateTime> hiveLastWritten(const QString &hivePath)
{
    QFile f(hivePath);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray block = f.read(4096);
    const ByteReader r(block);
    if (!r.equalsAt(0, "regf", 4))
        return std::nullopt;
    const std::optional<quint64> ft = r.at<quint64>(0x0C);
    constexpr quint64 kUnixEpoch = 116444736000000000ull; // 1970-01-01 as a FILETIME (100 ns since 1601)
    if (!ft || *ft <= kUnixEpoch)
        return std::nullopt;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64((*ft - kUnixEpoch) / 10000ull), Qt::UTC);
    if (!t.isValid() || t.date().year() < 1990 || t.date().year() > 2200)
        return std::nullopt;
    return t;
}

std::optional<WindowsInstallation> inspectInstallation(const QString &rootIn)
{
    QString root = QDir::fromNativeSeparators(rootIn);
    const QString system = findHiveFile(root, QStringLiteral("SYSTEM"));
    if (system.isEmpty() || !QFileInfo(system).isFile())
        return std::nullopt;
    WindowsInstallation w;
    w.root = root;
    if (std::optional<QDateTime> t = hiveLastWritten(system))
        w.systemWritten = *t;

    const QString software = findHiveFile(root, QStringLiteral("SOFTWARE"));
    if (software.isEmpty()) {
        w.problem = translate("wd::Installations", "Windows\\System32\\config\\SOFTWARE is missing.");
        return w;
    }
    Expected<std::unique_ptr<Hive>> h = Hive::open(software, Hive::Mode::Read);
    if (!h) {
        w.problem = h.error().message;
        return w;
    }
    const Hive::Node cv = (*h)->find(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"));
    Expected<QList<RegValue>> vals = cv ? (*h)->values(cv) : Expected<QList<RegValue>>(QList<RegValue>());
    if (!vals) {
        w.problem = vals.error().message;
        return w;
    }
    auto value = [&](const char *name) -> std::optional<RegValue> {
        for (const RegValue &v : *vals)
            if (v.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return v;
        return std::nullopt;
    };
    auto text = [&](const char *name) {
        const std::optional<RegValue> v = value(name);
        return v ? v->toString().trimmed() : QString();
    };
    w.product = text("ProductName");
    w.build = text("CurrentBuildNumber");
    if (w.build.isEmpty())
        w.build = text("CurrentBuild");
    if (const std::optional<RegValue> ubr = value("UBR"); ubr && ubr->toDword() && !w.build.isEmpty())
        w.build += QLatin1Char('.') + QString::number(*ubr->toDword());
    w.version = text("DisplayVersion");
    if (w.version.isEmpty())
        w.version = text("ReleaseId");
    // BuildLabEx names the build flavour: "19041.1.amd64fre.vb_release.191206-1406".
    const QString lab = text("BuildLabEx").toLower();
    if (lab.contains(QLatin1String(".amd64")))
        w.arch = QStringLiteral("x64");
    else if (lab.contains(QLatin1String(".arm64")))
        w.arch = QStringLiteral("arm64");
    else if (lab.contains(QLatin1String(".x86")))
        w.arch = QStringLiteral("x86");
    if (!cv)
        w.problem = translate("wd::Installations", "The SOFTWARE hive has no Microsoft\\Windows NT\\CurrentVersion key.");
    return w;
}

// ---------------------------------------------------------------- this computer

#ifdef Q_OS_WIN
static QList<WindowsInstallation> findOnDrives()
{
    QList<WindowsInstallation> out;
    wchar_t windir[MAX_PATH + 1] = {};
    const UINT n = GetSystemWindowsDirectoryW(windir, MAX_PATH);
    const QString running = n >= 2 ? QString::fromWCharArray(windir, 2).toUpper() : QString();
    const DWORD need = GetLogicalDriveStringsW(0, nullptr);
    if (need == 0)
        return out;
    std::vector<wchar_t> buf(size_t(need) + 1, L'\0');
    const DWORD len = GetLogicalDriveStringsW(need, buf.data());
    if (len == 0 || len > need)
        return out;
    // No "There is no disk in the drive" dialogs for empty card readers.
    const UINT oldMode = SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
    for (const wchar_t *p = buf.data(); *p; p += wcslen(p) + 1) {
        const QString drive = QString::fromWCharArray(p); // "D:\"
        if (drive.left(2).toUpper() == running)
            continue;
        const UINT type = GetDriveTypeW(p);
        if (type != DRIVE_FIXED && type != DRIVE_REMOVABLE && type != DRIVE_RAMDISK)
            continue;
        if (std::optional<WindowsInstallation> i = inspectInstallation(QDir::fromNativeSeparators(drive))) {
            i->source = drive.left(2).toUpper();
            out.append(*i);
        }
    }
    SetErrorMode(oldMode);
    return out;
}
#endif

QList<WindowsInstallation> findWindowsInstallations()
{
#ifdef Q_OS_WIN
    return findOnDrives();
#else
    QString path = qEnvironmentVariable("WD_TEST_MOUNTINFO");
    if (path.isEmpty())
        path = QStringLiteral("/proc/self/mountinfo");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // /proc files report size 0: read until the end.
    return installationsFromMountInfo(QString::fromUtf8(f.readAll()));
#endif
}

Expected<WindowsInstallation> pickSingleInstallation(const QList<WindowsInstallation> &found)
{
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty()) {
#ifdef Q_OS_WIN
        return Error(ErrorKind::Usage,
                     translate("wd::Installations", "offline:auto found no Windows installation on the other drives of this PC (the "
                                                    "running Windows is never chosen; examine it with --target live). Name the "
                                                    "Windows volume with --target offline:D:\\ instead."));
#else
        return Error(ErrorKind::Usage,
                     translate("wd::Installations", "offline:auto found no Windows installation on the mounted NTFS volumes. Mount "
                                                    "the Windows volume, or name its folder with --target offline:DIR."));
#endif
    }
    QStringList lines;
    for (const WindowsInstallation &i : found) {
        const QString spec = i.targetSpec();
        QString line = QStringLiteral("  %1  (%2").arg(spec.contains(QLatin1Char(' ')) ? QLatin1Char('"') + spec + QLatin1Char('"') : spec,
                                                     i.summary());
        if (i.systemWritten.isValid())
            line += translate("wd::Installations", "; last written %1 UTC").arg(i.systemWritten.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        line += QLatin1Char(')');
        lines << line;
    }
    return Error(ErrorKind::Usage,
                 translate("wd::Installations", "offline:auto found %1 Windows installations; choose one with --target:\n%2")
                     .arg(found.size()).arg(lines.join(QLatin1Char('\n'))));
}

} // namespace wd
