#include "platform/system_view.h"
#include "core/wildcard.h"
#include "formats/byte_reader.h"
#include "platform/installations.h"
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace wd {

bool SystemView::keyExists(const QString &key, RegView view) const
{
    return subKeys(key, view).ok();
}

Expected<std::optional<RegValue>> SystemView::value(const QString &key, const QString &name, RegView view) const
{
    Expected<QList<RegValue>> vals = values(key, view);
    if (!vals) {
        if (vals.error().kind == ErrorKind::NotFound)
            return std::optional<RegValue>();
        return vals.error();
    }
    for (const RegValue &v : *vals)
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<RegValue>(v);
    return std::optional<RegValue>();
}

Expected<DirListing> SystemView::listDirBounded(const QString &windowsDir, const QStringList &patterns, qint64 maxNames,
                                                qint64 maxEntries) const
{
    Expected<QString> host = hostPath(windowsDir);
    if (!host)
        return host.error();
    const QString dir = QDir::fromNativeSeparators(*host);
    if (!QFileInfo(dir).isDir())
        return Error(ErrorKind::NotFound, translate("wd::SystemView", "%1 is not a folder.").arg(windowsDir), windowsDir);
    const WildcardSet match(patterns);
    DirListing out;
    QDirIterator it(dir, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        if (out.entries >= maxEntries || out.names.size() >= maxNames) {
            out.complete = false;
            break;
        }
        it.next();
        ++out.entries;
        const QString name = it.fileName();
        if (match.matchesAny(name))
            out.names.append(name);
    }
    std::sort(out.names.begin(), out.names.end());
    return out;
}

bool SystemView::fileExists(const QString &windowsPath) const
{
    Expected<QString> p = hostPath(windowsPath);
    return p.ok() && QFileInfo(*p).isFile();
}

Expected<TargetSpec> TargetSpec::parse(const QString &spec)
{
    TargetSpec t;
    if (spec.isEmpty() || spec == QLatin1String("live")) {
        t.kind = Live;
        return t;
    }
    if (spec == QLatin1String("demo")) {
        t.kind = Demo;
        return t;
    }
    if (spec.startsWith(QLatin1String("offline:"))) {
        t.kind = Offline;
        t.path = spec.mid(8);
    } else if (spec.startsWith(QLatin1String("report:"))) {
        t.kind = Report;
        t.path = spec.mid(7);
    } else {
        return Error(ErrorKind::Usage,
                     translate("wd::TargetSpec", "Unknown target \"%1\". Use live, demo, offline:DIR, offline:auto or report:FILE.").arg(spec));
    }
    if (t.path.isEmpty())
        return Error(ErrorKind::Usage, translate("wd::TargetSpec", "The target \"%1\" needs a path after the colon.").arg(spec));
    if (t.kind == Offline) {
        // "offline:auto": the one Windows installation on the other drives / mounted volumes.
        if (t.path == QLatin1String("auto")) {
            Expected<WindowsInstallation> one = pickSingleInstallation(findWindowsInstallations());
            if (!one)
                return one.error();
            t.path = one->nativeRoot();
        }
        // "offline:D:" is the current folder of drive D for Windows; the volume is its root "D:\".
        static const QRegularExpression bareDrive(QStringLiteral("^[A-Za-z]:$"));
        if (bareDrive.match(t.path).hasMatch())
            t.path += QLatin1Char('\\');
    }
    return t;
}

QString TargetSpec::toString() const
{
    switch (kind) {
    case Live: return QStringLiteral("live");
    case Demo: return QStringLiteral("demo");
    case Offline: return QStringLiteral("offline:") + path;
    case Report: return QStringLiteral("report:") + path;
    }
    return {};
}

} // namespace wd
