// Dirty hives: Windows 8.1+ writes changes to Hive.LOG1/.LOG2 first; the primary file can lag.
#pragma once
#include "core/error.h"
#include "core/finding.h"
#include <QByteArray>
#include <QList>
#include <QString>

namespace wd {

struct PreparedHive {
    QString path;              // the file to read: the original, or a replayed copy in the temp dir
    bool replayed = false;
    int appliedEntries = 0;    // log entries (new format) or logs (legacy) applied
    int appliedPages = 0;      // dirty pages written into the copy
    QList<Finding> findings;   // e.g. "target.hive.stale" when the logs could not be replayed
};

// Never modifies ORIGINAL. When it is dirty, its .LOG1/.LOG2 (or legacy .LOG) are replayed into a
// copy in TEMPDIR.
Expected<PreparedHive> prepareHiveForReading(const QString &original, const QString &tempDir);

// --- Building blocks, exposed for tests and fixture generators.

// Marvin32 with the 64-bit seed used by hive logs; returns the 64-bit state (low word first in the file).
quint64 marvin32(const QByteArray &data, quint64 seed = 0x82EF4D887A4E55C5ull);
// XOR-32 checksum of the first 508 bytes of a base block (with the 0 / 0xFFFFFFFF adjustments).
quint32 baseBlockChecksum(const QByteArray &block);

struct HiveLogPage {
    quint32 offset = 0; // relative to the start of the hive bins data
    QByteArray data;
};
// One "HvLE" log entry, as written by Windows 8.1+. Used by tests to build dirty hives.
QByteArray makeLogEntry(quint32 sequence, quint32 hbinsSize, const QList<HiveLogPage> &pages, quint32 flags = 0);
// A complete new-format log file: a 512-byte base block copied from PRIMARYBASEBLOCK (file type 6,
// both sequence numbers = SEQUENCE) followed by ENTRIES.
QByteArray makeLogFile(const QByteArray &primaryBaseBlock, quint32 sequence, const QList<QByteArray> &entries);

} // namespace wd
