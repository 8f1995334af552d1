// core/lang: the object model — Type and its slots, and the generic operations the VM uses.
//
// Every Python type is a Type object with a table of slots (C++ functions) for the operations
// the interpreter performs: repr, hash, compare, call, attribute access, iteration, indexing,
// arithmetic. Built-in types fill the slots with C++ code. A class defined in Python gets slots
// that look its dunder methods up (`__add__`, `__eq__`, `__iter__`, ...) and inherits the rest
// from its bases, so `class Foo(Exception)` or `class Bar(list)` behave like CPython's.
//
// The generic operations at the end (repr(), getattr(), call(), binary_op(), ...) are what the VM,
// the builtins and the modules call; they return Ref (owned; null when an exception is set) or,
// for predicates, an int that is -1 on exception.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang/value.h"

namespace asyncplay::lang {

struct Str;
struct Tuple;
struct Dict;

// Binary operators, in the order of ast.h's Operator (so the compiler can cast) — plus the
// in-place forms, which fall back to the plain ones.
enum class BinOp : uint8_t {
  Add,
  Sub,
  Mul,
  MatMul,
  TrueDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  Or,
  Xor,
  And,
  FloorDiv,
  kCount
};
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
enum class UnOp : uint8_t { Invert, Not, Pos, Neg };

// A call's arguments: positional values, then the values of keyword arguments whose names are
// in `kwnames` (a tuple of str, or nullptr). Borrowed.
struct Args {
  const Value* items = nullptr;
  size_t npos = 0;
  Tuple* kwnames = nullptr;
  size_t nkw() const;
  Value kw_value(size_t i) const { return items[npos + i]; }
  Value operator[](size_t i) const { return items[i]; }
};

using ReprFn = Ref (*)(Value self);
using HashFn = bool (*)(Value self, int64_t* out);  // false: exception set
using CompareFn = Ref (*)(Value self, Value other, CmpOp op);
using BinaryFn = Ref (*)(Value self, Value other);
using UnaryFn = Ref (*)(Value self);
using CallFn = Ref (*)(Value self, Args args);
using GetAttrFn = Ref (*)(Value self, Str* name);
using SetAttrFn = int (*)(Value self, Str* name, Value value);  // value null: delete
using LenFn = int64_t (*)(Value self);                          // -1: exception set
using GetItemFn = Ref (*)(Value self, Value key);
using SetItemFn = int (*)(Value self, Value key, Value value);  // value null: delete
using ContainsFn = int (*)(Value self, Value item);
using BoolFn = int (*)(Value self);
using NewFn = Ref (*)(Type* type, Args args);
using InitFn = int (*)(Value self, Args args);
using DescrGetFn = Ref (*)(Value descr, Value obj, Value type);  // obj null: via the class
using DescrSetFn = int (*)(Value descr, Value obj, Value value);
using DeallocFn = void (*)(Object* self);
using TraverseFn = void (*)(Object* self, void (*visit)(Value, void*), void* arg);

enum TypeFlags : uint32_t {
  kTypeHeap = 1 << 0,         // defined by a class statement
  kTypeBaseType = 1 << 1,     // may be subclassed
  kTypeHasDict = 1 << 2,      // instances carry a __dict__
  kTypeIsException = 1 << 3,  // BaseException or a subclass
};

struct Type : Object {
  std::string name;  // __name__ (qualname for heap types lives in the dict)
  Type* base = nullptr;
  std::vector<Type*> bases;       // __bases__
  std::vector<Type*> mro;         // __mro__, this type first
  std::vector<Type*> subclasses;  // __subclasses__(), in creation order (not owned)
  Dict* dict = nullptr;           // class attributes and methods
  uint32_t tflags = 0;
  size_t basicsize = sizeof(Object);  // size of an instance
  size_t dict_offset = 0;             // where instances keep their Dict*, 0 if none
  size_t slots_offset = 0;            // where this class's own __slots__ values start
  uint32_t nslots = 0;                // how many (the bases' slots come before them)

  DeallocFn dealloc = nullptr;
  TraverseFn traverse = nullptr;
  ReprFn repr = nullptr;
  ReprFn str = nullptr;
  HashFn hash = nullptr;
  CompareFn compare = nullptr;
  CallFn call = nullptr;
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  UnaryFn iter = nullptr;
  UnaryFn next = nullptr;  // null result without exception: exhausted
  LenFn len = nullptr;
  GetItemFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;
  BoolFn truth = nullptr;
  NewFn new_ = nullptr;
  InitFn init = nullptr;
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  BinaryFn binary[static_cast<int>(BinOp::kCount)] = {};   // self OP other
  BinaryFn rbinary[static_cast<int>(BinOp::kCount)] = {};  // other OP self (reflected)
  BinaryFn inplace[static_cast<int>(BinOp::kCount)] = {};  // self OP= other
  UnaryFn unary[4] = {};                                   // by UnOp (Not unused)

  bool is_subtype_of(const Type* other) const;
  // Looks `name` up along the MRO; borrowed, null if absent (no exception set).
  Value lookup(Str* name) const;
  Value lookup(std::string_view name) const;
  // Whether a class written in Python (before any built-in base in the MRO) defines `name`.
  bool lookup_heap(std::string_view name) const;
};

// The type of a value (int for small ints).
Type* type_of(Value v);
inline bool is_type(Value v, Type* t) {
  return type_of(v) == t;
}
bool is_instance(Value v, Type* t);  // t or a subclass

// ---- generic operations -----------------------------------------------------------------

Ref repr(Value v);
Ref str(Value v);
std::string repr_utf8(Value v);  // repr as UTF-8; "<unprintable>" if repr raised (cleared)
bool hash(Value v, int64_t* out);
int truth(Value v);
Ref compare(Value a, Value b, CmpOp op);
int compare_bool(Value a, Value b, CmpOp op);  // 1/0, -1 on exception
int equal(Value a, Value b);                   // identity shortcut, then ==
Ref binary_op(Value a, Value b, BinOp op);
Ref inplace_op(Value a, Value b, BinOp op);
Ref unary_op(Value v, UnOp op);

Ref getattr(Value obj, Str* name);
Ref getattr(Value obj, std::string_view name);
// Like getattr, but a missing attribute returns null WITHOUT an exception (*found = false).
Ref getattr_optional(Value obj, Str* name, bool* found);
int setattr(Value obj, Str* name, Value value);
int delattr(Value obj, Str* name);

Ref call(Value callable, Args args);
Ref call(Value callable, std::initializer_list<Value> positional);
Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> positional);

Ref get_iter(Value v);
Ref iter_next(Value it);  // null without an exception: exhausted
int64_t length(Value v);
Ref getitem(Value obj, Value key);
int setitem(Value obj, Value key, Value value);
int delitem(Value obj, Value key);
int contains(Value container, Value item);

// Generic attribute machinery (object.__getattribute__ / __setattr__), used by most types.
Ref generic_getattr(Value obj, Str* name);
int generic_setattr(Value obj, Str* name, Value value);
Dict** instance_dict_slot(Value obj);  // null if the object has no __dict__

std::string type_name(Value v);  // "int", "Foo", ... for messages

// A RecursionError guard for native recursion (repr of nested containers, comparisons):
// enter returns true after raising RecursionError("maximum recursion depth exceeded" + where).
bool thread_recursion_enter(const char* where);
void thread_recursion_leave();

// An iterator over anything with __getitem__ (the old sequence protocol).
Ref new_seq_iter(Value seq);

// Calls a special method looked up on the type (not the instance), as the interpreter does for
// dunders: `found` false (no exception) when the type lacks it.
Ref call_special(Value self, Str* name, std::initializer_list<Value> args, bool* found);

// ---- defining built-in types ------------------------------------------------------------------
// A built-in type's init function (called once by init_types() in interp.cpp) fills its static
// Type with type_init(), sets the slots it implements and registers its methods. Methods are
// NativeFn (objects.h): `Ref fn(Value self, Args args)`, stored in the type's dict as method
// descriptors that bind `self` when looked up on an instance.

using NativeFn = Ref (*)(Value self, Args args);
using GetterFn = Ref (*)(Value self);
using SetterFn = int (*)(Value self, Value value);  // value null: delete

void type_init(Type* t, const char* name, Type* base, size_t basicsize, DeallocFn dealloc,
               uint32_t tflags = kTypeBaseType);
void add_method(Type* t, const char* name, NativeFn fn);
// Whether v is what add_method() made (a method_descriptor taking self): LOAD_METHOD calls it
// with self instead of binding it first.
bool is_instance_method_descr(Value v);
void add_classmethod(Type* t, const char* name, NativeFn fn);   // self is the class
void add_staticmethod(Type* t, const char* name, NativeFn fn);  // self is null
void add_getset(Type* t, const char* name, GetterFn get, SetterFn set = nullptr);
void add_constant(Type* t, const char* name, Value v);
// A member descriptor (a __slots__ entry of `owner`): the Value at `offset` in each instance.
Ref new_member_descr(Type* owner, Str* name, size_t offset);

// Allocates an instance of `t` (t->basicsize bytes, header initialised, refcount 1). The caller
// constructs the rest (placement-new the C++ members). Null + MemoryError on exhaustion.
Object* alloc_object(Type* t, size_t size = 0);
void free_object(Object* o);  // the memory of an object whose members are already destroyed

// Argument checking with CPython's messages, for NativeFn implementations:
//   "len() takes exactly one argument (2 given)", "pop expected at most 1 argument, got 2",
//   "get() takes no keyword arguments", ...
bool check_no_kwargs(const char* fname, Args args);                      // raises TypeError
bool check_nargs(const char* fname, Args args, size_t min, size_t max);  // "expected at least/most"
// Finds keyword `name` (nullptr if absent) and whether unknown keywords were passed.
Value kwarg(Args args, std::string_view name);

}  // namespace asyncplay::lang
