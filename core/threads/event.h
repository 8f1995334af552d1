// core/threads: Event, Python's threading.Event.
//
// A flag that threads wait for. set() raises it and wakes every waiter; clear() lowers it.
// wait(timeout) returns true at once if the flag is up, otherwise blocks (through the Event's
// Clock) until a set() or the timeout, and returns whether a set() woke it: like CPython, a waiter
// woken by set() returns true even if another thread cleared the flag before it ran.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>

#include "core/clock/clock.h"

namespace asyncplay::threads {

class Event {
 public:
  explicit Event(const clock::Clock& clock = clock::default_clock()) : clock_(clock) {}
  Event(const Event&) = delete;
  Event& operator=(const Event&) = delete;

  void set();
  void clear();
  bool is_set() const;
  bool wait(std::optional<clock::Duration> timeout = std::nullopt);
  bool wait_until(clock::TimePoint deadline);

  std::size_t waiters() const;  // threads blocked in wait
  const clock::Clock& clock() const { return clock_; }

 private:
  const clock::Clock& clock_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool flag_ = false;
  std::uint64_t sets_ = 0;  // how many times set() raised the flag
  std::size_t waiters_ = 0;
};

}  // namespace asyncplay::threads
