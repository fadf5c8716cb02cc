// The leak monitor on a running Windows: the live backend's sampler (its own thread, PDH counters)
// seen through the wizard's LeakSampler interface. sample() never blocks the GUI thread: it returns
// the newest sample the worker thread has taken.
#pragma once
#include "platform/live_apis.h"
#include "ui/leak_model.h"
#include <memory>

namespace wd {
class LeakSampler;
class SystemView;

namespace ui {

class LiveLeakSampler final : public LeakSampler {
public:
    // API must stay valid while this object lives; KEEPALIVE owns it (e.g. the live SystemView).
    LiveLeakSampler(LiveApis *api, std::shared_ptr<void> keepAlive, int intervalMs = 2000);
    ~LiveLeakSampler() override;
    QString unavailableReason() const override { return {}; }
    Expected<LeakSample> sample() override;
    int intervalMs() const override { return m_interval; }

private:
    std::shared_ptr<void> m_keepAlive;
    std::unique_ptr<wd::LeakSampler> m_worker;
    int m_interval;
    QDateTime m_start;
    QDateTime m_last;
};

// The sampler of "this PC": live on Windows, otherwise an UnavailableLeakSampler saying why.
std::shared_ptr<LeakSampler> makeLiveLeakSampler();

} // namespace ui
} // namespace wd
