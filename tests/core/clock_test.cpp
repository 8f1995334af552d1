// core/clock: the real clock, conversions, deadlines, timed waits and the default clock.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <thread>

#include "core/clock/clock.h"
#include "tests/core/virtual_clock.h"

using namespace asyncplay;
using namespace asyncplay::clock;
using namespace std::chrono_literals;

TEST_CASE("the real clock never goes backwards and advances while sleeping") {
  const Clock& c = real_clock();
  TimePoint last = c.now();
  CHECK(last.time_since_epoch() >= Duration::zero());
  bool monotonic = true;
  for (int i = 0; i < 10000; ++i) {
    const TimePoint t = c.now();
    monotonic = monotonic && t >= last;
    last = t;
  }
  CHECK(monotonic);
  const TimePoint before = c.now();
  c.sleep_for(2ms);
  CHECK(c.now() - before >= 2ms);

  const TimePoint target = deadline_after(c.now(), 1ms);
  c.sleep_until(target);
  CHECK(c.now() >= target);
  CHECK(c.seconds() == doctest::Approx(to_seconds(c.now())).epsilon(0.01));
}

TEST_CASE("point_from_seconds keeps times before the epoch, in order, and saturates") {
  CHECK(point_from_seconds(0.25) == TimePoint(250ms));
  CHECK(point_from_seconds(-0.5) == TimePoint(-500ms));
  CHECK(point_from_seconds(-2.0) < point_from_seconds(-1.0));
  CHECK(point_from_seconds(std::nan("")) == TimePoint());
  const TimePoint far = point_from_seconds(std::numeric_limits<double>::infinity());
  CHECK(far > point_from_seconds(1e9));
  CHECK(point_from_seconds(1e300) == far);
  const TimePoint past = point_from_seconds(-std::numeric_limits<double>::infinity());
  CHECK(past < point_from_seconds(-1e9));
  CHECK(point_from_seconds(-1e300) == past);
}

TEST_CASE("to_seconds and from_seconds convert Python's float seconds") {
  CHECK(to_seconds(Duration(1500000000)) == 1.5);
  CHECK(to_seconds(TimePoint(Duration(250000000))) == 0.25);
  CHECK(from_seconds(1.5) == 1500ms);
  CHECK(from_seconds(0.001) == 1ms);
  CHECK(from_seconds(1e-9) == 1ns);
  CHECK(from_seconds(0.4e-9) == 0ns);  // rounds to the nearest nanosecond

  SUBCASE("zero, negative and NaN mean no time at all") {
    CHECK(from_seconds(0.0) == Duration::zero());
    CHECK(from_seconds(-0.0) == Duration::zero());
    CHECK(from_seconds(-1.0) == Duration::zero());
    CHECK(from_seconds(-std::numeric_limits<double>::infinity()) == Duration::zero());
    CHECK(from_seconds(std::nan("")) == Duration::zero());
  }

  SUBCASE("huge and infinite timeouts saturate instead of overflowing") {
    const Duration inf = from_seconds(std::numeric_limits<double>::infinity());
    CHECK(inf > Duration::zero());
    CHECK(from_seconds(1e300) == inf);
    CHECK(from_seconds(1e9) < inf);  // 31 years still count exactly
    CHECK(from_seconds(1e9) == std::chrono::seconds(1000000000LL));
    CHECK(from_seconds(1e10) == inf);  // 317 years do not fit in 63-bit nanoseconds
    CHECK(from_seconds(std::numeric_limits<double>::max()) == inf);
    // A saturated timeout from any realistic now is still a usable, far deadline.
    CHECK(deadline_after(real_clock().now(), inf) > real_clock().now() + 24h * 365 * 100);
  }
}

TEST_CASE("deadline_after adds, saturating at kNever") {
  const TimePoint t(5s);
  CHECK(deadline_after(t, 3s) == TimePoint(8s));
  CHECK(deadline_after(t, Duration::zero()) == t);
  CHECK(deadline_after(t, Duration::max()) == kNever);
  CHECK(deadline_after(kNever - 1ns, 1ns) == kNever);
  CHECK(deadline_after(kNever - 2ns, 1ns) == kNever - 1ns);
  CHECK(deadline_after(kNever - 1s, 2s) == kNever);
  CHECK(deadline_after(kNever, Duration::zero()) == kNever);
  CHECK(deadline_after(kNever, 1s) == kNever);
}

TEST_CASE("wait_until with a predicate") {
  const Clock& c = real_clock();
  std::mutex m;
  std::condition_variable cv;
  bool ready = false;

  SUBCASE("times out at the deadline when nothing happens") {
    std::unique_lock<std::mutex> lock(m);
    const TimePoint start = c.now();
    const TimePoint deadline = deadline_after(start, 30ms);
    CHECK_FALSE(c.wait_until(cv, lock, deadline, [&] { return ready; }));
    const TimePoint end = c.now();
    CHECK(end >= deadline);
    CHECK(end - start < 5s);  // coarse: it did time out, not hang
  }

  SUBCASE("returns at once when the predicate holds or the deadline has passed") {
    std::unique_lock<std::mutex> lock(m);
    ready = true;
    CHECK(c.wait_until(cv, lock, deadline_after(c.now(), 1h), [&] { return ready; }));
    CHECK(c.wait_until(cv, lock, TimePoint(Duration::zero()), [&] { return ready; }));
    ready = false;
    CHECK_FALSE(c.wait_until(cv, lock, TimePoint(Duration::zero()), [&] { return ready; }));
  }

  // The notifier sets `ready` under the lock some time after the waiter started waiting.
  auto notify_later = [&] {
    return std::thread([&] {
      std::this_thread::sleep_for(20ms);
      std::lock_guard<std::mutex> guard(m);
      ready = true;
      cv.notify_all();
    });
  };

  SUBCASE("wakes when another thread notifies before the deadline") {
    std::unique_lock<std::mutex> lock(m);
    std::thread notifier = notify_later();
    const TimePoint start = c.now();
    CHECK(c.wait_until(cv, lock, deadline_after(start, 60s), [&] { return ready; }));
    CHECK(c.now() - start < 30s);  // coarse: woken by the notify, not by the deadline
    lock.unlock();
    notifier.join();
  }

  SUBCASE("wakes when another thread notifies, with no deadline at all") {
    std::unique_lock<std::mutex> lock(m);
    std::thread notifier = notify_later();
    CHECK(c.wait_until(cv, lock, kNever, [&] { return ready; }));
    lock.unlock();
    notifier.join();
  }
}

TEST_CASE("set_default_clock swaps the default clock and nullptr restores the real one") {
  CHECK(&default_clock() == &real_clock());
  testing::VirtualClock virtual_clock;
  set_default_clock(&virtual_clock);
  CHECK(&default_clock() == &virtual_clock);
  CHECK(default_clock().now() == TimePoint(Duration::zero()));
  virtual_clock.advance(3s);
  CHECK(default_clock().seconds() == 3.0);
  set_default_clock(nullptr);
  CHECK(&default_clock() == &real_clock());
}
