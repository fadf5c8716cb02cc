// LeakSampler: the leak monitor's data source. Samples LiveApis::samplePerformance() on a timer in
// its own thread (never the GUI thread), keeps the history and fits a line through it, so that a
// steadily growing non-paged pool or handle count (a driver or LSP leak) can be shown and reported.
#pragma once
#include "platform/live_apis.h"
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace wd {

class LeakSampler : public QObject {
    Q_OBJECT
public:
    // API must outlive the sampler. INTERVAL_MS between samples; at most MAX_SAMPLES are kept.
    explicit LeakSampler(LiveApis *api, int intervalMs = 2000, int maxSamples = 1800);
    ~LeakSampler() override;

    void start();   // starts the worker thread and the timer (first sample at once)
    void stop();    // stops and joins the worker thread

    QList<LivePerfSample> samples() const;
    // Least-squares growth of the non-paged pool (bytes/s) and of all handles (handles/s).
    double poolGrowthPerSecond() const;
    double handleGrowthPerSecond() const;
    // Linear growth over at least MIN_SAMPLES samples faster than the thresholds.
    bool looksLikeLeak(double poolBytesPerSecond = 64.0 * 1024, double handlesPerSecond = 50.0, int minSamples = 10) const;

signals:
    void sampled(const wd::LivePerfSample &sample);
    void failed(const QString &message);

private:
    void sampleNow();

    LiveApis *m_api;
    int m_interval;
    int m_max;
    QThread m_thread;
    QTimer *m_timer = nullptr; // lives in m_thread
    mutable QMutex m_mutex;
    QList<LivePerfSample> m_samples;
};

} // namespace wd
