// The result of one scan; its JSON form is the "winsock-doctor/scan/2" report (DESIGN.md). scan/2 adds
// "language" and, next to each translated title/detail/message, an "i18n" object from which the text
// can be rendered in any language; scan/1 reports still open, in the language they were written in.
#pragma once
#include "core/error.h"
#include "core/finding.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace wd {

inline constexpr const char *kScanSchema = "winsock-doctor/scan/2";
inline constexpr const char *kScanSchemaV1 = "winsock-doctor/scan/1";

struct WindowsInfo {
    QString product;  // "Windows 10 Pro"
    QString build;    // "19045"
    QString arch;     // "x64" | "x86" | "arm64" | ""
    QString version;  // display version, e.g. "22H2" (optional)
};

struct TargetInfo {
    QString kind;     // "live" | "offline" | "report" | "demo"
    QString path;     // offline root / report file; empty for live
    WindowsInfo windows;
};

// Outcome of one check in one scan (shown on the scan page, kept in the report).
struct CheckRun {
    QString id;
    Text title;        // translated when shown
    QString status;    // "ok" | "problems" | "error" | "skipped" | "cancelled"
    Text message;      // error / skip reason, translated when shown
    qint64 durationMs = 0;
};

// A file a check wants verified (signature check consumes these).
struct FileRef {
    QString path;  // Windows path as on the target, expanded: "C:\Windows\System32\ws2_32.dll"
    QString role;  // ws2_32 | provider | namespace | appinit | driver | system
};

struct ScanResult {
    TargetInfo target;
    QDateTime started;
    qint64 durationMs = 0;
    QString supportCode;
    QString language;        // the language the scan was made in ("en", "zh_CN"); "" when unknown
    int schemaVersion = 2;   // of the report this came from (1: texts only in their own language)
    QList<Finding> findings;
    QList<CheckRun> checks;
    QList<FileRef> filesToVerify; // collected during the scan, not serialised

    // Sections of the report, filled by the checks that own them.
    QJsonObject winsock{{QStringLiteral("catalogs"), QJsonArray()}, {QStringLiteral("namespaces"), QJsonArray()}};
    QJsonArray files;
    QJsonObject appinit;
    QJsonArray devices;
    QJsonObject network;
    QJsonArray dumps;
    QJsonObject extra; // sections added by later versions; preserved on replay

    void add(Finding f) { findings.append(std::move(f)); }
    void addFile(const QString &path, const QString &role);
    Severity worstSeverity() const;   // Info when there are no findings
    bool needsAttention() const;      // any finding of severity >= Warning
    QList<Finding> findingsOf(const QString &checkId) const;

    QJsonObject toJson() const;
    // QJsonDocument(toJson()).toJson(Indented), byte for byte, with a long `files` list written on
    // every core (a deep scan's report is mostly that list: ~1 KB per file) in PARTS parts (0: one per
    // core; at least 256 files each).
    QByteArray toJsonBytes(int parts = 0) const;
    static Expected<ScanResult> fromJson(const QJsonObject &o);
};

// ELEMENTS (not empty) as QJsonDocument indents them as the elements of a top-level "files" list:
// every line at its depth in the whole document, ",\n" between elements, no line feed after the
// last. Written as {"files": [ELEMENTS]} and cut from between the brackets; empty when Qt's layout is
// not that one. Used to write a report's or verify's list in parts.
QByteArray filesListElements(const QJsonArray &elements);

} // namespace wd
