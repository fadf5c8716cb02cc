// Finding Windows installations that can be opened as offline targets: the other drives of a PC
// started from WinRE / WinPE or a second Windows (Win32), the mounted NTFS volumes of a Linux live
// stick (/proc/self/mountinfo). The running Windows is never listed: it is the target "live".
// Reading an installation only reads: SOFTWARE for the product and build, the first 4 KiB of SYSTEM
// for the time it was last written. Hive transaction logs are not replayed here (a listing may show
// a product name a few minutes stale; the scan replays them).
#pragma once
#include "core/error.h"
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace wd {

struct WindowsInstallation {
    QString root;            // host folder of the volume root, '/' separators ("D:/", "/media/user/Windows")
    QString source;          // what it is mounted from ("/dev/sdb3"), or the drive ("D:") on Windows
    QString product;         // ProductName of SOFTWARE\Microsoft\Windows NT\CurrentVersion ("" when unreadable)
    QString build;           // CurrentBuildNumber (or CurrentBuild), ".UBR" appended when present: "19045.3803"
    QString version;         // DisplayVersion, else ReleaseId ("22H2")
    QString arch;            // "x64" | "x86" | "arm64" | "" (not known cheaply)
    QDateTime systemWritten; // UTC: last write of the SYSTEM hive (its base block); invalid when unknown
    QString problem;         // why the details could not be read (translated); the installation is still listed

    QString nativeRoot() const;  // "D:\" on Windows, the folder elsewhere
    QString targetSpec() const;  // "offline:" + nativeRoot()
    QString summary() const;     // "Windows 10 Pro 22H2, build 19045.3803, x64" (translated)
};

// One line of /proc/self/mountinfo.
struct MountEntry {
    QString device;     // "8:17" (major:minor)
    QString fsRoot;     // the folder of the file system this mount shows ("/" for a whole volume)
    QString mountPoint; // unescaped ("\040" -> ' ')
    QString fsType;     // "ntfs3", "fuseblk", ...
    QString source;     // "/dev/sdb3"
};

// Parses the text of /proc/self/mountinfo (proc(5)); octal escapes (\040 \011 \012 \134) are decoded
// in the mount point, root and source. Malformed lines are skipped.
QList<MountEntry> parseMountInfo(const QString &text);
// File systems that can hold Windows: ntfs3, ntfs, ntfs-3g, fuseblk (ntfs-3g shows as fuseblk with the
// device as its source, so every fuseblk mount is a candidate), fuse(blk).ntfs-3g / lowntfs-3g.
bool isNtfsMount(const MountEntry &m);
// The Windows installations on the NTFS mounts of MOUNTINFOTEXT (one per volume: the same volume
// mounted twice is listed once, at its first mount point).
QList<WindowsInstallation> installationsFromMountInfo(const QString &mountInfoText);

// The installation whose volume root is ROOT; nullopt when ROOT has no Windows\System32\config\SYSTEM
// (names are matched case-insensitively: NTFS mounted on Linux is case-sensitive).
std::optional<WindowsInstallation> inspectInstallation(const QString &root);
// The last-written time in the base block of a hive (offset 0x0C, a FILETIME); nullopt when the file is
// not a hive or the time is not plausible.
std::optional<QDateTime> hiveLastWritten(const QString &hivePath);

// All installations on this computer except the running one.
// Windows: each drive letter (fixed, removable, RAM disk) other than the running system's (X: in WinRE).
// Linux: the NTFS mounts of /proc/self/mountinfo (WD_TEST_MOUNTINFO names another file, for tests).
QList<WindowsInstallation> findWindowsInstallations();

// "offline:auto": the one installation in FOUND, or a Usage error naming the candidates (none / several).
Expected<WindowsInstallation> pickSingleInstallation(const QList<WindowsInstallation> &found);

} // namespace wd
