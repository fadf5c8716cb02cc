#include "ui/theme.h"
#include "core/brand.h"
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>

namespace wd {
namespace ui {

bool systemPrefersDark()
{
#ifdef Q_OS_WIN
    const QSettings s(QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
                      QSettings::NativeFormat);
    return s.value(QStringLiteral("AppsUseLightTheme"), 1).toInt() == 0;
#else
    // Elsewhere the platform theme already follows the desktop; a dark window colour means a dark theme.
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
#endif
}

// The brand's accent colour (selection, progress bars, links), when the brand has one.
static void applyAccent(QApplication &app)
{
    const QColor accent(brand().accentColor());
    if (!accent.isValid())
        return;
    QPalette p = app.palette();
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, accent.lightness() > 150 ? Qt::black : Qt::white);
    p.setColor(QPalette::Link, accent);
    app.setPalette(p);
}

void applyTheme(QApplication &app, bool dark)
{
    if (!dark) {
        applyAccent(app);
        return;
    }
    // Fusion honours a custom palette on every platform (the native Windows style ignores most of it).
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x20, 0x23, 0x27), base(0x16, 0x18, 0x1c), text(0xe6, 0xed, 0xf3), mid(0x44, 0x4c, 0x56);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x96, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2d, 0x33, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3d, 0x44, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x39, 0x41));
    p.setColor(QPalette::Mid, mid);
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x14));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    app.setPalette(p);
    applyAccent(app);
}

} // namespace ui
} // namespace wd
