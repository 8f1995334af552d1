// core/clock: where every part of the engine reads the time and waits for it.
//
// The event loop's timers and every timed wait in core/threads read time through a Clock and block
// through it, never through std::chrono directly. The default is the real monotonic clock; a
// virtual clock (deterministic runs) can replace it later without touching callers.
//
// Time points count nanoseconds from the clock's own epoch (for the real clock: when the process
// first asked for the time), so they print as small numbers and convert to Python's float seconds.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace asyncplay::clock {

class Clock;
using Duration = std::chrono::nanoseconds;
using TimePoint = std::chrono::time_point<Clock, Duration>;

// A deadline that never comes: waits with it block until notified.
inline constexpr TimePoint kNever = TimePoint::max();

inline double to_seconds(Duration d) {
  return std::chrono::duration<double>(d).count();
}
inline double to_seconds(TimePoint t) {
  return to_seconds(t.time_since_epoch());
}
// Seconds (Python's float timeouts) to a Duration, saturating instead of overflowing.
Duration from_seconds(double seconds);
// The time point `seconds` after the clock's epoch (negative: before it), saturating; NaN is the
// epoch. For loop.call_at(when): a deadline in the past keeps its place among other past ones.
TimePoint point_from_seconds(double seconds);
// `now + d`, saturating at kNever.
TimePoint deadline_after(TimePoint now, Duration d);

class Clock {
 public:
  virtual ~Clock() = default;

  virtual TimePoint now() const = 0;

  // Waits on `cv`, whose mutex `lock` holds, until notified (or woken spuriously) or until this
  // clock reaches `deadline`. Returns false once the deadline has passed.
  virtual bool wait_until(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                          TimePoint deadline) const = 0;

  // Blocks the calling thread until this clock reaches `deadline`.
  virtual void sleep_until(TimePoint deadline) const = 0;

  // Waits until `ready()` holds or the deadline passes; returns ready()'s last value.
  template <class Pred>
  bool wait_until(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
                  TimePoint deadline, Pred ready) const {
    while (!ready()) {
      if (!wait_until(cv, lock, deadline)) return ready();
    }
    return true;
  }

  void sleep_for(Duration d) const { sleep_until(deadline_after(now(), d)); }
  double seconds() const { return to_seconds(now()); }
};

// The process-wide monotonic clock.
Clock& real_clock();

// Builds without threads (ASYNCPLAY_THREADS=0, core/config.h): no other thread can notify a
// waiter, so the real clock's wait_until and sleep_until spin on the clock until the deadline
// (one CPU core stays busy meanwhile: a browser Worker without shared memory has no way to block).
// `hook` (nullptr: none) runs when such a spin begins and then every 10 ms while it lasts, so that
// the host can deliver output meanwhile. Never called in builds with threads.
void set_spin_hook(void (*hook)());

// The clock that loops and waits use when none is given: the real clock unless replaced.
Clock& default_clock();
void set_default_clock(Clock* clock);  // nullptr restores the real clock

}  // namespace asyncplay::clock
