// Importing, and the modules every program can rely on: sys (with stdout/stderr streams that
// write through the Host) and time.
#include "core/lang/modules.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#ifndef __EMSCRIPTEN__
#include <fstream>
#endif
#include <map>
#ifndef __EMSCRIPTEN__
#include <sstream>
#endif
#include <string>
#include <thread>

#include "core/clock/clock.h"
#include "core/lang/code.h"
#include "core/lang/compiler.h"
#include "core/lang/errors.h"
#include "core/lang/gil.h"
#include "core/lang/interp.h"
#include "core/lang/parser.h"
#include "core/lang/tracing.h"
#include "core/lang/vm.h"

namespace asyncplay::lang {

void register_math_module();
void register_thread_module();
void register_os_module();
void register_aploop_module();
void register_prelude_modules();  // generated from core/lang/prelude/*.py

namespace {

std::map<std::string, ModuleMaker>& registry() {
  static std::map<std::string, ModuleMaker> r;
  return r;
}

// Modules written in Python, compiled on first import.
std::map<std::string, const char*>& sources() {
  static std::map<std::string, const char*> s;
  return s;
}

Ref run_source_module(const std::string& name, const char* source) {
  const std::string filename = "<frozen " + name + ">";
  interp().sources[filename] = {};
  ParseResult parsed = parse_and_validate(source, filename);
  if (!parsed.ok()) return raise(g_SystemError, "frozen module " + name + ": " + parsed.error->msg);
  CompileError err;
  Ref code = compile_module(*parsed.module, filename, &err);
  if (!code) return raise(g_SystemError, "frozen module " + name + ": " + err.msg);
  Ref m = new_module(name);
  if (!m) return nullptr;
  Dict* d = m.as<Module>()->dict;
  dict_set_str(d, "__builtins__", Value(interp().builtins));
  // Registered before running, so that modules importing each other find it.
  Ref key = new_str(name);
  if (dict_set(interp().modules, key.get(), m.get()) < 0) return nullptr;
  if (!run_module_code(code.as<Code>(), d)) {
    dict_del(interp().modules, key.get());
    return nullptr;
  }
  return m;
}

// ---- sys.stdout / sys.stderr --------------------------------------------------------------------

Type g_stream_type;

struct Stream : Object {
  int fd;
};

void stream_dealloc(Object* o) {
  free_object(o);
}

Ref stream_write(Value self, Args args) {
  if (!check_nargs("write", args, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return type_error("write() argument must be str, not " + type_name(args[0]));
  interp().write(static_cast<Stream*>(self.obj())->fd, as_str(args[0])->data);
  return new_int(as_str(args[0])->length);
}
Ref stream_flush(Value, Args) {
  return new_none();
}
Ref stream_writelines(Value self, Args args) {
  if (!check_nargs("writelines", args, 1, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref line = iter_next(it.get());
    if (!line) return error_occurred() ? nullptr : new_none();
    Value one[1] = {line.get()};
    if (!stream_write(self, Args{one, 1, nullptr})) return nullptr;
  }
}
Ref stream_isatty(Value, Args) {
  return new_bool(false);
}
Ref stream_repr(Value self) {
  int fd = static_cast<Stream*>(self.obj())->fd;
  return new_str(fd == 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                         : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
}

Ref new_stream(int fd) {
  Object* o = alloc_object(&g_stream_type);
  if (!o) return nullptr;
  static_cast<Stream*>(o)->fd = fd;
  return Ref::steal(Value(o));
}

// ---- sys ---------------------------------------------------------------------------------------

Ref sys_exit(Value, Args args) {
  if (!check_nargs("exit", args, 0, 1)) return nullptr;
  Ref exc = args.npos ? call(Value(g_SystemExit), {args[0]}) : call(Value(g_SystemExit), {});
  if (!exc) return nullptr;
  return raise_value(exc.get());
}

Ref sys_getrecursionlimit(Value, Args args) {
  if (!check_nargs("getrecursionlimit", args, 0, 0)) return nullptr;
  return new_int(interp().recursion_limit);
}

Ref sys_setrecursionlimit(Value, Args args) {
  if (!check_nargs("setrecursionlimit", args, 1, 1)) return nullptr;
  int64_t n = 0;
  if (!is_int(args[0]))
    return type_error("'" + type_name(args[0]) + "' object cannot be interpreted as an integer");
  if (!int_as_i64(args[0], &n) || n < 1)
    return value_error("recursion limit must be greater or equal than 1");
  ThreadState& ts = thread_state();
  if (n <= ts.depth) {
    return raise(g_RecursionError, "cannot set the recursion limit to " + std::to_string(n) +
                                       " at the recursion depth " + std::to_string(ts.depth) +
                                       ": the limit is too low");
  }
  interp().recursion_limit = static_cast<int>(std::min<int64_t>(n, 1 << 30));
  return new_none();
}

Ref sys_exc_info(Value, Args) {
  Value h = thread_state().handled;
  if (!h || h == none()) return new_tuple({none(), none(), none()});
  Ref tb = getattr(h, "__traceback__");
  if (!tb) return nullptr;
  return new_tuple({Value(type_of(h)), h, tb.get()});
}

Ref sys_exception(Value, Args) {
  Value h = thread_state().handled;
  return Ref::borrow(h ? h : none());
}

void set(Dict* d, const char* name, Ref v) {
  dict_set_str(d, name, v.get());
}
void set_fn(Dict* d, const char* name, NativeFn fn, Value self) {
  set(d, name, new_builtin(name, fn, self));
}

Ref sys_excepthook(Value, Args args) {
  if (!check_nargs("excepthook", args, 3, 3)) return nullptr;
  if (is_exception_instance(args[1])) {
    print_exception(args[1]);
  } else {
    interp().write(2, "TypeError: print_exception(): Exception expected for value, " +
                          type_name(args[1]) + " found\n");
  }
  return new_none();
}

Ref sys_getswitchinterval(Value, Args args) {
  if (!check_nargs("getswitchinterval", args, 0, 0)) return nullptr;
  return new_float(std::chrono::duration<double>(gil().switch_interval()).count());
}

Ref sys_setswitchinterval(Value, Args args) {
  if (!check_nargs("setswitchinterval", args, 1, 1)) return nullptr;
  double secs = 0;
  int64_t n = 0;
  if (type_of(args[0]) == &g_float_type) {
    secs = float_value(args[0]);
  } else if (is_int(args[0]) && int_as_i64(args[0], &n)) {
    secs = static_cast<double>(n);
  } else {
    return type_error("must be real number, not " + type_name(args[0]));
  }
  if (!(secs > 0)) return value_error("switch interval must be strictly positive");
  gil().set_switch_interval(clock::from_seconds(secs));
  return new_none();
}

// ---- time
// ----------------------------------------------------------------------------------------

Ref time_time(Value, Args args) {
  if (!check_nargs("time", args, 0, 0)) return nullptr;
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return new_float(std::chrono::duration<double>(now).count());
}

Ref time_monotonic(Value, Args args) {
  if (!check_nargs("monotonic", args, 0, 0)) return nullptr;
  return new_float(clock::default_clock().seconds());
}

Ref time_sleep(Value, Args args) {
  if (!check_nargs("sleep", args, 1, 1)) return nullptr;
  double secs = 0;
  int64_t n = 0;
  if (type_of(args[0]) == &g_float_type) {
    secs = float_value(args[0]);
  } else if (is_int(args[0]) && int_as_i64(args[0], &n)) {
    secs = static_cast<double>(n);
  } else {
    return type_error("'" + type_name(args[0]) + "' object cannot be interpreted as an integer");
  }
  if (secs < 0) return value_error("sleep length must be non-negative");
  // Sleep in slices so that a Stop request is noticed promptly.
  const clock::Clock& c = clock::default_clock();
  const clock::TimePoint deadline = clock::deadline_after(c.now(), clock::from_seconds(secs));
  if (tracer()) {
    Ref r = repr(args[0]);
    trace_state(trace::State::kSleeping,
                "time.sleep(" + (r ? std::string(as_str(r.get())->view()) : std::string()) + ")");
  }
  struct BackToRunning {
    ~BackToRunning() { trace_state(trace::State::kRunning); }
  } back;
  // The GIL stays released for the whole sleep (taking it back between slices would make a
  // sleeper compete with running threads); a Stop is noticed between slices. (No
  // check_interrupt() before: it may hand the GIL over and take it back, which the trace would
  // show as the sleeper running.)
  bool interrupted = false;
  {
    GilRelease unlocked;
    while (c.now() < deadline) {
      if (interp().interrupt_pending()) {
        interrupted = true;
        break;
      }
      clock::TimePoint slice = clock::deadline_after(c.now(), std::chrono::milliseconds(20));
      c.sleep_until(std::min(slice, deadline));
    }
  }
  if (interrupted && check_interrupt()) return nullptr;
  if (secs == 0) {
    // time.sleep(0) lets other threads run, as CPython's does.
    GilRelease unlocked;
  }
  return new_none();
}

Ref time_ns(Value, Args args) {
  if (!check_nargs("time_ns", args, 0, 0)) return nullptr;
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return new_int(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count());
}

Ref time_monotonic_ns(Value, Args args) {
  if (!check_nargs("monotonic_ns", args, 0, 0)) return nullptr;
  return new_int(clock::default_clock().now().time_since_epoch().count());
}

Ref time_process_time(Value, Args args) {
  if (!check_nargs("process_time", args, 0, 0)) return nullptr;
  return new_float(static_cast<double>(std::clock()) / CLOCKS_PER_SEC);
}

// _traceback: the engine's own traceback text, for the traceback module (prelude).
Ref traceback_format_exception(Value, Args args) {
  if (!check_nargs("format_exception", args, 1, 2)) return nullptr;
  if (!is_exception_instance(args[0])) {
    return type_error("format_exception(): Exception expected, got " + type_name(args[0]));
  }
  bool chain = true;
  if (args.npos == 2) {
    int t = truth(args[1]);
    if (t < 0) return nullptr;
    chain = t != 0;
  }
  return new_str(format_exception(args[0], chain));
}

Ref traceback_format_exception_only(Value, Args args) {
  if (!check_nargs("format_exception_only", args, 1, 1)) return nullptr;
  if (!is_exception_instance(args[0])) {
    return type_error("format_exception_only(): Exception expected, got " + type_name(args[0]));
  }
  return new_str(format_exception_only(args[0]));
}

Ref make_traceback_module() {
  Ref m = new_module("_traceback");
  Dict* d = m.as<Module>()->dict;
  set_fn(d, "format_exception", traceback_format_exception, m.get());
  set_fn(d, "format_exception_only", traceback_format_exception_only, m.get());
  return m;
}

Ref make_time_module() {
  Ref m = new_module("time");
  Dict* d = m.as<Module>()->dict;
  set_fn(d, "time", time_time, m.get());
  set_fn(d, "monotonic", time_monotonic, m.get());
  set_fn(d, "perf_counter", time_monotonic, m.get());
  set_fn(d, "sleep", time_sleep, m.get());
  set_fn(d, "time_ns", time_ns, m.get());
  set_fn(d, "monotonic_ns", time_monotonic_ns, m.get());
  set_fn(d, "perf_counter_ns", time_monotonic_ns, m.get());
  set_fn(d, "process_time", time_process_time, m.get());
  return m;
}

}  // namespace

bool is_builtin_stream(Value v) {
  return type_of(v) == &g_stream_type;
}
int builtin_stream_fd(Value v) {
  return static_cast<Stream*>(v.obj())->fd;
}

Ref make_sys_module() {
  Ref m = new_module("sys");
  Dict* d = m.as<Module>()->dict;
  Interp& in = interp();
  Ref argv = new_list();
  for (const std::string& a : in.argv) {
    Ref s = new_str(a);
    list_append(as_list(argv.get()), s.get());
  }
  set(d, "argv", argv);
  Ref out = new_stream(1), err = new_stream(2);
  set(d, "stdout", out);
  set(d, "stderr", err);
  set(d, "__stdout__", out);
  set(d, "__stderr__", err);
  set_fn(d, "exit", sys_exit, m.get());
  set_fn(d, "getrecursionlimit", sys_getrecursionlimit, m.get());
  set_fn(d, "setrecursionlimit", sys_setrecursionlimit, m.get());
  set_fn(d, "exc_info", sys_exc_info, m.get());
  set_fn(d, "exception", sys_exception, m.get());
  set_fn(d, "excepthook", sys_excepthook, m.get());
  dict_set_str(d, "__excepthook__", dict_get_str(d, AP_NAME("excepthook")));
  set_fn(d, "getswitchinterval", sys_getswitchinterval, m.get());
  set_fn(d, "setswitchinterval", sys_setswitchinterval, m.get());
  dict_set_str(d, "modules", Value(in.modules));
  set(d, "maxsize", new_int(INT64_MAX));
  set(d, "platform", new_str("asyncplay"));
  set(d, "version", new_str("3.11.7 (asyncplay)"));
  set(d, "byteorder", new_str("little"));
  return m;
}

// `builtins`: a module whose namespace is the interpreter's builtins dict itself, so that
// assigning builtins.NAME changes what every module sees.
Ref make_builtins_module() {
  Ref m = new_module("builtins");
  Module* mod = m.as<Module>();
  Dict* own = mod->dict;
  mod->dict = interp().builtins;
  incref(Value(mod->dict));
  decref(Value(own));
  return m;
}

void register_module(const char* name, ModuleMaker make) {
  registry()[name] = make;
}
void register_source_module(const char* name, const char* source) {
  sources()[name] = source;
}

void register_builtin_modules() {
  type_init(&g_stream_type, "TextIOWrapper", &g_object_type, sizeof(Stream), stream_dealloc, 0);
  g_stream_type.repr = stream_repr;
  add_method(&g_stream_type, "write", stream_write);
  add_method(&g_stream_type, "flush", stream_flush);
  add_method(&g_stream_type, "writelines", stream_writelines);
  add_method(&g_stream_type, "isatty", stream_isatty);
  register_module("time", make_time_module);
  register_module("builtins", make_builtins_module);
  register_module("_traceback", make_traceback_module);
  register_math_module();
  register_thread_module();
  register_os_module();
  register_aploop_module();
  register_prelude_modules();
}

namespace {

// For work on the prelude: with ASYNCPLAY_PRELUDE_DIR set (native builds), DIR/NAME.py replaces
// the embedded module NAME, so an edit takes effect without rebuilding. (Not in the WebAssembly
// engine, which has no files to read and where the iostreams it takes would cost ~1/10 of its
// size.)
const std::string* prelude_override(const std::string& name) {
#ifdef __EMSCRIPTEN__
  (void)name;
  return nullptr;
#else
  static const char* dir = std::getenv("ASYNCPLAY_PRELUDE_DIR");
  if (!dir || !*dir) return nullptr;
  static std::map<std::string, std::string> cache;
  if (auto it = cache.find(name); it != cache.end()) return &it->second;
  std::ifstream in(std::string(dir) + "/" + name + ".py", std::ios::binary);
  if (!in) return nullptr;
  std::stringstream text;
  text << in.rdbuf();
  return &(cache[name] = text.str());
#endif
}

// Raises ImportError or ModuleNotFoundError with its `name` attribute set, as CPython does.
Ref raise_import_error(Type* type, const std::string& message, const std::string& name) {
  Ref exc = new_exception(type, message);
  if (!exc) return nullptr;
  Ref n = new_str(name);
  if (setattr(exc.get(), AP_NAME("name"), n.get()) < 0) return nullptr;
  return raise_value(exc.get());
}

// Whether `name` has submodules here (asyncio, concurrent), or is a package in CPython whose
// submodules this interpreter lacks: `import math.x` is "not a package", `import json.x` is not.
bool is_package(const std::string& name) {
  static const char* const kStdlibPackages[] = {"collections",
                                                "json",
                                                "email",
                                                "importlib",
                                                "unittest",
                                                "xml",
                                                "http",
                                                "urllib",
                                                "logging",
                                                "encodings",
                                                "ctypes",
                                                "sqlite3",
                                                "multiprocessing",
                                                "concurrent",
                                                "asyncio",
                                                "curses",
                                                "dbm",
                                                "html",
                                                "wsgiref",
                                                "xmlrpc"};
  for (const char* p : kStdlibPackages) {
    if (name == p) return true;
  }
  const std::string prefix = name + ".";
  auto has_prefix = [&](const auto& map) {
    auto it = map.lower_bound(prefix);
    return it != map.end() && it->first.compare(0, prefix.size(), prefix) == 0;
  };
  return has_prefix(registry()) || has_prefix(sources());
}

Ref load(const std::string& name) {
  Interp& in = interp();
  Ref key = new_str(name);
  bool err = false;
  if (Value m = dict_get(in.modules, key.get(), &err)) return Ref::borrow(m);
  // As in CPython, a package is imported before its submodule (it may import the submodule
  // itself, as asyncio imports asyncio.locks).
  const size_t dot = name.rfind('.');
  Ref parent;
  if (dot != std::string::npos) {
    parent = load(name.substr(0, dot));
    if (!parent) return nullptr;
    if (Value m = dict_get(in.modules, key.get(), &err)) return Ref::borrow(m);
  }
  const char* text = nullptr;
  if (const std::string* edited = prelude_override(name)) {
    text = edited->c_str();
  } else if (auto src = sources().find(name); src != sources().end()) {
    text = src->second;
  }
  if (text) {
    Ref m = run_source_module(name, text);
    if (!m) return nullptr;
    if (parent && setattr(parent.get(), intern(name.substr(dot + 1)), m.get()) < 0) return nullptr;
    return m;
  }
  auto it = registry().find(name);
  if (it == registry().end()) {
    std::string message = "No module named '" + name + "'";
    if (dot != std::string::npos && !is_package(name.substr(0, dot))) {
      message += "; '" + name.substr(0, dot) + "' is not a package";
    }
    return raise_import_error(g_ModuleNotFoundError, message, name);
  }
  Ref m = it->second();
  if (!m) return nullptr;
  if (dict_set(in.modules, key.get(), m.get()) < 0) return nullptr;
  // A submodule becomes an attribute of its parent package.
  if (parent && setattr(parent.get(), intern(name.substr(dot + 1)), m.get()) < 0) return nullptr;
  return m;
}
}  // namespace

Ref import_module(Str* name, Value fromlist, int level, Dict* globals) {
  (void)globals;
  if (level > 0)
    return raise(g_ImportError, "attempted relative import with no known parent package");
  std::string full(name->view());
  // Load every package on the way, then return the top (import a.b) or the leaf (from a.b import).
  Ref leaf = load(full);
  if (!leaf) return nullptr;
  const bool has_fromlist = fromlist && fromlist != none() && as_tuple(fromlist)->size > 0;
  if (has_fromlist) return leaf;
  return load(full.substr(0, full.find('.')));
}

Ref import_from(Value module, Str* name) {
  bool found = false;
  Ref v = getattr_optional(module, name, &found);
  if (found) return v;
  if (error_occurred()) return nullptr;
  // A submodule not yet loaded: `from concurrent import futures`.
  std::string mod_name;
  if (type_of(module) == &g_module_type) mod_name = static_cast<Module*>(module.obj())->name;
  const std::string sub = mod_name + "." + std::string(name->view());
  if (!mod_name.empty() &&
      (registry().count(sub) || sources().count(sub) || prelude_override(sub))) {
    return load(mod_name + "." + std::string(name->view()));
  }
  return raise_import_error(g_ImportError,
                            "cannot import name '" + std::string(name->view()) + "' from '" +
                                mod_name + "' (unknown location)",
                            mod_name);
}

int import_star(Value module, Dict* locals) {
  if (type_of(module) != &g_module_type) {
    type_error("from-import-* object has no __dict__ and no __all__");
    return -1;
  }
  Dict* d = static_cast<Module*>(module.obj())->dict;
  std::vector<std::pair<Value, Value>> items;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    if (is_str(k) && !as_str(k)->data.empty() && as_str(k)->data[0] != '_')
      items.emplace_back(k, v);
  }
  for (auto [k, v] : items) {
    if (dict_set(locals, k, v) < 0) return -1;
  }
  return 0;
}

}  // namespace asyncplay::lang
