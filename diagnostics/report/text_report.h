// Plain-text rendering of a scan, written to be read aloud over the phone by a helpdesk agent.
#pragma once
#include "core/scan_result.h"

namespace wd {

QString formatScanText(const ScanResult &r);

} // namespace wd
