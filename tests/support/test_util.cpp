#include "support/test_util.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

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
    if (!p.waitForStarted(30000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace wd::test
