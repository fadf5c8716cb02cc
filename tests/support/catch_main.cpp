// Catch2 main with a Qt application object (translations, QStandardPaths, event loop for GUI tests).
#define CATCH_CONFIG_RUNNER
#include "core/i18n.h"
#include <catch2/catch.hpp>
#include <QCoreApplication>
#ifdef WD_GUI_TEST_MAIN
#include <QApplication>
#endif
#include <memory>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    std::unique_ptr<QCoreApplication> app;
#ifdef WD_GUI_TEST_MAIN
    app = std::make_unique<QApplication>(argc, argv);
#else
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    wd::installTranslator(*app, QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
