#pragma once
#include <QApplication>
#include <QStringList>

namespace wd::ui {

// Runs the wizard. ARGS: [--target T] [--lang L] [--screenshot FILE]. Returns the exit code.
int guiMain(QApplication &app, const QStringList &args);

} // namespace wd::ui
