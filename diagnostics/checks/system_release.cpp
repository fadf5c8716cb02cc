#include "checks/system_release.h"
#include "platform/system_view.h"
#include <QRegularExpression>
#include <algorithm>

namespace wd {

const QList<ReleaseFamily> &releaseFamilies()
{
    // Builds from Microsoft's release information pages. Releases shipped as an enablement package
    // on top of an earlier one share its binaries (and its file build number).
    static const QList<ReleaseFamily> table{
        {6, 0, 6002, 6003, 6002, "Windows Vista SP2 / Server 2008 SP2"},
        {6, 1, 7600, 7601, 7601, "Windows 7 / Server 2008 R2"}, // SP1 keeps RTM (7600) files it did not update
        {6, 2, 9200, 9200, 9200, "Windows 8 / Server 2012"},
        {6, 3, 9600, 9600, 9600, "Windows 8.1 / Server 2012 R2"},
        {10, 0, 10240, 10240, 10240, "Windows 10 1507"},
        {10, 0, 10586, 10586, 10586, "Windows 10 1511"},
        {10, 0, 14393, 14393, 14393, "Windows 10 1607 / Server 2016"},
        {10, 0, 15063, 15063, 15063, "Windows 10 1703"},
        {10, 0, 16299, 16299, 16299, "Windows 10 1709"},
        {10, 0, 17134, 17134, 17134, "Windows 10 1803"},
        {10, 0, 17763, 17763, 17763, "Windows 10 1809 / Server 2019"},
        {10, 0, 18362, 18363, 18362, "Windows 10 1903-1909"},
        {10, 0, 19041, 19045, 19041, "Windows 10 2004-22H2"},
        {10, 0, 20348, 20348, 20348, "Windows Server 2022"},
        {10, 0, 22000, 22000, 22000, "Windows 11 21H2"},
        {10, 0, 22621, 22635, 22621, "Windows 11 22H2-23H2"},
        {10, 0, 26100, 26200, 26100, "Windows 11 24H2-25H2 / Server 2025"},
    };
    return table;
}

const ReleaseFamily *releaseFamily(int major, int minor, int build)
{
    for (const ReleaseFamily &f : releaseFamilies())
        if (f.major == major && f.minor == minor && build >= f.firstBuild && build <= f.lastBuild)
            return &f;
    return nullptr;
}

static int familyOf(int major, int minor, int build)
{
    const ReleaseFamily *f = releaseFamily(major, minor, build);
    return f ? f->fileBuild : build;
}

QString TargetRelease::family() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(familyBuild);
}

QString TargetRelease::familyName() const
{
    const ReleaseFamily *f = releaseFamily(major, minor, build);
    return f ? QString::fromLatin1(f->name) : family();
}

TargetRelease readTargetRelease(const SystemView &sys)
{
    TargetRelease r;
    const QString cv = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion");
    auto get = [&](const char *name) -> std::optional<RegValue> {
        Expected<std::optional<RegValue>> v = sys.value(cv, QLatin1String(name));
        return v ? *v : std::nullopt;
    };
    if (auto mj = get("CurrentMajorVersionNumber"); mj && mj->toDword()) {
        r.major = int(*mj->toDword());
        if (auto mn = get("CurrentMinorVersionNumber"); mn && mn->toDword())
            r.minor = int(*mn->toDword());
    } else if (auto v = get("CurrentVersion")) {
        const QStringList parts = v->toString().split(QLatin1Char('.'));
        if (parts.size() == 2) {
            r.major = parts[0].toInt();
            r.minor = parts[1].toInt();
        }
    }
    for (const char *name : {"CurrentBuildNumber", "CurrentBuild"})
        if (r.build <= 0)
            if (auto b = get(name))
                r.build = b->toString().toInt();
    if (auto u = get("UBR"); u && u->toDword())
        r.ubr = int(*u->toDword());
    r.familyBuild = familyOf(r.major, r.minor, r.build);
    return r;
}

FileVersion FileVersion::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\.(\\d{1,5})\\.(\\d{1,5})\\.(\\d{1,5})"));
    const QRegularExpressionMatch m = re.match(text);
    FileVersion v;
    if (m.hasMatch()) {
        v.major = m.captured(1).toInt();
        v.minor = m.captured(2).toInt();
        v.build = m.captured(3).toInt();
        v.revision = m.captured(4).toInt();
    }
    return v;
}

QString FileVersion::toString() const
{
    return valid() ? QStringLiteral("%1.%2.%3.%4").arg(major).arg(minor).arg(build).arg(revision) : QString();
}

bool sameRelease(const TargetRelease &r, const FileVersion &v)
{
    if (!r.known() || !v.valid() || v.major != r.major || v.minor != r.minor)
        return false;
    if (v.build == r.familyBuild || v.build == r.build)
        return true;
    const ReleaseFamily *f = releaseFamily(r.major, r.minor, r.build);
    return f && v.build >= f->firstBuild && v.build <= f->lastBuild;
}

ReleaseFit classifyRelease(const TargetRelease &r, const FileVersion &v)
{
    if (!r.known() || !v.valid())
        return ReleaseFit::Unknown;
    if (!sameRelease(r, v))
        return ReleaseFit::OtherRelease;
    return fitsRelease(r, v) ? ReleaseFit::Fits : ReleaseFit::NewerRevision;
}

FileVersion fileVersionOf(const QString &fixedFileVersion, const QString &fileVersion)
{
    const FileVersion fv = FileVersion::parse(fixedFileVersion);
    return fv.valid() ? fv : FileVersion::parse(fileVersion);
}

bool fitsRelease(const TargetRelease &r, const FileVersion &v)
{
    return sameRelease(r, v) && (r.ubr < 0 || v.revision <= r.ubr);
}

const QStringList &restorableNetworkFiles()
{
    static const QStringList names{
        QStringLiteral("ws2_32.dll"),   QStringLiteral("mswsock.dll"),  QStringLiteral("wsock32.dll"),
        QStringLiteral("wshtcpip.dll"), QStringLiteral("wship6.dll"),   QStringLiteral("wshqos.dll"),
        QStringLiteral("wshbth.dll"),   QStringLiteral("ws2help.dll"),  QStringLiteral("napinsp.dll"),
        QStringLiteral("pnrpnsp.dll"),  QStringLiteral("nlaapi.dll"),   QStringLiteral("nlansp_c.dll"),
        QStringLiteral("winrnr.dll"),   QStringLiteral("wshunix.dll"),  QStringLiteral("afd.sys"),
        QStringLiteral("tcpip.sys"),    QStringLiteral("ndis.sys")};
    return names;
}

bool isRestorableNetworkFile(const QString &windowsPath, const QString &systemRoot)
{
    // Most paths of a deep scan are not one of these files: their name is compared without a copy.
    const qsizetype slash = std::max(windowsPath.lastIndexOf(QLatin1Char('\\')), windowsPath.lastIndexOf(QLatin1Char('/')));
    const QStringView name = QStringView(windowsPath).mid(slash + 1);
    const QStringList &names = restorableNetworkFiles();
    if (slash < 0 || std::none_of(names.begin(), names.end(), [&](const QString &n) { return name.compare(n, Qt::CaseInsensitive) == 0; }))
        return false;
    QString dir = windowsPath.left(slash);
    dir.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (name.endsWith(QLatin1String(".sys"), Qt::CaseInsensitive))
        return dir.compare(systemRoot + QStringLiteral("\\System32\\drivers"), Qt::CaseInsensitive) == 0;
    return dir.compare(systemRoot + QStringLiteral("\\System32"), Qt::CaseInsensitive) == 0
        || dir.compare(systemRoot + QStringLiteral("\\SysWOW64"), Qt::CaseInsensitive) == 0;
}

} // namespace wd
