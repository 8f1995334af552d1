// The generic operations of object.h and the machinery shared by all types: allocation, type
// set-up, attribute lookup along the MRO with descriptors, and operator dispatch with reflected
// operands and NotImplemented, in CPython's order.
#include "core/lang/object.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "core/lang/bigint.h"
#include "core/lang/errors.h"
#include "core/lang/objects.h"
#include "core/lang/pool.h"

namespace asyncplay::lang {

// ---- allocation -------------------------------------------------------------------------------

Object* alloc_object(Type* t, size_t size) {
  if (size == 0) size = t->basicsize;
  void* mem = pool::alloc(size);
  if (!mem) {
    raise_empty(g_MemoryError);
    return nullptr;
  }
  Object* o = static_cast<Object*>(mem);
  o->refcnt = 1;
  o->type = t;
  if (t->tflags & kTypeHeap) incref(Value(t));
  return o;
}

void free_object(Object* o) {
  Type* t = o->type;
  pool::release(o);
  if (t && (t->tflags & kTypeHeap)) decref(Value(t));
}

void dealloc(Object* o) {
  o->type->dealloc(o);
}

// ---- types ------------------------------------------------------------------------------------

bool Type::is_subtype_of(const Type* other) const {
  if (this == other) return true;
  for (const Type* t : mro) {
    if (t == other) return true;
  }
  return false;
}

namespace {

// The attribute cache, as CPython's method cache: (type, interned name) -> what the MRO walk
// found, valid while g_type_epoch is unchanged (no class namespace changed, no class freed, so
// the borrowed value is still held by its class). Names that are not interned are not cached:
// a freed str's address may come back as another name.
struct LookupCacheEntry {
  const Type* type = nullptr;
  const Str* name = nullptr;
  uint64_t epoch = 0;
  Value value;
};
constexpr size_t kLookupCacheSize = 4096;
LookupCacheEntry g_lookup_cache[kLookupCacheSize];

Value lookup_uncached(const Type* type, Str* name) {
  for (const Type* t : type->mro) {
    if (!t->dict) continue;
    if (Value v = dict_get_str(t->dict, name)) return v;
  }
  return Value();
}

}  // namespace

Value Type::lookup(Str* name) const {
  if (!(name->flags & kObjectImmortal)) return lookup_uncached(this, name);
  const size_t h =
      ((reinterpret_cast<uintptr_t>(this) >> 4) * 31 + (reinterpret_cast<uintptr_t>(name) >> 4)) &
      (kLookupCacheSize - 1);
  LookupCacheEntry& e = g_lookup_cache[h];
  if (e.type == this && e.name == name && e.epoch == g_type_epoch) return e.value;
  Value v = lookup_uncached(this, name);
  e = LookupCacheEntry{this, name, g_type_epoch, v};
  return v;
}

Value Type::lookup(std::string_view name) const {
  return lookup(intern(name));
}

Type* type_of(Value v) {
  if (v.is_small_int()) return &g_int_type;
  return v.obj()->type;
}

bool is_instance(Value v, Type* t) {
  return type_of(v)->is_subtype_of(t);
}

std::string type_name(Value v) {
  return type_of(v)->name;
}

void type_init(Type* t, const char* name, Type* base, size_t basicsize, DeallocFn dealloc,
               uint32_t tflags) {
  t->refcnt = 1u << 30;  // immortal
  t->type = &g_type_type;
  t->name = name;
  t->base = base;
  t->bases.clear();
  if (base) {
    t->bases.push_back(base);
    if (std::find(base->subclasses.begin(), base->subclasses.end(), t) == base->subclasses.end()) {
      base->subclasses.push_back(t);
    }
  }
  t->mro.clear();
  t->mro.push_back(t);
  if (base) t->mro.insert(t->mro.end(), base->mro.begin(), base->mro.end());
  t->basicsize = basicsize;
  t->dealloc = dealloc;
  t->tflags |= tflags;
  if (!t->dict) t->dict = static_cast<Dict*>(new_dict().release().obj());
  t->dict->of_type = true;
  ++g_type_epoch;
  if (base) {
    // Inherit the slots the type does not set itself.
#define INHERIT(slot) \
  if (!t->slot) t->slot = base->slot
    INHERIT(traverse);
    INHERIT(repr);
    INHERIT(str);
    INHERIT(hash);
    INHERIT(compare);
    INHERIT(getattr);
    INHERIT(setattr);
    INHERIT(iter);
    INHERIT(next);
    INHERIT(len);
    INHERIT(getitem);
    INHERIT(setitem);
    INHERIT(contains);
    INHERIT(truth);
    INHERIT(new_);
    INHERIT(init);
    INHERIT(descr_get);
    INHERIT(descr_set);
    INHERIT(call);
#undef INHERIT
    for (int i = 0; i < static_cast<int>(BinOp::kCount); ++i) {
      if (!t->binary[i]) t->binary[i] = base->binary[i];
      if (!t->rbinary[i]) t->rbinary[i] = base->rbinary[i];
      if (!t->inplace[i]) t->inplace[i] = base->inplace[i];
    }
    for (int i = 0; i < 4; ++i) {
      if (!t->unary[i]) t->unary[i] = base->unary[i];
    }
    if (!t->dict_offset) t->dict_offset = base->dict_offset;
  }
}

// ---- argument checks ---------------------------------------------------------------------------

size_t Args::nkw() const {
  return kwnames ? static_cast<size_t>(kwnames->size) : 0;
}

bool check_no_kwargs(const char* fname, Args args) {
  if (args.nkw() == 0) return true;
  raise(g_TypeError, std::string(fname) + "() takes no keyword arguments");
  return false;
}

bool check_nargs(const char* fname, Args args, size_t min, size_t max) {
  if (!check_no_kwargs(fname, args)) return false;
  const size_t n = args.npos;
  if (n >= min && n <= max) return true;
  std::string f(fname);
  if (min == max) {
    if (min == 0) {
      raise(g_TypeError, f + "() takes no arguments (" + std::to_string(n) + " given)");
    } else if (min == 1) {
      raise(g_TypeError, f + "() takes exactly one argument (" + std::to_string(n) + " given)");
    } else {
      raise(g_TypeError,
            f + " expected " + std::to_string(min) + " arguments, got " + std::to_string(n));
    }
  } else if (n < min) {
    raise(g_TypeError, f + " expected at least " + std::to_string(min) + " argument" +
                           (min == 1 ? "" : "s") + ", got " + std::to_string(n));
  } else {
    raise(g_TypeError, f + " expected at most " + std::to_string(max) + " argument" +
                           (max == 1 ? "" : "s") + ", got " + std::to_string(n));
  }
  return false;
}

Value kwarg(Args args, std::string_view name) {
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (as_str(args.kwnames->items[i])->view() == name) return args.kw_value(i);
  }
  return Value();
}

// ---- repr / str / hash / truth ---------------------------------------------------------------

Ref repr(Value v) {
  Type* t = type_of(v);
  if (!t->repr) return raise(g_TypeError, "object has no repr");
  if (thread_recursion_enter(" while getting the repr of an object")) return nullptr;
  Ref r = t->repr(v);
  thread_recursion_leave();
  if (r && !is_str(r.get())) {
    return raise(g_TypeError, "__repr__ returned non-string (type " + type_name(r.get()) + ")");
  }
  return r;
}

Ref str(Value v) {
  Type* t = type_of(v);
  if (t == &g_str_type) return Ref::borrow(v);
  ReprFn fn = t->str ? t->str : t->repr;
  if (thread_recursion_enter(" while getting the str of an object")) return nullptr;
  Ref r = fn(v);
  thread_recursion_leave();
  if (r && !is_str(r.get())) {
    return raise(g_TypeError, "__str__ returned non-string (type " + type_name(r.get()) + ")");
  }
  return r;
}

std::string repr_utf8(Value v) {
  Ref r = repr(v);
  if (!r) {
    clear_error();
    return "<unprintable object>";
  }
  return as_str(r.get())->data;
}

bool hash(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = hash_int64(v.small_int_value());  // modulo 2**61 - 1, -1 becomes -2
    return true;
  }
  Type* t = type_of(v);
  if (!t->hash) {
    raise(g_TypeError, "unhashable type: '" + t->name + "'");
    return false;
  }
  return t->hash(v, out);
}

int truth(Value v) {
  if (v == bool_value(true)) return 1;
  if (v == bool_value(false) || v == none()) return 0;
  if (v.is_small_int()) return v.small_int_value() != 0;
  Type* t = type_of(v);
  if (t->truth) return t->truth(v);
  if (t->len) {
    int64_t n = t->len(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ---- comparison -----------------------------------------------------------------------------

namespace {
CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt:
      return CmpOp::Gt;
    case CmpOp::Le:
      return CmpOp::Ge;
    case CmpOp::Gt:
      return CmpOp::Lt;
    case CmpOp::Ge:
      return CmpOp::Le;
    default:
      return op;
  }
}
const char* cmp_symbol(CmpOp op) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}
}  // namespace

Ref compare(Value a, Value b, CmpOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    int64_t x = a.small_int_value(), y = b.small_int_value();
    bool r = false;
    switch (op) {
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
    return new_bool(r);
  }
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->is_subtype_of(ta) && tb->compare) {
    checked_reverse = true;
    Ref r = tb->compare(b, a, swapped(op));
    if (!r || r.get() != not_implemented()) return r;
  }
  if (ta->compare) {
    Ref r = ta->compare(a, b, op);
    if (!r || r.get() != not_implemented()) return r;
  }
  if (!checked_reverse && tb->compare) {
    Ref r = tb->compare(b, a, swapped(op));
    if (!r || r.get() != not_implemented()) return r;
  }
  if (op == CmpOp::Eq) return new_bool(a == b);
  if (op == CmpOp::Ne) return new_bool(a != b);
  return raise(g_TypeError, std::string("'") + cmp_symbol(op) +
                                "' not supported between instances of '" + ta->name + "' and '" +
                                tb->name + "'");
}

int compare_bool(Value a, Value b, CmpOp op) {
  Ref r = compare(a, b, op);
  if (!r) return -1;
  if (r.get() == bool_value(true)) return 1;
  if (r.get() == bool_value(false)) return 0;
  return truth(r.get());
}

int equal(Value a, Value b) {
  if (a == b) return 1;
  return compare_bool(a, b, CmpOp::Eq);
}

// ---- arithmetic --------------------------------------------------------------------------------

namespace {
const char* const kBinSymbols[] = {"+",  "-",  "*", "@", "/", "%", "** or pow()",
                                   "<<", ">>", "|", "^", "&", "//"};
const char* const kInplaceSymbols[] = {
    "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="};

Ref binary_dispatch(Value a, Value b, BinOp op) {
  const int i = static_cast<int>(op);
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn slotv = ta->binary[i];
  BinaryFn slotw = ta != tb ? tb->rbinary[i] : nullptr;
  if (slotw && tb->is_subtype_of(ta) && tb != ta) {
    Ref r = slotw(b, a);
    if (!r || r.get() != not_implemented()) return r;
    slotw = nullptr;
  }
  if (slotv) {
    Ref r = slotv(a, b);
    if (!r || r.get() != not_implemented()) return r;
  }
  if (slotw) {
    Ref r = slotw(b, a);
    if (!r || r.get() != not_implemented()) return r;
  }
  return Ref::borrow(not_implemented());
}
}  // namespace

Ref unsupported_operands(std::string_view op, Value a, Value b) {
  return raise(g_TypeError, "unsupported operand type(s) for " + std::string(op) + ": '" +
                                type_name(a) + "' and '" + type_name(b) + "'");
}

Ref binary_op(Value a, Value b, BinOp op) {
  Ref r = binary_dispatch(a, b, op);
  if (!r || r.get() != not_implemented()) return r;
  if (op == BinOp::Add && is_str(a)) {
    return raise(g_TypeError, "can only concatenate str (not \"" + type_name(b) + "\") to str");
  }
  if (op == BinOp::Add && type_of(a) == &g_list_type) {
    return raise(g_TypeError, "can only concatenate list (not \"" + type_name(b) + "\") to list");
  }
  if (op == BinOp::Add && type_of(a) == &g_tuple_type) {
    return raise(g_TypeError, "can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
  }
  if (op == BinOp::Mul &&
      (is_str(a) || is_str(b) || type_of(a) == &g_list_type || type_of(b) == &g_list_type ||
       type_of(a) == &g_tuple_type || type_of(b) == &g_tuple_type)) {
    Value seq = (is_str(a) || type_of(a) == &g_list_type || type_of(a) == &g_tuple_type) ? b : a;
    return raise(g_TypeError,
                 "can't multiply sequence by non-int of type '" + type_name(seq) + "'");
  }
  return unsupported_operands(kBinSymbols[static_cast<int>(op)], a, b);
}

Ref inplace_op(Value a, Value b, BinOp op) {
  Type* ta = type_of(a);
  if (BinaryFn f = ta->inplace[static_cast<int>(op)]) {
    Ref r = f(a, b);
    if (!r || r.get() != not_implemented()) return r;
  }
  Ref r = binary_dispatch(a, b, op);
  if (!r || r.get() != not_implemented()) return r;
  if (op == BinOp::Add && is_str(a)) {
    return raise(g_TypeError, "can only concatenate str (not \"" + type_name(b) + "\") to str");
  }
  return unsupported_operands(kInplaceSymbols[static_cast<int>(op)], a, b);
}

Ref unary_op(Value v, UnOp op) {
  if (op == UnOp::Not) {
    int t = truth(v);
    if (t < 0) return nullptr;
    return new_bool(!t);
  }
  Type* t = type_of(v);
  if (UnaryFn f = t->unary[static_cast<int>(op)]) return f(v);
  static const char* const kNames[] = {"~", "not", "unary +", "unary -"};
  return raise(g_TypeError, std::string("bad operand type for ") + kNames[static_cast<int>(op)] +
                                ": '" + t->name + "'");
}

// ---- attributes ------------------------------------------------------------------------------

Dict** instance_dict_slot(Value obj) {
  if (!obj.is_object()) return nullptr;
  Type* t = obj.obj()->type;
  if (!t->dict_offset) return nullptr;
  return reinterpret_cast<Dict**>(reinterpret_cast<char*>(obj.obj()) + t->dict_offset);
}

namespace {
Ref no_attribute(Value obj, Str* name) {
  return raise_attribute_error(
      obj, name,
      "'" + type_name(obj) + "' object has no attribute '" + std::string(name->view()) + "'");
}
}  // namespace

Ref generic_getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  Value descr = t->lookup(name);
  DescrGetFn get = nullptr;
  if (descr) {
    Type* dt = type_of(descr);
    get = dt->descr_get;
    if (get && dt->descr_set) return get(descr, obj, Value(t));  // data descriptor wins
  }
  if (Dict** slot = instance_dict_slot(obj); slot && *slot) {
    if (Value v = dict_get_str(*slot, name)) return Ref::borrow(v);
  }
  if (descr) {
    if (get) return get(descr, obj, Value(t));
    return Ref::borrow(descr);
  }
  return no_attribute(obj, name);
}

int generic_setattr(Value obj, Str* name, Value value) {
  Type* t = type_of(obj);
  Value descr = t->lookup(name);
  if (descr) {
    Type* dt = type_of(descr);
    if (dt->descr_set) return dt->descr_set(descr, obj, value);
  }
  Dict** slot = instance_dict_slot(obj);
  if (!slot) {
    if (descr) {
      raise(g_AttributeError,
            "'" + t->name + "' object attribute '" + std::string(name->view()) + "' is read-only");
    } else {
      no_attribute(obj, name);
    }
    return -1;
  }
  if (!*slot) {
    if (!value) {
      no_attribute(obj, name);
      return -1;
    }
    *slot = static_cast<Dict*>(new_dict().release().obj());
  }
  if (value) return dict_set(*slot, Value(name), value);
  bool err = false;
  if (!dict_get(*slot, Value(name), &err)) {
    no_attribute(obj, name);
    return -1;
  }
  return dict_del(*slot, Value(name));
}

Ref getattr(Value obj, Str* name) {
  Type* t = type_of(obj);
  if (t->getattr) return t->getattr(obj, name);
  return generic_getattr(obj, name);
}

Ref getattr(Value obj, std::string_view name) {
  return getattr(obj, intern(name));
}

Ref getattr_optional(Value obj, Str* name, bool* found) {
  Ref r = getattr(obj, name);
  *found = bool(r);
  if (!r && error_matches(g_AttributeError)) clear_error();
  return r;
}

int setattr(Value obj, Str* name, Value value) {
  Type* t = type_of(obj);
  if (t->setattr) return t->setattr(obj, name, value);
  return generic_setattr(obj, name, value);
}

int delattr(Value obj, Str* name) {
  return setattr(obj, name, Value());
}

// ---- calls -------------------------------------------------------------------------------------

Ref call(Value callable, Args args) {
  Type* t = type_of(callable);
  if (!t->call) return raise(g_TypeError, "'" + t->name + "' object is not callable");
  return t->call(callable, args);
}

Ref call(Value callable, std::initializer_list<Value> positional) {
  Args a;
  a.items = positional.begin();
  a.npos = positional.size();
  return call(callable, a);
}

Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> positional) {
  Ref m = getattr(obj, name);
  if (!m) return nullptr;
  return call(m.get(), positional);
}

// ---- containers -------------------------------------------------------------------------------

Ref get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter) return t->iter(v);
  if (t->getitem) return new_seq_iter(v);
  return raise(g_TypeError, "'" + t->name + "' object is not iterable");
}

Ref iter_next(Value it) {
  Type* t = type_of(it);
  if (!t->next) return raise(g_TypeError, "'" + t->name + "' object is not an iterator");
  Ref r = t->next(it);
  if (!r && error_matches(g_StopIteration)) clear_error();  // exhausted
  return r;
}

int64_t length(Value v) {
  Type* t = type_of(v);
  if (!t->len) {
    raise(g_TypeError, "object of type '" + t->name + "' has no len()");
    return -1;
  }
  return t->len(v);
}

Ref getitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->getitem) return t->getitem(obj, key);
  if (t == &g_type_type || t->is_subtype_of(&g_type_type)) {
    Type* cls = static_cast<Type*>(obj.obj());
    if (Value cg = cls->lookup("__class_getitem__")) {
      // An explicit classmethod binds to the class; a plain function is implicitly one.
      Type* ct = type_of(cg);
      if (ct->descr_get && ct != &g_function_type) {
        Ref bound = ct->descr_get(cg, Value(), obj);
        if (!bound) return nullptr;
        return call(bound.get(), {key});
      }
      return call(cg, {obj, key});
    }
    return raise(g_TypeError, "type '" + cls->name + "' is not subscriptable");
  }
  return raise(g_TypeError, "'" + t->name + "' object is not subscriptable");
}

int setitem(Value obj, Value key, Value value) {
  Type* t = type_of(obj);
  if (t->setitem) return t->setitem(obj, key, value);
  raise(g_TypeError, "'" + t->name + "' object does not support item assignment");
  return -1;
}

int delitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->setitem) return t->setitem(obj, key, Value());
  raise(g_TypeError, "'" + t->name + "' object doesn't support item deletion");
  return -1;
}

int contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  if (!t->iter && !t->getitem) {
    raise(g_TypeError, "argument of type '" + t->name + "' is not iterable");
    return -1;
  }
  Ref it = get_iter(container);
  if (!it) return -1;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) return error_occurred() ? -1 : 0;
    int eq = equal(x.get(), item);
    if (eq != 0) return eq;
  }
}

}  // namespace asyncplay::lang
