#include "repairs/system_writer.h"
#include "checks/pending_renames.h"
#include "formats/hive.h"
#include "formats/regf.h"
#include "platform/offline_view.h"
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <map>

namespace wd {

// ---------------------------------------------------------------- RegKeyTree / RegChange

const RegValue *RegKeyTree::value(const QString &n) const
{
    for (const RegValue &v : values)
        if (v.name.compare(n, Qt::CaseInsensitive) == 0)
            return &v;
    return nullptr;
}

const RegKeyTree *RegKeyTree::child(const QString &n) const
{
    for (const RegKeyTree &c : children)
        if (c.name.compare(n, Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

bool RegKeyTree::operator==(const RegKeyTree &o) const
{
    if (name.compare(o.name, Qt::CaseInsensitive) != 0 || values.size() != o.values.size() || children.size() != o.children.size())
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        if (!(values[i] == o.values[i]))
            return false;
    for (qsizetype i = 0; i < children.size(); ++i)
        if (!(children[i] == o.children[i]))
            return false;
    return true;
}

QString viewName(RegView v)
{
    switch (v) {
    case RegView::View64: return QStringLiteral("64");
    case RegView::View32: return QStringLiteral("32");
    default: return QStringLiteral("native");
    }
}

RegView viewFromName(const QString &s)
{
    if (s == QLatin1String("64"))
        return RegView::View64;
    if (s == QLatin1String("32"))
        return RegView::View32;
    return RegView::Native;
}

QString keyWithView(const KeyRef &k)
{
    if (k.view == RegView::View32)
        return translate("wd::Repairs", "%1 (32-bit view)").arg(k.key);
    if (k.view == RegView::View64)
        return translate("wd::Repairs", "%1 (64-bit view)").arg(k.key);
    return k.key;
}

namespace {
RegChange change(RegChange::Kind kind, const QString &key, RegView view, const Text &description)
{
    RegChange c;
    c.kind = kind;
    c.key = key;
    c.view = view;
    c.description = description;
    return c;
}
} // namespace

RegChange RegChange::set(const QString &key, RegView view, const RegValue &v, const Text &description)
{
    RegChange c = change(SetValue, key, view, description);
    c.value = v;
    return c;
}

RegChange RegChange::deleteValue(const QString &key, RegView view, const QString &name, const Text &description)
{
    RegChange c = change(DeleteValue, key, view, description);
    c.valueName = name;
    return c;
}

RegChange RegChange::deleteKey(const QString &key, RegView view, const Text &description)
{
    return change(DeleteKey, key, view, description);
}

RegChange RegChange::replaceValues(const QString &key, RegView view, const QList<RegValue> &values, const Text &description)
{
    RegChange c = change(ReplaceValues, key, view, description);
    c.tree.values = values;
    return c;
}

RegChange RegChange::replaceKey(const QString &key, RegView view, const RegKeyTree &tree, const Text &description)
{
    RegChange c = change(ReplaceKey, key, view, description);
    c.tree = tree;
    return c;
}

// ---------------------------------------------------------------- SystemWriter defaults

bool SystemWriter::keyExists(const QString &key, RegView view) const
{
    return values(key, view).ok();
}

Expected<std::optional<RegValue>> SystemWriter::value(const QString &key, const QString &name, RegView view) const
{
    Expected<QList<RegValue>> vs = values(key, view);
    if (!vs) {
        if (vs.error().kind == ErrorKind::NotFound)
            return std::optional<RegValue>();
        return vs.error();
    }
    for (const RegValue &v : *vs)
        if (v.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::optional<RegValue>(v);
    return std::optional<RegValue>();
}

static Expected<void> readTreeInto(const SystemWriter &w, const QString &key, RegView view, RegKeyTree &out, int &budget)
{
    if (--budget < 0)
        return Error(ErrorKind::Corrupt, translate("wd::Repairs", "The registry key %1 has too many subkeys to be saved safely.").arg(key), key);
    Expected<QList<RegValue>> vs = w.values(key, view);
    if (!vs)
        return vs.error();
    out.values = *vs;
    Expected<QStringList> kids = w.subKeys(key, view);
    if (!kids)
        return kids.error();
    // More subkeys than the budget has left: refused here, naming this key, before any of them is read.
    if (kids->size() > budget)
        return Error(ErrorKind::Corrupt, translate("wd::Repairs", "The registry key %1 has too many subkeys to be saved safely.").arg(key), key);
    for (const QString &k : *kids) {
        RegKeyTree c;
        c.name = k;
        Expected<void> r = readTreeInto(w, key + QLatin1Char('\\') + k, view, c, budget);
        if (!r)
            return r;
        out.children.append(std::move(c));
    }
    return {};
}

Expected<std::optional<RegKeyTree>> SystemWriter::readTree(const QString &key, RegView view, int maxKeys) const
{
    Expected<QList<RegValue>> probe = values(key, view);
    if (!probe) {
        if (probe.error().kind == ErrorKind::NotFound)
            return std::optional<RegKeyTree>();
        return probe.error();
    }
    RegKeyTree t;
    t.name = key.section(QLatin1Char('\\'), -1);
    int budget = maxKeys;
    Expected<void> r = readTreeInto(*this, key, view, t, budget);
    if (!r)
        return r.error();
    return std::optional<RegKeyTree>(std::move(t));
}

Expected<void> SystemWriter::runWinsockReset()
{
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Running \"netsh winsock reset\" is only possible on the live Windows system."));
}

Expected<std::unique_ptr<SystemView>> SystemWriter::openView() const
{
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "This target cannot be examined by the repair."));
}

Expected<QString> SystemWriter::targetHostPath(const QString &windowsPath) const
{
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Files of this target cannot be read by the repair: %1").arg(windowsPath), windowsPath);
}

Expected<void> SystemWriter::writeTargetFile(const QString &windowsPath, const QByteArray &, bool *)
{
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Replacing system files is not possible on this target: %1").arg(windowsPath), windowsPath);
}

Expected<void> SystemWriter::removeTargetFile(const QString &windowsPath, bool *)
{
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Removing system files is not possible on this target: %1").arg(windowsPath), windowsPath);
}

Expected<bool> SystemWriter::cancelPendingReplace(const QString &)
{
    return false;
}

Expected<int> removePendingReplacePairs(SystemWriter &w, const QString &target)
{
    const QString key = QLatin1String(pending::kSessionManagerKey);
    const QString name = QLatin1String(pending::kRenamesValue);
    Expected<std::optional<RegValue>> v = w.value(key, name, RegView::Native);
    if (!v)
        return v.error().kind == ErrorKind::NotFound ? Expected<int>(0) : Expected<int>(v.error());
    if (!v->has_value())
        return 0;
    int removed = 0;
    bool empty = false;
    const QByteArray rest = pending::removePairs((*v)->data, [&](const pending::RenameOp &op) { return pending::isOurReplace(op, target); },
                                                 &removed, &empty);
    if (!removed)
        return 0;
    const QString what = translate("wd::Repairs", "%1: the replacement of %2 at the next restart is cancelled").arg(name, target);
    RegValue nv = **v;
    nv.data = rest;
    const RegChange c = empty ? RegChange::deleteValue(key, RegView::Native, name, what) : RegChange::set(key, RegView::Native, nv, what);
    if (Expected<void> r = w.apply({c}); !r)
        return r.error();
    return removed;
}

Expected<bool> SystemWriter::rollbackDriver(const QString &, bool *)
{
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Rolling back a driver package is only possible on the live Windows system."));
}

// ---------------------------------------------------------------- OfflineWriter

namespace {

class OfflineWriter : public SystemWriter {
public:
    QString m_root;
    QString m_snapRoot;
    QString m_viewKind = QStringLiteral("offline");
    QString m_controlSet = QStringLiteral("ControlSet001");
    bool m_is64 = true;
    mutable std::map<QString, std::unique_ptr<Hive>> m_readCache; // hive file -> read handle

    struct Mapped {
        QString hiveName; // "SYSTEM" | "SOFTWARE"
        QString file;     // host path of the hive file ("" when absent)
        QString rel;      // path inside the hive
    };

    QString kind() const override { return QStringLiteral("offline"); }
    bool is64Bit() const override { return m_is64; }
    QString snapshotRoot() const override
    {
        // QDir::cleanPath: a drive root ("D:/") gives D:/ProgramData, not D://ProgramData.
        return m_snapRoot.isEmpty() ? QDir::cleanPath(m_root + QStringLiteral("/ProgramData/WinsockDoctor/snapshots")) : m_snapRoot;
    }

    Expected<Mapped> map(const QString &keyIn, RegView view) const
    {
        QString key = keyIn;
        key.replace(QLatin1Char('/'), QLatin1Char('\\'));
        for (const QString &prefix : {QStringLiteral("HKEY_LOCAL_MACHINE\\"), QStringLiteral("HKLM\\")})
            if (key.startsWith(prefix, Qt::CaseInsensitive)) {
                key = key.mid(prefix.size());
                break;
            }
        QStringList parts = key.split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        Mapped m;
        if (!parts.isEmpty())
            m.hiveName = parts.takeFirst().toUpper();
        if (m.hiveName == QLatin1String("SYSTEM")) {
            if (!parts.isEmpty() && parts.first().compare(QLatin1String("CurrentControlSet"), Qt::CaseInsensitive) == 0)
                parts.first() = m_controlSet;
        } else if (m.hiveName == QLatin1String("SOFTWARE")) {
            if (view == RegView::View32 && m_is64
                && !(parts.size() >= 1 && parts.first().compare(QLatin1String("Wow6432Node"), Qt::CaseInsensitive) == 0))
                parts.prepend(QStringLiteral("Wow6432Node"));
        } else {
            return Error(ErrorKind::Unsupported,
                         translate("wd::Repairs", "The registry key %1 is outside HKLM\\SYSTEM and HKLM\\SOFTWARE and cannot be changed offline.").arg(keyIn),
                         keyIn);
        }
        m.file = findHiveFile(m_root, m.hiveName);
        if (m.file.isEmpty())
            return Error(ErrorKind::NotFound, translate("wd::Repairs", "The %1 hive is missing on this volume.").arg(m.hiveName), keyIn);
        m.rel = parts.join(QLatin1Char('\\'));
        return m;
    }

    static Expected<void> refuseDirty(const QString &file)
    {
        Expected<HiveHeaderInfo> hdr = Hive::readHeader(file);
        if (!hdr)
            return hdr.error();
        if (hdr->dirty())
            return Error(ErrorKind::Unsupported,
                         translate("wd::Repairs", "The registry hive %1 has changes in its transaction logs (.LOG1/.LOG2) that were not "
                                                  "written into it. Changing it now could lose or corrupt data. Start this Windows once "
                                                  "and shut it down normally, then try again.").arg(file),
                         file);
        return {};
    }

    Expected<Hive *> readHive(const QString &file) const
    {
        auto it = m_readCache.find(file);
        if (it != m_readCache.end())
            return it->second.get();
        Expected<void> clean = refuseDirty(file);
        if (!clean)
            return clean.error();
        Expected<std::unique_ptr<Hive>> h = Hive::open(file, Hive::Mode::Read);
        if (!h)
            return h.error();
        Hive *raw = h->get();
        m_readCache[file] = std::move(*h);
        return raw;
    }

    Expected<Hive::Node> findNode(const QString &key, RegView view, Hive **hiveOut) const
    {
        Expected<Mapped> m = map(key, view);
        if (!m)
            return m.error();
        Expected<Hive *> h = readHive(m->file);
        if (!h)
            return h.error();
        *hiveOut = *h;
        Hive::Node n = (*h)->find(m->rel);
        if (!n)
            return Error(ErrorKind::NotFound, translate("wd::Repairs", "The registry key %1 does not exist.").arg(key), key);
        return n;
    }

    Expected<QStringList> subKeys(const QString &key, RegView view) const override
    {
        Hive *h = nullptr;
        Expected<Hive::Node> n = findNode(key, view, &h);
        if (!n)
            return n.error();
        return h->childNames(*n);
    }

    Expected<QList<RegValue>> values(const QString &key, RegView view) const override
    {
        Hive *h = nullptr;
        Expected<Hive::Node> n = findNode(key, view, &h);
        if (!n)
            return n.error();
        return h->values(*n);
    }

    QStringList hiveFilesFor(const QList<KeyRef> &keys) const override
    {
        QStringList out;
        for (const KeyRef &k : keys) {
            Expected<Mapped> m = map(k.key, k.view);
            if (m && !out.contains(m->file))
                out.append(m->file);
        }
        return out;
    }

    QString hiveFile(const QString &name) const override { return findHiveFile(m_root, name); }

    static Expected<void> writeTree(Hive &h, const QString &rel, const RegKeyTree &t)
    {
        Expected<Hive::Node> n = h.ensureKey(rel);
        if (!n)
            return n.error();
        if (!t.values.isEmpty()) {
            Expected<void> r = h.setValues(*n, t.values);
            if (!r)
                return r;
        }
        for (const RegKeyTree &c : t.children) {
            Expected<void> r = writeTree(h, rel + QLatin1Char('\\') + c.name, c);
            if (!r)
                return r;
        }
        return {};
    }

    static Expected<void> applyOne(Hive &h, const QString &rel, const RegChange &c)
    {
        switch (c.kind) {
        case RegChange::SetValue: {
            Expected<Hive::Node> n = h.ensureKey(rel);
            if (!n)
                return n.error();
            return h.setValue(*n, c.value);
        }
        case RegChange::DeleteValue: {
            const Hive::Node n = h.find(rel);
            if (!n)
                return {};
            return h.deleteValue(n, c.valueName);
        }
        case RegChange::ReplaceValues: {
            Expected<Hive::Node> n = h.ensureKey(rel);
            if (!n)
                return n.error();
            return h.setValues(*n, c.tree.values);
        }
        case RegChange::DeleteKey:
        case RegChange::ReplaceKey: {
            if (rel.isEmpty())
                return Error(ErrorKind::Internal, translate("wd::Repairs", "Refusing to delete the root key of a hive."));
            const Hive::Node n = h.find(rel);
            if (n) {
                Expected<void> r = h.deleteKey(n);
                if (!r)
                    return r;
            }
            if (c.kind == RegChange::ReplaceKey)
                return writeTree(h, rel, c.tree);
            return {};
        }
        }
        return {};
    }

    Expected<void> apply(const QList<RegChange> &changes, const FaultHook &hook) override
    {
        m_readCache.clear(); // the files are about to change
        std::map<QString, std::unique_ptr<Hive>> open; // file -> write handle
        QStringList order;
        int index = 0;
        for (const RegChange &c : changes) {
            ++index;
            Expected<Mapped> m = map(c.key, c.view);
            if (!m)
                return m.error();
            if (open.find(m->file) == open.end()) {
                Expected<void> clean = refuseDirty(m->file);
                if (!clean)
                    return clean;
                Expected<std::unique_ptr<Hive>> h = Hive::open(m->file, Hive::Mode::Write);
                if (!h)
                    return h.error();
                open[m->file] = std::move(*h);
                order.append(m->file);
            }
            Expected<void> r = applyOne(*open[m->file], m->rel, c);
            if (!r)
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "Changing %1 failed: %2").arg(c.key, r.error().message), c.key);
            if (hook && hook(QStringLiteral("change %1").arg(index)))
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "The repair was stopped after change %1 (fault injection).").arg(index));
        }
        // Every changed hive must pass the consistency check before the first one is saved.
        for (const QString &file : order) {
            const regf::CheckReport rep = open[file]->check();
            if (!rep.ok())
                return Error(ErrorKind::Corrupt,
                             translate("wd::Repairs", "The changed registry hive %1 did not pass the consistency check, so "
                                                      "nothing was written: %2").arg(file, rep.summary()), file);
        }
        for (const QString &file : order) {
            if (hook && hook(QStringLiteral("commit %1").arg(QFileInfo(file).fileName())))
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "The repair was stopped before saving %1 (fault injection).").arg(file), file);
            Expected<void> r = open[file]->commit();
            if (!r)
                return Error(r.error().kind == ErrorKind::Corrupt ? ErrorKind::Corrupt : ErrorKind::RepairFailed,
                             r.error().message, file);
        }
        return {};
    }

    Expected<std::unique_ptr<SystemView>> openView() const override
    {
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(m_root, m_viewKind);
        if (!v)
            return v.error();
        return std::unique_ptr<SystemView>(std::move(*v));
    }

    // Resolves WINDOWSPATH inside the volume the way OfflineView does (case-insensitive, "..", links
    // leaving the volume refused). ALLOWMISSINGLEAF: the last component may not exist (its host
    // path is then the folder's path plus the name as given).
    Expected<QString> resolve(const QString &windowsPathIn, bool allowMissingLeaf) const
    {
        QString p = windowsPathIn.trimmed();
        p.replace(QLatin1Char('/'), QLatin1Char('\\'));
        for (const QString &var : {QStringLiteral("%SystemRoot%"), QStringLiteral("%windir%")})
            if (p.startsWith(var, Qt::CaseInsensitive))
                p = QStringLiteral("C:\\Windows") + p.mid(var.size());
        if (p.size() < 3 || p.at(1) != QLatin1Char(':') || p.at(2) != QLatin1Char('\\'))
            return Error(ErrorKind::Usage, translate("wd::Repairs", "%1 is not an absolute Windows path.").arg(windowsPathIn), windowsPathIn);
        if (p.left(2).compare(QLatin1String("C:"), Qt::CaseInsensitive) != 0)
            return Error(ErrorKind::Usage, translate("wd::Repairs", "%1 is not on the Windows volume (C:).").arg(windowsPathIn), windowsPathIn);
        QStringList parts;
        for (const QString &c : p.mid(3).split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
            if (c == QLatin1String(".") || c == QLatin1String(".."))
                return Error(ErrorKind::OutsideRoot, translate("wd::Repairs", "%1 must not contain \".\" or \"..\".").arg(windowsPathIn), windowsPathIn);
            parts.append(c);
        }
        if (parts.isEmpty())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "%1 is not a file.").arg(windowsPathIn), windowsPathIn);
        const QString rootDir = m_root.endsWith(QLatin1Char('/')) ? m_root : m_root + QLatin1Char('/');
        QString cur = m_root;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QStringList entries = QDir(cur).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
            QString found;
            for (const QString &e : entries)
                if (e.compare(parts[i], Qt::CaseInsensitive) == 0)
                    found = e;
            const bool leaf = i == parts.size() - 1;
            if (found.isEmpty()) {
                if (leaf && allowMissingLeaf)
                    return (cur.endsWith(QLatin1Char('/')) ? cur : cur + QLatin1Char('/')) + parts[i];
                return Error(ErrorKind::NotFound, translate("wd::Repairs", "%1 does not exist on the target.").arg(windowsPathIn), windowsPathIn);
            }
            QString next = (cur.endsWith(QLatin1Char('/')) ? cur : cur + QLatin1Char('/')) + found;
            const QFileInfo fi(next);
            if (fi.isSymLink() || fi.isJunction()) { // a junction (Windows mount point) leads elsewhere too
                const QString target = fi.canonicalFilePath();
                if (target.isEmpty() || !(target == m_root || target.startsWith(rootDir)))
                    return Error(ErrorKind::OutsideRoot,
                                 translate("wd::Repairs", "%1 is a link that points outside the Windows volume; it was not followed.")
                                     .arg(QDir::toNativeSeparators(next)), next);
                if (leaf)
                    return Error(ErrorKind::Unsupported,
                                 translate("wd::Repairs", "%1 is a link, not a file; it is not replaced.").arg(QDir::toNativeSeparators(next)), next);
                next = target;
            }
            cur = next;
        }
        return cur;
    }

    Expected<QString> targetHostPath(const QString &windowsPath) const override
    {
        Expected<QString> h = resolve(windowsPath, false);
        if (h && !QFileInfo(*h).isFile())
            return Error(ErrorKind::NotFound, translate("wd::Repairs", "%1 is not a file.").arg(windowsPath), windowsPath);
        return h;
    }

    Expected<void> writeTargetFile(const QString &windowsPath, const QByteArray &bytes, bool *pending) override
    {
        if (pending)
            *pending = false;
        Expected<QString> h = resolve(windowsPath, true);
        if (!h)
            return h.error();
        if (QFileInfo(*h).exists() && !QFileInfo(*h).isFile())
            return Error(ErrorKind::Unsupported, translate("wd::Repairs", "%1 is not a file.").arg(windowsPath), windowsPath);
        QSaveFile f(*h); // temp file in the same folder, flushed, renamed over the file
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return Error(ErrorKind::Io, translate("wd::Repairs", "Cannot write %1: %2").arg(windowsPath, f.errorString()), windowsPath);
        return {};
    }

    Expected<void> removeTargetFile(const QString &windowsPath, bool *pending) override
    {
        if (pending)
            *pending = false;
        Expected<QString> h = resolve(windowsPath, true);
        if (!h)
            return h.error();
        if (!QFileInfo::exists(*h))
            return {};
        if (!QFile::remove(*h))
            return Error(ErrorKind::Io, translate("wd::Repairs", "Cannot remove %1.").arg(windowsPath), windowsPath);
        return {};
    }

    bool targetFileExists(const QString &windowsPathIn) const override
    {
        QString p = windowsPathIn.trimmed();
        p.replace(QLatin1Char('/'), QLatin1Char('\\'));
        for (const QString &var : {QStringLiteral("%SystemRoot%"), QStringLiteral("%windir%")})
            if (p.startsWith(var, Qt::CaseInsensitive))
                p = QStringLiteral("C:\\Windows") + p.mid(var.size());
        if (p.size() >= 2 && p.at(1) == QLatin1Char(':'))
            p = p.mid(2);
        QString cur = m_root;
        for (const QString &part : p.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
            if (part == QLatin1String("..") || part == QLatin1String("."))
                return false;
            const QStringList entries = QDir(cur).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
            QString found;
            for (const QString &e : entries)
                if (e.compare(part, Qt::CaseInsensitive) == 0)
                    found = e;
            if (found.isEmpty())
                return false;
            cur += QLatin1Char('/') + found;
        }
        return QFileInfo(cur).isFile();
    }
};

} // namespace

Expected<std::unique_ptr<SystemWriter>> openOfflineWriter(const QString &root, const QString &snapshotRoot, const QString &viewKind)
{
    QFileInfo ri(root);
    if (!ri.isDir())
        return Error(ErrorKind::NotFound, translate("wd::Repairs", "The folder %1 does not exist.").arg(root), root);
    auto w = std::make_unique<OfflineWriter>();
    w->m_root = ri.canonicalFilePath();
    w->m_snapRoot = snapshotRoot;
    w->m_viewKind = viewKind.isEmpty() ? QStringLiteral("offline") : viewKind;
    const QString system = findHiveFile(w->m_root, QStringLiteral("SYSTEM"));
    if (system.isEmpty())
        return Error(ErrorKind::NotFound,
                     translate("wd::Repairs", "%1 does not look like a Windows volume: Windows\\System32\\config\\SYSTEM was not found.").arg(root), root);
    Expected<std::unique_ptr<Hive>> h = Hive::open(system, Hive::Mode::Read);
    if (!h)
        return h.error();
    Expected<QList<RegValue>> sel = (*h)->values((*h)->find(QStringLiteral("Select")));
    if (sel)
        for (const RegValue &v : *sel)
            if (v.name.compare(QLatin1String("Current"), Qt::CaseInsensitive) == 0 && v.toDword())
                w->m_controlSet = QStringLiteral("ControlSet%1").arg(*v.toDword(), 3, 10, QLatin1Char('0'));
    w->m_is64 = false;
    const Hive::Node env = (*h)->find(w->m_controlSet + QStringLiteral("\\Control\\Session Manager\\Environment"));
    bool archKnown = false;
    if (env) {
        Expected<QList<RegValue>> ev = (*h)->values(env);
        if (ev)
            for (const RegValue &v : *ev)
                if (v.name.compare(QLatin1String("PROCESSOR_ARCHITECTURE"), Qt::CaseInsensitive) == 0) {
                    const QString a = v.toString();
                    w->m_is64 = a.compare(QLatin1String("x86"), Qt::CaseInsensitive) != 0;
                    archKnown = true;
                }
    }
    if (!archKnown) {
        const QString software = findHiveFile(w->m_root, QStringLiteral("SOFTWARE"));
        if (!software.isEmpty()) {
            Expected<std::unique_ptr<Hive>> sw = Hive::open(software, Hive::Mode::Read);
            w->m_is64 = sw && (*sw)->find(QStringLiteral("Wow6432Node")) != 0;
        }
    }
    return std::unique_ptr<SystemWriter>(std::move(w));
}

#ifndef Q_OS_WIN
Expected<std::unique_ptr<SystemWriter>> openLiveWriter(const QString &)
{
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Repairing the running system is only possible on Windows."));
}
#endif

} // namespace wd
