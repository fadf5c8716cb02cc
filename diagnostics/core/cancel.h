// Cooperative cancellation and progress reporting for long work (scans, deep verification).
#pragma once
#include <QString>
#include <atomic>
#include <functional>

namespace wd {

class CancelToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false); }

private:
    std::atomic<bool> m_cancelled{false};
};

// Progress callback: check id, done, total (0 = unknown), short translated message.
// Called from worker threads; receivers must marshal to their own thread.
using ProgressFn = std::function<void(const QString &checkId, qint64 done, qint64 total, const QString &message)>;

} // namespace wd
