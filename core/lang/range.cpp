// range: an arithmetic progression with int64 bounds, indexed, sliced and searched in O(1).
//
// Bounds beyond int64 (range(10**20)) raise OverflowError; CPython supports them.
#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_range_type;

namespace {

inline Range* as_range(Value v) { return static_cast<Range*>(v.obj()); }

void range_dealloc(Object* o) { free_object(o); }

// Number of items of range(start, stop, step), computed without overflow.
int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  if (step > 0 && start < stop) {
    uint64_t diff = static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1;
    return static_cast<int64_t>(diff / static_cast<uint64_t>(step) + 1);
  }
  if (step < 0 && start > stop) {
    uint64_t diff = static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1;
    uint64_t ustep = 0 - static_cast<uint64_t>(step);
    return static_cast<int64_t>(diff / ustep + 1);
  }
  return 0;
}

bool range_arg(Value v, int64_t* out) {
  if (v.is_small_int()) {
    *out = v.small_int_value();
    return true;
  }
  if (!index_as_i64(v, out)) {
    if (error_matches(g_OverflowError)) {
      clear_error();
      raise(g_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return false;
  }
  return true;
}

inline int64_t item(Range* r, int64_t i) { return r->start + i * r->step; }

Ref range_new(Type*, Args args) {
  if (!check_no_kwargs("range", args)) return nullptr;
  if (!check_nargs("range", args, 1, 3)) return nullptr;
  int64_t start = 0, stop = 0, step = 1;
  if (args.npos == 1) {
    if (!range_arg(args[0], &stop)) return nullptr;
  } else {
    if (!range_arg(args[0], &start) || !range_arg(args[1], &stop)) return nullptr;
    if (args.npos == 3 && !range_arg(args[2], &step)) return nullptr;
    if (step == 0) return value_error("range() arg 3 must not be zero");
  }
  return new_range(start, stop, step);
}

Ref range_repr(Value self) {
  Range* r = as_range(self);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return new_str_ascii(s + ")");
}

int64_t range_len(Value self) { return as_range(self)->length; }
int range_truth(Value self) { return as_range(self)->length != 0; }

Ref range_getitem(Value self, Value key) {
  Range* r = as_range(self);
  int64_t i = 0;
  if (key.is_small_int()) {
    i = key.small_int_value();
  } else if (type_of(key) == &g_slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(as_slice(key), r->length, &start, &stop, &step);
    if (n < 0) return nullptr;
    int64_t new_step = r->step * step;
    int64_t new_start = item(r, start);
    int64_t new_stop = item(r, stop);
    (void)n;
    return new_range(new_start, new_stop, new_step);
  } else if (is_int(key) || type_of(key)->lookup("__index__")) {
    if (!index_as_i64(key, &i, g_IndexError)) return nullptr;
  } else {
    return type_error("range indices must be integers or slices, not " + type_name(key));
  }
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return raise(g_IndexError, "range object index out of range");
  return new_int(item(r, i));
}

// The position of the int x in r, or -1.
int64_t int_position(Range* r, Value x) {
  int64_t v = 0;
  if (!int_as_i64(x, &v) || r->length == 0) return -1;
  __int128 d = static_cast<__int128>(v) - r->start;
  if (d % r->step != 0) return -1;
  __int128 k = d / r->step;
  if (k < 0 || k >= r->length) return -1;
  return static_cast<int64_t>(k);
}

int range_contains(Value self, Value x) {
  Range* r = as_range(self);
  if (type_of(x) == &g_int_type || type_of(x) == &g_bool_type) return int_position(r, x) >= 0;
  for (int64_t i = 0; i < r->length; ++i) {
    Ref v = new_int(item(r, i));
    int eq = equal(v.get(), x);
    if (eq != 0) return eq;
  }
  return 0;
}

Ref range_iter(Value self) {
  Range* r = as_range(self);
  return new_range_iter(r->start, r->step, r->length);
}

Ref range_compare(Value self, Value other, CmpOp op) {
  if (type_of(other) != &g_range_type || (op != CmpOp::Eq && op != CmpOp::Ne)) {
    return Ref::borrow(not_implemented());
  }
  Range* a = as_range(self);
  Range* b = as_range(other);
  bool eq = a->length == b->length &&
            (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

bool range_hash(Value self, int64_t* out) {
  Range* r = as_range(self);
  Ref len = new_int(r->length);
  Ref start = r->length > 0 ? new_int(r->start) : Ref::borrow(none());
  Ref step = r->length > 1 ? new_int(r->step) : Ref::borrow(none());
  Ref t = new_tuple({len.get(), start.get(), step.get()});
  return hash(t.get(), out);
}

Ref range_m_index(Value self, Args args) {
  if (!check_nargs("range.index", args, 1, 1)) return nullptr;
  Range* r = as_range(self);
  if (type_of(args[0]) == &g_int_type || type_of(args[0]) == &g_bool_type) {
    int64_t k = int_position(r, args[0]);
    if (k >= 0) return new_int(k);
  } else {
    for (int64_t i = 0; i < r->length; ++i) {
      Ref v = new_int(item(r, i));
      int eq = equal(v.get(), args[0]);
      if (eq < 0) return nullptr;
      if (eq) return new_int(i);
    }
  }
  Ref rep = repr(args[0]);
  if (!rep) return nullptr;
  return value_error(as_str(rep.get())->data + " is not in range");
}

Ref range_m_count(Value self, Args args) {
  if (!check_nargs("range.count", args, 1, 1)) return nullptr;
  Range* r = as_range(self);
  if (type_of(args[0]) == &g_int_type || type_of(args[0]) == &g_bool_type) {
    return new_int(int_position(r, args[0]) >= 0 ? 1 : 0);
  }
  int64_t n = 0;
  for (int64_t i = 0; i < r->length; ++i) {
    Ref v = new_int(item(r, i));
    int eq = equal(v.get(), args[0]);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return new_int(n);
}

Ref range_m_reversed(Value self, Args args) {
  if (!check_nargs("range.__reversed__", args, 0, 0)) return nullptr;
  Range* r = as_range(self);
  if (r->length == 0) return new_range_iter(r->start, r->step, 0);
  return new_range_iter(item(r, r->length - 1), -r->step, r->length);
}

Ref range_get_start(Value self) { return new_int(as_range(self)->start); }
Ref range_get_stop(Value self) { return new_int(as_range(self)->stop); }
Ref range_get_step(Value self) { return new_int(as_range(self)->step); }

}  // namespace

Ref new_range(int64_t start, int64_t stop, int64_t step) {
  Object* o = alloc_object(&g_range_type, sizeof(Range));
  if (!o) return nullptr;
  Range* r = static_cast<Range*>(o);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = range_length(start, stop, step);
  return Ref::steal(Value(o));
}

void init_range_type() {
  Type* t = &g_range_type;
  type_init(t, "range", &g_object_type, sizeof(Range), range_dealloc, 0);
  t->repr = range_repr;
  t->hash = range_hash;
  t->compare = range_compare;
  t->len = range_len;
  t->truth = range_truth;
  t->getitem = range_getitem;
  t->contains = range_contains;
  t->iter = range_iter;
  t->new_ = range_new;
  add_method(t, "index", range_m_index);
  add_method(t, "count", range_m_count);
  add_method(t, "__reversed__", range_m_reversed);
  add_getset(t, "start", range_get_start);
  add_getset(t, "stop", range_get_stop);
  add_getset(t, "step", range_get_step);
  add_slot_wrappers(t);
}

}  // namespace asyncplay::lang
