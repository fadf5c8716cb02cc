// Copies of network-stack DLLs (ws2_32.dll, mswsock.dll, wsock32.dll, the provider DLLs) outside their
// Windows folders: the bounded walk behind system.file.planted-copy (planted_copies_check.cpp).
#pragma once
#include <QString>
#include <QStringList>

namespace wd {

class SystemView;
class CancelToken;

struct PlantedWalkLimits {
    qint64 maxEntries = 200000; // directory entries looked at, all folders together
    qint64 maxMillis = 20000;   // wall-clock time of the walk
};

struct PlantedWalk {
    QStringList copies;     // Windows paths of the files found ("C:\Program Files\App\ws2_32.dll")
    QStringList walked;     // the folders walked (Windows paths)
    qint64 entries = 0;     // directory entries looked at
    int linksSkipped = 0;   // symbolic links / junctions not followed
    QString stoppedBy;      // "" (complete) | "entries" | "time" | "cancelled"
};

// The folders where a copy of a network-stack DLL does not belong: Program Files, Program Files (x86),
// ProgramData and Users (recursively), the Windows folder itself (its own files only) and Windows\Temp.
// System32, SysWOW64, WinSxS, servicing, Installer and the other Windows subfolders are not walked:
// they hold Windows' own (and the component store's) copies. Every folder is reached through
// SystemView::hostPath (offline: contained in the volume); links and junctions are never followed.
// NAMES are lower-case file names.
PlantedWalk findPlantedCopies(const SystemView &sys, const QStringList &names, const PlantedWalkLimits &limits,
                              const CancelToken *cancel = nullptr);

// The Windows folders where network-stack DLLs legitimately live (System32, SysWOW64, SysArm32,
// WinSxS, servicing, Installer, SoftwareDistribution): a loaded module from anywhere else is a copy.
bool isWindowsOwnCopyFolder(const QString &windowsPath, const QString &systemRoot);

} // namespace wd
