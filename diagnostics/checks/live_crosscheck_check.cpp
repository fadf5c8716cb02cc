// Live cross-check (check id "live"): on the running Windows, compares what the Winsock SPI reports
// (WSCEnumProtocols / WSCEnumProtocols32, namespace providers) with the catalogs in the registry,
// lists devices Plug and Play reports with a problem code, asks WinVerifyTrust about ws2_32.dll,
// and records all of it in the report under extra["live"]. Does nothing on offline/report targets.
#include "checks/checks.h"
#include "formats/byte_reader.h"
#include "platform/live_apis.h"
#include "platform/system_view.h"
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace wd {
namespace {

const QString kWinsockParams = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\WinSock2\\Parameters");
const QString kNetClassGuid = QStringLiteral("{4d36e972-e325-11ce-bfc1-08002be10318}");

// A catalog entry as the registry holds it (PackedCatalogItem: 260-byte ANSI path + WSAPROTOCOL_INFOW).
struct RegProtocol {
    QString key;            // entry key name, e.g. "000000000001"
    QString dll;
    QUuid providerId;
    quint32 catalogEntryId = 0;
    int chainLen = -1;
    QString name;
    bool parsed = false;
    QString kind() const { return chainLen == 0 ? QStringLiteral("layered") : chainLen == 1 ? QStringLiteral("base") : QStringLiteral("chain"); }
    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("key"), key}, {QStringLiteral("parsed"), parsed}};
        if (parsed) {
            o.insert(QStringLiteral("dll"), dll);
            o.insert(QStringLiteral("name"), name);
            o.insert(QStringLiteral("provider_id"), providerId.toString(QUuid::WithBraces).toUpper());
            o.insert(QStringLiteral("catalog_entry_id"), qint64(catalogEntryId));
            o.insert(QStringLiteral("chain_len"), chainLen);
            o.insert(QStringLiteral("kind"), kind());
        }
        return o;
    }
};

QUuid guidAt(const ByteReader &r, qint64 off)
{
    if (!r.has(off, 16))
        return {};
    return QUuid(r.u32At(off), r.u16At(off + 4), r.u16At(off + 6), r.u8At(off + 8), r.u8At(off + 9), r.u8At(off + 10),
                 r.u8At(off + 11), r.u8At(off + 12), r.u8At(off + 13), r.u8At(off + 14), r.u8At(off + 15));
}

RegProtocol parsePacked(const QString &key, const QByteArray &packed)
{
    constexpr qint64 kPathLen = 260;
    constexpr qint64 kInfoLen = 628; // WSAPROTOCOL_INFOW
    RegProtocol p;
    p.key = key;
    ByteReader r(packed);
    if (!r.has(0, kPathLen + kInfoLen))
        return p;
    p.dll = r.localAt(0, kPathLen);
    const qint64 i = kPathLen;
    p.providerId = guidAt(r, i + 20);
    p.catalogEntryId = r.u32At(i + 36);
    p.chainLen = qint32(r.u32At(i + 40));
    p.name = r.utf16At(i + 116, 256);
    p.parsed = true;
    return p;
}

struct RegCatalog {
    bool exists = false;
    QList<RegProtocol> entries;
};

RegCatalog readRegCatalog(SystemView &sys, const QString &name)
{
    RegCatalog c;
    const QString base = kWinsockParams + QStringLiteral("\\Protocol_Catalog9\\") + name;
    Expected<QStringList> keys = sys.subKeys(base);
    if (!keys)
        return c;
    c.exists = true;
    QStringList sorted = *keys;
    sorted.sort();
    for (const QString &k : sorted) {
        auto v = sys.value(base + QLatin1Char('\\') + k, QStringLiteral("PackedCatalogItem"));
        c.entries.append(parsePacked(k, (v.ok() && v->has_value()) ? (*v)->data : QByteArray()));
    }
    return c;
}

struct RegNamespace {
    QString key, name, dll;
    QUuid providerId;
    quint32 nameSpace = 0;
    bool enabled = true;
    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("name"), name}, {QStringLiteral("dll"), dll},
                           {QStringLiteral("provider_id"), providerId.toString(QUuid::WithBraces).toUpper()},
                           {QStringLiteral("namespace"), qint64(nameSpace)}, {QStringLiteral("enabled"), enabled}};
    }
};

std::optional<QList<RegNamespace>> readRegNamespaces(SystemView &sys, const QString &name)
{
    const QString base = kWinsockParams + QStringLiteral("\\NameSpace_Catalog5\\") + name;
    Expected<QStringList> keys = sys.subKeys(base);
    if (!keys)
        return std::nullopt;
    QList<RegNamespace> out;
    for (const QString &k : *keys) {
        Expected<QList<RegValue>> vals = sys.values(base + QLatin1Char('\\') + k);
        if (!vals)
            continue;
        RegNamespace ns;
        ns.key = k;
        for (const RegValue &v : *vals) {
            const QString n = v.name.toLower();
            if (n == QLatin1String("librarypath"))
                ns.dll = v.toString();
            else if (n == QLatin1String("displaystring"))
                ns.name = v.toString();
            else if (n == QLatin1String("providerid"))
                ns.providerId = guidAt(ByteReader(v.data), 0);
            else if (n == QLatin1String("supportednamespace"))
                ns.nameSpace = v.toDword().value_or(0);
            else if (n == QLatin1String("enabled"))
                ns.enabled = v.toDword().value_or(1) != 0;
        }
        out.append(ns);
    }
    return out;
}

QJsonArray toJsonArray(const auto &list)
{
    QJsonArray a;
    for (const auto &x : list)
        a.append(x.toJson());
    return a;
}

class LiveCrossCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("live"); }
    Text title() const override { return translate("wd::LiveCrossCheck", "What Windows itself reports"); }

    Expected<void> run(ScanContext &ctx) override
    {
        LiveApis *api = ctx.system.live();
        if (!api)
            return {};
        SystemView &sys = ctx.system;
        QJsonObject live;
        QJsonArray errors;
        auto noteError = [&errors](const QString &what, const Error &e) {
            errors.append(QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("error"), e.toString()}});
        };
        const QString wine = api->wineVersion();
        const bool underWine = !wine.isEmpty();
        live.insert(QStringLiteral("wine"), underWine ? QJsonValue(wine) : QJsonValue());
        live.insert(QStringLiteral("elevated"), api->isElevated());
        if (underWine) {
            Finding f = make(QStringLiteral("live.wine"), Severity::Info,
                             translate("wd::LiveCrossCheck", "Running under Wine %1").arg(wine),
                             translate("wd::LiveCrossCheck", "This \"Windows\" is Wine. Wine's Winsock does not keep its providers in the "
                                       "registry catalog, so an empty Protocol_Catalog9 is normal here, and Wine's own system "
                                       "files carry no Microsoft signature. Entries that something else wrote into the registry "
                                       "catalog are still reported, because a real Windows would load them."));
            f.evidence.insert(QStringLiteral("wine_version"), wine);
            ctx.result.add(f);
        }

        // --- Winsock protocol catalogs: the SPI against the registry.
        ctx.report(id(), 0, 4, translate("wd::LiveCrossCheck", "Winsock providers"));
        QJsonObject protocols;
        struct Pair { QString regName; QString apiName; Expected<QList<LiveProtocol>> api; };
        QList<Pair> pairs;
        if (sys.is64Bit()) {
            pairs.append({QStringLiteral("Catalog_Entries64"), QStringLiteral("WSCEnumProtocols"), api->protocols()});
            pairs.append({QStringLiteral("Catalog_Entries"), QStringLiteral("WSCEnumProtocols32"), api->protocols32()});
        } else {
            pairs.append({QStringLiteral("Catalog_Entries"), QStringLiteral("WSCEnumProtocols"), api->protocols()});
        }
        QJsonObject regCatalogs;
        for (Pair &p : pairs) {
            const RegCatalog reg = readRegCatalog(sys, p.regName);
            regCatalogs.insert(p.regName, QJsonObject{{QStringLiteral("exists"), reg.exists},
                                                      {QStringLiteral("entries"), toJsonArray(reg.entries)}});
            if (!p.api) {
                // Without the API (e.g. a Wine without 32-bit support) every registry entry is unconfirmed.
                noteError(p.apiName, p.api.error());
                compareCatalogs(ctx, p.regName, p.apiName, reg, QList<LiveProtocol>(), underWine);
                continue;
            }
            protocols.insert(p.apiName, toJsonArray(*p.api));
            compareCatalogs(ctx, p.regName, p.apiName, reg, *p.api, underWine);
        }
        live.insert(QStringLiteral("protocols"), protocols);
        live.insert(QStringLiteral("registry_catalogs"), regCatalogs);
        if (ctx.cancel.isCancelled())
            return Error(ErrorKind::Cancelled, QString());

        // --- Namespace providers.
        Expected<QList<LiveNamespace>> ns = api->namespaces();
        QJsonObject regNs;
        const QString nsCatalog = sys.is64Bit() ? QStringLiteral("Catalog_Entries64") : QStringLiteral("Catalog_Entries");
        const std::optional<QList<RegNamespace>> regNamespaces = readRegNamespaces(sys, nsCatalog);
        if (regNamespaces)
            regNs.insert(nsCatalog, toJsonArray(*regNamespaces));
        live.insert(QStringLiteral("registry_namespaces"), regNs);
        if (ns) {
            live.insert(QStringLiteral("namespaces"), toJsonArray(*ns));
            compareNamespaces(ctx, nsCatalog, regNamespaces.value_or(QList<RegNamespace>()), *ns, underWine);
        } else {
            noteError(QStringLiteral("namespaces"), ns.error());
        }

        // --- Devices with problem codes.
        ctx.report(id(), 1, 4, translate("wd::LiveCrossCheck", "Devices"));
        Expected<QList<LiveDevice>> devs = api->devices();
        if (devs) {
            live.insert(QStringLiteral("devices"), toJsonArray(*devs));
            int problems = 0;
            for (const LiveDevice &d : *devs)
                if (d.hasProblem) {
                    ++problems;
                    reportDevice(ctx, d);
                }
            live.insert(QStringLiteral("device_problems"), problems);
        } else {
            noteError(QStringLiteral("devices"), devs.error());
        }
        if (ctx.cancel.isCancelled())
            return Error(ErrorKind::Cancelled, QString());

        // --- WinVerifyTrust on ws2_32.dll (both bitnesses on 64-bit Windows).
        ctx.report(id(), 2, 4, translate("wd::LiveCrossCheck", "Signatures"));
        QStringList files{sys.system32() + QStringLiteral("\\ws2_32.dll")};
        if (sys.is64Bit())
            files.append(sys.sysWow64() + QStringLiteral("\\ws2_32.dll"));
        QJsonArray sigs;
        for (const QString &file : files) {
            Expected<QString> host = sys.hostPath(file);
            if (!host)
                continue;
            const LiveTrust t = api->verifyFile(*host);
            QJsonObject o = t.toJson();
            o.insert(QStringLiteral("path"), file);
            sigs.append(o);
            reportTrust(ctx, file, t, underWine);
        }
        live.insert(QStringLiteral("signatures"), sigs);

        // --- AppInit_DLLs as both registry views hold them (data for the report and the cross-checks).
        QJsonObject appinit;
        for (const auto &[name, view] : {std::pair{QStringLiteral("view64"), RegView::View64}, std::pair{QStringLiteral("view32"), RegView::View32}}) {
            if (name == QLatin1String("view32") && !sys.is64Bit())
                continue;
            const QString key = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Windows");
            QJsonObject o;
            Expected<QList<RegValue>> vals = sys.values(key, view);
            if (vals)
                for (const RegValue &v : *vals) {
                    const QString n = v.name;
                    if (n.compare(QLatin1String("AppInit_DLLs"), Qt::CaseInsensitive) == 0)
                        o.insert(QStringLiteral("AppInit_DLLs"), v.toString());
                    else if (n.compare(QLatin1String("LoadAppInit_DLLs"), Qt::CaseInsensitive) == 0
                             || n.compare(QLatin1String("RequireSignedAppInit_DLLs"), Qt::CaseInsensitive) == 0)
                        o.insert(n, qint64(v.toDword().value_or(0)));
                }
            appinit.insert(name, o);
        }
        live.insert(QStringLiteral("appinit"), appinit);

        // --- One sample of the leak monitor's counters.
        ctx.report(id(), 3, 4, translate("wd::LiveCrossCheck", "Performance counters"));
        Expected<LivePerfSample> perf = api->samplePerformance();
        if (perf)
            live.insert(QStringLiteral("perf"), perf->toJson());
        else
            noteError(QStringLiteral("perf"), perf.error());

        live.insert(QStringLiteral("errors"), errors);
        ctx.result.extra.insert(QStringLiteral("live"), live);
        return {};
    }

private:
    Finding make(const QString &fid, Severity sev, const QString &title, const QString &detail) const
    {
        Finding f;
        f.id = fid;
        f.check = id();
        f.severity = sev;
        f.title = title;
        f.detail = detail;
        return f;
    }

    void compareCatalogs(ScanContext &ctx, const QString &regName, const QString &apiName, const RegCatalog &reg,
                         const QList<LiveProtocol> &api, bool underWine) const
    {
        QSet<quint32> apiIds, regIds;
        for (const LiveProtocol &p : api)
            apiIds.insert(p.catalogEntryId);
        for (const RegProtocol &p : reg.entries)
            if (p.parsed)
                regIds.insert(p.catalogEntryId);

        QJsonArray regOnly;
        bool layered = false;
        for (const RegProtocol &p : reg.entries) {
            if (p.parsed && apiIds.contains(p.catalogEntryId))
                continue;
            regOnly.append(p.toJson());
            layered = layered || (p.parsed && p.chainLen != 1);
        }
        if (!regOnly.isEmpty()) {
            Finding f = make(QStringLiteral("live.catalog.registry-only"), Severity::Warning,
                             translate("wd::LiveCrossCheck", "%n Winsock catalog entries in the registry are not reported by Windows", nullptr,
                                       int(regOnly.size())),
                             underWine
                                 ? translate("wd::LiveCrossCheck", "The registry catalog %1 holds providers that Wine's Winsock does not "
                                             "use (Wine never writes this catalog). Something else put them there; on a real Windows "
                                             "every program that opens a network connection would load them. Removing layered "
                                             "providers (LSPs) or resetting Winsock clears them.").arg(regName)
                                 : translate("wd::LiveCrossCheck", "The registry catalog %1 holds providers that %2 does not report. "
                                             "The catalog is inconsistent or was edited behind Windows' back, which can break "
                                             "every network program or make them crash in ws2_32.dll. Removing the layered "
                                             "providers (LSPs) or resetting Winsock rebuilds a consistent catalog.").arg(regName, apiName));
            f.evidence.insert(QStringLiteral("catalog"), regName);
            f.evidence.insert(QStringLiteral("api"), apiName);
            f.evidence.insert(QStringLiteral("entries"), regOnly);
            f.repairs = layered ? QStringList{QStringLiteral("winsock.remove-lsp"), QStringLiteral("winsock.reset")}
                                : QStringList{QStringLiteral("winsock.reset")};
            ctx.result.add(f);
        }

        QJsonArray apiOnly;
        for (const LiveProtocol &p : api)
            if (!regIds.contains(p.catalogEntryId))
                apiOnly.append(p.toJson());
        if (apiOnly.isEmpty())
            return;
        if (underWine) {
            // Wine's built-in providers never appear in the registry: normal, say so once.
            Finding f = make(QStringLiteral("live.catalog.wine-builtin"), Severity::Info,
                             translate("wd::LiveCrossCheck", "Wine reports %n built-in Winsock providers that are not in the registry", nullptr,
                                       int(apiOnly.size())),
                             translate("wd::LiveCrossCheck", "Wine keeps its base providers (TCP/IP, UDP/IP, ...) inside its Winsock "
                                       "and leaves the registry catalog %1 empty. This is how Wine works, not a fault.").arg(regName));
            f.evidence.insert(QStringLiteral("catalog"), regName);
            f.evidence.insert(QStringLiteral("count"), apiOnly.size());
            ctx.result.add(f);
            return;
        }
        Finding f = make(QStringLiteral("live.catalog.api-only"), Severity::Warning,
                         translate("wd::LiveCrossCheck", "Windows reports %n Winsock providers that its registry catalog does not hold", nullptr,
                                   int(apiOnly.size())),
                         translate("wd::LiveCrossCheck", "%1 lists providers that are missing from the registry catalog %2. The catalog "
                                   "in the registry is damaged or was changed while Windows was running; after the next restart "
                                   "network programs may fail. Resetting Winsock rebuilds the catalog.").arg(apiName, regName));
        f.evidence.insert(QStringLiteral("catalog"), regName);
        f.evidence.insert(QStringLiteral("api"), apiName);
        f.evidence.insert(QStringLiteral("entries"), apiOnly);
        f.repairs = {QStringLiteral("winsock.reset")};
        ctx.result.add(f);
    }

    void compareNamespaces(ScanContext &ctx, const QString &regName, const QList<RegNamespace> &reg,
                           const QList<LiveNamespace> &api, bool underWine) const
    {
        QSet<QUuid> apiIds, regIds;
        for (const LiveNamespace &n : api)
            apiIds.insert(n.providerId);
        for (const RegNamespace &n : reg)
            regIds.insert(n.providerId);
        QJsonArray regOnly, apiOnly;
        for (const RegNamespace &n : reg)
            if (n.enabled && !apiIds.contains(n.providerId))
                regOnly.append(n.toJson());
        for (const LiveNamespace &n : api)
            if (!regIds.contains(n.providerId))
                apiOnly.append(n.toJson());
        if (!regOnly.isEmpty()) {
            Finding f = make(QStringLiteral("live.namespace.registry-only"), Severity::Warning,
                             translate("wd::LiveCrossCheck", "%n namespace providers in the registry are not reported by Windows", nullptr,
                                       int(regOnly.size())),
                             translate("wd::LiveCrossCheck", "The namespace catalog %1 (name resolution: DNS, NLA, ...) holds enabled "
                                       "providers that Windows does not report. Name lookups may fail or go through a provider "
                                       "nobody installed on purpose.").arg(regName));
            f.evidence.insert(QStringLiteral("catalog"), regName);
            f.evidence.insert(QStringLiteral("entries"), regOnly);
            ctx.result.add(f);
        }
        if (!apiOnly.isEmpty() && !underWine) {
            Finding f = make(QStringLiteral("live.namespace.api-only"), Severity::Warning,
                             translate("wd::LiveCrossCheck", "Windows reports %n namespace providers that its registry does not hold", nullptr,
                                       int(apiOnly.size())),
                             translate("wd::LiveCrossCheck", "The namespace catalog %1 in the registry does not match what Windows "
                                       "uses. Resetting Winsock rebuilds a consistent catalog.").arg(regName));
            f.evidence.insert(QStringLiteral("catalog"), regName);
            f.evidence.insert(QStringLiteral("entries"), apiOnly);
            f.repairs = {QStringLiteral("winsock.reset")};
            ctx.result.add(f);
        }
    }

    void reportDevice(ScanContext &ctx, const LiveDevice &d) const
    {
        const bool net = d.classGuid.compare(kNetClassGuid, Qt::CaseInsensitive) == 0
            || d.className.compare(QLatin1String("Net"), Qt::CaseInsensitive) == 0;
        if (d.disabled && !net)
            return; // a disabled webcam is a choice, not a fault
        Finding f = make(d.disabled ? QStringLiteral("live.device.disabled") : QStringLiteral("live.device.problem"),
                         d.disabled ? Severity::Info : (net ? Severity::Error : Severity::Warning),
                         translate("wd::LiveCrossCheck", "%1: %2").arg(d.displayName(), cmProblemName(d.problem)),
                         cmProblemText(d.problem) + QLatin1Char(' ')
                             + (net ? translate("wd::LiveCrossCheck", "This is a network adapter: while it has this problem the PC "
                                                "has no network through it. A faulty network driver is also a frequent cause of "
                                                "blue screens. Rolling back to the previous driver often helps.")
                                    : translate("wd::LiveCrossCheck", "Windows reports this device as not working.")));
        f.evidence.insert(QStringLiteral("instance_id"), d.instanceId);
        f.evidence.insert(QStringLiteral("problem"), qint64(d.problem));
        f.evidence.insert(QStringLiteral("problem_name"), cmProblemName(d.problem));
        f.evidence.insert(QStringLiteral("class"), d.className);
        if (!d.service.isEmpty())
            f.evidence.insert(QStringLiteral("service"), d.service);
        if (net && !d.disabled)
            f.repairs = {QStringLiteral("driver.rollback")};
        ctx.result.add(f);
    }

    void reportTrust(ScanContext &ctx, const QString &file, const LiveTrust &t, bool underWine) const
    {
        // Cross-check with the OpenSSL verifier when it already recorded a verdict for this file.
        for (const QJsonValue &v : std::as_const(ctx.result.files)) {
            const QJsonObject fo = v.toObject();
            if (fo.value(QStringLiteral("path")).toString().compare(file, Qt::CaseInsensitive) != 0)
                continue;
            const QString own = fo.value(QStringLiteral("signature")).toObject().value(QStringLiteral("status")).toString();
            if (!own.isEmpty() && t.status != QLatin1String("error") && own != t.status) {
                Finding f = make(QStringLiteral("live.signature.disagreement"), Severity::Warning,
                                 translate("wd::LiveCrossCheck", "Windows and Winsock Doctor disagree about the signature of %1").arg(file),
                                 translate("wd::LiveCrossCheck", "Windows' WinVerifyTrust says \"%1\", Winsock Doctor's own verifier says "
                                           "\"%2\". A disagreement can mean a tampered certificate store or a file that was "
                                           "replaced in a way one of the two does not notice; treat the file as suspect.")
                                     .arg(t.status, own));
                f.evidence.insert(QStringLiteral("path"), file);
                f.evidence.insert(QStringLiteral("wintrust"), t.toJson());
                f.evidence.insert(QStringLiteral("openssl_status"), own);
                ctx.result.add(f);
            }
        }
        if (underWine || t.status == QLatin1String("valid") || t.status == QLatin1String("error"))
            return;
        Finding f = make(QStringLiteral("live.signature.ws2_32"), Severity::Error,
                         translate("wd::LiveCrossCheck", "Windows does not trust %1").arg(file),
                         translate("wd::LiveCrossCheck", "WinVerifyTrust rates the Winsock library \"%1\" (%2). Every network program "
                                   "loads this file; a version that is not signed by Microsoft may have been replaced or damaged "
                                   "and can cause crashes in ws2_32.dll. Repair the system files (sfc /scannow).")
                             .arg(t.status, t.message));
        f.evidence.insert(QStringLiteral("path"), file);
        f.evidence.insert(QStringLiteral("wintrust"), t.toJson());
        ctx.result.add(f);
    }
};

} // namespace

std::unique_ptr<Check> makeLiveCrossCheck()
{
    return std::make_unique<LiveCrossCheck>();
}

} // namespace wd
