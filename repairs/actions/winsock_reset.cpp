// winsock.reset. Live: %SystemRoot%\System32\netsh.exe winsock reset (absolute path); success is
// judged by re-reading the catalog, never by the (localized) console text; a restart is needed.
// Offline: the protocol catalog is replaced by a known-good one: a snapshot folder of this target or
// a .reg export of Protocol_Catalog9 from a healthy machine of the same Windows build.
#include "repairs/actions/actions.h"
#include "repairs/reg_file.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace wd::actions {
namespace {

// Loads Protocol_Catalog9 from a .reg file or from the key exports of a snapshot folder.
Expected<RegKeyTree> knownGoodCatalog(const QString &source)
{
    QStringList files;
    if (QFileInfo(source).isDir()) {
        Expected<QJsonObject> m = snapshot::loadVerified(source);
        if (!m)
            return m.error();
        for (const QJsonValue &k : m->value(QStringLiteral("keys")).toArray())
            files << QDir(source).filePath(k.toObject().value(QStringLiteral("file")).toString());
    } else {
        files << source;
    }
    for (const QString &f : files) {
        Expected<RegFile> rf = readRegFile(f);
        if (!rf)
            return rf.error();
        for (RegFileKey &k : rf->keys)
            k.path = toRegFilePath(normalizeControlSet(fromRegFilePath(k.path)));
        std::optional<RegKeyTree> t = treeFromRegFile(*rf, protocolCatalog());
        if (t)
            return *t;
    }
    return Error(ErrorKind::NotFound, translate("wd::Repairs", "%1 holds no Winsock protocol catalog (Protocol_Catalog9).").arg(source), source);
}

class WinsockReset : public RepairAction {
public:
    QString id() const override { return QStringLiteral("winsock.reset"); }
    Text title() const override { return translate("wd::Repairs", "Reset the Winsock catalog to the Windows defaults"); }
    bool needsReboot() const override { return true; }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &o) const override
    {
        ActionPlan p = basePlan();
        if (w.isLive() && o.regFile.isEmpty()) {
            p.affectedKeys.append(KeyRef{winsockParams(), RegView::Native, false});
            p.steps << translate("wd::Repairs", "Run %1 winsock reset (removes every LSP, keeps the name space providers).")
                           .arg(QStringLiteral("%SystemRoot%\\System32\\netsh.exe"));
            p.data[QStringLiteral("mode")] = QStringLiteral("netsh");
            return p;
        }
        if (o.regFile.isEmpty())
            return Error(ErrorKind::Usage,
                         translate("wd::Repairs", "On an offline Windows the catalog can only be reset from a known-good copy: give a snapshot "
                                                  "folder or a .reg export of Protocol_Catalog9 from a healthy PC with the same Windows build "
                                                  "(--file)."));
        Expected<RegKeyTree> good = knownGoodCatalog(o.regFile);
        if (!good)
            return good.error();
        // Validate: base providers only, every DLL present on the target.
        int entries = 0;
        for (const RegKeyTree &cat : good->children) {
            if (cat.name.compare(QLatin1String("Catalog_Entries"), Qt::CaseInsensitive) != 0
                && cat.name.compare(QLatin1String("Catalog_Entries64"), Qt::CaseInsensitive) != 0)
                continue;
            for (const RegKeyTree &e : cat.children) {
                const CatalogEntry ce = parseCatalogEntry(e);
                ++entries;
                if (ce.chainLen != 1)
                    return Error(ErrorKind::Corrupt, translate("wd::Repairs", "The catalog in %1 is not a clean one: entry %2 is a %3.").arg(o.regFile, e.name, ce.kindName()), o.regFile);
                if (!w.targetFileExists(ce.dll))
                    return Error(ErrorKind::Corrupt,
                                 translate("wd::Repairs", "The catalog in %1 needs %2, which this Windows does not have: it comes from a different "
                                                          "Windows build.").arg(o.regFile, ce.dll), o.regFile);
            }
        }
        if (entries == 0)
            return Error(ErrorKind::Corrupt, translate("wd::Repairs", "The catalog in %1 has no protocol entries.").arg(o.regFile), o.regFile);
        Expected<std::optional<RegKeyTree>> cur = w.readTree(protocolCatalog(), RegView::Native);
        if (!cur)
            return cur.error();
        if (cur->has_value() && **cur == *good) {
            p.notes << translate("wd::Repairs", "The catalog already equals the known-good copy.");
            return p;
        }
        p.affectedKeys.append(KeyRef{protocolCatalog(), RegView::Native, false});
        p.changes.append(RegChange::replaceKey(protocolCatalog(), RegView::Native, *good,
                                               translate("wd::Repairs", "Replace the protocol catalog (%1 entries now) by the known-good copy from %2 (%3 entries).")
                                                   .arg(cur->has_value() ? (*cur)->child(QStringLiteral("Catalog_Entries")) ? (*cur)->child(QStringLiteral("Catalog_Entries"))->children.size() : 0 : 0)
                                                   .arg(QFileInfo(o.regFile).fileName()) // by name: the elevated copy reads
                                                   .arg(entries)));                      // it from its request's folder
        return p;
    }

    Expected<void> apply(SystemWriter &w, const ActionPlan &p, const FaultHook &hook) const override
    {
        if (p.data.value(QStringLiteral("mode")).toString() == QLatin1String("netsh")) {
            Expected<void> r = w.runWinsockReset();
            if (!r)
                return r;
            if (hook && hook(QStringLiteral("netsh")))
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "The repair was stopped after netsh (fault injection)."));
            return {};
        }
        return RepairAction::apply(w, p, hook);
    }

    Expected<void> verify(const SystemWriter &w, const ActionPlan &p) const override
    {
        Expected<void> base = RepairAction::verify(w, p);
        if (!base)
            return base;
        Expected<std::optional<RegKeyTree>> t = w.readTree(protocolCatalog() + QStringLiteral("\\Catalog_Entries"), RegView::Native);
        if (!t)
            return t.error();
        if (!t->has_value() || (*t)->children.isEmpty())
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the reset the Winsock protocol catalog is empty."));
        for (const RegKeyTree &e : (*t)->children)
            if (parseCatalogEntry(e).chainLen != 1)
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "After the reset the catalog still holds the non-base entry %1.").arg(e.name));
        return {};
    }
};

} // namespace
std::unique_ptr<RepairAction> makeWinsockReset() { return std::make_unique<WinsockReset>(); }
} // namespace wd::actions
