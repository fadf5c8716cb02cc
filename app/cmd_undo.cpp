// winsock-doctor undo — not implemented yet.
#include "cli.h"

namespace wd::cli {

int cmdUndo(Context &ctx, const QStringList &)
{
    ctx.err << translate("wd::cli", "The command \"%1\" is not available in this build yet.").arg(QStringLiteral("undo")) << Qt::endl;
    return int(ExitCode::Usage);
}

} // namespace wd::cli
