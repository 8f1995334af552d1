// The builtins that are about values (len, min, sorted, round, int(), dict(), ...), the helpers
// the built-in type files share (argument parsing, repr recursion guard, slot wrappers), and the
// initialization of the value types in order.
#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "core/lang/errors.h"
#include "core/lang/genobject.h"
#include "core/lang/numfmt.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

extern Type g_enumerate_type, g_zip_type, g_map_type, g_filter_type, g_reversed_type;

// ---- helpers shared by the type files -----------------------------------------------------------

namespace {
thread_local std::vector<Object*> t_repr_stack;
}  // namespace

bool repr_enter(Object* o) {
  if (std::find(t_repr_stack.begin(), t_repr_stack.end(), o) != t_repr_stack.end()) return true;
  t_repr_stack.push_back(o);
  return false;
}

void repr_leave(Object* o) {
  for (size_t i = t_repr_stack.size(); i-- > 0;) {
    if (t_repr_stack[i] == o) {
      t_repr_stack.erase(t_repr_stack.begin() + static_cast<ptrdiff_t>(i));
      return;
    }
  }
}

bool parse_args(const char* fname, Args args, std::initializer_list<const char*> names,
                size_t max_pos, Value* out) {
  const size_t n = names.size();
  for (size_t i = 0; i < n; ++i) out[i] = Value();
  if (args.npos > max_pos) {
    if (max_pos == 0) {
      type_error(std::string(fname) + "() takes no positional arguments");
    } else {
      type_error(std::string(fname) + "() takes at most " + std::to_string(max_pos) + " argument" +
                 (max_pos == 1 ? "" : "s") + " (" + std::to_string(args.npos) + " given)");
    }
    return false;
  }
  for (size_t i = 0; i < args.npos; ++i) out[i] = args[i];
  for (size_t k = 0; k < args.nkw(); ++k) {
    std::string_view key = as_str(args.kwnames->items[k])->view();
    size_t i = 0;
    for (const char* name : names) {
      if (key == name) break;
      ++i;
    }
    if (i == n) {
      type_error("'" + std::string(key) + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
    if (out[i]) {
      type_error("argument for " + std::string(fname) + "() given by name ('" + std::string(key) +
                 "') and position (" + std::to_string(i + 1) + ")");
      return false;
    }
    out[i] = args.kw_value(k);
  }
  return true;
}

bool check_args_old(const char* fname, Args args, size_t min, size_t max) {
  if (args.nkw()) {
    type_error(std::string("str.") + fname + "() takes no keyword arguments");
    return false;
  }
  const size_t n = args.npos;
  if (n < min) {
    type_error(std::string(fname) + "() takes at least " + std::to_string(min) + " argument" +
               (min == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    return false;
  }
  if (n > max) {
    type_error(std::string(fname) + "() takes at most " + std::to_string(max) + " argument" +
               (max == 1 ? "" : "s") + " (" + std::to_string(n) + " given)");
    return false;
  }
  return true;
}

Type* builtin_base(Type* t) {
  while (t && (t->tflags & kTypeHeap)) t = t->base;
  return t;
}

Ref call_dunder0(Value self, const char* name, bool* found) {
  return call_special(self, intern(name), {}, found);
}

// ---- slot wrappers
// ---------------------------------------------------------------------------------

namespace {

Type* owner(Value self) {
  return builtin_base(type_of(self));
}

bool want(const char* name, Args args, size_t n) {
  return check_nargs(name, args, n, n);
}

Ref w_repr(Value self, Args args) {
  if (!want("__repr__", args, 0)) return nullptr;
  return owner(self)->repr(self);
}
Ref w_str(Value self, Args args) {
  if (!want("__str__", args, 0)) return nullptr;
  return owner(self)->str(self);
}
Ref w_hash(Value self, Args args) {
  if (!want("__hash__", args, 0)) return nullptr;
  int64_t h = 0;
  if (!owner(self)->hash(self, &h)) return nullptr;
  return new_int(h);
}
template <CmpOp op>
Ref w_compare(Value self, Args args) {
  if (!check_nargs("expected", args, 1, 1)) return nullptr;
  return owner(self)->compare(self, args[0], op);
}
Ref w_iter(Value self, Args args) {
  if (!want("__iter__", args, 0)) return nullptr;
  return owner(self)->iter(self);
}
Ref w_next(Value self, Args args) {
  if (!want("__next__", args, 0)) return nullptr;
  Ref r = owner(self)->next(self);
  if (!r && !error_occurred()) return raise_empty(g_StopIteration);
  return r;
}
Ref w_len(Value self, Args args) {
  if (!want("__len__", args, 0)) return nullptr;
  int64_t n = owner(self)->len(self);
  if (n < 0) return nullptr;
  return new_int(n);
}
Ref w_getitem(Value self, Args args) {
  if (!want("__getitem__", args, 1)) return nullptr;
  return owner(self)->getitem(self, args[0]);
}
Ref w_setitem(Value self, Args args) {
  if (!check_nargs("__setitem__", args, 2, 2)) return nullptr;
  if (owner(self)->setitem(self, args[0], args[1]) < 0) return nullptr;
  return new_none();
}
Ref w_delitem(Value self, Args args) {
  if (!want("__delitem__", args, 1)) return nullptr;
  if (owner(self)->setitem(self, args[0], Value()) < 0) return nullptr;
  return new_none();
}
Ref w_contains(Value self, Args args) {
  if (!want("__contains__", args, 1)) return nullptr;
  int r = owner(self)->contains(self, args[0]);
  if (r < 0) return nullptr;
  return new_bool(r);
}
Ref w_bool(Value self, Args args) {
  if (!want("__bool__", args, 0)) return nullptr;
  int r = owner(self)->truth(self);
  if (r < 0) return nullptr;
  return new_bool(r);
}
Ref w_init(Value self, Args args) {
  if (owner(self)->init(self, args) < 0) return nullptr;
  return new_none();
}
Ref w_call(Value self, Args args) {
  return owner(self)->call(self, args);
}
Ref w_new(Value, Args args) {
  if (args.npos == 0) return type_error("__new__(): not enough arguments");
  Value cls = args[0];
  if (!is_instance(cls, &g_type_type)) {
    return type_error("__new__(X): X is not a type object (" + type_name(cls) + ")");
  }
  Type* t = static_cast<Type*>(cls.obj());
  Type* base = builtin_base(t);
  return base->new_(t, Args{args.items + 1, args.npos - 1, args.kwnames});
}
template <int I>
Ref w_binary(Value self, Args args) {
  if (!check_nargs("expected", args, 1, 1)) return nullptr;
  BinaryFn f = owner(self)->binary[I];
  return f ? f(self, args[0]) : Ref::borrow(not_implemented());
}
template <int I>
Ref w_rbinary(Value self, Args args) {
  if (!check_nargs("expected", args, 1, 1)) return nullptr;
  BinaryFn f = owner(self)->rbinary[I];
  return f ? f(self, args[0]) : Ref::borrow(not_implemented());
}
template <int I>
Ref w_inplace(Value self, Args args) {
  if (!check_nargs("expected", args, 1, 1)) return nullptr;
  BinaryFn f = owner(self)->inplace[I];
  return f ? f(self, args[0]) : Ref::borrow(not_implemented());
}
template <int I>
Ref w_unary(Value self, Args args) {
  if (!check_nargs("expected", args, 0, 0)) return nullptr;
  return owner(self)->unary[I](self);
}

const char* const kBinNames[] = {"add",    "sub",    "mul", "matmul", "truediv", "mod",     "pow",
                                 "lshift", "rshift", "or",  "xor",    "and",     "floordiv"};

struct BinWrappers {
  NativeFn b, r, i;
};

template <size_t... I>
constexpr auto make_bin_wrappers(std::index_sequence<I...>) {
  return std::array<BinWrappers, sizeof...(I)>{
      BinWrappers{w_binary<I>, w_rbinary<I>, w_inplace<I>}...};
}

void add_if_missing(Type* t, const char* name, NativeFn fn, bool is_static = false) {
  if (dict_get_str(t->dict, intern(name))) return;
  if (is_static) {
    add_staticmethod(t, name, fn);
  } else {
    add_method(t, name, fn);
  }
}

}  // namespace

// descriptor.__get__(obj, type=None), __set__(obj, value), __delete__(obj).
Ref w_get(Value self, Args args) {
  if (!check_nargs("__get__", args, 1, 2)) return nullptr;
  Value obj = args[0] == none() ? Value() : args[0];
  Value type = args.npos > 1 && args[1] != none() ? args[1] : Value();
  if (!obj && !type) return type_error("__get__(None, None) is invalid");
  if (!type) type = Value(type_of(obj));
  return type_of(self)->descr_get(self, obj, type);
}
Ref w_set(Value self, Args args) {
  if (!check_nargs("__set__", args, 2, 2)) return nullptr;
  if (type_of(self)->descr_set(self, args[0], args[1]) < 0) return nullptr;
  return new_none();
}
Ref w_delete(Value self, Args args) {
  if (!check_nargs("__delete__", args, 1, 1)) return nullptr;
  if (type_of(self)->descr_set(self, args[0], Value()) < 0) return nullptr;
  return new_none();
}

void add_slot_wrappers(Type* t) {
  Type* b = t->base;
  auto differs = [b](auto mine, auto theirs) { return mine && (!b || mine != theirs); };
  if (differs(t->repr, b ? b->repr : nullptr)) add_if_missing(t, "__repr__", w_repr);
  if (differs(t->str, b ? b->str : nullptr)) add_if_missing(t, "__str__", w_str);
  if (differs(t->hash, b ? b->hash : nullptr)) add_if_missing(t, "__hash__", w_hash);
  if (differs(t->compare, b ? b->compare : nullptr)) {
    add_if_missing(t, "__lt__", w_compare<CmpOp::Lt>);
    add_if_missing(t, "__le__", w_compare<CmpOp::Le>);
    add_if_missing(t, "__eq__", w_compare<CmpOp::Eq>);
    add_if_missing(t, "__ne__", w_compare<CmpOp::Ne>);
    add_if_missing(t, "__gt__", w_compare<CmpOp::Gt>);
    add_if_missing(t, "__ge__", w_compare<CmpOp::Ge>);
  }
  if (differs(t->iter, b ? b->iter : nullptr)) add_if_missing(t, "__iter__", w_iter);
  if (differs(t->next, b ? b->next : nullptr)) add_if_missing(t, "__next__", w_next);
  if (differs(t->len, b ? b->len : nullptr)) add_if_missing(t, "__len__", w_len);
  if (differs(t->getitem, b ? b->getitem : nullptr)) add_if_missing(t, "__getitem__", w_getitem);
  if (differs(t->setitem, b ? b->setitem : nullptr)) {
    add_if_missing(t, "__setitem__", w_setitem);
    add_if_missing(t, "__delitem__", w_delitem);
  }
  if (differs(t->contains, b ? b->contains : nullptr))
    add_if_missing(t, "__contains__", w_contains);
  if (differs(t->truth, b ? b->truth : nullptr)) add_if_missing(t, "__bool__", w_bool);
  if (differs(t->init, b ? b->init : nullptr)) add_if_missing(t, "__init__", w_init);
  if (differs(t->new_, b ? b->new_ : nullptr)) add_if_missing(t, "__new__", w_new, true);
  if (differs(t->call, b ? b->call : nullptr)) add_if_missing(t, "__call__", w_call);
  if (differs(t->descr_get, b ? b->descr_get : nullptr)) add_if_missing(t, "__get__", w_get);
  if (differs(t->descr_set, b ? b->descr_set : nullptr)) {
    add_if_missing(t, "__set__", w_set);
    add_if_missing(t, "__delete__", w_delete);
  }
  static const auto kBin =
      make_bin_wrappers(std::make_index_sequence<static_cast<size_t>(BinOp::kCount)>());
  for (int i = 0; i < static_cast<int>(BinOp::kCount); ++i) {
    const std::string n = kBinNames[i];
    if (differs(t->binary[i], b ? b->binary[i] : nullptr)) {
      add_if_missing(t, intern("__" + n + "__")->data.c_str(), kBin[i].b);
    }
    if (differs(t->rbinary[i], b ? b->rbinary[i] : nullptr)) {
      add_if_missing(t, intern("__r" + n + "__")->data.c_str(), kBin[i].r);
    }
    if (differs(t->inplace[i], b ? b->inplace[i] : nullptr)) {
      add_if_missing(t, intern("__i" + n + "__")->data.c_str(), kBin[i].i);
    }
  }
  const int neg = static_cast<int>(UnOp::Neg), pos = static_cast<int>(UnOp::Pos),
            inv = static_cast<int>(UnOp::Invert);
  if (differs(t->unary[neg], b ? b->unary[neg] : nullptr)) add_if_missing(t, "__neg__", w_unary<3>);
  if (differs(t->unary[pos], b ? b->unary[pos] : nullptr)) add_if_missing(t, "__pos__", w_unary<2>);
  if (differs(t->unary[inv], b ? b->unary[inv] : nullptr))
    add_if_missing(t, "__invert__", w_unary<0>);
}

// ---- types.GenericAlias: list[int], dict[str, int] ----------------------------------------------

namespace {

Type g_generic_alias_type;

struct GenericAlias : Object {
  Value origin;  // owned: the class subscripted
  Value args;    // owned: tuple of the subscript items
};

void generic_alias_dealloc(Object* o) {
  GenericAlias* g = static_cast<GenericAlias*>(o);
  decref(g->origin);
  decref(g->args);
  free_object(o);
}

// How an argument shows inside list[...]: classes by (qualified) name, ... as "...".
bool alias_arg_text(Value v, std::string* out) {
  if (v == Value(&g_ellipsis)) {
    *out += "...";
    return true;
  }
  if (type_of(v) == &g_generic_alias_type || !is_instance(v, &g_type_type)) {
    Ref r = repr(v);
    if (!r) return false;
    *out += as_str(r.get())->data;
    return true;
  }
  Ref qual = getattr(v, "__qualname__");
  Ref mod = qual ? getattr(v, "__module__") : Ref();
  if (!mod) return false;
  if (is_str(mod.get()) && as_str(mod.get())->view() != "builtins") {
    *out += as_str(mod.get())->data + ".";
  }
  Ref q = str(qual.get());
  if (!q) return false;
  *out += as_str(q.get())->data;
  return true;
}

Ref generic_alias_repr(Value self) {
  GenericAlias* g = static_cast<GenericAlias*>(self.obj());
  std::string out;
  if (!alias_arg_text(g->origin, &out)) return nullptr;
  out += '[';
  Tuple* args = as_tuple(g->args);
  if (args->size == 0) out += "()";
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) out += ", ";
    if (!alias_arg_text(args->items[i], &out)) return nullptr;
  }
  out += ']';
  return new_str(out);
}

Ref generic_alias_call(Value self, Args args) {
  return call(static_cast<GenericAlias*>(self.obj())->origin, args);
}

Ref generic_alias_getattr(Value self, Str* name) {
  GenericAlias* g = static_cast<GenericAlias*>(self.obj());
  if (name->view() == "__origin__") return Ref::borrow(g->origin);
  if (name->view() == "__args__") return Ref::borrow(g->args);
  Ref r = generic_getattr(self, name);
  if (r || !error_matches(g_AttributeError)) return r;
  clear_error();
  return getattr(g->origin, name);
}

Ref generic_alias_compare(Value self, Value other, CmpOp op) {
  if (type_of(other) != &g_generic_alias_type || (op != CmpOp::Eq && op != CmpOp::Ne)) {
    return Ref::borrow(not_implemented());
  }
  GenericAlias* a = static_cast<GenericAlias*>(self.obj());
  GenericAlias* b = static_cast<GenericAlias*>(other.obj());
  int eq = a->origin == b->origin ? equal(a->args, b->args) : 0;
  if (eq < 0) return nullptr;
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

bool generic_alias_hash(Value self, int64_t* out) {
  GenericAlias* g = static_cast<GenericAlias*>(self.obj());
  int64_t a = 0, b = 0;
  if (!hash(g->origin, &a) || !hash(g->args, &b)) return false;
  *out = a ^ b;
  if (*out == -1) *out = -2;
  return true;
}

// ---- types.UnionType: int | None ----------------------------------------------------------------

Type g_union_type;

struct UnionType : Object {
  Value args;  // owned: tuple of the members, flattened and without repeats; None as NoneType
};

void union_dealloc(Object* o) {
  decref(static_cast<UnionType*>(o)->args);
  free_object(o);
}

// What may stand on either side of | to make a union: None, a class, list[int], another union.
bool union_operand(Value v) {
  return v == none() || is_class(v) || type_of(v) == &g_generic_alias_type ||
         type_of(v) == &g_union_type;
}

// Adds `v` (a union's members, None as NoneType) to `items`, skipping repeats.
bool union_collect(Value v, std::vector<Value>* items) {
  if (type_of(v) == &g_union_type) {
    Tuple* t = as_tuple(static_cast<UnionType*>(v.obj())->args);
    for (int64_t i = 0; i < t->size; ++i) {
      if (!union_collect(t->items[i], items)) return false;
    }
    return true;
  }
  if (v == none()) v = Value(&g_none_type);
  for (Value have : *items) {
    int eq = equal(have, v);
    if (eq < 0) return false;
    if (eq) return true;
  }
  items->push_back(v);
  return true;
}

Ref union_or(Value self, Value other) {
  if (!union_operand(self) || !union_operand(other)) return Ref::borrow(not_implemented());
  std::vector<Value> items;
  if (!union_collect(self, &items) || !union_collect(other, &items)) return nullptr;
  if (items.size() == 1) return Ref::borrow(items[0]);  // int | int is int
  Object* o = alloc_object(&g_union_type, sizeof(UnionType));
  if (!o) return nullptr;
  static_cast<UnionType*>(o)->args =
      new_tuple_from(items.data(), static_cast<int64_t>(items.size())).release();
  return Ref::steal(Value(o));
}
Ref union_ror(Value self, Value other) {
  return union_or(other, self);
}

Ref union_repr(Value self) {
  Tuple* args = as_tuple(static_cast<UnionType*>(self.obj())->args);
  std::string out;
  for (int64_t i = 0; i < args->size; ++i) {
    if (i) out += " | ";
    if (args->items[i] == Value(&g_none_type)) {
      out += "None";
    } else if (!alias_arg_text(args->items[i], &out)) {
      return nullptr;
    }
  }
  return new_str(out);
}

Ref union_getattr(Value self, Str* name) {
  if (name->view() == "__args__") return Ref::borrow(static_cast<UnionType*>(self.obj())->args);
  return generic_getattr(self, name);
}

// Unions are equal when they have the same members, in any order.
Ref union_compare(Value self, Value other, CmpOp op) {
  if (type_of(other) != &g_union_type || (op != CmpOp::Eq && op != CmpOp::Ne)) {
    return Ref::borrow(not_implemented());
  }
  Ref a = new_frozenset(static_cast<UnionType*>(self.obj())->args);
  Ref b = a ? new_frozenset(static_cast<UnionType*>(other.obj())->args) : Ref();
  if (!b) return nullptr;
  int eq = equal(a.get(), b.get());
  if (eq < 0) return nullptr;
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

bool union_hash(Value self, int64_t* out) {
  Ref set = new_frozenset(static_cast<UnionType*>(self.obj())->args);
  return set && hash(set.get(), out);
}

// ---- types.MappingProxyType: a class's __dict__, read-only ------------------------------------

Type g_mappingproxy_type;

struct MappingProxy : Object {
  Value mapping;  // owned
};

Value proxied(Value self) {
  return static_cast<MappingProxy*>(self.obj())->mapping;
}

void mappingproxy_dealloc(Object* o) {
  decref(static_cast<MappingProxy*>(o)->mapping);
  free_object(o);
}

Ref make_mappingproxy(Value mapping) {
  Object* o = alloc_object(&g_mappingproxy_type, sizeof(MappingProxy));
  if (!o) return nullptr;
  static_cast<MappingProxy*>(o)->mapping = newref(mapping);
  return Ref::steal(Value(o));
}

Ref mappingproxy_new(Type*, Args args) {
  if (!check_nargs("mappingproxy", args, 1, 1)) return nullptr;
  Value m = args[0];
  Type* t = type_of(m);
  if (!t->getitem || t == &g_list_type || t == &g_tuple_type || t->is_subtype_of(&g_list_type) ||
      t->is_subtype_of(&g_tuple_type)) {
    return type_error("mappingproxy() argument must be a mapping, not " + type_name(m));
  }
  return make_mappingproxy(m);
}

Ref mappingproxy_repr(Value self) {
  Ref r = repr(proxied(self));
  if (!r) return nullptr;
  return new_str("mappingproxy(" + as_str(r.get())->data + ")");
}
Ref mappingproxy_getitem(Value self, Value key) {
  return getitem(proxied(self), key);
}
int64_t mappingproxy_len(Value self) {
  return length(proxied(self));
}
int mappingproxy_contains(Value self, Value item) {
  return contains(proxied(self), item);
}
Ref mappingproxy_iter(Value self) {
  return get_iter(proxied(self));
}
Ref mappingproxy_compare(Value self, Value other, CmpOp op) {
  return compare(proxied(self), other, op);
}
Ref mappingproxy_or(Value self, Value other) {
  Value a = type_of(self) == &g_mappingproxy_type ? proxied(self) : self;
  Value b = type_of(other) == &g_mappingproxy_type ? proxied(other) : other;
  return binary_op(a, b, BinOp::Or);
}

template <const char* Name>
Ref mappingproxy_forward(Value self, Args args) {
  std::vector<Value> items(args.items, args.items + args.npos);
  Ref method = getattr(proxied(self), Name);
  if (!method) return nullptr;
  return call(method.get(), Args{items.data(), items.size(), nullptr});
}
constexpr char kGet[] = "get";
constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kCopy[] = "copy";

}  // namespace

Ref new_mappingproxy(Value mapping) {
  return make_mappingproxy(mapping);
}

bool is_generic_alias(Value v) {
  return type_of(v) == &g_generic_alias_type;
}

// The members of `v` if it is a union (int | str), for isinstance and issubclass; else null.
Tuple* union_members(Value v) {
  return type_of(v) == &g_union_type ? as_tuple(static_cast<UnionType*>(v.obj())->args) : nullptr;
}

// types.GenericAlias(origin, args): what a class's __class_getitem__ can return (deque[int]).
Ref generic_alias_new(Type*, Args args) {
  if (args.nkw()) return type_error("GenericAlias() takes no keyword arguments");
  if (args.npos != 2) {
    return type_error("GenericAlias expected 2 arguments, got " + std::to_string(args.npos));
  }
  return class_getitem(args[0], Args{args.items + 1, 1, nullptr});
}

// cls.__class_getitem__(item): list[int] and friends.
Ref class_getitem(Value cls, Args args) {
  if (!check_nargs("__class_getitem__", args, 1, 1)) return nullptr;
  Object* o = alloc_object(&g_generic_alias_type, sizeof(GenericAlias));
  if (!o) return nullptr;
  GenericAlias* g = static_cast<GenericAlias*>(o);
  g->origin = newref(cls);
  g->args = type_of(args[0]) == &g_tuple_type ? newref(args[0]) : new_tuple({args[0]}).release();
  return Ref::steal(Value(o));
}

void init_generic_alias_type() {
  Type* t = &g_generic_alias_type;
  type_init(t, "GenericAlias", &g_object_type, sizeof(GenericAlias), generic_alias_dealloc, 0);
  t->repr = generic_alias_repr;
  t->call = generic_alias_call;
  t->getattr = generic_alias_getattr;
  t->compare = generic_alias_compare;
  t->hash = generic_alias_hash;
  t->new_ = generic_alias_new;
  dict_set_str(t->dict, "__module__", Value(AP_NAME("types")));
  for (Type* g : {&g_list_type, &g_tuple_type, &g_dict_type, &g_set_type, &g_frozenset_type,
                  &g_enumerate_type, &g_type_type}) {
    add_classmethod(g, "__class_getitem__", class_getitem);
  }
  const int bit_or = static_cast<int>(BinOp::Or);
  t->binary[bit_or] = union_or;
  t->rbinary[bit_or] = union_ror;
  g_type_type.binary[bit_or] = union_or;
  g_type_type.rbinary[bit_or] = union_ror;

  Type* mp = &g_mappingproxy_type;
  type_init(mp, "mappingproxy", &g_object_type, sizeof(MappingProxy), mappingproxy_dealloc, 0);
  mp->new_ = mappingproxy_new;
  mp->repr = mappingproxy_repr;
  mp->str = [](Value self) { return str(proxied(self)); };  // str() is the mapping's
  mp->getitem = mappingproxy_getitem;
  mp->len = mappingproxy_len;
  mp->contains = mappingproxy_contains;
  mp->iter = mappingproxy_iter;
  mp->compare = mappingproxy_compare;
  mp->binary[bit_or] = mappingproxy_or;
  mp->rbinary[bit_or] = [](Value self, Value other) { return mappingproxy_or(other, self); };
  add_method(mp, "get", mappingproxy_forward<kGet>);
  add_method(mp, "keys", mappingproxy_forward<kKeys>);
  add_method(mp, "values", mappingproxy_forward<kValues>);
  add_method(mp, "items", mappingproxy_forward<kItems>);
  add_method(mp, "copy", mappingproxy_forward<kCopy>);
  add_method(mp, "__reversed__",
             [](Value self, Args) { return call_method(proxied(self), "__reversed__", {}); });
  add_classmethod(mp, "__class_getitem__", class_getitem);
  mp->hash = nullptr;  // unhashable, as the dict it shows
  add_slot_wrappers(mp);
  // (After the wrappers: CPython's has no __setitem__ or __delitem__ methods.)
  mp->setitem = [](Value, Value, Value value) -> int {
    type_error(value ? "'mappingproxy' object does not support item assignment"
                     : "'mappingproxy' object does not support item deletion");
    return -1;
  };
  mp->inplace[bit_or] = [](Value, Value) -> Ref {
    return type_error("'|=' is not supported by mappingproxy; use '|' instead");
  };

  Type* u = &g_union_type;
  type_init(u, "UnionType", &g_object_type, sizeof(UnionType), union_dealloc, 0);
  u->repr = union_repr;
  u->getattr = union_getattr;
  u->compare = union_compare;
  u->hash = union_hash;
  u->binary[bit_or] = union_or;
  u->rbinary[bit_or] = union_ror;
  dict_set_str(u->dict, "__module__", Value(AP_NAME("types")));
}

// ---- initialization
// ---------------------------------------------------------------------------------

void init_type_layouts() {
  struct {
    Type* t;
    size_t size;
  } const layouts[] = {
      {&g_str_type, sizeof(Str)},   {&g_dict_type, sizeof(Dict)}, {&g_tuple_type, sizeof(Tuple)},
      {&g_list_type, sizeof(List)}, {&g_int_type, sizeof(Int)},   {&g_float_type, sizeof(Float)},
  };
  for (const auto& l : layouts) {
    if (l.t->basicsize < l.size) l.t->basicsize = l.size;
  }
}

void init_value_types() {
  init_type_layouts();
  init_int_type();
  init_float_type();
  init_str_type();
  init_tuple_type();
  init_list_type();
  init_dict_type();
  init_set_type();
  init_range_type();
  init_slice_type();
  init_iterator_types();
  init_generic_alias_type();
}

// ---- the builtins
// ------------------------------------------------------------------------------------

namespace {

Ref b_len(Value, Args args) {
  if (!check_nargs("len", args, 1, 1)) return nullptr;
  int64_t n = length(args[0]);
  if (n < 0) return nullptr;
  return new_int(n);
}

Ref b_abs(Value, Args args) {
  if (!check_nargs("abs", args, 1, 1)) return nullptr;
  Value v = args[0];
  if (v.is_small_int()) {
    int64_t x = v.small_int_value();
    return new_int(x < 0 ? -x : x);
  }
  if (type_of(v) == &g_float_type) return new_float(std::fabs(float_value(v)));
  bool found = false;
  Ref r = call_dunder0(v, "__abs__", &found);
  if (!found) return type_error("bad operand type for abs(): '" + type_name(v) + "'");
  return r;
}

Ref min_max(const char* name, Args args, CmpOp op) {
  Value kw[2];  // key, default
  if (args.npos == 0) {
    return type_error(std::string(name) + " expected at least 1 argument, got 0");
  }
  Args kwonly{args.items + args.npos, 0, args.kwnames};
  if (!parse_args(name, kwonly, {"key", "default"}, 0, kw)) return nullptr;
  Value key = kw[0] == none() ? Value() : kw[0];
  Value deflt = kw[1];
  if (args.npos > 1 && deflt) {
    return type_error(std::string("Cannot specify a default for ") + name +
                      "() with multiple positional arguments");
  }
  Ref holder;
  Ref it;
  const Value* items = nullptr;
  int64_t n = 0;
  if (args.npos > 1) {
    items = args.items;
    n = static_cast<int64_t>(args.npos);
  } else {
    it = get_iter(args[0]);
    if (!it) return nullptr;
  }
  Ref best, best_key;
  for (int64_t i = 0;; ++i) {
    Ref item;
    if (it) {
      item = iter_next(it.get());
      if (!item) {
        if (error_occurred()) return nullptr;
        break;
      }
    } else {
      if (i >= n) break;
      item = Ref::borrow(items[i]);
    }
    Ref k = key ? call(key, {item.get()}) : item;
    if (!k) return nullptr;
    if (!best) {
      best = std::move(item);
      best_key = std::move(k);
      continue;
    }
    int c;
    if (k.get().is_small_int() && best_key.get().is_small_int()) {
      int64_t a = k.get().small_int_value(), b = best_key.get().small_int_value();
      c = op == CmpOp::Lt ? a < b : a > b;
    } else {
      c = compare_bool(k.get(), best_key.get(), op);
      if (c < 0) return nullptr;
    }
    if (c) {
      best = std::move(item);
      best_key = std::move(k);
    }
  }
  if (best) return best;
  if (deflt) return Ref::borrow(deflt);
  return value_error(std::string(name) + "() arg is an empty sequence");
}

Ref b_min(Value, Args args) {
  return min_max("min", args, CmpOp::Lt);
}
Ref b_max(Value, Args args) {
  return min_max("max", args, CmpOp::Gt);
}

Ref b_sum(Value, Args args) {
  if (args.npos == 0) return type_error("sum() takes at least 1 positional argument (0 given)");
  Value a[2];
  if (!parse_args("sum", args, {"iterable", "start"}, 2, a)) return nullptr;
  if (args.nkw() && kwarg(args, "iterable")) {
    return type_error("'iterable' is an invalid keyword argument for sum()");
  }
  Value start = a[1] ? a[1] : Value::small_int(0);
  if (is_str(start)) return type_error("sum() can't sum strings [use ''.join(seq) instead]");
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  Ref result = Ref::borrow(start);
  // Fast path: ints while they fit.
  if (start.is_small_int()) {
    int64_t acc = start.small_int_value();
    for (;;) {
      Ref item = iter_next(it.get());
      if (!item) {
        if (error_occurred()) return nullptr;
        return new_int(acc);
      }
      int64_t x, r;
      if (item.get().is_small_int() || type_of(item.get()) == &g_bool_type) {
        if (int_as_i64(item.get(), &x) && !add_overflow(acc, x, &r)) {
          acc = r;
          continue;
        }
      }
      if (type_of(item.get()) == &g_float_type) {
        double f = static_cast<double>(acc) + float_value(item.get());
        for (;;) {
          Ref next = iter_next(it.get());
          if (!next) {
            if (error_occurred()) return nullptr;
            return new_float(f);
          }
          if (type_of(next.get()) == &g_float_type) {
            f += float_value(next.get());
          } else if (next.get().is_small_int()) {
            f += static_cast<double>(next.get().small_int_value());
          } else {
            Ref acc_f = new_float(f);
            result = binary_op(acc_f.get(), next.get(), BinOp::Add);
            if (!result) return nullptr;
            break;
          }
        }
        break;
      }
      Ref acc_i = new_int(acc);
      result = binary_op(acc_i.get(), item.get(), BinOp::Add);
      if (!result) return nullptr;
      break;
    }
  }
  for (;;) {
    Ref item = iter_next(it.get());
    if (!item) {
      if (error_occurred()) return nullptr;
      return result;
    }
    result = binary_op(result.get(), item.get(), BinOp::Add);
    if (!result) return nullptr;
  }
}

Ref b_sorted(Value, Args args) {
  if (args.npos != 1) {
    return type_error("sorted expected 1 argument, got " + std::to_string(args.npos));
  }
  Value kw[2];
  Args kwonly{args.items + 1, 0, args.kwnames};
  if (!parse_args("sort", kwonly, {"key", "reverse"}, 0, kw)) return nullptr;
  Ref list = list_from_iterable(args[0]);
  if (!list) return nullptr;
  bool reverse = false;
  if (kw[1]) {
    int64_t r = 0;
    if (!index_as_i64(kw[1], &r)) return nullptr;
    reverse = r != 0;
  }
  if (list_sort(as_list(list.get()), kw[0], reverse) < 0) return nullptr;
  return list;
}

Ref any_all(const char* name, Args args, bool want) {
  if (!check_nargs(name, args, 1, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref item = iter_next(it.get());
    if (!item) {
      if (error_occurred()) return nullptr;
      return new_bool(!want);
    }
    int t = truth(item.get());
    if (t < 0) return nullptr;
    if (static_cast<bool>(t) == want) return new_bool(want);
  }
}

Ref b_any(Value, Args args) {
  return any_all("any", args, true);
}
Ref b_all(Value, Args args) {
  return any_all("all", args, false);
}

Ref b_round(Value, Args args) {
  Value a[2];
  if (!parse_args("round", args, {"number", "ndigits"}, 2, a)) return nullptr;
  if (!a[0]) return type_error("round() missing required argument 'number' (pos 1)");
  Value x = a[0];
  Value nd = a[1] && a[1] != none() ? a[1] : Value();
  if (type_of(x) == &g_float_type) {
    double d = float_value(x);
    if (!nd) {
      NumResult<BigInt> r = float_round_to_int(d);
      if (!r) return raise_num_failure(r.error());
      return new_int(std::move(*r));
    }
    int64_t n = 0;
    if (!index_as_i64_clamped(nd, &n)) return nullptr;
    NumResult<double> r = float_round(d, n);
    if (!r) return raise_num_failure(r.error());
    return new_float(*r);
  }
  if (x.is_small_int() && !nd) return Ref::borrow(x);
  bool found = false;
  Ref r = nd ? call_special(x, AP_NAME("__round__"), {nd}, &found)
             : call_special(x, AP_NAME("__round__"), {}, &found);
  if (!found) return type_error("type " + type_name(x) + " doesn't define __round__ method");
  return r;
}

Ref b_divmod(Value, Args args) {
  if (!check_nargs("divmod", args, 2, 2)) return nullptr;
  Value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) {
    int64_t x, y;
    if (int_as_i64(a, &x) && int_as_i64(b, &y)) {
      if (y == 0) return raise(g_ZeroDivisionError, "integer division or modulo by zero");
      int64_t q;
      if (!floordiv_overflow(x, y, &q)) {
        Ref qq = new_int(q), rr = new_int(mod_int64(x, y));
        return new_tuple({qq.get(), rr.get()});
      }
    }
    NumResult<std::pair<BigInt, BigInt>> r = BigInt::divmod(int_to_bigint(a), int_to_bigint(b));
    if (!r) return raise_num_failure(r.error());
    Ref qq = new_int(std::move(r->first)), rr = new_int(std::move(r->second));
    return new_tuple({qq.get(), rr.get()});
  }
  bool af = type_of(a) == &g_float_type || is_int(a);
  bool bf = type_of(b) == &g_float_type || is_int(b);
  if (af && bf) {
    double x = 0, y = 0;
    if (!number_as_double(a, &x) || !number_as_double(b, &y)) return nullptr;
    NumResult<std::pair<double, double>> r = float_divmod(x, y);
    if (!r) return raise_num_failure(r.error());
    Ref qq = new_float(r->first), rr = new_float(r->second);
    return new_tuple({qq.get(), rr.get()});
  }
  bool found = false;
  Ref r = call_special(a, AP_NAME("__divmod__"), {b}, &found);
  if (found && (!r || r.get() != not_implemented())) return r;
  r = call_special(b, AP_NAME("__rdivmod__"), {a}, &found);
  if (found && (!r || r.get() != not_implemented())) return r;
  return unsupported_operands("divmod()", a, b);
}

Ref b_pow(Value, Args args) {
  Value a[3];
  if (!parse_args("pow", args, {"base", "exp", "mod"}, 3, a)) return nullptr;
  if (!a[0]) return type_error("pow() missing required argument 'base' (pos 1)");
  if (!a[1]) return type_error("pow() missing required argument 'exp' (pos 2)");
  if (!a[2] || a[2] == none()) return binary_op(a[0], a[1], BinOp::Pow);
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2])) {
    NumResult<BigInt> r =
        BigInt::pow_mod(int_to_bigint(a[0]), int_to_bigint(a[1]), int_to_bigint(a[2]));
    if (!r) return raise_num_failure(r.error());
    return new_int(std::move(*r));
  }
  bool numeric = true;
  for (Value v : a) numeric = numeric && (is_int(v) || is_instance(v, &g_float_type));
  if (numeric)
    return type_error("pow() 3rd argument not allowed unless all arguments are integers");
  bool found = false;
  Ref r = call_special(a[0], AP_NAME("__pow__"), {a[1], a[2]}, &found);
  if (found && (!r || r.get() != not_implemented())) return r;
  return type_error("unsupported operand type(s) for ** or pow(): '" + type_name(a[0]) + "', '" +
                    type_name(a[1]) + "', '" + type_name(a[2]) + "'");
}

Ref b_chr(Value, Args args) {
  if (!check_nargs("chr", args, 1, 1)) return nullptr;
  int64_t c = 0;
  if (!index_as_i64(args[0], &c)) {
    if (!error_matches(g_OverflowError)) return nullptr;
    clear_error();
    return raise(g_OverflowError, "Python int too large to convert to C int");
  }
  if (c < 0 || c > 0x10ffff) return value_error("chr() arg not in range(0x110000)");
  return str_from_codepoint(static_cast<char32_t>(c));
}

Ref b_ord(Value, Args args) {
  if (!check_nargs("ord", args, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return type_error("ord() expected string of length 1, but " + type_name(args[0]) + " found");
  }
  Str* s = as_str(args[0]);
  if (s->length != 1) {
    return type_error("ord() expected a character, but string of length " +
                      std::to_string(s->length) + " found");
  }
  return new_int(str_char_at(s, 0));
}

Ref radix(const char* name, Args args, int base) {
  if (!check_nargs(name, args, 1, 1)) return nullptr;
  Ref i = number_index(args[0]);
  if (!i) return nullptr;
  BigInt x = int_to_bigint(i.get());
  return new_str_ascii(base == 16 ? x.to_hex() : base == 8 ? x.to_oct() : x.to_bin());
}

Ref b_hex(Value, Args args) {
  return radix("hex", args, 16);
}
Ref b_oct(Value, Args args) {
  return radix("oct", args, 8);
}
Ref b_bin(Value, Args args) {
  return radix("bin", args, 2);
}

Ref b_format(Value, Args args) {
  if (!check_nargs("format", args, 1, 2)) return nullptr;
  if (args.npos > 1 && !is_str(args[1])) {
    return type_error("format() argument 2 must be str, not " + type_name(args[1]));
  }
  return format_value(args[0], args.npos > 1 ? args[1] : Value());
}

Ref b_repr(Value, Args args) {
  if (!check_nargs("repr", args, 1, 1)) return nullptr;
  return repr(args[0]);
}

Ref b_ascii(Value, Args args) {
  if (!check_nargs("ascii", args, 1, 1)) return nullptr;
  return ascii_of(args[0]);
}

Ref b_hash(Value, Args args) {
  if (!check_nargs("hash", args, 1, 1)) return nullptr;
  int64_t h = 0;
  if (!hash(args[0], &h)) return nullptr;
  return new_int(h);
}

Ref b_id(Value, Args args) {
  if (!check_nargs("id", args, 1, 1)) return nullptr;
  Value v = args[0];
  if (v.is_small_int()) {
    // Small ints have no address: give each value a stable, distinct, even-free id.
    return new_int(static_cast<int64_t>(v.bits()));
  }
  return new_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.obj())));
}

Ref b_callable(Value, Args args) {
  if (!check_nargs("callable", args, 1, 1)) return nullptr;
  return new_bool(type_of(args[0])->call != nullptr);
}

Ref b_iter(Value, Args args) {
  if (!check_nargs("iter", args, 1, 2)) return nullptr;
  if (args.npos == 1) return get_iter(args[0]);
  if (!type_of(args[0])->call) return type_error("iter(v, w): v must be callable");
  return new_callable_iter(args[0], args[1]);
}

Ref b_next(Value, Args args) {
  if (!check_nargs("next", args, 1, 2)) return nullptr;
  Type* t = type_of(args[0]);
  if (!t->next) return type_error("'" + t->name + "' object is not an iterator");
  Ref r = t->next(args[0]);
  if (r || error_occurred()) return r;
  if (args.npos > 1) return Ref::borrow(args[1]);
  return raise_empty(g_StopIteration);
}

void add(Dict* b, const char* name, NativeFn fn) {
  Ref f = new_builtin(name, fn);
  dict_set_str(b, name, f.get());
}

}  // namespace

void register_value_builtins(Dict* builtins) {
  add(builtins, "len", b_len);
  add(builtins, "abs", b_abs);
  add(builtins, "min", b_min);
  add(builtins, "max", b_max);
  add(builtins, "sum", b_sum);
  add(builtins, "sorted", b_sorted);
  add(builtins, "any", b_any);
  add(builtins, "all", b_all);
  add(builtins, "round", b_round);
  add(builtins, "divmod", b_divmod);
  add(builtins, "pow", b_pow);
  add(builtins, "chr", b_chr);
  add(builtins, "ord", b_ord);
  add(builtins, "hex", b_hex);
  add(builtins, "oct", b_oct);
  add(builtins, "bin", b_bin);
  add(builtins, "format", b_format);
  add(builtins, "repr", b_repr);
  add(builtins, "ascii", b_ascii);
  add(builtins, "hash", b_hash);
  add(builtins, "id", b_id);
  add(builtins, "callable", b_callable);
  add(builtins, "iter", b_iter);
  add(builtins, "next", b_next);
  add(builtins, "aiter", builtin_aiter);
  add(builtins, "anext", builtin_anext);
  struct {
    const char* name;
    Type* type;
  } const types[] = {
      {"int", &g_int_type},           {"bool", &g_bool_type},   {"float", &g_float_type},
      {"str", &g_str_type},           {"list", &g_list_type},   {"tuple", &g_tuple_type},
      {"dict", &g_dict_type},         {"set", &g_set_type},     {"frozenset", &g_frozenset_type},
      {"range", &g_range_type},       {"slice", &g_slice_type}, {"enumerate", &g_enumerate_type},
      {"zip", &g_zip_type},           {"map", &g_map_type},     {"filter", &g_filter_type},
      {"reversed", &g_reversed_type},
  };
  for (const auto& t : types) dict_set_str(builtins, t.name, Value(t.type));
}

}  // namespace asyncplay::lang
