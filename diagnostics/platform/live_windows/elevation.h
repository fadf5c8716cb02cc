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
bool isElevated();
// Starts this program elevated with ARGS (ShellExecuteExW, verb "runas"), waits for it and
// returns its exit code. The user declining the prompt gives ErrorKind::NeedsElevation.
Expected<int> runElevated(const QStringList &args, unsigned long timeoutMs = 0xFFFFFFFFul);
#endif

} // namespace wd::elevation
