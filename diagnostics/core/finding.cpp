#include "core/finding.h"
#include "core/error.h"
#include <QJsonArray>

namespace wd {

QString severityToString(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

Severity severityFromString(const QString &s)
{
    if (s == QLatin1String("warning")) return Severity::Warning;
    if (s == QLatin1String("error")) return Severity::Error;
    if (s == QLatin1String("critical")) return Severity::Critical;
    return Severity::Info;
}

QString severityDisplayName(Severity s)
{
    switch (s) {
    case Severity::Info: return translate("wd::Severity", "Information");
    case Severity::Warning: return translate("wd::Severity", "Warning");
    case Severity::Error: return translate("wd::Severity", "Error");
    case Severity::Critical: return translate("wd::Severity", "Critical");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("check"), check);
    o.insert(QStringLiteral("severity"), severityToString(severity));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("detail"), detail);
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("repairs"), QJsonArray::fromStringList(repairs));
    return o;
}

Finding Finding::fromJson(const QJsonObject &o)
{
    Finding f;
    f.id = o.value(QStringLiteral("id")).toString();
    f.check = o.value(QStringLiteral("check")).toString();
    f.severity = severityFromString(o.value(QStringLiteral("severity")).toString());
    f.title = o.value(QStringLiteral("title")).toString();
    f.detail = o.value(QStringLiteral("detail")).toString();
    f.evidence = o.value(QStringLiteral("evidence")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("repairs")).toArray())
        f.repairs.append(v.toString());
    return f;
}

} // namespace wd
