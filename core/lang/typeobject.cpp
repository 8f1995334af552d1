// `object` and `type`, and classes defined in Python: creating them (C3 MRO, instance layout,
// __classcell__), and the slots that route operations to their dunder methods.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "core/lang/errors.h"
#include "core/lang/interp.h"
#include "core/lang/objects.h"
#include "core/lang/symtable.h"  // mangle()
#include "core/lang/types.h"     // new_mappingproxy()
#include "core/lang/unicode.h"
#include "core/lang/vm.h"

namespace asyncplay::lang {

Type g_object_type, g_type_type;

// Makes class `name` of metaclass `meta`; `init_subclass` holds the keyword arguments of the
// class statement, passed on to the parent's __init_subclass__ (its items and kwnames only).
Ref type_new_from(Type* meta, Str* name, Tuple* bases, Dict* ns, Args init_subclass = {});
Value solid_parent_init_subclass(Type* t);

namespace {

// ---- calling dunders ----------------------------------------------------------------------

// Calls `f` (found on a type) as a method of `self`.
Ref call_unbound(Value f, Value self, std::initializer_list<Value> rest) {
  Value buf[8];
  size_t n = 0;
  buf[n++] = self;
  for (Value v : rest) buf[n++] = v;
  Args a{buf, n, nullptr};
  Type* ft = type_of(f);
  if (ft == &g_function_type) return call_function(static_cast<Function*>(f.obj()), a);
  if (ft->descr_get) {
    Ref bound = ft->descr_get(f, self, Value(type_of(self)));
    if (!bound) return nullptr;
    Args rest_args{buf + 1, n - 1, nullptr};
    return call(bound.get(), rest_args);
  }
  return call(f, a);
}

}  // namespace

Ref call_special(Value self, Str* name, std::initializer_list<Value> args, bool* found) {
  Value f = type_of(self)->lookup(name);
  *found = bool(f);
  if (!f) return nullptr;
  return call_unbound(f, self, args);
}

namespace {

Ref call_dunder(Value self, const char* name, std::initializer_list<Value> args) {
  bool found = false;
  Ref r = call_special(self, intern(name), args, &found);
  if (!found) return Ref::borrow(not_implemented());
  return r;
}

// ---- object ---------------------------------------------------------------------------------

void object_dealloc(Object* o) {
  free_object(o);
}

Ref object_repr(Value self) {
  Type* t = type_of(self);
  std::string mod;
  if (t->tflags & kTypeHeap) {
    if (Value m = dict_get_str(t->dict, AP_NAME("__module__")); m && is_str(m))
      mod = as_str(m)->data + ".";
  }
  std::string qual = t->name;
  if (Value q = dict_get_str(t->dict, AP_NAME("__qualname__")); q && is_str(q))
    qual = as_str(q)->data;
  char buf[40];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.obj()));
  return new_str("<" + mod + qual + buf);
}

Ref object_str(Value self) {
  return repr(self);
}

bool object_hash(Value self, int64_t* out) {
  uintptr_t p = reinterpret_cast<uintptr_t>(self.obj());
  *out = static_cast<int64_t>((p >> 4) | (p << (8 * sizeof(p) - 4)));
  if (*out == -1) *out = -2;
  return true;
}

Ref object_compare(Value self, Value other, CmpOp op) {
  if (op == CmpOp::Eq) return self == other ? new_bool(true) : Ref::borrow(not_implemented());
  if (op == CmpOp::Ne) {
    // object.__ne__ inverts __eq__ unless that is NotImplemented.
    CompareFn eq = type_of(self)->compare;
    Ref r = eq == object_compare ? (self == other ? new_bool(true) : Ref::borrow(not_implemented()))
                                 : eq(self, other, CmpOp::Eq);
    if (!r || r.get() == not_implemented()) return r;
    int t = truth(r.get());
    if (t < 0) return nullptr;
    return new_bool(!t);
  }
  return Ref::borrow(not_implemented());
}

Ref object_new(Type* type, Args args);
int object_init(Value self, Args args);

bool excess_args(Args args) {
  return args.npos > 0 || args.nkw() > 0;
}

std::string display_name(Type* t) {
  return t->name;
}

// The nearest built-in type along `t`'s bases: the one whose C++ layout its instances have.
Type* static_base(Type* t) {
  while (t->base && (t->tflags & kTypeHeap)) t = t->base;
  return t;
}

Ref object_new(Type* type, Args args) {
  // A built-in type with fields of its own that object.__new__ cannot set up (a generator, an
  // iterator, a function): it has no constructor, as in CPython.
  if (Type* sb = static_base(type); sb != &g_object_type && sb->basicsize > sizeof(Object)) {
    return type_error("cannot create '" + sb->name + "' instances");
  }
  if (excess_args(args)) {
    if (type->new_ != object_new) {
      return type_error("object.__new__() takes exactly one argument (the type to instantiate)");
    }
    if (type->init == object_init) return type_error(display_name(type) + "() takes no arguments");
  }
  Object* o = alloc_object(type);
  if (!o) return nullptr;
  return Ref::steal(Value(o));
}

int object_init(Value self, Args args) {
  if (excess_args(args)) {
    Type* type = type_of(self);
    if (type->init != object_init) {
      type_error("object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      type_error(display_name(type) + "() takes no arguments");
      return -1;
    }
  }
  return 0;
}

// ---- slots of classes defined in Python -------------------------------------------------------

// Runs a class's __del__ on an object about to be freed, as CPython's finalizer does. Returns
// false if __del__ resurrected it (stored a new reference somewhere): then it must not be freed.
bool run_finalizer(Object* o, Value del) {
  o->flags |= kObjectFinalized;
  o->refcnt = 1;  // alive again while __del__ runs
  Ref saved = fetch_error();
  Ref r = call(del, {Value(o)});
  if (!r) {
    Ref exc = fetch_error();
    interp().write(2, "Exception ignored in: " + repr_utf8(del) + "\n");
    print_exception(exc.get());
  }
  restore_error(std::move(saved));
  return --o->refcnt == 0;
}

void subtype_dealloc(Object* o) {
  Type* t = o->type;
  static Str* const del_name = intern("__del__");
  if (Value del = !(o->flags & kObjectFinalized) ? t->lookup(del_name) : Value()) {
    if (!run_finalizer(o, del)) return;
  }
  if (t->dict_offset) {
    Dict** slot = reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + t->dict_offset);
    if (*slot) decref(Value(*slot));
    *slot = nullptr;
  }
  // The __slots__ values of this class and of the classes it extends.
  for (Type* k = t; k && (k->tflags & kTypeHeap); k = k->base) {
    Value* fields = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + k->slots_offset);
    for (uint32_t i = 0; i < k->nslots; ++i) {
      Value v = fields[i];
      fields[i] = Value();
      decref(v);
    }
  }
  // The nearest built-in base destroys its own members and frees the memory.
  Type* base = t->base;
  while (base && (base->tflags & kTypeHeap)) base = base->base;
  base->dealloc(o);
}

Ref slot_repr(Value self) {
  return call_dunder(self, "__repr__", {});
}
Ref slot_str(Value self) {
  return call_dunder(self, "__str__", {});
}

bool slot_hash(Value self, int64_t* out) {
  Ref r = call_dunder(self, "__hash__", {});
  if (!r) return false;
  if (!is_int(r.get())) {
    type_error("__hash__ method should return an integer");
    return false;
  }
  // As CPython: a result that fits a machine word is the hash itself (-1 becomes -2); a bigger
  // one is reduced as hash(int) reduces it.
  if (int64_t h = 0; int_as_i64(r.get(), &h)) {
    *out = h == -1 ? -2 : h;
    return true;
  }
  return hash(r.get(), out);
}

const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Ref slot_compare(Value self, Value other, CmpOp op) {
  const char* name = kCompareNames[static_cast<int>(op)];
  Type* t = type_of(self);
  if (!t->lookup_heap(name)) {
    // Not defined in Python: the nearest built-in base compares (object: identity).
    Type* builtin = t;
    while (builtin->tflags & kTypeHeap) builtin = builtin->base;
    if (builtin->compare) return builtin->compare(self, other, op);
    return Ref::borrow(not_implemented());
  }
  return call_unbound(t->lookup(intern(name)), self, {other});
}

Ref slot_call(Value self, Args args) {
  Value f = type_of(self)->lookup(AP_NAME("__call__"));
  if (!f) return raise(g_TypeError, "'" + type_name(self) + "' object is not callable");
  Type* ft = type_of(f);
  std::vector<Value> buf;
  buf.reserve(args.npos + args.nkw() + 1);
  buf.push_back(self);
  for (size_t i = 0; i < args.npos + args.nkw(); ++i) buf.push_back(args.items[i]);
  Args a{buf.data(), args.npos + 1, args.kwnames};
  if (ft == &g_function_type) return call_function(static_cast<Function*>(f.obj()), a);
  Ref bound = ft->descr_get ? ft->descr_get(f, self, Value(type_of(self))) : Ref::borrow(f);
  if (!bound) return nullptr;
  return call(bound.get(), args);
}

Ref slot_getattr_hook(Value self, Str* name) {
  // The built-in lookup of the instance's layout: a metaclass's instances are classes.
  Ref r = static_base(type_of(self))->getattr(self, name);
  if (r || !error_matches(g_AttributeError)) return r;
  Value f = type_of(self)->lookup(AP_NAME("__getattr__"));
  if (!f) return r;
  clear_error();
  return call_unbound(f, self, {Value(name)});
}

// A class that defines __getattribute__: it decides every lookup; __getattr__ still catches its
// AttributeError.
Ref slot_getattribute(Value self, Str* name) {
  Value ga = type_of(self)->lookup(AP_NAME("__getattribute__"));
  Ref r = call_unbound(ga, self, {Value(name)});
  if (r || !error_matches(g_AttributeError)) return r;
  Value f = type_of(self)->lookup(AP_NAME("__getattr__"));
  if (!f) return r;
  clear_error();
  return call_unbound(f, self, {Value(name)});
}

int slot_setattr(Value self, Str* name, Value value) {
  Ref r = value ? call_dunder(self, "__setattr__", {Value(name), value})
                : call_dunder(self, "__delattr__", {Value(name)});
  if (r && r.get() == not_implemented())
    return value ? generic_setattr(self, name, value) : delattr(self, name);
  return r ? 0 : -1;
}

Ref slot_iter(Value self) {
  Ref r = call_dunder(self, "__iter__", {});
  if (r && type_of(r.get())->next == nullptr) {
    return raise(g_TypeError, "iter() returned non-iterator of type '" + type_name(r.get()) + "'");
  }
  return r;
}

Ref slot_next(Value self) {
  Ref r = call_dunder(self, "__next__", {});
  if (!r && error_matches(g_StopIteration)) {
    clear_error();
    return nullptr;  // exhausted
  }
  return r;
}

int64_t slot_len(Value self) {
  Ref r = call_dunder(self, "__len__", {});
  if (!r) return -1;
  int64_t n = 0;
  if (!is_int(r.get())) {
    type_error("'" + type_name(r.get()) + "' object cannot be interpreted as an integer");
    return -1;
  }
  if (!int_as_i64(r.get(), &n)) {
    raise(g_OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    value_error("__len__() should return >= 0");
    return -1;
  }
  return n;
}

Ref slot_getitem(Value self, Value key) {
  return call_dunder(self, "__getitem__", {key});
}

int slot_setitem(Value self, Value key, Value value) {
  Ref r = value ? call_dunder(self, "__setitem__", {key, value})
                : call_dunder(self, "__delitem__", {key});
  return r ? 0 : -1;
}

int slot_contains(Value self, Value item) {
  Value f = type_of(self)->lookup(AP_NAME("__contains__"));
  if (!f) {
    Ref it = get_iter(self);
    if (!it) return -1;
    for (;;) {
      Ref x = iter_next(it.get());
      if (!x) return error_occurred() ? -1 : 0;
      int eq = equal(x.get(), item);
      if (eq != 0) return eq;
    }
  }
  Ref r = call_unbound(f, self, {item});
  if (!r) return -1;
  return truth(r.get());
}

int slot_truth(Value self) {
  Value f = type_of(self)->lookup(AP_NAME("__bool__"));
  if (f) {
    Ref r = call_unbound(f, self, {});
    if (!r) return -1;
    if (type_of(r.get()) != &g_bool_type) {
      type_error("__bool__ should return bool, returned " + type_name(r.get()));
      return -1;
    }
    return r.get() == bool_value(true);
  }
  if (type_of(self)->lookup(AP_NAME("__len__"))) {
    int64_t n = slot_len(self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

Ref slot_descr_get(Value descr, Value obj, Value type) {
  return call_dunder(descr, "__get__", {obj ? obj : none(), type ? type : none()});
}

int slot_descr_set(Value descr, Value obj, Value value) {
  Ref r =
      value ? call_dunder(descr, "__set__", {obj, value}) : call_dunder(descr, "__delete__", {obj});
  return r ? 0 : -1;
}

int slot_init(Value self, Args args) {
  Value f = type_of(self)->lookup(AP_NAME("__init__"));
  std::vector<Value> buf;
  buf.push_back(self);
  for (size_t i = 0; i < args.npos + args.nkw(); ++i) buf.push_back(args.items[i]);
  Args a{buf.data(), args.npos + 1, args.kwnames};
  Ref r;
  if (type_of(f) == &g_function_type) {
    r = call_function(static_cast<Function*>(f.obj()), a);
  } else {
    Ref bound = type_of(f)->descr_get ? type_of(f)->descr_get(f, self, Value(type_of(self)))
                                      : Ref::borrow(f);
    if (!bound) return -1;
    r = call(bound.get(), args);
  }
  if (!r) return -1;
  if (r.get() != none()) {
    type_error("__init__() should return None, not '" + type_name(r.get()) + "'");
    return -1;
  }
  return 0;
}

Ref slot_new(Type* type, Args args) {
  Value f = type->lookup(AP_NAME("__new__"));
  // __new__ is an implicit static method: called with the class first.
  if (type_of(f) == &g_staticmethod_type) f = static_cast<Method*>(f.obj())->func;
  std::vector<Value> buf;
  buf.push_back(Value(type));
  for (size_t i = 0; i < args.npos + args.nkw(); ++i) buf.push_back(args.items[i]);
  return call(f, Args{buf.data(), args.npos + 1, args.kwnames});
}

const char* const kBinaryNames[] = {"add", "sub", "mul",     "matmul", "truediv",
                                    "mod", "pow", "lshift",  "rshift", "or",
                                    "xor", "and", "floordiv"};

template <int I>
Ref slot_binary(Value self, Value other) {
  return call_dunder(self, (std::string("__") + kBinaryNames[I] + "__").c_str(), {other});
}
template <int I>
Ref slot_rbinary(Value self, Value other) {
  return call_dunder(self, (std::string("__r") + kBinaryNames[I] + "__").c_str(), {other});
}
template <int I>
Ref slot_inplace(Value self, Value other) {
  return call_dunder(self, (std::string("__i") + kBinaryNames[I] + "__").c_str(), {other});
}

Ref slot_neg(Value self) {
  return call_dunder(self, "__neg__", {});
}
Ref slot_pos(Value self) {
  return call_dunder(self, "__pos__", {});
}
Ref slot_invert(Value self) {
  return call_dunder(self, "__invert__", {});
}

template <size_t... I>
void set_binary_slots(Type* t, std::index_sequence<I...>) {
  auto one = [t](int i, BinaryFn b, BinaryFn rb, BinaryFn ib) {
    const std::string n = kBinaryNames[i];
    if (t->lookup_heap("__" + n + "__")) t->binary[i] = b;
    if (t->lookup_heap("__r" + n + "__")) t->rbinary[i] = rb;
    if (t->lookup_heap("__i" + n + "__")) t->inplace[i] = ib;
  };
  (one(I, slot_binary<I>, slot_rbinary<I>, slot_inplace<I>), ...);
}

// Points the slots of a class at the dunders it (or a base class written in Python) defines.
void fixup_slots(Type* t) {
  auto has = [t](const char* n) { return t->lookup_heap(n); };
  if (has("__repr__")) t->repr = slot_repr;
  if (has("__str__")) t->str = slot_str;
  if (has("__eq__") || has("__ne__") || has("__lt__") || has("__le__") || has("__gt__") ||
      has("__ge__")) {
    t->compare = slot_compare;
  }
  if (Value h = t->lookup(AP_NAME("__hash__")); h == none()) {
    t->hash = nullptr;
  } else if (has("__hash__")) {
    t->hash = slot_hash;
  }
  if (has("__call__")) t->call = slot_call;
  if (has("__getattr__")) t->getattr = slot_getattr_hook;
  if (has("__getattribute__")) t->getattr = slot_getattribute;
  if (has("__setattr__") || has("__delattr__")) t->setattr = slot_setattr;
  if (has("__iter__")) t->iter = slot_iter;
  if (has("__next__")) t->next = slot_next;
  if (has("__len__")) t->len = slot_len;
  if (has("__getitem__")) t->getitem = slot_getitem;
  if (has("__setitem__") || has("__delitem__")) t->setitem = slot_setitem;
  if (has("__contains__")) t->contains = slot_contains;
  if (has("__bool__") || has("__len__")) t->truth = slot_truth;
  if (has("__get__")) t->descr_get = slot_descr_get;
  if (has("__set__") || has("__delete__")) t->descr_set = slot_descr_set;
  if (has("__init__")) t->init = slot_init;
  if (has("__new__")) t->new_ = slot_new;
  if (has("__neg__")) t->unary[static_cast<int>(UnOp::Neg)] = slot_neg;
  if (has("__pos__")) t->unary[static_cast<int>(UnOp::Pos)] = slot_pos;
  if (has("__invert__")) t->unary[static_cast<int>(UnOp::Invert)] = slot_invert;
  set_binary_slots(t, std::make_index_sequence<static_cast<size_t>(BinOp::kCount)>());
}

// ---- C3 linearization ------------------------------------------------------------------------

bool c3_merge(std::vector<std::vector<Type*>> seqs, std::vector<Type*>* out,
              std::vector<Type*>* stuck) {
  for (;;) {
    seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }),
               seqs.end());
    if (seqs.empty()) return true;
    Type* candidate = nullptr;
    for (const auto& s : seqs) {
      Type* head = s.front();
      bool in_tail = std::any_of(seqs.begin(), seqs.end(), [head](const auto& other) {
        return std::find(other.begin() + 1, other.end(), head) != other.end();
      });
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (!candidate) {
      // What CPython names in its error: the heads that could not be placed.
      for (const auto& seq : seqs) {
        if (std::find(stuck->begin(), stuck->end(), seq.front()) == stuck->end())
          stuck->push_back(seq.front());
      }
      return false;
    }
    out->push_back(candidate);
    for (auto& s : seqs) {
      if (!s.empty() && s.front() == candidate) s.erase(s.begin());
    }
  }
}

void type_dealloc(Object* o) {
  Type* t = static_cast<Type*>(o);
  ++g_type_epoch;  // cached lookups may name this type (or values its dict held)
  if (t->dict) decref(Value(t->dict));
  if (t->type && (t->type->tflags & kTypeHeap)) decref(Value(t->type));
  for (Type* b : t->bases) {
    auto& subs = b->subclasses;
    subs.erase(std::remove(subs.begin(), subs.end(), t), subs.end());
    decref(Value(b));
  }
  delete t;
}

Ref type_repr(Value self) {
  Type* t = static_cast<Type*>(self.obj());
  std::string mod = "builtins";
  if (Value m = dict_get_str(t->dict, AP_NAME("__module__")); m && is_str(m)) mod = as_str(m)->data;
  std::string qual = t->name;
  if (Value q = dict_get_str(t->dict, AP_NAME("__qualname__")); q && is_str(q))
    qual = as_str(q)->data;
  if (mod == "builtins") return new_str("<class '" + qual + "'>");
  return new_str("<class '" + mod + "." + qual + "'>");
}

Ref type_getattr(Value self, Str* name) {
  Type* cls = static_cast<Type*>(self.obj());
  Type* meta = type_of(self);
  Value meta_attr = meta->lookup(name);
  if (meta_attr) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get && mt->descr_set) return mt->descr_get(meta_attr, self, Value(meta));
  }
  if (Value attr = cls->lookup(name)) {
    Type* at = type_of(attr);
    if (at->descr_get) return at->descr_get(attr, Value(), self);
    return Ref::borrow(attr);
  }
  if (meta_attr) {
    Type* mt = type_of(meta_attr);
    if (mt->descr_get) return mt->descr_get(meta_attr, self, Value(meta));
    return Ref::borrow(meta_attr);
  }
  return raise_attribute_error(
      self, name,
      "type object '" + cls->name + "' has no attribute '" + std::string(name->view()) + "'");
}

int type_set_name(Value self, Value v) {
  Type* t = static_cast<Type*>(self.obj());
  if (!(t->tflags & kTypeHeap)) {
    type_error("cannot set '__name__' attribute of immutable type '" + t->name + "'");
    return -1;
  }
  if (!v || !is_str(v)) {
    type_error("can only assign string to " + t->name + ".__name__, not '" +
               (v ? type_name(v) : std::string("NoneType")) + "'");
    return -1;
  }
  t->name = as_str(v)->data;
  return 0;
}

int type_setattr(Value self, Str* name, Value value) {
  Type* cls = static_cast<Type*>(self.obj());
  if (!(cls->tflags & kTypeHeap)) {
    type_error("cannot set '" + std::string(name->view()) + "' attribute of immutable type '" +
               cls->name + "'");
    return -1;
  }
  // __name__ lives in the class itself, not its dict (__qualname__ and __module__ are dict items).
  if (name->view() == "__name__") return type_set_name(self, value);
  int rc = value ? dict_set(cls->dict, Value(name), value) : dict_del(cls->dict, Value(name));
  if (rc == 0 && name->view().size() > 4 && name->view().substr(0, 2) == "__") fixup_slots(cls);
  return rc;
}

// type.__new__(mcls, name, bases, namespace, **kwds): a new class whose type is mcls (type itself
// or a metaclass). The keywords go to the parent's __init_subclass__. type(x) is x's type.
Ref type_new_slot(Type* mcls, Args args) {
  if (mcls == &g_type_type && args.npos == 1 && args.nkw() == 0) {
    return Ref::borrow(Value(type_of(args[0])));
  }
  if (args.npos != 3) {
    return type_error(mcls == &g_type_type ? "type() takes 1 or 3 arguments"
                                           : "type.__new__() takes exactly 3 arguments (" +
                                                 std::to_string(args.npos) + " given)");
  }
  if (!is_str(args[0])) {
    return type_error("type.__new__() argument 1 must be str, not " + type_name(args[0]));
  }
  if (type_of(args[1]) != &g_tuple_type) {
    return type_error("type.__new__() argument 2 must be tuple, not " + type_name(args[1]));
  }
  if (type_of(args[2]) != &g_dict_type && !type_of(args[2])->is_subtype_of(&g_dict_type)) {
    return type_error("type.__new__() argument 3 must be dict, not " + type_name(args[2]));
  }
  Ref ns = new_dict();
  Dict* src = static_cast<Dict*>(args[2].obj());
  int64_t pos = 0;
  Value k, v;
  while (dict_next(src, &pos, &k, &v)) {
    if (dict_set(static_cast<Dict*>(ns.get().obj()), k, v) < 0) return nullptr;
  }
  Dict* nsd = static_cast<Dict*>(ns.get().obj());
  if (!dict_get_str(nsd, AP_NAME("__module__"))) {
    if (Frame* f = thread_state().frame) {
      if (Value mod = dict_get_str(f->globals, AP_NAME("__name__")))
        dict_set_str(nsd, "__module__", mod);
    }
  }
  Args kw{args.items + 3, 0, args.kwnames};
  return type_new_from(mcls, as_str(args[0]), as_tuple(args[1]), nsd, kw);
}

// type.__init__(cls, name, bases, namespace, **kwds): the class is made by then.
int type_init_slot(Value, Args args) {
  if (args.npos != 1 && args.npos != 3) {
    type_error("type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

Ref type_call(Value self, Args args) {
  Type* cls = static_cast<Type*>(self.obj());
  if (cls == &g_type_type) {
    if (args.npos == 1 && args.nkw() == 0) return Ref::borrow(Value(type_of(args[0])));
    if (args.npos != 3) return type_error("type() takes 1 or 3 arguments");
    return type_new_slot(&g_type_type, args);
  }
  if (!cls->new_) return type_error("cannot create '" + cls->name + "' instances");
  Ref obj = cls->new_(cls, args);
  if (!obj) return nullptr;
  Type* ot = type_of(obj.get());
  if (ot->is_subtype_of(cls) && ot->init) {
    if (ot->init(obj.get(), args) < 0) return nullptr;
  }
  return obj;
}

Ref type_getset_name(Value self) {
  return new_str(static_cast<Type*>(self.obj())->name);
}
Ref type_getset_qualname(Value self) {
  Type* t = static_cast<Type*>(self.obj());
  // (The dict of `type` itself holds these descriptors under the same names.)
  if (Value q = dict_get_str(t->dict, AP_NAME("__qualname__")); q && is_str(q)) {
    return Ref::borrow(q);
  }
  return new_str(t->name);
}
Ref type_getset_mro(Value self) {
  Type* t = static_cast<Type*>(self.obj());
  Ref tup = new_tuple(static_cast<int64_t>(t->mro.size()));
  for (size_t i = 0; i < t->mro.size(); ++i)
    as_tuple(tup.get())->items[i] = newref(Value(t->mro[i]));
  return tup;
}
Ref type_getset_bases(Value self) {
  Type* t = static_cast<Type*>(self.obj());
  Ref tup = new_tuple(static_cast<int64_t>(t->bases.size()));
  for (size_t i = 0; i < t->bases.size(); ++i)
    as_tuple(tup.get())->items[i] = newref(Value(t->bases[i]));
  return tup;
}
Ref type_getset_base(Value self) {
  Type* t = static_cast<Type*>(self.obj());
  return Ref::borrow(t->base ? Value(t->base) : none());
}
Ref type_getset_dict(Value self) {
  return new_mappingproxy(Value(static_cast<Type*>(self.obj())->dict));
}
Ref type_getset_module(Value self) {
  Type* t = static_cast<Type*>(self.obj());
  if (Value m = dict_get_str(t->dict, AP_NAME("__module__"));
      m && ((t->tflags & kTypeHeap) || is_str(m))) {
    return Ref::borrow(m);
  }
  return new_str("builtins");
}
Ref type_getset_doc(Value self) {
  Type* t = static_cast<Type*>(self.obj());
  if (Value d = dict_get_str(t->dict, AP_NAME("__doc__"));
      d && ((t->tflags & kTypeHeap) || is_str(d))) {
    return Ref::borrow(d);
  }
  return new_none();
}

Ref type_method_subclasses(Value self, Args) {
  Ref l = new_list();
  for (Type* sub : static_cast<Type*>(self.obj())->subclasses)
    list_append(as_list(l.get()), Value(sub));
  return l;
}
Ref type_method_mro(Value self, Args) {
  Ref t = type_getset_mro(self);
  Ref l = new_list();
  for (int64_t i = 0; i < as_tuple(t.get())->size; ++i)
    list_append(as_list(l.get()), as_tuple(t.get())->items[i]);
  return l;
}

Ref object_method_init(Value self, Args args) {
  if (object_init(self, args) < 0) return nullptr;
  return new_none();
}
Ref object_method_new(Value, Args args) {
  if (args.npos < 1 || !is_class(args[0]))
    return type_error("object.__new__(X): X is not a type object");
  Args rest{args.items + 1, args.npos - 1, args.kwnames};
  // Arguments are accepted here when the class overrides __init__ or __new__.
  Type* t = static_cast<Type*>(args[0].obj());
  if (static_base(t) != &g_object_type) {
    // Named as CPython names it: the nearest class that does not define __new__ in Python.
    Type* named = t;
    while (named->base && named->new_ == slot_new) named = named->base;
    return type_error("object.__new__(" + t->name + ") is not safe, use " + named->name +
                      ".__new__()");
  }
  Object* o = alloc_object(t);
  (void)rest;
  if (!o) return nullptr;
  return Ref::steal(Value(o));
}
Ref object_method_repr(Value self, Args) {
  return object_repr(self);
}
Ref object_method_str(Value self, Args) {
  return repr(self);
}
Ref object_method_eq(Value self, Args args) {
  if (!check_nargs("__eq__", args, 1, 1)) return nullptr;
  return object_compare(self, args[0], CmpOp::Eq);
}
Ref object_method_ne(Value self, Args args) {
  if (!check_nargs("__ne__", args, 1, 1)) return nullptr;
  return object_compare(self, args[0], CmpOp::Ne);
}
Ref object_method_hash(Value self, Args) {
  int64_t h = 0;
  object_hash(self, &h);
  return new_int(h);
}
Ref object_method_setattr(Value self, Args args) {
  if (!check_nargs("__setattr__", args, 2, 2)) return nullptr;
  if (!is_str(args[0])) return type_error("attribute name must be string");
  if (generic_setattr(self, intern(as_str(args[0])->view()), args[1]) < 0) return nullptr;
  return new_none();
}
Ref object_method_delattr(Value self, Args args) {
  if (!check_nargs("__delattr__", args, 1, 1)) return nullptr;
  if (generic_setattr(self, intern(as_str(args[0])->view()), Value()) < 0) return nullptr;
  return new_none();
}
Ref object_method_getattribute(Value self, Args args) {
  if (!check_nargs("__getattribute__", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) return type_error("attribute name must be string");
  return generic_getattr(self, intern(as_str(args[0])->view()));
}
// type.__setattr__/__delattr__/__getattribute__, which a metaclass's own reach through super().
Ref type_method_setattr(Value self, Args args) {
  if (!check_nargs("__setattr__", args, 2, 2)) return nullptr;
  if (!is_str(args[0])) return type_error("attribute name must be string");
  if (type_setattr(self, intern(as_str(args[0])->view()), args[1]) < 0) return nullptr;
  return new_none();
}
Ref type_method_delattr(Value self, Args args) {
  if (!check_nargs("__delattr__", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) return type_error("attribute name must be string");
  Str* name = intern(as_str(args[0])->view());
  Type* cls = static_cast<Type*>(self.obj());
  if ((cls->tflags & kTypeHeap) && !dict_get_str(cls->dict, name)) {
    return raise_attribute_error(
        self, name,
        "type object '" + cls->name + "' has no attribute '" + std::string(name->view()) + "'");
  }
  if (type_setattr(self, name, Value()) < 0) return nullptr;
  return new_none();
}
Ref type_method_getattribute(Value self, Args args) {
  if (!check_nargs("__getattribute__", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) return type_error("attribute name must be string");
  return type_getattr(self, intern(as_str(args[0])->view()));
}
// object.__subclasshook__(cls, sub): NotImplemented, so that abc's hooks can defer to it.
Ref object_method_subclasshook(Value, Args) {
  return Ref::borrow(not_implemented());
}
Ref object_method_init_subclass(Value cls, Args args) {
  if (args.npos || args.nkw()) {
    return type_error(static_cast<Type*>(cls.obj())->name +
                      ".__init_subclass__() takes no keyword arguments");
  }
  return new_none();
}

// ---- type's methods, for metaclasses and their super() calls --------------------------------

Ref type_method_new(Value, Args args) {
  if (args.npos < 1 || !is_class(args[0])) {
    return type_error("type.__new__(X): X is not a type object");
  }
  Type* mcls = static_cast<Type*>(args[0].obj());
  if (!mcls->is_subtype_of(&g_type_type)) {
    return type_error("type.__new__(" + mcls->name + "): " + mcls->name +
                      " is not a subtype of type");
  }
  return type_new_slot(mcls, Args{args.items + 1, args.npos - 1, args.kwnames});
}
Ref type_method_init(Value self, Args args) {
  if (type_init_slot(self, args) < 0) return nullptr;
  return new_none();
}
Ref type_method_call(Value self, Args args) {
  return type_call(self, args);
}
Ref type_method_prepare(Value, Args) {
  return new_dict();
}
Ref type_method_instancecheck(Value self, Args args) {
  if (!check_nargs("__instancecheck__", args, 1, 1)) return nullptr;
  return new_bool(is_instance(args[0], static_cast<Type*>(self.obj())));
}
Ref type_method_subclasscheck(Value self, Args args) {
  if (!check_nargs("__subclasscheck__", args, 1, 1)) return nullptr;
  if (!is_class(args[0])) return type_error("issubclass() arg 1 must be a class");
  return new_bool(static_cast<Type*>(args[0].obj())->is_subtype_of(static_cast<Type*>(self.obj())));
}
Ref object_method_format(Value self, Args args) {
  if (!check_nargs("__format__", args, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return type_error("__format__() argument must be str, not " + type_name(args[0]));
  if (!as_str(args[0])->data.empty()) {
    return type_error("unsupported format string passed to " + type_name(self) + ".__format__");
  }
  return str(self);
}
Ref object_getset_class(Value self) {
  return Ref::borrow(Value(type_of(self)));
}
Ref object_getset_dict(Value self) {
  Dict** slot = instance_dict_slot(self);
  if (!slot)
    return raise(g_AttributeError, "'" + type_name(self) + "' object has no attribute '__dict__'");
  if (!*slot) *slot = static_cast<Dict*>(new_dict().release().obj());
  return Ref::borrow(Value(*slot));
}

}  // namespace

// ---- __slots__ ----------------------------------------------------------------------------------

// The type whose instance layout `t` has: the nearest class along the base chain that adds
// fields, i.e. a class with __slots__ of its own or a built-in type bigger than its base (a class
// that only adds a __dict__ shares its base's layout, as KeyError shares BaseException's).
Type* layout_of(Type* t) {
  while (Type* b = t->base) {
    if (t->tflags & kTypeHeap ? t->nslots != 0 : t->basicsize != b->basicsize) break;
    t = b;
  }
  return t;
}

bool slot_name_ok(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  uint32_t c = decode_utf8(s, &i);
  if (c != '_' && !is_xid_start(c)) return false;
  while (i < s.size()) {
    if (!is_xid_continue(decode_utf8(s, &i))) return false;
  }
  return true;
}

// What a class body's __slots__ asks for: instance fields by name (private ones mangled, as the
// class's code refers to them), and whether a __dict__ too.
struct SlotRequest {
  bool present = false;
  bool dict = false;
  std::vector<Ref> names;
};

bool read_slots(Dict* ns, const std::string& class_name, bool base_has_dict, SlotRequest* out) {
  Value spec = dict_get_str(ns, AP_NAME("__slots__"));
  if (!spec) return true;
  out->present = true;
  std::vector<Ref> items;
  if (is_str(spec)) {
    items.push_back(Ref::borrow(spec));
  } else {
    Ref it = get_iter(spec);
    if (!it) return false;
    while (Ref item = iter_next(it.get())) items.push_back(std::move(item));
    if (error_occurred()) return false;
  }
  for (Ref& item : items) {
    if (!is_str(item.get())) {
      type_error("__slots__ items must be strings, not '" + type_name(item.get()) + "'");
      return false;
    }
    std::string_view n = as_str(item.get())->view();
    if (!slot_name_ok(n)) {
      type_error("__slots__ must be identifiers");
      return false;
    }
    if (n == "__dict__") {
      if (out->dict || base_has_dict) {
        type_error("__dict__ slot disallowed: we already got one");
        return false;
      }
      out->dict = true;
      continue;
    }
    if (n == "__weakref__") continue;  // no weak references here: nothing to reserve
    Str* interned = intern(mangle(class_name, std::string(n)));
    if (dict_get_str(ns, interned)) {
      raise(g_ValueError,
            "'" + std::string(interned->view()) + "' in __slots__ conflicts with class variable");
      return false;
    }
    out->names.push_back(Ref::borrow(Value(interned)));
  }
  return true;
}

bool Type::lookup_heap(std::string_view name) const {
  Str* n = intern(name);
  for (const Type* t : mro) {
    if (!(t->tflags & kTypeHeap)) return false;  // built-in bases keep their own slots
    if (t->dict && dict_get_str(t->dict, n)) return true;
  }
  return false;
}

Ref type_new_from(Type* meta, Str* name, Tuple* bases_tuple, Dict* ns, Args init_subclass) {
  std::vector<Type*> bases;
  for (int64_t i = 0; i < bases_tuple->size; ++i) {
    Value b = bases_tuple->items[i];
    if (type_of(b) != &g_type_type && !type_of(b)->is_subtype_of(&g_type_type)) {
      return type_error("bases must be types");
    }
    Type* bt = static_cast<Type*>(b.obj());
    if (!(bt->tflags & kTypeBaseType)) {
      return type_error("type '" + bt->name + "' is not an acceptable base type");
    }
    if (std::find(bases.begin(), bases.end(), bt) != bases.end()) {
      return type_error("duplicate base class " + bt->name);
    }
    bases.push_back(bt);
  }
  if (bases.empty()) bases.push_back(&g_object_type);

  // The solid base decides the instance layout: the one whose layout extends every other's.
  Type* solid = bases[0];
  for (Type* b : bases) {
    if (layout_of(b)->is_subtype_of(layout_of(solid))) solid = b;
  }
  bool base_has_dict = false;
  for (Type* b : bases) {
    if (!layout_of(solid)->is_subtype_of(layout_of(b))) {
      return type_error("multiple bases have instance lay-out conflict");
    }
    base_has_dict = base_has_dict || b->dict_offset != 0;
  }
  SlotRequest slots;
  if (!read_slots(ns, std::string(name->view()), base_has_dict, &slots)) return nullptr;
  if (!slots.names.empty()) {
    Type* builtin = layout_of(solid);
    while (builtin->tflags & kTypeHeap) builtin = builtin->base;
    if (builtin == &g_int_type || builtin == &g_tuple_type || builtin == &g_bool_type ||
        builtin == &g_type_type) {
      return type_error("nonempty __slots__ not supported for subtype of '" + builtin->name + "'");
    }
  }

  std::vector<std::vector<Type*>> seqs;
  for (Type* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<Type*> tail, stuck;
  if (!c3_merge(seqs, &tail, &stuck)) {
    std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
    for (size_t i = 0; i < stuck.size(); ++i) msg += (i ? ", " : " ") + stuck[i]->name;
    return type_error(msg);
  }

  Type* t = new Type();
  t->refcnt = 1;
  t->type = meta;
  if (meta->tflags & kTypeHeap) incref(Value(meta));  // released by type_dealloc
  t->name = std::string(name->view());
  t->base = solid;
  t->bases = bases;
  for (Type* b : bases) {
    incref(Value(b));
    b->subclasses.push_back(t);
  }
  t->mro.push_back(t);
  t->mro.insert(t->mro.end(), tail.begin(), tail.end());
  t->dict = ns;
  incref(Value(ns));
  ns->of_type = true;
  ++g_type_epoch;
  t->tflags = kTypeHeap | kTypeBaseType | (solid->tflags & kTypeIsException);
  auto aligned = [](size_t n, size_t a) { return (n + a - 1) / a * a; };
  t->basicsize = solid->basicsize;
  if (!slots.names.empty()) {
    // Slots go after the solid base's layout (and after its __dict__ pointer, if it has one).
    t->slots_offset = aligned(t->basicsize, alignof(Value));
    t->nslots = static_cast<uint32_t>(slots.names.size());
    t->basicsize = t->slots_offset + t->nslots * sizeof(Value);
    for (uint32_t i = 0; i < t->nslots; ++i) {
      Str* slot_name = as_str(slots.names[i].get());
      Ref member = new_member_descr(t, slot_name, t->slots_offset + i * sizeof(Value));
      // (Out of memory: the half-made class is left behind, unreachable.)
      if (!member || dict_set(ns, Value(slot_name), member.get()) < 0) return nullptr;
    }
  }
  // A metaclass's instances are classes: Type objects, made by type.__new__ and released by
  // type_dealloc, whose attributes live in their own dict.
  const bool metaclass = layout_of(solid)->is_subtype_of(&g_type_type);
  t->dict_offset = solid->dict_offset;
  if (!metaclass && !t->dict_offset && (!slots.present || slots.dict || base_has_dict)) {
    t->dict_offset = aligned(t->basicsize, alignof(Dict*));
    t->basicsize = t->dict_offset + sizeof(Dict*);
  }
  if (t->dict_offset) t->tflags |= kTypeHasDict;
  t->dealloc = metaclass ? solid->dealloc : subtype_dealloc;
  // Slots: inherited from the solid base, then pointed at the dunders classes define.
#define COPY(slot) t->slot = solid->slot
  COPY(traverse);
  COPY(repr);
  COPY(str);
  COPY(hash);
  COPY(compare);
  COPY(getattr);
  COPY(setattr);
  COPY(iter);
  COPY(next);
  COPY(len);
  COPY(getitem);
  COPY(setitem);
  COPY(contains);
  COPY(truth);
  COPY(new_);
  COPY(init);
  COPY(descr_get);
  COPY(descr_set);
  COPY(call);
#undef COPY
  std::copy(std::begin(solid->binary), std::end(solid->binary), std::begin(t->binary));
  std::copy(std::begin(solid->rbinary), std::end(solid->rbinary), std::begin(t->rbinary));
  std::copy(std::begin(solid->inplace), std::end(solid->inplace), std::begin(t->inplace));
  std::copy(std::begin(solid->unary), std::end(solid->unary), std::begin(t->unary));
  // Slots of heap bases other than the solid one (mixins) come from their dunders.
  fixup_slots(t);
  // A class that defines __eq__ without __hash__ is unhashable.
  if (dict_get_str(ns, AP_NAME("__eq__")) && !dict_get_str(ns, AP_NAME("__hash__"))) {
    dict_set_str(ns, "__hash__", none());
    t->hash = nullptr;
  }
  // __new__ given as a plain function is a static method.
  if (Value nf = dict_get_str(ns, AP_NAME("__new__")); nf && type_of(nf) == &g_function_type) {
    Ref sm = new_staticmethod(nf);
    dict_set_str(ns, "__new__", sm.get());
  }
  // __init_subclass__ and __class_getitem__ are implicit class methods.
  for (const char* implicit : {"__init_subclass__", "__class_getitem__"}) {
    if (Value f = dict_get_str(ns, intern(implicit)); f && type_of(f) == &g_function_type) {
      Ref cm = new_classmethod(f);
      dict_set_str(ns, implicit, cm.get());
    }
  }
  Ref result = Ref::steal(Value(t));

  // __set_name__ on descriptors defined in the body.
  std::vector<std::pair<Value, Value>> items;
  {
    int64_t pos = 0;
    Value k, v;
    while (dict_next(ns, &pos, &k, &v)) items.emplace_back(k, v);
  }
  for (auto [k, v] : items) {
    if (!v.is_object()) continue;
    if (Value sn = type_of(v)->lookup(AP_NAME("__set_name__"))) {
      if (!call_unbound(sn, v, {Value(t), k})) return nullptr;
    }
  }
  // __init_subclass__ of the parent.
  if (Value isc = solid_parent_init_subclass(t)) {
    Ref bound = type_of(isc)->descr_get ? type_of(isc)->descr_get(isc, Value(), Value(t))
                                        : Ref::borrow(isc);
    if (!bound || !call(bound.get(), init_subclass)) return nullptr;
  } else if (init_subclass.nkw()) {
    // object.__init_subclass__ takes no keywords.
    return type_error(std::string(name->view()) +
                      ".__init_subclass__() takes no keyword arguments");
  }
  return result;
}

Value solid_parent_init_subclass(Type* t) {
  Str* n = AP_NAME("__init_subclass__");
  for (size_t i = 1; i < t->mro.size(); ++i) {
    Type* b = t->mro[i];
    if (!(b->tflags & kTypeHeap)) return Value();
    if (Value f = dict_get_str(b->dict, n)) return f;
  }
  return Value();
}

// The metaclass of a class statement: the explicit one or type, made the most derived of it and
// the metaclasses of the bases (CPython's rule; a conflict is a TypeError).
Type* most_derived_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->size; ++i) {
    Type* bt = type_of(bases->items[i]);
    if (winner->is_subtype_of(bt)) continue;
    if (bt->is_subtype_of(winner)) {
      winner = bt;
      continue;
    }
    type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
        "the metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

Ref build_class(Value self, Args args) {
  (void)self;
  if (args.npos < 2) return type_error("__build_class__: not enough arguments");
  if (type_of(args[0]) != &g_function_type)
    return type_error("__build_class__: func must be a function");
  if (!is_str(args[1])) return type_error("__build_class__: name is not a string");
  Function* body = static_cast<Function*>(args[0].obj());
  Ref bases = new_tuple_from(args.items + 2, static_cast<int64_t>(args.npos - 2));
  // PEP 560: a base that is not a class (typing's Generic[T]) names the classes to use instead
  // with __mro_entries__(bases); the bases as written are kept as __orig_bases__.
  Ref orig_bases;
  {
    std::vector<Ref> resolved;
    bool changed = false;
    Tuple* written = as_tuple(bases.get());
    for (int64_t i = 0; i < written->size; ++i) {
      Value b = written->items[i];
      bool found = false;
      Ref entries = is_class(b) ? Ref() : getattr_optional(b, AP_NAME("__mro_entries__"), &found);
      if (!found) {
        if (error_occurred()) return nullptr;
        resolved.push_back(Ref::borrow(b));
        continue;
      }
      Ref got = call(entries.get(), {bases.get()});
      if (!got) return nullptr;
      if (type_of(got.get()) != &g_tuple_type)
        return type_error("__mro_entries__ must return a tuple");
      Tuple* gt = as_tuple(got.get());
      for (int64_t j = 0; j < gt->size; ++j) resolved.push_back(Ref::borrow(gt->items[j]));
      changed = true;
    }
    if (changed) {
      std::vector<Value> items;
      for (const Ref& r : resolved) items.push_back(r.get());
      orig_bases = std::move(bases);
      bases = new_tuple_from(items.data(), static_cast<int64_t>(items.size()));
    }
  }
  Tuple* bases_tuple = as_tuple(bases.get());
  // The class statement's keywords: metaclass=, and the rest for the metaclass (and from there
  // for the parent's __init_subclass__).
  Value metaclass;
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (as_str(args.kwnames->items[i])->view() == "metaclass") {
      metaclass = args.kw_value(i);
    } else {
      kw_names.push_back(args.kwnames->items[i]);
      kw_values.push_back(args.kw_value(i));
    }
  }
  Ref kwnames;
  if (!kw_names.empty()) {
    kwnames = new_tuple_from(kw_names.data(), static_cast<int64_t>(kw_names.size()));
  }
  Tuple* kwtuple = kwnames ? as_tuple(kwnames.get()) : nullptr;
  // A metaclass that is a class is reconciled with the bases' metaclasses; any other callable is
  // called as it is.
  Value meta = metaclass ? metaclass : Value(&g_type_type);
  if (is_class(meta)) {
    Type* winner = most_derived_metaclass(static_cast<Type*>(meta.obj()), bases_tuple);
    if (!winner) return nullptr;
    meta = Value(winner);
  }
  // The namespace: type.__prepare__'s dict, or what the metaclass's __prepare__ gives.
  Ref ns;
  Value prepare = is_class(meta) && meta != Value(&g_type_type)
                      ? static_cast<Type*>(meta.obj())->lookup(AP_NAME("__prepare__"))
                      : Value();
  if (prepare && type_of(prepare) == &g_classmethod_type) {
    std::vector<Value> pa{args[1], bases.get()};
    pa.insert(pa.end(), kw_values.begin(), kw_values.end());
    Ref bound = type_of(prepare)->descr_get(prepare, Value(), meta);
    if (!bound) return nullptr;
    ns = call(bound.get(), Args{pa.data(), 2, kwtuple});
    if (!ns) return nullptr;
    if (type_of(ns.get()) != &g_dict_type && !type_of(ns.get())->is_subtype_of(&g_dict_type)) {
      return type_error(static_cast<Type*>(meta.obj())->name +
                        ".__prepare__() must return a mapping, not " + type_name(ns.get()));
    }
  } else {
    ns = new_dict();
  }
  if (orig_bases &&
      dict_set_str(static_cast<Dict*>(ns.get().obj()), "__orig_bases__", orig_bases.get()) < 0) {
    return nullptr;
  }
  Ref cell = run_class_body(body, static_cast<Dict*>(ns.get().obj()));
  if (!cell) return nullptr;
  Ref cls;
  if (meta == Value(&g_type_type)) {
    Args kw{kw_values.data(), 0, kwtuple};
    cls = type_new_from(&g_type_type, as_str(args[1]), bases_tuple,
                        static_cast<Dict*>(ns.get().obj()), kw);
  } else {
    std::vector<Value> ca{args[1], bases.get(), ns.get()};
    ca.insert(ca.end(), kw_values.begin(), kw_values.end());
    cls = call(meta, Args{ca.data(), 3, kwtuple});
  }
  if (!cls) return nullptr;
  if (type_of(cell.get()) == &g_cell_type) {
    Cell* c = static_cast<Cell*>(cell.get().obj());
    decref(c->ref);
    c->ref = newref(cls.get());
  }
  return cls;
}

void init_object_and_type() {
  type_init(&g_object_type, "object", nullptr, sizeof(Object), object_dealloc);
  g_object_type.repr = object_repr;
  g_object_type.str = object_str;
  g_object_type.hash = object_hash;
  g_object_type.compare = object_compare;
  g_object_type.getattr = generic_getattr;
  g_object_type.setattr = generic_setattr;
  g_object_type.new_ = object_new;
  g_object_type.init = object_init;

  type_init(&g_type_type, "type", &g_object_type, sizeof(Type), type_dealloc);
  g_type_type.repr = type_repr;
  g_type_type.getattr = type_getattr;
  g_type_type.setattr = type_setattr;
  g_type_type.call = type_call;
  g_type_type.hash = object_hash;
  // The two were created before `type` existed.
  g_object_type.type = &g_type_type;
  g_type_type.type = &g_type_type;

  add_method(&g_object_type, "__init__", object_method_init);
  add_staticmethod(&g_object_type, "__new__", object_method_new);
  add_method(&g_object_type, "__repr__", object_method_repr);
  add_method(&g_object_type, "__str__", object_method_str);
  add_method(&g_object_type, "__eq__", object_method_eq);
  add_method(&g_object_type, "__ne__", object_method_ne);
  add_method(&g_object_type, "__hash__", object_method_hash);
  add_method(&g_object_type, "__setattr__", object_method_setattr);
  add_method(&g_object_type, "__delattr__", object_method_delattr);
  add_method(&g_object_type, "__getattribute__", object_method_getattribute);
  add_method(&g_object_type, "__format__", object_method_format);
  add_classmethod(&g_object_type, "__init_subclass__", object_method_init_subclass);
  add_classmethod(&g_object_type, "__subclasshook__", object_method_subclasshook);
  add_getset(&g_object_type, "__class__", object_getset_class);
  add_getset(&g_object_type, "__dict__", object_getset_dict);

  add_getset(&g_type_type, "__name__", type_getset_name, type_set_name);
  add_getset(&g_type_type, "__qualname__", type_getset_qualname);
  add_getset(&g_type_type, "__mro__", type_getset_mro);
  add_getset(&g_type_type, "__bases__", type_getset_bases);
  add_getset(&g_type_type, "__base__", type_getset_base);
  add_getset(&g_type_type, "__dict__", type_getset_dict);
  add_getset(&g_type_type, "__module__", type_getset_module);
  add_getset(&g_type_type, "__doc__", type_getset_doc);
  add_method(&g_type_type, "__subclasses__", type_method_subclasses);
  g_type_type.new_ = type_new_slot;
  g_type_type.init = type_init_slot;
  add_staticmethod(&g_type_type, "__new__", type_method_new);
  add_method(&g_type_type, "__init__", type_method_init);
  add_method(&g_type_type, "__call__", type_method_call);
  add_method(&g_type_type, "__setattr__", type_method_setattr);
  add_method(&g_type_type, "__delattr__", type_method_delattr);
  add_method(&g_type_type, "__getattribute__", type_method_getattribute);
  add_classmethod(&g_type_type, "__prepare__", type_method_prepare);
  add_method(&g_type_type, "__instancecheck__", type_method_instancecheck);
  add_method(&g_type_type, "__subclasscheck__", type_method_subclasscheck);
  add_method(&g_type_type, "mro", type_method_mro);
}

}  // namespace asyncplay::lang
