// winsock-doctor repair — not implemented yet.
#include "cli.h"

namespace wd::cli {

int cmdRepair(Context &ctx, const QStringList &)
{
    ctx.err << translate("wd::cli", "The command \"%1\" is not available in this build yet.").arg(QStringLiteral("repair")) << Qt::endl;
    return int(ExitCode::Usage);
}

} // namespace wd::cli
