// System Winsock files: ws2_32.dll and its helpers must exist in System32 (and SysWOW64 on x64); they and
// the drivers afd.sys, tcpip.sys, ndis.sys go to the signature check (signature, Windows release).
#include "checks/checks.h"
#include "checks/partial_volume.h"
#include "platform/system_view.h"

namespace wd {
namespace {


class SystemFilesCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("system-files"); }
    Text title() const override { return translate("wd::SystemFilesCheck", "System network files"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        QStringList dirs{sys.system32()};
        if (sys.is64Bit())
            dirs.append(sys.sysWow64());
        const QStringList names{QStringLiteral("ws2_32.dll"), QStringLiteral("mswsock.dll"), QStringLiteral("wsock32.dll"),
                                QStringLiteral("wshtcpip.dll"), QStringLiteral("ws2help.dll")};
        for (const QString &dir : dirs) {
            for (const QString &name : names) {
                const QString path = dir + QLatin1Char('\\') + name;
                const bool exists = sys.fileExists(path);
                // wsock32.dll, ws2help.dll and wshtcpip.dll are optional; ws2_32 and mswsock are not.
                const bool required = name == QLatin1String("ws2_32.dll") || name == QLatin1String("mswsock.dll");
                if (exists) {
                    ctx.result.addFile(path, name == QLatin1String("ws2_32.dll") ? QStringLiteral("ws2_32")
                                                                                : QStringLiteral("system"));
                } else if (required && !partial::notCheckable(ctx, path)) {
                    Finding f;
                    f.id = QStringLiteral("system.file.missing");
                    f.check = id();
                    f.severity = Severity::Critical;
                    f.title = translate("wd::SystemFilesCheck", "%1 is missing").arg(path);
                    f.detail = translate("wd::SystemFilesCheck", "%1 is part of the Windows network stack (Winsock). Without it no program can "
                                        "open a network connection, and programs that load it may crash. The repair puts "
                                        "back Windows' own verified copy from its component store (WinSxS); when there is "
                                        "none, \"sfc /scannow\" or DISM restore it from a healthy Windows image.").arg(name);
                    f.evidence.insert(QStringLiteral("path"), path);
                    f.repairs = {QStringLiteral("system.file.restore")};
                    ctx.result.add(f);
                }
            }
        }
        // The network-stack drivers: verified (signature, release) when present; their absence is the
        // devices check's business.
        for (const char *drv : {"afd.sys", "tcpip.sys", "ndis.sys"}) {
            const QString path = sys.system32() + QStringLiteral("\\drivers\\") + QLatin1String(drv);
            if (sys.fileExists(path))
                ctx.result.addFile(path, QStringLiteral("system"));
        }
        return {};
    }
};

} // namespace

std::unique_ptr<Check> makeSystemFilesCheck()
{
    return std::make_unique<SystemFilesCheck>();
}

} // namespace wd
