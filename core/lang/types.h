// core/lang: the concrete built-in value types — int, bool, float, str, tuple, list, dict, set,
// frozenset, range, slice, their iterators — and the builtins that are about values.
//
// objects.h declares what every part of the interpreter touches (Str, Tuple, List, Dict, new_xxx,
// and the VM's helpers new_tuple_steal, new_list_steal, new_set_from, set_add, set_update,
// list_extend, dict_update, dict_next, dict_size, ascii_repr), all implemented in the files of
// these types; this header adds the layouts and helpers that only some parts need (f-string
// formatting, the modules, the builtins) and the init functions of the types.
//
// Objects are touched under the GIL only: the float free list, the repr recursion stack
// (thread_local) and the interned-name table (behind a mutex) rely on it.
//
// Initialization order (init_types() in interp.cpp):
//   1. init_type_layouts()        sets basicsize/dealloc of str, dict, tuple, int... so that
//                                 type_init() can allocate dicts and interned names before any
//                                 of those types is fully initialized; allocates nothing.
//                                 (The constructors also pass explicit sizes, so allocating
//                                 early is safe even without it; freeing is not.)
//   2. init_object_and_type()     (typeobject.cpp)
//   3. init_int_type()            int, then bool (a subclass of int: inherits int's slots)
//      init_float_type()
//      init_str_type()
//      init_tuple_type()
//      init_list_type()
//      init_dict_type()           dict and its views
//      init_set_type()            set, frozenset
//      init_range_type()
//      init_slice_type()
//      init_iterator_types()      list/tuple/str/range/dict/set iterators, enumerate, zip, map,
//                                 filter, reversed, callable_iterator
//      init_generic_alias_type()  types.GenericAlias, and __class_getitem__ on list, tuple,
//                                 dict, set, frozenset, enumerate (list[int] in annotations)
//   4. anything else (functions, modules, exceptions...), then
//      register_value_builtins(builtins dict).
//
// Conventions are object.h's: Value arguments are borrowed, Ref results owned, null = exception.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/lang/bigint.h"
#include "core/lang/objects.h"

namespace asyncplay::lang {

void init_type_layouts();
// Steps 1 and 3 in order (init_type_layouts() again is harmless).
void init_value_types();
void init_int_type();
void init_float_type();
void init_str_type();
void init_tuple_type();
void init_list_type();
void init_dict_type();
void init_set_type();
void init_range_type();
void init_slice_type();
void init_iterator_types();
void init_generic_alias_type();
// cls.__class_getitem__(item) -> types.GenericAlias (`list[int]`), for other generic classes.
Ref class_getitem(Value cls, Args args);
// list[int] and friends (types.GenericAlias).
bool is_generic_alias(Value v);
// A read-only view of `mapping` (types.MappingProxyType): what a class's __dict__ gives.
Ref new_mappingproxy(Value mapping);
// The members of a union (int | None, types.UnionType), or null when `v` is not one.
Tuple* union_members(Value v);

// len, abs, min, max, sum, sorted, any, all, round, divmod, pow, chr, ord, hex, oct, bin, format,
// repr, ascii, hash, id, callable, iter, next and the constructors int, bool, float, str, list,
// tuple, dict, set, frozenset, range, slice, enumerate, zip, map, filter, reversed.
void register_value_builtins(Dict* builtins);

// Adds `__add__`, `__len__`, `__getitem__`, `__eq__`, ... to a built-in type's dict for every slot
// it sets itself (not inherited), so that `super().__setitem__(k, v)` in a subclass, or
// `int.__add__(1, 2)`, reach the built-in implementation. Each wrapper calls the slot of the
// nearest built-in type in the MRO of `self`. (Generic machinery: may move to object.cpp.)
void add_slot_wrappers(Type* t);

// ---- int ------------------------------------------------------------------------------------
// Small ints are tagged Values (value.h). Ints outside the small range, and every instance of a
// subclass of int (bool included), are Int objects.
struct Int : Object {
  BigInt value;
};
struct Bool : Int {};

Ref new_int(const BigInt& v);  // a small int when it fits
Ref new_int(BigInt&& v);
// The value of an int (v must satisfy is_int).
BigInt int_to_bigint(Value v);
// An int's value as double (OverflowError "int too large to convert to float").
bool int_to_double(Value v, double* out);
// operator.index(v): the int itself, or __index__'s result ("'str' object cannot be interpreted
// as an integer").
Ref number_index(Value v);
// number_index as an int64: OverflowError "cannot fit 'int' into an index-sized integer".
// `overflow` is the exception type for ints beyond int64 (IndexError when indexing sequences).
bool index_as_i64(Value v, int64_t* out, Type* overflow = nullptr);
// For slice bounds: ints beyond int64 are clamped, None is not accepted here.
bool index_as_i64_clamped(Value v, int64_t* out);
// int(x) / int(x, base) as the constructor does it.
Ref int_from_value(Value v);
Ref int_from_string(std::string_view text, int base);
// Raises the exception a failed BigInt operation names.
Ref raise_num_failure(const NumFailure& f);

// ---- float ----------------------------------------------------------------------------------
// A float or an int as a double (TypeError unless the type has __float__/__index__, as float()).
bool number_as_double(Value v, double* out);
// float.__repr__: the shortest text that reads back as the same double ("0.1", "1e+16").
std::string float_repr_text(double v);
// float(text): CPython's accepted syntax; ValueError "could not convert string to float: 'x'".
Ref float_from_string(Str* s);
// a ** b for doubles with CPython's special cases ("0.0 cannot be raised to a negative power").
Ref float_pow(double a, double b);

// ---- str --------------------------------------------------------------------------------------
// Takes `data` (valid UTF-8) whose code point length and asciiness the caller knows.
Ref new_str_from(std::string&& data, int64_t length, bool ascii);
Ref new_str_ascii(std::string_view ascii);
Ref str_from_codepoint(char32_t c);  // cached for ASCII
Value empty_str();                   // borrowed singleton ''
int64_t str_hash(Str* s);
bool str_equal(Str* a, Str* b);
Ref str_concat(Str* a, Str* b);
// ''.join of `n` strs (BUILD_STRING); the items must be str.
Ref str_concat_n(const Value* items, size_t n);
// format(value, spec): type(value).__format__(value, spec); `spec` null or a str.
Ref format_value(Value v, Value spec);
// repr(s) / ascii(s) of a str.
Ref str_repr(Value s);
Ref ascii_of(Value v);
// printf-style `fmt % args`.
Ref str_percent_format(Str* fmt, Value args);

// ---- tuple, list --------------------------------------------------------------------------
// Lexicographic rich comparison of two arrays (list and tuple compare).
Ref compare_sequences(const Value* a, int64_t na, const Value* b, int64_t nb, CmpOp op);
Value empty_tuple();  // borrowed singleton ()
Ref tuple_from_iterable(Value iterable);
Ref list_from_iterable(Value iterable);
Ref list_to_tuple(List* l);
// Sorts in place: key may be null/None; errors in comparisons propagate (-1).
int list_sort(List* l, Value key, bool reverse);
// The items of a list or tuple without copying; otherwise materializes the iterable into
// *holder (a new list) and points into it. Null *holder and false on exception.
bool sequence_items(Value v, Ref* holder, const Value** items, int64_t* n);

// ---- dict ---------------------------------------------------------------------------------------
Value dict_get_hashed(Dict* d, Value key, int64_t hash, bool* error);
int dict_set_hashed(Dict* d, Value key, int64_t hash, Value value);
int dict_contains(Dict* d, Value key);  // 1, 0, -1 on exception
// d.pop(key[, deflt]): owned value; KeyError when missing and deflt is null.
Ref dict_pop(Dict* d, Value key, Value deflt);
void dict_clear(Dict* d);
Ref dict_copy(Dict* d);
// Merges `other` (a dict, or any mapping with keys() and __getitem__) into d. override: 0 keep
// existing keys, 1 replace them, 2 fail on a duplicate: TypeError "got multiple values for
// keyword argument 'x'" for a str key (the VM prefixes "f() "), KeyError(key) otherwise.
// objects.h's dict_update(d, other, merge) is dict_merge with override 2 (merge) or 1.
int dict_merge(Dict* d, Value other, int override);
// dict.update(other) / dict(other): a mapping (has keys()) or an iterable of pairs.
int dict_update_from(Dict* d, Value other);
Ref dict_keys_list(Dict* d);
inline Dict* as_dict(Value v) {
  return static_cast<Dict*>(v.obj());
}

// KeyError(key) with the key as its only argument.
Ref raise_key_error(Value key);

// ---- set, frozenset -------------------------------------------------------------------------
// CPython's setobject.c table: open addressing with linear probes and perturbation, the same
// sizes and resize policy, so that iteration orders match CPython's for ints and tuples.
struct Set : Object {
  struct Entry {
    Value key;     // null: never used; a private dummy object: deleted
    int64_t hash;  // -1 for deleted entries
  };
  static constexpr int64_t kMinSize = 8;
  int64_t fill = 0;  // active + dummy
  int64_t used = 0;  // active
  int64_t mask = kMinSize - 1;
  int64_t finger = 0;      // where pop() searches next
  int64_t hash = -1;       // frozenset's cached hash
  Entry* table = nullptr;  // small_table or heap
  Entry small_table[kMinSize];
};
Ref new_set(Value iterable = Value());        // iterable may be null
Ref new_frozenset(Value iterable = Value());  // iterable may be null
// The constant CPython's compiler stores for a set display of more than two constants
// (`{100, 5, 37, 1000000}` compiles to BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1): a
// frozenset of the items, rebuilt once from its own iteration order as the compiler's constant
// merging does. Using it (not SET_ADDs) gives such displays CPython's iteration order.
Ref new_frozenset_constant(const Value* items, int64_t n);
inline Set* as_set(Value v) {
  return static_cast<Set*>(v.obj());
}
bool is_anyset(Value v);                 // set, frozenset or a subclass
int set_contains(Value set, Value key);  // 1, 0, -1
int set_discard(Value set, Value key);   // 1 found, 0 not, -1 on exception
bool set_next(Set* s, int64_t* pos, Value* key);

// ---- range, slice -------------------------------------------------------------------------------
// The int64 fields hold the range when its bounds and length fit; otherwise `big` is the tuple
// (start, stop, step, length) of ints and the fields are unused.
struct Range : Object {
  int64_t start, stop, step, length;
  Value big;  // owned, usually null
};
Ref new_range(int64_t start, int64_t stop, int64_t step);
inline Slice* as_slice(Value v) {
  return static_cast<Slice*>(v.obj());
}
// PySlice_Unpack + PySlice_AdjustIndices: normalizes a slice against a sequence length. Returns
// the slice length, or -1 with an exception (ValueError "slice step cannot be zero", TypeError
// "slice indices must be integers or None or have an __index__ method").
int64_t slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step);

// ---- iterators ----------------------------------------------------------------------------------
Ref new_list_iter(List* l);
Ref new_tuple_iter(Tuple* t);
Ref new_str_iter(Str* s);
Ref new_range_iter(int64_t start, int64_t step, int64_t length);
Ref new_list_reverse_iter(List* l);
enum class DictIterKind : uint8_t { kKeys, kValues, kItems };
Ref new_dict_iter(Dict* d, DictIterKind kind, bool reversed = false);
Ref new_set_iter(Set* s);
Ref new_callable_iter(Value func, Value sentinel);  // iter(func, sentinel)

// ---- shared by the type files -----------------------------------------------------------------

// Py_ReprEnter/Py_ReprLeave: true when `o` is already being repr'd on this thread ("[...]").
bool repr_enter(Object* o);
void repr_leave(Object* o);

// Keyword/positional argument parsing for methods with named parameters. `names` lists every
// parameter; positional arguments fill them in order (at most `max_pos`), keywords by name.
// Missing ones stay null. Raises CPython's TypeErrors ("... takes at most 2 arguments (3 given)",
// "'foo' is an invalid keyword argument for split()").
bool parse_args(const char* fname, Args args, std::initializer_list<const char*> names,
                size_t max_pos, Value* out);
// "find() takes at least 1 argument (0 given)" / "... at most 3 arguments (4 given)", and
// "str.find() takes no keyword arguments": the older argument-checking style of some methods.
bool check_args_old(const char* fname, Args args, size_t min, size_t max);

// The nearest built-in (non-heap) type among t and its bases.
Type* builtin_base(Type* t);

// Calls `method` on the type of `self` with no arguments when it exists; *found says whether.
Ref call_dunder0(Value self, const char* name, bool* found);

// Code-point helpers for Str.
char32_t str_char_at(Str* s, int64_t index);    // 0 <= index < length
size_t str_byte_offset(Str* s, int64_t index);  // byte offset of code point `index` (<= length)

}  // namespace asyncplay::lang
