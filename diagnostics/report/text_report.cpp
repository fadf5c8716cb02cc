#include "core/brand.h"
#include "formats/bugcheck_kb.h"
#include "report/text_report.h"
#include "checks/device_problems.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace wd {

// Verified files (signatures check): one line per file.
static void appendFilesSection(QTextStream &s, const ScanResult &r)
{
    if (r.files.isEmpty())
        return;
    s << translate("wd::TextReport", "Files (%n):", nullptr, int(r.files.size())) << '\n';
    for (const QJsonValue &v : r.files) {
        const QJsonObject f = v.toObject();
        const QJsonObject sig = f.value(QStringLiteral("signature")).toObject();
        QString line = QStringLiteral("  %1  %2").arg(sig.value(QStringLiteral("status")).toString(), -15).arg(f.value(QStringLiteral("path")).toString());
        const QString signer = sig.value(QStringLiteral("signer")).toString();
        if (!signer.isEmpty())
            line += QStringLiteral("  (%1, %2)").arg(signer, sig.value(QStringLiteral("source")).toString());
        if (!f.value(QStringLiteral("exists")).toBool())
            line += QLatin1Char(' ') + translate("wd::TextReport", "(missing)");
        s << line << '\n';
    }
    // Deep scans: how many verdicts the verification cache gave (checks/verification_cache.h).
    const QJsonObject cache = r.extra.value(QStringLiteral("verification_cache")).toObject();
    if (const qint64 cached = cache.value(QStringLiteral("from_cache")).toInteger(); cached > 0)
        s << QStringLiteral("  ")
          << translate("wd::TextReport", "%1 of %2 files were unchanged since they were verified and were not read again "
                                         "(verification cache; --no-cache verifies every file).")
                 .arg(cached)
                 .arg(cache.value(QStringLiteral("files")).toInteger())
          << '\n';
    s << '\n';
}

QString formatDumpsText(const QJsonArray &dumps)
{
    if (dumps.isEmpty())
        return {};
    QString out;
    QTextStream s(&out);
    s << translate("wd::TextReport", "Crash dumps (%n):", nullptr, int(dumps.size())) << '\n';
    for (const QJsonValue &v : dumps) {
        const QJsonObject d = v.toObject();
        s << QStringLiteral("  ") << d.value(QStringLiteral("path")).toString() << '\n';
        if (d.contains(QStringLiteral("error"))) {
            s << QStringLiteral("    ") << translate("wd::TextReport", "Unreadable: %1").arg(d.value(QStringLiteral("error")).toString()) << '\n';
            continue;
        }
        const QString kind = d.value(QStringLiteral("kind")).toString();
        QString kindText;
        if (kind == QLatin1String("kernel_small")) kindText = translate("wd::TextReport", "small kernel dump (minidump)");
        else if (kind == QLatin1String("kernel_summary")) kindText = translate("wd::TextReport", "kernel memory dump");
        else if (kind == QLatin1String("kernel_full")) kindText = translate("wd::TextReport", "complete memory dump");
        else kindText = translate("wd::TextReport", "application crash dump (user mode, not a kernel dump)");
        s << QStringLiteral("    ") << translate("wd::TextReport", "Type: %1 [%2, %3, build %4]")
                 .arg(kindText, d.value(QStringLiteral("format")).toString(), d.value(QStringLiteral("arch")).toString())
                 .arg(d.value(QStringLiteral("os_build")).toInteger()) << '\n';
        if (!d.value(QStringLiteral("time")).toString().isEmpty())
            s << QStringLiteral("    ") << translate("wd::TextReport", "Time: %1").arg(d.value(QStringLiteral("time")).toString()) << '\n';
        if (d.value(QStringLiteral("bugcheck")).isString()) {
            QStringList params;
            for (const QJsonValue &p : d.value(QStringLiteral("params")).toArray())
                params << p.toString();
            s << QStringLiteral("    ") << translate("wd::TextReport", "Bug check: %1 %2 (%3)")
                     .arg(d.value(QStringLiteral("bugcheck")).toString(), d.value(QStringLiteral("name")).toString(),
                          params.join(QStringLiteral(", "))) << '\n';
        } else if (kind != QLatin1String("user")) {
            s << QStringLiteral("    ") << translate("wd::TextReport", "Bug check: none recorded") << '\n';
        }
        const QJsonObject ex = d.value(QStringLiteral("exception")).toObject();
        if (kind == QLatin1String("user") && !ex.isEmpty())
            s << QStringLiteral("    ") << translate("wd::TextReport", "Exception: %1 at %2 %3")
                     .arg(ex.value(QStringLiteral("code")).toString(), ex.value(QStringLiteral("address")).toString(),
                          ex.value(QStringLiteral("module")).toString()).toString().trimmed() << '\n';
        if (!d.value(QStringLiteral("suspect")).toString().isEmpty())
            s << QStringLiteral("    ") << translate("wd::TextReport", "Suspect: %1").arg(d.value(QStringLiteral("suspect")).toString()) << '\n';
        if (const QString why = shownBugcheckExplanation(d); !why.isEmpty())
            s << QStringLiteral("    ") << why << '\n';
        for (const QJsonValue &w : d.value(QStringLiteral("warnings")).toArray())
            s << QStringLiteral("    ") << translate("wd::TextReport", "Note: %1").arg(w.toString()) << '\n';
    }
    s << '\n';
    return out;
}

QString formatDevicesText(const QJsonArray &devices)
{
    QString out;
    QTextStream s(&out);
    int shown = 0;
    for (const QJsonValue &v : devices) {
        const QJsonObject d = v.toObject();
        const QString kind = d.value(QStringLiteral("kind")).toString();
        if (kind != QLatin1String("adapter") && kind != QLatin1String("filter") && kind != QLatin1String("class_filter") &&
            d.value(QStringLiteral("state")).toString() == QLatin1String("ok"))
            continue;
        if (kind == QLatin1String("net_component") && d.value(QStringLiteral("state")).toString() == QLatin1String("ok"))
            continue;
        if (shown++ == 0)
            s << translate("wd::TextReport", "Network adapters and filters:") << '\n';
        QString label;
        if (kind == QLatin1String("adapter")) label = translate("wd::TextReport", "adapter");
        else if (kind == QLatin1String("filter")) label = translate("wd::TextReport", "filter");
        else if (kind == QLatin1String("class_filter")) label = translate("wd::TextReport", "class filter");
        else label = translate("wd::TextReport", "device");
        s << QStringLiteral("  [%1] %2").arg(label, d.value(QStringLiteral("description")).toString());
        const QJsonObject drv = d.value(QStringLiteral("driver")).toObject();
        if (!drv.value(QStringLiteral("provider")).toString().isEmpty())
            s << QStringLiteral(" - ") << drv.value(QStringLiteral("provider")).toString() << QLatin1Char(' ')
              << drv.value(QStringLiteral("version")).toString();
        s << '\n';
        const QJsonObject problem = d.value(QStringLiteral("problem")).toObject();
        if (!problem.isEmpty())
        {
            // Known codes are rendered in the language shown now; the saved text is for codes this build does not know.
            const int code = problem.value(QStringLiteral("code")).toInt();
            const bool known = !deviceProblemSymbol(code).isEmpty();
            s << QStringLiteral("      ") << translate("wd::TextReport", "Code %1: %2 %3").arg(code)
                     .arg(known ? deviceProblemText(code).toString() : problem.value(QStringLiteral("text")).toString(),
                          known ? deviceProblemAdvice(code).toString() : problem.value(QStringLiteral("advice")).toString()) << '\n';
        }
        const QJsonObject svc = d.value(QStringLiteral("service")).toObject();
        if (svc.contains(QStringLiteral("file")))
            s << QStringLiteral("      ") << (svc.value(QStringLiteral("file_exists")).toBool()
                    ? translate("wd::TextReport", "Driver file: %1").arg(svc.value(QStringLiteral("file")).toString())
                    : translate("wd::TextReport", "Driver file MISSING: %1").arg(svc.value(QStringLiteral("file")).toString())) << '\n';
    }
    if (shown)
        s << '\n';
    return out;
}

// Winsock catalogs, namespace providers, AppInit_DLLs and network settings, summarised so that a
// helpdesk agent can read them out: counts first, then only what is unusual.
static void appendWinsockSections(QTextStream &s, const ScanResult &r)
{
    const QJsonArray catalogs = r.winsock.value(QStringLiteral("catalogs")).toArray();
    if (!catalogs.isEmpty()) {
        s << translate("wd::TextReport", "Winsock protocol catalogs:") << '\n';
        for (const QJsonValue &cv : catalogs) {
            const QJsonObject c = cv.toObject();
            const QJsonArray protos = c.value(QStringLiteral("protocols")).toArray();
            int base = 0, layered = 0, chains = 0, missing = 0;
            for (const QJsonValue &pv : protos) {
                const QString kind = pv.toObject().value(QStringLiteral("kind")).toString();
                if (kind == QLatin1String("base")) ++base;
                else if (kind == QLatin1String("layered")) ++layered;
                else ++chains;
                if (!pv.toObject().value(QStringLiteral("dll_exists")).toBool(true)) ++missing;
            }
            s << QStringLiteral("  ") << translate("wd::TextReport", "%1 (%2-bit): %3 entries - %4 Windows/base, %5 layered (LSP), %6 chains")
                                            .arg(c.value(QStringLiteral("name")).toString())
                                            .arg(c.value(QStringLiteral("bitness")).toInt())
                                            .arg(protos.size()).arg(base).arg(layered).arg(chains)
              << '\n';
            // Base providers whose file is missing are grouped by file; layered entries and chains are listed one by one.
            QMap<QString, int> missingBase;
            for (const QJsonValue &pv : protos) {
                const QJsonObject p = pv.toObject();
                const bool exists = p.value(QStringLiteral("dll_exists")).toBool(true);
                if (p.value(QStringLiteral("kind")).toString() == QLatin1String("base")) {
                    if (!exists)
                        ++missingBase[p.value(QStringLiteral("dll")).toString()];
                    continue;
                }
                s << QStringLiteral("    [%1] #%2 %3 - %4%5")
                         .arg(p.value(QStringLiteral("kind")).toString().toUpper())
                         .arg(qint64(p.value(QStringLiteral("catalog_entry_id")).toDouble()))
                         .arg(p.value(QStringLiteral("protocol_display")).toString(), p.value(QStringLiteral("dll")).toString(),
                              exists ? QString() : QStringLiteral(" ") + translate("wd::TextReport", "(FILE MISSING)").toString())
                  << '\n';
            }
            for (auto it = missingBase.cbegin(); it != missingBase.cend(); ++it)
                s << QStringLiteral("    [BASE] ") << translate("wd::TextReport", "%n provider(s) need %1", nullptr, it.value()).arg(it.key())
                  << QStringLiteral(" ") << translate("wd::TextReport", "(FILE MISSING)") << '\n';
            if (missing == 0 && layered == 0 && chains == 0)
                s << QStringLiteral("    ") << translate("wd::TextReport", "only standard providers, all files present") << '\n';
        }
    }
    const QJsonArray ns = r.winsock.value(QStringLiteral("namespaces")).toArray();
    if (!ns.isEmpty()) {
        QStringList unusual;
        for (const QJsonValue &v : ns) {
            const QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("windows")).toBool() || !o.value(QStringLiteral("dll_exists")).toBool()
                || !o.value(QStringLiteral("enabled")).toBool())
                unusual << QStringLiteral("%1: %2 (%3)").arg(o.value(QStringLiteral("catalog")).toString(),
                                                             o.value(QStringLiteral("dll")).toString(),
                                                             o.value(QStringLiteral("namespace_name")).toString());
        }
        s << translate("wd::TextReport", "Namespace providers: %1 entries").arg(ns.size()) << '\n';
        for (const QString &u : unusual)
            s << QStringLiteral("    ! ") << u << '\n';
    }
    if (!r.appinit.isEmpty()) {
        s << translate("wd::TextReport", "AppInit_DLLs:") << '\n';
        for (const char *view : {"view64", "view32"}) {
            const QJsonObject v = r.appinit.value(QLatin1String(view)).toObject();
            if (v.isEmpty())
                continue;
            const QString list = v.value(QStringLiteral("appinit_dlls")).toString().trimmed();
            const bool on = v.value(QStringLiteral("load_appinit_dlls")).toDouble() != 0;
            s << QStringLiteral("  %1: ").arg(QLatin1String(view) == QLatin1String("view64") ? translate("wd::TextReport", "64-bit")
                                                                                           : translate("wd::TextReport", "32-bit"));
            if (list.isEmpty())
                s << translate("wd::TextReport", "empty");
            else
                s << (on ? translate("wd::TextReport", "ACTIVE") : translate("wd::TextReport", "listed but not loaded"))
                  << QStringLiteral(" - ") << list;
            s << '\n';
        }
    }
    if (!r.network.isEmpty()) {
        s << translate("wd::TextReport", "Network settings:") << '\n';
        const QJsonObject tcp = r.network.value(QStringLiteral("tcp_global")).toObject();
        QStringList changed;
        for (const QJsonValue &v : tcp.value(QStringLiteral("values")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("modified")).toBool())
                changed << QStringLiteral("%1=%2").arg(o.value(QStringLiteral("name")).toString())
                               .arg(qint64(o.value(QStringLiteral("value")).toDouble()));
        }
        s << QStringLiteral("  ") << (changed.isEmpty() ? translate("wd::TextReport", "TCP/IP: Windows defaults")
                                                        : translate("wd::TextReport", "TCP/IP: changed - %1").arg(changed.join(QStringLiteral(", "))))
          << '\n';
        const QJsonObject v6 = r.network.value(QStringLiteral("ipv6_disabled_components")).toObject();
        if (!v6.isEmpty())
            s << QStringLiteral("  ") << translate("wd::TextReport", "IPv6 DisabledComponents: %1").arg(v6.value(QStringLiteral("hex")).toString()) << '\n';
        const QJsonObject t = r.network.value(QStringLiteral("teredo")).toObject();
        if (!t.isEmpty())
            s << QStringLiteral("  ") << translate("wd::TextReport", "Teredo: %1").arg(t.value(QStringLiteral("state")).toString()) << '\n';
    }
    s << '\n';
}


// What the live Win32 APIs reported (extra["live"], check "live"); empty for other targets.
static void formatLiveSection(QTextStream &s, const ScanResult &r)
{
    const QJsonObject live = r.extra.value(QStringLiteral("live")).toObject();
    if (live.isEmpty())
        return;
    s << translate("wd::TextReport", "This PC as Windows reports it:") << '\n';
    if (!live.value(QStringLiteral("wine")).toString().isEmpty())
        s << QStringLiteral("  ") << translate("wd::TextReport", "Running under Wine %1").arg(live.value(QStringLiteral("wine")).toString()) << '\n';
    const QJsonObject protocols = live.value(QStringLiteral("protocols")).toObject();
    for (auto it = protocols.constBegin(); it != protocols.constEnd(); ++it)
        s << QStringLiteral("  ") << translate("wd::TextReport", "%1: %n provider(s)", nullptr, int(it.value().toArray().size())).arg(it.key()) << '\n';
    s << QStringLiteral("  ") << translate("wd::TextReport", "Namespace providers: %1").arg(live.value(QStringLiteral("namespaces")).toArray().size()) << '\n';
    s << QStringLiteral("  ") << translate("wd::TextReport", "Devices: %1 (%2 with a problem)")
                                     .arg(live.value(QStringLiteral("devices")).toArray().size())
                                     .arg(live.value(QStringLiteral("device_problems")).toInt()) << '\n';
    for (const QJsonValue &v : live.value(QStringLiteral("signatures")).toArray()) {
        const QJsonObject o = v.toObject();
        s << QStringLiteral("  ") << translate("wd::TextReport", "WinVerifyTrust %1: %2 (%3)")
                                         .arg(o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("status")).toString(),
                                              o.value(QStringLiteral("result")).toString()) << '\n';
    }
    s << '\n';
}

// The brand's report footer and support contacts (nothing for the default brand).
static void appendBrandFooter(QTextStream &s)
{
    const QString footer = brand().reportFooter();
    const QString support = brand().supportLine();
    if (footer.isEmpty() && support.isEmpty())
        return;
    s << '\n' << QStringLiteral("--") << '\n';
    if (!footer.isEmpty())
        s << footer << '\n';
    if (!support.isEmpty())
        s << translate("wd::TextReport", "Support: %1").arg(support) << '\n';
}

QString formatScanText(const ScanResult &r)
{
    QString out;
    QTextStream s(&out);
    s << translate("wd::TextReport", "Winsock Doctor scan") << '\n';
    if (r.schemaVersion < 2)
        s << translate("wd::TextReport", "Note: this report was saved by an older version (winsock-doctor/scan/1); its findings are "
                                         "shown in the language it was made in.") << '\n';
    s << translate("wd::TextReport", "Target: %1 %2").arg(r.target.kind, r.target.path).toString().trimmed() << '\n';
    const WindowsInfo &w = r.target.windows;
    if (!w.product.isEmpty() || !w.build.isEmpty())
        s << translate("wd::TextReport", "Windows: %1 (build %2, %3)").arg(w.product, w.build, w.arch) << '\n';
    if (!r.supportCode.isEmpty())
        s << translate("wd::TextReport", "Support code: %1").arg(r.supportCode) << '\n';
    s << '\n' << translate("wd::TextReport", "Checks:") << '\n';
    for (const CheckRun &c : r.checks) {
        QString status;
        if (c.status == QLatin1String("ok")) status = translate("wd::TextReport", "OK");
        else if (c.status == QLatin1String("problems")) status = translate("wd::TextReport", "PROBLEMS");
        else if (c.status == QLatin1String("error")) status = translate("wd::TextReport", "COULD NOT RUN");
        else if (c.status == QLatin1String("cancelled")) status = translate("wd::TextReport", "CANCELLED");
        else status = translate("wd::TextReport", "SKIPPED");
        s << QStringLiteral("  [%1] %2").arg(status, c.title);
        if (!c.message.isEmpty())
            s << QStringLiteral(" - ") << c.message;
        s << '\n';
    }
    s << '\n';
    appendWinsockSections(s, r);
    s << formatDevicesText(r.devices) << formatDumpsText(r.dumps);
    appendFilesSection(s, r);
    formatLiveSection(s, r);
    if (r.findings.isEmpty()) {
        s << translate("wd::TextReport", "No problems found.") << '\n';
        appendBrandFooter(s);
        return out;
    }
    s << translate("wd::TextReport", "Findings (%n):", nullptr, int(r.findings.size())) << '\n';
    int n = 0;
    for (const Finding &f : r.findings) {
        s << '\n' << QStringLiteral("%1. [%2] %3").arg(++n).arg(severityDisplayName(f.severity).toString().toUpper(), f.title.toString()) << '\n';
        s << QStringLiteral("   ") << translate("wd::TextReport", "Code: %1").arg(f.id) << '\n';
        if (!f.detail.isEmpty())
            s << QStringLiteral("   ") << f.detail << '\n';
        if (!f.repairs.isEmpty())
            s << QStringLiteral("   ") << translate("wd::TextReport", "Repair: %1").arg(f.repairs.join(QStringLiteral(", "))) << '\n';
    }
    appendBrandFooter(s);
    return out;
}

} // namespace wd
