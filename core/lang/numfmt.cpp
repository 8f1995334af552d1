// numfmt: digits come from exact integer arithmetic (a fixed-size bignum for the shortest
// representation, unsigned __int128 or BigInt for a given number of digits); the layout code is
// a line-by-line port of CPython 3.11's pystrtod.c (format_float_short) and formatter_unicode.c.
#include "core/lang/numfmt.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace asyncplay::lang {

namespace {

__extension__ typedef unsigned __int128 u128;

// 10**0 .. 10**19, every power of ten that fits in 64 bits.
constexpr auto kPow10 = [] {
  std::array<uint64_t, 20> p{};
  p[0] = 1;
  for (size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}();

// Larger outputs fail with MemoryError rather than exhaust a 32-bit heap.
constexpr int64_t kMaxOutputChars = int64_t{1} << 28;

// |x| = m * 2**e with m < 2**53 an integer (x finite, nonzero).
void decompose(double x, uint64_t* m, int* e) {
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  uint64_t frac = bits & ((uint64_t{1} << 52) - 1);
  int bexp = static_cast<int>((bits >> 52) & 0x7ff);
  if (bexp == 0) {
    *m = frac;
    *e = -1074;
  } else {
    *m = frac | (uint64_t{1} << 52);
    *e = bexp - 1075;
  }
}

// ---------------------------------------------------------------------------------------------
// Shortest digits (mode 0): Steele & White / Burger & Dybvig "free-format" generation on a
// fixed-capacity bignum. All quantities stay below 2**1170, so 42 32-bit limbs suffice.

class Fixed {
 public:
  static constexpr int kCap = 42;

  void set(uint64_t v) {
    n_ = 0;
    while (v) {
      d_[n_++] = static_cast<uint32_t>(v);
      v >>= 32;
    }
  }
  uint32_t top() const { return d_[n_ - 1]; }

  void mul_small(uint32_t m) {
    uint64_t c = 0;
    for (int i = 0; i < n_; ++i) {
      c += static_cast<uint64_t>(d_[i]) * m;
      d_[i] = static_cast<uint32_t>(c);
      c >>= 32;
    }
    if (c) push(static_cast<uint32_t>(c));
  }

  void mul_pow10(int k) {
    for (; k >= 9; k -= 9) mul_small(1000000000);
    if (k > 0) mul_small(static_cast<uint32_t>(kPow10[k]));
  }

  void shl(int bits) {
    if (n_ == 0 || bits == 0) return;
    int limbs = bits / 32, b = bits % 32;
    if (b) {
      uint32_t carry = 0;
      for (int i = 0; i < n_; ++i) {
        uint32_t x = d_[i];
        d_[i] = (x << b) | carry;
        carry = x >> (32 - b);
      }
      if (carry) push(carry);
    }
    if (limbs) {
      if (n_ + limbs > kCap) fatal("numfmt: shortest-digits bignum overflow");
      std::memmove(d_ + limbs, d_, sizeof(uint32_t) * n_);
      std::memset(d_, 0, sizeof(uint32_t) * limbs);
      n_ += limbs;
    }
  }

  void add(const Fixed& o) {
    uint64_t c = 0;
    int n = std::max(n_, o.n_);
    for (int i = 0; i < n; ++i) {
      c += static_cast<uint64_t>(i < n_ ? d_[i] : 0) + (i < o.n_ ? o.d_[i] : 0);
      d_[i] = static_cast<uint32_t>(c);
      c >>= 32;
    }
    n_ = n;
    if (c) push(static_cast<uint32_t>(c));
  }

  friend int cmp(const Fixed& a, const Fixed& b) {
    if (a.n_ != b.n_) return a.n_ < b.n_ ? -1 : 1;
    for (int i = a.n_; i-- > 0;) {
      if (a.d_[i] != b.d_[i]) return a.d_[i] < b.d_[i] ? -1 : 1;
    }
    return 0;
  }

  // Precondition: *this < 10 * s and s's top limb >= 2**28. Returns floor(*this / s) and
  // leaves the remainder in *this.
  int divmod_digit(const Fixed& s) {
    int n = s.n_;
    if (n_ < n) return 0;
    uint64_t top = (n_ > n ? static_cast<uint64_t>(d_[n]) << 32 : 0) | d_[n - 1];
    uint32_t q = static_cast<uint32_t>(top / (static_cast<uint64_t>(s.d_[n - 1]) + 1));
    if (q) {
      uint64_t carry = 0, borrow = 0;
      for (int i = 0; i < n; ++i) {
        uint64_t p = static_cast<uint64_t>(s.d_[i]) * q + carry;
        carry = p >> 32;
        uint64_t t = static_cast<uint64_t>(d_[i]) - static_cast<uint32_t>(p) - borrow;
        d_[i] = static_cast<uint32_t>(t);
        borrow = t >> 63;
      }
      if (n_ > n) d_[n] = static_cast<uint32_t>(d_[n] - carry - borrow);
      trim();
    }
    while (cmp(*this, s) >= 0) {
      sub(s);
      ++q;
    }
    return static_cast<int>(q);
  }

 private:
  void push(uint32_t v) {
    if (n_ == kCap) fatal("numfmt: shortest-digits bignum overflow");
    d_[n_++] = v;
  }
  void trim() {
    while (n_ > 0 && d_[n_ - 1] == 0) --n_;
  }
  void sub(const Fixed& o) {  // *this -= o, *this >= o
    uint64_t borrow = 0;
    for (int i = 0; i < n_; ++i) {
      uint64_t t = static_cast<uint64_t>(d_[i]) - (i < o.n_ ? o.d_[i] : 0) - borrow;
      d_[i] = static_cast<uint32_t>(t);
      borrow = t >> 63;
    }
    trim();
  }

  uint32_t d_[kCap];
  int n_ = 0;
};

// A string builder that stays on the stack for short text. (The Emscripten build's libc++ keeps
// std::string members out of line, so per-character appends to a std::string dominated the
// cost of formatting a float in WebAssembly.) Not copyable: it may point into itself.
class TextBuf {
 public:
  TextBuf() = default;
  TextBuf(const TextBuf&) = delete;
  TextBuf& operator=(const TextBuf&) = delete;

  void push_back(char c) {
    if (n_ == cap_) grow(n_ + 1);
    p_[n_++] = c;
  }
  void append(const char* s, size_t k) {
    if (n_ + k > cap_) grow(n_ + k);
    if (k) std::memcpy(p_ + n_, s, k);
    n_ += k;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  void append(size_t k, char c) {
    if (n_ + k > cap_) grow(n_ + k);
    if (k) std::memset(p_ + n_, c, k);
    n_ += k;
  }
  void insert_front(char c) {
    push_back(c);
    std::memmove(p_ + 1, p_, n_ - 1);
    p_[0] = c;
  }
  void pop_back() { --n_; }
  void clear() { n_ = 0; }
  char back() const { return p_[n_ - 1]; }
  char& operator[](size_t i) { return p_[i]; }
  char operator[](size_t i) const { return p_[i]; }
  size_t size() const { return n_; }
  bool empty() const { return n_ == 0; }
  std::string_view view() const { return {p_, n_}; }
  std::string str() const { return std::string(p_, n_); }

 private:
  void grow(size_t need) {
    size_t cap = std::max(need, 2 * cap_);
    std::unique_ptr<char[]> bigger(new char[cap]);
    std::memcpy(bigger.get(), p_, n_);
    heap_ = std::move(bigger);
    p_ = heap_.get();
    cap_ = cap;
  }

  char inline_[80];
  char* p_ = inline_;
  size_t n_ = 0, cap_ = sizeof inline_;
  std::unique_ptr<char[]> heap_;
};

// Decimal digits of v appended to out.
void append_u64(TextBuf& out, uint64_t v) {
  char tmp[20];
  int n = 0;
  do {
    tmp[n++] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v);
  while (n > 0) out.push_back(tmp[--n]);
}

// Adds one unit in the last place of a digit string ("129" -> "130", "99" -> "100").
void increment_digits(TextBuf& s) {
  for (size_t i = s.size(); i-- > 0;) {
    if (s[i] != '9') {
      ++s[i];
      return;
    }
    s[i] = '0';
  }
  s.insert_front('1');
}

void strip_trailing_zeros(TextBuf& s) {
  while (!s.empty() && s.back() == '0') s.pop_back();
}

// float_digits' result while it is being produced.
struct Digits {
  TextBuf digits;
  int decpt = 0;
  bool negative = false;
};

// The same interface as Fixed on one unsigned __int128, for doubles of ordinary magnitude
// (all quantities below 2**123), several times faster.
class Wide {
 public:
  void set(uint64_t v) { v_ = v; }
  uint32_t top() const { return 0; }  // no normalization needed
  void mul_small(uint32_t m) { v_ *= m; }
  void mul_pow10(int k) {
    for (; k >= 9; k -= 9) v_ *= 1000000000u;
    if (k > 0) v_ *= static_cast<uint32_t>(kPow10[k]);
  }
  void shl(int bits) { v_ <<= bits; }
  void add(const Wide& o) { v_ += o.v_; }
  friend int cmp(const Wide& a, const Wide& b) { return a.v_ < b.v_ ? -1 : a.v_ > b.v_ ? 1 : 0; }
  int divmod_digit(const Wide& s) {  // *this < 10 * s
    int q = 0;
    for (u128 t = s.v_ << 3; t >= s.v_; t >>= 1) {  // binary long division of a 4-bit quotient
      q <<= 1;
      if (v_ >= t) v_ -= t, q |= 1;
      if (t == s.v_) break;
    }
    return q;
  }

 private:
  u128 v_ = 0;
};

template <class Big>
void shortest_digits_with(uint64_t f, int e, int k, Digits* out) {
  bool even = (f & 1) == 0;
  // The gap below a power of two is half the gap above it (except at the smallest normal).
  bool unequal = f == (uint64_t{1} << 52) && e > -1074;
  // v = r / s; the rounding interval is (r - mm, r + mp) / s, closed when f is even.
  Big r, s, mp, mm;
  if (e >= 0) {
    r.set(f);
    r.shl(e + (unequal ? 2 : 1));
    s.set(unequal ? 4 : 2);
    mp.set(1);
    mp.shl(e + (unequal ? 1 : 0));
    mm.set(1);
    mm.shl(e);
  } else {
    r.set(f);
    r.shl(unequal ? 2 : 1);
    s.set(1);
    s.shl(-e + (unequal ? 2 : 1));
    mp.set(unequal ? 2 : 1);
    mm.set(1);
  }
  if (k >= 0) {
    s.mul_pow10(k);
  } else {
    r.mul_pow10(-k);
    mp.mul_pow10(-k);
    mm.mul_pow10(-k);
  }
  // Fix k up so that it is the least with high < 10**k (<= when the boundary is excluded).
  auto high_cmp = [&](const Big& rr, const Big& ss) {
    Big t = rr;
    t.add(mp);
    return cmp(t, ss);
  };
  while (true) {
    int c = high_cmp(r, s);
    if (even ? c < 0 : c <= 0) break;
    s.mul_small(10);
    ++k;
  }
  while (true) {
    Big t = r;
    t.add(mp);
    t.mul_small(10);
    int c = cmp(t, s);
    if (!(even ? c < 0 : c <= 0)) break;
    r.mul_small(10);
    mp.mul_small(10);
    mm.mul_small(10);
    --k;
  }
  // Normalize so that quotient digits are estimated from the top limbs within one or two.
  if (uint32_t top = s.top()) {
    int sh = __builtin_clz(top) - 3;
    if (sh > 0) {
      r.shl(sh);
      s.shl(sh);
      mp.shl(sh);
      mm.shl(sh);
    }
  }
  TextBuf& digits = out->digits;
  char buf[24];  // at most 17 digits come out
  int n = 0;
  while (true) {
    r.mul_small(10);
    mp.mul_small(10);
    mm.mul_small(10);
    int d = r.divmod_digit(s);
    int c_low = cmp(r, mm);
    bool low = even ? c_low <= 0 : c_low < 0;
    int c_high = high_cmp(r, s);
    bool high = even ? c_high >= 0 : c_high > 0;
    if (!low && !high && n < 23) {
      buf[n++] = static_cast<char>('0' + d);
      continue;
    }
    bool up;
    if (low != high) {
      up = high;
    } else {  // both ends reachable: the nearer one, ties to even
      Big twice = r;
      twice.shl(1);
      int c = cmp(twice, s);
      up = c > 0 || (c == 0 && (d & 1));
    }
    buf[n++] = static_cast<char>('0' + d);
    digits.clear();
    digits.append(buf, n);
    if (up) {
      size_t before = digits.size();
      increment_digits(digits);
      if (digits.size() > before) ++k;  // cannot happen with a correct k; kept for safety
    }
    break;
  }
  strip_trailing_zeros(digits);
  out->decpt = k;
}

void shortest_digits(double v, Digits* out) {
  uint64_t f;
  int e;
  decompose(v, &f, &e);
  // An integer below 2**53 is its own shortest representation.
  if (e <= 0 && e > -53 && (f & ((uint64_t{1} << -e) - 1)) == 0) {
    out->digits.clear();
    append_u64(out->digits, f >> -e);
    out->decpt = static_cast<int>(out->digits.size());
    strip_trailing_zeros(out->digits);
    return;
  }
  // k estimates ceil(log10(v)); the generator corrects it by one either way. Bits of s and r
  // after scaling by 10**k (10**k < 2**(3.33k)), with room for r * 10 and 2r:
  int k = static_cast<int>(std::ceil(std::log10(v) - 1e-10));
  int s_bits = (e >= 0 ? 3 : 3 - e) + (k > 0 ? (k * 10 + 2) / 3 : 0) + 4;
  int r_bits = 56 + (e > 0 ? e : 0) + (k < 0 ? (-k * 10 + 2) / 3 : 0) + 4;
  if (s_bits <= 122 && r_bits <= 122) {
    shortest_digits_with<Wide>(f, e, k, out);
  } else {
    shortest_digits_with<Fixed>(f, e, k, out);
  }
}

// ---------------------------------------------------------------------------------------------
// A given number of digits (modes 2 and 3): floor(m * 2**e * 10**s) and where the remainder lies.

void append_u128(TextBuf& out, u128 v) {
  if (v >> 64 == 0) return append_u64(out, static_cast<uint64_t>(v));  // no 128-bit division
  constexpr uint64_t kChunk = 10000000000000000000ull;                 // 10**19
  uint64_t parts[3];
  int n = 0;
  while (v >= kChunk) {
    parts[n++] = static_cast<uint64_t>(v % kChunk);
    v /= kChunk;
  }
  append_u64(out, static_cast<uint64_t>(v));
  while (n-- > 0) {
    size_t at = out.size();
    append_u64(out, parts[n]);
    size_t len = out.size() - at;  // pad the chunk to 19 digits
    out.append(19 - len, '0');
    std::memmove(&out[at + 19 - len], &out[at], len);
    std::memset(&out[at], '0', 19 - len);
  }
}

struct ScaledFloor {
  TextBuf q;  // floor(m * 2**e * 10**s) in decimal
  int half;   // the remainder compared with half the divisor: -1, 0, 1
};

BigInt pow10_big(int k) {
  return *BigInt::pow(BigInt(10), BigInt(k));
}

void scaled_floor(uint64_t m, int e, int s, ScaledFloor* out) {
  out->q.clear();
  int num2 = e > 0 ? e : 0, den2 = e < 0 ? -e : 0;
  int num10 = s > 0 ? s : 0, den10 = s < 0 ? -s : 0;
  // 10**k < 2**(3.33k); m < 2**53.
  if (53 + num2 + (num10 * 10 + 2) / 3 <= 127 && den2 + (den10 * 10 + 2) / 3 <= 126) {
    u128 num = static_cast<u128>(m) << num2;
    for (int left = num10; left > 0; left -= 19) num *= kPow10[std::min(left, 19)];
    u128 q, rem, den_half;
    int half;
    if (den10 == 0) {
      q = den2 ? num >> den2 : num;
      rem = den2 ? num & ((static_cast<u128>(1) << den2) - 1) : 0;
      if (den2 == 0) {
        half = -1;
      } else {
        den_half = static_cast<u128>(1) << (den2 - 1);
        half = rem < den_half ? -1 : rem > den_half ? 1 : 0;
      }
    } else {
      u128 den = 1;
      for (int left = den10; left > 0; left -= 19) den *= kPow10[std::min(left, 19)];
      den <<= den2;
      q = num / den;
      rem = num % den;
      u128 twice = rem * 2;
      half = twice < den ? -1 : twice > den ? 1 : 0;
    }
    append_u128(out->q, q);
    out->half = half;
    return;
  }
  BigInt num = *BigInt::shl(BigInt::from_uint64(m), num2);
  if (num10) num = num * pow10_big(num10);
  BigInt den = *BigInt::shl(BigInt(1), den2);
  if (den10) den = den * pow10_big(den10);
  auto [q, rem] = *BigInt::divmod(num, den);
  auto c = (rem + rem) <=> den;
  out->q.append(q.to_string());
  out->half = c < 0 ? -1 : c > 0 ? 1 : 0;
}

// Rounds half to even; returns true when the digit string grew by one (a carry out of the top).
bool round_scaled(ScaledFloor& sf) {
  bool up = sf.half > 0 || (sf.half == 0 && ((sf.q.back() - '0') & 1));
  if (!up) return false;
  size_t before = sf.q.size();
  if (sf.q.view() == "0") {
    sf.q[0] = '1';
    return false;
  }
  increment_digits(sf.q);
  return sf.q.size() > before;
}

void float_digits_into(double x, int mode, int ndigits, Digits* out) {
  out->negative = std::signbit(x);
  out->digits.clear();
  if (x == 0) {
    out->digits.push_back('0');
    out->decpt = 1;
    return;
  }
  double ax = std::fabs(x);
  if (mode == 0) {
    shortest_digits(ax, out);
    return;
  }
  uint64_t m;
  int e;
  decompose(ax, &m, &e);
  ScaledFloor sf;
  if (mode == 3) {
    scaled_floor(m, e, ndigits, &sf);
    round_scaled(sf);
    if (sf.q.view() == "0") {
      out->decpt = -ndigits;
      return;
    }
    out->decpt = static_cast<int>(sf.q.size()) - ndigits;
    out->digits.append(sf.q.view());
    strip_trailing_zeros(out->digits);
    return;
  }
  // mode 2
  const int n = std::max(ndigits, 1);
  int k = static_cast<int>(std::floor(std::log10(ax)));
  while (true) {
    scaled_floor(m, e, n - 1 - k, &sf);
    if (static_cast<int>(sf.q.size()) > n) {
      ++k;
    } else if (static_cast<int>(sf.q.size()) < n) {
      --k;
    } else {
      break;
    }
  }
  if (round_scaled(sf)) {
    sf.q.clear();
    sf.q.push_back('1');
    ++k;
  }
  out->decpt = k + 1;
  out->digits.append(sf.q.view());
  strip_trailing_zeros(out->digits);
}

}  // namespace

DecimalDigits float_digits(double x, int mode, int ndigits) {
  Digits d;
  float_digits_into(x, mode, ndigits, &d);
  return DecimalDigits{d.digits.str(), d.decpt, d.negative};
}

// ---------------------------------------------------------------------------------------------
// PyOS_double_to_string

namespace {

void double_to_text(double x, char code, int precision, unsigned flags, TextBuf& out) {
  bool upper = false;
  int mode = 0;
  switch (code) {
    case 'E':
      upper = true;
      code = 'e';
      [[fallthrough]];
    case 'e':
      mode = 2;
      ++precision;
      break;
    case 'F':
      upper = true;
      code = 'f';
      [[fallthrough]];
    case 'f':
      mode = 3;
      break;
    case 'G':
      upper = true;
      code = 'g';
      [[fallthrough]];
    case 'g':
      mode = 2;
      if (precision == 0) precision = 1;
      break;
    case 'r':
      mode = 0;
      if (precision != 0) fatal("double_to_string: 'r' takes no precision");
      break;
    default:
      fatal("double_to_string: bad format code");
  }
  const bool always_add_sign = flags & kDtoaSign;
  const bool add_dot_0 = flags & kDtoaAddDot0;
  const bool alt = flags & kDtoaAlt;

  if (!std::isfinite(x)) {
    if (std::isinf(x) && x < 0) {
      out.push_back('-');
    } else if (always_add_sign) {
      out.push_back('+');
    }
    out.append(std::isinf(x) ? (upper ? "INF" : "inf") : (upper ? "NAN" : "nan"));
    return;
  }

  Digits dd;
  float_digits_into(x, mode, precision, &dd);
  const std::string_view digits = dd.digits.view();
  const int64_t digits_len = static_cast<int64_t>(digits.size());
  int64_t decpt = dd.decpt;
  bool negative = dd.negative;
  if ((flags & kDtoaNoNeg0) && negative && (digits_len == 0 || digits == "0")) negative = false;

  // Output the slice vdigits[vdigits_start:vdigits_end] of the digits padded with zeros on both
  // sides, with a decimal point at decpt (CPython's format_float_short).
  int64_t vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = std::max(vdigits_end, decpt + 1);
  } else {
    vdigits_end = std::max(vdigits_end, decpt);
  }

  if (negative) {
    out.push_back('-');
  } else if (always_add_sign) {
    out.push_back('+');
  }
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (0 < decpt && decpt <= digits_len) {
    out.append(digits.substr(0, static_cast<size_t>(decpt)));
    out.push_back('.');
    out.append(digits.substr(static_cast<size_t>(decpt)));
  } else {
    out.append(digits);
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out.push_back(upper ? 'E' : 'e');
    out.push_back(exp < 0 ? '-' : '+');
    int64_t a = exp < 0 ? -exp : exp;
    if (a < 10) out.push_back('0');
    append_u64(out, static_cast<uint64_t>(a));
  }
}

}  // namespace

std::string double_to_string(double x, char code, int precision, unsigned flags) {
  TextBuf out;
  double_to_text(x, code, precision, flags, out);
  return out.str();
}

std::string float_repr(double x) {
  return double_to_string(x, 'r', 0, kDtoaAddDot0);
}

// ---------------------------------------------------------------------------------------------
// The format-spec mini-language (formatter_unicode.c)

namespace {

enum class Grouping { kNone, kComma, kUnderscore, kUnderFour };

struct Spec {
  char32_t fill = ' ';
  char32_t align = '>';
  bool alternate = false;
  bool no_neg_0 = false;
  char32_t sign = 0;
  int64_t width = -1;
  Grouping grouping = Grouping::kNone;
  int64_t precision = -1;
  char32_t type = 0;
};

bool is_align(char32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}
bool is_sign(char32_t c) {
  return c == ' ' || c == '+' || c == '-';
}

std::string char_for_message(char32_t c) {
  if (c > 32 && c < 128) return std::string(1, static_cast<char>(c));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", static_cast<unsigned>(c));
  return buf;
}

NumFailure value_error(std::string message) {
  return {NumError::kValue, std::move(message)};
}

NumFailure unknown_code(char32_t type, std::string_view type_name) {
  return value_error("Unknown format code '" + char_for_message(type) + "' for object of type '" +
                     std::string(type_name.substr(0, 200)) + "'");
}

// The code points of a spec: inline for the usual short spec, on the heap for a long one.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) {
    for (size_t p = 0; p < text.size();) {
      char32_t c = utf8::next(text, &p);
      if (n_ < kInline) {
        inline_[n_] = c;
      } else {
        if (heap_.empty()) heap_.assign(inline_, inline_ + kInline);
        heap_.push_back(c);
      }
      ++n_;
    }
  }
  size_t size() const { return n_; }
  char32_t operator[](size_t i) const { return n_ <= kInline ? inline_[i] : heap_[i]; }

 private:
  static constexpr size_t kInline = 32;
  char32_t inline_[kInline];
  std::vector<char32_t> heap_;
  size_t n_ = 0;
};

// Consumes decimal digits (any Unicode Nd) at cps[*pos]; returns how many, or -1 on overflow.
int64_t get_integer(const CodePoints& cps, size_t* pos, int64_t* result) {
  int64_t acc = 0, n = 0;
  for (; *pos < cps.size(); ++*pos, ++n) {
    int d = unicode_decimal(cps[*pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
  }
  *result = acc;
  return n;
}

NumResult<Spec> parse_spec(std::string_view text, char32_t default_type, char32_t default_align,
                           std::string_view type_name) {
  const CodePoints cps(text);
  const size_t end = cps.size();
  size_t pos = 0;
  Spec spec;
  spec.align = default_align;
  spec.type = default_type;
  bool align_specified = false, fill_specified = false;
  if (end - pos >= 2 && is_align(cps[pos + 1])) {
    spec.align = cps[pos + 1];
    spec.fill = cps[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(cps[pos])) {
    spec.align = cps[pos];
    align_specified = true;
    ++pos;
  }
  if (pos < end && is_sign(cps[pos])) spec.sign = cps[pos++];
  if (pos < end && cps[pos] == 'z') {
    spec.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && cps[pos] == '#') {
    spec.alternate = true;
    ++pos;
  }
  if (!fill_specified && pos < end && cps[pos] == '0') {
    spec.fill = '0';
    if (!align_specified && default_align == '>') spec.align = '=';
    ++pos;
  }
  int64_t consumed = get_integer(cps, &pos, &spec.width);
  if (consumed < 0) return value_error("Too many decimal digits in format string");
  if (consumed == 0) spec.width = -1;
  if (pos < end && cps[pos] == ',') {
    spec.grouping = Grouping::kComma;
    ++pos;
  }
  if (pos < end && cps[pos] == '_') {
    if (spec.grouping != Grouping::kNone) return value_error("Cannot specify both ',' and '_'.");
    spec.grouping = Grouping::kUnderscore;
    ++pos;
  }
  if (pos < end && cps[pos] == ',' && spec.grouping == Grouping::kUnderscore) {
    return value_error("Cannot specify both ',' and '_'.");
  }
  if (pos < end && cps[pos] == '.') {
    ++pos;
    consumed = get_integer(cps, &pos, &spec.precision);
    if (consumed < 0) return value_error("Too many decimal digits in format string");
    if (consumed == 0) return value_error("Format specifier missing precision");
  }
  if (end - pos > 1) {
    return value_error("Invalid format specifier '" + std::string(text) + "' for object of type '" +
                       std::string(type_name.substr(0, 200)) + "'");
  }
  if (end - pos == 1) spec.type = cps[pos];
  if (spec.grouping != Grouping::kNone) {
    switch (spec.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case 0:
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (spec.grouping == Grouping::kUnderscore) {
          spec.grouping = Grouping::kUnderFour;
          break;
        }
        [[fallthrough]];
      default:
        return value_error(std::string("Cannot specify '") +
                           (spec.grouping == Grouping::kComma ? ',' : '_') + "' with '" +
                           char_for_message(spec.type) + "'.");
    }
  }
  return spec;
}

void append_fill(TextBuf& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<size_t>(n), static_cast<char>(fill));
    return;
  }
  std::string one;
  utf8::append(one, fill);
  for (int64_t i = 0; i < n; ++i) out.append(one);
}

// Digits with separators inserted every `group` digits from the right, zero-padded (with
// separators) to min_width: CPython's _PyUnicode_InsertThousandsGrouping.
void group_digits(std::string_view digits, int64_t min_width, int group, char sep, TextBuf& out) {
  min_width = std::max<int64_t>(0, min_width);
  const size_t start = out.size();  // the group is built right to left, then reversed
  int64_t remaining = static_cast<int64_t>(digits.size());
  size_t dpos = digits.size();
  bool use_sep = false, broken = false;
  auto emit = [&](int64_t len) {
    int64_t n_zeros = std::max<int64_t>(0, len - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
    if (use_sep) out.push_back(sep);
    for (int64_t i = 0; i < n_chars; ++i) out.push_back(digits[--dpos]);
    out.append(static_cast<size_t>(n_zeros), '0');
    remaining -= n_chars;
  };
  if (group > 0) {
    while (true) {
      int64_t len = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
      emit(len);
      use_sep = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;  // the separator
    }
  }
  if (!broken) emit(std::max<int64_t>(std::max(remaining, min_width), 1));
  std::reverse(&out[start], &out[start] + (out.size() - start));
}

// Lays a number out as
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal point> <remainder> <rpadding>
// (calc_number_widths + fill_number). sign_char is '-' for a negative number, else 0;
// `remainder` is everything after the digits and the decimal point (UTF-8 for 'c').
NumResult<std::string> layout_number(const Spec& spec, char sign_char, std::string_view prefix,
                                     std::string_view digits, bool has_decimal,
                                     std::string_view remainder, Grouping grouping, bool upper) {
  char sign = 0;
  if (spec.sign == '+') {
    sign = sign_char == '-' ? '-' : '+';
  } else if (spec.sign == ' ') {
    sign = sign_char == '-' ? '-' : ' ';
  } else if (sign_char == '-') {
    sign = '-';
  }
  const int64_t n_sign = sign ? 1 : 0;
  const int64_t n_remainder = static_cast<int64_t>(utf8::length(remainder));
  const int64_t n_non_digit =
      n_sign + static_cast<int64_t>(prefix.size()) + (has_decimal ? 1 : 0) + n_remainder;
  const int64_t min_width = (spec.fill == '0' && spec.align == '=') ? spec.width - n_non_digit : 0;
  if (spec.width > kMaxOutputChars || min_width > kMaxOutputChars) {
    return NumFailure{NumError::kMemory, ""};
  }
  TextBuf grouped;
  if (!digits.empty()) {
    int group = grouping == Grouping::kUnderFour ? 4 : grouping == Grouping::kNone ? 0 : 3;
    char sep = grouping == Grouping::kComma ? ',' : '_';
    group_digits(digits, min_width, group, sep, grouped);
  }
  int64_t n_padding = spec.width - (n_non_digit + static_cast<int64_t>(grouped.size()));
  int64_t lpad = 0, spad = 0, rpad = 0;
  if (n_padding > 0) {
    switch (spec.align) {
      case '<':
        rpad = n_padding;
        break;
      case '^':
        lpad = n_padding / 2;
        rpad = n_padding - lpad;
        break;
      case '=':
        spad = n_padding;
        break;
      default:
        lpad = n_padding;
        break;
    }
  }
  TextBuf out;
  append_fill(out, spec.fill, lpad);
  if (sign) out.push_back(sign);
  for (char c : prefix) out.push_back(upper ? static_cast<char>(std::toupper(c)) : c);
  append_fill(out, spec.fill, spad);
  for (char c : grouped.view()) out.push_back(upper ? static_cast<char>(std::toupper(c)) : c);
  if (has_decimal) out.push_back('.');
  out.append(remainder);
  append_fill(out, spec.fill, rpad);
  return out.str();
}

NumResult<std::string> format_float_spec(double x, const Spec& spec) {
  if (spec.precision > INT_MAX) return value_error("precision too big");
  if (spec.precision > kMaxOutputChars) return NumFailure{NumError::kMemory, ""};
  int precision = static_cast<int>(spec.precision);
  int default_precision = 6;
  unsigned flags = 0;
  if (spec.alternate) flags |= kDtoaAlt;
  if (spec.no_neg_0) flags |= kDtoaNoNeg0;
  char32_t type = spec.type;
  if (type == 0) {
    // No type: like repr without a precision, else like 'g' with at least one digit past the point.
    flags |= kDtoaAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    add_pct = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  TextBuf text;
  double_to_text(x, static_cast<char>(type), precision, flags, text);
  if (add_pct) text.push_back('%');
  std::string_view buf = text.view();
  char sign_char = 0;
  size_t index = 0;
  if (buf[0] == '-') {
    sign_char = '-';
    index = 1;
  }
  // parse_number: leading digits, then an optional '.', then the remainder.
  size_t p = index;
  while (p < buf.size() && buf[p] >= '0' && buf[p] <= '9') ++p;
  std::string_view digits(buf.data() + index, p - index);
  bool has_decimal = p < buf.size() && buf[p] == '.';
  std::string_view remainder(buf.data() + p + (has_decimal ? 1 : 0),
                             buf.size() - p - (has_decimal ? 1 : 0));
  Grouping grouping = spec.type == 'n' ? Grouping::kNone : spec.grouping;
  return layout_number(spec, sign_char, "", digits, has_decimal, remainder, grouping, false);
}

// The digits of |x| in base 2, 8, 10 or 16, for either representation of an int.
struct IntRef {
  const BigInt* big;
  int64_t small;

  bool negative() const { return big ? big->is_negative() : small < 0; }
  NumResult<std::string> magnitude_digits(int base, size_t max_str_digits) const {
    if (big) return base == 10 ? big->abs().to_decimal(max_str_digits) : big->abs().to_string(base);
    uint64_t m = small < 0 ? 0 - static_cast<uint64_t>(small) : static_cast<uint64_t>(small);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, m, base);
    return std::string(buf, r.ptr);
  }
  NumResult<std::string> str(size_t max_str_digits) const {
    if (big) return big->to_decimal(max_str_digits);
    return std::to_string(small);
  }
  NumResult<double> to_double() const {
    if (big) return big->to_double();
    return static_cast<double>(small);
  }
  std::optional<int64_t> as_int64() const { return big ? big->try_int64() : small; }
};

NumResult<std::string> format_long_spec(const IntRef& x, const Spec& spec, size_t max_str_digits) {
  if (spec.precision != -1) {
    return value_error("Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in integer format specifier");
  }
  if (spec.type == 'c') {
    if (spec.sign) return value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) {
      return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    std::optional<int64_t> v = x.as_int64();
    if (!v) return NumFailure{NumError::kOverflow, "Python int too large to convert to C long"};
    if (*v < 0 || *v > 0x10ffff) {
      return NumFailure{NumError::kOverflow, "%c arg not in range(0x110000)"};
    }
    std::string ch;
    utf8::append(ch, static_cast<char32_t>(*v));
    return layout_number(spec, 0, "", "", false, ch, spec.grouping, false);
  }
  int base = 10;
  std::string_view prefix;
  switch (spec.type) {
    case 'b':
      base = 2;
      prefix = "0b";
      break;
    case 'o':
      base = 8;
      prefix = "0o";
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = "0x";
      break;
    default:
      break;
  }
  auto digits = x.magnitude_digits(base, max_str_digits);
  if (!digits) return digits.error();
  Grouping grouping = spec.type == 'n' ? Grouping::kNone : spec.grouping;
  return layout_number(spec, x.negative() ? '-' : 0, spec.alternate ? prefix : "", *digits, false,
                       "", grouping, spec.type == 'X');
}

NumResult<std::string> format_int_impl(const IntRef& x, std::string_view text,
                                       std::string_view type_name, size_t max_str_digits) {
  if (text.empty()) return x.str(max_str_digits);
  auto spec = parse_spec(text, 'd', '>', type_name);
  if (!spec) return spec.error();
  switch (spec->type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return format_long_spec(x, *spec, max_str_digits);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      auto d = x.to_double();
      if (!d) return d.error();
      return format_float_spec(*d, *spec);
    }
    default:
      return unknown_code(spec->type, type_name);
  }
}

}  // namespace

NumResult<std::string> format_float(double x, std::string_view text, std::string_view type_name) {
  if (text.empty()) return float_str(x);
  auto spec = parse_spec(text, 0, '>', type_name);
  if (!spec) return spec.error();
  switch (spec->type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return format_float_spec(x, *spec);
    default:
      return unknown_code(spec->type, type_name);
  }
}

NumResult<std::string> format_int(const BigInt& x, std::string_view spec,
                                  std::string_view type_name, size_t max_str_digits) {
  return format_int_impl(IntRef{&x, 0}, spec, type_name, max_str_digits);
}

NumResult<std::string> format_int(int64_t x, std::string_view spec, std::string_view type_name,
                                  size_t max_str_digits) {
  return format_int_impl(IntRef{nullptr, x}, spec, type_name, max_str_digits);
}

NumResult<std::string> format_str(std::string_view s, std::string_view text,
                                  std::string_view type_name) {
  if (text.empty()) return std::string(s);
  auto parsed = parse_spec(text, 's', '<', type_name);
  if (!parsed) return parsed.error();
  const Spec& spec = *parsed;
  if (spec.type != 's') return unknown_code(spec.type, type_name);
  if (spec.sign == ' ') return value_error("Space not allowed in string format specifier");
  if (spec.sign) return value_error("Sign not allowed in string format specifier");
  if (spec.no_neg_0) {
    return value_error("Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return value_error("Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') return value_error("'=' alignment not allowed in string format specifier");
  if (spec.width > kMaxOutputChars) return NumFailure{NumError::kMemory, ""};
  int64_t len = static_cast<int64_t>(utf8::length(s));
  std::string_view body = s;
  if (spec.precision >= 0 && len >= spec.precision) {
    size_t pos = 0;
    for (int64_t i = 0; i < spec.precision; ++i) utf8::next(s, &pos);
    body = s.substr(0, pos);
    len = spec.precision;
  }
  int64_t total = std::max(spec.width, len);
  int64_t lpad = spec.align == '>' ? total - len : spec.align == '^' ? (total - len) / 2 : 0;
  int64_t rpad = total - len - lpad;
  TextBuf out;
  append_fill(out, spec.fill, lpad);
  out.append(body);
  append_fill(out, spec.fill, rpad);
  return out.str();
}

// ---------------------------------------------------------------------------------------------
// Float arithmetic and rounding

NumResult<double> float_truediv(double a, double b) {
  if (b == 0.0) return NumFailure{NumError::kZeroDivision, "float division by zero"};
  return a / b;
}

namespace {

// CPython's _float_div_mod (b != 0).
void float_div_mod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  // fmod is exact, so vx - m is mathematically a multiple of wx; the division may be inexact.
  double div = (vx - m) / wx;
  if (m) {
    if ((wx < 0) != (m < 0)) {  // the remainder takes the sign of the divisor
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;  // snap to the nearest integer
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

}  // namespace

NumResult<double> float_floordiv(double a, double b) {
  if (b == 0.0) return NumFailure{NumError::kZeroDivision, "float floor division by zero"};
  double q, r;
  float_div_mod(a, b, &q, &r);
  return q;
}

NumResult<double> float_mod(double a, double b) {
  if (b == 0.0) return NumFailure{NumError::kZeroDivision, "float modulo"};
  double m = std::fmod(a, b);
  if (m) {
    if ((b < 0) != (m < 0)) m += b;
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

NumResult<std::pair<double, double>> float_divmod(double a, double b) {
  if (b == 0.0) return NumFailure{NumError::kZeroDivision, "float divmod()"};
  std::pair<double, double> qr;
  float_div_mod(a, b, &qr.first, &qr.second);
  return qr;
}

NumResult<double> float_round(double x, int64_t ndigits) {
  // round(x, n) == the double nearest to the decimal round_half_even(x * 10**n) / 10**n
  // (CPython formats with dtoa mode 3 and reads the string back with strtod).
  constexpr int64_t kNdigitsMax = 323;   // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
  constexpr int64_t kNdigitsMin = -308;  // -(DBL_MAX_EXP + 1) * 0.30103
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits > kNdigitsMax) return x;
  if (ndigits < kNdigitsMin) return 0.0 * x;
  const bool negative = x < 0;
  uint64_t m;
  int e;
  decompose(std::fabs(x), &m, &e);
  const int nd = static_cast<int>(ndigits);
  ScaledFloor sf;
  scaled_floor(m, e, nd, &sf);
  round_scaled(sf);
  double r;
  if (nd >= 0 && sf.q.size() <= 15 && nd <= 22) {
    // Both N and 10**nd are exact doubles: one IEEE division rounds correctly.
    static constexpr double kExactPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                             1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                             1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    uint64_t n = 0;
    std::from_chars(sf.q.view().data(), sf.q.view().data() + sf.q.size(), n);
    r = static_cast<double>(n) / kExactPow10[nd];
  } else {
    BigInt n = *BigInt::parse(sf.q.view(), 10, 0);
    NumResult<double> q =
        nd >= 0 ? BigInt::truediv(n, pow10_big(nd)) : (n * pow10_big(-nd)).to_double();
    if (!q) return NumFailure{NumError::kOverflow, "rounded value too large to represent"};
    r = *q;
  }
  if (std::isinf(r)) return NumFailure{NumError::kOverflow, "rounded value too large to represent"};
  return negative ? -r : r;
}

NumResult<BigInt> float_round_to_int(double x) {
  double rounded = std::round(x);
  if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);  // halves to even
  return BigInt::from_double(rounded);
}

bool float_is_integer(double x) {
  return std::isfinite(x) && std::floor(x) == x;
}

std::string float_hex(double x) {
  if (!std::isfinite(x)) return float_repr(x);
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  static const char kHex[] = "0123456789abcdef";
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(-1021 - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s;
  s += kHex[static_cast<int>(m)];
  m -= static_cast<int>(m);
  s += '.';
  for (int i = 0; i < 13; ++i) {  // (DBL_MANT_DIG - 1) / 4 hex digits
    m *= 16.0;
    s += kHex[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  std::string out = x < 0 ? "-0x" : "0x";
  out += s;
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return out;
}

}  // namespace asyncplay::lang
