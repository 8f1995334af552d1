// Tests for core/threads: ordering guarantees, timeouts, wake-ups across threads and every misuse
// error. Orderings are made deterministic by waiting until each waiter is really blocked (the
// primitives' waiters() counts) before starting the next; timings are checked only coarsely.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/clock/clock.h"
#include "core/error.h"
#include "core/threads/barrier.h"
#include "core/threads/blocking_queue.h"
#include "core/threads/condition.h"
#include "core/threads/event.h"
#include "core/threads/mutex.h"
#include "core/threads/semaphore.h"
#include "core/threads/thread.h"
#include "core/threads/thread_pool.h"

namespace {

using namespace asyncplay;
using namespace asyncplay::threads;
using namespace std::chrono_literals;
using clock::Duration;

constexpr Duration kShort = 30ms;  // the timeout of every wait that is meant to time out
constexpr Duration kSlack = 5s;    // generous upper bound: TSan and wasm are slow

const clock::Clock& real() {
  return clock::real_clock();
}

// Polls until `done()` holds; fails the test if that takes more than 10 seconds.
template <class F>
void wait_until(F done) {
  const clock::TimePoint deadline = real().now() + 10s;
  while (!done()) {
    REQUIRE(real().now() < deadline);
    real().sleep_for(100us);
  }
}

std::unique_ptr<Thread> spawn(std::function<void()> body, std::string name = "worker") {
  auto t = std::make_unique<Thread>(std::move(name), std::move(body));
  REQUIRE(t->start().ok());
  return t;
}

void join(Thread& t) {
  Result<bool> r = t.join();
  REQUIRE(r.ok());
  REQUIRE(r.value());
}

void join_all(std::vector<std::unique_ptr<Thread>>& threads) {
  for (auto& t : threads) join(*t);
}

// Runs `timed()` and checks that it took at least kShort (and not forever).
template <class F>
void check_takes_timeout(F timed) {
  const clock::TimePoint start = real().now();
  timed();
  const Duration elapsed = real().now() - start;
  CHECK(elapsed >= kShort);
  CHECK(elapsed < kShort + kSlack);
}

void check_error(const Error& e, ErrorKind kind, const std::string& message) {
  CHECK(e.kind() == kind);
  CHECK(e.message() == message);
}

template <class T>
void check_error(const Result<T>& r, ErrorKind kind, const std::string& message) {
  REQUIRE_FALSE(r.ok());
  check_error(r.error(), kind, message);
}

// A vector that several threads append to.
class Log {
 public:
  void add(int v) {
    std::lock_guard<std::mutex> lock(mu_);
    items_.push_back(v);
  }
  std::size_t size() const {
    std::lock_guard<std::mutex> lock(mu_);
    return items_.size();
  }
  std::vector<int> items() const {
    std::lock_guard<std::mutex> lock(mu_);
    return items_;
  }

 private:
  mutable std::mutex mu_;
  std::vector<int> items_;
};

}  // namespace

TEST_CASE("Mutex") {
  Mutex m;

  SUBCASE("acquire, release, locked") {
    CHECK_FALSE(m.locked());
    CHECK(m.acquire());
    CHECK(m.locked());
    CHECK_FALSE(m.acquire(false));
    CHECK(m.release().ok());
    CHECK_FALSE(m.locked());
  }

  SUBCASE("releasing an unlocked lock is a RuntimeError") {
    check_error(m.release(), ErrorKind::kRuntime, "release unlocked lock");
    CHECK(m.acquire());
    CHECK(m.release().ok());
    check_error(m.release(), ErrorKind::kRuntime, "release unlocked lock");
  }

  SUBCASE("another thread may release it") {
    CHECK(m.acquire());
    auto t = spawn([&] { CHECK(m.release().ok()); });
    join(*t);
    CHECK_FALSE(m.locked());
  }

  SUBCASE("a timed acquire of a held lock times out") {
    CHECK(m.acquire());
    check_takes_timeout([&] { CHECK_FALSE(m.acquire(true, kShort)); });
    CHECK(m.locked());
  }

  SUBCASE("a blocked acquire wakes when the holder releases") {
    CHECK(m.acquire());
    std::atomic<bool> got{false};
    auto t = spawn([&] { got = m.acquire(); });
    wait_until([&] { return m.waiters() == 1; });
    CHECK_FALSE(got);
    CHECK(m.release().ok());
    join(*t);
    CHECK(got);
    CHECK(m.locked());
  }

  SUBCASE("8 threads increment one counter under the lock") {
    constexpr int kThreads = 8;
    constexpr int kEach = 12500;
    long counter = 0;
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < kThreads; ++i) {
      threads.push_back(spawn([&] {
        for (int n = 0; n < kEach; ++n) {
          Guard<Mutex> g(m);
          ++counter;
        }
      }));
    }
    join_all(threads);
    CHECK(counter == 100000);
    CHECK_FALSE(m.locked());
  }
}

TEST_CASE("RecursiveMutex") {
  RecursiveMutex m;

  SUBCASE("the owner may acquire it again") {
    CHECK(m.acquire());
    CHECK(m.acquire(false));
    CHECK(m.count() == 2);
    CHECK(m.owner() == current_ident());
    CHECK(m.is_owned());
    CHECK(m.release().ok());
    CHECK(m.locked());
    CHECK(m.release().ok());
    CHECK_FALSE(m.locked());
    CHECK(m.owner() == 0);
  }

  SUBCASE("only the owner may release it") {
    check_error(m.release(), ErrorKind::kRuntime, "cannot release un-acquired lock");
    CHECK(m.acquire());
    Status from_other;
    auto t = spawn([&] { from_other = m.release(); });
    join(*t);
    check_error(from_other, ErrorKind::kRuntime, "cannot release un-acquired lock");
    CHECK(m.count() == 1);
    CHECK(m.release().ok());
  }

  SUBCASE("other threads block, time out, then get it") {
    CHECK(m.acquire());
    bool try_result = true;
    auto t1 = spawn([&] {
      try_result = m.acquire(false);
      check_takes_timeout([&] { CHECK_FALSE(m.acquire(true, kShort)); });
    });
    join(*t1);
    CHECK_FALSE(try_result);
    std::atomic<bool> got{false};
    auto t2 = spawn([&] {
      got = m.acquire();
      CHECK(m.release().ok());
    });
    wait_until([&] { return m.waiters() == 1; });
    CHECK(m.release().ok());
    join(*t2);
    CHECK(got);
  }
}

TEST_CASE("Condition") {
  SUBCASE("waiting or notifying without the lock is a RuntimeError") {
    Mutex m;
    Condition over_mutex(m);
    check_error(over_mutex.wait(kShort), ErrorKind::kRuntime, "cannot wait on un-acquired lock");
    check_error(over_mutex.notify(), ErrorKind::kRuntime, "cannot notify on un-acquired lock");
    check_error(over_mutex.notify_all(), ErrorKind::kRuntime, "cannot notify on un-acquired lock");
    check_error(over_mutex.wait_for([] { return false; }), ErrorKind::kRuntime,
                "cannot wait on un-acquired lock");

    RecursiveMutex rm;
    Condition over_rmutex(rm);
    CHECK(rm.acquire());  // held, but by another thread than the waiter below
    Result<bool> waited = false;
    Status notified;
    auto t = spawn([&] {
      waited = over_rmutex.wait(kShort);
      notified = over_rmutex.notify();
    });
    join(*t);
    check_error(waited, ErrorKind::kRuntime, "cannot wait on un-acquired lock");
    check_error(notified, ErrorKind::kRuntime, "cannot notify on un-acquired lock");
    CHECK(rm.release().ok());
  }

  SUBCASE("a timed wait returns false and holds the lock again") {
    Condition cond;  // over its own RecursiveMutex, like threading.Condition()
    CHECK(cond.acquire());
    CHECK(cond.acquire());
    check_takes_timeout([&] {
      Result<bool> r = cond.wait(kShort);
      REQUIRE(r.ok());
      CHECK_FALSE(r.value());
    });
    CHECK(cond.is_owned());
    CHECK(cond.recursive_mutex()->count() == 2);
    CHECK(cond.waiters() == 0);
    CHECK(cond.release().ok());
    CHECK(cond.release().ok());
  }

  SUBCASE("wait releases a recursive lock completely and restores its level") {
    RecursiveMutex rm;
    Condition cond(rm);
    std::atomic<bool> woke{false};
    auto t = spawn([&] {
      CHECK(rm.acquire());
      CHECK(rm.acquire());
      Result<bool> r = cond.wait();
      woke = r.ok() && r.value();
      CHECK(rm.count() == 2);
      CHECK(rm.release().ok());
      CHECK(rm.release().ok());
    });
    wait_until([&] { return cond.waiters() == 1; });
    CHECK(rm.acquire());  // possible only because wait() released both levels
    CHECK(cond.notify().ok());
    CHECK(rm.release().ok());
    join(*t);
    CHECK(woke);
  }

  SUBCASE("notify wakes waiters in FIFO order") {
    Mutex m;
    Condition cond(m);
    std::vector<int> order;  // guarded by m
    std::vector<std::unique_ptr<Thread>> threads;
    constexpr int kWaiters = 4;
    for (int i = 0; i < kWaiters; ++i) {
      threads.push_back(spawn([&, i] {
        CHECK(cond.acquire());
        Result<bool> r = cond.wait();
        CHECK((r.ok() && r.value()));
        order.push_back(i);
        CHECK(cond.release().ok());
      }));
      wait_until([&] { return cond.waiters() == static_cast<std::size_t>(i + 1); });
    }
    auto woken = [&] {
      Guard<Mutex> g(m);
      return order.size();
    };
    for (int k = 0; k < kWaiters; ++k) {
      CHECK(cond.acquire());
      CHECK(cond.notify().ok());
      CHECK(cond.release().ok());
      wait_until([&] { return woken() == static_cast<std::size_t>(k + 1); });
    }
    join_all(threads);
    CHECK(order == std::vector<int>{0, 1, 2, 3});
  }

  SUBCASE("notify(n) wakes the n oldest waiters, notify_all the rest") {
    Mutex m;
    Condition cond(m);
    std::vector<std::unique_ptr<Thread>> threads;
    Log woke;
    for (int i = 0; i < 5; ++i) {
      threads.push_back(spawn([&, i] {
        CHECK(cond.acquire());
        CHECK(cond.wait().ok());
        woke.add(i);
        CHECK(cond.release().ok());
      }));
      wait_until([&] { return cond.waiters() == static_cast<std::size_t>(i + 1); });
    }
    CHECK(cond.acquire());
    CHECK(cond.notify(2).ok());
    CHECK(cond.waiters() == 3);
    CHECK(cond.release().ok());
    wait_until([&] { return woke.size() == 2; });
    std::vector<int> first = woke.items();
    std::sort(first.begin(), first.end());
    CHECK(first == std::vector<int>{0, 1});
    CHECK(cond.acquire());
    CHECK(cond.notify_all().ok());
    CHECK(cond.waiters() == 0);
    CHECK(cond.release().ok());
    join_all(threads);
    CHECK(woke.size() == 5);
  }

  SUBCASE("wait_for checks its predicate and honours the timeout") {
    Mutex m;
    Condition cond(m);
    bool ready = false;  // guarded by m
    CHECK(cond.acquire());
    check_takes_timeout([&] {
      Result<bool> r = cond.wait_for([&] { return ready; }, kShort);
      REQUIRE(r.ok());
      CHECK_FALSE(r.value());
    });
    auto t = spawn([&] {
      for (int i = 0; i < 3; ++i) {  // two notifications with the predicate still false
        wait_until([&] { return cond.waiters() == 1; });
        Guard<Condition> g(cond);
        ready = i == 2;
        CHECK(cond.notify().ok());
      }
    });
    Result<bool> r = cond.wait_for([&] { return ready; });
    REQUIRE(r.ok());
    CHECK(r.value());
    CHECK(cond.release().ok());
    join(*t);
  }
}

TEST_CASE("Semaphore") {
  SUBCASE("counts permits") {
    Semaphore s(2);
    CHECK(s.acquire());
    CHECK(s.acquire(false));
    CHECK_FALSE(s.acquire(false));
    CHECK(s.value() == 0);
    CHECK(s.release(2).ok());
    CHECK(s.value() == 2);
  }

  SUBCASE("value errors") {
    check_error(Semaphore::create(-1), ErrorKind::kValue, "semaphore initial value must be >= 0");
    check_error(BoundedSemaphore::create(-1), ErrorKind::kValue,
                "semaphore initial value must be >= 0");
    Result<std::unique_ptr<Semaphore>> made = Semaphore::create(3);
    REQUIRE(made.ok());
    CHECK(made.value()->value() == 3);
    Semaphore s(0);
    check_error(s.release(0), ErrorKind::kValue, "n must be one or more");
  }

  SUBCASE("a BoundedSemaphore may not be released above its initial value") {
    BoundedSemaphore s(2);
    check_error(s.release(), ErrorKind::kValue, "Semaphore released too many times");
    CHECK(s.acquire());
    check_error(s.release(2), ErrorKind::kValue, "Semaphore released too many times");
    CHECK(s.release().ok());
    CHECK(s.value() == 2);
  }

  SUBCASE("a timed acquire times out") {
    Semaphore s(0);
    check_takes_timeout([&] { CHECK_FALSE(s.acquire(true, kShort)); });
    CHECK(s.waiters() == 0);
    CHECK_FALSE(s.acquire(true, Duration::zero()));
  }

  SUBCASE("waiters get permits in FIFO order") {
    Semaphore s(0);
    Log order;
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < 4; ++i) {
      threads.push_back(spawn([&, i] {
        CHECK(s.acquire());
        order.add(i);
      }));
      wait_until([&] { return s.waiters() == static_cast<std::size_t>(i + 1); });
    }
    for (int k = 0; k < 4; ++k) {
      CHECK(s.release().ok());
      wait_until([&] { return order.size() == static_cast<std::size_t>(k + 1); });
    }
    join_all(threads);
    CHECK(order.items() == std::vector<int>{0, 1, 2, 3});
    CHECK(s.value() == 0);
  }

  SUBCASE("a released permit goes to the waiter, not to a later arrival") {
    Semaphore s(0);
    auto t = spawn([&] { CHECK(s.acquire()); });
    wait_until([&] { return s.waiters() == 1; });
    CHECK(s.release().ok());
    CHECK_FALSE(s.acquire(false));
    join(*t);
  }

  SUBCASE("release(n) wakes n waiters and keeps the rest") {
    Semaphore s(0);
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < 3; ++i) {
      threads.push_back(spawn([&] { CHECK(s.acquire()); }));
      wait_until([&] { return s.waiters() == static_cast<std::size_t>(i + 1); });
    }
    CHECK(s.release(5).ok());
    join_all(threads);
    CHECK(s.value() == 2);
  }
}

TEST_CASE("Event") {
  Event e;

  SUBCASE("set, clear, is_set") {
    CHECK_FALSE(e.is_set());
    e.set();
    CHECK(e.is_set());
    CHECK(e.wait());
    CHECK(e.wait(Duration::zero()));
    e.clear();
    CHECK_FALSE(e.is_set());
  }

  SUBCASE("a timed wait times out") {
    check_takes_timeout([&] { CHECK_FALSE(e.wait(kShort)); });
  }

  SUBCASE("set wakes every waiter, even if cleared at once") {
    std::atomic<int> woke{0};
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < 3; ++i) {
      threads.push_back(spawn([&] { woke += e.wait() ? 1 : 0; }));
    }
    wait_until([&] { return e.waiters() == 3; });
    e.set();
    e.clear();
    join_all(threads);
    CHECK(woke == 3);
    CHECK_FALSE(e.is_set());
  }
}

TEST_CASE("Barrier") {
  SUBCASE("releases all parties, generation after generation") {
    constexpr int kParties = 4;
    constexpr int kRounds = 3;
    int actions = 0;  // run with the barrier's lock held, read after the joins
    Barrier b(kParties, std::nullopt, [&]() -> Status {
      ++actions;
      return {};
    });
    CHECK(b.parties() == kParties);
    std::vector<std::vector<std::size_t>> index(kParties);
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < kParties; ++i) {
      threads.push_back(spawn([&, i] {
        for (int r = 0; r < kRounds; ++r) {
          Result<std::size_t> got = b.wait();
          index[i].push_back(got.ok() ? got.value() : 99);
        }
      }));
    }
    join_all(threads);
    CHECK(actions == kRounds);
    for (int r = 0; r < kRounds; ++r) {
      std::vector<std::size_t> round;
      for (int i = 0; i < kParties; ++i) round.push_back(index[i][r]);
      std::sort(round.begin(), round.end());
      CHECK(round == std::vector<std::size_t>{0, 1, 2, 3});
    }
    CHECK(b.n_waiting() == 0);
    CHECK_FALSE(b.broken());
  }

  SUBCASE("a timeout breaks it until reset") {
    Barrier b(3, kShort);
    Result<std::size_t> other = std::size_t{0};
    auto t = spawn([&] { other = b.wait(std::optional<Duration>(10s)); });
    wait_until([&] { return b.n_waiting() == 1; });
    check_takes_timeout([&] { check_error(b.wait(), ErrorKind::kBrokenBarrier, ""); });
    join(*t);
    check_error(other, ErrorKind::kBrokenBarrier, "");
    CHECK(b.broken());
    check_error(b.wait(), ErrorKind::kBrokenBarrier, "");
    b.reset();
    CHECK_FALSE(b.broken());
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < 3; ++i) threads.push_back(spawn([&] { CHECK(b.wait(10s).ok()); }));
    join_all(threads);
  }

  SUBCASE("abort breaks it for current and later waiters") {
    Barrier b(2);
    Result<std::size_t> got = std::size_t{0};
    auto t = spawn([&] { got = b.wait(); });
    wait_until([&] { return b.n_waiting() == 1; });
    b.abort();
    join(*t);
    check_error(got, ErrorKind::kBrokenBarrier, "");
    CHECK(b.broken());
    CHECK(b.n_waiting() == 0);
    check_error(b.wait(), ErrorKind::kBrokenBarrier, "");
  }

  SUBCASE("reset fails current waiters and leaves it usable") {
    Barrier b(2);
    Result<std::size_t> got = std::size_t{0};
    auto t = spawn([&] { got = b.wait(); });
    wait_until([&] { return b.n_waiting() == 1; });
    b.reset();
    join(*t);
    check_error(got, ErrorKind::kBrokenBarrier, "");
    CHECK_FALSE(b.broken());
    auto t2 = spawn([&] { CHECK(b.wait().ok()); });
    CHECK(b.wait().ok());
    join(*t2);
  }

  SUBCASE("a failing action breaks it; its error goes to the thread that ran it") {
    Barrier b(2, std::nullopt, [] { return Status(Error::runtime("boom")); });
    Result<std::size_t> other = std::size_t{0};
    auto t = spawn([&] { other = b.wait(); });
    wait_until([&] { return b.n_waiting() == 1; });
    check_error(b.wait(), ErrorKind::kRuntime, "boom");
    join(*t);
    check_error(other, ErrorKind::kBrokenBarrier, "");
    CHECK(b.broken());
  }
}

TEST_CASE("BlockingQueue") {
  SUBCASE("FIFO, bounded, nowait errors") {
    BlockingQueue<int> q(2);
    CHECK(q.empty());
    CHECK(q.maxsize() == 2);
    check_error(q.try_get(), ErrorKind::kEmpty, "");
    CHECK(q.put(1).ok());
    CHECK(q.try_put(2).ok());
    CHECK(q.full());
    check_error(q.try_put(3), ErrorKind::kFull, "");
    check_error(q.put(3, false), ErrorKind::kFull, "");
    CHECK(q.size() == 2);
    CHECK(q.get().value() == 1);
    CHECK(q.try_get().value() == 2);
    CHECK(q.empty());
  }

  SUBCASE("timed get and put time out with Empty and Full") {
    BlockingQueue<int> q(1);
    check_takes_timeout([&] { check_error(q.get(true, kShort), ErrorKind::kEmpty, ""); });
    CHECK(q.put(7).ok());
    check_takes_timeout([&] { check_error(q.put(8, true, kShort), ErrorKind::kFull, ""); });
    CHECK(q.getters() == 0);
    CHECK(q.putters() == 0);
    CHECK(q.get().value() == 7);
  }

  SUBCASE("blocked getters are served in FIFO order") {
    BlockingQueue<int> q;
    constexpr int kGetters = 4;
    std::vector<int> got(kGetters, -1);
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < kGetters; ++i) {
      threads.push_back(spawn([&, i] { got[i] = q.get().value(); }));
      wait_until([&] { return q.getters() == static_cast<std::size_t>(i + 1); });
    }
    for (int i = 0; i < kGetters; ++i) CHECK(q.put(i).ok());
    join_all(threads);
    CHECK(got == std::vector<int>{0, 1, 2, 3});
  }

  SUBCASE("blocked putters are served in FIFO order") {
    BlockingQueue<int> q(1);
    CHECK(q.put(100).ok());
    std::vector<std::unique_ptr<Thread>> threads;
    for (int i = 0; i < 3; ++i) {
      threads.push_back(spawn([&, i] { CHECK(q.put(i).ok()); }));
      wait_until([&] { return q.putters() == static_cast<std::size_t>(i + 1); });
    }
    std::vector<int> got;
    for (int i = 0; i < 4; ++i) got.push_back(q.get().value());
    join_all(threads);
    CHECK(got == std::vector<int>{100, 0, 1, 2});
  }

  SUBCASE("producers and consumers with task_done and join") {
    constexpr int kProducers = 2;
    constexpr int kConsumers = 2;
    constexpr int kItems = 500;  // per producer
    BlockingQueue<int> q(4);
    std::atomic<long> sum{0};
    std::atomic<std::size_t> max_size{0};
    std::vector<std::unique_ptr<Thread>> threads;
    for (int p = 0; p < kProducers; ++p) {
      threads.push_back(spawn([&] {
        for (int i = 1; i <= kItems; ++i) CHECK(q.put(i).ok());
      }));
    }
    for (int c = 0; c < kConsumers; ++c) {
      threads.push_back(spawn([&] {
        for (;;) {
          const std::size_t size = q.size();
          if (size > max_size) max_size = size;
          const int item = q.get().value();
          CHECK(q.task_done().ok());
          if (item < 0) return;
          sum += item;
        }
      }));
    }
    for (int p = 0; p < kProducers; ++p) join(*threads[p]);
    for (int c = 0; c < kConsumers; ++c) CHECK(q.put(-1).ok());
    CHECK(q.join());
    for (int c = 0; c < kConsumers; ++c) join(*threads[kProducers + c]);
    CHECK(sum == kProducers * kItems * (kItems + 1) / 2);
    CHECK(max_size <= 4);
    CHECK(q.unfinished_tasks() == 0);
  }

  SUBCASE("task_done too often is a ValueError; join waits for it") {
    BlockingQueue<std::string> q;
    check_error(q.task_done(), ErrorKind::kValue, "task_done() called too many times");
    CHECK(q.put("job").ok());
    CHECK(q.unfinished_tasks() == 1);
    check_takes_timeout([&] { CHECK_FALSE(q.join(kShort)); });
    CHECK(q.get().value() == "job");
    auto t = spawn([&] { CHECK(q.join()); });
    CHECK(q.task_done().ok());
    join(*t);
    check_error(q.task_done(), ErrorKind::kValue, "task_done() called too many times");
  }

  SUBCASE("LifoQueue returns the newest item first") {
    LifoQueue<int> q;
    for (int i = 0; i < 4; ++i) CHECK(q.put(i).ok());
    std::vector<int> got;
    while (!q.empty()) got.push_back(q.get().value());
    CHECK(got == std::vector<int>{3, 2, 1, 0});
  }

  SUBCASE("PriorityQueue orders equal keys exactly as CPython's heapq does") {
    using Item = std::pair<int, int>;  // (key, insertion index); compared by key only
    auto by_key = [](const Item& a, const Item& b) { return a.first < b.first; };
    PriorityQueue<Item, decltype(by_key)> q(0, clock::default_clock(),
                                            PriorityOrder<Item, decltype(by_key)>(by_key));
    const int keys[] = {3, 1, 2, 1, 3, 1, 2, 2, 1, 3};
    for (int i = 0; i < 10; ++i) CHECK(q.put({keys[i], i}).ok());
    std::vector<Item> got;
    while (!q.empty()) got.push_back(q.get().value());
    // From CPython 3.11: queue.PriorityQueue with __lt__ comparing keys only.
    const std::vector<Item> cpython = {{1, 1}, {1, 5}, {1, 3}, {1, 8}, {2, 6},
                                       {2, 2}, {2, 7}, {3, 9}, {3, 0}, {3, 4}};
    CHECK(got == cpython);
  }

  SUBCASE("move-only items") {
    BlockingQueue<std::unique_ptr<int>> q(1);
    CHECK(q.put(std::make_unique<int>(5)).ok());
    Result<std::unique_ptr<int>> r = q.get();
    REQUIRE(r.ok());
    CHECK(*r.value() == 5);
  }
}

TEST_CASE("Thread") {
  SUBCASE("runs its body; idents and names") {
    std::uint64_t inside_ident = 0;
    std::uint64_t inside_native = 0;
    Event go;
    Thread t("Thread-1", [&] {
      go.wait();
      inside_ident = Thread::current_ident();
      inside_native = Thread::current_native_id();
    });
    CHECK(t.name() == "Thread-1");
    CHECK(t.ident() == 0);
    CHECK_FALSE(t.started());
    CHECK_FALSE(t.is_alive());
    REQUIRE(t.start().ok());
    CHECK(t.started());
    CHECK(t.is_alive());
    CHECK(t.ident() != 0);
    CHECK(t.ident() != Thread::current_ident());
    CHECK(t.native_id() != 0);
    CHECK(t.native_id() != Thread::current_native_id());
    go.set();
    join(t);
    CHECK_FALSE(t.is_alive());
    CHECK(inside_ident == t.ident());
    CHECK(inside_native == t.native_id());
    CHECK(Thread::current_ident() == Thread::current_ident());
  }

  SUBCASE("a timed join times out while the thread runs") {
    Event go;
    Thread t("sleeper", [&] { go.wait(); });
    REQUIRE(t.start().ok());
    check_takes_timeout([&] {
      Result<bool> r = t.join(kShort);
      REQUIRE(r.ok());
      CHECK_FALSE(r.value());
    });
    CHECK(t.is_alive());
    go.set();
    Result<bool> r = t.join(10s);
    REQUIRE(r.ok());
    CHECK(r.value());
    CHECK(t.join().value());  // joining again is fine
  }

  SUBCASE("several threads may join one thread") {
    Event go;
    Thread t("target", [&] { go.wait(); });
    REQUIRE(t.start().ok());
    std::atomic<int> joined{0};
    std::vector<std::unique_ptr<Thread>> joiners;
    for (int i = 0; i < 3; ++i) {
      joiners.push_back(spawn([&] { joined += t.join().value() ? 1 : 0; }));
    }
    go.set();
    join_all(joiners);
    CHECK(joined == 3);
  }

  SUBCASE("misuse errors") {
    Thread t("t", [] {});
    check_error(t.join(), ErrorKind::kRuntime, "cannot join thread before it is started");
    REQUIRE(t.start().ok());
    check_error(t.start(), ErrorKind::kRuntime, "threads can only be started once");
    check_error(t.set_daemon(true), ErrorKind::kRuntime,
                "cannot set daemon status of active thread");
    join(t);
    check_error(t.start(), ErrorKind::kRuntime, "threads can only be started once");

    Thread* self = nullptr;
    Result<bool> self_join = true;
    Thread joiner("self-joiner", [&] { self_join = self->join(); });
    self = &joiner;
    REQUIRE(joiner.start().ok());
    join(joiner);
    check_error(self_join, ErrorKind::kRuntime, "cannot join current thread");
  }

  SUBCASE("a thread the system cannot create is reported, and may be retried") {
    Thread::Options huge;
    huge.stack_bytes = static_cast<std::size_t>(-1) / 2;
    bool ran = false;
    Thread t(
        "huge", [&] { ran = true; }, huge);
    check_error(t.start(), ErrorKind::kRuntime, "can't start new thread");
    CHECK_FALSE(t.started());
    CHECK(t.ident() == 0);
    check_error(t.join(), ErrorKind::kRuntime, "cannot join thread before it is started");
    CHECK_FALSE(ran);

    Thread::Options small;
    small.stack_bytes = 256 * 1024;
    small.daemon = true;
    Thread ok(
        "small", [&] { ran = true; }, small);
    CHECK(ok.daemon());
    REQUIRE(ok.start().ok());
    join(ok);
    CHECK(ran);
  }

  SUBCASE("the body is destroyed on its thread before join returns") {
    auto token = std::make_shared<int>(0);
    Thread t("t", [token] { ++*token; });
    CHECK(token.use_count() == 2);
    REQUIRE(t.start().ok());
    join(t);
    CHECK(*token == 1);
    CHECK(token.use_count() == 1);
  }

  SUBCASE("a Thread may be destroyed while its thread runs") {
    auto go = std::make_shared<Event>();
    auto done = std::make_shared<Event>();
    {
      Thread t("detached", [go, done] {
        go->wait();
        done->set();
      });
      REQUIRE(t.start().ok());
    }
    go->set();
    CHECK(done->wait(10s));
    {
      Thread finished("finished", [] {});
      REQUIRE(finished.start().ok());
      while (finished.is_alive()) real().sleep_for(100us);
    }  // destroyed unjoined after finishing: detached, not leaked
  }
}

TEST_CASE("ThreadPool") {
  SUBCASE("runs many jobs on at most max_workers named threads") {
    std::atomic<int> ran{0};
    {
      ThreadPool pool(4);
      CHECK(pool.max_workers() == 4);
      for (int i = 0; i < 200; ++i) CHECK(pool.submit([&] { ++ran; }).ok());
      pool.shutdown();
      CHECK(ran == 200);
      CHECK(pool.is_shutdown());
      std::vector<ThreadPool::WorkerInfo> workers = pool.workers();
      REQUIRE(workers.size() >= 1);
      REQUIRE(workers.size() <= 4);
      for (std::size_t i = 0; i < workers.size(); ++i) {
        CHECK(workers[i].name == "ThreadPoolExecutor-0_" + std::to_string(i));
        CHECK(workers[i].ident != 0);
      }
    }
    CHECK(ran == 200);
  }

  SUBCASE("starts a worker only when none is idle") {
    ThreadPool pool(4, "io");
    Event go;
    std::atomic<int> ran{0};
    CHECK(pool.submit([&] { ++ran; }).ok());
    CHECK(pool.worker_count() == 1);
    wait_until([&] { return pool.idle_workers() == 1; });
    CHECK(pool.submit([&] {
                go.wait();
                ++ran;
              })
              .ok());
    CHECK(pool.worker_count() == 1);  // reused the idle worker
    CHECK(pool.submit([&] { ++ran; }).ok());
    CHECK(pool.worker_count() == 2);
    CHECK(pool.workers()[1].name == "io_1");
    go.set();
    pool.shutdown();
    CHECK(ran == 3);
  }

  SUBCASE("never exceeds max_workers; extra jobs wait in the queue") {
    ThreadPool pool(2);
    Event go;
    std::atomic<int> started{0};
    for (int i = 0; i < 3; ++i) {
      CHECK(pool.submit([&] {
                  ++started;
                  go.wait();
                })
                .ok());
    }
    wait_until([&] { return started == 2; });
    CHECK(pool.worker_count() == 2);
    CHECK(pool.pending() == 1);
    go.set();
    pool.shutdown();
    CHECK(started == 3);
  }

  SUBCASE("submit after shutdown is refused") {
    ThreadPool pool(2);
    pool.shutdown();
    check_error(pool.submit([] {}), ErrorKind::kShutdown,
                "cannot schedule new futures after shutdown");
    CHECK(pool.worker_count() == 0);
  }

  SUBCASE("shutdown with cancel_pending drops queued jobs and says so") {
    ThreadPool pool(1);
    Event go;
    Event running;
    std::atomic<int> ran{0};
    std::atomic<int> cancelled{0};
    CHECK(pool.submit([&] {
                running.set();
                go.wait();
                ++ran;
              })
              .ok());
    CHECK(running.wait(10s));
    for (int i = 0; i < 5; ++i) {
      CHECK(pool.submit([&] { ++ran; }, [&] { ++cancelled; }).ok());
    }
    CHECK(pool.pending() == 5);
    pool.shutdown(false, true);
    CHECK(cancelled == 5);
    CHECK(pool.pending() == 0);
    go.set();
    pool.shutdown(true);
    CHECK(ran == 1);
    CHECK(cancelled == 5);
  }

  SUBCASE("the destructor waits for queued jobs") {
    std::atomic<int> ran{0};
    {
      ThreadPool pool(2);
      for (int i = 0; i < 20; ++i) {
        CHECK(pool.submit([&] {
                    real().sleep_for(100us);
                    ++ran;
                  })
                  .ok());
      }
    }
    CHECK(ran == 20);
  }

  SUBCASE("a job may shut down, or destroy, its own pool") {
    std::atomic<int> ran{0};
    ThreadPool pool(2);
    CHECK(pool.submit([&] {
                pool.shutdown(true);
                ++ran;
              })
              .ok());
    wait_until([&] { return pool.is_shutdown() && ran == 1; });
    pool.shutdown(true);

    Event done;
    auto owned = std::make_unique<ThreadPool>(1);
    ThreadPool* raw = owned.get();
    CHECK(raw->submit([&] {
               owned.reset();
               done.set();
             })
              .ok());
    CHECK(done.wait(10s));
  }

  SUBCASE("default_max_workers is CPython's") {
    CHECK(ThreadPool::default_max_workers() >= 5);
    CHECK(ThreadPool::default_max_workers() <= 32);
    ThreadPool pool;
    CHECK(pool.max_workers() == ThreadPool::default_max_workers());
  }
}
