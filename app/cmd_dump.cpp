// winsock-doctor dump — not implemented yet.
#include "cli.h"

namespace wd::cli {

int cmdDump(Context &ctx, const QStringList &)
{
    ctx.err << translate("wd::cli", "The command \"%1\" is not available in this build yet.").arg(QStringLiteral("dump")) << Qt::endl;
    return int(ExitCode::Usage);
}

} // namespace wd::cli
