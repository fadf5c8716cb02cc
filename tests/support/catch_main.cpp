// Catch2 main with a Qt application object (translations, QStandardPaths, event loop for GUI tests).
#define CATCH_CONFIG_RUNNER
#include "core/i18n.h"
#include <catch2/catch.hpp>
#include <QCoreApplication>
#ifdef WD_GUI_TEST_MAIN
#include <QApplication>
#endif
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include "platform/process_end.h"
#include "support/test_util.h"

namespace {

int run(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    std::unique_ptr<QCoreApplication> app;
#ifdef WD_GUI_TEST_MAIN
    app = std::make_unique<QApplication>(argc, argv);
#else
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    wd::installTranslator(*app, QStringLiteral("en"));
    // The verification cache (checks/verification_cache.h) of the tests and of the programs they start
    // lives in a folder of this run, never in the user's cache folder.
    QTemporaryDir cacheDir;
    if (qEnvironmentVariableIsEmpty("WD_CACHE_DIR") && cacheDir.isValid())
        qputenv("WD_CACHE_DIR", QFile::encodeName(cacheDir.path()));
    const int rc = Catch::Session().run(argc, argv);
    // Qt waits for the global thread pool when the application object goes; a task a test left running
    // would hang the process there with every result already printed. Say so and end instead.
    if (!QThreadPool::globalInstance()->waitForDone(120000)) {
        std::fprintf(stderr, "error: %d task(s) of the global thread pool still running 120 s after the last test\n",
                     QThreadPool::globalInstance()->activeThreadCount());
        std::fflush(stderr);
        wd::test::printWineBacktraceOfSelf();
        std::_Exit(3);
    }
    return rc;
}

} // namespace

int main(int argc, char **argv)
{
    return wd::endProcess(run(argc, argv));
}
