// Support code: a short code a user can read over the phone that encodes a scan's key findings.
#pragma once
#include "core/error.h"
#include "core/scan_result.h"

namespace wd {

struct SupportCodeInfo {
    QStringList findingIds;  // ids of the key findings encoded
    QString worstSeverity;
    QString build;           // Windows build if encoded
};

class SupportCode {
public:
    static QString encode(const ScanResult &r);
    static Expected<SupportCodeInfo> decode(const QString &code);
};

} // namespace wd
