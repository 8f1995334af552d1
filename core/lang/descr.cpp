// Callables and descriptors: Python functions, bound methods, built-in functions and method
// descriptors, attribute getters, property/staticmethod/classmethod, super, plus the small
// singleton types (None, NotImplemented, Ellipsis), cells, modules and the sequence iterator.
#include <cstdio>

#include "core/lang/code.h"
#include "core/lang/errors.h"
#include "core/lang/objects.h"
#include "core/lang/vm.h"

namespace asyncplay::lang {

Type g_none_type, g_notimpl_type, g_ellipsis_type, g_cell_type, g_function_type, g_builtin_type;
Type g_method_type, g_module_type, g_property_type, g_staticmethod_type, g_classmethod_type;
Type g_super_type, g_code_type;
Object g_none, g_notimplemented, g_ellipsis;

namespace {

Type g_method_descr_type, g_getset_type, g_seqiter_type, g_member_type;

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

// ---- singletons ------------------------------------------------------------------------------

void immortal_dealloc(Object*) {}
Ref none_repr(Value) {
  return new_str("None");
}
Ref notimpl_repr(Value) {
  return new_str("NotImplemented");
}
Ref ellipsis_repr(Value) {
  return new_str("Ellipsis");
}
int none_truth(Value) {
  return 0;
}
Ref none_new(Type*, Args args) {
  if (args.npos || args.nkw()) return type_error("NoneType takes no arguments");
  return new_none();
}
bool identity_hash(Value v, int64_t* out) {
  *out = static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.obj()) >> 4);
  return true;
}

// ---- cells -------------------------------------------------------------------------------------

void cell_dealloc(Object* o) {
  decref(static_cast<Cell*>(o)->ref);
  free_object(o);
}

// ---- Python functions ------------------------------------------------------------------------

void function_dealloc(Object* o) {
  Function* f = static_cast<Function*>(o);
  decref(Value(f->code));
  decref(Value(f->globals));
  for (Value v : {f->name, f->qualname, f->defaults, f->kwdefaults, f->closure, f->doc, f->module,
                  f->annotations}) {
    decref(v);
  }
  if (f->dict) decref(Value(f->dict));
  free_object(o);
}

Ref function_call(Value self, Args args) {
  return call_function(static_cast<Function*>(self.obj()), args);
}

Ref function_get(Value self, Value obj, Value) {
  if (!obj) return Ref::borrow(self);
  return new_method(self, obj);
}

Ref function_repr(Value self) {
  Function* f = static_cast<Function*>(self.obj());
  return new_str("<function " + as_str(f->qualname)->data + " at " + address(f) + ">");
}

Ref function_name(Value self) {
  return Ref::borrow(static_cast<Function*>(self.obj())->name);
}
Ref function_qualname(Value self) {
  return Ref::borrow(static_cast<Function*>(self.obj())->qualname);
}
Ref function_doc(Value self) {
  Function* f = static_cast<Function*>(self.obj());
  return Ref::borrow(f->doc ? f->doc : none());
}
Ref function_module(Value self) {
  Function* f = static_cast<Function*>(self.obj());
  return Ref::borrow(f->module ? f->module : none());
}
Ref function_defaults(Value self) {
  Function* f = static_cast<Function*>(self.obj());
  return Ref::borrow(f->defaults ? f->defaults : none());
}
Ref function_kwdefaults(Value self) {
  Function* f = static_cast<Function*>(self.obj());
  return Ref::borrow(f->kwdefaults ? f->kwdefaults : none());
}
Ref function_code(Value self) {
  return Ref::borrow(Value(static_cast<Function*>(self.obj())->code));
}
Ref function_globals(Value self) {
  return Ref::borrow(Value(static_cast<Function*>(self.obj())->globals));
}
Ref function_annotations(Value self) {
  Function* f = static_cast<Function*>(self.obj());
  if (!f->annotations) f->annotations = new_dict().release();
  return Ref::borrow(f->annotations);
}

// f.__annotations__ = a dict (functools.wraps copies it); None or del: a fresh {} next time.
int function_set_annotations(Value self, Value v) {
  Function* f = static_cast<Function*>(self.obj());
  if (v && v != none() && !is_instance(v, &g_dict_type)) {
    type_error("__annotations__ must be set to a dict object");
    return -1;
  }
  Value old = f->annotations;
  f->annotations = v && v != none() ? newref(v) : Value();
  decref(old);
  return 0;
}

int set_str_field(Value* field, Value v, const char* what) {
  if (!v || !is_str(v)) {
    type_error(std::string(what) + " must be set to a string object");
    return -1;
  }
  decref(*field);
  *field = newref(v);
  return 0;
}
int function_set_name(Value self, Value v) {
  return set_str_field(&static_cast<Function*>(self.obj())->name, v, "__name__");
}
int function_set_qualname(Value self, Value v) {
  return set_str_field(&static_cast<Function*>(self.obj())->qualname, v, "__qualname__");
}
int function_set_doc(Value self, Value v) {
  Function* f = static_cast<Function*>(self.obj());
  decref(f->doc);
  f->doc = v ? newref(v) : Value();
  return 0;
}
int function_set_module(Value self, Value v) {
  Function* f = static_cast<Function*>(self.obj());
  decref(f->module);
  f->module = v ? newref(v) : Value();
  return 0;
}
int function_set_defaults(Value self, Value v) {
  Function* f = static_cast<Function*>(self.obj());
  if (v && v != none() && type_of(v) != &g_tuple_type) {
    type_error("__defaults__ must be set to a tuple object");
    return -1;
  }
  decref(f->defaults);
  f->defaults = v && v != none() ? newref(v) : Value();
  return 0;
}

// ---- bound methods ---------------------------------------------------------------------------

void method_dealloc(Object* o) {
  Method* m = static_cast<Method*>(o);
  decref(m->func);
  decref(m->self);
  free_object(o);
}

Ref method_call(Value self, Args args) {
  Method* m = static_cast<Method*>(self.obj());
  const size_t total = args.npos + args.nkw();
  Value small[16];
  std::vector<Value> big;
  Value* buf = small;
  if (total + 1 > 16) {
    big.resize(total + 1);
    buf = big.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < total; ++i) buf[i + 1] = args.items[i];
  Args a{buf, args.npos + 1, args.kwnames};
  if (type_of(m->func) == &g_function_type)
    return call_function(static_cast<Function*>(m->func.obj()), a);
  return call(m->func, a);
}

Ref method_repr(Value self) {
  Method* m = static_cast<Method*>(self.obj());
  Ref qual = getattr(m->func, "__qualname__");
  std::string q = qual && is_str(qual.get()) ? as_str(qual.get())->data : "?";
  if (!qual) clear_error();
  Ref r = repr(m->self);
  if (!r) return nullptr;
  return new_str("<bound method " + q + " of " + as_str(r.get())->data + ">");
}

Ref method_getattr(Value self, Str* name) {
  Ref r = generic_getattr(self, name);
  if (r || !error_matches(g_AttributeError)) return r;
  clear_error();
  return getattr(static_cast<Method*>(self.obj())->func, name);
}
Ref method_func(Value self) {
  return Ref::borrow(static_cast<Method*>(self.obj())->func);
}
Ref method_self(Value self) {
  return Ref::borrow(static_cast<Method*>(self.obj())->self);
}

Ref method_compare(Value self, Value other, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(other) != &g_method_type) {
    return Ref::borrow(not_implemented());
  }
  Method* a = static_cast<Method*>(self.obj());
  Method* b = static_cast<Method*>(other.obj());
  bool eq = a->func == b->func && a->self == b->self;
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

// ---- built-in functions and methods ----------------------------------------------------------

void builtin_dealloc(Object* o) {
  Builtin* b = static_cast<Builtin*>(o);
  decref(b->self);
  decref(b->module_name);
  free_object(o);
}

Ref builtin_call(Value self, Args args) {
  Builtin* b = static_cast<Builtin*>(self.obj());
  return b->fn(b->self, args);
}

Ref builtin_repr(Value self) {
  Builtin* b = static_cast<Builtin*>(self.obj());
  if (!b->self || type_of(b->self) == &g_module_type) {
    return new_str(std::string("<built-in function ") + b->name + ">");
  }
  return new_str(std::string("<built-in method ") + b->name + " of " + type_name(b->self) +
                 " object at " + address(b->self.obj()) + ">");
}

Ref builtin_name(Value self) {
  return new_str(static_cast<Builtin*>(self.obj())->name);
}

// A method of a built-in type, stored in the type's dict: binds `self` when looked up.
struct MethodDescr : Object {
  const char* name;
  NativeFn fn;
  Type* owner;
  enum Kind : uint8_t { kInstance, kClass, kStatic } kind;
};

void descr_dealloc(Object* o) {
  free_object(o);
}

Ref method_descr_get(Value self, Value obj, Value type) {
  MethodDescr* d = static_cast<MethodDescr*>(self.obj());
  switch (d->kind) {
    case MethodDescr::kInstance:
      if (!obj) return Ref::borrow(self);
      return new_builtin(d->name, d->fn, obj);
    case MethodDescr::kClass:
      return new_builtin(d->name, d->fn, type ? type : Value(type_of(obj)));
    case MethodDescr::kStatic:
      return new_builtin(d->name, d->fn, Value());
  }
  return nullptr;
}

// Calling the unbound descriptor: list.append(xs, 1).
Ref method_descr_call(Value self, Args args) {
  MethodDescr* d = static_cast<MethodDescr*>(self.obj());
  if (d->kind == MethodDescr::kStatic) return d->fn(Value(), args);
  if (args.npos == 0) {
    return type_error("unbound method " + d->owner->name + "." + d->name + "() needs an argument");
  }
  if (d->kind == MethodDescr::kInstance && !is_instance(args[0], d->owner)) {
    return type_error("descriptor '" + std::string(d->name) + "' for '" + d->owner->name +
                      "' objects doesn't apply to a '" + type_name(args[0]) + "' object");
  }
  return d->fn(args[0], Args{args.items + 1, args.npos - 1, args.kwnames});
}

Ref method_descr_repr(Value self) {
  MethodDescr* d = static_cast<MethodDescr*>(self.obj());
  return new_str("<method '" + std::string(d->name) + "' of '" + d->owner->name + "' objects>");
}

struct GetSet : Object {
  const char* name;
  GetterFn get;
  SetterFn set;
  Type* owner;
};

Ref getset_get(Value self, Value obj, Value) {
  if (!obj) return Ref::borrow(self);
  return static_cast<GetSet*>(self.obj())->get(obj);
}

int getset_set(Value self, Value obj, Value value) {
  GetSet* g = static_cast<GetSet*>(self.obj());
  if (!g->set) {
    raise(g_AttributeError, "attribute '" + std::string(g->name) + "' of '" + g->owner->name +
                                "' objects is not writable");
    return -1;
  }
  return g->set(obj, value);
}

// ---- member descriptors: the __slots__ of a class ----------------------------------------------

// One slot: a Value stored in the instance at `offset` (null while unset).
struct Member : Object {
  Str* name;    // owned
  Type* owner;  // the class whose __slots__ named it (it keeps us in its dict)
  size_t offset;
};

Value* member_field(Member* m, Value obj) {
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.obj()) + m->offset);
}

bool member_check(Member* m, Value obj) {
  if (obj.is_object() && type_of(obj)->is_subtype_of(m->owner)) return true;
  type_error("descriptor '" + std::string(m->name->view()) + "' for '" + m->owner->name +
             "' objects doesn't apply to a '" + type_name(obj) + "' object");
  return false;
}

Ref member_get(Value self, Value obj, Value) {
  if (!obj) return Ref::borrow(self);
  Member* m = static_cast<Member*>(self.obj());
  if (!member_check(m, obj)) return nullptr;
  if (Value v = *member_field(m, obj)) return Ref::borrow(v);
  return raise(g_AttributeError, "'" + type_name(obj) + "' object has no attribute '" +
                                     std::string(m->name->view()) + "'");
}

int member_set(Value self, Value obj, Value value) {
  Member* m = static_cast<Member*>(self.obj());
  if (!member_check(m, obj)) return -1;
  Value* field = member_field(m, obj);
  if (!value && !*field) {
    raise(g_AttributeError, std::string(m->name->view()));
    return -1;
  }
  Value old = *field;
  *field = value ? newref(value) : Value();
  decref(old);
  return 0;
}

Ref member_repr(Value self) {
  Member* m = static_cast<Member*>(self.obj());
  return new_str("<member '" + std::string(m->name->view()) + "' of '" + m->owner->name +
                 "' objects>");
}

void member_dealloc(Object* o) {
  decref(Value(static_cast<Member*>(o)->name));
  free_object(o);
}

Ref member_name(Value self) {
  return Ref::borrow(Value(static_cast<Member*>(self.obj())->name));
}

Ref member_objclass(Value self) {
  return Ref::borrow(Value(static_cast<Member*>(self.obj())->owner));
}

// ---- property, staticmethod, classmethod --------------------------------------------------------

struct Property : Object {
  Value fget, fset, fdel, doc;
  Dict* dict;  // unused, keeps the layout open for subclasses
};

void property_dealloc(Object* o) {
  Property* p = static_cast<Property*>(o);
  for (Value v : {p->fget, p->fset, p->fdel, p->doc}) decref(v);
  free_object(o);
}

Ref property_get(Value self, Value obj, Value) {
  Property* p = static_cast<Property*>(self.obj());
  if (!obj) return Ref::borrow(self);
  if (!p->fget || p->fget == none()) {
    return raise(g_AttributeError, "property object has no getter");
  }
  return call(p->fget, {obj});
}

int property_set(Value self, Value obj, Value value) {
  Property* p = static_cast<Property*>(self.obj());
  Value f = value ? p->fset : p->fdel;
  if (!f || f == none()) {
    Ref name = getattr(p->fget ? p->fget : none(), "__name__");
    std::string n = name && is_str(name.get()) ? as_str(name.get())->data : "?";
    if (!name) clear_error();
    raise(g_AttributeError, "property '" + n + "' of '" + type_name(obj) + "' object has no " +
                                (value ? "setter" : "deleter"));
    return -1;
  }
  Ref r = value ? call(f, {obj, value}) : call(f, {obj});
  return r ? 0 : -1;
}

int property_init(Value self, Args args) {
  Property* p = static_cast<Property*>(self.obj());
  Value slots[4] = {};
  for (size_t i = 0; i < args.npos && i < 4; ++i) slots[i] = args[i];
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  for (size_t i = 0; i < args.nkw(); ++i) {
    std::string_view k = as_str(args.kwnames->items[i])->view();
    bool ok = false;
    for (int j = 0; j < 4; ++j) {
      if (k == kNames[j]) {
        slots[j] = args.kw_value(i);
        ok = true;
      }
    }
    if (!ok) {
      type_error("property() got an unexpected keyword argument '" + std::string(k) + "'");
      return -1;
    }
  }
  Value* fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  for (int j = 0; j < 4; ++j) {
    decref(*fields[j]);
    *fields[j] = slots[j] && slots[j] != none() ? newref(slots[j]) : Value();
  }
  if (!p->doc && p->fget) {
    Ref d = getattr(p->fget, "__doc__");
    if (d)
      p->doc = d.release();
    else
      clear_error();
  }
  return 0;
}

Ref property_new(Type* type, Args) {
  Object* o = alloc_object(type);
  if (!o) return nullptr;
  return Ref::steal(Value(o));
}

// property.setter / getter / deleter: a copy with one accessor replaced.
Ref property_copy_with(Value self, int which, Value f) {
  Property* p = static_cast<Property*>(self.obj());
  Value fs[4] = {p->fget, p->fset, p->fdel, p->doc};
  fs[which] = f;
  Ref np = Ref::steal(Value(alloc_object(type_of(self))));
  if (!np) return nullptr;
  Property* q = np.as<Property>();
  q->fget = fs[0] && fs[0] != none() ? newref(fs[0]) : Value();
  q->fset = fs[1] && fs[1] != none() ? newref(fs[1]) : Value();
  q->fdel = fs[2] && fs[2] != none() ? newref(fs[2]) : Value();
  q->doc = fs[3] ? newref(fs[3]) : Value();
  return np;
}
Ref property_getter(Value self, Args a) {
  if (!check_nargs("getter", a, 1, 1)) return nullptr;
  return property_copy_with(self, 0, a[0]);
}
Ref property_setter(Value self, Args a) {
  if (!check_nargs("setter", a, 1, 1)) return nullptr;
  return property_copy_with(self, 1, a[0]);
}
Ref property_deleter(Value self, Args a) {
  if (!check_nargs("deleter", a, 1, 1)) return nullptr;
  return property_copy_with(self, 2, a[0]);
}
Ref property_fget(Value self) {
  Value v = static_cast<Property*>(self.obj())->fget;
  return Ref::borrow(v ? v : none());
}
Ref property_fset(Value self) {
  Value v = static_cast<Property*>(self.obj())->fset;
  return Ref::borrow(v ? v : none());
}
Ref property_fdel(Value self) {
  Value v = static_cast<Property*>(self.obj())->fdel;
  return Ref::borrow(v ? v : none());
}
// True when any of its functions is (abc.abstractmethod marks them).
Ref property_isabstract(Value self) {
  Property* p = static_cast<Property*>(self.obj());
  for (Value f : {p->fget, p->fset, p->fdel}) {
    if (!f) continue;
    bool found = false;
    Ref flag = getattr_optional(f, AP_NAME("__isabstractmethod__"), &found);
    if (!found) {
      if (error_occurred()) return nullptr;
      continue;
    }
    int t = truth(flag.get());
    if (t < 0) return nullptr;
    if (t) return new_bool(true);
  }
  return new_bool(false);
}
Ref property_doc(Value self) {
  Value v = static_cast<Property*>(self.obj())->doc;
  return Ref::borrow(v ? v : none());
}

// staticmethod and classmethod share the Method layout (func; self unused).
Ref wrapper_new(Type* type, Args args) {
  if (!check_nargs(type->name.c_str(), args, 1, 1)) return nullptr;
  Object* o = alloc_object(type);
  if (!o) return nullptr;
  static_cast<Method*>(o)->func = newref(args[0]);
  return Ref::steal(Value(o));
}
Ref staticmethod_get(Value self, Value, Value) {
  return Ref::borrow(static_cast<Method*>(self.obj())->func);
}
Ref staticmethod_call(Value self, Args args) {
  return call(static_cast<Method*>(self.obj())->func, args);
}
Ref classmethod_get(Value self, Value obj, Value type) {
  Value cls = type ? type : Value(type_of(obj));
  return new_method(static_cast<Method*>(self.obj())->func, cls);
}
Ref wrapper_func(Value self) {
  return Ref::borrow(static_cast<Method*>(self.obj())->func);
}
Ref wrapper_getattr(Value self, Str* name) {
  Ref r = generic_getattr(self, name);
  if (r || !error_matches(g_AttributeError)) return r;
  // __name__, __doc__, __wrapped__... come from the wrapped function.
  clear_error();
  Ref inner = getattr(static_cast<Method*>(self.obj())->func, name);
  if (!inner) {
    clear_error();
    return generic_getattr(self, name);
  }
  return inner;
}

// ---- super
// ---------------------------------------------------------------------------------------

struct Super : Object {
  Type* type;      // the class whose MRO position we start after (owned)
  Value obj;       // the instance or class (owned)
  Type* obj_type;  // type(obj), or obj itself if it is a class (owned)
};

void super_dealloc(Object* o) {
  Super* s = static_cast<Super*>(o);
  decref(Value(s->type));
  decref(s->obj);
  decref(Value(s->obj_type));
  free_object(o);
}

Ref super_getattr(Value self, Str* name) {
  Super* s = static_cast<Super*>(self.obj());
  const auto& mro = s->obj_type->mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != s->type) ++i;
  for (++i; i < mro.size(); ++i) {
    Value v = mro[i]->dict ? dict_get_str(mro[i]->dict, name) : Value();
    if (!v) continue;
    Type* vt = type_of(v);
    if (!vt->descr_get) return Ref::borrow(v);
    // super().method on a class (classmethods, __new__): obj is the class.
    Value obj = s->obj == Value(s->obj_type) ? Value() : s->obj;
    return vt->descr_get(v, obj, Value(s->obj_type));
  }
  return generic_getattr(self, name);
}

Ref super_new(Type* type, Args args) {
  Value t, obj;
  if (args.npos == 0) {
    // Zero-argument form: the calling frame's __class__ cell and first argument.
    if (!super_from_frame(&t, &obj)) return nullptr;
  } else if (args.npos == 2) {
    t = args[0];
    obj = args[1];
  } else {
    return type_error("super() takes 0 or 2 arguments");
  }
  if (type_of(t) != &g_type_type && !type_of(t)->is_subtype_of(&g_type_type)) {
    return type_error("super() argument 1 must be a type, not " + type_name(t));
  }
  Type* ot;
  if ((type_of(obj) == &g_type_type || type_of(obj)->is_subtype_of(&g_type_type)) &&
      static_cast<Type*>(obj.obj())->is_subtype_of(static_cast<Type*>(t.obj()))) {
    ot = static_cast<Type*>(obj.obj());
  } else if (is_instance(obj, static_cast<Type*>(t.obj()))) {
    ot = type_of(obj);
  } else {
    return type_error("super(type, obj): obj must be an instance or subtype of type");
  }
  Object* o = alloc_object(type);
  if (!o) return nullptr;
  Super* s = static_cast<Super*>(o);
  s->type = static_cast<Type*>(newref(t).obj());
  s->obj = newref(obj);
  s->obj_type = static_cast<Type*>(newref(Value(ot)).obj());
  return Ref::steal(Value(o));
}

Ref super_repr(Value self) {
  Super* s = static_cast<Super*>(self.obj());
  return new_str("<super: <class '" + s->type->name + "'>, <" + s->obj_type->name + " object>>");
}

// ---- modules --------------------------------------------------------------------------------

void module_dealloc(Object* o) {
  Module* m = static_cast<Module*>(o);
  decref(Value(m->dict));
  m->name.~basic_string();
  free_object(o);
}

Ref module_getattr(Value self, Str* name) {
  Module* m = static_cast<Module*>(self.obj());
  if (Value v = dict_get_str(m->dict, name)) return Ref::borrow(v);
  if (name->view() == "__dict__") return Ref::borrow(Value(m->dict));
  if (Value ga = dict_get_str(m->dict, AP_NAME("__getattr__"))) return call(ga, {Value(name)});
  return raise_attribute_error(
      self, name, "module '" + m->name + "' has no attribute '" + std::string(name->view()) + "'");
}

int module_setattr(Value self, Str* name, Value value) {
  Module* m = static_cast<Module*>(self.obj());
  if (value) return dict_set(m->dict, Value(name), value);
  return dict_del(m->dict, Value(name));
}

Ref module_repr(Value self) {
  Module* m = static_cast<Module*>(self.obj());
  if (m->name == "sys" || m->name == "builtins")
    return new_str("<module '" + m->name + "' (built-in)>");
  return new_str("<module '" + m->name + "'>");
}

// ---- the sequence iterator --------------------------------------------------------------------

struct SeqIter : Object {
  Value seq;  // owned; null once exhausted
  int64_t index;
};

void seqiter_dealloc(Object* o) {
  decref(static_cast<SeqIter*>(o)->seq);
  free_object(o);
}

Ref seqiter_next(Value self) {
  SeqIter* it = static_cast<SeqIter*>(self.obj());
  if (!it->seq) return nullptr;
  Ref i = new_int(it->index);
  Ref v = getitem(it->seq, i.get());
  if (!v) {
    if (error_matches(g_IndexError) || error_matches(g_StopIteration)) {
      clear_error();
      decref(it->seq);
      it->seq = Value();
    }
    return nullptr;
  }
  ++it->index;
  return v;
}

Ref self_iter(Value self) {
  return Ref::borrow(self);
}

// ---- code objects
// --------------------------------------------------------------------------------

void code_dealloc(Object* o) {
  Code* c = static_cast<Code*>(o);
  for (Value v : c->consts) decref(v);
  for (Str* s : c->names) decref(Value(s));
  delete c;
}

Ref code_repr(Value self) {
  Code* c = static_cast<Code*>(self.obj());
  return new_str("<code object " + c->name + " at " + address(c) + ", file \"" + c->filename +
                 "\", line " + std::to_string(c->first_line) + ">");
}

Ref code_name(Value self) {
  return new_str(static_cast<Code*>(self.obj())->name);
}
Ref code_filename(Value self) {
  return new_str(static_cast<Code*>(self.obj())->filename);
}
Ref code_firstlineno(Value self) {
  return new_int(static_cast<Code*>(self.obj())->first_line);
}
Ref code_flags(Value self) {
  return new_int(static_cast<Code*>(self.obj())->flags);
}
Ref code_argcount(Value self) {
  return new_int(static_cast<Code*>(self.obj())->argcount);
}
Ref code_varnames(Value self) {
  Code* c = static_cast<Code*>(self.obj());
  Ref t = new_tuple(static_cast<int64_t>(c->varnames.size()));
  for (size_t i = 0; i < c->varnames.size(); ++i)
    as_tuple(t.get())->items[i] = new_str(c->varnames[i]).release();
  return t;
}

}  // namespace

// ---- constructors
// --------------------------------------------------------------------------------

Ref new_cell(Value v) {
  Object* o = alloc_object(&g_cell_type, sizeof(Cell));
  if (!o) return nullptr;
  static_cast<Cell*>(o)->ref = v ? newref(v) : Value();
  return Ref::steal(Value(o));
}

Ref new_method(Value func, Value self) {
  Object* o = alloc_object(&g_method_type, sizeof(Method));
  if (!o) return nullptr;
  static_cast<Method*>(o)->func = newref(func);
  static_cast<Method*>(o)->self = newref(self);
  return Ref::steal(Value(o));
}

Ref new_builtin(const char* name, NativeFn fn, Value self) {
  Object* o = alloc_object(&g_builtin_type, sizeof(Builtin));
  if (!o) return nullptr;
  Builtin* b = static_cast<Builtin*>(o);
  b->name = name;
  b->fn = fn;
  b->self = self ? newref(self) : Value();
  return Ref::steal(Value(o));
}

Ref new_module(std::string_view name) {
  Object* o = alloc_object(&g_module_type, sizeof(Module));
  if (!o) return nullptr;
  Module* m = static_cast<Module*>(o);
  new (&m->name) std::string(name);
  m->dict = static_cast<Dict*>(new_dict().release().obj());
  Ref n = new_str(name);
  dict_set_str(m->dict, "__name__", n.get());
  dict_set_str(m->dict, "__doc__", none());
  dict_set_str(m->dict, "__package__", none());
  dict_set_str(m->dict, "__loader__", none());
  dict_set_str(m->dict, "__spec__", none());
  return Ref::steal(Value(o));
}

Ref new_staticmethod(Value func) {
  Object* o = alloc_object(&g_staticmethod_type, sizeof(Method));
  if (!o) return nullptr;
  static_cast<Method*>(o)->func = newref(func);
  return Ref::steal(Value(o));
}

Ref new_classmethod(Value func) {
  Object* o = alloc_object(&g_classmethod_type, sizeof(Method));
  if (!o) return nullptr;
  static_cast<Method*>(o)->func = newref(func);
  return Ref::steal(Value(o));
}

Ref new_seq_iter(Value seq) {
  Object* o = alloc_object(&g_seqiter_type, sizeof(SeqIter));
  if (!o) return nullptr;
  static_cast<SeqIter*>(o)->seq = newref(seq);
  return Ref::steal(Value(o));
}

namespace {
MethodDescr* make_descr(Type* t, const char* name, NativeFn fn, MethodDescr::Kind kind) {
  Object* o = alloc_object(&g_method_descr_type, sizeof(MethodDescr));
  MethodDescr* d = static_cast<MethodDescr*>(o);
  d->name = name;
  d->fn = fn;
  d->owner = t;
  d->kind = kind;
  return d;
}
void put(Type* t, const char* name, Value v) {
  dict_set_str(t->dict, name, v);
  decref(v);
}
}  // namespace

void add_method(Type* t, const char* name, NativeFn fn) {
  put(t, name, Value(make_descr(t, name, fn, MethodDescr::kInstance)));
}
void add_classmethod(Type* t, const char* name, NativeFn fn) {
  put(t, name, Value(make_descr(t, name, fn, MethodDescr::kClass)));
}
void add_staticmethod(Type* t, const char* name, NativeFn fn) {
  put(t, name, Value(make_descr(t, name, fn, MethodDescr::kStatic)));
}
void add_getset(Type* t, const char* name, GetterFn get, SetterFn set) {
  Object* o = alloc_object(&g_getset_type, sizeof(GetSet));
  GetSet* g = static_cast<GetSet*>(o);
  g->name = name;
  g->get = get;
  g->set = set;
  g->owner = t;
  put(t, name, Value(o));
}
bool is_instance_method_descr(Value v) {
  return type_of(v) == &g_method_descr_type &&
         static_cast<MethodDescr*>(v.obj())->kind == MethodDescr::kInstance;
}

Ref new_member_descr(Type* owner, Str* name, size_t offset) {
  Object* o = alloc_object(&g_member_type, sizeof(Member));
  if (!o) return nullptr;
  Member* m = static_cast<Member*>(o);
  m->name = name;
  incref(Value(name));
  m->owner = owner;
  m->offset = offset;
  return Ref::steal(Value(o));
}

void add_constant(Type* t, const char* name, Value v) {
  dict_set_str(t->dict, name, v);
}

void init_descr_types() {
  auto singleton = [](Type* t, const char* name, Object* obj, ReprFn r) {
    type_init(t, name, &g_object_type, sizeof(Object), immortal_dealloc, 0);
    t->repr = r;
    t->hash = identity_hash;
    obj->refcnt = 1u << 30;
    obj->type = t;
  };
  singleton(&g_none_type, "NoneType", &g_none, none_repr);
  g_none_type.truth = none_truth;
  g_none_type.new_ = none_new;
  singleton(&g_notimpl_type, "NotImplementedType", &g_notimplemented, notimpl_repr);
  singleton(&g_ellipsis_type, "ellipsis", &g_ellipsis, ellipsis_repr);

  type_init(&g_cell_type, "cell", &g_object_type, sizeof(Cell), cell_dealloc, 0);

  type_init(&g_function_type, "function", &g_object_type, sizeof(Function), function_dealloc, 0);
  g_function_type.call = function_call;
  g_function_type.descr_get = function_get;
  g_function_type.repr = function_repr;
  static Function probe;
  g_function_type.dict_offset =
      static_cast<size_t>(reinterpret_cast<char*>(&probe.dict) - reinterpret_cast<char*>(&probe));
  add_getset(&g_function_type, "__name__", function_name, function_set_name);
  add_getset(&g_function_type, "__qualname__", function_qualname, function_set_qualname);
  add_getset(&g_function_type, "__doc__", function_doc, function_set_doc);
  add_getset(&g_function_type, "__module__", function_module, function_set_module);
  add_getset(&g_function_type, "__defaults__", function_defaults, function_set_defaults);
  add_getset(&g_function_type, "__kwdefaults__", function_kwdefaults);
  add_getset(&g_function_type, "__code__", function_code);
  add_getset(&g_function_type, "__globals__", function_globals);
  add_getset(&g_function_type, "__annotations__", function_annotations, function_set_annotations);

  type_init(&g_method_type, "method", &g_object_type, sizeof(Method), method_dealloc, 0);
  g_method_type.call = method_call;
  g_method_type.repr = method_repr;
  g_method_type.getattr = method_getattr;
  g_method_type.compare = method_compare;
  add_getset(&g_method_type, "__func__", method_func);
  add_getset(&g_method_type, "__self__", method_self);

  type_init(&g_builtin_type, "builtin_function_or_method", &g_object_type, sizeof(Builtin),
            builtin_dealloc, 0);
  g_builtin_type.call = builtin_call;
  g_builtin_type.repr = builtin_repr;
  add_getset(&g_builtin_type, "__name__", builtin_name);
  add_getset(&g_builtin_type, "__qualname__", builtin_name);

  type_init(&g_method_descr_type, "method_descriptor", &g_object_type, sizeof(MethodDescr),
            descr_dealloc, 0);
  g_method_descr_type.descr_get = method_descr_get;
  g_method_descr_type.call = method_descr_call;
  g_method_descr_type.repr = method_descr_repr;

  type_init(&g_getset_type, "getset_descriptor", &g_object_type, sizeof(GetSet), descr_dealloc, 0);
  g_getset_type.descr_get = getset_get;
  g_getset_type.descr_set = getset_set;

  type_init(&g_member_type, "member_descriptor", &g_object_type, sizeof(Member), member_dealloc, 0);
  g_member_type.descr_get = member_get;
  g_member_type.descr_set = member_set;
  g_member_type.repr = member_repr;
  add_getset(&g_member_type, "__name__", member_name);
  add_getset(&g_member_type, "__objclass__", member_objclass);

  type_init(&g_property_type, "property", &g_object_type, sizeof(Property), property_dealloc);
  g_property_type.descr_get = property_get;
  g_property_type.descr_set = property_set;
  g_property_type.init = property_init;
  g_property_type.new_ = property_new;
  add_method(&g_property_type, "getter", property_getter);
  add_method(&g_property_type, "setter", property_setter);
  add_method(&g_property_type, "deleter", property_deleter);
  add_getset(&g_property_type, "fget", property_fget);
  add_getset(&g_property_type, "fset", property_fset);
  add_getset(&g_property_type, "fdel", property_fdel);
  add_getset(&g_property_type, "__isabstractmethod__", property_isabstract);
  add_getset(&g_property_type, "__doc__", property_doc);

  type_init(&g_staticmethod_type, "staticmethod", &g_object_type, sizeof(Method), method_dealloc);
  g_staticmethod_type.new_ = wrapper_new;
  g_staticmethod_type.init = nullptr;
  g_staticmethod_type.descr_get = staticmethod_get;
  g_staticmethod_type.call = staticmethod_call;
  g_staticmethod_type.getattr = wrapper_getattr;
  add_getset(&g_staticmethod_type, "__func__", wrapper_func);

  type_init(&g_classmethod_type, "classmethod", &g_object_type, sizeof(Method), method_dealloc);
  g_classmethod_type.new_ = wrapper_new;
  g_classmethod_type.init = nullptr;
  g_classmethod_type.descr_get = classmethod_get;
  g_classmethod_type.getattr = wrapper_getattr;
  add_getset(&g_classmethod_type, "__func__", wrapper_func);

  // classmethod(f) and staticmethod(f) are made whole by __new__; __init__ only checks, so that
  // a subclass's super().__init__(f) works.
  for (Type* t : {&g_staticmethod_type, &g_classmethod_type}) {
    add_method(t, "__init__", [](Value, Args args) -> Ref {
      if (!check_nargs("__init__", args, 1, 1)) return nullptr;
      return new_none();
    });
  }

  type_init(&g_super_type, "super", &g_object_type, sizeof(Super), super_dealloc);
  g_super_type.new_ = super_new;
  g_super_type.init = nullptr;
  g_super_type.getattr = super_getattr;
  g_super_type.repr = super_repr;

  type_init(&g_module_type, "module", &g_object_type, sizeof(Module), module_dealloc);
  g_module_type.getattr = module_getattr;
  g_module_type.setattr = module_setattr;
  g_module_type.repr = module_repr;

  type_init(&g_seqiter_type, "iterator", &g_object_type, sizeof(SeqIter), seqiter_dealloc, 0);
  g_seqiter_type.iter = self_iter;
  g_seqiter_type.next = seqiter_next;

  type_init(&g_code_type, "code", &g_object_type, sizeof(Code), code_dealloc, 0);
  g_code_type.repr = code_repr;
  add_getset(&g_code_type, "co_name", code_name);
  add_getset(&g_code_type, "co_filename", code_filename);
  add_getset(&g_code_type, "co_firstlineno", code_firstlineno);
  add_getset(&g_code_type, "co_flags", code_flags);
  add_getset(&g_code_type, "co_argcount", code_argcount);
  add_getset(&g_code_type, "co_varnames", code_varnames);
}

}  // namespace asyncplay::lang
