#include "repairs/engine.h"
#include "repairs/repair_catalog.h"
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

namespace wd {

ActionPlan RepairAction::basePlan() const
{
    ActionPlan p;
    p.actionId = id();
    p.title = title();
    p.needsElevation = needsElevation();
    p.needsReboot = needsReboot();
    return p;
}

Expected<void> RepairAction::apply(SystemWriter &w, const ActionPlan &p, const FaultHook &hook) const
{
    return w.apply(p.changes, hook);
}

Expected<void> RepairAction::verify(const SystemWriter &w, const ActionPlan &p) const
{
    auto fail = [](const RegChange &c) {
        return Error(ErrorKind::RepairFailed,
                     translate("wd::Repairs", "After the repair the registry does not show the expected change: %1").arg(c.description), c.key);
    };
    for (const RegChange &c : p.changes) {
        switch (c.kind) {
        case RegChange::SetValue: {
            Expected<std::optional<RegValue>> v = w.value(c.key, c.value.name, c.view);
            if (!v)
                return v.error();
            if (!v->has_value() || (*v)->type != c.value.type || (*v)->data != c.value.data)
                return fail(c);
            break;
        }
        case RegChange::DeleteValue: {
            Expected<std::optional<RegValue>> v = w.value(c.key, c.valueName, c.view);
            if (!v)
                return v.error();
            if (v->has_value())
                return fail(c);
            break;
        }
        case RegChange::DeleteKey:
            if (w.keyExists(c.key, c.view))
                return fail(c);
            break;
        case RegChange::ReplaceValues: {
            Expected<QList<RegValue>> vs = w.values(c.key, c.view);
            if (!vs)
                return vs.error();
            if (*vs != c.tree.values)
                return fail(c);
            break;
        }
        case RegChange::ReplaceKey: {
            Expected<std::optional<RegKeyTree>> t = w.readTree(c.key, c.view);
            if (!t)
                return t.error();
            RegKeyTree want = c.tree;
            if (t->has_value())
                want.name = (*t)->name;
            if (!t->has_value() || !(**t == want))
                return fail(c);
            break;
        }
        }
    }
    return {};
}

QStringList repairIdsFromFindings(const QList<Finding> &findings)
{
    QStringList wanted;
    for (const Finding &f : findings)
        if (f.severity >= Severity::Warning)
            wanted += f.repairs;
    QStringList out;
    for (const QString &id : repairActionIds())
        if (wanted.contains(id) && !isOptInRepair(id))
            out.append(id);
    return out;
}

bool isOptInRepair(const QString &id)
{
    return id == QLatin1String("verifier.enable");
}

QStringList describeRemaining(const QList<Finding> &after, const QStringList &ranIds, int *critical)
{
    QList<const Finding *> list;
    for (const Finding &f : after)
        if (f.severity >= Severity::Warning)
            list.append(&f);
    std::stable_sort(list.begin(), list.end(), [](const Finding *a, const Finding *b) { return a->severity > b->severity; });
    if (critical)
        *critical = int(std::count_if(list.begin(), list.end(), [](const Finding *f) { return f->severity == Severity::Critical; }));
    QStringList out;
    for (const Finding *f : list) {
        QStringList other, ran;
        for (const QString &id : f->repairs) {
            const RepairInfo info = repairInfo(id);
            if (info.id.isEmpty())
                continue;
            (ranIds.contains(id) ? ran : other) << info.title;
        }
        QString advice;
        if (!other.isEmpty())
            advice = translate("wd::Repairs", "can still be repaired: %1").arg(other.join(QStringLiteral("; ")));
        else if (!ran.isEmpty())
            advice = translate("wd::Repairs", "the repair \"%1\" could not fix it here; its notes in the preview say what to do instead (a "
                                              "restart may also be needed first)").arg(ran.join(QStringLiteral("; ")));
        else
            advice = translate("wd::Repairs", "no automatic repair; the details of this finding say what to do");
        out << QStringLiteral("[%1] %2 (%3): %4").arg(severityDisplayName(f->severity), f->title, f->id, advice);
    }
    return out;
}

QStringList safeDefaultRepairIds(bool live)
{
    QStringList ids{QStringLiteral("winsock.remove-lsp"), QStringLiteral("appinit.disable"), QStringLiteral("tcp.restore-defaults")};
    if (live)
        ids.append(QStringLiteral("winsock.reset"));
    return ids;
}

// ---------------------------------------------------------------- engine

Expected<QList<ActionPlan>> RepairEngine::plan(const QStringList &ids, const RepairOptions &o) const
{
    QList<ActionPlan> out;
    QStringList seen;
    for (const QString &id : ids) {
        if (seen.contains(id))
            continue;
        seen.append(id);
        std::unique_ptr<RepairAction> a = createRepairAction(id);
        if (!a)
            return Error(ErrorKind::Usage, translate("wd::Repairs", "Unknown repair \"%1\". Known repairs: %2.").arg(id, repairActionIds().join(QStringLiteral(", "))));
        Expected<ActionPlan> p = a->plan(m_w, o);
        if (!p)
            return p.error();
        out.append(*p);
    }
    return out;
}

QString RepairEngine::preview(const QList<ActionPlan> &plans)
{
    QString o;
    int n = 0;
    for (const ActionPlan &p : plans) {
        o += QStringLiteral("%1. %2 [%3]\n").arg(++n).arg(p.title, p.actionId);
        if (p.nothingToDo()) {
            o += QStringLiteral("   ") + translate("wd::Repairs", "Nothing to change: the target is already in the wanted state.") + QLatin1Char('\n');
        } else {
            QStringList flags;
            if (p.needsElevation)
                flags << translate("wd::Repairs", "needs administrator rights");
            if (p.needsReboot)
                flags << translate("wd::Repairs", "needs a restart afterwards");
            if (!flags.isEmpty())
                o += QStringLiteral("   (") + flags.join(QStringLiteral(", ")) + QStringLiteral(")\n");
            for (const KeyRef &k : p.affectedKeys)
                o += QStringLiteral("   ") + translate("wd::Repairs", "Saved first: %1").arg(keyWithView(k)) + QLatin1Char('\n');
            for (const RegChange &c : p.changes)
                o += QStringLiteral("   - ") + c.description + QLatin1Char('\n');
            for (const Text &s : p.steps)
                o += QStringLiteral("   - ") + s + QLatin1Char('\n');
        }
        for (const Text &note : p.notes)
            o += QStringLiteral("   ") + note + QLatin1Char('\n');
    }
    return o;
}

static Expected<void> writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    const QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(b) != b.size() || !f.commit())
        return Error(ErrorKind::Io, translate("wd::Repairs", "Cannot write %1: %2").arg(path, f.errorString()), path);
    return {};
}

static void setRunState(const QString &runDir, const QString &state)
{
    QFile f(QDir(runDir).filePath(QStringLiteral("run.json")));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QJsonObject o = QJsonDocument::fromJson(f.read(1 << 20)).object();
    f.close();
    o[QStringLiteral("state")] = state;
    Expected<void> r = writeJson(f.fileName(), o);
    Q_UNUSED(r);
}

Expected<RunOutcome> RepairEngine::run(const QList<ActionPlan> &plans, const RunOptions &opts)
{
    RunOutcome out;
    QStringList ids;
    for (const ActionPlan &p : plans)
        if (!p.nothingToDo())
            ids << p.actionId;
    for (const ActionPlan &p : plans) {
        ActionOutcome a;
        a.actionId = p.actionId;
        a.nothingToDo = p.nothingToDo();
        out.actions.append(a);
    }
    if (ids.isEmpty())
        return out;

    QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    QString runDir = QDir(m_w.snapshotRoot()).filePath(stamp + QLatin1Char('-') + QString(ids.first()).replace(QLatin1Char('.'), QLatin1Char('-')));
    for (int i = 2; QDir(runDir).exists(); ++i)
        runDir = QDir(m_w.snapshotRoot()).filePath(stamp + QStringLiteral("-%1").arg(i));
    if (!QDir().mkpath(runDir))
        return Error(ErrorKind::Io, translate("wd::Repairs", "Cannot create the snapshot folder %1. Nothing was changed.").arg(runDir), runDir);
    out.runDir = runDir;
    QJsonObject run;
    run[QStringLiteral("schema")] = QStringLiteral("winsock-doctor/run/1");
    run[QStringLiteral("created")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    run[QStringLiteral("target")] = opts.targetLabel;
    run[QStringLiteral("actions")] = QJsonArray::fromStringList(ids);
    run[QStringLiteral("state")] = QStringLiteral("prepared");
    if (Expected<void> r = writeJson(QDir(runDir).filePath(QStringLiteral("run.json")), run); !r)
        return r.error();

    QStringList done; // snapshot folders of applied actions, in order
    auto rollback = [&](const Error &cause, const ActionPlan &p, const QString &snapDir, bool touched) -> Error {
        QStringList failures;
        QStringList toUndo = done;
        if (touched)
            toUndo.append(snapDir);
        for (qsizetype i = toUndo.size() - 1; i >= 0; --i) {
            Expected<void> r = snapshot::restore(m_w, toUndo[i]);
            if (!r)
                failures << r.error().toString();
            else {
                Expected<void> s = snapshot::setState(toUndo[i], QStringLiteral("rolled-back"));
                Q_UNUSED(s);
            }
        }
        setRunState(runDir, failures.isEmpty() ? QStringLiteral("rolled-back") : QStringLiteral("rollback-failed"));
        if (!failures.isEmpty())
            return Error(ErrorKind::RepairFailed,
                         translate("wd::Repairs", "The repair \"%1\" failed (%2) and rolling it back failed too (%3). Restore the saved "
                                                  "state with: undo \"%4\"").arg(p.actionId, cause.message, failures.join(QStringLiteral("; ")), runDir),
                         runDir);
        // A hive that cannot be proven sound is unreadable input (exit 3), not a failed repair.
        return Error(cause.kind == ErrorKind::Corrupt ? ErrorKind::Corrupt : ErrorKind::RepairFailed,
                     translate("wd::Repairs", "The repair \"%1\" failed: %2 Every change was rolled back from the snapshot in %3.")
                         .arg(p.actionId, cause.message, runDir),
                     runDir);
    };
    auto aborted = [&](const QString &step) { return opts.hook && opts.hook(step); };
    auto abortError = [](const QString &step) {
        return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "The repair was stopped after the step \"%1\" (fault injection).").arg(step));
    };

    int n = 0;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const ActionPlan &p = plans[i];
        if (p.nothingToDo())
            continue;
        std::unique_ptr<RepairAction> action = createRepairAction(p.actionId);
        if (!action)
            return rollback(Error(ErrorKind::Internal, translate("wd::Repairs", "Unknown repair.")), p, QString(), false);
        const QString snapDir = QDir(runDir).filePath(QStringLiteral("%1-%2").arg(++n, 2, 10, QLatin1Char('0')).arg(p.actionId));
        out.actions[i].snapshotDir = snapDir;
        if (Expected<void> s = snapshot::create(m_w, snapDir, p, opts.targetLabel); !s)
            return rollback(s.error(), p, snapDir, false);
        if (aborted(QStringLiteral("snapshot")))
            return rollback(abortError(QStringLiteral("snapshot")), p, snapDir, false);
        if (Expected<void> a = action->apply(m_w, p, opts.hook); !a)
            return rollback(a.error(), p, snapDir, true);
        if (aborted(QStringLiteral("applied")))
            return rollback(abortError(QStringLiteral("applied")), p, snapDir, true);
        if (Expected<void> v = action->verify(m_w, p); !v)
            return rollback(v.error(), p, snapDir, true);
        if (aborted(QStringLiteral("verified")))
            return rollback(abortError(QStringLiteral("verified")), p, snapDir, true);
        if (Expected<void> s = snapshot::setState(snapDir, QStringLiteral("applied"), &m_w); !s)
            return rollback(s.error(), p, snapDir, true);
        if (aborted(QStringLiteral("recorded")))
            return rollback(abortError(QStringLiteral("recorded")), p, snapDir, true);
        done.append(snapDir);
        out.actions[i].applied = true;
        out.actions[i].needsReboot = p.needsReboot;
        out.rebootRequired = out.rebootRequired || p.needsReboot;
    }
    setRunState(runDir, QStringLiteral("applied"));
    return out;
}

Expected<QStringList> RepairEngine::undo(const QString &dirIn, const FaultHook &hook)
{
    const QDir dir(dirIn);
    QStringList snaps;
    if (dir.exists(QStringLiteral("run.json"))) {
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            if (QRegularExpression(QStringLiteral("^\\d\\d-")).match(name).hasMatch())
                snaps.prepend(dir.filePath(name)); // newest first
    } else {
        snaps.append(dir.absolutePath());
    }
    // Check every snapshot first: nothing is changed when any part is damaged.
    QStringList toRestore;
    for (const QString &s : snaps) {
        Expected<QJsonObject> m = snapshot::loadVerified(s);
        if (!m)
            return m.error();
        if (m->value(QStringLiteral("state")).toString() == QLatin1String("applied"))
            toRestore.append(s);
    }
    if (toRestore.isEmpty())
        return Error(ErrorKind::Usage, translate("wd::Repairs", "The snapshot %1 holds no applied repair to undo (it was already undone or rolled back).").arg(dirIn), dirIn);
    QStringList how;
    for (const QString &s : toRestore) {
        QString h;
        Expected<void> r = snapshot::restore(m_w, s, &h, hook);
        if (!r)
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "Undoing %1 failed: %2").arg(s, r.error().message), s);
        Expected<void> st = snapshot::setState(s, QStringLiteral("undone"));
        Q_UNUSED(st);
        how.append(h);
    }
    if (dir.exists(QStringLiteral("run.json")))
        setRunState(dir.absolutePath(), QStringLiteral("undone"));
    return how;
}

} // namespace wd
