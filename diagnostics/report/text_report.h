// Plain-text rendering of a scan, written to be read aloud over the phone by a helpdesk agent.
#pragma once
#include "core/scan_result.h"
#include <QJsonArray>

namespace wd {

QString formatScanText(const ScanResult &r);
// Sections of issue 6 (also used by `winsock-doctor dump`): crash dumps and the network device/filter inventory.
QString formatDumpsText(const QJsonArray &dumps);
QString formatDevicesText(const QJsonArray &devices);

} // namespace wd
