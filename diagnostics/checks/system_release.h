// Which Windows release a target is, and whether a system file's version belongs to it: the
// component-store restore of network files (system.file.restore) picks only files of the target's
// own release, never a newer update than the one installed.
#pragma once
#include "core/error.h"
#include <QString>
#include <QStringList>

namespace wd {

class SystemView;

struct TargetRelease {
    int major = 0, minor = 0, build = 0;
    int familyBuild = 0;   // the build number the release's files carry (19045 -> 19041, 22631 -> 22621)
    int ubr = -1;          // update build revision (HKLM\...\CurrentVersion\UBR); -1 unknown
    bool known() const { return major > 0 && build > 0; }
    QString family() const; // "10.0.19041"
};

// Reads CurrentMajorVersionNumber / CurrentMinorVersionNumber (else CurrentVersion), CurrentBuildNumber, UBR.
TargetRelease readTargetRelease(const SystemView &sys);

struct FileVersion {
    int major = -1, minor = -1, build = -1, revision = -1;
    bool valid() const { return major >= 0; }
    static FileVersion parse(const QString &text); // "10.0.19041.3636" (also "10.0.19041.3636 (WinBuild...)")
    QString toString() const;
};

// The version's major.minor.build is the target's family.
bool sameRelease(const TargetRelease &r, const FileVersion &v);
// sameRelease and the revision is not above the target's UBR (when the UBR is known).
bool fitsRelease(const TargetRelease &r, const FileVersion &v);

// Network-stack system files that system.file.restore may put back from the component store
// (lower case): ws2_32.dll, mswsock.dll, wsock32.dll, the Windows provider and namespace DLLs, and
// the drivers afd.sys, tcpip.sys, ndis.sys.
const QStringList &restorableNetworkFiles();
// WINDOWSPATH is one of those files in System32, SysWOW64 (DLLs) or System32\drivers (drivers) of
// SYSTEMROOT ("C:\Windows").
bool isRestorableNetworkFile(const QString &windowsPath, const QString &systemRoot);

} // namespace wd
