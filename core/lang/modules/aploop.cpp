// The _aploop module: core/loop's event loop, as asyncio (core/lang/prelude/asyncio.py) uses it.
//
//   Loop()                    a core/loop Loop on the monotonic clock (time.monotonic's)
//   loop.time()               float seconds
//   loop.call_soon(fn)        fn() in the next iteration, FIFO
//   loop.call_at(when, fn)    fn() once the loop time reaches `when`; returns a token with
//                             cancel(); equal deadlines run in scheduling order
//   loop.call_soon_threadsafe(fn)   from any thread; wakes an idle loop
//   loop.run_once()           one iteration, CPython's _run_once: waits (GIL released) while
//                             nothing is ready, then runs exactly the callbacks ready at its start.
//                             An exception escaping a callback is raised after the iteration.
//   loop.ready_count()        callbacks ready now
//   set_running(loop|None), get_running()   the calling thread's running asyncio loop
//
// And the trace of asyncio tasks (all no-ops returning 0/None when the run is not traced):
//   task_lane(name) -> lane   a task lane under the calling thread's lane, "created" on the
//                             current lane, the new lane "ready"
//   task_enter(lane)          a step of the task starts: its lane runs and gets this thread's
//                             output until task_leave
//   task_leave(lane, state, detail)   the step ended; state: ready, waiting, sleeping, blocked,
//                             done (detail: what it waits for)
//   task_event(lane, kind, label)     an instant: created, finished, cancelled, raised, mark
//   task_end(lane)            the task is finished
//
// Handles, futures and tasks are Python (asyncio.py): their callbacks arrive here as plain
// callables with no arguments.
#include <mutex>
#include <set>
#include <utility>

#include "core/lang/errors.h"
#include "core/lang/genobject.h"
#include "core/lang/gil.h"
#include "core/lang/interp.h"
#include "core/lang/modules.h"
#include "core/lang/tracing.h"
#include "core/lang/types.h"
#include "core/lang/vm.h"
#include "core/loop/loop.h"

namespace asyncplay::lang {

namespace {

// The loop releases the GIL while it waits for work.
struct GilIdleHooks final : loop::IdleHooks {
  void before_idle() override {
    trace_thread_state(trace::State::kWaiting, "event loop");
    gil().release();
  }
  void after_idle() override {
    gil().acquire();
    trace_thread_state(trace::State::kRunning);
  }
};
GilIdleHooks g_gil_hooks;

Type g_loop_type;
Type g_timer_type;

struct LoopState {
  loop::Loop loop;
  Value pending;  // an exception a callback let escape (owned), raised after the iteration
};

// The C++ members live in `s`, constructed in place after alloc_object set the header.
struct LoopObject : Object {
  LoopState s;
};

// A Python callable as a loop callback. Created, run and destroyed with the GIL held.
struct PyCallback {
  LoopObject* owner;
  Value fn;  // owned

  PyCallback(LoopObject* o, Value f) : owner(o), fn(newref(f)) {}
  PyCallback(PyCallback&& other) noexcept
      : owner(other.owner), fn(std::exchange(other.fn, Value())) {}
  PyCallback(const PyCallback&) = delete;
  ~PyCallback() { decref(fn); }

  void operator()() {
    if (owner->s.pending) {
      // An earlier callback of this iteration raised: the rest wait for the next run_once.
      owner->s.loop.call_soon(PyCallback(std::move(*this)));
      return;
    }
    Ref r = call(fn, {});
    if (!r) owner->s.pending = fetch_error().release();
    // Let go of the callable now, as CPython drops each handle once it ran: what it kept alive
    // (a task that just finished, say) is released before the next callback of the batch.
    r = nullptr;
    decref(std::exchange(fn, Value()));
  }
};

// Loops currently waiting in run_once, woken when a Stop is requested.
std::mutex g_waiting_mutex;
std::set<loop::Loop*> g_waiting;

void wake_waiting_loops() {
  std::lock_guard<std::mutex> lock(g_waiting_mutex);
  for (loop::Loop* l : g_waiting) l->call_soon_threadsafe([] {});
}

LoopObject* as_loop(Value v) {
  return static_cast<LoopObject*>(v.obj());
}

void loop_dealloc(Object* o) {
  auto* lo = static_cast<LoopObject*>(o);
  decref(lo->s.pending);
  lo->s.~LoopState();
  free_object(o);
}

Ref loop_new(Type*, Args args) {
  if (!check_nargs("Loop", args, 0, 0)) return nullptr;
  Object* o = alloc_object(&g_loop_type);
  if (!o) return nullptr;
  auto* lo = static_cast<LoopObject*>(o);
  new (&lo->s) LoopState();
  lo->s.loop.set_idle_hooks(&g_gil_hooks);
  return Ref::steal(Value(o));
}

Ref loop_time(Value self, Args args) {
  if (!check_nargs("time", args, 0, 0)) return nullptr;
  return new_float(clock::to_seconds(as_loop(self)->s.loop.time()));
}

bool check_callable(Value fn) {
  if (type_of(fn)->call) return true;
  type_error("'" + type_name(fn) + "' object is not callable");
  return false;
}

Ref loop_call_soon(Value self, Args args) {
  if (!check_nargs("call_soon", args, 1, 1) || !check_callable(args[0])) return nullptr;
  LoopObject* lo = as_loop(self);
  lo->s.loop.call_soon(PyCallback(lo, args[0]));
  return new_none();
}

Ref loop_call_soon_threadsafe(Value self, Args args) {
  if (!check_nargs("call_soon_threadsafe", args, 1, 1) || !check_callable(args[0])) return nullptr;
  LoopObject* lo = as_loop(self);
  lo->s.loop.call_soon_threadsafe(PyCallback(lo, args[0]));
  return new_none();
}

struct TimerObject : Object {
  loop::TimerHandle handle;  // constructed in place after alloc_object
};

void timer_dealloc(Object* o) {
  static_cast<TimerObject*>(o)->handle.~TimerHandle();
  free_object(o);
}

Ref loop_call_at(Value self, Args args) {
  if (!check_nargs("call_at", args, 2, 2) || !check_callable(args[1])) return nullptr;
  double when = 0;
  int64_t n = 0;
  if (type_of(args[0]) == &g_float_type) {
    when = float_value(args[0]);
  } else if (is_int(args[0]) && int_as_i64(args[0], &n)) {
    when = static_cast<double>(n);
  } else {
    return type_error("'" + type_name(args[0]) + "' object cannot be interpreted as a float");
  }
  LoopObject* lo = as_loop(self);
  const clock::TimePoint at = clock::point_from_seconds(when);
  Object* o = alloc_object(&g_timer_type);
  if (!o) return nullptr;
  auto* t = static_cast<TimerObject*>(o);
  new (&t->handle) loop::TimerHandle(lo->s.loop.call_at(at, PyCallback(lo, args[1])));
  return Ref::steal(Value(o));
}

Ref timer_cancel(Value self, Args args) {
  if (!check_nargs("cancel", args, 0, 0)) return nullptr;
  static_cast<TimerObject*>(self.obj())->handle.cancel();
  return new_none();
}

Ref loop_run_once(Value self, Args args) {
  if (!check_nargs("run_once", args, 0, 0)) return nullptr;
  LoopObject* lo = as_loop(self);
  Ref keep = Ref::borrow(self);
  {
    std::lock_guard<std::mutex> lock(g_waiting_mutex);
    g_waiting.insert(&lo->s.loop);
  }
  lo->s.loop.run_once(true);
  {
    std::lock_guard<std::mutex> lock(g_waiting_mutex);
    g_waiting.erase(&lo->s.loop);
  }
  if (lo->s.pending) {
    restore_error(Ref::steal(std::exchange(lo->s.pending, Value())));
    return nullptr;
  }
  if (check_interrupt()) return nullptr;
  return new_none();
}

Ref loop_ready_count(Value self, Args args) {
  if (!check_nargs("ready_count", args, 0, 0)) return nullptr;
  return new_int(static_cast<int64_t>(as_loop(self)->s.loop.ready_count()));
}

// The running asyncio loop of each thread (a Python object, owned).
thread_local Value t_running;

Ref set_running(Value, Args args) {
  if (!check_nargs("set_running", args, 1, 1)) return nullptr;
  Value old = t_running;
  t_running = args[0] == none() ? Value() : newref(args[0]);
  decref(old);
  return new_none();
}

Ref get_running(Value, Args args) {
  if (!check_nargs("get_running", args, 0, 0)) return nullptr;
  return Ref::borrow(t_running ? t_running : none());
}

// ---- tracing tasks ------------------------------------------------------------------------------

bool lane_arg(Value v, trace::LaneId* out) {
  int64_t n = 0;
  if (!is_int(v) || !int_as_i64(v, &n) || n < 0) {
    type_error("lane must be a non-negative int");
    return false;
  }
  *out = static_cast<trace::LaneId>(n);
  return true;
}

trace::State state_from_name(std::string_view s) {
  if (s == "ready") return trace::State::kReady;
  if (s == "waiting") return trace::State::kWaiting;
  if (s == "sleeping") return trace::State::kSleeping;
  if (s == "blocked") return trace::State::kBlocked;
  if (s == "done") return trace::State::kDone;
  return trace::State::kRunning;
}

trace::EventKind kind_from_name(std::string_view s) {
  if (s == "created") return trace::EventKind::kCreated;
  if (s == "finished") return trace::EventKind::kFinished;
  if (s == "cancelled") return trace::EventKind::kCancelled;
  if (s == "raised") return trace::EventKind::kRaised;
  return trace::EventKind::kMark;
}

std::string_view str_arg(Value v) {
  return is_str(v) ? as_str(v)->view() : std::string_view();
}

Ref tracing(Value, Args args) {
  if (!check_nargs("tracing", args, 0, 0)) return nullptr;
  return new_bool(tracer() != nullptr);
}

Ref task_lane(Value, Args args) {
  if (!check_nargs("task_lane", args, 1, 1)) return nullptr;
  trace::Recorder* r = tracer();
  if (!r) return new_int(0);
  ThreadState& ts = thread_state();
  const trace::LaneId lane = r->new_lane(trace::LaneKind::kTask, str_arg(args[0]), ts.thread_lane);
  r->instant(ts.lane, trace::EventKind::kCreated, str_arg(args[0]));
  r->state(lane, trace::State::kReady);
  return new_int(lane);
}

Ref task_enter(Value, Args args) {
  trace::LaneId lane = 0;
  if (!check_nargs("task_enter", args, 1, 1) || !lane_arg(args[0], &lane)) return nullptr;
  trace::Recorder* r = tracer();
  if (r && lane) {
    thread_state().lane = lane;
    r->state(lane, trace::State::kRunning);
  }
  return new_none();
}

Ref task_leave(Value, Args args) {
  trace::LaneId lane = 0;
  if (!check_nargs("task_leave", args, 3, 3) || !lane_arg(args[0], &lane)) return nullptr;
  trace::Recorder* r = tracer();
  if (r && lane) {
    r->state(lane, state_from_name(str_arg(args[1])), str_arg(args[2]));
    ThreadState& ts = thread_state();
    ts.lane = ts.thread_lane;
  }
  return new_none();
}

// task_step_end(lane, task, Task): after each step of a traced task. A task that is done records
// nothing and gives True (the caller reports how it ended); otherwise the lane goes to `ready`,
// or to what the future in task._waiting_on says it waits for: its _trace_label (state,
// detail), else ('waiting', the awaited task's name or the future's type name). Native because
// it runs after every step: in Python it was most of what tracing cost.
Ref task_step_end(Value, Args args) {
  trace::LaneId lane = 0;
  if (!check_nargs("task_step_end", args, 3, 3) || !lane_arg(args[0], &lane)) return nullptr;
  Value task = args[1];
  Ref state = getattr(task, AP_NAME("_state"));
  if (!state) return nullptr;
  if (!is_str(state.get()) || as_str(state.get())->view() != "PENDING") return new_bool(true);
  trace::Recorder* r = tracer();
  if (!r || !lane) return new_bool(false);
  Ref fut = getattr(task, AP_NAME("_waiting_on"));
  if (!fut) return nullptr;
  if (fut.get() == none()) {
    r->state(lane, trace::State::kReady);
  } else {
    bool found = false;
    Ref label = getattr_optional(fut.get(), AP_NAME("_trace_label"), &found);
    if (!found && error_occurred()) return nullptr;
    if (label && is_instance(label.get(), &g_tuple_type) && as_tuple(label.get())->size == 2) {
      Tuple* t = as_tuple(label.get());
      r->state(lane, state_from_name(str_arg(t->items[0])), str_arg(t->items[1]));
    } else if (args[2].is_object() && is_type(args[2], &g_type_type) &&
               is_instance(fut.get(), static_cast<Type*>(args[2].obj()))) {
      Ref name = call_method(fut.get(), "get_name", {});
      if (!name) return nullptr;
      r->state(lane, trace::State::kWaiting, str_arg(name.get()));
    } else {
      r->state(lane, trace::State::kWaiting, type_of(fut.get())->name);
    }
  }
  ThreadState& ts = thread_state();
  ts.lane = ts.thread_lane;
  return new_bool(false);
}

Ref task_event(Value, Args args) {
  trace::LaneId lane = 0;
  if (!check_nargs("task_event", args, 3, 3) || !lane_arg(args[0], &lane)) return nullptr;
  if (trace::Recorder* r = tracer(); r && lane)
    r->instant(lane, kind_from_name(str_arg(args[1])), str_arg(args[2]));
  return new_none();
}

Ref task_end(Value, Args args) {
  trace::LaneId lane = 0;
  if (!check_nargs("task_end", args, 1, 1) || !lane_arg(args[0], &lane)) return nullptr;
  if (trace::Recorder* r = tracer(); r && lane) r->end_lane(lane);
  return new_none();
}

// future_iter(fut): what asyncio.Future.__await__ returns.
Ref future_iter(Value, Args args) {
  if (!check_nargs("future_iter", args, 1, 1)) return nullptr;
  return new_future_iter(args[0]);
}

Ref make_aploop_module() {
  Ref m = new_module("_aploop");
  Dict* d = m.as<Module>()->dict;
  dict_set_str(d, "Loop", Value(&g_loop_type));
  Ref a = new_builtin("set_running", set_running, m.get());
  dict_set_str(d, "set_running", a.get());
  Ref b = new_builtin("get_running", get_running, m.get());
  dict_set_str(d, "get_running", b.get());
  Ref fi = new_builtin("future_iter", future_iter, m.get());
  dict_set_str(d, "future_iter", fi.get());
  const std::pair<const char*, NativeFn> tracing_fns[] = {{"tracing", tracing},
                                                          {"task_lane", task_lane},
                                                          {"task_enter", task_enter},
                                                          {"task_leave", task_leave},
                                                          {"task_event", task_event},
                                                          {"task_end", task_end},
                                                          {"task_step_end", task_step_end}};
  for (const auto& [name, fn] : tracing_fns) {
    Ref f = new_builtin(name, fn, m.get());
    dict_set_str(d, name, f.get());
  }
  return m;
}

}  // namespace

void wake_for_interrupt() {
  wake_waiting_loops();
}

void register_aploop_module() {
  type_init(&g_loop_type, "Loop", &g_object_type, sizeof(LoopObject), loop_dealloc, 0);
  g_loop_type.new_ = loop_new;
  add_method(&g_loop_type, "time", loop_time);
  add_method(&g_loop_type, "call_soon", loop_call_soon);
  add_method(&g_loop_type, "call_soon_threadsafe", loop_call_soon_threadsafe);
  add_method(&g_loop_type, "call_at", loop_call_at);
  add_method(&g_loop_type, "run_once", loop_run_once);
  add_method(&g_loop_type, "ready_count", loop_ready_count);
  type_init(&g_timer_type, "TimerToken", &g_object_type, sizeof(TimerObject), timer_dealloc, 0);
  add_method(&g_timer_type, "cancel", timer_cancel);
  register_module("_aploop", make_aploop_module);
}

}  // namespace asyncplay::lang
