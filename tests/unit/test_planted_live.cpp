// system.file.planted-copy on the live system (under wine in CI): a DLL named like a Windows provider
// DLL, loaded by this very process from a folder outside Windows, is found among the running
// processes' modules (Toolhelp32 snapshots) and reported with the process that loaded it.
#include "checks/checks.h"
#include "checks/mui_string.h"
#include "platform/live_apis.h"
#include "platform/targets.h"
#include "support/test_util.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

#ifdef Q_OS_WIN
#include <windows.h>

using namespace wd;

TEST_CASE("planted copies, live: a provider-named DLL loaded from outside Windows is reported", "[planted-copy][live]")
{
    // A small real DLL of our own deployment (no Wine builtin of that name exists, so the loader uses
    // exactly this file), copied under the name of Windows' IPv6 helper DLL into a temporary folder.
    const QString deploy = QCoreApplication::applicationDirPath();
    QString source;
    for (const QString &n : QDir(deploy).entryList({QStringLiteral("libgcc_s_*.dll"), QStringLiteral("libwinpthread-1.dll")}, QDir::Files))
        if (source.isEmpty())
            source = deploy + QLatin1Char('/') + n;
    REQUIRE(!source.isEmpty());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = QDir::toNativeSeparators(dir.filePath(QStringLiteral("wship6.dll")));
    REQUIRE(QFile::copy(source, copy));
    HMODULE h = LoadLibraryW(reinterpret_cast<const wchar_t *>(copy.utf16()));
    REQUIRE(h != nullptr);

    Expected<OpenedTarget> t = openTarget(TargetSpec{TargetSpec::Live, {}});
    REQUIRE(t.ok());
    LiveApis *api = t->view->live();
    REQUIRE(api);
    Expected<QList<LiveModule>> mods = api->loadedModules({QStringLiteral("wship6.dll")}, 1000);
    REQUIRE(mods.ok());
    bool mine = false;
    for (const LiveModule &m : *mods)
        if (QDir::toNativeSeparators(m.path).compare(copy, Qt::CaseInsensitive) == 0 && m.pid == GetCurrentProcessId())
            mine = true;
    CHECK(mine);

    // The check: a short walk (bounded), then the modules; the copy is reported as loaded by us.
    ScanResult result;
    ScanOptions options;
    CancelToken cancel;
    ScanContext ctx{*t->view, result, options, cancel, {}};
    REQUIRE(makePlantedCopiesCheck(20000, 5000)->run(ctx).ok());
    const Finding *found = nullptr;
    for (const Finding &f : result.findings)
        if (f.id == QLatin1String("system.file.planted-copy")
            && QDir::toNativeSeparators(f.evidence.value(QStringLiteral("path")).toString()).compare(copy, Qt::CaseInsensitive) == 0)
            found = &f;
    REQUIRE(found);
    CHECK(found->evidence.value(QStringLiteral("loaded_by")).toArray().size() >= 1);
    CHECK(found->evidence.value(QStringLiteral("verdict")).toString() == QLatin1String("hijack")); // unsigned
    CHECK(found->detail.contains(QStringLiteral("loaded right now")));
    // Under Wine a fresh prefix links the user's Desktop, Documents, Downloads... to the Unix home:
    // those links are not followed, so the walk of a prefix ends well inside its limits. (Not asserted
    // on Windows, where a big Users folder may legitimately reach the 20,000 entries of this test.)
    using WineVersion = const char *(CDECL *)();
    if (reinterpret_cast<WineVersion>(reinterpret_cast<void *>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "wine_get_version")))) {
        const QJsonObject search = found->evidence.value(QStringLiteral("search")).toObject();
        INFO(QJsonDocument(search).toJson().toStdString());
        CHECK(search.value(QStringLiteral("stopped_by")).toString().isEmpty());
        CHECK(search.value(QStringLiteral("links_not_followed")).toInt() >= 1);
        for (const Finding &f : result.findings)
            CHECK(f.id != QLatin1String("system.file.planted-copy.incomplete"));
    }
    FreeLibrary(h);
}

TEST_CASE("MUI strings, live: SHLoadIndirectString answers or the fallback is used, never the @-string", "[mui][live]")
{
    Expected<OpenedTarget> t = openTarget(TargetSpec{TargetSpec::Live, {}});
    REQUIRE(t.ok());
    LiveApis *api = t->view->live();
    REQUIRE(api);
    // Whatever Wine answers for a string id that does not exist, it must not be the input itself.
    const std::optional<QString> none = api->loadIndirectString(QStringLiteral("@%SystemRoot%\\system32\\mswsock.dll,-65000"));
    CHECK((!none || !none->startsWith(QLatin1Char('@'))));

    // A string that exists: ipconfig.exe (Windows' and Wine's) carries a string table; id 104 is the
    // adapter type "Ethernet" in English. Windows' own answer (SHLoadIndirectString) must equal what
    // LoadStringW reads from the same file in this thread's language, and the live resolver (which reads
    // the file itself first) must give a string from that table, never the @-string.
    wchar_t sys[MAX_PATH] = {};
    REQUIRE(GetSystemDirectoryW(sys, MAX_PATH) > 0);
    const QString ipconfig = QString::fromWCharArray(sys) + QStringLiteral("\\ipconfig.exe");
    HMODULE res = LoadLibraryExW(reinterpret_cast<const wchar_t *>(ipconfig.utf16()), nullptr, LOAD_LIBRARY_AS_DATAFILE);
    REQUIRE(res != nullptr);
    const wchar_t *text = nullptr;
    const int len = LoadStringW(res, 104, reinterpret_cast<LPWSTR>(&text), 0); // read-only pointer into the table
    REQUIRE(len > 0);
    const QString expected = QString::fromWCharArray(text, len);
    FreeLibrary(res);
    const QString indirect = QStringLiteral("@%SystemRoot%\\system32\\ipconfig.exe,-104");
    const std::optional<QString> shell = api->loadIndirectString(indirect);
    REQUIRE(shell);
    CHECK(*shell == expected);
    const MuiResolver mui(*t->view);
    const QString shown = mui.readable(indirect, QStringLiteral("ipconfig.exe"));
    INFO(shown.toStdString());
    CHECK_FALSE(shown.startsWith(QLatin1Char('@')));
    CHECK(shown != QLatin1String("ipconfig.exe")); // resolved, not the fallback
}

// Not a test of its own (hidden tag): the process the wine script needs for the live planted-copy step.
// It loads the DLL named by WD_PLANTED_DLL, creates the file WD_PLANTED_READY, and stays alive (the DLL
// loaded) until the script deletes that file, at most WD_PLANTED_SECONDS (default 60) seconds.
TEST_CASE("planted copies, live: hold a planted DLL loaded for the wine script", "[.planted-hold]")
{
    const QString dll = qEnvironmentVariable("WD_PLANTED_DLL");
    const QString ready = qEnvironmentVariable("WD_PLANTED_READY");
    REQUIRE(!dll.isEmpty());
    REQUIRE(!ready.isEmpty());
    HMODULE h = LoadLibraryW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(dll).utf16()));
    INFO("LoadLibraryW error " << GetLastError());
    REQUIRE(h != nullptr);
    wchar_t loaded[MAX_PATH] = {};
    GetModuleFileNameW(h, loaded, MAX_PATH);
    {
        QFile f(ready);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromWCharArray(loaded).toUtf8() + '\n'); // the path the loader really used
    }
    const int seconds = qEnvironmentVariableIsSet("WD_PLANTED_SECONDS") ? qEnvironmentVariableIntValue("WD_PLANTED_SECONDS") : 60;
    for (int i = 0; i < seconds * 10 && QFile::exists(ready); ++i)
        Sleep(100);
    FreeLibrary(h);
}
#endif
