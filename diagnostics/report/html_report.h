// A single self-contained HTML page of a scan: inline CSS, no scripts, no external resources; every piece of
// text from the report is HTML-escaped (report contents come from the examined system and may be hostile).
#pragma once
#include "core/scan_result.h"

namespace wd {

QString formatScanHtml(const ScanResult &r);
// Escapes & < > " ' for text and attribute values.
QString htmlEscape(const QString &s);

} // namespace wd
