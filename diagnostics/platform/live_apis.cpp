// Platform-neutral parts of LiveApis: JSON forms of the data, problem-code names, trend fitting.
#include "platform/live_apis.h"
#include <QJsonArray>
#include <algorithm>

namespace wd {

static QString guidText(const QUuid &u)
{
    return u.toString(QUuid::WithBraces).toUpper();
}

QJsonObject LiveProtocol::toJson() const
{
    QJsonArray ch;
    for (quint32 c : chain)
        ch.append(qint64(c));
    return QJsonObject{
        {QStringLiteral("index"), index},
        {QStringLiteral("name"), name},
        {QStringLiteral("provider_id"), guidText(providerId)},
        {QStringLiteral("catalog_entry_id"), qint64(catalogEntryId)},
        {QStringLiteral("chain_len"), chainLen},
        {QStringLiteral("chain"), ch},
        {QStringLiteral("kind"), kind()},
        {QStringLiteral("address_family"), addressFamily},
        {QStringLiteral("socket_type"), socketType},
        {QStringLiteral("protocol_number"), protocol},
        {QStringLiteral("service_flags1"), qint64(serviceFlags1)},
        {QStringLiteral("provider_flags"), qint64(providerFlags)},
        {QStringLiteral("version"), version},
        {QStringLiteral("dll"), dllPath},
    };
}

QJsonObject LiveNamespace::toJson() const
{
    return QJsonObject{
        {QStringLiteral("name"), identifier},
        {QStringLiteral("provider_id"), guidText(providerId)},
        {QStringLiteral("namespace"), qint64(nameSpace)},
        {QStringLiteral("active"), active},
        {QStringLiteral("version"), qint64(version)},
    };
}

QJsonObject LiveDevice::toJson() const
{
    QJsonObject o{
        {QStringLiteral("instance_id"), instanceId},
        {QStringLiteral("name"), displayName()},
        {QStringLiteral("class"), className},
        {QStringLiteral("class_guid"), classGuid},
        {QStringLiteral("service"), service},
        {QStringLiteral("driver_key"), driverKey},
        {QStringLiteral("manufacturer"), manufacturer},
        {QStringLiteral("hardware_ids"), QJsonArray::fromStringList(hardwareIds)},
        {QStringLiteral("status_known"), statusKnown},
        {QStringLiteral("status"), qint64(status)},
        {QStringLiteral("problem"), qint64(problem)},
        {QStringLiteral("has_problem"), hasProblem},
        {QStringLiteral("disabled"), disabled},
        {QStringLiteral("started"), started},
    };
    if (hasProblem)
        o.insert(QStringLiteral("problem_name"), cmProblemName(problem));
    if (!upperFilters.isEmpty())
        o.insert(QStringLiteral("upper_filters"), QJsonArray::fromStringList(upperFilters));
    if (!lowerFilters.isEmpty())
        o.insert(QStringLiteral("lower_filters"), QJsonArray::fromStringList(lowerFilters));
    QJsonObject drv;
    if (!driverVersion.isEmpty()) drv.insert(QStringLiteral("version"), driverVersion);
    if (!driverDate.isEmpty()) drv.insert(QStringLiteral("date"), driverDate);
    if (!driverProvider.isEmpty()) drv.insert(QStringLiteral("provider"), driverProvider);
    if (!infPath.isEmpty()) drv.insert(QStringLiteral("inf"), infPath);
    if (!drv.isEmpty())
        o.insert(QStringLiteral("driver"), drv);
    return o;
}

QJsonObject LiveTrust::toJson() const
{
    auto hex = [](quint32 v) { return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0')).toUpper().replace(QStringLiteral("0X"), QStringLiteral("0x")); };
    QJsonObject o{
        {QStringLiteral("path"), path},
        {QStringLiteral("status"), status},
        {QStringLiteral("source"), source},
        {QStringLiteral("result"), hex(result)},
        {QStringLiteral("embedded_result"), hex(embeddedResult)},
        {QStringLiteral("catalog_api"), catalogApi},
        {QStringLiteral("message"), message},
    };
    if (!catalog.isEmpty())
        o.insert(QStringLiteral("catalog"), catalog);
    if (!hashAlgorithm.isEmpty())
        o.insert(QStringLiteral("hash_algorithm"), hashAlgorithm);
    return o;
}

qint64 LivePerfSample::totalHandles() const
{
    qint64 t = 0;
    for (const auto &p : processes)
        t += p.handles;
    return t;
}

QJsonObject LivePerfSample::toJson(int topProcesses) const
{
    QList<LiveProcessHandles> sorted = processes;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.handles > b.handles; });
    QJsonArray top;
    for (qsizetype i = 0; i < sorted.size() && i < topProcesses; ++i)
        top.append(QJsonObject{{QStringLiteral("pid"), qint64(sorted[i].pid)},
                               {QStringLiteral("name"), sorted[i].name},
                               {QStringLiteral("handles"), sorted[i].handles}});
    return QJsonObject{
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("nonpaged_pool_bytes"), nonPagedPoolBytes},
        {QStringLiteral("nonpaged_source"), nonPagedSource},
        {QStringLiteral("processes"), qint64(processes.size())},
        {QStringLiteral("total_handles"), totalHandles()},
        {QStringLiteral("handles_source"), handlesSource},
        {QStringLiteral("top_processes"), top},
    };
}

double linearGrowthPerSecond(const QList<QDateTime> &times, const QList<qint64> &values)
{
    const qsizetype n = std::min(times.size(), values.size());
    if (n < 2)
        return 0.0;
    const QDateTime t0 = times.first();
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double x = double(t0.msecsTo(times[i])) / 1000.0;
        const double y = double(values[i]);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double den = double(n) * sxx - sx * sx;
    if (den == 0.0)
        return 0.0;
    return (double(n) * sxy - sx * sy) / den;
}

namespace {
struct ProblemInfo {
    quint32 code;
    const char *name;
    const char *text;
};
const ProblemInfo kProblems[] = {
    {1, "CM_PROB_NOT_CONFIGURED", QT_TRANSLATE_NOOP("wd::LiveApis", "The device is not configured correctly.")},
    {3, "CM_PROB_OUT_OF_MEMORY", QT_TRANSLATE_NOOP("wd::LiveApis", "The driver may be damaged, or the system is low on memory.")},
    {10, "CM_PROB_FAILED_START", QT_TRANSLATE_NOOP("wd::LiveApis", "The device cannot start (code 10); its driver failed while starting it.")},
    {12, "CM_PROB_NORMAL_CONFLICT", QT_TRANSLATE_NOOP("wd::LiveApis", "The device cannot find enough free resources.")},
    {14, "CM_PROB_NEED_RESTART", QT_TRANSLATE_NOOP("wd::LiveApis", "The device needs a restart of the computer.")},
    {18, "CM_PROB_REINSTALL", QT_TRANSLATE_NOOP("wd::LiveApis", "The drivers of the device must be reinstalled.")},
    {19, "CM_PROB_REGISTRY", QT_TRANSLATE_NOOP("wd::LiveApis", "The configuration of the device in the registry is incomplete or damaged.")},
    {21, "CM_PROB_WILL_BE_REMOVED", QT_TRANSLATE_NOOP("wd::LiveApis", "Windows is removing the device.")},
    {22, "CM_PROB_DISABLED", QT_TRANSLATE_NOOP("wd::LiveApis", "The device is disabled.")},
    {24, "CM_PROB_DEVICE_NOT_THERE", QT_TRANSLATE_NOOP("wd::LiveApis", "The device is not present, not working properly, or has no driver.")},
    {28, "CM_PROB_FAILED_INSTALL", QT_TRANSLATE_NOOP("wd::LiveApis", "The drivers of the device are not installed.")},
    {29, "CM_PROB_HARDWARE_DISABLED", QT_TRANSLATE_NOOP("wd::LiveApis", "The firmware of the computer disabled the device.")},
    {31, "CM_PROB_FAILED_ADD", QT_TRANSLATE_NOOP("wd::LiveApis", "Windows cannot load the drivers the device needs.")},
    {32, "CM_PROB_DISABLED_SERVICE", QT_TRANSLATE_NOOP("wd::LiveApis", "The driver service of the device is disabled.")},
    {37, "CM_PROB_FAILED_DRIVER_ENTRY", QT_TRANSLATE_NOOP("wd::LiveApis", "The driver of the device failed to initialise.")},
    {39, "CM_PROB_DRIVER_FAILED_LOAD", QT_TRANSLATE_NOOP("wd::LiveApis", "The driver is damaged or missing and cannot be loaded.")},
    {40, "CM_PROB_DRIVER_SERVICE_KEY_INVALID", QT_TRANSLATE_NOOP("wd::LiveApis", "The service key of the driver in the registry is missing or wrong.")},
    {43, "CM_PROB_FAILED_POST_START", QT_TRANSLATE_NOOP("wd::LiveApis", "Windows stopped the device because it reported problems (code 43).")},
    {45, "CM_PROB_PHANTOM", QT_TRANSLATE_NOOP("wd::LiveApis", "The device is not connected.")},
    {48, "CM_PROB_DRIVER_BLOCKED", QT_TRANSLATE_NOOP("wd::LiveApis", "The driver was blocked because it is known to cause problems.")},
    {52, "CM_PROB_UNSIGNED_DRIVER", QT_TRANSLATE_NOOP("wd::LiveApis", "Windows cannot verify the digital signature of the driver (code 52).")},
};
} // namespace

QString cmProblemName(quint32 code)
{
    for (const auto &p : kProblems)
        if (p.code == code)
            return QString::fromLatin1(p.name);
    return QStringLiteral("CM_PROB_%1").arg(code);
}

QString cmProblemText(quint32 code)
{
    for (const auto &p : kProblems)
        if (p.code == code)
            return translate("wd::LiveApis", p.text);
    return translate("wd::LiveApis", "The device reports problem code %1.").arg(code);
}

} // namespace wd
