// Worker threads for the parallel parts of verification (catalog indexing, file verification).
#pragma once
#include <functional>

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

} // namespace wd
