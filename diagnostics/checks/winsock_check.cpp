// Winsock protocol catalog: Protocol_Catalog9\Catalog_Entries (32-bit / only catalog) and
// Catalog_Entries64. Every PackedCatalogItem is decoded, classified (base / layered / chain) and
// cross-checked: layered service providers (LSPs) and their chains, chains that point at missing
// catalog ids, provider DLLs that are missing or outside System32/SysWOW64, malformed items, the
// Num_Catalog_Entries / Next_Catalog_Entry_ID bookkeeping and 32/64-bit disagreement.
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/mui_string.h"
#include "checks/partial_volume.h"
#include "formats/winsock_catalog.h"
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <map>

namespace wd {
namespace {

using checkutil::finding;

const QString kParams = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters");
const QString kCatalog = kParams + QStringLiteral("\\Protocol_Catalog9");

struct Entry {
    QString key;
    int index = 0;
    PackedCatalogItem item;
    QString expanded;  // DLL path as the loader sees it for this catalog's bitness
    bool exists = false;
};

struct Catalog {
    QString name;      // Catalog_Entries / Catalog_Entries64
    bool is32 = false; // the WOW64 catalog of a 64-bit system, or the only catalog of a 32-bit one
    QList<Entry> entries;
    bool capped = false; // more than kMaxCatalogEntries entries: only the first ones were examined
};

class WinsockCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("winsock"); }
    Text title() const override { return translate("wd::WinsockCheck", "Winsock protocol catalog"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        m_mui = std::make_unique<MuiResolver>(sys);
        Expected<QList<RegValue>> top = sys.values(kCatalog);
        if (!top) {
            if (top.error().kind != ErrorKind::NotFound)
                return top.error();
            ctx.result.add(finding(QStringLiteral("winsock.catalog.missing"), id(), Severity::Critical,
                                   translate("wd::WinsockCheck", "The Winsock protocol catalog is missing"),
                                   translate("wd::WinsockCheck", "The registry key Protocol_Catalog9 that lists every network protocol "
                                                                 "provider is missing. Without it no program can open a network "
                                                                 "connection. The repair restores the catalog from a backup or "
                                                                 "rebuilds it with a Winsock reset."),
                                   QJsonObject{{QStringLiteral("key"), kCatalog}},
                                   {QStringLiteral("winsock.restore-backup"), QStringLiteral("winsock.reset")}));
            return {};
        }
        const bool is64 = sys.is64Bit();
        QList<Catalog> catalogs;
        QJsonArray catalogsJson;
        for (const QString &name : {QStringLiteral("Catalog_Entries"), QStringLiteral("Catalog_Entries64")}) {
            const QString key = kCatalog + QLatin1Char('\\') + name;
            Expected<QStringList> keys = sys.subKeys(key);
            if (!keys) {
                if (keys.error().kind != ErrorKind::NotFound)
                    return keys.error();
                if (name == QLatin1String("Catalog_Entries") || is64)
                    ctx.result.add(finding(name == QLatin1String("Catalog_Entries") ? QStringLiteral("winsock.catalog.missing")
                                                                                     : QStringLiteral("winsock.catalog64.missing"),
                                           id(), Severity::Critical,
                                           translate("wd::WinsockCheck", "The Winsock catalog %1 is missing").arg(name),
                                           translate("wd::WinsockCheck", "One of the lists of network protocol providers is missing, so "
                                                                         "programs of that bitness cannot use the network at all. The "
                                                                         "repair restores the catalog from a backup or rebuilds it with "
                                                                         "a Winsock reset."),
                                           QJsonObject{{QStringLiteral("key"), key}},
                                           {QStringLiteral("winsock.restore-backup"), QStringLiteral("winsock.reset")}));
                continue;
            }
            Catalog cat;
            cat.name = name;
            cat.is32 = name == QLatin1String("Catalog_Entries");
            QStringList names = *keys;
            std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
                return a.size() != b.size() ? a.size() < b.size() : a < b;
            });
            const int total = int(names.size());
            if (total > kMaxCatalogEntries) {
                // Examining every entry of a runaway catalog would hold all of them (and a finding for
                // each) in memory: the first ones are examined and the rest is left to the repair.
                cat.capped = true;
                names.resize(kMaxCatalogEntries);
                ctx.result.add(finding(QStringLiteral("winsock.catalog.oversized"), id(), Severity::Error,
                                       translate("wd::WinsockCheck", "The Winsock catalog %1 has %2 entries; only the first %3 were examined")
                                           .arg(name).arg(total).arg(kMaxCatalogEntries),
                                       translate("wd::WinsockCheck", "Windows itself installs fewer than 20 protocol providers per catalog, "
                                                                     "and even a PC with several layered providers has far fewer than %1. "
                                                                     "A catalog this large was left by an installer that ran in a loop, or "
                                                                     "it is damaged; every program that opens a network connection loads "
                                                                     "all of it, which slows it down or makes Winsock fail. Only the first "
                                                                     "%1 entries were checked, so problems in the others are not reported. "
                                                                     "The repair rebuilds the catalog with a Winsock reset.")
                                           .arg(kMaxCatalogEntries),
                                       QJsonObject{{QStringLiteral("catalog"), name}, {QStringLiteral("key"), key},
                                                   {QStringLiteral("entries"), total}, {QStringLiteral("examined"), kMaxCatalogEntries}},
                                       {QStringLiteral("winsock.reset"), QStringLiteral("winsock.restore-backup")}));
            }
            QJsonArray protos;
            for (const QString &k : names) {
                const QString ekey = key + QLatin1Char('\\') + k;
                Expected<std::optional<RegValue>> v = sys.value(ekey, QStringLiteral("PackedCatalogItem"));
                if (!v)
                    return v.error();
                QJsonObject ev{{QStringLiteral("catalog"), name}, {QStringLiteral("key"), ekey}};
                if (!v->has_value()) {
                    ctx.result.add(unreadable(ev, translate("wd::WinsockCheck", "the value PackedCatalogItem is missing")));
                    continue;
                }
                const QByteArray raw = (*v)->data;
                Expected<PackedCatalogItem> item = decodePackedCatalogItem(raw);
                ev.insert(QStringLiteral("size"), int(raw.size()));
                if (!item) {
                    ctx.result.add(unreadable(ev, item.error().message));
                    continue;
                }
                Entry e;
                e.key = k;
                e.index = int(cat.entries.size());
                e.item = *item;
                e.expanded = loaderPath(sys, item->dllPath, cat.is32 && is64);
                e.exists = !e.expanded.isEmpty() && sys.fileExists(e.expanded);
                if (!e.expanded.isEmpty())
                    ctx.result.addFile(e.expanded, QStringLiteral("provider"));
                ev.insert(QStringLiteral("dll"), item->dllPath);
                ev.insert(QStringLiteral("protocol"), protocolDisplayName(item->info.protocolName));
                if (item->truncated())
                    ctx.result.add(finding(QStringLiteral("winsock.entry.truncated"), id(), Severity::Error,
                                           translate("wd::WinsockCheck", "A Winsock catalog entry is cut short (%1 of %2 bytes)")
                                               .arg(raw.size()).arg(kPackedCatalogItemSize),
                                           translate("wd::WinsockCheck", "The entry %1 in %2 is shorter than Windows writes it, so part of "
                                                                         "the provider description is lost. Winsock may refuse the whole "
                                                                         "catalog and programs lose their network access. The repair "
                                                                         "rebuilds the catalog.").arg(k, name),
                                           ev, {QStringLiteral("winsock.reset"), QStringLiteral("winsock.restore-backup")}));
                else if (item->oversized())
                    ctx.result.add(finding(QStringLiteral("winsock.entry.oversized"), id(), Severity::Warning,
                                           translate("wd::WinsockCheck", "A Winsock catalog entry is larger than expected (%1 bytes)").arg(raw.size()),
                                           translate("wd::WinsockCheck", "The entry %1 in %2 has extra bytes after the provider description. "
                                                                         "Windows itself writes exactly %3 bytes; a program that edited the "
                                                                         "catalog by hand may have left it inconsistent. The repair rebuilds "
                                                                         "the catalog.").arg(k, name).arg(kPackedCatalogItemSize),
                                           ev, {QStringLiteral("winsock.reset")}));
                protos.append(protocolJson(e));
                cat.entries.append(e);
            }
            catalogs.append(cat);
            QJsonObject catJson{{QStringLiteral("name"), name},
                                {QStringLiteral("bitness"), cat.is32 && is64 ? 32 : (is64 ? 64 : 32)},
                                {QStringLiteral("entries"), int(cat.entries.size())},
                                {QStringLiteral("protocols"), protos}};
            if (cat.capped)
                catJson.insert(QStringLiteral("entries_total"), total);
            catalogsJson.append(catJson);
        }
        QJsonObject ws = ctx.result.winsock;
        ws.insert(QStringLiteral("catalogs"), catalogsJson);
        for (const char *n : {"Num_Catalog_Entries", "Num_Catalog_Entries64", "Next_Catalog_Entry_ID", "Serial_Access_Num"})
            if (auto d = checkutil::dword(*top, QLatin1String(n)))
                ws.insert(QString::fromLatin1(n), double(*d));
        ctx.result.winsock = ws;

        quint32 maxId = 0;
        for (const Catalog &cat : catalogs) {
            checkCatalog(ctx, cat);
            for (const Entry &e : cat.entries)
                maxId = std::max(maxId, e.item.info.catalogEntryId);
            const QString countName = cat.name == QLatin1String("Catalog_Entries") ? QStringLiteral("Num_Catalog_Entries")
                                                                                  : QStringLiteral("Num_Catalog_Entries64");
            auto declared = checkutil::dword(*top, countName);
            Expected<QStringList> keys = sys.subKeys(kCatalog + QLatin1Char('\\') + cat.name);
            const int present = keys ? int(keys->size()) : int(cat.entries.size());
            if (declared && int(*declared) != present)
                ctx.result.add(finding(QStringLiteral("winsock.catalog.count-mismatch"), id(), Severity::Error,
                                       translate("wd::WinsockCheck", "The Winsock catalog %1 says it has %2 entries but has %3")
                                           .arg(cat.name).arg(*declared).arg(present),
                                       translate("wd::WinsockCheck", "The entry counter %1 does not match the entries that exist. This "
                                                                     "happens when a program adds or removes protocol providers and is "
                                                                     "interrupted; Winsock may then fail to load the catalog and "
                                                                     "programs report that there is no network. The repair rebuilds the "
                                                                     "catalog with a Winsock reset.").arg(countName),
                                       QJsonObject{{QStringLiteral("catalog"), cat.name}, {QStringLiteral("value"), countName},
                                                   {QStringLiteral("declared"), double(*declared)}, {QStringLiteral("present"), present}},
                                       {QStringLiteral("winsock.reset")}));
        }
        if (auto next = checkutil::dword(*top, QStringLiteral("Next_Catalog_Entry_ID")); next && maxId && *next <= maxId)
            ctx.result.add(finding(QStringLiteral("winsock.catalog.next-id"), id(), Severity::Warning,
                                   translate("wd::WinsockCheck", "The next free Winsock catalog id is already in use"),
                                   translate("wd::WinsockCheck", "Next_Catalog_Entry_ID (%1) is not above the highest catalog entry id "
                                                                 "(%2). The next program that installs a provider would get a "
                                                                 "duplicate id and break the catalog. The repair rebuilds the catalog.")
                                       .arg(*next).arg(maxId),
                                   QJsonObject{{QStringLiteral("next_catalog_entry_id"), double(*next)},
                                               {QStringLiteral("highest_catalog_entry_id"), double(maxId)}},
                                   {QStringLiteral("winsock.reset")}));
        if (catalogs.size() == 2 && !catalogs[0].capped && !catalogs[1].capped) // a partial catalog cannot be compared
            compare32and64(ctx, catalogs[0], catalogs[1]);
        return {};
    }

private:
    static QString loaderPath(const SystemView &sys, const QString &stored, bool wow64)
    {
        if (stored.trimmed().isEmpty())
            return {};
        QString p = sys.expandPath(stored);
        // A 32-bit process on a 64-bit Windows loads "System32" DLLs from SysWOW64.
        if (wow64 && p.startsWith(sys.system32() + QLatin1Char('\\'), Qt::CaseInsensitive))
            p = sys.sysWow64() + p.mid(sys.system32().size());
        return p;
    }

    // A provider's readable name (hides the table-only wd::protocolDisplayName in this class): the
    // "@file,-id" string read from the target's own files, else Windows' well-known strings, else the
    // provider DLL's name; never the raw @-string.
    QString protocolDisplayName(const QString &raw) const
    {
        if (!raw.startsWith(QLatin1Char('@')))
            return raw;
        if (m_mui)
            if (const std::optional<QString> r = m_mui->resolve(raw); r && !r->startsWith(QLatin1Char('@')))
                return *r;
        const QString known = wd::protocolDisplayName(raw);
        if (!known.startsWith(QLatin1Char('@')))
            return known;
        const std::optional<IndirectString> ind = parseIndirectString(raw);
        if (ind && !ind->fallback.isEmpty())
            return ind->fallback;
        const QString dll = checkutil::fileName(ind ? ind->file : raw);
        return ind && ind->hasId ? translate("wd::WinsockCheck", "%1 provider (string %2)").arg(dll).arg(ind->id).toString() : dll;
    }

    QJsonObject protocolJson(const Entry &e) const
    {
        const ProtocolInfo &i = e.item.info;
        QJsonArray chain;
        for (quint32 c : i.chainEntries)
            chain.append(double(c));
        return QJsonObject{{QStringLiteral("index"), e.index},
                           {QStringLiteral("key"), e.key},
                           {QStringLiteral("dll"), e.item.dllPath},
                           {QStringLiteral("dll_exists"), e.exists},
                           {QStringLiteral("provider_id"), i.providerId},
                           {QStringLiteral("catalog_entry_id"), double(i.catalogEntryId)},
                           {QStringLiteral("chain_len"), i.chainLen},
                           {QStringLiteral("chain"), chain},
                           {QStringLiteral("kind"), e.item.kind()},
                           {QStringLiteral("protocol"), i.protocolName},
                           {QStringLiteral("protocol_display"), protocolDisplayName(i.protocolName)},
                           {QStringLiteral("address_family"), i.addressFamily},
                           {QStringLiteral("address_family_name"), addressFamilyName(i.addressFamily)},
                           {QStringLiteral("socket_type"), i.socketType},
                           {QStringLiteral("protocol_number"), i.protocol},
                           {QStringLiteral("service_flags1"), double(i.serviceFlags1)},
                           {QStringLiteral("provider_flags"), double(i.providerFlags)},
                           {QStringLiteral("service_flags2"), double(i.serviceFlags2)},
                           {QStringLiteral("service_flags3"), double(i.serviceFlags3)},
                           {QStringLiteral("service_flags4"), double(i.serviceFlags4)},
                           {QStringLiteral("version"), i.version},
                           {QStringLiteral("max_sockaddr"), i.maxSockAddr},
                           {QStringLiteral("min_sockaddr"), i.minSockAddr},
                           {QStringLiteral("protocol_max_offset"), i.protocolMaxOffset},
                           {QStringLiteral("network_byte_order"), i.networkByteOrder},
                           {QStringLiteral("security_scheme"), i.securityScheme},
                           {QStringLiteral("message_size"), double(i.messageSize)},
                           {QStringLiteral("provider_reserved"), double(i.providerReserved)},
                           {QStringLiteral("size"), e.item.rawSize}};
    }

    Finding unreadable(const QJsonObject &ev, const QString &why) const
    {
        QJsonObject e = ev;
        e.insert(QStringLiteral("reason"), why);
        return finding(QStringLiteral("winsock.entry.unreadable"), id(), Severity::Error,
                       translate("wd::WinsockCheck", "A Winsock catalog entry cannot be read"),
                       translate("wd::WinsockCheck", "The catalog entry %1 is damaged (%2). Winsock stops at damaged entries, so "
                                                     "programs may find no usable network protocol. The repair rebuilds the catalog.")
                           .arg(ev.value(QStringLiteral("key")).toString(), why),
                       e, {QStringLiteral("winsock.reset"), QStringLiteral("winsock.restore-backup")});
    }

    void checkCatalog(ScanContext &ctx, const Catalog &cat) const
    {
        SystemView &sys = ctx.system;
        if (cat.entries.isEmpty()) {
            ctx.result.add(finding(QStringLiteral("winsock.catalog.empty"), id(), Severity::Critical,
                                   translate("wd::WinsockCheck", "The Winsock catalog %1 is empty").arg(cat.name),
                                   translate("wd::WinsockCheck", "No network protocol provider is registered, so programs cannot open "
                                                                 "any network connection. The repair restores the catalog from a "
                                                                 "backup or rebuilds it with a Winsock reset."),
                                   QJsonObject{{QStringLiteral("catalog"), cat.name}},
                                   {QStringLiteral("winsock.restore-backup"), QStringLiteral("winsock.reset")}));
            return;
        }
        std::map<quint32, const Entry *> byId;
        QSet<quint32> dup;
        for (const Entry &e : cat.entries) {
            if (byId.count(e.item.info.catalogEntryId))
                dup.insert(e.item.info.catalogEntryId);
            byId[e.item.info.catalogEntryId] = &e;
        }
        for (quint32 d : dup)
            ctx.result.add(finding(QStringLiteral("winsock.catalog.duplicate-id"), id(), Severity::Error,
                                   translate("wd::WinsockCheck", "Two Winsock catalog entries share the id %1").arg(d),
                                   translate("wd::WinsockCheck", "Every protocol provider needs its own catalog id. Duplicates make "
                                                                 "Winsock pick the wrong provider or reject the catalog. The repair "
                                                                 "rebuilds the catalog."),
                                   QJsonObject{{QStringLiteral("catalog"), cat.name}, {QStringLiteral("catalog_entry_id"), double(d)}},
                                   {QStringLiteral("winsock.reset")}));

        bool haveTcp = false;
        QHash<quint32, QJsonArray> chainsOfLayered;
        for (const Entry &e : cat.entries) {
            const ProtocolInfo &i = e.item.info;
            // The plain TCP provider; the RSVP (QoS, XP1_QOS_SUPPORTED 0x2000) providers do not count.
            if (i.chainLen == 1 && i.addressFamily == 2 && i.socketType == 1 && i.protocol == 6 && !(i.serviceFlags1 & 0x2000))
                haveTcp = true;
            if (i.chainLen > kMaxProtocolChain || i.chainLen < 0) {
                ctx.result.add(finding(QStringLiteral("winsock.chain.invalid"), id(), Severity::Error,
                                       translate("wd::WinsockCheck", "The Winsock entry \"%1\" has an impossible chain length %2")
                                           .arg(protocolDisplayName(i.protocolName)).arg(i.chainLen),
                                       translate("wd::WinsockCheck", "A protocol chain can hold at most 7 providers. This entry is "
                                                                     "corrupt and can make Winsock fail for every program. The repair "
                                                                     "rebuilds the catalog."),
                                       entryEvidence(cat, e), {QStringLiteral("winsock.reset")}));
                continue;
            }
            if (i.chainLen > 1) {
                QJsonArray missing;
                for (quint32 c : i.chainEntries)
                    if (!byId.count(c))
                        missing.append(double(c));
                if (!missing.isEmpty() && cat.capped)
                    continue; // the ids may belong to entries after the examined ones
                if (!missing.isEmpty()) {
                    QJsonObject ev = entryEvidence(cat, e);
                    ev.insert(QStringLiteral("missing_ids"), missing);
                    ctx.result.add(finding(QStringLiteral("winsock.chain.dangling"), id(), Severity::Critical,
                                           translate("wd::WinsockCheck", "The Winsock chain \"%1\" points at providers that no longer exist")
                                               .arg(protocolDisplayName(i.protocolName)),
                                           translate("wd::WinsockCheck", "This protocol chain (installed by %1) refers to catalog ids "
                                                                         "that are not in the catalog, usually because a layered provider "
                                                                         "was uninstalled badly. Programs that use this protocol fail to "
                                                                         "connect or crash. The repair removes the broken chain and the "
                                                                         "layered provider, or resets Winsock.").arg(checkutil::fileName(e.item.dllPath)),
                                           ev, {QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset")}));
                    continue;
                }
                const Entry *first = byId.count(i.chainEntries.value(0)) ? byId[i.chainEntries.value(0)] : nullptr;
                if (first && first->item.info.chainLen == 0) {
                    chainsOfLayered[first->item.info.catalogEntryId].append(
                        QJsonObject{{QStringLiteral("catalog_entry_id"), double(i.catalogEntryId)},
                                    {QStringLiteral("protocol"), protocolDisplayName(i.protocolName)}});
                } else {
                    ctx.result.add(finding(QStringLiteral("winsock.chain.present"), id(), Severity::Warning,
                                           translate("wd::WinsockCheck", "A protocol chain is installed: \"%1\"").arg(protocolDisplayName(i.protocolName)),
                                           translate("wd::WinsockCheck", "%1 is layered over the Windows network providers. Such add-ons "
                                                                         "(often from security or ad software) see all network traffic and "
                                                                         "are a common cause of lost connections. The repair removes the "
                                                                         "chain.").arg(checkutil::fileName(e.item.dllPath)),
                                           entryEvidence(cat, e), {QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset")}));
                }
            }
        }
        // Layered providers, with the chains that use them.
        for (const Entry &e : cat.entries) {
            const ProtocolInfo &i = e.item.info;
            if (i.chainLen != 0)
                continue;
            QJsonObject ev = entryEvidence(cat, e);
            ev.insert(QStringLiteral("vendor"), i.protocolName);
            ev.insert(QStringLiteral("chains"), chainsOfLayered.value(i.catalogEntryId));
            ctx.result.add(finding(QStringLiteral("winsock.lsp.present"), id(), Severity::Error,
                                   translate("wd::WinsockCheck", "A layered service provider is installed: %1 (\"%2\")")
                                       .arg(checkutil::fileName(e.item.dllPath), protocolDisplayName(i.protocolName)),
                                   translate("wd::WinsockCheck", "%1 inserts itself into every network connection of %2 programs. "
                                                                 "Such layered providers come with security suites, parental filters "
                                                                 "or adware; when they are outdated or half-removed, programs lose "
                                                                 "their connection, browsers show \"no internet\" and the PC can even "
                                                                 "crash. The repair removes this provider and its %3 chain(s), or "
                                                                 "resets Winsock to the Windows defaults (reboot needed).")
                                       .arg(e.item.dllPath, !sys.is64Bit() ? translate("wd::WinsockCheck", "all") : (cat.is32 ? translate("wd::WinsockCheck", "32-bit") : translate("wd::WinsockCheck", "64-bit")))
                                       .arg(chainsOfLayered.value(i.catalogEntryId).size()),
                                   ev, {QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset")}));
        }
        // Provider DLLs: missing, or outside the Windows folders.
        QSet<QString> reported;
        for (const Entry &e : cat.entries) {
            const bool layered = e.item.info.chainLen != 1;
            const QString dllKey = e.expanded.toLower();
            if (reported.contains(dllKey))
                continue;
            if (e.expanded.isEmpty() || !e.exists) {
                reported.insert(dllKey);
                if (partial::notCheckable(ctx, e.expanded))
                    continue; // in a folder the volume lacks as a whole (scan.partial-volume says so)
                QJsonObject ev = entryEvidence(cat, e);
                ev.insert(QStringLiteral("path"), e.expanded);
                QStringList repairs;
                if (layered)
                    repairs << QStringLiteral("winsock.remove-lsp");
                repairs << QStringLiteral("winsock.reset") << QStringLiteral("winsock.restore-backup");
                ctx.result.add(finding(QStringLiteral("winsock.provider.dll-missing"), id(), Severity::Critical,
                                       translate("wd::WinsockCheck", "The Winsock provider file %1 is missing").arg(e.expanded.isEmpty() ? e.item.dllPath : e.expanded),
                                       translate("wd::WinsockCheck", "The catalog entry \"%1\" needs %2, but the file does not exist. "
                                                                     "Every program that opens a socket of this kind fails, which "
                                                                     "looks like \"no internet\" although the connection works. The "
                                                                     "repair removes the entry or resets Winsock.").arg(protocolDisplayName(e.item.info.protocolName), e.item.dllPath),
                                       ev, repairs));
                continue;
            }
            if (!checkutil::inSystemDirs(sys, e.expanded)) {
                reported.insert(dllKey);
                QJsonObject ev = entryEvidence(cat, e);
                ev.insert(QStringLiteral("path"), e.expanded);
                ctx.result.add(finding(QStringLiteral("winsock.provider.outside-system"), id(),
                                       layered ? Severity::Warning : Severity::Info,
                                       translate("wd::WinsockCheck", "A Winsock provider is loaded from outside the Windows folder: %1").arg(e.expanded),
                                       translate("wd::WinsockCheck", "The provider \"%1\" is not part of Windows. Third-party providers "
                                                                     "(virtual machine tools, VPN or security software) are legitimate "
                                                                     "when their program is still installed and up to date; otherwise "
                                                                     "they are a frequent cause of network failures. Check that %2 "
                                                                     "belongs to software you use.").arg(protocolDisplayName(e.item.info.protocolName), checkutil::fileName(e.expanded)),
                                       ev, layered ? QStringList{QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset")}
                                                   : QStringList{}));
            }
        }
        if (!haveTcp && !cat.capped) // capped: the TCP/IP provider may be after the examined entries
            ctx.result.add(finding(QStringLiteral("winsock.catalog.no-tcpip"), id(), Severity::Critical,
                                   translate("wd::WinsockCheck", "The Winsock catalog %1 has no TCP/IP provider").arg(cat.name),
                                   translate("wd::WinsockCheck", "Windows' own TCP/IP provider (MSAFD Tcpip) is missing from the catalog, so "
                                                                 "programs cannot open internet connections. The repair restores the "
                                                                 "catalog from a backup or resets Winsock."),
                                   QJsonObject{{QStringLiteral("catalog"), cat.name}},
                                   {QStringLiteral("winsock.reset"), QStringLiteral("winsock.restore-backup")}));
    }

    QJsonObject entryEvidence(const Catalog &cat, const Entry &e) const
    {
        QJsonArray chain;
        for (quint32 c : e.item.info.chainEntries)
            chain.append(double(c));
        return QJsonObject{{QStringLiteral("catalog"), cat.name},
                           {QStringLiteral("key"), e.key},
                           {QStringLiteral("dll"), e.item.dllPath},
                           {QStringLiteral("protocol"), protocolDisplayName(e.item.info.protocolName)},
                           {QStringLiteral("provider_id"), e.item.info.providerId},
                           {QStringLiteral("catalog_entry_id"), double(e.item.info.catalogEntryId)},
                           {QStringLiteral("chain_len"), e.item.info.chainLen},
                           {QStringLiteral("chain"), chain}};
    }

    static QString signature(const Entry &e)
    {
        const ProtocolInfo &i = e.item.info;
        return QStringLiteral("%1|%2|%3|%4|%5|%6").arg(i.providerId).arg(i.addressFamily).arg(i.socketType)
            .arg(i.protocol).arg(e.item.kind(), i.protocolName);
    }

    void compare32and64(ScanContext &ctx, const Catalog &a, const Catalog &b) const
    {
        if (a.entries.isEmpty() || b.entries.isEmpty())
            return;
        QSet<QString> sa, sb;
        QHash<QString, QString> names;
        for (const Entry &e : a.entries) { sa.insert(signature(e)); names[signature(e)] = protocolDisplayName(e.item.info.protocolName); }
        for (const Entry &e : b.entries) { sb.insert(signature(e)); names[signature(e)] = protocolDisplayName(e.item.info.protocolName); }
        QJsonArray only32, only64;
        QStringList o32, o64;
        for (const QString &s : sa) if (!sb.contains(s)) o32 << names[s];
        for (const QString &s : sb) if (!sa.contains(s)) o64 << names[s];
        if (o32.isEmpty() && o64.isEmpty())
            return;
        o32.sort();
        o64.sort();
        for (const QString &s : o32) only32.append(s);
        for (const QString &s : o64) only64.append(s);
        ctx.result.add(finding(QStringLiteral("winsock.catalog.mismatch-32-64"), id(), Severity::Warning,
                               translate("wd::WinsockCheck", "The 32-bit and 64-bit Winsock catalogs differ"),
                               translate("wd::WinsockCheck", "Windows keeps the same providers in both catalogs. Here %1 entries exist "
                                                             "only for 32-bit programs and %2 only for 64-bit programs, so some "
                                                             "programs connect and others do not. The repair resets both catalogs.")
                                   .arg(o32.size()).arg(o64.size()),
                               QJsonObject{{QStringLiteral("only_32"), only32}, {QStringLiteral("only_64"), only64}},
                               {QStringLiteral("winsock.reset")}));
    }

private:
    std::unique_ptr<MuiResolver> m_mui; // per scan
};

} // namespace

std::unique_ptr<Check> makeWinsockCheck()
{
    return std::make_unique<WinsockCheck>();
}

} // namespace wd
