#include "ui/live_leak_sampler.h"
#include "platform/leak_sampler.h"
#include "platform/targets.h"
#include <QCoreApplication>

namespace wd {
namespace ui {

LiveLeakSampler::LiveLeakSampler(LiveApis *api, std::shared_ptr<void> keepAlive, int intervalMs)
    : m_keepAlive(std::move(keepAlive)), m_worker(std::make_unique<wd::LeakSampler>(api, intervalMs)),
      m_interval(intervalMs), m_start(QDateTime::currentDateTimeUtc())
{
    m_worker->start();
}

LiveLeakSampler::~LiveLeakSampler()
{
    m_worker->stop();
}

Expected<LeakSample> LiveLeakSampler::sample()
{
    const QList<LivePerfSample> all = m_worker->samples();
    if (all.isEmpty() || (m_last.isValid() && all.last().time <= m_last))
        return Error(ErrorKind::NotFound, QCoreApplication::translate("wd::ui::LiveLeakSampler",
                                                                      "Waiting for the next reading of the counters..."));
    const LivePerfSample &s = all.last();
    m_last = s.time;
    LeakSample out;
    out.msecs = m_start.msecsTo(s.time);
    out.nonpagedPoolBytes = s.nonPagedPoolBytes;
    for (const LiveProcessHandles &p : s.processes)
        out.processes.append({p.pid, p.name, p.handles});
    return out;
}

std::shared_ptr<LeakSampler> makeLiveLeakSampler()
{
    Expected<std::unique_ptr<SystemView>> view = openLiveSystem();
    if (!view)
        return std::make_shared<UnavailableLeakSampler>(view.error().message);
    LiveApis *api = (*view)->live();
    if (!api)
        return std::make_shared<UnavailableLeakSampler>(QCoreApplication::translate(
            "wd::ui::LiveLeakSampler", "This target does not provide live performance counters."));
    std::shared_ptr<SystemView> owner(std::move(*view));
    return std::make_shared<LiveLeakSampler>(api, owner);
}

} // namespace ui
} // namespace wd
