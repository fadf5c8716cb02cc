// Which Windows release a target is, and whether a system file's version belongs to it: the
// component-store restore of network files (system.file.restore) picks only files of the target's
// own release, never a newer update than the one installed.
#pragma once
#include "core/error.h"
#include <QString>
#include <QStringList>

namespace wd {

class SystemView;

// One Windows release family: the releases (CurrentBuildNumber firstBuild..lastBuild) that are serviced
// from one code base and ship the same binaries, whose files carry fileBuild in their version
// (19041-19045 -> 10.0.19041.x, 22621/22631 -> 10.0.22621.x). From Microsoft's published build numbers.
struct ReleaseFamily {
    int major, minor;
    int firstBuild, lastBuild; // target builds, and file builds that belong to the family
    int fileBuild;             // the build number the family's files carry
    const char *name;          // "Windows 10 2004-22H2" (product names: not translated)
};
// The family of MAJOR.MINOR.BUILD, or nullptr when the build is not in the table.
const ReleaseFamily *releaseFamily(int major, int minor, int build);
// The whole table (tests, documentation).
const QList<ReleaseFamily> &releaseFamilies();

struct TargetRelease {
    int major = 0, minor = 0, build = 0;
    int familyBuild = 0;   // the build number the release's files carry (19045 -> 19041, 22631 -> 22621)
    int ubr = -1;          // update build revision (HKLM\...\CurrentVersion\UBR); -1 unknown
    bool known() const { return major > 0 && build > 0; }
    QString family() const; // "10.0.19041"
    QString familyName() const; // "Windows 10 2004-22H2", else "10.0.<build>"
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

// How a system file's version relates to the target release (system.file.foreign-version, and the
// candidates of system.file.restore): Unknown when either version cannot be read.
enum class ReleaseFit { Fits, NewerRevision, OtherRelease, Unknown };
ReleaseFit classifyRelease(const TargetRelease &r, const FileVersion &v);
// FileVersion of a PE version resource: VS_FIXEDFILEINFO, else the FileVersion string.
FileVersion fileVersionOf(const QString &fixedFileVersion, const QString &fileVersion);

// Network-stack system files that system.file.restore may put back from the component store
// (lower case): ws2_32.dll, mswsock.dll, wsock32.dll, the Windows provider and namespace DLLs, and
// the drivers afd.sys, tcpip.sys, ndis.sys.
const QStringList &restorableNetworkFiles();
// WINDOWSPATH is one of those files in System32, SysWOW64 (DLLs) or System32\drivers (drivers) of
// SYSTEMROOT ("C:\Windows").
bool isRestorableNetworkFile(const QString &windowsPath, const QString &systemRoot);

} // namespace wd
