#include "ui/gui_main.h"
#include "core/error.h"
#include "platform/targets.h"
#include "ui/about_dialog.h"
#include "ui/theme.h"
#include "ui/wizard.h"
#include <QCommandLineParser>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace wd {
namespace ui {

namespace {

// Replays a saved result as the scan of the target, check by check (screenshots, demos of the flow).
WizardHooks replayHooks(const ScanResult &saved)
{
    WizardHooks h = defaultWizardHooks();
    h.scan = [saved](const QString &, const ScanOptions &, const CancelToken &cancel, const ProgressFn &progress) -> Expected<ScanResult> {
        for (const CheckRun &c : saved.checks) {
            if (cancel.isCancelled())
                break;
            if (progress) {
                progress(c.id, 0, 0, c.title);
                progress(c.id, 1, 1, c.title);
            }
        }
        return saved;
    };
    return h;
}

} // namespace

int guiMain(QApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(QCommandLineOption(QStringLiteral("target"), QString(), QStringLiteral("T")));
    p.addOption(QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("L")));
    p.addOption(QCommandLineOption(QStringLiteral("deep")));
    p.addOption(QCommandLineOption(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("page"), QString(), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("dark")));
    p.addOption(QCommandLineOption(QStringLiteral("scan-result"), QString(), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(QStringLiteral("chart"), QString(), QStringLiteral("BACKEND")));
    if (!p.parse(QStringList{QStringLiteral("winsock-doctor")} + args)) {
        QTextStream(stderr) << translate("wd::cli", "winsock-doctor: %1").arg(p.errorText()) << Qt::endl;
        return int(ExitCode::Usage);
    }
    const QString page = p.value(QStringLiteral("page"));
    static const QStringList pages{QStringLiteral("welcome"), QStringLiteral("scan"),  QStringLiteral("findings"),
                                   QStringLiteral("plan"),    QStringLiteral("apply"), QStringLiteral("result"),
                                   QStringLiteral("dumps"),   QStringLiteral("leaks"), QStringLiteral("about")};
    if (!page.isEmpty() && !pages.contains(page)) {
        QTextStream(stderr) << translate("wd::cli", "winsock-doctor: unknown page \"%1\" (use %2).").arg(page, pages.join(QStringLiteral(", ")))
                            << Qt::endl;
        return int(ExitCode::Usage);
    }
    applyTheme(app, p.isSet(QStringLiteral("dark")) || systemPrefersDark());

    WizardHooks hooks = defaultWizardHooks();
    if (p.isSet(QStringLiteral("scan-result"))) {
        Expected<ScanResult> saved = loadReport(p.value(QStringLiteral("scan-result")));
        if (!saved) {
            QTextStream(stderr) << translate("wd::cli", "Error: %1").arg(saved.error().toString()) << Qt::endl;
            return int(saved.error().exitCode());
        }
        hooks = replayHooks(*saved);
    }
    const QString chart = p.value(QStringLiteral("chart"));
    const ChartBackend backend = chart == QLatin1String("painter") ? ChartBackend::Painter
                               : chart == QLatin1String("qtcharts") ? ChartBackend::Charts
                                                                     : ChartBackend::Auto;
    QString target = p.value(QStringLiteral("target"));
    if (page == QLatin1String("welcome") || page == QLatin1String("about"))
        target.clear();
    WizardWindow w(target, hooks, backend);
    w.setDeepScan(p.isSet(QStringLiteral("deep")));
    w.show();

    const QString shot = p.value(QStringLiteral("screenshot"));
    if (shot.isEmpty())
        return app.exec();

    auto grab = [&w, &app, shot]() {
        const QPixmap pm = w.grab();
        const bool ok = pm.save(shot, "PNG");
        if (!ok)
            QTextStream(stderr) << translate("wd::cli", "Cannot write %1").arg(shot) << Qt::endl;
        app.exit(ok ? 0 : int(ExitCode::Unreadable));
    };
    auto grabSoon = [grab]() { QTimer::singleShot(400, grab); };
    if (page == QLatin1String("about")) {
        auto *about = new AboutDialog(&w);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->show();
        QTimer::singleShot(500, about, [about, &app, shot]() {
            const bool ok = about->grab().save(shot, "PNG");
            if (!ok)
                QTextStream(stderr) << translate("wd::cli", "Cannot write %1").arg(shot) << Qt::endl;
            app.exit(ok ? 0 : int(ExitCode::Unreadable));
        });
        return app.exec();
    }
    if (target.isEmpty()) {
        QTimer::singleShot(500, grab);
        return app.exec();
    }
    if (page == QLatin1String("scan"))
        w.setAutoAdvance(false);
    QObject::connect(&w, &WizardWindow::applyCompleted, &w, [&w, page, grabSoon]() {
        if (page == QLatin1String("result"))
            w.next();
        grabSoon();
    });
    QObject::connect(&w, &WizardWindow::scanCompleted, &w, [&w, page, grabSoon]() {
        if (page == QLatin1String("dumps"))
            w.showFindingsTab(WizardWindow::FindingsTabDumps);
        else if (page == QLatin1String("leaks"))
            w.showFindingsTab(WizardWindow::FindingsTabLeaks);
        if (page == QLatin1String("plan") || page == QLatin1String("apply") || page == QLatin1String("result")) {
            w.next();
            if (page != QLatin1String("plan")) {
                w.setConfirmed(true);
                if (w.selectedActions().isEmpty() || !w.currentPage()->isComplete()) {
                    grabSoon(); // nothing to apply (or repairs disabled): show the plan page as it is
                    return;
                }
                w.next();
                return; // grabbed on applyCompleted
            }
        }
        grabSoon();
    });
    // The flow takes seconds; a page not reached in two minutes is a stall. The picture shows where the
    // wizard stopped, and the exit code and message say it is not the page asked for.
    QTimer::singleShot(120000, &w, [&w, &app, page, shot]() {
        const QStringList running = w.runningWork();
        QTextStream(stderr) << translate("wd::cli", "The wizard did not reach the page \"%1\" within 120 s; it stopped on page %2 "
                                                    "(still running: %3). %4 shows that page.")
                                   .arg(page)
                                   .arg(w.currentId())
                                   .arg(running.isEmpty() ? QStringLiteral("-") : running.join(QStringLiteral(", ")), shot)
                            << Qt::endl;
        w.grab().save(shot, "PNG");
        app.exit(int(ExitCode::ProblemsFound));
    });
    return app.exec();
}

} // namespace ui
} // namespace wd
