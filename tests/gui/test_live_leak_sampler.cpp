// The wizard's live leak sampler takes the samples of the backend's worker thread (never blocking the
// GUI thread) and feeds the same model both charts draw.
#include "platform/live_apis.h"
#include "support/perf_only_live_apis.h"
#include "support/test_util.h"
#include "ui/leak_model.h"
#include "ui/live_leak_sampler.h"
#include <QElapsedTimer>
#include <QTest>
#include <atomic>
#include <catch2/catch.hpp>

using namespace wd;

namespace {
class GrowingApis final : public test::PerfOnlyLiveApis {
public:
    Expected<LivePerfSample> samplePerformance() const override
    {
        const int n = calls++;
        LivePerfSample s;
        s.time = QDateTime::currentDateTimeUtc();
        s.nonPagedPoolBytes = 200'000'000 + qint64(n) * 4'000'000;
        s.processes.append({7, QStringLiteral("leaky.exe"), 500 + qint64(n) * 400});
        s.processes.append({8, QStringLiteral("steady.exe"), 300});
        return s;
    }
    mutable std::atomic<int> calls{0};
};
} // namespace

TEST_CASE("live leak sampler: newest backend sample, no repeats, growth detected by the model", "[gui][leak][live]")
{
    auto apis = std::make_shared<GrowingApis>();
    ui::LiveLeakSampler sampler(apis.get(), apis, 25);
    CHECK(sampler.unavailableReason().isEmpty());
    ui::LeakModel model;
    QElapsedTimer t;
    t.start();
    int taken = 0, waits = 0;
    while (taken < 12 && t.elapsed() < 20000) {
        Expected<ui::LeakSample> s = sampler.sample();
        if (s) {
            ++taken;
            REQUIRE(s->processes.size() == 2);
            model.addSample(*s);
        } else {
            ++waits;
            CHECK(s.error().kind == ErrorKind::NotFound);
        }
        QTest::qWait(30);
    }
    REQUIRE(taken == 12);
    // Samples are strictly newer than the previous one: a repeat would have been refused.
    CHECK(apis->calls.load() >= 12);
    CHECK(model.summary().contains(QStringLiteral("leaky.exe")));
}

#ifndef Q_OS_WIN
TEST_CASE("live leak sampler: on Linux this PC cannot be monitored and the wizard says why", "[gui][leak][live]")
{
    std::shared_ptr<ui::LeakSampler> s = ui::makeLiveLeakSampler();
    CHECK_FALSE(s->unavailableReason().isEmpty());
    CHECK_FALSE(s->sample().ok());
}
#endif
