// core/loop: Task and Async coroutines — ordering, cancellation at every await point, frame
// lifetime, and the combinators (gather, wait_for, as_completed).
#include <doctest/doctest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/loop/executor.h"
#include "core/loop/gather.h"
#include "core/loop/lock.h"
#include "core/loop/task.h"
#include "tests/core/virtual_clock.h"

using namespace asyncplay;
using namespace asyncplay::loop;
using namespace std::chrono_literals;

namespace {

using Log = std::vector<std::string>;

// Counts live instances: a coroutine holding one proves when its frame is destroyed.
struct FrameProbe {
  explicit FrameProbe(int& live) : live_(live) { ++live_; }
  FrameProbe(const FrameProbe&) = delete;
  ~FrameProbe() { --live_; }
  int& live_;
};

Task<int> value_after(Duration d, int v) {
  Status s = co_await sleep(d);
  if (!s) co_return s.error();
  co_return v;
}

Task<void> ticker(Log& log, std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    log.push_back(name + std::to_string(i));
    Status s = co_await yield_now();
    if (!s) co_await raise(s.error());
  }
}

Task<int> fails_with(ErrorKind kind, std::string message) {
  co_await raise(Error(kind, std::move(message)));
  co_return 0;  // never reached
}

}  // namespace

TEST_CASE("a task runs when the loop runs and yields its value") {
  Loop loop;
  bool ran = false;
  auto body = [&]() -> Task<int> {
    ran = true;
    co_return 41 + 1;
  };
  Task<int> t = body();
  CHECK_FALSE(ran);  // created suspended
  t.start(loop);
  CHECK_FALSE(ran);  // the first step is a loop callback
  CHECK(loop.run_until_complete(t.future()).value() == 42);
  CHECK(ran);
  CHECK(t.done());
  CHECK(t.name().rfind("Task-", 0) == 0);
}

TEST_CASE("yield_now (sleep(0)) yields exactly once: tasks interleave") {
  Loop loop;
  Log log;
  Task<void> a = create_task(loop, ticker(log, "a", 3));
  Task<void> b = create_task(loop, ticker(log, "b", 3));
  REQUIRE(loop.run_until_complete(gather(loop, std::vector<Task<void>>{a, b})));
  CHECK(log == Log{"a0", "b0", "a1", "b1", "a2", "b2"});
}

TEST_CASE("awaiting a future that is already done does not yield") {
  Loop loop;
  Log log;
  Future<int> ready = make_ready_future(loop, Result<int>(5));
  auto first = [&]() -> Task<void> {
    Result<int> r = co_await ready;
    log.push_back("first got " + std::to_string(*r));
    Status s = co_await yield_now();
    log.push_back("first after yield");
    (void)s;
  };
  auto second = [&]() -> Task<void> {
    log.push_back("second");
    co_return;
  };
  (void)create_task(loop, first());
  Task<void> t2 = create_task(loop, second());
  loop.run_once();
  loop.run_once();
  CHECK(log == Log{"first got 5", "second", "first after yield"});
}

TEST_CASE("tasks await tasks, and errors travel up as values") {
  Loop loop;
  auto parent = [&]() -> Task<std::string> {
    Result<int> a = co_await value_after(1ms, 20);
    Result<int> b = co_await fails_with(ErrorKind::kValue, "bad input");
    if (b) co_return std::string("unexpected");
    co_return std::to_string(*a) + " then " + b.error().describe();
  };
  CHECK(run_until_complete(loop, parent()).value() == "20 then ValueError: bad input");

  Result<int> direct = run_until_complete(loop, fails_with(ErrorKind::kRuntime, "boom"));
  REQUIRE_FALSE(direct);
  CHECK(direct.error().describe() == "RuntimeError: boom");
}

#if defined(__cpp_exceptions)
TEST_CASE("a C++ exception escaping a task becomes its error") {
  Loop loop;
  auto thrower = []() -> Task<int> {
    throw std::runtime_error("thrown inside");
    co_return 1;
  };
  Result<int> r = run_until_complete(loop, thrower());
  REQUIRE_FALSE(r);
  CHECK(r.error().message() == "thrown inside");
}
#endif

TEST_CASE("a task awaiting itself gets RuntimeError instead of hanging") {
  Loop loop;
  Task<int> self;
  auto body = [&]() -> Task<int> {
    Result<int> r = co_await self;
    co_return r ? 0 : (r.error().message().rfind("Task cannot await on itself", 0) == 0 ? 1 : 2);
  };
  self = body();
  CHECK(run_until_complete(loop, self).value() == 1);
}

TEST_CASE("cancellation is delivered at the current await point") {
  Loop loop;
  Log log;

  SUBCASE("before the first step: the body never runs") {
    int live = 0;
    auto body = [&]() -> Task<int> {
      FrameProbe probe(live);
      log.push_back("ran");
      co_return 1;
    };
    Task<int> t = create_task(loop, body());
    CHECK(t.cancel("early"));
    Result<int> r = loop.run_until_complete(t.future());
    CHECK(t.cancelled());
    CHECK(r.error().message() == "early");
    CHECK(log.empty());
    CHECK(live == 0);
  }

  SUBCASE("while awaiting a future: the future is cancelled too") {
    Future<int> never(loop);
    auto body = [&]() -> Task<int> {
      Result<int> r = co_await never;
      log.push_back(r ? "value" : r.error().describe());
      co_return r;
    };
    Task<int> t = create_task(loop, body());
    loop.run_once();
    CHECK(t.cancel("stop waiting"));
    CHECK(never.cancelled());
    CHECK(loop.run_until_complete(t.future()).error().is(ErrorKind::kCancelled));
    CHECK(log == Log{"CancelledError: stop waiting"});
  }

  SUBCASE("while sleeping") {
    testing::VirtualClock clock;
    Loop vloop(clock);
    Task<int> t = create_task(vloop, value_after(1h, 1));
    vloop.call_later(1s, [t] { t.cancel(); });
    CHECK(vloop.run_until_complete(t.future()).error().is(ErrorKind::kCancelled));
    CHECK(vloop.time() == TimePoint(1s));  // woke at the cancel, not after an hour
  }

  SUBCASE("at a yield") {
    Task<void> t = create_task(loop, ticker(log, "t", 100));
    loop.call_soon([&] { loop.call_soon([t] { t.cancel(); }); });
    CHECK(loop.run_until_complete(t.future()).error().is(ErrorKind::kCancelled));
    CHECK(log.size() < 5);
  }

  SUBCASE("while awaiting another task: the inner task is cancelled as well") {
    Task<int> inner = value_after(1h, 1);
    auto outer_body = [&]() -> Task<int> {
      Result<int> r = co_await inner;
      co_return r;
    };
    Task<int> outer = create_task(loop, outer_body());
    loop.run_once();
    loop.run_once();
    CHECK(inner.state()->started());
    outer.cancel();
    CHECK(loop.run_until_complete(outer.future()).error().is(ErrorKind::kCancelled));
    CHECK(inner.cancelled());
  }

  SUBCASE("when its future completed but it has not resumed yet, the value is dropped") {
    Future<int> f(loop);
    auto body = [&]() -> Task<int> { co_return co_await f; };
    Task<int> t = create_task(loop, body());
    loop.run_once();
    REQUIRE(f.set_result(3));
    t.cancel();  // f is done, so the cancellation waits for the next resumption
    CHECK(loop.run_until_complete(t.future()).error().is(ErrorKind::kCancelled));
  }

  SUBCASE("inside an Async sub-coroutine (a lock acquire)") {
    Lock lock(loop);
    auto holder = [&]() -> Task<void> {
      Status s = co_await lock.acquire();
      CHECK(s);
      Status held = co_await sleep(1h);  // holds the lock until the loop goes away
      (void)held;
    };
    (void)create_task(loop, holder());
    auto waiter = [&]() -> Task<void> {
      Status s = co_await lock.acquire();
      log.push_back(s ? "acquired" : s.error().describe());
      if (!s) co_await raise(s.error());
    };
    Task<void> w = create_task(loop, waiter());
    loop.run_once();
    CHECK(lock.waiters() == 1);
    w.cancel("give up");
    CHECK(loop.run_until_complete(w.future()).error().message() == "give up");
    CHECK(log == Log{"CancelledError: give up"});
    CHECK(lock.waiters() == 0);
  }

  SUBCASE("a task may catch the cancellation, clean up and go on") {
    Future<int> never(loop);
    auto body = [&]() -> Task<int> {
      Result<int> r = co_await never;
      log.push_back("cleanup after " + r.error().describe());
      Status s = co_await yield_now();
      co_return s ? 7 : -1;
    };
    Task<int> t = create_task(loop, body());
    loop.run_once();
    t.cancel();
    CHECK(t.cancelling() == 1);
    CHECK(loop.run_until_complete(t.future()).value() == 7);
    CHECK(t.uncancel() == 0);
  }

  SUBCASE("cancelling a finished task does nothing") {
    Task<int> t = create_task(loop, value_after(0s, 9));
    CHECK(loop.run_until_complete(t.future()).value() == 9);
    CHECK_FALSE(t.cancel());
    CHECK(t.result().value() == 9);
  }
}

TEST_CASE("a coroutine frame is destroyed exactly once, whatever happens") {
  int live = 0;
  auto probed = [&live](Duration d) -> Task<int> {
    FrameProbe probe(live);
    Status s = co_await sleep(d);
    if (!s) co_return s.error();
    co_return 1;
  };

  SUBCASE("finished") {
    Loop loop;
    Task<int> t = probed(1ms);
    CHECK(live == 0);
    CHECK(run_until_complete(loop, t).value() == 1);
    CHECK(live == 0);
  }
  SUBCASE("cancelled mid-way") {
    Loop loop;
    Task<int> t = create_task(loop, probed(1h));
    loop.run_once();
    CHECK(live == 1);
    t.cancel();
    (void)loop.run_until_complete(t.future());
    CHECK(live == 0);
  }
  SUBCASE("never started, last handle dropped") {
    { Task<int> t = probed(1ms); }
    CHECK(live == 0);
  }
  SUBCASE("still suspended when its loop is destroyed") {
    Task<int> survivor;
    {
      Loop loop;
      survivor = create_task(loop, probed(1h));
      (void)create_task(loop, probed(1h));  // no handle kept at all
      loop.run_once();
      CHECK(live == 2);
    }
    CHECK(live == 0);
    CHECK_FALSE(survivor.done());
  }
}

TEST_CASE("100,000 tasks created and gathered") {
  Loop loop;
  auto work = [](int i) -> Task<long> {
    Status s = co_await yield_now();
    if (!s) co_return s.error();
    co_return static_cast<long>(i);
  };
  std::vector<Task<long>> tasks;
  tasks.reserve(100000);
  for (int i = 0; i < 100000; ++i) tasks.push_back(work(i));
  Result<std::vector<long>> all = loop.run_until_complete(gather(loop, tasks));
  REQUIRE(all);
  REQUIRE(all->size() == 100000);
  long sum = 0;
  bool in_order = true;
  for (std::size_t i = 0; i < all->size(); ++i) {
    sum += (*all)[i];
    in_order = in_order && (*all)[i] == static_cast<long>(i);
  }
  CHECK(in_order);
  CHECK(sum == 99999L * 100000L / 2);
}

TEST_CASE("gather") {
  testing::VirtualClock clock;
  Loop loop(clock);

  SUBCASE("results in argument order, not completion order") {
    std::vector<Task<int>> ts{value_after(3s, 3), value_after(1s, 1), value_after(2s, 2)};
    CHECK(loop.run_until_complete(gather(loop, ts)).value() == std::vector<int>{3, 1, 2});
  }
  SUBCASE("the first error propagates; the others go on") {
    std::vector<Task<int>> ts{value_after(3s, 3), fails_with(ErrorKind::kValue, "first"),
                              value_after(1s, 1)};
    Result<std::vector<int>> r = loop.run_until_complete(gather(loop, ts));
    CHECK(r.error().describe() == "ValueError: first");
    CHECK_FALSE(ts[0].done());
    CHECK(loop.run_until_complete(ts[0].future()).value() == 3);
  }
  SUBCASE("gather_outcomes collects every outcome") {
    std::vector<Task<int>> ts{value_after(2s, 2), fails_with(ErrorKind::kRuntime, "x"),
                              value_after(1s, 1)};
    auto r = loop.run_until_complete(gather_outcomes(loop, ts)).value();
    REQUIRE(r.size() == 3);
    CHECK(r[0].value() == 2);
    CHECK(r[1].error().describe() == "RuntimeError: x");
    CHECK(r[2].value() == 1);
  }
  SUBCASE("cancelling the gather cancels the children") {
    std::vector<Task<int>> ts{value_after(1h, 1), value_after(2h, 2)};
    Future<std::vector<int>> g = gather(loop, ts);
    loop.call_later(1s, [g] { g.cancel(); });
    CHECK(loop.run_until_complete(g).error().is(ErrorKind::kCancelled));
    loop.run_once(false);
    loop.run_once(false);
    CHECK(ts[0].cancelled());
    CHECK(ts[1].cancelled());
  }
  SUBCASE("empty") {
    CHECK(loop.run_until_complete(gather(loop, std::vector<Future<int>>{})).value().empty());
  }
}

TEST_CASE("wait_for") {
  testing::VirtualClock clock;
  Loop loop(clock);

  SUBCASE("completes in time") {
    CHECK(loop.run_until_complete(wait_for(loop, value_after(1s, 5), 2s)).value() == 5);
  }
  SUBCASE("times out and cancels the inner task") {
    Task<int> slow = value_after(10s, 5);
    Result<int> r = loop.run_until_complete(wait_for(loop, slow, 2s));
    REQUIRE_FALSE(r);
    CHECK(r.error().is(ErrorKind::kTimeout));
    CHECK(slow.cancelled());
    CHECK(loop.time() == TimePoint(2s));
  }
  SUBCASE("an inner task that ignores cancellation still delivers its value") {
    auto stubborn = []() -> Task<int> {
      Status s = co_await sleep(10s);
      (void)s;  // ignore the cancellation
      co_return 8;
    };
    CHECK(loop.run_until_complete(wait_for(loop, stubborn(), 1s)).value() == 8);
  }
  SUBCASE("cancelling the outer future cancels the inner one") {
    Task<int> slow = value_after(10s, 5);
    Future<int> w = wait_for(loop, slow, 5s);
    loop.call_later(1s, [w] { w.cancel(); });
    CHECK(loop.run_until_complete(w).error().is(ErrorKind::kCancelled));
    (void)loop.run_until_complete(slow.future());
    CHECK(slow.cancelled());
  }
}

TEST_CASE("as_completed yields outcomes in completion order") {
  testing::VirtualClock clock;
  Loop loop(clock);
  std::vector<Future<int>> in{value_after(3s, 3).start(loop), value_after(1s, 1).start(loop),
                              fails_with(ErrorKind::kValue, "2").start(loop)};
  std::vector<Future<int>> out = as_completed(loop, in);
  std::vector<std::string> seen;
  for (const Future<int>& f : out) {
    Result<int> r = loop.run_until_complete(f);
    seen.push_back(r ? std::to_string(*r) : r.error().describe());
  }
  CHECK(seen == std::vector<std::string>{"ValueError: 2", "1", "3"});
}

TEST_CASE("a thread wakes a task by completing its future through call_soon_threadsafe") {
  Loop loop;
  Future<int> handoff(loop);
  auto waiter = [&]() -> Task<int> {
    Result<int> r = co_await handoff;
    co_return r ? *r * 10 : -1;
  };
  Task<int> t = create_task(loop, waiter());
  std::thread other([&loop, handoff] {
    std::this_thread::sleep_for(5ms);
    loop.call_soon_threadsafe([handoff] { (void)handoff.set_result(4); });
  });
  CHECK(loop.run_until_complete(t.future()).value() == 40);
  other.join();
}

TEST_CASE("run_in_executor: pool threads complete loop futures through call_soon_threadsafe") {
  Loop loop;
  threads::ThreadPool pool(4);
  const std::uint64_t loop_thread = threads::current_ident();

  std::vector<Future<std::uint64_t>> jobs;
  for (int i = 0; i < 8; ++i) {
    jobs.push_back(run_in_executor(loop, pool, [] {
      std::this_thread::sleep_for(2ms);
      return threads::current_ident();
    }));
  }
  Future<Unit> failing = run_in_executor(
      loop, pool, []() -> Result<Unit> { return Error(ErrorKind::kValue, "worker failed"); });
  auto idents = loop.run_until_complete(gather(loop, jobs)).value();
  for (std::uint64_t id : idents) CHECK(id != loop_thread);
  CHECK(loop.run_until_complete(failing).error().describe() == "ValueError: worker failed");

  // A task awaiting blocking work keeps the loop free for other tasks meanwhile.
  Log log;
  auto blocking = [&]() -> Task<int> {
    Result<int> r = co_await run_in_executor(loop, pool, [] {
      std::this_thread::sleep_for(30ms);
      return 6;
    });
    log.push_back("blocking done");
    co_return r;
  };
  auto ticking = [&]() -> Task<void> {
    Status s = co_await sleep(1ms);
    log.push_back("tick");
    (void)s;
  };
  Task<int> b = create_task(loop, blocking());
  Task<void> t = create_task(loop, ticking());
  CHECK(loop.run_until_complete(b.future()).value() == 6);
  CHECK(log == Log{"tick", "blocking done"});

  pool.shutdown();
  Future<int> late = run_in_executor(loop, pool, [] { return 1; });
  CHECK(loop.run_until_complete(late).error().is(ErrorKind::kShutdown));
}
