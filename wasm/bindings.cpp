// wasm/bindings.cpp: the engine's JavaScript face (Embind), built into build/wasm/asyncplay.mjs.
//
//   version()                       -> "0.1.0", the project version from CMakeLists.txt
//   startRun(source, filename, stdin, argv, trace) -> false if a run is still going
//   stopRun()                       Stop: KeyboardInterrupt in the program's main thread
//   poll()                          -> { output: [[stream, text, lane, timeMs], ...],
//                                        traceEvents: "[...]" (JSON), done, exitCode,
//                                        durationMs, liveThreads }
//   traceJson()                     -> the last run's trace (docs/trace-format.md)
//   traceChromeJson()               -> the same in Chrome's trace-event format
//   countPrimes(limit, threads)     -> { primes, threads, distinctThreads, perThread, millis }
//   threads()                       -> false in the build without threads (the wasm-st preset)
//
// The program runs on a pthread (wasm/engine.h); poll() is meant to be called from the JS thread
// that loaded the module, every few milliseconds while a run goes on (wasm/runtime-worker.mjs).
// Without threads startRun() runs the whole program before it returns, and calls
// Module.onEngineFlush() while it runs whenever output or trace events are waiting: that function
// may call poll() (a nested call into the module) and post what it gets.
//
// countPrimes is a demonstration that the build really runs pthreads in Web Workers: it counts the
// primes below `limit` with `threads` std::threads. It blocks the calling JS thread until they
// finish, so call it from a Worker (never a page's main thread), and keep `threads` at or below
// the module's pthread pool size (at least 4): a thread beyond the pool could only start once the
// caller returned to its event loop, which it does not, so it would deadlock.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/lang/interp.h"
#include "wasm/engine.h"

#ifndef ASYNCPLAY_VERSION
#define ASYNCPLAY_VERSION "0.0.0"
#endif

// The build without threads: hands the engine's output to JavaScript while the program runs.
EM_JS(void, asyncplay_js_flush, (), {
  if (Module['onEngineFlush']) Module['onEngineFlush']();
});

namespace asyncplay::wasm {

struct DemoResult {
  std::uint32_t primes = 0;
  int threads = 0;
  int distinct_threads = 0;               // distinct std::thread ids that did work
  std::vector<std::uint32_t> per_thread;  // primes found by each thread
  double millis = 0;
};

namespace {

bool is_prime(std::uint32_t n) {
  if (n < 2) return false;
  if (n % 2 == 0) return n == 2;
  for (std::uint32_t d = 3; d <= n / d; d += 2) {
    if (n % d == 0) return false;
  }
  return true;
}

}  // namespace

// The numbers below `limit` are cut into blocks of kBlock; thread t tests blocks t, t + threads,
// t + 2 * threads, ... so every thread gets a similar share of large (slow) numbers.
DemoResult run_demo(std::uint32_t limit, int threads) {
  constexpr std::uint32_t kBlock = 4096;
  threads = std::clamp(threads, 1, 16);
  const auto start = std::chrono::steady_clock::now();

  DemoResult result;
  result.threads = threads;
  result.per_thread.assign(threads, 0);
  std::mutex mutex;
  std::set<std::thread::id> ids;
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    auto work = [&, t] {
      std::uint32_t found = 0;
      const std::uint64_t stride = std::uint64_t{kBlock} * threads;
      for (std::uint64_t begin = std::uint64_t{kBlock} * t; begin < limit; begin += stride) {
        const auto end = static_cast<std::uint32_t>(std::min<std::uint64_t>(begin + kBlock, limit));
        for (auto n = static_cast<std::uint32_t>(begin); n < end; ++n) found += is_prime(n);
      }
      std::lock_guard<std::mutex> lock(mutex);
      result.per_thread[t] = found;
      ids.insert(std::this_thread::get_id());
    };
#if ASYNCPLAY_THREADS
    workers.emplace_back(work);
#else
    work();  // no threads: the blocks run one after another on the caller's thread
#endif
  }
  for (auto& w : workers) w.join();

  for (auto found : result.per_thread) result.primes += found;
  result.distinct_threads = static_cast<int>(ids.size());
  result.millis =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return result;
}

namespace {

std::string version() {
  return ASYNCPLAY_VERSION;
}

emscripten::val count_primes(double limit, int threads) {
  using emscripten::val;
  const double clamped = std::clamp(limit, 0.0, 100'000'000.0);
  DemoResult r = run_demo(static_cast<std::uint32_t>(clamped), threads);
  val out = val::object();
  out.set("primes", r.primes);
  out.set("threads", r.threads);
  out.set("distinctThreads", r.distinct_threads);
  val per_thread = val::array();
  for (auto found : r.per_thread) per_thread.call<void>("push", found);
  out.set("perThread", per_thread);
  out.set("millis", r.millis);
  return out;
}

}  // namespace
}  // namespace asyncplay::wasm

namespace asyncplay::wasm {
namespace {

Engine& engine() {
  static Engine* e = [] {
    auto* made = new Engine;  // lives as long as the module
    if (!Engine::kThreads) made->set_flush_hook([] { asyncplay_js_flush(); });
    return made;
  }();
  return *e;
}

bool has_threads() {
  return Engine::kThreads;
}

bool start_run(std::string source, std::string filename, std::string stdin_text,
               emscripten::val argv, bool trace) {
  RunOptions o;
  o.source = std::move(source);
  o.filename = filename.empty() ? "main.py" : std::move(filename);
  o.stdin_text = std::move(stdin_text);
  if (argv.isArray()) {
    const unsigned n = argv["length"].as<unsigned>();
    for (unsigned i = 0; i < n; ++i) o.argv.push_back(argv[i].as<std::string>());
  }
  o.trace = trace;
  return engine().start(std::move(o));
}

void stop_run() {
  engine().stop();
}

emscripten::val poll() {
  using emscripten::val;
  Engine& e = engine();
  // Read done first: output written before the run finished is then surely taken below.
  const bool done = e.done();
  val out = val::object();
  val chunks = val::array();
  for (OutputChunk& c : e.take_output()) {
    val item = val::array();
    item.call<void>("push", c.stream);
    item.call<void>("push", c.text);
    item.call<void>("push", c.lane);
    item.call<void>("push", c.time_ms);
    chunks.call<void>("push", item);
  }
  out.set("output", chunks);
  out.set("traceEvents", e.take_trace_events());
  out.set("done", done);
  out.set("exitCode", done ? e.exit_code() : 0);
  out.set("durationMs", done ? e.duration_ms() : 0.0);
  out.set("liveThreads", asyncplay::lang::live_python_threads());
  return out;
}

std::string trace_json() {
  return engine().trace_json();
}

std::string trace_chrome_json() {
  return engine().trace_chrome_json();
}

}  // namespace
}  // namespace asyncplay::wasm

EMSCRIPTEN_BINDINGS(asyncplay) {
  emscripten::function("version", &asyncplay::wasm::version);
  emscripten::function("countPrimes", &asyncplay::wasm::count_primes);
  emscripten::function("threads", &asyncplay::wasm::has_threads);
  emscripten::function("startRun", &asyncplay::wasm::start_run);
  emscripten::function("stopRun", &asyncplay::wasm::stop_run);
  emscripten::function("poll", &asyncplay::wasm::poll);
  emscripten::function("traceJson", &asyncplay::wasm::trace_json);
  emscripten::function("traceChromeJson", &asyncplay::wasm::trace_chrome_json);
}
