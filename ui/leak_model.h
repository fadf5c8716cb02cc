// Leak monitor data: a time series of the top-N processes by handle count plus the nonpaged pool, with
// growth detection (diagnostics/core/leak_analysis). One model, shown by either chart implementation.
#pragma once
#include "core/error.h"
#include "core/leak_analysis.h"
#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>
#include <memory>

namespace wd {
namespace ui {

struct ProcessHandles {
    quint32 pid = 0;
    QString name;       // "svchost.exe"
    qint64 handles = 0;
};

struct LeakSample {
    qint64 msecs = 0;              // milliseconds since the monitor started
    QList<ProcessHandles> processes;
    qint64 nonpagedPoolBytes = -1; // -1: unknown
};

// Source of samples. The live sampler comes from the Windows backend; others are for the demo and the tests.
class LeakSampler {
public:
    virtual ~LeakSampler() = default;
    // Empty when sampling works on this target, else a translated explanation shown instead of the chart.
    virtual QString unavailableReason() const = 0;
    virtual Expected<LeakSample> sample() = 0;
    virtual int intervalMs() const { return 1000; }
    // Samples to show at once (a recorded series); empty for live sampling.
    virtual QList<LeakSample> backlog() { return {}; }
};

// Sampler of a target that cannot be monitored (offline volume, report): says why.
class UnavailableLeakSampler final : public LeakSampler {
public:
    explicit UnavailableLeakSampler(QString reason) : m_reason(std::move(reason)) {}
    QString unavailableReason() const override { return m_reason; }
    Expected<LeakSample> sample() override { return Error(ErrorKind::Unsupported, m_reason); }

private:
    QString m_reason;
};

// The recorded series shown for the demo PC: one service leaks handles and the nonpaged pool grows.
class RecordedLeakSampler final : public LeakSampler {
public:
    explicit RecordedLeakSampler(int backlogSamples = 90, int intervalMs = 1000);
    QString unavailableReason() const override { return {}; }
    Expected<LeakSample> sample() override;
    int intervalMs() const override { return m_interval; }
    QList<LeakSample> backlog() override;
    static LeakSample recorded(int index); // deterministic sample INDEX (5 s apart in recorded time)

private:
    int m_backlog;
    int m_interval;
    int m_next = 0;
};

// Test sampler: returns queued samples, or a generated one (process "leaky.exe" grows by GROWTH per call).
class FakeLeakSampler final : public LeakSampler {
public:
    QString unavailableReason() const override { return {}; }
    Expected<LeakSample> sample() override;
    int intervalMs() const override { return m_interval; }
    void setIntervalMs(int ms) { m_interval = ms; }
    void enqueue(const LeakSample &s) { m_queue.append(s); }
    int calls() const { return m_calls; }
    qint64 growth = 50;

private:
    QList<LeakSample> m_queue;
    int m_interval = 20;
    int m_calls = 0;
};

class LeakModel : public QObject {
    Q_OBJECT
public:
    explicit LeakModel(QObject *parent = nullptr);

    void setTopN(int n);
    int topN() const { return m_topN; }
    void setMaxSamples(int n) { m_maxSamples = n; }
    void setPaused(bool p);
    bool isPaused() const { return m_paused; }
    void clear();

    // Ignored while paused. Emits changed().
    void addSample(const LeakSample &s);
    void addSamples(const QList<LeakSample> &list);
    qsizetype sampleCount() const { return m_samples.size(); }
    const QList<LeakSample> &samples() const { return m_samples; }

    // Process keys "name (pid)" of the top N by their latest handle count, highest first.
    QStringList topProcesses() const;
    QList<QPointF> handleSeries(const QString &key) const; // x = seconds, y = handles
    QList<QPointF> poolSeries() const;                     // x = seconds, y = MiB
    bool hasPool() const;
    GrowthVerdict handleVerdict(const QString &key) const;
    GrowthVerdict poolVerdict() const;
    // Keys of processes whose handle count grows steadily (sorted by slope).
    QStringList growingProcesses() const;
    QString summary() const; // translated one-line verdict
    QString toCsv() const;   // time_s,nonpaged_pool_bytes,<top processes...>
    double maxSeconds() const;

    static GrowthThresholds handleThresholds();
    static GrowthThresholds poolThresholds(); // on MiB values

signals:
    void changed();

private:
    QList<LeakSample> m_samples;
    int m_topN = 5;
    int m_maxSamples = 3600;
    bool m_paused = false;
};

} // namespace ui
} // namespace wd
