// Live Windows backend (Win32). Compiled only for Windows.
#include "platform/targets.h"

namespace wd {

Expected<std::unique_ptr<SystemView>> openLiveSystem()
{
    return Error(ErrorKind::Unsupported, translate("wd::Targets", "The live Windows backend is not available yet."));
}

} // namespace wd
