// Light and dark palettes: follow the system (Windows "apps use light theme"), --dark forces dark (screenshots).
#pragma once
#include <QApplication>

namespace wd {
namespace ui {

bool systemPrefersDark();
void applyTheme(QApplication &app, bool dark);

} // namespace ui
} // namespace wd
