#include "checks/partial_volume.h"
#include "checks/check_util.h"
#include "checks/checks.h"
#include <QJsonArray>

namespace wd {
namespace partial {
namespace {

const QString kSection = QStringLiteral("partial_volume");
const QString kFindingId = QStringLiteral("scan.partial-volume");
constexpr int kMaxListed = 200; // paths kept as evidence; the count goes on

Finding *partialFinding(ScanResult &r)
{
    for (Finding &f : r.findings)
        if (f.id == kFindingId)
            return &f;
    return nullptr;
}

void describe(Finding &f, const QJsonArray &absent, int notChecked)
{
    QStringList lines;
    for (const QJsonValue &a : absent) {
        const QJsonObject o = a.toObject();
        lines << QStringLiteral("%1 (%2)").arg(o.value(QStringLiteral("folder")).toString(), o.value(QStringLiteral("covers")).toString());
    }
    f.title = translate("wd::PartialVolume", "Partial Windows volume: %n folder(s) are missing, so the files in them were not checked",
                        nullptr, int(absent.size()));
    f.detail = translate("wd::PartialVolume",
                         "This copy of Windows holds the registry but not these folders: %1. What lies in them could not be "
                         "checked: %n file(s) that the registry names there are not reported as missing, because the copy simply "
                         "does not include them. The registry checks (Winsock catalogs, network settings, devices, Driver "
                         "Verifier) are complete. To check the files as well, scan the whole Windows volume.",
                         nullptr, notChecked)
                   .arg(lines.join(QStringLiteral("; ")));
}

bool record(ScanContext &ctx, const QString &path)
{
    QJsonObject s = ctx.result.extra.value(kSection).toObject();
    QJsonArray list = s.value(QStringLiteral("not_checked")).toArray();
    const int count = s.value(QStringLiteral("not_checked_count")).toInt();
    bool known = false;
    for (const QJsonValue &v : list)
        known = known || v.toString().compare(path, Qt::CaseInsensitive) == 0;
    if (!known) {
        if (list.size() < kMaxListed)
            list.append(path);
        s.insert(QStringLiteral("not_checked"), list);
        s.insert(QStringLiteral("not_checked_count"), count + 1);
        ctx.result.extra.insert(kSection, s);
        if (Finding *f = partialFinding(ctx.result)) {
            f->evidence.insert(QStringLiteral("not_checked"), list);
            f->evidence.insert(QStringLiteral("not_checked_count"), count + 1);
            describe(*f, s.value(QStringLiteral("absent")).toArray(), count + 1);
        }
    }
    return true;
}

} // namespace

bool notCheckable(ScanContext &ctx, const QString &windowsPath)
{
    const QJsonArray absent = ctx.result.extra.value(kSection).toObject().value(QStringLiteral("absent")).toArray();
    if (absent.isEmpty() || windowsPath.isEmpty())
        return false;
    const QString p = ctx.system.expandPath(windowsPath);
    for (const QJsonValue &a : absent)
        if (p.startsWith(a.toObject().value(QStringLiteral("folder")).toString() + QLatin1Char('\\'), Qt::CaseInsensitive))
            return record(ctx, p);
    return false;
}

bool volumeLacksCatalogs(const ScanContext &ctx)
{
    return ctx.result.extra.value(kSection).toObject().value(QStringLiteral("catalogs_absent")).toBool();
}

bool catalogsAbsent(ScanContext &ctx, const QString &windowsPath)
{
    if (!volumeLacksCatalogs(ctx))
        return false;
    return record(ctx, ctx.system.expandPath(windowsPath));
}

} // namespace partial

namespace {

class PartialVolumeCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("partial-volume"); }
    Text title() const override { return translate("wd::PartialVolume", "Completeness of the volume"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        const QString kind = sys.info().kind;
        if (kind != QLatin1String("offline") && kind != QLatin1String("demo"))
            return {}; // a running Windows or a saved report: nothing is missing as a whole
        QJsonArray absent;
        auto add = [&](const QString &folder, const QString &covers) {
            absent.append(QJsonObject{{QStringLiteral("folder"), folder}, {QStringLiteral("covers"), covers}});
        };
        // Whether a folder is there, and what System32 holds, from its first entries: a folder flooded
        // with a million files is not listed whole.
        auto missing = [&](const QString &folder) { return !sys.listDirBounded(folder, {QStringLiteral("*")}, 1, 1).ok(); };
        const QString s32 = sys.system32();
        bool catalogs = false;
        Expected<DirListing> top = sys.listDirBounded(s32, {QStringLiteral("*")}, 3, 3);
        bool onlyConfig = top.ok();
        for (const QString &e : top ? top->names : QStringList())
            onlyConfig = onlyConfig && e.compare(QLatin1String("config"), Qt::CaseInsensitive) == 0;
        if (!top || onlyConfig) {
            add(s32, top ? translate("wd::PartialVolume", "only its config folder with the registry is there; Windows network files, "
                                                          "Winsock and name-resolution provider DLLs, network drivers and their signatures")
                         : translate("wd::PartialVolume", "Windows network files, Winsock and name-resolution provider DLLs, network "
                                                          "drivers and their signatures"));
            catalogs = true;
        } else {
            if (missing(s32 + QStringLiteral("\\drivers")))
                add(s32 + QStringLiteral("\\drivers"), translate("wd::PartialVolume", "network driver files of adapters and filters"));
            if (missing(s32 + QStringLiteral("\\CatRoot"))) {
                add(s32 + QStringLiteral("\\CatRoot"), translate("wd::PartialVolume", "the security catalogs that sign most Windows files, so "
                                                                                    "files without an embedded signature cannot be verified"));
                catalogs = true;
            }
        }
        if (sys.is64Bit() && missing(sys.sysWow64()))
            add(sys.sysWow64(), translate("wd::PartialVolume", "32-bit network files and providers"));
        const QString drive = sys.systemRoot().left(2);
        const QString pf = drive + QStringLiteral("\\Program Files");
        if (missing(pf)) {
            add(pf, translate("wd::PartialVolume", "providers and filters that programs installed there"));
            // Only together with Program Files: many volumes (and 32-bit Windows) have no (x86) folder.
            if (sys.is64Bit() && missing(pf + QStringLiteral(" (x86)")))
                add(pf + QStringLiteral(" (x86)"), translate("wd::PartialVolume", "providers and filters of 32-bit programs"));
        }
        if (absent.isEmpty())
            return {};
        ctx.result.extra.insert(partial::kSection, QJsonObject{{QStringLiteral("absent"), absent},
                                                                {QStringLiteral("catalogs_absent"), catalogs},
                                                                {QStringLiteral("not_checked"), QJsonArray()},
                                                                {QStringLiteral("not_checked_count"), 0}});
        Finding f = checkutil::finding(partial::kFindingId, id(), Severity::Info, QString(), QString(),
                                       QJsonObject{{QStringLiteral("absent"), absent}, {QStringLiteral("not_checked"), QJsonArray()},
                                                   {QStringLiteral("not_checked_count"), 0}});
        partial::describe(f, absent, 0);
        ctx.result.add(f);
        return {};
    }
};

} // namespace

std::unique_ptr<Check> makePartialVolumeCheck()
{
    return std::make_unique<PartialVolumeCheck>();
}

} // namespace wd
