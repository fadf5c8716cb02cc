// appinit.disable: LoadAppInit_DLLs = 0 and AppInit_DLLs = "" in the 64-bit and the 32-bit view.
#include "repairs/actions/actions.h"

namespace wd::actions {
namespace {

class AppInitDisable : public RepairAction {
public:
    QString id() const override { return QStringLiteral("appinit.disable"); }
    Text title() const override { return translate("wd::Repairs", "Disable AppInit_DLLs injection"); }
    bool needsReboot() const override { return true; }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &) const override
    {
        ActionPlan p = basePlan();
        QList<RegView> views{RegView::View64};
        if (w.is64Bit())
            views.append(RegView::View32);
        for (RegView view : views) {
            const QString key = appInitKey();
            Expected<QList<RegValue>> present = w.values(key, view);
            if (!present) {
                if (present.error().kind == ErrorKind::NotFound)
                    continue;
                return present.error();
            }
            const KeyRef ref{key, view, true};
            Expected<std::optional<RegValue>> load = w.value(key, QStringLiteral("LoadAppInit_DLLs"), view);
            Expected<std::optional<RegValue>> dlls = w.value(key, QStringLiteral("AppInit_DLLs"), view);
            if (!load)
                return load.error();
            if (!dlls)
                return dlls.error();
            const Text where = view == RegView::View32 ? translate("wd::Repairs", "32-bit programs") : translate("wd::Repairs", "64-bit programs");
            bool touched = false;
            const RegValue off = RegValue::dword(QStringLiteral("LoadAppInit_DLLs"), 0);
            if (load->has_value() && !(**load == off)) {
                p.changes.append(RegChange::set(key, view, off, translate("wd::Repairs", "LoadAppInit_DLLs (%1): %2 -> %3").arg(where, describeValue(*load), describeValue(off))));
                touched = true;
            }
            if (dlls->has_value() && !(*dlls)->toString().trimmed().isEmpty()) {
                const quint32 type = (*dlls)->type == RegExpandSz ? RegExpandSz : RegSz;
                const RegValue empty = RegValue::sz(QStringLiteral("AppInit_DLLs"), QString(), type);
                p.changes.append(RegChange::set(key, view, empty,
                                                translate("wd::Repairs", "AppInit_DLLs (%1): %2 -> %3 (these DLLs are no longer loaded into every program)")
                                                    .arg(where, describeValue(*dlls), describeValue(empty))));
                touched = true;
            }
            if (touched)
                p.affectedKeys.append(ref);
        }
        if (p.changes.isEmpty())
            p.notes << translate("wd::Repairs", "AppInit_DLLs is already disabled.");
        return p;
    }
};

} // namespace
std::unique_ptr<RepairAction> makeAppInitDisable() { return std::make_unique<AppInitDisable>(); }
} // namespace wd::actions
