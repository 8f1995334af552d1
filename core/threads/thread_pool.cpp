#include "core/threads/thread_pool.h"

#include <algorithm>
#include <mutex>
#include <thread>
#include <utility>

#include "core/threads/blocking_queue.h"
#include "core/threads/semaphore.h"

namespace asyncplay::threads {
namespace {

struct Job {
  std::function<void()> run;  // empty: the wake-up that tells a worker to look for shutdown
  std::function<void()> on_cancel;
};

}  // namespace

struct ThreadPool::Shared {
  Shared(std::size_t max, std::string prefix, Thread::Options opts, const clock::Clock& c)
      : max_workers(max),
        name_prefix(std::move(prefix)),
        options(opts),
        clock(c),
        queue(0, c),
        idle(0, c) {}

  const std::size_t max_workers;
  const std::string name_prefix;
  const Thread::Options options;
  const clock::Clock& clock;
  BlockingQueue<Job> queue;
  Semaphore idle;  // one permit per finished job: an idle worker, as CPython counts them
  mutable std::mutex mu;
  bool shutdown = false;                         // guarded by mu
  std::vector<std::unique_ptr<Thread>> workers;  // guarded by mu; fixed once shutdown is set
};

ThreadPool::ThreadPool(std::size_t max_workers, std::string name_prefix, Thread::Options options,
                       const clock::Clock& clock)
    : shared_(std::make_shared<Shared>(max_workers ? max_workers : default_max_workers(),
                                       std::move(name_prefix), options, clock)) {}

ThreadPool::~ThreadPool() {
  shutdown(true);
}

std::size_t ThreadPool::default_max_workers() {
  const std::size_t cpus = std::max(1u, std::thread::hardware_concurrency());
  return std::min<std::size_t>(32, cpus + 4);
}

Status ThreadPool::submit(std::function<void()> job) {
  return submit(std::move(job), nullptr);
}

Status ThreadPool::submit(std::function<void()> job, std::function<void()> on_cancel) {
  if (!job) job = [] {};  // an empty run means wake-up in the queue
  std::lock_guard<std::mutex> lock(shared_->mu);
  if (shared_->shutdown) {
    return Error(ErrorKind::kShutdown, "cannot schedule new futures after shutdown");
  }
  (void)shared_->queue.put(Job{std::move(job), std::move(on_cancel)});  // unbounded
  return adjust_thread_count();
}

Status ThreadPool::adjust_thread_count() {
  Shared& s = *shared_;
  if (s.idle.acquire(false)) return {};
  if (s.workers.size() >= s.max_workers) return {};
  auto worker = std::make_unique<Thread>(
      s.name_prefix + "_" + std::to_string(s.workers.size()), [shared = shared_] { work(shared); },
      s.options, s.clock);
  if (Status started = worker->start(); !started.ok()) return started;
  s.workers.push_back(std::move(worker));
  return {};
}

void ThreadPool::work(const std::shared_ptr<Shared>& shared) {
  for (;;) {
    Job job = shared->queue.get().value();  // waits forever: cannot fail
    if (job.run) {
      job.run();
      job = Job{};  // drop what the job captured before counting this worker idle
      (void)shared->idle.release();
      continue;
    }
    std::unique_lock<std::mutex> lock(shared->mu);
    if (shared->shutdown) {
      (void)shared->queue.put(Job{});  // pass the wake-up on to the next worker
      return;
    }
  }
}

void ThreadPool::shutdown(bool wait, bool cancel_pending) {
  std::vector<Job> dropped;
  std::vector<Thread*> workers;
  {
    std::lock_guard<std::mutex> lock(shared_->mu);
    shared_->shutdown = true;
    if (cancel_pending || shared_->workers.empty()) {  // with no worker nothing would run them
      while (Result<Job> job = shared_->queue.try_get()) {
        if (job->run) dropped.push_back(std::move(*job));
      }
    }
    (void)shared_->queue.put(Job{});
    for (auto& w : shared_->workers) workers.push_back(w.get());
  }
  for (Job& job : dropped) {
    if (job.on_cancel) job.on_cancel();
  }
  if (!wait) return;
  for (Thread* w : workers) (void)w->join();  // a worker shutting down its pool skips itself
}

std::vector<ThreadPool::WorkerInfo> ThreadPool::workers() const {
  std::lock_guard<std::mutex> lock(shared_->mu);
  std::vector<WorkerInfo> out;
  for (auto& w : shared_->workers) out.push_back({w->ident(), w->native_id(), w->name()});
  return out;
}

std::size_t ThreadPool::worker_count() const {
  std::lock_guard<std::mutex> lock(shared_->mu);
  return shared_->workers.size();
}

std::size_t ThreadPool::pending() const {
  std::size_t n = 0;
  shared_->queue.for_each([&](const Job& job) { n += job.run ? 1 : 0; });
  return n;
}

std::size_t ThreadPool::idle_workers() const {
  return shared_->idle.value();
}

std::size_t ThreadPool::max_workers() const {
  return shared_->max_workers;
}

bool ThreadPool::is_shutdown() const {
  std::lock_guard<std::mutex> lock(shared_->mu);
  return shared_->shutdown;
}

}  // namespace asyncplay::threads
