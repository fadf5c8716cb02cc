#include "report/text_report.h"
#include <QJsonArray>
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
    appendFilesSection(s, r);
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
