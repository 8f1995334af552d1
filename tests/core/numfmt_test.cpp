// numfmt against CPython 3.11: repr(float), format() for floats, ints and strs, '%'-style float
// conversion, round(), float // % divmod, hash, hex. Expected values come from
// tests/core/gen/numeric_cases.inc (written by CPython); every check compares exactly.
#include "core/lang/numfmt.h"

#include <doctest/doctest.h>

#include <cmath>
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

// A decimal literal or "[-]10**e[+k]" (the generator's spelling of huge inputs).
BigInt eval_int(std::string_view text) {
  size_t star = text.find("**");
  if (star == std::string_view::npos) return *BigInt::parse(text, 10, 0);
  bool neg = text[0] == '-';
  BigInt base = *BigInt::parse(text.substr(neg ? 1 : 0, star - (neg ? 1 : 0)), 10, 0);
  std::string_view rest = text.substr(star + 2);
  size_t k = rest.find_first_of("+-");
  BigInt v = *BigInt::pow(base, *BigInt::parse(rest.substr(0, k), 10, 0));
  if (neg) v = -v;
  if (k != std::string_view::npos) v += *BigInt::parse(rest.substr(k), 10, 0);
  return v;
}

std::string show(const NumResult<std::string>& r) {
  return r.ok() ? *r : r.describe();
}
std::string show(const NumResult<double>& r) {
  return r.ok() ? lang::float_repr(*r) : r.describe();
}

}  // namespace

TEST_CASE("repr(float): shortest round-trip digits, CPython's layout") {
  for (const auto& c : nc::kFloatReprCases) {
    double x = from_bits(c.x);
    INFO(std::string(c.expected));
    CHECK(lang::float_repr(x) == std::string(c.expected));
    CHECK(lang::float_str(x) == std::string(c.expected));
  }
}

TEST_CASE("repr(float) round-trips for random bit patterns") {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 20000; ++i) {
    double x = from_bits(rng());
    if (!std::isfinite(x)) continue;
    std::string s = lang::float_repr(x);
    INFO(s);
    CHECK(to_bits(std::strtod(s.c_str(), nullptr)) == to_bits(x));
  }
}

TEST_CASE("PyOS_double_to_string codes and flags ('%+#.3e' % x)") {
  for (const auto& c : nc::kDoubleToStringCases) {
    INFO(c.code << " precision " << c.precision << " flags " << c.flags << " -> "
                << std::string(c.expected));
    CHECK(lang::double_to_string(from_bits(c.x), c.code, c.precision, c.flags) ==
          std::string(c.expected));
  }
}

TEST_CASE("format(float, spec)") {
  for (const auto& c : nc::kFloatFormatCases) {
    INFO("format(" << lang::float_repr(from_bits(c.x)) << ", '" << std::string(c.spec) << "')");
    CHECK(show(lang::format_float(from_bits(c.x), c.spec)) == std::string(c.expected));
  }
}

TEST_CASE("format(int, spec), for BigInt and int64 alike") {
  for (const auto& c : nc::kIntFormatCases) {
    INFO("format(" << std::string(c.a) << ", '" << std::string(c.spec) << "')");
    BigInt v = eval_int(c.a);
    std::string got = show(lang::format_int(v, c.spec, "int", c.max_str_digits));
    CHECK(got == std::string(c.expected));
    if (v.fits_int64()) {
      CHECK(show(lang::format_int(v.to_int64(), c.spec, "int", c.max_str_digits)) == got);
    }
  }
}

TEST_CASE("format(str, spec): code points, truncation, errors") {
  for (const auto& c : nc::kStrFormatCases) {
    INFO("format('" << std::string(c.s) << "', '" << std::string(c.spec) << "')");
    CHECK(show(lang::format_str(c.s, c.spec)) == std::string(c.expected));
  }
}

TEST_CASE("round(x, n) and round(x)") {
  for (const auto& c : nc::kFloatRoundCases) {
    INFO("round(" << lang::float_repr(from_bits(c.x)) << ", " << c.ndigits << ")");
    CHECK(show(lang::float_round(from_bits(c.x), c.ndigits)) == std::string(c.expected));
  }
  for (const auto& c : nc::kFloatRoundIntCases) {
    INFO("round(" << lang::float_repr(from_bits(c.x)) << ")");
    auto r = lang::float_round_to_int(from_bits(c.x));
    CHECK((r.ok() ? r->to_string() : r.describe()) == std::string(c.expected));
  }
}

TEST_CASE("float / // % divmod") {
  for (const auto& c : nc::kFloatBinaryCases) {
    double a = from_bits(c.a), b = from_bits(c.b);
    std::string op = c.op, got;
    INFO(lang::float_repr(a) << " " << op << " " << lang::float_repr(b));
    if (op == "/") got = show(lang::float_truediv(a, b));
    if (op == "//") got = show(lang::float_floordiv(a, b));
    if (op == "%") got = show(lang::float_mod(a, b));
    if (op == "divmod") {
      auto r = lang::float_divmod(a, b);
      got = r.ok() ? "(" + lang::float_repr(r->first) + ", " + lang::float_repr(r->second) + ")"
                   : r.describe();
    }
    CHECK(got == std::string(c.expected));
  }
}

TEST_CASE("hash(float), float.hex(), int(float), float.is_integer()") {
  for (const auto& c : nc::kFloatMiscCases) {
    double x = from_bits(c.x);
    std::string op = c.op, got;
    INFO(op << "(" << lang::float_repr(x) << ")");
    if (op == "hash") got = std::to_string(lang::hash_double(x));
    if (op == "hex") got = lang::float_hex(x);
    if (op == "is_integer") got = lang::float_is_integer(x) ? "True" : "False";
    if (op == "int") {
      auto r = lang::float_to_int(x);
      got = r.ok() ? r->to_string() : r.describe();
    }
    CHECK(got == std::string(c.expected));
  }
}

TEST_CASE("decimal digits in the three dtoa modes") {
  auto d = lang::float_digits(0.1, 0, 0);
  CHECK(d.digits == "1");
  CHECK(d.decpt == 0);
  d = lang::float_digits(-2.675, 3, 2);  // 2.67499999... rounds down
  CHECK(d.digits == "267");
  CHECK(d.decpt == 1);
  CHECK(d.negative);
  d = lang::float_digits(0.001, 3, 2);  // rounds to zero: no digits
  CHECK(d.digits.empty());
  CHECK(d.decpt == -2);
  d = lang::float_digits(9.96, 2, 2);  // carries into a new leading digit
  CHECK(d.digits == "1");
  CHECK(d.decpt == 2);
  d = lang::float_digits(0.0, 2, 5);
  CHECK(d.digits == "0");
  CHECK(d.decpt == 1);
}

TEST_CASE("error kinds the VM maps to exceptions") {
  CHECK(lang::format_int(0x110000, "c").kind() == NumError::kOverflow);
  CHECK(lang::format_int(BigInt(10) * *BigInt::pow(2, 2000), "e").describe() ==
        "OverflowError: int too large to convert to float");
  CHECK(lang::format_float(1.0, "d").describe() ==
        "ValueError: Unknown format code 'd' for object of type 'float'");
  CHECK(lang::format_float(1.0, "d", "MyFloat").describe() ==
        "ValueError: Unknown format code 'd' for object of type 'MyFloat'");
  CHECK(lang::float_floordiv(1.0, 0.0).kind() == NumError::kZeroDivision);
  CHECK(lang::float_round(1.7e308, -308).describe() ==
        "OverflowError: rounded value too large to represent");
  CHECK(lang::format_str("x", "999999999999").kind() == NumError::kMemory);
}
