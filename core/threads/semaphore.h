// core/threads: Semaphore and BoundedSemaphore, Python's threading.Semaphore and
// threading.BoundedSemaphore.
//
// A Semaphore holds a count of free permits. acquire() takes one, blocking (up to a timeout,
// through the semaphore's Clock) while there is none; release(n) returns n. The semaphore is fair:
// blocked threads get permits in the order they began to wait, because release() hands a permit
// straight to the longest waiter instead of raising the count, so a thread arriving later cannot
// take it first.
//
// Errors, worded like CPython's: create() with a negative value, "semaphore initial value must
// be >= 0"; release(0), "n must be one or more"; a BoundedSemaphore released above its initial
// value, "Semaphore released too many times" (all ValueErrors).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

#include "core/clock/clock.h"
#include "core/error.h"
#include "core/threads/wait_queue.h"

namespace asyncplay::threads {

class Semaphore {
 public:
  explicit Semaphore(std::size_t value = 1, const clock::Clock& clock = clock::default_clock())
      : clock_(clock), value_(value) {}
  Semaphore(const Semaphore&) = delete;
  Semaphore& operator=(const Semaphore&) = delete;

  // Checks a Python-supplied initial value.
  static Result<std::unique_ptr<Semaphore>> create(
      std::int64_t value, const clock::Clock& clock = clock::default_clock());

  // With blocking false, only takes a free permit (and ignores `timeout`).
  bool acquire(bool blocking = true, std::optional<clock::Duration> timeout = std::nullopt);
  bool acquire_until(clock::TimePoint deadline);
  Status release(std::size_t n = 1);

  std::size_t value() const;    // free permits
  std::size_t waiters() const;  // threads blocked in acquire
  const clock::Clock& clock() const { return clock_; }

 protected:
  Semaphore(std::size_t value, std::size_t bound, const clock::Clock& clock)
      : clock_(clock), value_(value), bound_(bound) {}
  static Status check_initial(std::int64_t value);

 private:
  const clock::Clock& clock_;
  mutable std::mutex mu_;
  std::size_t value_;
  std::optional<std::size_t> bound_;  // BoundedSemaphore's initial value
  detail::WaitQueue waiters_;
};

class BoundedSemaphore : public Semaphore {
 public:
  explicit BoundedSemaphore(std::size_t value = 1,
                            const clock::Clock& clock = clock::default_clock())
      : Semaphore(value, value, clock) {}

  static Result<std::unique_ptr<BoundedSemaphore>> create(
      std::int64_t value, const clock::Clock& clock = clock::default_clock());
};

}  // namespace asyncplay::threads
