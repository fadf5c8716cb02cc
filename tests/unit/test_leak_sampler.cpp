// LeakSampler runs LiveApis::samplePerformance on its own thread and detects linear growth.
#include "support/perf_only_live_apis.h"
#include "support/test_util.h"
#include "platform/leak_sampler.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <atomic>
#include <catch2/catch.hpp>

using namespace wd;

namespace {
// Counters that grow by a fixed step per sample (a leak) or stay flat.
class FakeApis final : public test::PerfOnlyLiveApis {
public:
    explicit FakeApis(qint64 step) : m_step(step) {}
    Expected<LivePerfSample> samplePerformance() const override
    {
        const int n = m_calls++;
        threads.store(QThread::currentThread() != QCoreApplication::instance()->thread() ? 1 : 0);
        LivePerfSample s;
        s.time = QDateTime::currentDateTimeUtc();
        s.nonPagedPoolBytes = 100'000'000 + m_step * 1000 * n;
        s.processes.append({42, QStringLiteral("leaky.exe"), 1000 + m_step * n});
        return s;
    }
    mutable std::atomic<int> m_calls{0};
    mutable std::atomic<int> threads{-1};
    qint64 m_step;
};

void collect(LeakSampler &s, int count)
{
    s.start();
    QElapsedTimer t;
    t.start();
    while (s.samples().size() < count && t.elapsed() < 20000)
        QThread::msleep(5);
    s.stop();
}
} // namespace

TEST_CASE("LeakSampler samples off the calling thread and flags linear growth", "[live][leak]")
{
    FakeApis leaking(50);
    LeakSampler a(&leaking, 20);
    collect(a, 12);
    REQUIRE(a.samples().size() >= 12);
    CHECK(leaking.threads.load() == 1); // sampled in the worker thread
    CHECK(a.handleGrowthPerSecond() > 50.0);
    CHECK(a.poolGrowthPerSecond() > 64.0 * 1024);
    CHECK(a.looksLikeLeak());

    FakeApis flat(0);
    LeakSampler b(&flat, 20);
    collect(b, 12);
    REQUIRE(b.samples().size() >= 12);
    CHECK(b.handleGrowthPerSecond() == Approx(0.0).margin(1e-6));
    CHECK_FALSE(b.looksLikeLeak());
}
