// core/loop: the asyncio-style primitives — Lock, Event, Semaphore, BoundedSemaphore, Condition
// and Queue: FIFO wake-ups, cancellation while waiting, and misuse reported as errors.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/loop/condition.h"
#include "core/loop/event.h"
#include "core/loop/gather.h"
#include "core/loop/lock.h"
#include "core/loop/queue.h"
#include "core/loop/semaphore.h"
#include "tests/core/virtual_clock.h"

using namespace asyncplay;
using namespace asyncplay::loop;
using namespace std::chrono_literals;

namespace {
using Log = std::vector<std::string>;

// Runs every task to completion (the loop must not stay idle forever).
template <class T>
void run_all(Loop& loop, const std::vector<Task<T>>& tasks) {
  REQUIRE(loop.run_until_complete(gather_outcomes(loop, tasks)));
}

// Runs iterations until nothing is ready (all tasks are blocked or done).
void settle(Loop& loop) {
  for (int i = 0; i < 100 && loop.ready_count() > 0; ++i) loop.run_once(false);
}
}  // namespace

TEST_CASE("Lock: mutual exclusion, FIFO hand-over, misuse") {
  Loop loop;
  Lock lock(loop);
  Log log;
  auto worker = [&](std::string name) -> Task<void> {
    Status s = co_await lock.acquire();
    if (!s) co_await raise(s.error());
    log.push_back(name + " in");
    Status y = co_await yield_now();  // others try to get in meanwhile
    (void)y;
    log.push_back(name + " out");
    REQUIRE(lock.release());
  };
  run_all(loop, std::vector<Task<void>>{worker("a"), worker("b"), worker("c")});
  CHECK(log == Log{"a in", "a out", "b in", "b out", "c in", "c out"});
  CHECK_FALSE(lock.locked());

  Status misuse = lock.release();
  REQUIRE_FALSE(misuse);
  CHECK(misuse.error().describe() == "RuntimeError: Lock is not acquired.");
}

TEST_CASE("Lock: a waiter cancelled after being woken passes the lock on") {
  Loop loop;
  Lock lock(loop);
  Log log;
  auto holder = [&]() -> Task<void> {
    Status s = co_await lock.acquire();
    (void)s;
    co_return;
  };
  auto waiter = [&](std::string name) -> Task<void> {
    Status s = co_await lock.acquire();
    log.push_back(name + (s ? " acquired" : " cancelled"));
    if (s) (void)lock.release();
  };
  Task<void> h = create_task(loop, holder());
  Task<void> w1 = create_task(loop, waiter("w1"));
  Task<void> w2 = create_task(loop, waiter("w2"));
  settle(loop);
  CHECK(lock.locked());
  CHECK(lock.waiters() == 2);
  REQUIRE(lock.release());  // wakes w1 ...
  w1.cancel();              // ... which is cancelled before it runs
  run_all(loop, std::vector<Task<void>>{w1, w2});
  CHECK(log == Log{"w1 cancelled", "w2 acquired"});
  CHECK_FALSE(lock.locked());
}

TEST_CASE("Event: set wakes every waiter in order; clear resets") {
  Loop loop;
  Event ev(loop);
  Log log;
  auto waiter = [&](std::string name) -> Task<void> {
    Status s = co_await ev.wait();
    log.push_back(name + (s ? " woke" : " cancelled"));
  };
  std::vector<Task<void>> ws{waiter("1"), waiter("2"), waiter("3")};
  for (auto& w : ws) w.start(loop);
  settle(loop);
  CHECK(ev.waiters() == 3);
  ws[1].cancel();
  settle(loop);
  CHECK(ev.waiters() == 2);
  ev.set();
  run_all(loop, ws);
  CHECK(log == Log{"2 cancelled", "1 woke", "3 woke"});
  CHECK(ev.is_set());
  run_all(loop, std::vector<Task<void>>{waiter("4")});  // set: returns at once
  ev.clear();
  CHECK_FALSE(ev.is_set());
  CHECK(log.back() == "4 woke");
}

TEST_CASE("Semaphore: at most N inside, FIFO, bounded release") {
  testing::VirtualClock clock;
  Loop loop(clock);
  Semaphore sem(loop, 2);
  REQUIRE(sem.status());
  int inside = 0, max_inside = 0;
  Log order;
  auto worker = [&](int i) -> Task<void> {
    Status s = co_await sem.acquire();
    if (!s) co_await raise(s.error());
    order.push_back(std::to_string(i));
    max_inside = std::max(max_inside, ++inside);
    Status z = co_await sleep(1s);
    (void)z;
    --inside;
    (void)sem.release();
  };
  std::vector<Task<void>> ws;
  for (int i = 0; i < 6; ++i) ws.push_back(worker(i));
  run_all(loop, ws);
  CHECK(max_inside == 2);
  CHECK(order == Log{"0", "1", "2", "3", "4", "5"});
  CHECK(loop.time() == TimePoint(3s));
  CHECK(sem.value() == 2);

  BoundedSemaphore bounded(loop, 1);
  Status over = bounded.release();
  REQUIRE_FALSE(over);
  CHECK(over.error().describe() == "ValueError: BoundedSemaphore released too many times");

  Semaphore negative(loop, -1);
  REQUIRE_FALSE(negative.status());
  CHECK(negative.status().error().describe() == "ValueError: Semaphore initial value must be >= 0");
}

TEST_CASE("Semaphore: a cancelled waiter does not swallow a permit") {
  Loop loop;
  Semaphore sem(loop, 0);
  Log log;
  auto waiter = [&](std::string name) -> Task<void> {
    Status s = co_await sem.acquire();
    log.push_back(name + (s ? " got it" : " cancelled"));
  };
  Task<void> a = create_task(loop, waiter("a"));
  Task<void> b = create_task(loop, waiter("b"));
  settle(loop);
  (void)sem.release();  // hands the permit to a ...
  a.cancel();           // ... which gives it back to b
  run_all(loop, std::vector<Task<void>>{a, b});
  CHECK(log == Log{"a cancelled", "b got it"});
  CHECK(sem.value() == 0);
}

TEST_CASE("Condition: wait/notify with the lock, FIFO, wait_for, misuse") {
  Loop loop;
  Condition cond(loop);
  Log log;
  int items = 0;
  auto consumer = [&](std::string name) -> Task<void> {
    Status s = co_await cond.acquire();
    (void)s;
    Result<bool> ok = co_await cond.wait_for([&] { return items > 0; });
    CHECK(cond.locked());
    --items;
    log.push_back(name + (ok ? " consumed" : " failed"));
    (void)cond.release();
  };
  auto producer = [&]() -> Task<void> {
    for (int i = 0; i < 2; ++i) {
      Status s = co_await cond.acquire();
      (void)s;
      ++items;
      REQUIRE(cond.notify());
      (void)cond.release();
      Status y = co_await yield_now();
      (void)y;
    }
  };
  std::vector<Task<void>> ts{consumer("c1"), consumer("c2")};
  for (auto& t : ts) t.start(loop);
  settle(loop);
  CHECK(cond.waiters() == 2);
  ts.push_back(producer());
  run_all(loop, ts);
  CHECK(log == Log{"c1 consumed", "c2 consumed"});

  Status n = cond.notify();
  REQUIRE_FALSE(n);
  CHECK(n.error().message() == "cannot notify on un-acquired lock");
  auto bad_wait = [&]() -> Task<int> {
    Status s = co_await cond.wait();
    co_return s ? 0 : (s.error().message() == "cannot wait on un-acquired lock" ? 1 : 2);
  };
  CHECK(run_until_complete(loop, bad_wait()).value() == 1);
}

TEST_CASE("Condition: a cancelled wait still re-acquires the lock") {
  Loop loop;
  Condition cond(loop);
  bool held_after_cancel = false;
  auto waiter = [&]() -> Task<void> {
    Status s = co_await cond.acquire();
    (void)s;
    Status w = co_await cond.wait();
    held_after_cancel = !w && w.error().is(ErrorKind::kCancelled) && cond.locked();
    (void)cond.release();
  };
  Task<void> t = create_task(loop, waiter());
  settle(loop);
  t.cancel();
  run_all(loop, std::vector<Task<void>>{t});
  CHECK(held_after_cancel);
  CHECK_FALSE(cond.locked());
}

TEST_CASE("Queue: bounded FIFO producer/consumer with task_done and join") {
  Loop loop;
  Queue<int> q(loop, 2);
  Log log;
  auto producer = [&]() -> Task<void> {
    for (int i = 0; i < 5; ++i) {
      Status s = co_await q.put(i);
      if (!s) co_await raise(s.error());
      log.push_back("put " + std::to_string(i) + " size " + std::to_string(q.size()));
    }
    Status j = co_await q.join();
    log.push_back(j ? "joined" : "join failed");
  };
  auto consumer = [&]() -> Task<void> {
    for (int i = 0; i < 5; ++i) {
      Result<int> r = co_await q.get();
      if (!r) co_await raise(r.error());
      log.push_back("got " + std::to_string(*r));
      REQUIRE(q.task_done());
    }
  };
  run_all(loop, std::vector<Task<void>>{producer(), consumer()});
  // CPython 3.11 prints exactly this interleaving for the same program.
  CHECK(log == Log{"put 0 size 1", "put 1 size 2", "got 0", "got 1", "put 2 size 1", "put 3 size 2",
                   "got 2", "got 3", "put 4 size 1", "got 4", "joined"});

  Status extra = q.task_done();
  REQUIRE_FALSE(extra);
  CHECK(extra.error().describe() == "ValueError: task_done() called too many times");
}

TEST_CASE("Queue: nowait forms, FIFO getters and a cancelled getter") {
  Loop loop;
  Queue<std::string> q(loop, 1);
  CHECK(q.get_nowait().error().is(ErrorKind::kEmpty));
  REQUIRE(q.put_nowait("x"));
  CHECK(q.full());
  CHECK(q.put_nowait("y").error().is(ErrorKind::kFull));
  CHECK(q.get_nowait().value() == "x");

  Log log;
  auto getter = [&](std::string name) -> Task<void> {
    Result<std::string> r = co_await q.get();
    log.push_back(name + ":" + (r ? *r : r.error().describe()));
  };
  std::vector<Task<void>> gs{getter("g1"), getter("g2"), getter("g3")};
  for (auto& g : gs) g.start(loop);
  settle(loop);
  gs[0].cancel();
  REQUIRE(q.put_nowait("a"));
  settle(loop);
  REQUIRE(q.put_nowait("b"));
  run_all(loop, gs);
  CHECK(log == Log{"g1:CancelledError", "g2:a", "g3:b"});
}
