// The brand in the wizard (core/brand.h): logo, banner in the accent colour, About button.
#pragma once
#include <QPixmap>

class QWizard;

namespace wd {
namespace ui {

// The brand's logo (the program's icon when the brand has none), SIZE x SIZE device-independent pixels.
QPixmap brandLogo(int size);
// The page header's colour: a tint of the brand's accent colour over BASE; invalid when the brand has none.
QColor brandHeaderColor(const QColor &base);
// Puts the brand's logo on WIZARD's page headers and tints them in its accent colour (call after the pages
// are added).
void applyBrand(QWizard &wizard);

} // namespace ui
} // namespace wd
