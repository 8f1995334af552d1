// core/lang/bigint.h: Python's int, as a self-contained arbitrary-precision integer.
//
// BigInt is sign-magnitude with 64-bit limbs (products and quotients go through unsigned __int128;
// measured 3.3x faster than 32-bit limbs natively for schoolbook multiplication, and equal under
// Emscripten). Every operation follows CPython 3.11: floor division and modulo take the sign of
// the divisor, shifts and bitwise operators behave as if negative numbers were infinite two's
// complement, true division and int->float conversion are correctly rounded, hashes match
// hash() (modulus 2**61 - 1), and failures carry CPython's exception type and message.
//
// The VM keeps ints that fit in int64 unboxed and comes here only on overflow: the int64 helpers
// at the end of this header (add_overflow, floordiv_overflow, ...) are its fast path.
//
// Nothing here throws. An operation that can fail returns NumResult<T>: a value, or a NumFailure
// whose kind names the Python exception (NumError) and whose message is CPython's text, e.g.
// {kZeroDivision, "integer division or modulo by zero"}. The VM maps the kind to the exception
// class and raises it with the message unchanged.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/error.h"

namespace asyncplay::lang {

// The Python exception a failed numeric operation raises.
enum class NumError : uint8_t {
  kNone,          // no error (never stored in a NumFailure)
  kZeroDivision,  // ZeroDivisionError
  kOverflow,      // OverflowError
  kValue,         // ValueError
  kMemory,        // MemoryError: the result would not fit in memory (e.g. 1 << 2**63)
};

// "ZeroDivisionError", "OverflowError", "ValueError", "MemoryError" ("" for kNone).
std::string_view num_error_name(NumError kind);

struct NumFailure {
  NumError kind;
  std::string message;  // CPython's message, e.g. "division by zero"
};

// A value or a NumFailure.
template <class T>
class [[nodiscard]] NumResult {
 public:
  NumResult(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit
  NumResult(NumFailure failure) : v_(std::in_place_index<1>, std::move(failure)) {}  // NOLINT
  NumResult(NumError kind, std::string message)
      : v_(std::in_place_index<1>, NumFailure{kind, std::move(message)}) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  NumError kind() const { return ok() ? NumError::kNone : std::get<1>(v_).kind; }

  T& value() & { return check(), std::get<0>(v_); }
  const T& value() const& { return check(), std::get<0>(v_); }
  T&& value() && { return check(), std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const NumFailure& error() const {
    if (ok()) fatal("NumResult::error() called on a value");
    return std::get<1>(v_);
  }
  // "ValueError: invalid literal ..." as a traceback's last line would say it.
  std::string describe() const;

 private:
  void check() const {
    if (!ok()) fatal("unchecked NumResult holds " + describe());
  }
  std::variant<T, NumFailure> v_;
};

template <class T>
std::string NumResult<T>::describe() const {
  if (ok()) return "ok";
  const NumFailure& f = std::get<1>(v_);
  std::string out(num_error_name(f.kind));
  if (!f.message.empty()) out += ": " + f.message;
  return out;
}

// sys.get_int_max_str_digits() at start-up: decimal conversions of ints with more digits fail
// with ValueError (CPython 3.11.7). 0 disables the check, as in Python.
inline constexpr size_t kDefaultMaxStrDigits = 4300;

// pow() and << results larger than this many bits fail with kMemory (MemoryError) instead of
// exhausting the heap: 512 MiB natively, 32 MiB in the WebAssembly build, whose heap is fixed.
#if defined(__EMSCRIPTEN__)
inline constexpr uint64_t kMaxBigIntBits = uint64_t{1} << 28;
#else
inline constexpr uint64_t kMaxBigIntBits = uint64_t{1} << 32;
#endif

class BigInt {
 public:
  using Limb = uint64_t;

  BigInt() = default;  // 0
  BigInt(int64_t v);   // NOLINT: implicit, so `x + 1` and `BigInt b = 5` read naturally
  // A double converts with from_double (which can fail) and a 64-bit unsigned value with
  // from_uint64, never silently through int64_t.
  template <class T,
            std::enable_if_t<
                std::is_floating_point_v<T> || (std::is_unsigned_v<T> && sizeof(T) == 8), int> = 0>
  BigInt(T) = delete;
  static BigInt from_uint64(uint64_t v);
  // int(x) for a float: truncation toward zero. OverflowError "cannot convert float infinity to
  // integer", ValueError "cannot convert float NaN to integer".
  static NumResult<BigInt> from_double(double x);
  // int(text, base): base 0 or 2..36; surrounding whitespace, one sign, 0x/0o/0b prefixes (base 0
  // or the matching base), single underscores between digits; Unicode decimal digits and spaces
  // count like ASCII ones (text is UTF-8). ValueError "invalid literal for int() with base 10:
  // 'abc'" (the repr truncated to 200 characters, as CPython does), "int() base must be >= 2 and
  // <= 36, or 0", or the int_max_str_digits limit for non-power-of-two bases (0 = unlimited).
  static NumResult<BigInt> parse(std::string_view text, int base = 10,
                                 size_t max_str_digits = kDefaultMaxStrDigits);

  // Digits in base 2..36 (lowercase), '-' for negatives, no prefix, no digit limit.
  std::string to_string(int base = 10) const;
  // str(x): decimal, subject to the int_max_str_digits limit (0 = unlimited).
  NumResult<std::string> to_decimal(size_t max_str_digits = kDefaultMaxStrDigits) const;
  std::string to_bin() const;  // bin(x): "0b101", "-0b101"
  std::string to_oct() const;  // oct(x): "0o17"
  std::string to_hex() const;  // hex(x): "0xff"

  bool is_zero() const { return mag_.empty(); }
  bool is_negative() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1); }
  uint64_t bit_length() const;  // int.bit_length(): bits of abs(x), 0 for 0
  bool fits_int64() const;
  int64_t to_int64() const;  // precondition: fits_int64()
  std::optional<int64_t> try_int64() const;
  // float(x), correctly rounded (half to even). OverflowError "int too large to convert to float".
  NumResult<double> to_double() const;
  // hash(x): x mod (2**61 - 1) with the sign of x; -1 becomes -2.
  int64_t hash() const;

  BigInt operator-() const;
  BigInt abs() const;
  BigInt operator~() const;  // -(x + 1)

  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt& operator+=(const BigInt& b) { return *this = *this + b; }
  BigInt& operator-=(const BigInt& b) { return *this = *this - b; }
  BigInt& operator*=(const BigInt& b) { return *this = *this * b; }

  // a // b and a % b with Python's floor semantics (the remainder takes the divisor's sign).
  // ZeroDivisionError "integer division or modulo by zero" / "integer modulo by zero".
  static NumResult<BigInt> floordiv(const BigInt& a, const BigInt& b);
  static NumResult<BigInt> mod(const BigInt& a, const BigInt& b);
  static NumResult<std::pair<BigInt, BigInt>> divmod(const BigInt& a, const BigInt& b);
  // a / b as a correctly rounded float. ZeroDivisionError "division by zero", OverflowError
  // "integer division result too large for a float".
  static NumResult<double> truediv(const BigInt& a, const BigInt& b);
  // base ** exp for exp >= 0 (a negative exponent makes Python compute a float power; that is
  // the caller's job: this returns ValueError "negative exponent"). MemoryError for results over
  // kMaxBigIntBits.
  static NumResult<BigInt> pow(const BigInt& base, const BigInt& exp);
  // pow(base, exp, m), including negative exponents via the modular inverse. ValueError
  // "pow() 3rd argument cannot be 0", "base is not invertible for the given modulus".
  static NumResult<BigInt> pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m);
  // a << n and a >> n. ValueError "negative shift count"; MemoryError when a << n is too large.
  static NumResult<BigInt> shl(const BigInt& a, int64_t n);
  static NumResult<BigInt> shr(const BigInt& a, int64_t n);
  static NumResult<BigInt> shl(const BigInt& a, const BigInt& n);
  static NumResult<BigInt> shr(const BigInt& a, const BigInt& n);
  // math.gcd(a, b) (non-negative).
  static BigInt gcd(const BigInt& a, const BigInt& b);

  friend bool operator==(const BigInt& a, const BigInt& b) {
    return a.neg_ == b.neg_ && a.mag_ == b.mag_;
  }
  friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b);

  // The magnitude's limbs, least significant first, no high zero limbs (empty for 0).
  const std::vector<Limb>& limbs() const { return mag_; }

 private:
  friend struct BigIntAccess;
  BigInt(std::vector<Limb> mag, bool neg);
  void normalize();

  std::vector<Limb> mag_;
  bool neg_ = false;
};

// Exact comparisons of an int with a float, as Python makes them (unordered when b is NaN).
// Named functions rather than operators, so that `x == 5` can never pick a double overload.
std::partial_ordering compare(const BigInt& a, double b);
std::partial_ordering compare(int64_t a, double b);

// hash(x) for an int that fits in int64, equal to BigInt(x).hash().
int64_t hash_int64(int64_t x);
// hash(x) for a float, equal to the int's hash when x is integral (hash(1.0) == hash(1)),
// 314159 / -314159 for +-inf. NaN hashes by object identity in CPython 3.10+: the caller passes
// that hash (e.g. a pointer hash) as nan_hash.
int64_t hash_double(double x, int64_t nan_hash = 0);

// ---------------------------------------------------------------------------------------------
// Text helpers that int() and the format-spec parser (numfmt.h) share. Text is UTF-8; a byte
// that does not start a valid sequence decodes as U+FFFD.

namespace utf8 {
// The code point at s[*pos], advancing *pos past it (precondition: *pos < s.size()).
char32_t next(std::string_view s, size_t* pos);
void append(std::string& out, char32_t c);  // surrogates are written as 3-byte sequences
size_t length(std::string_view s);          // in code points
}  // namespace utf8

// Unicode properties as CPython 3.11 (Unicode 14.0) has them.
int unicode_decimal(char32_t c);    // the value 0-9 of a decimal digit (Nd), or -1
bool unicode_is_space(char32_t c);  // str.isspace()
// repr(s) for a str. Non-printable characters are escaped as CPython does for every assigned
// code point; unassigned ones (rare in practice) are treated as printable.
std::string py_str_repr(std::string_view s);

// ---------------------------------------------------------------------------------------------
// int64 fast paths. Each *_overflow returns true when the exact result does not fit, in which
// case *out is unspecified and the caller redoes the operation with BigInt.

inline bool add_overflow(int64_t a, int64_t b, int64_t* out) {
  return __builtin_add_overflow(a, b, out);
}
inline bool sub_overflow(int64_t a, int64_t b, int64_t* out) {
  return __builtin_sub_overflow(a, b, out);
}
inline bool mul_overflow(int64_t a, int64_t b, int64_t* out) {
  return __builtin_mul_overflow(a, b, out);
}
inline bool neg_overflow(int64_t a, int64_t* out) {
  return __builtin_sub_overflow(0, a, out);
}
// a // b (b != 0) with Python's floor semantics; overflows only for INT64_MIN // -1.
inline bool floordiv_overflow(int64_t a, int64_t b, int64_t* out) {
  if (b == -1) return neg_overflow(a, out);
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  *out = q;
  return false;
}
// a % b (b != 0) with the sign of b; never overflows.
inline int64_t mod_int64(int64_t a, int64_t b) {
  if (b == -1) return 0;
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}
// a ** e for e >= 0.
bool pow_overflow(int64_t a, int64_t e, int64_t* out);
// a << n for 0 <= n (n < 0 is the caller's "negative shift count" error).
bool shl_overflow(int64_t a, int64_t n, int64_t* out);
// a >> n for 0 <= n: floor division by 2**n, never overflows.
inline int64_t shr_int64(int64_t a, int64_t n) {
  return n >= 63 ? (a < 0 ? -1 : 0) : a >> n;
}
// int.bit_length() of an int64.
inline int bit_length_int64(int64_t a) {
  uint64_t m = a < 0 ? 0 - static_cast<uint64_t>(a) : static_cast<uint64_t>(a);
  return m == 0 ? 0 : 64 - __builtin_clzll(m);
}

}  // namespace asyncplay::lang
