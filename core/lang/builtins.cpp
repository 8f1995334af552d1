// The builtins that are about the interpreter rather than values: print and input (through the
// Host), attribute functions, isinstance/issubclass, and the names of the built-in classes.
#include <string>

#include "core/lang/errors.h"
#include "core/lang/interp.h"
#include "core/lang/modules.h"
#include "core/lang/objects.h"
#include "core/lang/types.h"
#include "core/lang/vm.h"

namespace asyncplay::lang {

namespace {

// Writes `text` to sys.stdout / sys.stderr or any object with a write() method.
bool write_to(Value file, const std::string& text) {
  if (!file || file == none()) {
    interp().write(1, text);
    return true;
  }
  Ref s = new_str(text);
  Ref r = call_method(file, "write", {s.get()});
  return bool(r);
}

Value sys_attr(const char* name) {
  bool err = false;
  Ref key = new_str("sys");
  Value sys = dict_get(interp().modules, key.get(), &err);
  if (!sys) return Value();
  return dict_get_str(static_cast<Module*>(sys.obj())->dict, intern(name));
}

Ref builtin_print(Value, Args args) {
  Value sep, end, file, flush;
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = as_str(args.kwnames->items[i])->view();
    Value v = args.kw_value(i);
    if (k == "sep")
      sep = v;
    else if (k == "end")
      end = v;
    else if (k == "file")
      file = v;
    else if (k == "flush")
      flush = v;
    else
      return type_error("'" + std::string(k) + "' is an invalid keyword argument for print()");
  }
  if (sep && sep != none() && !is_str(sep))
    return type_error("sep must be None or a string, not " + type_name(sep));
  if (end && end != none() && !is_str(end))
    return type_error("end must be None or a string, not " + type_name(end));
  const std::string sep_s = sep && sep != none() ? as_str(sep)->data : " ";
  const std::string end_s = end && end != none() ? as_str(end)->data : "\n";
  std::string out;
  for (size_t i = 0; i < args.npos; ++i) {
    if (i) out += sep_s;
    Ref s = str(args[i]);
    if (!s) return nullptr;
    out += as_str(s.get())->data;
  }
  out += end_s;
  Value target = file;
  if (!target || target == none()) {
    Value sys_out = sys_attr("stdout");
    if (sys_out && !is_builtin_stream(sys_out)) target = sys_out;
  }
  if (target && is_builtin_stream(target)) {
    interp().write(builtin_stream_fd(target), out);
    return new_none();
  }
  // Any other file object gets one write() per piece, as CPython's print does.
  for (size_t i = 0; i < args.npos; ++i) {
    if (i && !write_to(target, sep_s)) return nullptr;
    Ref s = str(args[i]);
    if (!s || !write_to(target, as_str(s.get())->data)) return nullptr;
  }
  if (!write_to(target, end_s)) return nullptr;
  if (target && target != none() && flush && truth(flush) == 1 &&
      !call_method(target, "flush", {})) {
    return nullptr;
  }
  return new_none();
}

Ref builtin_input(Value, Args args) {
  if (!check_nargs("input", args, 0, 1)) return nullptr;
  if (args.npos == 1) {
    Ref s = str(args[0]);
    if (!s) return nullptr;
    interp().write(1, as_str(s.get())->data);
  }
  std::string line;
  if (!interp().host.read_line || !interp().host.read_line(&line)) {
    return raise(g_EOFError, "EOF when reading a line");
  }
  if (!line.empty() && line.back() == '\n') line.pop_back();
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return new_str(line);
}

bool check_isinstance_arg(Value cls, const char* fname, bool* error) {
  *error = false;
  if (type_of(cls) == &g_type_type || type_of(cls)->is_subtype_of(&g_type_type)) return true;
  if (type_of(cls) == &g_tuple_type) return true;
  const bool sub = std::string_view(fname) == "issubclass";
  type_error(std::string(fname) + (sub ? "() arg 2 must be a class, a tuple of classes, or a union"
                                       : "() arg 2 must be a type, a tuple of types, or a union"));
  *error = true;
  return false;
}

// isinstance/issubclass's second argument when it is not a class: a tuple or union of them
// (members checked in turn: *any), an object with the check method (typing's forms), or an error.
// Returns -2 when `cls` is a class after all.
template <class Check>
int check_members_or_hook(Value subject, Value cls, const char* fname, Str* hook_name,
                          Check check) {
  Tuple* members = type_of(cls) == &g_tuple_type ? as_tuple(cls) : union_members(cls);
  if (members) {
    for (int64_t i = 0; i < members->size; ++i) {
      int r = check(subject, members->items[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  if (is_class(cls)) return -2;
  if (is_generic_alias(cls)) {
    type_error(std::string(fname) + "() argument 2 cannot be a parameterized generic");
    return -1;
  }
  if (Value hook = type_of(cls)->lookup(hook_name)) {
    Ref r = call_method(cls, std::string(hook_name->view()).c_str(), {subject});
    if (!r) return -1;
    return truth(r.get());
  }
  bool err = false;
  check_isinstance_arg(cls, fname, &err);
  return -1;
}

int isinstance_impl(Value obj, Value cls) {
  if (!is_class(cls)) {
    int r = check_members_or_hook(obj, cls, "isinstance", AP_NAME("__instancecheck__"),
                                  isinstance_impl);
    if (r != -2) return r;
  }
  bool err = false;
  if (!check_isinstance_arg(cls, "isinstance", &err)) return -1;
  Type* c = static_cast<Type*>(cls.obj());
  if (type_of(obj) == c) return 1;  // as CPython: an exact match never asks the metaclass
  if (type_of(cls) == &g_type_type) return is_instance(obj, c) ? 1 : 0;
  if (Value hook = type_of(cls)->lookup(AP_NAME("__instancecheck__"))) {
    Ref r = call(hook, {cls, obj});
    if (!r) return -1;
    return truth(r.get());
  }
  return is_instance(obj, c) ? 1 : 0;
}

Ref builtin_isinstance(Value, Args args) {
  if (!check_nargs("isinstance", args, 2, 2)) return nullptr;
  int r = isinstance_impl(args[0], args[1]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

int issubclass_impl(Value sub, Value cls) {
  if (!is_class(cls)) {
    int r = check_members_or_hook(sub, cls, "issubclass", AP_NAME("__subclasscheck__"),
                                  issubclass_impl);
    if (r != -2) return r;
  }
  bool err = false;
  if (!check_isinstance_arg(cls, "issubclass", &err)) return -1;
  if (type_of(cls) != &g_type_type) {
    if (Value hook = type_of(cls)->lookup(AP_NAME("__subclasscheck__"))) {
      Ref r = call(hook, {cls, sub});
      if (!r) return -1;
      return truth(r.get());
    }
  }
  // (Checked only here: a __subclasscheck__ may accept other things, as typing's do.)
  if (!is_class(sub)) {
    type_error("issubclass() arg 1 must be a class");
    return -1;
  }
  return static_cast<Type*>(sub.obj())->is_subtype_of(static_cast<Type*>(cls.obj())) ? 1 : 0;
}

Ref builtin_issubclass(Value, Args args) {
  if (!check_nargs("issubclass", args, 2, 2)) return nullptr;
  int r = issubclass_impl(args[0], args[1]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

Str* attr_name(Value v, const char*) {
  if (!is_str(v)) {
    type_error("attribute name must be string, not '" + type_name(v) + "'");
    return nullptr;
  }
  return intern(as_str(v)->view());
}

Ref builtin_getattr(Value, Args args) {
  if (!check_nargs("getattr", args, 2, 3)) return nullptr;
  Str* name = attr_name(args[1], "getattr");
  if (!name) return nullptr;
  Ref r = getattr(args[0], name);
  if (!r && args.npos == 3 && error_matches(g_AttributeError)) {
    clear_error();
    return Ref::borrow(args[2]);
  }
  return r;
}

Ref builtin_setattr(Value, Args args) {
  if (!check_nargs("setattr", args, 3, 3)) return nullptr;
  Str* name = attr_name(args[1], "setattr");
  if (!name || setattr(args[0], name, args[2]) < 0) return nullptr;
  return new_none();
}

Ref builtin_delattr(Value, Args args) {
  if (!check_nargs("delattr", args, 2, 2)) return nullptr;
  Str* name = attr_name(args[1], "delattr");
  if (!name || delattr(args[0], name) < 0) return nullptr;
  return new_none();
}

Ref builtin_hasattr(Value, Args args) {
  if (!check_nargs("hasattr", args, 2, 2)) return nullptr;
  Str* name = attr_name(args[1], "hasattr");
  if (!name) return nullptr;
  bool found = false;
  Ref r = getattr_optional(args[0], name, &found);
  if (!found && error_occurred()) return nullptr;
  return new_bool(found);
}

Ref builtin_vars(Value, Args args) {
  if (!check_nargs("vars", args, 0, 1)) return nullptr;
  if (args.npos == 0) {
    Frame* f = thread_state().frame;
    if (f && f->locals) return Ref::borrow(Value(f->locals));
    if (f) return Ref::borrow(Value(f->globals));
    return new_dict();
  }
  Ref d = getattr(args[0], "__dict__");
  if (!d && error_matches(g_AttributeError)) {
    clear_error();
    return type_error("vars() argument must have __dict__ attribute");
  }
  return d;
}

Ref builtin_globals(Value, Args args) {
  if (!check_nargs("globals", args, 0, 0)) return nullptr;
  Frame* f = thread_state().frame;
  if (!f) return new_dict();
  return Ref::borrow(Value(f->globals));
}

Ref builtin_locals(Value, Args args) {
  if (!check_nargs("locals", args, 0, 0)) return nullptr;
  Frame* f = thread_state().frame;
  if (!f) return new_dict();
  if (f->locals) return Ref::borrow(Value(f->locals));
  // A function's locals as a fresh dict, as CPython returns a snapshot.
  Ref d = new_dict();
  Code* co = f->code;
  for (int i = 0; i < co->nlocals(); ++i) {
    if (f->slots[i]) dict_set_str(static_cast<Dict*>(d.get().obj()), co->varnames[i], f->slots[i]);
  }
  for (int i = 0; i < co->ncells() + co->nfree(); ++i) {
    Value cell = f->slots[co->nlocals() + i];
    Value v = cell ? static_cast<Cell*>(cell.obj())->ref : Value();
    const std::string& n = i < co->ncells() ? co->cellvars[i] : co->freevars[i - co->ncells()];
    if (v) dict_set_str(static_cast<Dict*>(d.get().obj()), n, v);
  }
  return d;
}

Ref builtin_dir(Value, Args args) {
  if (!check_nargs("dir", args, 0, 1)) return nullptr;
  if (args.npos == 1) {
    bool found = false;
    Ref custom = call_special(args[0], AP_NAME("__dir__"), {}, &found);
    if (found && type_of(args[0])->lookup_heap("__dir__")) {
      if (!custom) return nullptr;
      Ref l = list_from_iterable(custom.get());
      if (!l || list_sort(as_list(l.get()), Value(), false) < 0) return nullptr;
      return l;
    }
    if (!found && error_occurred()) return nullptr;
    clear_error();
    return object_dir(args[0]);
  }
  Ref names = builtin_locals(Value(), Args{});
  if (!names) return nullptr;
  Ref keys = dict_keys_list(static_cast<Dict*>(names.get().obj()));
  if (!keys || list_sort(as_list(keys.get()), Value(), false) < 0) return nullptr;
  return keys;
}

void add(Dict* b, const char* name, NativeFn fn) {
  Ref f = new_builtin(name, fn);
  dict_set_str(b, name, f.get());
}

}  // namespace

void register_core_builtins(Dict* b) {
  add(b, "print", builtin_print);
  add(b, "input", builtin_input);
  add(b, "isinstance", builtin_isinstance);
  add(b, "issubclass", builtin_issubclass);
  add(b, "getattr", builtin_getattr);
  add(b, "setattr", builtin_setattr);
  add(b, "delattr", builtin_delattr);
  add(b, "hasattr", builtin_hasattr);
  add(b, "vars", builtin_vars);
  add(b, "globals", builtin_globals);
  add(b, "locals", builtin_locals);
  add(b, "dir", builtin_dir);
  add(b, "__build_class__", build_class);
  dict_set_str(b, "object", Value(&g_object_type));
  dict_set_str(b, "type", Value(&g_type_type));
  dict_set_str(b, "super", Value(&g_super_type));
  dict_set_str(b, "property", Value(&g_property_type));
  dict_set_str(b, "staticmethod", Value(&g_staticmethod_type));
  dict_set_str(b, "classmethod", Value(&g_classmethod_type));
  dict_set_str(b, "None", none());
  dict_set_str(b, "True", bool_value(true));
  dict_set_str(b, "False", bool_value(false));
  dict_set_str(b, "NotImplemented", not_implemented());
  dict_set_str(b, "Ellipsis", Value(&g_ellipsis));
  dict_set_str(b, "__name__", Ref(new_str("builtins")).get());
#define ASYNCPLAY_REGISTER_EXC(name, base) dict_set_str(b, #name, Value(g_##name));
  ASYNCPLAY_EXCEPTIONS(ASYNCPLAY_REGISTER_EXC)
#undef ASYNCPLAY_REGISTER_EXC
  dict_set_str(b, "IOError", Value(g_OSError));
  dict_set_str(b, "EnvironmentError", Value(g_OSError));
}

}  // namespace asyncplay::lang
