// The TCP/IP stack's built-in defaults for Tcpip\Parameters values, shared by the network check
// (what counts as "modified") and the tcp.restore-defaults repair (what it leaves alone), so the two
// never disagree about a value.
#pragma once
#include <QString>
#include <optional>

namespace wd::tcpdefaults {

// The value Windows writes at setup or uses when the value is absent; nullopt when Windows does not
// write NAME (any value is then a change) or when NAME is not a known tuning value.
std::optional<quint32> builtInDefault(const QString &name);

} // namespace wd::tcpdefaults
