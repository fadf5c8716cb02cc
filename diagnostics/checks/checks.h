// Factories of the individual checks (one file each under diagnostics/checks/).
#pragma once
#include "core/check.h"

namespace wd {

std::unique_ptr<Check> makeSystemFilesCheck();
// Live targets only: the Win32 APIs against the registry (checks/live_crosscheck_check.cpp).
std::unique_ptr<Check> makeLiveCrossCheck();

} // namespace wd
