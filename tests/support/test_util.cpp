#include "support/test_util.h"
#include "checks/file_verifier.h"
#include "core/brand.h"
#include "platform/offline_view.h"
#include "core/i18n.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace wd::test {

QString sourceDir() { return QStringLiteral(WD_SOURCE_DIR); }
QString realDataDir() { return QStringLiteral(WD_REALDATA_DIR); }

bool haveRealData()
{
    if (QDir(realDataDir()).exists(QStringLiteral("hives")))
        return true;
    if (!qEnvironmentVariableIsEmpty("CI"))
        FAIL("The real-data corpus ../shared/realdata is missing in CI");
    WARN("../shared/realdata not present: real-data test skipped");
    return false;
}

bool underWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
#else
    return false;
#endif
}

QString wineBacktrace(qint64 pid)
{
#ifdef Q_OS_WIN
    if (!underWine() || pid <= 0)
        return {};
    // winedbg --auto attaches, prints every thread's stack and ends the process (what Wine does for a
    // crash): only for a process the caller has given up on.
    wchar_t sys[MAX_PATH + 1] = {};
    if (GetSystemDirectoryW(sys, MAX_PATH) == 0)
        return {};
    QProcess dbg;
    dbg.setProcessChannelMode(QProcess::MergedChannels);
    dbg.start(QString::fromWCharArray(sys) + QStringLiteral("\\winedbg.exe"), {QStringLiteral("--auto"), QString::number(pid)});
    if (!dbg.waitForFinished(60000))
        dbg.kill();
    return QStringLiteral("[winedbg --auto %1]\n").arg(pid) + QString::fromLocal8Bit(dbg.readAll());
#else
    Q_UNUSED(pid);
    return {};
#endif
}

void printWineBacktraceOfSelf()
{
#ifdef Q_OS_WIN
    if (!underWine())
        return;
    wchar_t sys[MAX_PATH + 1] = {};
    if (GetSystemDirectoryW(sys, MAX_PATH) == 0)
        return;
    // winedbg writes straight to this process's stderr: once attached, this process stops.
    QProcess dbg;
    dbg.setProcessChannelMode(QProcess::ForwardedChannels);
    dbg.start(QString::fromWCharArray(sys) + QStringLiteral("\\winedbg.exe"),
              {QStringLiteral("--auto"), QString::number(GetCurrentProcessId())});
    dbg.waitForFinished(60000);
#endif
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

RunResult runApp(const QStringList &args, const QByteArray &stdinData, const QStringList &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &kv : env) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        e.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(e);
    // Prefer the program next to the test executable (the Windows deploy folder), else the build's.
    QString app = QCoreApplication::applicationDirPath() + QStringLiteral("/winsock-doctor");
#ifdef Q_OS_WIN
    app += QStringLiteral(".exe");
#endif
    if (!QFile::exists(app))
        app = QStringLiteral(WD_APP_PATH);
    p.start(app, args);
    RunResult r;
    if (!p.waitForStarted(30000)) {
        r.err = "[did not start: " + p.errorString().toUtf8() + "]";
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    // Longer than any limit the program sets itself (the GUI's screenshot mode gives up after 120 s and
    // says why), so a stalled program reports its own state before this kills it.
    if (!p.waitForFinished(180000)) {
        r.err = "[no exit after 180 s; killed]\n" + wineBacktrace(p.processId()).toUtf8();
        p.kill();
        p.waitForFinished();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError() + '\n' + r.err;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

LanguageGuard::LanguageGuard(const QString &lang)
{
    installTranslator(*QCoreApplication::instance(), lang);
}

LanguageGuard::~LanguageGuard()
{
    installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

std::unique_ptr<FileVerifier> demoVolumeVerifier(const QString &root)
{
    Expected<std::unique_ptr<OfflineView>> view = OfflineView::open(root, QStringLiteral("demo"));
    REQUIRE(view.ok());
    auto trust = std::make_shared<sig::TrustStore>();
    loadTargetRoots(**view, *trust);
    REQUIRE(loadDemoStandIns(**view, *trust) > 0);
    auto catalogs = std::make_shared<sig::CatalogIndex>();
    REQUIRE(loadTargetCatalogs(**view, *catalogs).ok());
    return std::make_unique<FileVerifier>(trust, catalogs);
}

Brand exampleBrand()
{
    const QString dir = sourceDir() + QStringLiteral("/resources/brands/example/");
    Expected<Brand> b = Brand::parse(readFile(dir + QStringLiteral("brand.json")), readFile(dir + QStringLiteral("logo.png")));
    REQUIRE(b.ok());
    return *b;
}

} // namespace wd::test
