// The _thread module: real threads (core/threads), the lock they share, and thread identity.
// threading.py (core/lang/prelude) builds everything else on these, as CPython's does.
//
// Every Python thread holds the GIL while it runs Python code. Waiting for a lock releases it;
// the wait is sliced so that a Stop request (Interp::interrupt_pending) is noticed within a slice.
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <memory>
#include <mutex>
#include <utility>

#include "core/config.h"
#include "core/lang/errors.h"
#include "core/lang/gil.h"
#include "core/lang/interp.h"
#include "core/lang/modules.h"
#include "core/lang/tracing.h"
#include "core/lang/types.h"
#include "core/lang/vm.h"
#include "core/threads/thread.h"

namespace asyncplay::lang {

namespace {

constexpr double kTimeoutMax = 4294967.0;  // CPython's _thread.TIMEOUT_MAX on Linux, about 49 days
constexpr auto kWaitSlice = std::chrono::milliseconds(20);

std::atomic<int> g_live_threads{0};  // started by start_new_thread and not finished

// ---- locks ------------------------------------------------------------------------------------

Type g_lock_type;

struct LockState {
  std::mutex mutex;
  std::condition_variable released;
  bool locked = false;
};

// The C++ members live in `state`, constructed in place after alloc_object set the header.
struct LockObject : Object {
  LockState state;
};

void lock_dealloc(Object* o) {
  static_cast<LockObject*>(o)->state.~LockState();
  free_object(o);
}

Ref new_lock() {
  Object* o = alloc_object(&g_lock_type);
  if (!o) return nullptr;
  new (&static_cast<LockObject*>(o)->state) LockState();
  return Ref::steal(Value(o));
}

Ref lock_new(Type*, Args args) {
  if (!check_nargs("lock", args, 0, 0)) return nullptr;
  return new_lock();
}

bool seconds_arg(Value v, double* out) {
  int64_t n = 0;
  if (type_of(v) == &g_float_type) {
    *out = float_value(v);
    return true;
  }
  if (is_int(v) && int_as_i64(v, &n)) {
    *out = static_cast<double>(n);
    return true;
  }
  type_error("'" + type_name(v) + "' object cannot be interpreted as an integer");
  return false;
}

// Parses (blocking=True, timeout=-1) as CPython's lock.acquire does. Returns false on error.
bool parse_acquire_args(const char* fname, Args args, bool* blocking, double* timeout) {
  if (!check_nargs(fname, Args{args.items, args.npos, nullptr}, 0, 2)) return false;
  Value b = args.npos > 0 ? args[0] : kwarg(args, "blocking");
  Value t = args.npos > 1 ? args[1] : kwarg(args, "timeout");
  *blocking = true;
  *timeout = -1;
  if (b) {
    int r = truth(b);
    if (r < 0) return false;
    *blocking = r == 1;
  }
  if (t && !seconds_arg(t, timeout)) return false;
  if (!*blocking && *timeout != -1) {
    value_error("can't specify a timeout for a non-blocking call");
    return false;
  }
  if (*timeout < 0 && *timeout != -1) {
    value_error("timeout value must be positive");  // CPython 3.11's wording, though 0 is allowed
    return false;
  }
  if (*timeout > kTimeoutMax) {
    raise(g_OverflowError, "timeout value is too large");
    return false;
  }
  return true;
}

// Waits (GIL released) until `ready` holds under `mutex`, `timeout` seconds pass (negative:
// forever) or a Stop is requested. Returns 1 when ready (with `mutex` relocked by the predicate's
// caller semantics: `take` runs under the mutex), 0 on timeout, -1 with KeyboardInterrupt set.
template <class Ready, class Take>
int blocking_wait(std::mutex& mutex, std::condition_variable& cv, double timeout, Ready ready,
                  Take take) {
  const clock::Clock& c = clock::default_clock();
  const bool forever = timeout < 0;
  const clock::TimePoint deadline =
      forever ? clock::TimePoint::max()
              : clock::deadline_after(c.now(), clock::from_seconds(timeout));
  int outcome = 0;
  {
    GilRelease unlocked;
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      if (ready()) {
        take();
        outcome = 1;
        break;
      }
      if (interp().interrupt_pending()) {
        outcome = -1;
        break;
      }
      const clock::TimePoint now = c.now();
      if (!forever && now >= deadline) break;
      c.wait_until(cv, lock, std::min(deadline, clock::deadline_after(now, kWaitSlice)));
    }
  }
  if (outcome == -1 && check_interrupt()) return -1;
  return outcome == -1 ? 0 : outcome;
}

Ref lock_acquire(Value self, Args args) {
  bool blocking = true;
  double timeout = -1;
  if (!parse_acquire_args("acquire", args, &blocking, &timeout)) return nullptr;
  auto* l = &static_cast<LockObject*>(self.obj())->state;
  {
    std::lock_guard<std::mutex> guard(l->mutex);
    if (!l->locked) {
      l->locked = true;
      thread_state().wait_detail.clear();
      return new_bool(true);
    }
  }
  ThreadState& ts = thread_state();
  const trace::State why = std::exchange(ts.wait_state, trace::State::kBlocked);
  const std::string detail = std::exchange(ts.wait_detail, std::string());
  if (!blocking || timeout == 0) return new_bool(false);
  trace_state(why, detail.empty() ? std::string_view("lock") : std::string_view(detail));
  int r = blocking_wait(
      l->mutex, l->released, timeout, [l] { return !l->locked; }, [l] { l->locked = true; });
  trace_state(trace::State::kRunning);
  if (r < 0) return nullptr;
  return new_bool(r == 1);
}

Ref lock_release(Value self, Args args) {
  if (!check_nargs("release", args, 0, 0)) return nullptr;
  auto* l = &static_cast<LockObject*>(self.obj())->state;
  {
    std::lock_guard<std::mutex> guard(l->mutex);
    if (!l->locked) return raise(g_RuntimeError, "release unlocked lock");
    l->locked = false;
  }
  l->released.notify_one();
  return new_none();
}

Ref lock_locked(Value self, Args args) {
  if (!check_nargs("locked", args, 0, 0)) return nullptr;
  auto* l = &static_cast<LockObject*>(self.obj())->state;
  std::lock_guard<std::mutex> guard(l->mutex);
  return new_bool(l->locked);
}

Ref lock_exit(Value self, Args) {
  Ref r = lock_release(self, Args{});
  if (!r) return nullptr;
  return new_none();
}

Ref lock_repr(Value self) {
  auto* l = &static_cast<LockObject*>(self.obj())->state;
  bool locked = false;
  {
    std::lock_guard<std::mutex> guard(l->mutex);
    locked = l->locked;
  }
  char addr[32];
  std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(self.obj()));
  return new_str(std::string("<") + (locked ? "locked" : "unlocked") + " _thread.lock object at " +
                 addr + ">");
}

// ---- threads ----------------------------------------------------------------------------------

// What a new thread runs; created and destroyed with the GIL held.
struct Bootstrap {
  Ref func, args, kwargs;
  trace::LaneId lane = trace::kNoLane;
};

// func(*args, **kwargs).
Ref call_with_tuple(Value func, Value args, Value kwargs) {
  Tuple* t = as_tuple(args);
  std::vector<Value> items(t->items, t->items + t->size);
  Ref names;
  if (kwargs && kwargs != none()) {
    Dict* d = static_cast<Dict*>(kwargs.obj());
    std::vector<Value> keys;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (!is_str(k)) return type_error("keywords must be strings");
      keys.push_back(k);
      items.push_back(v);
    }
    if (!keys.empty()) names = new_tuple_from(keys.data(), static_cast<int64_t>(keys.size()));
  }
  Args a{items.data(), static_cast<size_t>(t->size), names ? as_tuple(names.get()) : nullptr};
  return call(func, a);
}

void thread_main(Bootstrap* boot) {
  ThreadState& ts = thread_state();
  ts.thread_lane = ts.lane = boot->lane;
  trace_thread_state(trace::State::kReady, "GIL");
  gil().acquire();
  trace_thread_state(trace::State::kRunning);
  ts.ident = threads::current_ident();
  {
    Ref result = call_with_tuple(boot->func.get(), boot->args.get(), boot->kwargs.get());
    if (!result) {
      Ref exc = fetch_error();
      if (!is_instance(exc.get(), g_SystemExit)) {
        interp().write(
            2, "Exception ignored in thread started by: " + repr_utf8(boot->func.get()) + "\n");
        print_exception(exc.get());
      }
    }
    delete boot;
  }
  interp().flush_trace_output();
  decref(std::exchange(ts.context, Value()));
  if (trace::Recorder* r = tracer(); r && ts.thread_lane) r->end_lane(ts.thread_lane);
  g_live_threads.fetch_sub(1);
  gil().release();
}

// start_new_thread(function, args[, kwargs]); threading.py adds the private keyword _name=, the
// thread's name for the trace.
Ref start_new_thread(Value, Args args) {
  Value name = kwarg(args, "_name");
  if (args.nkw() > (name ? 1u : 0u))
    return type_error("start_new_thread() takes no keyword arguments");
  if (!check_nargs("start_new_thread", Args{args.items, args.npos, nullptr}, 2, 3)) return nullptr;
  if (!type_of(args[0])->call) return type_error("first arg must be callable");
  if (!is_instance(args[1], &g_tuple_type)) return type_error("2nd arg must be a tuple");
  if (args.npos == 3 && !is_instance(args[2], &g_dict_type))
    return type_error("optional 3rd arg must be a dictionary");
#if !ASYNCPLAY_THREADS
  return raise(g_RuntimeError, config::kNoThreadsMessage);
#endif
  // Counted from here on; the thread uncounts itself when it ends.
  if (g_live_threads.fetch_add(1) >= config::kMaxPythonThreads) {
    g_live_threads.fetch_sub(1);
    return raise(g_RuntimeError, "can't start new thread");
  }
  auto* boot = new Bootstrap{Ref::borrow(args[0]), Ref::borrow(args[1]),
                             args.npos == 3 ? Ref::borrow(args[2]) : Ref()};
  std::string lane_name = name && is_str(name) ? std::string(as_str(name)->view()) : "Thread";
  if (trace::Recorder* r = tracer()) {
    boot->lane = r->new_lane(trace::LaneKind::kThread, lane_name);
    r->instant(thread_state().lane, trace::EventKind::kCreated, lane_name);
  }
  auto thread = std::make_unique<threads::Thread>("python", [boot] { thread_main(boot); });
  // Creating the thread may take long — under WebAssembly, when no pooled Worker is free, a new
  // Web Worker has to load the engine first — so the other threads run meanwhile.
  Status st;
  trace_thread_state(trace::State::kBlocked, "start " + lane_name);
  {
    GilRelease unlocked;
    st = thread->start();
  }
  trace_thread_state(trace::State::kRunning);
  if (!st.ok()) {
    g_live_threads.fetch_sub(1);
    delete boot;
    return raise(g_RuntimeError, "can't start new thread");
  }
  const std::uint64_t ident = thread->ident();
  thread.reset();  // the running thread keeps what it needs; nobody joins it at this level
  return new_int(static_cast<int64_t>(ident));
}

Ref get_ident(Value, Args args) {
  if (!check_nargs("get_ident", args, 0, 0)) return nullptr;
  return new_int(static_cast<int64_t>(threads::current_ident()));
}

Ref get_native_id(Value, Args args) {
  if (!check_nargs("get_native_id", args, 0, 0)) return nullptr;
  return new_int(static_cast<int64_t>(threads::current_native_id()));
}

Ref thread_count(Value, Args args) {
  if (!check_nargs("_count", args, 0, 0)) return nullptr;
  return new_int(g_live_threads.load());
}

// _annotate(state, detail): what the calling thread's next blocking acquire waits for, for the
// trace ("blocked", "join Thread-1"; "waiting", "Event.wait"). Private to threading.py and
// queue.py.
Ref annotate(Value, Args args) {
  if (!check_nargs("_annotate", args, 2, 2)) return nullptr;
  if (!is_str(args[0]) || !is_str(args[1])) return type_error("_annotate() takes two strings");
  ThreadState& ts = thread_state();
  std::string_view state = as_str(args[0])->view();
  ts.wait_state = state == "waiting"    ? trace::State::kWaiting
                  : state == "sleeping" ? trace::State::kSleeping
                                        : trace::State::kBlocked;
  ts.wait_detail = std::string(as_str(args[1])->view());
  return new_none();
}

// _get_context(): the thread's current contextvars.Context, or None before it has one;
// _set_context(ctx): makes ctx (or None) current. (The prelude's contextvars module.)
Ref get_context(Value, Args args) {
  if (!check_nargs("_get_context", args, 0, 0)) return nullptr;
  const Value ctx = thread_state().context;
  return Ref::borrow(ctx ? ctx : none());
}

Ref set_context(Value, Args args) {
  if (!check_nargs("_set_context", args, 1, 1)) return nullptr;
  const Value ctx = args[0] == none() ? Value() : args[0];
  incref(ctx);
  decref(std::exchange(thread_state().context, ctx));
  return Ref::borrow(none());
}

Ref allocate_lock(Value, Args args) {
  if (!check_nargs("allocate_lock", args, 0, 0)) return nullptr;
  return new_lock();
}

Ref make_thread_module() {
  Ref m = new_module("_thread");
  Dict* d = m.as<Module>()->dict;
  auto fn = [&](const char* name, NativeFn f) {
    Ref b = new_builtin(name, f, m.get());
    dict_set_str(d, name, b.get());
  };
  fn("start_new_thread", start_new_thread);
  fn("get_ident", get_ident);
  fn("get_native_id", get_native_id);
  fn("_count", thread_count);
  fn("allocate_lock", allocate_lock);
  fn("_annotate", annotate);
  fn("_get_context", get_context);
  fn("_set_context", set_context);
  dict_set_str(d, "LockType", Value(&g_lock_type));
  dict_set_str(d, "error", Value(g_RuntimeError));
  Ref tmax = new_float(kTimeoutMax);
  dict_set_str(d, "TIMEOUT_MAX", tmax.get());
  return m;
}

}  // namespace

int live_python_threads() {
  return g_live_threads.load();
}

void register_thread_module() {
  type_init(&g_lock_type, "lock", &g_object_type, sizeof(LockObject), lock_dealloc, 0);
  g_lock_type.new_ = lock_new;
  g_lock_type.repr = lock_repr;
  add_method(&g_lock_type, "acquire", lock_acquire);
  add_method(&g_lock_type, "acquire_lock", lock_acquire);
  add_method(&g_lock_type, "__enter__", lock_acquire);
  add_method(&g_lock_type, "release", lock_release);
  add_method(&g_lock_type, "release_lock", lock_release);
  add_method(&g_lock_type, "__exit__", lock_exit);
  add_method(&g_lock_type, "locked", lock_locked);
  register_module("_thread", make_thread_module);
}

}  // namespace asyncplay::lang
