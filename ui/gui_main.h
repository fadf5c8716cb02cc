#pragma once
#include <QApplication>
#include <QStringList>

namespace wd {
namespace ui {

// Runs the wizard. ARGS: [--target T] [--lang L] [--deep] and, hidden for CI screenshots and tests:
// --screenshot FILE (grab the window, exit), --page welcome|scan|findings|plan|apply|result|dumps|leaks,
// --dark (dark palette), --scan-result FILE (use a saved result as the scan of the target),
// --chart painter|qtcharts. Returns the exit code.
int guiMain(QApplication &app, const QStringList &args);

} // namespace ui
} // namespace wd
