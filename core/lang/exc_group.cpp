// BaseExceptionGroup and ExceptionGroup (PEP 654): construction and its checks, message,
// exceptions, str, derive, split and subgroup; and the two halves of except*: splitting the
// exception by a clause's type, and combining what the clauses left and raised.
#include <algorithm>
#include <unordered_set>

#include "core/lang/code.h"
#include "core/lang/errors.h"
#include "core/lang/objects.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

namespace {

BaseExc* as_exc(Value v) {
  return static_cast<BaseExc*>(v.obj());
}

// ---- construction ---------------------------------------------------------------------------

// PySequence_Check: anything with __getitem__ except a dict.
bool is_sequence(Value v) {
  Type* t = type_of(v);
  return t->getitem && !t->is_subtype_of(&g_dict_type) && !t->is_subtype_of(&g_set_type);
}

Ref group_new(Type* type, Args args) {
  if (args.npos != 2) {
    return type_error("BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                      std::to_string(args.npos) + " given)");
  }
  if (!is_str(args[0])) {
    return type_error("BaseExceptionGroup.__new__() argument 1 must be str, not " +
                      type_name(args[0]));
  }
  if (!is_sequence(args[1])) return type_error("second argument (exceptions) must be a sequence");
  Ref excs = tuple_from_iterable(args[1]);
  if (!excs) return nullptr;
  Tuple* items = as_tuple(excs.get());
  if (items->size == 0)
    return value_error("second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (int64_t i = 0; i < items->size; ++i) {
    Value e = items->items[i];
    if (!is_exception_instance(e)) {
      return value_error("Item " + std::to_string(i) +
                         " of second argument (exceptions) is not an exception");
    }
    if (!is_instance(e, g_Exception)) nested_base = true;
  }
  Type* cls = type;
  if (cls == g_BaseExceptionGroup) {
    if (!nested_base) cls = g_ExceptionGroup;
  } else if (cls->is_subtype_of(g_Exception) && nested_base) {
    if (cls == g_ExceptionGroup)
      return type_error("Cannot nest BaseExceptions in an ExceptionGroup");
    return type_error("Cannot nest BaseExceptions in '" + cls->name + "'");
  }
  Ref self = g_BaseException->new_(cls, args);
  if (!self) return nullptr;
  BaseExc* e = as_exc(self.get());
  e->group_message = newref(args[0]);
  e->group_excs = excs.release();
  return self;
}

Ref group_get_message(Value self) {
  Value m = as_exc(self)->group_message;
  return Ref::borrow(m ? m : none());
}

Ref group_get_exceptions(Value self) {
  Value t = as_exc(self)->group_excs;
  return t ? Ref::borrow(t) : new_tuple({});
}

Ref group_str(Value self) {
  BaseExc* e = as_exc(self);
  const int64_t n = e->group_excs ? as_tuple(e->group_excs)->size : 0;
  std::string msg = e->group_message ? as_str(e->group_message)->data : "";
  return new_str(msg + " (" + std::to_string(n) + " sub-exception" + (n == 1 ? "" : "s") + ")");
}

Ref group_derive(Value self, Args args) {
  if (!check_nargs("derive", args, 1, 1)) return nullptr;
  return call(Value(g_BaseExceptionGroup), {as_exc(self)->group_message, args[0]});
}

// ---- split and subgroup ---------------------------------------------------------------------

// What split()/subgroup() and except* match leaves with.
struct Matcher {
  enum Kind { kType, kPredicate, kLeafIds } kind;
  Value value;                          // a class, a tuple of classes, or a predicate
  std::unordered_set<const void*> ids;  // kLeafIds
};

bool make_matcher(Value v, Matcher* m) {
  if (type_of(v)->call && !is_type(v, &g_type_type) && !type_of(v)->is_subtype_of(&g_type_type)) {
    *m = Matcher{Matcher::kPredicate, v, {}};
    return true;
  }
  bool ok = is_exception_type(v);
  if (!ok && is_type(v, &g_tuple_type)) {
    ok = true;
    for (int64_t i = 0; i < as_tuple(v)->size; ++i)
      ok = ok && is_exception_type(as_tuple(v)->items[i]);
  }
  if (!ok) {
    type_error("expected a function, exception type or tuple of exception types");
    return false;
  }
  *m = Matcher{Matcher::kType, v, {}};
  return true;
}

bool isinstance_of(Value exc, Value cls) {
  if (is_type(cls, &g_tuple_type)) {
    for (int64_t i = 0; i < as_tuple(cls)->size; ++i) {
      if (isinstance_of(exc, as_tuple(cls)->items[i])) return true;
    }
    return false;
  }
  return is_instance(exc, static_cast<Type*>(cls.obj()));
}

// 1 / 0, -1 with an exception (from a predicate).
int matches(const Matcher& m, Value exc) {
  switch (m.kind) {
    case Matcher::kType:
      return isinstance_of(exc, m.value);
    case Matcher::kPredicate: {
      Ref r = call(m.value, {exc});
      return r ? truth(r.get()) : -1;
    }
    case Matcher::kLeafIds:
      return m.ids.count(exc.obj()) ? 1 : 0;
  }
  return 0;
}

// eg.derive(parts) with eg's traceback, cause, context and a copy of its notes; None for no parts.
Ref group_subset(Value eg, std::vector<Ref>& parts) {
  if (parts.empty()) return new_none();
  Ref list = new_list();
  for (Ref& p : parts) list_append(as_list(list.get()), p.get());
  Ref derived = call_method(eg, "derive", {list.get()});
  if (!derived) return nullptr;
  if (!is_exception_group(derived.get())) {
    return type_error("derive must return an instance of BaseExceptionGroup");
  }
  BaseExc* from = as_exc(eg);
  BaseExc* to = as_exc(derived.get());
  if (to != from) {
    for (auto& tb : to->traceback) decref(Value(tb.code));
    to->traceback = from->traceback;
    for (auto& tb : to->traceback) incref(Value(tb.code));
    decref(to->context);
    to->context = from->context ? newref(from->context) : Value();
    decref(to->cause);
    to->cause = from->cause ? newref(from->cause) : Value();
    to->suppress_context = true;
    if (from->notes) {
      Ref copy = tuple_from_iterable(from->notes);
      if (!copy) return nullptr;
      Ref notes = new_list();
      for (int64_t i = 0; i < as_tuple(copy.get())->size; ++i)
        list_append(as_list(notes.get()), as_tuple(copy.get())->items[i]);
      decref(to->notes);
      to->notes = notes.release();
    }
  }
  return derived;
}

// Splits `exc` into the part that matches (or null) and, if `rest` is given, the part that does
// not. False with an exception.
bool split_recursive(Value exc, const Matcher& m, Ref* match, Ref* rest) {
  int r = matches(m, exc);
  if (r < 0) return false;
  if (r) {
    *match = Ref::borrow(exc);
    return true;
  }
  if (!is_exception_group(exc)) {
    if (rest) *rest = Ref::borrow(exc);
    return true;
  }
  std::vector<Ref> match_parts, rest_parts;
  Tuple* excs = group_exceptions(exc);
  for (int64_t i = 0; i < excs->size; ++i) {
    Ref sm, sr;
    if (!split_recursive(excs->items[i], m, &sm, rest ? &sr : nullptr)) return false;
    if (sm) match_parts.push_back(std::move(sm));
    if (sr) rest_parts.push_back(std::move(sr));
  }
  Ref mg = group_subset(exc, match_parts);
  if (!mg) return false;
  if (mg.get() != none()) *match = std::move(mg);
  if (rest) {
    Ref rg = group_subset(exc, rest_parts);
    if (!rg) return false;
    if (rg.get() != none()) *rest = std::move(rg);
  }
  return true;
}

Ref or_none(Ref r) {
  return r ? std::move(r) : new_none();
}

Ref group_split(Value self, Args args) {
  if (!check_nargs("split", args, 1, 1)) return nullptr;
  Matcher m;
  if (!make_matcher(args[0], &m)) return nullptr;
  Ref match, rest;
  if (!split_recursive(self, m, &match, &rest)) return nullptr;
  Ref a = or_none(std::move(match)), b = or_none(std::move(rest));
  return new_tuple({a.get(), b.get()});
}

Ref group_subgroup(Value self, Args args) {
  if (!check_nargs("subgroup", args, 1, 1)) return nullptr;
  Matcher m;
  if (!make_matcher(args[0], &m)) return nullptr;
  Ref match;
  if (!split_recursive(self, m, &match, nullptr)) return nullptr;
  return or_none(std::move(match));
}

// ---- except* --------------------------------------------------------------------------------

void collect_leaf_ids(Value exc, std::unordered_set<const void*>* ids) {
  if (!exc || exc == none()) return;
  if (!is_exception_group(exc)) {
    ids->insert(exc.obj());
    return;
  }
  Tuple* excs = group_exceptions(exc);
  for (int64_t i = 0; i < excs->size; ++i) collect_leaf_ids(excs->items[i], ids);
}

// Whether `e` is a part of `orig` split off by except* (and re-raised), not a new exception.
bool same_metadata(Value e, Value orig) {
  BaseExc* a = as_exc(e);
  BaseExc* b = as_exc(orig);
  if (a->notes != b->notes || a->cause != b->cause || a->context != b->context) return false;
  if (a->traceback.size() != b->traceback.size()) return false;
  for (size_t i = 0; i < a->traceback.size(); ++i) {
    if (a->traceback[i].code != b->traceback[i].code ||
        a->traceback[i].instr != b->traceback[i].instr)
      return false;
  }
  return true;
}

bool check_except_star_type(Value type) {
  auto bad = [](Value t) { return !is_exception_type(t); };
  auto group = [](Value t) {
    return static_cast<Type*>(t.obj())->is_subtype_of(g_BaseExceptionGroup);
  };
  std::vector<Value> types;
  if (is_type(type, &g_tuple_type)) {
    for (int64_t i = 0; i < as_tuple(type)->size; ++i) types.push_back(as_tuple(type)->items[i]);
  } else {
    types.push_back(type);
  }
  for (Value t : types) {
    if (bad(t)) {
      type_error("catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
  }
  for (Value t : types) {
    if (group(t)) {
      type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
  }
  return true;
}

}  // namespace

bool is_exception_group(Value v) {
  return v && v.is_object() && is_instance(v, g_BaseExceptionGroup);
}

Tuple* group_exceptions(Value group) {
  Value t = as_exc(group)->group_excs;
  return t ? as_tuple(t) : as_tuple(empty_tuple());
}

Ref exception_group_match(Value exc, Value type, Ref* rest) {
  if (!check_except_star_type(type)) return nullptr;
  if (exc == none()) {
    *rest = new_none();
    return new_none();
  }
  if (isinstance_of(exc, type)) {
    *rest = new_none();
    if (is_exception_group(exc)) return Ref::borrow(exc);
    // A naked exception is wrapped, and the wrapper carries its traceback.
    Ref msg = new_str("");
    Ref excs = new_tuple({exc});
    Ref wrapped = call(Value(g_BaseExceptionGroup), {msg.get(), excs.get()});
    if (!wrapped) return nullptr;
    as_exc(wrapped.get())->traceback = as_exc(exc)->traceback;
    for (auto& tb : as_exc(wrapped.get())->traceback) incref(Value(tb.code));
    return wrapped;
  }
  if (!is_exception_group(exc)) {
    *rest = Ref::borrow(exc);
    return new_none();
  }
  Ref pair = call_method(exc, "split", {type});
  if (!pair) return nullptr;
  if (!is_type(pair.get(), &g_tuple_type) || as_tuple(pair.get())->size != 2) {
    return type_error(type_name(exc) + ".split must return a 2-tuple, got " +
                      type_name(pair.get()));
  }
  *rest = Ref::borrow(as_tuple(pair.get())->items[1]);
  return Ref::borrow(as_tuple(pair.get())->items[0]);
}

Ref prepare_reraise_star(Value orig, Value excs) {
  List* list = as_list(excs);
  if (list->items.empty()) return new_none();
  if (!is_exception_group(orig)) {
    // A naked exception was wrapped: at most one clause ran, so there is one thing to raise.
    return Ref::borrow(list->items[0]);
  }
  std::vector<Value> raised, reraised;
  for (Value e : list->items) {
    if (e == none()) continue;
    (same_metadata(e, orig) ? reraised : raised).push_back(e);
  }
  Matcher m{Matcher::kLeafIds, Value(), {}};
  for (Value e : reraised) collect_leaf_ids(e, &m.ids);
  Ref reraised_eg;
  if (!split_recursive(orig, m, &reraised_eg, nullptr)) return nullptr;
  if (raised.empty()) return or_none(std::move(reraised_eg));
  if (reraised_eg) raised.push_back(reraised_eg.get());
  if (raised.size() == 1) return Ref::borrow(raised[0]);
  Ref msg = new_str("");
  Ref parts = new_list();
  for (Value e : raised) list_append(as_list(parts.get()), e);
  return call(Value(g_BaseExceptionGroup), {msg.get(), parts.get()});
}

void init_exception_group_types() {
  Type* base = g_BaseExceptionGroup;
  Type* eg = g_ExceptionGroup;
  // ExceptionGroup(BaseExceptionGroup, Exception): the second base and the MRO that goes with it.
  eg->bases = {base, g_Exception};
  eg->mro = {eg, base, g_Exception, g_BaseException, &g_object_type};
  ++g_type_epoch;
  g_Exception->subclasses.push_back(eg);
  for (Type* t : {base, eg}) {
    t->new_ = group_new;
    t->str = group_str;
  }
  add_getset(base, "message", group_get_message);
  add_getset(base, "exceptions", group_get_exceptions);
  add_method(base, "derive", group_derive);
  add_method(base, "split", group_split);
  add_method(base, "subgroup", group_subgroup);
}

}  // namespace asyncplay::lang
