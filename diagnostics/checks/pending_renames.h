// Pending file renames: HKLM\SYSTEM\CurrentControlSet\Control\Session Manager
// PendingFileRenameOperations (and ...2), the REG_MULTI_SZ that MoveFileEx(MOVEFILE_DELAY_UNTIL_REBOOT)
// appends to and the session manager replays at the next start. The value is a list of pairs of
// UTF-16LE strings, each ending with a null: "\??\SOURCE", then "\??\DEST" (with a leading "!" when
// MOVEFILE_REPLACE_EXISTING was given) or an empty string (delete SOURCE); one more null ends the list.
// Because a pair's second string may be empty, the value cannot be read as an ordinary multi-string.
// Portable code (no Win32): the update.pending-reboot check and the live system.file.restore use it.
#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace wd {
struct Finding;
class SystemView;
}

namespace wd::pending {

inline constexpr const char *kSessionManagerKey = "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Session Manager";
inline constexpr const char *kRenamesValue = "PendingFileRenameOperations";
inline constexpr const char *kRenamesValue2 = "PendingFileRenameOperations2";

struct RenameOp {
    QString source;          // as stored: "\??\C:\Windows\System32\ws2_32.dll.wd-new"
    QString dest;            // as stored: "!\??\C:\...\ws2_32.dll", "\??\...", or empty (delete SOURCE)
    qsizetype begin = 0;     // byte range [begin, end) of the pair in the value's data
    qsizetype end = 0;
    bool replaceExisting() const { return dest.startsWith(QLatin1Char('!')); }
    bool isDelete() const { return dest.isEmpty(); }
    QString sourcePath() const; // Win32 path: "\??\" removed
    QString destPath() const;   // Win32 path: "!" and "\??\" removed; empty for a delete
};

struct RenameList {
    QList<RenameOp> ops;
    bool malformed = false;  // odd byte count, a string without its null, a source without a destination
};

// Decodes the value's data (bounds-checked; never fails, MALFORMED says what did not fit).
RenameList decode(const QByteArray &data);
// Encodes pairs (source, dest as stored) the way MoveFileEx writes them: each string with its
// null, then the final null.
QByteArray encode(const QList<QPair<QString, QString>> &pairs);
// "C:\x" -> "\??\C:\x" (the NT name MoveFileEx stores).
QString ntName(const QString &win32Path);
// "\??\C:\x", "!\??\C:\x", "\\?\C:\x" -> "C:\x".
QString win32Path(const QString &stored);

// DATA with every pair for which MATCH is true cut out; the bytes of all other pairs, their order and
// the list's end stay exactly as they were. *REMOVED: how many pairs were cut. *NOWEMPTY: no pair is
// left (the value should then be deleted: MoveFileEx creates it with the first pair).
QByteArray removePairs(const QByteArray &data, const std::function<bool(const RenameOp &)> &match, int *removed,
                       bool *nowEmpty = nullptr);

// The staged copy system.file.restore puts beside TARGET on a running Windows ("ws2_32.dll.wd-new").
QString stagedPathFor(const QString &target);
// The pair MoveFileEx(staged, TARGET, DELAY_UNTIL_REBOOT | REPLACE_EXISTING) adds for TARGET.
bool isOurReplace(const RenameOp &op, const QString &target);

// The update.pending-reboot check on its own (empty when nothing waits for a restart), for the
// repair command's advice to restart first. pending_reboot_check.cpp.
QList<Finding> pendingRebootFindings(SystemView &sys);

} // namespace wd::pending
