// core/lang: Stop (request_interrupt) ends a running program whatever it is doing — a busy loop
// in the main thread or in several threads, time.sleep, a lock wait, an idle event loop — as
// KeyboardInterrupt in the main thread (exit status 130, CPython's traceback), while the other
// threads end silently.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "core/config.h"
#include "core/lang/interp.h"

using namespace asyncplay;
using namespace asyncplay::lang;
using namespace std::chrono_literals;

namespace {

struct Stopped {
  std::string out, err;
  int status = -1;
  double stop_to_end_s = 0;  // from the stop request to run_main's return
};

// Runs `source`, waits until it printed "ready" (so the wait below is really in progress), then
// requests a stop.
Stopped run_and_stop(const std::string& source) {
  Stopped r;
  Interp in;
  std::atomic<bool> ready{false};
  in.host.write = [&](int stream, std::string_view text) {
    (stream == 2 ? r.err : r.out).append(text);
    if (text.find("ready") != std::string_view::npos) ready = true;
  };
  std::thread program([&] { r.status = run_main(in, "<stop>", source); });
  while (!ready) std::this_thread::sleep_for(1ms);
  std::this_thread::sleep_for(50ms);
  const auto stop = std::chrono::steady_clock::now();
  request_interrupt(in);
  program.join();
  r.stop_to_end_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - stop).count();
  return r;
}

void check_keyboard_interrupt(const Stopped& r) {
  CHECK(r.status == 130);
  CHECK(r.err.find("Traceback (most recent call last):\n") == 0);
  CHECK(r.err.size() >= 18);
  CHECK(r.err.substr(r.err.size() - 18) == "KeyboardInterrupt\n");
  CHECK(r.stop_to_end_s < 1.0);  // coarse: the benchmark measures the real latency
}

}  // namespace

TEST_CASE("a busy loop in the main thread") {
  Stopped r = run_and_stop("print('ready')\nwhile True:\n    pass\n");
  check_keyboard_interrupt(r);
  CHECK(r.err.find("line 2, in <module>") != std::string::npos);
}

TEST_CASE("busy loops in several threads, the main thread joining them") {
  Stopped r = run_and_stop(R"PY(import _thread
locks = []
def spin(lock):
    try:
        while True:
            pass
    finally:
        lock.release()
for i in range(3):
    lock = _thread.allocate_lock()
    lock.acquire()
    locks.append(lock)
    _thread.start_new_thread(spin, (lock,))
print('ready')
for lock in locks:
    lock.acquire()
)PY");
  check_keyboard_interrupt(r);
  // The threads ended silently (SystemExit), only the main thread's traceback is printed.
  CHECK(r.err.find("Exception") == std::string::npos);
}

TEST_CASE("time.sleep") {
  check_keyboard_interrupt(run_and_stop("import time\nprint('ready')\ntime.sleep(60)\n"));
}

TEST_CASE("a lock that is never released") {
  check_keyboard_interrupt(run_and_stop(
      "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nprint('ready')\nl.acquire()\n"));
}

TEST_CASE("an idle event loop waiting for a far timer") {
  check_keyboard_interrupt(run_and_stop(R"PY(import _aploop
loop = _aploop.Loop()
loop.call_at(loop.time() + 60, lambda: None)
print('ready')
loop.run_once()
)PY"));
}

TEST_CASE("a KeyboardInterrupt caught by the program is delivered once: the program goes on") {
  Stopped r = run_and_stop(R"PY(import time
try:
    print('ready')
    while True:
        pass
except KeyboardInterrupt:
    time.sleep(0.01)
    print('cleaned up')
)PY");
  CHECK(r.status == 0);
  CHECK(r.out == "ready\ncleaned up\n");
}

TEST_CASE("threads still running when the program ends are ended, and the next run starts clean") {
  for (int round = 0; round < 2; ++round) {
    Interp in;
    std::string out;
    in.host.write = [&](int, std::string_view text) { out.append(text); };
    const auto start = std::chrono::steady_clock::now();
    const int status = run_main(in, "<leftover>", R"PY(import _thread, time
def forever():
    while True:
        time.sleep(0.01)
_thread.start_new_thread(forever, ())
_thread.start_new_thread(time.sleep, (60,))
print("main done")
)PY");
    const double took =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(status == 0);
    CHECK(out == "main done\n");
    CHECK(took < 1.0);
  }
}

#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
TEST_CASE("past the cap on live threads, starting one more raises RuntimeError, and all goes on") {
  Interp in;
  std::string out, err;
  in.host.write = [&](int stream, std::string_view text) {
    (stream == 2 ? err : out).append(text);
  };
  const int status = run_main(in, "<cap>", R"PY(import threading
gate = threading.Event()
started = []
try:
    for i in range(100000):
        t = threading.Thread(target=gate.wait)
        t.start()
        started.append(t)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(started))
gate.set()
for t in started:
    t.join()
print(threading.active_count())
)PY");
  CHECK(status == 0);
  CHECK(err == "");
  CHECK(out == "RuntimeError can't start new thread\n" + std::to_string(config::kMaxPythonThreads) +
                   "\n1\n");
}
#endif
