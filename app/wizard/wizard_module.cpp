// The wizard as a module of its own (Linux): winsock-doctor loads it only when the wizard opens, so
// that the command line does not load and bind Qt Widgets, Qt Gui, Qt Charts and the libraries they
// pull in (X11, OpenGL, fonts) at every start. See loadWizard() in app/main.cpp.
#include "app_info.h"
#include "core/i18n.h"
#include "ui/gui_main.h"
#include <QApplication>

extern "C" Q_DECL_EXPORT int wd_wizard_main(int *argc, char **argv, const QString *lang, const QStringList *args)
{
    QApplication app(*argc, argv);
    wd::setUpApplication(app);
    wd::installTranslator(app, *lang);
    return wd::ui::guiMain(app, *args);
}
