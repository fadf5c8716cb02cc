// Worker threads for the parallel parts of verification (catalog indexing, file verification).
#pragma once
#include <functional>
#include <memory>

class QThread;

namespace wd {

// One worker per core, at most 8.
int defaultWorkerCount();

// Runs WORKER on THREADS threads at once (0: defaultWorkerCount()): the calling thread and THREADS - 1
// native threads (QThread), and returns when all have returned. Each worker takes its own share of
// the work (e.g. from an atomic counter). No thread_local anywhere on these paths: on mingw,
// thread_local objects with destructors (emulated TLS) freed on native thread exit corrupted the heap
// under Wine; and each thread releases OpenSSL's per-thread state before it ends (a thread leaving
// OpenSSL's thread-locals to the DLL detach crashed under Wine).
void runWorkers(int threads, const std::function<void()> &worker);

// TASK on a thread of its own (same rules as the workers above), waited for by the destructor.
class BackgroundTask {
public:
    explicit BackgroundTask(std::function<void()> task);
    ~BackgroundTask();
    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;

private:
    std::unique_ptr<QThread> m_thread;
};

} // namespace wd
