// verifier.reset: switches Driver Verifier off (removes VerifyDrivers and VerifyDriverLevel, what
// "verifier /reset" does to the persistent settings).
// verifier.enable: the write-up's diagnosis step the other way round: standard verification for the
// drivers the user names (--driver NAME). Opt-in only: no finding names it and plans never select it.
#include "repairs/actions/actions.h"
#include "checks/driver_verifier.h"

namespace wd::actions {
namespace {

const QString kDrivers = QLatin1String(verifier::kDriversValue);
const QString kLevel = QLatin1String(verifier::kLevelValue);

class VerifierReset : public RepairAction {
public:
    QString id() const override { return QStringLiteral("verifier.reset"); }
    Text title() const override { return translate("wd::Repairs", "Switch Driver Verifier off"); }
    bool needsReboot() const override { return true; }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &) const override
    {
        ActionPlan p = basePlan();
        const QString key = verifier::settingsKey();
        Expected<QList<RegValue>> vs = w.values(key, RegView::Native);
        if (!vs) {
            if (vs.error().kind != ErrorKind::NotFound)
                return vs.error();
            p.notes << translate("wd::Repairs", "The key %1 does not exist.").arg(key);
            return p;
        }
        for (const QString &name : {kDrivers, kLevel})
            for (const RegValue &v : *vs)
                if (v.name.compare(name, Qt::CaseInsensitive) == 0)
                    p.changes.append(RegChange::deleteValue(key, RegView::Native, v.name,
                                                            translate("wd::Repairs", "%1: %2 -> not set (Driver Verifier off)")
                                                                .arg(v.name, describeValue(v))));
        if (p.changes.isEmpty())
            p.notes << translate("wd::Repairs", "Driver Verifier is not switched on.");
        else
            p.affectedKeys.append(KeyRef{key, RegView::Native, true});
        return p;
    }
};

class VerifierEnable : public RepairAction {
public:
    QString id() const override { return QStringLiteral("verifier.enable"); }
    Text title() const override { return translate("wd::Repairs", "Switch Driver Verifier on for chosen drivers (diagnosis)"); }
    bool needsReboot() const override { return true; }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &o) const override
    {
        ActionPlan p = basePlan();
        if (o.drivers.isEmpty())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "Name the driver(s) to verify with --driver NAME.sys (for example "
                                                                    "--driver ndis.sys); Driver Verifier is never switched on for all drivers."));
        QStringList wanted;
        for (const QString &d : o.drivers) {
            const QString n = d.trimmed();
            if (!verifier::isValidDriverName(n))
                return Error(ErrorKind::Usage, translate("wd::Repairs", "\"%1\" is not a driver file name: give the image name such as "
                                                                        "ndis.sys, without folder or wildcard.").arg(d));
            if (!wanted.contains(n, Qt::CaseInsensitive))
                wanted << n;
        }
        const QString key = verifier::settingsKey();
        Expected<QList<RegValue>> vs = w.values(key, RegView::Native);
        if (!vs)
            return vs.error(); // Memory Management exists on every Windows; absent means a broken hive
        std::optional<RegValue> curDrivers, curLevel;
        for (const RegValue &v : *vs) {
            if (v.name.compare(kDrivers, Qt::CaseInsensitive) == 0)
                curDrivers = v;
            if (v.name.compare(kLevel, Qt::CaseInsensitive) == 0)
                curLevel = v;
        }
        const QStringList already = curDrivers ? verifier::parseDriverList(curDrivers->toString()) : QStringList();
        if (already.contains(QStringLiteral("*")))
            return Error(ErrorKind::Usage, translate("wd::Repairs", "Driver Verifier already verifies all drivers; switch it off first "
                                                                    "(verifier.reset)."));
        QStringList merged = already;
        for (const QString &n : wanted)
            if (!merged.contains(n, Qt::CaseInsensitive))
                merged << n;
        std::optional<int> build;
        Expected<std::optional<RegValue>> b = w.value(QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"),
                                                      QStringLiteral("CurrentBuildNumber"), RegView::Native);
        if (b && b->has_value()) {
            bool ok = false;
            const int n = (*b)->toString().trimmed().toInt(&ok);
            if (ok)
                build = n;
        }
        const quint32 flags = verifier::standardFlags(build);
        const RegValue newDrivers = RegValue::sz(kDrivers, merged.join(QLatin1Char(' ')));
        const RegValue newLevel = RegValue::dword(kLevel, flags);
        if (!curDrivers || !(*curDrivers == newDrivers))
            p.changes.append(RegChange::set(key, RegView::Native, newDrivers,
                                            translate("wd::Repairs", "%1: %2 -> %3 (drivers Driver Verifier checks)")
                                                .arg(kDrivers, describeValue(curDrivers), describeValue(newDrivers))));
        if (!curLevel || !(*curLevel == newLevel))
            p.changes.append(RegChange::set(key, RegView::Native, newLevel,
                                            translate("wd::Repairs", "%1: %2 -> %3 (the standard checks of \"verifier /standard\")")
                                                .arg(kLevel, describeValue(curLevel), describeValue(newLevel))));
        for (const QString &n : wanted)
            if (!w.targetFileExists(QStringLiteral("%SystemRoot%\\System32\\drivers\\") + n))
                p.notes << translate("wd::Repairs", "%1 is not in System32\\drivers; Driver Verifier matches the name wherever the "
                                                    "driver is loaded from, so check the spelling.").arg(n);
        if (p.changes.isEmpty()) {
            p.notes << translate("wd::Repairs", "Driver Verifier already checks these drivers.");
            return p;
        }
        p.affectedKeys.append(KeyRef{key, RegView::Native, true});
        p.notes << translate("wd::Repairs", "After the restart Windows stops with a blue screen (0xC4) as soon as one of these drivers "
                                            "breaks a rule; the crash dump then names it. If Windows no longer starts, choose Safe Mode "
                                            "and undo this repair, or run \"verifier /reset\". Switch it off when the diagnosis is done "
                                            "(verifier.reset or undo).");
        return p;
    }
};

} // namespace

std::unique_ptr<RepairAction> makeVerifierReset() { return std::make_unique<VerifierReset>(); }
std::unique_ptr<RepairAction> makeVerifierEnable() { return std::make_unique<VerifierEnable>(); }

} // namespace wd::actions
