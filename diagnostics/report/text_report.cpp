#include "report/text_report.h"
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace wd {

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
                          ex.value(QStringLiteral("module")).toString()).trimmed() << '\n';
        if (!d.value(QStringLiteral("suspect")).toString().isEmpty())
            s << QStringLiteral("    ") << translate("wd::TextReport", "Suspect: %1").arg(d.value(QStringLiteral("suspect")).toString()) << '\n';
        if (!d.value(QStringLiteral("explanation")).toString().isEmpty())
            s << QStringLiteral("    ") << d.value(QStringLiteral("explanation")).toString() << '\n';
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
            s << QStringLiteral("      ") << translate("wd::TextReport", "Code %1: %2 %3").arg(problem.value(QStringLiteral("code")).toInt())
                     .arg(problem.value(QStringLiteral("text")).toString(), problem.value(QStringLiteral("advice")).toString()) << '\n';
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


QString formatScanText(const ScanResult &r)
{
    QString out;
    QTextStream s(&out);
    s << translate("wd::TextReport", "Winsock Doctor scan") << '\n';
    s << translate("wd::TextReport", "Target: %1 %2").arg(r.target.kind, r.target.path).trimmed() << '\n';
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
    s << formatDevicesText(r.devices) << formatDumpsText(r.dumps);
    if (r.findings.isEmpty()) {
        s << translate("wd::TextReport", "No problems found.") << '\n';
        return out;
    }
    s << translate("wd::TextReport", "Findings (%n):", nullptr, int(r.findings.size())) << '\n';
    int n = 0;
    for (const Finding &f : r.findings) {
        s << '\n' << QStringLiteral("%1. [%2] %3").arg(++n).arg(severityDisplayName(f.severity).toUpper(), f.title) << '\n';
        s << QStringLiteral("   ") << translate("wd::TextReport", "Code: %1").arg(f.id) << '\n';
        if (!f.detail.isEmpty())
            s << QStringLiteral("   ") << f.detail << '\n';
        if (!f.repairs.isEmpty())
            s << QStringLiteral("   ") << translate("wd::TextReport", "Repair: %1").arg(f.repairs.join(QStringLiteral(", "))) << '\n';
    }
    return out;
}

} // namespace wd
