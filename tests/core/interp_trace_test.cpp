// core/lang: the trace of a run — lanes for the main thread and each Python thread, their states
// (running, ready for the GIL, sleeping, blocked with what on), and output lines on the lane that
// wrote them; plus run_main's GIL, threads and exit handling seen from the host.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/lang/interp.h"
#include "core/trace/trace.h"

using namespace asyncplay;
using namespace asyncplay::lang;

namespace {

struct Run {
  std::string out, err;
  int status = -1;
  trace::Timeline timeline;
};

Run run(const std::string& source, bool traced = true) {
  Run r;
  Interp in;
  in.host.write = [&r](int stream, std::string_view text) {
    (stream == 2 ? r.err : r.out).append(text);
  };
  trace::Recorder recorder;
  if (traced) {
    in.recorder = &recorder;
    recorder.start();
  }
  r.status = run_main(in, "<test>", source);
  recorder.stop();
  r.timeline = recorder.timeline();
  return r;
}

const trace::Lane* lane_named(const trace::Timeline& t, std::string_view name) {
  for (const trace::Lane& l : t.lanes)
    if (l.name == name) return &l;
  return nullptr;
}

bool has_interval(const trace::Timeline& t, trace::LaneId lane, trace::State state,
                  std::string_view detail) {
  return std::any_of(t.intervals.begin(), t.intervals.end(), [&](const trace::Interval& i) {
    return i.lane == lane && i.state == state && i.detail == detail;
  });
}

}  // namespace

TEST_CASE("a thread's lane, its sleep, the main thread blocked on it, and output per lane") {
  Run r = run(R"PY(import _thread, time
done = _thread.allocate_lock()
done.acquire()
def work():
    print("in thread")
    time.sleep(0.01)
    done.release()
_thread.start_new_thread(work, (), _name="Thread-1 (work)")
_thread._annotate("blocked", "join Thread-1 (work)")
done.acquire()
print("main", "done")
)PY");
  CHECK(r.status == 0);
  CHECK(r.out == "in thread\nmain done\n");
  const trace::Lane* main = lane_named(r.timeline, "MainThread");
  const trace::Lane* worker = lane_named(r.timeline, "Thread-1 (work)");
  REQUIRE(main);
  REQUIRE(worker);
  CHECK(worker->kind == trace::LaneKind::kThread);
  CHECK(worker->ended_us.has_value());
  CHECK(has_interval(r.timeline, worker->id, trace::State::kSleeping, "time.sleep(0.01)"));
  CHECK(has_interval(r.timeline, main->id, trace::State::kBlocked, "join Thread-1 (work)"));
  // Each print is one line on the lane that printed it.
  int lines = 0;
  for (const trace::Instant& i : r.timeline.instants) {
    if (i.kind != trace::EventKind::kStdout) continue;
    ++lines;
    CHECK((i.label == "in thread\n" ? i.lane == worker->id : i.label == "main done\n"));
    if (i.label == "main done\n") CHECK(i.lane == main->id);
  }
  CHECK(lines == 2);
}

TEST_CASE(
    "CPU-bound threads take turns on the GIL: each waits for it, ready, while the other runs") {
  Run r = run(R"PY(import _thread, sys
sys.setswitchinterval(0.001)
locks = [_thread.allocate_lock() for _ in range(2)]
started = [0]
def spin(lock):
    started[0] += 1
    while started[0] < 2:  # both spin at once, whatever the OS does with thread start-up
        pass
    n = 0
    while n < 300000:
        n += 1
    lock.release()
for i, lock in enumerate(locks):
    lock.acquire()
    _thread.start_new_thread(spin, (lock,), _name="spin-%d" % i)
for lock in locks:
    lock.acquire()
print(sys.getswitchinterval())
)PY");
  CHECK(r.out == "0.001\n");
  // Each thread waits for the GIL when it starts; and the first to run spins until the second
  // has started, which only a forced switch allows: at least one more "ready" interval. (More
  // are likely, but an overloaded machine may not schedule a waiting thread for a whole run.)
  long ready = 0;
  for (const char* name : {"spin-0", "spin-1"}) {
    const trace::Lane* l = lane_named(r.timeline, name);
    REQUIRE(l);
    ready += std::count_if(
        r.timeline.intervals.begin(), r.timeline.intervals.end(), [&](const trace::Interval& i) {
          return i.lane == l->id && i.state == trace::State::kReady && i.detail == "GIL";
        });
  }
  CHECK(ready >= 3);
}

TEST_CASE("an exception in a _thread thread is reported and the program goes on") {
  Run r = run(R"PY(import _thread
done = _thread.allocate_lock()
done.acquire()
def boom():
    try:
        raise ValueError("bad")
    finally:
        done.release()
_thread.start_new_thread(boom, ())
done.acquire()
print("after")
)PY",
              false);
  CHECK(r.status == 0);
  CHECK(r.out == "after\n");
  CHECK(r.err.find("Exception ignored in thread started by: <function boom at ") == 0);
  CHECK(r.err.find("ValueError: bad\n") != std::string::npos);
}

TEST_CASE("lock misuse raises CPython's errors") {
  Run r = run(R"PY(import _thread
l = _thread.allocate_lock()
for call in (lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(True, -2)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
)PY",
              false);
  CHECK(r.out ==
        "RuntimeError release unlocked lock\n"
        "ValueError can't specify a timeout for a non-blocking call\n"
        "ValueError timeout value must be positive\n");
}
