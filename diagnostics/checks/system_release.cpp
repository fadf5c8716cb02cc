#include "checks/system_release.h"
#include "platform/system_view.h"
#include <QRegularExpression>

namespace wd {

static int familyOf(int major, int build)
{
    // Releases serviced from one code base ship files with the base release's build number.
    if (major == 10) {
        if (build >= 19041 && build <= 19045)
            return 19041;
        if (build == 18363)
            return 18362;
        if (build >= 22621 && build <= 22635)
            return 22621;
    }
    return build;
}

QString TargetRelease::family() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(familyBuild);
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
    r.familyBuild = familyOf(r.major, r.build);
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
    return r.known() && v.valid() && v.major == r.major && v.minor == r.minor && (v.build == r.familyBuild || v.build == r.build);
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
    QString p = windowsPath;
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    const QString name = p.section(QLatin1Char('\\'), -1).toLower();
    const QString dir = p.section(QLatin1Char('\\'), 0, -2);
    if (!restorableNetworkFiles().contains(name))
        return false;
    if (name.endsWith(QLatin1String(".sys")))
        return dir.compare(systemRoot + QStringLiteral("\\System32\\drivers"), Qt::CaseInsensitive) == 0;
    return dir.compare(systemRoot + QStringLiteral("\\System32"), Qt::CaseInsensitive) == 0
        || dir.compare(systemRoot + QStringLiteral("\\SysWOW64"), Qt::CaseInsensitive) == 0;
}

} // namespace wd
