#include "platform/live_windows/elevation.h"
#include <windows.h>
#include <shellapi.h>
#include <shlobj.h>
#include <algorithm>
#include <vector>

namespace wd::elevation {

bool isElevated()
{
    wchar_t hook[4] = {};
    if (GetEnvironmentVariableW(kTestNotElevatedVar, hook, 4) == 1 && hook[0] == L'1')
        return false;
    HANDLE token = nullptr;
    if (OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &token)) {
        TOKEN_ELEVATION te = {};
        DWORD len = 0;
        const BOOL ok = GetTokenInformation(token, TokenElevation, &te, sizeof(te), &len);
        CloseHandle(token);
        if (ok)
            return te.TokenIsElevated != 0;
    }
    return IsUserAnAdmin() != FALSE;
}

Expected<int> runElevated(const QStringList &args, unsigned long timeoutMs, const QString &program, bool show)
{
    std::vector<wchar_t> exe(32768);
    if (program.isEmpty()) {
        const DWORD n = GetModuleFileNameW(nullptr, exe.data(), DWORD(exe.size()));
        if (n == 0 || n >= exe.size())
            return Error(ErrorKind::Internal, translate("wd::Elevation", "The path of Winsock Doctor itself could not be found."));
    } else {
        const std::wstring w = program.toStdWString();
        if (w.size() + 1 > exe.size())
            return Error(ErrorKind::Internal, translate("wd::Elevation", "The path of Winsock Doctor itself could not be found."));
        std::copy(w.begin(), w.end(), exe.begin());
    }
    const std::wstring params = joinArguments(args).toStdWString();
    SHELLEXECUTEINFOW sei = {};
    sei.cbSize = sizeof(sei);
    sei.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    sei.lpVerb = L"runas";
    sei.lpFile = exe.data();
    sei.lpParameters = params.c_str();
    sei.nShow = show ? SW_SHOWNORMAL : SW_HIDE;
    // The elevated copy must not inherit the standard-user test hook.
    wchar_t hook[4] = {};
    const bool hooked = GetEnvironmentVariableW(kTestNotElevatedVar, hook, 4) > 0;
    if (hooked)
        SetEnvironmentVariableW(kTestNotElevatedVar, nullptr);
    const BOOL started = ShellExecuteExW(&sei);
    const DWORD startError = GetLastError();
    if (hooked)
        SetEnvironmentVariableW(kTestNotElevatedVar, hook);
    if (!started) {
        const DWORD e = startError;
        if (e == ERROR_CANCELLED)
            return Error(ErrorKind::NeedsElevation,
                         translate("wd::Elevation", "The repair needs administrator rights, and the Windows prompt was declined."));
        return Error(ErrorKind::NeedsElevation,
                     translate("wd::Elevation", "Winsock Doctor could not be started with administrator rights (error %1).").arg(e));
    }
    if (!sei.hProcess)
        return Error(ErrorKind::Internal, translate("wd::Elevation", "The elevated Winsock Doctor could not be followed."));
    const DWORD w = WaitForSingleObject(sei.hProcess, timeoutMs);
    DWORD code = 0;
    const BOOL got = GetExitCodeProcess(sei.hProcess, &code);
    CloseHandle(sei.hProcess);
    if (w != WAIT_OBJECT_0 || !got)
        return Error(ErrorKind::Internal, translate("wd::Elevation", "The elevated Winsock Doctor did not finish."));
    return int(code);
}

} // namespace wd::elevation
