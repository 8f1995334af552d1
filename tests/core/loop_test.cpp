// core/loop: Loop scheduling order, timers, cross-thread wake-ups, and Future.
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "core/loop/future.h"
#include "core/loop/loop.h"
#include "tests/core/virtual_clock.h"

using namespace asyncplay;
using namespace asyncplay::loop;
using namespace std::chrono_literals;

TEST_CASE("call_soon runs callbacks in FIFO order, one batch per iteration") {
  Loop loop;
  std::vector<std::string> log;
  loop.call_soon([&] {
    log.push_back("a");
    loop.call_soon([&] { log.push_back("c (scheduled by a)"); });
  });
  loop.call_soon([&] { log.push_back("b"); });

  loop.run_once();
  CHECK(log == std::vector<std::string>{"a", "b"});
  CHECK(loop.ready_count() == 1);
  loop.run_once();
  CHECK(log == std::vector<std::string>{"a", "b", "c (scheduled by a)"});
}

TEST_CASE("timers run by deadline, equal deadlines in scheduling order") {
  testing::VirtualClock clock;
  Loop loop(clock);
  std::vector<int> order;
  const TimePoint t = loop.time() + 5s;
  loop.call_at(t, [&] { order.push_back(1); });
  loop.call_later(1s, [&] { order.push_back(0); });
  loop.call_at(t, [&] { order.push_back(2); });
  loop.call_at(t, [&] { order.push_back(3); });
  loop.call_later(10s, [&] { order.push_back(4); });
  loop.call_later(10s, [&] { loop.stop(); });

  REQUIRE(loop.run_forever());
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
  // Virtual time jumped straight to each deadline: the loop waited through the clock.
  CHECK(loop.time() == TimePoint(10s));
}

TEST_CASE("due timers queue behind callbacks that were already ready") {
  testing::VirtualClock clock;
  Loop loop(clock);
  std::vector<std::string> log;
  loop.call_later(0s, [&] { log.push_back("timer"); });
  loop.call_soon([&] { log.push_back("soon"); });
  loop.run_once();
  CHECK(log == std::vector<std::string>{"soon", "timer"});
}

TEST_CASE("a cancelled timer never runs, and many cancellations are cleaned up") {
  testing::VirtualClock clock;
  Loop loop(clock);
  int ran = 0;
  std::vector<TimerHandle> handles;
  for (int i = 0; i < 300; ++i) handles.push_back(loop.call_later(1s + i * 1ms, [&] { ++ran; }));
  for (int i = 0; i < 300; i += 3) {
    handles[i + 1].cancel();
    handles[i + 2].cancel();
  }
  CHECK(handles[1].cancelled());
  CHECK_FALSE(handles[0].cancelled());
  loop.run_once(false);  // triggers the clean-up: more than half are cancelled
  CHECK(loop.timer_count() == 100);
  loop.call_later(2s, [&] { loop.stop(); });
  REQUIRE(loop.run_forever());
  CHECK(ran == 100);
}

TEST_CASE("stop() lets the current iteration finish") {
  Loop loop;
  std::vector<int> log;
  loop.call_soon([&] {
    log.push_back(1);
    loop.stop();
  });
  loop.call_soon([&] { log.push_back(2); });
  loop.call_soon([&] { loop.call_soon([&] { log.push_back(3); }); });
  REQUIRE(loop.run_forever());
  CHECK(log == std::vector<int>{1, 2});
  loop.run_once();
  CHECK(log == std::vector<int>{1, 2, 3});
}

TEST_CASE("running a loop that runs, or inside another loop, is an error") {
  Loop outer;
  Loop inner;
  Status nested_same, nested_other;
  outer.call_soon([&] {
    CHECK(Loop::running() == &outer);
    nested_same = outer.run_forever();
    nested_other = inner.run_forever();
    outer.stop();
  });
  REQUIRE(outer.run_forever());
  REQUIRE_FALSE(nested_same);
  CHECK(nested_same.error().message() == "This event loop is already running");
  REQUIRE_FALSE(nested_other);
  CHECK(nested_other.error().message() ==
        "Cannot run the event loop while another loop is running");
  CHECK(Loop::running() == nullptr);
}

TEST_CASE("call_soon_threadsafe wakes an idle loop from another thread") {
  Loop loop;
  std::atomic<int> sum{0};
  std::thread producer([&] {
    for (int i = 1; i <= 100; ++i) {
      loop.call_soon_threadsafe([&sum, i] { sum += i; });
      if (i % 25 == 0) std::this_thread::sleep_for(2ms);
    }
    loop.call_soon_threadsafe([&] { loop.stop(); });
  });
  REQUIRE(loop.run_forever());
  producer.join();
  CHECK(sum == 5050);
}

TEST_CASE("an idle loop blocks until the next timer instead of spinning") {
  Loop loop;
  const auto cpu0 = testing::thread_cpu_time();
  const auto t0 = loop.time();
  loop.call_later(150ms, [&] { loop.stop(); });
  REQUIRE(loop.run_forever());
  const auto waited = loop.time() - t0;
  CHECK(waited >= 150ms);
  if (cpu0) CHECK(*testing::thread_cpu_time() - *cpu0 < 50ms);
}

TEST_CASE("an idle loop with no timers sleeps until a thread-safe call arrives") {
  Loop loop;
  const auto cpu0 = testing::thread_cpu_time();
  std::thread waker([&] {
    std::this_thread::sleep_for(100ms);
    loop.call_soon_threadsafe([&] { loop.stop(); });
  });
  REQUIRE(loop.run_forever());
  waker.join();
  if (cpu0) CHECK(*testing::thread_cpu_time() - *cpu0 < 50ms);
}

TEST_CASE("Future: result, error and cancellation") {
  Loop loop;

  SUBCASE("result") {
    Future<int> f(loop);
    CHECK_FALSE(f.done());
    Result<int> pending = f.result();
    REQUIRE_FALSE(pending);
    CHECK(pending.error().describe() == "InvalidStateError: Result is not set.");
    REQUIRE_FALSE(f.exception());
    CHECK(f.exception().error().message() == "Exception is not set.");
    REQUIRE(f.set_result(42));
    CHECK(f.done());
    CHECK(f.result().value() == 42);
    CHECK(f.exception().value() == nullptr);
  }
  SUBCASE("error") {
    Future<int> f(loop);
    REQUIRE(f.set_error(Error(ErrorKind::kValue, "bad")));
    CHECK(f.done());
    CHECK_FALSE(f.cancelled());
    CHECK(f.result().error().describe() == "ValueError: bad");
    CHECK(f.exception().value()->message() == "bad");
  }
  SUBCASE("cancel") {
    Future<int> f(loop);
    CHECK(f.cancel("because"));
    CHECK(f.cancelled());
    CHECK_FALSE(f.cancel());
    CHECK(f.result().error().is(ErrorKind::kCancelled));
    CHECK(f.result().error().message() == "because");
    CHECK_FALSE(f.exception());  // exception() of a cancelled future raises CancelledError
  }
  SUBCASE("misuse: completing twice is InvalidStateError") {
    Future<int> f(loop);
    REQUIRE(f.set_result(1));
    Status again = f.set_result(2);
    REQUIRE_FALSE(again);
    CHECK(again.error().describe() == "InvalidStateError: invalid state");
    CHECK_FALSE(f.set_error(Error::runtime("x")));
    CHECK_FALSE(f.cancel());
    CHECK(f.result().value() == 1);

    Future<void> g(loop);
    g.cancel();
    CHECK(g.set_result().error().is(ErrorKind::kInvalidState));
  }
}

TEST_CASE("Future: done-callbacks are scheduled on the loop in registration order") {
  Loop loop;
  Future<int> f(loop);
  std::vector<std::string> log;
  f.add_done_callback(
      [&](const Future<int>& x) { log.push_back("1:" + std::to_string(*x.result())); });
  const CallbackId removed =
      f.add_done_callback([&](const Future<int>&) { log.push_back("gone"); });
  f.add_done_callback([&](const Future<int>&) { log.push_back("2"); });
  CHECK(f.remove_done_callback(removed));
  CHECK_FALSE(f.remove_done_callback(removed));

  REQUIRE(f.set_result(7));
  CHECK(log.empty());  // never inline
  loop.run_once();
  CHECK(log == std::vector<std::string>{"1:7", "2"});

  // Added to a future that is already done: scheduled at once, still not inline.
  f.add_done_callback([&](const Future<int>&) { log.push_back("late"); });
  CHECK(log.size() == 2);
  loop.run_once();
  CHECK(log.back() == "late");
}

TEST_CASE("Future: completed from another thread through call_soon_threadsafe") {
  Loop loop;
  Future<std::string> f(loop);
  std::thread worker([f, &loop] {
    std::this_thread::sleep_for(10ms);
    loop.call_soon_threadsafe([f] { (void)f.set_result("from a thread"); });
  });
  Result<std::string> r = loop.run_until_complete(f);
  worker.join();
  CHECK(r.value() == "from a thread");
}

TEST_CASE("run_until_complete reports the future's error") {
  Loop loop;
  Future<int> f(loop);
  loop.call_later(1ms, [f] { (void)f.set_error(Error(ErrorKind::kValue, "nope")); });
  Result<int> r = loop.run_until_complete(f);
  REQUIRE_FALSE(r);
  CHECK(r.error().describe() == "ValueError: nope");
}

TEST_CASE("idle hooks run around an idle wait only, outside the loop's locks") {
  struct Hooks final : IdleHooks {
    Loop* loop = nullptr;
    int before = 0, after = 0;
    void before_idle() override {
      ++before;
      // Posting from inside the hook must not deadlock: no loop lock is held here.
      loop->call_soon_threadsafe([] {});
    }
    void after_idle() override { ++after; }
  } hooks;
  Loop loop;
  hooks.loop = &loop;
  loop.set_idle_hooks(&hooks);

  bool ran = false;
  loop.call_soon([&] { ran = true; });
  loop.run_once();  // something ready: no wait, no hooks
  CHECK(ran);
  CHECK(hooks.before == 0);

  loop.call_later(50ms, [] {});
  loop.run_once();  // nothing ready: waits (woken by the post from before_idle)
  CHECK(hooks.before == 1);
  CHECK(hooks.after == 1);
}
