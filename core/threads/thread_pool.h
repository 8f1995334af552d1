// core/threads: ThreadPool, the worker threads behind concurrent.futures.ThreadPoolExecutor.
//
// submit() queues a job; jobs run in submission order on up to max_workers Threads named
// "<name_prefix>_<n>". Workers start lazily, as in CPython: a submit starts a new worker only when
// no worker is idle (each finished job makes its worker count as idle once) and fewer than
// max_workers exist. shutdown() refuses later submits with ErrorKind::kShutdown ("cannot schedule
// new futures after shutdown"); queued jobs still run unless cancel_pending drops them, and a
// dropped job's on_cancel runs instead, on the thread calling shutdown(). Every submitted job thus
// either runs or is cancelled. With wait, shutdown() returns once every worker has exited
// (a worker calling it does not wait for itself). The destructor is shutdown(true).
//
// The pool's bookkeeping is shared with its workers, so a job may even destroy its own pool.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/clock/clock.h"
#include "core/error.h"
#include "core/threads/thread.h"

namespace asyncplay::threads {

class ThreadPool {
 public:
  // max_workers 0 means default_max_workers(), like max_workers=None. CPython numbers its
  // default prefixes ThreadPoolExecutor-0, -1, ...; callers pass the next one.
  explicit ThreadPool(std::size_t max_workers = 0, std::string name_prefix = "ThreadPoolExecutor-0",
                      Thread::Options options = {},
                      const clock::Clock& clock = clock::default_clock());
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // min(32, cpu count + 4), as CPython computes it.
  static std::size_t default_max_workers();

  // Fails with kShutdown after shutdown(), or "can't start new thread" if a needed worker could
  // not start (the job stays queued for the workers there are; with none, shutdown cancels it).
  Status submit(std::function<void()> job);
  Status submit(std::function<void()> job, std::function<void()> on_cancel);

  // To get a loop::Future for a job's result, see loop::run_in_executor (core/loop/executor.h).

  void shutdown(bool wait = true, bool cancel_pending = false);

  struct WorkerInfo {
    std::uint64_t ident;
    std::uint64_t native_id;
    std::string name;
  };
  std::vector<WorkerInfo> workers() const;  // every worker started so far, in start order
  std::size_t worker_count() const;
  std::size_t pending() const;       // queued jobs not yet taken by a worker
  std::size_t idle_workers() const;  // CPython's idle count: finished jobs not yet reused
  std::size_t max_workers() const;
  bool is_shutdown() const;

 private:
  struct Shared;
  static void work(const std::shared_ptr<Shared>& shared);
  Status adjust_thread_count();  // called with Shared::mu held

  std::shared_ptr<Shared> shared_;
};

}  // namespace asyncplay::threads
