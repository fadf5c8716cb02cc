// Network settings: Tcpip\Parameters values that differ from what Windows uses by default ("tuning"
// tools and malware change them), Tcpip6\Parameters\DisabledComponents decoded bit by bit, the
// Teredo state, the NetworkCards list against the adapters that TCP/IP knows, and the TCP settings
// persisted in the stack's own store (Control\Nsi, what "netsh int tcp set global" writes), listed raw.
#include "checks/check_util.h"
#include "checks/checks.h"
#include "checks/tcp_defaults.h"
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <optional>

namespace wd {
namespace {

using checkutil::finding;

const QString kTcpip = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters");
const QString kTcpip6 = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\Tcpip6\\Parameters");
const QString kCards = QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\NetworkCards");
const QString kTeredoService = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Services\\iphlpsvc\\Teredo");
const QString kTeredoPolicy = QStringLiteral("HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\TCPIP\\v6Transition");
// The NSI (network store interface) keeps persistent settings per NPI module under
// Control\Nsi\{module}\{object number}. Module ids are public (Wine's nsi.h, System Informer): eb004a00 IPv4, eb004a01 IPv6,
// eb004a02 UDP, eb004a03 TCP. The objects and the layout of their binary values are not documented, so
// the TCP module's values are listed as they are (hex), never decoded or judged against a default.
const QString kNsiTcp = QStringLiteral("HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nsi\\{eb004a03-9b1a-11d4-9123-0050047759bc}");
constexpr int kNsiMaxValues = 256;   // bound for a hostile or bloated store
constexpr int kNsiMaxBytesShown = 512;

struct TcpDefault {
    const char *name;
    std::optional<quint32> def; // nullopt: Windows does not write this value; any value is a change
    const char *meaning;
};

// Values of Tcpip\Parameters that Windows 7-11 either write with these values at setup, or use as
// built-in defaults when absent (the state that "netsh int tcp show global" reports on a clean system).
const TcpDefault kTcpDefaults[] = {
    {"DefaultTTL", 128, QT_TRANSLATE_NOOP("wd::NetworkCheck", "hop limit of outgoing packets")},
    {"EnablePMTUDiscovery", 1, QT_TRANSLATE_NOOP("wd::NetworkCheck", "path MTU discovery")},
    {"EnablePMTUBHDetect", 0, QT_TRANSLATE_NOOP("wd::NetworkCheck", "black-hole router detection")},
    {"TcpMaxDataRetransmissions", 5, QT_TRANSLATE_NOOP("wd::NetworkCheck", "retransmissions before a connection is dropped")},
    {"TcpMaxConnectRetransmissions", 2, QT_TRANSLATE_NOOP("wd::NetworkCheck", "SYN retransmissions")},
    {"TcpTimedWaitDelay", 120, QT_TRANSLATE_NOOP("wd::NetworkCheck", "seconds a closed connection stays in TIME_WAIT")},
    {"KeepAliveTime", 7200000, QT_TRANSLATE_NOOP("wd::NetworkCheck", "idle time before keep-alive probes (ms)")},
    {"KeepAliveInterval", 1000, QT_TRANSLATE_NOOP("wd::NetworkCheck", "interval between keep-alive probes (ms)")},
    {"SackOpts", 1, QT_TRANSLATE_NOOP("wd::NetworkCheck", "selective acknowledgements")},
    {"TcpMaxDupAcks", 2, QT_TRANSLATE_NOOP("wd::NetworkCheck", "duplicate ACKs before fast retransmit")},
    {"IPEnableRouter", 0, QT_TRANSLATE_NOOP("wd::NetworkCheck", "IP forwarding between adapters")},
    {"ForwardBroadcasts", 0, QT_TRANSLATE_NOOP("wd::NetworkCheck", "forwarding of broadcasts")},
    {"EnableICMPRedirect", 1, QT_TRANSLATE_NOOP("wd::NetworkCheck", "ICMP redirects")},
    {"DeadGWDetectDefault", 1, QT_TRANSLATE_NOOP("wd::NetworkCheck", "dead gateway detection")},
    {"DontAddDefaultGatewayDefault", 0, QT_TRANSLATE_NOOP("wd::NetworkCheck", "default gateway creation")},
    {"UseDomainNameDevolution", 1, QT_TRANSLATE_NOOP("wd::NetworkCheck", "DNS suffix devolution")},
    {"DisableTaskOffload", 0, QT_TRANSLATE_NOOP("wd::NetworkCheck", "task offload to the network adapter")},
    {"ArpRetryCount", 3, QT_TRANSLATE_NOOP("wd::NetworkCheck", "ARP retries")},
    {"TcpWindowSize", 64240, QT_TRANSLATE_NOOP("wd::NetworkCheck", "TCP receive window")},
    {"GlobalMaxTcpWindowSize", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "maximum TCP receive window")},
    {"Tcp1323Opts", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "RFC 1323 window scaling and timestamps")},
    {"MaxUserPort", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "highest port for outgoing connections")},
    {"TcpNumConnections", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "maximum number of TCP connections")},
    {"MaxFreeTcbs", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "pre-allocated connection blocks")},
    {"MaxHashTableSize", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "connection hash table size")},
    {"TcpAckFrequency", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "delayed acknowledgements")},
    {"TCPNoDelay", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "Nagle algorithm")},
    {"EnableTCPChimney", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "TCP chimney offload")},
    {"EnableRSS", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "receive-side scaling")},
    {"EnableTCPA", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "NetDMA")},
    {"SynAttackProtect", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "SYN flood protection")},
    {"DisableDHCPMediaSense", std::nullopt, QT_TRANSLATE_NOOP("wd::NetworkCheck", "cable-unplug detection")},
};

} // namespace

std::optional<quint32> tcpdefaults::builtInDefault(const QString &name)
{
    for (const TcpDefault &d : kTcpDefaults)
        if (name.compare(QLatin1String(d.name), Qt::CaseInsensitive) == 0)
            return d.def;
    return std::nullopt;
}

namespace {

struct Bit {
    quint32 mask;
    const char *name;
    const char *meaning;
};
const Bit kIpv6Bits[] = {
    {0x01, "tunnels", QT_TRANSLATE_NOOP("wd::NetworkCheck", "all IPv6 tunnel interfaces (ISATAP, 6to4, Teredo, IP-HTTPS) disabled")},
    {0x02, "6to4", QT_TRANSLATE_NOOP("wd::NetworkCheck", "6to4 disabled")},
    {0x04, "isatap", QT_TRANSLATE_NOOP("wd::NetworkCheck", "ISATAP disabled")},
    {0x08, "teredo", QT_TRANSLATE_NOOP("wd::NetworkCheck", "Teredo disabled")},
    {0x10, "native", QT_TRANSLATE_NOOP("wd::NetworkCheck", "IPv6 disabled on all LAN, Wi-Fi and PPP interfaces")},
    {0x20, "prefer_ipv4", QT_TRANSLATE_NOOP("wd::NetworkCheck", "IPv4 preferred over IPv6")},
    {0x40, "bit6", QT_TRANSLATE_NOOP("wd::NetworkCheck", "unused bit 6 set")},
    {0x80, "bit7", QT_TRANSLATE_NOOP("wd::NetworkCheck", "unused bit 7 set")},
};

// The values persisted for the TCP module, object by object (key names are object numbers).
QJsonObject readNsiTcp(const SystemView &sys)
{
    QJsonObject out{{QStringLiteral("key"), kNsiTcp}, {QStringLiteral("module"), QStringLiteral("TCP")}};
    Expected<QStringList> objects = sys.subKeys(kNsiTcp);
    out.insert(QStringLiteral("present"), objects.ok());
    QJsonArray list;
    QStringList present;
    int count = 0;
    bool truncated = false;
    QStringList names = objects.valueOr({});
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b; // numeric order for the object numbers
    });
    for (const QString &obj : names) {
        Expected<QList<RegValue>> vals = sys.values(kNsiTcp + QLatin1Char('\\') + obj);
        if (!vals || vals->isEmpty())
            continue;
        QJsonArray vs;
        for (const RegValue &v : *vals) {
            if (count >= kNsiMaxValues) {
                truncated = true;
                break;
            }
            ++count;
            QJsonObject o{{QStringLiteral("name"), v.name}, {QStringLiteral("type"), double(v.type)},
                          {QStringLiteral("size"), int(v.data.size())},
                          {QStringLiteral("hex"), QString::fromLatin1(v.data.left(kNsiMaxBytesShown).toHex())}};
            if (v.data.size() > kNsiMaxBytesShown)
                o.insert(QStringLiteral("hex_truncated"), true);
            vs.append(o);
        }
        present << obj;
        list.append(QJsonObject{{QStringLiteral("object"), obj}, {QStringLiteral("values"), vs}});
        if (truncated)
            break;
    }
    out.insert(QStringLiteral("objects"), list);
    out.insert(QStringLiteral("objects_present"), QJsonArray::fromStringList(present));
    out.insert(QStringLiteral("value_count"), count);
    out.insert(QStringLiteral("decoded"), false);
    if (truncated)
        out.insert(QStringLiteral("truncated"), true);
    return out;
}

class NetworkCheck final : public Check {
public:
    QString id() const override { return QStringLiteral("network"); }
    Text title() const override { return translate("wd::NetworkCheck", "TCP/IP and IPv6 settings"); }

    Expected<void> run(ScanContext &ctx) override
    {
        SystemView &sys = ctx.system;
        QJsonObject net = ctx.result.network;

        // --- Tcpip\Parameters
        QJsonObject tcp{{QStringLiteral("key"), kTcpip}};
        Expected<QList<RegValue>> tv = sys.values(kTcpip);
        if (!tv && tv.error().kind != ErrorKind::NotFound)
            return tv.error();
        const QList<RegValue> tvals = tv ? *tv : QList<RegValue>();
        tcp.insert(QStringLiteral("present"), tv.ok());
        QJsonArray values, modified;
        QList<Text> modifiedText;
        for (const TcpDefault &d : kTcpDefaults) {
            const QString name = QLatin1String(d.name);
            const auto cur = checkutil::dword(tvals, name);
            if (!cur)
                continue;
            const bool changed = !d.def || *d.def != *cur;
            QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("value"), double(*cur)},
                          {QStringLiteral("default"), d.def ? QJsonValue(double(*d.def)) : QJsonValue()},
                          {QStringLiteral("modified"), changed},
                          {QStringLiteral("meaning"), translate("wd::NetworkCheck", d.meaning).toSourceString()}};
            values.append(o);
            if (changed) {
                modified.append(o);
                modifiedText << (d.def ? translate("wd::NetworkCheck", "%1 = %2 (Windows default %3)").arg(name).arg(*cur).arg(*d.def)
                                       : translate("wd::NetworkCheck", "%1 = %2 (not set by Windows)").arg(name).arg(*cur));
            }
        }
        tcp.insert(QStringLiteral("values"), values);
        tcp.insert(QStringLiteral("modified"), int(modified.size()));
        net.insert(QStringLiteral("tcp_global"), tcp);
        const QJsonObject nsi = readNsiTcp(sys);
        net.insert(QStringLiteral("nsi_tcp"), nsi);
        const int nsiCount = nsi.value(QStringLiteral("value_count")).toInt();
        if (!modified.isEmpty())
            ctx.result.add(finding(QStringLiteral("tcp.settings.modified"), id(), Severity::Warning,
                                   translate("wd::NetworkCheck", "%n TCP/IP setting(s) differ from the Windows defaults", nullptr, int(modified.size())),
                                   translate("wd::NetworkCheck", "These values were changed by a \"speed-up\" tool, a game booster, "
                                                                 "malware or an administrator: %1. Wrong TCP values cause slow or "
                                                                 "dropped connections, ports running out and pages that never finish "
                                                                 "loading. The repair removes the changed values so that Windows uses "
                                                                 "its defaults again (a snapshot allows undo).")
                                       .arg(Text::join(modifiedText, QStringLiteral("; "))),
                                   QJsonObject{{QStringLiteral("key"), kTcpip}, {QStringLiteral("values"), modified},
                                               {QStringLiteral("nsi_tcp"), nsi}},
                                   {QStringLiteral("tcp.restore-defaults")}));
        if (nsiCount > 0) {
            Finding f = finding(QStringLiteral("tcp.nsi.persisted"), id(), Severity::Info, QString(), QString(), nsi, {});
            f.title = translate("wd::NetworkCheck", "%n TCP setting value(s) are persisted in the network store (Control\\Nsi)", nullptr, nsiCount);
            f.detail = translate("wd::NetworkCheck",
                                 "The TCP/IP stack keeps its persistent TCP settings (what \"netsh int tcp set global\" and "
                                 "Set-NetTCPSetting change) in %1, objects %2. Their binary format is not documented, so they are "
                                 "listed as stored (hexadecimal) and not judged: Windows writes some of them itself. Compare them "
                                 "with a healthy PC of the same Windows release, or run \"netsh int tcp show global\" on the running "
                                 "system; \"netsh int tcp reset\" puts them back to the defaults.")
                           .arg(kNsiTcp, nsi.value(QStringLiteral("objects_present")).toVariant().toStringList().join(QStringLiteral(", ")));
            ctx.result.add(f);
        }

        // --- IPv6 DisabledComponents
        Expected<std::optional<RegValue>> dc = sys.value(kTcpip6, QStringLiteral("DisabledComponents"));
        if (!dc)
            return dc.error();
        quint32 disabled = 0;
        QJsonObject v6{{QStringLiteral("key"), kTcpip6}};
        if (dc->has_value() && (*dc)->toDword()) {
            disabled = *(*dc)->toDword();
            v6.insert(QStringLiteral("present"), true);
        } else {
            v6.insert(QStringLiteral("present"), false);
        }
        v6.insert(QStringLiteral("value"), double(disabled));
        v6.insert(QStringLiteral("hex"), checkutil::hex(disabled));
        QJsonArray bits;
        QStringList setMeanings;
        for (const Bit &b : kIpv6Bits) {
            const bool set = disabled & b.mask;
            bits.append(QJsonObject{{QStringLiteral("mask"), double(b.mask)}, {QStringLiteral("name"), QLatin1String(b.name)},
                                    {QStringLiteral("set"), set}, {QStringLiteral("meaning"), translate("wd::NetworkCheck", b.meaning).toSourceString()}});
            if (set)
                setMeanings << translate("wd::NetworkCheck", b.meaning);
        }
        v6.insert(QStringLiteral("bits"), bits);
        if (disabled & 0xFFFFFF00u)
            v6.insert(QStringLiteral("high_bits"), checkutil::hex(disabled & 0xFFFFFF00u));
        net.insert(QStringLiteral("ipv6_disabled_components"), v6);
        const QJsonObject v6ev{{QStringLiteral("key"), kTcpip6}, {QStringLiteral("value"), checkutil::hex(disabled)},
                               {QStringLiteral("meaning"), setMeanings.join(QStringLiteral("; "))}};
        if (disabled == 0xFFFFFFFFu) {
            ctx.result.add(finding(QStringLiteral("network.ipv6.disabled-invalid"), id(), Severity::Warning,
                                   translate("wd::NetworkCheck", "IPv6 is switched off with an invalid value (0xFFFFFFFF)"),
                                   translate("wd::NetworkCheck", "DisabledComponents is set to 0xFFFFFFFF. Microsoft documents 0xFF "
                                                                 "for disabling IPv6 and warns that this value delays every start of "
                                                                 "Windows by 5 seconds; Windows components that need IPv6 (remote "
                                                                 "assistance, DirectAccess, some updates) can fail. The repair restores "
                                                                 "the default (IPv6 on)."),
                                   v6ev, {QStringLiteral("tcp.restore-defaults")}));
        } else if (disabled & 0x10) {
            ctx.result.add(finding(QStringLiteral("network.ipv6.disabled"), id(), Severity::Warning,
                                   translate("wd::NetworkCheck", "IPv6 is disabled on the network adapters"),
                                   translate("wd::NetworkCheck", "DisabledComponents = %1 (%2). Microsoft does not test Windows with IPv6 "
                                                                 "off and recommends \"prefer IPv4\" (0x20) instead; some Windows "
                                                                 "features and VPNs stop working. The repair restores the default.")
                                       .arg(checkutil::hex(disabled), setMeanings.join(QStringLiteral("; "))),
                                   v6ev, {QStringLiteral("tcp.restore-defaults")}));
        } else if (disabled) {
            ctx.result.add(finding(QStringLiteral("network.ipv6.components-disabled"), id(), Severity::Info,
                                   translate("wd::NetworkCheck", "Some IPv6 components are switched off (%1)").arg(checkutil::hex(disabled)),
                                   translate("wd::NetworkCheck", "DisabledComponents: %1. This is a supported setting and usually "
                                                                 "harmless; it is shown so that it can be ruled out.")
                                       .arg(setMeanings.join(QStringLiteral("; "))),
                                   v6ev, {QStringLiteral("tcp.restore-defaults")}));
        }

        // --- Teredo
        QJsonObject teredo;
        Expected<std::optional<RegValue>> pol = sys.value(kTeredoPolicy, QStringLiteral("Teredo_State"));
        const QString policy = (pol.ok() && pol->has_value()) ? (*pol)->toString() : QString();
        // "netsh interface teredo set state" writes Services\iphlpsvc\Teredo\Type (4 = disabled).
        Expected<std::optional<RegValue>> nt = sys.value(kTeredoService, QStringLiteral("Type"));
        quint32 netshType = 0;
        bool haveNetsh = false;
        if (nt.ok() && nt->has_value() && (*nt)->toDword()) {
            netshType = *(*nt)->toDword();
            haveNetsh = true;
        }
        if (disabled == 0xFFFFFFFFu || (disabled & 0x01) || (disabled & 0x08)) {
            teredo.insert(QStringLiteral("state"), QStringLiteral("disabled"));
            teredo.insert(QStringLiteral("source"), QStringLiteral("DisabledComponents"));
        } else if (!policy.isEmpty()) {
            // Group Policy wins over the local "netsh interface teredo" setting.
            teredo.insert(QStringLiteral("state"), policy.toLower().replace(QLatin1Char(' '), QLatin1Char('_')));
            teredo.insert(QStringLiteral("source"), QStringLiteral("policy"));
        } else if (haveNetsh) {
            teredo.insert(QStringLiteral("state"), netshType == 4 ? QStringLiteral("disabled") : QStringLiteral("type-%1").arg(netshType));
            teredo.insert(QStringLiteral("source"), QStringLiteral("netsh"));
        } else {
            teredo.insert(QStringLiteral("state"), QStringLiteral("default"));
            teredo.insert(QStringLiteral("source"), QStringLiteral("default"));
        }
        if (haveNetsh)
            teredo.insert(QStringLiteral("netsh_type"), double(netshType));
        if (!policy.isEmpty())
            teredo.insert(QStringLiteral("policy"), policy);
        net.insert(QStringLiteral("teredo"), teredo);

        // --- NetworkCards vs TCP/IP interfaces
        QSet<QString> interfaces;
        Expected<QStringList> ifs = sys.subKeys(kTcpip + QStringLiteral("\\Interfaces"));
        if (ifs)
            for (const QString &i : *ifs)
                interfaces.insert(i.toUpper());
        QJsonArray cards;
        QJsonArray stale;
        Expected<QStringList> cardKeys = sys.subKeys(kCards, sys.is64Bit() ? RegView::View64 : RegView::Native);
        if (cardKeys) {
            for (const QString &c : *cardKeys) {
                Expected<QList<RegValue>> cv = sys.values(kCards + QLatin1Char('\\') + c, sys.is64Bit() ? RegView::View64 : RegView::Native);
                if (!cv)
                    continue;
                const QString service = checkutil::string(*cv, QStringLiteral("ServiceName"));
                const QString desc = checkutil::string(*cv, QStringLiteral("Description"));
                const bool bound = interfaces.contains(service.toUpper());
                const QJsonObject o{{QStringLiteral("key"), c}, {QStringLiteral("service_name"), service},
                                    {QStringLiteral("description"), desc}, {QStringLiteral("tcpip_interface"), bound}};
                cards.append(o);
                if (!bound)
                    stale.append(o);
            }
        }
        net.insert(QStringLiteral("network_cards"), cards);
        net.insert(QStringLiteral("tcpip_interfaces"), int(interfaces.size()));
        if (!stale.isEmpty())
            ctx.result.add(finding(QStringLiteral("network.cards.unbound"), id(), Severity::Info,
                                   translate("wd::NetworkCheck", "%n network adapter(s) listed without a TCP/IP interface", nullptr, int(stale.size())),
                                   translate("wd::NetworkCheck", "The list of network cards names adapters that TCP/IP has no settings for. "
                                                                 "They are usually adapters that were removed (old USB, VPN or virtual "
                                                                 "adapters); if one of them is the adapter in use, its TCP/IP binding is "
                                                                 "broken."),
                                   QJsonObject{{QStringLiteral("cards"), stale}}, {}));
        if (cardKeys && cards.isEmpty() && interfaces.isEmpty())
            ctx.result.add(finding(QStringLiteral("network.adapters.none"), id(), Severity::Warning,
                                   translate("wd::NetworkCheck", "No network adapter is configured for TCP/IP"),
                                   translate("wd::NetworkCheck", "Windows knows no network card and TCP/IP has no interface settings. "
                                                                 "The adapter driver is probably missing or was removed."),
                                   {}, {}));
        ctx.result.network = net;
        return {};
    }
};

} // namespace

std::unique_ptr<Check> makeNetworkCheck()
{
    return std::make_unique<NetworkCheck>();
}

} // namespace wd
