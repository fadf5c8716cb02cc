// The Qt Charts implementation of the leak chart (compiled only when the build has Qt Charts).
#include "ui/leak_chart.h"
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace wd {
namespace ui {
namespace {

class ChartsLeakChart final : public LeakChartView {
public:
    ChartsLeakChart(LeakModel *model, QWidget *parent) : LeakChartView(model, parent)
    {
        m_chart = new QChart;
        m_chart->legend()->setAlignment(Qt::AlignTop);
        m_chart->setMargins(QMargins(4, 4, 4, 4));
        m_chart->setAnimationOptions(QChart::NoAnimation);
        m_time = new QValueAxis;
        m_handles = new QValueAxis;
        m_pool = new QValueAxis;
        m_time->setLabelFormat(QStringLiteral("%d"));
        m_handles->setLabelFormat(QStringLiteral("%d"));
        m_pool->setLabelFormat(QStringLiteral("%.0f"));
        m_chart->addAxis(m_time, Qt::AlignBottom);
        m_chart->addAxis(m_handles, Qt::AlignLeft);
        m_chart->addAxis(m_pool, Qt::AlignRight);
        m_view = new QChartView(m_chart, this);
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setFocusPolicy(Qt::StrongFocus);
        auto *l = new QVBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_view);
        setFocusProxy(m_view);
        refresh();
    }
    QString backendName() const override { return QStringLiteral("qtcharts"); }
    QStringList plottedSeries() const override
    {
        QStringList out;
        for (QAbstractSeries *s : m_chart->series())
            out.append(s->name());
        return out;
    }
    int plottedPoints() const override
    {
        int n = 0;
        for (QAbstractSeries *s : m_chart->series())
            n += int(static_cast<QLineSeries *>(s)->count());
        return n;
    }
    void refresh() override
    {
        if (!m_view)
            return; // not constructed yet
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        if (dark != m_dark || m_names.isEmpty()) {
            // A theme change restyles every series: rebuild them below with our own pens.
            m_dark = dark;
            m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
            m_names.clear();
        }
        m_chart->setBackgroundBrush(palette().color(QPalette::Base));
        m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
        for (QValueAxis *a : {m_time, m_handles, m_pool}) {
            a->setLabelsColor(palette().color(QPalette::Text));
            a->setTitleBrush(palette().color(QPalette::Text));
        }
        m_time->setTitleText(QCoreApplication::translate("wd::ui::LeakChartView", "Time (s)"));
        m_handles->setTitleText(QCoreApplication::translate("wd::ui::LeakChartView", "Handles"));
        m_pool->setTitleText(QCoreApplication::translate("wd::ui::LeakChartView", "Nonpaged pool (MiB)"));
        const QStringList keys = m_model->topProcesses();
        const bool pool = m_model->hasPool();
        QStringList wanted = keys;
        if (pool)
            wanted.append(QCoreApplication::translate("wd::ui::LeakChartView", "Nonpaged pool (MiB)"));
        // Rebuild the series when the set of top processes changed; otherwise replace their points.
        if (wanted != m_names) {
            m_chart->removeAllSeries();
            m_names = wanted;
            for (int i = 0; i < wanted.size(); ++i) {
                auto *s = new QLineSeries;
                s->setName(wanted[i]);
                const bool isPool = pool && i == wanted.size() - 1;
                QPen pen(isPool ? palette().color(QPalette::Text) : seriesColor(i, dark), 2, isPool ? Qt::DashLine : Qt::SolidLine);
                s->setPen(pen);
                m_chart->addSeries(s);
                s->attachAxis(m_time);
                s->attachAxis(isPool ? m_pool : m_handles);
            }
        }
        const QList<QAbstractSeries *> all = m_chart->series();
        double hMax = 10, pMin = 1e300, pMax = 0;
        for (int i = 0; i < keys.size() && i < all.size(); ++i) {
            const QList<QPointF> pts = m_model->handleSeries(keys[i]);
            for (const QPointF &p : pts)
                hMax = std::max(hMax, p.y());
            static_cast<QLineSeries *>(all[i])->replace(pts);
        }
        if (pool && all.size() == keys.size() + 1) {
            const QList<QPointF> pts = m_model->poolSeries();
            for (const QPointF &p : pts) {
                pMin = std::min(pMin, p.y());
                pMax = std::max(pMax, p.y());
            }
            static_cast<QLineSeries *>(all.last())->replace(pts);
        }
        double tMin = 0;
        if (!m_model->samples().isEmpty())
            tMin = double(m_model->samples().first().msecs) / 1000.0;
        m_time->setRange(tMin, std::max(tMin + 1, m_model->maxSeconds()));
        m_handles->setRange(0, hMax * 1.1);
        m_handles->applyNiceNumbers();
        if (pMax > 0)
            m_pool->setRange(std::floor(pMin * 0.95), std::ceil(pMax * 1.02));
        m_pool->setVisible(pool);
    }

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QValueAxis *m_time = nullptr, *m_handles = nullptr, *m_pool = nullptr;
    QStringList m_names;
    bool m_dark = false;
};

} // namespace

LeakChartView *createChartsLeakChart(LeakModel *model, QWidget *parent)
{
    return new ChartsLeakChart(model, parent);
}

} // namespace ui
} // namespace wd
