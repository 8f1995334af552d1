#include "core/clock/clock.h"

#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

#include "core/config.h"

namespace asyncplay::clock {
namespace {

using Steady = std::chrono::steady_clock;

void (*g_spin_hook)() = nullptr;

#if !ASYNCPLAY_THREADS
constexpr Duration kSpinHookInterval = std::chrono::milliseconds(10);
#endif

class RealClock final : public Clock {
 public:
  TimePoint now() const override {
    return TimePoint(std::chrono::duration_cast<Duration>(Steady::now() - epoch_));
  }

  bool wait_until(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                  TimePoint deadline) const override {
#if !ASYNCPLAY_THREADS
    // Nobody else could notify `cv`: the wait lasts until the deadline (kNever: for good),
    // rounded up to a whole millisecond as epoll's timeout is (CPython's event loop waits so), so
    // that timers due within the same millisecond become due together, as they do there.
    (void)cv;
    (void)lock;
    if (deadline != kNever) {
      const TimePoint start = now();
      if (deadline > start) {
        constexpr Duration kMs = std::chrono::milliseconds(1);
        deadline = deadline_after(start, (deadline - start + kMs - Duration(1)) / kMs * kMs);
      }
    }
    spin_until(deadline);
    return false;
#endif
    if (deadline == kNever) {
      cv.wait(lock);
      return true;
    }
    return cv.wait_until(lock, to_steady(deadline)) == std::cv_status::no_timeout ||
           now() < deadline;
  }

  void sleep_until(TimePoint deadline) const override {
#if !ASYNCPLAY_THREADS
    spin_until(deadline);
    return;
#endif
    if (deadline == kNever) {
      for (;;) std::this_thread::sleep_for(std::chrono::hours(24));
    }
    std::this_thread::sleep_until(to_steady(deadline));
  }

 private:
#if !ASYNCPLAY_THREADS
  void spin_until(TimePoint deadline) const {
    if (g_spin_hook) g_spin_hook();
    TimePoint next_hook = deadline_after(now(), kSpinHookInterval);
    for (TimePoint t = now(); t < deadline; t = now()) {
      if (t >= next_hook) {
        if (g_spin_hook) g_spin_hook();
        next_hook = deadline_after(now(), kSpinHookInterval);
      }
    }
  }
#endif

  Steady::time_point to_steady(TimePoint t) const {
    return epoch_ + t.time_since_epoch();
  }

  Steady::time_point epoch_ = Steady::now();
};

std::atomic<Clock*> g_default{nullptr};

}  // namespace

Duration from_seconds(double seconds) {
  if (std::isnan(seconds) || seconds <= 0) return Duration::zero();
  constexpr double kMax = static_cast<double>(std::numeric_limits<Duration::rep>::max() / 2);
  const double ns = seconds * 1e9;
  return ns >= kMax ? Duration(static_cast<Duration::rep>(kMax)) : Duration(std::llround(ns));
}

TimePoint point_from_seconds(double seconds) {
  if (std::isnan(seconds)) return TimePoint();
  constexpr double kMax = static_cast<double>(std::numeric_limits<Duration::rep>::max() / 2);
  const double ns = seconds * 1e9;
  if (ns >= kMax) return TimePoint(Duration(static_cast<Duration::rep>(kMax)));
  if (ns <= -kMax) return TimePoint(Duration(-static_cast<Duration::rep>(kMax)));
  return TimePoint(Duration(std::llround(ns)));
}

TimePoint deadline_after(TimePoint now, Duration d) {
  if (d >= kNever - now) return kNever;
  return now + d;
}

Clock& real_clock() {
  static RealClock clock;
  return clock;
}

void set_spin_hook(void (*hook)()) {
  g_spin_hook = hook;
}

Clock& default_clock() {
  Clock* c = g_default.load(std::memory_order_acquire);
  return c ? *c : real_clock();
}

void set_default_clock(Clock* clock) {
  g_default.store(clock, std::memory_order_release);
}

}  // namespace asyncplay::clock
