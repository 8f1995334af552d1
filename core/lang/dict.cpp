// dict: CPython's compact ordered dictionary, and its keys/values/items views.
//
// `entries` holds (hash, key, value) in insertion order; `index` is an open-addressing table of
// entry numbers (a power of two in size, -1 empty, -2 deleted) probed with CPython's
// perturbation scheme. Deleting leaves a hole (null key) in `entries`; holes disappear when the
// table is rebuilt, which happens when `entries` reaches two thirds of the index size. Iteration
// walks `entries`, so the order is insertion order.
#include <algorithm>
#include <new>

#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

uint64_t g_type_epoch = 1;

Type g_dict_type;
Type g_dict_keys_type, g_dict_values_type, g_dict_items_type;

namespace {

constexpr size_t kMinIndex = 8;
constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr int kPerturbShift = 5;

inline size_t usable(size_t index_size) {
  return (index_size << 1) / 3;
}

// Dict versions come from one counter, so that no two dicts (even one made where a freed one
// was) ever share a version: Code::global_cache relies on it. Under the GIL.
uint64_t g_dict_version = 0;
inline uint64_t next_dict_version() {
  return ++g_dict_version;
}

Dict* alloc_dict(Type* t) {
  Object* o = alloc_object(t, t == &g_dict_type ? sizeof(Dict) : 0);
  if (!o) return nullptr;
  Dict* d = static_cast<Dict*>(o);
  new (&d->entries) std::vector<Dict::Entry>();
  new (&d->index) std::vector<int32_t>();
  d->used = 0;
  d->version = next_dict_version();
  return d;
}

void dict_dealloc(Object* o) {
  Dict* d = static_cast<Dict*>(o);
  std::vector<Dict::Entry> entries = std::move(d->entries);
  d->entries.~vector();
  d->index.~vector();
  free_object(o);
  for (const Dict::Entry& e : entries) {
    if (e.key) {
      decref(e.key);
      decref(e.value);
    }
  }
}

inline bool key_hash(Value key, int64_t* h) {
  if (key.is_small_int()) {
    *h = hash_int64(key.small_int_value());
    return true;
  }
  if (key.obj()->type == &g_str_type) {
    *h = str_hash(as_str(key));
    return true;
  }
  return hash(key, h);
}

// Builds the index for the live entries, compacting `entries`, with room for `minused`.
void rebuild(Dict* d, size_t minused) {
  size_t size = kMinIndex;
  while (size < minused) size <<= 1;
  if (d->entries.size() != static_cast<size_t>(d->used)) {
    size_t k = 0;
    for (size_t i = 0; i < d->entries.size(); ++i) {
      if (d->entries[i].key) d->entries[k++] = d->entries[i];
    }
    d->entries.resize(k);
  }
  d->index.assign(size, kEmpty);
  d->dummies = 0;
  d->entries.reserve(usable(size));
  const size_t mask = size - 1;
  for (size_t n = 0; n < d->entries.size(); ++n) {
    uint64_t h = static_cast<uint64_t>(d->entries[n].hash);
    size_t i = h & mask;
    for (uint64_t perturb = h; d->index[i] != kEmpty;) {
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
    d->index[i] = static_cast<int32_t>(n);
  }
}

// The index slot and entry number of `key`; entry -1 when absent (slot is then where a new key
// would go). -2 on exception.
int64_t lookup(Dict* d, Value key, int64_t hash, size_t* slot_out) {
  if (d->index.empty()) rebuild(d, kMinIndex);
restart:
  const size_t mask = d->index.size() - 1;
  size_t i = static_cast<uint64_t>(hash) & mask;
  size_t free_slot = SIZE_MAX;
  for (uint64_t perturb = static_cast<uint64_t>(hash);;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) {
      if (slot_out) *slot_out = free_slot != SIZE_MAX ? free_slot : i;
      return -1;
    }
    if (ix == kDummy) {
      if (free_slot == SIZE_MAX) free_slot = i;
    } else {
      const Dict::Entry& e = d->entries[static_cast<size_t>(ix)];
      if (e.key == key) {
        if (slot_out) *slot_out = i;
        return ix;
      }
      if (e.hash == hash) {
        Value k = e.key;
        if (k.is_object() && key.is_object() && k.obj()->type == &g_str_type &&
            key.obj()->type == &g_str_type) {
          if (str_equal(as_str(k), as_str(key))) {
            if (slot_out) *slot_out = i;
            return ix;
          }
        } else {
          const uint64_t version = d->version;
          incref(k);
          int eq = equal(k, key);
          decref(k);
          if (eq < 0) return -2;
          if (d->version != version) goto restart;
          if (eq) {
            if (slot_out) *slot_out = i;
            return ix;
          }
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Finds a free slot for a new key without comparing (the key is known to be absent).
size_t free_slot_for(Dict* d, int64_t hash) {
  const size_t mask = d->index.size() - 1;
  size_t i = static_cast<uint64_t>(hash) & mask;
  for (uint64_t perturb = static_cast<uint64_t>(hash); d->index[i] >= 0;) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Every change to a dict goes through here.
inline void touch(Dict* d) {
  d->version = next_dict_version();
  if (d->of_type) ++g_type_epoch;
}

int set_with_hash(Dict* d, Value key, int64_t hash, Value value) {
  size_t slot = 0;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix == -2) return -1;
  if (ix >= 0) {
    Dict::Entry& e = d->entries[static_cast<size_t>(ix)];
    Value old = e.value;
    e.value = newref(value);
    touch(d);
    decref(old);
    return 0;
  }
  // Slots in use are the live entries plus the deleted ones' markers: rebuild before the probe
  // sequences could stop finding an empty slot.
  const size_t room = usable(d->index.size());
  if (d->entries.size() >= room || static_cast<size_t>(d->used + d->dummies) >= room) {
    rebuild(d, static_cast<size_t>(d->used) * 3);
    slot = free_slot_for(d, hash);
  }
  if (d->index[slot] == kDummy) --d->dummies;
  d->index[slot] = static_cast<int32_t>(d->entries.size());
  d->entries.push_back({hash, newref(key), newref(value)});
  ++d->used;
  touch(d);
  return 0;
}

// Removes the entry at index slot `slot` / entry `ix`; returns its key and value (owned).
void remove_entry(Dict* d, size_t slot, int64_t ix, Value* key, Value* value) {
  Dict::Entry& e = d->entries[static_cast<size_t>(ix)];
  *key = e.key;
  *value = e.value;
  e.key = Value();
  e.value = Value();
  d->index[slot] = kDummy;
  ++d->dummies;
  --d->used;
  touch(d);
  // Trailing holes can go at once (popitem, del of the last key).
  while (!d->entries.empty() && !d->entries.back().key) d->entries.pop_back();
}

Ref notimpl() {
  return Ref::borrow(not_implemented());
}

bool is_dict(Value v) {
  return v.is_object() &&
         (v.obj()->type == &g_dict_type || v.obj()->type->is_subtype_of(&g_dict_type));
}

}  // namespace

// ---- public API
// -----------------------------------------------------------------------------------

Ref new_dict() {
  Dict* d = alloc_dict(&g_dict_type);
  if (!d) return nullptr;
  return Ref::steal(Value(d));
}

int64_t dict_size(Dict* d) {
  return d->used;
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
  while (*pos >= 0 && static_cast<size_t>(*pos) < d->entries.size()) {
    const Dict::Entry& e = d->entries[static_cast<size_t>((*pos)++)];
    if (e.key) {
      if (key) *key = e.key;
      if (value) *value = e.value;
      return true;
    }
  }
  return false;
}

Value dict_get_hashed(Dict* d, Value key, int64_t hash, bool* error) {
  *error = false;
  if (d->used == 0) return Value();
  int64_t ix = lookup(d, key, hash, nullptr);
  if (ix == -2) {
    *error = true;
    return Value();
  }
  return ix >= 0 ? d->entries[static_cast<size_t>(ix)].value : Value();
}

Value dict_get(Dict* d, Value key, bool* error) {
  int64_t h = 0;
  if (!key_hash(key, &h)) {
    *error = true;
    return Value();
  }
  return dict_get_hashed(d, key, h, error);
}

Value dict_get_str(Dict* d, Str* key) {
  if (d->used == 0) return Value();
  const int64_t hash = str_hash(key);
  const size_t mask = d->index.size() - 1;
  size_t i = static_cast<uint64_t>(hash) & mask;
  for (uint64_t perturb = static_cast<uint64_t>(hash);;) {
    int32_t ix = d->index[i];
    if (ix == kEmpty) return Value();
    if (ix >= 0) {
      const Dict::Entry& e = d->entries[static_cast<size_t>(ix)];
      if (e.key == Value(key)) return e.value;
      if (e.hash == hash && e.key.is_object() && is_str(e.key) && str_equal(as_str(e.key), key)) {
        return e.value;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

int dict_set_hashed(Dict* d, Value key, int64_t hash, Value value) {
  return set_with_hash(d, key, hash, value);
}

int dict_set(Dict* d, Value key, Value value) {
  int64_t h = 0;
  if (!key_hash(key, &h)) return -1;
  return set_with_hash(d, key, h, value);
}

int dict_set_str(Dict* d, std::string_view key, Value value) {
  return dict_set(d, Value(intern(key)), value);
}

Ref raise_key_error(Value key) {
  Ref exc = call(Value(g_KeyError), {key});
  if (!exc) return nullptr;
  return raise_value(exc.get());
}

int dict_del(Dict* d, Value key) {
  int64_t h = 0;
  if (!key_hash(key, &h)) return -1;
  size_t slot = 0;
  int64_t ix = d->used ? lookup(d, key, h, &slot) : -1;
  if (ix == -2) return -1;
  if (ix < 0) {
    raise_key_error(key);
    return -1;
  }
  Value k, v;
  remove_entry(d, slot, ix, &k, &v);
  decref(k);
  decref(v);
  return 0;
}

int dict_contains(Dict* d, Value key) {
  bool error = false;
  Value v = dict_get(d, key, &error);
  if (error) return -1;
  return v ? 1 : 0;
}

Ref dict_pop(Dict* d, Value key, Value deflt) {
  int64_t h = 0;
  if (!key_hash(key, &h)) return nullptr;
  size_t slot = 0;
  int64_t ix = d->used ? lookup(d, key, h, &slot) : -1;
  if (ix == -2) return nullptr;
  if (ix < 0) {
    if (deflt) return Ref::borrow(deflt);
    return raise_key_error(key);
  }
  Value k, v;
  remove_entry(d, slot, ix, &k, &v);
  decref(k);
  return Ref::steal(v);
}

void dict_clear(Dict* d) {
  std::vector<Dict::Entry> old;
  old.swap(d->entries);
  d->index.clear();
  d->used = 0;
  d->dummies = 0;
  touch(d);
  for (const Dict::Entry& e : old) {
    if (e.key) {
      decref(e.key);
      decref(e.value);
    }
  }
}

Ref dict_copy(Dict* d) {
  Ref r = new_dict();
  if (!r) return nullptr;
  Dict* out = as_dict(r.get());
  rebuild(out, static_cast<size_t>(d->used) * 3 / 2 + 1);
  for (const Dict::Entry& e : d->entries) {
    if (!e.key) continue;
    size_t slot = free_slot_for(out, e.hash);
    out->index[slot] = static_cast<int32_t>(out->entries.size());
    out->entries.push_back({e.hash, newref(e.key), newref(e.value)});
    ++out->used;
  }
  return r;
}

int dict_merge(Dict* d, Value other, int override) {
  if (type_of(other) == &g_dict_type ||
      (is_dict(other) && !type_of(other)->lookup_heap("__iter__") &&
       !type_of(other)->lookup_heap("keys"))) {
    Dict* o = as_dict(other);
    if (o == d) return 0;
    if (static_cast<size_t>(d->used + o->used) * 3 / 2 > d->index.size()) {
      rebuild(d, static_cast<size_t>(d->used + o->used) * 3 / 2 + 1);
    }
    // Snapshot: __eq__ of a key may change `o`.
    std::vector<Dict::Entry> items;
    items.reserve(static_cast<size_t>(o->used));
    for (const Dict::Entry& e : o->entries) {
      if (e.key) {
        items.push_back({e.hash, newref(e.key), newref(e.value)});
      }
    }
    int rc = 0;
    for (const Dict::Entry& e : items) {
      if (rc == 0) {
        if (override != 1) {
          bool err = false;
          Value existing = dict_get_hashed(d, e.key, e.hash, &err);
          if (err) {
            rc = -1;
          } else if (existing) {
            if (override == 2) {
              if (is_str(e.key)) {
                type_error("got multiple values for keyword argument '" +
                           std::string(as_str(e.key)->view()) + "'");
              } else {
                raise_key_error(e.key);
              }
              rc = -1;
            }
          } else {
            rc = set_with_hash(d, e.key, e.hash, e.value);
          }
        } else {
          rc = set_with_hash(d, e.key, e.hash, e.value);
        }
      }
      decref(e.key);
      decref(e.value);
    }
    return rc;
  }
  // A general mapping: keys() then __getitem__.
  Ref keys = call_method(other, "keys", {});
  if (!keys) return -1;
  Ref it = get_iter(keys.get());
  if (!it) return -1;
  for (;;) {
    Ref k = iter_next(it.get());
    if (!k) return error_occurred() ? -1 : 0;
    if (override != 1) {
      int has = dict_contains(d, k.get());
      if (has < 0) return -1;
      if (has) {
        if (override == 2) {
          if (is_str(k.get())) {
            type_error("got multiple values for keyword argument '" +
                       std::string(as_str(k.get())->view()) + "'");
          } else {
            raise_key_error(k.get());
          }
          return -1;
        }
        continue;
      }
    }
    Ref v = getitem(other, k.get());
    if (!v) return -1;
    if (dict_set(d, k.get(), v.get()) < 0) return -1;
  }
}

Ref dict_update(Dict* d, Value other, bool merge) {
  if (dict_merge(d, other, merge ? 2 : 1) < 0) return nullptr;
  return new_none();
}

// The pairs form of dict.update / dict(iterable).
int dict_update_pairs(Dict* d, Value iterable) {
  Ref it = get_iter(iterable);
  if (!it) return -1;
  for (int64_t i = 0;; ++i) {
    Ref item = iter_next(it.get());
    if (!item) return error_occurred() ? -1 : 0;
    Type* t = type_of(item.get());
    if (!t->iter && !t->getitem) {
      type_error("cannot convert dictionary update sequence element #" + std::to_string(i) +
                 " to a sequence");
      return -1;
    }
    Ref holder;
    const Value* kv;
    int64_t n;
    if (!sequence_items(item.get(), &holder, &kv, &n)) return -1;
    if (n != 2) {
      value_error("dictionary update sequence element #" + std::to_string(i) + " has length " +
                  std::to_string(n) + "; 2 is required");
      return -1;
    }
    Value k = kv[0], v = kv[1];
    incref(k);
    incref(v);
    int rc = dict_set(d, k, v);
    decref(k);
    decref(v);
    if (rc < 0) return -1;
  }
}

int dict_update_from(Dict* d, Value other) {
  if (is_dict(other)) return dict_merge(d, other, 1);
  bool found = false;
  Ref keys = getattr_optional(other, AP_NAME("keys"), &found);
  if (!found && error_occurred()) return -1;
  if (found) return dict_merge(d, other, 1);
  return dict_update_pairs(d, other);
}

Ref dict_keys_list(Dict* d) {
  Ref r = new_list(d->used);
  if (!r) return nullptr;
  for (const Dict::Entry& e : d->entries) {
    if (e.key) list_append(as_list(r.get()), e.key);
  }
  return r;
}

// ---- slots --------------------------------------------------------------------------------------

namespace {

Ref dict_repr(Value self) {
  Dict* d = as_dict(self);
  if (d->used == 0) return new_str_ascii("{}");
  if (repr_enter(d)) return new_str_ascii("{...}");
  std::string out = "{";
  bool first = true, ascii = true;
  for (size_t i = 0; i < d->entries.size(); ++i) {
    if (!d->entries[i].key) continue;
    Value k = newref(d->entries[i].key), v = newref(d->entries[i].value);
    Ref kr = repr(k);
    Ref vr = kr ? repr(v) : Ref();
    decref(k);
    decref(v);
    if (!vr) {
      repr_leave(d);
      return nullptr;
    }
    if (!first) out += ", ";
    first = false;
    out += as_str(kr.get())->data;
    out += ": ";
    out += as_str(vr.get())->data;
    ascii = ascii && as_str(kr.get())->ascii && as_str(vr.get())->ascii;
  }
  repr_leave(d);
  out += '}';
  return ascii ? new_str_ascii(out) : new_str(out);
}

Ref dict_compare(Value self, Value other, CmpOp op) {
  if (!is_dict(other) || (op != CmpOp::Eq && op != CmpOp::Ne)) return notimpl();
  Dict* a = as_dict(self);
  Dict* b = as_dict(other);
  bool eq = a->used == b->used;
  for (size_t i = 0; eq && i < a->entries.size(); ++i) {
    const Dict::Entry e = a->entries[i];
    if (!e.key) continue;
    incref(e.key);
    incref(e.value);
    bool err = false;
    Value bv = dict_get_hashed(b, e.key, e.hash, &err);
    int r = 0;
    if (!err && bv) {
      incref(bv);
      r = equal(e.value, bv);
      decref(bv);
    }
    decref(e.key);
    decref(e.value);
    if (err || r < 0) return nullptr;
    if (!bv || !r) eq = false;
  }
  return new_bool(op == CmpOp::Eq ? eq : !eq);
}

int64_t dict_len(Value self) {
  return as_dict(self)->used;
}
int dict_truth(Value self) {
  return as_dict(self)->used != 0;
}

Ref dict_subscript(Value self, Value key) {
  Dict* d = as_dict(self);
  bool err = false;
  Value v = dict_get(d, key, &err);
  if (err) return nullptr;
  if (v) return Ref::borrow(v);
  if (type_of(self) != &g_dict_type) {
    bool found = false;
    Ref r = call_special(self, AP_NAME("__missing__"), {key}, &found);
    if (found) return r;
  }
  return raise_key_error(key);
}

int dict_ass_sub(Value self, Value key, Value value) {
  if (value) return dict_set(as_dict(self), key, value);
  return dict_del(as_dict(self), key);
}

int dict_contains_slot(Value self, Value key) {
  return dict_contains(as_dict(self), key);
}

Ref dict_iter(Value self) {
  return new_dict_iter(as_dict(self), DictIterKind::kKeys);
}

Ref dict_new(Type* type, Args) {
  Dict* d = alloc_dict(type);
  if (!d) return nullptr;
  return Ref::steal(Value(d));
}

int dict_init_args(Dict* d, Args args, const char* fname) {
  if (!check_nargs(fname, Args{args.items, args.npos, nullptr}, 0, 1)) return -1;
  if (args.npos == 1 && dict_update_from(d, args[0]) < 0) return -1;
  for (size_t i = 0; i < args.nkw(); ++i) {
    if (dict_set(d, args.kwnames->items[i], args.kw_value(i)) < 0) return -1;
  }
  return 0;
}

int dict_init(Value self, Args args) {
  return dict_init_args(as_dict(self), args, "dict");
}

Ref dict_or(Value self, Value other) {
  if (!is_dict(self) || !is_dict(other)) return notimpl();
  Ref r = dict_copy(as_dict(self));
  if (!r || dict_merge(as_dict(r.get()), other, 1) < 0) return nullptr;
  return r;
}

Ref dict_ror(Value self, Value other) {
  if (!is_dict(self) || !is_dict(other)) return notimpl();
  Ref r = dict_copy(as_dict(other));
  if (!r || dict_merge(as_dict(r.get()), self, 1) < 0) return nullptr;
  return r;
}

Ref dict_ior(Value self, Value other) {
  if (dict_update_from(as_dict(self), other) < 0) return nullptr;
  return Ref::borrow(self);
}

// ---- methods ------------------------------------------------------------------------------------

Ref dict_m_get(Value self, Args args) {
  if (!check_nargs("get", args, 1, 2)) return nullptr;
  bool err = false;
  Value v = dict_get(as_dict(self), args[0], &err);
  if (err) return nullptr;
  if (v) return Ref::borrow(v);
  return Ref::borrow(args.npos > 1 ? args[1] : none());
}

Ref dict_m_setdefault(Value self, Args args) {
  if (!check_nargs("setdefault", args, 1, 2)) return nullptr;
  Dict* d = as_dict(self);
  int64_t h = 0;
  if (!key_hash(args[0], &h)) return nullptr;
  bool err = false;
  Value v = dict_get_hashed(d, args[0], h, &err);
  if (err) return nullptr;
  if (v) return Ref::borrow(v);
  Value deflt = args.npos > 1 ? args[1] : none();
  if (set_with_hash(d, args[0], h, deflt) < 0) return nullptr;
  return Ref::borrow(deflt);
}

Ref dict_m_pop(Value self, Args args) {
  if (!check_nargs("pop", args, 1, 2)) return nullptr;
  return dict_pop(as_dict(self), args[0], args.npos > 1 ? args[1] : Value());
}

Ref dict_m_popitem(Value self, Args args) {
  if (!check_nargs("dict.popitem", args, 0, 0)) return nullptr;
  Dict* d = as_dict(self);
  if (d->used == 0)
    return raise_key_error(Ref(new_str_ascii("popitem(): dictionary is empty")).get());
  size_t ix = d->entries.size() - 1;
  const Dict::Entry& e = d->entries[ix];
  // Find its index slot.
  const size_t mask = d->index.size() - 1;
  size_t i = static_cast<uint64_t>(e.hash) & mask;
  for (uint64_t perturb = static_cast<uint64_t>(e.hash); d->index[i] != static_cast<int32_t>(ix);) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  Value k, v;
  remove_entry(d, i, static_cast<int64_t>(ix), &k, &v);
  Ref r = new_tuple({k, v});
  decref(k);
  decref(v);
  return r;
}

Ref dict_m_update(Value self, Args args) {
  if (dict_init_args(as_dict(self), args, "update") < 0) return nullptr;
  return new_none();
}

Ref dict_m_copy(Value self, Args args) {
  if (!check_nargs("dict.copy", args, 0, 0)) return nullptr;
  return dict_copy(as_dict(self));
}

Ref dict_m_clear(Value self, Args args) {
  if (!check_nargs("dict.clear", args, 0, 0)) return nullptr;
  dict_clear(as_dict(self));
  return new_none();
}

Ref dict_m_fromkeys(Value cls, Args args) {
  if (!check_nargs("fromkeys", args, 1, 2)) return nullptr;
  Value value = args.npos > 1 ? args[1] : none();
  Ref d = call(cls, {});
  if (!d) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref k = iter_next(it.get());
    if (!k) {
      if (error_occurred()) return nullptr;
      break;
    }
    int rc = type_of(d.get()) == &g_dict_type ? dict_set(as_dict(d.get()), k.get(), value)
                                              : setitem(d.get(), k.get(), value);
    if (rc < 0) return nullptr;
  }
  return d;
}

Ref dict_m_reversed(Value self, Args args) {
  if (!check_nargs("dict.__reversed__", args, 0, 0)) return nullptr;
  return new_dict_iter(as_dict(self), DictIterKind::kKeys, true);
}

Ref dict_m_contains(Value self, Args args) {
  if (!check_nargs("dict.__contains__", args, 1, 1)) return nullptr;
  int r = dict_contains(as_dict(self), args[0]);
  if (r < 0) return nullptr;
  return new_bool(r);
}

Ref dict_m_getitem(Value self, Args args) {
  if (!check_nargs("dict.__getitem__", args, 1, 1)) return nullptr;
  return dict_subscript(self, args[0]);
}

// ---- views
// ---------------------------------------------------------------------------------------

struct DictView : Object {
  Dict* dict;  // owned
};

void view_dealloc(Object* o) {
  decref(Value(static_cast<DictView*>(o)->dict));
  free_object(o);
}

Ref new_view(Type* t, Dict* d) {
  Object* o = alloc_object(t, sizeof(DictView));
  if (!o) return nullptr;
  static_cast<DictView*>(o)->dict = d;
  incref(Value(d));
  return Ref::steal(Value(o));
}

Dict* view_dict(Value v) {
  return static_cast<DictView*>(v.obj())->dict;
}

DictIterKind view_kind(Value v) {
  Type* t = type_of(v);
  return t == &g_dict_keys_type     ? DictIterKind::kKeys
         : t == &g_dict_values_type ? DictIterKind::kValues
                                    : DictIterKind::kItems;
}

Ref dict_m_keys(Value self, Args args) {
  if (!check_nargs("dict.keys", args, 0, 0)) return nullptr;
  return new_view(&g_dict_keys_type, as_dict(self));
}
Ref dict_m_values(Value self, Args args) {
  if (!check_nargs("dict.values", args, 0, 0)) return nullptr;
  return new_view(&g_dict_values_type, as_dict(self));
}
Ref dict_m_items(Value self, Args args) {
  if (!check_nargs("dict.items", args, 0, 0)) return nullptr;
  return new_view(&g_dict_items_type, as_dict(self));
}

int64_t view_len(Value self) {
  return view_dict(self)->used;
}

Ref view_iter(Value self) {
  return new_dict_iter(view_dict(self), view_kind(self));
}

Ref view_repr(Value self) {
  Dict* d = view_dict(self);
  if (repr_enter(self.obj())) return new_str_ascii("...");
  Ref list = list_from_iterable(self);
  Ref r = list ? repr(list.get()) : Ref();
  repr_leave(self.obj());
  if (!r) return nullptr;
  (void)d;
  return new_str(type_name(self) + "(" + as_str(r.get())->data + ")");
}

int view_contains(Value self, Value item) {
  Dict* d = view_dict(self);
  switch (view_kind(self)) {
    case DictIterKind::kKeys:
      return dict_contains(d, item);
    case DictIterKind::kValues: {
      for (size_t i = 0; i < d->entries.size(); ++i) {
        if (!d->entries[i].key) continue;
        Value v = newref(d->entries[i].value);
        int eq = equal(v, item);
        decref(v);
        if (eq != 0) return eq;
      }
      return 0;
    }
    case DictIterKind::kItems: {
      if (type_of(item) != &g_tuple_type || as_tuple(item)->size != 2) return 0;
      const Value* pair = as_tuple(item)->items;
      bool err = false;
      Value v = dict_get(d, pair[0], &err);
      if (err) return -1;
      if (!v) return 0;
      incref(v);
      int eq = equal(v, pair[1]);
      decref(v);
      return eq;
    }
  }
  return 0;
}

Ref view_reversed(Value self, Args args) {
  if (!check_nargs("__reversed__", args, 0, 0)) return nullptr;
  return new_dict_iter(view_dict(self), view_kind(self), true);
}

// Set operations on keys and items views produce sets.
template <BinOp op>
Ref view_setop(Value self, Value other) {
  Ref result = new_set(self);
  if (!result) return nullptr;
  Ref rhs = new_set(other);
  if (!rhs) {
    if (error_matches(g_TypeError)) {
      clear_error();
      return notimpl();
    }
    return nullptr;
  }
  return binary_op(result.get(), rhs.get(), op);
}

template <BinOp op>
Ref view_rsetop(Value self, Value other) {
  Ref lhs = new_set(other);
  if (!lhs) {
    if (error_matches(g_TypeError)) {
      clear_error();
      return notimpl();
    }
    return nullptr;
  }
  Ref rhs = new_set(self);
  if (!rhs) return nullptr;
  return binary_op(lhs.get(), rhs.get(), op);
}

Ref view_compare(Value self, Value other, CmpOp op) {
  if (view_kind(self) == DictIterKind::kValues) return notimpl();
  if (!is_anyset(other) && type_of(other) != &g_dict_keys_type &&
      type_of(other) != &g_dict_items_type) {
    return notimpl();
  }
  Ref a = new_set(self);
  Ref b = a ? new_set(other) : Ref();
  if (!b) return nullptr;
  return compare(a.get(), b.get(), op);
}

Ref view_isdisjoint(Value self, Args args) {
  if (!check_nargs("isdisjoint", args, 1, 1)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Ref x = iter_next(it.get());
    if (!x) return error_occurred() ? nullptr : new_bool(true);
    int c = view_contains(self, x.get());
    if (c < 0) return nullptr;
    if (c) return new_bool(false);
  }
}

void init_view_type(Type* t, const char* name, bool setlike) {
  type_init(t, name, &g_object_type, sizeof(DictView), view_dealloc, 0);
  t->len = view_len;
  t->iter = view_iter;
  t->repr = view_repr;
  t->contains = view_contains;
  if (setlike) {
    t->hash = nullptr;
    t->compare = view_compare;
    t->binary[static_cast<int>(BinOp::And)] = view_setop<BinOp::And>;
    t->binary[static_cast<int>(BinOp::Or)] = view_setop<BinOp::Or>;
    t->binary[static_cast<int>(BinOp::Xor)] = view_setop<BinOp::Xor>;
    t->binary[static_cast<int>(BinOp::Sub)] = view_setop<BinOp::Sub>;
    t->rbinary[static_cast<int>(BinOp::And)] = view_rsetop<BinOp::And>;
    t->rbinary[static_cast<int>(BinOp::Or)] = view_rsetop<BinOp::Or>;
    t->rbinary[static_cast<int>(BinOp::Xor)] = view_rsetop<BinOp::Xor>;
    t->rbinary[static_cast<int>(BinOp::Sub)] = view_rsetop<BinOp::Sub>;
    add_method(t, "isdisjoint", view_isdisjoint);
  }
  add_method(t, "__reversed__", view_reversed);
}

}  // namespace

void init_dict_type() {
  Type* t = &g_dict_type;
  t->basicsize = sizeof(Dict);
  t->dealloc = dict_dealloc;
  type_init(t, "dict", &g_object_type, sizeof(Dict), dict_dealloc);
  t->repr = dict_repr;
  t->hash = nullptr;
  t->compare = dict_compare;
  t->len = dict_len;
  t->truth = dict_truth;
  t->getitem = dict_subscript;
  t->setitem = dict_ass_sub;
  t->contains = dict_contains_slot;
  t->iter = dict_iter;
  t->new_ = dict_new;
  t->init = dict_init;
  t->binary[static_cast<int>(BinOp::Or)] = dict_or;
  t->rbinary[static_cast<int>(BinOp::Or)] = dict_ror;
  t->inplace[static_cast<int>(BinOp::Or)] = dict_ior;
  add_method(t, "get", dict_m_get);
  add_method(t, "setdefault", dict_m_setdefault);
  add_method(t, "pop", dict_m_pop);
  add_method(t, "popitem", dict_m_popitem);
  add_method(t, "keys", dict_m_keys);
  add_method(t, "values", dict_m_values);
  add_method(t, "items", dict_m_items);
  add_method(t, "update", dict_m_update);
  add_method(t, "copy", dict_m_copy);
  add_method(t, "clear", dict_m_clear);
  add_classmethod(t, "fromkeys", dict_m_fromkeys);
  add_method(t, "__reversed__", dict_m_reversed);
  add_method(t, "__contains__", dict_m_contains);
  add_method(t, "__getitem__", dict_m_getitem);
  add_constant(t, "__hash__", none());
  add_slot_wrappers(t);
  init_view_type(&g_dict_keys_type, "dict_keys", true);
  init_view_type(&g_dict_values_type, "dict_values", false);
  init_view_type(&g_dict_items_type, "dict_items", true);
}

}  // namespace asyncplay::lang
