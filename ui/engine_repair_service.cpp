#include "ui/engine_repair_service.h"
#include "core/i18n.h"
#include "platform/offline_view.h"
#include "repairs/elevated_handoff.h"
#include "repairs/actions/actions.h"
#include "repairs/engine.h"
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <algorithm>
#ifdef Q_OS_WIN
#include "platform/live_windows/elevation.h"
#endif

namespace wd {
namespace ui {

// ---- session ----------------------------------------------------------------------------------------------------

Expected<std::shared_ptr<TargetSession>> TargetSession::open(const QString &specText)
{
    Expected<TargetSpec> spec = TargetSpec::parse(specText);
    if (!spec)
        return spec.error();
    auto s = std::make_shared<TargetSession>();
    s->m_spec = *spec;
    switch (spec->kind) {
    case TargetSpec::Report:
        return Error(ErrorKind::Usage, translate("wd::EngineRepairs", "A saved report cannot be repaired."));
    case TargetSpec::Live:
        return s;
    case TargetSpec::Offline:
        s->m_root = spec->path;
        return s;
    case TargetSpec::Demo: {
        Expected<OpenedTarget> t = openTarget(*spec); // extracts the working copy, once per session
        if (!t)
            return t.error();
        s->m_scratch = t->scratch;
        s->m_root = t->offlineRoot();
        return s;
    }
    }
    return Error(ErrorKind::Internal, translate("wd::EngineRepairs", "Unknown target."));
}

Expected<ScanResult> TargetSession::scan(const ScanOptions &opts, const CancelToken &cancel, const ProgressFn &progress)
{
    OpenedTarget t;
    if (m_spec.kind == TargetSpec::Demo) {
        Expected<std::unique_ptr<OfflineView>> v = OfflineView::open(m_root, QStringLiteral("demo"));
        if (!v)
            return v.error();
        t.spec = m_spec;
        t.view = std::move(*v);
        t.scratch = m_scratch;
    } else {
        Expected<OpenedTarget> o = openTarget(m_spec);
        if (!o)
            return o.error();
        t = std::move(*o);
    }
    ScanResult r = scanTarget(t, opts, cancel, progress);
    QMutexLocker lock(&m_mutex);
    m_lastFindings = r.findings;
    return r;
}

QList<Finding> TargetSession::lastFindings() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastFindings;
}

Expected<std::unique_ptr<SystemWriter>> TargetSession::openWriter() const
{
    if (m_spec.kind == TargetSpec::Live)
        return openLiveWriter();
    return openOfflineWriter(m_root, {}, m_spec.kind == TargetSpec::Demo ? QStringLiteral("demo") : QStringLiteral("offline"));
}

Expected<std::shared_ptr<TargetSession>> SessionCache::get(const QString &spec)
{
    QMutexLocker lock(&m_mutex);
    if (auto it = m_sessions.constFind(spec); it != m_sessions.constEnd())
        return *it;
    Expected<std::shared_ptr<TargetSession>> s = TargetSession::open(spec);
    if (s)
        m_sessions.insert(spec, *s);
    return s;
}

// ---- service ----------------------------------------------------------------------------------------------------

namespace {

QString elevationReason()
{
    return translate("wd::EngineRepairs", "These repairs change system settings and need administrator rights. Run Winsock Doctor "
                                          "\"as administrator\" and try again. Nothing was changed.");
}

// The elevated copy answers in the wizard's language.
QStringList languageArgs()
{
    const QString lang = currentLanguage();
    return lang.isEmpty() ? QStringList() : QStringList{QStringLiteral("--lang"), lang};
}

bool anyNeedsAdmin(const QList<ActionPlan> &plans)
{
    for (const ActionPlan &p : plans)
        if (p.needsElevation && !p.nothingToDo())
            return true;
    return false;
}

RepairPreview toPreview(const ActionPlan &p)
{
    RepairPreview r;
    r.actionId = p.actionId;
    r.title = p.title.isEmpty() ? repairTitle(p.actionId) : p.title.toString();
    r.needsElevation = p.needsElevation && !p.nothingToDo();
    r.needsReboot = p.needsReboot && !p.nothingToDo();
    if (p.nothingToDo()) {
        r.changes << translate("wd::EngineRepairs", "Nothing to change: the target is already in the wanted state.");
    } else {
        for (const RegChange &c : p.changes)
            r.changes << c.description;
        for (const Text &s : p.steps)
            r.changes << s;
        for (const KeyRef &k : p.affectedKeys)
            r.changes << translate("wd::EngineRepairs", "Saved first (for undo): %1").arg(keyWithView(k));
        for (const QString &f : p.affectedFiles)
            r.changes << translate("wd::EngineRepairs", "Saved first (for undo): file %1").arg(f);
    }
    for (const Text &n : p.notes)
        r.changes.append(n.toString());
    return r;
}

// The engine asks for what the command line names by hand (--file, --service ...); the wizard offers
// controls instead, so such a plan error is said in the wizard's own words.
QString planErrorForWizard(const QString &actionId, const Error &e, bool noBackupChosen)
{
    if (e.kind != ErrorKind::Usage)
        return e.message;
    if (actionId == QLatin1String("winsock.restore-backup") && noBackupChosen)
        return translate("wd::EngineRepairs", "No backup chosen yet: choose one of the backups Winsock Doctor saved for this Windows before "
                                              "an earlier repair, or a .reg file with the Winsock keys of a healthy PC.");
    if (actionId == QLatin1String("winsock.reset") && noBackupChosen)
        return translate("wd::EngineRepairs", "This Windows is not running, so netsh cannot reset its catalog; it is reset from a known-good "
                                              "copy instead. Choose a backup Winsock Doctor saved for this Windows, or a .reg export of "
                                              "Protocol_Catalog9 from a healthy PC with the same Windows build.");
    if (actionId == QLatin1String("driver.rollback"))
        return translate("wd::EngineRepairs", "The findings name no driver or filter driver that can be rolled back on this Windows, so this "
                                              "repair has nothing to do here.");
    if (actionId == QLatin1String("verifier.enable"))
        return translate("wd::EngineRepairs", "Driver Verifier is switched on only for drivers named by hand, never from the wizard.");
    return e.message;
}

// A Winsock backup in the run folder RUN: the first action snapshot whose saved keys hold the Winsock
// parameters (or a key below them), checked against the SHA-256 of its manifest. Empty when none.
QString winsockBackupOf(const QString &run)
{
    const QString winsock = actions::winsockParams();
    const QDir rd(run);
    for (const QString &sub : rd.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir sd(rd.filePath(sub));
        QFile mf(sd.filePath(QStringLiteral("manifest.json")));
        if (!mf.open(QIODevice::ReadOnly) || mf.size() > 16 * 1024 * 1024)
            continue;
        const QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
        for (const QJsonValue &v : m.value(QStringLiteral("keys")).toArray()) {
            const QJsonObject k = v.toObject();
            const QString key = k.value(QStringLiteral("key")).toString();
            const QString rel = k.value(QStringLiteral("file")).toString();
            const bool inWinsock = key.compare(winsock, Qt::CaseInsensitive) == 0
                                   || key.startsWith(winsock + QLatin1Char('\\'), Qt::CaseInsensitive);
            if (!inWinsock || !k.value(QStringLiteral("exists")).toBool() || rel.isEmpty() || rel.contains(QLatin1String(".."))
                || QDir::isAbsolutePath(rel))
                continue;
            QFile reg(sd.filePath(rel));
            if (!reg.open(QIODevice::ReadOnly) || reg.size() > 64 * 1024 * 1024)
                continue;
            QCryptographicHash h(QCryptographicHash::Sha256);
            if (h.addData(&reg) && QString::fromLatin1(h.result().toHex()) == k.value(QStringLiteral("sha256")).toString())
                return QFileInfo(reg).absoluteFilePath();
        }
    }
    return {};
}

} // namespace

EngineRepairService::EngineRepairService(std::shared_ptr<TargetSession> session)
    : EngineRepairService(SessionFn([session]() -> Expected<std::shared_ptr<TargetSession>> { return session; }))
{
}

EngineRepairService::EngineRepairService(SessionFn session) : m_sessionFn(std::move(session))
{
#ifdef Q_OS_WIN
    m_runner = [](const QStringList &args) { return elevation::runElevated(args, 0xFFFFFFFFul, {}, false); };
#endif
}

void EngineRepairService::setElevatedRunner(ElevatedRunner runner)
{
    QMutexLocker lock(&m_mutex);
    m_runner = std::move(runner);
    m_reason.reset();
}

void EngineRepairService::setNeedsElevatedCopy(std::function<bool(const SystemWriter &)> pred)
{
    QMutexLocker lock(&m_mutex);
    m_needsCopy = std::move(pred);
    m_reason.reset();
}

bool EngineRepairService::canElevate() const
{
    QMutexLocker lock(&m_mutex);
    return bool(m_runner);
}

bool EngineRepairService::needsElevatedCopy(const SystemWriter &w) const
{
    if (m_needsCopy)
        return m_needsCopy(w);
    return w.isLive() && !w.isElevated();
}

QString EngineRepairService::handoffTarget(const TargetSession &s) const
{
    if (s.spec().kind == TargetSpec::Live)
        return QStringLiteral("live");
    return QStringLiteral("offline:") + s.volumeRoot();
}

Expected<std::shared_ptr<TargetSession>> EngineRepairService::session() const
{
    QMutexLocker lock(&m_mutex);
    if (m_session)
        return m_session;
    Expected<std::shared_ptr<TargetSession>> s = m_sessionFn();
    if (s)
        m_session = *s;
    return s;
}

QString EngineRepairService::unavailableReason() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_reason)
            return *m_reason;
    }
    QString reason;
    Expected<std::shared_ptr<TargetSession>> s = session();
    if (!s) {
        reason = s.error().message;
    } else {
        Expected<std::unique_ptr<SystemWriter>> w = (*s)->openWriter();
        if (!w)
            reason = w.error().message;
        else if (needsElevatedCopy(**w) && !canElevate())
            reason = elevationReason();
    }
    QMutexLocker lock(&m_mutex);
    m_reason = reason;
    return reason;
}

QList<RepairPreview> EngineRepairService::preview(const QStringList &actionIds)
{
    QList<RepairPreview> out;
    Expected<std::shared_ptr<TargetSession>> s = session();
    Expected<std::unique_ptr<SystemWriter>> w = s ? (*s)->openWriter() : Expected<std::unique_ptr<SystemWriter>>(s.error());
    RepairOptions o;
    o.regFile = restoreFile();
    if (s)
        o.findings = (*s)->lastFindings();
    for (const QString &id : actionIds) {
        RepairPreview p;
        p.actionId = id;
        p.title = repairTitle(id);
        if (!w) {
            p.error = w.error().message;
            out.append(p);
            continue;
        }
        RepairEngine engine(**w);
        Expected<QList<ActionPlan>> plans = engine.plan({id}, o);
        // The backup chosen on the plan page: always for the restore, and for the reset where netsh cannot run.
        const bool usesBackup = id == QLatin1String("winsock.restore-backup") || (id == QLatin1String("winsock.reset") && !(*w)->isLive());
        if (!plans || plans->isEmpty()) {
            p.error = plans ? translate("wd::EngineRepairs", "This repair has no plan for this target.").toString()
                            : planErrorForWizard(id, plans.error(), o.regFile.isEmpty());
            p.usesBackup = usesBackup;
            out.append(p);
            continue;
        }
        out.append(toPreview(plans->first()));
        out.last().usesBackup = usesBackup;
    }
    return out;
}

ApplyOutcome EngineRepairService::apply(const QStringList &actionIds, const CancelToken &cancel, const RepairProgressFn &progress)
{
    ApplyOutcome o;
    const int total = int(actionIds.size());
    const auto say = [&](const QString &id, const QString &line, int done) {
        if (progress)
            progress(id, line, done, total);
    };
    const auto failAll = [&](ErrorKind kind, const QString &message, const QString &stepLine) {
        return notStarted(actionIds, kind, message, stepLine, say);
    };
    if (cancel.isCancelled())
        return failAll(ErrorKind::Cancelled, translate("wd::EngineRepairs", "Cancelled before anything was changed."),
                       translate("wd::EngineRepairs", "Not started: cancelled."));
    Expected<std::shared_ptr<TargetSession>> s = session();
    if (!s)
        return failAll(s.error().kind, s.error().message, translate("wd::EngineRepairs", "Not started: nothing was changed."));
    Expected<std::unique_ptr<SystemWriter>> w = (*s)->openWriter();
    if (!w)
        return failAll(w.error().kind, w.error().message, translate("wd::EngineRepairs", "Not started: nothing was changed."));
    RepairEngine engine(**w);
    RepairOptions ro;
    ro.regFile = restoreFile();
    ro.findings = (*s)->lastFindings();
    Expected<QList<ActionPlan>> plans = engine.plan(actionIds, ro);
    if (!plans)
        return failAll(plans.error().kind, plans.error().message, translate("wd::EngineRepairs", "Not started: nothing was changed."));
    if (needsElevatedCopy(**w) && anyNeedsAdmin(*plans)) {
        if (!canElevate()) // exit-5 semantics: say so before touching anything
            return failAll(ErrorKind::NeedsElevation, elevationReason(), translate("wd::EngineRepairs", "Not started: needs administrator rights."));
        return applyElevated(actionIds, *plans, ro.findings, **s, say);
    }

    // Progress: the engine calls the hook after each step of the action in work.
    QList<int> order; // indexes of plans with work, in run order
    for (qsizetype i = 0; i < plans->size(); ++i)
        if (!(*plans)[i].nothingToDo())
            order << int(i);
    int current = -1; // position in ORDER
    int recorded = 0; // actions of ORDER applied, verified and recorded
    int done = 0;
    QList<ApplyStep> steps;
    for (const ActionPlan &p : *plans) {
        ApplyStep st;
        st.actionId = p.actionId;
        st.title = p.title.isEmpty() ? repairTitle(p.actionId) : p.title.toString();
        if (p.nothingToDo()) {
            st.ok = true;
            st.nothingToDo = true;
            st.log << (p.notes.isEmpty() ? translate("wd::EngineRepairs", "Nothing to change: the target is already in the wanted state.")
                                         : translate("wd::EngineRepairs", "Nothing was changed."));
        }
        for (const Text &n : p.notes)
            st.log.append(n.toString());
        steps.append(st);
    }
    for (const ApplyStep &st : std::as_const(steps))
        if (st.ok) {
            say(st.actionId, st.log.value(0), ++done);
        }
    RunOptions opts;
    opts.targetLabel = (*s)->label();
    opts.hook = [&](const QString &step) {
        if (m_fault && m_fault(step))
            return true;
        if (step == QLatin1String("snapshot")) {
            ++current;
            if (current < order.size()) {
                ApplyStep &st = steps[order[current]];
                st.log << translate("wd::EngineRepairs", "Snapshot saved and read back (SHA-256 verified).");
                say(st.actionId, st.log.last(), done);
            }
            return false;
        }
        if (current < 0 || current >= order.size())
            return false;
        ApplyStep &st = steps[order[current]];
        const ActionPlan &p = (*plans)[order[current]];
        if (step == QLatin1String("applied")) {
            for (const RegChange &c : p.changes)
                st.log << translate("wd::EngineRepairs", "Done: %1").arg(c.description);
            for (const Text &x : p.steps)
                st.log << translate("wd::EngineRepairs", "Done: %1").arg(x);
            say(st.actionId, translate("wd::EngineRepairs", "%1: changes written.").arg(st.title), done);
        } else if (step == QLatin1String("verified")) {
            st.log << translate("wd::EngineRepairs", "Re-read the target: every change is in place.");
            say(st.actionId, st.log.last(), done);
        } else if (step == QLatin1String("recorded")) {
            st.ok = true;
            ++recorded;
            say(st.actionId, translate("wd::EngineRepairs", "%1: done.").arg(st.title), ++done);
        }
        return false;
    };
    Expected<RunOutcome> run = engine.run(*plans, opts);
    if (!run) {
        // The engine rolled back every change of this run (or says precisely what it could not roll back).
        m_lastErrorKind = run.error().kind;
        // Actions before the failing one were applied and are rolled back with it; later ones never started.
        const int failing = int(std::min<qsizetype>(recorded, order.size()));
        for (int k = 0; k <= failing && k < order.size(); ++k) {
            ApplyStep &st = steps[order[k]];
            st.ok = false;
            st.rolledBack = true;
            st.log << (k == failing ? translate("wd::EngineRepairs", "Failed: %1").arg(run.error().message)
                                    : translate("wd::EngineRepairs", "Rolled back together with the failed repair: the state before it was restored from its snapshot."));
        }
        for (int k = failing + 1; k < order.size(); ++k)
            steps[order[k]].log << translate("wd::EngineRepairs", "Not started: an earlier repair failed.");
        o.ok = false;
        o.steps = steps;
        o.error = run.error().kind == ErrorKind::RepairFailed
                      ? translate("wd::EngineRepairs", "A repair failed and every change of this run was rolled back: %1").arg(run.error().message).toString()
                      : run.error().message;
        say(QString(), o.error, done);
        return o;
    }
    o.ok = true;
    o.steps = steps;
    o.snapshotId = run->runDir;
    o.rebootRequired = run->rebootRequired;

    verifyAfterRepair(**s, o, [&](const QString &line) { say(QString(), line, done); });
    return o;
}

void EngineRepairService::verifyAfterRepair(TargetSession &s, ApplyOutcome &o, const std::function<void(const QString &)> &say)
{
    // Verification: scan the same target (the same demo copy) again.
    say(translate("wd::EngineRepairs", "Scanning again to verify the repairs..."));
    CancelToken none;
    Expected<ScanResult> after = s.scan(ScanOptions{}, none);
    if (!after) {
        o.verification << translate("wd::EngineRepairs", "The verification scan could not run: %1").arg(after.error().message);
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_verification = *after;
    }
    QStringList ran;
    for (const ApplyStep &st : std::as_const(o.steps))
        ran << st.actionId;
    o.remaining = describeRemaining(after->findings, ran, &o.remainingCritical);
    for (const ApplyStep &st : std::as_const(o.steps)) {
        QStringList remaining;
        for (const Finding &f : after->findings)
            if (f.severity >= Severity::Warning && f.repairs.contains(st.actionId) && !remaining.contains(f.id))
                remaining << f.id;
        o.verification << (remaining.isEmpty()
                               ? translate("wd::EngineRepairs", "Verified: %1 - a new scan no longer finds the problem.").arg(st.title)
                               : translate("wd::EngineRepairs", "%1 - a new scan still reports: %2 (a restart may be needed first).")
                                     .arg(st.title, remaining.join(QStringLiteral(", "))));
    }
}

ApplyOutcome EngineRepairService::notStarted(const QStringList &actionIds, ErrorKind kind, const QString &message,
                                            const QString &stepLine, const SayFn &say)
{
    ApplyOutcome o;
    m_lastErrorKind = kind;
    o.error = message;
    for (const QString &id : actionIds) {
        ApplyStep st;
        st.actionId = id;
        st.title = repairTitle(id);
        st.log << stepLine;
        o.steps.append(st);
    }
    say(QString(), message, 0);
    return o;
}

Expected<handoff::Result> EngineRepairService::runElevatedCopy(QStringList args, QJsonObject request, const QString &restoreFile)
{
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/winsock-doctor-elevated-XXXXXX"));
    if (!tmp.isValid())
        return Error(ErrorKind::Io, translate("wd::EngineRepairs", "A temporary folder for the elevated repair could not be created: %1")
                                        .arg(tmp.errorString()));
    if (!restoreFile.isEmpty() && !request.isEmpty()) {
        // The elevated copy reads a restore file only from its request's own folder; the same name keeps
        // the preview (which names the file) identical to the one the user confirmed.
        const QString dir = tmp.filePath(QStringLiteral("restore"));
        const QString copy = dir + QLatin1Char('/') + QFileInfo(restoreFile).fileName();
        if (!QDir().mkpath(dir) || !QFile::copy(restoreFile, copy))
            return Error(ErrorKind::Io, translate("wd::EngineRepairs", "The backup %1 could not be handed to the elevated repair.").arg(restoreFile),
                         restoreFile);
        request.insert(QStringLiteral("file"), QDir::toNativeSeparators(copy));
    }
    if (!request.isEmpty()) {
        const QString requestFile = tmp.filePath(QStringLiteral("request.json"));
        if (Expected<void> w = handoff::save(requestFile, request); !w)
            return w.error();
        args << QStringLiteral("--plan") << QDir::toNativeSeparators(requestFile);
    }
    const QString resultFile = tmp.filePath(QStringLiteral("result.json"));
    args << QStringLiteral("--result") << QDir::toNativeSeparators(resultFile) << languageArgs();
    ElevatedRunner runner;
    {
        QMutexLocker lock(&m_mutex);
        runner = m_runner;
    }
    Expected<int> rc = runner(args);
    if (!rc)
        return rc.error();
    return handoff::loadResult(resultFile, *rc);
}

ApplyOutcome EngineRepairService::applyElevated(const QStringList &actionIds, const QList<ActionPlan> &plans,
                                                const QList<Finding> &findings, TargetSession &s, const SayFn &say)
{
    ApplyOutcome o;
    handoff::RepairRequest req;
    req.target = handoffTarget(s);
    req.actions = actionIds;
    req.findings = findings;
    req.previewSha256 = handoff::previewDigest(plans);
    say(QString(), translate("wd::EngineRepairs", "Asking Windows for administrator rights to apply the repairs..."), 0);
    // The chosen backup goes along whenever a repair that can read it is confirmed: the reset previews from it
    // too (where netsh cannot run, or whenever one is chosen), and the elevated copy must re-plan the same.
    const bool readsBackup = actionIds.contains(QStringLiteral("winsock.restore-backup")) || actionIds.contains(QStringLiteral("winsock.reset"));
    Expected<handoff::Result> res = runElevatedCopy({QStringLiteral("repair"), QStringLiteral("--yes")}, req.toJson(),
                                                    readsBackup ? restoreFile() : QString());
    if (!res)
        return notStarted(actionIds, res.error().kind, res.error().message,
                          translate("wd::EngineRepairs", "Not started: nothing was changed."), say);
    int done = 0;
    for (const ActionPlan &p : plans) {
        ApplyStep st;
        st.actionId = p.actionId;
        st.title = p.title.isEmpty() ? repairTitle(p.actionId) : p.title.toString();
        if (p.nothingToDo()) {
            st.ok = res->ok;
            st.log << translate("wd::EngineRepairs", "Nothing to change: the target is already in the wanted state.");
        } else if (res->ok) {
            st.ok = true;
            st.log << translate("wd::EngineRepairs", "Snapshot saved and read back (SHA-256 verified).");
            for (const RegChange &c : p.changes)
                st.log << translate("wd::EngineRepairs", "Done: %1").arg(c.description);
            for (const Text &x : p.steps)
                st.log << translate("wd::EngineRepairs", "Done: %1").arg(x);
            st.log << translate("wd::EngineRepairs", "Re-read the target: every change is in place.");
        } else if (res->errorKind == QLatin1String("repair-failed")) {
            st.rolledBack = true;
            st.log << translate("wd::EngineRepairs", "Failed or rolled back: every change of this run was undone. %1").arg(res->error);
        } else {
            st.log << translate("wd::EngineRepairs", "Not started: nothing was changed.");
        }
        st.log << translate("wd::EngineRepairs", "Run by the elevated copy of Winsock Doctor (administrator rights).");
        o.steps.append(st);
        say(st.actionId, st.log.value(st.log.size() - 2), ++done);
    }
    if (!res->ok) {
        m_lastErrorKind = res->errorKind == QLatin1String("plan-changed") ? ErrorKind::RepairFailed
                                                                          : handoff::errorKindFromName(res->errorKind);
        o.ok = false;
        o.error = res->error.isEmpty()
                      ? translate("wd::EngineRepairs", "The elevated Winsock Doctor reported a failure (exit code %1).").arg(res->exitCode).toString()
                      : res->error;
        say(QString(), o.error, done);
        return o;
    }
    o.ok = true;
    o.snapshotId = res->runDir;
    o.rebootRequired = res->rebootRequired;
    verifyAfterRepair(s, o, [&](const QString &line) { say(QString(), line, done); });
    return o;
}

Expected<QStringList> EngineRepairService::undo(const QString &snapshotId, const RepairProgressFn &progress)
{
    Expected<std::shared_ptr<TargetSession>> s = session();
    if (!s)
        return s.error();
    Expected<std::unique_ptr<SystemWriter>> w = (*s)->openWriter();
    if (!w)
        return w.error();
    const bool elevatedCopy = needsElevatedCopy(**w);
    if (elevatedCopy && !canElevate())
        return Error(ErrorKind::NeedsElevation,
                     translate("wd::EngineRepairs", "Undoing a repair changes system settings and needs administrator rights. Run Winsock "
                                                    "Doctor \"as administrator\" and try again. Nothing was changed."));
    // Only snapshots of this target's snapshot folder.
    const QString root = QFileInfo((*w)->snapshotRoot()).canonicalFilePath();
    const QString dir = QFileInfo(snapshotId).canonicalFilePath();
    if (root.isEmpty() || dir.isEmpty() || !dir.startsWith(root + QLatin1Char('/')))
        return Error(ErrorKind::NotFound, translate("wd::EngineRepairs", "There is no snapshot \"%1\" for this target.").arg(snapshotId), snapshotId);
    Expected<QStringList> how = QStringList();
    if (elevatedCopy) {
        if (progress)
            progress(QString(), translate("wd::EngineRepairs", "Asking Windows for administrator rights to undo the repair..."), 0, 1);
        Expected<handoff::Result> res = runElevatedCopy(
            {QStringLiteral("undo"), QDir::toNativeSeparators(dir), QStringLiteral("--target"), handoffTarget(**s), QStringLiteral("--yes")});
        if (!res)
            return res.error();
        if (!res->ok)
            return Error(handoff::errorKindFromName(res->errorKind),
                         res->error.isEmpty() ? translate("wd::EngineRepairs", "The elevated Winsock Doctor reported a failure (exit code %1).")
                                                    .arg(res->exitCode).toString()
                                              : res->error);
        how = res->log;
    } else {
        RepairEngine engine(**w);
        how = engine.undo(dir);
        if (!how)
            return how.error();
    }
    QStringList log;
    int n = 0;
    for (const QString &h : *how) {
        log << translate("wd::EngineRepairs", "Restored: %1").arg(h);
        if (progress)
            progress(QString(), log.last(), ++n, int(how->size()));
    }
    return log;
}

void EngineRepairService::setRestoreFile(const QString &path)
{
    QMutexLocker lock(&m_mutex);
    m_restoreFile = path;
}

QString EngineRepairService::restoreFile() const
{
    QMutexLocker lock(&m_mutex);
    return m_restoreFile;
}

QList<wd::SnapshotInfo> EngineRepairService::snapshotRuns()
{
    Expected<std::shared_ptr<TargetSession>> s = session();
    if (!s)
        return {};
    Expected<std::unique_ptr<SystemWriter>> w = (*s)->openWriter();
    if (!w)
        return {};
    return wd::snapshot::list((*w)->snapshotRoot());
}

QList<SnapshotInfo> EngineRepairService::listSnapshots()
{
    QList<SnapshotInfo> out;
    for (const wd::SnapshotInfo &i : snapshotRuns()) {
        if (i.state != QLatin1String("applied"))
            continue; // only what can still be undone
        SnapshotInfo si;
        si.id = i.dir;
        si.created = QDateTime::fromString(i.created, Qt::ISODateWithMs);
        si.actions = i.actions;
        out.prepend(si); // newest first
    }
    return out;
}

QList<BackupInfo> EngineRepairService::listBackups()
{
    QList<BackupInfo> out;
    for (const wd::SnapshotInfo &run : snapshotRuns()) {
        // The state before a repair that was applied (undone or not); a rolled-back run changed nothing.
        if (run.state != QLatin1String("applied") && run.state != QLatin1String("undone"))
            continue;
        const QString file = winsockBackupOf(run.dir);
        if (file.isEmpty())
            continue;
        BackupInfo b;
        b.file = file;
        b.snapshot = run.dir;
        b.created = QDateTime::fromString(run.created, Qt::ISODateWithMs);
        b.actions = run.actions;
        out.prepend(b); // newest first
    }
    return out;
}

std::optional<ScanResult> EngineRepairService::lastVerificationScan() const
{
    QMutexLocker lock(&m_mutex);
    return m_verification;
}

} // namespace ui
} // namespace wd
