// Elevation: Winsock Doctor runs as the user (manifest asInvoker). Only applying a repair needs
// administrator rights; then the program starts itself again through the UAC prompt
// ("runas") with the repair's arguments, and waits for it. It never asks at start.
#pragma once
#include "core/error.h"
#include <QString>
#include <QStringList>

namespace wd::elevation {

// Quotes one argument so that CommandLineToArgvW / the C runtime give it back unchanged.
QString quoteArgument(const QString &arg);
QString joinArguments(const QStringList &args);

#ifdef Q_OS_WIN
// True when the process token is elevated (TokenElevation), or, where that cannot be asked,
// when the user is an administrator (IsUserAnAdmin).
// Test hook: WD_TEST_NOT_ELEVATED=1 answers false. Wine runs every process with a full
// administrator token, so the tests under Wine use it to take the paths of a standard user.
bool isElevated();
inline constexpr const wchar_t *kTestNotElevatedVar = L"WD_TEST_NOT_ELEVATED";
// Starts PROGRAM (empty: this program) elevated with ARGS (ShellExecuteExW, verb "runas"), waits
// for it and returns its exit code. The user declining the prompt gives ErrorKind::NeedsElevation.
// SHOW: whether the elevated copy's console window is shown. The test hook above is not passed on
// to the elevated copy (it gets a full token, as with UAC).
Expected<int> runElevated(const QStringList &args, unsigned long timeoutMs = 0xFFFFFFFFul, const QString &program = {},
                          bool show = true);
#endif

} // namespace wd::elevation
