#include "ui/gui_main.h"
#include "core/error.h"
#include "ui/wizard.h"
#include <QCommandLineParser>
#include <QImage>
#include <QPixmap>
#include <QTimer>

namespace wd::ui {

int guiMain(QApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("target"), QString(), QStringLiteral("T")));
    p.addOption(QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("L")));
    p.addOption(QCommandLineOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE")));
    if (!p.parse(QStringList{QStringLiteral("winsock-doctor")} + args)) {
        QTextStream(stderr) << translate("wd::cli", "winsock-doctor: %1").arg(p.errorText()) << Qt::endl;
        return int(ExitCode::Usage);
    }
    WizardWindow w(p.value(QStringLiteral("target")));
    w.show();
    const QString shot = p.value(QStringLiteral("screenshot"));
    if (!shot.isEmpty()) {
        // Grab the window after the first paint (and, when a target was given, after the scan).
        auto grab = [&w, &app, shot]() {
            const QPixmap pm = w.grab();
            const bool ok = pm.save(shot, "PNG");
            app.exit(ok ? 0 : int(ExitCode::Unreadable));
        };
        if (!p.value(QStringLiteral("target")).isEmpty()) {
            QObject::connect(&w, &WizardWindow::scanCompleted, &w, [grab]() { QTimer::singleShot(300, grab); });
            QTimer::singleShot(60000, grab);
        } else {
            QTimer::singleShot(500, grab);
        }
    }
    return app.exec();
}

} // namespace wd::ui
