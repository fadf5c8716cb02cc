// Namespace providers (name resolution plug-ins of Winsock): NameSpace_Catalog5\Catalog_Entries and
// Catalog_Entries64. Each entry is a key with named values (LibraryPath, DisplayString, ProviderId,
// SupportedNameSpace, Enabled, ...). "netsh winsock reset" keeps these, so a bad namespace provider
// survives the usual repair.
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/mui_string.h"
#include "checks/partial_volume.h"
#include "formats/winsock_catalog.h"
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace wd {
namespace {

using checkutil::finding;

const QString kNsCatalog = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters\\NameSpace_Catalog5");

// Namespace providers that ship with Windows (file names, lower case).
const QStringList kWindowsProviders = {QStringLiteral("mswsock.dll"), QStringLiteral("nlaapi.dll"), QStringLiteral("napinsp.dll"),
                                       QStringLiteral("pnrpnsp.dll"), QStringLiteral("winrnr.dll"), QStringLiteral("wshbth.dll"),
                                       QStringLiteral("rnr20.dll"), QStringLiteral("nwprovau.dll"), QStringLiteral("wshqos.dll")};

QString namespaceName(quint32 ns)
{
    switch (ns) {
    case 0: return QStringLiteral("NS_ALL");
    case 1: return QStringLiteral("NS_SAP");
    case 2: return QStringLiteral("NS_NDS");
    case 3: return QStringLiteral("NS_PEER_BROWSE");
    case 10: return QStringLiteral("NS_TCPIP_LOCAL");
    case 11: return QStringLiteral("NS_TCPIP_HOSTS");
    case 12: return QStringLiteral("NS_DNS");
    case 13: return QStringLiteral("NS_NETBT");
    case 14: return QStringLiteral("NS_WINS");
    case 15: return QStringLiteral("NS_NLA");
    case 16: return QStringLiteral("NS_BTH");
    case 20: return QStringLiteral("NS_NBP");
    case 30: return QStringLiteral("NS_MS");
    case 31: return QStringLiteral("NS_STDA");
    case 32: return QStringLiteral("NS_NTDS");
    case 37: return QStringLiteral("NS_EMAIL");
    case 38: return QStringLiteral("NS_PNRPNAME");
    case 39: return QStringLiteral("NS_PNRPCLOUD");
    case 40: return QStringLiteral("NS_X500");
    case 41: return QStringLiteral("NS_NIS");
    default: return QString::number(ns);
    }
}

struct NsEntry {
    QString catalog, key, dll, expanded, display, providerId;
    QString displayRaw; // DisplayString as stored ("@%SystemRoot%\system32\napinsp.dll,-1000")
    quint32 ns = 0;
    bool enabled = true, exists = false, windows = false;
};

class NamespaceCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("namespaces"); }
    Text title() const override { return translate("wd::NamespaceCheck", "Winsock namespace providers"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        Expected<QList<RegValue>> top = sys.values(kNsCatalog);
        if (!top) {
            if (top.error().kind != ErrorKind::NotFound)
                return top.error();
            ctx.result.add(finding(QStringLiteral("namespace.catalog.missing"), id(), Severity::Critical,
                                   translate("wd::NamespaceCheck", "The Winsock namespace catalog is missing"),
                                   translate("wd::NamespaceCheck", "The key NameSpace_Catalog5 lists the providers that turn names like "
                                                                   "www.example.com into addresses. Without it, programs cannot look "
                                                                   "up any name. The repair restores the catalog from a backup."),
                                   QJsonObject{{QStringLiteral("key"), kNsCatalog}}, {QStringLiteral("winsock.restore-backup")}));
            return {};
        }
        const bool is64 = sys.is64Bit();
        const MuiResolver mui(sys); // readable names from the target's own files
        QJsonArray out;
        QList<QList<NsEntry>> perCatalog;
        for (const QString &name : {QStringLiteral("Catalog_Entries"), QStringLiteral("Catalog_Entries64")}) {
            const QString key = kNsCatalog + QLatin1Char('\\') + name;
            Expected<QStringList> keys = sys.subKeys(key);
            if (!keys) {
                if (keys.error().kind != ErrorKind::NotFound)
                    return keys.error();
                if (name == QLatin1String("Catalog_Entries") || is64)
                    ctx.result.add(finding(QStringLiteral("namespace.catalog.missing"), id(), Severity::Critical,
                                           translate("wd::NamespaceCheck", "The namespace catalog %1 is missing").arg(name),
                                           translate("wd::NamespaceCheck", "Programs of this bitness cannot resolve any name (DNS) "
                                                                           "without it. The repair restores the catalog from a backup."),
                                           QJsonObject{{QStringLiteral("key"), key}}, {QStringLiteral("winsock.restore-backup")}));
                continue;
            }
            const bool wow = name == QLatin1String("Catalog_Entries") && is64;
            QStringList names = *keys;
            std::sort(names.begin(), names.end());
            QList<NsEntry> entries;
            for (const QString &k : names) {
                Expected<QList<RegValue>> vals = sys.values(key + QLatin1Char('\\') + k);
                if (!vals)
                    return vals.error();
                NsEntry e;
                e.catalog = name;
                e.key = k;
                e.dll = checkutil::string(*vals, QStringLiteral("LibraryPath"));
                e.displayRaw = checkutil::string(*vals, QStringLiteral("DisplayString"));
                if (const RegValue *pid = checkutil::find(*vals, QStringLiteral("ProviderId")))
                    e.providerId = guidToString(pid->data);
                e.ns = checkutil::dword(*vals, QStringLiteral("SupportedNameSpace")).value_or(0);
                e.enabled = checkutil::dword(*vals, QStringLiteral("Enabled")).value_or(1) != 0;
                if (!e.dll.isEmpty()) {
                    e.expanded = sys.expandPath(e.dll);
                    if (wow && e.expanded.startsWith(sys.system32() + QLatin1Char('\\'), Qt::CaseInsensitive))
                        e.expanded = sys.sysWow64() + e.expanded.mid(sys.system32().size());
                    e.exists = sys.fileExists(e.expanded);
                    e.windows = kWindowsProviders.contains(checkutil::fileName(e.expanded).toLower())
                                && checkutil::inSystemDirs(sys, e.expanded);
                    ctx.result.addFile(e.expanded, QStringLiteral("namespace"));
                }
                // Never the raw @-string: else the provider DLL's name and its namespace.
                e.display = mui.readable(e.displayRaw, e.dll.isEmpty() ? namespaceName(e.ns)
                                                                       : QStringLiteral("%1 (%2)").arg(checkutil::fileName(e.dll), namespaceName(e.ns)));
                out.append(QJsonObject{{QStringLiteral("catalog"), name},
                                       {QStringLiteral("index"), int(entries.size())},
                                       {QStringLiteral("key"), k},
                                       {QStringLiteral("dll"), e.dll},
                                       {QStringLiteral("dll_exists"), e.exists},
                                       {QStringLiteral("display_name"), e.display},
                                       {QStringLiteral("display_name_raw"), e.displayRaw},
                                       {QStringLiteral("provider_id"), e.providerId},
                                       {QStringLiteral("namespace"), double(e.ns)},
                                       {QStringLiteral("namespace_name"), namespaceName(e.ns)},
                                       {QStringLiteral("enabled"), e.enabled},
                                       {QStringLiteral("windows"), e.windows}});
                entries.append(e);
            }
            perCatalog.append(entries);
            checkCatalog(ctx, name, entries, checkutil::dword(*top, name == QLatin1String("Catalog_Entries")
                                                                        ? QStringLiteral("Num_Catalog_Entries")
                                                                        : QStringLiteral("Num_Catalog_Entries64")),
                         int(names.size()));
        }
        QJsonObject ws = ctx.result.winsock;
        ws.insert(QStringLiteral("namespaces"), out);
        ctx.result.winsock = ws;
        if (perCatalog.size() == 2 && !perCatalog[0].isEmpty() && !perCatalog[1].isEmpty()) {
            QSet<QString> a, b;
            for (const NsEntry &e : perCatalog[0]) a.insert(e.providerId + checkutil::fileName(e.dll).toLower());
            for (const NsEntry &e : perCatalog[1]) b.insert(e.providerId + checkutil::fileName(e.dll).toLower());
            if (a != b) {
                QJsonArray only32, only64;
                for (const NsEntry &e : perCatalog[0]) if (!b.contains(e.providerId + checkutil::fileName(e.dll).toLower())) only32.append(e.dll);
                for (const NsEntry &e : perCatalog[1]) if (!a.contains(e.providerId + checkutil::fileName(e.dll).toLower())) only64.append(e.dll);
                ctx.result.add(finding(QStringLiteral("namespace.catalog.mismatch-32-64"), id(), Severity::Warning,
                                       translate("wd::NamespaceCheck", "The 32-bit and 64-bit namespace catalogs differ"),
                                       translate("wd::NamespaceCheck", "Windows registers the same name-resolution providers for 32-bit "
                                                                       "and 64-bit programs. A difference means that some programs "
                                                                       "resolve names differently from others (for example, one browser "
                                                                       "works and another does not)."),
                                       QJsonObject{{QStringLiteral("only_32"), only32}, {QStringLiteral("only_64"), only64}},
                                       {QStringLiteral("winsock.restore-backup")}));
            }
        }
        return {};
    }

private:
    void checkCatalog(ScanContext &ctx, const QString &name, const QList<NsEntry> &entries, std::optional<quint32> declared,
                      int present) const
    {
        if (declared && int(*declared) != present)
            ctx.result.add(finding(QStringLiteral("namespace.catalog.count-mismatch"), id(), Severity::Error,
                                   translate("wd::NamespaceCheck", "The namespace catalog %1 says it has %2 entries but has %3")
                                       .arg(name).arg(*declared).arg(present),
                                   translate("wd::NamespaceCheck", "The entry counter does not match the providers that exist, "
                                                                   "usually after an interrupted install or uninstall. Name lookups "
                                                                   "may fail. The repair restores the catalog from a backup."),
                                   QJsonObject{{QStringLiteral("catalog"), name}, {QStringLiteral("declared"), double(*declared)},
                                               {QStringLiteral("present"), present}},
                                   {QStringLiteral("winsock.restore-backup")}));
        if (entries.isEmpty()) {
            ctx.result.add(finding(QStringLiteral("namespace.catalog.empty"), id(), Severity::Critical,
                                   translate("wd::NamespaceCheck", "The namespace catalog %1 is empty").arg(name),
                                   translate("wd::NamespaceCheck", "No name-resolution provider is registered, so programs cannot "
                                                                   "turn names into addresses. The repair restores the catalog."),
                                   QJsonObject{{QStringLiteral("catalog"), name}}, {QStringLiteral("winsock.restore-backup")}));
            return;
        }
        bool dns = false;
        for (const NsEntry &e : entries) {
            QJsonObject ev{{QStringLiteral("catalog"), name}, {QStringLiteral("key"), e.key}, {QStringLiteral("dll"), e.dll},
                           {QStringLiteral("path"), e.expanded}, {QStringLiteral("provider_id"), e.providerId},
                           {QStringLiteral("display_name"), e.display}, {QStringLiteral("namespace"), namespaceName(e.ns)}};
            // A provider in a folder the volume lacks as a whole is unknown, not missing.
            const bool unknown = !e.dll.isEmpty() && !e.exists && partial::notCheckable(ctx, e.expanded);
            if (e.ns == 12 && e.enabled && (e.exists || unknown))
                dns = true;
            if (unknown)
                continue;
            if (e.dll.isEmpty() || !e.exists) {
                ctx.result.add(finding(QStringLiteral("namespace.provider.dll-missing"), id(), Severity::Error,
                                       translate("wd::NamespaceCheck", "The name-resolution provider file %1 is missing")
                                           .arg(e.expanded.isEmpty() ? e.key : e.expanded),
                                       translate("wd::NamespaceCheck", "A namespace provider (%1) is registered but its DLL does not "
                                                                       "exist. Name lookups can stall or fail in every program. A "
                                                                       "Winsock reset does not remove namespace providers; the repair "
                                                                       "restores the catalog from a backup.").arg(namespaceName(e.ns)),
                                       ev, {QStringLiteral("winsock.restore-backup")}));
                continue;
            }
            if (!e.windows) {
                ctx.result.add(finding(QStringLiteral("namespace.provider.third-party"), id(), Severity::Warning,
                                       translate("wd::NamespaceCheck", "A non-Windows name-resolution provider is installed: %1").arg(e.expanded),
                                       translate("wd::NamespaceCheck", "%1 takes part in every name lookup (%2). Such providers come "
                                                                       "with VPN, security or ad software; a broken one makes web pages "
                                                                       "fail to load although the connection works. A Winsock reset "
                                                                       "keeps it; the repair restores the catalog from a backup.")
                                           .arg(checkutil::fileName(e.expanded), namespaceName(e.ns)),
                                       ev, {QStringLiteral("winsock.restore-backup")}));
            } else if (!e.enabled) {
                ctx.result.add(finding(QStringLiteral("namespace.provider.disabled"), id(), Severity::Warning,
                                       translate("wd::NamespaceCheck", "The Windows name-resolution provider %1 is disabled").arg(checkutil::fileName(e.dll)),
                                       translate("wd::NamespaceCheck", "The provider for %1 was switched off. Windows never does this by "
                                                                       "itself; names of that kind no longer resolve.").arg(namespaceName(e.ns)),
                                       ev, {QStringLiteral("winsock.restore-backup")}));
            }
        }
        if (!dns)
            ctx.result.add(finding(QStringLiteral("namespace.dns.missing"), id(), Severity::Error,
                                   translate("wd::NamespaceCheck", "No working DNS provider in the namespace catalog %1").arg(name),
                                   translate("wd::NamespaceCheck", "The Windows DNS provider (mswsock.dll, NS_DNS) is missing, disabled or "
                                                                   "its file is gone, so internet names cannot be resolved. The repair "
                                                                   "restores the catalog from a backup."),
                                   QJsonObject{{QStringLiteral("catalog"), name}}, {QStringLiteral("winsock.restore-backup")}));
    }
};

} // namespace

std::unique_ptr<Check> makeNamespaceCheck()
{
    return std::make_unique<NamespaceCheck>();
}

} // namespace wd
