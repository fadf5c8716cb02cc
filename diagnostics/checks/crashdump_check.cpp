// Crash dumps (check id "dumps"): Windows\Minidump\*.dmp and Windows\MEMORY.DMP of the target,
// bug check, suspect driver and a plain-language explanation; links the suspect to the network
// filters and drivers found by the `devices` check.
#include "checks/checks.h"
#include "checks/crashdump.h"
#include "formats/bugcheck_kb.h"
#include "platform/system_view.h"
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>
#include <climits>
#include <vector>

namespace wd {

namespace {

QString hex(quint64 v, int width)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(v, width, 16, QLatin1Char('0')).toUpper();
}

QString fileBaseName(const QString &path)
{
    const qsizetype i = std::max(path.lastIndexOf(QLatin1Char('\\')), path.lastIndexOf(QLatin1Char('/')));
    return (i >= 0 ? path.mid(i + 1) : path).toLower();
}

// The entry of ScanResult::devices whose driver file is NAME (kind filter/class_filter/adapter), or {}.
QJsonObject deviceForDriver(const QJsonArray &devices, const QString &name)
{
    for (const QJsonValue &v : devices) {
        const QJsonObject o = v.toObject();
        const QString file = o.value(QStringLiteral("service")).toObject().value(QStringLiteral("file")).toString();
        if (!file.isEmpty() && fileBaseName(file) == name.toLower())
            return o;
    }
    return {};
}

// Bounds of the Minidump folder: entries looked at, dump names kept, dumps read (newest first).
constexpr qint64 kMaxDumpEntries = 200000;
constexpr qint64 kMaxDumpNames = 20000;
constexpr qsizetype kMaxDumpsRead = 50;

struct DatedName {
    QDateTime time;
    QString name;
};

bool newerThan(const DatedName &a, const DatedName &b)
{
    return a.time > b.time;
}

// NAMES (files in DIR) ordered newest first by modification time; equal times keep the names' order.
QStringList newestFirst(const SystemView &sys, const QString &dir, const QStringList &names)
{
    std::vector<DatedName> dated;
    dated.reserve(size_t(names.size()));
    for (const QString &n : names) {
        Expected<QString> host = sys.hostPath(dir + QLatin1Char('\\') + n);
        dated.push_back(DatedName{host ? QFileInfo(*host).lastModified() : QDateTime(), n});
    }
    std::stable_sort(dated.begin(), dated.end(), newerThan);
    QStringList out;
    out.reserve(names.size());
    for (const DatedName &d : dated)
        out << d.name;
    return out;
}

class CrashDumpCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("dumps"); }
    Text title() const override { return translate("wd::CrashDumpCheck", "Blue-screen crash dumps"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        QStringList paths;
        const QString miniDir = sys.systemRoot() + QStringLiteral("\\Minidump");
        // A folder flooded with dumps (a crash loop for months, or planted files) is listed with bounded
        // memory, and only the newest kMaxDumpsRead dumps are read: a blue-screen loop repeats itself, and
        // what the newest dumps say is what to act on.
        Expected<DirListing> listing = sys.listDirBounded(miniDir, {QStringLiteral("*.dmp")}, kMaxDumpNames, kMaxDumpEntries);
        if (listing) {
            QStringList names = listing->names;
            const qint64 found = names.size();
            if (names.size() > kMaxDumpsRead) {
                names = newestFirst(sys, miniDir, names).mid(0, kMaxDumpsRead);
            }
            names.sort(Qt::CaseInsensitive);
            for (const QString &n : std::as_const(names))
                paths << miniDir + QLatin1Char('\\') + n;
            const qint64 read = found < kMaxDumpsRead ? found : kMaxDumpsRead;
            const int shownFound = found > INT_MAX ? INT_MAX : int(found);
            if (found > kMaxDumpsRead || !listing->complete) {
                Finding f;
                f.id = QStringLiteral("dumps.too-many");
                f.check = id();
                f.severity = Severity::Info;
                f.title = listing->complete
                              ? translate("wd::CrashDumpCheck", "%n crash dumps in %1; the newest %2 were read", nullptr, shownFound)
                                    .arg(miniDir)
                                    .arg(kMaxDumpsRead)
                              : translate("wd::CrashDumpCheck", "More than %1 files in %2; the newest %3 crash dumps were read")
                                    .arg(listing->entries)
                                    .arg(miniDir)
                                    .arg(read);
                f.detail = translate("wd::CrashDumpCheck",
                                     "Windows writes one small dump per blue screen. So many of them mean the computer has "
                                     "crashed again and again for a long time (or a program filled the folder). Only the "
                                     "newest dumps are read, because they tell what is crashing the computer now. Once the "
                                     "cause is repaired, the old dumps can be deleted.");
                f.evidence.insert(QStringLiteral("folder"), miniDir);
                f.evidence.insert(QStringLiteral("dumps_found"), found);
                f.evidence.insert(QStringLiteral("listing_complete"), listing->complete);
                f.evidence.insert(QStringLiteral("dumps_read"), read);
                ctx.result.add(f);
            }
        }
        const QString memory = sys.systemRoot() + QStringLiteral("\\MEMORY.DMP");
        if (sys.fileExists(memory))
            paths << memory;
        qint64 done = 0;
        for (const QString &path : paths) {
            if (ctx.cancel.isCancelled())
                return Error(ErrorKind::Cancelled, translate("wd::CrashDumpCheck", "Cancelled."));
            ctx.report(id(), done++, paths.size(), path);
            Expected<QString> host = sys.hostPath(path);
            Expected<DumpInfo> d = host ? readDumpFile(*host, path) : Expected<DumpInfo>(host.error());
            if (!d) {
                ctx.result.dumps.append(dumpErrorToJson(d.error(), path));
                Finding f;
                f.id = QStringLiteral("dumps.unreadable");
                f.check = id();
                f.severity = Severity::Info;
                f.title = translate("wd::CrashDumpCheck", "A crash dump cannot be read: %1").arg(path);
                f.detail = d.error().message + QLatin1Char(' ') +
                           translate("wd::CrashDumpCheck", "A damaged dump usually means the computer lost power or restarted "
                                     "before Windows finished writing it. It cannot tell which driver crashed.");
                f.evidence.insert(QStringLiteral("path"), path);
                ctx.result.add(f);
                continue;
            }
            ctx.result.dumps.append(dumpToJson(*d, path));
            addFinding(ctx, *d, path);
        }
        return {};
    }

private:
    void addFinding(ScanContext &ctx, const DumpInfo &d, const QString &path)
    {
        if (!d.isKernel()) {
            Finding f;
            f.id = QStringLiteral("dumps.user-mode");
            f.check = id();
            f.severity = Severity::Info;
            f.title = translate("wd::CrashDumpCheck", "%1 is an application crash dump, not a blue screen").arg(path);
            f.detail = translate("wd::CrashDumpCheck", "This file records a crash of one program (exception %1 in %2), not of "
                                 "Windows itself.").arg(hex(d.exceptionCode, 8), d.exceptionModule.isEmpty() ? QStringLiteral("?") : d.exceptionModule);
            f.evidence.insert(QStringLiteral("path"), path);
            ctx.result.add(f);
            return;
        }
        if (!d.hasBugcheck)
            return;
        const QString code = bugcheckCodeString(d.bugcheck);
        const QString name = bugcheckName(d.bugcheck);
        Finding f;
        f.check = id();
        f.evidence.insert(QStringLiteral("path"), path);
        f.evidence.insert(QStringLiteral("bugcheck"), code);
        f.evidence.insert(QStringLiteral("name"), name);
        f.evidence.insert(QStringLiteral("suspect"), d.suspect);
        if (d.time.isValid())
            f.evidence.insert(QStringLiteral("time"), d.time.toString(Qt::ISODate));
        Text detail = bugcheckExplanation(d.bugcheck);
        const QJsonObject dev = d.suspect.isEmpty() ? QJsonObject() : deviceForDriver(ctx.result.devices, d.suspect);
        if (d.bugcheck == 0xE2 || d.bugcheck == 0xDEADDEAD) {
            f.id = QStringLiteral("dumps.bugcheck.manual");
            f.severity = Severity::Info;
        } else if (bugcheckIsNetworkRelated(d.bugcheck) || !dev.isEmpty()) {
            f.id = QStringLiteral("dumps.bugcheck.network");
            f.severity = Severity::Error;
        } else {
            f.id = QStringLiteral("dumps.bugcheck.other");
            f.severity = Severity::Warning;
        }
        if (d.suspect.isEmpty())
            f.title = translate("wd::CrashDumpCheck", "Blue screen %1 (%2)").arg(code, name);
        else
            f.title = translate("wd::CrashDumpCheck", "Blue screen %1 (%2), probably caused by %3").arg(code, name, d.suspect);
        if (!dev.isEmpty()) {
            const QString kind = dev.value(QStringLiteral("kind")).toString();
            const QString what = dev.value(QStringLiteral("description")).toString();
            f.evidence.insert(QStringLiteral("suspect_device"), dev.value(QStringLiteral("id")).toString());
            const QString service = dev.value(QStringLiteral("service")).toObject().value(QStringLiteral("name")).toString();
            if ((kind == QLatin1String("filter") || kind == QLatin1String("class_filter")) && !service.isEmpty())
                f.evidence.insert(QStringLiteral("service"), service); // what driver.rollback disables offline
            if (kind == QLatin1String("filter") || kind == QLatin1String("class_filter"))
                detail += QLatin1Char(' ') + translate("wd::CrashDumpCheck", "%1 belongs to the network filter \"%2\" found on this "
                                                       "computer. Rolling back or disabling that filter driver is the first thing "
                                                       "to try.").arg(d.suspect, what);
            else
                detail += QLatin1Char(' ') + translate("wd::CrashDumpCheck", "%1 belongs to the device \"%2\" on this computer; "
                                                       "rolling back its driver is the first thing to try.").arg(d.suspect, what);
            if (!isMicrosoftModule(d.suspect))
                f.repairs << QStringLiteral("driver.rollback");
        }
        f.detail = detail;
        ctx.result.add(f);
    }
};

} // namespace

QJsonObject dumpToJson(const DumpInfo &d, const QString &path)
{
    QJsonObject o;
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("kind"), d.kindString());
    o.insert(QStringLiteral("format"), d.format);
    o.insert(QStringLiteral("arch"), d.archString());
    o.insert(QStringLiteral("os_build"), qint64(d.build));
    const int width = d.format == QLatin1String("PAGEDUMP") ? 8 : 16;
    QJsonArray params;
    if (d.isKernel())
        for (quint64 p : d.params)
            params.append(hex(p, width));
    if (d.hasBugcheck) {
        o.insert(QStringLiteral("bugcheck"), bugcheckCodeString(d.bugcheck));
        o.insert(QStringLiteral("name"), bugcheckName(d.bugcheck));
        o.insert(QStringLiteral("explanation"), bugcheckExplanation(d.bugcheck).toSourceString());
    } else {
        o.insert(QStringLiteral("bugcheck"), QJsonValue::Null);
        o.insert(QStringLiteral("name"), QString());
        o.insert(QStringLiteral("explanation"),
                 (d.isKernel() ? translate("wd::CrashDumpCheck", "This kernel dump records no bug check: it was taken on purpose "
                                           "(for example by a debugger or a live-dump tool), not by a crash.")
                               : translate("wd::CrashDumpCheck", "This is an application (user-mode) crash dump, not a kernel dump: "
                                           "it shows that one program crashed, not that Windows stopped with a blue screen."))
                     .toString());
    }
    o.insert(QStringLiteral("params"), params);
    o.insert(QStringLiteral("suspect"), d.suspect);
    o.insert(QStringLiteral("suspect_reason"), d.suspectReason);
    o.insert(QStringLiteral("time"), d.time.isValid() ? d.time.toString(Qt::ISODate) : QString());
    o.insert(QStringLiteral("modules"), qint64(d.modules.size()));
    if (d.exceptionCode != 0) {
        QJsonObject e{{QStringLiteral("code"), hex(d.exceptionCode, 8)},
                      {QStringLiteral("address"), hex(d.exceptionAddress, width)}};
        if (!d.exceptionModule.isEmpty())
            e.insert(QStringLiteral("module"), d.exceptionModule);
        o.insert(QStringLiteral("exception"), e);
    }
    if (!d.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings));
    return o;
}

QJsonObject dumpErrorToJson(const Error &e, const QString &path)
{
    return QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("kind"), QStringLiteral("unreadable")},
                       {QStringLiteral("error"), e.message}};
}

std::unique_ptr<Check> makeCrashDumpCheck()
{
    return std::make_unique<CrashDumpCheck>();
}

} // namespace wd
