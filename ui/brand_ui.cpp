#include "ui/brand_ui.h"
#include "core/brand.h"
#include <QIcon>
#include <QPainter>
#include <QWizard>

namespace wd {
namespace ui {

QPixmap brandLogo(int size)
{
    QPixmap pm;
    if (!brand().logoPng().isEmpty() && pm.loadFromData(brand().logoPng(), "PNG"))
        return pm.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return QIcon(QStringLiteral(":/icons/winsock-doctor.png")).pixmap(size, size);
}

QPixmap brandBanner(const QColor &window)
{
    const QColor accent(brand().accentColor());
    if (!accent.isValid())
        return {};
    // 12% accent over the window colour keeps the header's text readable in light and dark themes.
    const auto mix = [](int a, int w) { return (a * 12 + w * 88) / 100; };
    const QColor tint(mix(accent.red(), window.red()), mix(accent.green(), window.green()), mix(accent.blue(), window.blue()));
    QPixmap pm(2400, 72);
    pm.fill(tint);
    QPainter p(&pm);
    p.fillRect(QRect(0, pm.height() - 3, pm.width(), 3), accent);
    return pm;
}

void applyBrand(QWizard &wizard)
{
    wizard.setPixmap(QWizard::LogoPixmap, brandLogo(48));
    const QPixmap banner = brandBanner(wizard.palette().color(QPalette::Window));
    if (!banner.isNull())
        wizard.setPixmap(QWizard::BannerPixmap, banner);
}

} // namespace ui
} // namespace wd
