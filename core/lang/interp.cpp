// Interpreter set-up and the top level of a run: types initialised once per process, then for
// each program: parse, check, compile, run as __main__, and report what escaped.
#include "core/lang/interp.h"

#include "core/lang/gil.h"

#include <chrono>
#include <mutex>
#include <thread>
#include <utility>

#include "core/lang/code.h"
#include "core/lang/compiler.h"
#include "core/lang/errors.h"
#include "core/lang/genobject.h"
#include "core/lang/memory.h"
#include "core/lang/modules.h"
#include "core/lang/parser.h"
#include "core/lang/types.h"
#include "core/lang/vm.h"

namespace asyncplay::lang {

void init_descr_types();
void init_exception_types();
void register_core_builtins(Dict* builtins);
void register_builtin_modules();
Ref make_sys_module();

namespace {
thread_local ThreadState t_state;
Interp* g_interp = nullptr;

std::vector<std::string> split_lines(const std::string& source) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= source.size()) {
    size_t nl = source.find('\n', start);
    if (nl == std::string::npos) {
      if (start < source.size()) lines.push_back(source.substr(start));
      break;
    }
    lines.push_back(source.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

// SystemExit: its code decides the exit status; a non-int code is printed to stderr.
int exit_code_of(Value exc) {
  BaseExc* e = static_cast<BaseExc*>(exc.obj());
  Value code = e->value ? e->value : none();
  if (code == none()) return 0;
  int64_t n = 0;
  if (is_int(code) && int_as_i64(code, &n)) return static_cast<int>(n & 0xff);
  Ref s = str(code);
  if (s)
    interp().write(2, as_str(s.get())->data + "\n");
  else
    clear_error();
  return 1;
}
}  // namespace

ThreadState& thread_state() {
  return t_state;
}

Interp& interp() {
  return *g_interp;
}

bool thread_recursion_enter(const char* where) {
  ThreadState& ts = thread_state();
  if (++ts.depth > interp().recursion_limit) {
    --ts.depth;
    raise(g_RecursionError, std::string("maximum recursion depth exceeded") + where);
    return true;
  }
  return false;
}

void thread_recursion_leave() {
  --thread_state().depth;
}

void init_types() {
  static std::once_flag once;
  std::call_once(once, [] {
    init_type_layouts();  // sizes first: type_init() below already allocates dicts and strs
    init_object_and_type();
    init_value_types();  // int, bool, float, str, tuple, list, dict, set, range, slice, iterators
    init_descr_types();
    init_exception_types();
    init_generator_types();
    register_builtin_modules();
  });
}

void init_for_tools(Interp& in) {
  g_interp = &in;
  init_types();
}

void wake_for_interrupt();  // modules/aploop.cpp

namespace {

// At the end of the program, as CPython's finalization does: threading._shutdown() joins every
// non-daemon thread (only if the program imported threading).
void join_threads() {
  Interp& in = interp();
  bool err = false;
  Ref key = new_str("threading");
  Value threading = dict_get(in.modules, key.get(), &err);
  if (!threading) return;
  Ref mod = Ref::borrow(threading);
  Ref r = call_method(mod.get(), "_shutdown", {});
  if (!r) {
    Ref exc = fetch_error();
    in.write(2, "Exception ignored in: " + repr_utf8(mod.get()) + "\n");
    print_exception(exc.get());
  }
}

// At exit, as CPython's finalization does: the main module's globals become None in the order
// they were defined (__builtins__ stays), so that objects they held are finalized (__del__ runs)
// in the same order.
void clear_main_module(Dict* d) {
  Ref saved = fetch_error();
  std::vector<Ref> keys;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(k) && v != none() && as_str(k)->view() != "__builtins__")
      keys.push_back(Ref::borrow(k));
  }
  for (Ref& key : keys) {
    if (dict_set(d, key.get(), none()) < 0) clear_error();
  }
  restore_error(std::move(saved));
}

// Holds the GIL while the main program runs. Daemon threads still alive at the end never get it
// back: they stop where they are, as in CPython's finalization.
// Threads still running once the main thread is done (daemon threads, threads of _thread, threads
// a Stop could not join) would outlive the interpreter. As process exit does in CPython, they are
// ended: each gets its Stop exception (SystemExit, silent) at its next check, and the main thread
// waits a little for them. Any that still runs after that keeps waiting for the GIL forever (the
// main thread does not release it): it never touches an object again.
void end_leftover_threads(Interp& in) {
  if (live_python_threads() == 0) return;
  request_interrupt(in);
  GilRelease unlocked;
  for (int i = 0; i < 500 && live_python_threads() > 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

struct MainGil {
  MainGil() { gil().acquire(); }
  ~MainGil() {
    if (live_python_threads() == 0) gil().release();
  }
};

}  // namespace

void Interp::write(int stream, std::string_view text) const {
  if (recorder && recorder->enabled()) {
    const trace::EventKind kind =
        stream == 2 ? trace::EventKind::kStderr : trace::EventKind::kStdout;
    ThreadState& ts = thread_state();
    std::string& partial = ts.partial_line[stream == 2 ? 1 : 0];
    size_t start = 0;
    for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', start)) {
      partial.append(text.substr(start, nl + 1 - start));
      recorder->instant(ts.lane, kind, partial);
      partial.clear();
      start = nl + 1;
    }
    partial.append(text.substr(start));
  }
  if (host.write) host.write(stream, text);
}

void Interp::flush_trace_output() const {
  ThreadState& ts = thread_state();
  for (int i = 0; i < 2; ++i) {
    if (ts.partial_line[i].empty()) continue;
    if (recorder && recorder->enabled()) {
      recorder->instant(ts.lane, i ? trace::EventKind::kStderr : trace::EventKind::kStdout,
                        ts.partial_line[i]);
    }
    ts.partial_line[i].clear();
  }
}

void request_interrupt(Interp& in) {
  in.interrupt.store(true);
  wake_for_interrupt();
}

bool Interp::interrupt_pending() const {
  return interrupt.load(std::memory_order_relaxed) && !thread_state().stop_delivered;
}

int run_main(Interp& in, const std::string& filename, const std::string& source) {
  arm_memory_reserve();
  MainGil hold;
  g_interp = &in;
  ThreadState& ts = thread_state();
  ts.is_main = true;
  ts.stop_delivered = false;
  if (in.recorder && in.recorder->enabled()) {
    ts.thread_lane = ts.lane = in.recorder->new_lane(trace::LaneKind::kThread, "MainThread");
    in.recorder->state(ts.lane, trace::State::kRunning);
  }
  struct EndLane {
    Interp& in;
    ~EndLane() {
      ThreadState& t = thread_state();
      in.flush_trace_output();
      if (in.recorder && in.recorder->enabled() && t.thread_lane) {
        in.recorder->instant(t.thread_lane, trace::EventKind::kMark, "exit");
        in.recorder->end_lane(t.thread_lane);
      }
      t.thread_lane = t.lane = trace::kNoLane;
      t.is_main = false;
      decref(std::exchange(t.context, Value()));
    }
  } end_lane{in};
  init_types();
  in.sources[filename] = split_lines(source);

  in.builtins = static_cast<Dict*>(new_dict().release().obj());
  in.modules = static_cast<Dict*>(new_dict().release().obj());
  register_core_builtins(in.builtins);
  register_value_builtins(in.builtins);
  {
    Ref sys = make_sys_module();
    if (sys) dict_set_str(in.modules, "sys", sys.get());
  }

  ParseResult parsed = parse_and_validate(source, filename);
  if (!parsed.ok()) {
    in.write(2, format_syntax_error(*parsed.error));
    return 1;
  }
  CompileError cerr;
  Ref code = compile_module(*parsed.module, filename, &cerr);
  if (!code) {
    SyntaxErrorInfo info;
    info.msg = cerr.msg;
    info.filename = filename;
    info.lineno = cerr.lineno;
    info.offset = cerr.col_offset + 1;
    info.end_lineno = cerr.end_lineno;
    info.end_offset = cerr.end_col_offset + 1;
    if (cerr.lineno >= 1 && cerr.lineno <= static_cast<int>(in.sources[filename].size())) {
      info.text = in.sources[filename][cerr.lineno - 1] + "\n";
    }
    in.write(2, format_syntax_error(info));
    return 1;
  }

  Ref main = new_module("__main__");
  Module* m = main.as<Module>();
  dict_set_str(m->dict, "__builtins__", Value(in.builtins));
  Ref fname = new_str(filename);
  dict_set_str(m->dict, "__file__", fname.get());
  dict_set_str(m->dict, "__cached__", none());
  dict_set_str(m->dict, "__annotations__", Ref(new_dict()).get());
  dict_set_str(in.modules, "__main__", main.get());

  Ref result = run_module_code(code.as<Code>(), m->dict);
  int status = 0;
  if (!result) {
    Ref exc = fetch_error();
    if (is_instance(exc.get(), g_SystemExit)) {
      status = exit_code_of(exc.get());
    } else {
      print_exception(exc.get());
      // CPython ends with SIGINT after an uncaught KeyboardInterrupt: the shell sees 130.
      status = is_instance(exc.get(), g_KeyboardInterrupt) ? 130 : 1;
    }
  }
  join_threads();
  end_leftover_threads(in);
  if (live_python_threads() == 0) clear_main_module(m->dict);
  return status;
}

}  // namespace asyncplay::lang
