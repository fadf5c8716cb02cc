#include "ui/leak_model.h"
#include <QHash>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace wd {
namespace ui {

namespace {
QString keyOf(const ProcessHandles &p)
{
    return QStringLiteral("%1 (%2)").arg(p.name).arg(p.pid);
}

// Small deterministic noise without a random generator: the demo and the tests stay reproducible.
qint64 wobble(int i, int seed, int amplitude)
{
    const double v = std::sin(double(i) * 0.7 + seed) + 0.5 * std::sin(double(i) * 1.9 + seed * 3);
    return qint64(std::lround(v * amplitude / 1.5));
}
} // namespace

// ---- samplers ------------------------------------------------------------------------------------------------

RecordedLeakSampler::RecordedLeakSampler(int backlogSamples, int intervalMs) : m_backlog(backlogSamples), m_interval(intervalMs) {}

LeakSample RecordedLeakSampler::recorded(int i)
{
    LeakSample s;
    s.msecs = qint64(i) * 5000;
    s.processes = {
        {1840, QStringLiteral("NetShieldSvc.exe"), 2100 + 38LL * i + wobble(i, 1, 25)},
        {4, QStringLiteral("System"), 5200 + wobble(i, 2, 60)},
        {1024, QStringLiteral("svchost.exe"), 3150 + wobble(i, 3, 40)},
        {5312, QStringLiteral("explorer.exe"), 2650 + wobble(i, 4, 30)},
        {7788, QStringLiteral("msedge.exe"), 1900 + wobble(i, 5, 120)},
        {612, QStringLiteral("lsass.exe"), 1450 + wobble(i, 6, 10)},
    };
    // Nonpaged pool: 210 MiB, growing ~0.35 MiB per sample with the leaking driver-backed handles.
    s.nonpagedPoolBytes = qint64((210.0 + 0.35 * i) * 1048576.0) + wobble(i, 7, 400000);
    return s;
}

QList<LeakSample> RecordedLeakSampler::backlog()
{
    QList<LeakSample> out;
    for (; m_next < m_backlog; ++m_next)
        out.append(recorded(m_next));
    return out;
}

Expected<LeakSample> RecordedLeakSampler::sample()
{
    return recorded(m_next++);
}

Expected<LeakSample> FakeLeakSampler::sample()
{
    const int i = m_calls++;
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    LeakSample s;
    s.msecs = qint64(i) * 1000;
    s.processes = {{100, QStringLiteral("leaky.exe"), 1000 + growth * i}, {200, QStringLiteral("steady.exe"), 3000 + (i % 2)}};
    s.nonpagedPoolBytes = 100 * 1048576LL;
    return s;
}

// ---- model ---------------------------------------------------------------------------------------------------

LeakModel::LeakModel(QObject *parent) : QObject(parent) {}

void LeakModel::setTopN(int n)
{
    m_topN = std::max(1, n);
    emit changed();
}

void LeakModel::setPaused(bool p)
{
    m_paused = p;
}

void LeakModel::clear()
{
    m_samples.clear();
    emit changed();
}

void LeakModel::addSample(const LeakSample &s)
{
    if (m_paused)
        return;
    m_samples.append(s);
    if (m_samples.size() > m_maxSamples)
        m_samples.remove(0, m_samples.size() - m_maxSamples);
    emit changed();
}

void LeakModel::addSamples(const QList<LeakSample> &list)
{
    if (m_paused || list.isEmpty())
        return;
    m_samples.append(list);
    if (m_samples.size() > m_maxSamples)
        m_samples.remove(0, m_samples.size() - m_maxSamples);
    emit changed();
}

QStringList LeakModel::topProcesses() const
{
    if (m_samples.isEmpty())
        return {};
    QList<ProcessHandles> latest = m_samples.last().processes;
    std::stable_sort(latest.begin(), latest.end(), [](const ProcessHandles &a, const ProcessHandles &b) { return a.handles > b.handles; });
    QStringList out;
    for (const ProcessHandles &p : latest) {
        if (out.size() >= m_topN)
            break;
        out.append(keyOf(p));
    }
    return out;
}

QList<QPointF> LeakModel::handleSeries(const QString &key) const
{
    QList<QPointF> out;
    for (const LeakSample &s : m_samples)
        for (const ProcessHandles &p : s.processes)
            if (keyOf(p) == key) {
                out.append(QPointF(double(s.msecs) / 1000.0, double(p.handles)));
                break;
            }
    return out;
}

QList<QPointF> LeakModel::poolSeries() const
{
    QList<QPointF> out;
    for (const LeakSample &s : m_samples)
        if (s.nonpagedPoolBytes >= 0)
            out.append(QPointF(double(s.msecs) / 1000.0, double(s.nonpagedPoolBytes) / 1048576.0));
    return out;
}

bool LeakModel::hasPool() const
{
    for (const LeakSample &s : m_samples)
        if (s.nonpagedPoolBytes >= 0)
            return true;
    return false;
}

GrowthThresholds LeakModel::handleThresholds()
{
    GrowthThresholds t;
    t.minSamples = 8;
    t.minSlopePerHour = 500;     // handles per hour
    t.minR2 = 0.8;
    t.minRelativeGrowth = 0.05;
    return t;
}

GrowthThresholds LeakModel::poolThresholds()
{
    GrowthThresholds t;
    t.minSamples = 8;
    t.minSlopePerHour = 20;      // MiB per hour
    t.minR2 = 0.8;
    t.minRelativeGrowth = 0.02;
    return t;
}

GrowthVerdict LeakModel::handleVerdict(const QString &key) const
{
    return detectGrowth(handleSeries(key), handleThresholds());
}

GrowthVerdict LeakModel::poolVerdict() const
{
    return detectGrowth(poolSeries(), poolThresholds());
}

QStringList LeakModel::growingProcesses() const
{
    QList<QPair<double, QString>> g;
    for (const QString &k : topProcesses()) {
        const GrowthVerdict v = handleVerdict(k);
        if (v.growing)
            g.append({v.slopePerHour, k});
    }
    std::sort(g.begin(), g.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (const auto &p : g)
        out.append(p.second);
    return out;
}

double LeakModel::maxSeconds() const
{
    return m_samples.isEmpty() ? 0.0 : double(m_samples.last().msecs) / 1000.0;
}

QString LeakModel::summary() const
{
    if (m_samples.size() < handleThresholds().minSamples)
        return tr("Collecting samples (%1 of at least %2)...").arg(m_samples.size()).arg(handleThresholds().minSamples);
    QStringList parts;
    for (const QString &k : growingProcesses()) {
        const GrowthVerdict v = handleVerdict(k);
        parts << tr("%1 gains about %2 handles per hour (R² %3): probably a handle leak.")
                     .arg(k)
                     .arg(qRound64(v.slopePerHour))
                     .arg(v.fit.r2, 0, 'f', 2);
    }
    const GrowthVerdict pool = poolVerdict();
    if (pool.growing)
        parts << tr("The nonpaged pool grows by about %1 MiB per hour (R² %2): a driver may be leaking kernel memory.")
                     .arg(pool.slopePerHour, 0, 'f', 1)
                     .arg(pool.fit.r2, 0, 'f', 2);
    if (parts.isEmpty())
        return tr("No steady growth detected.");
    return parts.join(QLatin1Char(' '));
}

QString LeakModel::toCsv() const
{
    QString out;
    QTextStream s(&out);
    const QStringList keys = topProcesses();
    s << "time_s,nonpaged_pool_bytes";
    for (const QString &k : keys) {
        QString q = k;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        s << ",\"" << q << '"';
    }
    s << '\n';
    for (const LeakSample &sm : m_samples) {
        s << QString::number(double(sm.msecs) / 1000.0, 'f', 3) << ',';
        if (sm.nonpagedPoolBytes >= 0)
            s << sm.nonpagedPoolBytes;
        for (const QString &k : keys) {
            s << ',';
            for (const ProcessHandles &p : sm.processes)
                if (keyOf(p) == k) {
                    s << p.handles;
                    break;
                }
        }
        s << '\n';
    }
    return out;
}

} // namespace ui
} // namespace wd
