// Small helpers shared by the Winsock, namespace, AppInit and network checks.
#pragma once
#include "core/finding.h"
#include "core/registry.h"
#include "platform/system_view.h"
#include <QJsonObject>
#include <optional>

namespace wd::checkutil {

inline Finding finding(const QString &id, const QString &check, Severity sev, const Text &title, const Text &detail,
                       const QJsonObject &evidence = {}, const QStringList &repairs = {})
{
    Finding f;
    f.id = id;
    f.check = check;
    f.severity = sev;
    f.title = title;
    f.detail = detail;
    f.evidence = evidence;
    f.repairs = repairs;
    return f;
}

inline const RegValue *find(const QList<RegValue> &vals, const QString &name)
{
    for (const RegValue &v : vals)
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return &v;
    return nullptr;
}

inline std::optional<quint32> dword(const QList<RegValue> &vals, const QString &name)
{
    const RegValue *v = find(vals, name);
    if (!v)
        return std::nullopt;
    if (v->type == RegSz || v->type == RegExpandSz) { // some tools write numbers as strings
        bool ok = false;
        const quint32 n = v->toString().trimmed().toUInt(&ok, 0);
        return ok ? std::optional<quint32>(n) : std::nullopt;
    }
    return v->toDword();
}

inline QString string(const QList<RegValue> &vals, const QString &name)
{
    const RegValue *v = find(vals, name);
    return v ? v->toString() : QString();
}

// True when the expanded Windows path lies directly in System32 or SysWOW64 (or below them).
inline bool inSystemDirs(const SystemView &sys, const QString &expanded)
{
    for (const QString &dir : {sys.system32(), sys.sysWow64()})
        if (expanded.startsWith(dir + QLatin1Char('\\'), Qt::CaseInsensitive))
            return true;
    return false;
}

inline QString fileName(const QString &windowsPath)
{
    const qsizetype i = windowsPath.lastIndexOf(QLatin1Char('\\'));
    return i < 0 ? windowsPath : windowsPath.mid(i + 1);
}

inline QString hex(quint32 v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")); }

} // namespace wd::checkutil
