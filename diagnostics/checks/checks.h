// Factories of the individual checks (one file each under diagnostics/checks/).
#pragma once
#include "core/check.h"

namespace wd {

std::unique_ptr<Check> makeSystemFilesCheck();
std::unique_ptr<Check> makeSignatureCheck(); // runs last: consumes filesToVerify

} // namespace wd
