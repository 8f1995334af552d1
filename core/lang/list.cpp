// list: a growable array of values, with CPython's slice assignment rules and a stable sort.
//
// sort() is a natural merge sort in the spirit of timsort: it finds ascending or strictly
// descending runs, extends short ones by binary insertion to a minimum run length, and merges
// them pairwise with timsort's stack invariants. Like CPython it only ever asks `<`, detects
// lists of only ints, only floats or only strs and compares those without dispatch, and
// leaves the list a permutation of its items when a comparison raises.
#include <algorithm>
#include <new>

#include "core/config.h"
#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_list_type;

namespace {

List* alloc_list(Type* t) {
  Object* o = alloc_object(t, t == &g_list_type ? sizeof(List) : 0);
  if (!o) return nullptr;
  List* l = static_cast<List*>(o);
  new (&l->items) std::vector<Value>();
  return l;
}

void list_dealloc(Object* o) {
  List* l = static_cast<List*>(o);
  // Decref after detaching: a destructor may look at the list.
  std::vector<Value> items = std::move(l->items);
  l->items.~vector();
  free_object(o);
  for (Value v : items) decref(v);
}

Ref notimpl() {
  return Ref::borrow(not_implemented());
}

bool is_list(Value v) {
  return v.is_object() &&
         (v.obj()->type == &g_list_type || v.obj()->type->is_subtype_of(&g_list_type));
}

// Replaces the items of l and releases the old ones afterwards.
void clear_items(List* l) {
  std::vector<Value> old;
  old.swap(l->items);
  for (Value v : old) decref(v);
}

}  // namespace

Ref new_list(int64_t reserve) {
  List* l = alloc_list(&g_list_type);
  if (!l) return nullptr;
  if (reserve > 0) l->items.reserve(static_cast<size_t>(reserve));
  return Ref::steal(Value(l));
}

Ref new_list_steal(Value* items, uint32_t n) {
  List* l = alloc_list(&g_list_type);
  if (!l) {
    for (uint32_t i = 0; i < n; ++i) decref(items[i]);
    return nullptr;
  }
  l->items.assign(items, items + n);
  return Ref::steal(Value(l));
}

void list_append(List* l, Value v) {
  l->items.push_back(newref(v));
}

namespace {

// Appends everything `iterable` yields to `out` (owned references). -1 on exception.
int extend_vector(std::vector<Value>* out, Value iterable) {
  Type* t = type_of(iterable);
  if (t == &g_list_type || t == &g_tuple_type) {
    const Value* items;
    int64_t n;
    if (t == &g_list_type) {
      items = as_list(iterable)->items.data();
      n = static_cast<int64_t>(as_list(iterable)->items.size());
    } else {
      items = as_tuple(iterable)->items;
      n = as_tuple(iterable)->size;
    }
    // Copy first: `l.extend(l)` reads the list it grows.
    std::vector<Value> copy(items, items + n);
    out->reserve(out->size() + copy.size());
    for (Value v : copy) out->push_back(newref(v));
    return 0;
  }
  Ref it = get_iter(iterable);
  if (!it) return -1;
  if (t->len) {
    int64_t hint = t->len(iterable);
    if (hint > 0) out->reserve(out->size() + static_cast<size_t>(hint));
    if (hint < 0) clear_error();
  }
  UnaryFn next = type_of(it.get())->next;
  for (;;) {
    Ref v = next(it.get());
    if (!v) return exhausted_or_error();
    out->push_back(v.release());
  }
}

}  // namespace

Ref list_extend(List* l, Value iterable) {
  if (extend_vector(&l->items, iterable) < 0) return nullptr;
  return new_none();
}

Ref list_from_iterable(Value iterable) {
  Ref r = new_list();
  if (!r) return nullptr;
  if (extend_vector(&as_list(r.get())->items, iterable) < 0) return nullptr;
  return r;
}

Ref list_to_tuple(List* l) {
  return new_tuple_from(l->items.data(), static_cast<int64_t>(l->items.size()));
}

bool sequence_items(Value v, Ref* holder, const Value** items, int64_t* n) {
  Type* t = type_of(v);
  if (t == &g_list_type || t->is_subtype_of(&g_list_type)) {
    *holder = Ref::borrow(v);
    *items = as_list(v)->items.data();
    *n = static_cast<int64_t>(as_list(v)->items.size());
    return true;
  }
  if (t == &g_tuple_type || t->is_subtype_of(&g_tuple_type)) {
    *holder = Ref::borrow(v);
    *items = as_tuple(v)->items;
    *n = as_tuple(v)->size;
    return true;
  }
  *holder = list_from_iterable(v);
  if (!*holder) return false;
  List* l = as_list(holder->get());
  *items = l->items.data();
  *n = static_cast<int64_t>(l->items.size());
  return true;
}

// ---- sort ------------------------------------------------------------------------------------

namespace {

struct SortItem {
  Value key;
  Value value;
};

enum class KeyKind { kGeneric, kSmallInt, kFloat, kStr };

struct Sorter {
  KeyKind kind = KeyKind::kGeneric;
  std::vector<SortItem> tmp;

  // a < b: 1, 0, or -1 on exception.
  int lt(Value a, Value b) const {
    switch (kind) {
      case KeyKind::kSmallInt:
        return a.small_int_value() < b.small_int_value();
      case KeyKind::kFloat:
        return float_value(a) < float_value(b);
      case KeyKind::kStr:
        return as_str(a)->data < as_str(b)->data;
      case KeyKind::kGeneric:
        break;
    }
    return compare_bool(a, b, CmpOp::Lt);
  }

  // Binary insertion sort of a[lo:hi], where a[lo:start] is already sorted.
  bool binary_insertion(SortItem* a, size_t lo, size_t hi, size_t start) {
    for (; start < hi; ++start) {
      SortItem pivot = a[start];
      size_t l = lo, r = start;
      while (l < r) {
        size_t mid = l + (r - l) / 2;
        int c = lt(pivot.key, a[mid].key);
        if (c < 0) return false;
        if (c)
          r = mid;
        else
          l = mid + 1;
      }
      for (size_t k = start; k > l; --k) a[k] = a[k - 1];
      a[l] = pivot;
    }
    return true;
  }

  // Length of the run at a[lo:hi]; strictly descending runs are reversed in place.
  int64_t count_run(SortItem* a, size_t lo, size_t hi) {
    if (lo + 1 >= hi) return static_cast<int64_t>(hi - lo);
    size_t k = lo + 1;
    int c = lt(a[k].key, a[lo].key);
    if (c < 0) return -1;
    if (c) {
      for (++k; k < hi; ++k) {
        c = lt(a[k].key, a[k - 1].key);
        if (c < 0) return -1;
        if (!c) break;
      }
      std::reverse(a + lo, a + k);
    } else {
      for (++k; k < hi; ++k) {
        c = lt(a[k].key, a[k - 1].key);
        if (c < 0) return -1;
        if (c) break;
      }
    }
    return static_cast<int64_t>(k - lo);
  }

  // Merges the adjacent sorted runs a[lo:mid] and a[mid:hi].
  bool merge(SortItem* a, size_t lo, size_t mid, size_t hi) {
    // Skip the prefix of the left run already in place, and the suffix of the right one.
    tmp.assign(a + lo, a + mid);
    size_t i = 0, j = mid, k = lo;
    const size_t ni = tmp.size();
    bool ok = true;
    while (i < ni && j < hi) {
      int c = lt(a[j].key, tmp[i].key);
      if (c < 0) {
        ok = false;
        break;
      }
      if (c)
        a[k++] = a[j++];
      else
        a[k++] = tmp[i++];
    }
    while (i < ni) a[k++] = tmp[i++];
    return ok;
  }

  bool sort(SortItem* a, size_t n) {
    if (n < 2) return true;
    size_t minrun = n;
    {
      size_t r = 0;
      while (minrun >= 64) {
        r |= minrun & 1;
        minrun >>= 1;
      }
      minrun += r;
    }
    struct Run {
      size_t base, len;
    };
    std::vector<Run> stack;
    auto merge_at = [&](size_t i) {
      Run& r1 = stack[i];
      Run& r2 = stack[i + 1];
      bool ok = merge(a, r1.base, r2.base, r2.base + r2.len);
      r1.len += r2.len;
      stack.erase(stack.begin() + static_cast<ptrdiff_t>(i) + 1);
      return ok;
    };
    size_t lo = 0;
    while (lo < n) {
      int64_t run = count_run(a, lo, n);
      if (run < 0) return false;
      size_t len = static_cast<size_t>(run);
      if (len < minrun) {
        size_t force = std::min(minrun, n - lo);
        if (!binary_insertion(a, lo, lo + force, lo + len)) return false;
        len = force;
      }
      stack.push_back({lo, len});
      lo += len;
      // merge_collapse
      while (stack.size() > 1) {
        size_t m = stack.size() - 2;
        if ((m > 0 && stack[m - 1].len <= stack[m].len + stack[m + 1].len) ||
            (m > 1 && stack[m - 2].len <= stack[m - 1].len + stack[m].len)) {
          if (stack[m - 1].len < stack[m + 1].len) --m;
        } else if (stack[m].len > stack[m + 1].len) {
          break;
        }
        if (!merge_at(m)) return false;
      }
    }
    while (stack.size() > 1) {
      size_t m = stack.size() - 2;
      if (m > 0 && stack[m - 1].len < stack[m + 1].len) --m;
      if (!merge_at(m)) return false;
    }
    return true;
  }
};

KeyKind key_kind(const std::vector<SortItem>& items) {
  if (items.empty()) return KeyKind::kGeneric;
  Type* first = type_of(items[0].key);
  if (first == &g_int_type) {
    for (const SortItem& it : items) {
      if (!it.key.is_small_int()) return KeyKind::kGeneric;
    }
    return KeyKind::kSmallInt;
  }
  if (first != &g_float_type && first != &g_str_type) return KeyKind::kGeneric;
  for (const SortItem& it : items) {
    if (type_of(it.key) != first) return KeyKind::kGeneric;
  }
  return first == &g_float_type ? KeyKind::kFloat : KeyKind::kStr;
}

}  // namespace

int list_sort(List* l, Value key, bool reverse) {
  // Detach the items so that changes made by comparisons can be detected.
  std::vector<Value> saved;
  saved.swap(l->items);
  const size_t n = saved.size();
  std::vector<SortItem> items(n);
  bool ok = true;
  std::vector<Value> keys;
  if (key && key != none()) {
    keys.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      Ref k = call(key, {saved[i]});
      if (!k) {
        ok = false;
        break;
      }
      keys.push_back(k.release());
    }
  }
  if (ok) {
    for (size_t i = 0; i < n; ++i) items[i] = {keys.empty() ? saved[i] : keys[i], saved[i]};
    if (reverse) std::reverse(items.begin(), items.end());
    Sorter sorter;
    sorter.kind = key_kind(items);
    ok = sorter.sort(items.data(), n);
    if (reverse) std::reverse(items.begin(), items.end());
    for (size_t i = 0; i < n; ++i) saved[i] = items[i].value;
  }
  for (Value k : keys) decref(k);
  const bool modified = l->items.capacity() != 0;
  std::vector<Value> garbage;
  garbage.swap(l->items);
  l->items.swap(saved);
  for (Value v : garbage) decref(v);
  if (ok && modified) {
    value_error("list modified during sort");
    return -1;
  }
  return ok ? 0 : -1;
}

// ---- slots
// -------------------------------------------------------------------------------------------

namespace {

Ref list_repr(Value self) {
  List* l = as_list(self);
  if (l->items.empty()) return new_str_ascii("[]");
  if (repr_enter(l)) return new_str_ascii("[...]");
  std::string out = "[";
  bool ascii = true;
  for (size_t i = 0; i < l->items.size(); ++i) {
    if (i) out += ", ";
    Value item = newref(l->items[i]);
    Ref r = repr(item);
    decref(item);
    if (!r) {
      repr_leave(l);
      return nullptr;
    }
    out += as_str(r.get())->data;
    ascii = ascii && as_str(r.get())->ascii;
  }
  repr_leave(l);
  out += ']';
  return ascii ? new_str_ascii(out) : new_str(out);
}

Ref list_compare(Value self, Value other, CmpOp op) {
  if (!is_list(other)) return notimpl();
  // Copy the items: comparisons may mutate the lists.
  std::vector<Value> a = as_list(self)->items, b = as_list(other)->items;
  for (Value v : a) incref(v);
  for (Value v : b) incref(v);
  Ref r = compare_sequences(a.data(), static_cast<int64_t>(a.size()), b.data(),
                            static_cast<int64_t>(b.size()), op);
  for (Value v : a) decref(v);
  for (Value v : b) decref(v);
  return r;
}

int64_t list_len(Value self) {
  return static_cast<int64_t>(as_list(self)->items.size());
}

int list_truth(Value self) {
  return !as_list(self)->items.empty();
}

Ref list_getitem(Value self, Value key) {
  List* l = as_list(self);
  const int64_t size = static_cast<int64_t>(l->items.size());
  int64_t i = 0;
  if (key.is_small_int()) {
    i = key.small_int_value();
  } else if (type_of(key) == &g_slice_type) {
    int64_t start, stop, step;
    int64_t n = slice_indices(as_slice(key), size, &start, &stop, &step);
    if (n < 0) return nullptr;
    Ref r = new_list(n);
    if (!r) return nullptr;
    List* out = as_list(r.get());
    for (int64_t k = 0, j = start; k < n; ++k, j += step) out->items.push_back(newref(l->items[j]));
    return r;
  } else if (is_int(key) || type_of(key)->lookup("__index__")) {
    if (!index_as_i64(key, &i, g_IndexError)) return nullptr;
  } else {
    return type_error("list indices must be integers or slices, not " + type_name(key));
  }
  if (i < 0) i += size;
  if (i < 0 || i >= size) return raise(g_IndexError, "list index out of range");
  return Ref::borrow(l->items[i]);
}

int list_ass_slice(List* l, Slice* s, Value value) {
  const int64_t size = static_cast<int64_t>(l->items.size());
  int64_t start, stop, step;
  int64_t n = slice_indices(s, size, &start, &stop, &step);
  if (n < 0) return -1;
  if (!value) {
    // del l[slice]
    if (n == 0) return 0;
    if (step < 0) {
      start = start + step * (n - 1);
      step = -step;
    }
    std::vector<Value> removed;
    removed.reserve(static_cast<size_t>(n));
    std::vector<Value> kept;
    kept.reserve(static_cast<size_t>(size - n));
    for (int64_t i = 0; i < size; ++i) {
      if (i >= start && (i - start) % step == 0 && (i - start) / step < n) {
        removed.push_back(l->items[i]);
      } else {
        kept.push_back(l->items[i]);
      }
    }
    l->items.swap(kept);
    for (Value v : removed) decref(v);
    return 0;
  }
  // The new items, copied first (l[:] = l must work).
  std::vector<Value> seq;
  if (value == Value(l)) {
    seq = l->items;
    for (Value v : seq) incref(v);
  } else {
    Type* vt = type_of(value);
    if (!vt->iter && !vt->getitem) {
      type_error(step == 1 ? "can only assign an iterable"
                           : "must assign iterable to extended slice");
      return -1;
    }
    if (extend_vector(&seq, value) < 0) {
      for (Value v : seq) decref(v);
      return -1;
    }
  }
  if (step == 1) {
    if (stop < start) stop = start;
    std::vector<Value> removed(l->items.begin() + start, l->items.begin() + stop);
    l->items.erase(l->items.begin() + start, l->items.begin() + stop);
    l->items.insert(l->items.begin() + start, seq.begin(), seq.end());
    for (Value v : removed) decref(v);
    return 0;
  }
  if (static_cast<int64_t>(seq.size()) != n) {
    value_error("attempt to assign sequence of size " + std::to_string(seq.size()) +
                " to extended slice of size " + std::to_string(n));
    for (Value v : seq) decref(v);
    return -1;
  }
  std::vector<Value> removed;
  removed.reserve(seq.size());
  for (int64_t k = 0, j = start; k < n; ++k, j += step) {
    removed.push_back(l->items[j]);
    l->items[j] = seq[k];
  }
  for (Value v : removed) decref(v);
  return 0;
}

int list_setitem(Value self, Value key, Value value) {
  List* l = as_list(self);
  const int64_t size = static_cast<int64_t>(l->items.size());
  int64_t i = 0;
  if (key.is_small_int()) {
    i = key.small_int_value();
  } else if (type_of(key) == &g_slice_type) {
    return list_ass_slice(l, as_slice(key), value);
  } else if (is_int(key) || type_of(key)->lookup("__index__")) {
    if (!index_as_i64(key, &i, g_IndexError)) return -1;
  } else {
    type_error("list indices must be integers or slices, not " + type_name(key));
    return -1;
  }
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    raise(g_IndexError, "list assignment index out of range");
    return -1;
  }
  Value old = l->items[i];
  if (value) {
    l->items[i] = newref(value);
  } else {
    l->items.erase(l->items.begin() + i);
  }
  decref(old);
  return 0;
}

int list_contains(Value self, Value item) {
  List* l = as_list(self);
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value v = l->items[i];
    if (v == item) return 1;
    incref(v);
    int eq = equal(v, item);
    decref(v);
    if (eq != 0) return eq;
  }
  return 0;
}

Ref list_iter(Value self) {
  return new_list_iter(as_list(self));
}

Ref list_add(Value self, Value other) {
  if (!is_list(other) || !is_list(self)) return notimpl();
  List* a = as_list(self);
  List* b = as_list(other);
  Ref r = new_list(static_cast<int64_t>(a->items.size() + b->items.size()));
  if (!r) return nullptr;
  List* out = as_list(r.get());
  for (Value v : a->items) out->items.push_back(newref(v));
  for (Value v : b->items) out->items.push_back(newref(v));
  return r;
}

bool repeat_count(Value count, int64_t* n) {
  if (count.is_small_int()) {
    *n = count.small_int_value();
    return true;
  }
  return index_as_i64(count, n);
}

bool is_index_like(Value v) {
  return v.is_small_int() || is_int(v) || type_of(v)->lookup("__index__");
}

Ref list_repeat(Value self, Value count) {
  if (!is_index_like(count)) return notimpl();
  int64_t n = 0;
  if (!repeat_count(count, &n)) return nullptr;
  List* l = as_list(self);
  const size_t size = l->items.size();
  if (n <= 0 || size == 0) return new_list();
  if (static_cast<uint64_t>(n) > (config::kMaxAllocBytes / sizeof(Value)) / size)
    return raise_empty(g_MemoryError);
  Ref r = new_list(static_cast<int64_t>(size) * n);
  if (!r) return nullptr;
  List* out = as_list(r.get());
  for (int64_t k = 0; k < n; ++k) {
    for (size_t i = 0; i < size; ++i) out->items.push_back(newref(l->items[i]));
  }
  return r;
}

Ref list_inplace_add(Value self, Value other) {
  if (!list_extend(as_list(self), other)) return nullptr;
  return Ref::borrow(self);
}

Ref list_inplace_mul(Value self, Value count) {
  if (!is_index_like(count)) return notimpl();
  int64_t n = 0;
  if (!repeat_count(count, &n)) return nullptr;
  List* l = as_list(self);
  if (n <= 0) {
    clear_items(l);
    return Ref::borrow(self);
  }
  const size_t size = l->items.size();
  if (size && static_cast<uint64_t>(n) > (config::kMaxAllocBytes / sizeof(Value)) / size)
    return raise_empty(g_MemoryError);
  l->items.reserve(size * static_cast<size_t>(n));
  for (int64_t k = 1; k < n; ++k) {
    for (size_t i = 0; i < size; ++i) l->items.push_back(newref(l->items[i]));
  }
  return Ref::borrow(self);
}

Ref list_new(Type* type, Args) {
  List* l = alloc_list(type);
  if (!l) return nullptr;
  return Ref::steal(Value(l));
}

int list_init(Value self, Args args) {
  if (type_of(self) == &g_list_type && !check_no_kwargs("list", args)) return -1;
  if (!check_nargs("list", Args{args.items, args.npos, nullptr}, 0, 1)) return -1;
  List* l = as_list(self);
  clear_items(l);
  if (args.npos == 1 && extend_vector(&l->items, args[0]) < 0) return -1;
  return 0;
}

// ---- methods
// -----------------------------------------------------------------------------------------

Ref list_m_append(Value self, Args args) {
  if (!check_nargs("list.append", args, 1, 1)) return nullptr;
  list_append(as_list(self), args[0]);
  return new_none();
}

Ref list_m_extend(Value self, Args args) {
  if (!check_nargs("list.extend", args, 1, 1)) return nullptr;
  return list_extend(as_list(self), args[0]);
}

Ref list_m_insert(Value self, Args args) {
  if (!check_nargs("insert", args, 2, 2)) return nullptr;
  int64_t i = 0;
  if (!index_as_i64(args[0], &i)) return nullptr;
  List* l = as_list(self);
  const int64_t size = static_cast<int64_t>(l->items.size());
  if (i < 0) i = std::max<int64_t>(i + size, 0);
  if (i > size) i = size;
  l->items.insert(l->items.begin() + i, newref(args[1]));
  return new_none();
}

Ref list_m_pop(Value self, Args args) {
  if (!check_nargs("pop", args, 0, 1)) return nullptr;
  List* l = as_list(self);
  int64_t i = -1;
  if (args.npos && !index_as_i64(args[0], &i)) return nullptr;
  const int64_t size = static_cast<int64_t>(l->items.size());
  if (size == 0) return raise(g_IndexError, "pop from empty list");
  if (i < 0) i += size;
  if (i < 0 || i >= size) return raise(g_IndexError, "pop index out of range");
  Value v = l->items[i];
  l->items.erase(l->items.begin() + i);
  return Ref::steal(v);
}

Ref list_m_remove(Value self, Args args) {
  if (!check_nargs("list.remove", args, 1, 1)) return nullptr;
  List* l = as_list(self);
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value v = newref(l->items[i]);
    int eq = equal(v, args[0]);
    decref(v);
    if (eq < 0) return nullptr;
    if (eq) {
      if (i < l->items.size()) {
        Value old = l->items[i];
        l->items.erase(l->items.begin() + static_cast<ptrdiff_t>(i));
        decref(old);
      }
      return new_none();
    }
  }
  return value_error("list.remove(x): x not in list");
}

Ref list_m_index(Value self, Args args) {
  if (!check_nargs("index", args, 1, 3)) return nullptr;
  List* l = as_list(self);
  int64_t start = 0, stop = INT64_MAX;
  if (args.npos > 1 && !index_as_i64_clamped(args[1], &start)) return nullptr;
  if (args.npos > 2 && !index_as_i64_clamped(args[2], &stop)) return nullptr;
  int64_t size = static_cast<int64_t>(l->items.size());
  if (start < 0) start = std::max<int64_t>(start + size, 0);
  if (stop < 0) stop = std::max<int64_t>(stop + size, 0);
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(l->items.size()); ++i) {
    Value v = newref(l->items[i]);
    int eq = equal(v, args[0]);
    decref(v);
    if (eq < 0) return nullptr;
    if (eq) return new_int(i);
  }
  Ref r = repr(args[0]);
  if (!r) return nullptr;
  return value_error(as_str(r.get())->data + " is not in list");
}

Ref list_m_count(Value self, Args args) {
  if (!check_nargs("list.count", args, 1, 1)) return nullptr;
  List* l = as_list(self);
  int64_t n = 0;
  for (size_t i = 0; i < l->items.size(); ++i) {
    Value v = newref(l->items[i]);
    int eq = equal(v, args[0]);
    decref(v);
    if (eq < 0) return nullptr;
    n += eq;
  }
  return new_int(n);
}

Ref list_m_sort(Value self, Args args) {
  if (args.npos) return type_error("sort() takes no positional arguments");
  Value a[2];
  if (!parse_args("sort", args, {"key", "reverse"}, 0, a)) return nullptr;
  bool reverse = false;
  if (a[1]) {
    int64_t r = 0;
    if (!index_as_i64(a[1], &r)) return nullptr;
    reverse = r != 0;
  }
  if (list_sort(as_list(self), a[0], reverse) < 0) return nullptr;
  return new_none();
}

Ref list_m_reverse(Value self, Args args) {
  if (!check_nargs("list.reverse", args, 0, 0)) return nullptr;
  std::reverse(as_list(self)->items.begin(), as_list(self)->items.end());
  return new_none();
}

Ref list_m_copy(Value self, Args args) {
  if (!check_nargs("list.copy", args, 0, 0)) return nullptr;
  List* l = as_list(self);
  Ref r = new_list(static_cast<int64_t>(l->items.size()));
  if (!r) return nullptr;
  for (Value v : l->items) list_append(as_list(r.get()), v);
  return r;
}

Ref list_m_clear(Value self, Args args) {
  if (!check_nargs("list.clear", args, 0, 0)) return nullptr;
  clear_items(as_list(self));
  return new_none();
}

Ref list_m_reversed(Value self, Args args) {
  if (!check_nargs("list.__reversed__", args, 0, 0)) return nullptr;
  return new_list_reverse_iter(as_list(self));
}

}  // namespace

void init_list_type() {
  Type* t = &g_list_type;
  type_init(t, "list", &g_object_type, sizeof(List), list_dealloc);
  t->repr = list_repr;
  t->hash = nullptr;
  t->compare = list_compare;
  t->len = list_len;
  t->truth = list_truth;
  t->getitem = list_getitem;
  t->setitem = list_setitem;
  t->contains = list_contains;
  t->iter = list_iter;
  t->new_ = list_new;
  t->init = list_init;
  t->binary[static_cast<int>(BinOp::Add)] = list_add;
  t->binary[static_cast<int>(BinOp::Mul)] = list_repeat;
  t->rbinary[static_cast<int>(BinOp::Mul)] = list_repeat;
  t->inplace[static_cast<int>(BinOp::Add)] = list_inplace_add;
  t->inplace[static_cast<int>(BinOp::Mul)] = list_inplace_mul;
  add_method(t, "append", list_m_append);
  add_method(t, "extend", list_m_extend);
  add_method(t, "insert", list_m_insert);
  add_method(t, "pop", list_m_pop);
  add_method(t, "remove", list_m_remove);
  add_method(t, "index", list_m_index);
  add_method(t, "count", list_m_count);
  add_method(t, "sort", list_m_sort);
  add_method(t, "reverse", list_m_reverse);
  add_method(t, "copy", list_m_copy);
  add_method(t, "clear", list_m_clear);
  add_method(t, "__reversed__", list_m_reversed);
  add_constant(t, "__hash__", none());
  add_slot_wrappers(t);
}

}  // namespace asyncplay::lang
