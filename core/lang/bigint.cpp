// BigInt: magnitudes are little-endian vectors of 64-bit limbs with no high zero limbs.
// The algorithms are the classic ones (Knuth vol. 2 §4.3.1 for division, Karatsuba above a
// cutoff, CPython's longobject.c for true division, hashing and the int() grammar).
#include "core/lang/bigint.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace asyncplay::lang {

std::string_view num_error_name(NumError kind) {
  switch (kind) {
    case NumError::kNone:
      return "";
    case NumError::kZeroDivision:
      return "ZeroDivisionError";
    case NumError::kOverflow:
      return "OverflowError";
    case NumError::kValue:
      return "ValueError";
    case NumError::kMemory:
      return "MemoryError";
  }
  return "";
}

// The private constructor and magnitude, for the helpers below.
struct BigIntAccess {
  static BigInt make(std::vector<BigInt::Limb> m, bool neg) { return BigInt(std::move(m), neg); }
  static const std::vector<BigInt::Limb>& mag(const BigInt& x) { return x.mag_; }
};

namespace {

using Limb = BigInt::Limb;
__extension__ typedef unsigned __int128 DLimb;
using Mag = std::vector<Limb>;

// Below this many limbs (of the shorter factor) schoolbook multiplication wins.
constexpr size_t kKaratsubaCutoff = 32;

void trim(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

size_t trimmed(const Limb* p, size_t n) {
  while (n > 0 && p[n - 1] == 0) --n;
  return n;
}

uint64_t mag_bits(const Mag& m) {
  return m.empty() ? 0 : (m.size() - 1) * 64 + (64 - __builtin_clzll(m.back()));
}

int mag_cmp(const Limb* a, size_t na, const Limb* b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int mag_cmp(const Mag& a, const Mag& b) {
  return mag_cmp(a.data(), a.size(), b.data(), b.size());
}

Mag mag_add(const Limb* a, size_t na, const Limb* b, size_t nb) {
  if (na < nb) std::swap(a, b), std::swap(na, nb);
  Mag r(na + 1);
  Limb carry = 0;
  for (size_t i = 0; i < nb; ++i) {
    Limb s = a[i] + carry;
    Limb c1 = s < carry;
    Limb t = s + b[i];
    r[i] = t;
    carry = c1 + (t < s);
  }
  for (size_t i = nb; i < na; ++i) {
    Limb s = a[i] + carry;
    carry = s < carry;
    r[i] = s;
  }
  r[na] = carry;
  trim(r);
  return r;
}

Mag mag_add(const Mag& a, const Mag& b) {
  return mag_add(a.data(), a.size(), b.data(), b.size());
}

// a -= b, where a >= b.
void mag_sub_in_place(Mag& a, const Limb* b, size_t nb) {
  Limb borrow = 0;
  size_t i = 0;
  for (; i < nb; ++i) {
    Limb ai = a[i], t = ai - b[i];
    Limb b1 = ai < b[i];
    a[i] = t - borrow;
    borrow = b1 | (t < borrow);
  }
  for (; borrow && i < a.size(); ++i) {
    borrow = a[i] == 0;
    a[i] -= 1;
  }
  trim(a);
}

Mag mag_sub(const Mag& a, const Mag& b) {
  Mag r = a;
  mag_sub_in_place(r, b.data(), b.size());
  return r;
}

// r[off..] += x, where r is long enough to absorb the carry.
void mag_add_at(Mag& r, const Limb* x, size_t nx, size_t off) {
  Limb carry = 0;
  size_t i = 0;
  for (; i < nx; ++i) {
    Limb s = r[off + i] + carry;
    Limb c1 = s < carry;
    Limb t = s + x[i];
    r[off + i] = t;
    carry = c1 + (t < s);
  }
  for (size_t k = off + i; carry && k < r.size(); ++k) {
    r[k] += 1;
    carry = r[k] == 0;
  }
}

// a = a * m + add.
void mag_mul_add_small(Mag& a, Limb m, Limb add) {
  DLimb carry = add;
  for (Limb& x : a) {
    DLimb t = static_cast<DLimb>(x) * m + carry;
    x = static_cast<Limb>(t);
    carry = t >> 64;
  }
  if (carry) a.push_back(static_cast<Limb>(carry));
  trim(a);
}

// a /= d (d != 0); returns the remainder. A divisor below 2**32 takes two native 64/32 divisions
// per limb (wasm32 has no 128-bit divide), a larger one a 128/64 division.
Limb mag_divmod_small(Mag& a, Limb d) {
  if (d >> 32 == 0) {
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t hi = (rem << 32) | (a[i] >> 32);
      uint64_t qh = hi / d;
      rem = hi - qh * d;
      uint64_t lo = (rem << 32) | (a[i] & 0xffffffffu);
      uint64_t ql = lo / d;
      rem = lo - ql * d;
      a[i] = (qh << 32) | ql;
    }
    trim(a);
    return rem;
  }
  DLimb rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    DLimb cur = (rem << 64) | a[i];
    Limb q = static_cast<Limb>(cur / d);
    rem = cur - static_cast<DLimb>(q) * d;
    a[i] = q;
  }
  trim(a);
  return static_cast<Limb>(rem);
}

void mul_schoolbook(const Limb* a, size_t na, const Limb* b, size_t nb, Limb* out) {
  std::fill(out, out + na + nb, 0);
  for (size_t i = 0; i < na; ++i) {
    Limb ai = a[i];
    if (ai == 0) continue;
    Limb carry = 0;
    for (size_t j = 0; j < nb; ++j) {
      DLimb t = static_cast<DLimb>(ai) * b[j] + out[i + j] + carry;
      out[i + j] = static_cast<Limb>(t);
      carry = static_cast<Limb>(t >> 64);
    }
    out[i + nb] = carry;
  }
}

Mag mag_mul(const Limb* a, size_t na, const Limb* b, size_t nb) {
  na = trimmed(a, na);
  nb = trimmed(b, nb);
  if (na == 0 || nb == 0) return {};
  if (na < nb) std::swap(a, b), std::swap(na, nb);
  Mag r;
  if (nb == 1) {
    r.assign(a, a + na);
    mag_mul_add_small(r, b[0], 0);
    return r;
  }
  if (nb < kKaratsubaCutoff) {
    r.resize(na + nb);
    mul_schoolbook(a, na, b, nb, r.data());
    trim(r);
    return r;
  }
  r.assign(na + nb + 1, 0);
  if (2 * nb <= na) {
    // Lopsided: slice the longer factor into pieces the size of the shorter one.
    for (size_t off = 0; off < na; off += nb) {
      Mag p = mag_mul(a + off, std::min(nb, na - off), b, nb);
      mag_add_at(r, p.data(), p.size(), off);
    }
    trim(r);
    return r;
  }
  // Karatsuba: a = a1*B^h + a0, b = b1*B^h + b0 (h < nb since nb > na/2).
  size_t h = na / 2;
  Mag z0 = mag_mul(a, h, b, h);
  Mag z2 = mag_mul(a + h, na - h, b + h, nb - h);
  Mag sa = mag_add(a, trimmed(a, h), a + h, na - h);
  Mag sb = mag_add(b, trimmed(b, h), b + h, nb - h);
  Mag z1 = mag_mul(sa.data(), sa.size(), sb.data(), sb.size());
  mag_sub_in_place(z1, z0.data(), z0.size());
  mag_sub_in_place(z1, z2.data(), z2.size());
  mag_add_at(r, z0.data(), z0.size(), 0);
  mag_add_at(r, z1.data(), z1.size(), h);
  mag_add_at(r, z2.data(), z2.size(), 2 * h);
  trim(r);
  return r;
}

Mag mag_mul(const Mag& a, const Mag& b) {
  return mag_mul(a.data(), a.size(), b.data(), b.size());
}

Mag mag_shl(const Mag& a, uint64_t n) {
  if (a.empty()) return {};
  size_t limbs = n / 64;
  unsigned bits = n % 64;
  Mag r(a.size() + limbs + 1, 0);
  if (bits == 0) {
    std::copy(a.begin(), a.end(), r.begin() + limbs);
  } else {
    Limb carry = 0;
    for (size_t i = 0; i < a.size(); ++i) {
      r[i + limbs] = (a[i] << bits) | carry;
      carry = a[i] >> (64 - bits);
    }
    r[a.size() + limbs] = carry;
  }
  trim(r);
  return r;
}

// Also reports whether any 1 bit was shifted out.
Mag mag_shr(const Mag& a, uint64_t n, bool* lost = nullptr) {
  size_t limbs = n / 64;
  unsigned bits = n % 64;
  if (lost) {
    bool any = false;
    for (size_t i = 0; i < std::min(limbs, a.size()) && !any; ++i) any = a[i] != 0;
    if (!any && bits && limbs < a.size()) any = (a[limbs] & ((Limb{1} << bits) - 1)) != 0;
    *lost = any;
  }
  if (limbs >= a.size()) return {};
  Mag r(a.size() - limbs);
  if (bits == 0) {
    std::copy(a.begin() + limbs, a.end(), r.begin());
  } else {
    for (size_t i = 0; i < r.size(); ++i) {
      Limb hi = i + limbs + 1 < a.size() ? a[i + limbs + 1] << (64 - bits) : 0;
      r[i] = (a[i + limbs] >> bits) | hi;
    }
  }
  trim(r);
  return r;
}

// Truncating division of magnitudes: q = u / v, r = u % v (v nonzero). Knuth's algorithm D.
void mag_divmod(const Mag& u, const Mag& v, Mag* q, Mag* r) {
  if (mag_cmp(u, v) < 0) {
    if (q) q->clear();
    if (r) *r = u;
    return;
  }
  if (v.size() == 1) {
    Mag qq = u;
    Limb rem = mag_divmod_small(qq, v[0]);
    if (q) *q = std::move(qq);
    if (r) *r = rem ? Mag{rem} : Mag{};
    return;
  }
  size_t n = v.size(), m = u.size() - n;
  int s = __builtin_clzll(v.back());
  Mag vn(n), un(u.size() + 1);
  if (s == 0) {
    std::copy(v.begin(), v.end(), vn.begin());
    std::copy(u.begin(), u.end(), un.begin());
    un[u.size()] = 0;
  } else {
    for (size_t i = n - 1; i > 0; --i) vn[i] = (v[i] << s) | (v[i - 1] >> (64 - s));
    vn[0] = v[0] << s;
    un[u.size()] = u.back() >> (64 - s);
    for (size_t i = u.size() - 1; i > 0; --i) un[i] = (u[i] << s) | (u[i - 1] >> (64 - s));
    un[0] = u[0] << s;
  }
  Mag qv(m + 1);
  Limb vtop = vn[n - 1], vsec = vn[n - 2];
  for (size_t j = m + 1; j-- > 0;) {
    DLimb num = (static_cast<DLimb>(un[j + n]) << 64) | un[j + n - 1];
    DLimb qhat = num / vtop;
    DLimb rhat = num - qhat * vtop;
    while ((qhat >> 64) || qhat * vsec > ((rhat << 64) | un[j + n - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >> 64) break;
    }
    // un[j..j+n] -= qhat * vn
    Limb carry = 0, borrow = 0;
    for (size_t i = 0; i < n; ++i) {
      DLimb p = qhat * vn[i] + carry;
      carry = static_cast<Limb>(p >> 64);
      Limb plo = static_cast<Limb>(p);
      DLimb diff = static_cast<DLimb>(un[i + j]) - plo - borrow;
      un[i + j] = static_cast<Limb>(diff);
      borrow = (diff >> 64) ? 1 : 0;
    }
    DLimb diff = static_cast<DLimb>(un[j + n]) - carry - borrow;
    un[j + n] = static_cast<Limb>(diff);
    if (diff >> 64) {  // qhat was one too large: add vn back
      --qhat;
      Limb c = 0;
      for (size_t i = 0; i < n; ++i) {
        DLimb t = static_cast<DLimb>(un[i + j]) + vn[i] + c;
        un[i + j] = static_cast<Limb>(t);
        c = static_cast<Limb>(t >> 64);
      }
      un[j + n] += c;
    }
    qv[j] = static_cast<Limb>(qhat);
  }
  if (q) {
    trim(qv);
    *q = std::move(qv);
  }
  if (r) {
    Mag rr(n);
    if (s == 0) {
      std::copy(un.begin(), un.begin() + n, rr.begin());
    } else {
      for (size_t i = 0; i < n; ++i) rr[i] = (un[i] >> s) | (un[i + 1] << (64 - s));
    }
    trim(rr);
    *r = std::move(rr);
  }
}

Mag mag_from_u64(uint64_t v) {
  return v ? Mag{v} : Mag{};
}

// Two's complement of x in exactly n limbs (n > x's size).
Mag twos(const Mag& mag, bool neg, size_t n) {
  Mag r(n, 0);
  std::copy(mag.begin(), mag.end(), r.begin());
  if (neg) {
    Limb carry = 1;
    for (Limb& x : r) {
      x = ~x + carry;
      carry = carry && x == 0;
    }
  }
  return r;
}

// Decimal digits of a small magnitude: base 10**9 conversion (CPython's algorithm), fed 32 bits
// at a time. pad > 0 asks for exactly pad digits (leading zeros); 0 means no padding.
void append_decimal_quadratic(const Mag& m, std::string* out, size_t pad) {
  constexpr uint32_t kDec = 1000000000;
  std::vector<uint32_t> dec;
  dec.reserve(m.size() * 64 / 29 + 2);
  for (size_t i = m.size(); i-- > 0;) {
    for (int half = 1; half >= 0; --half) {
      uint64_t carry = (m[i] >> (32 * half)) & 0xffffffffu;
      for (uint32_t& d : dec) {
        uint64_t z = (static_cast<uint64_t>(d) << 32) + carry;
        carry = z / kDec;
        d = static_cast<uint32_t>(z - carry * kDec);
      }
      while (carry) {
        dec.push_back(static_cast<uint32_t>(carry % kDec));
        carry /= kDec;
      }
    }
  }
  std::string head = dec.empty() ? (pad ? "" : "0") : std::to_string(dec.back());
  size_t ndigits = head.size() + (dec.empty() ? 0 : 9 * (dec.size() - 1));
  if (pad > ndigits) out->append(pad - ndigits, '0');
  *out += head;
  char chunk[9];
  for (size_t i = dec.size() > 0 ? dec.size() - 1 : 0; i-- > 0;) {
    uint32_t d = dec[i];
    for (int k = 8; k >= 0; --k) chunk[k] = static_cast<char>('0' + d % 10), d /= 10;
    out->append(chunk, 9);
  }
}

// Magnitudes up to this many limbs go straight to the quadratic conversion.
constexpr size_t kDecimalLeafLimbs = 40;

// Divide and conquer: x = q * 10**(19 * 2**k) + r, converting q and r (padded) recursively.
// pows[k] == 10**(19 * 2**k).
void append_decimal_split(const Mag& x, std::string* out, size_t pad,
                          const std::vector<Mag>& pows) {
  if (x.size() <= kDecimalLeafLimbs) return append_decimal_quadratic(x, out, pad);
  size_t k = 0;
  while (k + 1 < pows.size() && pows[k + 1].size() * 2 <= x.size() + 1) ++k;
  Mag q, r;
  mag_divmod(x, pows[k], &q, &r);
  size_t low_digits = size_t{19} << k;
  append_decimal_split(q, out, pad ? pad - low_digits : 0, pows);
  append_decimal_split(r, out, low_digits, pows);
}

void append_decimal(const Mag& x, std::string* out) {
  if (x.size() <= kDecimalLeafLimbs) return append_decimal_quadratic(x, out, 0);
  std::vector<Mag> pows{Mag{10000000000000000000ull}};
  while (pows.back().size() * 4 <= x.size() + 1) pows.push_back(mag_mul(pows.back(), pows.back()));
  out->reserve(x.size() * 64 * 30103 / 100000 + 2);
  append_decimal_split(x, out, 0, pows);
}

constexpr uint64_t kHashModulus = (uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;
constexpr int64_t kHashInf = 314159;

const char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 37;
}

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

std::string max_str_digits_to_str_message(size_t limit) {
  return "Exceeds the limit (" + std::to_string(limit) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase "
         "the limit";
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Text helpers

namespace utf8 {

char32_t next(std::string_view s, size_t* pos) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  size_t i = *pos;
  unsigned c = byte(i);
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
  if (len == 0 || c > 0xf4 || i + len > s.size()) {
    *pos = i + 1;
    return 0xfffd;
  }
  char32_t cp = c & (0x7f >> len);
  for (int k = 1; k < len; ++k) {
    unsigned cc = byte(i + k);
    if ((cc & 0xc0) != 0x80) {
      *pos = i + 1;
      return 0xfffd;
    }
    cp = (cp << 6) | (cc & 0x3f);
  }
  *pos = i + len;
  return cp;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xc0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3f));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xe0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (c & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (c & 0x3f));
  }
}

size_t length(std::string_view s) {
  size_t n = 0;
  for (size_t pos = 0; pos < s.size(); ++n) next(s, &pos);
  return n;
}

}  // namespace utf8

namespace {

// The code points whose decimal value is 0; each starts a run of ten digits (Unicode 14.0,
// generated with `unicodedata.decimal`).
constexpr char32_t kDecimalZeros[] = {
    0x30,    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,
    0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,
    0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,
    0xa8d0,  0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

// Assigned code points >= 0x80 that str.isprintable() rejects (Unicode 14.0).
constexpr std::pair<char32_t, char32_t> kNonPrintable[] = {
    {0x80, 0xa0},       {0xad, 0xad},       {0x600, 0x605},      {0x61c, 0x61c},
    {0x6dd, 0x6dd},     {0x70f, 0x70f},     {0x890, 0x891},      {0x8e2, 0x8e2},
    {0x1680, 0x1680},   {0x180e, 0x180e},   {0x2000, 0x200f},    {0x2028, 0x202f},
    {0x205f, 0x2064},   {0x2066, 0x206f},   {0x3000, 0x3000},    {0xd800, 0xf8ff},
    {0xfeff, 0xfeff},   {0xfff9, 0xfffb},   {0x110bd, 0x110bd},  {0x110cd, 0x110cd},
    {0x13430, 0x13438}, {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a},  {0xe0001, 0xe0001},
    {0xe0020, 0xe007f}, {0xf0000, 0xffffd}, {0x100000, 0x10fffd}};

bool is_printable(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c < 0x7f;
  for (const auto& [lo, hi] : kNonPrintable) {
    if (c < lo) return true;
    if (c <= hi) return false;
  }
  return true;
}

}  // namespace

int unicode_decimal(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1;
  for (char32_t zero : kDecimalZeros) {
    if (c < zero) return -1;
    if (c < zero + 10) return static_cast<int>(c - zero);
  }
  return -1;
}

bool unicode_is_space(char32_t c) {
  if (c < 0x80) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
         c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

std::string py_str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  static const char kHex[] = "0123456789abcdef";
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::next(s, &pos);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (is_printable(c)) {
      utf8::append(out, c);
    } else {
      int digits = c <= 0xff ? 2 : c <= 0xffff ? 4 : 8;
      out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
      for (int k = digits - 1; k >= 0; --k) out += kHex[(c >> (4 * k)) & 0xf];
    }
  }
  out += quote;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Construction and conversion

BigInt::BigInt(int64_t v) : neg_(v < 0) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  if (m) mag_.push_back(m);
}

BigInt::BigInt(std::vector<Limb> mag, bool neg) : mag_(std::move(mag)), neg_(neg) {
  normalize();
}

void BigInt::normalize() {
  trim(mag_);
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::from_uint64(uint64_t v) {
  return BigInt(mag_from_u64(v), false);
}

NumResult<BigInt> BigInt::from_double(double x) {
  if (std::isinf(x)) return {NumError::kOverflow, "cannot convert float infinity to integer"};
  if (std::isnan(x)) return {NumError::kValue, "cannot convert float NaN to integer"};
  double ax = std::fabs(x);
  if (ax < 9223372036854775808.0) return BigInt(static_cast<int64_t>(x));
  int e;
  double m = std::frexp(ax, &e);  // ax = m * 2**e, 0.5 <= m < 1, e > 63
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  return BigInt(mag_shl(Mag{mant}, static_cast<uint64_t>(e - 53)), x < 0);
}

uint64_t BigInt::bit_length() const {
  return mag_bits(mag_);
}

bool BigInt::fits_int64() const {
  if (mag_.size() > 1) return false;
  if (mag_.empty()) return true;
  return neg_ ? mag_[0] <= (uint64_t{1} << 63) : mag_[0] < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  if (mag_.empty()) return 0;
  return neg_ ? static_cast<int64_t>(0 - mag_[0]) : static_cast<int64_t>(mag_[0]);
}

std::optional<int64_t> BigInt::try_int64() const {
  if (!fits_int64()) return std::nullopt;
  return to_int64();
}

NumResult<double> BigInt::to_double() const {
  uint64_t bits = mag_bits(mag_);
  double r;
  if (bits <= 64) {
    r = mag_.empty() ? 0.0 : static_cast<double>(mag_[0]);  // correctly rounded by the hardware
  } else {
    if (bits > 1024) return {NumError::kOverflow, "int too large to convert to float"};
    // The top 64 bits with a sticky bit for everything below: rounding that to 53 bits rounds
    // the whole number correctly.
    bool lost;
    Mag top = mag_shr(mag_, bits - 64, &lost);
    r = std::ldexp(static_cast<double>(top[0] | (lost ? 1 : 0)), static_cast<int>(bits - 64));
    if (std::isinf(r)) return {NumError::kOverflow, "int too large to convert to float"};
  }
  return neg_ ? -r : r;
}

int64_t BigInt::hash() const {
  // 2**64 == 8 (mod 2**61 - 1), so x * 2**64 + limb folds as 8x + limb.
  uint64_t x = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    uint64_t t = x << 3;  // x < 2**61
    t = (t & kHashModulus) + (t >> 61);
    uint64_t limb = (mag_[i] & kHashModulus) + (mag_[i] >> 61);
    t += limb;  // < 2**62 + 2**61
    t = (t & kHashModulus) + (t >> 61);
    if (t >= kHashModulus) t -= kHashModulus;
    x = t;
  }
  int64_t h = neg_ ? -static_cast<int64_t>(x) : static_cast<int64_t>(x);
  return h == -1 ? -2 : h;
}

int64_t hash_int64(int64_t v) {
  uint64_t m = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t h = static_cast<int64_t>(m % kHashModulus);
  if (v < 0) h = -h;
  return h == -1 ? -2 : h;
}

int64_t hash_double(double v, int64_t nan_hash) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? kHashInf : -kHashInf;
    return nan_hash;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  // Process 28 bits at a time (CPython's _Py_HashDouble).
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  return static_cast<int64_t>(x);
}

// ---------------------------------------------------------------------------------------------
// Text conversion

std::string BigInt::to_string(int base) const {
  if (base < 2 || base > 36) fatal("BigInt::to_string: base out of range");
  if (mag_.empty()) return "0";
  std::string out;
  if (base == 10) {
    if (neg_) out += '-';
    append_decimal(mag_, &out);
    return out;
  }
  if ((base & (base - 1)) == 0) {
    int bits = __builtin_ctz(static_cast<unsigned>(base));
    uint64_t total = mag_bits(mag_);
    uint64_t ndigits = (total + bits - 1) / bits;
    out.resize(ndigits);
    for (uint64_t k = 0; k < ndigits; ++k) {
      uint64_t bit = k * bits;
      size_t li = bit / 64;
      unsigned off = bit % 64;
      uint64_t v = mag_[li] >> off;
      if (off + bits > 64 && li + 1 < mag_.size()) v |= mag_[li + 1] << (64 - off);
      out[ndigits - 1 - k] = kDigitChars[v & (base - 1)];
    }
  } else {
    // Peel off chunks of k digits with base**k < 2**32.
    uint32_t chunk_base = base;
    int k = 1;
    while (static_cast<uint64_t>(chunk_base) * base < (uint64_t{1} << 32)) chunk_base *= base, ++k;
    Mag m = mag_;
    while (!m.empty()) {
      Limb rem = mag_divmod_small(m, chunk_base);
      for (int i = 0; i < k && (rem || !m.empty()); ++i) {
        out += kDigitChars[rem % base];
        rem /= base;
      }
    }
    std::reverse(out.begin(), out.end());
  }
  if (neg_) out.insert(out.begin(), '-');
  return out;
}

NumResult<std::string> BigInt::to_decimal(size_t max_str_digits) const {
  if (max_str_digits > 0) {
    // A lower bound on the digit count rejects huge numbers before converting them.
    uint64_t bits = mag_bits(mag_);
    if (bits > 1 && static_cast<double>(bits - 1) * 0.30102999 + 1 > max_str_digits + 1.0) {
      return {NumError::kValue, max_str_digits_to_str_message(max_str_digits)};
    }
  }
  std::string s = to_string(10);
  if (max_str_digits > 0 && s.size() - (neg_ ? 1 : 0) > max_str_digits) {
    return {NumError::kValue, max_str_digits_to_str_message(max_str_digits)};
  }
  return s;
}

std::string BigInt::to_bin() const {
  std::string s = abs().to_string(2);
  return (neg_ ? "-0b" : "0b") + s;
}

std::string BigInt::to_oct() const {
  std::string s = abs().to_string(8);
  return (neg_ ? "-0o" : "0o") + s;
}

std::string BigInt::to_hex() const {
  std::string s = abs().to_string(16);
  return (neg_ ? "-0x" : "0x") + s;
}

NumResult<BigInt> BigInt::parse(std::string_view text, int base, size_t max_str_digits) {
  if ((base != 0 && base < 2) || base > 36) {
    return {NumError::kValue, "int() base must be >= 2 and <= 36, or 0"};
  }
  const int orig_base = base;
  auto invalid = [&]() -> NumResult<BigInt> {
    std::string r = py_str_repr(text);
    // "%.200R": at most 200 code points of the repr.
    size_t pos = 0, n = 0;
    while (pos < r.size() && n < 200) utf8::next(r, &pos), ++n;
    r.resize(pos);
    return {NumError::kValue,
            "invalid literal for int() with base " + std::to_string(orig_base) + ": " + r};
  };

  // CPython first maps Unicode spaces to ' ' and decimal digits to ASCII, stopping with '?' at
  // the first other non-ASCII character.
  std::string ascii;
  ascii.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x7f) {
      ascii += static_cast<char>(b);
      ++pos;
      continue;
    }
    char32_t c = utf8::next(text, &pos);
    if (unicode_is_space(c)) {
      ascii += ' ';
    } else if (int d = unicode_decimal(c); d >= 0) {
      ascii += static_cast<char>('0' + d);
    } else {
      ascii += '?';
      break;
    }
  }

  const char* p = ascii.c_str();  // NUL-terminated; an embedded NUL stops the scan (an error)
  const char* end = p + ascii.size();
  while (p < end && is_ascii_space(*p)) ++p;
  bool negative = false;
  if (*p == '+') {
    ++p;
  } else if (*p == '-') {
    ++p;
    negative = true;
  }
  bool error_if_nonzero = false;
  if (base == 0) {
    if (p[0] != '0') {
      base = 10;
    } else if (p[1] == 'x' || p[1] == 'X') {
      base = 16;
    } else if (p[1] == 'o' || p[1] == 'O') {
      base = 8;
    } else if (p[1] == 'b' || p[1] == 'B') {
      base = 2;
    } else {
      error_if_nonzero = true;  // "old" C-style octal such as 010: invalid unless it is zero
      base = 10;
    }
  }
  if (p[0] == '0' && ((base == 16 && (p[1] == 'x' || p[1] == 'X')) ||
                      (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
                      (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
    p += 2;
    if (*p == '_') ++p;  // one underscore may follow the prefix
  }
  if (*p == '_') return invalid();

  // Scan digits and single underscores.
  const char* start = p;
  size_t ndigits = 0;
  char prev = 0;
  while (p < end && (digit_value(*p) < base || *p == '_')) {
    if (*p == '_') {
      if (prev == '_') return invalid();
    } else {
      ++ndigits;
    }
    prev = *p++;
  }
  if (prev == '_') return invalid();
  const char* digits_end = p;

  bool binary_base = (base & (base - 1)) == 0;
  if (!binary_base && ndigits > 640 && max_str_digits > 0 && ndigits > max_str_digits) {
    return {NumError::kValue,
            "Exceeds the limit (" + std::to_string(max_str_digits) +
                " digits) for integer string conversion: value has " + std::to_string(ndigits) +
                " digits; use sys.set_int_max_str_digits() to increase the limit"};
  }

  Mag mag;
  if (binary_base) {
    int bits = __builtin_ctz(static_cast<unsigned>(base));
    mag.assign((ndigits * bits + 63) / 64, 0);
    uint64_t bit = 0;
    for (const char* q = digits_end; q-- > start;) {
      if (*q == '_') continue;
      uint64_t v = static_cast<uint64_t>(digit_value(*q));
      size_t li = bit / 64;
      unsigned off = bit % 64;
      mag[li] |= v << off;
      if (off + bits > 64) mag[li + 1] |= v >> (64 - off);
      bit += bits;
    }
    trim(mag);
  } else {
    // Multiply-add chunks of k digits, base**k < 2**64.
    uint64_t chunk_base = base;
    int k = 1;
    while (chunk_base <= std::numeric_limits<uint64_t>::max() / base) chunk_base *= base, ++k;
    mag.reserve(ndigits / (k > 1 ? k - 1 : 1) + 1);
    uint64_t acc = 0, mult = 1;
    int in_chunk = 0;
    for (const char* q = start; q < digits_end; ++q) {
      if (*q == '_') continue;
      acc = acc * base + static_cast<uint64_t>(digit_value(*q));
      mult *= base;
      if (++in_chunk == k) {
        mag_mul_add_small(mag, chunk_base, acc);
        acc = 0, mult = 1, in_chunk = 0;
      }
    }
    if (in_chunk) mag_mul_add_small(mag, mult, acc);
  }

  if (error_if_nonzero && !mag.empty()) return invalid();
  if (digits_end == start) return invalid();
  while (p < end && is_ascii_space(*p)) ++p;
  if (p != end) return invalid();
  return BigInt(std::move(mag), negative);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

BigInt BigInt::operator-() const {
  return BigInt(mag_, !neg_);
}

BigInt BigInt::abs() const {
  return BigInt(mag_, false);
}

BigInt BigInt::operator~() const {
  return -(*this + BigInt(1));
}

namespace {

// a + b for signed magnitudes.
BigInt add_signed(const Mag& a, bool an, const Mag& b, bool bn) {
  if (an == bn) return BigIntAccess::make(mag_add(a, b), an);
  int c = mag_cmp(a, b);
  if (c == 0) return BigInt();
  return c > 0 ? BigIntAccess::make(mag_sub(a, b), an) : BigIntAccess::make(mag_sub(b, a), bn);
}

}  // namespace

BigInt operator+(const BigInt& a, const BigInt& b) {
  return add_signed(a.mag_, a.neg_, b.mag_, b.neg_);
}

BigInt operator-(const BigInt& a, const BigInt& b) {
  return add_signed(a.mag_, a.neg_, b.mag_, !b.neg_);
}

BigInt operator*(const BigInt& a, const BigInt& b) {
  return BigInt(mag_mul(a.mag_, b.mag_), a.neg_ != b.neg_);
}

namespace {

// Floor division and modulo of signed values: the remainder takes the sign of the divisor.
void floor_divmod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  const Mag& am = BigIntAccess::mag(a);
  const Mag& bm = BigIntAccess::mag(b);
  Mag qm, rm;
  mag_divmod(am, bm, q ? &qm : nullptr, &rm);
  bool signs_differ = a.is_negative() != b.is_negative();
  if (signs_differ && !rm.empty()) {
    // q = -(|q| + 1), r = b - (sign of a) * |r|  ==  sign(b) * (|b| - |r|)
    if (q) {
      mag_mul_add_small(qm, 1, 1);
      *q = BigIntAccess::make(std::move(qm), true);
    }
    if (r) *r = BigIntAccess::make(mag_sub(bm, rm), b.is_negative());
    return;
  }
  if (q) *q = BigIntAccess::make(std::move(qm), signs_differ);
  if (r) *r = BigIntAccess::make(std::move(rm), b.is_negative());
}

}  // namespace

NumResult<BigInt> BigInt::floordiv(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return {NumError::kZeroDivision, "integer division or modulo by zero"};
  BigInt q;
  floor_divmod(a, b, &q, nullptr);
  return q;
}

NumResult<BigInt> BigInt::mod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return {NumError::kZeroDivision, "integer modulo by zero"};
  BigInt r;
  floor_divmod(a, b, nullptr, &r);
  return r;
}

NumResult<std::pair<BigInt, BigInt>> BigInt::divmod(const BigInt& a, const BigInt& b) {
  if (b.is_zero()) return {NumError::kZeroDivision, "integer division or modulo by zero"};
  std::pair<BigInt, BigInt> qr;
  floor_divmod(a, b, &qr.first, &qr.second);
  return qr;
}

NumResult<double> BigInt::truediv(const BigInt& a, const BigInt& b) {
  // CPython's long_true_divide: x = floor(a * 2**-shift / b) with 2 or 3 extra bits and a
  // sticky "inexact" flag, rounded half-to-even, then scaled by 2**shift.
  constexpr int kMantDig = 53, kMinExp = -1021, kMaxExp = 1024;
  if (b.is_zero()) return {NumError::kZeroDivision, "division by zero"};
  bool negate = a.neg_ != b.neg_;
  if (a.is_zero()) return negate ? -0.0 : 0.0;
  uint64_t abits = mag_bits(a.mag_), bbits = mag_bits(b.mag_);
  if (abits <= kMantDig && bbits <= kMantDig) {
    double r = static_cast<double>(a.mag_[0]) / static_cast<double>(b.mag_[0]);
    return negate ? -r : r;
  }
  int64_t diff = static_cast<int64_t>(abits) - static_cast<int64_t>(bbits);
  if (diff > kMaxExp) return {NumError::kOverflow, "integer division result too large for a float"};
  if (diff < kMinExp - kMantDig - 1) return negate ? -0.0 : 0.0;
  int64_t shift = std::max<int64_t>(diff, kMinExp) - kMantDig - 2;
  bool inexact = false;
  Mag x;
  if (shift <= 0) {
    x = mag_shl(a.mag_, static_cast<uint64_t>(-shift));
  } else {
    bool lost;
    x = mag_shr(a.mag_, static_cast<uint64_t>(shift), &lost);
    inexact = lost;
  }
  Mag q, r;
  mag_divmod(x, b.mag_, &q, &r);
  if (!r.empty()) inexact = true;
  // q has 55 or 56 significant bits.
  uint64_t xv = q[0];
  int x_bits = 64 - __builtin_clzll(xv);
  int extra_bits = static_cast<int>(std::max<int64_t>(x_bits, kMinExp - shift) - kMantDig);
  uint64_t mask = uint64_t{1} << (extra_bits - 1);
  uint64_t low = xv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  xv = low & ~(2 * mask - 1);
  double dx = static_cast<double>(xv);  // exact: at most 54 significant bits, low bits zero
  if (shift + x_bits >= kMaxExp && (shift + x_bits > kMaxExp || dx == std::ldexp(1.0, x_bits))) {
    return {NumError::kOverflow, "integer division result too large for a float"};
  }
  double result = std::ldexp(dx, static_cast<int>(shift));
  return negate ? -result : result;
}

NumResult<BigInt> BigInt::pow(const BigInt& base, const BigInt& exp) {
  if (exp.neg_) return {NumError::kValue, "negative exponent"};
  if (exp.is_zero()) return BigInt(1);
  if (base.is_zero()) return BigInt();
  if (base.mag_.size() == 1 && base.mag_[0] == 1) {
    return BigInt((base.neg_ && exp.is_odd()) ? -1 : 1);
  }
  if (exp.mag_.size() > 1) return {NumError::kMemory, ""};
  uint64_t e = exp.mag_[0];
  uint64_t bits = mag_bits(base.mag_);
  // |base| >= 2, so the result has at least (bits - 1) * e + 1 bits.
  if (e > kMaxBigIntBits || (bits - 1) * e + 1 > kMaxBigIntBits) return {NumError::kMemory, ""};
  bool neg = base.neg_ && (e & 1);
  // A power of two is a shift.
  bool pow2 = (base.mag_.back() & (base.mag_.back() - 1)) == 0 &&
              std::all_of(base.mag_.begin(), base.mag_.end() - 1, [](Limb l) { return l == 0; });
  if (pow2) return BigInt(mag_shl(Mag{1}, (bits - 1) * e), neg);
  // Left-to-right binary exponentiation.
  Mag result = base.mag_;
  for (int i = 62 - __builtin_clzll(e); i >= 0; --i) {
    result = mag_mul(result, result);
    if ((e >> i) & 1) result = mag_mul(result, base.mag_);
  }
  return BigInt(std::move(result), neg);
}

namespace {

// x mod m for magnitudes.
Mag mag_mod(const Mag& x, const Mag& m) {
  Mag r;
  mag_divmod(x, m, nullptr, &r);
  return r;
}

}  // namespace

NumResult<BigInt> BigInt::pow_mod(const BigInt& base, const BigInt& exp, const BigInt& m) {
  if (m.is_zero()) return {NumError::kValue, "pow() 3rd argument cannot be 0"};
  bool negative_output = m.neg_;
  BigInt mod = m.abs();
  if (mod.mag_.size() == 1 && mod.mag_[0] == 1) return BigInt();
  BigInt b = *BigInt::mod(base, mod);  // 0 <= b < mod
  Mag e = exp.mag_;
  if (exp.neg_) {
    // b = inverse of b modulo mod, by the extended Euclidean algorithm.
    BigInt r0 = mod, r1 = b, t0 = 0, t1 = 1;
    while (!r1.is_zero()) {
      auto qr = *BigInt::divmod(r0, r1);
      BigInt t2 = t0 - qr.first * t1;
      r0 = std::move(r1);
      r1 = std::move(qr.second);
      t0 = std::move(t1);
      t1 = std::move(t2);
    }
    if (!(r0.mag_.size() == 1 && r0.mag_[0] == 1)) {
      return {NumError::kValue, "base is not invertible for the given modulus"};
    }
    b = *BigInt::mod(t0, mod);
  }
  Mag result{1};
  if (!e.empty()) {
    uint64_t ebits = mag_bits(e);
    for (uint64_t i = ebits; i-- > 0;) {
      result = mag_mod(mag_mul(result, result), mod.mag_);
      if ((e[i / 64] >> (i % 64)) & 1) result = mag_mod(mag_mul(result, b.mag_), mod.mag_);
    }
  } else {
    result = mag_mod(result, mod.mag_);
  }
  BigInt z(std::move(result), false);
  if (negative_output && !z.is_zero()) z = z - mod;
  return z;
}

BigInt BigInt::gcd(const BigInt& a, const BigInt& b) {
  Mag x = a.mag_, y = b.mag_;
  while (!y.empty()) {
    Mag r = mag_mod(x, y);
    x = std::move(y);
    y = std::move(r);
  }
  return BigInt(std::move(x), false);
}

// ---------------------------------------------------------------------------------------------
// Shifts and bitwise operators

NumResult<BigInt> BigInt::shl(const BigInt& a, int64_t n) {
  if (n < 0) return {NumError::kValue, "negative shift count"};
  if (a.is_zero()) return BigInt();
  if (static_cast<uint64_t>(n) > kMaxBigIntBits - std::min(kMaxBigIntBits, a.bit_length())) {
    return {NumError::kMemory, ""};
  }
  return BigInt(mag_shl(a.mag_, static_cast<uint64_t>(n)), a.neg_);
}

NumResult<BigInt> BigInt::shr(const BigInt& a, int64_t n) {
  if (n < 0) return {NumError::kValue, "negative shift count"};
  if (!a.neg_) return BigInt(mag_shr(a.mag_, static_cast<uint64_t>(n)), false);
  // Floor: -((|a| - 1) >> n) - 1.
  Mag m = a.mag_;
  mag_sub_in_place(m, Mag{1}.data(), 1);
  m = mag_shr(m, static_cast<uint64_t>(n));
  mag_mul_add_small(m, 1, 1);
  return BigInt(std::move(m), true);
}

NumResult<BigInt> BigInt::shl(const BigInt& a, const BigInt& n) {
  if (n.neg_) return {NumError::kValue, "negative shift count"};
  if (a.is_zero()) return BigInt();
  if (!n.fits_int64()) return {NumError::kMemory, ""};
  return shl(a, n.to_int64());
}

NumResult<BigInt> BigInt::shr(const BigInt& a, const BigInt& n) {
  if (n.neg_) return {NumError::kValue, "negative shift count"};
  if (!n.fits_int64()) return BigInt(a.neg_ ? -1 : 0);
  return shr(a, n.to_int64());
}

namespace {

enum class BitOp { kAnd, kOr, kXor };

Limb apply(BitOp op, Limb x, Limb y) {
  switch (op) {
    case BitOp::kAnd:
      return x & y;
    case BitOp::kOr:
      return x | y;
    case BitOp::kXor:
      return x ^ y;
  }
  return 0;
}

BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op) {
  const Mag& am = BigIntAccess::mag(a);
  const Mag& bm = BigIntAccess::mag(b);
  bool an = a.is_negative(), bn = b.is_negative();
  bool rn = apply(op, an, bn) != 0;
  size_t n = std::max(am.size(), bm.size()) + 1;
  Mag x = twos(am, an, n), y = twos(bm, bn, n);
  for (size_t i = 0; i < n; ++i) x[i] = apply(op, x[i], y[i]);
  if (rn) {  // back from two's complement to a magnitude
    Limb carry = 1;
    for (Limb& l : x) {
      l = ~l + carry;
      carry = carry && l == 0;
    }
  }
  return BigIntAccess::make(std::move(x), rn);
}

}  // namespace

BigInt operator&(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, BitOp::kAnd);
}
BigInt operator|(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, BitOp::kOr);
}
BigInt operator^(const BigInt& a, const BigInt& b) {
  return bitwise(a, b, BitOp::kXor);
}

// ---------------------------------------------------------------------------------------------
// Comparisons

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? std::strong_ordering::less : std::strong_ordering::greater;
  int c = mag_cmp(a.mag_, b.mag_);
  if (a.neg_) c = -c;
  return c < 0   ? std::strong_ordering::less
         : c > 0 ? std::strong_ordering::greater
                 : std::strong_ordering::equal;
}

std::partial_ordering compare(const BigInt& a, double b) {
  using PO = std::partial_ordering;
  if (std::isnan(b)) return PO::unordered;
  if (std::isinf(b)) return b > 0 ? PO::less : PO::greater;
  int as = a.sign();
  int bs = b > 0 ? 1 : b < 0 ? -1 : 0;
  if (as != bs) return as < bs ? PO::less : PO::greater;
  if (as == 0) return PO::equivalent;
  // Same sign, both nonzero: compare the magnitudes, then flip for negatives.
  auto result = [&](int c) {
    if (as < 0) c = -c;
    return c < 0 ? PO::less : c > 0 ? PO::greater : PO::equivalent;
  };
  double ab = std::fabs(b);
  int e;
  std::frexp(ab, &e);  // 2**(e-1) <= |b| < 2**e, and 2**(nbits-1) <= |a| < 2**nbits
  uint64_t nbits = a.bit_length();
  if (e <= 0) return result(1);
  if (nbits != static_cast<uint64_t>(e)) return result(nbits < static_cast<uint64_t>(e) ? -1 : 1);
  // Same bit length: compare with the integer part exactly; then the fraction decides.
  double ipart = std::floor(ab);
  auto c = a.abs() <=> *BigInt::from_double(ipart);
  if (c != 0) return result(c < 0 ? -1 : 1);
  return result(ab > ipart ? -1 : 0);
}

std::partial_ordering compare(int64_t a, double b) {
  if (a > -(int64_t{1} << 53) && a < (int64_t{1} << 53)) return static_cast<double>(a) <=> b;
  return compare(BigInt(a), b);
}

// ---------------------------------------------------------------------------------------------
// int64 helpers

bool pow_overflow(int64_t a, int64_t e, int64_t* out) {
  int64_t result = 1, base = a;
  while (true) {
    if (e & 1) {
      if (mul_overflow(result, base, &result)) return true;
    }
    e >>= 1;
    if (e == 0) break;
    if (mul_overflow(base, base, &base)) return true;
  }
  *out = result;
  return false;
}

bool shl_overflow(int64_t a, int64_t n, int64_t* out) {
  if (a == 0) {
    *out = 0;
    return false;
  }
  if (n >= 63) return true;
  int64_t r = static_cast<int64_t>(static_cast<uint64_t>(a) << n);
  if ((r >> n) != a) return true;
  *out = r;
  return false;
}

}  // namespace asyncplay::lang
