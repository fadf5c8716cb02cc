// Win32 implementation of LiveApis: Winsock SPI, SetupDi / CfgMgr32, WinVerifyTrust + catalogs, PDH.
// Functions that older Windows versions or Wine may lack are resolved at run time from System32,
// so that the program still starts where they are missing.
#include <winsock2.h>
#include <ws2spi.h>
#include <windows.h>
#include <wincrypt.h>
#include <cfgmgr32.h>
#include <wintrust.h>
#include <mscat.h>
#include <pdh.h>
#include <pdhmsg.h>
#include <psapi.h>
#include <setupapi.h>
#include <softpub.h>
#include <tlhelp32.h>
#include <wintrust.h>

#include "platform/live_apis.h"
#include "platform/live_windows/elevation.h"
#include "platform/live_windows/live_view.h"
#include <QHash>
#include <vector>

namespace wd {

namespace {

// A System32 DLL, loaded by absolute search path, and one of its exports.
template <class Fn>
Fn systemProc(const wchar_t *dll, const char *name)
{
    HMODULE m = GetModuleHandleW(dll);
    if (!m)
        m = LoadLibraryExW(dll, nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32); // kept loaded for the process lifetime
    if (!m)
        return nullptr;
    return reinterpret_cast<Fn>(reinterpret_cast<void *>(GetProcAddress(m, name)));
}

QString systemMessage(DWORD code)
{
    wchar_t *buf = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, code, 0, reinterpret_cast<LPWSTR>(&buf), 0, nullptr);
    QString s = (n && buf) ? QString::fromWCharArray(buf, int(n)).trimmed() : QString();
    if (buf)
        LocalFree(buf);
    if (s.isEmpty())
        s = QStringLiteral("0x%1").arg(quint32(code), 8, 16, QLatin1Char('0'));
    return s;
}

QUuid toUuid(const GUID &g)
{
    return QUuid(g.Data1, g.Data2, g.Data3, g.Data4[0], g.Data4[1], g.Data4[2], g.Data4[3], g.Data4[4], g.Data4[5],
                 g.Data4[6], g.Data4[7]);
}

using EnumProtocolsFn = int(WSPAPI *)(LPINT, LPWSAPROTOCOL_INFOW, LPDWORD, LPINT);
using GetProviderPathFn = int(WSPAPI *)(LPGUID, WCHAR *, LPINT, LPINT);
using EnumNsExFn = INT(WSAAPI *)(LPDWORD, LPWSANAMESPACE_INFOEXW);
using EnumNsFn = INT(WSAAPI *)(LPDWORD, LPWSANAMESPACE_INFOW);

Expected<QList<LiveProtocol>> enumProtocols(EnumProtocolsFn enumFn, GetProviderPathFn pathFn, const char *apiName)
{
    if (!enumFn)
        return Error(ErrorKind::Unsupported, translate("wd::LiveApis", "This Windows has no %1.").arg(QLatin1String(apiName)));
    std::vector<char> buf;
    DWORD len = 0;
    int err = 0;
    int n = SOCKET_ERROR;
    for (int attempt = 0; attempt < 4; ++attempt) {
        n = enumFn(nullptr, buf.empty() ? nullptr : reinterpret_cast<LPWSAPROTOCOL_INFOW>(buf.data()), &len, &err);
        if (n != SOCKET_ERROR)
            break;
        if (err != WSAENOBUFS || len == 0 || len > (16u << 20))
            return Error(ErrorKind::Io, translate("wd::LiveApis", "%1 failed: %2").arg(QLatin1String(apiName), systemMessage(DWORD(err))));
        buf.assign(len, 0);
    }
    if (n == SOCKET_ERROR)
        return Error(ErrorKind::Io, translate("wd::LiveApis", "%1 failed: %2").arg(QLatin1String(apiName), systemMessage(DWORD(err))));
    QList<LiveProtocol> out;
    const auto *infos = reinterpret_cast<const WSAPROTOCOL_INFOW *>(buf.data());
    const int count = std::min<int>(n, int(buf.size() / sizeof(WSAPROTOCOL_INFOW)));
    for (int i = 0; i < count; ++i) {
        const WSAPROTOCOL_INFOW &pi = infos[i];
        LiveProtocol p;
        p.index = i;
        p.name = QString::fromWCharArray(pi.szProtocol, int(wcsnlen(pi.szProtocol, WSAPROTOCOL_LEN + 1)));
        p.providerId = toUuid(pi.ProviderId);
        p.catalogEntryId = pi.dwCatalogEntryId;
        p.chainLen = pi.ProtocolChain.ChainLen;
        for (int c = 0; c < pi.ProtocolChain.ChainLen && c < MAX_PROTOCOL_CHAIN; ++c)
            p.chain.append(pi.ProtocolChain.ChainEntries[c]);
        p.addressFamily = pi.iAddressFamily;
        p.socketType = pi.iSocketType;
        p.protocol = pi.iProtocol;
        p.serviceFlags1 = pi.dwServiceFlags1;
        p.providerFlags = pi.dwProviderFlags;
        p.version = pi.iVersion;
        if (pathFn) {
            GUID g = pi.ProviderId;
            wchar_t path[MAX_PATH + 1] = {};
            int plen = MAX_PATH;
            int perr = 0;
            if (pathFn(&g, path, &plen, &perr) == 0)
                p.dllPath = QString::fromWCharArray(path, int(wcsnlen(path, MAX_PATH)));
        }
        out.append(p);
    }
    return out;
}

// ---- Devices -------------------------------------------------------------------------------

QByteArray deviceProperty(HDEVINFO set, SP_DEVINFO_DATA &did, DWORD prop, DWORD *typeOut = nullptr)
{
    DWORD type = 0, need = 0;
    std::vector<BYTE> buf(512);
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (SetupDiGetDeviceRegistryPropertyW(set, &did, prop, &type, buf.data(), DWORD(buf.size()), &need)) {
            if (typeOut)
                *typeOut = type;
            return QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(std::min<size_t>(need, buf.size())));
        }
        if (GetLastError() != ERROR_INSUFFICIENT_BUFFER || need == 0 || need > (1u << 20))
            return {};
        buf.resize(need + 2);
    }
    return {};
}

QString propString(HDEVINFO set, SP_DEVINFO_DATA &did, DWORD prop)
{
    RegValue v;
    v.type = RegSz;
    v.data = deviceProperty(set, did, prop);
    return v.toString();
}

QStringList propList(HDEVINFO set, SP_DEVINFO_DATA &did, DWORD prop)
{
    RegValue v;
    v.type = RegMultiSz;
    v.data = deviceProperty(set, did, prop);
    return v.toStringList();
}

QString regString(HKEY key, const wchar_t *name)
{
    DWORD type = 0, size = 0;
    if (RegQueryValueExW(key, name, nullptr, &type, nullptr, &size) != ERROR_SUCCESS || size == 0 || size > 65536)
        return {};
    std::vector<BYTE> buf(size + 2);
    if (RegQueryValueExW(key, name, nullptr, &type, buf.data(), &size) != ERROR_SUCCESS)
        return {};
    RegValue v;
    v.type = type;
    v.data = QByteArray(reinterpret_cast<const char *>(buf.data()), qsizetype(size));
    return v.toString();
}

// ---- Trust ---------------------------------------------------------------------------------

QString classifyTrust(LONG r)
{
    switch (quint32(r)) {
    case 0: return QStringLiteral("valid");
    case quint32(TRUST_E_NOSIGNATURE):
    case quint32(TRUST_E_SUBJECT_FORM_UNKNOWN):
    case quint32(TRUST_E_PROVIDER_UNKNOWN):
        return QStringLiteral("unsigned");
    case quint32(TRUST_E_BAD_DIGEST):
    case quint32(CRYPT_E_HASH_VALUE):
        return QStringLiteral("hash_mismatch");
    case quint32(CERT_E_UNTRUSTEDROOT):
    case quint32(CERT_E_UNTRUSTEDTESTROOT):
        return QStringLiteral("untrusted_root");
    case quint32(CERT_E_CHAINING):
    case quint32(CERT_E_EXPIRED):
    case quint32(CERT_E_REVOKED):
    case quint32(CERT_E_WRONG_USAGE):
    case quint32(CERT_E_UNTRUSTEDCA):
    case quint32(TRUST_E_CERT_SIGNATURE):
    case quint32(TRUST_E_EXPLICIT_DISTRUST):
    case quint32(TRUST_E_COUNTER_SIGNER):
    case quint32(TRUST_E_TIME_STAMP):
        return QStringLiteral("invalid_chain");
    case quint32(TRUST_E_SUBJECT_NOT_TRUSTED):
    case quint32(CRYPT_E_BAD_MSG):
    case quint32(CRYPT_E_ASN1_BADTAG):
        return QStringLiteral("malformed");
    default:
        return QStringLiteral("error");
    }
}

LONG runWinVerifyTrust(DWORD unionChoice, void *subject)
{
    GUID action = WINTRUST_ACTION_GENERIC_VERIFY_V2;
    WINTRUST_DATA data = {};
    data.cbStruct = sizeof(data);
    data.dwUIChoice = WTD_UI_NONE;
    data.fdwRevocationChecks = WTD_REVOKE_NONE;
    data.dwUnionChoice = unionChoice;
    if (unionChoice == WTD_CHOICE_FILE)
        data.pFile = static_cast<WINTRUST_FILE_INFO *>(subject);
    else
        data.pCatalog = static_cast<WINTRUST_CATALOG_INFO *>(subject);
    data.dwStateAction = WTD_STATEACTION_VERIFY;
    data.dwProvFlags = WTD_CACHE_ONLY_URL_RETRIEVAL | WTD_REVOCATION_CHECK_NONE;
    const LONG r = WinVerifyTrust(static_cast<HWND>(INVALID_HANDLE_VALUE), &action, &data);
    data.dwStateAction = WTD_STATEACTION_CLOSE;
    WinVerifyTrust(static_cast<HWND>(INVALID_HANDLE_VALUE), &action, &data);
    return r;
}

using AcquireContext2Fn = BOOL(WINAPI *)(HCATADMIN *, const GUID *, PCWSTR, PCCERT_STRONG_SIGN_PARA, DWORD);
using CalcHash2Fn = BOOL(WINAPI *)(HCATADMIN, HANDLE, DWORD *, BYTE *, DWORD);

// Looks the file's hash up in the system catalogs and verifies the member; false when no catalog lists it.
bool verifyByCatalog(const std::wstring &path, HANDLE file, bool sha256, LiveTrust &t)
{
    GUID driverAction = DRIVER_ACTION_VERIFY;
    HCATADMIN admin = nullptr;
    std::vector<BYTE> hash(64);
    DWORD hashLen = DWORD(hash.size());
    SetFilePointer(file, 0, nullptr, FILE_BEGIN);
    if (sha256) {
        auto acquire2 = systemProc<AcquireContext2Fn>(L"wintrust.dll", "CryptCATAdminAcquireContext2");
        auto calc2 = systemProc<CalcHash2Fn>(L"wintrust.dll", "CryptCATAdminCalcHashFromFileHandle2");
        if (!acquire2 || !calc2)
            return false;
        if (!acquire2(&admin, &driverAction, L"SHA256", nullptr, 0))
            return false;
        t.catalogApi = QStringLiteral("CryptCATAdminAcquireContext2");
        if (!calc2(admin, file, &hashLen, hash.data(), 0)) {
            CryptCATAdminReleaseContext(admin, 0);
            return false;
        }
    } else {
        if (!CryptCATAdminAcquireContext(&admin, &driverAction, 0))
            return false;
        if (t.catalogApi.isEmpty())
            t.catalogApi = QStringLiteral("CryptCATAdminAcquireContext");
        if (!CryptCATAdminCalcHashFromFileHandle(file, &hashLen, hash.data(), 0)) {
            CryptCATAdminReleaseContext(admin, 0);
            return false;
        }
    }
    hash.resize(std::min<size_t>(hashLen, hash.size()));
    HCATINFO info = CryptCATAdminEnumCatalogFromHash(admin, hash.data(), DWORD(hash.size()), 0, nullptr);
    if (!info) {
        CryptCATAdminReleaseContext(admin, 0);
        return false;
    }
    CATALOG_INFO ci = {};
    ci.cbStruct = sizeof(ci);
    CryptCATCatalogInfoFromContext(info, &ci, 0);
    std::wstring tag;
    for (BYTE b : hash) {
        static const wchar_t hex[] = L"0123456789ABCDEF";
        tag += hex[b >> 4];
        tag += hex[b & 15];
    }
    WINTRUST_CATALOG_INFO wci = {};
    wci.cbStruct = sizeof(wci);
    wci.pcwszCatalogFilePath = ci.wszCatalogFile;
    wci.pcwszMemberFilePath = path.c_str();
    wci.pcwszMemberTag = tag.c_str();
    wci.pbCalculatedFileHash = hash.data();
    wci.cbCalculatedFileHash = DWORD(hash.size());
    wci.hCatAdmin = admin;
    const LONG r = runWinVerifyTrust(WTD_CHOICE_CATALOG, &wci);
    t.source = QStringLiteral("catalog");
    t.catalog = QString::fromWCharArray(ci.wszCatalogFile);
    t.hashAlgorithm = sha256 ? QStringLiteral("SHA256") : QStringLiteral("SHA1");
    t.result = quint32(r);
    t.status = classifyTrust(r);
    t.message = systemMessage(DWORD(r));
    CryptCATAdminReleaseCatalogContext(admin, info, 0);
    CryptCATAdminReleaseContext(admin, 0);
    return true;
}

// ---- PDH (resolved at run time: Wine and trimmed Windows images may lack some exports) -------

using PdhOpenQueryWFn = PDH_STATUS(WINAPI *)(LPCWSTR, DWORD_PTR, PDH_HQUERY *);
using PdhAddEnglishCounterWFn = PDH_STATUS(WINAPI *)(PDH_HQUERY, LPCWSTR, DWORD_PTR, PDH_HCOUNTER *);
using PdhCollectQueryDataFn = PDH_STATUS(WINAPI *)(PDH_HQUERY);
using PdhGetFormattedCounterValueFn = PDH_STATUS(WINAPI *)(PDH_HCOUNTER, DWORD, LPDWORD, PPDH_FMT_COUNTERVALUE);
using PdhGetFormattedCounterArrayWFn = PDH_STATUS(WINAPI *)(PDH_HCOUNTER, DWORD, LPDWORD, LPDWORD, PPDH_FMT_COUNTERVALUE_ITEM_W);
using PdhCloseQueryFn = PDH_STATUS(WINAPI *)(PDH_HQUERY);

struct Pdh {
    PdhOpenQueryWFn open = systemProc<PdhOpenQueryWFn>(L"pdh.dll", "PdhOpenQueryW");
    PdhAddEnglishCounterWFn add = systemProc<PdhAddEnglishCounterWFn>(L"pdh.dll", "PdhAddEnglishCounterW");
    PdhCollectQueryDataFn collect = systemProc<PdhCollectQueryDataFn>(L"pdh.dll", "PdhCollectQueryData");
    PdhGetFormattedCounterValueFn value = systemProc<PdhGetFormattedCounterValueFn>(L"pdh.dll", "PdhGetFormattedCounterValue");
    PdhGetFormattedCounterArrayWFn array = systemProc<PdhGetFormattedCounterArrayWFn>(L"pdh.dll", "PdhGetFormattedCounterArrayW");
    PdhCloseQueryFn close = systemProc<PdhCloseQueryFn>(L"pdh.dll", "PdhCloseQuery");
    bool ok() const { return open && add && collect && value && array && close; }
};

class WindowsLiveApis final : public LiveApis {
public:
    explicit WindowsLiveApis(bool os64) : m_os64(os64)
    {
        WSADATA wsa;
        m_wsaStarted = WSAStartup(MAKEWORD(2, 2), &wsa) == 0; // namespace enumeration needs it
        using WineVersionFn = const char *(__cdecl *)();
        if (auto fn = systemProc<WineVersionFn>(L"ntdll.dll", "wine_get_version"))
            if (const char *v = fn())
                m_wine = QString::fromLatin1(v);
    }
    ~WindowsLiveApis() override
    {
        if (m_wsaStarted)
            WSACleanup();
    }

    QString wineVersion() const override { return m_wine; }
    bool isElevated() const override { return elevation::isElevated(); }

    Expected<QList<LiveProtocol>> protocols() const override
    {
        return enumProtocols(&WSCEnumProtocols, systemProc<GetProviderPathFn>(L"ws2_32.dll", "WSCGetProviderPath"),
                             "WSCEnumProtocols");
    }

    Expected<QList<LiveProtocol>> protocols32() const override
    {
        if (!m_os64)
            return Error(ErrorKind::Unsupported, translate("wd::LiveApis", "A 32-bit Windows has only one Winsock catalog."));
        return enumProtocols(systemProc<EnumProtocolsFn>(L"ws2_32.dll", "WSCEnumProtocols32"),
                             systemProc<GetProviderPathFn>(L"ws2_32.dll", "WSCGetProviderPath32"), "WSCEnumProtocols32");
    }

    // Calls ENUMERATE (WSAEnumNameSpaceProviders[Ex]W) with a growing buffer. On failure LAST_ERROR is
    // the Winsock error that stopped it, or 0 when the buffer never fit in four attempts.
    template <class Info, class Fn>
    static Expected<QList<LiveNamespace>> enumNamespaces(Fn enumerate, int *lastError)
    {
        std::vector<char> buf;
        DWORD len = 0;
        int n = SOCKET_ERROR;
        *lastError = 0;
        for (int attempt = 0; attempt < 4 && n == SOCKET_ERROR; ++attempt) {
            n = enumerate(&len, buf.empty() ? nullptr : reinterpret_cast<Info *>(buf.data()));
            if (n == SOCKET_ERROR) {
                const int e = WSAGetLastError();
                if (e != WSAEFAULT || len == 0 || len > (16u << 20)) {
                    *lastError = e;
                    return Error(ErrorKind::Io, QString());
                }
                buf.assign(len, 0);
            }
        }
        if (n == SOCKET_ERROR)
            return Error(ErrorKind::Io, QString());
        QList<LiveNamespace> out;
        const auto *p = reinterpret_cast<const Info *>(buf.data());
        for (int i = 0; i < n && size_t(i + 1) * sizeof(Info) <= buf.size(); ++i) {
            LiveNamespace ns;
            ns.identifier = p[i].lpszIdentifier ? QString::fromWCharArray(p[i].lpszIdentifier) : QString();
            ns.providerId = toUuid(p[i].NSProviderId);
            ns.nameSpace = p[i].dwNameSpace;
            ns.active = p[i].fActive != FALSE;
            ns.version = p[i].dwVersion;
            out.append(ns);
        }
        return out;
    }

    Expected<QList<LiveNamespace>> namespaces() const override
    {
        int e = 0;
        if (auto ex = systemProc<EnumNsExFn>(L"ws2_32.dll", "WSAEnumNameSpaceProvidersExW"))
            if (Expected<QList<LiveNamespace>> r = enumNamespaces<WSANAMESPACE_INFOEXW>(ex, &e); r)
                return r;
        auto plain = systemProc<EnumNsFn>(L"ws2_32.dll", "WSAEnumNameSpaceProvidersW");
        if (!plain)
            return Error(ErrorKind::Unsupported, translate("wd::LiveApis", "This Windows cannot list its namespace providers."));
        Expected<QList<LiveNamespace>> r = enumNamespaces<WSANAMESPACE_INFOW>(plain, &e);
        if (r)
            return r;
        if (e != 0)
            return Error(ErrorKind::Io, translate("wd::LiveApis", "%1 failed: %2")
                                            .arg(QStringLiteral("WSAEnumNameSpaceProvidersW"), systemMessage(DWORD(e))));
        return Error(ErrorKind::Io, translate("wd::LiveApis", "The namespace providers could not be listed."));
    }

    Expected<QList<LiveDevice>> devices() const override
    {
        HDEVINFO set = SetupDiGetClassDevsW(nullptr, nullptr, nullptr, DIGCF_ALLCLASSES | DIGCF_PRESENT);
        if (set == INVALID_HANDLE_VALUE)
            return Error(ErrorKind::Io, translate("wd::LiveApis", "The device list could not be read: %1").arg(systemMessage(GetLastError())));
        QList<LiveDevice> out;
        SP_DEVINFO_DATA did = {};
        did.cbSize = sizeof(did);
        for (DWORD i = 0; i < 5000 && SetupDiEnumDeviceInfo(set, i, &did); ++i) {
            LiveDevice d;
            wchar_t id[MAX_DEVICE_ID_LEN + 1] = {};
            if (SetupDiGetDeviceInstanceIdW(set, &did, id, MAX_DEVICE_ID_LEN, nullptr))
                d.instanceId = QString::fromWCharArray(id);
            d.description = propString(set, did, SPDRP_DEVICEDESC);
            d.friendlyName = propString(set, did, SPDRP_FRIENDLYNAME);
            d.className = propString(set, did, SPDRP_CLASS);
            d.classGuid = propString(set, did, SPDRP_CLASSGUID);
            d.service = propString(set, did, SPDRP_SERVICE);
            d.driverKey = propString(set, did, SPDRP_DRIVER);
            d.manufacturer = propString(set, did, SPDRP_MFG);
            d.hardwareIds = propList(set, did, SPDRP_HARDWAREID);
            d.upperFilters = propList(set, did, SPDRP_UPPERFILTERS);
            d.lowerFilters = propList(set, did, SPDRP_LOWERFILTERS);
            ULONG status = 0, problem = 0;
            if (CM_Get_DevNode_Status(&status, &problem, did.DevInst, 0) == CR_SUCCESS) {
                d.statusKnown = true;
                d.status = status;
                d.hasProblem = (status & DN_HAS_PROBLEM) != 0;
                d.problem = d.hasProblem ? problem : 0;
                d.started = (status & DN_STARTED) != 0;
                d.disabled = d.hasProblem && (problem == CM_PROB_DISABLED || problem == CM_PROB_HARDWARE_DISABLED);
            }
            HKEY drv = SetupDiOpenDevRegKey(set, &did, DICS_FLAG_GLOBAL, 0, DIREG_DRV, KEY_READ);
            if (drv != INVALID_HANDLE_VALUE && drv != nullptr) {
                d.driverVersion = regString(drv, L"DriverVersion");
                d.driverDate = regString(drv, L"DriverDate");
                d.driverProvider = regString(drv, L"ProviderName");
                d.infPath = regString(drv, L"InfPath");
                RegCloseKey(drv);
            }
            out.append(d);
        }
        SetupDiDestroyDeviceInfoList(set);
        return out;
    }

    LiveTrust verifyFile(const QString &pathIn) const override
    {
        LiveTrust t;
        t.path = pathIn;
        t.source = QStringLiteral("none");
        t.catalogApi = QStringLiteral("unavailable");
        const std::wstring path = pathIn.toStdWString();
        HANDLE file = CreateFileW(path.c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                  OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
        if (file == INVALID_HANDLE_VALUE) {
            const DWORD e = GetLastError();
            t.status = QStringLiteral("error");
            t.result = HRESULT_FROM_WIN32(e);
            t.message = systemMessage(e);
            return t;
        }
        WINTRUST_FILE_INFO fi = {};
        fi.cbStruct = sizeof(fi);
        fi.pcwszFilePath = path.c_str();
        fi.hFile = file;
        const LONG embedded = runWinVerifyTrust(WTD_CHOICE_FILE, &fi);
        t.embeddedResult = quint32(embedded);
        t.result = quint32(embedded);
        t.status = classifyTrust(embedded);
        t.message = systemMessage(DWORD(embedded));
        if (t.status != QLatin1String("unsigned")) {
            t.source = QStringLiteral("embedded");
        } else {
            // No embedded signature: Windows' own files are signed through catalogs.
            t.catalogApi.clear();
            if (!verifyByCatalog(path, file, true, t))
                verifyByCatalog(path, file, false, t);
            if (t.catalogApi.isEmpty())
                t.catalogApi = QStringLiteral("unavailable");
        }
        CloseHandle(file);
        return t;
    }

    Expected<QList<LiveModule>> loadedModules(const QStringList &names, int maxModules) const override
    {
        HANDLE procs = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
        if (procs == INVALID_HANDLE_VALUE)
            return Error(ErrorKind::Io, translate("wd::LiveApis", "The list of running processes could not be read (error %1).").arg(GetLastError()));
        QList<LiveModule> out;
        PROCESSENTRY32W pe = {};
        pe.dwSize = sizeof(pe);
        for (BOOL more = Process32FirstW(procs, &pe); more && out.size() < maxModules; more = Process32NextW(procs, &pe)) {
            if (pe.th32ProcessID == 0)
                continue;
            // Both the native and the 32-bit (WOW64) modules; processes we may not open are skipped.
            HANDLE mods = CreateToolhelp32Snapshot(TH32CS_SNAPMODULE | TH32CS_SNAPMODULE32, pe.th32ProcessID);
            if (mods == INVALID_HANDLE_VALUE)
                continue;
            MODULEENTRY32W me = {};
            me.dwSize = sizeof(me);
            for (BOOL m = Module32FirstW(mods, &me); m && out.size() < maxModules; m = Module32NextW(mods, &me)) {
                const QString name = QString::fromWCharArray(me.szModule).toLower();
                if (!names.isEmpty() && !names.contains(name))
                    continue;
                out.append({quint32(pe.th32ProcessID), QString::fromWCharArray(pe.szExeFile), QString::fromWCharArray(me.szExePath)});
            }
            CloseHandle(mods);
        }
        CloseHandle(procs);
        return out;
    }

    std::optional<QString> loadIndirectString(const QString &s) const override
    {
        using LoadFn = HRESULT(WINAPI *)(PCWSTR, PWSTR, UINT, void **);
        static const LoadFn load = systemProc<LoadFn>(L"shlwapi.dll", "SHLoadIndirectString");
        if (!load)
            return std::nullopt;
        wchar_t buf[1024] = {};
        // Environment variables expanded here: Windows' SHLoadIndirectString expands "%SystemRoot%"
        // itself, Wine's (8.x) passes the file name to LoadLibraryW as written and fails on every
        // "@%SystemRoot%\system32\x.dll,-N" string. Expanding first gives both the same input.
        std::wstring in = s.toStdWString();
        if (s.contains(QLatin1Char('%'))) {
            const DWORD need = ExpandEnvironmentStringsW(in.c_str(), nullptr, 0);
            if (need > 0 && need < 32768) {
                std::wstring expanded(need, L'\0');
                const DWORD n = ExpandEnvironmentStringsW(in.c_str(), expanded.data(), need);
                if (n > 0 && n <= need) {
                    expanded.resize(n - 1); // n counts the terminating null
                    in = expanded;
                }
            }
        }
        if (FAILED(load(in.c_str(), buf, 1024, nullptr)))
            return std::nullopt;
        const QString out = QString::fromWCharArray(buf);
        if (out.isEmpty() || out == s)
            return std::nullopt;
        return out;
    }

    Expected<LivePerfSample> samplePerformance() const override
    {
        LivePerfSample s;
        s.time = QDateTime::currentDateTimeUtc();
        Pdh pdh;
        if (pdh.ok()) {
            PDH_HQUERY q = nullptr;
            if (pdh.open(nullptr, 0, &q) == ERROR_SUCCESS) {
                PDH_HCOUNTER pool = nullptr, handles = nullptr, ids = nullptr;
                const bool havePool = pdh.add(q, L"\\Memory\\Pool Nonpaged Bytes", 0, &pool) == ERROR_SUCCESS;
                const bool haveHandles = pdh.add(q, L"\\Process(*)\\Handle Count", 0, &handles) == ERROR_SUCCESS
                    && pdh.add(q, L"\\Process(*)\\ID Process", 0, &ids) == ERROR_SUCCESS;
                if ((havePool || haveHandles) && pdh.collect(q) == ERROR_SUCCESS) {
                    PDH_FMT_COUNTERVALUE v = {};
                    if (havePool && pdh.value(pool, PDH_FMT_LARGE, nullptr, &v) == ERROR_SUCCESS && v.CStatus == ERROR_SUCCESS) {
                        s.nonPagedPoolBytes = v.largeValue;
                        s.nonPagedSource = QStringLiteral("pdh");
                    }
                    if (haveHandles) {
                        auto readArray = [&](PDH_HCOUNTER c, QHash<QString, qint64> &into) {
                            DWORD size = 0, count = 0;
                            PDH_STATUS st = pdh.array(c, PDH_FMT_LARGE, &size, &count, nullptr);
                            if (quint32(st) != quint32(PDH_MORE_DATA) || size == 0 || size > (16u << 20))
                                return false;
                            std::vector<BYTE> buf(size);
                            auto *items = reinterpret_cast<PDH_FMT_COUNTERVALUE_ITEM_W *>(buf.data());
                            if (pdh.array(c, PDH_FMT_LARGE, &size, &count, items) != ERROR_SUCCESS)
                                return false;
                            for (DWORD i = 0; i < count; ++i)
                                if (items[i].szName && items[i].FmtValue.CStatus == ERROR_SUCCESS)
                                    into.insert(QString::fromWCharArray(items[i].szName) + QLatin1Char('#') + QString::number(i),
                                                items[i].FmtValue.largeValue);
                            return true;
                        };
                        QHash<QString, qint64> h, p;
                        if (readArray(handles, h) && readArray(ids, p)) {
                            for (auto it = h.cbegin(); it != h.cend(); ++it) {
                                const QString name = it.key().section(QLatin1Char('#'), 0, 0);
                                if (name == QLatin1String("_Total") || name == QLatin1String("Idle"))
                                    continue;
                                s.processes.append({quint32(p.value(it.key(), 0)), name, it.value()});
                            }
                            s.handlesSource = QStringLiteral("pdh");
                        }
                    }
                }
                pdh.close(q);
            }
        }
        if (s.nonPagedPoolBytes < 0) {
            PERFORMANCE_INFORMATION pi = {};
            pi.cb = sizeof(pi);
            if (K32GetPerformanceInfo(&pi, sizeof(pi)) && pi.PageSize) {
                s.nonPagedPoolBytes = qint64(pi.KernelNonpaged) * qint64(pi.PageSize);
                s.nonPagedSource = QStringLiteral("GetPerformanceInfo");
            }
        }
        if (s.processes.isEmpty()) {
            HANDLE snap = CreateToolhelp32Snapshot(TH32CS_SNAPPROCESS, 0);
            if (snap != INVALID_HANDLE_VALUE) {
                PROCESSENTRY32W pe = {};
                pe.dwSize = sizeof(pe);
                for (BOOL more = Process32FirstW(snap, &pe); more; more = Process32NextW(snap, &pe)) {
                    if (pe.th32ProcessID == 0)
                        continue;
                    HANDLE proc = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pe.th32ProcessID);
                    if (!proc)
                        continue;
                    DWORD count = 0;
                    if (GetProcessHandleCount(proc, &count))
                        s.processes.append({quint32(pe.th32ProcessID), QString::fromWCharArray(pe.szExeFile), qint64(count)});
                    CloseHandle(proc);
                }
                CloseHandle(snap);
                if (!s.processes.isEmpty())
                    s.handlesSource = QStringLiteral("GetProcessHandleCount");
            }
        }
        if (s.nonPagedPoolBytes < 0 && s.processes.isEmpty())
            return Error(ErrorKind::Unsupported, translate("wd::LiveApis", "Neither the performance counters nor the process list could be read."));
        return s;
    }

private:
    bool m_os64 = true;
    bool m_wsaStarted = false;
    QString m_wine;
};

} // namespace

std::unique_ptr<LiveApis> makeWindowsLiveApis(bool os64)
{
    return std::make_unique<WindowsLiveApis>(os64);
}

} // namespace wd
