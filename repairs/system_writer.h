// SystemWriter: the only way a repair changes a target. Reads always see the current state of the
// target (not a cached scan); writes are lists of RegChange applied by the implementation:
//  - OfflineWriter: a mounted Windows volume; hives opened with hivex in write mode, committed to a
//    temp file + fsync + atomic rename. Dirty hives (unreplayed transaction logs) are refused.
//  - LiveWriter (repairs/live_windows, Windows builds only): Win32 registry API with explicit
//    KEY_WOW64_64KEY / KEY_WOW64_32KEY views, netsh and DiRollbackDriver by absolute System32 paths.
#pragma once
#include "core/error.h"
#include "core/registry.h"
#include "platform/system_view.h"
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace wd {

// A registry key with all its values and subkeys (recursive copy).
struct RegKeyTree {
    QString name;
    QList<RegValue> values;
    QList<RegKeyTree> children;

    const RegValue *value(const QString &name) const;   // case-insensitive, nullptr when absent
    const RegKeyTree *child(const QString &name) const; // case-insensitive
    bool operator==(const RegKeyTree &o) const;         // names case-insensitive, values in order
};

struct KeyRef {
    QString key; // "HKLM\SYSTEM\CurrentControlSet\Services\WinSock2\Parameters"
    RegView view = RegView::Native;
    bool valuesOnly = false; // snapshot and restore only the values of KEY, not its subkeys
    bool operator==(const KeyRef &o) const { return view == o.view && key.compare(o.key, Qt::CaseInsensitive) == 0; }
};
QString viewName(RegView v);                 // "native" | "64" | "32"
RegView viewFromName(const QString &s);
QString keyWithView(const KeyRef &k);        // "HKLM\...  (32-bit view)" for previews

struct RegChange {
    enum Kind { SetValue, DeleteValue, DeleteKey, ReplaceKey, ReplaceValues } kind = SetValue;
    QString key;
    RegView view = RegView::Native;
    RegValue value;       // SetValue
    QString valueName;    // DeleteValue
    RegKeyTree tree;      // ReplaceKey: the full new content of KEY (tree.name is ignored);
                          // ReplaceValues: tree.values become all values of KEY (subkeys stay)
    Text description;     // preview line: what changes, before -> after (translated when shown)

    static RegChange set(const QString &key, RegView view, const RegValue &v, const Text &description);
    static RegChange deleteValue(const QString &key, RegView view, const QString &name, const Text &description);
    static RegChange deleteKey(const QString &key, RegView view, const Text &description);
    static RegChange replaceValues(const QString &key, RegView view, const QList<RegValue> &values, const Text &description);
    static RegChange replaceKey(const QString &key, RegView view, const RegKeyTree &tree, const Text &description);
};

// Test seam: called after every step; returning true aborts the repair there as if it had failed.
using FaultHook = std::function<bool(const QString &step)>;

class SystemWriter {
public:
    virtual ~SystemWriter() = default;

    virtual QString kind() const = 0;               // "offline" | "live"
    virtual bool isLive() const { return false; }
    virtual bool isElevated() const { return true; }
    virtual bool is64Bit() const = 0;

    // --- Reading the current state. A missing key gives NotFound.
    virtual Expected<QStringList> subKeys(const QString &key, RegView view) const = 0;
    virtual Expected<QList<RegValue>> values(const QString &key, RegView view) const = 0;
    bool keyExists(const QString &key, RegView view) const;
    Expected<std::optional<RegValue>> value(const QString &key, const QString &name, RegView view) const;
    // Recursive copy of KEY (nullopt when absent). MAXKEYS bounds hostile/huge trees.
    Expected<std::optional<RegKeyTree>> readTree(const QString &key, RegView view, int maxKeys = 100000) const;

    // --- Writing. All changes are applied, or (offline) none: hives are committed only at the end.
    // HOOK is consulted after each change ("change N") and before each commit ("commit HIVE").
    virtual Expected<void> apply(const QList<RegChange> &changes, const FaultHook &hook = {}) = 0;

    // --- Snapshots.
    virtual QString snapshotRoot() const = 0;       // host folder where this target's snapshots live
    // Offline: host paths of the hive files that hold KEYS (copied whole into a snapshot so that
    // undo restores the exact bytes). Live: empty.
    virtual QStringList hiveFilesFor(const QList<KeyRef> &keys) const { Q_UNUSED(keys); return {}; }
    // Offline: host path of the hive file NAME ("SYSTEM", "SOFTWARE"); empty when absent / live.
    virtual QString hiveFile(const QString &name) const { Q_UNUSED(name); return {}; }

    // --- Files and programs of the target.
    virtual bool targetFileExists(const QString &windowsPath) const = 0;
    // A read-only SystemView of the same target (the scan's view: offline volume, demo or live), for
    // repairs that verify files the way the scan does. Unsupported when the target has none.
    virtual Expected<std::unique_ptr<SystemView>> openView() const;
    // Host path of an existing file of the target (offline: resolved case-insensitively inside the
    // volume; a link leading outside it is refused with OutsideRoot).
    virtual Expected<QString> targetHostPath(const QString &windowsPath) const;
    // Writes BYTES as the file WINDOWSPATH (its folder must exist): offline, a temp file in the same
    // folder, flushed, then renamed over the file. Live: staged beside it and put in place at the next
    // restart (MoveFileEx MOVEFILE_DELAY_UNTIL_REBOOT); *PENDING is set then.
    virtual Expected<void> writeTargetFile(const QString &windowsPath, const QByteArray &bytes, bool *pending = nullptr);
    // Removes the file (undo of a restored file that was missing before). Absent: success.
    virtual Expected<void> removeTargetFile(const QString &windowsPath, bool *pending = nullptr);
    // Live only: cancels the replacement at restart that writeTargetFile registered for WINDOWSPATH:
    // our pair in PendingFileRenameOperations goes (the pairs of other programs stay byte for byte)
    // and the staged copy is deleted. True when one was pending. Offline: false, nothing to do.
    virtual Expected<bool> cancelPendingReplace(const QString &windowsPath);
    // Live only: %SystemRoot%\System32\netsh.exe winsock reset. Offline: Unsupported.
    virtual Expected<void> runWinsockReset();
    // Live only: DiRollbackDriver on a device instance. Returns false when the device has no
    // previous driver to roll back to.
    virtual Expected<bool> rollbackDriver(const QString &deviceInstanceId, bool *needReboot);
};

// The registry half of a live cancelPendingReplace, through W's own reads and writes (portable, so the
// offline writer tests it): removes the pairs "\??\TARGET.wd-new" -> "!\??\TARGET" from Session Manager
// PendingFileRenameOperations, leaving every other byte; deletes the value when no pair is left.
// Returns how many pairs were removed.
Expected<int> removePendingReplacePairs(SystemWriter &w, const QString &target);

// Opens the writer for an offline volume ROOT. SNAPSHOTROOT overrides the default
// <root>/ProgramData/WinsockDoctor/snapshots.
// VIEWKIND is what openView() reports as info().kind ("demo" for the built-in demo's working copy:
// only there does its test root stand in for Microsoft's).
Expected<std::unique_ptr<SystemWriter>> openOfflineWriter(const QString &root, const QString &snapshotRoot = {},
                                                          const QString &viewKind = QStringLiteral("offline"));
// Live Windows writer (Windows builds); Unsupported elsewhere.
Expected<std::unique_ptr<SystemWriter>> openLiveWriter(const QString &snapshotRoot = {});

} // namespace wd
