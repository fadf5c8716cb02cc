// Saved scan reports (report FILE, --target report:FILE): diagnostics/platform/targets (parseReport),
// core/scan_result (ScanResult::fromJson), report/ (text and HTML rendering), core/support_code.
#include "core/support_code.h"
#include "fuzz_targets.h"
#include "platform/targets.h"
#include "report/html_report.h"
#include "report/text_report.h"
#include <QJsonDocument>

namespace wd::fuzz {

int reportImport(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Expected<ScanResult> r = parseReport(bytes, QStringLiteral("fuzz.json"));
    if (!r) {
        if (r.error().message.isEmpty())
            brokenProperty("report", "a refusal without a message");
        return 0;
    }
    (void)formatScanText(*r);
    (void)formatScanHtml(*r);
    (void)formatDumpsText(r->dumps);
    (void)formatDevicesText(r->devices);
    (void)r->needsAttention();
    // Exported and imported again: the same JSON.
    const QByteArray once = QJsonDocument(r->toJson()).toJson(QJsonDocument::Compact);
    Expected<ScanResult> again = parseReport(once, QStringLiteral("again.json"));
    if (!again)
        brokenProperty("report", "an exported report does not import", again.error().message);
    if (QJsonDocument(again->toJson()).toJson(QJsonDocument::Compact) != once)
        brokenProperty("report", "export -> import -> export changes the report");
    const QString code = SupportCode::encode(*r);
    Expected<SupportCodeInfo> info = SupportCode::decode(code);
    if (!info)
        brokenProperty("report", "the report's own support code does not decode", code);
    return 0;
}

} // namespace wd::fuzz
