// core/threads: Barrier, Python's threading.Barrier.
//
// `parties` threads call wait(); the last to arrive runs the optional action and releases them
// all, and each wait() returns the caller's arrival index in that generation (0 .. parties-1).
// The barrier then drains (new arrivals block until every released thread has left) and refills
// for the next generation, exactly as CPython's state machine does: filling, draining,
// resetting, broken.
//
// The barrier breaks when a wait times out, when the action fails, or on abort(); every thread
// waiting then, and every later wait() until reset(), returns ErrorKind::kBrokenBarrier. The
// action's own error goes to the thread that ran it. reset() returns a barrier to its initial
// state; threads waiting at that moment get kBrokenBarrier. Timed waits go through the Clock.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>

#include "core/clock/clock.h"
#include "core/error.h"

namespace asyncplay::threads {

class Barrier {
 public:
  // `timeout` is the default for wait(); `action` runs on the releasing thread with the
  // barrier's internal lock held, like CPython's.
  explicit Barrier(std::size_t parties, std::optional<clock::Duration> timeout = std::nullopt,
                   std::function<Status()> action = nullptr,
                   const clock::Clock& clock = clock::default_clock());
  Barrier(const Barrier&) = delete;
  Barrier& operator=(const Barrier&) = delete;

  // nullopt means the barrier's default timeout (which may itself be nullopt: forever).
  Result<std::size_t> wait(std::optional<clock::Duration> timeout = std::nullopt);
  void reset();
  void abort();

  std::size_t parties() const { return parties_; }
  std::size_t n_waiting() const;  // threads blocked in wait, 0 while draining or broken
  bool broken() const;

 private:
  enum class State { kFilling, kDraining, kResetting, kBroken };

  Status enter(std::unique_lock<std::mutex>& lock);
  Status release_all();
  Status await_release(std::unique_lock<std::mutex>& lock, std::optional<clock::Duration> timeout);
  void leave();
  void break_barrier();

  const std::size_t parties_;
  const std::optional<clock::Duration> timeout_;
  const std::function<Status()> action_;
  const clock::Clock& clock_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  State state_ = State::kFilling;
  std::size_t count_ = 0;  // threads inside wait(), arriving or draining
};

}  // namespace asyncplay::threads
