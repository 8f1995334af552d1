// BigInt and the int64 helpers against CPython 3.11: the tables in tests/core/gen/numeric_cases.inc
// are written by CPython (tests/core/gen/numeric_cases.py), and every check compares exactly.
#include "core/lang/bigint.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "tests/core/gen/numeric_cases.inc"

using asyncplay::lang::BigInt;
using asyncplay::lang::NumError;
using asyncplay::lang::NumResult;
namespace lang = asyncplay::lang;
namespace nc = numeric_cases;

namespace {

BigInt big(std::string_view text) {
  auto r = BigInt::parse(text, 10, 0);
  REQUIRE_MESSAGE(r.ok(), r.describe());
  return *r;
}

// A decimal literal or "[-]10**e[+k]" (the generator's spelling of huge inputs).
BigInt eval_int(std::string_view text) {
  size_t star = text.find("**");
  if (star == std::string_view::npos) return big(text);
  bool neg = text[0] == '-';
  BigInt base = big(text.substr(neg ? 1 : 0, star - (neg ? 1 : 0)));
  std::string_view rest = text.substr(star + 2);
  size_t k = rest.find_first_of("+-");
  BigInt v = *BigInt::pow(base, big(rest.substr(0, k)));
  if (neg) v = -v;
  if (k != std::string_view::npos) v += big(rest.substr(k));
  return v;
}

double from_bits(uint64_t bits) {
  double d;
  std::memcpy(&d, &bits, sizeof d);
  return d;
}

uint64_t to_bits(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

template <class T, class F>
std::string show(const NumResult<T>& r, F&& f) {
  return r.ok() ? f(*r) : r.describe();
}

std::string show(const NumResult<BigInt>& r) {
  return show(r, [](const BigInt& b) { return b.to_string(); });
}

// An expected float is its repr, which strtod reads back exactly: compare bit patterns, so that
// this test does not depend on numfmt.
void check_double(const NumResult<double>& got, const std::string& expected) {
  if (!got.ok() || expected.find("Error") != std::string::npos) {
    CHECK(got.describe() == expected);
    return;
  }
  CHECK(to_bits(*got) == to_bits(std::strtod(expected.c_str(), nullptr)));
}

// Long decimal strings appear as "<length>:<first 40>...<last 40>" in the table.
std::string digest(const std::string& s) {
  if (s.size() <= 3100) return s;
  return std::to_string(s.size()) + ":" + s.substr(0, 40) + "..." + s.substr(s.size() - 40);
}

}  // namespace

TEST_CASE("binary operators match CPython") {
  for (const auto& c : nc::kIntBinaryCases) {
    INFO(std::string(c.a) << " " << std::string(c.op) << " " << std::string(c.b));
    BigInt a = big(c.a), b = big(c.b);
    std::string op = c.op, expected = c.expected;
    if (op == "/") {
      check_double(BigInt::truediv(a, b), expected);
      continue;
    }
    std::string got;
    if (op == "+") got = (a + b).to_string();
    if (op == "-") got = (a - b).to_string();
    if (op == "*") got = (a * b).to_string();
    if (op == "&") got = (a & b).to_string();
    if (op == "|") got = (a | b).to_string();
    if (op == "^") got = (a ^ b).to_string();
    if (op == "//") got = show(BigInt::floordiv(a, b));
    if (op == "%") got = show(BigInt::mod(a, b));
    if (op == "**") got = show(BigInt::pow(a, b));
    if (op == "gcd") got = BigInt::gcd(a, b).to_string();
    if (op == "cmp") got = std::to_string((a <=> b) < 0 ? -1 : (a <=> b) > 0 ? 1 : 0);
    if (op == "divmod") {
      got = show(BigInt::divmod(a, b), [](const std::pair<BigInt, BigInt>& qr) {
        return qr.first.to_string() + " " + qr.second.to_string();
      });
    }
    if (op == "<<" || op == ">>") {
      // Both the int64 and the BigInt shift-count overloads.
      int64_t n = b.to_int64();
      got = show(op == "<<" ? BigInt::shl(a, n) : BigInt::shr(a, n));
      CHECK(show(op == "<<" ? BigInt::shl(a, b) : BigInt::shr(a, b)) == got);
    }
    CHECK(got == expected);
  }
}

TEST_CASE("unary operations and conversions match CPython") {
  for (const auto& c : nc::kIntUnaryCases) {
    INFO(std::string(c.op) << "(" << std::string(c.a) << ")");
    BigInt a = big(c.a);
    std::string op = c.op, got;
    if (op == "float") {
      check_double(a.to_double(), c.expected);
      continue;
    }
    if (op == "str") got = a.to_string();
    if (op == "hex") got = a.to_hex();
    if (op == "oct") got = a.to_oct();
    if (op == "bin") got = a.to_bin();
    if (op == "base36") got = a.to_string(36);
    if (op == "base7") got = a.to_string(7);
    if (op == "hash") got = std::to_string(a.hash());
    if (op == "bit_length") got = std::to_string(a.bit_length());
    if (op == "neg") got = (-a).to_string();
    if (op == "abs") got = a.abs().to_string();
    if (op == "invert") got = (~a).to_string();
    CHECK(got == std::string(c.expected));
    CHECK(big(a.to_string()) == a);
  }
}

TEST_CASE("big values: powers, factorial, large multiplication, division and shifts") {
  BigInt a = *BigInt::pow(3, 20959), b = *BigInt::pow(7, 3000);
  for (const auto& c : nc::kBigValueCases) {
    std::string name = c.name;
    INFO(name);
    BigInt v;
    if (name == "2**10000") v = *BigInt::pow(2, 10000);
    if (name == "factorial(1000)") {
      v = 1;
      for (int i = 2; i <= 1000; ++i) v *= i;
    }
    if (name == "3**20959") v = a;
    if (name == "-7**999") v = -*BigInt::pow(7, 999);
    if (name == "3**20959 // 7**3000") v = *BigInt::floordiv(a, b);
    if (name == "3**20959 % -7**3000") v = *BigInt::mod(a, -b);
    if (name == "-3**20959 // 7**3000") v = *BigInt::floordiv(-a, b);
    if (name == "3**20959 >> 12345") v = *BigInt::shr(a, 12345);
    if (name == "-3**20959 >> 12345") v = *BigInt::shr(-a, 12345);
    if (name == "3**20959 & -7**3000") v = a & -b;
    if (name == "-3**20959 | 7**3000") v = -a | b;
    if (name == "3**20959 * 7**3000") v = a * b;
    if (name == "2**20000 / 3**12000") {
      check_double(BigInt::truediv(*BigInt::pow(2, 20000), *BigInt::pow(3, 12000)), c.str);
      continue;
    }
    std::string s = v.to_string();
    CHECK(digest(s) == std::string(c.str));
    CHECK(std::to_string(v.hash()) == std::string(c.hash));
    CHECK(big(s) == v);
  }
  // Quotient and remainder recombine (Knuth division on multi-thousand-limb operands).
  auto qr = *BigInt::divmod(a * b + 12345, b);
  CHECK(qr.first == a);
  CHECK(qr.second == 12345);
}

TEST_CASE("int() parsing: grammar, bases, Unicode digits and CPython's messages") {
  for (const auto& c : nc::kIntParseCases) {
    std::string_view text(c.text, c.text_bytes);  // may hold a NUL
    INFO("int(" << lang::py_str_repr(text) << ", " << c.base << ") limit " << c.max_str_digits);
    CHECK(show(BigInt::parse(text, c.base, c.max_str_digits)) == std::string(c.expected));
  }
}

TEST_CASE("str() obeys int_max_str_digits") {
  for (const auto& c : nc::kIntStrLimitCases) {
    INFO(std::string(c.a) << " limit " << c.max_str_digits);
    BigInt v = eval_int(c.a);
    auto s = v.to_decimal(c.max_str_digits);
    std::string got = s.ok() ? "digits=" + std::to_string(s->size()) : s.describe();
    CHECK(got == std::string(c.expected));
    if (s.ok()) CHECK(*s == v.to_string());
  }
}

TEST_CASE("int/float comparison is exact") {
  for (const auto& c : nc::kIntCompareFloatCases) {
    double d = from_bits(c.b);
    INFO(std::string(c.a) << " vs " << d);
    BigInt a = big(c.a);
    auto order = lang::compare(a, d);
    std::string got = order < 0 ? "lt" : order > 0 ? "gt" : order == 0 ? "eq" : "un";
    CHECK(got == std::string(c.expected));
    if (a.fits_int64()) CHECK(lang::compare(a.to_int64(), d) == order);
  }
}

TEST_CASE("pow with a modulus, including modular inverses") {
  for (const auto& c : nc::kIntPowModCases) {
    INFO("pow(" << std::string(c.a) << ", " << std::string(c.b) << ", " << std::string(c.m) << ")");
    CHECK(show(BigInt::pow_mod(big(c.a), big(c.b), big(c.m))) == std::string(c.expected));
  }
}

TEST_CASE("int64 fast paths agree with Python's arithmetic") {
  for (const auto& c : nc::kInt64Cases) {
    std::string op = c.op;
    INFO(c.a << " " << op << " " << c.b);
    int64_t r = 0;
    bool overflow = false;
    if (op == "+") overflow = lang::add_overflow(c.a, c.b, &r);
    if (op == "-") overflow = lang::sub_overflow(c.a, c.b, &r);
    if (op == "*") overflow = lang::mul_overflow(c.a, c.b, &r);
    if (op == "//") overflow = lang::floordiv_overflow(c.a, c.b, &r);
    if (op == "%") r = lang::mod_int64(c.a, c.b);
    if (op == "**") overflow = lang::pow_overflow(c.a, c.b, &r);
    if (op == "<<") overflow = lang::shl_overflow(c.a, c.b, &r);
    if (op == ">>") r = lang::shr_int64(c.a, c.b);
    if (op == "bit_length") r = lang::bit_length_int64(c.a);
    if (op == "hash") {
      r = lang::hash_int64(c.a);
      CHECK(BigInt(c.a).hash() == r);
    }
    CHECK((overflow ? std::string("OVERFLOW") : std::to_string(r)) == std::string(c.expected));
  }
  int64_t r;
  CHECK(lang::neg_overflow(INT64_MIN, &r));
  CHECK_FALSE(lang::neg_overflow(INT64_MAX, &r));
  CHECK(r == -INT64_MAX);
}

TEST_CASE("conversions at the int64 and float boundaries") {
  CHECK(BigInt(INT64_MIN).fits_int64());
  CHECK(BigInt(INT64_MIN).to_int64() == INT64_MIN);
  CHECK_FALSE((BigInt(INT64_MIN) - 1).fits_int64());
  CHECK(BigInt(INT64_MAX).try_int64() == INT64_MAX);
  CHECK_FALSE((BigInt(INT64_MAX) + 1).try_int64().has_value());
  CHECK(BigInt::from_uint64(UINT64_MAX).to_string() == "18446744073709551615");

  auto inf = BigInt::from_double(HUGE_VAL);
  CHECK(inf.kind() == NumError::kOverflow);
  CHECK(inf.error().message == "cannot convert float infinity to integer");
  auto nan = BigInt::from_double(std::nan(""));
  CHECK(nan.describe() == "ValueError: cannot convert float NaN to integer");
  CHECK(BigInt::from_double(-2.5)->to_string() == "-2");
  CHECK(BigInt::from_double(-0.0)->is_zero());
  CHECK(BigInt::from_double(1e300)->to_string().size() == 301);
  CHECK(*BigInt::from_double(-9223372036854775808.0) == BigInt(INT64_MIN));

  CHECK(lang::hash_double(1.0) == BigInt(1).hash());
  CHECK(lang::hash_double(0.5) == 1152921504606846976);
  CHECK(lang::hash_double(std::nan(""), 12345) == 12345);
}

TEST_CASE("errors carry the Python exception and message") {
  CHECK(BigInt::floordiv(1, 0).describe() ==
        "ZeroDivisionError: integer division or modulo by zero");
  CHECK(BigInt::mod(1, 0).describe() == "ZeroDivisionError: integer modulo by zero");
  CHECK(BigInt::truediv(1, 0).describe() == "ZeroDivisionError: division by zero");
  CHECK(BigInt::shl(1, -1).describe() == "ValueError: negative shift count");
  CHECK(BigInt::pow_mod(2, 3, 0).describe() == "ValueError: pow() 3rd argument cannot be 0");
  CHECK(BigInt::pow(2, -1).kind() == NumError::kValue);
  // Results too large to hold are MemoryError, as `1 << 2**63` is in CPython.
  BigInt huge_count = *BigInt::pow(2, 63);
  CHECK(BigInt::shl(1, huge_count).describe() == "MemoryError");
  CHECK(BigInt::shl(0, huge_count)->is_zero());
  CHECK(BigInt::shr(-5, huge_count)->to_string() == "-1");
  CHECK(BigInt::shr(5, *BigInt::pow(2, 70))->is_zero());
  CHECK(BigInt::pow(3, *BigInt::pow(2, 40)).kind() == NumError::kMemory);
  CHECK(BigInt::pow(-1, *BigInt::pow(2, 80) + 1)->to_string() == "-1");
  CHECK(lang::num_error_name(NumError::kOverflow) == "OverflowError");
}

TEST_CASE("arithmetic identities on large random operands (Karatsuba, Knuth division)") {
  std::mt19937_64 rng(42);
  auto random_big = [&](int limbs) {
    BigInt v;
    for (int i = 0; i < limbs; ++i) v = *BigInt::shl(v, 64) + BigInt::from_uint64(rng());
    return (rng() & 1) ? -v : v;
  };
  for (int round = 0; round < 12; ++round) {
    BigInt a = random_big(20 + 37 * round), b = random_big(1 + 23 * round);
    if (b.is_zero()) continue;
    BigInt p = a * b;
    CHECK(*BigInt::floordiv(p, b) == a);
    CHECK(BigInt::mod(p, b)->is_zero());
    auto qr = *BigInt::divmod(a, b);
    CHECK(qr.first * b + qr.second == a);
    CHECK(qr.second.abs() < b.abs());
    CHECK((qr.second.is_zero() || qr.second.is_negative() == b.is_negative()));
    CHECK((a + b) * (a - b) == a * a - b * b);
    CHECK(big(a.to_string()) == a);
    CHECK(*BigInt::parse(a.to_hex(), 0) == a);
    CHECK((a ^ b) == ((a | b) - (a & b)));
  }
}

TEST_CASE("text helpers") {
  CHECK(lang::utf8::length("h\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e") == 4);
  std::string s;
  lang::utf8::append(s, 0x1F600);
  CHECK(s == "\xf0\x9f\x98\x80");
  CHECK(lang::unicode_decimal(0x0663) == 3);
  CHECK(lang::unicode_decimal('x') == -1);
  CHECK(lang::unicode_is_space(0x3000));
  CHECK(lang::py_str_repr("it's") == "\"it's\"");
  CHECK(lang::py_str_repr("a\nb\x01") == "'a\\nb\\x01'");
}
