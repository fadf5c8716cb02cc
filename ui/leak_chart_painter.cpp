// The compact QPainter plot of the leak model, for builds without Qt Charts (the mingw lane).
#include "ui/leak_chart.h"
#include <QPainter>
#include <QPainterPath>
#include <QPaintEvent>
#include <algorithm>
#include <cmath>

namespace wd {
namespace ui {
namespace {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

// "Nice" axis maximum: 1, 2, 2.5 or 5 times a power of ten.
double niceCeil(double v)
{
    if (v <= 0)
        return 1;
    const double e = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * e >= v)
            return m * e;
    return 10 * e;
}

class PainterLeakChart final : public LeakChartView {
public:
    PainterLeakChart(LeakModel *model, QWidget *parent) : LeakChartView(model, parent)
    {
        setMinimumSize(320, 200);
        setAttribute(Qt::WA_OpaquePaintEvent);
        setFocusPolicy(Qt::StrongFocus);
        refresh();
    }
    QString backendName() const override { return QStringLiteral("painter"); }
    QStringList plottedSeries() const override { return m_names; }
    int plottedPoints() const override { return m_points; }
    void refresh() override
    {
        m_keys = m_model->topProcesses();
        m_names = m_keys;
        m_points = 0;
        for (const QString &k : std::as_const(m_keys))
            m_points += int(m_model->handleSeries(k).size());
        if (m_model->hasPool()) {
            m_names.append(QCoreApplication::translate("wd::ui::LeakChartView", "Nonpaged pool (MiB)"));
            m_points += int(m_model->poolSeries().size());
        }
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QPalette pal = palette();
        const bool dark = isDark(pal);
        p.fillRect(rect(), pal.color(QPalette::Base));
        const QFontMetrics fm(font());
        const int lh = fm.height();
        // Legend on top, then the handles pane (2/3) and the pool pane (1/3).
        int x = 8;
        int y = 4;
        int legendRows = 1;
        for (int i = 0; i < m_names.size(); ++i) {
            const int w = fm.horizontalAdvance(m_names[i]) + 28;
            if (x + w > width() - 8 && x > 8) {
                x = 8;
                y += lh + 2;
                ++legendRows;
            }
            const bool pool = i >= m_keys.size();
            QPen pen(pool ? pal.color(QPalette::Text) : seriesColor(i, dark), 2, pool ? Qt::DashLine : Qt::SolidLine);
            p.setPen(pen);
            p.drawLine(x, y + lh / 2, x + 18, y + lh / 2);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(x + 22, y + fm.ascent(), m_names[i]);
            x += w;
        }
        const int top = 8 + legendRows * (lh + 2);
        const int bottom = height() - lh - 6;
        const bool pool = m_model->hasPool();
        const int split = pool ? top + (bottom - top) * 2 / 3 : bottom;
        const double tMax = std::max(1.0, m_model->maxSeconds());
        double tMin = tMax;
        for (const LeakSample &s : m_model->samples())
            tMin = std::min(tMin, double(s.msecs) / 1000.0);
        if (m_model->samples().isEmpty())
            tMin = 0;
        const int left = fm.horizontalAdvance(QStringLiteral("000000")) + 8;
        const QRect handlesRect(left, top, width() - left - 10, split - top - (pool ? lh : 0));
        QList<QList<QPointF>> series;
        double hMax = 0;
        for (const QString &k : std::as_const(m_keys)) {
            series.append(m_model->handleSeries(k));
            for (const QPointF &pt : series.last())
                hMax = std::max(hMax, pt.y());
        }
        drawPane(p, handlesRect, tMin, tMax, 0, niceCeil(hMax * 1.05), series, false, QCoreApplication::translate("wd::ui::LeakChartView", "Handles"));
        if (pool) {
            const QRect poolRect(left, split + 4, width() - left - 10, bottom - split - 8);
            const QList<QPointF> ps = m_model->poolSeries();
            double pMax = 0, pMin = 1e300;
            for (const QPointF &pt : ps) {
                pMax = std::max(pMax, pt.y());
                pMin = std::min(pMin, pt.y());
            }
            const double lo = std::max(0.0, std::floor(pMin * 0.95));
            drawPane(p, poolRect, tMin, tMax, lo, std::max(lo + 1, std::ceil(pMax * 1.02)), {ps}, true, QCoreApplication::translate("wd::ui::LeakChartView", "Nonpaged pool (MiB)"));
        }
        p.setPen(pal.color(QPalette::PlaceholderText));
        const QString axis = QCoreApplication::translate("wd::ui::LeakChartView", "Time (s)");
        p.drawText(QRect(0, bottom, width() - 10, lh + 4), Qt::AlignRight | Qt::AlignVCenter,
                   axis + QStringLiteral("  %1 - %2").arg(qRound64(tMin)).arg(qRound64(tMax)));
        if (hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
            p.drawRect(rect().adjusted(1, 1, -2, -2));
        }
    }

private:
    void drawPane(QPainter &p, const QRect &r, double t0, double t1, double y0, double y1, const QList<QList<QPointF>> &series,
                  bool pool, const QString &label)
    {
        const QPalette pal = palette();
        const bool dark = isDark(pal);
        const QFontMetrics fm(font());
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.drawRect(r);
        for (int i = 1; i < 4; ++i) {
            const int gy = r.bottom() - r.height() * i / 4;
            p.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
            p.drawLine(r.left(), gy, r.right(), gy);
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, r.top() - 2, r.left() - 4, fm.height()), Qt::AlignRight, QString::number(qRound64(y1)));
        p.drawText(QRect(0, r.bottom() - fm.height() + 2, r.left() - 4, fm.height()), Qt::AlignRight, QString::number(qRound64(y0)));
        p.drawText(r.adjusted(6, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, label);
        const double dt = std::max(1e-9, t1 - t0), dy = std::max(1e-9, y1 - y0);
        p.save();
        p.setClipRect(r.adjusted(1, 1, -1, -1));
        int idx = 0;
        for (const QList<QPointF> &s : series) {
            QPainterPath path;
            for (int i = 0; i < s.size(); ++i) {
                const QPointF pt(r.left() + (s[i].x() - t0) / dt * r.width(), r.bottom() - (s[i].y() - y0) / dy * r.height());
                if (i == 0)
                    path.moveTo(pt);
                else
                    path.lineTo(pt);
            }
            p.setPen(QPen(pool ? pal.color(QPalette::Text) : seriesColor(idx, dark), 2, pool ? Qt::DashLine : Qt::SolidLine));
            p.drawPath(path);
            ++idx;
        }
        p.restore();
    }

    QStringList m_keys;
    QStringList m_names;
    int m_points = 0;
};

} // namespace

LeakChartView *createPainterLeakChart(LeakModel *model, QWidget *parent)
{
    return new PainterLeakChart(model, parent);
}

} // namespace ui
} // namespace wd
