// core/lang: the GIL — mutual exclusion, the drop request after a switch interval, and forced
// switching so that CPU-bound threads take turns.
#include "core/lang/gil.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

using namespace asyncplay;
using namespace asyncplay::lang;
using namespace std::chrono_literals;

TEST_CASE("an uncontended GIL is taken and released without a drop request") {
  Gil g;
  const auto before = g.switches();
  g.acquire();
  CHECK_FALSE(g.drop_requested());
  g.release();
  g.acquire();
  g.release();
  CHECK(g.switches() == before + 2);
}

TEST_CASE("a waiter gets a drop request after the switch interval, and the holder yields to it") {
  Gil g;
  g.set_switch_interval(2ms);
  CHECK(g.switch_interval() == clock::Duration(2ms));
  g.acquire();
  std::atomic<bool> waiter_has_it{false};
  std::thread waiter([&] {
    g.acquire();
    waiter_has_it = true;
    std::this_thread::sleep_for(5ms);
    waiter_has_it = false;
    g.release();
  });
  // The holder "runs Python code", polling the eval breaker as the VM does.
  while (!g.drop_requested()) std::this_thread::yield();
  g.yield();
  // yield returned: the waiter had the GIL in between and gave it back.
  CHECK_FALSE(waiter_has_it.load());
  CHECK_FALSE(g.drop_requested());
  g.release();
  waiter.join();
}

TEST_CASE("CPU-bound threads take turns") {
  Gil g;
  g.set_switch_interval(1ms);
  std::atomic<bool> stop{false};
  std::vector<long> turns(2, 0);
  std::mutex turns_mutex;
  auto spin = [&](int me) {
    g.acquire();
    while (!stop) {
      if (g.drop_requested()) {
        g.yield();
        std::lock_guard<std::mutex> lock(turns_mutex);
        ++turns[me];
      }
    }
    g.release();
  };
  std::thread a(spin, 0), b(spin, 1);
  // Wait until each thread has been made to hand over 5 times (about 10 ms at 1 ms intervals);
  // the deadline only keeps a broken GIL from hanging the test, it is not a timing check.
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  auto both_turned = [&] {
    std::lock_guard<std::mutex> lock(turns_mutex);
    return turns[0] >= 5 && turns[1] >= 5;
  };
  while (!both_turned() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(5ms);
  }
  stop = true;
  a.join();
  b.join();
  CHECK(turns[0] >= 5);
  CHECK(turns[1] >= 5);
}
