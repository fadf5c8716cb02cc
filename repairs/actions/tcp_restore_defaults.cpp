// tcp.restore-defaults: puts tuning values of Tcpip\Parameters back to the Windows defaults.
// Windows ships most of them unset (the stack then uses its built-in default); a few are stored.
// Security hardening values (EnableICMPRedirect, DisableIPSourceRouting, SynAttackProtect ...) and
// identity values (Hostname, Domain, NameServer ...) are never touched.
#include "repairs/actions/actions.h"
#include "checks/check_util.h"
#include "checks/tcp_defaults.h"

namespace wd::actions {
namespace {

struct TcpDefault {
    const char *name;
    bool stored;      // false: the default is "not set"
    quint32 value;    // when stored (REG_DWORD)
};

const TcpDefault kTcpDefaults[] = {
    {"TcpWindowSize", false, 0},
    {"GlobalMaxTcpWindowSize", false, 0},
    {"Tcp1323Opts", false, 0},
    {"DefaultTTL", false, 0},
    {"TcpTimedWaitDelay", false, 0},
    {"MaxUserPort", false, 0},
    {"TcpMaxDataRetransmissions", false, 0},
    {"TcpMaxConnectRetransmissions", false, 0},
    {"EnablePMTUDiscovery", false, 0},
    {"EnablePMTUBHDetect", false, 0},
    {"SackOpts", false, 0},
    {"KeepAliveTime", false, 0},
    {"KeepAliveInterval", false, 0},
    {"TcpNumConnections", false, 0},
    {"TcpMaxDupAcks", false, 0},
    {"DisableTaskOffload", false, 0},
    {"EnableTCPChimney", false, 0},
    {"EnableRSS", false, 0},
    {"EnableTCPA", false, 0},
    {"EnableDeadGWDetect", false, 0},
    {"MaxFreeTcbs", false, 0},
    {"MaxHashTableSize", false, 0},
    {"TcpAckFrequency", false, 0},
    {"TCPNoDelay", false, 0},
    {"DeadGWDetectDefault", true, 1},
    {"DontAddDefaultGatewayDefault", true, 0},
    {"IPEnableRouter", true, 0},
    {"UseDomainNameDevolution", true, 1},
};

class TcpRestoreDefaults : public RepairAction {
public:
    QString id() const override { return QStringLiteral("tcp.restore-defaults"); }
    Text title() const override { return translate("wd::Repairs", "Restore the TCP/IP settings to Windows defaults"); }
    bool needsReboot() const override { return true; }

    Expected<ActionPlan> plan(const SystemWriter &w, const RepairOptions &) const override
    {
        ActionPlan p = basePlan();
        const QString key = tcpipParams();
        Expected<QList<RegValue>> vs = w.values(key, RegView::Native);
        if (!vs) {
            if (vs.error().kind != ErrorKind::NotFound)
                return vs.error();
            p.notes << translate("wd::Repairs", "The key %1 does not exist.").arg(key);
            return p;
        }
        for (const TcpDefault &d : kTcpDefaults) {
            const QString name = QLatin1String(d.name);
            std::optional<RegValue> cur;
            for (const RegValue &v : *vs)
                if (v.name.compare(name, Qt::CaseInsensitive) == 0)
                    cur = v;
            if (!cur)
                continue;
            if (!d.stored) {
                // A value set to exactly what the stack uses anyway is not a change (the network check
                // does not report it either): leave it.
                const std::optional<quint32> builtIn = tcpdefaults::builtInDefault(cur->name);
                if (builtIn && checkutil::dword({*cur}, cur->name) == builtIn)
                    continue;
                p.changes.append(RegChange::deleteValue(key, RegView::Native, cur->name,
                                                        translate("wd::Repairs", "%1: %2 -> not set (Windows default)").arg(cur->name, describeValue(cur))));
            } else {
                const RegValue want = RegValue::dword(cur->name, d.value);
                if (!(*cur == want))
                    p.changes.append(RegChange::set(key, RegView::Native, want,
                                                    translate("wd::Repairs", "%1: %2 -> %3 (Windows default)").arg(cur->name, describeValue(cur), describeValue(want))));
            }
        }
        if (p.changes.isEmpty())
            p.notes << translate("wd::Repairs", "All TCP/IP settings Winsock Doctor knows are at their Windows defaults.");
        else
            p.affectedKeys.append(KeyRef{key, RegView::Native, true});
        return p;
    }
};

} // namespace
std::unique_ptr<RepairAction> makeTcpRestoreDefaults() { return std::make_unique<TcpRestoreDefaults>(); }
} // namespace wd::actions
