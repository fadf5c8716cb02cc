#include "formats/bugcheck_kb.h"
#include "report/html_report.h"
#include "core/brand.h"
#include "core/support_code.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

namespace wd {
namespace {

const char *const kCss = R"CSS(
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#ffffff;--muted:#57606a;--line:#d0d7de;--card:#f6f8fa;
--info:#0969da;--warning:#9a6700;--error:#cf222e;--critical:#a40e26;--ok:#1a7f37}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#8d96a0;--line:#30363d;--card:#161b22;
--info:#58a6ff;--warning:#d29922;--error:#f85149;--critical:#ff7b72;--ok:#3fb950}}
body{font-family:"Segoe UI","Noto Sans","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg);
max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
.muted{color:var(--muted)}.code{font-family:Consolas,"DejaVu Sans Mono",monospace;font-size:1.4rem;letter-spacing:.1rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid var(--line);padding:.25rem .5rem;
text-align:left;vertical-align:top;overflow-wrap:anywhere}th{background:var(--card)}
.finding{border:1px solid var(--line);border-left:.35rem solid var(--info);background:var(--card);padding:.6rem .9rem;margin:.8rem 0;border-radius:.3rem}
.finding.warning{border-left-color:var(--warning)}.finding.error{border-left-color:var(--error)}.finding.critical{border-left-color:var(--critical)}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8rem}.sev.info{color:var(--info)}.sev.warning{color:var(--warning)}
.sev.error{color:var(--error)}.sev.critical{color:var(--critical)}.ok{color:var(--ok)}
pre{background:var(--card);border:1px solid var(--line);padding:.5rem;overflow:auto;white-space:pre-wrap}
img.logo{vertical-align:middle}footer.brand{border-top:1px solid var(--line);margin-top:2rem}
@media print{body{margin:0}.finding{break-inside:avoid}}
)CSS";

QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

QString checkStatusText(const QString &status)
{
    if (status == QLatin1String("ok")) return translate("wd::HtmlReport", "healthy");
    if (status == QLatin1String("problems")) return translate("wd::HtmlReport", "problems found");
    if (status == QLatin1String("error")) return translate("wd::HtmlReport", "could not run");
    if (status == QLatin1String("cancelled")) return translate("wd::HtmlReport", "cancelled");
    return translate("wd::HtmlReport", "skipped");
}

// A table of an array of objects, columns = COLUMNS (keys) with HEADERS.
void objectTable(QTextStream &s, const QJsonArray &rows, const QStringList &columns, const QStringList &headers)
{
    s << "<table><tr>";
    for (const QString &h : headers)
        s << "<th>" << htmlEscape(h) << "</th>";
    s << "</tr>\n";
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        s << "<tr>";
        for (const QString &c : columns) {
            QJsonValue v = o.value(c);
            if (c.contains(QLatin1Char('.'))) // one level of nesting: "signature.status"
                v = o.value(c.section(QLatin1Char('.'), 0, 0)).toObject().value(c.section(QLatin1Char('.'), 1));
            s << "<td>" << htmlEscape(jsonValueText(v)) << "</td>";
        }
        s << "</tr>\n";
    }
    s << "</table>\n";
}

} // namespace

QString htmlEscape(const QString &in)
{
    QString out;
    out.reserve(in.size() + in.size() / 8);
    for (QChar c : in) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case 0: out += QChar(0xFFFD); break;
        default: out += c;
        }
    }
    return out;
}

QString formatScanHtml(const ScanResult &r)
{
    QString out;
    QTextStream s(&out);
    const QString lang = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh-CN") : QStringLiteral("en");
    s << "<!DOCTYPE html>\n<html lang=\"" << lang << "\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"winsock-doctor " << htmlEscape(QStringLiteral(WD_VERSION)) << "\">\n"
      << "<title>" << htmlEscape(translate("wd::HtmlReport", "Winsock Doctor report")) << "</title>\n<style>" << kCss
      << "</style>\n</head>\n<body>\n";
    s << "<h1>";
    if (!brand().isBase() && !brand().logoPng().isEmpty())
        s << "<img class=\"logo\" alt=\"\" width=\"48\" height=\"48\" src=\"data:image/png;base64,"
          << QString::fromLatin1(brand().logoPng().toBase64()) << "\"> ";
    s << htmlEscape(translate("wd::HtmlReport", "Winsock Doctor report")) << "</h1>\n";
    const WindowsInfo &w = r.target.windows;
    s << "<p class=\"muted\">";
    s << htmlEscape(translate("wd::HtmlReport", "Target: %1").arg((r.target.kind + QLatin1Char(' ') + r.target.path).trimmed()));
    if (!w.product.isEmpty() || !w.build.isEmpty())
        s << "<br>" << htmlEscape(translate("wd::HtmlReport", "Windows: %1 (build %2, %3)").arg(w.product, w.build, w.arch));
    if (r.started.isValid())
        s << "<br>" << htmlEscape(translate("wd::HtmlReport", "Scanned: %1 UTC, %2 ms")
                                      .arg(r.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                                      .arg(r.durationMs));
    s << "</p>\n";
    if (r.schemaVersion < 2)
        s << "<p class=\"note\">"
          << htmlEscape(translate("wd::HtmlReport", "Note: this report was saved by an older version (winsock-doctor/scan/1); its "
                                                    "findings are shown in the language it was made in."))
          << "</p>\n";
    if (!r.supportCode.isEmpty())
        s << "<p>" << htmlEscape(translate("wd::HtmlReport", "Support code:")) << " <span class=\"code\">"
          << htmlEscape(r.supportCode) << "</span></p>\n";

    // Findings
    s << "<h2>" << htmlEscape(translate("wd::HtmlReport", "Findings")) << "</h2>\n";
    if (r.findings.isEmpty())
        s << "<p class=\"ok\">" << htmlEscape(translate("wd::HtmlReport", "No problems were found.")) << "</p>\n";
    else
        s << "<p>" << htmlEscape(translate("wd::HtmlReport", "%n finding(s).", nullptr, int(r.findings.size()))) << "</p>\n";
    for (const Finding &f : r.findings) {
        const QString sev = severityToString(f.severity);
        s << "<div class=\"finding " << sev << "\">\n<span class=\"sev " << sev << "\">"
          << htmlEscape(severityDisplayName(f.severity)) << "</span> <strong>" << htmlEscape(f.title) << "</strong>\n";
        s << "<div class=\"muted\">" << htmlEscape(f.id) << " &middot; " << htmlEscape(f.check) << "</div>\n";
        if (!f.detail.isEmpty())
            s << "<p>" << htmlEscape(f.detail).replace(QLatin1Char('\n'), QLatin1String("<br>")) << "</p>\n";
        if (!f.evidence.isEmpty()) {
            s << "<table><tr><th>" << htmlEscape(translate("wd::HtmlReport", "Evidence")) << "</th><th>"
              << htmlEscape(translate("wd::HtmlReport", "Value")) << "</th></tr>\n";
            for (auto it = f.evidence.begin(); it != f.evidence.end(); ++it)
                s << "<tr><td>" << htmlEscape(it.key()) << "</td><td>" << htmlEscape(jsonValueText(it.value())) << "</td></tr>\n";
            s << "</table>\n";
        }
        if (!f.repairs.isEmpty())
            s << "<p>" << htmlEscape(translate("wd::HtmlReport", "Repair: %1").arg(f.repairs.join(QStringLiteral(", ")))) << "</p>\n";
        s << "</div>\n";
    }

    // Checks
    if (!r.checks.isEmpty()) {
        s << "<h2>" << htmlEscape(translate("wd::HtmlReport", "Checks")) << "</h2>\n<table><tr><th>"
          << htmlEscape(translate("wd::HtmlReport", "Check")) << "</th><th>" << htmlEscape(translate("wd::HtmlReport", "Result"))
          << "</th><th>" << htmlEscape(translate("wd::HtmlReport", "Time")) << "</th></tr>\n";
        for (const CheckRun &c : r.checks) {
            s << "<tr><td>" << htmlEscape(c.title) << "</td><td" << (c.status == QLatin1String("ok") ? " class=\"ok\"" : "") << ">"
              << htmlEscape(checkStatusText(c.status));
            if (!c.message.isEmpty())
                s << ": " << htmlEscape(c.message);
            s << "</td><td>" << c.durationMs << " ms</td></tr>\n";
        }
        s << "</table>\n";
    }

    // Crash dumps
    if (!r.dumps.isEmpty()) {
        s << "<h2>" << htmlEscape(translate("wd::HtmlReport", "Crash dumps")) << "</h2>\n";
        QJsonArray dumps;
        for (const QJsonValue &v : r.dumps) {
            QJsonObject d = v.toObject();
            d.insert(QStringLiteral("explanation"), shownBugcheckExplanation(d));
            dumps.append(d);
        }
        objectTable(s, dumps, {QStringLiteral("time"), QStringLiteral("bugcheck"), QStringLiteral("name"), QStringLiteral("suspect"),
                                 QStringLiteral("explanation"), QStringLiteral("path")},
                    {translate("wd::HtmlReport", "Time"), translate("wd::HtmlReport", "Bug check"), translate("wd::HtmlReport", "Name"),
                     translate("wd::HtmlReport", "Suspect"), translate("wd::HtmlReport", "Explanation"), translate("wd::HtmlReport", "File")});
    }
    // Winsock catalogs
    const QJsonArray catalogs = r.winsock.value(QStringLiteral("catalogs")).toArray();
    for (const QJsonValue &cv : catalogs) {
        const QJsonObject c = cv.toObject();
        s << "<h2>" << htmlEscape(translate("wd::HtmlReport", "Winsock catalog %1").arg(c.value(QStringLiteral("name")).toString()))
          << "</h2>\n";
        objectTable(s, c.value(QStringLiteral("protocols")).toArray(),
                    {QStringLiteral("index"), QStringLiteral("kind"), QStringLiteral("dll"), QStringLiteral("catalog_entry_id"),
                     QStringLiteral("address_family"), QStringLiteral("socket_type"), QStringLiteral("protocol_number")},
                    {QStringLiteral("#"), translate("wd::HtmlReport", "Kind"), translate("wd::HtmlReport", "DLL"),
                     translate("wd::HtmlReport", "Entry id"), translate("wd::HtmlReport", "Family"),
                     translate("wd::HtmlReport", "Socket type"), translate("wd::HtmlReport", "Protocol")});
    }
    const QJsonArray namespaces = r.winsock.value(QStringLiteral("namespaces")).toArray();
    if (!namespaces.isEmpty()) {
        s << "<h2>" << htmlEscape(translate("wd::HtmlReport", "Namespace providers")) << "</h2>\n";
        s << "<pre>" << htmlEscape(QString::fromUtf8(QJsonDocument(namespaces).toJson(QJsonDocument::Indented))) << "</pre>\n";
    }
    if (!r.files.isEmpty()) {
        s << "<h2>" << htmlEscape(translate("wd::HtmlReport", "Files")) << "</h2>\n";
        objectTable(s, r.files, {QStringLiteral("path"), QStringLiteral("role"), QStringLiteral("signature.status"),
                                 QStringLiteral("signature.signer"), QStringLiteral("version")},
                    {translate("wd::HtmlReport", "Path"), translate("wd::HtmlReport", "Role"), translate("wd::HtmlReport", "Signature"),
                     translate("wd::HtmlReport", "Signer"), translate("wd::HtmlReport", "Version")});
    }
    const auto rawSection = [&s](const QString &title, const QJsonDocument &doc) {
        s << "<h2>" << htmlEscape(title) << "</h2>\n<pre>" << htmlEscape(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)))
          << "</pre>\n";
    };
    if (!r.appinit.isEmpty())
        rawSection(translate("wd::HtmlReport", "AppInit_DLLs"), QJsonDocument(r.appinit));
    if (!r.devices.isEmpty())
        rawSection(translate("wd::HtmlReport", "Network devices"), QJsonDocument(r.devices));
    if (!r.network.isEmpty())
        rawSection(translate("wd::HtmlReport", "Network settings"), QJsonDocument(r.network));
    const QString footer = brand().reportFooter();
    const QString phone = brand().supportPhone();
    const QString url = brand().supportUrl();
    if (!footer.isEmpty() || !phone.isEmpty() || !url.isEmpty()) {
        s << "<footer class=\"brand\">";
        if (!footer.isEmpty())
            s << "<p>" << htmlEscape(footer) << "</p>";
        if (!phone.isEmpty())
            s << "<p>" << htmlEscape(translate("wd::HtmlReport", "Support phone: %1").arg(phone)) << "</p>";
        if (!url.isEmpty())
            s << "<p>" << htmlEscape(translate("wd::HtmlReport", "Support: %1").arg(QString()))
              << "<a href=\"" << htmlEscape(url) << "\">" << htmlEscape(url) << "</a></p>";
        s << "</footer>\n";
    }
    s << "<p class=\"muted\">" << htmlEscape(translate("wd::HtmlReport", "Made by Winsock Doctor %1. This page needs no scripts "
                                                         "and no network access.").arg(QStringLiteral(WD_VERSION)))
      << "</p>\n</body>\n</html>\n";
    return out;
}

} // namespace wd
