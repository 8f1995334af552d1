// core/threads: Condition, Python's threading.Condition over a Mutex or a RecursiveMutex.
//
// The caller holds the lock around wait() and notify(). wait() queues the caller, releases the
// lock completely (a RecursiveMutex at any recursion level), blocks until notified or until the
// timeout passes, then re-acquires the lock as it was and returns whether it was notified.
// notify(n) wakes the n longest-waiting threads, in the order they began to wait (FIFO);
// a woken thread still has to re-acquire the lock before wait() returns.
//
// As in CPython, a Mutex counts as held when it is locked by any thread; a RecursiveMutex only
// when the caller owns it. Waiting or notifying without holding the lock returns
// "cannot wait on un-acquired lock" / "cannot notify on un-acquired lock".
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>

#include "core/clock/clock.h"
#include "core/error.h"
#include "core/threads/mutex.h"
#include "core/threads/wait_queue.h"

namespace asyncplay::threads {

class Condition {
 public:
  // Like threading.Condition(): over a RecursiveMutex of its own.
  explicit Condition(const clock::Clock& clock = clock::default_clock());
  explicit Condition(Mutex& lock, const clock::Clock& clock = clock::default_clock());
  explicit Condition(RecursiveMutex& lock, const clock::Clock& clock = clock::default_clock());
  Condition(const Condition&) = delete;
  Condition& operator=(const Condition&) = delete;

  // The underlying lock's acquire and release.
  bool acquire(bool blocking = true, std::optional<clock::Duration> timeout = std::nullopt);
  Status release();
  bool is_owned() const;  // whether wait() and notify() may be called now

  Result<bool> wait(std::optional<clock::Duration> timeout = std::nullopt);
  Result<bool> wait_until(clock::TimePoint deadline);

  // Waits until `predicate()` holds, as CPython's wait_for does: the predicate is checked first
  // and after every wake-up, and the timeout bounds the whole wait. Returns its last value.
  template <class Predicate>
  Result<bool> wait_for(Predicate predicate, std::optional<clock::Duration> timeout = std::nullopt);

  Status notify(std::size_t n = 1);
  Status notify_all();

  std::size_t waiters() const;  // threads queued in wait() and not yet notified
  Mutex* mutex() const { return mutex_; }
  RecursiveMutex* recursive_mutex() const { return rmutex_; }

 private:
  Result<std::size_t> release_save();
  void acquire_restore(std::size_t saved);

  const clock::Clock& clock_;
  std::unique_ptr<RecursiveMutex> own_;  // set by the default constructor only
  Mutex* mutex_ = nullptr;               // exactly one of mutex_ and rmutex_ is set
  RecursiveMutex* rmutex_ = nullptr;
  mutable std::mutex mu_;  // guards waiters_
  detail::WaitQueue waiters_;
};

template <class Predicate>
Result<bool> Condition::wait_for(Predicate predicate, std::optional<clock::Duration> timeout) {
  bool result = predicate();
  std::optional<clock::TimePoint> end;
  while (!result) {
    std::optional<clock::Duration> wait_time = timeout;
    if (timeout && !end) {
      end = clock::deadline_after(clock_.now(), *timeout);
    } else if (timeout) {
      wait_time = *end - clock_.now();
      if (*wait_time <= clock::Duration::zero()) break;
    }
    Result<bool> waited = wait(wait_time);
    if (!waited.ok()) return waited.error();
    result = predicate();
  }
  return result;
}

}  // namespace asyncplay::threads
