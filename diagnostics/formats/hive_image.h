// Reading a hive file into memory with bounded memory (Hive::open, prepareHiveForReading).
#pragma once
#include "core/error.h"
#include <QByteArray>
#include <QFile>

namespace wd {

// The base block and the announced hive bins of the open file F (from its start), bin by bin, each
// bin header checked before its bytes are read: zeros (a sparse file) or garbage stop at the first
// bad page instead of filling memory; bytes after the bins are never read. A damaged base block or a
// file that ends early is returned as read, for RegfFile::load to name the problem.
Expected<QByteArray> readHiveImage(QFile &f, quint32 hbinsSize, const QString &path);

} // namespace wd
