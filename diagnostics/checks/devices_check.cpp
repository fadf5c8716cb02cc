// Devices & network filter drivers (check id "devices"), read through SystemView's registry API so
// that it works offline and live.
//
// Sources: HKLM\SYSTEM\CurrentControlSet\Enum\<enumerator>\<device>\<instance> (DeviceDesc/FriendlyName,
// ClassGUID, Class, HardwareID, Service, Driver, ConfigFlags, Upper/LowerFilters); the driver key
// Control\Class\{guid}\NNNN (DriverVersion, DriverDate, ProviderName, InfPath, MatchingDeviceId, and for
// adapters NetCfgInstanceId + Linkage\FilterList); NDIS lightweight filters = components of the
// NetService class {4d36e974-e325-11ce-bfc1-08002be10318} with Characteristics & NCF_LW_FILTER (0x40000)
// or an Ndi\FilterClass, found under Control\Class\{NetService}\NNNN (INF details: provider, version)
// and under Control\Network\{NetService}\{NetCfgInstanceId} (every component, inbox ones included:
// ComponentId, Characteristics, Description, InfPath) (Ndi: Service, FilterClass, FilterType 1 monitoring/2 modifying, FilterRunType
// 1 mandatory/2 optional; Ndi\Interfaces: FilterMediaTypes); their bindings are the adapters whose
// Linkage\FilterList holds "{adapter}-{filter NetCfgInstanceId}-NNNN"; class filters are the
// UpperFilters/LowerFilters of the Net class key; Services\<name> gives ImagePath, Start, Type.
//
// ScanResult::devices[] — one object per entry, stable keys:
//   id            instance id ("PCI\VEN_8086&DEV_15B8\3&11583659&0&FE"), "filter:{guid}" or "class_filter:<service>"
//   kind          adapter (class Net, or a PCI network controller (CC_02xx) without a driver) | net_component (NetService/NetTrans/NetClient devnodes) | device (any other
//                 class, listed only when it has a problem) | filter (NDIS LWF / IM filter) | class_filter (class or
//                 device Upper/LowerFilters of network adapters)
//   description, class, class_guid, hardware_ids[]
//   config_flags  number;  state ok | disabled | reinstall | failed_install
//   problem       {code, symbol, text, advice} or null
//   driver        {key, version, date, provider, inf, matching_id} (empty strings when absent)
//   service       {name, image_path, start, type, file, file_exists} ({} when the entry has no service)
//   upper_filters[], lower_filters[]   (adapters: device-level filters)
//   bound_filters[]                    (adapters: NetCfgInstanceIds of the LWFs bound to it)
//   filter        {component_id, guid, class, type, run_type, media_types[], bound_adapters[]} (kind filter)
//   third_party   bool;  virtualization "VMware" | "Hyper-V" | "VirtualBox" | ""
#include "checks/checks.h"
#include "checks/mui_string.h"
#include "checks/device_problems.h"
#include "checks/partial_volume.h"
#include "formats/minidump.h"
#include "platform/system_view.h"
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace wd {

namespace {

const QString kNetClass = QStringLiteral("{4d36e972-e325-11ce-bfc1-08002be10318}");
const QString kNetServiceClass = QStringLiteral("{4d36e974-e325-11ce-bfc1-08002be10318}");
const QString kNetTransClass = QStringLiteral("{4d36e975-e325-11ce-bfc1-08002be10318}");
const QString kNetClientClass = QStringLiteral("{4d36e973-e325-11ce-bfc1-08002be10318}");
constexpr quint32 kNcfLwFilter = 0x40000;
constexpr quint32 kNcfFilter = 0x400;

using ValueMap = QHash<QString, RegValue>; // lower-case name -> value

ValueMap valueMap(const SystemView &sys, const QString &key)
{
    ValueMap m;
    Expected<QList<RegValue>> vs = sys.values(key);
    if (vs)
        for (const RegValue &v : *vs)
            m.insert(v.name.toLower(), v);
    return m;
}

QString str(const ValueMap &m, const char *name)
{
    auto it = m.constFind(QString::fromLatin1(name).toLower());
    return it == m.constEnd() ? QString() : it->toString();
}

QStringList list(const ValueMap &m, const char *name)
{
    auto it = m.constFind(QString::fromLatin1(name).toLower());
    if (it == m.constEnd())
        return {};
    QStringList out;
    for (const QString &s : it->toStringList())
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

std::optional<quint32> dword(const ValueMap &m, const char *name)
{
    auto it = m.constFind(QString::fromLatin1(name).toLower());
    return it == m.constEnd() ? std::nullopt : it->toDword();
}

// "@net.inf,%e1000.devicedesc%;Intel(R) PRO/1000" -> "Intel(R) PRO/1000"
QString cleanDescription(const QString &s)
{
    if (s.startsWith(QLatin1Char('@'))) {
        const qsizetype semi = s.lastIndexOf(QLatin1Char(';'));
        return semi >= 0 ? s.mid(semi + 1) : s;
    }
    return s;
}

QString virtualizationOf(const QString &text)
{
    const QString t = text.toLower();
    if (t.contains(QLatin1String("vmware")) || t.contains(QLatin1String("vmnet")) || t.contains(QLatin1String("vmx86")))
        return QStringLiteral("VMware");
    if (t.contains(QLatin1String("virtualbox")) || t.contains(QLatin1String("vbox")))
        return QStringLiteral("VirtualBox");
    if (t.contains(QLatin1String("hyper-v")) || t.contains(QLatin1String("vms_pp")) || t.contains(QLatin1String("vmsproxy")) ||
        t.contains(QLatin1String("vmswitch")) || t.contains(QLatin1String("vmsp ")) || t.contains(QLatin1String("vms3cap")))
        return QStringLiteral("Hyper-V");
    return {};
}

bool isMicrosoftProvider(const QString &provider)
{
    return provider.contains(QLatin1String("Microsoft"), Qt::CaseInsensitive);
}

QString baseName(const QString &path)
{
    const qsizetype i = std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return i >= 0 ? path.mid(i + 1) : path;
}

class DevicesCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("devices"); }
    Text title() const override { return translate("wd::DevicesCheck", "Network adapters and filter drivers"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        const QString ccs = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet");
        m_ccs = ccs;
        m_mui = std::make_unique<MuiResolver>(sys);
        Expected<QStringList> enumerators = sys.subKeys(ccs + QStringLiteral("\\Enum"));
        if (!enumerators)
            return enumerators.error();

        // NetService components first: adapters refer to them by NetCfgInstanceId.
        QList<QJsonObject> filters = readFilters(ctx);
        QHash<QString, int> filterByGuid;
        for (int i = 0; i < filters.size(); ++i)
            filterByGuid.insert(filters[i].value(QStringLiteral("filter")).toObject().value(QStringLiteral("guid")).toString().toLower(), i);

        QList<QJsonObject> devices;
        QMap<QString, QString> deviceFilterServices; // service -> "upper"/"lower" (device-level filters of adapters)
        qint64 n = 0;
        for (const QString &e : *enumerators) {
            if (ctx.cancel.isCancelled())
                return Error(ErrorKind::Cancelled, translate("wd::DevicesCheck", "Cancelled."));
            ctx.report(id(), n++, enumerators->size(), e);
            const QString ekey = ccs + QStringLiteral("\\Enum\\") + e;
            for (const QString &dev : sys.subKeys(ekey).valueOr({})) {
                for (const QString &inst : sys.subKeys(ekey + QLatin1Char('\\') + dev).valueOr({})) {
                    const QString instanceId = e + QLatin1Char('\\') + dev + QLatin1Char('\\') + inst;
                    QJsonObject d = readDevice(ctx, ekey + QLatin1Char('\\') + dev + QLatin1Char('\\') + inst, instanceId);
                    if (d.isEmpty())
                        continue;
                    if (d.value(QStringLiteral("kind")).toString() == QLatin1String("adapter")) {
                        for (const QJsonValue &g : d.value(QStringLiteral("bound_filters")).toArray())
                            if (auto it = filterByGuid.constFind(g.toString().toLower()); it != filterByGuid.constEnd()) {
                                QJsonObject fo = filters[*it].value(QStringLiteral("filter")).toObject();
                                QJsonArray ba = fo.value(QStringLiteral("bound_adapters")).toArray();
                                ba.append(instanceId);
                                fo.insert(QStringLiteral("bound_adapters"), ba);
                                filters[*it].insert(QStringLiteral("filter"), fo);
                            }
                        for (const QJsonValue &s : d.value(QStringLiteral("upper_filters")).toArray())
                            deviceFilterServices.insert(s.toString(), QStringLiteral("upper"));
                        for (const QJsonValue &s : d.value(QStringLiteral("lower_filters")).toArray())
                            deviceFilterServices.insert(s.toString(), QStringLiteral("lower"));
                    }
                    devices.append(d);
                }
            }
        }

        // Class-level filters of the Net class, plus device-level filters of adapters.
        const ValueMap netClass = valueMap(sys, ccs + QStringLiteral("\\Control\\Class\\") + kNetClass);
        QList<QJsonObject> classFilters;
        QSet<QString> seen;
        auto addClassFilter = [&](const QString &svc, const QString &position, const QString &scope) {
            if (seen.contains(svc.toLower()))
                return;
            seen.insert(svc.toLower());
            QJsonObject o;
            o.insert(QStringLiteral("id"), QStringLiteral("class_filter:") + svc);
            o.insert(QStringLiteral("kind"), QStringLiteral("class_filter"));
            o.insert(QStringLiteral("description"), svc);
            o.insert(QStringLiteral("class"), QStringLiteral("Net"));
            o.insert(QStringLiteral("class_guid"), kNetClass);
            o.insert(QStringLiteral("position"), position);
            o.insert(QStringLiteral("scope"), scope);
            const QJsonObject service = readService(ctx, svc);
            o.insert(QStringLiteral("service"), service);
            const QString file = service.value(QStringLiteral("file")).toString();
            o.insert(QStringLiteral("third_party"), !file.isEmpty() && !isMicrosoftModule(baseName(file)));
            o.insert(QStringLiteral("virtualization"), virtualizationOf(svc + QLatin1Char(' ') + file));
            classFilters.append(o);
        };
        for (const QString &s : list(netClass, "UpperFilters"))
            addClassFilter(s, QStringLiteral("upper"), QStringLiteral("class"));
        for (const QString &s : list(netClass, "LowerFilters"))
            addClassFilter(s, QStringLiteral("lower"), QStringLiteral("class"));
        for (auto it = deviceFilterServices.constBegin(); it != deviceFilterServices.constEnd(); ++it)
            addClassFilter(it.key(), it.value(), QStringLiteral("device"));

        for (const QJsonObject &o : std::as_const(devices))
            ctx.result.devices.append(o);
        for (const QJsonObject &o : std::as_const(filters))
            ctx.result.devices.append(o);
        for (const QJsonObject &o : std::as_const(classFilters))
            ctx.result.devices.append(o);

        addFindings(ctx, devices, filters, classFilters);
        return {};
    }

private:
    QString m_ccs;
    std::unique_ptr<MuiResolver> m_mui; // per scan

    // A description or display name from the registry, readable: "@file,-id" resolved from the target's
    // files, "@inf,%key%;text" -> text; an unresolvable @-string gives FALLBACK (never the raw string).
    QString readable(const QString &s, const QString &fallback = {}) const
    {
        return m_mui ? m_mui->readable(s, fallback) : cleanDescription(s);
    }

    QJsonObject readService(ScanContext &ctx, const QString &name)
    {
        SystemView &sys = ctx.system;
        const QString key = m_ccs + QStringLiteral("\\Services\\") + name;
        if (name.isEmpty() || !sys.keyExists(key))
            return name.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("missing"), true}};
        const ValueMap m = valueMap(sys, key);
        const quint32 type = dword(m, "Type").value_or(0);
        QString image = str(m, "ImagePath");
        QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("display_name"), readable(str(m, "DisplayName"), name)},
                      {QStringLiteral("image_path"), image},
                      {QStringLiteral("start"), qint64(dword(m, "Start").value_or(0xFFFFFFFF))},
                      {QStringLiteral("type"), qint64(type)}};
        const bool isDriver = (type & 0x3) != 0;
        if (!isDriver)
            return o;
        QString path = image;
        if (path.startsWith(QLatin1String("\\??\\")))
            path = path.mid(4);
        if (path.isEmpty())
            path = QStringLiteral("System32\\drivers\\") + name + QStringLiteral(".sys");
        const QString file = sys.expandPath(path);
        const bool exists = sys.fileExists(file);
        o.insert(QStringLiteral("file"), file);
        o.insert(QStringLiteral("file_exists"), exists);
        if (exists)
            ctx.result.addFile(file, QStringLiteral("driver"));
        return o;
    }

    QJsonObject readDriverKey(const SystemView &sys, const QString &driver, ValueMap *out = nullptr)
    {
        if (driver.isEmpty())
            return {};
        const ValueMap m = valueMap(sys, m_ccs + QStringLiteral("\\Control\\Class\\") + driver);
        if (out)
            *out = m;
        return QJsonObject{{QStringLiteral("key"), driver},
                           {QStringLiteral("version"), str(m, "DriverVersion")},
                           {QStringLiteral("date"), str(m, "DriverDate")},
                           {QStringLiteral("provider"), str(m, "ProviderName")},
                           {QStringLiteral("inf"), str(m, "InfPath")},
                           {QStringLiteral("matching_id"), str(m, "MatchingDeviceId")}};
    }

    QJsonObject readDevice(ScanContext &ctx, const QString &key, const QString &instanceId)
    {
        SystemView &sys = ctx.system;
        const ValueMap m = valueMap(sys, key);
        const QString classGuid = str(m, "ClassGUID").toLower();
        const quint32 flags = dword(m, "ConfigFlags").value_or(0);
        const int problem = problemCodeFromConfigFlags(flags);
        // ROOT\LEGACY_* nodes stand for legacy (non-PnP) drivers; Device Manager does not show them
        // and their ConfigFlags do not mean a problem.
        if (instanceId.startsWith(QLatin1String("ROOT\\LEGACY_"), Qt::CaseInsensitive))
            return {};
        // HTREE\ROOT\0 is the root of the device tree, not a device: no driver, nothing to reinstall,
        // whatever its ConfigFlags say (Windows 7 leaves CONFIGFLAG_REINSTALL, 0x20, on it).
        if (instanceId.compare(QLatin1String("HTREE\\ROOT\\0"), Qt::CaseInsensitive) == 0)
            return {};
        // A network controller whose driver never installed has no class yet; its PCI class code
        // (CC_02xx in the compatible ids) still says what it is.
        bool networkHardware = false;
        if (classGuid.isEmpty())
            for (const QString &hid : list(m, "CompatibleIDs") + list(m, "HardwareID"))
                networkHardware = networkHardware || hid.contains(QLatin1String("\\CC_02"), Qt::CaseInsensitive);
        QString kind;
        if (classGuid == kNetClass || networkHardware)
            kind = QStringLiteral("adapter");
        else if (classGuid == kNetServiceClass || classGuid == kNetTransClass || classGuid == kNetClientClass)
            kind = QStringLiteral("net_component");
        else if (problem != 0 && !m.isEmpty())
            kind = QStringLiteral("device");
        else
            return {};
        QString desc = readable(str(m, "FriendlyName"));
        if (desc.isEmpty())
            desc = readable(str(m, "DeviceDesc"));
        QJsonObject o;
        o.insert(QStringLiteral("id"), instanceId);
        o.insert(QStringLiteral("kind"), kind);
        o.insert(QStringLiteral("description"), desc);
        o.insert(QStringLiteral("class"), str(m, "Class"));
        o.insert(QStringLiteral("class_guid"), classGuid);
        o.insert(QStringLiteral("hardware_ids"), QJsonArray::fromStringList(list(m, "HardwareID")));
        o.insert(QStringLiteral("config_flags"), qint64(flags));
        const char *state = problem == 28 ? "failed_install" : problem == 18 ? "reinstall" : problem == 22 ? "disabled" : "ok";
        o.insert(QStringLiteral("state"), QLatin1String(state));
        if (problem)
            o.insert(QStringLiteral("problem"), QJsonObject{{QStringLiteral("code"), problem},
                                                           {QStringLiteral("symbol"), deviceProblemSymbol(problem)},
                                                           {QStringLiteral("text"), deviceProblemText(problem).toSourceString()},
                                                           {QStringLiteral("advice"), deviceProblemAdvice(problem).toSourceString()}});
        else
            o.insert(QStringLiteral("problem"), QJsonValue::Null);
        ValueMap drv;
        const QJsonObject driver = readDriverKey(sys, str(m, "Driver"), &drv);
        o.insert(QStringLiteral("driver"), driver);
        const QString svc = str(m, "Service");
        const QJsonObject service = svc.isEmpty() ? QJsonObject() : readService(ctx, svc);
        o.insert(QStringLiteral("service"), service);
        o.insert(QStringLiteral("upper_filters"), QJsonArray::fromStringList(list(m, "UpperFilters")));
        o.insert(QStringLiteral("lower_filters"), QJsonArray::fromStringList(list(m, "LowerFilters")));
        if (kind == QLatin1String("adapter")) {
            QStringList bound;
            const QString linkage = m_ccs + QStringLiteral("\\Control\\Class\\") + str(m, "Driver") + QStringLiteral("\\Linkage");
            if (!str(m, "Driver").isEmpty())
                for (const QString &entry : list(valueMap(sys, linkage), "FilterList")) {
                    // "{adapter guid}-{filter guid}-0000"
                    const QStringList parts = entry.split(QLatin1Char('}'));
                    if (parts.size() >= 2) {
                        QString g = parts[1];
                        if (g.startsWith(QLatin1Char('-')))
                            g = g.mid(1);
                        bound << (g + QLatin1Char('}')).toLower();
                    }
                }
            o.insert(QStringLiteral("bound_filters"), QJsonArray::fromStringList(bound));
            o.insert(QStringLiteral("net_cfg_instance_id"), str(drv, "NetCfgInstanceId"));
        }
        const QString provider = driver.value(QStringLiteral("provider")).toString();
        o.insert(QStringLiteral("third_party"), !provider.isEmpty() && !isMicrosoftProvider(provider));
        o.insert(QStringLiteral("virtualization"),
                 virtualizationOf(desc + QLatin1Char(' ') + svc + QLatin1Char(' ') + list(m, "HardwareID").join(QLatin1Char(' '))));
        return o;
    }

    // One NDIS filter component. KEY is either Control\Class\{NetService}\NNNN (INF-installed
    // components with driver details) or Control\Network\{NetService}\{guid} (where Windows registers
    // every network component, inbox ones included); both carry the Ndi subkey.
    std::optional<QJsonObject> readFilter(ScanContext &ctx, const QString &key, const QString &classIndex)
    {
        SystemView &sys = ctx.system;
        const ValueMap m = valueMap(sys, key);
        const ValueMap ndi = valueMap(sys, key + QStringLiteral("\\Ndi"));
        const ValueMap ifs = valueMap(sys, key + QStringLiteral("\\Ndi\\Interfaces"));
        const quint32 ch = dword(m, "Characteristics").value_or(0);
        const QString filterClass = str(ndi, "FilterClass");
        const bool lwf = (ch & kNcfLwFilter) || !filterClass.isEmpty();
        const bool im = (ch & kNcfFilter) != 0;
        if (!lwf && !im)
            return std::nullopt;
        const QString componentId = str(m, "ComponentId");
        QString guid = str(m, "NetCfgInstanceId").toLower();
        if (guid.isEmpty() && classIndex.isEmpty())
            guid = key.section(QLatin1Char('\\'), -1).toLower();
        QString desc = readable(str(m, "DriverDesc"));
        if (desc.isEmpty())
            desc = readable(str(m, "Description"));
        if (desc.isEmpty())
            desc = readable(str(m, "LocDescription"));
        if (desc.isEmpty())
            desc = componentId;
        QJsonObject o;
        o.insert(QStringLiteral("id"), QStringLiteral("filter:") + (guid.isEmpty() ? classIndex : guid));
        o.insert(QStringLiteral("kind"), QStringLiteral("filter"));
        o.insert(QStringLiteral("description"), desc);
        o.insert(QStringLiteral("class"), QStringLiteral("NetService"));
        o.insert(QStringLiteral("class_guid"), kNetServiceClass);
        QJsonObject driver;
        if (!classIndex.isEmpty())
            driver = readDriverKey(sys, kNetServiceClass + QLatin1Char('\\') + classIndex);
        else
            driver = QJsonObject{{QStringLiteral("key"), QString()}, {QStringLiteral("version"), QString()},
                                 {QStringLiteral("date"), QString()}, {QStringLiteral("provider"), QString()},
                                 {QStringLiteral("inf"), str(m, "InfPath")}, {QStringLiteral("matching_id"), componentId.toLower()}};
        o.insert(QStringLiteral("driver"), driver);
        const QString svc = str(ndi, "Service");
        o.insert(QStringLiteral("service"), readService(ctx, svc));
        QStringList media;
        for (const QString &t : str(ifs, "FilterMediaTypes").split(QLatin1Char(','), Qt::SkipEmptyParts))
            media << t.trimmed();
        const QString reg = m_ccs + QStringLiteral("\\Control\\Network\\") + kNetServiceClass + QLatin1Char('\\') + guid;
        const quint32 ft = dword(ndi, "FilterType").value_or(0), rt = dword(ndi, "FilterRunType").value_or(0);
        o.insert(QStringLiteral("filter"), QJsonObject{
            {QStringLiteral("component_id"), componentId},
            {QStringLiteral("guid"), guid},
            {QStringLiteral("class"), filterClass.toLower()},
            {QStringLiteral("type"), lwf ? (ft == 2 ? QStringLiteral("modifying") : ft == 1 ? QStringLiteral("monitoring") : QString())
                                         : QStringLiteral("intermediate")},
            {QStringLiteral("run_type"), rt == 1 ? QStringLiteral("mandatory") : rt == 2 ? QStringLiteral("optional") : QString()},
            {QStringLiteral("media_types"), QJsonArray::fromStringList(media)},
            {QStringLiteral("registered"), !guid.isEmpty() && sys.keyExists(reg)},
            {QStringLiteral("bound_adapters"), QJsonArray()}});
        const QString provider = driver.value(QStringLiteral("provider")).toString();
        const QString inf = driver.value(QStringLiteral("inf")).toString();
        bool ms = componentId.startsWith(QLatin1String("ms_"), Qt::CaseInsensitive) || isMicrosoftProvider(provider);
        if (!ms && provider.isEmpty() && !inf.isEmpty() && !inf.startsWith(QLatin1String("oem"), Qt::CaseInsensitive))
            ms = true; // inbox INF (e.g. wfplwfs.inf) without a provider name
        o.insert(QStringLiteral("third_party"), !ms);
        o.insert(QStringLiteral("virtualization"), virtualizationOf(componentId + QLatin1Char(' ') + svc + QLatin1Char(' ') + desc));
        return o;
    }

    QList<QJsonObject> readFilters(ScanContext &ctx)
    {
        SystemView &sys = ctx.system;
        QList<QJsonObject> out;
        QSet<QString> guids;
        const QString classKey = m_ccs + QStringLiteral("\\Control\\Class\\") + kNetServiceClass;
        for (const QString &sub : sys.subKeys(classKey).valueOr({})) {
            bool numeric = false;
            sub.toInt(&numeric);
            if (!numeric)
                continue;
            if (auto o = readFilter(ctx, classKey + QLatin1Char('\\') + sub, sub)) {
                guids.insert(o->value(QStringLiteral("filter")).toObject().value(QStringLiteral("guid")).toString());
                out.append(*o);
            }
        }
        const QString netKey = m_ccs + QStringLiteral("\\Control\\Network\\") + kNetServiceClass;
        for (const QString &sub : sys.subKeys(netKey).valueOr({})) {
            if (!sub.startsWith(QLatin1Char('{')) || guids.contains(sub.toLower()))
                continue;
            if (auto o = readFilter(ctx, netKey + QLatin1Char('\\') + sub, QString()))
                out.append(*o);
        }
        return out;
    }

    void addFindings(ScanContext &ctx, const QList<QJsonObject> &devices, const QList<QJsonObject> &filters,
                     const QList<QJsonObject> &classFilters)
    {
        for (const QJsonObject &d : devices) {
            const QString kind = d.value(QStringLiteral("kind")).toString();
            if (kind != QLatin1String("adapter") && kind != QLatin1String("net_component"))
                continue;
            const QString state = d.value(QStringLiteral("state")).toString();
            if (state == QLatin1String("ok"))
                continue;
            const QJsonObject problem = d.value(QStringLiteral("problem")).toObject();
            const QString desc = d.value(QStringLiteral("description")).toString();
            Finding f;
            f.check = id();
            f.evidence = QJsonObject{{QStringLiteral("device"), d.value(QStringLiteral("id"))},
                                     {QStringLiteral("config_flags"), d.value(QStringLiteral("config_flags"))},
                                     {QStringLiteral("problem_code"), problem.value(QStringLiteral("code"))},
                                     {QStringLiteral("driver"), d.value(QStringLiteral("driver"))}};
            const QString code = QString::number(problem.value(QStringLiteral("code")).toInt());
            if (state == QLatin1String("failed_install")) {
                f.id = QStringLiteral("devices.net.failed-install");
                f.severity = Severity::Error;
                f.title = translate("wd::DevicesCheck", "Network device \"%1\": driver installation failed (Code %2)").arg(desc, code);
                f.detail = translate("wd::DevicesCheck", "Windows tried to install the driver of this network device and failed, so "
                                     "the device does not work and its connection is missing. This often happens after a "
                                     "driver update or when a VPN or virtualization product installs a broken driver. Rolling "
                                     "back to the previous driver (or reinstalling it) makes the device work again.");
                f.repairs << QStringLiteral("driver.rollback");
            } else if (state == QLatin1String("reinstall")) {
                f.id = QStringLiteral("devices.net.reinstall");
                f.severity = Severity::Warning;
                f.title = translate("wd::DevicesCheck", "Network device \"%1\" needs its driver reinstalled (Code %2)").arg(desc, code);
                f.detail = translate("wd::DevicesCheck", "Windows marked this network device for driver reinstallation; until that "
                                     "happens it may not work. Reinstalling or rolling back the driver fixes it.");
                f.repairs << QStringLiteral("driver.rollback");
            } else {
                f.id = QStringLiteral("devices.net.disabled");
                f.severity = Severity::Warning;
                f.title = translate("wd::DevicesCheck", "Network device \"%1\" is disabled (Code %2)").arg(desc, code);
                f.detail = translate("wd::DevicesCheck", "This network device is switched off in Device Manager. If it is the "
                                     "connection you expect to use, enable it again.");
            }
            ctx.result.add(f);
        }

        QList<QJsonObject> all = filters;
        all += classFilters;
        for (const QJsonObject &o : all) {
            const QJsonObject svc = o.value(QStringLiteral("service")).toObject();
            const bool missingService = svc.value(QStringLiteral("missing")).toBool();
            const bool missingFile = svc.contains(QStringLiteral("file")) && !svc.value(QStringLiteral("file_exists")).toBool();
            if (!missingService && !missingFile)
                continue;
            if (!missingService && partial::notCheckable(ctx, svc.value(QStringLiteral("file")).toString()))
                continue; // the volume lacks the drivers folder as a whole (scan.partial-volume)
            const QString name = o.value(QStringLiteral("description")).toString();
            const QString what = missingService ? svc.value(QStringLiteral("name")).toString() : svc.value(QStringLiteral("file")).toString();
            Finding f;
            f.check = id();
            f.severity = Severity::Error;
            f.title = translate("wd::DevicesCheck", "Network filter \"%1\" has no driver file").arg(name);
            if (o.value(QStringLiteral("third_party")).toBool()) {
                f.id = QStringLiteral("devices.filter.missing-file");
                f.detail = translate("wd::DevicesCheck", "This filter is still registered in the network stack, but its driver %1 is "
                                     "missing. Leftovers like this come from uninstalled VPN, firewall or antivirus products and can "
                                     "stop every network adapter from working. Removing the leftover filter (or reinstalling the "
                                     "product) fixes it.").arg(what);
                f.repairs << QStringLiteral("driver.rollback");
            } else {
                f.id = QStringLiteral("devices.filter.windows-file-missing");
                f.detail = translate("wd::DevicesCheck", "This filter is part of Windows, but its driver %1 is missing. Network "
                                     "adapters that depend on it may not start. Restore the Windows files with \"sfc /scannow\" "
                                     "or DISM.").arg(what);
            }
            f.evidence = QJsonObject{{QStringLiteral("entry"), o.value(QStringLiteral("id"))},
                                     {QStringLiteral("service"), svc}};
            ctx.result.add(f);
        }

        // Several third-party filters of the same kind compete (e.g. two firewalls / antivirus products).
        QMap<QString, QStringList> byClass;
        QStringList thirdParty;
        for (const QJsonObject &o : filters) {
            if (!o.value(QStringLiteral("third_party")).toBool())
                continue;
            const QString desc = o.value(QStringLiteral("description")).toString();
            thirdParty << desc;
            const QString cls = o.value(QStringLiteral("filter")).toObject().value(QStringLiteral("class")).toString();
            if (!cls.isEmpty() && cls != QLatin1String("custom") && cls != QLatin1String("diagnostic"))
                byClass[cls] << desc;
        }
        for (auto it = byClass.constBegin(); it != byClass.constEnd(); ++it) {
            if (it.value().size() < 2)
                continue;
            Finding f;
            f.id = QStringLiteral("devices.filter.duplicate-kind");
            f.check = id();
            f.severity = Severity::Warning;
            f.title = translate("wd::DevicesCheck", "%1 third-party network filters of the same kind (\"%2\")")
                          .arg(it.value().size()).arg(it.key());
            f.detail = translate("wd::DevicesCheck", "These filters all inspect or change the same network traffic: %1. Two "
                                 "firewall, antivirus or VPN products doing the same job often conflict, causing lost "
                                 "connections or blue screens. Keep one product and uninstall the others.")
                           .arg(it.value().join(QStringLiteral(", ")));
            f.evidence = QJsonObject{{QStringLiteral("filter_class"), it.key()},
                                     {QStringLiteral("filters"), QJsonArray::fromStringList(it.value())}};
            ctx.result.add(f);
        }
        if (!thirdParty.isEmpty()) {
            Finding f;
            f.id = QStringLiteral("devices.filter.third-party");
            f.check = id();
            f.severity = Severity::Info;
            f.title = translate("wd::DevicesCheck", "%n third-party network filter(s) installed", nullptr, int(thirdParty.size()));
            f.detail = translate("wd::DevicesCheck", "Programs such as VPN clients, firewalls and antivirus suites add filter "
                                 "drivers to every network connection: %1. They are normal, but when the network fails or "
                                 "Windows shows a blue screen in ndis.sys or tcpip.sys they are the first suspects.")
                           .arg(thirdParty.join(QStringLiteral(", ")));
            f.evidence.insert(QStringLiteral("filters"), QJsonArray::fromStringList(thirdParty));
            ctx.result.add(f);
        }
        QMap<QString, QStringList> virt;
        for (const QList<QJsonObject> *l : {&devices, &filters, &classFilters})
            for (const QJsonObject &o : *l) {
                const QString v = o.value(QStringLiteral("virtualization")).toString();
                if (!v.isEmpty())
                    virt[v] << o.value(QStringLiteral("description")).toString();
            }
        for (auto it = virt.constBegin(); it != virt.constEnd(); ++it) {
            Finding f;
            f.id = QStringLiteral("devices.virtualization");
            f.check = id();
            f.severity = Severity::Info;
            f.title = translate("wd::DevicesCheck", "%1 network components are installed").arg(it.key());
            f.detail = translate("wd::DevicesCheck", "%1 adds virtual network adapters and filters (%2). This is context, not a "
                                 "fault: they are needed by virtual machines, but they change the network stack and are worth "
                                 "removing if the product is no longer used.").arg(it.key(), it.value().join(QStringLiteral(", ")));
            f.evidence = QJsonObject{{QStringLiteral("vendor"), it.key()},
                                     {QStringLiteral("components"), QJsonArray::fromStringList(it.value())}};
            ctx.result.add(f);
        }
    }
};

} // namespace

std::unique_ptr<Check> makeDevicesCheck()
{
    return std::make_unique<DevicesCheck>();
}

} // namespace wd
