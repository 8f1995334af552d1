// Iterators over the built-in containers, and the iterator types the builtins construct:
// enumerate, zip, map, filter, reversed and callable_iterator (iter(f, sentinel)).
//
// Each holds an owned reference to what it iterates and drops it when exhausted, as CPython's do,
// so an exhausted iterator stays exhausted even if its container grows.
#include <new>

#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

Type g_list_iter_type, g_list_reviter_type, g_tuple_iter_type, g_str_iter_type,
    g_str_ascii_iter_type, g_range_iter_type, g_dict_keyiter_type, g_dict_valueiter_type,
    g_dict_itemiter_type, g_dict_revkeyiter_type, g_dict_revvalueiter_type, g_dict_revitemiter_type,
    g_set_iter_type, g_enumerate_type, g_zip_type, g_map_type, g_filter_type, g_reversed_type,
    g_callable_iter_type;

namespace {

Ref self_iter(Value self) {
  return Ref::borrow(self);
}

// ---- list ---------------------------------------------------------------------------------------

struct ListIter : Object {
  Value list;  // owned; null once exhausted
  int64_t index;
};

void list_iter_dealloc(Object* o) {
  decref(static_cast<ListIter*>(o)->list);
  free_object(o);
}

Ref list_iter_next(Value self) {
  ListIter* it = static_cast<ListIter*>(self.obj());
  if (!it->list) return nullptr;
  List* l = as_list(it->list);
  if (it->index < static_cast<int64_t>(l->items.size())) return Ref::borrow(l->items[it->index++]);
  decref(it->list);
  it->list = Value();
  return nullptr;
}

Ref list_reviter_next(Value self) {
  ListIter* it = static_cast<ListIter*>(self.obj());
  if (!it->list) return nullptr;
  List* l = as_list(it->list);
  if (it->index >= 0 && it->index < static_cast<int64_t>(l->items.size())) {
    return Ref::borrow(l->items[it->index--]);
  }
  decref(it->list);
  it->list = Value();
  return nullptr;
}

Ref new_list_iter_of(Type* t, Value list, int64_t index) {
  Object* o = alloc_object(t, sizeof(ListIter));
  if (!o) return nullptr;
  ListIter* it = static_cast<ListIter*>(o);
  it->list = newref(list);
  it->index = index;
  return Ref::steal(Value(o));
}

// ---- tuple
// ----------------------------------------------------------------------------------------

Ref tuple_iter_next(Value self) {
  ListIter* it = static_cast<ListIter*>(self.obj());
  if (!it->list) return nullptr;
  Tuple* t = as_tuple(it->list);
  if (it->index < t->size) return Ref::borrow(t->items[it->index++]);
  decref(it->list);
  it->list = Value();
  return nullptr;
}

// ---- str
// -------------------------------------------------------------------------------------------

struct StrIter : Object {
  Value str;  // owned; null once exhausted
  size_t offset;
};

void str_iter_dealloc(Object* o) {
  decref(static_cast<StrIter*>(o)->str);
  free_object(o);
}

Ref str_iter_next(Value self) {
  StrIter* it = static_cast<StrIter*>(self.obj());
  if (!it->str) return nullptr;
  Str* s = as_str(it->str);
  if (it->offset < s->data.size()) {
    unsigned char b = static_cast<unsigned char>(s->data[it->offset]);
    if (b < 0x80) {
      ++it->offset;
      return str_from_codepoint(b);
    }
    size_t len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    std::string ch = s->data.substr(it->offset, len);
    it->offset += len;
    return new_str_from(std::move(ch), 1, false);
  }
  decref(it->str);
  it->str = Value();
  return nullptr;
}

// ---- range
// ------------------------------------------------------------------------------------------

struct RangeIter : Object {
  int64_t next, step, remaining;
};

void plain_dealloc(Object* o) {
  free_object(o);
}

Ref range_iter_next(Value self) {
  RangeIter* it = static_cast<RangeIter*>(self.obj());
  if (it->remaining <= 0) return nullptr;
  int64_t v = it->next;
  --it->remaining;
  if (it->remaining > 0) it->next += it->step;
  return new_int(v);
}

// ---- dict
// --------------------------------------------------------------------------------------------

struct DictIter : Object {
  Value dict;  // owned; null once exhausted
  int64_t pos;
  int64_t used;  // the size when iteration started (-1: sticky error)
  int64_t len;   // items left to yield
  DictIterKind kind;
  bool reversed;
};

void dict_iter_dealloc(Object* o) {
  decref(static_cast<DictIter*>(o)->dict);
  free_object(o);
}

Ref dict_iter_next(Value self) {
  DictIter* it = static_cast<DictIter*>(self.obj());
  if (!it->dict) return nullptr;
  Dict* d = as_dict(it->dict);
  if (it->used != d->used) {
    it->used = -1;
    return raise(g_RuntimeError, "dictionary changed size during iteration");
  }
  const Dict::Entry* found = nullptr;
  if (!it->reversed) {
    while (it->pos < static_cast<int64_t>(d->entries.size())) {
      const Dict::Entry& e = d->entries[static_cast<size_t>(it->pos++)];
      if (e.key) {
        found = &e;
        break;
      }
    }
  } else {
    if (it->pos >= static_cast<int64_t>(d->entries.size()))
      it->pos = static_cast<int64_t>(d->entries.size()) - 1;
    while (it->pos >= 0) {
      const Dict::Entry& e = d->entries[static_cast<size_t>(it->pos--)];
      if (e.key) {
        found = &e;
        break;
      }
    }
  }
  if (!found) {
    decref(it->dict);
    it->dict = Value();
    return nullptr;
  }
  if (it->len == 0) {
    it->len = -1;
    return raise(g_RuntimeError, "dictionary keys changed during iteration");
  }
  --it->len;
  switch (it->kind) {
    case DictIterKind::kKeys:
      return Ref::borrow(found->key);
    case DictIterKind::kValues:
      return Ref::borrow(found->value);
    case DictIterKind::kItems:
      return new_tuple({found->key, found->value});
  }
  return nullptr;
}

// ---- set
// -----------------------------------------------------------------------------------------------

struct SetIter : Object {
  Value set;  // owned; null once exhausted
  int64_t pos;
  int64_t used;
};

void set_iter_dealloc(Object* o) {
  decref(static_cast<SetIter*>(o)->set);
  free_object(o);
}

Ref set_iter_next(Value self) {
  SetIter* it = static_cast<SetIter*>(self.obj());
  if (!it->set) return nullptr;
  Set* s = as_set(it->set);
  if (it->used != s->used) {
    it->used = -1;
    return raise(g_RuntimeError, "Set changed size during iteration");
  }
  Value key;
  if (set_next(s, &it->pos, &key)) return Ref::borrow(key);
  decref(it->set);
  it->set = Value();
  return nullptr;
}

// ---- enumerate
// ----------------------------------------------------------------------------------------

struct Enumerate : Object {
  Value iter;  // owned
  int64_t index;
  Value big_index;  // owned int once the count leaves the small range, else null
};

void enumerate_dealloc(Object* o) {
  Enumerate* e = static_cast<Enumerate*>(o);
  decref(e->iter);
  decref(e->big_index);
  free_object(o);
}

Ref enumerate_new(Type* type, Args args) {
  Value a[2];
  if (!parse_args("enumerate", args, {"iterable", "start"}, 2, a)) return nullptr;
  if (!a[0]) return type_error("enumerate() missing required argument 'iterable'");
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  int64_t start = 0;
  Value big;
  if (a[1]) {
    Ref idx = number_index(a[1]);
    if (!idx) return nullptr;
    if (!int_as_i64(idx.get(), &start) || !Value::fits_small(start)) big = idx.get();
  }
  Object* o = alloc_object(type, type == &g_enumerate_type ? sizeof(Enumerate) : 0);
  if (!o) return nullptr;
  Enumerate* e = static_cast<Enumerate*>(o);
  e->iter = it.release();
  e->index = start;
  e->big_index = big ? newref(big) : Value();
  return Ref::steal(Value(o));
}

Ref enumerate_next(Value self) {
  Enumerate* e = static_cast<Enumerate*>(self.obj());
  Ref item = iter_next(e->iter);
  if (!item) return nullptr;
  Ref index;
  if (!e->big_index) {
    index = new_int(e->index);
    if (e->index == Value::kSmallMax) {
      e->big_index = new_int(int_to_bigint(index.get()) + BigInt(1)).release();
    } else {
      ++e->index;
    }
  } else {
    index = Ref::borrow(e->big_index);
    Ref next = new_int(int_to_bigint(e->big_index) + BigInt(1));
    decref(e->big_index);
    e->big_index = next.release();
  }
  return new_tuple({index.get(), item.get()});
}

// ---- zip
// ------------------------------------------------------------------------------------------

struct Zip : Object {
  std::vector<Value> iters;  // owned
  bool strict;
};

void zip_dealloc(Object* o) {
  Zip* z = static_cast<Zip*>(o);
  std::vector<Value> iters = std::move(z->iters);
  z->iters.~vector();
  free_object(o);
  for (Value v : iters) decref(v);
}

Ref zip_new(Type* type, Args args) {
  bool strict = false;
  if (args.nkw() > 1) {
    return type_error("zip() takes at most 1 keyword argument (" + std::to_string(args.nkw()) +
                      " given)");
  }
  if (args.nkw() == 1) {
    std::string_view k = as_str(args.kwnames->items[0])->view();
    if (k != "strict")
      return type_error("zip() got an unexpected keyword argument '" + std::string(k) + "'");
    int t = truth(args.kw_value(0));
    if (t < 0) return nullptr;
    strict = t;
  }
  std::vector<Ref> iters;
  for (size_t i = 0; i < args.npos; ++i) {
    Ref it = get_iter(args[i]);
    if (!it) return nullptr;
    iters.push_back(std::move(it));
  }
  Object* o = alloc_object(type, type == &g_zip_type ? sizeof(Zip) : 0);
  if (!o) return nullptr;
  Zip* z = static_cast<Zip*>(o);
  new (&z->iters) std::vector<Value>();
  for (Ref& r : iters) z->iters.push_back(r.release());
  z->strict = strict;
  return Ref::steal(Value(o));
}

Ref zip_next(Value self) {
  Zip* z = static_cast<Zip*>(self.obj());
  const size_t n = z->iters.size();
  if (n == 0) return nullptr;
  Ref result = new_tuple(static_cast<int64_t>(n));
  if (!result) return nullptr;
  Tuple* t = as_tuple(result.get());
  for (size_t i = 0; i < n; ++i) {
    Ref item = iter_next(z->iters[i]);
    if (!item) {
      // Fill the rest so that the tuple can be released safely.
      for (size_t k = i; k < n; ++k) t->items[k] = newref(none());
      if (error_occurred()) return nullptr;
      if (z->strict) {
        if (i > 0) {
          return value_error("zip() argument " + std::to_string(i + 1) +
                             " is shorter than argument" +
                             (i == 1 ? " 1" : "s 1-" + std::to_string(i)));
        }
        for (size_t k = 1; k < n; ++k) {
          Ref extra = iter_next(z->iters[k]);
          if (extra) {
            return value_error("zip() argument " + std::to_string(k + 1) +
                               " is longer than argument" +
                               (k == 1 ? " 1" : "s 1-" + std::to_string(k)));
          }
          if (error_occurred()) return nullptr;
        }
      }
      return nullptr;
    }
    t->items[i] = item.release();
  }
  return result;
}

// ---- map, filter
// ------------------------------------------------------------------------------------

struct Map : Object {
  Value func;                // owned
  std::vector<Value> iters;  // owned
};

void map_dealloc(Object* o) {
  Map* m = static_cast<Map*>(o);
  Value func = m->func;
  std::vector<Value> iters = std::move(m->iters);
  m->iters.~vector();
  free_object(o);
  decref(func);
  for (Value v : iters) decref(v);
}

Ref map_new(Type* type, Args args) {
  if (type == &g_map_type && !check_no_kwargs("map", args)) return nullptr;
  if (args.npos < 2) return type_error("map() must have at least two arguments.");
  std::vector<Ref> iters;
  for (size_t i = 1; i < args.npos; ++i) {
    Ref it = get_iter(args[i]);
    if (!it) return nullptr;
    iters.push_back(std::move(it));
  }
  Object* o = alloc_object(type, type == &g_map_type ? sizeof(Map) : 0);
  if (!o) return nullptr;
  Map* m = static_cast<Map*>(o);
  new (&m->iters) std::vector<Value>();
  m->func = newref(args[0]);
  for (Ref& r : iters) m->iters.push_back(r.release());
  return Ref::steal(Value(o));
}

Ref map_next(Value self) {
  Map* m = static_cast<Map*>(self.obj());
  std::vector<Ref> items;
  items.reserve(m->iters.size());
  for (Value it : m->iters) {
    Ref item = iter_next(it);
    if (!item) return nullptr;
    items.push_back(std::move(item));
  }
  std::vector<Value> argv;
  argv.reserve(items.size());
  for (const Ref& r : items) argv.push_back(r.get());
  return call(m->func, Args{argv.data(), argv.size(), nullptr});
}

struct Filter : Object {
  Value func;  // owned (None: truth)
  Value iter;  // owned
};

void filter_dealloc(Object* o) {
  Filter* f = static_cast<Filter*>(o);
  decref(f->func);
  decref(f->iter);
  free_object(o);
}

Ref filter_new(Type* type, Args args) {
  if (type == &g_filter_type && !check_no_kwargs("filter", args)) return nullptr;
  if (!check_nargs("filter", args, 2, 2)) return nullptr;
  Ref it = get_iter(args[1]);
  if (!it) return nullptr;
  Object* o = alloc_object(type, type == &g_filter_type ? sizeof(Filter) : 0);
  if (!o) return nullptr;
  Filter* f = static_cast<Filter*>(o);
  f->func = newref(args[0]);
  f->iter = it.release();
  return Ref::steal(Value(o));
}

Ref filter_next(Value self) {
  Filter* f = static_cast<Filter*>(self.obj());
  for (;;) {
    Ref item = iter_next(f->iter);
    if (!item) return nullptr;
    int ok;
    if (f->func == none() || f->func == Value(&g_bool_type)) {
      ok = truth(item.get());
    } else {
      Ref r = call(f->func, {item.get()});
      if (!r) return nullptr;
      ok = truth(r.get());
    }
    if (ok < 0) return nullptr;
    if (ok) return item;
  }
}

// ---- reversed
// ---------------------------------------------------------------------------------------

struct Reversed : Object {
  Value seq;  // owned; null once exhausted
  int64_t index;
};

void reversed_dealloc(Object* o) {
  decref(static_cast<Reversed*>(o)->seq);
  free_object(o);
}

Ref reversed_new(Type* type, Args args) {
  if (type == &g_reversed_type && !check_no_kwargs("reversed", args)) return nullptr;
  if (args.npos != 1) {
    return type_error("reversed expected 1 argument, got " + std::to_string(args.npos));
  }
  Value seq = args[0];
  if (type_of(seq) == &g_list_type) return new_list_reverse_iter(as_list(seq));
  bool found = false;
  Ref r = call_special(seq, AP_NAME("__reversed__"), {}, &found);
  if (found) return r;
  Type* t = type_of(seq);
  if (!t->getitem || !t->len || t->is_subtype_of(&g_dict_type)) {
    return type_error("'" + t->name + "' object is not reversible");
  }
  int64_t n = length(seq);
  if (n < 0) return nullptr;
  Object* o = alloc_object(type, type == &g_reversed_type ? sizeof(Reversed) : 0);
  if (!o) return nullptr;
  Reversed* rv = static_cast<Reversed*>(o);
  rv->seq = newref(seq);
  rv->index = n - 1;
  return Ref::steal(Value(o));
}

Ref reversed_next(Value self) {
  Reversed* rv = static_cast<Reversed*>(self.obj());
  if (!rv->seq) return nullptr;
  if (rv->index >= 0) {
    Ref idx = new_int(rv->index--);
    Ref item = getitem(rv->seq, idx.get());
    if (item) return item;
    if (!error_matches(g_IndexError) && !error_matches(g_StopIteration)) return nullptr;
    clear_error();
  }
  decref(rv->seq);
  rv->seq = Value();
  return nullptr;
}

// ---- iter(callable, sentinel)
// ----------------------------------------------------------------------

struct CallableIter : Object {
  Value func;      // owned; null once exhausted
  Value sentinel;  // owned
};

void callable_iter_dealloc(Object* o) {
  CallableIter* c = static_cast<CallableIter*>(o);
  decref(c->func);
  decref(c->sentinel);
  free_object(o);
}

Ref callable_iter_next(Value self) {
  CallableIter* c = static_cast<CallableIter*>(self.obj());
  if (!c->func) return nullptr;
  Ref r = call(c->func, Args{});
  if (!r) {
    if (error_matches(g_StopIteration)) {
      clear_error();
      decref(c->func);
      c->func = Value();
    }
    return nullptr;
  }
  int eq = equal(r.get(), c->sentinel);
  if (eq < 0) return nullptr;
  if (eq) {
    decref(c->func);
    c->func = Value();
    return nullptr;
  }
  return r;
}

void init_iter(Type* t, const char* name, size_t size, DeallocFn dealloc, UnaryFn next) {
  type_init(t, name, &g_object_type, size, dealloc, 0);
  t->iter = self_iter;
  t->next = next;
  add_slot_wrappers(t);
}

}  // namespace

Ref new_callable_iter(Value func, Value sentinel) {
  Object* o = alloc_object(&g_callable_iter_type, sizeof(CallableIter));
  if (!o) return nullptr;
  CallableIter* c = static_cast<CallableIter*>(o);
  c->func = newref(func);
  c->sentinel = newref(sentinel);
  return Ref::steal(Value(o));
}

Ref new_list_iter(List* l) {
  return new_list_iter_of(&g_list_iter_type, Value(l), 0);
}

Ref new_list_reverse_iter(List* l) {
  return new_list_iter_of(&g_list_reviter_type, Value(l),
                          static_cast<int64_t>(l->items.size()) - 1);
}

Ref new_tuple_iter(Tuple* t) {
  return new_list_iter_of(&g_tuple_iter_type, Value(t), 0);
}

Ref new_str_iter(Str* s) {
  Type* t = s->ascii ? &g_str_ascii_iter_type : &g_str_iter_type;
  Object* o = alloc_object(t, sizeof(StrIter));
  if (!o) return nullptr;
  StrIter* it = static_cast<StrIter*>(o);
  it->str = newref(Value(s));
  it->offset = 0;
  return Ref::steal(Value(o));
}

Ref new_range_iter(int64_t start, int64_t step, int64_t length) {
  Object* o = alloc_object(&g_range_iter_type, sizeof(RangeIter));
  if (!o) return nullptr;
  RangeIter* it = static_cast<RangeIter*>(o);
  it->next = start;
  it->step = step;
  it->remaining = length;
  return Ref::steal(Value(o));
}

Ref new_dict_iter(Dict* d, DictIterKind kind, bool reversed) {
  Type* t;
  switch (kind) {
    case DictIterKind::kKeys:
      t = reversed ? &g_dict_revkeyiter_type : &g_dict_keyiter_type;
      break;
    case DictIterKind::kValues:
      t = reversed ? &g_dict_revvalueiter_type : &g_dict_valueiter_type;
      break;
    default:
      t = reversed ? &g_dict_revitemiter_type : &g_dict_itemiter_type;
      break;
  }
  Object* o = alloc_object(t, sizeof(DictIter));
  if (!o) return nullptr;
  DictIter* it = static_cast<DictIter*>(o);
  it->dict = newref(Value(d));
  it->pos = reversed ? static_cast<int64_t>(d->entries.size()) - 1 : 0;
  it->used = d->used;
  it->len = d->used;
  it->kind = kind;
  it->reversed = reversed;
  return Ref::steal(Value(o));
}

Ref new_set_iter(Set* s) {
  Object* o = alloc_object(&g_set_iter_type, sizeof(SetIter));
  if (!o) return nullptr;
  SetIter* it = static_cast<SetIter*>(o);
  it->set = newref(Value(s));
  it->pos = 0;
  it->used = s->used;
  return Ref::steal(Value(o));
}

void init_iterator_types() {
  init_iter(&g_list_iter_type, "list_iterator", sizeof(ListIter), list_iter_dealloc,
            list_iter_next);
  init_iter(&g_list_reviter_type, "list_reverseiterator", sizeof(ListIter), list_iter_dealloc,
            list_reviter_next);
  init_iter(&g_tuple_iter_type, "tuple_iterator", sizeof(ListIter), list_iter_dealloc,
            tuple_iter_next);
  init_iter(&g_str_iter_type, "str_iterator", sizeof(StrIter), str_iter_dealloc, str_iter_next);
  init_iter(&g_str_ascii_iter_type, "str_ascii_iterator", sizeof(StrIter), str_iter_dealloc,
            str_iter_next);
  init_iter(&g_range_iter_type, "range_iterator", sizeof(RangeIter), plain_dealloc,
            range_iter_next);
  init_iter(&g_dict_keyiter_type, "dict_keyiterator", sizeof(DictIter), dict_iter_dealloc,
            dict_iter_next);
  init_iter(&g_dict_valueiter_type, "dict_valueiterator", sizeof(DictIter), dict_iter_dealloc,
            dict_iter_next);
  init_iter(&g_dict_itemiter_type, "dict_itemiterator", sizeof(DictIter), dict_iter_dealloc,
            dict_iter_next);
  init_iter(&g_dict_revkeyiter_type, "dict_reversekeyiterator", sizeof(DictIter), dict_iter_dealloc,
            dict_iter_next);
  init_iter(&g_dict_revvalueiter_type, "dict_reversevalueiterator", sizeof(DictIter),
            dict_iter_dealloc, dict_iter_next);
  init_iter(&g_dict_revitemiter_type, "dict_reverseitemiterator", sizeof(DictIter),
            dict_iter_dealloc, dict_iter_next);
  init_iter(&g_set_iter_type, "set_iterator", sizeof(SetIter), set_iter_dealloc, set_iter_next);
  init_iter(&g_callable_iter_type, "callable_iterator", sizeof(CallableIter), callable_iter_dealloc,
            callable_iter_next);

  struct {
    Type* t;
    const char* name;
    size_t size;
    DeallocFn dealloc;
    UnaryFn next;
    NewFn new_;
  } const builtins[] = {
      {&g_enumerate_type, "enumerate", sizeof(Enumerate), enumerate_dealloc, enumerate_next,
       enumerate_new},
      {&g_zip_type, "zip", sizeof(Zip), zip_dealloc, zip_next, zip_new},
      {&g_map_type, "map", sizeof(Map), map_dealloc, map_next, map_new},
      {&g_filter_type, "filter", sizeof(Filter), filter_dealloc, filter_next, filter_new},
      {&g_reversed_type, "reversed", sizeof(Reversed), reversed_dealloc, reversed_next,
       reversed_new},
  };
  for (const auto& b : builtins) {
    type_init(b.t, b.name, &g_object_type, b.size, b.dealloc);
    b.t->iter = self_iter;
    b.t->next = b.next;
    b.t->new_ = b.new_;
    add_slot_wrappers(b.t);
  }
}

}  // namespace asyncplay::lang
