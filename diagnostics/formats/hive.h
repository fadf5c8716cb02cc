// Hive: a registry hive file read (and, for repairs, written) through our own regf engine
// (formats/regf.h), in every build. hivex is the reference it is tested against (tests only).
// Opening validates the base block, every bin and every cell first, so that corrupt files give a
// clear error. Writes are checked by the hive consistency check before anything reaches the disk.
#pragma once
#include "core/error.h"
#include "core/registry.h"
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <memory>


namespace wd {
namespace regf { class RegfFile; struct CheckReport; }

struct HiveHeaderInfo {
    quint32 primarySeq = 0;
    quint32 secondarySeq = 0;
    quint32 major = 0, minor = 0;
    quint32 fileType = 0;       // 0 primary, 1/2 legacy log, 6 new-format log
    quint32 rootCell = 0;
    quint32 hbinsSize = 0;
    quint64 lastWritten = 0;    // FILETIME of the last write (base block offset 0x0C)
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

    // Opens PATH (read once into memory). Read mode never modifies the file. Write mode also
    // refuses a hive the consistency check cannot prove sound.
    static Expected<std::unique_ptr<Hive>> open(const QString &path, Mode mode = Mode::Read);
    // Reads and checks the 4 KiB base block ("regf", version, checksum).
    static Expected<HiveHeaderInfo> readHeader(const QString &path);
    // Writes a new empty hive (base block + one hbin with the root key and its security cell).
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
    Expected<QList<Node>> childrenChecked(Node n) const;        // like children(), but says why a list is unreadable
    quint64 lastWritten(Node n) const;                         // FILETIME of the key's last write
    QString className(Node n) const;
    // Runs the consistency check on the hive as it is now (with the edits made so far).
    regf::CheckReport check() const;

    // --- Write mode only.
    Expected<Node> ensureKey(const QString &relPath);          // creates missing keys
    // Creates the subkeys NAMES of N at once (existing ones are kept), writing N's subkey list once:
    // for keys with very many subkeys, where ensureKey per key is quadratic. Nodes in NAMES' order.
    Expected<QList<Node>> addKeys(Node n, const QStringList &names);
    Expected<void> setValues(Node n, const QList<RegValue> &values); // replaces all values of n
    Expected<void> setValue(Node n, const RegValue &v);        // adds or replaces one value
    Expected<void> deleteValue(Node n, const QString &name);
    Expected<void> deleteKey(Node n);                          // recursively
    // Writes the hive to OUTPATH (default: its own path) via a temp file, fsync and atomic rename,
    // after the consistency check passed on the new image (else a Corrupt error, nothing written).
    Expected<void> commit(const QString &outPath = {});

private:
    Hive();
    Expected<void> writable() const;

    std::unique_ptr<regf::RegfFile> m_f;
    QString m_path;
    Mode m_mode = Mode::Read;
    mutable QMutex m_mutex; // writes and the reads of a hive opened for writing are serialised
};

} // namespace wd
