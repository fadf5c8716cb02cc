// RegfFile: our own engine for registry hive files ("regf", format versions 1.3-1.6).
//
// It reads the whole file once into memory and answers every read through the bounds-checked
// ByteReader. Writes edit that image in place the way the kernel's cell allocator does: cells are
// allocated from free cells of the existing bins (split when larger), freed cells are marked free
// and merged with free neighbours in the same bin, new bins are appended when nothing fits. Subkey
// lists are kept sorted with their lf/lh hints and hashes, security cells keep their reference
// counts and flink/blink ring, and the base block gets equal sequence numbers, the hive length and
// its checksum when the image is serialised.
//
// checkHiveImage() is the load-time consistency check: base block, bins, every cell's size, every
// cell either free or reachable from the root exactly once (security cells by reference count),
// sorted subkey lists with correct hashes, value and data sizes, and the security-cell ring.
// Nothing is written that it cannot prove sound.
#pragma once
#include "core/error.h"
#include "core/registry.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <vector>

namespace wd::regf {

constexpr quint32 kNoCell = 0xFFFFFFFFu;
constexpr quint32 kBaseBlockSize = 0x1000;
constexpr quint32 kBigDataSegment = 16344; // bytes of value data per big-data segment

// Result of the consistency check.
struct CheckReport {
    QStringList problems;     // first problems found (translated), empty when sound
    int problemCount = 0;     // all problems, also those not listed
    int keys = 0, values = 0, securityCells = 0, allocatedCells = 0, freeCells = 0, bins = 0;
    bool ok() const { return problemCount == 0; }
    QString summary() const;  // one paragraph for an error message
};

// Checks a complete hive image (base block + bins) as the kernel does when it loads a hive.
CheckReport checkHiveImage(const QByteArray &image);

// The case-insensitive order of key names in subkey lists (upper-cased UTF-16 code units).
int compareKeyNames(const QString &a, const QString &b);
// The lh hash of a key name: h = h * 37 + upcase(c) over its UTF-16 code units.
quint32 lhHash(const QString &name);

class RegfFile {
public:
    // Validates IMAGE (base block, bins, cell chain) and takes it over. PATH is only for messages.
    static Expected<std::unique_ptr<RegfFile>> load(QByteArray image, const QString &path);

    quint32 minorVersion() const { return m_minor; }
    quint32 rootCell() const { return m_root; }

    // --- Reads. Cells are offsets relative to the first bin. Invalid cells read as empty.
    bool isKey(quint32 cell) const;
    QString keyName(quint32 cell) const;
    quint32 keyParent(quint32 cell) const;              // kNoCell for the root or on error
    quint64 keyLastWritten(quint32 cell) const;         // FILETIME
    QString keyClass(quint32 cell) const;
    Expected<std::vector<quint32>> subkeys(quint32 cell) const;
    quint32 findSubkey(quint32 cell, const QString &name) const; // case-insensitive; kNoCell if none
    Expected<QList<RegValue>> values(quint32 cell) const;

    // --- Writes (in memory until image() is taken).
    Expected<quint32> addSubkey(quint32 parent, const QString &name);
    // Adds the subkeys NAMES of PARENT in one step (a name already present gives the existing key):
    // the subkey list is written once, where addSubkey rewrites it per key (quadratic for keys with
    // very many subkeys). Returns the cells in the order of NAMES.
    Expected<std::vector<quint32>> addSubkeys(quint32 parent, const QStringList &names);
    Expected<void> setValue(quint32 key, const RegValue &value);     // replaces a same-named value in place
    Expected<void> deleteValue(quint32 key, const QString &name);    // case-insensitive; missing is ok
    Expected<void> setValues(quint32 key, const QList<RegValue> &values);
    Expected<void> deleteKeyTree(quint32 key);                       // not the root

    // The complete file with an updated base block (sequence numbers + 1 and equal, timestamp,
    // hive length, checksum). Trailing space after the bins is not kept.
    QByteArray image(quint64 nowFiletime);
    // The image as it is now, its base block brought up to date (hive length, checksum) but the
    // sequence numbers unchanged: what the consistency check looks at between edits.
    const QByteArray &rawImage() { syncBaseBlock(); return m_data; }

private:
    RegfFile() = default;
    void syncBaseBlock();
    struct Bin { quint32 offset, size; };

    // Cell access (offsets relative to the first bin).
    bool cellAllocated(quint32 cell) const;
    quint32 cellDataSize(quint32 cell) const;            // 0 when not an allocated cell
    qint64 dataPos(quint32 cell) const { return qint64(kBaseBlockSize) + cell + 4; }
    quint16 u16(quint32 cell, quint32 off) const;
    quint32 u32(quint32 cell, quint32 off) const;
    quint64 u64(quint32 cell, quint32 off) const;
    void put16(quint32 cell, quint32 off, quint16 v);
    void put32(quint32 cell, quint32 off, quint32 v);
    void put64(quint32 cell, quint32 off, quint64 v);
    bool sigIs(quint32 cell, const char *sig) const;
    const Bin *binOf(quint32 cell) const;
    QString decodeName(quint32 cell, quint32 nameOff, quint32 len, bool compressed) const;
    Expected<QByteArray> valueData(quint32 vk) const;
    Error corrupt(const QString &what, quint32 cell) const;

    // Allocation.
    Expected<quint32> allocate(quint32 dataSize);
    void freeCell(quint32 cell);
    void markAllocated(quint32 cell, bool on);
    void appendBin(quint32 minCellSize);

    // Reads.
    quint32 searchSortedSubkeys(quint32 cell, const QString &name) const; // binary search; kNoCell if not found

    // Write helpers.
    Expected<quint32> newKeyCell(quint32 parent, const QString &name); // an nk cell, not yet in PARENT's list
    Expected<quint32> writeValueCell(const RegValue &v);
    void freeValueCell(quint32 vk);
    Expected<std::vector<quint32>> valueList(quint32 key) const;
    Expected<void> writeValueList(quint32 key, const std::vector<quint32> &vks);
    void freeSubkeyList(quint32 key);
    Expected<void> writeSubkeyList(quint32 key, const std::vector<quint32> &children, const QByteArray &leafSig);
    QByteArray leafSignatureFor(quint32 key) const;
    void touch(quint32 key);
    void releaseSecurity(quint32 sk);

    QByteArray m_data;   // whole file image: base block + bins
    QString m_path;
    quint32 m_minor = 0;
    quint32 m_root = kNoCell;
    quint32 m_hbinsSize = 0;
    std::vector<Bin> m_bins;
    std::vector<quint64> m_allocBits;        // one bit per 8 bytes: an allocated cell starts here
    std::map<quint32, quint32> m_free;       // free cells: offset -> size
    quint64 m_now = 0;
};

} // namespace wd::regf
