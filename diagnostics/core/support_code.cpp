#include "core/support_code.h"

namespace wd {

// Placeholder until the helpdesk support code lands (issue: wizard, reports and helpdesk flow).
QString SupportCode::encode(const ScanResult &)
{
    return {};
}

Expected<SupportCodeInfo> SupportCode::decode(const QString &)
{
    return Error(ErrorKind::Unsupported, translate("wd::SupportCode", "Support codes are not available in this build."));
}

} // namespace wd
