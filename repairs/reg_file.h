// regedit .reg files: parser (UTF-16LE "Windows Registry Editor Version 5.00" and ANSI "REGEDIT4")
// and writer (byte-exact regedit 5 layout: UTF-16LE with BOM, CRLF, hex data wrapped at 80 columns
// with a backslash and two-space indent; REG_SZ as "text" only when it is a proper NUL-terminated UTF-16
// string without line breaks, else hex(1)). Bad input gives a translated Error naming the line.
#pragma once
#include "core/error.h"
#include "core/registry.h"
#include "repairs/system_writer.h"
#include <QByteArray>
#include <QList>
#include <QString>

namespace wd {

struct RegFileValue {
    RegValue value;      // name "" = default value (@)
    bool remove = false; // "Name"=-
    int line = 0;
};

struct RegFileKey {
    QString path;        // as written: "HKEY_LOCAL_MACHINE\SYSTEM\..."
    bool remove = false; // [-Key]
    QList<RegFileValue> values;
    int line = 0;
};

struct RegFile {
    bool unicode = true; // Version 5.00 (UTF-16) vs REGEDIT4 (ANSI)
    QList<RegFileKey> keys;
};

struct RegFileLimits {
    qint64 maxFileBytes = 64ll * 1024 * 1024;
    int maxKeys = 200000;
    qint64 maxValueBytes = 1024 * 1024; // one value's data
};

Expected<RegFile> parseRegFile(const QByteArray &bytes, const QString &sourceName = {}, const RegFileLimits &limits = {});
Expected<RegFile> readRegFile(const QString &path, const RegFileLimits &limits = {});
QByteArray writeRegFile(const RegFile &file); // always Version 5.00, UTF-16LE with BOM

// "HKLM\X" <-> "HKEY_LOCAL_MACHINE\X" (other roots are kept as they are).
QString toRegFilePath(const QString &key);
QString fromRegFilePath(const QString &path);

// Appends KEY (full "HKLM\..." path) and its subtree, parent first, as regedit exports it.
void appendTree(RegFile &file, const QString &key, const RegKeyTree &tree);
// Rebuilds the tree of KEY from the [KEY] and [KEY\...] sections of FILE (nullopt when absent).
std::optional<RegKeyTree> treeFromRegFile(const RegFile &file, const QString &key);

} // namespace wd
