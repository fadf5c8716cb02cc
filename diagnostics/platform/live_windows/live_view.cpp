// Live Windows backend (Win32). Compiled only for Windows.
#include "platform/live_windows/live_view.h"
#include "platform/live_apis.h"
#include "platform/targets.h"
#include <QDir>
#include <QRegularExpression>
#include <windows.h>

namespace wd {

namespace {

struct ParsedKey {
    HKEY root = nullptr;
    QString sub;
};

ParsedKey parseKey(const QString &keyIn)
{
    QString key = keyIn;
    key.replace(QLatin1Char('/'), QLatin1Char('\\'));
    const struct {
        const char *name;
        HKEY root;
    } roots[] = {
        {"HKEY_LOCAL_MACHINE", HKEY_LOCAL_MACHINE}, {"HKLM", HKEY_LOCAL_MACHINE},
        {"HKEY_CURRENT_USER", HKEY_CURRENT_USER},   {"HKCU", HKEY_CURRENT_USER},
        {"HKEY_USERS", HKEY_USERS},                 {"HKU", HKEY_USERS},
        {"HKEY_CLASSES_ROOT", HKEY_CLASSES_ROOT},   {"HKCR", HKEY_CLASSES_ROOT},
    };
    const qsizetype sep = key.indexOf(QLatin1Char('\\'));
    const QString first = sep < 0 ? key : key.left(sep);
    for (const auto &r : roots)
        if (first.compare(QLatin1String(r.name), Qt::CaseInsensitive) == 0)
            return {r.root, sep < 0 ? QString() : key.mid(sep + 1)};
    return {};
}

std::wstring wide(const QString &s)
{
    return s.toStdWString();
}

QString winErrorText(DWORD code)
{
    wchar_t *buf = nullptr;
    const DWORD n = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                                   nullptr, code, 0, reinterpret_cast<LPWSTR>(&buf), 0, nullptr);
    QString s = n && buf ? QString::fromWCharArray(buf, int(n)).trimmed() : QStringLiteral("error %1").arg(code);
    if (buf)
        LocalFree(buf);
    return s;
}

Error regError(LONG rc, const QString &key)
{
    if (rc == ERROR_FILE_NOT_FOUND || rc == ERROR_PATH_NOT_FOUND)
        return Error(ErrorKind::NotFound, translate("wd::LiveView", "The registry key %1 does not exist.").arg(key), key);
    if (rc == ERROR_ACCESS_DENIED)
        return Error(ErrorKind::PermissionDenied,
                     translate("wd::LiveView", "Reading the registry key %1 was refused (access denied).").arg(key), key);
    return Error(ErrorKind::Io, translate("wd::LiveView", "Cannot read the registry key %1: %2").arg(key, winErrorText(DWORD(rc))), key);
}

// RAII for HKEY.
struct KeyHandle {
    HKEY h = nullptr;
    ~KeyHandle()
    {
        if (h)
            RegCloseKey(h);
    }
};

QString systemWindowsDirectory()
{
    wchar_t buf[MAX_PATH + 1] = {};
    const UINT n = GetSystemWindowsDirectoryW(buf, MAX_PATH);
    if (n == 0 || n > MAX_PATH)
        return QStringLiteral("C:\\Windows");
    return QString::fromWCharArray(buf, int(n));
}

} // namespace

LiveView::LiveView()
{
    m_systemRoot = systemWindowsDirectory();
    m_systemDrive = m_systemRoot.left(2).toUpper();

    SYSTEM_INFO si = {};
    GetNativeSystemInfo(&si);
    switch (si.wProcessorArchitecture) {
    case PROCESSOR_ARCHITECTURE_AMD64: m_info.windows.arch = QStringLiteral("x64"); break;
    case PROCESSOR_ARCHITECTURE_INTEL: m_info.windows.arch = QStringLiteral("x86"); break;
#ifdef PROCESSOR_ARCHITECTURE_ARM64
    case PROCESSOR_ARCHITECTURE_ARM64: m_info.windows.arch = QStringLiteral("arm64"); break;
#endif
    default: m_info.windows.arch = QString(); break;
    }
    m_os64 = m_info.windows.arch != QLatin1String("x86");
    BOOL wow = FALSE;
    if (IsWow64Process(GetCurrentProcess(), &wow))
        m_wow64Process = wow != FALSE;
    m_info.kind = QStringLiteral("live");

    // RtlGetVersion tells the truth (GetVersionEx lies to programs without a manifest entry).
    quint32 major = 0, minor = 0, build = 0;
    if (HMODULE ntdll = LoadLibraryExW(L"ntdll.dll", nullptr, LOAD_LIBRARY_SEARCH_SYSTEM32)) {
        using RtlGetVersionFn = LONG(WINAPI *)(OSVERSIONINFOW *);
        auto fn = reinterpret_cast<RtlGetVersionFn>(reinterpret_cast<void *>(GetProcAddress(ntdll, "RtlGetVersion")));
        OSVERSIONINFOW vi = {};
        vi.dwOSVersionInfoSize = sizeof(vi);
        if (fn && fn(&vi) == 0) {
            major = vi.dwMajorVersion;
            minor = vi.dwMinorVersion;
            build = vi.dwBuildNumber;
        }
        FreeLibrary(ntdll);
    }
    auto sv = [this](const QString &name) -> QString {
        auto r = value(QStringLiteral("HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"), name);
        return (r.ok() && r->has_value()) ? (*r)->toString() : QString();
    };
    m_info.windows.product = sv(QStringLiteral("ProductName"));
    m_info.windows.build = build ? QString::number(build) : sv(QStringLiteral("CurrentBuild"));
    if (m_info.windows.build.isEmpty())
        m_info.windows.build = sv(QStringLiteral("CurrentBuildNumber"));
    m_info.windows.version = sv(QStringLiteral("DisplayVersion"));
    if (m_info.windows.version.isEmpty())
        m_info.windows.version = sv(QStringLiteral("ReleaseId"));
    // Windows 11 still calls itself "Windows 10" in ProductName; the build number tells them apart.
    if (major == 10 && build >= 22000 && m_info.windows.product.contains(QLatin1String("Windows 10")))
        m_info.windows.product.replace(QLatin1String("Windows 10"), QLatin1String("Windows 11"));
    if (m_info.windows.product.isEmpty() && major)
        m_info.windows.product = QStringLiteral("Windows %1.%2").arg(major).arg(minor);

    m_apis = makeWindowsLiveApis(m_os64);
}

LiveView::~LiveView() = default;

unsigned long LiveView::wowFlag(RegView view) const
{
    if (!m_os64)
        return 0; // one view only
    switch (view) {
    case RegView::View32: return KEY_WOW64_32KEY;
    case RegView::View64:
    case RegView::Native: return KEY_WOW64_64KEY; // the OS's own view, even from a 32-bit process
    }
    return KEY_WOW64_64KEY;
}

bool LiveView::keyExists(const QString &key, RegView view) const
{
    const ParsedKey pk = parseKey(key);
    if (!pk.root)
        return false;
    KeyHandle k;
    return RegOpenKeyExW(pk.root, wide(pk.sub).c_str(), 0, KEY_READ | wowFlag(view), &k.h) == ERROR_SUCCESS;
}

Expected<QStringList> LiveView::subKeys(const QString &key, RegView view) const
{
    const ParsedKey pk = parseKey(key);
    if (!pk.root)
        return Error(ErrorKind::NotFound, translate("wd::LiveView", "The registry key %1 is not available on this target.").arg(key), key);
    KeyHandle k;
    LONG rc = RegOpenKeyExW(pk.root, wide(pk.sub).c_str(), 0, KEY_READ | wowFlag(view), &k.h);
    if (rc != ERROR_SUCCESS)
        return regError(rc, key);
    QStringList out;
    std::vector<wchar_t> name(256);
    for (DWORD i = 0;; ++i) {
        DWORD len = DWORD(name.size());
        rc = RegEnumKeyExW(k.h, i, name.data(), &len, nullptr, nullptr, nullptr, nullptr);
        if (rc == ERROR_NO_MORE_ITEMS)
            break;
        if (rc == ERROR_MORE_DATA) { // key names are at most 255 characters; be safe anyway
            name.resize(name.size() * 2);
            --i;
            if (name.size() > 65536)
                return regError(rc, key);
            continue;
        }
        if (rc != ERROR_SUCCESS)
            return regError(rc, key);
        out.append(QString::fromWCharArray(name.data(), int(len)));
    }
    return out;
}

Expected<QList<RegValue>> LiveView::values(const QString &key, RegView view) const
{
    const ParsedKey pk = parseKey(key);
    if (!pk.root)
        return Error(ErrorKind::NotFound, translate("wd::LiveView", "The registry key %1 is not available on this target.").arg(key), key);
    KeyHandle k;
    LONG rc = RegOpenKeyExW(pk.root, wide(pk.sub).c_str(), 0, KEY_READ | wowFlag(view), &k.h);
    if (rc != ERROR_SUCCESS)
        return regError(rc, key);
    DWORD maxName = 0, maxData = 0;
    rc = RegQueryInfoKeyW(k.h, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &maxName, &maxData, nullptr, nullptr);
    if (rc != ERROR_SUCCESS)
        return regError(rc, key);
    std::vector<wchar_t> name(maxName + 2);
    std::vector<BYTE> data(maxData + 2);
    QList<RegValue> out;
    for (DWORD i = 0;;) {
        DWORD nameLen = DWORD(name.size());
        DWORD dataLen = DWORD(data.size());
        DWORD type = 0;
        rc = RegEnumValueW(k.h, i, name.data(), &nameLen, nullptr, &type, data.data(), &dataLen);
        if (rc == ERROR_NO_MORE_ITEMS)
            break;
        if (rc == ERROR_MORE_DATA) { // a value grew while we read: enlarge and retry the same index
            if (data.size() > (64u << 20))
                return regError(rc, key);
            name.resize(std::max<size_t>(name.size() * 2, 16384));
            data.resize(std::max<size_t>(std::max<size_t>(data.size() * 2, dataLen + 2), 4096));
            continue;
        }
        if (rc != ERROR_SUCCESS)
            return regError(rc, key);
        RegValue v;
        v.name = QString::fromWCharArray(name.data(), int(nameLen));
        v.type = type;
        v.data = QByteArray(reinterpret_cast<const char *>(data.data()), qsizetype(dataLen));
        out.append(v);
        ++i;
    }
    return out;
}

QString LiveView::expandPath(const QString &in) const
{
    QString p = in.trimmed();
    if (p.size() >= 2 && p.startsWith(QLatin1Char('"')) && p.endsWith(QLatin1Char('"')))
        p = p.mid(1, p.size() - 2);
    p.replace(QLatin1Char('/'), QLatin1Char('\\'));
    if (p.contains(QLatin1Char('%'))) {
        const std::wstring src = wide(p);
        DWORD need = ExpandEnvironmentStringsW(src.c_str(), nullptr, 0);
        if (need > 0 && need < 32768) {
            std::vector<wchar_t> buf(need + 1);
            const DWORD n = ExpandEnvironmentStringsW(src.c_str(), buf.data(), DWORD(buf.size()));
            if (n > 0 && n <= buf.size())
                p = QString::fromWCharArray(buf.data(), int(n) - 1);
        }
    }
    // NT and driver-style prefixes: \??\C:\..., \\?\C:\..., \SystemRoot\..., System32\drivers\x.sys
    for (const QString &pre : {QStringLiteral("\\??\\"), QStringLiteral("\\\\?\\")})
        if (p.startsWith(pre))
            p = p.mid(pre.size());
    if (p.startsWith(QLatin1String("\\SystemRoot\\"), Qt::CaseInsensitive))
        p = m_systemRoot + p.mid(11);
    else if (p.startsWith(QLatin1String("SystemRoot\\"), Qt::CaseInsensitive))
        p = m_systemRoot + QLatin1Char('\\') + p.mid(11);
    else if (p.startsWith(QLatin1String("System32\\"), Qt::CaseInsensitive)
             || p.startsWith(QLatin1String("SysWOW64\\"), Qt::CaseInsensitive))
        p = m_systemRoot + QLatin1Char('\\') + p;
    else if (p.startsWith(QLatin1Char('\\')) && !p.startsWith(QLatin1String("\\\\")))
        p = m_systemDrive + p;
    else if (!p.isEmpty() && !(p.size() >= 2 && p.at(1) == QLatin1Char(':')) && !p.startsWith(QLatin1String("\\\\")))
        p = m_systemRoot + QStringLiteral("\\System32\\") + p; // bare file name: the loader's System32 lookup
    return p;
}

Expected<QString> LiveView::hostPath(const QString &windowsPath) const
{
    QString p = expandPath(windowsPath);
    if (p.size() < 3 || !(p.at(1) == QLatin1Char(':') || p.startsWith(QLatin1String("\\\\"))))
        return Error(ErrorKind::NotFound, translate("wd::LiveView", "%1 is not an absolute Windows path.").arg(p), p);
    // A 32-bit process would be redirected from System32 to SysWOW64; Sysnative is the real System32.
    const QString sys32 = m_systemRoot + QStringLiteral("\\System32\\");
    if (m_wow64Process && p.startsWith(sys32, Qt::CaseInsensitive))
        p = m_systemRoot + QStringLiteral("\\Sysnative\\") + p.mid(sys32.size());
    const DWORD attrs = GetFileAttributesW(wide(p).c_str());
    if (attrs == INVALID_FILE_ATTRIBUTES) {
        const DWORD e = GetLastError();
        if (e == ERROR_ACCESS_DENIED)
            return Error(ErrorKind::PermissionDenied, translate("wd::LiveView", "Access to %1 was refused.").arg(p), p);
        return Error(ErrorKind::NotFound, translate("wd::LiveView", "%1 does not exist on this PC.").arg(p), p);
    }
    return p;
}

Expected<QStringList> LiveView::listDir(const QString &windowsDir, const QString &pattern) const
{
    Expected<QString> dir = hostPath(windowsDir);
    if (!dir)
        return dir.error();
    QString pat = pattern.isEmpty() ? QStringLiteral("*") : pattern;
    if (pat.contains(QLatin1Char('\\')) || pat.contains(QLatin1Char('/')))
        return Error(ErrorKind::Usage, translate("wd::LiveView", "The file pattern %1 must not contain a folder.").arg(pat), pat);
    const QString query = *dir + (dir->endsWith(QLatin1Char('\\')) ? QString() : QStringLiteral("\\")) + pat;
    WIN32_FIND_DATAW fd = {};
    HANDLE h = FindFirstFileExW(wide(query).c_str(), FindExInfoBasic, &fd, FindExSearchNameMatch, nullptr, FIND_FIRST_EX_LARGE_FETCH);
    QStringList out;
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD e = GetLastError();
        if (e == ERROR_FILE_NOT_FOUND || e == ERROR_NO_MORE_FILES)
            return out;
        if (e == ERROR_DIRECTORY || e == ERROR_PATH_NOT_FOUND)
            return Error(ErrorKind::NotFound, translate("wd::LiveView", "%1 is not a folder.").arg(windowsDir), windowsDir);
        return Error(ErrorKind::Io, translate("wd::LiveView", "Cannot list %1: %2").arg(*dir, winErrorText(e)), *dir);
    }
    do {
        const QString n = QString::fromWCharArray(fd.cFileName);
        if (n != QLatin1String(".") && n != QLatin1String(".."))
            out.append(n);
    } while (FindNextFileW(h, &fd));
    FindClose(h);
    out.sort(Qt::CaseInsensitive);
    return out;
}

Expected<std::unique_ptr<SystemView>> openLiveSystem()
{
    return std::unique_ptr<SystemView>(new LiveView);
}

} // namespace wd
