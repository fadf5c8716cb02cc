#include "checks/checks.h"

namespace wd {

std::vector<std::unique_ptr<Check>> allChecks()
{
    std::vector<std::unique_ptr<Check>> v;
    // Checks that list files to verify come first; the signature check consumes that list.
    v.push_back(makeSystemFilesCheck());
    // Keep last: verifies the files listed by the checks above.
    v.push_back(makeSignatureCheck());
    return v;
}

} // namespace wd
