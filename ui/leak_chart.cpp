#include "ui/leak_chart.h"
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace wd {
namespace ui {

LeakChartView *createPainterLeakChart(LeakModel *model, QWidget *parent);
#if WD_HAVE_QTCHARTS
LeakChartView *createChartsLeakChart(LeakModel *model, QWidget *parent);
#endif

LeakChartView::LeakChartView(LeakModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    connect(model, &LeakModel::changed, this, [this]() { refresh(); });
}

void LeakChartView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(e);
}

bool chartsBackendAvailable()
{
    return WD_HAVE_QTCHARTS != 0;
}

LeakChartView *createLeakChart(LeakModel *model, ChartBackend backend, QWidget *parent)
{
#if WD_HAVE_QTCHARTS
    if (backend != ChartBackend::Painter)
        return createChartsLeakChart(model, parent);
#else
    Q_UNUSED(backend);
#endif
    return createPainterLeakChart(model, parent);
}

QColor seriesColor(int index, bool dark)
{
    static const QRgb light[] = {0xd1242f, 0x0969da, 0x1a7f37, 0x8250df, 0xbf8700, 0x1b7c83, 0x6e7781};
    static const QRgb darkc[] = {0xff7b72, 0x58a6ff, 0x3fb950, 0xbc8cff, 0xd29922, 0x39c5cf, 0x8b949e};
    const int i = index % 7;
    return QColor(dark ? darkc[i] : light[i]);
}

LeakMonitorWidget::LeakMonitorWidget(std::shared_ptr<LeakSampler> sampler, ChartBackend backend, QWidget *parent)
    : QWidget(parent), m_model(new LeakModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_unavailable = new QLabel;
    m_unavailable->setWordWrap(true);
    m_unavailable->setObjectName(QStringLiteral("leakUnavailable"));
    m_chart = createLeakChart(m_model, backend, this);
    m_chart->setMinimumHeight(220);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("leakStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton;
    m_pause->setObjectName(QStringLiteral("leakPause"));
    m_pause->setCheckable(true);
    m_export = new QPushButton;
    m_export->setObjectName(QStringLiteral("leakExport"));
    buttons->addWidget(m_pause);
    buttons->addWidget(m_export);
    buttons->addStretch();
    layout->addWidget(m_unavailable);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &LeakMonitorWidget::sampleOnce);
    connect(m_pause, &QPushButton::toggled, this, &LeakMonitorWidget::setPaused);
    connect(m_export, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the leak monitor data"), QStringLiteral("leak-monitor.csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        const QString err = exportCsv(path);
        if (!err.isEmpty())
            QMessageBox::warning(this, tr("Export"), err);
    });
    connect(m_model, &LeakModel::changed, this, &LeakMonitorWidget::updateStatus);
    retranslate();
    setSampler(std::move(sampler));
}

void LeakMonitorWidget::setSampler(std::shared_ptr<LeakSampler> sampler)
{
    stop();
    m_sampler = std::move(sampler);
    m_model->clear();
    const QString why = m_sampler ? m_sampler->unavailableReason() : tr("No sampler.");
    m_available = why.isEmpty();
    m_unavailable->setText(why.isEmpty() ? QString() : tr("The leak monitor is not available: %1").arg(why));
    m_unavailable->setVisible(!m_available);
    m_chart->setVisible(m_available);
    m_pause->setEnabled(m_available);
    m_export->setEnabled(m_available);
    if (m_available) {
        m_model->addSamples(m_sampler->backlog());
        m_timer->setInterval(m_sampler->intervalMs());
    }
    updateStatus();
}

void LeakMonitorWidget::start()
{
    if (m_available && !m_timer->isActive())
        m_timer->start();
}

void LeakMonitorWidget::stop()
{
    m_timer->stop();
}

void LeakMonitorWidget::setPaused(bool paused)
{
    m_model->setPaused(paused);
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    updateStatus();
}

QString LeakMonitorWidget::exportCsv(const QString &path) const
{
    QSaveFile f(path);
    const QByteArray bytes = m_model->toCsv().toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return tr("Cannot write %1: %2").arg(path, f.errorString());
    return {};
}

QString LeakMonitorWidget::statusText() const
{
    return m_status->text();
}

void LeakMonitorWidget::sampleOnce()
{
    if (!m_sampler || m_model->isPaused())
        return;
    Expected<LeakSample> s = m_sampler->sample();
    if (!s) {
        m_status->setText(s.error().toString());
        return;
    }
    m_model->addSample(*s);
}

void LeakMonitorWidget::updateStatus()
{
    if (!m_available) {
        m_status->clear();
        return;
    }
    QString text = m_model->summary();
    if (m_model->isPaused())
        text = tr("Paused.") + QLatin1Char(' ') + text;
    m_status->setText(text);
}

void LeakMonitorWidget::retranslate()
{
    m_pause->setText(m_model->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_pause->setAccessibleName(tr("Pause or resume sampling"));
    m_export->setText(tr("&Export CSV..."));
    m_export->setAccessibleName(tr("Export the samples as CSV"));
    m_chart->setAccessibleName(tr("Handle counts of the top processes and nonpaged pool over time"));
    if (m_sampler && !m_available)
        m_unavailable->setText(tr("The leak monitor is not available: %1").arg(m_sampler->unavailableReason()));
    updateStatus();
}

void LeakMonitorWidget::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(e);
}

} // namespace ui
} // namespace wd
