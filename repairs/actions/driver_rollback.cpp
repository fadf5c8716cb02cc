// driver.rollback. Live, for device instances: DiRollbackDriver (newdev.dll) puts the previous
// driver package back; "no previous driver" is reported as such. For filter driver services (live
// and offline): the service is disabled (Start = 4) and removed from every UpperFilters /
// LowerFilters list of the device classes and device instances, so the device stack loads without it.
#include "repairs/actions/actions.h"
#include <QJsonArray>

namespace wd::actions {
namespace {

const QString kControlClass = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Class");
const QString kEnum = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Enum");
const QString kServices = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services");

QStringList evidenceStrings(const QList<Finding> &findings, const QStringList &fields)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (!f.repairs.contains(QStringLiteral("driver.rollback")))
            continue;
        for (const QString &field : fields) {
            const QJsonValue v = f.evidence.value(field);
            if (v.isString() && !v.toString().isEmpty())
                out.append(v.toString());
            // A service described as an object (the devices check's filter entries): its name.
            if (const QString name = v.toObject().value(QStringLiteral("name")).toString(); !name.isEmpty())
                out.append(name);
            for (const QJsonValue &x : v.toArray())
                if (x.isString() && !x.toString().isEmpty())
                    out.append(x.toString());
        }
    }
    out.removeDuplicates();
    return out;
}

bool validServiceName(const QString &s)
{
    return !s.isEmpty() && s.size() <= 256 && !s.contains(QLatin1Char('\\')) && !s.contains(QLatin1Char('/'));
}

class DriverRollback : public RepairAction {
public:
    QString id() const override { return QStringLiteral("driver.rollback"); }
    Text title() const override { return translate("wd::Repairs", "Roll back or disable the problem driver"); }
    bool needsReboot() const override { return true; }

    // Removes SVC from the filter lists of KEY; adds the change.
    static Expected<void> filtersOf(const SystemWriter &w, const QString &key, const QStringList &services, ActionPlan &p)
    {
        Expected<QList<RegValue>> vs = w.values(key, RegView::Native);
        if (!vs)
            return vs.error().kind == ErrorKind::NotFound ? Expected<void>() : Expected<void>(vs.error());
        bool touched = false;
        for (const RegValue &v : *vs) {
            if (v.name.compare(QLatin1String("UpperFilters"), Qt::CaseInsensitive) != 0
                && v.name.compare(QLatin1String("LowerFilters"), Qt::CaseInsensitive) != 0)
                continue;
            const QStringList items = v.toStringList();
            QStringList kept;
            for (const QString &i : items) {
                bool drop = false;
                for (const QString &s : services)
                    drop = drop || i.compare(s, Qt::CaseInsensitive) == 0;
                if (!drop)
                    kept.append(i);
            }
            if (kept.size() == items.size())
                continue;
            touched = true;
            if (kept.isEmpty())
                p.changes.append(RegChange::deleteValue(key, RegView::Native, v.name,
                                                        translate("wd::Repairs", "%1\\%2: %3 -> removed").arg(key, v.name, items.join(QStringLiteral("; ")))));
            else
                p.changes.append(RegChange::set(key, RegView::Native, RegValue::multiSz(v.name, kept),
                                                translate("wd::Repairs", "%1\\%2: %3 -> %4").arg(key, v.name, items.join(QStringLiteral("; ")), kept.join(QStringLiteral("; ")))));
        }
        if (touched)
            p.affectedKeys.append(KeyRef{key, RegView::Native, true});
        return {};
    }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &o) const override
    {
        ActionPlan p = basePlan();
        QStringList services = o.services + evidenceStrings(o.findings, {QStringLiteral("service"), QStringLiteral("services"), QStringLiteral("filter")});
        services.removeDuplicates();
        QStringList devices = o.deviceInstances;
        if (w.isLive())
            devices += evidenceStrings(o.findings, {QStringLiteral("device_instance"), QStringLiteral("instance_id")});
        devices.removeDuplicates();
        if (services.isEmpty() && devices.isEmpty())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "Name the driver to roll back: --service NAME (filter driver service) or, on the "
                                                                    "running Windows, --device INSTANCE-ID."));
        if (!devices.isEmpty() && !w.isLive())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "Rolling back a device's driver package needs the running Windows; offline, "
                                                                    "disable the filter driver with --service NAME."));
        for (const QString &d : devices)
            p.steps << translate("wd::Repairs", "Roll back the driver of the device %1 to the previously installed one (DiRollbackDriver).").arg(d);
        p.data[QStringLiteral("devices")] = QJsonArray::fromStringList(devices);

        for (const QString &svc : services) {
            if (!validServiceName(svc))
                return Error(ErrorKind::Usage, translate("wd::Repairs", "\"%1\" is not a service name.").arg(svc));
            const QString key = kServices + QLatin1Char('\\') + svc;
            Expected<std::optional<RegValue>> start = w.value(key, QStringLiteral("Start"), RegView::Native);
            if (!start)
                return start.error();
            if (!w.keyExists(key, RegView::Native))
                return Error(ErrorKind::NotFound, translate("wd::Repairs", "There is no driver service named \"%1\" on this Windows.").arg(svc));
            const RegValue off = RegValue::dword(QStringLiteral("Start"), 4);
            if (!start->has_value() || !(**start == off)) {
                p.affectedKeys.append(KeyRef{key, RegView::Native, true});
                p.changes.append(RegChange::set(key, RegView::Native, off,
                                                translate("wd::Repairs", "Service %1: Start %2 -> %3 (disabled)").arg(svc, describeValue(*start), describeValue(off))));
            }
        }
        if (!services.isEmpty()) {
            Expected<QStringList> classes = w.subKeys(kControlClass, RegView::Native);
            if (classes)
                for (const QString &c : *classes)
                    if (Expected<void> r = filtersOf(w, kControlClass + QLatin1Char('\\') + c, services, p); !r)
                        return r.error();
            Expected<QStringList> buses = w.subKeys(kEnum, RegView::Native);
            if (buses)
                for (const QString &bus : *buses) {
                    Expected<QStringList> devs = w.subKeys(kEnum + QLatin1Char('\\') + bus, RegView::Native);
                    if (!devs)
                        continue;
                    for (const QString &dev : *devs) {
                        const QString dk = kEnum + QLatin1Char('\\') + bus + QLatin1Char('\\') + dev;
                        Expected<QStringList> insts = w.subKeys(dk, RegView::Native);
                        if (!insts)
                            continue;
                        for (const QString &inst : *insts)
                            if (Expected<void> r = filtersOf(w, dk + QLatin1Char('\\') + inst, services, p); !r)
                                return r.error();
                    }
                }
        }
        if (p.nothingToDo())
            p.notes << translate("wd::Repairs", "The driver is already disabled and in no filter list.");
        return p;
    }

    Expected<void> apply(SystemWriter &w, const ActionPlan &p, const FaultHook &hook) const override
    {
        Expected<void> r = RepairAction::apply(w, p, hook);
        if (!r)
            return r;
        for (const QJsonValue &d : p.data.value(QStringLiteral("devices")).toArray()) {
            bool reboot = false;
            Expected<bool> rolled = w.rollbackDriver(d.toString(), &reboot);
            if (!rolled)
                return rolled.error();
            if (!*rolled)
                return Error(ErrorKind::RepairFailed,
                             translate("wd::Repairs", "The device %1 has no previous driver to go back to (Windows kept no backup of the "
                                                      "earlier driver). Install the manufacturer's older driver by hand, or disable the "
                                                      "filter driver instead.").arg(d.toString()));
        }
        return {};
    }
};

} // namespace
std::unique_ptr<RepairAction> makeDriverRollback() { return std::make_unique<DriverRollback>(); }
} // namespace wd::actions
