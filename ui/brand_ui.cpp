#include "ui/brand_ui.h"
#include "core/brand.h"
#include <QIcon>
#include <QWizardPage>
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

QColor brandHeaderColor(const QColor &base)
{
    const QColor accent(brand().accentColor());
    if (!accent.isValid())
        return {};
    // 12% accent over the page colour keeps the header's text readable in light and dark themes.
    const auto mix = [](int a, int b) { return (a * 12 + b * 88) / 100; };
    return QColor(mix(accent.red(), base.red()), mix(accent.green(), base.green()), mix(accent.blue(), base.blue()));
}

void applyBrand(QWizard &wizard)
{
    wizard.setPixmap(QWizard::LogoPixmap, brandLogo(48));
    const QPalette normal = wizard.palette();
    const QColor header = brandHeaderColor(normal.color(QPalette::Base));
    if (!header.isValid())
        return;
    // The page header fills with the Base colour (a banner pixmap would fix the window's width): tint it,
    // and give the pages back the normal colours.
    QPalette tinted = normal;
    tinted.setColor(QPalette::Base, header);
    wizard.setPalette(tinted);
    for (const int id : wizard.pageIds()) {
        QPalette page = wizard.page(id)->palette();
        page.setColor(QPalette::Base, normal.color(QPalette::Base)); // set, so it no longer follows the wizard's
        wizard.page(id)->setPalette(page);
    }
}

} // namespace ui
} // namespace wd
