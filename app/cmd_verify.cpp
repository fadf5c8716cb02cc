// winsock-doctor verify — not implemented yet.
#include "cli.h"

namespace wd::cli {

int cmdVerify(Context &ctx, const QStringList &)
{
    ctx.err << translate("wd::cli", "The command \"%1\" is not available in this build yet.").arg(QStringLiteral("verify")) << Qt::endl;
    return int(ExitCode::Usage);
}

} // namespace wd::cli
