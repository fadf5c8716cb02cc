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
#include <memory>

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

// The report's "files" list. A deep scan lists thousands of files; each entry arrives as the compact
// JSON text its worker wrote (or the verification cache kept) and is parsed into an object only when
// somebody reads the list as objects; a report is written from the texts (jsontext::appendIndented).
// Copies share the entries (copy on write); reading is thread-safe, as for a QJsonArray.
class FileEntries {
public:
    FileEntries();
    FileEntries(const QJsonArray &objects);
    FileEntries &operator=(const QJsonArray &objects);

    void append(const QJsonValue &entry);
    // TEXT: one object as compact JSON (VerifiedFile::toJsonText), not checked here: a text that does
    // not parse as an object becomes an empty object when the list is read.
    void appendText(const QByteArray &text);

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    // The entries as objects (the texts parsed once, on every core when there are many).
    const QJsonArray &array() const;
    operator const QJsonArray &() const { return array(); }
    QJsonValue at(qsizetype i) const { return array().at(i); }
    QJsonArray::const_iterator begin() const { return array().begin(); }
    QJsonArray::const_iterator end() const { return array().end(); }
    bool operator==(const FileEntries &o) const { return array() == o.array(); }

    // Entries FROM..TO as filesListElements() writes them; written from the texts while none has
    // been parsed (empty when that is not possible: the caller then takes the objects).
    QByteArray listElements(qsizetype from, qsizetype to) const;
    qsizetype unparsedTexts() const; // for tests

private:
    struct State;
    void detach();
    std::shared_ptr<State> d;
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
    FileEntries files;
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

private:
    QJsonObject toJsonObject(bool withFiles) const; // without: "files" is the string "list"
};

// ELEMENTS (not empty) as QJsonDocument indents them as the elements of a top-level "files" list:
// every line at its depth in the whole document, ",\n" between elements, no line feed after the
// last. Written as {"files": [ELEMENTS]} and cut from between the brackets; empty when Qt's layout is
// not that one. Used to write a report's or verify's list in parts.
QByteArray filesListElements(const QJsonArray &elements);
// One element of such a list written from its compact JSON text (jsontext::appendIndented); empty
// when the text is not an object of that form.
QByteArray filesListElement(QByteArrayView compactText);

} // namespace wd
