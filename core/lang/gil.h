// core/lang: the global interpreter lock, as in CPython 3.11.
//
// One thread at a time runs Python code or touches objects: the one holding the GIL. A thread
// that wants it and does not get it within the switch interval (5 ms by default) sets a drop
// request; the holder notices at its next eval-breaker check (backward jumps and calls), releases
// the GIL and waits until another thread has taken it before asking again, so CPU-bound threads
// take turns. Blocking calls (time.sleep, lock acquire, join, queue get, an idle event loop)
// release the GIL around the wait with GilRelease.
//
// A program that never starts a thread takes the GIL once and never contends for it.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "core/clock/clock.h"

namespace asyncplay::lang {

class Gil {
 public:
  void acquire();
  void release();
  // True when another thread waits for the GIL beyond the switch interval (relaxed; polled).
  bool drop_requested() const { return drop_request_.load(std::memory_order_relaxed); }
  // Called by the holder when drop_requested(): lets a waiting thread run, then takes it back.
  void yield();

  clock::Duration switch_interval() const;
  void set_switch_interval(clock::Duration d);

  // Number of times the GIL changed hands (for tests and the trace).
  std::uint64_t switches() const;

 private:
  mutable std::mutex mutex_;
  std::condition_variable cv_;        // a waiter: the GIL was released
  std::condition_variable switched_;  // a yielding holder: someone else took it
  bool locked_ = false;
  std::uint64_t switches_ = 0;
  clock::Duration interval_ = std::chrono::milliseconds(5);
  std::atomic<bool> drop_request_{false};
};

Gil& gil();

// Releases the GIL for the lifetime of the scope (around a blocking wait): no object may be
// touched meanwhile.
class GilRelease {
 public:
  GilRelease() { gil().release(); }
  ~GilRelease() { gil().acquire(); }
  GilRelease(const GilRelease&) = delete;
  GilRelease& operator=(const GilRelease&) = delete;
};

}  // namespace asyncplay::lang
