// Snapshots: everything a repair will touch, saved and checked before the first write.
//   DIR/manifest.json   schema winsock-doctor/snapshot/1; SHA-256 of every part
//   DIR/keys/NN.reg     regedit 5 export (UTF-16LE) of each affected key, with all subkeys
//   DIR/hives/NAME      offline targets: the whole hive file, so undo gives back the same bytes
#include "repairs/engine.h"
#include "repairs/reg_file.h"
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace wd::snapshot {

static const char16_t kSchema[] = u"winsock-doctor/snapshot/1";

static QString sha256(const QByteArray &b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

static Expected<QString> sha256File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot read %1: %2").arg(path, f.errorString()), path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot read %1: %2").arg(path, f.errorString()), path);
    return QString::fromLatin1(h.result().toHex());
}

// QSaveFile: temp file, flush to disk, atomic rename.
static Expected<void> writeAtomic(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot write %1: %2").arg(path, f.errorString()), path);
    return {};
}

static Expected<void> copyAtomic(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot read %1: %2").arg(from, in.errorString()), from);
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot write %1: %2").arg(to, out.errorString()), to);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size())
            return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot copy %1 to %2.").arg(from, to), to);
    }
    if (!out.commit())
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot write %1: %2").arg(to, out.errorString()), to);
    return {};
}

Expected<void> create(const SystemWriter &w, const QString &dir, const ActionPlan &plan, const QString &targetLabel)
{
    QDir d(dir);
    if (!d.mkpath(QStringLiteral("keys")) || !d.mkpath(QStringLiteral("hives")))
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot create the snapshot folder %1.").arg(dir), dir);
    QJsonObject m;
    m[QStringLiteral("schema")] = QString::fromUtf16(kSchema);
    m[QStringLiteral("created")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m[QStringLiteral("target")] = targetLabel;
    m[QStringLiteral("target_kind")] = w.kind();
    m[QStringLiteral("action")] = plan.actionId;
    m[QStringLiteral("title")] = plan.title.toString();
    if (!plan.title.isLiteral())
        m[QStringLiteral("title_i18n")] = plan.title.toJson();
    m[QStringLiteral("state")] = QStringLiteral("prepared");
    QJsonArray changes;
    for (const RegChange &c : plan.changes)
        changes.append(c.description.toString());
    for (const Text &s : plan.steps)
        changes.append(s.toString());
    m[QStringLiteral("changes")] = changes;

    QJsonArray keys;
    int n = 0;
    for (const KeyRef &k : plan.affectedKeys) {
        Expected<std::optional<RegKeyTree>> t = std::optional<RegKeyTree>();
        if (k.valuesOnly) {
            Expected<QList<RegValue>> vs = w.values(k.key, k.view);
            if (vs) {
                RegKeyTree only;
                only.name = k.key.section(QLatin1Char('\\'), -1);
                only.values = *vs;
                t = std::optional<RegKeyTree>(only);
            } else if (vs.error().kind != ErrorKind::NotFound) {
                return vs.error();
            }
        } else {
            t = w.readTree(k.key, k.view);
        }
        if (!t)
            return t.error();
        QJsonObject e;
        e[QStringLiteral("key")] = k.key;
        e[QStringLiteral("view")] = viewName(k.view);
        e[QStringLiteral("exists")] = t->has_value();
        e[QStringLiteral("values_only")] = k.valuesOnly;
        RegFile rf;
        if (t->has_value())
            appendTree(rf, k.key, **t);
        const QByteArray bytes = writeRegFile(rf);
        const QString rel = QStringLiteral("keys/%1.reg").arg(++n, 2, 10, QLatin1Char('0'));
        Expected<void> wr = writeAtomic(d.filePath(rel), bytes);
        if (!wr)
            return wr;
        e[QStringLiteral("file")] = rel;
        e[QStringLiteral("sha256")] = sha256(bytes);
        keys.append(e);
    }
    m[QStringLiteral("keys")] = keys;

    QJsonArray hives;
    for (const QString &file : w.hiveFilesFor(plan.affectedKeys)) {
        const QString name = QFileInfo(file).fileName().toUpper();
        const QString rel = QStringLiteral("hives/") + name;
        Expected<void> c = copyAtomic(file, d.filePath(rel));
        if (!c)
            return c;
        Expected<QString> before = sha256File(file);
        Expected<QString> copy = sha256File(d.filePath(rel));
        if (!before || !copy || *before != *copy)
            return Error(ErrorKind::Io, translate("wd::Snapshot", "The copy of the hive %1 in the snapshot does not match the original.").arg(file), file);
        QJsonObject h;
        h[QStringLiteral("name")] = name;
        h[QStringLiteral("file")] = rel;
        h[QStringLiteral("sha256")] = *copy;
        h[QStringLiteral("size")] = QFileInfo(file).size();
        hives.append(h);
    }
    m[QStringLiteral("hives")] = hives;
    // Files the repair replaces (Windows paths): the current bytes, or that the file did not exist.
    QJsonArray files;
    if (!plan.affectedFiles.isEmpty() && !d.mkpath(QStringLiteral("files")))
        return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot create the snapshot folder %1.").arg(dir), dir);
    int fn = 0;
    for (const QString &path : plan.affectedFiles) {
        QJsonObject e;
        e[QStringLiteral("path")] = path;
        Expected<QString> host = w.targetHostPath(path);
        if (!host && host.error().kind != ErrorKind::NotFound)
            return host.error();
        e[QStringLiteral("exists")] = bool(host);
        if (host) {
            const QString rel = QStringLiteral("files/%1.bin").arg(++fn, 2, 10, QLatin1Char('0'));
            Expected<void> c = copyAtomic(*host, d.filePath(rel));
            if (!c)
                return c;
            Expected<QString> before = sha256File(*host);
            Expected<QString> copy = sha256File(d.filePath(rel));
            if (!before || !copy || *before != *copy)
                return Error(ErrorKind::Io, translate("wd::Snapshot", "The copy of %1 in the snapshot does not match the original.").arg(path), path);
            e[QStringLiteral("file")] = rel;
            e[QStringLiteral("sha256")] = *copy;
            e[QStringLiteral("size")] = QFileInfo(*host).size();
        }
        files.append(e);
    }
    m[QStringLiteral("files")] = files;

    Expected<void> wm = writeAtomic(d.filePath(QStringLiteral("manifest.json")), QJsonDocument(m).toJson(QJsonDocument::Indented));
    if (!wm)
        return wm;
    // Re-read everything from disk before the repair may start.
    Expected<QJsonObject> back = loadVerified(dir);
    if (!back)
        return back.error();
    return {};
}

Expected<QJsonObject> loadVerified(const QString &dir)
{
    const QString mp = QDir(dir).filePath(QStringLiteral("manifest.json"));
    QFile f(mp);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorKind::NotFound, translate("wd::Snapshot", "%1 is not a snapshot folder (manifest.json is missing).").arg(dir), dir);
    if (f.size() > 16 * 1024 * 1024)
        return Error(ErrorKind::Corrupt, translate("wd::Snapshot", "The snapshot manifest %1 is too large.").arg(mp), mp);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    const QJsonObject m = doc.object();
    if (pe.error != QJsonParseError::NoError || m.value(QStringLiteral("schema")).toString() != QString::fromUtf16(kSchema))
        return Error(ErrorKind::Corrupt, translate("wd::Snapshot", "The snapshot manifest %1 is damaged or of an unknown version.").arg(mp), mp);
    for (const QString &section : {QStringLiteral("keys"), QStringLiteral("hives"), QStringLiteral("files")}) {
        for (const QJsonValue &v : m.value(section).toArray()) {
            if (section == QLatin1String("files") && !v.toObject().value(QStringLiteral("exists")).toBool(true))
                continue; // the file did not exist before the repair: nothing saved
            const QString rel = v.toObject().value(QStringLiteral("file")).toString();
            if (rel.isEmpty() || rel.contains(QLatin1String("..")) || QDir::isAbsolutePath(rel))
                return Error(ErrorKind::Corrupt, translate("wd::Snapshot", "The snapshot manifest %1 names an invalid part \"%2\".").arg(mp, rel), mp);
            Expected<QString> h = sha256File(QDir(dir).filePath(rel));
            if (!h)
                return h.error();
            if (*h != v.toObject().value(QStringLiteral("sha256")).toString())
                return Error(ErrorKind::Corrupt,
                             translate("wd::Snapshot", "The snapshot part %1 was changed or damaged (its SHA-256 does not match the manifest). "
                                                       "It will not be used.").arg(QDir(dir).filePath(rel)),
                             QDir(dir).filePath(rel));
        }
    }
    return m;
}

Expected<void> setState(const QString &dir, const QString &state, const SystemWriter *w)
{
    Expected<QJsonObject> m = loadVerified(dir);
    if (!m)
        return m.error();
    QJsonObject o = *m;
    o[QStringLiteral("state")] = state;
    o[QStringLiteral("state_changed")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (w) {
        // Remember what the hives look like after the repair: undo restores the saved files only
        // when nothing else changed them in between.
        QJsonArray hives = o.value(QStringLiteral("hives")).toArray();
        for (qsizetype i = 0; i < hives.size(); ++i) {
            QJsonObject h = hives[i].toObject();
            const QString file = w->hiveFile(h.value(QStringLiteral("name")).toString());
            Expected<QString> after = file.isEmpty() ? Expected<QString>(QString()) : sha256File(file);
            h[QStringLiteral("after_sha256")] = after ? *after : QString();
            hives[i] = h;
        }
        o[QStringLiteral("hives")] = hives;
    }
    return writeAtomic(QDir(dir).filePath(QStringLiteral("manifest.json")), QJsonDocument(o).toJson(QJsonDocument::Indented));
}

Expected<void> restore(SystemWriter &w, const QString &dir, QString *how, const FaultHook &hook)
{
    Expected<QJsonObject> m = loadVerified(dir);
    if (!m)
        return m.error();
    // Files first: each is put back byte for byte (or removed when it did not exist before).
    const QJsonArray files = m->value(QStringLiteral("files")).toArray();
    for (const QJsonValue &v : files) {
        const QJsonObject e = v.toObject();
        const QString path = e.value(QStringLiteral("path")).toString();
        if (hook && hook(QStringLiteral("restore file %1").arg(path)))
            return Error(ErrorKind::RepairFailed, translate("wd::Snapshot", "The restore was stopped before %1 (fault injection).").arg(path));
        // Live: a replacement still waiting for the restart is cancelled; the file itself was not touched.
        if (Expected<bool> c = w.cancelPendingReplace(path); !c)
            return c.error();
        if (!e.value(QStringLiteral("exists")).toBool()) {
            if (Expected<void> r = w.removeTargetFile(path); !r)
                return r;
            continue;
        }
        if (Expected<QString> host = w.targetHostPath(path); host) {
            Expected<QString> now = sha256File(*host);
            if (now && *now == e.value(QStringLiteral("sha256")).toString())
                continue; // already the saved bytes (nothing replaced it, or the replacement was cancelled)
        }
        QFile saved(QDir(dir).filePath(e.value(QStringLiteral("file")).toString()));
        if (!saved.open(QIODevice::ReadOnly))
            return Error(ErrorKind::Io, translate("wd::Snapshot", "Cannot read %1: %2").arg(saved.fileName(), saved.errorString()), saved.fileName());
        const QByteArray bytes = saved.readAll();
        if (sha256(bytes) != e.value(QStringLiteral("sha256")).toString())
            return Error(ErrorKind::Corrupt, translate("wd::Snapshot", "The saved copy of %1 changed while it was read.").arg(path), path);
        bool pending = false;
        if (Expected<void> r = w.writeTargetFile(path, bytes, &pending); !r)
            return r;
        if (!pending) {
            Expected<QString> host = w.targetHostPath(path);
            Expected<QString> now = host ? sha256File(*host) : Expected<QString>(host.error());
            if (!now || *now != e.value(QStringLiteral("sha256")).toString())
                return Error(ErrorKind::RepairFailed, translate("wd::Snapshot", "%1 does not match its saved copy after it was put back.").arg(path), path);
        }
    }
    const QJsonArray hives = m->value(QStringLiteral("hives")).toArray();
    const QString state = m->value(QStringLiteral("state")).toString();
    bool wholeHives = w.kind() == QLatin1String("offline") && !hives.isEmpty();
    if (wholeHives && state == QLatin1String("applied")) {
        // Undo after a finished repair: only when the hives are exactly as the repair left them.
        for (const QJsonValue &v : hives) {
            const QJsonObject h = v.toObject();
            const QString file = w.hiveFile(h.value(QStringLiteral("name")).toString());
            Expected<QString> now = file.isEmpty() ? Expected<QString>(QString()) : sha256File(file);
            if (!now || *now != h.value(QStringLiteral("after_sha256")).toString())
                wholeHives = false;
        }
    }
    if (wholeHives) {
        for (const QJsonValue &v : hives) {
            const QJsonObject h = v.toObject();
            const QString name = h.value(QStringLiteral("name")).toString();
            const QString file = w.hiveFile(name);
            if (file.isEmpty())
                return Error(ErrorKind::NotFound, translate("wd::Snapshot", "The %1 hive is missing on this volume.").arg(name));
            if (hook && hook(QStringLiteral("restore %1").arg(name)))
                return Error(ErrorKind::RepairFailed, translate("wd::Snapshot", "The restore was stopped before %1 (fault injection).").arg(name));
            Expected<void> c = copyAtomic(QDir(dir).filePath(h.value(QStringLiteral("file")).toString()), file);
            if (!c)
                return c;
            QFile::remove(file + QStringLiteral(".wd-tmp"));
        }
        // The read handles of the writer are stale now; a no-op apply drops them.
        Expected<void> flush = w.apply({});
        Q_UNUSED(flush);
        if (how)
            *how = translate("wd::Snapshot", "The saved hive files were put back unchanged (byte for byte).");
        return {};
    }
    const QJsonArray savedKeys = m->value(QStringLiteral("keys")).toArray();
    if (savedKeys.isEmpty() && !files.isEmpty()) {
        if (how)
            *how = translate("wd::Snapshot", "The saved files were put back unchanged (byte for byte).");
        return {};
    }
    QList<RegChange> changes;
    for (const QJsonValue &v : savedKeys) {
        const QJsonObject e = v.toObject();
        const QString key = e.value(QStringLiteral("key")).toString();
        const RegView view = viewFromName(e.value(QStringLiteral("view")).toString());
        if (!e.value(QStringLiteral("exists")).toBool()) {
            changes.append(RegChange::deleteKey(key, view, QString()));
            continue;
        }
        Expected<RegFile> rf = readRegFile(QDir(dir).filePath(e.value(QStringLiteral("file")).toString()));
        if (!rf)
            return rf.error();
        std::optional<RegKeyTree> t = treeFromRegFile(*rf, key);
        if (!t)
            return Error(ErrorKind::Corrupt, translate("wd::Snapshot", "The snapshot export of %1 is empty.").arg(key), key);
        if (e.value(QStringLiteral("values_only")).toBool())
            changes.append(RegChange::replaceValues(key, view, t->values, QString()));
        else
            changes.append(RegChange::replaceKey(key, view, *t, QString()));
    }
    Expected<void> r = w.apply(changes, hook);
    if (!r)
        return r;
    if (how)
        *how = translate("wd::Snapshot", "Every saved registry key was restored from its .reg export.");
    return {};
}

QList<SnapshotInfo> list(const QString &root)
{
    QList<SnapshotInfo> out;
    const QDir d(root);
    for (const QString &name : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = d.filePath(name);
        QFile rf(QDir(dir).filePath(QStringLiteral("run.json")));
        if (rf.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(rf.read(1 << 20)).object();
            SnapshotInfo s;
            s.dir = dir;
            s.isRun = true;
            s.created = o.value(QStringLiteral("created")).toString();
            s.target = o.value(QStringLiteral("target")).toString();
            for (const QJsonValue &a : o.value(QStringLiteral("actions")).toArray())
                s.actions.append(a.toString());
            s.state = o.value(QStringLiteral("state")).toString();
            out.append(s);
        }
    }
    return out;
}

} // namespace wd::snapshot
