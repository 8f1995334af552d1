// range: an arithmetic progression, indexed, sliced and searched in O(1).
//
// Bounds that fit in int64 (with an int64 length) use the int64 fields; anything larger
// (range(10**20)) keeps its start, stop, step and length as ints in `big` and computes with
// BigInt, as CPython's longrangeobject does. len() of such a range is an OverflowError, as in
// CPython.
#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_range_type;

namespace {

Type g_longrange_iter_type;

inline Range* as_range(Value v) {
  return static_cast<Range*>(v.obj());
}

void range_dealloc(Object* o) {
  decref(static_cast<Range*>(o)->big);
  free_object(o);
}

// Number of items of range(start, stop, step), computed without overflow; -1 if it does not
// fit in int64.
int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  uint64_t n = 0;
  if (step > 0 && start < stop) {
    uint64_t diff = static_cast<uint64_t>(stop) - static_cast<uint64_t>(start) - 1;
    n = diff / static_cast<uint64_t>(step) + 1;
  } else if (step < 0 && start > stop) {
    uint64_t diff = static_cast<uint64_t>(start) - static_cast<uint64_t>(stop) - 1;
    n = diff / (0 - static_cast<uint64_t>(step)) + 1;
  }
  return n > static_cast<uint64_t>(INT64_MAX) ? -1 : static_cast<int64_t>(n);
}

BigInt big_length(const BigInt& start, const BigInt& stop, const BigInt& step) {
  BigInt lo = start, hi = stop, st = step;
  if (step.is_negative()) {
    lo = stop;
    hi = start;
    st = -step;
  }
  if ((lo <=> hi) >= 0) return BigInt(0);
  NumResult<BigInt> q = BigInt::floordiv(hi - lo - BigInt(1), st);
  return *q + BigInt(1);
}

// The four numbers of a range as BigInts.
struct BigRange {
  BigInt start, stop, step, length;
};

BigRange big_of(Range* r) {
  if (r->big) {
    const Value* v = as_tuple(r->big)->items;  // (start, stop, step, length)
    return {int_to_bigint(v[0]), int_to_bigint(v[1]), int_to_bigint(v[2]), int_to_bigint(v[3])};
  }
  return {BigInt(r->start), BigInt(r->stop), BigInt(r->step), BigInt(r->length)};
}

Ref make_range(const BigInt& start, const BigInt& stop, const BigInt& step) {
  BigInt len = big_length(start, stop, step);
  auto s = start.try_int64(), e = stop.try_int64(), st = step.try_int64(), n = len.try_int64();
  if (s && e && st && n) return new_range(*s, *e, *st);
  Object* o = alloc_object(&g_range_type, sizeof(Range));
  if (!o) return nullptr;
  Range* r = static_cast<Range*>(o);
  Ref a = new_int(start), b = new_int(stop), c = new_int(step), d = new_int(len);
  r->big = new_tuple({a.get(), b.get(), c.get(), d.get()}).release();
  r->start = r->stop = r->length = 0;
  r->step = 1;
  return Ref::steal(Value(o));
}

Ref range_new(Type*, Args args) {
  if (!check_no_kwargs("range", args)) return nullptr;
  if (!check_nargs("range", args, 1, 3)) return nullptr;
  Ref v[3];
  for (size_t i = 0; i < args.npos; ++i) {
    v[i] = number_index(args[i]);
    if (!v[i]) return nullptr;
  }
  BigInt start(0), stop(0), step(1);
  if (args.npos == 1) {
    stop = int_to_bigint(v[0].get());
  } else {
    start = int_to_bigint(v[0].get());
    stop = int_to_bigint(v[1].get());
    if (args.npos == 3) step = int_to_bigint(v[2].get());
    if (step.is_zero()) return value_error("range() arg 3 must not be zero");
  }
  return make_range(start, stop, step);
}

Ref range_repr(Value self) {
  Range* r = as_range(self);
  if (r->big) {
    BigRange b = big_of(r);
    NumResult<std::string> s = b.start.to_decimal(), e = b.stop.to_decimal(),
                           st = b.step.to_decimal();
    if (!s || !e || !st)
      return raise(g_ValueError, "Exceeds the limit for integer string conversion");
    std::string out = "range(" + *s + ", " + *e;
    if (b.step != BigInt(1)) out += ", " + *st;
    return new_str_ascii(out + ")");
  }
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return new_str_ascii(s + ")");
}

int64_t range_len(Value self) {
  Range* r = as_range(self);
  if (r->big) {
    raise(g_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return r->length;
}

int range_truth(Value self) {
  Range* r = as_range(self);
  if (r->big) return !big_of(r).length.is_zero();
  return r->length != 0;
}

inline int64_t item(Range* r, int64_t i) {
  return r->start + i * r->step;
}

// PySlice_GetIndicesEx with arbitrary precision (_PySlice_GetLongIndices).
bool long_slice(Slice* s, const BigInt& length, BigInt* start, BigInt* stop, BigInt* step) {
  auto get = [](Value v, BigInt* out) {
    if (v == none()) return true;
    if (!is_int(v) && !type_of(v)->lookup("__index__")) {
      type_error("slice indices must be integers or None or have an __index__ method");
      return false;
    }
    Ref i = number_index(v);
    if (!i) return false;
    *out = int_to_bigint(i.get());
    return true;
  };
  *step = BigInt(1);
  if (!get(s->step, step)) return false;
  if (step->is_zero()) {
    value_error("slice step cannot be zero");
    return false;
  }
  const bool neg = step->is_negative();
  const BigInt lower = neg ? BigInt(-1) : BigInt(0);
  const BigInt upper = neg ? length - BigInt(1) : length;
  auto clamp = [&](Value v, BigInt deflt, BigInt* out) {
    if (v == none()) {
      *out = deflt;
      return true;
    }
    if (!get(v, out)) return false;
    if (out->is_negative()) {
      *out += length;
      if ((*out <=> lower) < 0) *out = lower;
    } else if ((*out <=> upper) > 0) {
      *out = upper;
    }
    return true;
  };
  return clamp(s->start, neg ? upper : lower, start) && clamp(s->stop, neg ? lower : upper, stop);
}

Ref range_getitem(Value self, Value key) {
  Range* r = as_range(self);
  if (type_of(key) == &g_slice_type) {
    if (!r->big) {
      int64_t start, stop, step;
      int64_t n = slice_indices(as_slice(key), r->length, &start, &stop, &step);
      if (n < 0) return nullptr;
      __int128 ns = static_cast<__int128>(r->start) + static_cast<__int128>(start) * r->step;
      __int128 ne = static_cast<__int128>(r->start) + static_cast<__int128>(stop) * r->step;
      __int128 nst = static_cast<__int128>(r->step) * step;
      if (ns == static_cast<int64_t>(ns) && ne == static_cast<int64_t>(ne) &&
          nst == static_cast<int64_t>(nst)) {
        return new_range(static_cast<int64_t>(ns), static_cast<int64_t>(ne),
                         static_cast<int64_t>(nst));
      }
    }
    BigRange b = big_of(r);
    BigInt start, stop, step;
    if (!long_slice(as_slice(key), b.length, &start, &stop, &step)) return nullptr;
    return make_range(b.start + start * b.step, b.start + stop * b.step, b.step * step);
  }
  if (!key.is_small_int() && !is_int(key) && !type_of(key)->lookup("__index__")) {
    return type_error("range indices must be integers or slices, not " + type_name(key));
  }
  if (!r->big) {
    int64_t i = 0;
    if (key.is_small_int()) {
      i = key.small_int_value();
    } else if (!index_as_i64(key, &i, g_IndexError)) {
      return nullptr;
    }
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) return raise(g_IndexError, "range object index out of range");
    return new_int(item(r, i));
  }
  Ref idx = number_index(key);
  if (!idx) return nullptr;
  BigRange b = big_of(r);
  BigInt i = int_to_bigint(idx.get());
  if (i.is_negative()) i += b.length;
  if (i.is_negative() || (i <=> b.length) >= 0) {
    return raise(g_IndexError, "range object index out of range");
  }
  return new_int(b.start + i * b.step);
}

// The position of the int x in r, or -1 (as BigInt: negative when absent).
BigInt position(Range* r, Value x) {
  if (!r->big) {
    int64_t v = 0;
    if (int_as_i64(x, &v) && r->length > 0) {
      __int128 d = static_cast<__int128>(v) - r->start;
      if (d % r->step != 0) return BigInt(-1);
      __int128 k = d / r->step;
      if (k < 0 || k >= r->length) return BigInt(-1);
      return BigInt(static_cast<int64_t>(k));
    }
    if (r->length == 0) return BigInt(-1);
  }
  BigRange b = big_of(r);
  if (b.length.is_zero()) return BigInt(-1);
  BigInt d = int_to_bigint(x) - b.start;
  NumResult<std::pair<BigInt, BigInt>> qr = BigInt::divmod(d, b.step);
  if (!qr->second.is_zero()) return BigInt(-1);
  const BigInt& k = qr->first;
  if (k.is_negative() || (k <=> b.length) >= 0) return BigInt(-1);
  return k;
}

bool is_exact_int(Value v) {
  return v.is_small_int() || type_of(v) == &g_int_type || type_of(v) == &g_bool_type;
}

int range_contains(Value self, Value x) {
  Range* r = as_range(self);
  if (is_exact_int(x)) return !position(r, x).is_negative();
  Ref it = get_iter(self);
  if (!it) return -1;
  for (;;) {
    Ref v = iter_next(it.get());
    if (!v) return error_occurred() ? -1 : 0;
    int eq = equal(v.get(), x);
    if (eq != 0) return eq;
  }
}

// An iterator over a range beyond int64.
struct LongRangeIter : Object {
  Value next, step;  // owned ints
  Value remaining;   // owned int
};

void longrange_iter_dealloc(Object* o) {
  LongRangeIter* it = static_cast<LongRangeIter*>(o);
  decref(it->next);
  decref(it->step);
  decref(it->remaining);
  free_object(o);
}

Ref longrange_iter_next(Value self) {
  LongRangeIter* it = static_cast<LongRangeIter*>(self.obj());
  BigInt remaining = int_to_bigint(it->remaining);
  if (remaining.sign() <= 0) return nullptr;
  Ref result = Ref::borrow(it->next);
  Ref next = new_int(int_to_bigint(it->next) + int_to_bigint(it->step));
  Ref rem = new_int(remaining - BigInt(1));
  decref(it->next);
  decref(it->remaining);
  it->next = next.release();
  it->remaining = rem.release();
  return result;
}

Ref self_iter(Value self) {
  return Ref::borrow(self);
}

Ref new_longrange_iter(const BigInt& start, const BigInt& step, const BigInt& length) {
  Object* o = alloc_object(&g_longrange_iter_type, sizeof(LongRangeIter));
  if (!o) return nullptr;
  LongRangeIter* it = static_cast<LongRangeIter*>(o);
  it->next = new_int(start).release();
  it->step = new_int(step).release();
  it->remaining = new_int(length).release();
  return Ref::steal(Value(o));
}

Ref range_iter(Value self) {
  Range* r = as_range(self);
  if (!r->big) return new_range_iter(r->start, r->step, r->length);
  BigRange b = big_of(r);
  return new_longrange_iter(b.start, b.step, b.length);
}

Ref range_compare(Value self, Value other, CmpOp op) {
  if (type_of(other) != &g_range_type || (op != CmpOp::Eq && op != CmpOp::Ne)) {
    return Ref::borrow(not_implemented());
  }
  BigRange a = big_of(as_range(self)), b = big_of(as_range(other));
  bool eq =
      a.length == b.length &&
      (a.length.is_zero() || (a.start == b.start && (a.length == BigInt(1) || a.step == b.step)));
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

bool range_hash(Value self, int64_t* out) {
  BigRange b = big_of(as_range(self));
  Ref len = new_int(b.length);
  Ref start = b.length.is_zero() ? Ref::borrow(none()) : new_int(b.start);
  Ref step = (b.length <=> BigInt(1)) <= 0 ? Ref::borrow(none()) : new_int(b.step);
  Ref t = new_tuple({len.get(), start.get(), step.get()});
  return hash(t.get(), out);
}

Ref range_m_index(Value self, Args args) {
  if (!check_nargs("range.index", args, 1, 1)) return nullptr;
  Range* r = as_range(self);
  if (is_exact_int(args[0])) {
    BigInt k = position(r, args[0]);
    if (!k.is_negative()) return new_int(k);
  } else {
    Ref it = get_iter(self);
    if (!it) return nullptr;
    for (int64_t i = 0;; ++i) {
      Ref v = iter_next(it.get());
      if (!v) {
        if (error_occurred()) return nullptr;
        break;
      }
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
  if (is_exact_int(args[0])) return new_int(position(r, args[0]).is_negative() ? 0 : 1);
  Ref it = get_iter(self);
  if (!it) return nullptr;
  int64_t n = 0;
  for (;;) {
    Ref v = iter_next(it.get());
    if (!v) return error_occurred() ? nullptr : new_int(n);
    int eq = equal(v.get(), args[0]);
    if (eq < 0) return nullptr;
    n += eq;
  }
}

Ref range_m_reversed(Value self, Args args) {
  if (!check_nargs("range.__reversed__", args, 0, 0)) return nullptr;
  Range* r = as_range(self);
  if (!r->big) {
    if (r->length == 0) return new_range_iter(r->start, r->step, 0);
    __int128 last =
        static_cast<__int128>(r->start) + static_cast<__int128>(r->length - 1) * r->step;
    if (last == static_cast<int64_t>(last) && r->step != INT64_MIN) {
      return new_range_iter(static_cast<int64_t>(last), -r->step, r->length);
    }
  }
  BigRange b = big_of(r);
  if (b.length.is_zero()) return new_longrange_iter(b.start, -b.step, b.length);
  return new_longrange_iter(b.start + (b.length - BigInt(1)) * b.step, -b.step, b.length);
}

Ref range_get(Value self, int which) {
  Range* r = as_range(self);
  if (r->big) {
    const Value* v = as_tuple(r->big)->items;
    return Ref::borrow(v[which]);
  }
  return new_int(which == 0 ? r->start : which == 1 ? r->stop : r->step);
}
Ref range_get_start(Value self) {
  return range_get(self, 0);
}
Ref range_get_stop(Value self) {
  return range_get(self, 1);
}
Ref range_get_step(Value self) {
  return range_get(self, 2);
}

}  // namespace

Ref new_range(int64_t start, int64_t stop, int64_t step) {
  int64_t length = range_length(start, stop, step);
  if (length < 0) return make_range(BigInt(start), BigInt(stop), BigInt(step));
  Object* o = alloc_object(&g_range_type, sizeof(Range));
  if (!o) return nullptr;
  Range* r = static_cast<Range*>(o);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = length;
  r->big = Value();
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

  Type* it = &g_longrange_iter_type;
  type_init(it, "longrange_iterator", &g_object_type, sizeof(LongRangeIter), longrange_iter_dealloc,
            0);
  it->iter = self_iter;
  it->next = longrange_iter_next;
}

}  // namespace asyncplay::lang
