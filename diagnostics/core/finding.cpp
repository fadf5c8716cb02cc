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

Text severityDisplayName(Severity s)
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
    // title and detail in the scan's language for people reading the file; "i18n" keeps what is needed
    // to render them in any language (scan/2).
    o.insert(QStringLiteral("title"), title.toString());
    o.insert(QStringLiteral("detail"), detail.toString());
    QJsonObject i18n;
    if (!title.isLiteral())
        i18n.insert(QStringLiteral("title"), title.toJson());
    if (!detail.isLiteral())
        i18n.insert(QStringLiteral("detail"), detail.toJson());
    if (!i18n.isEmpty())
        o.insert(QStringLiteral("i18n"), i18n);
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
    const QJsonObject i18n = o.value(QStringLiteral("i18n")).toObject();
    f.title = i18n.contains(QStringLiteral("title")) ? Text::fromJson(i18n.value(QStringLiteral("title")))
                                                     : Text(o.value(QStringLiteral("title")).toString());
    f.detail = i18n.contains(QStringLiteral("detail")) ? Text::fromJson(i18n.value(QStringLiteral("detail")))
                                                       : Text(o.value(QStringLiteral("detail")).toString());
    f.evidence = o.value(QStringLiteral("evidence")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("repairs")).toArray())
        f.repairs.append(v.toString());
    return f;
}

} // namespace wd
