// Factories of the individual checks (one file each under diagnostics/checks/).
#pragma once
#include "core/check.h"

namespace wd {

std::unique_ptr<Check> makeSystemFilesCheck();
std::unique_ptr<Check> makeDevicesCheck();    // devices & network filter drivers (issue 6)
std::unique_ptr<Check> makeCrashDumpCheck();  // crash dumps (issue 6); runs after devices

} // namespace wd
