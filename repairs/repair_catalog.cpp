#include "repairs/repair_catalog.h"
#include "core/error.h"

namespace wd {


QList<RepairInfo> knownRepairs()
{
    return {
        {QStringLiteral("winsock.remove-lsp"), translate("wd::Repairs", "Remove layered service providers (LSPs) from the Winsock catalog"), true},
        {QStringLiteral("winsock.reset"), translate("wd::Repairs", "Reset the Winsock catalog to the Windows defaults"), true},
        {QStringLiteral("winsock.restore-backup"), translate("wd::Repairs", "Restore Winsock settings from a backup"), true},
        {QStringLiteral("appinit.disable"), translate("wd::Repairs", "Disable AppInit_DLLs injection"), true},
        {QStringLiteral("driver.rollback"), translate("wd::Repairs", "Roll back or disable the problem driver"), true},
        {QStringLiteral("tcp.restore-defaults"), translate("wd::Repairs", "Restore the TCP/IP settings to Windows defaults"), true},
        {QStringLiteral("system.file.restore"), translate("wd::Repairs", "Restore Windows network files from the component store"), false},
        {QStringLiteral("verifier.reset"), translate("wd::Repairs", "Switch Driver Verifier off"), true},
        {QStringLiteral("verifier.enable"), translate("wd::Repairs", "Switch Driver Verifier on for chosen drivers (diagnosis)"), true},
    };
}

RepairInfo repairInfo(const QString &id)
{
    for (const RepairInfo &r : knownRepairs())
        if (r.id == id)
            return r;
    return {};
}

} // namespace wd
