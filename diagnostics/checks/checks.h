// Factories of the individual checks (one file each under diagnostics/checks/).
#pragma once
#include "core/check.h"
#include <QStringList>

namespace wd {

std::unique_ptr<Check> makePartialVolumeCheck(); // scan.partial-volume (partial_volume.cpp); runs first
std::unique_ptr<Check> makeSystemFilesCheck();
std::unique_ptr<Check> makePendingRebootCheck(); // update.pending-reboot (pending_reboot_check.cpp)
std::unique_ptr<Check> makeDevicesCheck();    // devices & network filter drivers (issue 6)
std::unique_ptr<Check> makeCrashDumpCheck();  // crash dumps (issue 6); runs after devices
std::unique_ptr<Check> makeDriverVerifierCheck(); // drivers.verifier.* (verifier_check.cpp); runs after crash dumps
std::unique_ptr<Check> makeWinsockCheck();    // winsock_check.cpp
std::unique_ptr<Check> makeNamespaceCheck();  // namespace_check.cpp
std::unique_ptr<Check> makeAppInitCheck();    // appinit_check.cpp
std::unique_ptr<Check> makeNetworkCheck();    // network_check.cpp
std::unique_ptr<Check> makeSignatureCheck(); // runs last: consumes filesToVerify
// planted_copies_check.cpp; limits of its walk (0: the defaults, 200,000 entries / 20 s)
std::unique_ptr<Check> makePlantedCopiesCheck(qint64 maxEntries = 0, qint64 maxMillis = 0);

// AppInit_DLLs value -> DLL names (separated by spaces or commas; quotes keep spaces). appinit_check.cpp
QStringList parseAppInitDllList(const QString &value);
// Live targets only: the Win32 APIs against the registry (checks/live_crosscheck_check.cpp).
std::unique_ptr<Check> makeLiveCrossCheck();

} // namespace wd
