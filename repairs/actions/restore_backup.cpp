// winsock.restore-backup: applies a regedit .reg backup of the Winsock settings. Every key of the
// file must lie inside the allow-list below; anything else makes the whole file refused, so that a
// .reg file received from a stranger cannot be used to write arbitrary keys.
#include "repairs/actions/actions.h"
#include "repairs/reg_file.h"
#include <QFileInfo>

namespace wd::actions {
namespace {

struct AllowedRoot {
    QString key;          // HKLM path
    bool valuesLimited;   // only the AppInit values, no subkeys, no key deletion
};

QList<AllowedRoot> allowList()
{
    const QString ccs = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\");
    return {
        {winsockParams(), false},
        {QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\NetworkCards"), false},
        {ccs + QStringLiteral("Tcpip\\Parameters"), false},
        {ccs + QStringLiteral("Tcpip6\\Parameters"), false},
        {appInitKey(), true},
        {QStringLiteral("HKLM\\SOFTWARE\\Wow6432Node\\Microsoft\\Windows NT\\CurrentVersion\\Windows"), true},
    };
}

bool isAppInitValue(const QString &name)
{
    for (const char *n : {"AppInit_DLLs", "LoadAppInit_DLLs", "RequireSignedAppInit_DLLs"})
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The allowed root KEY lies in (or -1), and whether KEY is that root itself.
int rootOf(const QString &key, bool *isRoot)
{
    const QList<AllowedRoot> roots = allowList();
    for (int i = 0; i < roots.size(); ++i) {
        if (key.compare(roots[i].key, Qt::CaseInsensitive) == 0) {
            *isRoot = true;
            return i;
        }
        if (key.startsWith(roots[i].key + QLatin1Char('\\'), Qt::CaseInsensitive)) {
            *isRoot = false;
            return i;
        }
    }
    return -1;
}

bool isCatalogContainer(const QString &key)
{
    for (const char *c : {"\\Protocol_Catalog9\\Catalog_Entries", "\\Protocol_Catalog9\\Catalog_Entries64",
                          "\\NameSpace_Catalog5\\Catalog_Entries", "\\NameSpace_Catalog5\\Catalog_Entries64"})
        if (key.compare(winsockParams() + QLatin1String(c), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

class RestoreBackup : public RepairAction {
public:
    QString id() const override { return QStringLiteral("winsock.restore-backup"); }
    Text title() const override { return translate("wd::Repairs", "Restore Winsock settings from a backup"); }
    bool needsReboot() const override { return true; }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &o) const override
    {
        ActionPlan p = basePlan();
        if (o.regFile.isEmpty())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "No backup chosen yet: choose the .reg file to restore (on the command line: --file FILE)."));
        Expected<RegFile> rf = readRegFile(o.regFile);
        if (!rf)
            return rf.error();
        const QString fileName = QFileInfo(o.regFile).fileName();

        // 1. Validate every key and value against the allow-list before looking at anything else.
        QStringList refused;
        QList<QString> keys;
        for (const RegFileKey &k : rf->keys) {
            const QString key = normalizeControlSet(fromRegFilePath(k.path));
            keys.append(key);
            bool isRoot = false;
            const int r = rootOf(key, &isRoot);
            if (r < 0) {
                refused << translate("wd::Repairs", "line %1: [%2]").arg(k.line).arg(k.path);
            } else if (allowList()[r].valuesLimited) {
                if (!isRoot || k.remove)
                    refused << translate("wd::Repairs", "line %1: [%2]").arg(k.line).arg(k.path);
                for (const RegFileValue &v : k.values)
                    if (!isAppInitValue(v.value.name))
                        refused << translate("wd::Repairs", "line %1: value \"%2\" in [%3]").arg(v.line).arg(v.value.name, k.path);
            } else if (k.remove && isRoot) {
                refused << translate("wd::Repairs", "line %1: deleting the whole key [%2]").arg(k.line).arg(k.path);
            }
        }
        if (!refused.isEmpty()) {
            const qsizetype more = refused.size() - 10;
            QString list = refused.mid(0, 10).join(QStringLiteral("; "));
            if (more > 0)
                list += translate("wd::Repairs", " and %n more", nullptr, int(more));
            return Error(ErrorKind::PermissionDenied,
                         translate("wd::Repairs", "%1 was refused and nothing was changed: it touches registry locations outside what a "
                                                  "Winsock backup may contain (the Winsock parameters, network cards, TCP/IP parameters and the "
                                                  "AppInit values): %2").arg(fileName, list),
                         o.regFile);
        }
        if (rf->keys.isEmpty())
            return Error(ErrorKind::Corrupt, translate("wd::Repairs", "%1 contains no registry keys.").arg(fileName), o.regFile);

        // 2. The diff against the current state.
        QStringList touchedRoots;
        auto touch = [&](const QString &key) {
            bool isRoot = false;
            const int r = rootOf(key, &isRoot);
            const QString root = allowList()[r].key;
            if (!touchedRoots.contains(root)) {
                touchedRoots.append(root);
                p.affectedKeys.append(KeyRef{root, RegView::Native, allowList()[r].valuesLimited});
            }
        };
        for (qsizetype i = 0; i < rf->keys.size(); ++i) {
            const RegFileKey &k = rf->keys[i];
            const QString key = keys[i];
            if (k.remove) {
                if (w.keyExists(key, RegView::Native)) {
                    p.changes.append(RegChange::deleteKey(key, RegView::Native, translate("wd::Repairs", "Delete the key %1").arg(key)));
                    touch(key);
                }
                continue;
            }
            if (isCatalogContainer(key)) {
                // The backup is authoritative for the catalog: entries it does not have are removed.
                Expected<QStringList> cur = w.subKeys(key, RegView::Native);
                if (cur)
                    for (const QString &sub : *cur) {
                        bool inFile = false;
                        for (const QString &fk : keys)
                            inFile = inFile || fk.compare(key + QLatin1Char('\\') + sub, Qt::CaseInsensitive) == 0;
                        if (!inFile) {
                            p.changes.append(RegChange::deleteKey(key + QLatin1Char('\\') + sub, RegView::Native,
                                                                  translate("wd::Repairs", "Delete the catalog entry %1\\%2 (not in the backup)").arg(key, sub)));
                            touch(key);
                        }
                    }
            }
            Expected<QList<RegValue>> cur = w.values(key, RegView::Native);
            const QList<RegValue> now = cur ? *cur : QList<RegValue>();
            if (!cur && cur.error().kind != ErrorKind::NotFound)
                return cur.error();
            if (!cur && k.values.isEmpty()) {
                p.changes.append(RegChange::replaceValues(key, RegView::Native, {}, translate("wd::Repairs", "Create the key %1").arg(key)));
                touch(key);
            }
            for (const RegFileValue &v : k.values) {
                std::optional<RegValue> before;
                for (const RegValue &x : now)
                    if (x.name.compare(v.value.name, Qt::CaseInsensitive) == 0)
                        before = x;
                const Text shown = v.value.name.isEmpty() ? translate("wd::Repairs", "(default)") : Text(v.value.name);
                if (v.remove) {
                    if (before) {
                        p.changes.append(RegChange::deleteValue(key, RegView::Native, v.value.name,
                                                                translate("wd::Repairs", "%1\\%2: %3 -> removed").arg(key, shown, describeValue(before))));
                        touch(key);
                    }
                } else if (!before || !(*before == v.value)) {
                    p.changes.append(RegChange::set(key, RegView::Native, v.value,
                                                    translate("wd::Repairs", "%1\\%2: %3 -> %4").arg(key, shown, describeValue(before), describeValue(v.value))));
                    touch(key);
                }
            }
        }
        if (p.changes.isEmpty())
            p.notes << translate("wd::Repairs", "The registry already matches %1.").arg(fileName);
        return p;
    }
};

} // namespace
std::unique_ptr<RepairAction> makeRestoreBackup() { return std::make_unique<RestoreBackup>(); }
} // namespace wd::actions
