// The built-in exception classes, raising and fetching the current exception, and printing a
// traceback the way CPython 3.11 does.
#include "core/lang/errors.h"

#include <deque>

#include "core/lang/code.h"
#include "core/lang/interp.h"
#include "core/lang/objects.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

#define ASYNCPLAY_DEFINE_EXC(name, base) Type* g_##name;
ASYNCPLAY_EXCEPTIONS(ASYNCPLAY_DEFINE_EXC)
#undef ASYNCPLAY_DEFINE_EXC

namespace {

// Storage for the exception Type objects: allocated once and never freed, like every built-in type
// (a static deque would be destroyed at exit while the types' dicts still point into it).
std::deque<Type>& g_exception_types = *new std::deque<Type>();

BaseExc* as_exc(Value v) {
  return static_cast<BaseExc*>(v.obj());
}

Dict* instance_dict(Value exc) {
  BaseExc* e = as_exc(exc);
  if (!e->dict) e->dict = static_cast<Dict*>(new_dict().release().obj());
  return e->dict;
}

void exc_dealloc(Object* o) {
  BaseExc* e = static_cast<BaseExc*>(o);
  for (Value v :
       {e->args, e->cause, e->context, e->notes, e->value, e->group_message, e->group_excs})
    decref(v);
  if (e->dict) decref(Value(e->dict));
  for (auto& tb : e->traceback) decref(Value(tb.code));
  e->traceback.~vector();
  free_object(o);
}

void set_args(BaseExc* e, Args args) {
  Ref t = new_tuple_from(args.items, static_cast<int64_t>(args.npos));
  decref(e->args);
  e->args = t.release();
}

Ref exc_new(Type* type, Args args) {
  Object* o = alloc_object(type);
  if (!o) return nullptr;
  BaseExc* e = static_cast<BaseExc*>(o);
  new (&e->traceback) std::vector<TracebackEntry>();
  set_args(e, args);
  return Ref::steal(Value(o));
}

int exc_init(Value self, Args args) {
  Type* t = type_of(self);
  if (args.nkw() && !(t->tflags & kTypeHeap)) {
    type_error(t->name + "() takes no keyword arguments");
    return -1;
  }
  set_args(as_exc(self), args);
  return 0;
}

int stop_iteration_init(Value self, Args args) {
  if (exc_init(self, args) < 0) return -1;
  BaseExc* e = as_exc(self);
  decref(e->value);
  e->value = newref(args.npos ? args[0] : none());
  return 0;
}

int system_exit_init(Value self, Args args) {
  if (exc_init(self, args) < 0) return -1;
  BaseExc* e = as_exc(self);
  decref(e->value);
  e->value = args.npos == 0 ? newref(none()) : args.npos == 1 ? newref(args[0]) : newref(e->args);
  return 0;
}

// ImportError(*args, name=None, path=None): msg (the lone argument), name and path are plain
// attributes, kept in the instance's __dict__.
int import_error_init(Value self, Args args) {
  set_args(as_exc(self), args);
  Dict* d = instance_dict(self);
  Value name = none(), path = none();
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view key = as_str(args.kwnames->items[i])->view();
    if (key == "name") {
      name = args.kw_value(i);
    } else if (key == "path") {
      path = args.kw_value(i);
    } else {
      type_error("'" + std::string(key) + "' is an invalid keyword argument for " +
                 type_of(self)->name + "()");
      return -1;
    }
  }
  Value msg = args.npos == 1 ? args[0] : none();
  if (dict_set(d, Value(AP_NAME("msg")), msg) < 0 ||
      dict_set(d, Value(AP_NAME("name")), name) < 0 ||
      dict_set(d, Value(AP_NAME("path")), path) < 0) {
    return -1;
  }
  return 0;
}

Ref exc_str(Value self) {
  Tuple* args = as_tuple(as_exc(self)->args);
  if (args->size == 0) return new_str("");
  if (args->size == 1) return str(args->items[0]);
  return str(Value(args));
}

Ref key_error_str(Value self) {
  Tuple* args = as_tuple(as_exc(self)->args);
  if (args->size == 1) return repr(args->items[0]);
  return exc_str(self);
}

Ref exc_repr(Value self) {
  Tuple* args = as_tuple(as_exc(self)->args);
  std::string name = type_name(self);
  if (args->size == 1) {
    Ref r = repr(args->items[0]);
    if (!r) return nullptr;
    return new_str(name + "(" + as_str(r.get())->data + ")");
  }
  Ref r = repr(Value(args));
  if (!r) return nullptr;
  return new_str(name + as_str(r.get())->data);
}

Ref exc_get_args(Value self) {
  return Ref::borrow(as_exc(self)->args);
}
int exc_set_args(Value self, Value v) {
  Ref it = get_iter(v);
  if (!it) return -1;
  std::vector<Value> items;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) {
      if (error_occurred()) {
        for (Value i : items) decref(i);
        return -1;
      }
      break;
    }
    items.push_back(x.release());
  }
  Ref t = new_tuple_from(items.data(), static_cast<int64_t>(items.size()));
  for (Value i : items) decref(i);
  BaseExc* e = as_exc(self);
  decref(e->args);
  e->args = t.release();
  return 0;
}

Ref get_field(Value v) {
  return Ref::borrow(v ? v : none());
}
Ref exc_get_cause(Value self) {
  return get_field(as_exc(self)->cause);
}
Ref exc_get_context(Value self) {
  return get_field(as_exc(self)->context);
}
Ref exc_get_value(Value self) {
  return get_field(as_exc(self)->value);
}
Ref exc_get_suppress(Value self) {
  return new_bool(as_exc(self)->suppress_context);
}
Ref exc_get_traceback(Value self) {
  // Traceback objects are not modelled; code that only tests for None still works.
  return as_exc(self)->traceback.empty() ? new_none() : new_str("<traceback>");
}
int exc_set_cause(Value self, Value v) {
  BaseExc* e = as_exc(self);
  if (v && v != none() && !is_exception_instance(v)) {
    type_error("exception cause must be None or derive from BaseException");
    return -1;
  }
  decref(e->cause);
  e->cause = v && v != none() ? newref(v) : Value();
  e->suppress_context = true;
  return 0;
}
int exc_set_context(Value self, Value v) {
  BaseExc* e = as_exc(self);
  decref(e->context);
  e->context = v && v != none() ? newref(v) : Value();
  return 0;
}
int exc_set_suppress(Value self, Value v) {
  as_exc(self)->suppress_context = v && truth(v) == 1;
  return 0;
}
Ref exc_get_notes(Value self) {
  BaseExc* e = as_exc(self);
  if (!e->notes)
    return raise(g_AttributeError, "'" + type_name(self) + "' object has no attribute '__notes__'");
  return Ref::borrow(e->notes);
}

Ref exc_add_note(Value self, Args args) {
  if (!check_nargs("add_note", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) return type_error("note must be a str, not '" + type_name(args[0]) + "'");
  BaseExc* e = as_exc(self);
  if (!e->notes) e->notes = new_list().release();
  list_append(as_list(e->notes), args[0]);
  return new_none();
}

Ref exc_with_traceback(Value self, Args args) {
  if (!check_nargs("with_traceback", args, 1, 1)) return nullptr;
  return Ref::borrow(self);
}

Type* make_exc(const char* name, Type* base) {
  Type* t = &g_exception_types.emplace_back();
  type_init(t, name, base, sizeof(BaseExc), exc_dealloc);
  t->tflags |= kTypeIsException;
  return t;
}

// ---- "Did you mean" (CPython 3.11's Python/suggestions.c)
// ----------------------------------------

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a += 'a' - 'A';
  if ('A' <= b && b <= 'Z') b += 'a' - 'A';
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); ++i) {
      size_t substitute = distance + substitution_cost(b[bi], a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest candidate to `name`, or empty.
std::string closest(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return {};
  std::string best;
  size_t best_distance = SIZE_MAX;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance > 0) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, item, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = item;
      best_distance = d;
    }
  }
  return best;
}

std::vector<std::string> str_items(Value seq) {
  std::vector<std::string> out;
  if (!seq) return out;
  if (type_of(seq) == &g_dict_type) {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(static_cast<Dict*>(seq.obj()), &pos, &k, &v)) {
      if (is_str(k)) out.push_back(as_str(k)->data);
    }
    return out;
  }
  Ref it = get_iter(seq);
  if (!it) {
    clear_error();
    return out;
  }
  while (Ref x = iter_next(it.get())) {
    if (is_str(x.get())) out.push_back(as_str(x.get())->data);
  }
  clear_error();
  return out;
}

Value exc_attr(Value exc, const char* name) {
  BaseExc* e = static_cast<BaseExc*>(exc.obj());
  return e->dict ? dict_get_str(e->dict, intern(name)) : Value();
}

std::string suggestion_for(Value exc) {
  Value name = exc_attr(exc, "name");
  if (!name || !is_str(name)) return {};
  const std::string n = as_str(name)->data;
  if (is_instance(exc, g_AttributeError)) {
    Value obj = exc_attr(exc, "obj");
    if (!obj) return {};
    Ref names = object_dir(obj);
    if (!names) {
      clear_error();
      return {};
    }
    return closest(str_items(names.get()), n);
  }
  if (is_instance(exc, g_NameError)) {
    Value scopes = exc_attr(exc, "_asyncplay_scopes");
    if (!scopes || type_of(scopes) != &g_tuple_type) return {};
    for (int64_t i = 0; i < as_tuple(scopes)->size; ++i) {
      std::string s = closest(str_items(as_tuple(scopes)->items[i]), n);
      if (!s.empty()) return s;
    }
  }
  return {};
}

// ---- traceback printing ------------------------------------------------------------------------

std::string source_line(const std::string& filename, int line) {
  const auto& sources = interp().sources;
  auto it = sources.find(filename);
  if (it == sources.end() || line < 1 || line > static_cast<int>(it->second.size())) return {};
  return it->second[line - 1];
}

void format_entry(std::string* out, const TracebackEntry& tb) {
  const Code* co = tb.code;
  const Position pos = tb.instr >= 0 && tb.instr < static_cast<int>(co->positions.size())
                           ? co->positions[tb.instr]
                           : Position{co->first_line, co->first_line, -1, -1};
  *out += "  File \"" + co->filename + "\", line " + std::to_string(pos.line) + ", in " + co->name +
          "\n";
  std::string text = source_line(co->filename, pos.line);
  size_t start = text.find_first_not_of(" \t\f");
  if (start == std::string::npos) return;
  size_t end = text.find_last_not_of(" \t\f\r\n");
  std::string stripped = text.substr(start, end - start + 1);
  *out += "    " + stripped + "\n";
  // 3.11 marks the failing expression unless it is the whole line.
  if (pos.col < 0 || pos.end_line != pos.line) return;
  const int col = pos.col - static_cast<int>(start);
  const int end_col = pos.end_col - static_cast<int>(start);
  if (col < 0 || end_col <= col || end_col > static_cast<int>(stripped.size())) return;
  if (col == 0 && end_col == static_cast<int>(stripped.size())) return;
  std::string marks(4 + col, ' ');
  if (pos.anchor_col >= 0 && pos.anchor_end_col > pos.anchor_col) {
    const int a = pos.anchor_col - static_cast<int>(start),
              b = pos.anchor_end_col - static_cast<int>(start);
    for (int i = col; i < end_col; ++i) marks += (i >= a && i < b) ? '^' : '~';
  } else {
    marks += std::string(end_col - col, '^');
  }
  *out += marks + "\n";
}

std::string exception_line(Value exc) {
  Type* t = type_of(exc);
  std::string name = t->name;
  if (t->tflags & kTypeHeap) {
    if (Value m = dict_get_str(t->dict, AP_NAME("__module__")); m && is_str(m)) {
      std::string mod = as_str(m)->data;
      if (mod != "__main__" && mod != "builtins") name = mod + "." + name;
    }
    if (Value q = dict_get_str(t->dict, AP_NAME("__qualname__")); q && is_str(q)) {
      std::string qual = as_str(q)->data;
      std::string mod_prefix = name.substr(0, name.size() - t->name.size());
      name = mod_prefix + qual;
    }
  }
  Ref s = str(exc);
  if (!s) {
    clear_error();
    return name + ": <exception str() failed>\n";
  }
  std::string line = as_str(s.get())->data.empty() ? name : name + ": " + as_str(s.get())->data;
  if (is_instance(exc, g_AttributeError) || is_instance(exc, g_NameError)) {
    std::string hint = suggestion_for(exc);
    if (!hint.empty()) line += ". Did you mean: '" + hint + "'?";
  }
  line += "\n";
  if (BaseExc* e = as_exc(exc); e->notes && type_of(e->notes) == &g_list_type) {
    for (Value n : as_list(e->notes)->items) {
      Ref ns = str(n);
      if (ns)
        line += as_str(ns.get())->data + "\n";
      else
        clear_error();
    }
  }
  return line;
}

// One traceback print (CPython's exception print context): the output so far, the exceptions
// already shown, how deep inside exception groups the printer is and whether the innermost
// group's closing line is still due. Inside a group every line gets an indented "| " margin.
class TracebackPrinter {
 public:
  std::string out;

  // `exc` alone, without the exceptions it was caused by or raised while handling.
  void single(Value exc) {
    seen_.push_back(exc);
    if (is_exception_group(exc)) {
      group(exc);
    } else {
      traceback(as_exc(exc), "Traceback (most recent call last):\n", '|');
      emit(exception_text(exc));
    }
  }

  // The "Name: message" line (with notes) of `exc`, as the last line of its traceback.
  static std::string only(Value exc) { return exception_text(exc); }

  // `exc` with the exceptions it was caused by / raised while handling, oldest first.
  void chain(Value exc) {
    seen_.push_back(exc);
    BaseExc* e = as_exc(exc);
    auto unseen = [&](Value v) { return std::find(seen_.begin(), seen_.end(), v) == seen_.end(); };
    if (e->cause && unseen(e->cause)) {
      chain(e->cause);
      emit("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e->context && !e->suppress_context && unseen(e->context)) {
      chain(e->context);
      emit("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (is_exception_group(exc)) {
      group(exc);
    } else {
      traceback(e, "Traceback (most recent call last):\n", '|');
      emit(exception_text(exc));
    }
  }

 private:
  static constexpr int kMaxGroupDepth = 10;
  static constexpr int64_t kMaxGroupWidth = 15;

  std::vector<Value> seen_;
  int depth_ = 0;
  bool need_close_ = false;

  std::string indent() const { return std::string(2 * static_cast<size_t>(depth_), ' '); }

  // Appends `text` with the margin in front of each of its lines.
  void emit(const std::string& text, char margin = '|') {
    std::string prefix = indent();
    if (depth_ > 0) prefix += std::string(1, margin) + " ";
    for (size_t pos = 0; pos < text.size();) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += prefix;
      out.append(text, pos, end - pos);
      pos = end;
    }
  }

  void traceback(BaseExc* e, const char* header, char margin) {
    if (e->traceback.empty()) return;
    emit(header, margin);
    std::string entries;
    for (const auto& tb : e->traceback) format_entry(&entries, tb);
    emit(entries);
  }

  static std::string exception_text(Value exc) {
    BaseExc* e = as_exc(exc);
    // A SyntaxError raised while running (compile()) keeps its formatted text in `value`.
    if (is_instance(exc, g_SyntaxError) && e->value) return as_str(e->value)->data;
    return exception_line(exc);
  }

  // A group: its traceback and line, then each sub-exception in a numbered box.
  void group(Value exc) {
    if (depth_ > kMaxGroupDepth) {
      emit("... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
      return;
    }
    const bool toplevel = depth_ == 0;
    if (toplevel) ++depth_;
    traceback(as_exc(exc), "Exception Group Traceback (most recent call last):\n",
              toplevel ? '+' : '|');
    emit(exception_text(exc));
    Tuple* excs = group_exceptions(exc);
    const int64_t n = std::min(excs->size, kMaxGroupWidth + 1);
    need_close_ = false;
    for (int64_t i = 0; i < n; ++i) {
      const bool last = i == n - 1;
      if (last) need_close_ = true;
      const bool truncated = i >= kMaxGroupWidth;
      const std::string title = truncated ? "..." : std::to_string(i + 1);
      out +=
          indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ++depth_;
      if (truncated) {
        const int64_t more = excs->size - kMaxGroupWidth;
        emit("and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n");
      } else {
        chain(excs->items[i]);
      }
      if (last && need_close_) {
        out += indent() + "+------------------------------------\n";
        need_close_ = false;
      }
      --depth_;
    }
    if (toplevel) depth_ = 0;
  }
};

}  // namespace

// ---- raising ----------------------------------------------------------------------------------

bool is_exception_type(Value v) {
  return v.is_object() && (type_of(v) == &g_type_type || type_of(v)->is_subtype_of(&g_type_type)) &&
         static_cast<Type*>(v.obj())->is_subtype_of(g_BaseException);
}

bool is_exception_instance(Value v) {
  return v.is_object() && is_instance(v, g_BaseException);
}

Ref new_exception(Type* type, std::string_view message) {
  Ref msg = new_str(message);
  return call(Value(type), {msg.get()});
}

void chain_context(Value exc, Value handled) {
  if (!exc || !handled || handled == exc || handled == none()) return;
  // Break a cycle if the new exception is already in the handled one's context chain.
  Value o = handled;
  while (o) {
    BaseExc* oe = as_exc(o);
    if (oe->context == exc) {
      decref(oe->context);
      oe->context = Value();
      break;
    }
    o = oe->context;
  }
  BaseExc* ne = as_exc(exc);
  decref(ne->context);
  ne->context = newref(handled);
}

Ref raise_value(Value exc) {
  Ref instance;
  if (is_exception_type(exc)) {
    instance = call(exc, {});
    if (!instance) return nullptr;
    if (!is_exception_instance(instance.get())) {
      return type_error("calling " + repr_utf8(exc) +
                        " should have returned an instance of BaseException, not " +
                        type_name(instance.get()));
    }
  } else if (is_exception_instance(exc)) {
    instance = Ref::borrow(exc);
  } else {
    return type_error("exceptions must derive from BaseException");
  }
  ThreadState& ts = thread_state();
  // Implicit chaining: the exception being handled becomes the new one's __context__.
  chain_context(instance.get(), ts.handled);
  decref(ts.exc);
  ts.exc = instance.release();
  return nullptr;
}

Ref raise_attribute_error(Value obj, Str* name, std::string_view message) {
  Ref exc = new_exception(g_AttributeError, message);
  if (!exc) return nullptr;
  dict_set_str(instance_dict(exc.get()), "name", Value(name));
  dict_set_str(instance_dict(exc.get()), "obj", obj);
  return raise_value(exc.get());
}

Ref raise_name_error(Str* name, Value varnames, Dict* globals, Dict* builtins) {
  Ref exc = new_exception(g_NameError, "name '" + std::string(name->view()) + "' is not defined");
  if (!exc) return nullptr;
  dict_set_str(instance_dict(exc.get()), "name", Value(name));
  Ref scopes = new_tuple({varnames ? varnames : empty_tuple(), Value(globals), Value(builtins)});
  dict_set_str(instance_dict(exc.get()), "_asyncplay_scopes", scopes.get());
  return raise_value(exc.get());
}

Ref object_dir(Value obj) {
  Ref seen = new_dict();
  Dict* d = static_cast<Dict*>(seen.get().obj());
  auto add_keys = [d](Dict* src) {
    if (!src) return;
    int64_t pos = 0;
    Value k, v;
    while (dict_next(src, &pos, &k, &v)) dict_set(d, k, none());
  };
  if (type_of(obj) == &g_module_type) {
    add_keys(static_cast<Module*>(obj.obj())->dict);
  } else {
    if (Dict** slot = instance_dict_slot(obj)) add_keys(*slot);
    const bool is_class = type_of(obj) == &g_type_type || type_of(obj)->is_subtype_of(&g_type_type);
    const Type* t = is_class ? static_cast<Type*>(obj.obj()) : type_of(obj);
    for (const Type* b : t->mro) add_keys(b->dict);
  }
  Ref keys = dict_keys_list(d);
  if (!keys || list_sort(as_list(keys.get()), Value(), false) < 0) return nullptr;
  return keys;
}

Ref raise(Type* type, std::string_view message) {
  Ref exc = new_exception(type, message);
  if (!exc) return nullptr;
  return raise_value(exc.get());
}

Ref raise_empty(Type* type) {
  return raise_value(Value(type));
}
Ref type_error(std::string_view message) {
  return raise(g_TypeError, message);
}
Ref value_error(std::string_view message) {
  return raise(g_ValueError, message);
}

bool error_occurred() {
  return bool(thread_state().exc);
}
Value current_error() {
  return thread_state().exc;
}
bool error_matches(Type* type) {
  Value e = thread_state().exc;
  return e && is_instance(e, type);
}
Ref fetch_error() {
  ThreadState& ts = thread_state();
  return Ref::steal(std::exchange(ts.exc, Value()));
}
void restore_error(Ref exc) {
  ThreadState& ts = thread_state();
  decref(ts.exc);
  ts.exc = exc.release();
}
void clear_error() {
  restore_error(nullptr);
}

int exhausted_or_error() {
  if (!error_occurred()) return 0;
  if (!error_matches(g_StopIteration)) return -1;
  clear_error();
  return 0;
}

void print_exception(Value exc) {
  interp().write(2, format_exception(exc, true));
}

std::string format_exception(Value exc, bool chain) {
  TracebackPrinter printer;
  if (chain) {
    printer.chain(exc);
  } else {
    printer.single(exc);
  }
  return printer.out;
}

std::string format_exception_only(Value exc) {
  return TracebackPrinter::only(exc);
}

void init_exception_types() {
#define ASYNCPLAY_INIT_EXC(name, base) g_##name = make_exc(#name, base == nullptr ? nullptr : base);
#define object (&g_object_type)
#define BaseException g_BaseException
#define BaseExceptionGroup g_BaseExceptionGroup
#define Exception g_Exception
#define ArithmeticError g_ArithmeticError
#define ImportError g_ImportError
#define LookupError g_LookupError
#define NameError g_NameError
#define OSError g_OSError
#define RuntimeError g_RuntimeError
#define SyntaxError g_SyntaxError
#define IndentationError g_IndentationError
#define ValueError g_ValueError
#define Warning g_Warning
#define ConnectionError g_ConnectionError
#define UnicodeError g_UnicodeError
  ASYNCPLAY_EXCEPTIONS(ASYNCPLAY_INIT_EXC)
#undef object
#undef BaseException
#undef BaseExceptionGroup
#undef Exception
#undef ArithmeticError
#undef ImportError
#undef LookupError
#undef NameError
#undef OSError
#undef RuntimeError
#undef SyntaxError
#undef IndentationError
#undef ValueError
#undef Warning
#undef ConnectionError
#undef UnicodeError
#undef ASYNCPLAY_INIT_EXC
  Type* base = g_BaseException;
  base->new_ = exc_new;
  base->init = exc_init;
  base->repr = exc_repr;
  base->str = exc_str;
  static BaseExc probe;
  base->dict_offset =
      static_cast<size_t>(reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe));
  add_getset(base, "args", exc_get_args, exc_set_args);
  add_getset(base, "__cause__", exc_get_cause, exc_set_cause);
  add_getset(base, "__context__", exc_get_context, exc_set_context);
  add_getset(base, "__suppress_context__", exc_get_suppress, exc_set_suppress);
  add_getset(base, "__traceback__", exc_get_traceback);
  add_getset(base, "__notes__", exc_get_notes);
  add_method(base, "add_note", exc_add_note);
  add_method(base, "with_traceback", exc_with_traceback);
  // Every class below inherits these slots (they were created before the slots were set).
  for (Type& t : g_exception_types) {
    if (&t == base) continue;
    t.new_ = exc_new;
    t.init = exc_init;
    t.repr = exc_repr;
    t.str = exc_str;
    t.dict_offset = base->dict_offset;
  }
  g_KeyError->str = key_error_str;
  g_StopIteration->init = stop_iteration_init;
  add_getset(g_StopIteration, "value", exc_get_value);
  g_SystemExit->init = system_exit_init;
  add_getset(g_SystemExit, "code", exc_get_value);
  g_ImportError->init = import_error_init;
  g_ModuleNotFoundError->init = import_error_init;
  // BaseException.__init__, __str__, __repr__... so that super().__init__(msg) in a subclass works.
  add_slot_wrappers(base);
  add_slot_wrappers(g_KeyError);
  add_slot_wrappers(g_StopIteration);
  add_slot_wrappers(g_SystemExit);
  add_slot_wrappers(g_ImportError);
  init_exception_group_types();
  add_slot_wrappers(g_BaseExceptionGroup);
}

}  // namespace asyncplay::lang
