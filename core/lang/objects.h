// core/lang: the built-in object types and how to make their values.
//
// Layouts and constructors of the types every part of the interpreter touches: None, bool, int,
// float, str, tuple, list, dict, cell, function, module, and the helpers that build them. Type
// objects of the built-ins are process-wide statics (immortal); everything else is per run.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/lang/object.h"

namespace asyncplay::lang {

struct Code;

// ---- type objects -------------------------------------------------------------------------
extern Type g_object_type, g_type_type, g_none_type, g_notimpl_type, g_ellipsis_type;

// Whether `v` is a class: an instance of type or of a metaclass.
inline bool is_class(Value v) {
  return v.is_object() && (type_of(v) == &g_type_type || type_of(v)->is_subtype_of(&g_type_type));
}
extern Type g_bool_type, g_int_type, g_float_type, g_str_type;
extern Type g_tuple_type, g_list_type, g_dict_type, g_set_type, g_frozenset_type;
extern Type g_range_type, g_slice_type, g_cell_type, g_function_type, g_builtin_type;
extern Type g_method_type, g_module_type, g_property_type, g_staticmethod_type;
extern Type g_classmethod_type, g_super_type, g_generator_type, g_coroutine_type;

// ---- singletons ---------------------------------------------------------------------------
extern Object g_none, g_notimplemented, g_ellipsis;
struct Bool;
extern Object* g_true;
extern Object* g_false;
inline Value none() {
  return Value(&g_none);
}
inline Value not_implemented() {
  return Value(&g_notimplemented);
}
inline Value bool_value(bool b) {
  return Value(b ? g_true : g_false);
}
inline Ref new_bool(bool b) {
  return Ref::borrow(bool_value(b));
}
inline Ref new_none() {
  return Ref::borrow(none());
}

// ---- numbers --------------------------------------------------------------------------------
Ref new_int(int64_t v);
Ref new_int_from_literal(std::string_view literal);  // source text of an int literal
Ref new_float(double v);
struct Float : Object {
  double value;
};
bool is_int(Value v);  // int or bool (or a subclass)
// The int64 value of an int that fits; false (no exception) when it does not.
bool int_as_i64(Value v, int64_t* out);
double float_value(Value v);  // v must be a float

// ---- str ------------------------------------------------------------------------------------
struct Str : Object {
  int64_t hash = -1;   // cached
  int64_t length = 0;  // in code points
  bool ascii = true;
  std::string data;  // UTF-8
  std::string_view view() const { return data; }
};
Ref new_str(std::string_view utf8);
// An interned str: the same object for equal text, kept for the life of the process. For names.
Str* intern(std::string_view utf8);
// intern() of a name known when compiling, looked up once per call site (intern() hashes and
// takes a lock; these names sit on hot paths such as calling a class or entering a with block).
#define AP_NAME(literal)                                                                     \
  ([]() -> ::asyncplay::lang::Str* {                                                         \
    static ::asyncplay::lang::Str* const interned_name = ::asyncplay::lang::intern(literal); \
    return interned_name;                                                                    \
  }())
inline Str* as_str(Value v) {
  return static_cast<Str*>(v.obj());
}
bool is_str(Value v);

// ---- tuple, list ------------------------------------------------------------------------------
struct Tuple : Object {
  int64_t size = 0;
  Value items[1];  // really `size` items, owned
};
struct List : Object {
  std::vector<Value> items;  // owned
};
Ref new_tuple(int64_t size);  // items set to None-free nulls; fill with newref'd values
Ref new_tuple(std::initializer_list<Value> items);  // borrows, adds references
Ref new_tuple_from(const Value* items, int64_t n);
Ref new_list(int64_t reserve = 0);
inline Tuple* as_tuple(Value v) {
  return static_cast<Tuple*>(v.obj());
}
inline List* as_list(Value v) {
  return static_cast<List*>(v.obj());
}
void list_append(List* l, Value v);  // adds a reference

// ---- dict ---------------------------------------------------------------------------------------
// Insertion-ordered, open addressing, as CPython's.
struct Dict : Object {
  struct Entry {
    int64_t hash;
    Value key;  // null: deleted
    Value value;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // -1 empty, -2 dummy, else entry number
  int64_t used = 0;
  int64_t dummies = 0;   // index slots marked deleted since the last rebuild
  uint64_t version = 0;  // new on every change, unique across dicts (dict.cpp)
  bool of_type = false;  // a class's namespace: a change bumps g_type_epoch
};
// Bumped whenever any class namespace changes or a class is freed: cached attribute lookups
// (Type::lookup) made in an older epoch are stale. Read and written under the GIL.
extern uint64_t g_type_epoch;
Ref new_dict();
// Borrowed value, or null: with *error false when missing, true when hashing/== raised.
Value dict_get(Dict* d, Value key, bool* error);
Value dict_get_str(Dict* d, Str* key);          // fast path for interned names; borrowed or null
int dict_set(Dict* d, Value key, Value value);  // -1 on exception
int dict_del(Dict* d, Value key);               // -1 on exception (KeyError if missing)
int dict_set_str(Dict* d, std::string_view key, Value value);
// Iterates in insertion order: start with *pos = 0; borrowed key/value; false at the end.
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
int64_t dict_size(Dict* d);

// ---- functions and frames ------------------------------------------------------------------
struct Cell : Object {
  Value ref;  // owned; null: empty
};
Ref new_cell(Value v);

struct Function : Object {
  Code* code;        // owned
  Dict* globals;     // owned
  Value name;        // str
  Value qualname;    // str
  Value defaults;    // tuple or null
  Value kwdefaults;  // dict or null
  Value closure;     // tuple of cells or null
  Value doc;
  Value module;
  Dict* dict = nullptr;  // function attributes (__wrapped__, ...)
  Value annotations;
};

// A function written in C++. `self` is the bound object (module, instance) or null.
using NativeFn = Ref (*)(Value self, Args args);
struct Builtin : Object {
  const char* name;
  NativeFn fn;
  Value self;  // owned, may be null
  Value module_name;
};
Ref new_builtin(const char* name, NativeFn fn, Value self = Value());

struct Method : Object {
  Value func;  // owned
  Value self;  // owned
};
Ref new_method(Value func, Value self);

struct Module : Object {
  Dict* dict;  // owned
  std::string name;
};
Ref new_module(std::string_view name);

Ref new_staticmethod(Value func);
Ref new_classmethod(Value func);
Ref new_property(Value fget, Value fset, Value fdel, Value doc);

// class statements: __build_class__(func, name, *bases, **kwds)
Ref build_class(Value self, Args args);
void init_object_and_type();

// ---- helpers the VM needs from the container types ----------------------------------------
Ref new_tuple_steal(Value* items, uint32_t n);     // takes over the references
Ref new_list_steal(Value* items, uint32_t n);      // takes over the references
Ref new_set_from(const Value* items, uint32_t n);  // borrows
int set_add(Value set, Value item);
Ref set_update(Value set, Value iterable);
Ref list_extend(List* list, Value iterable);
// dict.update(other); with `merge`, a key already present is a TypeError (f(**a, **b)).
Ref dict_update(Dict* d, Value other, bool merge);
Ref ascii_repr(Value v);

// ---- misc
// -----------------------------------------------------------------------------------------
struct Slice : Object {
  Value start, stop, step;  // owned (None when absent)
};
Ref new_slice(Value start, Value stop, Value step);

}  // namespace asyncplay::lang
