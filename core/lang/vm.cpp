// The dispatch loop and everything about frames: argument binding, calls without native
// recursion, exception unwinding through handler blocks, tracebacks, and suspension for
// generators and coroutines.
#include "core/lang/vm.h"

#include <cstdlib>
#include <cstring>

#include "core/lang/genobject.h"
#include "core/lang/gil.h"
#include "core/lang/interp.h"
#include "core/lang/match.h"
#include "core/lang/memory.h"
#include "core/lang/modules.h"
#include "core/lang/pool.h"
#include "core/lang/tracing.h"

namespace asyncplay::lang {

namespace {
constexpr uint32_t kCallMethodFlag = 1u << 23;
constexpr uint32_t kListExtendInCall = 1u << 22;

// How CPython names a callable in call errors: "__main__.f()", "print()", "list()".
std::string function_str(Value f) {
  Type* t = type_of(f);
  if (t == &g_method_type) return function_str(static_cast<Method*>(f.obj())->func);
  if (t == &g_function_type) {
    Function* fn = static_cast<Function*>(f.obj());
    std::string q = as_str(fn->qualname)->data;
    if (fn->module && is_str(fn->module) && as_str(fn->module)->data != "builtins") {
      q = as_str(fn->module)->data + "." + q;
    }
    return q + "()";
  }
  if (t == &g_builtin_type) return std::string(static_cast<Builtin*>(f.obj())->name) + "()";
  if (t == &g_type_type || t->is_subtype_of(&g_type_type))
    return static_cast<Type*>(f.obj())->name + "()";
  return type_name(f) + " object";
}

Ref unbound_local(const std::string& name) {
  return raise(g_UnboundLocalError, "cannot access local variable '" + name +
                                        "' where it is not associated with a value");
}

// NameError for `name` looked up in frame `f` (remembers the scopes for "Did you mean").
Ref name_error(Str* name, Frame* f) {
  Ref varnames = new_tuple(static_cast<int64_t>(f->code->varnames.size()));
  for (size_t i = 0; i < f->code->varnames.size(); ++i) {
    as_tuple(varnames.get())->items[i] = new_str(f->code->varnames[i]).release();
  }
  Value locals = f->locals && f->locals != f->globals ? Value(f->locals) : varnames.get();
  return raise_name_error(name, locals, f->globals, f->builtins);
}

std::string qualname_of(Function* f) {
  return as_str(f->qualname)->data;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}
}  // namespace

int Frame::line() const {
  if (code->positions.empty()) return code->first_line;
  uint32_t i = ip > 0 ? ip - 1 : 0;
  if (i >= code->positions.size()) i = static_cast<uint32_t>(code->positions.size() - 1);
  return code->positions[i].line;
}

// ---- frames -----------------------------------------------------------------------------------

namespace {

Frame* alloc_frame(Code* code, Function* func, Dict* globals, Dict* locals) {
  const int nslots = code->nslots();
  const size_t size = sizeof(Frame) + sizeof(Value) * (nslots + code->stacksize) +
                      sizeof(Block) * static_cast<size_t>(code->maxblocks);
  // The header and the locals start zeroed (empty); the value and block stacks are written
  // before they are read (sp and nblocks say how much of them holds anything).
  void* mem = pool::alloc_partly_zeroed(size, sizeof(Frame) + sizeof(Value) * nslots);
  if (!mem) {
    raise_empty(g_MemoryError);
    return nullptr;
  }
  Frame* f = static_cast<Frame*>(mem);
  f->code = code;
  incref(Value(code));
  f->func = func;
  if (func) incref(Value(func));
  f->globals = globals;
  incref(Value(globals));
  f->builtins = interp().builtins;
  f->locals = locals;
  if (locals) incref(Value(locals));
  f->stack = f->slots + nslots;
  f->blocks = reinterpret_cast<Block*>(f->stack + code->stacksize);
  return f;
}

// Sets up cells and free variables once arguments are in place.
bool init_cells(Frame* f) {
  Code* co = f->code;
  const int nl = co->nlocals();
  for (int i = 0; i < co->ncells(); ++i) {
    Value init;
    if (co->cell2arg[i] >= 0) {
      init = f->slots[co->cell2arg[i]];
    }
    Ref cell = new_cell(init);
    if (!cell) return false;
    f->slots[nl + i] = cell.release();
  }
  if (co->nfree() > 0) {
    Tuple* closure = f->func ? as_tuple(f->func->closure) : nullptr;
    for (int i = 0; i < co->nfree(); ++i) {
      f->slots[nl + co->ncells() + i] = closure ? newref(closure->items[i]) : Value();
    }
  }
  return true;
}

bool bind_args(Frame* f, Function* func, Args args) {
  Code* co = f->code;
  const int argcount = co->argcount;
  const int kwonly = co->kwonlyargcount;
  const int total = argcount + kwonly;
  const size_t npos = args.npos;
  Value* slots = f->slots;
  auto fname = [func] { return qualname_of(func) + "()"; };  // for error messages only

  // Positional arguments.
  const size_t take = std::min<size_t>(npos, argcount);
  for (size_t i = 0; i < take; ++i) slots[i] = newref(args[i]);
  int var_index = total;
  if (co->flags & kCodeVarargs) {
    Ref rest = new_tuple_from(args.items + take, static_cast<int64_t>(npos - take));
    if (!rest) return false;
    slots[var_index] = rest.release();
  } else if (npos > static_cast<size_t>(argcount)) {
    const Tuple* defs = func->defaults ? as_tuple(func->defaults) : nullptr;
    const int ndefs = defs ? static_cast<int>(defs->size) : 0;
    std::string takes;
    if (ndefs > 0) {
      takes = "from " + std::to_string(argcount - ndefs) + " to " + std::to_string(argcount);
    } else {
      takes = std::to_string(argcount);
    }
    size_t kw_given = 0;
    for (size_t i = 0; i < args.nkw(); ++i) {
      // Keyword-only arguments given by keyword are mentioned by CPython.
      std::string_view k = as_str(args.kwnames->items[i])->view();
      for (int j = argcount; j < total; ++j) {
        if (co->varnames[j] == k) ++kw_given;
      }
    }
    std::string msg = fname() + " takes " + takes + " positional argument" +
                      (takes == "1" ? "" : "s") + " but " + std::to_string(npos) +
                      (npos == 1 ? " was" : " were") + " given";
    if (kw_given > 0) {
      msg = fname() + " takes " + takes + " positional argument" + (takes == "1" ? "" : "s") +
            " but " + std::to_string(npos) + " positional argument" + (npos == 1 ? "" : "s") +
            " (and " + std::to_string(kw_given) + " keyword-only argument" +
            (kw_given == 1 ? "" : "s") + ") were given";
    }
    type_error(msg);
    return false;
  }

  // Keyword arguments.
  Dict* kwdict = nullptr;
  if (co->flags & kCodeVarkeywords) {
    Ref d = new_dict();
    if (!d) return false;
    kwdict = static_cast<Dict*>(d.get().obj());
    slots[var_index + ((co->flags & kCodeVarargs) ? 1 : 0)] = d.release();
  }
  std::vector<std::string> posonly_as_kw;
  for (size_t i = 0; i < args.nkw(); ++i) {
    Value name = args.kwnames->items[i];
    std::string_view k = as_str(name)->view();
    int j = co->posonlyargcount;
    for (; j < total; ++j) {
      if (co->varnames[j] == k) break;
    }
    if (j < total) {
      if (slots[j]) {
        type_error(fname() + " got multiple values for argument '" + std::string(k) + "'");
        return false;
      }
      slots[j] = newref(args.kw_value(i));
      continue;
    }
    if (kwdict) {
      if (dict_set(kwdict, name, args.kw_value(i)) < 0) return false;
      continue;
    }
    bool is_posonly = false;
    for (int p = 0; p < co->posonlyargcount; ++p) {
      if (co->varnames[p] == k) is_posonly = true;
    }
    if (is_posonly) {
      posonly_as_kw.emplace_back(k);
      continue;
    }
    type_error(fname() + " got an unexpected keyword argument '" + std::string(k) + "'");
    return false;
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i)
      names += (i ? ", '" : "'") + posonly_as_kw[i] + "'";
    type_error(fname() +
               " got some positional-only arguments passed as keyword arguments: " + names);
    return false;
  }

  // Defaults, and what is still missing.
  if (npos < static_cast<size_t>(argcount)) {
    const Tuple* defs = func->defaults ? as_tuple(func->defaults) : nullptr;
    const int ndefs = defs ? static_cast<int>(defs->size) : 0;
    const int first_default = argcount - ndefs;
    std::vector<std::string> missing;
    for (int i = static_cast<int>(npos); i < argcount; ++i) {
      if (slots[i]) continue;
      if (i >= first_default) {
        slots[i] = newref(defs->items[i - first_default]);
      } else {
        missing.push_back(co->varnames[i]);
      }
    }
    if (!missing.empty()) {
      type_error(fname() + " missing " + std::to_string(missing.size()) +
                 " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                 quoted_list(missing));
      return false;
    }
  }
  if (kwonly > 0) {
    std::vector<std::string> missing;
    for (int i = argcount; i < total; ++i) {
      if (slots[i]) continue;
      Value def;
      if (func->kwdefaults) {
        bool err = false;
        Ref key = new_str(co->varnames[i]);
        def = dict_get(static_cast<Dict*>(func->kwdefaults.obj()), key.get(), &err);
      }
      if (def) {
        slots[i] = newref(def);
      } else {
        missing.push_back(co->varnames[i]);
      }
    }
    if (!missing.empty()) {
      type_error(fname() + " missing " + std::to_string(missing.size()) +
                 " required keyword-only argument" + (missing.size() == 1 ? "" : "s") + ": " +
                 quoted_list(missing));
      return false;
    }
  }
  return true;
}

}  // namespace

Frame* new_frame(Function* func, Args args) {
  Code* co = func->code;
  Frame* f = alloc_frame(co, func, func->globals, nullptr);
  if (!f) return nullptr;
  // The common call: exactly the positional parameters, nothing else to bind or set up.
  if (!args.kwnames && args.npos == static_cast<size_t>(co->argcount) && co->kwonlyargcount == 0 &&
      !(co->flags & (kCodeVarargs | kCodeVarkeywords)) && co->ncells() == 0 && co->nfree() == 0) {
    for (size_t i = 0; i < args.npos; ++i) f->slots[i] = newref(args[i]);
    return f;
  }
  if (!bind_args(f, func, args) || !init_cells(f)) {
    free_frame(f);
    return nullptr;
  }
  return f;
}

void free_frame(Frame* f) {
  const int n = f->code->nslots();
  for (int i = 0; i < n; ++i) decref(f->slots[i]);
  for (uint32_t i = 0; i < f->sp; ++i) decref(f->stack[i]);
  decref(f->handled_before);
  decref(Value(f->locals));
  decref(Value(f->globals));
  decref(Value(f->func));
  decref(Value(f->code));
  pool::release(f);
}

// ---- calls
// ----------------------------------------------------------------------------------------

Ref call_function(Function* func, Args args) {
  Frame* f = new_frame(func, args);
  if (!f) return nullptr;
  const uint32_t flags = func->code->flags;
  if (flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) return new_generator(f);
  Value out;
  f->entry = true;
  FrameStatus st = run_frame(f, Value(), false, &out);
  free_frame(f);
  if (st == FrameStatus::kError) return nullptr;
  return Ref::steal(out);
}

Ref run_class_body(Function* body, Dict* ns) {
  Frame* f = alloc_frame(body->code, body, body->globals, ns);
  if (!f) return nullptr;
  if (!init_cells(f)) {
    free_frame(f);
    return nullptr;
  }
  Value out;
  f->entry = true;
  FrameStatus st = run_frame(f, Value(), false, &out);
  free_frame(f);
  if (st == FrameStatus::kError) return nullptr;
  return Ref::steal(out);
}

Ref run_module_code(Code* code, Dict* globals) {
  Frame* f = alloc_frame(code, nullptr, globals, globals);
  if (!f) return nullptr;
  Value out;
  f->entry = true;
  FrameStatus st = run_frame(f, Value(), false, &out);
  free_frame(f);
  if (st == FrameStatus::kError) return nullptr;
  return Ref::steal(out);
}

bool check_interrupt() {
  if (memory_exhausted()) {
    raise_empty(g_MemoryError);
    return true;
  }
  if (gil().drop_requested()) {
    trace_thread_state(trace::State::kReady, "GIL");
    gil().yield();
    trace_thread_state(trace::State::kRunning);
  }
  Interp& in = interp();
  if (!in.interrupt.load(std::memory_order_relaxed)) return false;
  ThreadState& ts = thread_state();
  if (ts.stop_delivered) return false;
  ts.stop_delivered = true;
  // SystemExit ends a thread silently, as CPython's threads treat it.
  raise_empty(ts.is_main ? g_KeyboardInterrupt : g_SystemExit);
  return true;
}

bool super_from_frame(Value* type, Value* obj) {
  Frame* f = thread_state().frame;
  if (!f || !f->func) {
    raise(g_RuntimeError, "super(): no arguments");
    return false;
  }
  Code* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCodeVarargs)) {
    raise(g_RuntimeError, "super(): no arguments");
    return false;
  }
  Value first = f->slots[0];
  // The first argument may have been captured in a cell.
  for (int i = 0; i < co->ncells(); ++i) {
    if (co->cell2arg[i] == 0) first = static_cast<Cell*>(f->slots[co->nlocals() + i].obj())->ref;
  }
  if (!first) {
    raise(g_RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int i = 0; i < co->nfree(); ++i) {
    if (co->freevars[i] == "__class__") {
      Value cell = f->slots[co->nlocals() + co->ncells() + i];
      Value cls = cell ? static_cast<Cell*>(cell.obj())->ref : Value();
      if (!cls) {
        raise(g_RuntimeError, "super(): empty __class__ cell");
        return false;
      }
      *type = cls;
      *obj = first;
      return true;
    }
  }
  raise(g_RuntimeError, "super(): __class__ cell not found");
  return false;
}

// ---- the dispatch loop
// ------------------------------------------------------------------------------

namespace {

void add_traceback(Frame* f) {
  Value exc = thread_state().exc;
  if (!exc || !is_exception_instance(exc)) return;
  BaseExc* e = static_cast<BaseExc*>(exc.obj());
  incref(Value(f->code));
  // Entries are added innermost first; the printer shows them outermost first.
  e->traceback.insert(e->traceback.begin(), TracebackEntry{f->code, static_cast<int>(f->ip) - 1});
}

bool exception_matches(Value exc, Value cls, bool* error) {
  *error = false;
  if (type_of(cls) == &g_tuple_type) {
    Tuple* t = as_tuple(cls);
    for (int64_t i = 0; i < t->size; ++i) {
      if (exception_matches(exc, t->items[i], error)) return true;
      if (*error) return false;
    }
    return false;
  }
  if (!is_exception_type(cls)) {
    type_error("catching classes that do not inherit from BaseException is not allowed");
    *error = true;
    return false;
  }
  return is_instance(exc, static_cast<Type*>(cls.obj()));
}

Ref make_function(Frame* f, Code* code, uint32_t flags, Value* sp_top, int* consumed) {
  // Below the code object, from the top: closure, annotations, kwdefaults, defaults.
  Value* p = sp_top;
  Value closure, annotations, kwdefaults, defaults;
  if (flags & kFnClosure) closure = *--p;
  if (flags & kFnAnnotations) annotations = *--p;
  if (flags & kFnKwDefaults) kwdefaults = *--p;
  if (flags & kFnDefaults) defaults = *--p;
  *consumed = static_cast<int>(sp_top - p);
  Object* o = alloc_object(&g_function_type);
  if (!o) return nullptr;
  Function* fn = static_cast<Function*>(o);
  fn->code = code;
  incref(Value(code));
  fn->globals = f->globals;
  incref(Value(f->globals));
  fn->name = new_str(code->name).release();
  fn->qualname = new_str(code->qualname).release();
  fn->defaults = defaults ? newref(defaults) : Value();
  fn->kwdefaults = kwdefaults ? newref(kwdefaults) : Value();
  fn->closure = closure ? newref(closure) : Value();
  fn->annotations = annotations ? newref(annotations) : Value();
  Value doc = !code->consts.empty() && is_str(code->consts[0]) ? code->consts[0] : none();
  fn->doc = newref(doc);
  Value mod = dict_get_str(f->globals, AP_NAME("__name__"));
  fn->module = newref(mod ? mod : none());
  return Ref::steal(Value(o));
}

Ref format_value(Value v, Value spec) {
  if (is_str(v) && (!spec || as_str(spec)->data.empty()) && type_of(v) == &g_str_type)
    return Ref::borrow(v);
  Ref empty;
  if (!spec) {
    empty = new_str("");
    spec = empty.get();
  }
  bool found = false;
  Ref r = call_special(v, AP_NAME("__format__"), {spec}, &found);
  if (!found) return type_error("Type " + type_name(v) + " doesn't define __format__");
  if (r && !is_str(r.get())) {
    return type_error("__format__ must return a str, not " + type_name(r.get()));
  }
  return r;
}

// Builds Args for CALL_FUNCTION_EX from a tuple and an optional dict; keeps what it allocates.
struct ExArgs {
  std::vector<Value> items;
  Ref kwnames;
  Args args() const {
    Args a;
    a.items = items.data();
    a.npos = items.size() - (kwnames ? static_cast<size_t>(as_tuple(kwnames.get())->size) : 0);
    a.kwnames = kwnames ? as_tuple(kwnames.get()) : nullptr;
    return a;
  }
};

bool build_ex_args(Value posargs, Value kwargs, ExArgs* out) {
  Tuple* t = as_tuple(posargs);
  for (int64_t i = 0; i < t->size; ++i) out->items.push_back(t->items[i]);
  if (kwargs) {
    Dict* d = static_cast<Dict*>(kwargs.obj());
    std::vector<Value> names;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(d, &pos, &k, &v)) {
      if (!is_str(k)) {
        type_error("keywords must be strings");
        return false;
      }
      names.push_back(k);
      out->items.push_back(v);
    }
    out->kwnames = new_tuple_from(names.data(), static_cast<int64_t>(names.size()));
  }
  return true;
}

Ref unpack_iterable(Value seq, std::vector<Value>* out) {
  Ref it = get_iter(seq);
  if (!it) {
    if (error_matches(g_TypeError)) {
      clear_error();
      return type_error("cannot unpack non-iterable " + type_name(seq) + " object");
    }
    return nullptr;
  }
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) {
      if (error_occurred()) return nullptr;
      break;
    }
    out->push_back(x.release());
  }
  return new_none();
}

// The dispatch loop leaves and re-enters itself every kReentryInterval loop back-edges and Python
// calls, which costs a return and a call. Frames live on the heap, so nothing is lost; what it buys
// is that a long-running program picks up a recompiled dispatch loop: WebAssembly engines first
// run code from a quick baseline compiler and swap in optimized code only at the next call of a
// function (V8 has no on-stack replacement for wasm), and the loop below would otherwise run a
// whole program in its first, several times slower, compilation.
constexpr std::uint32_t kReentryInterval = 1 << 14;

enum class Step { kReturned, kYielded, kError, kReenter };

Step dispatch(Frame* entry_frame, Frame* f, Value send, bool throw_in, Value* out);

}  // namespace

FrameStatus run_frame(Frame* entry_frame, Value send, bool throw_in, Value* out) {
  ThreadState& ts = thread_state();
  Interp& in = interp();
  Frame* f = entry_frame;
  f->entry = true;
  f->back = ts.frame;
  ts.frame = f;
  if (++ts.depth > in.recursion_limit) {
    --ts.depth;
    ts.frame = f->back;
    raise(g_RecursionError, "maximum recursion depth exceeded");
    return FrameStatus::kError;
  }
  f->running = true;
  Step step = dispatch(entry_frame, f, send, throw_in, out);
  // On re-entry the innermost frame of this activation is ts.frame, its state saved in it.
  while (step == Step::kReenter) step = dispatch(entry_frame, ts.frame, Value(), false, out);
  switch (step) {
    case Step::kReturned:
      return FrameStatus::kReturned;
    case Step::kYielded:
      return FrameStatus::kYielded;
    default:
      return FrameStatus::kError;
  }
}

namespace {

// Runs frames from `f` (entry_frame or one it called) until entry_frame returns, yields or
// raises, or until it is time to re-enter (Step::kReenter, with every frame's state saved).
Step dispatch(Frame* entry_frame, Frame* f, Value send, bool throw_in, Value* out) {
  ThreadState& ts = thread_state();
  Interp& in = interp();

  Value* sp = f->stack + f->sp;
  const Instr* code = f->code->code.data();
  Value* consts = f->code->consts.data();
  Str** names = f->code->names.data();
  Value* slots = f->slots;
  uint32_t ip = f->ip;
  bool reraise = false;  // the error being handled keeps its traceback as is

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define SET_TOP(v) (sp[-1] = (v))
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])
#define SAVE() (f->ip = ip, f->sp = static_cast<uint32_t>(sp - f->stack))
#define LOAD()                                                                                  \
  (code = f->code->code.data(), consts = f->code->consts.data(), names = f->code->names.data(), \
   slots = f->slots, ip = f->ip, sp = f->stack + f->sp)
#define ERROR() goto error
#define CHECK(x) \
  if (!(x)) goto error

  if (send) PUSH(newref(send));
  if (throw_in) goto error;

  for (;;) {
    {
      const Instr ins = code[ip++];
      const uint32_t arg = instr_arg(ins);
      switch (instr_op(ins)) {
        case Op::NOP:
        case Op::EXTENDED_ARG:
          break;
        case Op::SETUP_ANNOTATIONS: {
          Dict* d = f->locals ? f->locals : f->globals;
          if (!dict_get_str(d, AP_NAME("__annotations__"))) {
            Ref ann = new_dict();
            CHECK(ann && dict_set_str(d, "__annotations__", ann.get()) == 0);
          }
          break;
        }

        case Op::GET_LEN: {
          SAVE();
          int64_t n = length(TOP());
          CHECK(n >= 0);
          Ref len = new_int(n);
          CHECK(len);
          PUSH(len.release());
          break;
        }
        case Op::MATCH_SEQUENCE: {
          Value b = bool_value(match_is_sequence(TOP()));
          PUSH(newref(b));
          break;
        }
        case Op::MATCH_MAPPING: {
          Value b = bool_value(match_is_mapping(TOP()));
          PUSH(newref(b));
          break;
        }
        case Op::MATCH_KEYS: {
          SAVE();
          Ref values = match_keys(SECOND(), TOP());
          CHECK(values);
          PUSH(values.release());
          break;
        }
        case Op::COPY_DICT_WITHOUT_KEYS: {
          SAVE();
          Ref rest = match_copy_without_keys(SECOND(), TOP());
          CHECK(rest);
          decref(TOP());
          SET_TOP(rest.release());
          break;
        }
        case Op::MATCH_CLASS: {
          SAVE();
          Ref attrs = match_class(PEEK(3), SECOND(), arg, TOP());
          CHECK(attrs);
          decref(POP());
          decref(POP());
          decref(TOP());
          SET_TOP(attrs.release());
          break;
        }
        case Op::POP_TOP:
          decref(POP());
          break;
        case Op::ROT_TWO:
          std::swap(sp[-1], sp[-2]);
          break;
        case Op::ROT_THREE: {
          Value top = sp[-1];
          sp[-1] = sp[-2];
          sp[-2] = sp[-3];
          sp[-3] = top;
          break;
        }
        case Op::ROT_FOUR: {
          Value top = sp[-1];
          sp[-1] = sp[-2];
          sp[-2] = sp[-3];
          sp[-3] = sp[-4];
          sp[-4] = top;
          break;
        }
        case Op::DUP_TOP: {
          Value v = TOP();
          PUSH(newref(v));
          break;
        }
        case Op::DUP_TOP_TWO: {
          Value a = SECOND(), b = TOP();
          PUSH(newref(a));
          PUSH(newref(b));
          break;
        }

        case Op::LOAD_CONST:
          PUSH(newref(consts[arg]));
          break;
        case Op::LOAD_FAST: {
          Value v = slots[arg];
          if (!v) {
            SAVE();
            unbound_local(f->code->varnames[arg]);
            ERROR();
          }
          PUSH(newref(v));
          break;
        }
        case Op::STORE_FAST: {
          Value old = slots[arg];
          slots[arg] = POP();
          decref(old);
          break;
        }
        case Op::DELETE_FAST: {
          if (!slots[arg]) {
            SAVE();
            unbound_local(f->code->varnames[arg]);
            ERROR();
          }
          decref(slots[arg]);
          slots[arg] = Value();
          break;
        }
        case Op::LOAD_DEREF:
        case Op::LOAD_CLASSDEREF: {
          const uint32_t idx = instr_op(ins) == Op::LOAD_CLASSDEREF ? (arg & 0xfff) : arg;
          if (instr_op(ins) == Op::LOAD_CLASSDEREF && f->locals) {
            Value v = dict_get_str(f->locals, names[arg >> 12]);
            if (v) {
              PUSH(newref(v));
              break;
            }
          }
          Value cell = slots[f->code->nlocals() + idx];
          Value v = cell ? static_cast<Cell*>(cell.obj())->ref : Value();
          if (!v) {
            SAVE();
            const int nc = f->code->ncells();
            if (static_cast<int>(idx) < nc) {
              unbound_local(f->code->cellvars[idx]);
            } else {
              raise(g_NameError,
                    "cannot access free variable '" + f->code->freevars[idx - nc] +
                        "' where it is not associated with a value in enclosing scope");
            }
            ERROR();
          }
          PUSH(newref(v));
          break;
        }
        case Op::STORE_DEREF: {
          Cell* c = static_cast<Cell*>(slots[f->code->nlocals() + arg].obj());
          Value old = c->ref;
          c->ref = POP();
          decref(old);
          break;
        }
        case Op::DELETE_DEREF: {
          Cell* c = static_cast<Cell*>(slots[f->code->nlocals() + arg].obj());
          decref(c->ref);
          c->ref = Value();
          break;
        }
        case Op::LOAD_CLOSURE:
          PUSH(newref(slots[f->code->nlocals() + arg]));
          break;

        case Op::LOAD_GLOBAL: {
          std::vector<Code::GlobalCache>& cache = f->code->global_cache;
          if (!cache.empty()) {
            const Code::GlobalCache& c = cache[arg];
            if (c.value && c.globals_version == f->globals->version &&
                c.builtins_version == f->builtins->version) {
              PUSH(newref(c.value));
              break;
            }
          }
          Value v = dict_get_str(f->globals, names[arg]);
          if (!v) v = dict_get_str(f->builtins, names[arg]);
          if (!v) {
            SAVE();
            name_error(names[arg], f);
            ERROR();
          }
          if (cache.empty()) cache.resize(f->code->names.size());
          cache[arg] = {f->globals->version, f->builtins->version, v};
          PUSH(newref(v));
          break;
        }
        case Op::STORE_GLOBAL: {
          Value v = POP();
          int rc = dict_set(f->globals, Value(names[arg]), v);
          decref(v);
          CHECK(rc == 0);
          break;
        }
        case Op::DELETE_GLOBAL: {
          if (!dict_get_str(f->globals, names[arg])) {
            SAVE();
            name_error(names[arg], f);
            ERROR();
          }
          CHECK(dict_del(f->globals, Value(names[arg])) == 0);
          break;
        }
        case Op::LOAD_NAME: {
          Value v = f->locals ? dict_get_str(f->locals, names[arg]) : Value();
          if (!v) v = dict_get_str(f->globals, names[arg]);
          if (!v) v = dict_get_str(f->builtins, names[arg]);
          if (!v) {
            SAVE();
            name_error(names[arg], f);
            ERROR();
          }
          PUSH(newref(v));
          break;
        }
        case Op::STORE_NAME: {
          Value v = POP();
          int rc = dict_set(f->locals ? f->locals : f->globals, Value(names[arg]), v);
          decref(v);
          CHECK(rc == 0);
          break;
        }
        case Op::DELETE_NAME: {
          Dict* d = f->locals ? f->locals : f->globals;
          if (!dict_get_str(d, names[arg])) {
            SAVE();
            name_error(names[arg], f);
            ERROR();
          }
          CHECK(dict_del(d, Value(names[arg])) == 0);
          break;
        }

        case Op::LOAD_ATTR: {
          SAVE();
          Value obj = TOP();
          Ref v = getattr(obj, names[arg]);
          CHECK(v);
          decref(obj);
          SET_TOP(v.release());
          break;
        }
        case Op::STORE_ATTR: {
          SAVE();
          Value obj = POP();
          Value v = POP();
          int rc = setattr(obj, names[arg], v);
          decref(obj);
          decref(v);
          CHECK(rc == 0);
          break;
        }
        case Op::DELETE_ATTR: {
          SAVE();
          Value obj = POP();
          int rc = delattr(obj, names[arg]);
          decref(obj);
          CHECK(rc == 0);
          break;
        }
        case Op::LOAD_METHOD: {
          SAVE();
          Value obj = TOP();
          Type* t = type_of(obj);
          if (t->getattr == generic_getattr || t->getattr == nullptr) {
            Value descr = t->lookup(names[arg]);
            if (descr && (type_of(descr) == &g_function_type || is_instance_method_descr(descr))) {
              Dict** d = instance_dict_slot(obj);
              if (!d || !*d || !dict_get_str(*d, names[arg])) {
                SET_TOP(newref(descr));
                PUSH(obj);  // the reference moves to the self slot
                break;
              }
            }
          }
          Ref v = getattr(obj, names[arg]);
          CHECK(v);
          decref(obj);
          SET_TOP(v.release());
          PUSH(Value());
          break;
        }

        case Op::BINARY_SUBSCR: {
          SAVE();
          Value key = POP();
          Value obj = TOP();
          Ref r = getitem(obj, key);
          decref(key);
          CHECK(r);
          decref(obj);
          SET_TOP(r.release());
          break;
        }
        case Op::STORE_SUBSCR: {
          SAVE();
          Value key = POP();
          Value obj = POP();
          Value v = POP();
          int rc = setitem(obj, key, v);
          decref(key);
          decref(obj);
          decref(v);
          CHECK(rc == 0);
          break;
        }
        case Op::DELETE_SUBSCR: {
          SAVE();
          Value key = POP();
          Value obj = POP();
          int rc = delitem(obj, key);
          decref(key);
          decref(obj);
          CHECK(rc == 0);
          break;
        }

        case Op::BINARY_OP:
        case Op::INPLACE_OP: {
          Value b = POP();
          Value a = TOP();
          const BinOp op = static_cast<BinOp>(arg);
          if (a.is_small_int() && b.is_small_int()) {
            const int64_t x = a.small_int_value(), y = b.small_int_value();
            int64_t r;
            bool done = true;
            switch (op) {
              case BinOp::Add:
                r = x + y;
                break;
              case BinOp::Sub:
                r = x - y;
                break;
              case BinOp::Mul:
                done = !__builtin_mul_overflow(x, y, &r);
                break;
              case BinOp::FloorDiv:
                if (y == 0) {
                  done = false;
                  break;
                }
                r = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) --r;
                break;
              case BinOp::Mod:
                if (y == 0) {
                  done = false;
                  break;
                }
                r = x % y;
                if (r != 0 && ((r < 0) != (y < 0))) r += y;
                break;
              case BinOp::And:
                r = x & y;
                break;
              case BinOp::Or:
                r = x | y;
                break;
              case BinOp::Xor:
                r = x ^ y;
                break;
              default:
                done = false;
                break;
            }
            if (done && Value::fits_small(r)) {
              SET_TOP(Value::small_int(r));
              break;
            }
          }
          SAVE();
          // `s += t` then `s = ...` in a local: drop the local's reference first, so that the str
          // is uniquely owned and can grow in place (CPython does the same).
          if (instr_op(ins) == Op::INPLACE_OP && op == BinOp::Add && type_of(a) == &g_str_type &&
              instr_op(code[ip]) == Op::STORE_FAST && slots[instr_arg(code[ip])] == a) {
            slots[instr_arg(code[ip])] = Value();
            decref(a);
          }
          Ref r = instr_op(ins) == Op::BINARY_OP ? binary_op(a, b, op) : inplace_op(a, b, op);
          decref(b);
          CHECK(r);
          decref(a);
          SET_TOP(r.release());
          break;
        }
        case Op::UNARY_OP: {
          SAVE();
          Value v = TOP();
          if (v.is_small_int() && static_cast<UnOp>(arg) == UnOp::Neg) {
            SET_TOP(Value::small_int(-v.small_int_value()));
            break;
          }
          Ref r = unary_op(v, static_cast<UnOp>(arg));
          CHECK(r);
          decref(v);
          SET_TOP(r.release());
          break;
        }
        case Op::UNARY_NOT: {
          SAVE();
          Value v = TOP();
          int t = truth(v);
          CHECK(t >= 0);
          decref(v);
          SET_TOP(bool_value(!t));
          break;
        }
        case Op::COMPARE_OP: {
          Value b = POP();
          Value a = TOP();
          if (a.is_small_int() && b.is_small_int()) {
            const int64_t x = a.small_int_value(), y = b.small_int_value();
            bool r = false;
            switch (static_cast<CmpOp>(arg)) {
              case CmpOp::Lt:
                r = x < y;
                break;
              case CmpOp::Le:
                r = x <= y;
                break;
              case CmpOp::Eq:
                r = x == y;
                break;
              case CmpOp::Ne:
                r = x != y;
                break;
              case CmpOp::Gt:
                r = x > y;
                break;
              case CmpOp::Ge:
                r = x >= y;
                break;
            }
            SET_TOP(bool_value(r));
            break;
          }
          SAVE();
          Ref r = compare(a, b, static_cast<CmpOp>(arg));
          decref(b);
          CHECK(r);
          decref(a);
          SET_TOP(r.release());
          break;
        }
        case Op::IS_OP: {
          Value b = POP();
          Value a = TOP();
          bool r = (a == b) != (arg == 1);
          decref(a);
          decref(b);
          SET_TOP(bool_value(r));
          break;
        }
        case Op::CONTAINS_OP: {
          SAVE();
          Value container = POP();
          Value item = TOP();
          int r = contains(container, item);
          decref(container);
          CHECK(r >= 0);
          decref(item);
          SET_TOP(bool_value((r == 1) != (arg == 1)));
          break;
        }

        case Op::JUMP:
          if (arg < ip) {
            SAVE();
            if (check_interrupt()) ERROR();
            ip = arg;
            if (--ts.reentry_countdown >= kReentryInterval) {
              ts.reentry_countdown = kReentryInterval - 1;
              SAVE();
              return Step::kReenter;
            }
            break;
          }
          ip = arg;
          break;
        case Op::POP_JUMP_IF_FALSE:
        case Op::POP_JUMP_IF_TRUE: {
          Value v = POP();
          int t;
          if (v == bool_value(true))
            t = 1;
          else if (v == bool_value(false))
            t = 0;
          else {
            SAVE();
            t = truth(v);
            decref(v);
            CHECK(t >= 0);
          }
          if (t == (instr_op(ins) == Op::POP_JUMP_IF_TRUE ? 1 : 0)) ip = arg;
          break;
        }
        case Op::JUMP_IF_FALSE_OR_POP:
        case Op::JUMP_IF_TRUE_OR_POP: {
          SAVE();
          Value v = TOP();
          int t = truth(v);
          CHECK(t >= 0);
          if (t == (instr_op(ins) == Op::JUMP_IF_TRUE_OR_POP ? 1 : 0)) {
            ip = arg;
          } else {
            decref(POP());
          }
          break;
        }

        case Op::GET_ITER: {
          SAVE();
          Value v = TOP();
          Ref it = get_iter(v);
          CHECK(it);
          decref(v);
          SET_TOP(it.release());
          break;
        }
        case Op::FOR_ITER: {
          SAVE();
          Value it = TOP();
          Type* t = type_of(it);
          Ref next = t->next ? t->next(it) : iter_next(it);
          if (next) {
            PUSH(next.release());
            break;
          }
          if (error_matches(g_StopIteration)) clear_error();
          CHECK(!error_occurred());
          decref(POP());
          ip = arg;
          break;
        }

        case Op::BUILD_TUPLE: {
          Ref t = new_tuple_steal(sp - arg, arg);
          CHECK(t);
          sp -= arg;
          PUSH(t.release());
          break;
        }
        case Op::BUILD_LIST: {
          Ref l = new_list_steal(sp - arg, arg);
          CHECK(l);
          sp -= arg;
          PUSH(l.release());
          break;
        }
        case Op::BUILD_SET: {
          SAVE();
          Ref s = new_set_from(sp - arg, arg);
          for (uint32_t i = 0; i < arg; ++i) decref(sp[-1 - static_cast<int>(i)]);
          sp -= arg;
          CHECK(s);
          PUSH(s.release());
          break;
        }
        case Op::BUILD_MAP: {
          SAVE();
          Ref d = new_dict();
          CHECK(d);
          Dict* dict = static_cast<Dict*>(d.get().obj());
          bool ok = true;
          for (uint32_t i = 0; i < arg && ok; ++i) {
            Value k = sp[-2 * static_cast<int>(arg) + 2 * static_cast<int>(i)];
            Value v = sp[-2 * static_cast<int>(arg) + 2 * static_cast<int>(i) + 1];
            ok = dict_set(dict, k, v) == 0;
          }
          for (uint32_t i = 0; i < 2 * arg; ++i) decref(sp[-1 - static_cast<int>(i)]);
          sp -= 2 * arg;
          CHECK(ok);
          PUSH(d.release());
          break;
        }
        case Op::BUILD_SLICE: {
          Value step = arg == 3 ? POP() : Value();
          Value stop = POP();
          Value start = TOP();
          Ref s = new_slice(start, stop, step ? step : none());
          decref(step);
          decref(stop);
          CHECK(s);
          decref(start);
          SET_TOP(s.release());
          break;
        }
        case Op::BUILD_STRING: {
          std::string out;
          for (uint32_t i = arg; i > 0; --i) out += as_str(sp[-static_cast<int>(i)])->data;
          for (uint32_t i = 0; i < arg; ++i) decref(POP());
          Ref s = new_str(out);
          CHECK(s);
          PUSH(s.release());
          break;
        }
        case Op::LIST_APPEND: {
          Value v = POP();
          list_append(as_list(PEEK(arg)), v);
          decref(v);
          break;
        }
        case Op::SET_ADD: {
          SAVE();
          Value v = POP();
          int rc = set_add(PEEK(arg), v);
          decref(v);
          CHECK(rc == 0);
          break;
        }
        case Op::MAP_ADD: {
          SAVE();
          Value v = POP();
          Value k = POP();
          int rc = dict_set(static_cast<Dict*>(PEEK(arg).obj()), k, v);
          decref(k);
          decref(v);
          CHECK(rc == 0);
          break;
        }
        case Op::LIST_EXTEND: {
          SAVE();
          const uint32_t depth = arg & ~kListExtendInCall;
          Value it = POP();
          Ref r = list_extend(as_list(PEEK(depth)), it);
          if (!r && error_matches(g_TypeError) && !type_of(it)->iter && !type_of(it)->getitem) {
            clear_error();
            type_error((arg & kListExtendInCall)
                           ? function_str(PEEK(depth + 1)) +
                                 " argument after * must be an iterable, not " + type_name(it)
                           : "Value after * must be an iterable, not " + type_name(it));
          }
          decref(it);
          CHECK(r);
          break;
        }
        case Op::SET_UPDATE: {
          SAVE();
          Value it = POP();
          Ref r = set_update(PEEK(arg), it);
          decref(it);
          CHECK(r);
          break;
        }
        case Op::DICT_UPDATE:
        case Op::DICT_MERGE: {
          SAVE();
          Value other = POP();
          Ref r = dict_update(static_cast<Dict*>(PEEK(arg).obj()), other,
                              instr_op(ins) == Op::DICT_MERGE);
          if (!r && error_matches(g_AttributeError)) {
            clear_error();
            type_error(instr_op(ins) == Op::DICT_MERGE
                           ? "argument after ** must be a mapping, not " + type_name(other)
                           : "'" + type_name(other) + "' object is not a mapping");
          }
          if (!r && instr_op(ins) == Op::DICT_MERGE && error_matches(g_TypeError)) {
            // In a call: name the function, as CPython does.
            Ref exc = fetch_error();
            Ref msg = str(exc.get());
            const std::string prefix = function_str(PEEK(arg + 2)) + " ";
            if (msg && as_str(msg.get())->data.rfind(prefix, 0) != 0) {
              type_error(prefix + as_str(msg.get())->data);
            } else {
              clear_error();
              restore_error(exc);
            }
          }
          decref(other);
          CHECK(r);
          break;
        }
        case Op::LIST_TO_TUPLE: {
          Value l = TOP();
          List* list = as_list(l);
          Ref t = new_tuple_from(list->items.data(), static_cast<int64_t>(list->items.size()));
          CHECK(t);
          decref(l);
          SET_TOP(t.release());
          break;
        }
        case Op::UNPACK_SEQUENCE: {
          SAVE();
          Value seq = POP();
          Type* t = type_of(seq);
          const Value* items = nullptr;
          size_t n = 0;
          std::vector<Value> owned;
          if (t == &g_tuple_type) {
            items = as_tuple(seq)->items;
            n = static_cast<size_t>(as_tuple(seq)->size);
          } else if (t == &g_list_type) {
            items = as_list(seq)->items.data();
            n = as_list(seq)->items.size();
          } else {
            Ref ok = unpack_iterable(seq, &owned);
            if (!ok) {
              for (Value v : owned) decref(v);
              decref(seq);
              ERROR();
            }
            items = owned.data();
            n = owned.size();
          }
          if (n != arg) {
            if (n < arg) {
              raise(g_ValueError, "not enough values to unpack (expected " + std::to_string(arg) +
                                      ", got " + std::to_string(n) + ")");
            } else {
              raise(g_ValueError,
                    "too many values to unpack (expected " + std::to_string(arg) + ")");
            }
            for (Value v : owned) decref(v);
            decref(seq);
            ERROR();
          }
          for (size_t i = n; i > 0; --i) PUSH(owned.empty() ? newref(items[i - 1]) : items[i - 1]);
          decref(seq);
          break;
        }
        case Op::UNPACK_EX: {
          SAVE();
          const uint32_t before = arg & 0xff, after = arg >> 8;
          Value seq = POP();
          std::vector<Value> owned;
          Ref ok = unpack_iterable(seq, &owned);
          decref(seq);
          if (!ok) {
            for (Value v : owned) decref(v);
            ERROR();
          }
          if (owned.size() < before + after) {
            raise(g_ValueError, "not enough values to unpack (expected at least " +
                                    std::to_string(before + after) + ", got " +
                                    std::to_string(owned.size()) + ")");
            for (Value v : owned) decref(v);
            ERROR();
          }
          const size_t mid = owned.size() - before - after;
          for (size_t i = 0; i < after; ++i) PUSH(owned[owned.size() - 1 - i]);
          Ref rest = new_list_steal(owned.data() + before, static_cast<uint32_t>(mid));
          PUSH(rest.release());
          for (size_t i = before; i > 0; --i) PUSH(owned[i - 1]);
          break;
        }
        case Op::FORMAT_VALUE: {
          SAVE();
          Value spec = (arg & kFmtHasSpec) ? POP() : Value();
          Value v = TOP();
          Ref converted;
          switch (arg & 3) {
            case kFmtConvStr:
              converted = str(v);
              break;
            case kFmtConvRepr:
              converted = repr(v);
              break;
            case kFmtConvAscii:
              converted = ascii_repr(v);
              break;
            default:
              converted = Ref::borrow(v);
              break;
          }
          if (!converted) {
            decref(spec);
            ERROR();
          }
          Ref r = format_value(converted.get(), spec);
          decref(spec);
          CHECK(r);
          decref(v);
          SET_TOP(r.release());
          break;
        }

        case Op::CALL:
        case Op::CALL_KW: {
          SAVE();
          if (check_interrupt()) ERROR();
          const bool kw = instr_op(ins) == Op::CALL_KW;
          const bool method = arg & kCallMethodFlag;
          uint32_t n = arg & ~kCallMethodFlag;
          Tuple* kwnames = kw ? as_tuple(TOP()) : nullptr;
          Value* argv = sp - n - (kw ? 1 : 0);
          Value callable;
          int extra_below = 1;  // the callable
          if (method) {
            Value self = argv[-1];
            callable = argv[-2];
            extra_below = 2;
            if (self) {
              --argv;
              ++n;
            }
          } else {
            callable = argv[-1];
          }
          const size_t nkw = kwnames ? static_cast<size_t>(kwnames->size) : 0;
          Args args{argv, n - nkw, kwnames};
          Ref result;
          if (type_of(callable) == &g_function_type &&
              !(static_cast<Function*>(callable.obj())->code->flags &
                (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
            // A Python function: switch frames instead of recursing.
            Function* fn = static_cast<Function*>(callable.obj());
            Frame* callee = new_frame(fn, args);
            if (!callee) ERROR();
            // Drop the call's values from the caller's stack now.
            Value* base = sp - (kw ? 1 : 0) - (arg & ~kCallMethodFlag) - extra_below;
            for (Value* p = base; p < sp; ++p) decref(*p);
            sp = base;
            SAVE();
            if (ts.depth + 1 > in.recursion_limit) {
              free_frame(callee);
              raise(g_RecursionError, "maximum recursion depth exceeded");
              ERROR();
            }
            ++ts.depth;
            callee->back = f;
            callee->running = true;
            f = callee;
            ts.frame = f;
            if (--ts.reentry_countdown >= kReentryInterval) {
              ts.reentry_countdown = kReentryInterval - 1;
              return Step::kReenter;  // the callee starts afresh from its saved (initial) state
            }
            LOAD();
            break;
          }
          result = call(callable, args);
          Value* base = sp - (kw ? 1 : 0) - (arg & ~kCallMethodFlag) - extra_below;
          for (Value* p = base; p < sp; ++p) decref(*p);
          sp = base;
          CHECK(result);
          PUSH(result.release());
          break;
        }
        case Op::CALL_FUNCTION_EX: {
          SAVE();
          if (check_interrupt()) ERROR();
          Value kwargs = (arg & 1) ? POP() : Value();
          Value posargs = POP();
          Value callable = TOP();
          ExArgs ex;
          bool ok = build_ex_args(posargs, kwargs, &ex);
          Ref result = ok ? call(callable, ex.args()) : Ref();
          decref(kwargs);
          decref(posargs);
          CHECK(result);
          decref(callable);
          SET_TOP(result.release());
          break;
        }
        case Op::MAKE_FUNCTION: {
          Value co = POP();
          int consumed = 0;
          Ref fn = make_function(f, static_cast<Code*>(co.obj()), arg, sp, &consumed);
          for (int i = 0; i < consumed; ++i) decref(POP());
          decref(co);
          CHECK(fn);
          PUSH(fn.release());
          break;
        }
        case Op::RETURN_VALUE: {
          Value retval = POP();
          f->running = false;
          --ts.depth;
          if (f == entry_frame) {
            SAVE();
            f->ip = ip;
            ts.frame = f->back;
            *out = retval;
            f->entry = false;
            return Step::kReturned;
          }
          Frame* caller = f->back;
          SAVE();  // whatever is left on the callee's stack is released with it
          free_frame(f);
          f = caller;
          ts.frame = f;
          LOAD();
          PUSH(retval);
          break;
        }

        case Op::LOAD_BUILD_CLASS: {
          Value bc = dict_get_str(f->builtins, AP_NAME("__build_class__"));
          if (!bc) {
            SAVE();
            raise(g_NameError, "__build_class__ not found");
            ERROR();
          }
          PUSH(newref(bc));
          break;
        }
        case Op::IMPORT_NAME: {
          SAVE();
          Value fromlist = POP();
          Value level = TOP();
          int64_t lv = 0;
          int_as_i64(level, &lv);
          Ref m = import_module(names[arg], fromlist, static_cast<int>(lv), f->globals);
          decref(fromlist);
          CHECK(m);
          decref(level);
          SET_TOP(m.release());
          break;
        }
        case Op::IMPORT_FROM: {
          SAVE();
          Ref v = import_from(TOP(), names[arg]);
          CHECK(v);
          PUSH(v.release());
          break;
        }
        case Op::IMPORT_STAR: {
          SAVE();
          Value m = POP();
          int rc = import_star(m, f->locals ? f->locals : f->globals);
          decref(m);
          CHECK(rc == 0);
          break;
        }

        case Op::RAISE_VARARGS: {
          SAVE();
          if (arg == 0) {
            Value h = ts.handled;
            if (!h || h == none()) {
              raise(g_RuntimeError, "No active exception to reraise");
              ERROR();
            }
            restore_error(Ref::borrow(h));
            reraise = true;
            ERROR();
          }
          Value cause = arg == 2 ? POP() : Value();
          Value exc = POP();
          Ref instance;
          if (is_exception_type(exc)) {
            instance = call(exc, {});
            if (instance && !is_exception_instance(instance.get())) {
              type_error("calling " + repr_utf8(exc) +
                         " should have returned an instance of BaseException, not " +
                         type_name(instance.get()));
              instance = nullptr;
            }
          } else if (is_exception_instance(exc)) {
            instance = Ref::borrow(exc);
          } else {
            type_error("exceptions must derive from BaseException");
          }
          decref(exc);
          if (instance && arg == 2) {
            Ref c;
            if (cause == none()) {
              c = new_none();
            } else if (is_exception_type(cause)) {
              c = call(cause, {});
            } else if (is_exception_instance(cause)) {
              c = Ref::borrow(cause);
            } else {
              type_error("exception causes must derive from BaseException");
            }
            if (c) {
              BaseExc* e = static_cast<BaseExc*>(instance.get().obj());
              decref(e->cause);
              e->cause = c.get() == none() ? Value() : c.release();
              e->suppress_context = true;
            } else {
              instance = nullptr;
            }
          }
          decref(cause);
          if (instance) raise_value(instance.get());
          ERROR();
        }
        case Op::SETUP_FINALLY: {
          if (f->nblocks >= static_cast<uint32_t>(f->code->maxblocks)) {  // (cannot happen)
            SAVE();
            raise(g_SystemError, "too many statically nested blocks");
            ERROR();
          }
          f->blocks[f->nblocks++] =
              Block{Block::kFinally, arg, static_cast<uint32_t>(sp - f->stack)};
          break;
        }
        case Op::POP_BLOCK:
          --f->nblocks;
          break;
        case Op::POP_EXCEPT: {
          // The block below is the EXCEPT_HANDLER pushed when the handler was entered.
          --f->nblocks;
          Value prev = POP();
          Value old = ts.handled;
          ts.handled = prev;
          decref(old);
          break;
        }
        case Op::RERAISE: {
          SAVE();
          Value exc = POP();
          restore_error(Ref::steal(exc));
          reraise = true;
          ERROR();
        }
        case Op::JUMP_IF_NOT_EXC_MATCH: {
          SAVE();
          Value cls = POP();
          Value exc = POP();
          bool err = false;
          bool m = exception_matches(exc, cls, &err);
          decref(cls);
          decref(exc);
          CHECK(!err);
          if (!m) ip = arg;
          break;
        }
        case Op::CHECK_EG_MATCH: {
          SAVE();
          Value type = POP();
          Ref rest;
          Ref match = exception_group_match(TOP(), type, &rest);
          decref(type);
          CHECK(match);
          if (match.get() != none()) {
            // The handler sees its part of the group as the exception being handled.
            Value old = ts.handled;
            ts.handled = newref(match.get());
            decref(old);
          }
          decref(TOP());
          SET_TOP(rest.release());
          PUSH(match.release());
          break;
        }
        case Op::PREP_RERAISE_STAR: {
          SAVE();
          Value excs = POP();
          Value orig = TOP();
          Ref result = prepare_reraise_star(orig, excs);
          decref(excs);
          CHECK(result);
          decref(orig);
          SET_TOP(result.release());
          break;
        }
        case Op::PRINT_EXPR: {
          SAVE();
          raise(g_SystemError, "unsupported instruction");
          ERROR();
        }
        case Op::BEFORE_WITH: {
          SAVE();
          Value mgr = TOP();
          Type* t = type_of(mgr);
          Value enter = t->lookup(AP_NAME("__enter__"));
          if (!enter) {
            type_error("'" + t->name + "' object does not support the context manager protocol");
            ERROR();
          }
          Value exit_fn = t->lookup(AP_NAME("__exit__"));
          if (!exit_fn) {
            type_error(
                "'" + t->name +
                "' object does not support the context manager protocol (missed __exit__ method)");
            ERROR();
          }
          Ref bound_exit = type_of(exit_fn)->descr_get
                               ? type_of(exit_fn)->descr_get(exit_fn, mgr, Value(t))
                               : Ref::borrow(exit_fn);
          CHECK(bound_exit);
          bool found = false;
          Ref res = call_special(mgr, AP_NAME("__enter__"), {}, &found);
          CHECK(res);
          decref(mgr);
          SET_TOP(bound_exit.release());
          PUSH(res.release());
          break;
        }
        case Op::WITH_EXCEPT_START: {
          SAVE();
          Value exc = TOP();
          Value exit_fn = PEEK(3);
          Ref tb = getattr(exc, "__traceback__");
          if (!tb) clear_error();
          Ref r = call(exit_fn, {Value(type_of(exc)), exc, tb ? tb.get() : none()});
          CHECK(r);
          PUSH(r.release());
          break;
        }
        case Op::LOAD_ASSERTION_ERROR:
          PUSH(newref(Value(g_AssertionError)));
          break;

        case Op::YIELD_VALUE: {
          Value v = POP();
          if (arg) async_gen_mark_yield(f->owner);  // a `yield` of an async generator's body
          SAVE();
          f->running = false;
          --ts.depth;
          ts.frame = f->back;
          *out = v;
          return Step::kYielded;
        }
        case Op::SEND: {
          SAVE();
          Value v = TOP();
          Value recv = SECOND();
          Value result;
          GenStatus st = gen_send_any(recv, v, &result);
          if (st == GenStatus::kError) ERROR();
          decref(POP());
          if (st == GenStatus::kYielded) {
            PUSH(result);
          } else {
            decref(POP());
            PUSH(result);
            ip = arg;
          }
          break;
        }
        case Op::GET_YIELD_FROM_ITER: {
          SAVE();
          Value v = TOP();
          if (type_of(v) == &g_generator_type) break;
          if (type_of(v) == &g_coroutine_type) {
            if (!(f->code->flags & kCodeCoroutine)) {
              type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
              ERROR();
            }
            break;
          }
          Ref it = get_iter(v);
          CHECK(it);
          decref(v);
          SET_TOP(it.release());
          break;
        }
        case Op::GET_AWAITABLE: {
          SAVE();
          Value v = TOP();
          Ref it = get_awaitable_iter(v);
          CHECK(it);
          decref(v);
          SET_TOP(it.release());
          break;
        }
        case Op::GET_AITER: {
          SAVE();
          Value v = TOP();
          bool found = false;
          Ref it = call_special(v, AP_NAME("__aiter__"), {}, &found);
          if (!found) {
            type_error("'async for' requires an object with __aiter__ method, got " + type_name(v));
            ERROR();
          }
          CHECK(it);
          decref(v);
          SET_TOP(it.release());
          break;
        }
        case Op::GET_ANEXT: {
          SAVE();
          Value v = TOP();
          bool found = false;
          Ref aw = call_special(v, AP_NAME("__anext__"), {}, &found);
          if (!found) {
            type_error("'async for' requires an iterator with __anext__ method, got " +
                       type_name(v));
            ERROR();
          }
          CHECK(aw);
          Ref it = get_awaitable_iter(aw.get());
          if (!it) {
            clear_error();
            type_error("'async for' received an invalid object from __anext__: " +
                       type_name(aw.get()));
            ERROR();
          }
          PUSH(it.release());
          break;
        }
        case Op::END_ASYNC_FOR: {
          // [aiter, prev, exc] with an EXCEPT_HANDLER block.
          Value exc = POP();
          if (is_instance(exc, g_StopAsyncIteration)) {
            decref(exc);
            --f->nblocks;
            Value prev = POP();
            Value old = ts.handled;
            ts.handled = prev;
            decref(old);
            decref(POP());  // the async iterator
            break;
          }
          SAVE();
          restore_error(Ref::steal(exc));
          reraise = true;
          ERROR();
        }
        case Op::BEFORE_ASYNC_WITH: {
          SAVE();
          Value mgr = TOP();
          Type* t = type_of(mgr);
          Value aenter = t->lookup(AP_NAME("__aenter__"));
          Value aexit = t->lookup(AP_NAME("__aexit__"));
          if (!aenter || !aexit) {
            type_error("'" + t->name +
                       "' object does not support the asynchronous context manager protocol");
            ERROR();
          }
          Ref bound_exit = type_of(aexit)->descr_get
                               ? type_of(aexit)->descr_get(aexit, mgr, Value(t))
                               : Ref::borrow(aexit);
          CHECK(bound_exit);
          bool found = false;
          Ref res = call_special(mgr, AP_NAME("__aenter__"), {}, &found);
          CHECK(res);
          decref(mgr);
          SET_TOP(bound_exit.release());
          PUSH(res.release());
          break;
        }
        case Op::kCount:
          break;
      }
    }
    continue;

  error:
    // An exception is set. Record where, then find a handler in this frame or a caller.
    f->ip = ip;
    for (;;) {
      if (!reraise) add_traceback(f);
      reraise = false;
      bool handled = false;
      while (f->nblocks > 0) {
        Block b = f->blocks[--f->nblocks];
        if (b.kind == Block::kExceptHandler) {
          Value* level = f->stack + b.level;
          while (sp > level + 1) decref(POP());
          Value prev = POP();
          Value old = ts.handled;
          ts.handled = prev;
          decref(old);
          continue;
        }
        Value* level = f->stack + b.level;
        while (sp > level) decref(POP());
        f->blocks[f->nblocks++] = Block{Block::kExceptHandler, 0, b.level};
        Ref exc = fetch_error();
        PUSH(ts.handled ? ts.handled : newref(none()));  // the saved handled exception moves here
        ts.handled = newref(exc.get());
        PUSH(exc.release());
        ip = b.handler;
        handled = true;
        break;
      }
      if (handled) break;
      // No handler: the frame ends with the exception.
      while (sp > f->stack) decref(POP());
      f->sp = 0;
      f->running = false;
      --ts.depth;
      if (f == entry_frame) {
        f->ip = ip;
        f->sp = 0;
        ts.frame = f->back;
        f->entry = false;
        return Step::kError;
      }
      Frame* caller = f->back;
      free_frame(f);
      f = caller;
      ts.frame = f;
      LOAD();
    }
  }
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef SET_TOP
#undef PEEK
#undef SAVE
#undef LOAD
#undef ERROR
#undef CHECK
}

}  // namespace

}  // namespace asyncplay::lang
