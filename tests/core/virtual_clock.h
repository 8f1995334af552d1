// Test helpers: a virtual clock that jumps to each deadline instead of waiting, and the calling
// thread's CPU time (to show that a waiting thread does not spin).
#pragma once

#include <atomic>
#include <chrono>
#include <ctime>
#include <optional>

#include "core/clock/clock.h"

namespace asyncplay::testing {

// Time stands still until someone waits for a deadline; then it jumps there. Waits without a
// deadline block for real (another thread must notify).
class VirtualClock final : public clock::Clock {
 public:
  clock::TimePoint now() const override { return clock::TimePoint(clock::Duration(ns_.load())); }
  bool wait_until(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                  clock::TimePoint deadline) const override {
    if (deadline == clock::kNever) {
      cv.wait(lock);
      return true;
    }
    advance_to(deadline);
    return false;
  }
  void sleep_until(clock::TimePoint deadline) const override { advance_to(deadline); }
  void advance(clock::Duration d) { advance_to(now() + d); }

 private:
  void advance_to(clock::TimePoint t) const {
    auto target = t.time_since_epoch().count();
    auto cur = ns_.load();
    while (cur < target && !ns_.compare_exchange_weak(cur, target)) {
    }
  }
  mutable std::atomic<clock::Duration::rep> ns_{0};
};

inline std::optional<std::chrono::nanoseconds> thread_cpu_time() {
#if defined(CLOCK_THREAD_CPUTIME_ID) && !defined(__EMSCRIPTEN__)
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return std::nullopt;
  return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
#else
  return std::nullopt;
#endif
}

}  // namespace asyncplay::testing
