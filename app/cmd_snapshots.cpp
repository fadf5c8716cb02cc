// winsock-doctor snapshots — not implemented yet.
#include "cli.h"

namespace wd::cli {

int cmdSnapshots(Context &ctx, const QStringList &)
{
    ctx.err << translate("wd::cli", "The command \"%1\" is not available in this build yet.").arg(QStringLiteral("snapshots")) << Qt::endl;
    return int(ExitCode::Usage);
}

} // namespace wd::cli
