#include "checks/checks.h"

namespace wd {

std::vector<std::unique_ptr<Check>> allChecks()
{
    std::vector<std::unique_ptr<Check>> v;
    // Checks that list files to verify come first; the signature check consumes that list.
    v.push_back(makePartialVolumeCheck()); // first: the others skip files in folders the volume lacks
    v.push_back(makeWinsockCheck());
    v.push_back(makeNamespaceCheck());
    v.push_back(makeAppInitCheck());
    v.push_back(makeNetworkCheck());
    v.push_back(makeSystemFilesCheck());
    v.push_back(makePendingRebootCheck());
    v.push_back(makeDevicesCheck());
    v.push_back(makeCrashDumpCheck());
    v.push_back(makePlantedCopiesCheck()); // after the Winsock / namespace checks (provider DLL names)
    v.push_back(makeDriverVerifierCheck());
    // Keep last: verifies the files listed by the checks above.
    v.push_back(makeSignatureCheck());
    // Last: cross-checks the verdicts of the checks above with what the live Win32 APIs report.
    v.push_back(makeLiveCrossCheck());
    return v;
}

} // namespace wd
