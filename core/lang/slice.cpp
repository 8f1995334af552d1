// slice objects and the normalisation of a slice against a sequence length that list, tuple,
// str and range share (CPython's PySlice_Unpack + PySlice_AdjustIndices).
#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_slice_type;

namespace {

void slice_dealloc(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  free_object(o);
}

// _PyEval_SliceIndex: None leaves *out alone; ints beyond int64 are clamped.
bool slice_bound(Value v, int64_t* out) {
  if (v == none()) return true;
  if (v.is_small_int()) {
    *out = v.small_int_value();
    return true;
  }
  if (!is_int(v) && !type_of(v)->lookup("__index__")) {
    type_error("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_i64_clamped(v, out);
}

}  // namespace

Ref new_slice(Value start, Value stop, Value step) {
  Object* o = alloc_object(&g_slice_type, sizeof(Slice));
  if (!o) return nullptr;
  Slice* s = static_cast<Slice*>(o);
  s->start = newref(start ? start : none());
  s->stop = newref(stop ? stop : none());
  s->step = newref(step ? step : none());
  return Ref::steal(Value(o));
}

int64_t slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
  *step = 1;
  if (!slice_bound(s->step, step)) return -1;
  if (*step == 0) {
    value_error("slice step cannot be zero");
    return -1;
  }
  if (*step < -INT64_MAX) *step = -INT64_MAX;
  *start = *step < 0 ? INT64_MAX : 0;
  if (!slice_bound(s->start, start)) return -1;
  *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  if (!slice_bound(s->stop, stop)) return -1;
  // PySlice_AdjustIndices
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = *step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = *step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = *step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = *step < 0 ? length - 1 : length;
  }
  if (*step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-*step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / *step + 1;
  }
  return 0;
}

namespace {

Ref slice_repr(Value self) {
  Slice* s = as_slice(self);
  Ref a = repr(s->start), b = a ? repr(s->stop) : Ref(), c = b ? repr(s->step) : Ref();
  if (!c) return nullptr;
  return new_str("slice(" + as_str(a.get())->data + ", " + as_str(b.get())->data + ", " +
                 as_str(c.get())->data + ")");
}

Ref slice_compare(Value self, Value other, CmpOp op) {
  if (type_of(other) != &g_slice_type) return Ref::borrow(not_implemented());
  Slice* a = as_slice(self);
  Slice* b = as_slice(other);
  Value x[3] = {a->start, a->stop, a->step};
  Value y[3] = {b->start, b->stop, b->step};
  return compare_sequences(x, 3, y, 3, op);
}

Ref slice_new(Type*, Args args) {
  if (!check_no_kwargs("slice", args)) return nullptr;
  if (!check_nargs("slice", args, 1, 3)) return nullptr;
  if (args.npos == 1) return new_slice(none(), args[0], none());
  return new_slice(args[0], args[1], args.npos > 2 ? args[2] : none());
}

Ref slice_m_indices(Value self, Args args) {
  if (!check_nargs("slice.indices", args, 1, 1)) return nullptr;
  int64_t length = 0;
  if (!index_as_i64(args[0], &length)) return nullptr;
  if (length < 0) return value_error("length should not be negative");
  int64_t start, stop, step;
  if (slice_indices(as_slice(self), length, &start, &stop, &step) < 0) return nullptr;
  // indices() reports the clamped bounds, not the slice length.
  Ref a = new_int(start), b = new_int(stop), c = new_int(step);
  return new_tuple({a.get(), b.get(), c.get()});
}

Ref slice_get_start(Value self) {
  return Ref::borrow(as_slice(self)->start);
}
Ref slice_get_stop(Value self) {
  return Ref::borrow(as_slice(self)->stop);
}
Ref slice_get_step(Value self) {
  return Ref::borrow(as_slice(self)->step);
}

}  // namespace

void init_slice_type() {
  Type* t = &g_slice_type;
  type_init(t, "slice", &g_object_type, sizeof(Slice), slice_dealloc, 0);
  t->repr = slice_repr;
  t->hash = nullptr;
  t->compare = slice_compare;
  t->new_ = slice_new;
  add_method(t, "indices", slice_m_indices);
  add_getset(t, "start", slice_get_start);
  add_getset(t, "stop", slice_get_stop);
  add_getset(t, "step", slice_get_step);
  add_constant(t, "__hash__", none());
  add_slot_wrappers(t);
}

}  // namespace asyncplay::lang
