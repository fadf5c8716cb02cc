#include "report/text_report.h"
#include <QJsonArray>
#include <QTextStream>

namespace wd {


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
    formatLiveSection(s, r);
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
