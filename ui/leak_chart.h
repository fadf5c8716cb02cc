// The leak-monitor chart: one widget interface over LeakModel with two implementations, Qt Charts
// (leak_chart_charts.cpp, only where the build has Qt Charts) and a compact QPainter plot (leak_chart_painter.cpp).
#pragma once
#include "ui/leak_model.h"
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTimer;

namespace wd {
namespace ui {

enum class ChartBackend { Auto, Charts, Painter };

class LeakChartView : public QWidget {
    Q_OBJECT
public:
    explicit LeakChartView(LeakModel *model, QWidget *parent = nullptr);
    LeakModel *model() const { return m_model; }
    virtual QString backendName() const = 0;   // "qtcharts" | "painter"
    // What is on screen (for tests): series names and total points drawn, as of the last refresh.
    virtual QStringList plottedSeries() const = 0;
    virtual int plottedPoints() const = 0;
public slots:
    virtual void refresh() = 0;

protected:
    void changeEvent(QEvent *e) override; // language / palette changes re-label and re-colour the plot
    LeakModel *m_model;
};

bool chartsBackendAvailable();
// Auto: Qt Charts when built in, else the painter plot. Charts when unavailable falls back to the painter.
LeakChartView *createLeakChart(LeakModel *model, ChartBackend backend, QWidget *parent = nullptr);
QColor seriesColor(int index, bool dark);

// Chart + verdict + pause/export; pulls samples from a LeakSampler with a timer.
class LeakMonitorWidget : public QWidget {
    Q_OBJECT
public:
    LeakMonitorWidget(std::shared_ptr<LeakSampler> sampler, ChartBackend backend = ChartBackend::Auto, QWidget *parent = nullptr);
    void setSampler(std::shared_ptr<LeakSampler> sampler);
    LeakModel *model() const { return m_model; }
    LeakChartView *chart() const { return m_chart; }
    bool isAvailable() const { return m_available; }
    QString statusText() const;
    void start();
    void stop();
    void setPaused(bool paused);
    // Writes the CSV of the model; returns a translated error or "".
    QString exportCsv(const QString &path) const;

protected:
    void changeEvent(QEvent *e) override;

private:
    void sampleOnce();
    void retranslate();
    void updateStatus();

    std::shared_ptr<LeakSampler> m_sampler;
    LeakModel *m_model;
    LeakChartView *m_chart = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_unavailable = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_export = nullptr;
    QTimer *m_timer = nullptr;
    bool m_available = false;
};

} // namespace ui
} // namespace wd
