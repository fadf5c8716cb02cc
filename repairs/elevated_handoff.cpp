#include "repairs/elevated_handoff.h"
#include "repairs/engine.h"
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wd::handoff {

namespace {

QJsonArray strings(const QStringList &l)
{
    QJsonArray a;
    for (const QString &s : l)
        a.append(s);
    return a;
}

bool toStrings(const QJsonValue &v, QStringList *out)
{
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return false;
    for (const QJsonValue &x : v.toArray()) {
        if (!x.isString())
            return false;
        out->append(x.toString());
    }
    return true;
}

Error corrupt(const QString &why)
{
    return Error(ErrorKind::Corrupt, translate("wd::Handoff", "The hand-off file of the elevated repair is malformed: %1").arg(why));
}

constexpr qint64 kMaxFile = 16 * 1024 * 1024;

} // namespace

QJsonObject RepairRequest::toJson() const
{
    QJsonArray f;
    for (const Finding &x : findings)
        f.append(x.toJson());
    return QJsonObject{{QStringLiteral("schema"), QLatin1String(kRequestSchema)},
                       {QStringLiteral("target"), target},
                       {QStringLiteral("actions"), strings(actions)},
                       {QStringLiteral("findings"), f},
                       {QStringLiteral("file"), regFile},
                       {QStringLiteral("services"), strings(services)},
                       {QStringLiteral("devices"), strings(devices)},
                       {QStringLiteral("drivers"), strings(drivers)},
                       {QStringLiteral("preview_sha256"), previewSha256}};
}

Expected<RepairRequest> RepairRequest::fromJson(const QJsonObject &o)
{
    RepairRequest r;
    r.target = o.value(QStringLiteral("target")).toString();
    if (r.target.isEmpty())
        return corrupt(translate("wd::Handoff", "no target."));
    if (!toStrings(o.value(QStringLiteral("actions")), &r.actions) || r.actions.isEmpty())
        return corrupt(translate("wd::Handoff", "no repair actions."));
    if (!toStrings(o.value(QStringLiteral("services")), &r.services) || !toStrings(o.value(QStringLiteral("devices")), &r.devices)
        || !toStrings(o.value(QStringLiteral("drivers")), &r.drivers))
        return corrupt(translate("wd::Handoff", "a list holds something other than text."));
    const QJsonValue f = o.value(QStringLiteral("findings"));
    if (!f.isUndefined() && !f.isArray())
        return corrupt(translate("wd::Handoff", "the findings are not a list."));
    for (const QJsonValue &x : f.toArray()) {
        if (!x.isObject())
            return corrupt(translate("wd::Handoff", "a finding is not an object."));
        r.findings.append(Finding::fromJson(x.toObject()));
    }
    r.regFile = o.value(QStringLiteral("file")).toString();
    r.previewSha256 = o.value(QStringLiteral("preview_sha256")).toString();
    return r;
}

QJsonObject Result::toJson() const
{
    QJsonArray a;
    for (const ActionResult &x : actions)
        a.append(QJsonObject{{QStringLiteral("id"), x.actionId},
                             {QStringLiteral("applied"), x.applied},
                             {QStringLiteral("nothing_to_do"), x.nothingToDo}});
    return QJsonObject{{QStringLiteral("schema"), QLatin1String(kResultSchema)},
                       {QStringLiteral("ok"), ok},
                       {QStringLiteral("exit_code"), exitCode},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("error_kind"), errorKind},
                       {QStringLiteral("run_dir"), runDir},
                       {QStringLiteral("reboot_required"), rebootRequired},
                       {QStringLiteral("actions"), a},
                       {QStringLiteral("log"), strings(log)}};
}

Expected<Result> Result::fromJson(const QJsonObject &o)
{
    Result r;
    if (!o.value(QStringLiteral("ok")).isBool() || !o.value(QStringLiteral("exit_code")).isDouble())
        return corrupt(translate("wd::Handoff", "no outcome."));
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.exitCode = o.value(QStringLiteral("exit_code")).toInt();
    r.error = o.value(QStringLiteral("error")).toString();
    r.errorKind = o.value(QStringLiteral("error_kind")).toString();
    r.runDir = o.value(QStringLiteral("run_dir")).toString();
    r.rebootRequired = o.value(QStringLiteral("reboot_required")).toBool();
    for (const QJsonValue &x : o.value(QStringLiteral("actions")).toArray()) {
        const QJsonObject a = x.toObject();
        r.actions.append({a.value(QStringLiteral("id")).toString(), a.value(QStringLiteral("applied")).toBool(),
                          a.value(QStringLiteral("nothing_to_do")).toBool()});
    }
    if (!toStrings(o.value(QStringLiteral("log")), &r.log))
        return corrupt(translate("wd::Handoff", "a list holds something other than text."));
    return r;
}

QString previewDigest(const QList<ActionPlan> &plans)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(RepairEngine::preview(plans).toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {
const QList<std::pair<ErrorKind, const char *>> &kindNames()
{
    static const QList<std::pair<ErrorKind, const char *>> names{
        {ErrorKind::Usage, "usage"},           {ErrorKind::NotFound, "not-found"},
        {ErrorKind::Io, "io"},                 {ErrorKind::Corrupt, "corrupt"},
        {ErrorKind::Unsupported, "unsupported"}, {ErrorKind::PermissionDenied, "permission-denied"},
        {ErrorKind::OutsideRoot, "outside-root"}, {ErrorKind::Cancelled, "cancelled"},
        {ErrorKind::RepairFailed, "repair-failed"}, {ErrorKind::NeedsElevation, "needs-elevation"},
        {ErrorKind::Internal, "internal"}};
    return names;
}
} // namespace

QString errorKindName(ErrorKind k)
{
    for (const auto &[kind, name] : kindNames())
        if (kind == k)
            return QLatin1String(name);
    return QStringLiteral("internal");
}

ErrorKind errorKindFromName(const QString &name)
{
    for (const auto &[kind, n] : kindNames())
        if (name == QLatin1String(n))
            return kind;
    return ErrorKind::Internal;
}

Expected<Result> loadResult(const QString &resultFile, int exitCode)
{
    Expected<QJsonObject> j = load(resultFile, kResultSchema);
    Expected<Result> res = j ? Result::fromJson(*j) : Expected<Result>(j.error());
    if (!res)
        return Error(ErrorKind::Internal,
                     translate("wd::EngineRepairs", "The elevated Winsock Doctor ended (exit code %1) without reporting what it did: %2")
                         .arg(exitCode)
                         .arg(res.error().message));
    return res;
}

Expected<void> save(const QString &path, const QJsonObject &o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error(ErrorKind::Io, translate("wd::Handoff", "Cannot write %1: %2").arg(path, f.errorString()), path);
    return {};
}

Expected<QJsonObject> load(const QString &path, const char *schema)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound, translate("wd::Handoff", "Cannot read %1: %2").arg(path, f.errorString()), path);
    if (f.size() > kMaxFile)
        return corrupt(translate("wd::Handoff", "the file is too large."));
    QJsonParseError pe{};
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        return corrupt(translate("wd::Handoff", "not a JSON object."));
    if (d.object().value(QStringLiteral("schema")).toString() != QLatin1String(schema))
        return corrupt(translate("wd::Handoff", "unexpected schema \"%1\".").arg(d.object().value(QStringLiteral("schema")).toString()));
    return d.object();
}

} // namespace wd::handoff
