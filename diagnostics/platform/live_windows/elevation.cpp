#include "platform/live_windows/elevation.h"
#include <windows.h>
#include <shellapi.h>
#include <shlobj.h>
#include <vector>

namespace wd::elevation {

bool isElevated()
{
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

Expected<int> runElevated(const QStringList &args, unsigned long timeoutMs)
{
    std::vector<wchar_t> exe(32768);
    const DWORD n = GetModuleFileNameW(nullptr, exe.data(), DWORD(exe.size()));
    if (n == 0 || n >= exe.size())
        return Error(ErrorKind::Internal, translate("wd::Elevation", "The path of Winsock Doctor itself could not be found."));
    const std::wstring params = joinArguments(args).toStdWString();
    SHELLEXECUTEINFOW sei = {};
    sei.cbSize = sizeof(sei);
    sei.fMask = SEE_MASK_NOCLOSEPROCESS | SEE_MASK_NOASYNC | SEE_MASK_FLAG_NO_UI;
    sei.lpVerb = L"runas";
    sei.lpFile = exe.data();
    sei.lpParameters = params.c_str();
    sei.nShow = SW_SHOWNORMAL;
    if (!ShellExecuteExW(&sei)) {
        const DWORD e = GetLastError();
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
