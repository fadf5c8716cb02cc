// The brand in the wizard (core/brand.h): logo, banner in the accent colour, About button.
#pragma once
#include <QPixmap>

class QWizard;

namespace wd {
namespace ui {

// The brand's logo (the program's icon when the brand has none), SIZE x SIZE device-independent pixels.
QPixmap brandLogo(int size);
// The page-header background in the brand's accent colour (a light or dark tint with an accent rule at the
// bottom); a null pixmap when the brand has no accent colour.
QPixmap brandBanner(const QColor &window);
// Puts the brand's logo and banner on WIZARD's page headers.
void applyBrand(QWizard &wizard);

} // namespace ui
} // namespace wd
