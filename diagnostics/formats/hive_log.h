// Dirty hives: Windows 8.1+ writes changes to Hive.LOG1/.LOG2 first; the primary file can lag.
#pragma once
#include "core/error.h"
#include "core/finding.h"
#include <QList>
#include <QString>

namespace wd {

struct PreparedHive {
    QString path;              // the file to read: the original, or a replayed copy in the temp dir
    bool replayed = false;
    QList<Finding> findings;   // e.g. "target.hive.stale" when the logs could not be replayed
};

// Never modifies ORIGINAL. When it is dirty, its .LOG1/.LOG2 are replayed into a copy in TEMPDIR.
Expected<PreparedHive> prepareHiveForReading(const QString &original, const QString &tempDir);

} // namespace wd
