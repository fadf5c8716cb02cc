#include "formats/bugcheck_kb.h"
#include "core/error.h"
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wd {

namespace {

struct Explained {
    quint32 code;
    const char *name;
    const char *text;
};

// Plain-language explanations (translated at use). The names are repeated here so that the
// explained codes still have a name if the embedded JSON is missing.
const Explained kExplained[] = {
    {0x0A, "IRQL_NOT_LESS_OR_EQUAL",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver touched memory it was not allowed to use while Windows was handling hardware "
                       "events. Network, VPN, firewall and antivirus filter drivers are the usual cause. Next step: update or "
                       "remove the driver named as the suspect; if none is named, remove recently installed network software.")},
    {0xD1, "DRIVER_IRQL_NOT_LESS_OR_EQUAL",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver used an invalid memory address at a moment when Windows could not wait. When the "
                       "crash points at ndis.sys, tcpip.sys or netio.sys, the real culprit is usually a third-party network "
                       "filter (VPN, firewall, antivirus, virtual network card) sitting in the network stack. Next step: roll "
                       "back, update or uninstall the suspect driver or the program that installed it.")},
    {0x1E, "KMODE_EXCEPTION_NOT_HANDLED",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A kernel-mode program (driver) made an error that nothing caught. If the suspect is a "
                       "network or security driver, roll it back or update it; otherwise check for faulty memory and update "
                       "drivers.")},
    {0x1000001E, "KMODE_EXCEPTION_NOT_HANDLED_M",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A kernel-mode program (driver) made an error that nothing caught. If the suspect is a "
                       "network or security driver, roll it back or update it; otherwise check for faulty memory and update "
                       "drivers.")},
    {0x3B, "SYSTEM_SERVICE_EXCEPTION",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "An error happened while Windows was carrying out a request from a program. Security "
                       "suites and network filter drivers that hook these requests are frequent causes. Next step: update or "
                       "remove the suspect driver; run the memory diagnostic if crashes continue.")},
    {0x50, "PAGE_FAULT_IN_NONPAGED_AREA",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "Windows tried to read memory that does not exist. A buggy driver (often a network or "
                       "antivirus filter) or faulty RAM is the usual cause. Next step: roll back the suspect driver; if the "
                       "suspect is a Windows file, test the memory.")},
    {0x7E, "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A system worker thread, usually running driver code, failed. The suspect driver is the most "
                       "likely cause. Next step: roll back or update that driver.")},
    {0x1000007E, "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED_M",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A system worker thread, usually running driver code, failed. The suspect driver is the most "
                       "likely cause. Next step: roll back or update that driver.")},
    {0x7F, "UNEXPECTED_KERNEL_MODE_TRAP",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "The processor hit a condition the kernel could not handle, often a stack overflow caused by "
                       "too many stacked filter drivers, or failing hardware. Next step: remove duplicate security or VPN "
                       "software, then test memory and cooling.")},
    {0x8E, "KERNEL_MODE_EXCEPTION_NOT_HANDLED",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "Kernel code made an error nothing caught. Faulty drivers and faulty memory are the usual "
                       "causes. Next step: roll back the suspect driver; test memory if the suspect is Windows itself.")},
    {0x1000008E, "KERNEL_MODE_EXCEPTION_NOT_HANDLED_M",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "Kernel code made an error nothing caught. Faulty drivers and faulty memory are the usual "
                       "causes. Next step: roll back the suspect driver; test memory if the suspect is Windows itself.")},
    {0xC2, "BAD_POOL_CALLER",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver handed back memory incorrectly (for example twice). Network and antivirus filter "
                       "drivers are common culprits. Next step: update or remove the suspect driver.")},
    {0x19, "BAD_POOL_HEADER",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver damaged Windows' shared memory pool. Network filters, VPN clients and antivirus "
                       "drivers are frequent causes. Next step: remove recently added network or security software; roll "
                       "back the suspect driver.")},
    {0xC5, "DRIVER_CORRUPTED_EXPOOL",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver damaged Windows' shared memory pool. Next step: roll back or remove the suspect "
                       "driver, especially if it is a network or security filter.")},
    {0xEF, "CRITICAL_PROCESS_DIED",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A process Windows cannot live without stopped. Damaged system files or security software "
                       "that blocks system processes are typical causes. Next step: run \"sfc /scannow\" and DISM, and check "
                       "the Winsock and system-file findings of this scan.")},
    {0x133, "DPC_WATCHDOG_VIOLATION",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver kept the processor busy for too long. Network adapter drivers and network filters "
                       "under heavy traffic are typical causes, as are storage drivers. Next step: update the network "
                       "adapter driver or roll back the suspect driver.")},
    {0x139, "KERNEL_SECURITY_CHECK_FAILURE",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "Windows detected that a driver damaged one of its internal lists. This is almost always a "
                       "driver bug (network and security filters are common). Next step: roll back or update the suspect "
                       "driver.")},
    {0x9F, "DRIVER_POWER_STATE_FAILURE",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver did not finish going to sleep or waking up in time. Wi-Fi and Ethernet adapter "
                       "drivers are frequent causes. Next step: update the network adapter driver, or roll it back if the "
                       "crashes started after an update.")},
    {0xFC, "ATTEMPTED_EXECUTE_OF_NOEXECUTE_MEMORY",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A driver tried to run code from memory that only holds data, a sign of a buggy or tampered "
                       "driver. Next step: remove the suspect driver and scan for malware.")},
    {0x4F, "NDIS_INTERNAL_ERROR",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "The Windows network driver interface (NDIS) found an internal inconsistency, usually caused "
                       "by a network adapter or filter driver. Next step: update or roll back network drivers.")},
    {0x7C, "BUGCODE_NDIS_DRIVER",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A network adapter or filter driver broke the rules of the Windows network driver interface "
                       "(NDIS). Next step: roll back or update the suspect network driver.")},
    {0x126, "NETIO_INVALID_POOL_CALLER",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "A network component released memory incorrectly. Network filter and firewall drivers are the "
                       "usual cause. Next step: roll back or remove the suspect driver.")},
    {0xE2, "MANUALLY_INITIATED_CRASH",
     QT_TRANSLATE_NOOP("wd::Bugchecks", "Someone started this crash on purpose (keyboard shortcut or debugger), usually to capture a "
                       "dump for analysis. It does not point to a faulty driver.")},
};

struct Kb {
    QHash<quint32, QString> names;
    QHash<quint32, bool> network;
};

const Kb &kb()
{
    static const Kb k = [] {
        Kb out;
        QFile f(QStringLiteral(":/data/bugchecks.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonArray arr = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("bugchecks")).toArray();
            for (const QJsonValue &v : arr) {
                const QJsonObject o = v.toObject();
                bool ok = false;
                const quint32 code = o.value(QStringLiteral("code")).toString().toUInt(&ok, 16);
                if (!ok)
                    continue;
                out.names.insert(code, o.value(QStringLiteral("name")).toString());
                if (o.value(QStringLiteral("network")).toBool())
                    out.network.insert(code, true);
            }
        }
        for (const Explained &e : kExplained)
            if (!out.names.contains(e.code))
                out.names.insert(e.code, QString::fromLatin1(e.name));
        return out;
    }();
    return k;
}

} // namespace

QString bugcheckCodeString(quint32 code)
{
    return QStringLiteral("0x") + QStringLiteral("%1").arg(code, 8, 16, QLatin1Char('0')).toUpper();
}

QString bugcheckName(quint32 code)
{
    return kb().names.value(code);
}

bool bugcheckIsNetworkRelated(quint32 code)
{
    if (kb().network.value(code))
        return true;
    for (const Explained &e : kExplained)
        if (e.code == code)
            return code != 0xE2 && code != 0xEF;
    return false;
}

Text bugcheckExplanation(quint32 code)
{
    for (const Explained &e : kExplained)
        if (e.code == code)
            return Text::message("wd::Bugchecks", e.text);
    return translate("wd::Bugchecks", "Windows stopped to protect itself from damage. The bug check name describes what went "
                     "wrong; the suspect driver (if one is named) is the best place to start: update it, roll it back or "
                     "uninstall the program that installed it.");
}

QString shownBugcheckExplanation(const QJsonObject &dump)
{
    bool ok = false;
    const QString code = dump.value(QStringLiteral("bugcheck")).toString();
    const uint value = code.startsWith(QLatin1String("0x"), Qt::CaseInsensitive) ? code.mid(2).toUInt(&ok, 16) : 0;
    if (ok)
        return bugcheckExplanation(value).toString();
    return dump.value(QStringLiteral("explanation")).toString();
}

int bugcheckKnownCount()
{
    return int(kb().names.size());
}

} // namespace wd
