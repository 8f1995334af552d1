// bench/core: how fast core/loop and core/threads are, natively and compiled to wasm.
//
//   core_bench [--json] [--quick]
//
// (a) task switches through yield_now() (asyncio.sleep(0)),
// (b) tasks created and gathered,
// (c) call_soon_threadsafe from another thread: throughput, and idle-loop wake-up round trips,
// (d) thread start + join latency.
// Prints a table, or one JSON object (for bench/run.mjs, which sets native and wasm side by side).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "core/loop/gather.h"
#include "core/loop/task.h"
#include "core/threads/thread.h"

using namespace asyncplay;
using Steady = std::chrono::steady_clock;

namespace {

struct Measure {
  std::string key;
  std::string what;
  double value;
  std::string unit;
};

double ns_since(Steady::time_point t0) {
  return std::chrono::duration<double, std::nano>(Steady::now() - t0).count();
}

loop::Task<void> yielder(long n) {
  for (long i = 0; i < n; ++i) {
    Status s = co_await loop::yield_now();
    if (!s) co_await loop::raise(s.error());
  }
}

Measure task_switches(long total) {
  loop::Loop loop;
  std::vector<loop::Task<void>> tasks{yielder(total / 2), yielder(total / 2)};
  const auto t0 = Steady::now();
  loop.run_until_complete(loop::gather(loop, tasks)).value();
  return {"switch", "task switch via yield_now()", ns_since(t0) / total, "ns"};
}

loop::Task<int> tiny(int i) {
  co_return i;
}

Measure create_and_gather(int n) {
  loop::Loop loop;
  const auto t0 = Steady::now();
  std::vector<loop::Task<int>> tasks;
  tasks.reserve(n);
  for (int i = 0; i < n; ++i) tasks.push_back(tiny(i));
  auto all = loop.run_until_complete(loop::gather(loop, tasks));
  if (!all || all->size() != static_cast<std::size_t>(n)) fatal("gather lost results");
  return {"gather", "task created + gathered", ns_since(t0) / n, "ns"};
}

Measure threadsafe_throughput(int n) {
  loop::Loop loop;
  int seen = 0;
  threads::Thread producer("producer", [&] {
    for (int i = 0; i < n; ++i) {
      loop.call_soon_threadsafe([&] {
        if (++seen == n) loop.stop();
      });
    }
  });
  const auto t0 = Steady::now();
  producer.start().value();
  loop.run_forever().value();
  const double ns = ns_since(t0);
  producer.join().value();
  return {"threadsafe", "call_soon_threadsafe, posted from a thread", ns / n, "ns"};
}

Measure threadsafe_round_trips(int n) {
  loop::Loop loop;
  std::mutex m;
  std::condition_variable cv;
  int acked = 0;
  threads::Thread pinger("pinger", [&] {
    for (int i = 0; i < n; ++i) {
      loop.call_soon_threadsafe([&] {
        std::lock_guard<std::mutex> lock(m);
        ++acked;
        cv.notify_one();
      });
      std::unique_lock<std::mutex> lock(m);
      cv.wait(lock, [&] { return acked > i; });
    }
    loop.call_soon_threadsafe([&] { loop.stop(); });
  });
  const auto t0 = Steady::now();
  pinger.start().value();
  loop.run_forever().value();
  const double ns = ns_since(t0);
  pinger.join().value();
  return {"wakeup", "idle loop woken from a thread, round trip", ns / n / 1000, "us"};
}

Measure thread_start_join(int n) {
  std::vector<double> samples;
  samples.reserve(n);
  for (int i = 0; i < n; ++i) {
    int ran = 0;
    threads::Thread t("t", [&] { ran = 1; });
    const auto t0 = Steady::now();
    t.start().value();
    t.join().value();
    samples.push_back(ns_since(t0) / 1000);
    if (!ran) fatal("thread body did not run");
  }
  std::sort(samples.begin(), samples.end());
  return {"thread", "thread start + join (median)", samples[samples.size() / 2], "us"};
}

void print_table(const std::vector<Measure>& ms) {
  std::printf("| measure | value |\n|---|---:|\n");
  for (const auto& m : ms)
    std::printf("| %s | %.1f %s |\n", m.what.c_str(), m.value, m.unit.c_str());
}

void print_json(const std::vector<Measure>& ms) {
  std::printf("{");
  for (std::size_t i = 0; i < ms.size(); ++i) {
    std::printf("%s\"%s\": {\"what\": \"%s\", \"value\": %.3f, \"unit\": \"%s\"}", i ? ", " : "",
                ms[i].key.c_str(), ms[i].what.c_str(), ms[i].value, ms[i].unit.c_str());
  }
  std::printf("}\n");
}

}  // namespace

int main(int argc, char** argv) {
  bool json = false, quick = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--json"))
      json = true;
    else if (!std::strcmp(argv[i], "--quick"))
      quick = true;
    else {
      std::fprintf(stderr, "usage: core_bench [--json] [--quick]\n");
      return 2;
    }
  }
  const int scale = quick ? 10 : 1;
  std::vector<Measure> ms;
  ms.push_back(task_switches(1000000 / scale));
  ms.push_back(create_and_gather(100000 / scale));
  ms.push_back(threadsafe_throughput(100000 / scale));
  ms.push_back(threadsafe_round_trips(10000 / scale));
  ms.push_back(thread_start_join(200 / scale));
  json ? print_json(ms) : print_table(ms);
  return 0;
}
