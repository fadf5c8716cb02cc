// LiveWriter: SystemWriter over the running Windows (Win32 registry API, explicit WOW64 views).
// Compiled only for Windows.
#include "checks/pending_renames.h"
#include "platform/live_windows/elevation.h"
#include "platform/live_windows/live_view.h"
#include "repairs/system_writer.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <windows.h>
#include <setupapi.h>
#include <shlobj.h>
#include <vector>

namespace wd {
namespace {

std::wstring wide(const QString &s)
{
    return s.toStdWString();
}

QString winError(DWORD code)
{
    wchar_t *buf = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr, code, 0,
                                   reinterpret_cast<wchar_t *>(&buf), 0, nullptr);
    QString s = n && buf ? QString::fromWCharArray(buf, int(n)).trimmed() : QStringLiteral("error %1").arg(code);
    if (buf)
        LocalFree(buf);
    return s;
}

// "HKLM\SOFTWARE\X" -> subkey "SOFTWARE\X" of HKEY_LOCAL_MACHINE.
Expected<QString> hklmSubKey(const QString &keyIn)
{
    QString key = keyIn;
    key.replace(QLatin1Char('/'), QLatin1Char('\\'));
    for (const QString &prefix : {QStringLiteral("HKEY_LOCAL_MACHINE\\"), QStringLiteral("HKLM\\")})
        if (key.startsWith(prefix, Qt::CaseInsensitive))
            return key.mid(prefix.size());
    return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Only keys under HKEY_LOCAL_MACHINE can be repaired: %1").arg(keyIn), keyIn);
}

REGSAM viewFlag(RegView v)
{
    switch (v) {
    case RegView::View64: return KEY_WOW64_64KEY;
    case RegView::View32: return KEY_WOW64_32KEY;
    default: return KEY_WOW64_64KEY; // "native" = the OS's own view, also from a 32-bit process
    }
}

struct KeyHandle {
    HKEY h = nullptr;
    ~KeyHandle()
    {
        if (h)
            RegCloseKey(h);
    }
};

Error regError(LSTATUS rc, const QString &what, const QString &key)
{
    if (rc == ERROR_FILE_NOT_FOUND)
        return Error(ErrorKind::NotFound, translate("wd::Repairs", "The registry key %1 does not exist.").arg(key), key);
    if (rc == ERROR_ACCESS_DENIED)
        return Error(ErrorKind::PermissionDenied, translate("wd::Repairs", "%1 %2: access denied (run as administrator).").arg(what, key), key);
    return Error(ErrorKind::Io, translate("wd::Repairs", "%1 %2 failed: %3").arg(what, key, winError(DWORD(rc))), key);
}

class LiveWriter : public SystemWriter {
public:
    QString m_snapRoot;

    QString kind() const override { return QStringLiteral("live"); }
    bool isLive() const override { return true; }
    bool is64Bit() const override
    {
        SYSTEM_INFO si;
        GetNativeSystemInfo(&si);
        return si.wProcessorArchitecture != PROCESSOR_ARCHITECTURE_INTEL;
    }

    bool isElevated() const override { return elevation::isElevated(); }

    QString snapshotRoot() const override
    {
        if (!m_snapRoot.isEmpty())
            return m_snapRoot;
        wchar_t *path = nullptr;
        QString base;
        if (SUCCEEDED(SHGetKnownFolderPath(FOLDERID_ProgramData, 0, nullptr, &path)) && path)
            base = QString::fromWCharArray(path);
        if (path)
            CoTaskMemFree(path);
        if (base.isEmpty())
            base = QStringLiteral("C:\\ProgramData");
        return QDir::fromNativeSeparators(base) + QStringLiteral("/WinsockDoctor/snapshots");
    }

    Expected<void> openKey(const QString &key, RegView view, REGSAM access, KeyHandle &out) const
    {
        Expected<QString> sub = hklmSubKey(key);
        if (!sub)
            return sub.error();
        const LSTATUS rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(*sub).c_str(), 0, access | viewFlag(view), &out.h);
        if (rc != ERROR_SUCCESS)
            return regError(rc, translate("wd::Repairs", "Opening"), key);
        return {};
    }

    Expected<QStringList> subKeys(const QString &key, RegView view) const override
    {
        KeyHandle k;
        if (Expected<void> r = openKey(key, view, KEY_READ, k); !r)
            return r.error();
        QStringList out;
        std::vector<wchar_t> name(256);
        for (DWORD i = 0;; ++i) {
            DWORD len = DWORD(name.size());
            const LSTATUS rc = RegEnumKeyExW(k.h, i, name.data(), &len, nullptr, nullptr, nullptr, nullptr);
            if (rc == ERROR_NO_MORE_ITEMS)
                break;
            if (rc != ERROR_SUCCESS)
                return regError(rc, translate("wd::Repairs", "Listing"), key);
            out.append(QString::fromWCharArray(name.data(), int(len)));
        }
        return out;
    }

    Expected<QList<RegValue>> values(const QString &key, RegView view) const override
    {
        KeyHandle k;
        if (Expected<void> r = openKey(key, view, KEY_READ, k); !r)
            return r.error();
        DWORD maxName = 0, maxData = 0;
        LSTATUS rc = RegQueryInfoKeyW(k.h, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &maxName, &maxData, nullptr, nullptr);
        if (rc != ERROR_SUCCESS)
            return regError(rc, translate("wd::Repairs", "Reading"), key);
        QList<RegValue> out;
        std::vector<wchar_t> name(maxName + 2);
        std::vector<BYTE> data(maxData + 2);
        for (DWORD i = 0;; ++i) {
            DWORD nameLen = DWORD(name.size());
            DWORD dataLen = DWORD(data.size());
            DWORD type = 0;
            rc = RegEnumValueW(k.h, i, name.data(), &nameLen, nullptr, &type, data.data(), &dataLen);
            if (rc == ERROR_NO_MORE_ITEMS)
                break;
            if (rc == ERROR_MORE_DATA) { // a value grew meanwhile: start over with bigger buffers
                name.resize(name.size() * 2 + 256);
                data.resize(data.size() * 2 + 4096);
                out.clear();
                i = DWORD(-1);
                continue;
            }
            if (rc != ERROR_SUCCESS)
                return regError(rc, translate("wd::Repairs", "Reading"), key);
            RegValue v;
            v.name = QString::fromWCharArray(name.data(), int(nameLen));
            v.type = type;
            v.data = QByteArray(reinterpret_cast<const char *>(data.data()), int(dataLen));
            out.append(v);
        }
        return out;
    }

    Expected<void> createKey(const QString &key, RegView view, KeyHandle &out)
    {
        Expected<QString> sub = hklmSubKey(key);
        if (!sub)
            return sub.error();
        const LSTATUS rc = RegCreateKeyExW(HKEY_LOCAL_MACHINE, wide(*sub).c_str(), 0, nullptr, REG_OPTION_NON_VOLATILE,
                                           KEY_READ | KEY_WRITE | viewFlag(view), nullptr, &out.h, nullptr);
        if (rc != ERROR_SUCCESS)
            return regError(rc, translate("wd::Repairs", "Creating"), key);
        return {};
    }

    static Expected<void> setOne(HKEY h, const QString &key, const RegValue &v)
    {
        const LSTATUS rc = RegSetValueExW(h, v.name.isEmpty() ? nullptr : wide(v.name).c_str(), 0, v.type,
                                          reinterpret_cast<const BYTE *>(v.data.constData()), DWORD(v.data.size()));
        if (rc != ERROR_SUCCESS)
            return regError(rc, translate("wd::Repairs", "Writing a value of"), key);
        return {};
    }

    Expected<void> deleteTree(const QString &key, RegView view)
    {
        Expected<QString> sub = hklmSubKey(key);
        if (!sub)
            return sub.error();
        const QString parentPath = sub->section(QLatin1Char('\\'), 0, -2);
        const QString leaf = sub->section(QLatin1Char('\\'), -1);
        if (parentPath.isEmpty())
            return Error(ErrorKind::Internal, translate("wd::Repairs", "Refusing to delete the root key of a hive."));
        KeyHandle parent;
        LSTATUS rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide(parentPath).c_str(), 0, KEY_READ | KEY_WRITE | DELETE | viewFlag(view), &parent.h);
        if (rc == ERROR_FILE_NOT_FOUND)
            return {};
        if (rc != ERROR_SUCCESS)
            return regError(rc, translate("wd::Repairs", "Opening"), key);
        rc = RegDeleteTreeW(parent.h, wide(leaf).c_str());
        if (rc == ERROR_FILE_NOT_FOUND)
            return {};
        if (rc != ERROR_SUCCESS)
            return regError(rc, translate("wd::Repairs", "Deleting"), key);
        // RegDeleteTreeW leaves the key itself; remove it in the chosen view.
        rc = RegDeleteKeyExW(parent.h, wide(leaf).c_str(), viewFlag(view), 0);
        if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
            return regError(rc, translate("wd::Repairs", "Deleting"), key);
        return {};
    }

    Expected<void> writeTree(const QString &key, RegView view, const RegKeyTree &t)
    {
        KeyHandle k;
        if (Expected<void> r = createKey(key, view, k); !r)
            return r;
        for (const RegValue &v : t.values)
            if (Expected<void> r = setOne(k.h, key, v); !r)
                return r;
        for (const RegKeyTree &c : t.children)
            if (Expected<void> r = writeTree(key + QLatin1Char('\\') + c.name, view, c); !r)
                return r;
        return {};
    }

    Expected<void> applyOne(const RegChange &c)
    {
        switch (c.kind) {
        case RegChange::SetValue: {
            KeyHandle k;
            if (Expected<void> r = createKey(c.key, c.view, k); !r)
                return r;
            return setOne(k.h, c.key, c.value);
        }
        case RegChange::DeleteValue: {
            KeyHandle k;
            Expected<void> r = openKey(c.key, c.view, KEY_READ | KEY_WRITE, k);
            if (!r)
                return r.error().kind == ErrorKind::NotFound ? Expected<void>() : r;
            const LSTATUS rc = RegDeleteValueW(k.h, c.valueName.isEmpty() ? nullptr : wide(c.valueName).c_str());
            if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
                return regError(rc, translate("wd::Repairs", "Deleting a value of"), c.key);
            return {};
        }
        case RegChange::ReplaceValues: {
            Expected<QList<RegValue>> cur = values(c.key, c.view);
            KeyHandle k;
            if (Expected<void> r = createKey(c.key, c.view, k); !r)
                return r;
            if (cur)
                for (const RegValue &v : *cur) {
                    const LSTATUS rc = RegDeleteValueW(k.h, v.name.isEmpty() ? nullptr : wide(v.name).c_str());
                    if (rc != ERROR_SUCCESS && rc != ERROR_FILE_NOT_FOUND)
                        return regError(rc, translate("wd::Repairs", "Deleting a value of"), c.key);
                }
            for (const RegValue &v : c.tree.values)
                if (Expected<void> r = setOne(k.h, c.key, v); !r)
                    return r;
            return {};
        }
        case RegChange::DeleteKey:
            return deleteTree(c.key, c.view);
        case RegChange::ReplaceKey:
            if (Expected<void> r = deleteTree(c.key, c.view); !r)
                return r;
            return writeTree(c.key, c.view, c.tree);
        }
        return {};
    }

    Expected<void> apply(const QList<RegChange> &changes, const FaultHook &hook) override
    {
        int index = 0;
        for (const RegChange &c : changes) {
            ++index;
            Expected<void> r = applyOne(c);
            if (!r)
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "Changing %1 failed: %2").arg(c.key, r.error().message), c.key);
            if (hook && hook(QStringLiteral("change %1").arg(index)))
                return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "The repair was stopped after change %1 (fault injection).").arg(index));
        }
        return {};
    }

    static QString systemDir()
    {
        wchar_t buf[MAX_PATH + 1] = {};
        const UINT n = GetSystemDirectoryW(buf, MAX_PATH);
        return n ? QString::fromWCharArray(buf, int(n)) : QStringLiteral("C:\\Windows\\System32");
    }

    // %SystemRoot%-style variables expanded; empty when the result is not an absolute drive path.
    static QString expanded(const QString &windowsPath)
    {
        std::vector<wchar_t> buf(32768);
        const DWORD n = ExpandEnvironmentStringsW(wide(windowsPath).c_str(), buf.data(), DWORD(buf.size()));
        if (!n || n > buf.size())
            return {};
        QString p = QString::fromWCharArray(buf.data());
        p.replace(QLatin1Char('/'), QLatin1Char('\\'));
        if (p.size() < 3 || p.at(1) != QLatin1Char(':') || p.at(2) != QLatin1Char('\\') || p.contains(QLatin1String("\\..\\")))
            return {};
        return p;
    }

    // A 32-bit copy would see SysWOW64 as System32 (and register the rename there): files of the
    // system are replaced only by the 64-bit program on 64-bit Windows.
    static Expected<void> refuseWow64(const QString &path)
    {
        BOOL wow = FALSE;
        if (IsWow64Process(GetCurrentProcess(), &wow) && wow)
            return Error(ErrorKind::Unsupported,
                         translate("wd::Repairs", "%1 can be replaced only by the 64-bit Winsock Doctor on 64-bit Windows.").arg(path), path);
        return {};
    }

    Expected<std::unique_ptr<SystemView>> openView() const override
    {
        return std::unique_ptr<SystemView>(std::make_unique<LiveView>());
    }

    Expected<QString> targetHostPath(const QString &windowsPath) const override
    {
        const QString p = expanded(windowsPath);
        if (p.isEmpty())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "%1 is not an absolute Windows path.").arg(windowsPath), windowsPath);
        const DWORD attrs = GetFileAttributesW(wide(p).c_str());
        if (attrs == INVALID_FILE_ATTRIBUTES || (attrs & FILE_ATTRIBUTE_DIRECTORY))
            return Error(ErrorKind::NotFound, translate("wd::Repairs", "%1 does not exist on the target.").arg(windowsPath), windowsPath);
        return p;
    }

    // The file is in use by every process (ws2_32.dll): BYTES are staged beside it as NAME.wd-new
    // and MoveFileEx registers the replacement for the next restart (PendingFileRenameOperations).
    Expected<void> writeTargetFile(const QString &windowsPath, const QByteArray &bytes, bool *pending) override
    {
        if (pending)
            *pending = false;
        const QString target = expanded(windowsPath);
        if (target.isEmpty())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "%1 is not an absolute Windows path.").arg(windowsPath), windowsPath);
        if (Expected<void> r = refuseWow64(target); !r)
            return r;
        // An earlier staged replacement of ours for this file is dropped first: never two pairs for one file.
        if (Expected<bool> c = cancelPendingReplace(target); !c)
            return c.error();
        const QString staged = pending::stagedPathFor(target);
        QSaveFile f(QDir::fromNativeSeparators(staged)); // temp file in the same folder, flushed, renamed
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
            return Error(f.error() == QFileDevice::PermissionsError ? ErrorKind::PermissionDenied : ErrorKind::Io,
                         translate("wd::Repairs", "Cannot write %1: %2").arg(staged, f.errorString()), staged);
        if (!MoveFileExW(wide(staged).c_str(), wide(target).c_str(), MOVEFILE_DELAY_UNTIL_REBOOT | MOVEFILE_REPLACE_EXISTING)) {
            const DWORD e = GetLastError();
            DeleteFileW(wide(staged).c_str());
            return Error(e == ERROR_ACCESS_DENIED ? ErrorKind::PermissionDenied : ErrorKind::RepairFailed,
                         translate("wd::Repairs", "Windows refused to replace %1 at the next restart (MoveFileEx): %2").arg(target, winError(e)), target);
        }
        if (pending)
            *pending = true;
        return {};
    }

    Expected<bool> cancelPendingReplace(const QString &windowsPath) override
    {
        const QString target = expanded(windowsPath);
        if (target.isEmpty())
            return false;
        Expected<int> removed = removePendingReplacePairs(*this, target);
        if (!removed)
            return removed.error();
        const QString staged = pending::stagedPathFor(target);
        if (GetFileAttributesW(wide(staged).c_str()) != INVALID_FILE_ATTRIBUTES && !DeleteFileW(wide(staged).c_str())) {
            const DWORD e = GetLastError();
            return Error(ErrorKind::Io, translate("wd::Repairs", "Cannot delete the staged copy %1: %2").arg(staged, winError(e)), staged);
        }
        return *removed > 0;
    }

    // Undo of a file that did not exist before: deleted now, or at the next restart when it is in use.
    Expected<void> removeTargetFile(const QString &windowsPath, bool *pending) override
    {
        if (pending)
            *pending = false;
        const QString target = expanded(windowsPath);
        if (target.isEmpty())
            return Error(ErrorKind::Usage, translate("wd::Repairs", "%1 is not an absolute Windows path.").arg(windowsPath), windowsPath);
        if (GetFileAttributesW(wide(target).c_str()) == INVALID_FILE_ATTRIBUTES || DeleteFileW(wide(target).c_str()))
            return {};
        if (Expected<void> r = refuseWow64(target); !r)
            return r;
        if (!MoveFileExW(wide(target).c_str(), nullptr, MOVEFILE_DELAY_UNTIL_REBOOT)) {
            const DWORD e = GetLastError();
            return Error(e == ERROR_ACCESS_DENIED ? ErrorKind::PermissionDenied : ErrorKind::RepairFailed,
                         translate("wd::Repairs", "Cannot remove %1: %2").arg(target, winError(e)), target);
        }
        if (pending)
            *pending = true;
        return {};
    }

    bool targetFileExists(const QString &windowsPath) const override
    {
        std::vector<wchar_t> buf(32768);
        const DWORD n = ExpandEnvironmentStringsW(wide(windowsPath).c_str(), buf.data(), DWORD(buf.size()));
        if (!n || n > buf.size())
            return false;
        const DWORD attrs = GetFileAttributesW(buf.data());
        return attrs != INVALID_FILE_ATTRIBUTES && !(attrs & FILE_ATTRIBUTE_DIRECTORY);
    }

    Expected<void> runWinsockReset() override
    {
        // Absolute path: never let the search path pick a different netsh.exe.
        const QString netsh = systemDir() + QStringLiteral("\\netsh.exe");
        std::wstring cmd = L"\"" + wide(netsh) + L"\" winsock reset";
        STARTUPINFOW si{};
        si.cb = sizeof(si);
        si.dwFlags = STARTF_USESHOWWINDOW;
        si.wShowWindow = SW_HIDE;
        PROCESS_INFORMATION pi{};
        if (!CreateProcessW(wide(netsh).c_str(), cmd.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &si, &pi))
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "Cannot start %1: %2").arg(netsh, winError(GetLastError())), netsh);
        const DWORD wait = WaitForSingleObject(pi.hProcess, 120000);
        DWORD code = 1;
        if (wait == WAIT_TIMEOUT)
            TerminateProcess(pi.hProcess, 1);
        GetExitCodeProcess(pi.hProcess, &code);
        CloseHandle(pi.hThread);
        CloseHandle(pi.hProcess);
        if (wait == WAIT_TIMEOUT)
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "netsh winsock reset did not finish within two minutes."), netsh);
        // The exit code is only a hint; verify() judges success by re-reading the catalog.
        if (code != 0)
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "netsh winsock reset reported failure (exit code %1).").arg(code), netsh);
        return {};
    }

    Expected<bool> rollbackDriver(const QString &deviceInstanceId, bool *needReboot) override
    {
        using RollbackFn = BOOL(WINAPI *)(HDEVINFO, PSP_DEVINFO_DATA, HWND, DWORD, PBOOL);
        const QString dll = systemDir() + QStringLiteral("\\newdev.dll");
        HMODULE mod = LoadLibraryExW(wide(dll).c_str(), nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32);
        if (!mod)
            return Error(ErrorKind::Unsupported, translate("wd::Repairs", "Cannot load %1: %2").arg(dll, winError(GetLastError())), dll);
        auto fn = reinterpret_cast<RollbackFn>(reinterpret_cast<void *>(GetProcAddress(mod, "DiRollbackDriver")));
        if (!fn) {
            FreeLibrary(mod);
            return Error(ErrorKind::Unsupported, translate("wd::Repairs", "This Windows has no DiRollbackDriver."), dll);
        }
        HDEVINFO set = SetupDiCreateDeviceInfoList(nullptr, nullptr);
        if (set == INVALID_HANDLE_VALUE) {
            FreeLibrary(mod);
            return Error(ErrorKind::RepairFailed, translate("wd::Repairs", "SetupDiCreateDeviceInfoList failed: %1").arg(winError(GetLastError())));
        }
        SP_DEVINFO_DATA dev{};
        dev.cbSize = sizeof(dev);
        Expected<bool> result = false;
        if (!SetupDiOpenDeviceInfoW(set, wide(deviceInstanceId).c_str(), nullptr, 0, &dev)) {
            result = Error(ErrorKind::NotFound, translate("wd::Repairs", "The device %1 was not found: %2").arg(deviceInstanceId, winError(GetLastError())), deviceInstanceId);
        } else {
            BOOL reboot = FALSE;
            const DWORD ROLLBACK_FLAG_NO_UI = 0x00000001;
            if (fn(set, &dev, nullptr, ROLLBACK_FLAG_NO_UI, &reboot)) {
                result = true;
                if (needReboot)
                    *needReboot = reboot != FALSE;
            } else {
                const DWORD e = GetLastError();
                // No backed-up driver for this device.
                if (e == ERROR_NO_MORE_ITEMS || e == ERROR_FILE_NOT_FOUND || e == ERROR_NOT_FOUND || e == ERROR_NO_DRIVER_SELECTED)
                    result = false;
                else
                    result = Error(ErrorKind::RepairFailed, translate("wd::Repairs", "DiRollbackDriver failed for %1: %2").arg(deviceInstanceId, winError(e)), deviceInstanceId);
            }
        }
        SetupDiDestroyDeviceInfoList(set);
        FreeLibrary(mod);
        return result;
    }
};

} // namespace

Expected<std::unique_ptr<SystemWriter>> openLiveWriter(const QString &snapshotRoot)
{
    auto w = std::make_unique<LiveWriter>();
    w->m_snapRoot = snapshotRoot;
    return std::unique_ptr<SystemWriter>(std::move(w));
}

} // namespace wd
