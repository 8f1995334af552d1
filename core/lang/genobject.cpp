#include "core/lang/genobject.h"

#include <cstdio>
#include <set>

#include "core/lang/code.h"
#include "core/lang/errors.h"
#include "core/lang/interp.h"
#include "core/lang/types.h"
#include "core/lang/vm.h"

namespace asyncplay::lang {

Type g_generator_type, g_coroutine_type;

namespace {

Type g_async_generator_type;

struct Generator : Object {
  Frame* frame;  // owned; null once finished
  Value code;    // the Code, owned (gi_code/cr_code outlive the frame)
  Value name;    // str
  Value qualname;
  bool started;
  bool running;
  // Async generators only: the last resumption stopped at a `yield` of the body (not at an
  // `await` passing through), set by the VM; an asend/athrow is in progress; closed for good.
  bool ag_yielded;
  bool ag_running_async;
  bool ag_closed;
  // The exception its body is handling where it last stopped (inside an except block), owned or
  // null: as CPython's per-generator exc_state, it is the handled exception (sys.exc_info(), a
  // bare raise) while the body runs, and the caller's is restored when it yields.
  Value handled;
};

Generator* as_gen(Value v) {
  return static_cast<Generator*>(v.obj());
}

bool is_gen_like(Value v) {
  Type* t = type_of(v);
  return t == &g_generator_type || t == &g_coroutine_type || t == &g_async_generator_type;
}

const char* kind_word(Value self) {
  Type* t = type_of(self);
  if (t == &g_coroutine_type) return "coroutine";
  if (t == &g_async_generator_type) return "async generator";
  return "generator";
}

void finish(Generator* g) {
  if (g->frame) {
    free_frame(g->frame);
    g->frame = nullptr;
  }
}

// Whether the frame stopped inside an except block (its handled exception is its own).
bool frame_in_handler(const Frame* f) {
  for (uint32_t i = 0; i < f->nblocks; ++i) {
    if (f->blocks[i].kind == Block::kExceptHandler) return true;
  }
  return false;
}

// One resumption: value in (or an exception thrown in), status out.
GenStatus resume(Value self, Value v, bool throw_in, Value* out) {
  Generator* g = as_gen(self);
  if (g->running) {
    raise(g_ValueError, std::string(kind_word(self)) + " already executing");
    return GenStatus::kError;
  }
  if (!g->frame) {
    if (type_of(self) == &g_coroutine_type) {
      raise(g_RuntimeError, "cannot reuse already awaited coroutine");
    } else if (!throw_in) {
      raise_empty(g_StopIteration);
    }
    return GenStatus::kError;
  }
  if (!g->started && !throw_in && v && v != none()) {
    type_error(std::string("can't send non-None value to a just-started ") + kind_word(self));
    return GenStatus::kError;
  }
  Value push = g->started && !throw_in ? (v ? v : none()) : Value();
  g->started = true;
  g->running = true;
  g->ag_yielded = false;
  // Swap in the body's own handled exception; without one the body sees the caller's.
  ThreadState& ts = thread_state();
  Value caller_handled = ts.handled;
  if (g->handled) {
    ts.handled = g->handled;
    g->handled = Value();
    // As CPython, an exception thrown in where the body handles another gets it as __context__.
    if (throw_in) chain_context(current_error(), ts.handled);
  } else {
    ts.handled = caller_handled ? newref(caller_handled) : Value();
  }
  Frame* frame = g->frame;
  FrameStatus st = run_frame(frame, push, throw_in, out);
  g->running = false;
  if (st == FrameStatus::kYielded && frame_in_handler(frame)) {
    g->handled = ts.handled;
  } else {
    decref(ts.handled);
  }
  ts.handled = caller_handled;
  if (st == FrameStatus::kYielded) return GenStatus::kYielded;
  finish(g);
  if (st == FrameStatus::kReturned) return GenStatus::kReturned;
  if (error_matches(g_StopIteration) ||
      (type_of(self) == &g_async_generator_type && error_matches(g_StopAsyncIteration))) {
    // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
    Ref inner = fetch_error();
    std::string what = std::string(kind_word(self)) + " raised " + type_name(inner.get());
    restore_error(inner);
    Ref cur = fetch_error();
    Ref rt = new_exception(g_RuntimeError, what);
    if (rt) {
      BaseExc* e = static_cast<BaseExc*>(rt.get().obj());
      e->cause = newref(cur.get());
      e->context = newref(cur.get());
      e->suppress_context = true;
      restore_error(rt);
    }
  }
  return GenStatus::kError;
}

// The iterator a suspended `yield from`/`await` is delegating to, or null.
Value delegate_of(Generator* g) {
  Frame* f = g->frame;
  if (!f || !g->started || f->sp == 0) return Value();
  const auto& code = f->code->code;
  if (f->ip >= code.size() || instr_op(code[f->ip]) != Op::JUMP) return Value();
  uint32_t target = instr_arg(code[f->ip]);
  if (target >= code.size() || instr_op(code[target]) != Op::SEND) return Value();
  return f->stack[f->sp - 1];
}

// The delegate finished with `value`: continue the frame after its yield-from loop.
GenStatus resume_after_delegate(Value self, Value value, Value* out) {
  Generator* g = as_gen(self);
  Frame* f = g->frame;
  uint32_t send_at = instr_arg(f->code->code[f->ip]);
  f->ip = instr_arg(f->code->code[send_at]);
  decref(f->stack[--f->sp]);
  return resume(self, value, false, out);
}

Ref stop_iteration_value() {
  Ref exc = fetch_error();
  BaseExc* e = static_cast<BaseExc*>(exc.get().obj());
  return Ref::borrow(e->value ? e->value : none());
}

GenStatus gen_throw_impl(Value self, Value exc, Value* out) {
  Generator* g = as_gen(self);
  if (Value yf = delegate_of(g)) {
    Ref keep = Ref::borrow(yf);
    if (is_instance(exc, g_GeneratorExit)) {
      // Close the delegate first, then raise GeneratorExit here.
      Ref r;
      if (is_gen_like(yf)) {
        r = call_method(yf, "close", {});
      } else {
        bool found = false;
        Ref close = getattr_optional(yf, AP_NAME("close"), &found);
        r = found ? call(close.get(), {}) : new_none();
        if (!found && error_occurred()) r = nullptr;
      }
      if (!r) {
        g->running = false;
        return resume(self, Value(), true, out);
      }
    } else {
      Value result;
      GenStatus st;
      if (is_gen_like(yf)) {
        g->running = true;
        st = gen_throw_impl(yf, exc, &result);
        g->running = false;
      } else {
        bool found = false;
        Ref thrower = getattr_optional(yf, AP_NAME("throw"), &found);
        if (!found) {
          if (error_occurred()) return resume(self, Value(), true, out);
          goto throw_here;
        }
        Ref r = call(thrower.get(), {exc});
        if (r) {
          *out = r.release();
          return GenStatus::kYielded;
        }
        if (error_matches(g_StopIteration)) {
          Ref v = stop_iteration_value();
          return resume_after_delegate(self, v.get(), out);
        }
        return resume(self, Value(), true, out);
      }
      if (st == GenStatus::kYielded) {
        *out = result;
        return GenStatus::kYielded;
      }
      if (st == GenStatus::kReturned) {
        Ref v = Ref::steal(result);
        return resume_after_delegate(self, v.get(), out);
      }
      return resume(self, Value(), true, out);
    }
  }
throw_here:
  // Set, not raised: as in CPython, a thrown exception keeps its own __context__ (the caller's
  // handled exception is not the generator's).
  restore_error(Ref::borrow(exc));
  return resume(self, Value(), true, out);
}

// ---- methods
// -------------------------------------------------------------------------------------

Ref send_result(GenStatus st, Value out) {
  if (st == GenStatus::kYielded) return Ref::steal(out);
  if (st == GenStatus::kReturned) {
    Ref v = Ref::steal(out);
    if (v.get() == none()) return raise_empty(g_StopIteration);
    Ref exc = call(Value(g_StopIteration), {v.get()});
    if (!exc) return nullptr;
    return raise_value(exc.get());
  }
  return nullptr;
}

Ref gen_send(Value self, Args args) {
  if (!check_nargs("send", args, 1, 1)) return nullptr;
  Value out;
  GenStatus st = resume(self, args[0], false, &out);
  return send_result(st, out);
}

Ref gen_next(Value self) {
  Value out;
  GenStatus st = resume(self, none(), false, &out);
  if (st == GenStatus::kYielded) return Ref::steal(out);
  if (st == GenStatus::kReturned) {
    // Exhausted. A return value travels in StopIteration (for next()); loops clear it.
    Ref v = Ref::steal(out);
    if (v.get() == none()) return nullptr;
    Ref exc = call(Value(g_StopIteration), {v.get()});
    if (exc) raise_value(exc.get());
    return nullptr;
  }
  if (error_matches(g_StopIteration) && !as_gen(self)->frame) {
    // A finished generator: next() just reports exhaustion.
    clear_error();
  }
  return nullptr;
}

Ref gen_throw(Value self, Args args) {
  if (!check_nargs("throw", args, 1, 3)) return nullptr;
  Value typ = args[0];
  Ref exc;
  if (is_exception_type(typ)) {
    if (args.npos >= 2 && args[1] != none()) {
      if (is_exception_instance(args[1]))
        exc = Ref::borrow(args[1]);
      else
        exc = call(typ, {args[1]});
    } else {
      exc = call(typ, {});
    }
    if (!exc) return nullptr;
  } else if (is_exception_instance(typ)) {
    if (args.npos >= 2 && args[1] != none())
      return type_error("instance exception may not have a separate value");
    exc = Ref::borrow(typ);
  } else {
    return type_error("exceptions must be classes or instances deriving from BaseException, not " +
                      type_name(typ));
  }
  Generator* g = as_gen(self);
  if (!g->frame) {
    raise_value(exc.get());
    return nullptr;
  }
  if (!g->started) {
    // Thrown into a generator that never ran: it ends at once.
    g->started = true;
    finish(g);
    raise_value(exc.get());
    return nullptr;
  }
  Value out;
  GenStatus st = gen_throw_impl(self, exc.get(), &out);
  return send_result(st, out);
}

Ref gen_close(Value self, Args) {
  Generator* g = as_gen(self);
  if (!g->frame) return new_none();
  if (!g->started) {
    finish(g);
    return new_none();
  }
  Ref exc = call(Value(g_GeneratorExit), {});
  if (!exc) return nullptr;
  Value out;
  GenStatus st = gen_throw_impl(self, exc.get(), &out);
  if (st == GenStatus::kYielded) {
    decref(out);
    return raise(g_RuntimeError, std::string(kind_word(self)) + " ignored GeneratorExit");
  }
  if (st == GenStatus::kReturned) {
    decref(out);
    return new_none();
  }
  if (error_matches(g_GeneratorExit) || error_matches(g_StopIteration)) {
    clear_error();
    return new_none();
  }
  return nullptr;
}

Ref gen_iter(Value self) {
  return Ref::borrow(self);
}

// CPython's RuntimeWarning for a coroutine dropped before it ever ran, printed once per place
// (the warnings module's "default" action), at the line running when it was dropped.
void warn_never_awaited(Generator* g) {
  Interp& in = interp();
  const std::string name(as_str(g->qualname)->view());
  Frame* f = thread_state().frame;
  std::string where = "sys:1";
  std::string source;
  if (f) {
    const int line = f->line();
    where = f->code->filename + ":" + std::to_string(line);
    auto it = in.sources.find(f->code->filename);
    if (it != in.sources.end() && line >= 1 && line <= static_cast<int>(it->second.size())) {
      std::string_view text = it->second[line - 1];
      size_t b = text.find_first_not_of(" \t");
      if (b != std::string_view::npos) source = "  " + std::string(text.substr(b)) + "\n";
    }
  }
  static std::set<std::string> shown;
  if (!shown.insert(where + "|" + name).second) return;
  in.write(2, where + ": RuntimeWarning: coroutine '" + name + "' was never awaited\n" + source +
                  "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
}

void gen_dealloc(Object* o) {
  Generator* g = static_cast<Generator*>(o);
  if (g->frame && !g->started && o->type == &g_coroutine_type) warn_never_awaited(g);
  if (g->frame && g->started && !g->running) {
    // Like CPython's finalizer: close a suspended generator so its finally blocks run.
    Ref saved = fetch_error();
    o->refcnt = 1;  // resurrect for the duration of close()
    Ref r = gen_close(Value(o), Args{});
    if (!r) clear_error();
    restore_error(saved);
    o->refcnt = 0;
  }
  finish(g);
  decref(g->code);
  decref(g->name);
  decref(g->qualname);
  decref(g->handled);
  free_object(o);
}

Ref gen_repr(Value self) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(self.obj()));
  return new_str(std::string("<") + kind_word(self) + " object " +
                 as_str(as_gen(self)->qualname)->data + " at " + buf + ">");
}

Ref gen_name(Value self) {
  return Ref::borrow(as_gen(self)->name);
}
Ref gen_qualname(Value self) {
  return Ref::borrow(as_gen(self)->qualname);
}
Ref gen_running(Value self) {
  return new_bool(as_gen(self)->running);
}
Ref gen_frame(Value self) {
  return as_gen(self)->frame ? new_str("<frame>") : new_none();
}
Ref gen_code(Value self) {
  return Ref::borrow(as_gen(self)->code);
}
Ref gen_suspended_await(Value self) {
  Generator* g = as_gen(self);
  Value yf = delegate_of(g);
  return Ref::borrow(yf ? yf : none());
}

// coroutine.__await__(): an iterator over the coroutine (type coroutine_wrapper), so that a
// plain generator can `yield from` it.
Type g_coro_wrapper_type;

struct CoroWrapper : Object {
  Value coro;  // owned
};

Value wrapped_coro(Value self) {
  return static_cast<CoroWrapper*>(self.obj())->coro;
}

Ref coro_await(Value self, Args) {
  Object* o = alloc_object(&g_coro_wrapper_type);
  if (!o) return nullptr;
  static_cast<CoroWrapper*>(o)->coro = newref(self);
  return Ref::steal(Value(o));
}

void coro_wrapper_dealloc(Object* o) {
  decref(static_cast<CoroWrapper*>(o)->coro);
  free_object(o);
}

Ref coro_wrapper_next(Value self) {
  Value out;
  GenStatus st = resume(wrapped_coro(self), none(), false, &out);
  return send_result(st, out);
}

void init_coro_wrapper_type() {
  Type* t = &g_coro_wrapper_type;
  type_init(t, "coroutine_wrapper", &g_object_type, sizeof(CoroWrapper), coro_wrapper_dealloc, 0);
  t->iter = gen_iter;
  t->next = coro_wrapper_next;
  add_method(t, "send", [](Value self, Args a) { return gen_send(wrapped_coro(self), a); });
  add_method(t, "throw", [](Value self, Args a) { return gen_throw(wrapped_coro(self), a); });
  add_method(t, "close", [](Value self, Args a) { return gen_close(wrapped_coro(self), a); });
  add_slot_wrappers(t);
}

// ---- async generators ----------------------------------------------------------------------
//
// An async generator's frame stops either at a `yield` of its body (the VM marks it with
// ag_yielded) or at an `await` inside it, whose value passes through to whoever drives the
// coroutine awaiting asend()/athrow(). The awaitables below turn the first kind into the end of
// the await (StopIteration carrying the value), as CPython's do.

Type g_async_gen_asend_type, g_async_gen_athrow_type;

enum class AwaitState { kInit, kIter, kClosed };

struct AGenAwaitable : Object {
  Value gen;  // the async generator, owned
  Value arg;  // asend: the value to send; athrow: the exception (null for aclose())
  AwaitState state;
};

AGenAwaitable* as_aw(Value v) {
  return static_cast<AGenAwaitable*>(v.obj());
}

Ref new_agen_awaitable(Type* t, Value gen, Value arg) {
  Object* o = alloc_object(t);
  if (!o) return nullptr;
  AGenAwaitable* a = static_cast<AGenAwaitable*>(o);
  a->gen = newref(gen);
  a->arg = arg ? newref(arg) : Value();
  a->state = AwaitState::kInit;
  return Ref::steal(Value(o));
}

void agen_awaitable_dealloc(Object* o) {
  AGenAwaitable* a = static_cast<AGenAwaitable*>(o);
  decref(a->gen);
  if (a->arg) decref(a->arg);
  free_object(o);
}

// What a resumption of the generator means for the awaitable: a value passing through, or the
// end of the await (StopIteration with the yielded value, StopAsyncIteration, an error).
Ref agen_unwrap(Generator* g, GenStatus st, Value out) {
  if (st == GenStatus::kYielded && !g->ag_yielded) return Ref::steal(out);
  g->ag_running_async = false;
  if (st == GenStatus::kYielded) {
    Ref v = Ref::steal(out);
    Ref exc = call(Value(g_StopIteration), {v.get()});
    if (exc) raise_value(exc.get());
    return nullptr;
  }
  if (st == GenStatus::kReturned) {
    decref(out);
    raise_empty(g_StopAsyncIteration);
  }
  if (error_matches(g_StopAsyncIteration) || error_matches(g_GeneratorExit)) g->ag_closed = true;
  return nullptr;
}

// Sends into the generator; a finished one raises StopAsyncIteration.
Ref agen_send_in(Value gen, Value v) {
  Generator* g = as_gen(gen);
  if (!g->frame) {
    g->ag_closed = true;
    return raise_empty(g_StopAsyncIteration);
  }
  Value out;
  GenStatus st = resume(gen, v, false, &out);
  return agen_unwrap(g, st, out);
}

Ref asend_send(Value self, Value v) {
  AGenAwaitable* a = as_aw(self);
  Generator* g = as_gen(a->gen);
  if (a->state == AwaitState::kClosed)
    return raise(g_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (a->state == AwaitState::kInit) {
    if (g->ag_running_async) {
      a->state = AwaitState::kClosed;
      return raise(g_RuntimeError, "anext(): asynchronous generator is already running");
    }
    if (!v || v == none()) v = a->arg;
    a->state = AwaitState::kIter;
  }
  g->ag_running_async = true;
  Ref r = agen_send_in(a->gen, v);
  if (!r) a->state = AwaitState::kClosed;
  return r;
}

Ref asend_next(Value self) {
  return asend_send(self, none());
}
Ref asend_send_m(Value self, Args args) {
  if (!check_nargs("send", args, 1, 1)) return nullptr;
  return asend_send(self, args[0]);
}

// gen.throw(*args) on the generator itself, its outcome as a GenStatus.
GenStatus agen_throw_raw(Value gen, Args args, Value* out) {
  Ref r = gen_throw(gen, args);
  if (r) {
    *out = r.release();
    return GenStatus::kYielded;
  }
  return GenStatus::kError;
}

Ref asend_throw(Value self, Args args) {
  AGenAwaitable* a = as_aw(self);
  if (a->state == AwaitState::kClosed)
    return raise(g_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Generator* g = as_gen(a->gen);
  Value out;
  GenStatus st = agen_throw_raw(a->gen, args, &out);
  Ref r = agen_unwrap(g, st, out);
  if (!r) a->state = AwaitState::kClosed;
  return r;
}

Ref agen_awaitable_close(Value self, Args) {
  as_aw(self)->state = AwaitState::kClosed;
  return new_none();
}

Ref athrow_close_result(AGenAwaitable* a, Ref r) {
  Generator* g = as_gen(a->gen);
  if (r && !g->ag_yielded) return r;
  g->ag_running_async = false;
  a->state = AwaitState::kClosed;
  if (r) return raise(g_RuntimeError, "async generator ignored GeneratorExit");
  if (error_matches(g_StopAsyncIteration) || error_matches(g_GeneratorExit) ||
      error_matches(g_StopIteration)) {
    clear_error();
    raise_empty(g_StopIteration);
  }
  return nullptr;
}

Ref athrow_send(Value self, Value v) {
  AGenAwaitable* a = as_aw(self);
  Generator* g = as_gen(a->gen);
  const bool closing = !a->arg;
  if (a->state == AwaitState::kClosed)
    return raise(g_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (!g->frame && g->started) {
    a->state = AwaitState::kClosed;
    return raise_empty(g_StopIteration);
  }
  if (a->state == AwaitState::kInit) {
    if (g->ag_running_async) {
      a->state = AwaitState::kClosed;
      return raise(g_RuntimeError, closing ? "aclose(): asynchronous generator is already running"
                                           : "athrow(): asynchronous generator is already running");
    }
    if (g->ag_closed) {
      a->state = AwaitState::kClosed;
      return raise_empty(g_StopAsyncIteration);
    }
    if (v && v != none())
      return raise(g_RuntimeError, "can't send non-None value to a just-started coroutine");
    a->state = AwaitState::kIter;
    g->ag_running_async = true;
    g->ag_yielded = false;
    if (closing) {
      g->ag_closed = true;
      Value exc = Value(g_GeneratorExit);
      Ref r = gen_throw(a->gen, Args{&exc, 1});
      return athrow_close_result(a, std::move(r));
    }
    Tuple* targs = static_cast<Tuple*>(a->arg.obj());
    Value out;
    GenStatus st =
        agen_throw_raw(a->gen, Args{targs->items, static_cast<size_t>(targs->size)}, &out);
    Ref r = agen_unwrap(g, st, out);
    if (!r) a->state = AwaitState::kClosed;
    return r;
  }
  Value out;
  GenStatus st = resume(a->gen, v ? v : none(), false, &out);
  if (closing) {
    Ref r = send_result(st == GenStatus::kYielded ? st : GenStatus::kError, out);
    if (st == GenStatus::kReturned) {
      decref(out);
      raise_empty(g_StopAsyncIteration);
    }
    return athrow_close_result(a, std::move(r));
  }
  Ref r = agen_unwrap(g, st, out);
  if (!r) a->state = AwaitState::kClosed;
  return r;
}

Ref athrow_next(Value self) {
  return athrow_send(self, none());
}
Ref athrow_send_m(Value self, Args args) {
  if (!check_nargs("send", args, 1, 1)) return nullptr;
  return athrow_send(self, args[0]);
}

Ref athrow_throw(Value self, Args args) {
  AGenAwaitable* a = as_aw(self);
  if (a->state == AwaitState::kClosed)
    return raise(g_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Generator* g = as_gen(a->gen);
  g->ag_yielded = false;
  Ref r = gen_throw(a->gen, args);
  if (!a->arg) return athrow_close_result(a, std::move(r));
  Value out = r ? r.release() : Value();
  Ref u = agen_unwrap(g, out ? GenStatus::kYielded : GenStatus::kError, out);
  if (!u) a->state = AwaitState::kClosed;
  return u;
}

Ref agen_anext(Value self) {
  return new_agen_awaitable(&g_async_gen_asend_type, self, none());
}
Ref agen_anext_m(Value self, Args) {
  return agen_anext(self);
}
Ref agen_asend(Value self, Args args) {
  if (!check_nargs("asend", args, 1, 1)) return nullptr;
  return new_agen_awaitable(&g_async_gen_asend_type, self, args[0]);
}
Ref agen_athrow(Value self, Args args) {
  if (!check_nargs("athrow", args, 1, 3)) return nullptr;
  Ref tuple = new_tuple_from(args.items, static_cast<int64_t>(args.npos));
  if (!tuple) return nullptr;
  return new_agen_awaitable(&g_async_gen_athrow_type, self, tuple.get());
}
Ref agen_aclose(Value self, Args) {
  return new_agen_awaitable(&g_async_gen_athrow_type, self, Value());
}
Ref agen_aiter(Value self, Args) {
  return Ref::borrow(self);
}
Ref agen_running(Value self) {
  return new_bool(as_gen(self)->ag_running_async);
}

void init_agen_awaitable_type(Type* t, const char* name, UnaryFn next, NativeFn send,
                              NativeFn thrower) {
  type_init(t, name, &g_object_type, sizeof(AGenAwaitable), agen_awaitable_dealloc, 0);
  t->iter = gen_iter;
  t->next = next;
  add_method(t, "__await__", [](Value self, Args) { return Ref::borrow(self); });
  add_method(t, "send", send);
  add_method(t, "throw", thrower);
  add_method(t, "close", agen_awaitable_close);
  add_slot_wrappers(t);
}

void init_gen_type(Type* t, const char* name) {
  type_init(t, name, &g_object_type, sizeof(Generator), gen_dealloc, 0);
  t->repr = gen_repr;
  if (t != &g_async_generator_type) {
    add_method(t, "send", gen_send);
    add_method(t, "throw", gen_throw);
    add_method(t, "close", gen_close);
  }
  add_getset(t, "__name__", gen_name);
  add_getset(t, "__qualname__", gen_qualname);
}

}  // namespace

Ref new_generator(Frame* frame) {
  Type* t = &g_generator_type;
  if (frame->code->flags & kCodeCoroutine) t = &g_coroutine_type;
  if (frame->code->flags & kCodeAsyncGenerator) t = &g_async_generator_type;
  Object* o = alloc_object(t);
  if (!o) {
    free_frame(frame);
    return nullptr;
  }
  Generator* g = static_cast<Generator*>(o);
  g->frame = frame;
  frame->owner = o;
  g->code = newref(Value(frame->code));
  g->name = new_str(frame->code->name).release();
  g->qualname = new_str(frame->code->qualname).release();
  return Ref::steal(Value(o));
}

void async_gen_mark_yield(Object* owner) {
  if (owner && owner->type == &g_async_generator_type)
    static_cast<Generator*>(owner)->ag_yielded = true;
}

// ---- the iterator of `await future` ----------------------------------------------------------

// What asyncio.Future.__await__ returns, as CPython's C FutureIter: the first step parks the
// awaiting task on a pending future (sets _asyncio_future_blocking and yields the future); the
// step after the task is woken returns the future's result() (or raises its exception). A
// generator would do the same, but this keeps no frame alive while the task waits.
struct FutureIter : Object {
  Value future;  // owned; null once finished
  bool parked;
};

Type g_future_iter_type;

GenStatus future_iter_step(Value self, Value* out) {
  FutureIter* it = static_cast<FutureIter*>(self.obj());
  if (!it->future) {
    *out = newref(none());
    return GenStatus::kReturned;
  }
  Ref state = getattr(it->future, AP_NAME("_state"));
  if (!state) return GenStatus::kError;
  if (is_str(state.get()) && as_str(state.get())->view() == "PENDING") {
    if (it->parked) {
      raise(g_RuntimeError, "await wasn't used with future");
      return GenStatus::kError;
    }
    it->parked = true;
    if (setattr(it->future, AP_NAME("_asyncio_future_blocking"), bool_value(true)) < 0)
      return GenStatus::kError;
    *out = newref(it->future);
    return GenStatus::kYielded;
  }
  Ref fut = Ref::steal(it->future);
  it->future = Value();
  Ref result_method = getattr(fut.get(), AP_NAME("result"));
  Ref r = result_method ? call(result_method.get(), {}) : nullptr;
  if (!r) return GenStatus::kError;
  *out = r.release();
  return GenStatus::kReturned;
}

Ref future_iter_next(Value self) {
  Value out;
  switch (future_iter_step(self, &out)) {
    case GenStatus::kYielded:
      return Ref::steal(out);
    case GenStatus::kReturned: {
      Ref value = Ref::steal(out);
      Ref stop = call(Value(g_StopIteration), {value.get()});
      if (stop) raise_value(stop.get());
      return nullptr;
    }
    case GenStatus::kError:
      break;
  }
  return nullptr;
}

Ref future_iter_send(Value self, Args args) {
  if (!check_nargs("send", args, 1, 1)) return nullptr;
  if (args[0] != none()) return type_error("can't send non-None value to a FutureIter");
  return future_iter_next(self);
}

void future_iter_dealloc(Object* o) {
  decref(static_cast<FutureIter*>(o)->future);
  free_object(o);
}

GenStatus gen_send_any(Value receiver, Value v, Value* out) {
  if (is_gen_like(receiver)) return resume(receiver, v, false, out);
  if (type_of(receiver) == &g_future_iter_type && v == none()) {
    return future_iter_step(receiver, out);
  }
  Ref r;
  if (v == none()) {
    // The next slot itself, not iter_next(), which drops StopIteration's value.
    Type* t = type_of(receiver);
    r = t->next ? t->next(receiver) : iter_next(receiver);
    if (!r && !error_occurred()) {
      *out = newref(none());
      return GenStatus::kReturned;
    }
  } else {
    r = call_method(receiver, "send", {v});
  }
  if (r) {
    *out = r.release();
    return GenStatus::kYielded;
  }
  if (error_matches(g_StopIteration)) {
    *out = stop_iteration_value().release();
    return GenStatus::kReturned;
  }
  return GenStatus::kError;
}

Ref get_awaitable_iter(Value v) {
  if (type_of(v) == &g_coroutine_type) {
    Generator* g = as_gen(v);
    if (g->running || (g->started && g->frame && delegate_of(g))) {
      // CPython: "coroutine is being awaited already" when another await holds it.
    }
    return Ref::borrow(v);
  }
  bool found = false;
  Ref it = call_special(v, AP_NAME("__await__"), {}, &found);
  if (!found) return type_error("object " + type_name(v) + " can't be used in 'await' expression");
  if (!it) return nullptr;
  if (type_of(it.get()) == &g_coroutine_type) return type_error("__await__() returned a coroutine");
  if (!type_of(it.get())->next) {
    return type_error("__await__() returned non-iterator of type '" + type_name(it.get()) + "'");
  }
  return it;
}

// ---- aiter() and anext() ------------------------------------------------------------------------

// What anext(iterator, default) returns: awaiting it awaits iterator.__anext__(), except that the
// end of the iteration (StopAsyncIteration) gives `default` instead.
struct ANextAwaitable : Object {
  Value awaitable;  // owned: what __anext__() returned
  Value iter;       // owned: its iterator once awaiting began (null before)
  Value fallback;   // owned: the default
};

Type g_anext_awaitable_type;

// The outcome of one step of the inner iterator, with the end of the iteration turned into
// StopIteration(default).
Ref anext_outcome(ANextAwaitable* a, GenStatus st, Value out) {
  if (st == GenStatus::kYielded) return Ref::steal(out);
  if (st == GenStatus::kReturned) {
    Ref value = Ref::steal(out);
    Ref stop = call(Value(g_StopIteration), {value.get()});
    if (stop) raise_value(stop.get());
    return nullptr;
  }
  if (error_matches(g_StopAsyncIteration)) {
    clear_error();
    Ref stop = call(Value(g_StopIteration), {a->fallback});
    if (stop) raise_value(stop.get());
  }
  return nullptr;
}

bool anext_start(ANextAwaitable* a) {
  if (a->iter) return true;
  Ref it = get_awaitable_iter(a->awaitable);
  if (!it) return false;
  a->iter = it.release();
  return true;
}

Ref anext_send_value(Value self, Value v) {
  ANextAwaitable* a = static_cast<ANextAwaitable*>(self.obj());
  if (!anext_start(a)) return nullptr;
  Value out;
  GenStatus st = gen_send_any(a->iter, v, &out);
  return anext_outcome(a, st, out);
}

Ref anext_next(Value self) {
  return anext_send_value(self, none());
}

Ref anext_send(Value self, Args args) {
  if (!check_nargs("send", args, 1, 1)) return nullptr;
  return anext_send_value(self, args[0]);
}

Ref anext_throw(Value self, Args args) {
  ANextAwaitable* a = static_cast<ANextAwaitable*>(self.obj());
  if (!anext_start(a)) return nullptr;
  Ref thrower = getattr(a->iter, AP_NAME("throw"));
  if (!thrower) return nullptr;
  Ref r = call(thrower.get(), args);
  if (r) return r;
  if (error_matches(g_StopIteration)) return nullptr;  // the inner awaitable returned
  return anext_outcome(a, GenStatus::kError, Value());
}

Ref anext_close(Value self, Args args) {
  if (!check_nargs("close", args, 0, 0)) return nullptr;
  ANextAwaitable* a = static_cast<ANextAwaitable*>(self.obj());
  if (!a->iter) return new_none();
  bool found = false;
  Ref close = getattr_optional(a->iter, AP_NAME("close"), &found);
  if (!found) return error_occurred() ? nullptr : new_none();
  return call(close.get(), {});
}

Ref anext_await(Value self, Args args) {
  if (!check_nargs("__await__", args, 0, 0)) return nullptr;
  return Ref::borrow(self);
}

void anext_dealloc(Object* o) {
  ANextAwaitable* a = static_cast<ANextAwaitable*>(o);
  decref(a->awaitable);
  decref(a->iter);
  decref(a->fallback);
  free_object(o);
}

Ref new_future_iter(Value future) {
  Object* o = alloc_object(&g_future_iter_type, sizeof(FutureIter));
  if (!o) return nullptr;
  static_cast<FutureIter*>(o)->future = newref(future);
  return Ref::steal(Value(o));
}

Ref builtin_aiter(Value, Args args) {
  if (!check_nargs("aiter", args, 1, 1)) return nullptr;
  bool found = false;
  Ref it = call_special(args[0], AP_NAME("__aiter__"), {}, &found);
  if (!found) return type_error("'" + type_name(args[0]) + "' object is not an async iterable");
  if (!it) return nullptr;
  if (!type_of(it.get())->lookup(AP_NAME("__anext__"))) {
    return type_error("aiter() returned not an async iterator of type '" + type_name(it.get()) +
                      "'");
  }
  return it;
}

Ref builtin_anext(Value, Args args) {
  if (!check_nargs("anext", args, 1, 2)) return nullptr;
  bool found = false;
  Ref awaitable = call_special(args[0], AP_NAME("__anext__"), {}, &found);
  if (!found) return type_error("'" + type_name(args[0]) + "' object is not an async iterator");
  if (!awaitable || args.npos == 1) return awaitable;
  Object* o = alloc_object(&g_anext_awaitable_type, sizeof(ANextAwaitable));
  if (!o) return nullptr;
  ANextAwaitable* a = static_cast<ANextAwaitable*>(o);
  a->awaitable = awaitable.release();
  a->fallback = newref(args[1]);
  return Ref::steal(Value(o));
}

void init_generator_types() {
  type_init(&g_anext_awaitable_type, "anext_awaitable", &g_object_type, sizeof(ANextAwaitable),
            anext_dealloc, 0);
  g_anext_awaitable_type.iter = [](Value self) { return Ref::borrow(self); };
  g_anext_awaitable_type.next = anext_next;
  add_method(&g_anext_awaitable_type, "__await__", anext_await);
  add_method(&g_anext_awaitable_type, "send", anext_send);
  add_method(&g_anext_awaitable_type, "throw", anext_throw);
  add_method(&g_anext_awaitable_type, "close", anext_close);

  type_init(&g_future_iter_type, "FutureIter", &g_object_type, sizeof(FutureIter),
            future_iter_dealloc, 0);
  g_future_iter_type.iter = [](Value self) { return Ref::borrow(self); };
  g_future_iter_type.next = future_iter_next;
  add_method(&g_future_iter_type, "send", future_iter_send);
  init_gen_type(&g_generator_type, "generator");
  g_generator_type.iter = gen_iter;
  g_generator_type.next = gen_next;
  add_getset(&g_generator_type, "gi_running", gen_running);
  add_getset(&g_generator_type, "gi_frame", gen_frame);
  add_getset(&g_generator_type, "gi_code", gen_code);
  add_getset(&g_generator_type, "gi_yieldfrom", gen_suspended_await);

  init_gen_type(&g_coroutine_type, "coroutine");
  add_method(&g_coroutine_type, "__await__", coro_await);
  init_coro_wrapper_type();
  add_getset(&g_coroutine_type, "cr_running", gen_running);
  add_getset(&g_coroutine_type, "cr_frame", gen_frame);
  add_getset(&g_coroutine_type, "cr_code", gen_code);
  add_getset(&g_coroutine_type, "cr_await", gen_suspended_await);

  init_gen_type(&g_async_generator_type, "async_generator");
  add_method(&g_async_generator_type, "__aiter__", agen_aiter);
  add_method(&g_async_generator_type, "__anext__", agen_anext_m);
  add_method(&g_async_generator_type, "asend", agen_asend);
  add_method(&g_async_generator_type, "athrow", agen_athrow);
  add_method(&g_async_generator_type, "aclose", agen_aclose);
  add_getset(&g_async_generator_type, "ag_running", agen_running);
  add_getset(&g_async_generator_type, "ag_frame", gen_frame);
  add_getset(&g_async_generator_type, "ag_code", gen_code);
  add_getset(&g_async_generator_type, "ag_await", gen_suspended_await);
  init_agen_awaitable_type(&g_async_gen_asend_type, "async_generator_asend", asend_next,
                           asend_send_m, asend_throw);
  init_agen_awaitable_type(&g_async_gen_athrow_type, "async_generator_athrow", athrow_next,
                           athrow_send_m, athrow_throw);
}

}  // namespace asyncplay::lang
