// core/lang: Value, the word every Python value travels in, and Ref, its owning handle.
//
// A Value is 64 bits on every target. The low bit set means a small int stored inline (62 bits
// of signed payload, so sums and products of two small ints never overflow int64 before they are
// checked); otherwise the word is a pointer to a heap Object. The all-zero word is the null
// Value: a function that returns one has raised a Python exception (see error.h).
//
// Objects are reference counted, without atomics: one thread at a time touches them, under the
// GIL. The convention is CPython's: a Value argument is borrowed; a Ref return value owns one
// reference, and a null Ref means an exception was raised.
#pragma once

#include <cstdint>
#include <utility>

namespace asyncplay::lang {

struct Object;
struct Type;

class Value {
 public:
  static constexpr int64_t kSmallMax = (int64_t{1} << 61) - 1;
  static constexpr int64_t kSmallMin = -(int64_t{1} << 61);

  constexpr Value() = default;
  Value(Object* o) : bits_(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(o))) {}  // NOLINT

  static constexpr bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
  static constexpr Value small_int(int64_t v) { return Value((static_cast<uint64_t>(v) << 1) | 1); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool is_small_int() const { return bits_ & 1; }
  constexpr bool is_object() const { return bits_ != 0 && !(bits_ & 1); }
  constexpr int64_t small_int_value() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_)); }
  constexpr uint64_t bits() const { return bits_; }

  // Identity (Python's `is`).
  friend constexpr bool operator==(Value a, Value b) { return a.bits_ == b.bits_; }
  friend constexpr bool operator!=(Value a, Value b) { return a.bits_ != b.bits_; }

 private:
  constexpr explicit Value(uint64_t bits) : bits_(bits) {}
  uint64_t bits_ = 0;
};

// The common header of every heap object.
struct Object {
  uint32_t refcnt = 1;
  uint32_t flags = 0;  // kObjectFinalized; other bits per type
  Type* type = nullptr;
};

// __del__ already ran on this object (it is never called twice, as in CPython).
constexpr uint32_t kObjectFinalized = 1u << 31;
// Never freed (interned strs and other singletons): its address identifies it for good.
constexpr uint32_t kObjectImmortal = 1u << 30;

void dealloc(Object* o);  // runs the type's destructor and frees the memory

inline void incref(Value v) {
  if (v.is_object()) ++v.obj()->refcnt;
}
inline void decref(Value v) {
  if (v.is_object() && --v.obj()->refcnt == 0) dealloc(v.obj());
}
inline Value newref(Value v) {
  incref(v);
  return v;
}

// An owned reference. Null means "an exception is set".
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}  // NOLINT
  // Takes over one reference that the caller owns.
  static Ref steal(Value v) { return Ref(v); }
  // Adds a reference to a borrowed value.
  static Ref borrow(Value v) {
    incref(v);
    return Ref(v);
  }
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(std::exchange(o.v_, Value())) {}
  Ref& operator=(Ref o) noexcept {
    std::swap(v_, o.v_);
    return *this;
  }
  ~Ref() { decref(v_); }

  Value get() const { return v_; }
  Value operator*() const { return v_; }
  explicit operator bool() const { return bool(v_); }
  // Gives the reference up to the caller.
  Value release() { return std::exchange(v_, Value()); }
  template <class T>
  T* as() const {
    return reinterpret_cast<T*>(v_.obj());
  }

 private:
  explicit Ref(Value v) : v_(v) {}
  Value v_;
};

}  // namespace asyncplay::lang
