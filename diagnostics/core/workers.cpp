#include "core/workers.h"
#include <QThread>
#include <openssl/crypto.h>
#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

namespace wd {

int defaultWorkerCount()
{
    return int(std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8));
}

void runWorkers(int threads, const std::function<void()> &worker)
{
    const int n = threads > 0 ? threads : defaultWorkerCount();
    std::vector<std::unique_ptr<QThread>> pool;
    for (int t = 1; t < n; ++t) {
        pool.emplace_back(QThread::create([&worker] {
            worker();
            OPENSSL_thread_stop();
        }));
        pool.back()->start();
    }
    worker();
    for (auto &t : pool)
        t->wait();
}

BackgroundTask::BackgroundTask(std::function<void()> task)
    : m_thread(QThread::create([task = std::move(task)] {
          task();
          OPENSSL_thread_stop();
      }))
{
    m_thread->start();
}

BackgroundTask::~BackgroundTask()
{
    m_thread->wait();
}

} // namespace wd
