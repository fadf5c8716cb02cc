#include "platform/leak_sampler.h"
#include <QMetaObject>

namespace wd {

LeakSampler::LeakSampler(LiveApis *api, int intervalMs, int maxSamples)
    : m_api(api), m_interval(std::max(intervalMs, 10)), m_max(std::max(maxSamples, 2))
{
    qRegisterMetaType<wd::LivePerfSample>("wd::LivePerfSample");
}

LeakSampler::~LeakSampler()
{
    stop();
}

void LeakSampler::start()
{
    if (m_thread.isRunning() || !m_api)
        return;
    m_timer = new QTimer;
    m_timer->setInterval(m_interval);
    m_timer->moveToThread(&m_thread);
    connect(m_timer, &QTimer::timeout, m_timer, [this]() { sampleNow(); }, Qt::DirectConnection);
    connect(&m_thread, &QThread::finished, m_timer, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_timer, [this]() {
        sampleNow();
        m_timer->start();
    }, Qt::QueuedConnection);
}

void LeakSampler::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_timer, [this]() { m_timer->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_timer = nullptr;
}

void LeakSampler::sampleNow()
{
    Expected<LivePerfSample> s = m_api->samplePerformance();
    if (!s) {
        emit failed(s.error().toString());
        return;
    }
    {
        QMutexLocker l(&m_mutex);
        m_samples.append(*s);
        while (m_samples.size() > m_max)
            m_samples.removeFirst();
    }
    emit sampled(*s);
}

QList<LivePerfSample> LeakSampler::samples() const
{
    QMutexLocker l(&m_mutex);
    return m_samples;
}

double LeakSampler::poolGrowthPerSecond() const
{
    QList<QDateTime> t;
    QList<qint64> v;
    for (const LivePerfSample &s : samples())
        if (s.nonPagedPoolBytes >= 0) {
            t.append(s.time);
            v.append(s.nonPagedPoolBytes);
        }
    return linearGrowthPerSecond(t, v);
}

double LeakSampler::handleGrowthPerSecond() const
{
    QList<QDateTime> t;
    QList<qint64> v;
    for (const LivePerfSample &s : samples())
        if (!s.processes.isEmpty()) {
            t.append(s.time);
            v.append(s.totalHandles());
        }
    return linearGrowthPerSecond(t, v);
}

bool LeakSampler::looksLikeLeak(double poolBytesPerSecond, double handlesPerSecond, int minSamples) const
{
    if (samples().size() < minSamples)
        return false;
    return poolGrowthPerSecond() > poolBytesPerSecond || handleGrowthPerSecond() > handlesPerSecond;
}

} // namespace wd
