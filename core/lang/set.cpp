// set and frozenset: CPython's setobject.c, so that iteration orders match.
//
// An open-addressing table of (key, hash) entries whose size is a power of two (8 at first, kept
// inline). A probe looks at the home slot and, when there is room before the end of the table, the
// 9 slots after it (LINEAR_PROBES), then jumps with CPython's perturbation recurrence. Deleted
// entries become dummies (hash -1). The table grows when fill*5 >= mask*3, to the smallest power
// of two above used*4 (used*2 past 50000 entries). The set operations follow CPython's algorithms
// step by step (which set is iterated, when a result is pre-sized), because each of those choices
// shows in the order of the result.
#include <algorithm>
#include <cstring>

#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_set_type, g_frozenset_type;

namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
using Entry = Set::Entry;

Object g_dummy_object;  // the key of deleted entries; never reference counted
inline Value dummy() {
  return Value(&g_dummy_object);
}

Ref notimpl() {
  return Ref::borrow(not_implemented());
}

inline bool anyset(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.obj()->type;
  return t == &g_set_type || t == &g_frozenset_type || t->is_subtype_of(&g_set_type) ||
         t->is_subtype_of(&g_frozenset_type);
}

inline bool is_exact_str(Value v) {
  return v.is_object() && v.obj()->type == &g_str_type;
}

inline bool key_hash(Value key, int64_t* h) {
  if (key.is_small_int()) {
    *h = hash_int64(key.small_int_value());
    return true;
  }
  if (is_exact_str(key)) {
    *h = str_hash(as_str(key));
    return true;
  }
  return hash(key, h);
}

void reset_small(Set* so) {
  std::memset(static_cast<void*>(so->small_table), 0, sizeof(so->small_table));
  so->table = so->small_table;
  so->mask = Set::kMinSize - 1;
  so->fill = 0;
  so->used = 0;
  so->hash = -1;
}

Set* alloc_set(Type* t) {
  bool exact = t == &g_set_type || t == &g_frozenset_type;
  Object* o = alloc_object(t, exact ? sizeof(Set) : 0);
  if (!o) return nullptr;
  Set* so = static_cast<Set*>(o);
  reset_small(so);
  so->finger = 0;
  return so;
}

void set_dealloc(Object* o) {
  Set* so = static_cast<Set*>(o);
  Entry* table = so->table;
  const int64_t size = so->mask + 1;
  std::vector<Value> keys;
  keys.reserve(static_cast<size_t>(so->used));
  for (int64_t i = 0; i < size; ++i) {
    if (table[i].key && table[i].key != dummy()) keys.push_back(table[i].key);
  }
  if (table != so->small_table) delete[] table;
  free_object(o);
  for (Value k : keys) decref(k);
}

// ---- probing ---------------------------------------------------------------------------------

// set_lookkey: the entry holding `key`, or the empty entry where the probe ended; null on error.
Entry* lookkey(Set* so, Value key, int64_t hash) {
  for (;;) {
  restart:
    size_t mask = static_cast<size_t>(so->mask);
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb =
        static_cast<uint64_t>(hash);  // 64 bits on every target, as CPython on x86-64
    for (;;) {
      Entry* entry = &so->table[i];
      int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      do {
        if (entry->hash == 0 && !entry->key) return entry;
        if (entry->hash == hash) {
          Value startkey = entry->key;
          if (startkey == key) return entry;
          if (is_exact_str(startkey) && is_exact_str(key)) {
            if (str_equal(as_str(startkey), as_str(key))) return entry;
          } else {
            Entry* table = so->table;
            incref(startkey);
            int cmp = equal(startkey, key);
            decref(startkey);
            if (cmp < 0) return nullptr;
            if (table != so->table || entry->key != startkey) goto restart;
            if (cmp > 0) return entry;
            mask = static_cast<size_t>(so->mask);
          }
        }
        ++entry;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

void insert_clean(Entry* table, size_t mask, Value key, int64_t hash) {
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    Entry* entry = &table[i];
    if (!entry->key) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (!entry->key) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void table_resize(Set* so, int64_t minused) {
  size_t newsize = Set::kMinSize;
  while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;
  Entry* oldtable = so->table;
  const size_t oldsize = static_cast<size_t>(so->mask) + 1;
  const bool old_heap = oldtable != so->small_table;
  Entry small_copy[Set::kMinSize];
  Entry* newtable;
  if (newsize == static_cast<size_t>(Set::kMinSize)) {
    newtable = so->small_table;
    if (newtable == oldtable) {
      if (so->fill == so->used) return;
      std::memcpy(static_cast<void*>(small_copy), oldtable, sizeof(small_copy));
      oldtable = small_copy;
    }
  } else {
    newtable = new Entry[newsize];
  }
  std::memset(static_cast<void*>(newtable), 0, sizeof(Entry) * newsize);
  so->mask = static_cast<int64_t>(newsize) - 1;
  so->table = newtable;
  const size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (size_t i = 0; i < oldsize; ++i) {
      if (oldtable[i].key) insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
    }
  } else {
    so->fill = so->used;
    for (size_t i = 0; i < oldsize; ++i) {
      Value k = oldtable[i].key;
      if (k && k != dummy()) insert_clean(newtable, newmask, k, oldtable[i].hash);
    }
  }
  if (old_heap) delete[] oldtable;
}

// set_add_entry: adds a reference to key when inserted. -1 on exception.
int add_entry(Set* so, Value key, int64_t hash) {
  incref(key);
  for (;;) {
  restart:
    size_t mask = static_cast<size_t>(so->mask);
    size_t i = static_cast<size_t>(hash) & mask;
    Entry* freeslot = nullptr;
    uint64_t perturb =
        static_cast<uint64_t>(hash);  // 64 bits on every target, as CPython on x86-64
    for (;;) {
      Entry* entry = &so->table[i];
      int probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      do {
        if (entry->hash == 0 && !entry->key) {
          if (freeslot) {
            ++so->used;
            freeslot->key = key;
            freeslot->hash = hash;
            return 0;
          }
          ++so->fill;
          ++so->used;
          entry->key = key;
          entry->hash = hash;
          if (static_cast<size_t>(so->fill) * 5 < mask * 3) return 0;
          table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
          return 0;
        }
        if (entry->hash == hash) {
          Value startkey = entry->key;
          if (startkey == key) {
            decref(key);
            return 0;
          }
          if (is_exact_str(startkey) && is_exact_str(key)) {
            if (str_equal(as_str(startkey), as_str(key))) {
              decref(key);
              return 0;
            }
          } else {
            Entry* table = so->table;
            incref(startkey);
            int cmp = equal(startkey, key);
            decref(startkey);
            if (cmp > 0) {
              decref(key);
              return 0;
            }
            if (cmp < 0) {
              decref(key);
              return -1;
            }
            if (table != so->table || entry->key != startkey) goto restart;
            mask = static_cast<size_t>(so->mask);
          }
        } else if (entry->hash == -1) {
          freeslot = entry;
        }
        ++entry;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

int add_key(Set* so, Value key) {
  int64_t h = 0;
  if (!key_hash(key, &h)) return -1;
  return add_entry(so, key, h);
}

int contains_entry(Set* so, Value key, int64_t hash) {
  Entry* e = lookkey(so, key, hash);
  if (!e) return -1;
  return e->key ? 1 : 0;
}

int contains_key(Set* so, Value key) {
  int64_t h = 0;
  if (!key_hash(key, &h)) return -1;
  return contains_entry(so, key, h);
}

// 1 found (removed), 0 not found, -1 error.
int discard_entry(Set* so, Value key, int64_t hash) {
  Entry* e = lookkey(so, key, hash);
  if (!e) return -1;
  if (!e->key) return 0;
  Value old = e->key;
  e->key = dummy();
  e->hash = -1;
  --so->used;
  decref(old);
  return 1;
}

int discard_key(Set* so, Value key) {
  int64_t h = 0;
  if (!key_hash(key, &h)) return -1;
  return discard_entry(so, key, h);
}

void clear_internal(Set* so) {
  Entry* table = so->table;
  const int64_t size = so->mask + 1;
  std::vector<Value> keys;
  keys.reserve(static_cast<size_t>(so->used));
  for (int64_t i = 0; i < size; ++i) {
    if (table[i].key && table[i].key != dummy()) keys.push_back(table[i].key);
  }
  const bool heap = table != so->small_table;
  reset_small(so);
  if (heap) delete[] table;
  for (Value k : keys) decref(k);
}

bool next_entry(Set* so, int64_t* pos, Entry** out) {
  int64_t i = *pos;
  const int64_t mask = so->mask;
  while (i <= mask && (!so->table[i].key || so->table[i].key == dummy())) ++i;
  *pos = i + 1;
  if (i > mask) return false;
  *out = &so->table[i];
  return true;
}

int set_merge(Set* so, Set* other) {
  if (other == so || other->used == 0) return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; ++i) {
      Value key = other->table[i].key;
      if (key) {
        so->table[i].key = newref(key);
        so->table[i].hash = other->table[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = 0; i <= other->mask; ++i) {
      Value key = other->table[i].key;
      if (key && key != dummy()) {
        insert_clean(so->table, static_cast<size_t>(so->mask), newref(key), other->table[i].hash);
      }
    }
    return 0;
  }
  for (int64_t i = 0; i <= other->mask; ++i) {
    Value key = other->table[i].key;
    if (key && key != dummy()) {
      if (add_entry(so, key, other->table[i].hash) < 0) return -1;
    }
  }
  return 0;
}

int update_internal(Set* so, Value other) {
  if (anyset(other)) return set_merge(so, as_set(other));
  if (type_of(other) == &g_dict_type) {
    Dict* d = as_dict(other);
    const int64_t dictsize = d->used;
    if ((so->fill + dictsize) * 5 >= so->mask * 3) table_resize(so, (so->used + dictsize) * 2);
    for (size_t i = 0; i < d->entries.size(); ++i) {
      const Dict::Entry e = d->entries[i];
      if (e.key && add_entry(so, e.key, e.hash) < 0) return -1;
    }
    return 0;
  }
  Ref it = get_iter(other);
  if (!it) return -1;
  UnaryFn next = type_of(it.get())->next;
  for (;;) {
    Ref key = next(it.get());
    if (!key) return exhausted_or_error();
    if (add_key(so, key.get()) < 0) return -1;
  }
}

Ref make_new_set(Type* type, Value iterable) {
  Set* so = alloc_set(type);
  if (!so) return nullptr;
  Ref r = Ref::steal(Value(so));
  if (iterable && update_internal(so, iterable) < 0) return nullptr;
  return r;
}

Type* basetype(Type* t) {
  if (t == &g_set_type || t == &g_frozenset_type) return t;
  return t->is_subtype_of(&g_set_type) ? &g_set_type : &g_frozenset_type;
}

Ref make_new_set_basetype(Type* type, Value iterable) {
  return make_new_set(basetype(type), iterable);
}

Ref set_copy(Set* so) {
  return make_new_set_basetype(so->type, Value(so));
}

void swap_bodies(Set* a, Set* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  Entry* u = a->table == a->small_table ? b->small_table : a->table;
  a->table = b->table == b->small_table ? a->small_table : b->table;
  b->table = u;
  if (a->table == a->small_table || b->table == b->small_table) {
    Entry tab[Set::kMinSize];
    std::memcpy(static_cast<void*>(tab), a->small_table, sizeof(tab));
    std::memcpy(static_cast<void*>(a->small_table), b->small_table, sizeof(tab));
    std::memcpy(static_cast<void*>(b->small_table), tab, sizeof(tab));
  }
  if (a->type->is_subtype_of(&g_frozenset_type) && b->type->is_subtype_of(&g_frozenset_type)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

// ---- set algebra
// ---------------------------------------------------------------------------------

Ref set_intersection(Set* so, Value other) {
  if (Value(so) == other) return set_copy(so);
  Ref result = make_new_set_basetype(so->type, Value());
  if (!result) return nullptr;
  Set* res = as_set(result.get());
  if (anyset(other)) {
    Set* a = so;
    Set* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    int64_t pos = 0;
    Entry* e;
    while (next_entry(b, &pos, &e)) {
      Value key = newref(e->key);
      int64_t h = e->hash;
      int rv = contains_entry(a, key, h);
      if (rv > 0) rv = add_entry(res, key, h) < 0 ? -1 : 1;
      decref(key);
      if (rv < 0) return nullptr;
    }
    return result;
  }
  Ref it = get_iter(other);
  if (!it) return nullptr;
  for (;;) {
    Ref key = iter_next(it.get());
    if (!key) {
      if (error_occurred()) return nullptr;
      break;
    }
    int64_t h = 0;
    if (!key_hash(key.get(), &h)) return nullptr;
    int rv = contains_entry(so, key.get(), h);
    if (rv < 0) return nullptr;
    if (rv) {
      if (add_entry(res, key.get(), h) < 0) return nullptr;
      if (res->used >= so->used) break;
    }
  }
  return result;
}

int difference_update_internal(Set* so, Value other) {
  if (Value(so) == other) {
    clear_internal(so);
    return 0;
  }
  if (anyset(other)) {
    Ref holder;
    Set* o = as_set(other);
    if ((o->used >> 3) > so->used) {
      holder = set_intersection(so, other);
      if (!holder) return -1;
      o = as_set(holder.get());
    } else {
      holder = Ref::borrow(other);
    }
    int64_t pos = 0;
    Entry* e;
    while (next_entry(o, &pos, &e)) {
      Value key = newref(e->key);
      int rv = discard_entry(so, key, e->hash);
      decref(key);
      if (rv < 0) return -1;
    }
  } else {
    Ref it = get_iter(other);
    if (!it) return -1;
    for (;;) {
      Ref key = iter_next(it.get());
      if (!key) {
        if (error_occurred()) return -1;
        break;
      }
      if (discard_key(so, key.get()) < 0) return -1;
    }
  }
  if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4) return 0;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
  return 0;
}

Ref copy_and_difference(Set* so, Value other) {
  Ref result = set_copy(so);
  if (!result || difference_update_internal(as_set(result.get()), other) < 0) return nullptr;
  return result;
}

Ref set_difference(Set* so, Value other) {
  int64_t other_size = 0;
  if (anyset(other)) {
    other_size = as_set(other)->used;
  } else if (type_of(other) == &g_dict_type) {
    other_size = as_dict(other)->used;
  } else {
    return copy_and_difference(so, other);
  }
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  Ref result = make_new_set_basetype(so->type, Value());
  if (!result) return nullptr;
  Set* res = as_set(result.get());
  int64_t pos = 0;
  Entry* e;
  while (next_entry(so, &pos, &e)) {
    Value key = newref(e->key);
    int64_t h = e->hash;
    int rv;
    if (type_of(other) == &g_dict_type) {
      bool err = false;
      Value v = dict_get_hashed(as_dict(other), key, h, &err);
      rv = err ? -1 : (v ? 1 : 0);
    } else {
      rv = contains_entry(as_set(other), key, h);
    }
    if (rv == 0) rv = add_entry(res, key, h) < 0 ? -1 : 0;
    decref(key);
    if (rv < 0) return nullptr;
  }
  return result;
}

int symmetric_difference_update(Set* so, Value other) {
  if (Value(so) == other) {
    clear_internal(so);
    return 0;
  }
  if (type_of(other) == &g_dict_type) {
    Dict* d = as_dict(other);
    for (size_t i = 0; i < d->entries.size(); ++i) {
      const Dict::Entry e = d->entries[i];
      if (!e.key) continue;
      Value key = newref(e.key);
      int rv = discard_entry(so, key, e.hash);
      if (rv == 0) rv = add_entry(so, key, e.hash) < 0 ? -1 : 0;
      decref(key);
      if (rv < 0) return -1;
    }
    return 0;
  }
  Ref holder;
  if (anyset(other)) {
    holder = Ref::borrow(other);
  } else {
    holder = make_new_set_basetype(so->type, other);
    if (!holder) return -1;
  }
  Set* o = as_set(holder.get());
  int64_t pos = 0;
  Entry* e;
  while (next_entry(o, &pos, &e)) {
    Value key = newref(e->key);
    int64_t h = e->hash;
    int rv = discard_entry(so, key, h);
    if (rv == 0) rv = add_entry(so, key, h) < 0 ? -1 : 0;
    decref(key);
    if (rv < 0) return -1;
  }
  return 0;
}

Ref set_symmetric_difference(Set* so, Value other) {
  Ref result = make_new_set_basetype(so->type, other);
  if (!result) return nullptr;
  if (symmetric_difference_update(as_set(result.get()), Value(so)) < 0) return nullptr;
  return result;
}

int set_issubset(Set* so, Value other) {
  if (!anyset(other)) {
    Ref tmp = set_intersection(so, other);
    if (!tmp) return -1;
    return as_set(tmp.get())->used == so->used;
  }
  Set* o = as_set(other);
  if (so->used > o->used) return 0;
  int64_t pos = 0;
  Entry* e;
  while (next_entry(so, &pos, &e)) {
    Value key = newref(e->key);
    int rv = contains_entry(o, key, e->hash);
    decref(key);
    if (rv <= 0) return rv;
  }
  return 1;
}

int set_issuperset(Set* so, Value other) {
  if (anyset(other)) return set_issubset(as_set(other), Value(so));
  Ref it = get_iter(other);
  if (!it) return -1;
  for (;;) {
    Ref key = iter_next(it.get());
    if (!key) return error_occurred() ? -1 : 1;
    int rv = contains_key(so, key.get());
    if (rv <= 0) return rv;
  }
}

int set_isdisjoint(Set* so, Value other) {
  if (Value(so) == other) return so->used == 0;
  if (anyset(other)) {
    Set* a = so;
    Set* b = as_set(other);
    if (b->used > a->used) std::swap(a, b);
    int64_t pos = 0;
    Entry* e;
    while (next_entry(b, &pos, &e)) {
      Value key = newref(e->key);
      int rv = contains_entry(a, key, e->hash);
      decref(key);
      if (rv < 0) return -1;
      if (rv) return 0;
    }
    return 1;
  }
  Ref it = get_iter(other);
  if (!it) return -1;
  for (;;) {
    Ref key = iter_next(it.get());
    if (!key) return error_occurred() ? -1 : 1;
    int rv = contains_key(so, key.get());
    if (rv < 0) return -1;
    if (rv) return 0;
  }
}

Ref bool_result(int r) {
  if (r < 0) return nullptr;
  return new_bool(r);
}

// ---- slots
// ---------------------------------------------------------------------------------------

Ref set_repr(Value self) {
  Set* so = as_set(self);
  Type* t = so->type;
  if (repr_enter(so)) return new_str(t->name + "(...)");
  if (so->used == 0) {
    repr_leave(so);
    return new_str(t->name + "()");
  }
  Ref keys = list_from_iterable(self);
  Ref lr = keys ? repr(keys.get()) : Ref();
  repr_leave(so);
  if (!lr) return nullptr;
  std::string inner = as_str(lr.get())->data.substr(1, as_str(lr.get())->data.size() - 2);
  if (t == &g_set_type) return new_str("{" + inner + "}");
  return new_str(t->name + "({" + inner + "})");
}

uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

bool frozenset_hash(Value self, int64_t* out) {
  Set* so = as_set(self);
  if (so->hash != -1) {
    *out = so->hash;
    return true;
  }
  uint64_t hash = 0;
  for (int64_t i = 0; i <= so->mask; ++i)
    hash ^= shuffle_bits(static_cast<uint64_t>(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == static_cast<uint64_t>(-1)) hash = 590923713ull;
  so->hash = static_cast<int64_t>(hash);
  *out = so->hash;
  return true;
}

Ref set_compare(Value self, Value other, CmpOp op) {
  if (!anyset(other)) return notimpl();
  Set* v = as_set(self);
  Set* w = as_set(other);
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne: {
      int r;
      if (v->used != w->used) {
        r = 0;
      } else if (v->hash != -1 && w->hash != -1 && v->hash != w->hash) {
        r = 0;
      } else {
        r = set_issubset(v, other);
        if (r < 0) return nullptr;
      }
      return new_bool(op == CmpOp::Eq ? r : !r);
    }
    case CmpOp::Le:
      return bool_result(set_issubset(v, other));
    case CmpOp::Ge:
      return bool_result(set_issuperset(v, other));
    case CmpOp::Lt:
      if (v->used >= w->used) return new_bool(false);
      return bool_result(set_issubset(v, other));
    case CmpOp::Gt:
      if (v->used <= w->used) return new_bool(false);
      return bool_result(set_issuperset(v, other));
  }
  return notimpl();
}

int64_t set_len(Value self) {
  return as_set(self)->used;
}
int set_truth(Value self) {
  return as_set(self)->used != 0;
}

int set_contains_slot(Value self, Value key) {
  int rv = contains_key(as_set(self), key);
  if (rv < 0 && anyset(key) && error_matches(g_TypeError)) {
    clear_error();
    Ref f = make_new_set(&g_frozenset_type, key);
    if (!f) return -1;
    rv = contains_key(as_set(self), f.get());
  }
  return rv;
}

Ref set_iter(Value self) {
  return new_set_iter(as_set(self));
}

Ref set_or(Value self, Value other) {
  if (!anyset(self) || !anyset(other)) return notimpl();
  Ref result = set_copy(as_set(self));
  if (!result) return nullptr;
  if (self == other) return result;
  if (update_internal(as_set(result.get()), other) < 0) return nullptr;
  return result;
}

Ref set_and(Value self, Value other) {
  if (!anyset(self) || !anyset(other)) return notimpl();
  return set_intersection(as_set(self), other);
}

Ref set_sub(Value self, Value other) {
  if (!anyset(self) || !anyset(other)) return notimpl();
  return set_difference(as_set(self), other);
}

Ref set_xor(Value self, Value other) {
  if (!anyset(self) || !anyset(other)) return notimpl();
  return set_symmetric_difference(as_set(self), other);
}

// Reflected forms: `other OP self` where other is a set too (only reached for subclasses).
Ref set_ror(Value self, Value other) {
  return set_or(other, self);
}
Ref set_rand(Value self, Value other) {
  return set_and(other, self);
}
Ref set_rsub(Value self, Value other) {
  return set_sub(other, self);
}
Ref set_rxor(Value self, Value other) {
  return set_xor(other, self);
}

Ref set_ior(Value self, Value other) {
  if (!anyset(other)) return notimpl();
  if (update_internal(as_set(self), other) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref set_iand(Value self, Value other) {
  if (!anyset(other)) return notimpl();
  Ref tmp = set_intersection(as_set(self), other);
  if (!tmp) return nullptr;
  swap_bodies(as_set(self), as_set(tmp.get()));
  return Ref::borrow(self);
}

Ref set_isub(Value self, Value other) {
  if (!anyset(other)) return notimpl();
  if (difference_update_internal(as_set(self), other) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref set_ixor(Value self, Value other) {
  if (!anyset(other)) return notimpl();
  if (symmetric_difference_update(as_set(self), other) < 0) return nullptr;
  return Ref::borrow(self);
}

Ref set_new(Type* type, Args args) {
  if ((type == &g_set_type) && !check_no_kwargs("set", args)) return nullptr;
  return make_new_set(type, Value());
}

int set_init(Value self, Args args) {
  if (type_of(self) == &g_set_type && !check_no_kwargs("set", args)) return -1;
  if (!check_nargs("set", Args{args.items, args.npos, nullptr}, 0, 1)) return -1;
  Set* so = as_set(self);
  if (so->fill) clear_internal(so);
  so->hash = -1;
  if (args.npos == 1) return update_internal(so, args[0]);
  return 0;
}

Ref frozenset_new(Type* type, Args args) {
  if (type == &g_frozenset_type && !check_no_kwargs("frozenset", args)) return nullptr;
  if (!check_nargs("frozenset", Args{args.items, args.npos, nullptr}, 0, 1)) return nullptr;
  Value iterable = args.npos ? args[0] : Value();
  if (type == &g_frozenset_type && iterable && type_of(iterable) == &g_frozenset_type) {
    return Ref::borrow(iterable);
  }
  return make_new_set(type, iterable);
}

// ---- methods
// -----------------------------------------------------------------------------------------

Ref m_add(Value self, Args args) {
  if (!check_nargs("set.add", args, 1, 1)) return nullptr;
  if (add_key(as_set(self), args[0]) < 0) return nullptr;
  return new_none();
}

Ref m_discard(Value self, Args args) {
  if (!check_nargs("set.discard", args, 1, 1)) return nullptr;
  int rv = discard_key(as_set(self), args[0]);
  if (rv < 0) {
    if (!anyset(args[0]) || !error_matches(g_TypeError)) return nullptr;
    clear_error();
    Ref f = make_new_set(&g_frozenset_type, args[0]);
    if (!f || discard_key(as_set(self), f.get()) < 0) return nullptr;
  }
  return new_none();
}

Ref m_remove(Value self, Args args) {
  if (!check_nargs("set.remove", args, 1, 1)) return nullptr;
  int rv = discard_key(as_set(self), args[0]);
  if (rv < 0) {
    if (!anyset(args[0]) || !error_matches(g_TypeError)) return nullptr;
    clear_error();
    Ref f = make_new_set(&g_frozenset_type, args[0]);
    if (!f) return nullptr;
    rv = discard_key(as_set(self), f.get());
    if (rv < 0) return nullptr;
  }
  if (rv == 0) return raise_key_error(args[0]);
  return new_none();
}

Ref m_pop(Value self, Args args) {
  if (!check_nargs("set.pop", args, 0, 0)) return nullptr;
  Set* so = as_set(self);
  if (so->used == 0) return raise_key_error(Ref(new_str_ascii("pop from an empty set")).get());
  Entry* entry = so->table + (so->finger & so->mask);
  Entry* limit = so->table + so->mask;
  while (!entry->key || entry->key == dummy()) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Value key = entry->key;
  entry->key = dummy();
  entry->hash = -1;
  --so->used;
  so->finger = (entry - so->table) + 1;
  return Ref::steal(key);
}

Ref m_clear(Value self, Args args) {
  if (!check_nargs("set.clear", args, 0, 0)) return nullptr;
  clear_internal(as_set(self));
  return new_none();
}

Ref m_copy(Value self, Args args) {
  if (!check_nargs("set.copy", args, 0, 0)) return nullptr;
  return set_copy(as_set(self));
}

Ref m_frozen_copy(Value self, Args args) {
  if (!check_nargs("frozenset.copy", args, 0, 0)) return nullptr;
  if (type_of(self) == &g_frozenset_type) return Ref::borrow(self);
  return set_copy(as_set(self));
}

Ref m_update(Value self, Args args) {
  if (!check_no_kwargs("set.update", args)) return nullptr;
  for (size_t i = 0; i < args.npos; ++i) {
    if (update_internal(as_set(self), args[i]) < 0) return nullptr;
  }
  return new_none();
}

Ref m_union(Value self, Args args) {
  if (!check_no_kwargs("union", args)) return nullptr;
  Ref result = set_copy(as_set(self));
  if (!result) return nullptr;
  for (size_t i = 0; i < args.npos; ++i) {
    if (args[i] == self) continue;
    if (update_internal(as_set(result.get()), args[i]) < 0) return nullptr;
  }
  return result;
}

Ref intersection_multi(Value self, Args args) {
  if (args.npos == 0) return set_copy(as_set(self));
  Ref result = Ref::borrow(self);
  for (size_t i = 0; i < args.npos; ++i) {
    Ref next = set_intersection(as_set(result.get()), args[i]);
    if (!next) return nullptr;
    result = std::move(next);
  }
  return result;
}

Ref m_intersection(Value self, Args args) {
  if (!check_no_kwargs("intersection", args)) return nullptr;
  return intersection_multi(self, args);
}

Ref m_intersection_update(Value self, Args args) {
  if (!check_no_kwargs("intersection_update", args)) return nullptr;
  Ref tmp = intersection_multi(self, args);
  if (!tmp) return nullptr;
  if (tmp.get() != self) swap_bodies(as_set(self), as_set(tmp.get()));
  return new_none();
}

Ref m_difference(Value self, Args args) {
  if (!check_no_kwargs("difference", args)) return nullptr;
  if (args.npos == 0) return set_copy(as_set(self));
  Ref result = set_difference(as_set(self), args[0]);
  if (!result) return nullptr;
  for (size_t i = 1; i < args.npos; ++i) {
    if (difference_update_internal(as_set(result.get()), args[i]) < 0) return nullptr;
  }
  return result;
}

Ref m_difference_update(Value self, Args args) {
  if (!check_no_kwargs("difference_update", args)) return nullptr;
  for (size_t i = 0; i < args.npos; ++i) {
    if (difference_update_internal(as_set(self), args[i]) < 0) return nullptr;
  }
  return new_none();
}

Ref m_symmetric_difference(Value self, Args args) {
  if (!check_nargs("set.symmetric_difference", args, 1, 1)) return nullptr;
  return set_symmetric_difference(as_set(self), args[0]);
}

Ref m_symmetric_difference_update(Value self, Args args) {
  if (!check_nargs("set.symmetric_difference_update", args, 1, 1)) return nullptr;
  if (symmetric_difference_update(as_set(self), args[0]) < 0) return nullptr;
  return new_none();
}

Ref m_issubset(Value self, Args args) {
  if (!check_nargs("set.issubset", args, 1, 1)) return nullptr;
  return bool_result(set_issubset(as_set(self), args[0]));
}

Ref m_issuperset(Value self, Args args) {
  if (!check_nargs("set.issuperset", args, 1, 1)) return nullptr;
  return bool_result(set_issuperset(as_set(self), args[0]));
}

Ref m_isdisjoint(Value self, Args args) {
  if (!check_nargs("set.isdisjoint", args, 1, 1)) return nullptr;
  return bool_result(set_isdisjoint(as_set(self), args[0]));
}

void set_common_slots(Type* t) {
  t->repr = set_repr;
  t->compare = set_compare;
  t->len = set_len;
  t->truth = set_truth;
  t->contains = set_contains_slot;
  t->iter = set_iter;
  t->binary[static_cast<int>(BinOp::Or)] = set_or;
  t->binary[static_cast<int>(BinOp::And)] = set_and;
  t->binary[static_cast<int>(BinOp::Sub)] = set_sub;
  t->binary[static_cast<int>(BinOp::Xor)] = set_xor;
  t->rbinary[static_cast<int>(BinOp::Or)] = set_ror;
  t->rbinary[static_cast<int>(BinOp::And)] = set_rand;
  t->rbinary[static_cast<int>(BinOp::Sub)] = set_rsub;
  t->rbinary[static_cast<int>(BinOp::Xor)] = set_rxor;
  add_method(t, "union", m_union);
  add_method(t, "intersection", m_intersection);
  add_method(t, "difference", m_difference);
  add_method(t, "symmetric_difference", m_symmetric_difference);
  add_method(t, "issubset", m_issubset);
  add_method(t, "issuperset", m_issuperset);
  add_method(t, "isdisjoint", m_isdisjoint);
}

}  // namespace

// ---- public API
// --------------------------------------------------------------------------------------

bool is_anyset(Value v) {
  return anyset(v);
}

Ref new_set(Value iterable) {
  return make_new_set(&g_set_type, iterable);
}

Ref new_frozenset(Value iterable) {
  if (iterable && type_of(iterable) == &g_frozenset_type) return Ref::borrow(iterable);
  return make_new_set(&g_frozenset_type, iterable);
}

Ref new_set_from(const Value* items, uint32_t n) {
  Ref r = make_new_set(&g_set_type, Value());
  if (!r) return nullptr;
  for (uint32_t i = 0; i < n; ++i) {
    if (add_key(as_set(r.get()), items[i]) < 0) return nullptr;
  }
  return r;
}

Ref new_frozenset_constant(const Value* items, int64_t n) {
  Ref first = make_new_set(&g_frozenset_type, Value());
  if (!first) return nullptr;
  for (int64_t i = 0; i < n; ++i) {
    if (add_key(as_set(first.get()), items[i]) < 0) return nullptr;
  }
  Ref again = make_new_set(&g_frozenset_type, Value());
  if (!again) return nullptr;
  int64_t pos = 0;
  Entry* e;
  while (next_entry(as_set(first.get()), &pos, &e)) {
    if (add_entry(as_set(again.get()), e->key, e->hash) < 0) return nullptr;
  }
  return again;
}

int set_add(Value set, Value item) {
  return add_key(as_set(set), item);
}

Ref set_update(Value set, Value iterable) {
  if (update_internal(as_set(set), iterable) < 0) return nullptr;
  return new_none();
}

int set_contains(Value set, Value key) {
  return set_contains_slot(set, key);
}

int set_discard(Value set, Value key) {
  return discard_key(as_set(set), key);
}

bool set_next(Set* s, int64_t* pos, Value* key) {
  Entry* e;
  if (!next_entry(s, pos, &e)) return false;
  *key = e->key;
  return true;
}

void init_set_type() {
  g_dummy_object.refcnt = 1u << 30;
  g_dummy_object.type = &g_object_type;

  Type* t = &g_set_type;
  type_init(t, "set", &g_object_type, sizeof(Set), set_dealloc);
  set_common_slots(t);
  t->hash = nullptr;
  t->new_ = set_new;
  t->init = set_init;
  t->inplace[static_cast<int>(BinOp::Or)] = set_ior;
  t->inplace[static_cast<int>(BinOp::And)] = set_iand;
  t->inplace[static_cast<int>(BinOp::Sub)] = set_isub;
  t->inplace[static_cast<int>(BinOp::Xor)] = set_ixor;
  add_method(t, "add", m_add);
  add_method(t, "discard", m_discard);
  add_method(t, "remove", m_remove);
  add_method(t, "pop", m_pop);
  add_method(t, "clear", m_clear);
  add_method(t, "copy", m_copy);
  add_method(t, "update", m_update);
  add_method(t, "intersection_update", m_intersection_update);
  add_method(t, "difference_update", m_difference_update);
  add_method(t, "symmetric_difference_update", m_symmetric_difference_update);
  add_constant(t, "__hash__", none());
  add_slot_wrappers(t);

  Type* f = &g_frozenset_type;
  type_init(f, "frozenset", &g_object_type, sizeof(Set), set_dealloc);
  set_common_slots(f);
  f->hash = frozenset_hash;
  f->new_ = frozenset_new;
  add_method(f, "copy", m_frozen_copy);
  add_slot_wrappers(f);
}

}  // namespace asyncplay::lang
