// tuple: an immutable array of values, allocated in one block with its items.
//
// The empty tuple is an immortal singleton. The hash is CPython's (xxHash-based), so sets of
// tuples iterate in CPython's order.
#include <algorithm>
#include <cstddef>

#include "core/config.h"
#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_tuple_type;

namespace {

Tuple* g_empty_tuple = nullptr;

// `items` is the last member: the header ends where it starts.
constexpr size_t kItemsOffset = sizeof(Tuple) - sizeof(Value);

// Instances of classes that subclass tuple in Python keep their __dict__ pointer at the fixed
// offset the class machinery gives them: the base's basicsize, rounded up. A tuple's items are
// variable-sized, so tuple advertises room for kSubclassMaxItems items in its basicsize: a
// subclass instance holds up to that many items before its __dict__ (and always allocates that
// much). Exact tuples are allocated at their real size. (A layout with the __dict__ after the
// last item would lift the limit; it needs instance_dict_slot() to know about tuples.)
constexpr int64_t kSubclassMaxItems = 30;

size_t tuple_size_bytes(int64_t n) {
  size_t bytes = kItemsOffset + static_cast<size_t>(n) * sizeof(Value);
  return bytes < sizeof(Tuple) ? sizeof(Tuple) : bytes;
}

Tuple* alloc_tuple(Type* t, int64_t n) {
  size_t bytes = tuple_size_bytes(n);
  // A subclass: its basicsize covers the inline items and the members it adds.
  if (t != &g_tuple_type && t->basicsize > bytes) bytes = t->basicsize;
  Object* o = alloc_object(t, bytes);
  if (!o) return nullptr;
  Tuple* tup = static_cast<Tuple*>(o);
  tup->size = n;
  return tup;
}

void tuple_dealloc(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  for (int64_t i = 0; i < t->size; ++i) decref(t->items[i]);
  free_object(o);
}

Ref notimpl() {
  return Ref::borrow(not_implemented());
}

bool is_tuple(Value v) {
  return v.is_object() &&
         (v.obj()->type == &g_tuple_type || v.obj()->type->is_subtype_of(&g_tuple_type));
}

Tuple* empty_singleton() {
  if (!g_empty_tuple) {
    g_empty_tuple = alloc_tuple(&g_tuple_type, 0);
    g_empty_tuple->refcnt = 1u << 30;
  }
  return g_empty_tuple;
}

}  // namespace

Value empty_tuple() {
  return Value(empty_singleton());
}

Ref new_tuple(int64_t size) {
  if (size == 0) return Ref::borrow(empty_tuple());
  Tuple* t = alloc_tuple(&g_tuple_type, size);
  if (!t) return nullptr;
  return Ref::steal(Value(t));
}

Ref new_tuple(std::initializer_list<Value> items) {
  return new_tuple_from(items.begin(), static_cast<int64_t>(items.size()));
}

Ref new_tuple_from(const Value* items, int64_t n) {
  Ref r = new_tuple(n);
  if (!r) return nullptr;
  Tuple* t = as_tuple(r.get());
  for (int64_t i = 0; i < n; ++i) t->items[i] = newref(items[i]);
  return r;
}

Ref new_tuple_steal(Value* items, uint32_t n) {
  if (n == 0) return Ref::borrow(empty_tuple());
  Tuple* t = alloc_tuple(&g_tuple_type, n);
  if (!t) {
    for (uint32_t i = 0; i < n; ++i) decref(items[i]);
    return nullptr;
  }
  for (uint32_t i = 0; i < n; ++i) t->items[i] = items[i];
  return Ref::steal(Value(t));
}

Ref tuple_from_iterable(Value iterable) {
  Type* t = type_of(iterable);
  if (t == &g_tuple_type) return Ref::borrow(iterable);
  if (t == &g_list_type) {
    List* l = as_list(iterable);
    return new_tuple_from(l->items.data(), static_cast<int64_t>(l->items.size()));
  }
  Ref list = list_from_iterable(iterable);
  if (!list) return nullptr;
  return list_to_tuple(as_list(list.get()));
}

namespace {

Ref tuple_repr(Value self) {
  Tuple* t = as_tuple(self);
  if (t->size == 0) return new_str_ascii("()");
  if (repr_enter(t)) return new_str_ascii("(...)");
  std::string out = "(";
  bool ascii = true;
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    Ref r = repr(t->items[i]);
    if (!r) {
      repr_leave(t);
      return nullptr;
    }
    out += as_str(r.get())->data;
    ascii = ascii && as_str(r.get())->ascii;
  }
  repr_leave(t);
  out += t->size == 1 ? ",)" : ")";
  return ascii ? new_str_ascii(out) : new_str(out);
}

bool tuple_hash(Value self, int64_t* out) {
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  Tuple* t = as_tuple(self);
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->size; ++i) {
    int64_t h = 0;
    if (!hash(t->items[i], &h)) return false;
    acc += static_cast<uint64_t>(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539ull);
  if (acc == static_cast<uint64_t>(-1)) {
    *out = 1546275796;
    return true;
  }
  *out = static_cast<int64_t>(acc);
  return true;
}

}  // namespace

// Lexicographic comparison of two arrays, as list and tuple richcompare do.
Ref compare_sequences(const Value* a, int64_t na, const Value* b, int64_t nb, CmpOp op) {
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && na != nb) return new_bool(op == CmpOp::Ne);
  int64_t i = 0;
  for (; i < na && i < nb; ++i) {
    if (a[i] == b[i]) continue;
    int eq = equal(a[i], b[i]);
    if (eq < 0) return nullptr;
    if (!eq) break;
  }
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
      case CmpOp::Lt:
        r = na < nb;
        break;
      case CmpOp::Le:
        r = na <= nb;
        break;
      case CmpOp::Eq:
        r = na == nb;
        break;
      case CmpOp::Ne:
        r = na != nb;
        break;
      case CmpOp::Gt:
        r = na > nb;
        break;
      case CmpOp::Ge:
        r = na >= nb;
        break;
    }
    return new_bool(r);
  }
  if (op == CmpOp::Eq) return new_bool(false);
  if (op == CmpOp::Ne) return new_bool(true);
  return compare(a[i], b[i], op);
}

namespace {

Ref tuple_compare(Value self, Value other, CmpOp op) {
  if (!is_tuple(other)) return notimpl();
  Tuple* a = as_tuple(self);
  Tuple* b = as_tuple(other);
  return compare_sequences(a->items, a->size, b->items, b->size, op);
}

int64_t tuple_len(Value self) {
  return as_tuple(self)->size;
}

Ref tuple_slice(Tuple* t, int64_t start, int64_t n, int64_t step) {
  if (step == 1 && start == 0 && n == t->size && t->type == &g_tuple_type) {
    return Ref::borrow(Value(t));
  }
  Ref r = new_tuple(n);
  if (!r) return nullptr;
  Tuple* out = as_tuple(r.get());
  for (int64_t k = 0, j = start; k < n; ++k, j += step) out->items[k] = newref(t->items[j]);
  return r;
}

Ref tuple_getitem(Value self, Value key) {
  Tuple* t = as_tuple(self);
  int64_t i = 0;
  if (key.is_small_int()) {
    i = key.small_int_value();
  } else if (type_of(key) == &g_slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(as_slice(key), t->size, &start, &stop, &step);
    if (n < 0) return nullptr;
    return tuple_slice(t, start, n, step);
  } else if (is_int(key) || type_of(key)->lookup("__index__")) {
    if (!index_as_i64(key, &i, g_IndexError)) return nullptr;
  } else {
    return type_error("tuple indices must be integers or slices, not " + type_name(key));
  }
  if (i < 0) i += t->size;
  if (i < 0 || i >= t->size) return raise(g_IndexError, "tuple index out of range");
  return Ref::borrow(t->items[i]);
}

int tuple_contains(Value self, Value item) {
  Tuple* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], item);
    if (eq != 0) return eq;
  }
  return 0;
}

Ref tuple_iter(Value self) {
  return new_tuple_iter(as_tuple(self));
}

Ref tuple_add(Value self, Value other) {
  if (!is_tuple(other) || !is_tuple(self)) return notimpl();
  Tuple* a = as_tuple(self);
  Tuple* b = as_tuple(other);
  if (b->size == 0 && a->type == &g_tuple_type) return Ref::borrow(self);
  if (a->size == 0 && b->type == &g_tuple_type) return Ref::borrow(other);
  Ref r = new_tuple(a->size + b->size);
  if (!r) return nullptr;
  Tuple* t = as_tuple(r.get());
  for (int64_t i = 0; i < a->size; ++i) t->items[i] = newref(a->items[i]);
  for (int64_t i = 0; i < b->size; ++i) t->items[a->size + i] = newref(b->items[i]);
  return r;
}

Ref tuple_repeat(Value self, Value count) {
  int64_t n = 0;
  if (count.is_small_int()) {
    n = count.small_int_value();
  } else if (is_int(count) || type_of(count)->lookup("__index__")) {
    if (!index_as_i64(count, &n)) return nullptr;
  } else {
    return notimpl();
  }
  Tuple* t = as_tuple(self);
  if (n <= 0 || t->size == 0) return Ref::borrow(empty_tuple());
  if (n == 1 && t->type == &g_tuple_type) return Ref::borrow(self);
  if (static_cast<uint64_t>(n) >
      (config::kMaxAllocBytes / sizeof(Value)) / static_cast<uint64_t>(t->size)) {
    return raise_empty(g_MemoryError);
  }
  Ref r = new_tuple(t->size * n);
  if (!r) return nullptr;
  Tuple* out = as_tuple(r.get());
  for (int64_t k = 0; k < n; ++k) {
    for (int64_t i = 0; i < t->size; ++i) out->items[k * t->size + i] = newref(t->items[i]);
  }
  return r;
}

Ref tuple_new(Type* type, Args args) {
  if (!check_no_kwargs("tuple", args)) return nullptr;
  if (!check_nargs("tuple", args, 0, 1)) return nullptr;
  Ref items = args.npos ? tuple_from_iterable(args[0]) : Ref::borrow(empty_tuple());
  if (!items || type == &g_tuple_type) return items;
  Tuple* src = as_tuple(items.get());
  if (type->dict_offset && type->dict_offset < tuple_size_bytes(src->size)) {
    // The items would overlap the instance __dict__ (see kSubclassMaxItems).
    return type_error("asyncplay: instances of tuple subclasses hold at most " +
                      std::to_string(kSubclassMaxItems) + " items");
  }
  Tuple* t = alloc_tuple(type, src->size);
  if (!t) return nullptr;
  for (int64_t i = 0; i < src->size; ++i) t->items[i] = newref(src->items[i]);
  return Ref::steal(Value(t));
}

Ref tuple_m_index(Value self, Args args) {
  if (!check_nargs("index", args, 1, 3)) return nullptr;
  Tuple* t = as_tuple(self);
  int64_t start = 0, stop = INT64_MAX;
  if (args.npos > 1 && !index_as_i64_clamped(args[1], &start)) return nullptr;
  if (args.npos > 2 && !index_as_i64_clamped(args[2], &stop)) return nullptr;
  if (start < 0) start = std::max<int64_t>(start + t->size, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + t->size, 0);
  for (int64_t i = start; i < stop && i < t->size; ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return nullptr;
    if (eq) return new_int(i);
  }
  return value_error("tuple.index(x): x not in tuple");
}

Ref tuple_m_count(Value self, Args args) {
  if (!check_nargs("tuple.count", args, 1, 1)) return nullptr;
  Tuple* t = as_tuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) {
    int eq = equal(t->items[i], args[0]);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return new_int(n);
}

Ref tuple_m_getnewargs(Value self, Args args) {
  if (!check_nargs("tuple.__getnewargs__", args, 0, 0)) return nullptr;
  Tuple* t = as_tuple(self);
  Ref copy = new_tuple_from(t->items, t->size);
  return new_tuple({copy.get()});
}

}  // namespace

void init_tuple_type() {
  Type* t = &g_tuple_type;
  type_init(t, "tuple", &g_object_type, tuple_size_bytes(kSubclassMaxItems), tuple_dealloc);
  t->repr = tuple_repr;
  t->hash = tuple_hash;
  t->compare = tuple_compare;
  t->len = tuple_len;
  t->getitem = tuple_getitem;
  t->contains = tuple_contains;
  t->iter = tuple_iter;
  t->new_ = tuple_new;
  t->binary[static_cast<int>(BinOp::Add)] = tuple_add;
  t->binary[static_cast<int>(BinOp::Mul)] = tuple_repeat;
  t->rbinary[static_cast<int>(BinOp::Mul)] = tuple_repeat;
  add_method(t, "index", tuple_m_index);
  add_method(t, "count", tuple_m_count);
  add_method(t, "__getnewargs__", tuple_m_getnewargs);
  add_slot_wrappers(t);
  empty_singleton();
}

}  // namespace asyncplay::lang
