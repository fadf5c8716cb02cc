// Hive: a registry hive file read (and, for repairs, written) through hivex.
// Opening validates the base block first so that corrupt files give a clear error.
#pragma once
#include "core/error.h"
#include "core/registry.h"
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>

typedef struct hive_h hive_h;

namespace wd {

struct HiveHeaderInfo {
    quint32 primarySeq = 0;
    quint32 secondarySeq = 0;
    quint32 major = 0, minor = 0;
    quint32 fileType = 0;       // 0 primary, 1/2 legacy log, 6 new-format log
    quint32 rootCell = 0;
    quint32 hbinsSize = 0;
    bool checksumOk = false;
    bool dirty() const { return primarySeq != secondarySeq; }
};

class Hive {
public:
    enum class Mode { Read, Write };
    using Node = quint64; // 0 = no node

    ~Hive();
    Hive(const Hive &) = delete;
    Hive &operator=(const Hive &) = delete;

    // Opens PATH with hivex. Read mode never modifies the file.
    static Expected<std::unique_ptr<Hive>> open(const QString &path, Mode mode = Mode::Read);
    // Reads and checks the 4 KiB base block ("regf", version, checksum).
    static Expected<HiveHeaderInfo> readHeader(const QString &path);
    // Writes a new empty hive (base block + one hbin with the root key) that hivex can open
    // for writing. hivex itself cannot create hives.
    static Expected<void> createEmpty(const QString &path, const QString &rootName = QStringLiteral("ROOT"));

    QString path() const { return m_path; }
    Node root() const;
    Node child(Node parent, const QString &name) const;       // case-insensitive, 0 if missing
    Node find(const QString &relPath) const;                   // "A\B\C" below the root; "" = root
    QList<Node> children(Node n) const;
    QStringList childNames(Node n) const;
    QString name(Node n) const;
    Node parent(Node n) const;
    Expected<QList<RegValue>> values(Node n) const;

    // --- Write mode only.
    Expected<Node> ensureKey(const QString &relPath);          // creates missing keys
    Expected<void> setValues(Node n, const QList<RegValue> &values); // replaces all values of n
    Expected<void> setValue(Node n, const RegValue &v);        // adds or replaces one value
    Expected<void> deleteValue(Node n, const QString &name);
    Expected<void> deleteKey(Node n);                          // recursively
    // Writes the hive to OUTPATH (default: its own path) via a temp file, fsync and atomic rename.
    Expected<void> commit(const QString &outPath = {});

private:
    Hive() = default;
    Error hivexError(const QString &what) const;

    hive_h *m_h = nullptr;
    QString m_path;
    Mode m_mode = Mode::Read;
    mutable QMutex m_mutex; // hivex handles are not thread-safe
};

} // namespace wd
