#include "checks/checks.h"

namespace wd {

std::vector<std::unique_ptr<Check>> allChecks()
{
    std::vector<std::unique_ptr<Check>> v;
    // Checks that list files to verify come first; the signature check consumes that list.
    v.push_back(makeWinsockCheck());
    v.push_back(makeNamespaceCheck());
    v.push_back(makeAppInitCheck());
    v.push_back(makeNetworkCheck());
    v.push_back(makeSystemFilesCheck());
    v.push_back(makeDevicesCheck());
    v.push_back(makeCrashDumpCheck());
    // Keep last: verifies the files listed by the checks above.
    v.push_back(makeSignatureCheck());
    return v;
}

} // namespace wd
