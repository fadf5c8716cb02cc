// Support code: a short code a user can read over the phone that encodes a scan's key findings.
//
// Layout (version 1): 12 symbols of Crockford base32 (0-9 A-Z without I L O U), shown as XXXX-XXXX-XXXX.
// The first 10 symbols carry 50 bits, most significant first:
//   2 bits  table version (1)
//   2 bits  worst severity (0 info .. 3 critical)
//   4 bits  Windows build bucket (see SupportCode::buildBucketName)
//   42 bits one bit per finding family of the versioned family table (families of findings >= warning)
// The last 2 symbols are a CRC-10 (x^10+x^9+x^5+x^4+x+1) over those 50 bits. Every single mistyped symbol and
// every swap of two neighbouring symbols changes at most 10 consecutive bits, so the CRC always detects it.
// Decoding accepts lower case, spaces and dashes, and reads I/L as 1 and O as 0 (Crockford).
#pragma once
#include "core/error.h"
#include "core/scan_result.h"

namespace wd {

struct SupportCodeFamily {
    int bit = 0;
    QString key;          // stable key: "winsock.lsp"
    QString description;  // translated: "A layered service provider (LSP) is hooked into Winsock"
};

struct SupportCodeInfo {
    QStringList findingIds;  // keys of the finding families encoded ("winsock.lsp", ...)
    QStringList descriptions; // the same families in words (translated)
    QString worstSeverity;   // "info" | "warning" | "error" | "critical"
    QString build;           // Windows build range in words ("Windows 10 (builds 18362-19045)"), or "" when unknown
    int version = 0;
};

class SupportCode {
public:
    static constexpr int kLength = 12;  // symbols without dashes
    static constexpr int kVersion = 1;

    static QString encode(const ScanResult &r);
    static Expected<SupportCodeInfo> decode(const QString &code);

    // The versioned family table; index = bit.
    static QList<SupportCodeFamily> families();
    // Family bit for a finding (id, check), -1 when the finding does not count.
    static int familyOf(const QString &findingId, const QString &checkId);
    static int buildBucket(const QString &build);
    static QString buildBucketName(int bucket);
    // "ABCDEFGHJKMN" -> "ABCD-EFGH-JKMN"
    static QString format(const QString &symbols);
};

} // namespace wd
