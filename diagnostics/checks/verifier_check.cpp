// Driver Verifier left switched on: Session Manager\Memory Management VerifyDrivers (which drivers)
// and VerifyDriverLevel (which checks, decoded bit by bit). Runs after the crash-dump check so that it
// can say when the dumps found are the verifier's own 0xC4 stops.
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/driver_verifier.h"
#include <QJsonArray>
#include <QRegularExpression>

namespace wd {

namespace verifier {

QString settingsKey()
{
    return QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Memory Management");
}

namespace {

struct KnownFlag {
    quint32 mask;
    const char *name;
};

// The bits of "verifier /flags" as Microsoft names them: bits 0-11 from the Verifier command-line
// reference (Windows Server 2012 / Windows 8), the higher bits as "verifier /querysettings" lists them
// on Windows 10. Bit 6 was "enhanced I/O verification" on Windows XP and is documented as unused since.
// Bits no public source names (0x1000, 0x400000, 0x04000000 and above) are shown raw.
const KnownFlag kFlags[] = {
    {0x00000001, QT_TRANSLATE_NOOP("wd::DriverVerifier", "special pool")},
    {0x00000002, QT_TRANSLATE_NOOP("wd::DriverVerifier", "force IRQL checking")},
    {0x00000004, QT_TRANSLATE_NOOP("wd::DriverVerifier", "randomized low resources simulation")},
    {0x00000008, QT_TRANSLATE_NOOP("wd::DriverVerifier", "pool tracking")},
    {0x00000010, QT_TRANSLATE_NOOP("wd::DriverVerifier", "I/O verification")},
    {0x00000020, QT_TRANSLATE_NOOP("wd::DriverVerifier", "deadlock detection")},
    {0x00000040, QT_TRANSLATE_NOOP("wd::DriverVerifier", "enhanced I/O verification (Windows XP; unused since)")},
    {0x00000080, QT_TRANSLATE_NOOP("wd::DriverVerifier", "DMA checking")},
    {0x00000100, QT_TRANSLATE_NOOP("wd::DriverVerifier", "security checks")},
    {0x00000200, QT_TRANSLATE_NOOP("wd::DriverVerifier", "force pending I/O requests")},
    {0x00000400, QT_TRANSLATE_NOOP("wd::DriverVerifier", "IRP logging")},
    {0x00000800, QT_TRANSLATE_NOOP("wd::DriverVerifier", "miscellaneous checks")},
    {0x00002000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "invariant MDL checking for stack")},
    {0x00004000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "invariant MDL checking for driver")},
    {0x00008000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "power framework delay fuzzing")},
    {0x00010000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "port/miniport interface checking")},
    {0x00020000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "DDI compliance checking")},
    {0x00040000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "systematic low resources simulation")},
    {0x00080000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "DDI compliance checking (additional)")},
    {0x00100000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "extended verifier flags (internal)")},
    {0x00200000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "NDIS/WIFI verification")},
    {0x00800000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "kernel synchronization delay fuzzing")},
    {0x01000000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "VM switch verification")},
    {0x02000000, QT_TRANSLATE_NOOP("wd::DriverVerifier", "code integrity checks")},
};

} // namespace

QList<Flag> decodeLevel(quint32 level, quint32 *unknown)
{
    QList<Flag> out;
    quint32 known = 0;
    for (const KnownFlag &f : kFlags) {
        known |= f.mask;
        if (level & f.mask)
            out.append({f.mask, translate("wd::DriverVerifier", f.name)});
    }
    if (unknown)
        *unknown = level & ~known;
    return out;
}

quint32 standardFlags(std::optional<int> build)
{
    // verifier.exe's help: "/standard ... is equivalent to '/flags 0x209BB'"; DDI compliance checking
    // (0x20000) exists from Windows 8 on.
    return build && *build >= 9200 ? 0x209BBu : 0x9BBu;
}

QStringList parseDriverList(const QString &value)
{
    QStringList out;
    for (const QString &p : value.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out.append(t);
    }
    return out;
}

bool isValidDriverName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_\\-.]{1,60}\\.sys$"), QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch() && !name.startsWith(QLatin1Char('.'));
}

} // namespace verifier

namespace {

using checkutil::finding;

// Crash-dump findings of the same scan whose stop code is 0xC4 (DRIVER_VERIFIER_DETECTED_VIOLATION).
QStringList verifierStops(const ScanResult &r)
{
    QStringList out;
    for (const Finding &f : r.findings) {
        bool ok = false;
        const QString code = f.evidence.value(QStringLiteral("bugcheck")).toString();
        if (f.check == QLatin1String("dumps") && code.toUInt(&ok, 16) == 0xC4u && ok)
            out << f.evidence.value(QStringLiteral("path")).toString();
    }
    return out;
}

class DriverVerifierCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("driver-verifier"); }
    Text title() const override { return translate("wd::DriverVerifier", "Driver Verifier"); }

    Expected<void> run(ScanContext &ctx) override
    {
        const QString key = verifier::settingsKey();
        QJsonObject section{{QStringLiteral("key"), key}};
        Expected<QList<RegValue>> vals = ctx.system.values(key);
        if (!vals) {
            if (vals.error().kind != ErrorKind::NotFound)
                return vals.error();
            section.insert(QStringLiteral("present"), false);
            ctx.result.extra.insert(QStringLiteral("driver_verifier"), section);
            return {};
        }
        section.insert(QStringLiteral("present"), true);
        const RegValue *drv = checkutil::find(*vals, QLatin1String(verifier::kDriversValue));
        const QString raw = drv ? (drv->type == RegMultiSz ? drv->toStringList().join(QLatin1Char(' ')) : drv->toString()) : QString();
        const QStringList drivers = verifier::parseDriverList(raw);
        const std::optional<quint32> level = checkutil::dword(*vals, QLatin1String(verifier::kLevelValue));
        quint32 unknown = 0;
        const QList<verifier::Flag> flags = level ? verifier::decodeLevel(*level, &unknown) : QList<verifier::Flag>();
        QJsonArray flagJson;
        QList<Text> flagNames;
        for (const verifier::Flag &f : flags) {
            flagJson.append(QJsonObject{{QStringLiteral("mask"), checkutil::hex(f.mask)}, {QStringLiteral("name"), f.name}});
            flagNames << f.name;
        }
        if (unknown)
            flagNames << translate("wd::DriverVerifier", "undocumented bits %1").arg(checkutil::hex(unknown));
        QJsonObject ev{{QStringLiteral("key"), key},
                       {QStringLiteral("verify_drivers"), drv ? QJsonValue(raw) : QJsonValue()},
                       {QStringLiteral("drivers"), QJsonArray::fromStringList(drivers)},
                       {QStringLiteral("all_drivers"), drivers.contains(QStringLiteral("*"))},
                       {QStringLiteral("verify_driver_level"), level ? QJsonValue(checkutil::hex(*level)) : QJsonValue()},
                       {QStringLiteral("flags"), flagJson}};
        if (unknown)
            ev.insert(QStringLiteral("unknown_bits"), checkutil::hex(unknown));
        const QStringList stops = verifierStops(ctx.result);
        if (!stops.isEmpty())
            ev.insert(QStringLiteral("verifier_stops"), QJsonArray::fromStringList(stops));
        for (auto it = ev.constBegin(); it != ev.constEnd(); ++it)
            section.insert(it.key(), it.value());
        ctx.result.extra.insert(QStringLiteral("driver_verifier"), section);

        const Text checks = flagNames.isEmpty() ? translate("wd::DriverVerifier", "VerifyDriverLevel not set")
                                                : Text::join(flagNames, QStringLiteral(", "));
        if (!drivers.isEmpty()) {
            const Text which = drivers.contains(QStringLiteral("*")) ? translate("wd::DriverVerifier", "all drivers")
                                                                      : Text(drivers.join(QStringLiteral(", ")));
            Finding f = finding(QStringLiteral("drivers.verifier.enabled"), id(), Severity::Warning, QString(), QString(), ev,
                                {QStringLiteral("verifier.reset")});
            f.title = translate("wd::DriverVerifier", "Driver Verifier is switched on for %1").arg(which);
            if (stops.isEmpty())
                f.detail = translate("wd::DriverVerifier",
                                     "Driver Verifier checks these drivers strictly at every start of Windows (%1). As soon as "
                                     "one of them breaks a rule, Windows stops with a blue screen, stop code 0xC4 "
                                     "DRIVER_VERIFIER_DETECTED_VIOLATION, where it would otherwise run on. It is a tool for "
                                     "finding a faulty driver and is meant to be switched off again afterwards; left on, it "
                                     "turns small driver bugs into crashes and slows Windows down. If your blue screens show "
                                     "0xC4, this setting is why. The repair switches it off (removes VerifyDrivers and "
                                     "VerifyDriverLevel; restart needed; a snapshot allows undo).")
                               .arg(checks);
            else
                f.detail = translate("wd::DriverVerifier",
                                     "Driver Verifier checks these drivers strictly at every start of Windows (%1), and %n "
                                     "crash dump(s) on this system show its stop code 0xC4 DRIVER_VERIFIER_DETECTED_VIOLATION: "
                                     "those blue screens come from the verifier catching a driver bug. The dump names the "
                                     "driver to update or remove. Driver Verifier is meant for diagnosis; once the driver is "
                                     "known, switch it off. The repair removes VerifyDrivers and VerifyDriverLevel (restart "
                                     "needed; a snapshot allows undo).", nullptr, int(stops.size()))
                               .arg(checks);
            ctx.result.add(f);
        } else if (level && *level != 0) {
            Finding f = finding(QStringLiteral("drivers.verifier.leftover"), id(), Severity::Info, QString(), QString(), ev,
                                {QStringLiteral("verifier.reset")});
            f.title = translate("wd::DriverVerifier", "Driver Verifier options are set but no driver is selected (%1)").arg(checkutil::hex(*level));
            f.detail = translate("wd::DriverVerifier",
                                 "VerifyDriverLevel is set (%1) but VerifyDrivers names no driver, so nothing is verified. "
                                 "It is a leftover of an earlier verifier session; the repair removes it.")
                           .arg(checks);
            ctx.result.add(f);
        }
        return {};
    }
};

} // namespace

std::unique_ptr<Check> makeDriverVerifierCheck()
{
    return std::make_unique<DriverVerifierCheck>();
}

} // namespace wd
