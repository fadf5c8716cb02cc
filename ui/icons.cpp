#include "ui/icons.h"
#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyle>
#include <cmath>
#include <functional>

namespace wd {
namespace ui {
namespace {

bool darkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

// Paints on demand at the exact requested size, so icons stay sharp on high-DPI screens.
class DrawnIconEngine final : public QIconEngine {
public:
    using PaintFn = std::function<void(QPainter &, const QRectF &)>;
    explicit DrawnIconEngine(PaintFn fn) : m_fn(std::move(fn)) {}
    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            p->setOpacity(0.45);
        m_fn(*p, QRectF(rect));
        p->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm = pixmap(size * scale, mode, state);
        pm.setDevicePixelRatio(scale);
        return pm;
    }
    QIconEngine *clone() const override { return new DrawnIconEngine(m_fn); }

private:
    PaintFn m_fn;
};

void glyph(QPainter &p, const QRectF &r, const QString &text, const QColor &c, double scale = 0.62)
{
    QFont f = QApplication::font();
    f.setBold(true);
    f.setPixelSize(std::max(6, int(r.height() * scale)));
    p.setFont(f);
    p.setPen(c);
    p.drawText(r, Qt::AlignCenter, text);
}

} // namespace

QColor severityColor(Severity s, bool dark)
{
    switch (s) {
    case Severity::Info: return dark ? QColor(0x58a6ff) : QColor(0x0969da);
    case Severity::Warning: return dark ? QColor(0xd29922) : QColor(0xbf8700);
    case Severity::Error: return dark ? QColor(0xf85149) : QColor(0xcf222e);
    case Severity::Critical: return dark ? QColor(0xff7b72) : QColor(0x8b0f1f);
    }
    return {};
}

QIcon severityIcon(Severity s)
{
    const QColor c = severityColor(s, darkPalette());
    return QIcon(new DrawnIconEngine([s, c](QPainter &p, const QRectF &rect) {
        const QRectF r = rect.adjusted(rect.width() * 0.06, rect.height() * 0.06, -rect.width() * 0.06, -rect.height() * 0.06);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        switch (s) {
        case Severity::Info:
            p.drawEllipse(r);
            glyph(p, r, QStringLiteral("i"), Qt::white);
            break;
        case Severity::Warning: {
            QPainterPath tri;
            tri.moveTo(r.center().x(), r.top());
            tri.lineTo(r.right(), r.bottom());
            tri.lineTo(r.left(), r.bottom());
            tri.closeSubpath();
            p.drawPath(tri);
            glyph(p, r.adjusted(0, r.height() * 0.22, 0, 0), QStringLiteral("!"), Qt::white, 0.55);
            break;
        }
        case Severity::Error:
            p.drawEllipse(r);
            glyph(p, r, QStringLiteral("\u00D7"), Qt::white, 0.8);
            break;
        case Severity::Critical: {
            QPolygonF oct;
            for (int i = 0; i < 8; ++i) {
                const double a = (22.5 + 45.0 * i) * 3.14159265358979 / 180.0;
                oct << QPointF(r.center().x() + r.width() / 2 * std::cos(a), r.center().y() + r.height() / 2 * std::sin(a));
            }
            p.drawPolygon(oct);
            glyph(p, r, QStringLiteral("!!"), Qt::white, 0.55);
            break;
        }
        }
    }));
}

QIcon healthyIcon()
{
    const QColor c = darkPalette() ? QColor(0x3fb950) : QColor(0x1a7f37);
    return QIcon(new DrawnIconEngine([c](QPainter &p, const QRectF &rect) {
        const QRectF r = rect.adjusted(rect.width() * 0.06, rect.height() * 0.06, -rect.width() * 0.06, -rect.height() * 0.06);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(r);
        QPainterPath check;
        check.moveTo(r.left() + r.width() * 0.27, r.top() + r.height() * 0.52);
        check.lineTo(r.left() + r.width() * 0.44, r.top() + r.height() * 0.68);
        check.lineTo(r.left() + r.width() * 0.74, r.top() + r.height() * 0.34);
        p.setPen(QPen(Qt::white, std::max(1.5, r.width() * 0.11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(check);
    }));
}

QIcon shieldIcon()
{
    const QIcon styled = QApplication::style()->standardIcon(QStyle::SP_VistaShield);
    if (!styled.isNull() && !styled.availableSizes().isEmpty())
        return styled;
    // Styles other than the Windows one have no shield: draw the UAC colours (blue / yellow quarters).
    return QIcon(new DrawnIconEngine([](QPainter &p, const QRectF &rect) {
        const QRectF r = rect.adjusted(rect.width() * 0.12, rect.height() * 0.06, -rect.width() * 0.12, -rect.height() * 0.04);
        QPainterPath shield;
        shield.moveTo(r.center().x(), r.top());
        shield.lineTo(r.right(), r.top() + r.height() * 0.16);
        shield.cubicTo(r.right(), r.top() + r.height() * 0.62, r.center().x() + r.width() * 0.2, r.bottom() - r.height() * 0.1,
                       r.center().x(), r.bottom());
        shield.cubicTo(r.center().x() - r.width() * 0.2, r.bottom() - r.height() * 0.1, r.left(), r.top() + r.height() * 0.62,
                       r.left(), r.top() + r.height() * 0.16);
        shield.closeSubpath();
        p.setClipPath(shield);
        const QPointF c(r.center().x(), r.top() + r.height() * 0.45);
        p.fillRect(QRectF(r.topLeft(), c), QColor(0x1f6fd1));
        p.fillRect(QRectF(QPointF(c.x(), r.top()), QPointF(r.right(), c.y())), QColor(0xf2c100));
        p.fillRect(QRectF(QPointF(r.left(), c.y()), QPointF(c.x(), r.bottom())), QColor(0xf2c100));
        p.fillRect(QRectF(c, r.bottomRight()), QColor(0x1f6fd1));
        p.setClipping(false);
        p.setPen(QPen(QColor(0x3c3c3c), std::max(1.0, r.width() * 0.05)));
        p.setBrush(Qt::NoBrush);
        p.drawPath(shield);
    }));
}

} // namespace ui
} // namespace wd
