// SystemView: everything a check may ask of a target. Checks never touch the OS, files or
// hives directly; they ask a SystemView. Implementations: offline (mounted Windows volume,
// hivex), live_windows (Win32, Windows builds only), report (saved JSON, read-only).
#pragma once
#include "core/error.h"
#include "core/registry.h"
#include "core/scan_result.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace wd {

// Which registry view a path is read in. Native = the OS's own bitness. View32 = the WOW64
// view (SOFTWARE\Wow6432Node on a 64-bit system); View64 = explicit 64-bit view.
enum class RegView { Native, View64, View32 };

class LiveApis; // Win32-only extras (WSCEnumProtocols, SetupDi, WinVerifyTrust, PDH) — see live_windows

// A listing of a folder that may be huge (a system folder flooded with files): see listDirBounded.
struct DirListing {
    QStringList names;     // matching entries, sorted
    qint64 entries = 0;    // entries looked at
    bool complete = true;  // false: stopped at a limit with entries left, NAMES is partial
    // The folder's host path as hostPath() resolves it, and for each name whether hostPath() of the
    // entry is that folder + "/" + the name (not a link: nothing to resolve or check again). Empty when
    // the view does not say: hostPath() of each entry then.
    QString hostDir;
    QList<bool> plain;
    // hostPath() of entry I when the listing knows it without resolving; "" otherwise.
    QString knownHostPath(qsizetype i) const
    {
        if (hostDir.isEmpty() || i < 0 || i >= plain.size() || !plain.at(i))
            return {};
        return hostDir.endsWith(QLatin1Char('/')) ? hostDir + names.at(i) : hostDir + QLatin1Char('/') + names.at(i);
    }
};

class SystemView {
public:
    virtual ~SystemView() = default;

    virtual TargetInfo info() const = 0;
    virtual bool isReadOnly() const { return true; }
    virtual bool is64Bit() const { return info().windows.arch != QStringLiteral("x86"); }

    // --- Registry. Keys are full paths under HKLM, e.g.
    // "HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters" (case-insensitive).
    virtual Expected<QStringList> subKeys(const QString &key, RegView view = RegView::Native) const = 0;
    virtual Expected<QList<RegValue>> values(const QString &key, RegView view = RegView::Native) const = 0;
    virtual bool keyExists(const QString &key, RegView view = RegView::Native) const;
    // Missing key or value -> std::nullopt (not an error); unreadable hive -> Error.
    virtual Expected<std::optional<RegValue>> value(const QString &key, const QString &name,
                                                    RegView view = RegView::Native) const;

    // --- Files. Paths are Windows paths of the target ("C:\Windows\System32\ws2_32.dll",
    // "%SystemRoot%\system32\mswsock.dll"); expandPath() resolves environment variables.
    virtual QString expandPath(const QString &windowsPath) const = 0;
    // Where the file can be opened on this host (offline: inside the mounted root, resolved
    // case-insensitively, never escaping the root). Error when it does not exist or escapes.
    virtual Expected<QString> hostPath(const QString &windowsPath) const = 0;
    virtual bool fileExists(const QString &windowsPath) const;
    // Names of directory entries (files and folders) matching a wildcard pattern ("*.dmp").
    virtual Expected<QStringList> listDir(const QString &windowsDir, const QString &pattern = QStringLiteral("*")) const = 0;
    // The same with bounded memory and time, through hostPath(): entries matching any of PATTERNS, at
    // most MAXNAMES of them, after looking at MAXENTRIES entries at most (a listing of a million-file
    // folder stops there instead of holding every name).
    virtual Expected<DirListing> listDirBounded(const QString &windowsDir, const QStringList &patterns, qint64 maxNames,
                                                qint64 maxEntries) const;

    // Well-known folders of the target, Windows form.
    virtual QString systemRoot() const = 0;        // "C:\Windows"
    QString system32() const { return systemRoot() + QStringLiteral("\\System32"); }
    QString sysWow64() const { return systemRoot() + QStringLiteral("\\SysWOW64"); }

    // Win32-only services; nullptr on offline / report targets.
    virtual LiveApis *live() { return nullptr; }

    // Warnings collected while opening the target (e.g. stale hive that could not be replayed).
    virtual QList<Finding> targetFindings() const { return {}; }
};

// Parse a target spec: "live" | "offline:DIR" | "offline:auto" | "report:FILE" | "demo".
// offline:auto is resolved here to the one Windows installation found (platform/installations.h), or a
// Usage error listing the candidates; "offline:D:" means the drive's root "D:\".
struct TargetSpec {
    enum Kind { Live, Offline, Report, Demo } kind = Live;
    QString path;
    static Expected<TargetSpec> parse(const QString &spec);
    QString toString() const;
};

} // namespace wd
