// winsock.remove-lsp: removes layered entries (ChainLen 0) and protocol chains (ChainLen > 1) from
// Protocol_Catalog9\Catalog_Entries and Catalog_Entries64, renumbers the remaining entry keys
// 000000000001.. in their order, and fixes Num_Catalog_Entries[64] / Next_Catalog_Entry_ID.
#include "repairs/actions/actions.h"
#include "formats/winsock_catalog.h"

namespace wd::actions {
namespace {

class RemoveLsp : public RepairAction {
public:
    QString id() const override { return QStringLiteral("winsock.remove-lsp"); }
    Text title() const override { return translate("wd::Repairs", "Remove layered service providers (LSPs) from the Winsock catalog"); }
    bool needsReboot() const override { return true; }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &) const override
    {
        ActionPlan p = basePlan();
        const QString base = protocolCatalog();
        // A runaway catalog (the Winsock check examines its first entries only) is not edited entry by
        // entry: reading, saving and renumbering it whole would take the memory of all its entries.
        for (const QString &cat : {QStringLiteral("Catalog_Entries"), QStringLiteral("Catalog_Entries64")}) {
            Expected<QStringList> keys = w.subKeys(base + QLatin1Char('\\') + cat, RegView::Native);
            if (keys && keys->size() > kMaxCatalogEntries) {
                p.notes << translate("wd::Repairs", "The catalog %1 has %2 entries, more than the %3 this repair handles, so nothing is "
                                                    "changed: reset the Winsock catalog or restore Winsock settings from a backup instead.")
                               .arg(cat).arg(keys->size()).arg(kMaxCatalogEntries);
                return p;
            }
        }
        Expected<std::optional<RegKeyTree>> tree = w.readTree(base, RegView::Native);
        if (!tree)
            return tree.error();
        if (!tree->has_value()) {
            p.notes << translate("wd::Repairs", "The Winsock protocol catalog (%1) does not exist; reset the Winsock catalog or restore Winsock settings from a backup instead.").arg(base);
            return p;
        }
        p.affectedKeys.append(KeyRef{base, RegView::Native, false});
        quint32 maxId = 0;
        for (const QString &cat : {QStringLiteral("Catalog_Entries"), QStringLiteral("Catalog_Entries64")}) {
            const RegKeyTree *c = (*tree)->child(cat);
            if (!c)
                continue;
            QList<CatalogEntry> removed, kept;
            const RegKeyTree next = keepBaseEntries(*c, &removed, &kept);
            for (const CatalogEntry &k : kept)
                maxId = qMax(maxId, k.entryId);
            if (removed.isEmpty())
                continue;
            QStringList lines;
            lines << translate("wd::Repairs", "In %1: remove %n entry(ies) and renumber the remaining %2 entries from 000000000001:", nullptr,
                               int(removed.size())).arg(cat).arg(kept.size());
            for (const CatalogEntry &e : removed)
                lines << translate("wd::Repairs", "remove %1: \"%2\" (%3, %4)").arg(e.keyName, e.protocol, e.dll, e.kindName());
            p.changes.append(RegChange::replaceKey(base + QLatin1Char('\\') + cat, RegView::Native, next, lines.join(QStringLiteral("\n       "))));
            const QString countName = cat == QLatin1String("Catalog_Entries") ? QStringLiteral("Num_Catalog_Entries") : QStringLiteral("Num_Catalog_Entries64");
            const RegValue *count = (*tree)->value(countName);
            const RegValue want = RegValue::dword(countName, quint32(kept.size()));
            if (!count || !(*count == want))
                p.changes.append(RegChange::set(base, RegView::Native, want,
                                                translate("wd::Repairs", "%1: %2 -> %3").arg(countName, describeValue(count ? std::optional<RegValue>(*count) : std::nullopt),
                                                                                            describeValue(want))));
        }
        if (!p.changes.isEmpty()) {
            const RegValue *nextId = (*tree)->value(QStringLiteral("Next_Catalog_Entry_ID"));
            const quint32 cur = nextId && nextId->toDword() ? *nextId->toDword() : 0;
            if (cur <= maxId) {
                const RegValue want = RegValue::dword(QStringLiteral("Next_Catalog_Entry_ID"), maxId + 1);
                p.changes.append(RegChange::set(base, RegView::Native, want,
                                                translate("wd::Repairs", "Next_Catalog_Entry_ID: %1 -> %2").arg(describeValue(nextId ? std::optional<RegValue>(*nextId) : std::nullopt), describeValue(want))));
            }
        }
        if (p.changes.isEmpty())
            p.notes << translate("wd::Repairs", "No layered providers or protocol chains are installed.");
        return p;
    }

    Expected<void> verify(const SystemWriter &w, const ActionPlan &p) const override
    {
        Expected<void> base = RepairAction::verify(w, p);
        if (!base)
            return base;
        for (const QString &cat : {QStringLiteral("Catalog_Entries"), QStringLiteral("Catalog_Entries64")}) {
            Expected<std::optional<RegKeyTree>> t = w.readTree(protocolCatalog() + QLatin1Char('\\') + cat, RegView::Native);
            if (!t)
                return t.error();
            if (!t->has_value())
                continue;
            for (const RegKeyTree &e : (*t)->children)
                if (parseCatalogEntry(e).chainLen != 1)
                    return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "The catalog %1 still holds the non-base entry %2.").arg(cat, e.name));
        }
        return {};
    }
};

} // namespace
std::unique_ptr<RepairAction> makeRemoveLsp() { return std::make_unique<RemoveLsp>(); }
} // namespace wd::actions
