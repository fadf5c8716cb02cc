// LiveApis: Win32-only services a live target offers beyond SystemView (Winsock SPI enumeration,
// SetupDi / Configuration Manager devices, WinVerifyTrust + catalogs, PDH performance counters).
// The interface and its data types compile on every platform so that checks can use them behind
// `if (LiveApis *api = ctx.system.live())`; the implementation lives in platform/live_windows/
// and exists only in Windows builds (SystemView::live() is nullptr elsewhere).
#pragma once
#include "core/error.h"
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace wd {

// One entry of WSCEnumProtocols / WSCEnumProtocols32 (WSAPROTOCOL_INFOW + provider DLL path).
struct LiveProtocol {
    int index = 0;              // position in the enumeration (= catalog order)
    QString name;               // szProtocol, e.g. "MSAFD Tcpip [TCP/IP]"
    QUuid providerId;
    quint32 catalogEntryId = 0;
    int chainLen = 0;           // 0 layered (LSP), 1 base, >1 protocol chain
    QList<quint32> chain;       // ChainEntries[0..chainLen)
    int addressFamily = 0;
    int socketType = 0;
    int protocol = 0;
    quint32 serviceFlags1 = 0;
    quint32 providerFlags = 0;
    int version = 0;
    QString dllPath;            // WSCGetProviderPath (unexpanded, as registered)
    QString kind() const { return chainLen == 0 ? QStringLiteral("layered") : chainLen == 1 ? QStringLiteral("base") : QStringLiteral("chain"); }
    QJsonObject toJson() const;
};

// One namespace provider (WSAEnumNameSpaceProvidersExW / WSAEnumNameSpaceProvidersW).
struct LiveNamespace {
    QString identifier;         // display string, e.g. "Network Location Awareness Legacy"
    QUuid providerId;
    quint32 nameSpace = 0;      // NS_DNS = 12, NS_NLA = 15, ...
    bool active = false;
    quint32 version = 0;
    QJsonObject toJson() const;
};

// One device instance (SetupDi + CM_Get_DevNode_Status + driver key).
struct LiveDevice {
    QString instanceId;         // "PCI\VEN_8086&DEV_15BC&...\3&11583659&0&FE"
    QString description;
    QString friendlyName;
    QString className;          // "Net"
    QString classGuid;          // "{4d36e972-e325-11ce-bfc1-08002be10318}"
    QString service;            // driver service name
    QString driverKey;          // "{class guid}\0001" under ...\Control\Class
    QString manufacturer;
    QStringList hardwareIds;
    QStringList upperFilters, lowerFilters;
    QString driverVersion, driverDate, driverProvider, infPath; // from the driver key
    bool statusKnown = false;   // CM_Get_DevNode_Status answered
    quint32 status = 0;         // DN_* flags
    quint32 problem = 0;        // CM_PROB_* code
    bool hasProblem = false;    // DN_HAS_PROBLEM
    bool disabled = false;      // CM_PROB_DISABLED / CM_PROB_HARDWARE_DISABLED
    bool started = false;       // DN_STARTED
    QString displayName() const { return friendlyName.isEmpty() ? description : friendlyName; }
    QJsonObject toJson() const;
};

// WinVerifyTrust / catalog verdict for one file.
struct LiveTrust {
    QString path;
    QString status;             // valid | unsigned | hash_mismatch | untrusted_root | invalid_chain | malformed | error
    QString source;             // embedded | catalog | none
    quint32 result = 0;         // WinVerifyTrust HRESULT of the deciding call
    quint32 embeddedResult = 0; // HRESULT of the embedded-signature check
    QString catalog;            // catalog file that lists the file's hash (catalog source)
    QString hashAlgorithm;      // SHA256 | SHA1 (catalog lookups)
    QString catalogApi;         // CryptCATAdminAcquireContext2 | CryptCATAdminAcquireContext | unavailable
    QString message;            // system text of the result
    QJsonObject toJson() const;
};

struct LiveProcessHandles {
    quint32 pid = 0;
    QString name;
    qint64 handles = 0;
};

// One sample of the leak monitor's counters.
struct LivePerfSample {
    QDateTime time;
    qint64 nonPagedPoolBytes = -1;  // -1 unknown
    QString nonPagedSource;         // "pdh" | "GetPerformanceInfo" | ""
    QList<LiveProcessHandles> processes;
    QString handlesSource;          // "pdh" | "GetProcessHandleCount" | ""
    qint64 totalHandles() const;
    QJsonObject toJson(int topProcesses = 10) const;
};

// One module loaded in a running process (planted-copy check).
struct LiveModule {
    quint32 pid = 0;
    QString process;            // image name of the process
    QString path;               // full path of the module
};

class LiveApis {
public:
    virtual ~LiveApis() = default;

    // Wine's version when running under Wine (ntdll exports wine_get_version), else empty.
    virtual QString wineVersion() const = 0;
    // The process token is elevated (administrator rights in effect).
    virtual bool isElevated() const = 0;

    // WSCEnumProtocols (the catalog of this OS's bitness) and, on 64-bit Windows,
    // WSCEnumProtocols32 (the 32-bit catalog). protocols32() is Unsupported on 32-bit Windows.
    virtual Expected<QList<LiveProtocol>> protocols() const = 0;
    virtual Expected<QList<LiveProtocol>> protocols32() const = 0;
    virtual Expected<QList<LiveNamespace>> namespaces() const = 0;

    // All device instances known to Plug and Play (present ones; with their status).
    virtual Expected<QList<LiveDevice>> devices() const = 0;

    // Embedded signature first, then the system catalogs (SHA-256, then SHA-1).
    virtual LiveTrust verifyFile(const QString &path) const = 0;

    // One sample of \Memory\Pool Nonpaged Bytes and per-process handle counts.
    virtual Expected<LivePerfSample> samplePerformance() const = 0;

    // Modules of the running processes this process may open (EnumProcesses + EnumProcessModulesEx),
    // at most MAXMODULES; only those whose file name is in NAMES (lower case) when NAMES is not empty.
    virtual Expected<QList<LiveModule>> loadedModules(const QStringList &names, int maxModules) const
    {
        Q_UNUSED(names);
        Q_UNUSED(maxModules);
        return Error(ErrorKind::Unsupported, QStringLiteral("loadedModules"));
    }
    // Windows' own reading of an indirect string "@file,-id" (SHLoadIndirectString); nullopt when it fails.
    virtual std::optional<QString> loadIndirectString(const QString &s) const
    {
        Q_UNUSED(s);
        return std::nullopt;
    }
};

// Least-squares slope (units per second) of VALUES sampled at TIMES; 0 with fewer than 2 points.
double linearGrowthPerSecond(const QList<QDateTime> &times, const QList<qint64> &values);
// Name of a Configuration Manager problem code (CM_PROB_*), e.g. 10 -> "CM_PROB_FAILED_START".
QString cmProblemName(quint32 code);
// Translated plain-language meaning of a problem code.
QString cmProblemText(quint32 code);

} // namespace wd
