// core/loop: Loop, the event loop.
//
// A Loop runs callbacks on the thread that calls run_*(), in the order CPython's asyncio does:
// each iteration (run_once) waits for the earliest timer or for a call from another thread when
// there is nothing ready, moves due timers to the back of the FIFO ready queue (equal deadlines
// in scheduling order), then runs exactly the callbacks that were ready when the iteration began;
// callbacks they schedule wait for the next iteration. An idle loop blocks on a condition
// variable until its next deadline; it never spins.
//
// A Loop is not thread-safe: only call_soon_threadsafe() may be called from other threads.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "core/clock/clock.h"
#include "core/error.h"
#include "core/loop/callback.h"

namespace asyncplay::loop {

using clock::Duration;
using clock::TimePoint;

template <class T>
class Future;
class TaskBase;

// A timer scheduled with call_later/call_at; cancel() before it fires and it never runs.
class TimerHandle {
 public:
  TimerHandle() = default;
  void cancel();
  bool cancelled() const;
  TimePoint when() const;
  explicit operator bool() const { return timer_ != nullptr; }

 private:
  friend class Loop;
  struct Timer;
  explicit TimerHandle(std::shared_ptr<Timer> timer) : timer_(std::move(timer)) {}
  std::shared_ptr<Timer> timer_;
};

// Called on the loop's thread around an idle wait, with none of the loop's locks held: an
// embedding interpreter releases its global lock in before_idle and takes it back in after_idle.
class IdleHooks {
 public:
  virtual ~IdleHooks() = default;
  virtual void before_idle() = 0;
  virtual void after_idle() = 0;
};

class Loop {
 public:
  explicit Loop(const clock::Clock& clock = clock::default_clock());
  ~Loop();
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  // The loop's idea of now, read through its clock.
  TimePoint time() const { return clock_.now(); }
  const clock::Clock& clock() const { return clock_; }

  void call_soon(Callback cb) { ready_.push_back(std::move(cb)); }
  TimerHandle call_later(Duration delay, Callback cb);
  TimerHandle call_at(TimePoint when, Callback cb);

  // Safe from any thread: queues `cb` and wakes the loop if it is idle.
  void call_soon_threadsafe(Callback cb);

  // Runs iterations until stop(). Fails if this thread already runs a loop.
  Status run_forever();
  // Runs until `future` is done and returns its outcome (defined in future.h).
  template <class T>
  Result<T> run_until_complete(Future<T> future);
  // One iteration, as described above; `block` false never waits.
  void run_once(bool block = true);
  // Hooks around idle waits (nullptr: none); not owned.
  void set_idle_hooks(IdleHooks* hooks) { idle_hooks_ = hooks; }

  // The running loop finishes its current iteration and returns.
  void stop() { stopping_ = true; }

  bool is_running() const { return running_; }
  // The loop running on the calling thread, or nullptr.
  static Loop* running();

  // Number of callbacks ready and timers pending (cancelled ones included until cleaned up).
  std::size_t ready_count() const { return ready_.size(); }
  std::size_t timer_count() const { return timers_.size(); }

  // Task bookkeeping, used by core/loop/task.h.
  TaskBase* current_task() const { return current_task_; }
  void set_current_task(TaskBase* task) { current_task_ = task; }
  void link_task(TaskBase* task);
  void unlink_task(TaskBase* task);
  template <class F>
  void for_each_task(F&& f) const;  // defined in task.h

 private:
  using TimerPtr = std::shared_ptr<TimerHandle::Timer>;
  static bool later(const TimerPtr& a, const TimerPtr& b);

  void collect_threadsafe(bool block, TimePoint deadline);
  void move_due_timers();
  void drop_cancelled_timers();

  const clock::Clock& clock_;
  std::vector<Callback> ready_;
  std::vector<Callback> running_batch_;
  std::vector<TimerPtr> timers_;  // a min-heap on (when, seq)
  std::uint64_t timer_seq_ = 0;
  std::size_t cancelled_timers_ = 0;
  bool stopping_ = false;
  bool running_ = false;
  TaskBase* current_task_ = nullptr;
  TaskBase* tasks_ = nullptr;  // intrusive list of live tasks

  std::mutex ts_mutex_;
  std::condition_variable ts_wakeup_;
  std::vector<Callback> ts_queue_;
  std::atomic<bool> ts_pending_{false};
  bool idle_ = false;  // guarded by ts_mutex_
  IdleHooks* idle_hooks_ = nullptr;

  friend class TimerHandle;
};

}  // namespace asyncplay::loop
