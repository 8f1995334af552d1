#include "core/lang/match.h"

#include <string>
#include <vector>

#include "core/lang/errors.h"
#include "core/lang/types.h"

namespace asyncplay::lang {

namespace {

bool mro_has_name(Type* t, std::string_view name) {
  for (Type* m : t->mro) {
    if (m->name == name) return true;
  }
  return false;
}

// Built-in types whose class pattern's one positional sub-pattern matches the subject itself.
bool matches_self(Type* cls) {
  for (Type* t : {&g_bool_type, &g_int_type, &g_float_type, &g_str_type, &g_tuple_type,
                  &g_list_type, &g_dict_type, &g_set_type, &g_frozenset_type}) {
    if (cls->is_subtype_of(t)) return true;
  }
  return mro_has_name(cls, "bytes") || mro_has_name(cls, "bytearray");
}

}  // namespace

bool match_is_sequence(Value v) {
  Type* t = type_of(v);
  if (t->is_subtype_of(&g_list_type) || t->is_subtype_of(&g_tuple_type) ||
      t->is_subtype_of(&g_range_type)) {
    return true;
  }
  return mro_has_name(t, "deque");
}

bool match_is_mapping(Value v) {
  return type_of(v)->is_subtype_of(&g_dict_type);
}

Ref match_keys(Value subject, Value keys) {
  Tuple* k = as_tuple(keys);
  Ref values = new_tuple(k->size);
  if (!values) return nullptr;
  for (int64_t i = 0; i < k->size; ++i) {
    for (int64_t j = 0; j < i; ++j) {
      int eq = equal(k->items[i], k->items[j]);
      if (eq < 0) return nullptr;
      if (eq) {
        Ref r = repr(k->items[i]);
        if (!r) return nullptr;
        return raise(g_ValueError, "mapping pattern checks duplicate key (" +
                                       std::string(as_str(r.get())->view()) + ")");
      }
    }
    // subject.get(key, marker): the keys tuple itself is a marker no mapping can hold.
    Ref v = call_method(subject, "get", {k->items[i], keys});
    if (!v) return nullptr;
    if (v.get() == keys) return new_none();
    as_tuple(values.get())->items[i] = v.release();
  }
  return values;
}

Ref match_copy_without_keys(Value subject, Value keys) {
  Ref d = call(Value(&g_dict_type), {subject});
  if (!d) return nullptr;
  Tuple* k = as_tuple(keys);
  for (int64_t i = 0; i < k->size; ++i) {
    if (dict_del(static_cast<Dict*>(d.get().obj()), k->items[i]) < 0) return nullptr;
  }
  return d;
}

Ref match_class(Value subject, Value cls, uint32_t npos, Value kw) {
  if (!is_instance(cls, &g_type_type)) return type_error("called match pattern must be a type");
  Type* t = static_cast<Type*>(cls.obj());
  if (!is_instance(subject, t)) return new_none();
  std::vector<Value> names;  // borrowed; null: the subject itself
  Ref match_args;
  if (npos > 0) {
    bool found = false;
    match_args = getattr_optional(cls, AP_NAME("__match_args__"), &found);
    if (!found && error_occurred()) return nullptr;
    size_t allowed = 0;
    if (found) {
      if (!is_instance(match_args.get(), &g_tuple_type)) {
        return type_error(t->name + ".__match_args__ must be a tuple (got " +
                          type_name(match_args.get()) + ")");
      }
      allowed = static_cast<size_t>(as_tuple(match_args.get())->size);
    } else if (matches_self(t)) {
      allowed = 1;
    }
    if (npos > allowed) {
      return type_error(t->name + "() accepts " + std::to_string(allowed) +
                        " positional sub-pattern" + (allowed == 1 ? "" : "s") + " (" +
                        std::to_string(npos) + " given)");
    }
    for (uint32_t i = 0; i < npos; ++i) {
      if (!found) {
        names.push_back(Value());
        continue;
      }
      Value n = as_tuple(match_args.get())->items[i];
      if (!is_instance(n, &g_str_type)) {
        return type_error("__match_args__ elements must be strings (got " + type_name(n) + ")");
      }
      names.push_back(n);
    }
  }
  for (int64_t i = 0; i < as_tuple(kw)->size; ++i) names.push_back(as_tuple(kw)->items[i]);
  for (size_t i = 0; i < names.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (names[i] && names[j] && as_str(names[i])->view() == as_str(names[j])->view()) {
        return type_error(t->name + "() got multiple sub-patterns for attribute '" +
                          std::string(as_str(names[i])->view()) + "'");
      }
    }
  }
  Ref out = new_tuple(static_cast<int64_t>(names.size()));
  if (!out) return nullptr;
  for (size_t i = 0; i < names.size(); ++i) {
    Ref v;
    if (!names[i]) {
      v = Ref::borrow(subject);
    } else {
      bool found = false;
      v = getattr_optional(subject, as_str(names[i]), &found);
      if (!found) return error_occurred() ? nullptr : new_none();
    }
    as_tuple(out.get())->items[i] = v.release();
  }
  return out;
}

}  // namespace asyncplay::lang
